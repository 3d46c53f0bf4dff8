"""The counter's hard cases in SQL: unfinished sales of a terminal, parking, settling the
rest of a partly paid sale another way, queueing a refund, and the payments that did not
settle a sale (stray payments) for the cashier to hear of.

Every function runs inside the caller's ``Database.read()``/``write()`` session on the
caller's thread. Writes are conditional UPDATEs (``WHERE status IN …``) so two counters
(or a counter and the history) can never both win.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from posapp.core.session import PaymentSession, SessionStatus
from posapp.storage.change_feed import announce_session_change
from posapp.storage.engine import rows_changed
from posapp.storage.ledger_repo import _COLUMNS, UNMATCHED, LedgerPayment, _payments
from posapp.storage.models import PaymentRow, SessionRow
from posapp.storage.sessions_repo import row_to_session

REFUSED = "refused"
"""Payment status: USDC from a foreign issuer (a fake), recorded for the owner, never
credited."""
REFUND_QUEUED = "queued"
"""``sessions.refund_state``: what the sale received is to be given back."""
AWAITING = (SessionStatus.OPEN.value, SessionStatus.PARTIALLY_PAID.value)


def unfinished_of_terminal(
    session: Session, terminal: str, limit: int = 50
) -> list[PaymentSession]:
    """Sales of ``terminal`` still awaiting payment, newest first."""
    query = (
        select(SessionRow)
        .where(SessionRow.terminal == terminal, SessionRow.status.in_(AWAITING))
        .order_by(SessionRow.created_at.desc(), SessionRow.id.desc())
        .limit(limit)
        .execution_options(populate_existing=True)
    )
    return [row_to_session(r) for r in session.scalars(query)]


def _update(session: Session, session_id: str, statuses: Iterable[str], **values: object) -> bool:
    result = session.execute(
        update(SessionRow)
        .where(SessionRow.id == session_id, SessionRow.status.in_(list(statuses)))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if rows_changed(result) == 1:
        announce_session_change(session)
        return True
    return False


def set_parked(
    session: Session, session_id: str, parked_at: datetime | None, now: datetime
) -> bool:
    """Park (``parked_at`` = when) or resume (None) an awaiting sale; True when it changed."""
    return _update(session, session_id, AWAITING, parked_at=parked_at, updated_at=now)


def settle_other(
    session: Session,
    session_id: str,
    *,
    method: str,
    fiat_amount_e7: int,
    from_statuses: Iterable[SessionStatus],
    now: datetime,
) -> bool:
    """Mark the sale paid, the rest (``fiat_amount_e7``) taken by ``method``."""
    return _update(
        session,
        session_id,
        [s.value for s in from_statuses],
        status=SessionStatus.PAID.value,
        settled_by=method,
        settled_fiat_e7=fiat_amount_e7,
        paid_at=now,
        parked_at=None,
        updated_at=now,
    )


def queue_refund(
    session: Session, session_id: str, *, from_statuses: Iterable[SessionStatus], now: datetime
) -> bool:
    """Cancel the sale and queue what it received for refund."""
    return _update(
        session,
        session_id,
        [s.value for s in from_statuses],
        status=SessionStatus.CANCELLED.value,
        refund_state=REFUND_QUEUED,
        parked_at=None,
        updated_at=now,
    )


def last_payment_id(session: Session) -> int:
    """The newest stored payment's id (0 when none)."""
    return int(session.scalar(select(func.max(PaymentRow.id))) or 0)


def strays_after(session: Session, after_id: int, limit: int = 50) -> list[LedgerPayment]:
    """Payments stored after ``after_id`` that did not (only) settle a sale: unmatched,
    refused (foreign issuer) or with an overpaid part; oldest first."""
    query = (
        select(*_COLUMNS)
        .where(
            PaymentRow.id > after_id,
            or_(
                PaymentRow.status.in_([UNMATCHED, REFUSED]),
                PaymentRow.overpaid_stroops > 0,
            ),
        )
        .order_by(PaymentRow.id)
        .limit(limit)
    )
    return _payments(session, query)


def settled_other_sums(
    session: Session, start: datetime, end: datetime, *, cashier: str | None, terminal: str | None
) -> list[tuple[str, str, int, int]]:
    """(method, currency, sales, fiat e7 taken that way) for paid sales created in
    [start, end) whose rest was taken another way."""
    query = (
        select(
            SessionRow.settled_by,
            SessionRow.fiat_currency,
            func.count(),
            func.sum(SessionRow.settled_fiat_e7),
        )
        .where(
            SessionRow.created_at >= start,
            SessionRow.created_at < end,
            SessionRow.settled_by.is_not(None),
            SessionRow.status == SessionStatus.PAID.value,
        )
        .group_by(SessionRow.settled_by, SessionRow.fiat_currency)
        .order_by(SessionRow.settled_by, SessionRow.fiat_currency)
    )
    if cashier is not None:
        query = query.where(SessionRow.cashier == cashier)
    if terminal is not None:
        query = query.where(SessionRow.terminal == terminal)
    return [(str(m), c, int(n), int(e7 or 0)) for m, c, n, e7 in session.execute(query)]


def refunds_queued(
    session: Session, start: datetime, end: datetime, *, cashier: str | None, terminal: str | None
) -> tuple[int, int]:
    """(sales, USDC stroops) given back at the counter among sales created in [start, end)."""
    query = select(func.count(), func.sum(SessionRow.usdc_received_stroops)).where(
        SessionRow.created_at >= start,
        SessionRow.created_at < end,
        SessionRow.refund_state.is_not(None),
    )
    if cashier is not None:
        query = query.where(SessionRow.cashier == cashier)
    if terminal is not None:
        query = query.where(SessionRow.terminal == terminal)
    count, stroops = session.execute(query).one()
    return int(count or 0), int(stroops or 0)
