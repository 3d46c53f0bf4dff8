"""The owner's refund dialog on the devnet: it prepares the refund in the background, shows a
QR that zxing-cpp reads back as the SEP-7 URI of the unsigned transaction, and turns
"Refunded ✓" by itself once the signed payment is on the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from stellar_sdk import Keypair
from stellar_sdk.sep.stellar_uri import TransactionStellarUri

from posapp.core.refund import RefundState
from posapp.devnet import Devnet
from posapp.ui.history.refund_dialog import RefundDialog, save_xdr
from posapp.ui.history.refunds_panel import RefundsPanel
from tests.support.gui import WAIT_MS
from tests.support.qr_reading import decode
from tests.support.refunds import OWNER, PASSPHRASE, RefundShop, open_refund_shop

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def shop(tmp_path: Path, devnet: Devnet) -> Iterator[RefundShop]:
    shop = open_refund_shop(devnet, f"sqlite:///{tmp_path / 'posapp.db'}", tmp_path)
    yield shop
    shop.db.dispose()


def open_dialog(qtbot, shop: RefundShop, ref: str, **kwargs) -> RefundDialog:
    dialog = RefundDialog(shop.refunds, ref, OWNER, poll_ms=100, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.prepare_button.isEnabled, timeout=WAIT_MS)
    return dialog


def test_prepare_show_qr_and_follow_to_refunded(qtbot, shop: RefundShop, tmp_path: Path) -> None:
    sale = shop.sell()
    dialog = open_dialog(qtbot, shop, sale.id)
    assert dialog.amount.text() == "10.00" and "10.00 USDC can be refunded" in (
        dialog.refundable_label.text()
    )
    dialog.amount.setText("2.5")
    dialog.reason.setText("returned")
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)

    refund = dialog.refund
    assert refund is not None and refund.amount == Decimal("2.5")
    assert decode(dialog.qr) == [dialog.uri]
    parsed = TransactionStellarUri.from_uri(dialog.uri, PASSPHRASE)
    assert parsed.transaction_envelope.to_xdr() == refund.envelope_xdr
    assert "Waiting" in dialog.state_label.text()
    saved = tmp_path / "refund.xdr"
    save_xdr(refund, saved)
    assert saved.read_text().strip() == refund.envelope_xdr

    shop.sign_and_submit(refund.envelope_xdr)
    shop.sync()
    qtbot.waitUntil(lambda: "Refunded ✓" in dialog.state_label.text(), timeout=WAIT_MS)
    assert dialog.refund.state is RefundState.SUCCEEDED
    assert not dialog.cancel_button.isVisible()


def test_a_bad_amount_is_said_in_the_dialog_and_nothing_is_stored(qtbot, shop: RefundShop) -> None:
    sale = shop.sell()
    dialog = open_dialog(qtbot, shop, sale.id)
    dialog.amount.setText("12")
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: "more than" in dialog.form_error.text(), timeout=WAIT_MS)
    assert dialog.pages.currentIndex() == 0 and shop.refunds.listing() == []


def test_an_exchange_account_asks_for_its_memo(qtbot, shop: RefundShop) -> None:
    exchange = Keypair.random()
    shop.devnet.create_account(exchange.public_key, memo_required=True)
    shop.devnet.pay(to=exchange.public_key, amount="50")
    sale = shop.sessions.create("841", OWNER)
    shop.devnet.pay(to=shop.merchant, amount="10", memo=sale.id, from_account=exchange.public_key)
    shop.sync()
    dialog = open_dialog(qtbot, shop, sale.id)
    assert dialog.memo.isHidden()
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: not dialog.memo.isHidden(), timeout=WAIT_MS)
    assert "requires a memo" in dialog.form_error.text()
    dialog.memo.setText("991")
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    assert dialog.refund.memo == "991" and dialog.refund.memo_type == "id"


def test_cancel_from_the_dialog(qtbot, shop: RefundShop) -> None:
    sale = shop.sell()
    dialog = open_dialog(qtbot, shop, sale.id)
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.state_label.text(), timeout=WAIT_MS)
    assert shop.refunds.get(dialog.refund.id).state is RefundState.CANCELLED


def test_the_sales_refunds_panel_lists_them(qtbot, shop: RefundShop) -> None:
    sale = shop.sell()
    first = shop.refunds.create(sale.id, OWNER, amount="1", reason="scratched").refund
    panel = RefundsPanel(shop.refunds, sale, OWNER, None)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT_MS)
    assert panel.table.item(0, 2).text() == "waiting"
    assert panel.table.item(0, 5).text() == "scratched"
    assert panel.refund_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()
    reopened = panel.open_dialog(first)
    qtbot.addWidget(reopened)
    assert reopened.pages.currentIndex() == 1 and decode(reopened.qr) == [reopened.uri]
