"""Payments as a ledger the owner reviews: unmatched ones to resolve, ranges to reconcile.

Every function runs inside the caller's ``Database.read()``/``write()`` session on the
caller's thread and returns frozen dataclasses.

Payment status table (``payments.status``):

    =========== ================================================ ===================
    status      meaning                                          may become
    =========== ================================================ ===================
    credited    matched by memo / muxed id when it arrived        (final)
    unmatched   matched no session; waits for the owner          attached, refund
    attached    the owner attached it to a session               (final)
    refund      the owner marked it to be sent back              (final)
    refused     USDC of a foreign issuer (a fake): never         (final)
                credited, kept for the owner to see
    =========== ================================================ ===================

A credited or attached payment may carry ``overpaid_stroops``: the part beyond what its sale
asked for (an *overpayment*, listed beside the unmatched payments for the owner to refund).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from posapp.core.money import from_stroops
from posapp.core.session import PaymentSession
from posapp.storage.engine import rows_changed
from posapp.storage.models import PaymentRow, SessionRow
from posapp.storage.sessions_repo import row_to_session

CREDITED = "credited"
UNMATCHED = "unmatched"
ATTACHED = "attached"
REFUND = "refund"


@dataclass(frozen=True, slots=True)
class LedgerPayment:
    """A stored USDC credit with everything the owner and reconciliation look at."""

    id: int
    operation_id: str
    paging_token: str
    tx_hash: str
    type: str
    session_id: str | None
    status: str
    reason: str
    from_account: str
    to_account: str
    amount_stroops: int
    asset_code: str
    asset_issuer: str
    memo_type: str | None
    memo: str | None
    muxed_id: int | None
    ledger_time: datetime
    received_at: datetime
    overpaid_stroops: int = 0
    """The part beyond what its sale asked for (refundable)."""
    from_muxed: str | None = None
    """The payer's ``M…`` address when they paid from one."""

    @property
    def payer_address(self) -> str:
        """Where money for this payer goes back: the ``M…`` address they paid from, if any."""
        return self.from_muxed or self.from_account

    @property
    def amount(self) -> Decimal:
        """The amount received, in USDC."""
        return from_stroops(self.amount_stroops)

    @property
    def overpaid(self) -> Decimal:
        """The part beyond what its sale asked for, in USDC."""
        return from_stroops(self.overpaid_stroops)


_COLUMNS = (
    PaymentRow.id,
    PaymentRow.operation_id,
    PaymentRow.paging_token,
    PaymentRow.tx_hash,
    PaymentRow.type,
    PaymentRow.session_id,
    PaymentRow.status,
    PaymentRow.reason,
    PaymentRow.from_account,
    PaymentRow.to_account,
    PaymentRow.amount_stroops,
    PaymentRow.asset_code,
    PaymentRow.asset_issuer,
    PaymentRow.memo_type,
    PaymentRow.memo,
    PaymentRow.muxed_id,
    PaymentRow.ledger_time,
    PaymentRow.received_at,
    PaymentRow.overpaid_stroops,
    PaymentRow.from_muxed,
)


def _payment(row: Any) -> LedgerPayment:
    """A ``LedgerPayment`` from a row of ``_COLUMNS`` (same order)."""
    return LedgerPayment(*row)


def credited_to(session: Session, session_id: str) -> list[LedgerPayment]:
    """The payments credited or attached to a sale, oldest first."""
    return _payments(
        session,
        select(*_COLUMNS)
        .where(PaymentRow.session_id == session_id, PaymentRow.status.in_((CREDITED, ATTACHED)))
        .order_by(PaymentRow.ledger_time, PaymentRow.id),
    )


def _payments(session: Session, query: Any) -> list[LedgerPayment]:
    """Every row of ``query`` (selecting ``_COLUMNS``) as a ``LedgerPayment``."""
    return [_payment(row) for row in session.execute(query)]


def by_status(
    session: Session, statuses: tuple[str, ...] = (UNMATCHED,), limit: int = 500
) -> list[LedgerPayment]:
    """Payments in ``statuses``, newest first (uses ``ix_payments_status_received_at``)."""
    query = (
        select(*_COLUMNS)
        .where(PaymentRow.status.in_(statuses))
        .order_by(PaymentRow.received_at.desc(), PaymentRow.id.desc())
        .limit(limit)
    )
    return _payments(session, query)


