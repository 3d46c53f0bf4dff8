"""Refunds and the outgoing payments that settle them, in SQL.

Every function runs inside the caller's ``Database.read()``/``write()`` session, on the
caller's thread. State changes are conditional UPDATEs (``WHERE state IN …``) so two writers
can never both move one refund.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from posapp.core.money import from_stroops, to_stroops
from posapp.core.refund import (
    OutgoingPayment,
    Refund,
    RefundKind,
    RefundState,
    refunded_fiat_e7,
)
from posapp.storage.change_feed import announce_session_change
from posapp.storage.engine import rows_changed
from posapp.storage.models import RefundPaymentRow, RefundRow, SessionRow

HOLDING = (RefundState.WAITING.value, RefundState.SUCCEEDED.value)


def _freeze(row: RefundRow) -> Refund:
    return Refund(
        id=row.id,
        kind=RefundKind(row.kind),
        session_id=row.session_id,
        operation_id=row.operation_id,
        destination=row.destination,
        amount=from_stroops(row.amount_stroops),
        memo_type=row.memo_type,
        memo=row.memo,
        reason=row.reason,
        state=RefundState(row.state),
        created_by=row.created_by,
        approved_by=row.approved_by,
        created_at=row.created_at,
        valid_until=row.valid_until,
        source_account=row.source_account,
        sequence=row.sequence,
        fee_stroops=row.fee_stroops,
        envelope_xdr=row.envelope_xdr,
        network=row.network,
        updated_at=row.updated_at,
        tx_hash=row.tx_hash,
        settled_at=row.settled_at,
    )


def insert(session: Session, r: Refund) -> None:
    """Add a new refund row."""
    session.add(
        RefundRow(
            id=r.id,
            kind=r.kind.value,
            session_id=r.session_id,
            operation_id=r.operation_id,
            destination=r.destination,
            amount_stroops=to_stroops(r.amount),
            memo_type=r.memo_type,
            memo=r.memo,
            reason=r.reason,
            state=r.state.value,
            created_by=r.created_by,
            approved_by=r.approved_by,
            created_at=r.created_at,
            valid_until=r.valid_until,
            source_account=r.source_account,
            sequence=r.sequence,
            fee_stroops=r.fee_stroops,
            envelope_xdr=r.envelope_xdr,
            network=r.network,
            updated_at=r.updated_at,
            tx_hash=r.tx_hash,
            settled_at=r.settled_at,
        )
    )
    session.flush()


def get(session: Session, refund_id: str) -> Refund | None:
    """The refund with ``refund_id``, or None."""
    row = session.get(RefundRow, refund_id, populate_existing=True)
    return None if row is None else _freeze(row)


def held_stroops(
    session: Session,
    *,
    session_id: str | None = None,
    operation_id: str | None = None,
    signable_after: datetime,
) -> int:
    """Stroops that refunds of a sale (or of a payment) hold: waiting and succeeded ones, and
    cancelled ones whose transaction could still be submitted (``valid_until`` after
    ``signable_after``)."""
    query = select(func.coalesce(func.sum(RefundRow.amount_stroops), 0)).where(
        or_(
            RefundRow.state.in_(HOLDING),
            and_(
                RefundRow.state == RefundState.CANCELLED.value,
                RefundRow.valid_until > signable_after,
            ),
        )
    )
    if session_id is not None:
        query = query.where(RefundRow.session_id == session_id)
    else:
        query = query.where(RefundRow.operation_id == operation_id)
    return int(session.scalar(query) or 0)


def listing(
    session: Session,
    *,
    states: Sequence[RefundState] = (),
    session_id: str | None = None,
    operation_id: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 500,
) -> list[Refund]:
    """Refunds, newest first, narrowed by state, sale, payment or creation time [start, end)."""
    query = select(RefundRow).order_by(RefundRow.created_at.desc(), RefundRow.id.desc())
    if states:
        query = query.where(RefundRow.state.in_([s.value for s in states]))
    if session_id is not None:
        query = query.where(RefundRow.session_id == session_id)
    if operation_id is not None:
        query = query.where(RefundRow.operation_id == operation_id)
    if start is not None:
        query = query.where(RefundRow.created_at >= start)
    if end is not None:
        query = query.where(RefundRow.created_at < end)
    return [_freeze(row) for row in session.scalars(query.limit(limit))]


def by_memo(session: Session, memo_type: str | None, memo: str | None) -> list[Refund]:
    """Refunds whose transaction carries this memo (uses ``ix_refunds_memo``)."""
    if memo is None or memo_type in (None, "none"):
        return []
    query = select(RefundRow).where(RefundRow.memo == memo, RefundRow.memo_type == memo_type)
    return [_freeze(row) for row in session.scalars(query)]


def move(
    session: Session,
    refund_id: str,
    target: RefundState,
    from_states: Sequence[RefundState],
    now: datetime,
    **values: object,
) -> bool:
    """Conditional UPDATE of a refund to ``target``; False when it was not in ``from_states``."""
    result = session.execute(
        update(RefundRow)
        .where(RefundRow.id == refund_id, RefundRow.state.in_([s.value for s in from_states]))
        .values(state=target.value, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result) == 1


def due_to_expire(session: Session, before: datetime, limit: int = 200) -> list[Refund]:
    """Waiting refunds whose time bounds ended before ``before``."""
    query = (
        select(RefundRow)
        .where(RefundRow.state == RefundState.WAITING.value, RefundRow.valid_until < before)
        .order_by(RefundRow.valid_until)
        .limit(limit)
    )
    return [_freeze(row) for row in session.scalars(query)]


def add_refunded(session: Session, session_id: str, stroops: int, now: datetime) -> None:
    """Add ``stroops`` to what a sale's refunds gave back and recompute its fiat share."""
    row = session.get(SessionRow, session_id, populate_existing=True, with_for_update=True)
    if row is None:
        return
    row.refunded_stroops = (row.refunded_stroops or 0) + stroops
    row.refunded_fiat_e7 = refunded_fiat_e7(
        row.fiat_amount_e7,
        row.usdc_due_stroops,
        row.usdc_received_stroops,
        row.refunded_stroops,
    )
    row.updated_at = now
    session.flush()
    announce_session_change(session)


