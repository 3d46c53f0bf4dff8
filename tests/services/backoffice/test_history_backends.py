"""History, totals, chart, Z-report and CSV export answer the same on every backend.

The big history tests run on a generated 50,000-session SQLite file (too slow to copy per
test). Here a small generated shop (a reference SQLite file, read-only) is copied row by row
into the test's database — another SQLite file, or PostgreSQL — and every query the history
window, the Z-report and the export make is compared between the two: same rows, same order,
same exact sums, same CSV bytes (SQLite formats the export in SQL, PostgreSQL in Python).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, text

from bench import history_data
from posapp.core.roles import Actor, Role
from posapp.services.backoffice.export import export_history_csv
from posapp.services.backoffice.history import (
    HistoryFilter,
    HistoryService,
    SortField,
    SortOrder,
)
from posapp.services.backoffice.reports import ReportService
from posapp.storage.engine import Database, sqlite_url
from posapp.storage.models import Base

OWNER = Actor("owner", Role.OWNER)
IST = ZoneInfo("Asia/Kolkata")
SESSIONS = 1500


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The generated shop on SQLite: 1,500 sales over 40 days, payments, unmatched payments,
    webhook events (read-only: the answers every backend must give)."""
    data_dir = tmp_path_factory.mktemp("reference")
    history_data.generate(data_dir, SESSIONS, days=40, unmatched=30, events_for_last=100)
    db = Database(sqlite_url(data_dir))
    yield db
    db.dispose()


def copy_rows(source: Database, target: Database) -> int:
    """Every row of every posapp table from ``source`` into ``target`` (empty, migrated),
    parents first, through the models' types; PostgreSQL sequences moved past the copied
    ids. Returns the number of rows copied."""
    copied = 0
    with source.read() as src, target.write() as dst:
        for table in Base.metadata.sorted_tables:
            if table.name in ("day_sums", "day_offsets"):
                continue  # the target's triggers sum the sales as they arrive, by its zone
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(table), rows)
                copied += len(rows)
            if target.is_postgres and "id" in table.c and table.c.id.autoincrement is True:
                dst.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                        f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                    )
                )
    return copied


@dataclass
class Pair:
    """The same shop twice: ``ref`` on the reference SQLite file, ``db`` on the test's
    database."""

    ref: Database
    db: Database

    def both(self, make: Any) -> tuple[Any, Any]:
        return make(self.ref), make(self.db)


@pytest.fixture
def pair(reference: Database, database_url: str) -> Iterator[Pair]:
    db = Database(database_url)
    assert copy_rows(reference, db) > SESSIONS
    yield Pair(reference, db)
    db.dispose()


def history(db: Database) -> HistoryService:
    end = history_data.END
    return HistoryService(db, clock=lambda: end, tz=IST)


def all_rows(service: HistoryService, filt: HistoryFilter, sort: SortOrder) -> list[Any]:
    """Every row of ``filt`` in ``sort`` order, paged by keyset 197 rows at a time."""
    rows: list[Any] = []
    after = None
    while True:
        page = service.page(filt, OWNER, sort=sort, after=after, limit=197)
        rows.extend(page.rows)
        if not page.has_more:
            return rows
        after = page.next_key


def filters(ref: Database) -> list[HistoryFilter]:
    """A filter of every kind the window builds, with texts found in the data."""
    service = history(ref)
    newest = service.page(HistoryFilter(), OWNER, limit=50).rows
    with_hash = next(r for r in newest if r.last_tx_hash)
    end = history_data.END
    week = (end - timedelta(days=7), end)
    with ref.read() as s:
        payer = s.scalar(text("SELECT from_account FROM payments LIMIT 1"))
    return [
        HistoryFilter(),
        HistoryFilter(start=week[0], end=week[1]),
        HistoryFilter(statuses=frozenset({"paid"})),
        HistoryFilter(statuses=frozenset({"expired", "cancelled", "paid_late"})),
        HistoryFilter(cashier="zoë"),
        HistoryFilter(terminal="bar", start=week[0]),
        HistoryFilter(text=newest[3].id[:9]),
        HistoryFilter(text=with_hash.last_tx_hash[:10]),
        HistoryFilter(text=payer[:8]),
        HistoryFilter(text="TABLE"),  # a note, case-insensitively
        HistoryFilter(text="café"),
        HistoryFilter(text="नमस्ते", start=week[0], end=week[1]),
        HistoryFilter(text="100%_"),  # LIKE wildcards are literal: matches nothing
    ]


