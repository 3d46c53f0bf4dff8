"""The back office shows sales net of refunds and the refunds themselves, and the sales rung
up from items by item, category and cashier: totals, chart, Z-report and CSV exports on a
real database. Refunds settle the way the watcher settles them: an outgoing payment of the
merchant, with the refund's memo, applied by the detection applier."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from posapp.core.cart import CartLine, Tip
from posapp.core.refund import Refund, RefundKind, RefundState, new_refund_id
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.backoffice.detail_exports import export_lines_csv, export_refunds_csv
from posapp.services.backoffice.export import COLUMNS, export_history_csv
from posapp.services.backoffice.history import HistoryFilter, HistoryService
from posapp.services.backoffice.reports import ReportService, render_z_report_html
from posapp.services.detection.applier import PaymentApplier
from posapp.storage import ledger_repo, refunds_repo
from tests.support.records import PAYER, record

D = Decimal
OWNER = Actor("meera", Role.OWNER)


def pay(shop, merchant, sale) -> None:
    PaymentApplier(shop.db, shop.config, shop.clock).apply(
        [record(merchant, sale.id, str(sale.usdc_due), shop.clock())]
    )


def refund(shop, merchant, sale_id: str, amount: str, *, sent: str | None = None) -> Refund:
    """A refund of ``amount`` prepared (stored as waiting), then its outgoing payment of
    ``sent`` (default: the same amount) seen by the applier."""
    now = shop.clock()
    prepared = Refund(
        id=new_refund_id(), kind=RefundKind.SALE, session_id=sale_id, operation_id=None,
        destination=PAYER, amount=D(amount), memo_type="text", memo="", reason="returned",
        state=RefundState.WAITING, created_by="meera", approved_by="", created_at=now,
        valid_until=now + timedelta(minutes=15), source_account=merchant, sequence=1,
        fee_stroops=100, envelope_xdr="AAAA", network="testnet", updated_at=now,
    )  # fmt: skip
    prepared = replace(prepared, memo=prepared.id)
    with shop.db.write() as s:
        refunds_repo.insert(s, prepared)
    shop.clock.advance(seconds=30)
    outgoing = record(
        merchant, prepared.id, sent or amount, shop.clock(),
        source_account=merchant, destination=PAYER,
    )  # fmt: skip
    PaymentApplier(shop.db, shop.config, shop.clock).apply([outgoing])
    with shop.db.read() as s:
        found = refunds_repo.get(s, prepared.id)
    assert found is not None
    return found


@pytest.fixture
def two_sales(shop, merchant):
    first = shop.sessions.create("841", CLI_ACTOR)  # 10 USDC
    second = shop.sessions.create("841", CLI_ACTOR)
    pay(shop, merchant, first)
    pay(shop, merchant, second)
    return first, second


def test_totals_and_chart_are_net_of_refunds(shop, merchant, two_sales) -> None:
    first, _ = two_sales
    done = refund(shop, merchant, first.id, "2.5")
    assert done.state is RefundState.SUCCEEDED
    history = HistoryService(shop.db, clock=shop.clock, shop_currency="INR")
    totals = history.totals(HistoryFilter(), OWNER)
    (inr,) = totals.currencies
    assert (inr.sales, inr.refunded, inr.net_sales, inr.refunded_count) == (
        D("1682.00"), D("210.25"), D("1471.75"), 1,
    )  # fmt: skip
    assert (totals.usdc_received, totals.usdc_refunded, totals.usdc_net) == (
        D("20"), D("2.5"), D("17.5"),
    )  # fmt: skip
    chart = history.chart(HistoryFilter(), OWNER)
    assert sum(b.sales.get("INR", D(0)) for b in chart.buckets) == D("1471.75")
    # a text search sums its rows in Python: the same figures
    searched = history.totals(HistoryFilter(text=first.id), OWNER)
    assert searched.currencies[0].refunded == D("210.25")


def test_a_payment_with_the_memo_but_another_amount_is_not_counted(
    shop, merchant, two_sales
) -> None:
    first, _ = two_sales
    flagged = refund(shop, merchant, first.id, "2.5", sent="2.4")
    assert flagged.state is RefundState.WAITING
    totals = HistoryService(shop.db, clock=shop.clock).totals(HistoryFilter(), OWNER)
    assert totals.usdc_refunded == 0
    with shop.db.read() as s:
        (stored,) = refunds_repo.outgoing(s, flagged_only=True)
        assert "sent 2.40 USDC, not the refund's 2.50" in stored.reason
        # an outgoing payment is never taken for a credit to the shop
        assert ledger_repo.by_status(s) == []


def test_the_z_report_shows_refunds_and_net_sales(shop, merchant, two_sales) -> None:
    first, _ = two_sales
    done = refund(shop, merchant, first.id, "2.5")
    reports = ReportService(shop.db, shop_name="Chai", clock=shop.clock)
    report = reports.z_report(reports.today(), OWNER)
    assert [r.id for r in report.refunds] == [done.id] and report.refunds_usdc == D("2.5")
    assert report.refunded_sales == {"INR": D("210.25")}
    assert report.net_sales_text() == "INR 1,471.75"
    assert report.refunds_by_person() == [("meera", 1, D("2.5"))]
    page = render_z_report_html(report)
    assert "net sales: <b>INR 1,471.75</b>" in page and done.tx_hash in page


def test_exports_carry_refunds_and_items(shop, merchant, two_sales, tmp_path: Path) -> None:
    first, _ = two_sales
    done = refund(shop, merchant, first.id, "10")
    cart = shop.sessions.create_cart(
        [CartLine("Masala chai", D("20.00"), 2, D(5), "CHAI", "Drinks")],
        CLI_ACTOR, tip=Tip(amount=D("4.00")),
    )  # fmt: skip
    pay(shop, merchant, cart)

    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    export_history_csv(shop.db, fast, HistoryFilter(), CLI_ACTOR)
    export_history_csv(shop.db, slow, HistoryFilter(), CLI_ACTOR, python_formatting=True)
    assert fast.read_bytes() == slow.read_bytes()
    rows = {r["session_id"]: r for r in csv.DictReader(fast.open(encoding="utf-8"))}
    assert list(next(csv.reader(fast.open(encoding="utf-8")))) == list(COLUMNS)
    assert (rows[first.id]["refunded_usdc"], rows[first.id]["refunded_fiat"]) == (
        "10.00", "841.00",
    )  # fmt: skip
    assert rows[first.id]["refund"] == "refunded"
    assert (rows[cart.id]["subtotal"], rows[cart.id]["tax"], rows[cart.id]["tip"]) == (
        "40.00", "1.90", "4.00",
    )  # fmt: skip

    refunds_file = tmp_path / "refunds.csv"
    assert export_refunds_csv(shop.db, refunds_file, CLI_ACTOR) == 1
    (line,) = csv.DictReader(refunds_file.open(encoding="utf-8"))
    assert (line["refund_id"], line["state"], line["amount_usdc"], line["tx_hash"]) == (
        done.id, "succeeded", "10.00", done.tx_hash,
    )  # fmt: skip
    lines_file = tmp_path / "lines.csv"
    assert export_lines_csv(shop.db, lines_file, CLI_ACTOR) == 1
    (item,) = csv.DictReader(lines_file.open(encoding="utf-8"))
    assert (item["sku"], item["quantity"], item["net"], item["tax"]) == (
        "CHAI",
        "2",
        "40.00",
        "1.90",
    )


def test_the_z_report_shows_items_categories_and_tips(shop, merchant) -> None:
    cashier = Actor("ravi", Role.CASHIER)
    for tip in ("4.00", "0.50"):
        sale = shop.sessions.create_cart(
            [
                CartLine("Masala chai", D("20.00"), 2, D(5), "CHAI", "Drinks"),
                CartLine("Samosa", D("15.00"), 1, D(12), "SAM", "Food"),
            ],
            cashier, tip=Tip(amount=D(tip)),
        )  # fmt: skip
        pay(shop, merchant, sale)
    unpaid = shop.sessions.create_cart([CartLine("Samosa", D("15.00"), 3)], cashier)
    assert unpaid.items  # not paid: not in the report
    reports = ReportService(shop.db, shop_name="Chai", clock=shop.clock)
    report = reports.z_report(reports.today(), OWNER)
    assert report.by_item == (
        ("INR", "Masala chai", 4, D("80.00"), D("3.80")),
        ("INR", "Samosa", 2, D("30.00"), D("3.22")),
    )
    assert [c[1] for c in report.by_category] == ["Drinks", "Food"]
    assert report.by_cashier_parts == (("ravi", "INR", D("7.02"), D("4.50"), D("0.00")),)
    page = render_z_report_html(report)
    assert "Sales by item" in page and "Tax collected, tips and discounts by cashier" in page


def test_keypad_only_days_have_no_items_section(shop, merchant, two_sales) -> None:
    reports = ReportService(shop.db, shop_name="Chai", clock=shop.clock)
    page = render_z_report_html(reports.z_report(reports.today(), OWNER))
    assert "Sales by item" not in page