def outgoing_seen(session: Session, operation_ids: Sequence[str]) -> set[str]:
    """Which of these outgoing operations are already stored."""
    if not operation_ids:
        return set()
    query = select(RefundPaymentRow.operation_id).where(
        RefundPaymentRow.operation_id.in_(list(operation_ids))
    )
    return set(session.scalars(query))


def record_outgoing(session: Session, payment: OutgoingPayment, now: datetime) -> None:
    """Store an outgoing payment that named a refund (matched or flagged)."""
    session.add(
        RefundPaymentRow(
            operation_id=payment.operation_id,
            tx_hash=payment.tx_hash,
            refund_id=payment.refund_id,
            destination=payment.destination,
            amount_stroops=to_stroops(payment.amount),
            memo_type=payment.memo_type,
            memo=payment.memo,
            ledger_time=payment.ledger_time,
            seen_at=now,
            matched=payment.matched,
            reason=payment.reason,
        )
    )
    session.flush()


def outgoing_by_id(session: Session, operation_id: str) -> list[OutgoingPayment]:
    """The stored outgoing refund payment with this operation id (none or one)."""
    row = session.get(RefundPaymentRow, operation_id)
    return [] if row is None else [_outgoing(row)]


def outgoing(
    session: Session,
    *,
    refund_id: str | None = None,
    flagged_only: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 500,
) -> list[OutgoingPayment]:
    """Stored outgoing refund payments, newest first."""
    query = select(RefundPaymentRow).order_by(RefundPaymentRow.ledger_time.desc())
    if refund_id is not None:
        query = query.where(RefundPaymentRow.refund_id == refund_id)
    if flagged_only:
        query = query.where(RefundPaymentRow.matched.is_(False))
    if start is not None:
        query = query.where(RefundPaymentRow.ledger_time >= start)
    if end is not None:
        query = query.where(RefundPaymentRow.ledger_time < end)
    return [_outgoing(row) for row in session.scalars(query.limit(limit))]


def _outgoing(row: RefundPaymentRow) -> OutgoingPayment:
    return OutgoingPayment(
        operation_id=row.operation_id,
        tx_hash=row.tx_hash,
        refund_id=row.refund_id,
        destination=row.destination,
        amount=from_stroops(row.amount_stroops),
        memo_type=row.memo_type,
        memo=row.memo,
        ledger_time=row.ledger_time,
        matched=row.matched,
        reason=row.reason,
    )


def settled_between(
    session: Session, start: datetime, end: datetime, *, created_by: str | None = None
) -> list[Refund]:
    """Refunds that succeeded with a ledger time in [start, end), oldest first."""
    query = (
        select(RefundRow)
        .where(
            RefundRow.state == RefundState.SUCCEEDED.value,
            RefundRow.settled_at >= start,
            RefundRow.settled_at < end,
        )
        .order_by(RefundRow.settled_at, RefundRow.id)
    )
    if created_by is not None:
        query = query.where(RefundRow.created_by == created_by)
    return [_freeze(row) for row in session.scalars(query)]
