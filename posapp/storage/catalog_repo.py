"""The shop's items in SQL. Every function runs inside the caller's ``Database.read()`` /
``write()`` session, on the caller's thread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from posapp.core.catalog import CatalogItem
from posapp.storage.models import CatalogItemRow
from posapp.storage.sessions_repo import from_e7, to_e7


def _freeze(row: CatalogItemRow) -> CatalogItem:
    return CatalogItem(
        sku=row.sku,
        name=row.name,
        price=from_e7(row.price_e7),
        category=row.category,
        tax_rate=Decimal(row.tax_rate),
        barcode=row.barcode,
        enabled=row.enabled,
    )


def all_items(session: Session, *, enabled_only: bool = False) -> list[CatalogItem]:
    """Every item, by category then name."""
    query = select(CatalogItemRow).order_by(CatalogItemRow.category, CatalogItemRow.name)
    if enabled_only:
        query = query.where(CatalogItemRow.enabled.is_(True))
    return [_freeze(row) for row in session.scalars(query)]


def by_code(session: Session, code: str) -> CatalogItem | None:
    """The item whose SKU or barcode is ``code``."""
    row = session.scalars(
        select(CatalogItemRow)
        .where(or_(CatalogItemRow.sku == code, CatalogItemRow.barcode == code))
        .limit(1)
    ).first()
    return None if row is None else _freeze(row)


def count(session: Session) -> int:
    """How many items the catalog holds."""
    return int(session.scalar(select(func.count()).select_from(CatalogItemRow)) or 0)


def replace_all(session: Session, items: Sequence[CatalogItem], now: datetime) -> None:
    """Make the catalog exactly ``items`` (an import)."""
    session.execute(delete(CatalogItemRow))
    upsert(session, items, now)


def upsert(session: Session, items: Sequence[CatalogItem], now: datetime) -> None:
    """Add or change ``items`` by SKU."""
    for item in items:
        row = session.get(CatalogItemRow, item.sku)
        if row is None:
            row = CatalogItemRow(sku=item.sku)
            session.add(row)
        row.name = item.name
        row.price_e7 = to_e7(item.price)
        row.category = item.category
        row.tax_rate = f"{item.tax_rate.normalize():f}"
        row.barcode = item.barcode
        row.enabled = item.enabled
        row.updated_at = now
    session.flush()
