"""``posapp sessions [--status S] [--json]`` and ``posapp sessions show ID [--json]``."""

from __future__ import annotations

import argparse

from posapp.cli.common import context, print_json
from posapp.core.errors import InvalidInput
from posapp.core.money import format_plain
from posapp.core.session import SessionStatus
from posapp.services.sales.serialize import payment_to_json, session_to_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``sessions`` command."""
    p = sub.add_parser("sessions", help="list or inspect payment sessions")
    p.add_argument("action", nargs="?", choices=["list", "show"], default="list")
    p.add_argument("id", nargs="?", help="session id for `show`")
    p.add_argument("--status", help="only sessions in this status")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List sessions newest first, or show one with its payments."""
    ctx = context(args)
    if args.action == "show":
        if not args.id:
            raise InvalidInput("sessions show needs a session id")
        session = ctx.sessions.get(args.id)
        payments = ctx.sessions.payments_of(session.id)
        if args.json:
            print_json(
                {**session_to_json(session), "payments": [payment_to_json(p) for p in payments]}
            )
        else:
            for key, value in session_to_json(session).items():
                print(f"{key:>14}: {value if value is not None else ''}")
            for p in payments:
                print(f"{'payment':>14}: {format_plain(p.amount)} USDC  tx {p.tx_hash}")
        return 0
    status = None
    if args.status:
        try:
            status = SessionStatus(args.status)
        except ValueError:
            choices = ", ".join(s.value for s in SessionStatus)
            raise InvalidInput(f"unknown status {args.status!r}: use one of {choices}") from None
    if not 1 <= args.limit <= 10_000:
        raise InvalidInput("--limit must be between 1 and 10000")
    sessions = ctx.sessions.list_recent(status=status, limit=args.limit)
    if args.json:
        print_json([session_to_json(s) for s in sessions])
        return 0
    for s in sessions:
        print(
            f"{s.id}  {s.status.value:<15} {format_plain(s.fiat_amount):>12} {s.fiat_currency}"
            f"  {format_plain(s.usdc_due):>10} USDC  {s.created_at:%Y-%m-%d %H:%M}"
        )
    return 0
