"""A sale rung up from items shows its lines, tax, discount and tip in its details."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from posapp.core.cart import CartLine, Discount, Tip
from posapp.services.backoffice.history import SaleDetails
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.history.details import SaleDetailsDialog
from posapp.ui.history.formatting import fiat
from tests.support.receipts import CASHIER, make_shop


@pytest.fixture
def shop(tmp_path: Path):
    shop = make_shop(f"sqlite:///{tmp_path / 'posapp.db'}")
    yield shop
    shop.db.dispose()


def test_the_items_table_and_the_parts_of_the_total(qtbot, shop) -> None:
    sale = shop.sessions.create_cart(
        [
            CartLine("Masala chai", Decimal("20.00"), 2, Decimal(5), "CHAI"),
            CartLine("Samosa", Decimal("15.00"), 1, Decimal(12), "SAM"),
        ],
        CASHIER,
        cart_discount=Discount(percent=Decimal(10)),
        tip=Tip(amount=Decimal("5.00")),
    )
    dialog = SaleDetailsDialog(SaleDetails(sale, ()), None)
    qtbot.addWidget(dialog)
    table = dialog.findChild(type(dialog.payments), "details_items")
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    inr = lambda text: fiat(Decimal(text), "INR")  # noqa: E731 - the window's own format
    assert rows[0][:2] == ["2", "Masala chai  (CHAI)"] and rows[0][4] == inr("36.00")
    assert rows[1][3] == inr("1.50") and rows[1][5] == f"{inr('1.45')} (12 %)"
    summary = dialog.findChild(PlainLabel, "details_items_summary").text()
    assert summary == (
        f"Subtotal {inr('55.00')} · discount −{inr('5.50')} · tax {inr('3.16')} · "
        f"tip {inr('5.00')} · total {inr('54.50')}"
    )
