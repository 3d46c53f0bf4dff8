"""The shop's items: listed and searched at the counter, managed by owners and admins,
imported from and exported to CSV (all or nothing).

Reads are short; ``search`` works on a copy held in memory (refreshed by ``reload``), so
typing in the counter's search box never waits on the database. Any thread but the GUI's
for ``reload``/imports; ``search`` and ``by_code`` on the loaded copy are cheap on any.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from posapp.core.catalog import (
    CatalogImportError,
    CatalogItem,
    catalog_csv,
    check_item,
    parse_catalog_csv,
)
from posapp.core.clock import Clock, utc_now
from posapp.core.currency import currency_places
from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Permission
from posapp.storage import catalog_repo
from posapp.storage.engine import Database

log = logging.getLogger("posapp.catalog")
MAX_CSV_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CatalogSnapshot:
    """The enabled items, with lookups by code and a lower-cased search key per item."""

    items: tuple[CatalogItem, ...]
    by_code: dict[str, CatalogItem]
    keys: tuple[str, ...]

    @classmethod
    def of(cls, items: list[CatalogItem]) -> CatalogSnapshot:
        enabled = tuple(i for i in items if i.enabled)
        codes: dict[str, CatalogItem] = {}
        for item in enabled:
            codes[item.sku] = item
            if item.barcode:
                codes.setdefault(item.barcode, item)
        keys = tuple(f"{i.name} {i.sku} {i.barcode or ''} {i.category}".casefold() for i in enabled)
        return cls(enabled, codes, keys)

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories in use, sorted."""
        return tuple(sorted({i.category for i in self.items if i.category}))

    def search(self, text: str, category: str | None = None, limit: int = 200) -> list[CatalogItem]:
        """Items whose name, SKU, barcode or category contains every word of ``text``."""
        words = text.casefold().split()
        found = []
        for item, key in zip(self.items, self.keys, strict=True):
            if category and item.category != category:
                continue
            if all(w in key for w in words):
                found.append(item)
                if len(found) >= limit:
                    break
        return found


class CatalogService:
    """The catalog of one shop (``currency`` sets the prices' decimal places)."""

    def __init__(self, db: Database, currency: str, clock: Clock = utc_now) -> None:
        self._db = db
        self._places = currency_places(currency)
        self._clock = clock
        self._lock = threading.Lock()
        self._snapshot: CatalogSnapshot | None = None

    def reload(self) -> CatalogSnapshot:
        """Read the catalog again (short read) and keep it for searches."""
        with self._db.read() as session:
            snapshot = CatalogSnapshot.of(catalog_repo.all_items(session))
        with self._lock:
            self._snapshot = snapshot
        return snapshot

    @property
    def snapshot(self) -> CatalogSnapshot:
        """The catalog as last loaded (loads it the first time)."""
        with self._lock:
            snapshot = self._snapshot
        return snapshot if snapshot is not None else self.reload()

    def all_items(self) -> list[CatalogItem]:
        """Every item, enabled or not (for the owner's list and the export)."""
        with self._db.read() as session:
            return catalog_repo.all_items(session)

    def by_code(self, code: str) -> CatalogItem:
        """The enabled item with this SKU or barcode; InvalidInput when there is none."""
        item = self.snapshot.by_code.get(code.strip())
        if item is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "no item with SKU or barcode {code!r}"),
                code=code.strip()[:64],
            )
        return item

    def save_item(self, actor: Actor, **fields: object) -> CatalogItem:
        """Add or change one item (owners and admins)."""
        actor.require(Permission.MANAGE_ITEMS)
        item = check_item(places=self._places, **fields)  # type: ignore[arg-type]
        with self._db.write() as session:
            catalog_repo.upsert(session, [item], self._clock())
        self.reload()
        return item

    def import_csv(self, path: Path, actor: Actor, *, replace: bool = False) -> int:
        """Import a catalog file: every row or none (CatalogImportError with line numbers).
        ``replace`` makes the catalog exactly the file; otherwise rows add or change items."""
        actor.require(Permission.MANAGE_ITEMS)
        try:
            if path.stat().st_size > MAX_CSV_BYTES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "{path} is larger than {limit_mb} MB"),
                    path=path,
                    limit_mb=MAX_CSV_BYTES // 1024 // 1024,
                )
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CatalogImportError(["the file is not UTF-8 text"]) from None
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "cannot read {path}: {error}"),
                path=path,
                error=exc.strerror or exc,
            ) from None
        items = parse_catalog_csv(text, places=self._places)
        with self._db.write() as session:
            if replace:
                catalog_repo.replace_all(session, items, self._clock())
            else:
                catalog_repo.upsert(session, items, self._clock())
        self.reload()
        log.info("catalog: %d items imported by %s", len(items), actor.name)
        return len(items)

    def export_csv(self, path: Path) -> int:
        """Write every item as CSV; the item count."""
        items = self.all_items()
        try:
            path.write_text(catalog_csv(items), encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "cannot write {path}: {error}"),
                path=path,
                error=exc.strerror or exc,
            ) from None
        return len(items)
