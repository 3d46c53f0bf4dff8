"""Catalog items and the CSV the shop keeps them in. Pure; any thread.

CSV columns (header required, any order, UTF-8, ``,`` separated): ``sku,name,price`` and
optionally ``category,tax_rate,barcode,enabled``. A file with any bad row is refused whole,
each bad row named by its line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from posapp.core.errors import InvalidAmount, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import parse_amount

CSV_COLUMNS = ("sku", "name", "price", "category", "tax_rate", "barcode", "enabled")
REQUIRED = ("sku", "name", "price")
MAX_ITEMS = 100_000
TRUE = {"1", "true", "yes", "y", ""}
FALSE = {"0", "false", "no", "n"}


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """An item the shop sells; ``price`` in the shop's currency, ``tax_rate`` in percent."""

    sku: str
    name: str
    price: Decimal
    category: str = ""
    tax_rate: Decimal = Decimal(0)
    barcode: str | None = None
    enabled: bool = True


class CatalogImportError(InvalidInput):
    """A catalog file with bad rows; ``problems`` names each by line number."""

    def __init__(self, problems: list[str]) -> None:
        shown = "; ".join(problems[:5])
        if len(problems) > 5:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors", "the catalog was not imported: {problems}; and {more} more"
                ),
                problems=shown,
                more=len(problems) - 5,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("errors", "the catalog was not imported: {problems}"),
                problems=shown,
            )
        self.problems = problems


def check_item(
    sku: object, name: object, price: object, *, places: int, category: object = "",
    tax_rate: object = "0", barcode: object = None, enabled: object = True,
) -> CatalogItem:  # fmt: skip
    """One item from loose values; InvalidInput saying which field is wrong."""
    sku_text = str(sku or "").strip()
    if not sku_text or len(sku_text) > 64 or not sku_text.isprintable():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "sku must be 1 to 64 printable characters"))
    name_text = str(name or "").strip()
    if not name_text or len(name_text) > 120:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "name must be 1 to 120 characters"))
    try:
        value = parse_amount(str(price).strip(), places=places)
    except InvalidAmount as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "price: {error}"), error=exc) from None
    try:
        rate = Decimal(str(tax_rate or "0").strip().rstrip("%"))
    except InvalidOperation:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tax_rate {tax_rate!r} is not a number"),
            tax_rate=str(tax_rate)[:20],
        ) from None
    if not rate.is_finite() or not 0 <= rate <= 100:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tax_rate must be between 0 and 100 (percent)")
        )
    code = str(barcode).strip() if barcode not in (None, "") else None
    if code is not None and (len(code) > 64 or not code.isprintable()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "barcode must be at most 64 printable characters")
        )
    if isinstance(enabled, bool):
        flag = enabled
    elif str(enabled).strip().lower() in TRUE:
        flag = True
    elif str(enabled).strip().lower() in FALSE:
        flag = False
    else:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "enabled {enabled!r} is not yes or no"),
            enabled=str(enabled)[:10],
        )
    return CatalogItem(sku_text, name_text, value, str(category or "").strip()[:64], rate,
                       code, flag)  # fmt: skip


def parse_catalog_csv(text: str, *, places: int) -> list[CatalogItem]:
    """Every item of a catalog CSV; CatalogImportError (nothing returned) on any bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CatalogImportError([f"line 1: the header lacks {', '.join(missing)}"])
    reader.fieldnames = header
    items: list[CatalogItem] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.append(f"line {line}: more fields than the header")
            continue
        try:
            item = check_item(
                row.get("sku"), row.get("name"), row.get("price"), places=places,
                category=row.get("category") or "", tax_rate=row.get("tax_rate") or "0",
                barcode=row.get("barcode"), enabled=row.get("enabled") or "",
            )  # fmt: skip
        except InvalidInput as exc:
            problems.append(f"line {line}: {exc}")
            continue
        if item.sku in seen:
            problems.append(f"line {line}: sku {item.sku} is also on line {seen[item.sku]}")
            continue
        seen[item.sku] = line
        items.append(item)
        if len(items) > MAX_ITEMS:
            raise CatalogImportError([f"more than {MAX_ITEMS} items"])
    if problems:
        raise CatalogImportError(problems)
    return items


def catalog_csv(items: Iterable[CatalogItem]) -> str:
    """The catalog as CSV text that ``parse_catalog_csv`` reads back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i in items:
        writer.writerow([i.sku, i.name, f"{i.price:f}", i.category,
                         f"{i.tax_rate.normalize():f}", i.barcode or "",
                         "yes" if i.enabled else "no"])  # fmt: skip
    return out.getvalue()
