"""History queries on a generated 50,000-session database, checked against hand-written
SQL (plain ``sqlite3``) and Python sums computed independently of the service."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from bench import history_data
from posapp.core.errors import PermissionDenied, SessionNotFound
from posapp.core.roles import Actor, Role
from posapp.services.backoffice.history import HistoryFilter, HistoryService, SortField, SortOrder
from posapp.services.backoffice.localtime import DatePreset, Granularity, bucket_edges, preset_range
from tests.support.big_history import SESSIONS

OWNER = Actor("owner", Role.OWNER)
CASHIER = Actor("ravi", Role.CASHIER)
IST = ZoneInfo("Asia/Kolkata")


def t(moment: datetime) -> str:
    """A bound instant as SQLite stores it."""
    return history_data.sql_time(moment)


def all_pages(history: HistoryService, filt: HistoryFilter, sort: SortOrder) -> list[str]:
    ids: list[str] = []
    after = None
    while True:
        page = history.page(filt, OWNER, sort=sort, after=after, limit=500)
        ids.extend(r.id for r in page.rows)
        if not page.has_more:
            return ids
        after = page.next_key


def sql_ids(
    big_sql: sqlite3.Connection, where: str, args: tuple[object, ...], order: str
) -> list[str]:
    query = f"SELECT id FROM sessions WHERE {where} ORDER BY {order}"
    return [r[0] for r in big_sql.execute(query, args)]


def month(history: HistoryService) -> HistoryFilter:
    start, end = history.preset(DatePreset.LAST_30_DAYS)
    return HistoryFilter(start=start, end=end)


# ---- pages -----------------------------------------------------------------------------


def test_keyset_pages_cover_the_filter_exactly_once_newest_first(history, big_sql) -> None:
    filt = month(history)
    got = all_pages(history, filt, SortOrder())
    want = sql_ids(
        big_sql,
        "created_at >= ? AND created_at < ?",
        (t(filt.start), t(filt.end)),
        "created_at DESC, id DESC",
    )
    assert len(want) > 3000
    assert got == want


@pytest.mark.parametrize(
    ("field", "descending", "order"),
    [
        (SortField.AMOUNT, False, "fiat_amount_e7, id"),
        (SortField.AMOUNT, True, "fiat_amount_e7 DESC, id DESC"),
        (SortField.RECEIVED, True, "usdc_received_stroops DESC, id DESC"),
        (SortField.STATUS, False, "status, created_at, id"),
        (SortField.CASHIER, True, "cashier DESC, created_at DESC, id DESC"),
        (SortField.TIME, False, "created_at, id"),
    ],
)
def test_sorting_is_done_in_sql_and_pages_through_ties(
    history, big_sql, field, descending, order
) -> None:
    start, end = history.preset(DatePreset.LAST_7_DAYS)
    filt = HistoryFilter(start=start, end=end)
    got = all_pages(history, filt, SortOrder(field, descending))
    want = sql_ids(big_sql, "created_at >= ? AND created_at < ?", (t(start), t(end)), order)
    assert got == want


def test_all_time_amount_sort_pages_across_many_equal_amounts(history, big_sql) -> None:
    """19.99 INR appears thousands of times: the id tie-breaker keeps pages exact."""
    filt = HistoryFilter()
    sort = SortOrder(SortField.AMOUNT, descending=False)
    first = history.page(filt, OWNER, sort=sort, limit=300)
    second = history.page(filt, OWNER, sort=sort, after=first.next_key, limit=300)
    want = sql_ids(big_sql, "1", (), "fiat_amount_e7, id")[:600]
    assert [r.id for r in first.rows + second.rows] == want


@pytest.mark.parametrize(
    "statuses",
    [{"paid"}, {"paid_late", "cancelled"}, {"open", "partially_paid"}, {"expired", "paid"}],
)
def test_status_filters_including_several_statuses(history, big_sql, statuses) -> None:
    filt = HistoryFilter(statuses=frozenset(statuses))
    marks = ",".join("?" * len(statuses))
    want = sql_ids(big_sql, f"status IN ({marks})", tuple(statuses), "created_at DESC, id DESC")
    assert all_pages(history, filt, SortOrder()) == want


def test_cashier_and_status_and_period_combine(history, big_sql) -> None:
    filt = month(history)
    filt = HistoryFilter(
        start=filt.start, end=filt.end, cashier="zoë", statuses=frozenset({"paid", "expired"})
    )
    want = sql_ids(
        big_sql,
        "created_at >= ? AND created_at < ? AND cashier = ? AND status IN ('paid','expired')",
        (t(filt.start), t(filt.end), "zoë"),
        "created_at DESC, id DESC",
    )
    assert want
    assert all_pages(history, filt, SortOrder()) == want


@pytest.mark.parametrize("text", ["samosa", "SAMOSA", "nonexistent-text", "=SUM", "नमस्ते"])
def test_note_search_is_a_case_insensitive_substring(history, big_sql, text) -> None:
    want = sql_ids(
        big_sql, "note LIKE ?", (f"%{text}%",), "created_at DESC, id DESC"
    )  # SQLite LIKE: ASCII case-insensitive, like the service
    filt = HistoryFilter(text=text)
    assert filt.text_kind() == "note"
    assert all_pages(history, filt, SortOrder()) == want
    short = month(history)
    within = HistoryFilter(start=short.start, end=short.end, text=text)
    assert all_pages(history, within, SortOrder()) == [
        i
        for i in sql_ids(
            big_sql,
            "note LIKE ? AND created_at >= ? AND created_at < ?",
            (f"%{text}%", t(short.start), t(short.end)),
            "created_at DESC, id DESC",
        )
    ]


def test_search_by_session_id_tx_hash_and_payer(history, big_sql) -> None:
    sid, tx, payer = big_sql.execute(
        "SELECT session_id, tx_hash, from_account FROM payments"
        " WHERE session_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET 1234"
    ).fetchone()
    by_id = all_pages(history, HistoryFilter(text=sid[:12].upper()), SortOrder())
    assert sid in by_id
    assert by_id == sql_ids(big_sql, "id LIKE ?", (sid[:12] + "%",), "created_at DESC, id DESC")
    assert all_pages(history, HistoryFilter(text=tx[:10].upper()), SortOrder()) == sql_ids(
        big_sql,
        "id IN (SELECT session_id FROM payments WHERE tx_hash LIKE ?)",
        (tx[:10] + "%",),
        "created_at DESC, id DESC",
    )
    paid_by = all_pages(history, HistoryFilter(text=payer), SortOrder())
    assert sid in paid_by
    assert paid_by == sql_ids(
        big_sql,
        "id IN (SELECT session_id FROM payments WHERE from_account = ?)",
        (payer,),
        "created_at DESC, id DESC",
    )


def test_text_kinds() -> None:
    kinds = {
        "pay_abc": "session",
        "DEADBEEF01": "tx",
        "GABCDEFGH": "payer",
        "gabcdefgh": "note",
        "table 4": "note",
        "": "",
    }
    for text, kind in kinds.items():
        assert HistoryFilter(text=text).text_kind() == kind, text


def test_count_matches_sql(history, big_sql) -> None:
    filt = month(history)
    assert (
        history.count(filt, OWNER)
        == big_sql.execute(
            "SELECT count(*) FROM sessions WHERE created_at >= ? AND created_at < ?",
            (t(filt.start), t(filt.end)),
        ).fetchone()[0]
    )
    assert history.count(HistoryFilter(), OWNER) == SESSIONS


# ---- totals ----------------------------------------------------------------------------


def independent_totals(
    big_sql: sqlite3.Connection, where: str, args: tuple[object, ...]
) -> dict[str, object]:
    """Totals from plain rows summed in Python (no SQL SUM involved)."""
    rows = big_sql.execute(
        f"SELECT status, fiat_currency, fiat_amount_e7, usdc_received_stroops FROM sessions"
        f" WHERE {where}",
        args,
    ).fetchall()
    sales: dict[str, Decimal] = {}
    paid: dict[str, int] = {}
    received = Decimal(0)
    for status, currency, fiat_e7, usdc_stroops in rows:
        received += Decimal(usdc_stroops) / Decimal(10_000_000)
        if status in ("paid", "paid_late"):
            sales[currency] = sales.get(currency, Decimal(0)) + Decimal(fiat_e7) / 10_000_000
            paid[currency] = paid.get(currency, 0) + 1
    return {"count": len(rows), "sales": sales, "paid": paid, "received": received}


TOTAL_FILTERS = {
    "all": (HistoryFilter(), "1", ()),
    "paid": (HistoryFilter(statuses=frozenset({"paid"})), "status = 'paid'", ()),
    "cashier": (HistoryFilter(cashier="anita"), "cashier = 'anita'", ()),
    "note": (HistoryFilter(text="table"), "note LIKE '%table%'", ()),
    "unpaid": (
        HistoryFilter(statuses=frozenset({"expired", "cancelled"})),
        "status IN ('expired', 'cancelled')",
        (),
    ),
}


@pytest.mark.parametrize("name", sorted(TOTAL_FILTERS))
def test_totals_are_exact(history, big_sql, name) -> None:
    filt, where, args = TOTAL_FILTERS[name]
    want = independent_totals(big_sql, where, args)
    got = history.totals(filt, OWNER)
    assert got.count == want["count"]
    assert got.paid_count == sum(want["paid"].values())
    assert {c.currency: c.sales for c in got.currencies if c.paid_count} == want["sales"]
    assert got.usdc_received == want["received"]
    for c in got.currencies:
        if c.paid_count:
            exact = want["sales"][c.currency] / want["paid"][c.currency]
            assert abs(c.average - exact) <= Decimal("0.005")
    assert sum(got.by_status.values()) == got.count


def test_totals_of_a_period_match_a_hand_written_query(history, big_sql) -> None:
    filt = month(history)
    got = history.totals(filt, OWNER)
    rows = big_sql.execute(
        "SELECT fiat_currency, sum(fiat_amount_e7) FROM sessions WHERE created_at >= ?"
        " AND created_at < ? AND status IN ('paid', 'paid_late') GROUP BY fiat_currency",
        (t(filt.start), t(filt.end)),
    ).fetchall()
    assert {c.currency: c.sales for c in got.currencies if c.paid_count} == {
        code: Decimal(units) / 10_000_000 for code, units in rows
    }
    (received,) = big_sql.execute(
        "SELECT sum(usdc_received_stroops) FROM sessions WHERE created_at >= ? AND created_at < ?",
        (t(filt.start), t(filt.end)),
    ).fetchone()
    assert got.usdc_received == Decimal(received) / 10_000_000


def recorded(big_db, work) -> list[tuple[str, tuple[object, ...]]]:
    """The SQL statements ``work()`` runs."""
    seen: list[tuple[str, tuple[object, ...]]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    event.listen(big_db.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(big_db.engine, "before_cursor_execute", record)
    return seen


def test_totals_read_the_day_sums_and_only_the_days_their_ends_cut(history, big_db, big_sql):
    """No timed test: check which rows the big queries read (the benchmark times them)."""

    def plan(statement: str, params: tuple[object, ...]) -> str:
        return " / ".join(r[3] for r in big_sql.execute("EXPLAIN QUERY PLAN " + statement, params))

    all_time = recorded(big_db, lambda: history.totals(HistoryFilter(), OWNER))
    assert [s for s, _ in all_time if "FROM sessions" in s] == []  # no sale is read
    assert [s for s, _ in all_time if "FROM day_sums" in s]

    seen = recorded(big_db, lambda: history.totals(month(history), OWNER))
    from_sums = [(s, p) for s, p in seen if "FROM day_sums" in s]
    assert len(from_sums) == 1
    assert "SEARCH day_sums USING" in plan(*from_sums[0])
    assert "(day>? AND day<?)" in plan(*from_sums[0])
    cut = [
        (s, p)
        for s, p in seen
        if "GROUP BY" in s and "FROM sessions" in s and "ix_sessions_refunded" not in s
    ]
    assert 1 <= len(cut) <= 2  # the local midnights at each end cut a UTC day
    for statement, params in cut:
        assert "COVERING INDEX ix_sessions_rollup" in plan(statement, params)
        low, high = [p for p in params if isinstance(p, str) and p[:2] == "20"][-2:]
        span = datetime.fromisoformat(high) - datetime.fromisoformat(low)
        assert span < timedelta(days=1), (low, high)  # never more than part of one day
    # refunded sums of those parts read only the few refunded sales: their partial index
    for statement, params in seen:
        if "ix_sessions_refunded" in statement:
            steps = plan(statement, params).split(" / ")
            assert steps[0] == "SCAN sessions USING INDEX ix_sessions_refunded", steps


# ---- chart -----------------------------------------------------------------------------


def test_daily_chart_adds_up_to_the_totals(history) -> None:
    filt = month(history)
    chart = history.chart(filt, OWNER)
    totals = history.totals(filt, OWNER)
    assert chart.granularity is Granularity.DAY
    assert len(chart.buckets) == 30
    assert chart.buckets[0].start == filt.start
    assert sum(b.count for b in chart.buckets) == totals.count
    assert sum(b.paid_count for b in chart.buckets) == totals.paid_count
    assert sum(b.usdc_received for b in chart.buckets) == totals.usdc_received
    for c in totals.currencies:
        assert sum(b.sales.get(c.currency, Decimal(0)) for b in chart.buckets) == c.sales
    assert chart.currencies[0] == "INR"
    # local midnight in India is 18:30 UTC
    assert all(b.start.astimezone(IST).hour == 0 for b in chart.buckets)


def test_today_is_charted_per_local_hour(history) -> None:
    start, end = history.preset(DatePreset.TODAY)
    chart = history.chart(HistoryFilter(start=start, end=end), OWNER)
    assert chart.granularity is Granularity.HOUR
    assert [b.label for b in chart.buckets] == [f"{h:02d}:00" for h in range(24)]
    assert sum(b.count for b in chart.buckets) == history.count(
        HistoryFilter(start=start, end=end), OWNER
    )


def test_each_hour_of_a_day_holds_exactly_its_sales(history, big_sql) -> None:
    start, end = history.preset(DatePreset.YESTERDAY)
    chart = history.chart(HistoryFilter(start=start, end=end), OWNER)
    assert chart.granularity is Granularity.HOUR
    ends = [b.start for b in chart.buckets[1:]] + [end]
    for bucket, hi in zip(chart.buckets, ends, strict=True):
        count, inr = big_sql.execute(
            "SELECT count(*), sum(CASE WHEN status IN ('paid', 'paid_late') AND"
            " fiat_currency = 'INR' THEN fiat_amount_e7 - refunded_fiat_e7 END)"
            " FROM sessions WHERE created_at >= ? AND created_at < ?",
            (t(bucket.start), t(hi)),
        ).fetchone()
        assert bucket.count == count
        assert bucket.sales.get("INR", Decimal(0)) == Decimal(inr or 0) / 10_000_000


def test_all_time_is_charted_per_month(history) -> None:
    chart = history.chart(HistoryFilter(), OWNER)
    assert chart.granularity is Granularity.MONTH
    assert len(chart.buckets) == 13
    assert sum(b.count for b in chart.buckets) == SESSIONS


def test_bucket_edges_follow_daylight_saving() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 3, 28, 23, tzinfo=UTC)  # 29 March 00:00 local (CET)
    end = datetime(2026, 3, 29, 22, tzinfo=UTC)  # 30 March 00:00 local (CEST)
    edges = bucket_edges(start, end, Granularity.HOUR, berlin)
    assert len(edges) - 1 == 23  # the spring-forward day has 23 hours
    days = bucket_edges(datetime(2026, 3, 27, 23, tzinfo=UTC), end, Granularity.DAY, berlin)
    assert [e.astimezone(berlin).hour for e in days[:-1]] == [0, 0]


def test_presets_follow_the_shop_clock() -> None:
    now = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)  # Monday 30 Nov 01:30 in India
    today = preset_range(DatePreset.TODAY, now, IST)
    assert today == (
        datetime(2026, 11, 29, 18, 30, tzinfo=UTC),
        datetime(2026, 11, 30, 18, 30, tzinfo=UTC),
    )
    week = preset_range(DatePreset.THIS_WEEK, now, IST)
    assert week[0].astimezone(IST).date() == date(2026, 11, 30)  # a Monday
    month_start = preset_range(DatePreset.THIS_MONTH, now, IST)[0]
    assert month_start.astimezone(IST).date() == date(2026, 11, 1)
    assert preset_range(DatePreset.ALL, now, IST) == (None, None)
    custom = preset_range(
        DatePreset.CUSTOM, now, IST, first_day=date(2026, 1, 1), last_day=date(2026, 1, 1)
    )
    assert custom[1] - custom[0] == timedelta(days=1)
    assert preset_range("yesterday", now, IST)[1] == today[0]  # type: ignore[arg-type]


# ---- details and permissions -----------------------------------------------------------


def test_details_hold_payments_events_and_explorer_links(history, big_sql) -> None:
    sid = big_sql.execute(
        "SELECT session_id FROM webhook_events WHERE type = 'payment.success' LIMIT 1"
    ).fetchone()[0]
    details = history.details(sid, OWNER)
    assert details.session.id == sid
    assert details.payments and details.payments[0].payment.session_id == sid
    line = details.payments[0]
    assert line.explorer_url == (
        f"https://stellar.expert/explorer/testnet/tx/{line.payment.tx_hash}"
    )
    assert details.events and details.events[0].type == "payment.success"
    assert details.events[0].tries
    with pytest.raises(SessionNotFound):
        history.details("pay_" + "a" * 24, OWNER)


def test_a_cashier_may_not_read_the_history(history) -> None:
    for call in (
        lambda: history.page(HistoryFilter(), CASHIER),
        lambda: history.totals(HistoryFilter(), CASHIER),
        lambda: history.chart(HistoryFilter(), CASHIER),
        lambda: history.cashiers(CASHIER),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_cashier_names_are_listed(history) -> None:
    assert history.cashiers(OWNER) == sorted(history_data.CASHIERS)