def overpaid(session: Session, limit: int = 500) -> list[LedgerPayment]:
    """Payments with a part beyond their sale's due, newest first (``ix_payments_overpaid``)."""
    query = (
        select(*_COLUMNS)
        .where(PaymentRow.overpaid_stroops > 0)
        .order_by(PaymentRow.received_at.desc(), PaymentRow.id.desc())
        .limit(limit)
    )
    return _payments(session, query)


def overpaid_between(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(count, stroops beyond the sales' due) of payments with ledger time in [start, end)."""
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(PaymentRow.overpaid_stroops), 0)).where(
            PaymentRow.overpaid_stroops > 0,
            PaymentRow.ledger_time >= start,
            PaymentRow.ledger_time < end,
        )
    ).one()
    return int(row[0]), int(row[1])


def count_by_status(session: Session, status: str = UNMATCHED) -> int:
    """How many payments are in ``status``."""
    query = select(func.count()).select_from(PaymentRow).where(PaymentRow.status == status)
    return int(session.scalar(query) or 0)


def get(session: Session, operation_id: str) -> LedgerPayment | None:
    """The payment with ``operation_id``, or None."""
    row = session.execute(select(*_COLUMNS).where(PaymentRow.operation_id == operation_id)).first()
    return None if row is None else _payment(row)


def between(session: Session, start: datetime, end: datetime) -> list[LedgerPayment]:
    """Every stored payment whose ledger close time is in [start, end), oldest first."""
    query = (
        select(*_COLUMNS)
        .where(PaymentRow.ledger_time >= start, PaymentRow.ledger_time < end)
        .order_by(PaymentRow.ledger_time, PaymentRow.id)
    )
    return _payments(session, query)


def count_between(
    session: Session, start: datetime, end: datetime, statuses: tuple[str, ...] = (UNMATCHED,)
) -> tuple[int, int]:
    """(count, stroops) of payments in ``statuses`` with ledger time in [start, end)."""
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(PaymentRow.amount_stroops), 0)).where(
            PaymentRow.status.in_(statuses),
            PaymentRow.ledger_time >= start,
            PaymentRow.ledger_time < end,
        )
    ).one()
    return int(row[0]), int(row[1])


def received_sums(session: Session, session_ids: list[str]) -> dict[str, tuple[int, int]]:
    """For each id: (the session's ``usdc_received_stroops``, the sum of the payments
    credited or attached to it). Ids without a session are left out."""
    found: dict[str, tuple[int, int]] = {}
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        paid = dict(
            session.execute(
                select(PaymentRow.session_id, func.sum(PaymentRow.amount_stroops))
                .where(
                    PaymentRow.session_id.in_(chunk),
                    PaymentRow.status.in_((CREDITED, ATTACHED)),
                )
                .group_by(PaymentRow.session_id)
            ).all()
        )
        for sid, received in session.execute(
            select(SessionRow.id, SessionRow.usdc_received_stroops).where(SessionRow.id.in_(chunk))
        ):
            found[sid] = (int(received), int(paid.get(sid) or 0))
    return found


def resolve(
    session: Session,
    operation_id: str,
    *,
    status: str,
    reason: str,
    session_id: str | None = None,
    expected_status: str = UNMATCHED,
    overpaid_stroops: int = 0,
) -> bool:
    """Conditional UPDATE of an unmatched payment to ``attached`` (with ``session_id``) or
    ``refund``; False when it is no longer ``expected_status`` (someone else won)."""
    if status not in (ATTACHED, REFUND):
        raise ValueError(f"a payment cannot be resolved to {status!r}")
    values: dict[str, object] = {
        "status": status,
        "reason": reason,
        "overpaid_stroops": overpaid_stroops,
    }
    if session_id is not None:
        values["session_id"] = session_id
    result = session.execute(
        update(PaymentRow)
        .where(PaymentRow.operation_id == operation_id, PaymentRow.status == expected_status)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result) == 1


def sessions_near(
    session: Session,
    start: datetime,
    end: datetime,
    statuses: tuple[str, ...],
    limit: int = 200,
) -> list[PaymentSession]:
    """Sessions created in [start, end) in ``statuses``, newest first, ties by id descending
    (attach candidates; the same order on every backend)."""
    query = (
        select(SessionRow)
        .where(
            SessionRow.created_at >= start,
            SessionRow.created_at < end,
            SessionRow.status.in_(statuses),
        )
        .order_by(SessionRow.created_at.desc(), SessionRow.id.desc())
        .limit(limit)
    )
    return [row_to_session(r) for r in session.scalars(query)]
