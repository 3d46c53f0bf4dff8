"""The lines of sales rung up from items, for reports and the line-items export. Every
function runs inside the caller's ``Database.read()`` session on the caller's thread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posapp.storage.history_repo import PAID_STATUSES
from posapp.storage.models import SaleLineRow, SessionRow


def lines_between(
    session: Session, start: datetime | None, end: datetime | None, batch: int = 5000
) -> Iterator[Any]:
    """(session id, created_at, status, currency, cashier, position, sku, name, category,
    quantity, unit e7, discount e7, net e7, tax e7, tax rate) of every line of the sales
    created in [start, end), oldest sale first."""
    query = (
        select(
            SessionRow.id,
            SessionRow.created_at,
            SessionRow.status,
            SessionRow.fiat_currency,
            SessionRow.cashier,
            SaleLineRow.position,
            SaleLineRow.sku,
            SaleLineRow.name,
            SaleLineRow.category,
            SaleLineRow.quantity,
            SaleLineRow.unit_price_e7,
            SaleLineRow.discount_e7,
            SaleLineRow.net_e7,
            SaleLineRow.tax_e7,
            SaleLineRow.tax_rate,
        )
        .join(SaleLineRow, SaleLineRow.session_id == SessionRow.id)
        .order_by(SessionRow.created_at, SessionRow.id, SaleLineRow.position)
    )
    if start is not None:
        query = query.where(SessionRow.created_at >= start)
    if end is not None:
        query = query.where(SessionRow.created_at < end)
    result = session.connection().execution_options(yield_per=batch).execute(query)
    for part in result.partitions(batch):
        yield from part


def sold_by(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    by_category: bool,
    cashier: str | None = None,
    terminal: str | None = None,
) -> list[tuple[str, str, int, int, int]]:
    """(currency, item or category, quantity, net e7, tax e7) of the completed sales
    created in [start, end), largest first."""
    key = SaleLineRow.category if by_category else SaleLineRow.name
    query = (
        select(
            SessionRow.fiat_currency,
            key,
            func.sum(SaleLineRow.quantity),
            func.sum(SaleLineRow.net_e7),
            func.sum(SaleLineRow.tax_e7),
        )
        .join(SaleLineRow, SaleLineRow.session_id == SessionRow.id)
        .where(
            SessionRow.created_at >= start,
            SessionRow.created_at < end,
            SessionRow.status.in_(PAID_STATUSES),
        )
        .group_by(SessionRow.fiat_currency, key)
    )
    if cashier is not None:
        query = query.where(SessionRow.cashier == cashier)
    if terminal is not None:
        query = query.where(SessionRow.terminal == terminal)
    rows = [
        (str(c), str(k or ""), int(q), int(n), int(t)) for c, k, q, n, t in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (r[0], -r[3], r[1]))


def parts_by_cashier(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    cashier: str | None = None,
    terminal: str | None = None,
) -> list[tuple[str, str, int, int, int]]:
    """(cashier, currency, tax e7, tip e7, discount e7) of the completed sales created in
    [start, end)."""
    query = (
        select(
            SessionRow.cashier,
            SessionRow.fiat_currency,
            func.coalesce(func.sum(SessionRow.tax_e7), 0),
            func.coalesce(func.sum(SessionRow.tip_e7), 0),
            func.coalesce(func.sum(SessionRow.discount_e7), 0),
        )
        .where(
            SessionRow.created_at >= start,
            SessionRow.created_at < end,
            SessionRow.status.in_(PAID_STATUSES),
            (SessionRow.tax_e7 + SessionRow.tip_e7 + SessionRow.discount_e7) > 0,
        )
        .group_by(SessionRow.cashier, SessionRow.fiat_currency)
        .order_by(SessionRow.cashier, SessionRow.fiat_currency)
    )
    if cashier is not None:
        query = query.where(SessionRow.cashier == cashier)
    if terminal is not None:
        query = query.where(SessionRow.terminal == terminal)
    return [(str(a), str(c), int(t), int(p), int(d)) for a, c, t, p, d in session.execute(query)]
