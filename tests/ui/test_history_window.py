"""The history window on a generated 50,000-session database: the paging model under
Qt's QAbstractItemModelTester, background loading, filters, totals, chart, details,
export, unmatched payments, Z-report and reconciliation tabs."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from stellar_sdk import Keypair

from bench import history_data
from posapp.core.errors import PermissionDenied
from posapp.core.records import PaymentRecord
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.rates import RateSettings, build_rate_source
from posapp.services.backoffice.history import DatePreset, HistoryFilter, SortField
from posapp.services.backoffice.reconcile import Reconciler
from posapp.services.config import ShopConfig, save_config
from posapp.services.context import BackofficeServices, build_backoffice
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.sessions import SessionService
from posapp.services.staff.audit import AuditLog
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.stellar.networks import TESTNET
from posapp.storage.engine import Database
from posapp.ui.history import HistoryWindow
from posapp.ui.history.sales_model import COL_STATUS, SalesTableModel
from posapp.ui.history.scope import HistoryScope
from posapp.ui.history.zreport import ZReportDialog
from posapp.workers.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
IST = ZoneInfo("Asia/Kolkata")
OWNER = Actor("owner", Role.OWNER)
WAIT_MS = 20_000


def shop_config(merchant: str, set_at: datetime | None = None) -> ShopConfig:
    return ShopConfig(
        network="testnet",
        merchant_account=merchant,
        currency="INR",
        rates=RateSettings(
            mode="fixed",
            fixed_rates={"INR": Decimal("84.10")},
            fixed_set_at=set_at or history_data.END,
        ),
        horizon_url="http://127.0.0.1:9",
        shop_name="Chai & Co.",
    )


@pytest.fixture(scope="module")
def services(big_db: Database, big: Path) -> BackofficeServices:
    with sqlite3.connect(big) as conn:
        merchant = conn.execute("SELECT destination FROM sessions LIMIT 1").fetchone()[0]
    end = history_data.END
    return build_backoffice(
        big_db, shop_config(merchant), AuditLog(big_db), clock=lambda: end, tz=IST
    )


@pytest.fixture
def inline(qapp) -> TaskRunner:
    return TaskRunner(inline=True)


def month(services: BackofficeServices) -> HistoryFilter:
    start, end = services.history.preset(DatePreset.LAST_30_DAYS)
    return HistoryFilter(start=start, end=end)


# ---- the model -------------------------------------------------------------------------


def test_sales_model_passes_the_qt_model_tester(qtbot, services, inline) -> None:
    model = SalesTableModel(services.history, OWNER, inline, page_size=100)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_filter(month(services))
    assert model.rowCount() == 100 and model.canFetchMore()
    for _ in range(5):
        model.fetchMore()
    assert model.rowCount() == 600
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.current_sort.field is SortField.AMOUNT and model.rowCount() == 100
    amounts = [model.row_at(r).fiat_amount_e7 for r in range(100)]
    assert amounts == sorted(amounts)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # "USDC due" is not sortable: ignored
    assert model.current_sort.field is SortField.AMOUNT
    model.set_filter(HistoryFilter(text="no such note anywhere"))
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_filter(HistoryFilter(statuses=frozenset({"paid_late"})))
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == services.history.count(
        HistoryFilter(statuses=frozenset({"paid_late"})), OWNER
    )
    del tester


def test_model_shows_formatted_cells(qtbot, services, inline) -> None:
    model = SalesTableModel(services.history, OWNER, inline)
    model.set_filter(month(services))
    row = model.row_at(0)
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[0] == row.created_at.astimezone(IST).strftime("%Y-%m-%d %H:%M")
    assert texts[1].startswith(row.fiat_currency + " ")
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == row.id
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


# ---- the window ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, services) -> Iterator[HistoryWindow]:
    win = HistoryWindow(services, OWNER)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def loaded(window: HistoryWindow) -> bool:
    sales = window.sales
    return (
        sales.model.rowCount() > 0
        and not sales.model.is_loading
        and sales.totals.totals is not None
        and sales.chart.data is not None
    )


def test_window_loads_everything_in_the_background(qtbot, window, services) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    sales = window.sales
    filt = sales.model.current_filter
    assert filt == month(services)
    totals = services.history.totals(filt, OWNER)
    assert sales.totals.totals == totals
    assert sales.totals.sessions.value.text() == f"{totals.count:,}"
    assert "INR" in sales.totals.sales.value.text()
    assert len(sales.chart.data.buckets) == 30
    assert sales.chart.values()[-1] == float(sales.chart.data.buckets[-1].sales.get("INR", 0))
    assert sales.chart.chart.series()
    assert sales.model.rowCount() == 200
    assert f"of {totals.count:,} sales" in sales.status.text()
    qtbot.waitUntil(lambda: sales.filters.cashier.count() == 9, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "(200)" in window.tabs.tabText(1), timeout=WAIT_MS)

    sales.table.scrollToBottom()  # the view asks for more rows
    qtbot.waitUntil(lambda: sales.model.rowCount() >= 400, timeout=WAIT_MS)


def test_filter_bar_changes_reload_table_totals_and_chart(qtbot, window, services) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    sales = window.sales
    with qtbot.waitSignal(sales.totals_shown, timeout=WAIT_MS):
        sales.filters.set_status_choice(frozenset({"paid_late"}))
    qtbot.waitUntil(lambda: not sales.model.is_loading, timeout=WAIT_MS)
    statuses = {sales.model.row_at(r).status for r in range(sales.model.rowCount())}
    assert statuses == {"paid_late"}
    with qtbot.waitSignal(sales.chart_shown, timeout=WAIT_MS):
        sales.filters.set_preset(DatePreset.TODAY)
    assert sales.chart.data.granularity.value == "hour"
    with qtbot.waitSignal(sales.totals_shown, timeout=WAIT_MS):
        sales.filters.set_preset(DatePreset.ALL)
        sales.filters.set_status_choice(frozenset())
        qtbot.keyClicks(sales.filters.search, "samosa")
        qtbot.keyClick(sales.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not sales.model.is_loading, timeout=WAIT_MS)
    assert sales.model.current_filter.text == "samosa"
    notes = {sales.model.row_at(r).note for r in range(sales.model.rowCount())}
    assert notes == {"chai, samosa"}
    want = services.history.count(HistoryFilter(text="samosa"), OWNER)
    qtbot.waitUntil(lambda: sales.totals.totals.count == want, timeout=WAIT_MS)


def test_clicking_a_sortable_header_sorts_in_sql(qtbot, window) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    sales = window.sales
    sales.table.horizontalHeader().sectionClicked.emit(3)  # what a click does
    sales.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: sales.model.current_sort.field is SortField.RECEIVED and not sales.model.is_loading,
        timeout=WAIT_MS,
    )
    received = [sales.model.row_at(r).usdc_received_stroops for r in range(50)]
    assert received == sorted(received, reverse=True)


def test_details_dialog_shows_payments_and_webhooks(qtbot, window) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    sales = window.sales
    row = next(r for r in range(50) if sales.model.row_at(r).status == "paid")
    sales.table.doubleClicked.emit(sales.model.index(row, 0))
    from posapp.ui.history.details import SaleDetailsDialog

    qtbot.waitUntil(lambda: sales.findChild(SaleDetailsDialog) is not None, timeout=WAIT_MS)
    dialog = sales.findChild(SaleDetailsDialog)
    assert dialog.details.session.id == sales.model.row_at(row).id
    assert dialog.payments.rowCount() == 1
    assert dialog.events.topLevelItemCount() >= 1
    dialog.close()


def test_export_from_the_window(qtbot, window, tmp_path, services) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    target = tmp_path / "month.csv"
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        window.sales.start_export(target, bom=True)
    path, rows = finished.args
    assert path == str(target) and rows == window.sales.totals.totals.count
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cancelled_export_writes_nothing(qtbot, window, tmp_path) -> None:
    qtbot.waitUntil(lambda: loaded(window), timeout=WAIT_MS)
    window.sales.apply_filter(HistoryFilter())  # all 50,000
    handle = window.sales.start_export(tmp_path / "all.csv")
    handle.cancel()
    qtbot.waitUntil(lambda: window.sales.export_button.isEnabled(), timeout=60_000)
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_z_report_prints_to_pdf(qtbot, services, inline, tmp_path) -> None:
    dialog = ZReportDialog(HistoryScope(services, OWNER, inline))
    qtbot.addWidget(dialog)
    assert dialog.report is not None and dialog.report.total.sessions > 0
    assert dialog.terminal.count() == 4  # all + three terminals
    dialog.terminal.setCurrentIndex(1)
    assert dialog.report.terminal == dialog.terminal.itemData(1)
    pdf = tmp_path / "z.pdf"
    umask = os.umask(0o022)  # the usual desktop umask: files readable by everyone
    try:
        dialog.save_pdf(pdf)
    finally:
        os.umask(umask)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    if os.name == "posix":  # the report is for the shop's account only
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_reconciliation_tab_lists_differences(qtbot, big_db, services, inline) -> None:
    class NoNetwork:
        async def fetch_page(self, cursor, order="asc", limit=None):
            return []

        async def aclose(self) -> None:
            return None

    reconciler = Reconciler(
        big_db, shop_config("G" + "A" * 55), clock=services.history.now, source_factory=NoNetwork
    )
    patched = BackofficeServices(services.history, services.unmatched, services.reports, reconciler)
    win = HistoryWindow(patched, OWNER, runner=inline)
    qtbot.addWidget(win)
    tab = win.reconcile
    tab.start()
    report = tab.report
    assert report is not None and report.network_count == 0
    assert len(report.discrepancies) == report.local_count > 0
    # overpaid payments follow the differences, in their own rows
    assert tab.table.rowCount() == len(report.discrepancies) + len(report.overpaid)
    assert tab.table.item(0, 0).text() == "Not on network"
    assert "differences" in tab.summary.text()
    if report.overpaid:
        last = tab.table.rowCount() - 1
        assert tab.table.item(last, 0).text() == "Overpaid"
        assert "overpaid payments" in tab.summary.text()


def test_only_owners_open_the_history(qtbot, services) -> None:
    with pytest.raises(PermissionDenied):
        HistoryWindow(services, Actor("c", Role.CASHIER))


def test_closing_stops_the_jobs(qtbot, services) -> None:
    win = HistoryWindow(services, OWNER)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.closed, timeout=WAIT_MS):
        win.close()
    delivered: list[object] = []
    win.runner.run(lambda: 1, delivered.append)
    qtbot.wait(100)
    assert delivered == []


# ---- unmatched payments on a small shop ------------------------------------------------


def test_attach_an_unmatched_payment_from_the_window(qtbot, database_url: str) -> None:
    merchant = Keypair.random().public_key
    big_db = Database(database_url)
    now = datetime.now(UTC)
    config = shop_config(merchant, now)
    save_config(big_db, config)
    sessions = SessionService(big_db, config, build_rate_source(config.rates))
    sale = sessions.create("841", CLI_ACTOR)
    record = PaymentRecord(
        operation_id="77", paging_token="77", transaction_hash="ab" * 32,
        transaction_successful=True, type="payment", source_account=Keypair.random().public_key,
        destination=merchant, asset_type="credit_alphanum4", asset_code="USDC",
        asset_issuer=TESTNET.usdc_issuer, amount=sale.usdc_due, created_at=now, memo_type="none",
    )  # fmt: skip
    PaymentApplier(big_db, config).apply([ReceivedRecord("77", (record,))])
    services = build_backoffice(big_db, config, AuditLog(big_db), tz=IST)
    win = HistoryWindow(services, OWNER, runner=TaskRunner(inline=True))
    qtbot.addWidget(win)
    tab = win.unmatched
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)  # loads after sales
    assert win.tabs.tabText(1) == "Unmatched payments (1)"
    tab.table.selectRow(0)
    assert tab.attach_button.isEnabled() and tab.refund_button.isEnabled()
    with qtbot.waitSignal(win.payment_attached, timeout=WAIT_MS) as attached:
        tab.attach(tab.selected(), sale.id, confirm=False)
    assert attached.args[0].session.status.value == "paid"
    assert tab.model.rowCount() == 0 and win.tabs.tabText(1) == "Unmatched payments"
    assert sessions.get(sale.id).status.value == "paid"
    tab.show_resolved.setChecked(True)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 5).data() == "Attached"
    win.close()
    big_db.dispose()


def test_refund_buttons_follow_permissions(qtbot, services) -> None:
    win = HistoryWindow(services, Actor("boss", Role.OWNER), runner=TaskRunner(inline=True))
    qtbot.addWidget(win)
    assert not win.unmatched.attach_button.isHidden()
    unmatched, overpaid = (
        services.unmatched.payments(OWNER),
        services.unmatched.overpayments(OWNER),
    )
    assert len(unmatched) == 200
    qtbot.waitUntil(lambda: win.unmatched.model.rowCount() == 200 + len(overpaid), timeout=WAIT_MS)
    model = win.unmatched.model
    statuses = [model.index(r, 5).data() for r in range(model.rowCount())]
    first_unmatched = statuses.index("Unmatched")
    if overpaid:
        win.unmatched.table.selectRow(statuses.index("Overpaid"))
        assert not win.unmatched.attach_button.isEnabled()
    win.unmatched.table.selectRow(first_unmatched)
    assert win.unmatched.attach_button.isEnabled()
    started = time.perf_counter()
    win.refresh()
    assert time.perf_counter() - started < 1  # coalesced by a timer, never blocking
    win.close()


def test_overpayments_are_listed_beside_unmatched_payments(qtbot, database_url: str) -> None:
    merchant = Keypair.random().public_key
    payer = Keypair.random().public_key
    big_db = Database(database_url)
    now = datetime.now(UTC)
    config = shop_config(merchant, now)
    save_config(big_db, config)
    sessions = SessionService(big_db, config, build_rate_source(config.rates))
    sale = sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    records = [
        PaymentRecord(
            operation_id=op,
            paging_token=op,
            transaction_hash=op * 32,
            transaction_successful=True,
            type="payment",
            source_account=payer,
            destination=merchant,
            asset_type="credit_alphanum4",
            asset_code="USDC",
            asset_issuer=TESTNET.usdc_issuer,
            amount=Decimal(amount),
            created_at=now,
            memo_type="text",
            memo=sale.id,
        )
        for op, amount in (("81", "10"), ("82", "1.25"))
    ]
    PaymentApplier(big_db, config).apply([ReceivedRecord(r.operation_id, (r,)) for r in records])
    services = build_backoffice(big_db, config, AuditLog(big_db), tz=IST)
    win = HistoryWindow(services, OWNER, runner=TaskRunner(inline=True))
    qtbot.addWidget(win)
    tab = win.unmatched
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    row = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert row[1] == "1.25" and row[5] == "Overpaid"
    assert sale.id in row[4] and "refund" in row[4]
    tab.table.selectRow(0)
    assert tab.copy_button.isEnabled() and not tab.attach_button.isEnabled()
    assert not tab.refund_button.isEnabled()  # it is credited: refund it from the wallet
    win.close()
    big_db.dispose()
