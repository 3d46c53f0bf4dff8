"""The cart at the counter: items by a tap and by a barcode typed as keys, quantities, the
customer display following the cart, the tip chosen on the customer display, and a
cashier's discount above the shop's limit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from posapp.app.counter import CounterApp
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.sales.catalog import CatalogService
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter
from posapp.ui.settings.sales_tab import ItemsDialog
from tests.support.gui import WAIT_MS

CATALOG = """sku,name,price,category,tax_rate,barcode
CHAI,Masala chai,20.00,Drinks,5,8901234567890
SAM,Samosa,15.00,Snacks,12,
MUG,Shop mug,350.00,Gifts,18,4006381333931
"""

CASHIER = Actor("ravi", Role.CASHIER)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def stock(tmp_path: Path, catalog: CatalogService) -> None:
    path = tmp_path / "items.csv"
    path.write_text(CATALOG, encoding="utf-8")
    catalog.import_csv(path, CLI_ACTOR)


@pytest.fixture
def stocked(qtbot, counter: CounterApp, tmp_path: Path) -> CounterApp:
    stock(tmp_path, counter.ctx.catalog)
    counter.reload_catalog()
    qtbot.waitUntil(lambda: counter.cashier.cart_shown, timeout=WAIT_MS)
    return counter


def scan(qtbot, window: CashierWindow, code: str) -> None:
    """What a USB barcode scanner does: the code's keys, then Enter."""
    qtbot.keyClicks(window, code)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def test_items_by_tap_and_by_scan_fill_both_screens(qtbot, stocked: CounterApp) -> None:
    cashier, display = stocked.cashier, stocked.display
    cart = cashier.cart
    cart.findChild(QPushButton, "item_SAM").click()
    scan(qtbot, cashier, "8901234567890")
    scan(qtbot, cashier, "8901234567890")
    scan(qtbot, cashier, "4006381333931")  # 13 digits: more than an amount can hold
    assert [(line.sku, line.quantity) for line in cart.lines] == [
        ("SAM", 1), ("CHAI", 2), ("MUG", 1),
    ]  # fmt: skip
    assert cashier.amount_text == "₹0.00" and cashier.sale is None
    assert cart.priced.total == Decimal("405.00")
    assert display.screen_name == "cart"
    assert display.cart_page.total.text() == "Total ₹405.00"
    assert "2 × Masala chai   ₹40.00" in display.cart_page.lines.text()

    cart.table.selectRow(1)
    cart.findChild(QPushButton, "cartMinus").click()
    cart.table.selectRow(0)
    cart.findChild(QPushButton, "cartRemove").click()
    assert [(line.sku, line.quantity) for line in cart.lines] == [("CHAI", 1), ("MUG", 1)]
    assert display.cart_page.total.text() == "Total ₹370.00"


def test_charging_the_cart_stores_its_lines(qtbot, stocked: CounterApp) -> None:
    cashier = stocked.cashier
    scan(qtbot, cashier, "8901234567890")
    qtbot.keyClicks(cashier, "50")  # a keyed amount joins the cart as a line
    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS) as started:
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    sale = started.args[0]
    assert [(i.name, i.net) for i in sale.items] == [
        ("Masala chai", Decimal("20.00")), ("Amount", Decimal("50.00")),
    ]  # fmt: skip
    assert sale.fiat_amount == Decimal("70.00") and stocked.display.screen_name == "pay"
    assert stocked.ctx.sessions.get(sale.id).items == sale.items
    assert cashier.cart.is_empty and not cashier.cart_shown  # the sale panel is up


def test_the_customer_chooses_a_tip_before_the_qr(qtbot, stocked: CounterApp) -> None:
    cashier, display = stocked.cashier, stocked.display
    cashier.set_config(stocked.ctx.config.with_changes(tips_enabled=True))
    scan(qtbot, cashier, "4006381333931")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert display.screen_name == "tip" and cashier.sale is None
    fifteen = display.tip_page.findChild(QPushButton, "tip_15")
    assert fifteen.text() == "15 %\n₹52.50"
    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS) as started:
        fifteen.click()
    sale = started.args[0]
    assert (sale.tip, sale.fiat_amount) == (Decimal("52.50"), Decimal("402.50"))
    assert display.screen_name == "pay"


def test_no_tip_is_one_more_enter_for_the_cashier(qtbot, stocked: CounterApp) -> None:
    cashier = stocked.cashier
    cashier.set_config(stocked.ctx.config.with_changes(tips_enabled=True))
    scan(qtbot, cashier, "4006381333931")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS) as started:
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert started.args[0].tip == 0


def test_a_cashiers_big_discount_needs_an_owner(qtbot, offline_ctx, clock, tmp_path) -> None:
    window = CashierWindow(
        sessions=offline_ctx.sessions, config=offline_ctx.config, actor=CASHIER, clock=clock,
        formatter=Formatter("INR", "en_IN"), catalog=True,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    stock(tmp_path, offline_ctx.catalog)
    window.set_catalog(offline_ctx.catalog.reload())
    scan(qtbot, window, "4006381333931")
    window.cart.discount_edit.setText("25%")
    window.cart.discount_edit.editingFinished.emit()
    assert window.cart.priced.discount == Decimal("87.50")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.sale is None
    assert "An owner must approve a discount above 10 %" in window.message
    window.cart.discount_edit.setText("10%")
    window.cart.discount_edit.editingFinished.emit()
    with qtbot.waitSignal(window.sale_started, timeout=WAIT_MS) as started:
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert started.args[0].discount == Decimal("35.00")


def test_a_line_discount_and_the_items_dialog(qtbot, stocked: CounterApp) -> None:
    cashier = stocked.cashier
    scan(qtbot, cashier, "4006381333931")
    scan(qtbot, cashier, "8901234567890")
    cashier.cart.table.selectRow(0)
    cashier.cart.line_discount_edit.setText("10%")
    cashier.cart.line_discount_edit.editingFinished.emit()
    assert cashier.cart.lines[0].discount.percent == 10
    assert cashier.cart.table.item(0, 0).text() == "Shop mug  (−10%)"
    assert cashier.cart.priced.total == Decimal("335.00")  # 350 − 35 + 20
    assert stocked.display.cart_page.total.text() == "Total ₹335.00"

    assert not cashier.actions.items.isVisible()  # not for a cashier
    stocked.sign_in(Actor("meera", Role.OWNER))
    assert cashier.actions.items.isVisible()
    cashier.actions.items.trigger()
    dialog = cashier.findChild(ItemsDialog)
    qtbot.waitUntil(lambda: dialog.panel.table.rowCount() == 3, timeout=WAIT_MS)
    dialog.accept()
