"""Z-report per cashier and terminal, checked against hand-written SQL on the generated
database; and its printable HTML."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bench import history_data
from posapp.core.errors import PermissionDenied
from posapp.core.roles import Actor, Role
from posapp.services.backoffice.localtime import day_start
from posapp.services.backoffice.reports import ReportService, fold_lines, render_z_report_html
from posapp.storage.engine import Database
from posapp.storage.history_sums import CashierSum

IST = ZoneInfo("Asia/Kolkata")
OWNER = Actor("owner", Role.OWNER)
DAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def reports(big_db: Database) -> ReportService:
    end = history_data.END
    return ReportService(big_db, shop_name="Chai & <Co>", clock=lambda: end, tz=IST)


def day_args() -> tuple[str, str]:
    t = history_data.sql_time
    return t(day_start(DAY, IST)), t(day_start(DAY + timedelta(days=1), IST))


def test_lines_match_hand_written_sql(reports, big_sql) -> None:
    report = reports.z_report(DAY, OWNER)
    rows = big_sql.execute(
        """
        SELECT cashier, terminal, count(*),
               sum(status = 'paid'), sum(status = 'paid_late'),
               sum(status = 'partially_paid' OR (status = 'expired' AND usdc_received_stroops > 0)),
               sum(status = 'expired' AND usdc_received_stroops = 0),
               sum(status = 'cancelled'), sum(status = 'open'),
               sum(usdc_received_stroops)
        FROM sessions WHERE created_at >= ? AND created_at < ?
        GROUP BY cashier, terminal ORDER BY cashier, terminal
        """,
        day_args(),
    ).fetchall()
    assert len(report.lines) == len(rows) > 5
    for line, row in zip(report.lines, rows, strict=True):
        assert (line.cashier, line.terminal) == row[:2]
        assert (
            line.sessions, line.paid, line.late, line.partial, line.expired, line.cancelled,
            line.open,
        ) == tuple(row[2:9])  # fmt: skip
        assert line.usdc_received == Decimal(row[9]) / 10_000_000
    sales = dict(
        big_sql.execute(
            "SELECT fiat_currency, sum(fiat_amount_e7) FROM sessions WHERE created_at >= ?"
            " AND created_at < ? AND status IN ('paid', 'paid_late') GROUP BY 1",
            day_args(),
        ).fetchall()
    )
    assert report.total.sales == {k: Decimal(v) / 10_000_000 for k, v in sales.items()}
    assert report.total.sessions == sum(line.sessions for line in report.lines)


def test_unmatched_payments_of_the_day_are_counted(reports, big_sql) -> None:
    report = reports.z_report(DAY, OWNER)
    (count, stroops) = big_sql.execute(
        "SELECT count(*), coalesce(sum(amount_stroops), 0) FROM payments WHERE status IN"
        " ('unmatched', 'attached', 'refund') AND ledger_time >= ? AND ledger_time < ?",
        day_args(),
    ).fetchone()
    assert report.unmatched_count == count
    assert report.unmatched_usdc == Decimal(stroops) / 10_000_000


def test_one_cashier_and_terminal(reports, big_sql) -> None:
    report = reports.z_report(DAY, OWNER, cashier="zoë", terminal="bar")
    assert [(line.cashier, line.terminal) for line in report.lines] == [("zoë", "bar")]
    (n,) = big_sql.execute(
        "SELECT count(*) FROM sessions WHERE created_at >= ? AND created_at < ? AND"
        " cashier = 'zoë' AND terminal = 'bar'",
        day_args(),
    ).fetchone()
    assert report.total.sessions == n


def test_html_is_escaped_and_complete(reports) -> None:
    report = reports.z_report(DAY, OWNER)
    html = render_z_report_html(report, IST)
    assert "Chai &amp; &lt;Co&gt;" in html and "<Co>" not in html
    assert "Saturday 28 November 2026" in html and "(IST)" in html
    assert "All cashiers" in html and "zoë" in html
    assert f"<b>{report.unmatched_count}</b>" in html


def test_owners_only(reports) -> None:
    with pytest.raises(PermissionDenied):
        reports.z_report(DAY, Actor("c", Role.CASHIER))


def test_fold_lines_classifies_each_status() -> None:
    sums = [
        CashierSum("a", "t1", "INR", "paid", True, 3, 30_000_000_000, 300),
        CashierSum("a", "t1", "INR", "paid_late", True, 1, 10_000_000_000, 100),
        CashierSum("a", "t1", "INR", "expired", True, 2, 5, 50),
        CashierSum("a", "t1", "INR", "expired", False, 4, 5, 0),
        CashierSum("a", "t1", "USD", "partially_paid", True, 1, 5, 7),
        CashierSum("b", "t2", "USD", "cancelled", False, 5, 5, 0),
        CashierSum("b", "t2", "USD", "open", False, 1, 5, 0),
    ]
    lines, total = fold_lines(sums)
    a, b = lines
    assert (a.sessions, a.paid, a.late, a.partial, a.expired) == (11, 3, 1, 3, 4)
    assert a.sales == {"INR": Decimal("4000.00")}
    assert (b.cancelled, b.open, b.sales) == (5, 1, {})
    assert total.sessions == 17 and total.usdc_received == Decimal("0.0000457")
    assert a.sales_text() == "INR 4,000.00" and b.sales_text() == "-"


def test_money_beyond_the_sales_has_its_own_line(shop, merchant) -> None:
    from datetime import UTC

    from posapp.core.roles import CLI_ACTOR
    from posapp.services.detection.applier import PaymentApplier
    from tests.support.records import record

    applier = PaymentApplier(shop.db, shop.config, shop.clock)
    sale = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    other = shop.sessions.create("841", CLI_ACTOR)
    applier.apply([record(merchant, sale.id, "10.40", shop.clock())])  # 0.40 too much
    applier.apply([record(merchant, sale.id, "1", shop.clock())])  # 1 too much
    applier.apply([record(merchant, other.id, "10", shop.clock())])  # exact
    service = ReportService(shop.db, clock=shop.clock, tz=UTC)
    report = service.z_report(shop.clock().date(), OWNER)
    assert (report.overpaid_count, report.overpaid_usdc) == (2, Decimal("1.40"))
    html = render_z_report_html(report, UTC)
    assert "Overpaid" in html and "<b>2</b> (1.40 USDC" in html
