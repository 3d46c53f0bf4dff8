"""Settling refunds from what the ledger shows, and expiring the ones never submitted.

``settle_outgoing`` runs inside the detection applier's write transaction (watcher thread),
so the refund's new state, the sale's refunded sums, the stored outgoing payment, the
webhook event and the cursor commit together: a re-delivered record is skipped by its
stored operation id and can never count twice.

An outgoing payment of the merchant counts as a refund only when its memo names a refund
and it is a successful payment of the network's USDC (issuer pinned) to that refund's
destination, of exactly its amount. One with the memo but another amount, destination or
asset is stored as flagged and logged for the owner, never counted.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from posapp.core.events import refund_event
from posapp.core.matching import is_network_usdc
from posapp.core.money import format_plain, to_stroops
from posapp.core.records import PaymentRecord
from posapp.core.refund import (
    LEDGER_CLOCK_GRACE,
    OutgoingPayment,
    Refund,
    RefundKind,
    RefundState,
    refund_marker,
)
from posapp.stellar.refund_tx import check_destination
from posapp.storage import audit_repo, refunds_repo, webhook_repo
from posapp.storage.engine import Database
from posapp.storage.models import SessionRow

log = logging.getLogger("posapp.refunds")

OUTGOING_TYPES = frozenset({"payment", "path_payment_strict_receive", "path_payment_strict_send"})
SETTLEABLE = (RefundState.WAITING, RefundState.EXPIRED, RefundState.CANCELLED)
LEDGER_ACTOR = "ledger"
"""Who the audit log names for what the watcher saw on the ledger."""


@dataclass(frozen=True, slots=True)
class SettledRefund:
    """A refund the ledger just showed paid, or an outgoing payment flagged against one."""

    payment: OutgoingPayment
    refund: Refund | None
    """The refund after settling (``matched``), or the one the flagged payment named."""


def is_outgoing(record: PaymentRecord, merchant: str) -> bool:
    """True for a successful payment the merchant sent to someone else."""
    return (
        record.transaction_successful
        and record.type in OUTGOING_TYPES
        and record.source_account == merchant
        and record.destination != merchant
    )


def settle_outgoing(
    session: Session,
    records: Sequence[PaymentRecord],
    *,
    merchant: str,
    usdc_issuer: str,
    now: datetime,
    events: list[tuple[dict[str, Any], str | None]],
) -> list[SettledRefund]:
    """Match the merchant's outgoing payments in ``records`` against refunds; append the
    webhook events to ``events``. Inside the caller's write transaction."""
    candidates = [r for r in records if is_outgoing(r, merchant) and r.memo]
    if not candidates:
        return []
    seen = refunds_repo.outgoing_seen(session, [r.operation_id for r in candidates])
    settled: list[SettledRefund] = []
    for record in candidates:
        if record.operation_id in seen:
            continue
        seen.add(record.operation_id)
        refunds = refunds_repo.by_memo(session, record.memo_type, record.memo)
        if not refunds:
            continue  # the owner's own payment with a memo: not posapp's business
        result = _settle_one(session, record, refunds, usdc_issuer, now)
        refunds_repo.record_outgoing(session, result.payment, now)
        if result.payment.matched and result.refund is not None:
            events.append(
                (refund_event("refund.succeeded", result.refund, now), result.refund.session_id)
            )
        settled.append(result)
    return settled


