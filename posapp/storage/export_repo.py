"""Export queries for the sales CSV: rows streamed in time order, formatted by the caller
(any database; SQLite's own formatting is ``export_lines``). No per-row lookups: a
session's last payment hash is on its row, and the few sessions paid in several payments
are found index-only.

Every function runs inside the caller's ``Database.read()`` session on the caller's
thread (the export's reader thread) and streams batches; nothing holds all rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.storage.history_repo import (
    HistoryFilter,
    QueryPlan,
    SortField,
    SortOrder,
    raw_column,
)
from posapp.storage.models import PaymentRow, SessionRow

OLDEST_FIRST = SortOrder(SortField.TIME, descending=False)

EXPORT_COLUMNS = (
    SessionRow.id,
    SessionRow.created_at,
    SessionRow.status,
    SessionRow.fiat_amount_e7,
    SessionRow.fiat_currency,
    SessionRow.rate,
    SessionRow.rate_source,
    SessionRow.rate_time,
    SessionRow.spread_percent,
    SessionRow.usdc_due_stroops,
    SessionRow.usdc_received_stroops,
    SessionRow.paid_at,
    SessionRow.cashier,
    SessionRow.terminal,
    SessionRow.note,
    SessionRow.refunded_stroops,
    SessionRow.refunded_fiat_e7,
    SessionRow.subtotal_e7,
    SessionRow.discount_e7,
    SessionRow.tax_e7,
    SessionRow.tip_e7,
)
"""What ``export_rows`` yields first, in this order (then the payments column)."""


def export_rows(
    session: Session,
    filt: HistoryFilter,
    sort: SortOrder = OLDEST_FIRST,
    batch: int = 5000,
) -> Iterator[Sequence[Any]]:
    """Stream every session of ``filt`` as a tuple of ``EXPORT_COLUMNS`` plus its
    transaction hashes (space-separated; None when it received nothing).

    Built for speed: Core rows, no ORM, no per-row lookups. A session's last payment hash
    is on the session row; the few sessions paid in several payments are found first
    (``multi_payment_hashes``, one index-only pass). On SQLite the datetime columns come
    back as the stored text ``YYYY-MM-DD HH:MM:SS.ffffff`` (UTC), elsewhere as datetimes.
    Rows come in ``sort`` order; nothing is buffered beyond ``batch`` rows.
    """
    several = multi_payment_hashes(session)
    plan = QueryPlan(session, filt)
    query = (
        select(*(raw_column(c) for c in EXPORT_COLUMNS), SessionRow.last_tx_hash)
        .where(*plan.where())
        .order_by(*plan.order(sort))
    )
    result = session.connection().execution_options(yield_per=batch).execute(query)
    for part in result.partitions(batch):
        if several:
            for row in part:
                hashes = several.get(row[0])
                yield (*row[:-1], hashes) if hashes else row
        else:
            yield from part


def multi_payment_hashes(session: Session) -> dict[str, str]:
    """``{session id: "hash hash …"}`` for the sessions credited by more than one payment
    (partial payments, top-ups), oldest payment first. Index-only over
    ``ix_payments_session_id`` plus one lookup per such session."""
    ids = list(
        session.scalars(
            select(PaymentRow.session_id)
            .where(PaymentRow.session_id.is_not(None))
            .group_by(PaymentRow.session_id)
            .having(func.count() > 1)
        )
    )
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(PaymentRow.session_id, PaymentRow.tx_hash)
            .where(PaymentRow.session_id.in_(ids[start : start + 500]))
            .order_by(PaymentRow.session_id, PaymentRow.id)
        )
        for sid, tx_hash in rows:
            found.setdefault(str(sid), []).append(tx_hash)
    return {sid: " ".join(hashes) for sid, hashes in found.items()}