def test_pages_in_every_sort_order_are_identical(pair: Pair) -> None:
    every = [SortOrder(f, d) for f in SortField for d in (True, False)]
    for i, filt in enumerate(filters(pair.ref)):
        sorts = every if i % 4 == 0 else [every[i % len(every)]]
        for sort in sorts:
            want, got = pair.both(lambda db, f=filt, s=sort: all_rows(history(db), f, s))
            assert got == want, (filt, sort)
            count = history(pair.db).count(filt, OWNER)
            assert count == len(want), filt


def test_totals_and_charts_are_identical_and_exact(pair: Pair) -> None:
    for filt in filters(pair.ref):
        want, got = pair.both(lambda db, f=filt: history(db).totals(f, OWNER))
        assert got == want, filt
        want, got = pair.both(lambda db, f=filt: history(db).chart(f, OWNER))
        assert got == want, filt
    want, got = pair.both(lambda db: history(db).cashiers(OWNER))
    assert got == want and "zoë" in got


def test_z_reports_are_identical(pair: Pair) -> None:
    end = history_data.END
    for days_back in (0, 1, 9):
        day = (end.astimezone(IST) - timedelta(days=days_back)).date()
        for cashier in (None, "ravi"):

            def report(db: Database, d: date = day, c: str | None = cashier) -> Any:
                return ReportService(db, clock=lambda: end, tz=IST).z_report(d, OWNER, cashier=c)

            want, got = pair.both(report)
            assert got == want and want.total.sessions > 0, (day, cashier)
            texts = [line.sales_text() for line in (*want.lines, want.total)]
            assert [line.sales_text() for line in (*got.lines, got.total)] == texts


def test_sale_details_are_identical(pair: Pair) -> None:
    for row in history(pair.ref).page(HistoryFilter(), OWNER, limit=40).rows:
        want, got = pair.both(lambda db, r=row: history(db).details(r.id, OWNER))
        assert got == want


def test_csv_exports_are_byte_identical(pair: Pair, tmp_path: Path) -> None:
    end = history_data.END
    for filt in (HistoryFilter(), HistoryFilter(start=end - timedelta(days=3), text="e")):
        want, got = tmp_path / "want.csv", tmp_path / "got.csv"
        n = export_history_csv(pair.ref, want, filt, OWNER, tz=IST)
        assert export_history_csv(pair.db, got, filt, OWNER, tz=IST) == n > 0
        assert got.read_bytes() == want.read_bytes(), filt


@pytest.mark.postgres
def test_prefix_searches_on_a_linguistically_collated_server(
    reference: Database, postgres_server: Any
) -> None:
    """Servers often sort text by language rules (en_US, ICU), where ``'abc9x' < 'abc:'``
    is false: identifier prefixes must still be found (their columns compare bytewise)."""
    from tests.support import postgres as pg_support

    name = pg_support.unique_name("posapp_icu_")
    options = "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
    url = postgres_server.create_database(name, template="template0", options=options)
    db = Database(url)
    try:
        copy_rows(reference, db)
        service, want_service = history(db), history(reference)
        with reference.read() as s:
            ids = list(s.scalars(text("SELECT id FROM sessions")))
            hashes = list(s.scalars(text("SELECT tx_hash FROM payments")))
            payers = list(s.scalars(text("SELECT from_account FROM payments")))
        samples = [
            *[i[:k] for i in ids for k in (6, 7, 8) if i[k - 1] in "z7"][:6],
            *[h[:k] for h in hashes for k in range(8, 14) if h[k - 1] in "9f"][:6],
            *[p[:k] for p in payers for k in range(7, 12) if p[k - 1] in "Z7"][:6],
        ]
        assert len(samples) == 18
        for prefix in samples:
            filt = HistoryFilter(text=prefix)
            want = want_service.page(filt, OWNER, limit=500).rows
            assert want, prefix
            assert service.page(filt, OWNER, limit=500).rows == want, prefix
            assert service.count(filt, OWNER) == len(want), prefix
    finally:
        db.dispose()
        postgres_server.drop_database(name)