def _settle_one(
    session: Session,
    record: PaymentRecord,
    refunds: Sequence[Refund],
    usdc_issuer: str,
    now: datetime,
) -> SettledRefund:
    fitting = [r for r in refunds if _fits(record, r, usdc_issuer)]
    open_ones = [r for r in fitting if r.state in SETTLEABLE]
    if open_ones:
        refund = min(open_ones, key=lambda r: r.created_at)
        refunds_repo.move(
            session, refund.id, RefundState.SUCCEEDED, SETTLEABLE, now,
            tx_hash=record.transaction_hash, settled_at=record.created_at,
        )  # fmt: skip
        if refund.kind is RefundKind.SALE and refund.session_id is not None:
            refunds_repo.add_refunded(session, refund.session_id, to_stroops(refund.amount), now)
            _mark_sale(session, refund.session_id)
        after = refunds_repo.get(session, refund.id)
        audit_repo.append(
            session, now, LEDGER_ACTOR, "refund.succeeded",
            f"{refund.id}: {format_plain(refund.amount)} USDC to {refund.destination}"
            f" in tx {record.transaction_hash}",
        )  # fmt: skip
        log.info("refund %s succeeded: %s USDC in %s", refund.id, refund.amount,
                 record.transaction_hash)  # fmt: skip
        return SettledRefund(_outgoing(record, refund.id, True, "refund paid"), after)
    named = refunds[0]
    if fitting:
        reason = f"refund {named.id} was already paid (tx {fitting[0].tx_hash}): paid twice"
    else:
        reason = _mismatch(record, named, usdc_issuer)
    audit_repo.append(
        session, now, LEDGER_ACTOR, "refund.flagged",
        f"{record.operation_id} (tx {record.transaction_hash}) names {named.id} but {reason}",
    )  # fmt: skip
    log.warning("outgoing payment %s names refund %s but %s", record.operation_id, named.id,
                reason)  # fmt: skip
    return SettledRefund(_outgoing(record, named.id, False, reason), named)


def _fits(record: PaymentRecord, refund: Refund, usdc_issuer: str) -> bool:
    return not _mismatch(record, refund, usdc_issuer)


def _mismatch(record: PaymentRecord, refund: Refund, usdc_issuer: str) -> str:
    """Why ``record`` is not ``refund``'s payment ("" when it is)."""
    if not is_network_usdc(record, usdc_issuer):
        return f"it is not the network's USDC ({record.asset_code or 'XLM'})"
    target = check_destination(refund.destination)
    if record.destination != target.account_id or (
        target.account_muxed_id is not None
        and record.destination_muxed_id != target.account_muxed_id
    ):
        return f"it went to {record.destination}, not to {refund.destination}"
    if to_stroops(record.amount) != to_stroops(refund.amount):
        return (
            f"it sent {format_plain(record.amount)} USDC, not the refund's "
            f"{format_plain(refund.amount)}"
        )
    return ""


def _outgoing(record: PaymentRecord, refund_id: str, matched: bool, reason: str) -> OutgoingPayment:
    return OutgoingPayment(
        operation_id=record.operation_id,
        tx_hash=record.transaction_hash,
        refund_id=refund_id,
        destination=record.destination,
        amount=record.amount,
        memo_type=record.memo_type,
        memo=record.memo,
        ledger_time=record.created_at,
        matched=matched,
        reason=reason,
    )


def _mark_sale(session: Session, session_id: str) -> None:
    """A sale given back at the counter (``refund_state`` queued) says ``refunded`` once
    everything it received went back."""
    row = session.get(SessionRow, session_id)
    if row is None:
        return
    marker = refund_marker(row.usdc_received_stroops, row.refunded_stroops)
    if row.refund_state is not None and marker is not None and marker.value == "refunded":
        row.refund_state = "refunded"
        session.flush()


def expire_due(db: Database, now: datetime) -> list[Refund]:
    """Mark waiting refunds whose time bounds ended (plus a grace) ``expired``, each with a
    ``refund.expired`` event. Watcher thread, its own short write transaction."""
    with db.read() as session:
        if not refunds_repo.due_to_expire(session, now - LEDGER_CLOCK_GRACE, limit=1):
            return []
    expired: list[Refund] = []
    with db.write() as session:
        for refund in refunds_repo.due_to_expire(session, now - LEDGER_CLOCK_GRACE):
            if not refunds_repo.move(
                session, refund.id, RefundState.EXPIRED, (RefundState.WAITING,), now
            ):
                continue
            after = refunds_repo.get(session, refund.id)
            assert after is not None
            audit_repo.append(session, now, LEDGER_ACTOR, "refund.expired", refund.id)
            webhook_repo.enqueue(
                session, refund_event("refund.expired", after, now),
                session_id=after.session_id, now=now,
            )  # fmt: skip
            expired.append(after)
    for refund in expired:
        log.info("refund %s expired unsubmitted", refund.id)
    return expired
