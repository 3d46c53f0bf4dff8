"""``posapp refund ID`` prepares a refund; ``posapp refunds list|show|cancel|rebuild``.

``refund`` prints the refund id, the SEP-7 URI as a QR for the owner's wallet, and the
unsigned transaction (XDR) for wallets that do not scan SEP-7. posapp never signs it.
Main thread; the Horizon look-ups block for at most a few seconds each.
"""

from __future__ import annotations

import argparse
from typing import Any

from posapp.cli.common import context, print_json
from posapp.core.errors import InvalidInput
from posapp.core.events import iso
from posapp.core.money import format_plain
from posapp.core.refund import Refund, RefundState
from posapp.core.roles import CLI_ACTOR
from posapp.stellar.qr import render_terminal


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``refund`` and ``refunds`` commands."""
    p = sub.add_parser("refund", help="prepare a refund for the owner's wallet to sign")
    p.add_argument("id", help="a sale (pay_…) or an unmatched payment's operation id")
    p.add_argument("--amount", help="USDC to refund (default: everything still refundable)")
    p.add_argument("--reason", default="", help="why (kept with the refund)")
    p.add_argument("--to", help="which payer, when several accounts paid the sale")
    p.add_argument("--memo", help="the memo the payer's exchange requires (SEP-29)")
    p.add_argument("--memo-type", choices=["text", "id"], help="type of --memo (default: guess)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=run_refund)

    q = sub.add_parser("refunds", help="list, show, cancel or rebuild refunds")
    q.add_argument(
        "action", nargs="?", choices=["list", "show", "cancel", "rebuild"], default="list"
    )
    q.add_argument("id", nargs="?", help="refund id (rf_…) for show, cancel and rebuild")
    q.add_argument("--state", help="only refunds in this state")
    q.add_argument("--limit", type=int, default=100)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=run_refunds)


def refund_to_json(r: Refund) -> dict[str, Any]:
    """A refund as a JSON-safe dict (amounts as plain decimal strings, ISO times)."""
    return {
        "id": r.id,
        "state": r.state.value,
        "kind": r.kind.value,
        "session_id": r.session_id,
        "operation_id": r.operation_id,
        "amount": format_plain(r.amount),
        "asset": "USDC",
        "destination": r.destination,
        "memo_type": r.memo_type,
        "memo": r.memo,
        "reason": r.reason,
        "created_by": r.created_by,
        "approved_by": r.approved_by or None,
        "created_at": iso(r.created_at),
        "valid_until": iso(r.valid_until),
        "source_account": r.source_account,
        "sequence": str(r.sequence),
        "fee_stroops": r.fee_stroops,
        "network": r.network,
        "tx_hash": r.tx_hash,
        "settled_at": iso(r.settled_at) if r.settled_at else None,
        "xdr": r.envelope_xdr,
    }


def run_refund(args: argparse.Namespace) -> int:
    """Prepare the refund and print what the owner's wallet needs."""
    ctx = context(args)
    prepared = ctx.refunds.create(
        args.id,
        CLI_ACTOR,
        amount=args.amount,
        reason=args.reason,
        to=args.to,
        memo=args.memo,
        memo_type=args.memo_type,
    )
    _print_prepared(prepared.refund, prepared.uri, args.json)
    return 0


def _print_prepared(refund: Refund, uri: str, as_json: bool) -> None:
    if as_json:
        print_json({**refund_to_json(refund), "uri": uri})
        return
    print(render_terminal(uri))
    print(f"refund:   {refund.id}")
    print(f"amount:   {format_plain(refund.amount)} USDC to {refund.destination}")
    print(f"memo:     {refund.memo} ({refund.memo_type})")
    print(f"of:       {refund.refers_to}")
    print(f"valid:    until {refund.valid_until:%Y-%m-%d %H:%M:%S} UTC")
    print(f"uri:      {uri}")
    print(f"xdr:      {refund.envelope_xdr}")
    print("Scan the QR with the wallet of the merchant account, check and sign it there.")


def run_refunds(args: argparse.Namespace) -> int:
    """List refunds, or show, cancel or rebuild one."""
    ctx = context(args)
    if args.action != "list":
        if not args.id:
            raise InvalidInput(f"refunds {args.action} needs a refund id (rf_…)")
        if args.action == "show":
            refund = ctx.refunds.get(args.id)
            if args.json:
                print_json({**refund_to_json(refund), "uri": ctx.refunds.uri_of(refund)})
            else:
                for key, value in refund_to_json(refund).items():
                    print(f"{key:>14}: {value if value is not None else ''}")
            return 0
        if args.action == "cancel":
            refund = ctx.refunds.cancel(args.id, CLI_ACTOR)
            if args.json:
                print_json(refund_to_json(refund))
            else:
                print(f"refund {refund.id} cancelled")
            return 0
        prepared = ctx.refunds.rebuild(args.id, CLI_ACTOR)
        _print_prepared(prepared.refund, prepared.uri, args.json)
        return 0
    states: tuple[RefundState, ...] = ()
    if args.state:
        try:
            states = (RefundState(args.state),)
        except ValueError:
            choices = ", ".join(s.value for s in RefundState)
            raise InvalidInput(f"unknown state {args.state!r}: use one of {choices}") from None
    if not 1 <= args.limit <= 10_000:
        raise InvalidInput("--limit must be between 1 and 10000")
    refunds = ctx.refunds.listing(states=states, limit=args.limit)
    if args.json:
        print_json([refund_to_json(r) for r in refunds])
        return 0
    for r in refunds:
        print(
            f"{r.id}  {r.state.value:<10} {format_plain(r.amount):>12} USDC  {r.refers_to:<28}"
            f"  {r.created_at:%Y-%m-%d %H:%M}  {r.tx_hash or ''}"
        )
    return 0
