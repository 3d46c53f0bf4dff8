"""In the shop's own zone the history reads no sale for a day, week, month or a daily
chart: every local midnight is a day of the per-day sums. In another zone the answers are
the same, read partly from the sales. ``posapp database zone`` moves the sums' days."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from bench import history_data
from posapp.core.errors import InvalidInput, PermissionDenied
from posapp.core.roles import Actor, Role
from posapp.services.backoffice.history import (
    DatePreset,
    HistoryFilter,
    HistoryService,
    HistoryTotals,
    SalesChart,
)
from posapp.storage.engine import Database, sqlite_url
from tests.support.big_history import END, IST

OWNER = Actor("owner", Role.OWNER)
ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """3,000 sales over 40 days, the sums counted in India's days."""
    data_dir: Path = tmp_path_factory.mktemp("ist")
    history_data.generate(data_dir, 3000, days=40, unmatched=5, events_for_last=10,
                          zone="Asia/Kolkata")  # fmt: skip
    db = Database(sqlite_url(data_dir))
    yield db
    db.dispose()


def sales_read(db: Database, work) -> tuple[object, list[str]]:
    """What ``work()`` returns and the statements it ran that read ``sessions``."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        if "FROM sessions" in statement or "JOIN sessions" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        return work(), seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def answers(history: HistoryService) -> list[tuple[HistoryTotals | SalesChart | None, list[str]]]:
    out = []
    for preset in (DatePreset.TODAY, DatePreset.LAST_7_DAYS, DatePreset.THIS_MONTH,
                   DatePreset.LAST_30_DAYS):  # fmt: skip
        start, end = history.preset(preset)
        filt = HistoryFilter(start=start, end=end)
        out.append(sales_read(history.db, lambda f=filt: history.totals(f, OWNER)))
        if preset is not DatePreset.TODAY:  # today is charted by the hour
            out.append(sales_read(history.db, lambda f=filt: history.chart(f, OWNER)))
    return out


def test_the_shop_s_days_read_no_sale_and_another_zone_agrees(shop_db: Database) -> None:
    history = HistoryService(shop_db, clock=lambda: END, tz=IST)
    assert history.sums_zone(OWNER) == "Asia/Kolkata"
    in_shop_zone = answers(history)
    for _answer, read in in_shop_zone:
        assert read == []
    chart = in_shop_zone[-1][0]
    assert isinstance(chart, SalesChart) and len(chart.buckets) == 30
    assert sum(b.sales.get("INR", Decimal(0)) for b in chart.buckets) > 0

    assert history.set_sums_zone("UTC", ADMIN) > 0
    in_utc = answers(history)
    assert [a for a, _ in in_utc] == [a for a, _ in in_shop_zone]
    assert all(read for _, read in in_utc)  # every local midnight cuts a UTC day
    assert history.sum_differences(OWNER) == []
    history.set_sums_zone("Asia/Kolkata", ADMIN)
    assert history.sum_differences(OWNER) == []


def test_only_a_known_zone_by_someone_who_may_change_settings(shop_db: Database) -> None:
    history = HistoryService(shop_db, clock=lambda: END, tz=IST)
    with pytest.raises(InvalidInput, match="unknown time zone"):
        history.set_sums_zone("Asia/Atlantis", ADMIN)
    with pytest.raises(PermissionDenied):
        history.set_sums_zone("UTC", Actor("asha", Role.CASHIER))
    assert history.sums_zone(OWNER) == "Asia/Kolkata"
