"""The cashier window on its own: keypad and keyboard, charging, cancelling, messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.core.errors import InvalidAmount, RateUnavailable
from posapp.core.session import SessionStatus
from posapp.services.sales.sessions import SessionService
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter


def keys(qtbot, window: CashierWindow, text: str) -> None:
    qtbot.keyClicks(window, text)


def test_typing_formats_the_amount(qtbot, cashier: CashierWindow) -> None:
    keys(qtbot, cashier, "1250")
    assert cashier.amount_text == "₹1,250.00"
    assert cashier.keypad.charge_button.isEnabled()
    qtbot.keyClick(cashier, Qt.Key.Key_Backspace)
    assert cashier.amount_text == "₹125.00"
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    assert cashier.amount_text == "₹0.00"
    assert not cashier.keypad.charge_button.isEnabled()


def test_touch_keypad(qtbot, cashier: CashierWindow) -> None:
    for key in ("1", "2", "00", ".", "5"):
        qtbot.mouseClick(cashier.keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert cashier.amount_text == "₹1,200.50"
    qtbot.mouseClick(cashier.keypad.buttons["back"], Qt.MouseButton.LeftButton)
    assert cashier.amount_text == "₹1,200.00"
    qtbot.mouseClick(cashier.keypad.buttons["clear"], Qt.MouseButton.LeftButton)
    assert cashier.amount_value() is None


def test_decimals_are_limited_to_the_currency(qtbot, cashier: CashierWindow) -> None:
    keys(qtbot, cashier, "9.999")
    assert cashier.amount_value() == Decimal("9.99")
    qtbot.keyClick(cashier, Qt.Key.Key_Delete)
    keys(qtbot, cashier, "1.2.3")
    assert cashier.amount_value() == Decimal("1.23")


def test_yen_has_no_decimal_key(qtbot, tmp_path, clock, make_ctx, actor) -> None:
    ctx = make_ctx(tmp_path / "jpy", currency="JPY", rate="150")
    window = CashierWindow(
        sessions=ctx.sessions,
        config=ctx.config,
        actor=actor,
        clock=clock,
        formatter=Formatter("JPY", "ja_JP"),
    )
    qtbot.addWidget(window)
    window.show()
    assert not window.keypad.buttons["."].isEnabled()
    keys(qtbot, window, "1.5")
    assert window.amount_value() == Decimal("15")
    assert window.amount_text == "￥15"


def test_enter_charges_and_shows_the_sale(qtbot, cashier: CashierWindow, offline_ctx) -> None:
    with qtbot.waitSignal(cashier.sale_started, timeout=1000) as started:
        keys(qtbot, cashier, "1250")
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    session = started.args[0]
    assert session.fiat_amount == Decimal("1250")
    assert session.usdc_due == Decimal("14.87")  # 1250 / 84.10 = 14.863…, rounded up
    assert offline_ctx.sessions.get(session.id).status is SessionStatus.OPEN
    panel = cashier.panel
    assert panel.due_value.text() == "14.87 USDC"
    assert panel.fiat_value.text() == "₹1,250.00"
    assert "₹84.10" in panel.rate_value.text() and "fixed" in panel.rate_value.text()
    assert panel.status_pill.text() == "Waiting for payment"
    assert panel.qr_preview.data is not None and session.id in panel.qr_preview.data
    qtbot.waitUntil(lambda: panel.countdown_value.text() in ("15:00", "14:59"), timeout=1000)
    assert cashier.amount_text == "₹1,250.00"
    # Amount keys wait until the sale is over.
    keys(qtbot, cashier, "7")
    assert cashier.sale is not None and cashier.sale.id == session.id
    assert "Finish or cancel" in cashier.message


def test_enter_in_the_note_field_charges_with_the_note(qtbot, cashier: CashierWindow) -> None:
    keys(qtbot, cashier, "80")
    cashier.note_edit.setFocus()
    qtbot.keyClicks(cashier.note_edit, "table 4")
    with qtbot.waitSignal(cashier.sale_started, timeout=1000) as started:
        qtbot.keyClick(cashier.note_edit, Qt.Key.Key_Return)
    assert started.args[0].note == "table 4"
    assert started.args[0].fiat_amount == Decimal("80")
    assert cashier.note_edit.text() == ""


def test_esc_cancels_then_one_digit_starts_the_next_sale(
    qtbot, cashier: CashierWindow, offline_ctx
) -> None:
    keys(qtbot, cashier, "500")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    session = cashier.sale
    assert session is not None
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)  # one Esc only asks
    assert cashier.sale.status is SessionStatus.OPEN
    assert "Press Esc again to cancel" in cashier.message
    with qtbot.waitSignal(cashier.sale_finished, timeout=1000) as finished:
        qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    assert finished.args[0].status is SessionStatus.CANCELLED
    assert cashier.message == ""  # the question is gone with the sale
    assert offline_ctx.sessions.get(session.id).status is SessionStatus.CANCELLED
    assert cashier.panel.status_pill.text() == "Cancelled"
    with qtbot.waitSignal(cashier.sale_cleared, timeout=1000):
        keys(qtbot, cashier, "7")
    assert cashier.sale is None
    assert cashier.amount_text == "₹7.00"
    assert "Cancelled" in cashier.panel.last_sale_label.text()


def test_cancel_button(qtbot, cashier: CashierWindow) -> None:
    keys(qtbot, cashier, "20")
    qtbot.keyClick(cashier, Qt.Key.Key_Enter)
    with qtbot.waitSignal(cashier.sale_finished, timeout=1000):
        qtbot.mouseClick(cashier.panel.cancel_button, Qt.MouseButton.LeftButton)
    assert cashier.sale is not None and cashier.sale.status is SessionStatus.CANCELLED


class NoRates:
    """A rate source with nothing cached and nothing to fetch."""

    name = "nowhere"

    def quote(self, currency, now):
        raise RateUnavailable("nowhere: no INR rate (server down)")

    def cached_quote(self, currency, now):
        return None

    def close(self) -> None:
        pass


def test_missing_rate_is_a_message_not_a_crash(qtbot, offline_ctx, clock, actor) -> None:
    sessions = SessionService(offline_ctx.db, offline_ctx.config, NoRates(), clock)
    window = CashierWindow(
        sessions=sessions,
        config=offline_ctx.config,
        actor=actor,
        clock=clock,
        formatter=Formatter("INR", "en_IN"),
    )
    qtbot.addWidget(window)
    window.show()
    keys(qtbot, window, "99")
    with qtbot.waitSignal(window.rate_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.sale is None
    assert "fresh exchange rate" in window.message
    window.report_quote_failure("nowhere: no INR rate (server down)")
    assert window.message == "Cannot charge: nowhere: no INR rate (server down)"
    assert "Rate unavailable" in window.status.rate_label.text()
    assert window.amount_value() == Decimal("99")  # nothing lost: press Enter again later


def test_invalid_amount_is_a_message(qtbot, cashier: CashierWindow, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise InvalidAmount("amount is too large (maximum 100000000)")

    monkeypatch.setattr(cashier._sessions, "create", refuse)
    keys(qtbot, cashier, "5")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.message == "Cannot charge: Amount is too large (maximum 100000000)"
    keys(qtbot, cashier, "0")
    assert cashier.message == ""


def test_detection_state_is_visible_before_and_during_a_sale(qtbot, cashier: CashierWindow) -> None:
    since = datetime(2026, 11, 29, 8, 30, tzinfo=UTC)
    cashier.set_connection_status(
        ConnectionStatus(ConnectionState.OFFLINE, since, "connection refused")
    )
    assert cashier.connection_banner.isVisible()
    assert "offline since" in cashier.connection_banner.text()
    assert "confirmed when the connection returns" in cashier.connection_banner.text()
    assert "Offline since" in cashier.status.connection_label.text()
    keys(qtbot, cashier, "10")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    note = cashier.panel.connection_note
    assert note.isVisible()
    assert "will be confirmed when the connection returns" in note.text()
    cashier.set_connection_status(ConnectionStatus(ConnectionState.LIVE, since))
    assert not cashier.connection_banner.isVisible()
    assert not note.isVisible()
    assert "Live" in cashier.status.connection_label.text()


def test_test_network_is_obvious(cashier: CashierWindow) -> None:
    badge = cashier.status.network_label
    assert badge.text() == "TEST NETWORK — not real money"
    assert "#E8590C" in badge.styleSheet()
    assert "TEST NETWORK" in cashier.windowTitle()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_keys_with_nothing_to_do_are_harmless(qtbot, cashier: CashierWindow, key) -> None:
    qtbot.keyClick(cashier, key)
    assert cashier.sale is None


def test_one_stray_esc_never_cancels_a_waiting_sale(
    qtbot, cashier: CashierWindow, offline_ctx, monkeypatch
) -> None:
    """Item 7: the customer may be paying; Esc asks, a second Esc within the window cancels."""
    from posapp.ui.cashier import window as window_module

    monkeypatch.setattr(window_module, "ESC_CONFIRM_S", 0.3)
    keys(qtbot, cashier, "500")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    session = cashier.sale
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    assert "The customer may be paying" in cashier.message
    qtbot.wait(400)  # too late: the next Esc asks again
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    assert offline_ctx.sessions.get(session.id).status is SessionStatus.OPEN
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    assert offline_ctx.sessions.get(session.id).status is SessionStatus.CANCELLED


def test_typing_goes_where_the_focus_is(qtbot, cashier: CashierWindow, offline_ctx) -> None:
    """Item 5: "450" then "table 4" charges ₹450 with the note "table 4" (not ₹4,504)."""
    keys(qtbot, cashier, "450")
    keys(qtbot, cashier, "table 4")
    assert cashier.amount_text == "₹450.00"
    assert cashier.note_edit.text() == "table 4"
    assert cashier.focusWidget() is cashier.note_edit
    qtbot.keyClick(cashier, Qt.Key.Key_Backspace)  # erases in the note, not the amount
    assert cashier.note_edit.text() == "table " and cashier.amount_text == "₹450.00"
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)  # back to the keypad
    keys(qtbot, cashier, "5")
    assert cashier.amount_text == "₹4,505.00"
    qtbot.keyClick(cashier, Qt.Key.Key_Backspace)
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.sale is not None
    assert cashier.sale.fiat_amount == Decimal("450") and cashier.sale.note == "table"


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_closing_a_menu_with_esc_gives_the_keys_back_to_the_keypad(
    qtbot, cashier: CashierWindow
) -> None:
    """Item 6: after Esc closes a menu, Enter charges (it used to open the menu bar)."""
    from PySide6.QtWidgets import QApplication, QMenu

    keys(qtbot, cashier, "20")
    menu = next(m for m in cashier.menuBar().findChildren(QMenu) if m.title() == "&Sale")
    cashier.menuBar().setFocus()
    menu.popup(cashier.mapToGlobal(cashier.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=1000)
    qtbot.waitUntil(lambda: cashier.focusWidget() is cashier.centralWidget(), timeout=1000)
    assert QApplication.activePopupWidget() is None
    qtbot.keyClick(cashier.focusWidget(), Qt.Key.Key_Return)
    assert cashier.sale is not None and cashier.sale.fiat_amount == Decimal("20")


def test_a_refused_key_says_why(qtbot, cashier: CashierWindow) -> None:
    """Item 8: a 9th digit or a 3rd decimal is not dropped silently."""
    keys(qtbot, cashier, "12345678")
    keys(qtbot, cashier, "9")
    assert cashier.amount_text == "₹1,23,45,678.00"
    assert "The largest amount is ₹9,99,99,999.00" in cashier.message
    qtbot.keyClick(cashier, Qt.Key.Key_Delete)
    keys(qtbot, cashier, "1.25")
    assert cashier.message == ""
    keys(qtbot, cashier, "7")
    assert cashier.amount_text == "₹1.25"
    assert "INR amounts take 2 decimals" in cashier.message


def test_a_huge_amount_is_never_clipped_in_the_sale_panel(qtbot, cashier: CashierWindow) -> None:
    """Item 8: ₹1,23,45,678.99 fits the panel (the font shrinks) instead of "146,797.61 USI"."""
    keys(qtbot, cashier, "12345678.99")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.sale is None and "is a large amount" in cashier.message
    qtbot.keyClick(cashier, Qt.Key.Key_Return)  # checked: charge it
    panel = cashier.panel
    qtbot.waitUntil(lambda: panel.due_value.isVisible(), timeout=1000)
    cashier.resize(1000, 760)
    qtbot.wait(50)
    assert panel.fiat_value.text() == "₹1,23,45,678.99"
    assert panel.due_value.text().endswith(" USDC")
    for label in (panel.fiat_value, panel.due_value):
        assert label.fits()
        right = label.mapTo(panel, QPoint(label.width(), 0)).x()
        assert right <= panel.width()


def test_after_expiry_enter_charges_the_same_again_and_the_last_minute_stands_out(
    qtbot, cashier: CashierWindow, clock
) -> None:
    keys(qtbot, cashier, "99")
    cashier.note_edit.setText("table 2")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    first = cashier.sale
    countdown_label = cashier.panel.countdown_value
    assert countdown_label.property("lastMinute") is False
    clock.advance(minutes=14, seconds=30)
    qtbot.waitUntil(lambda: countdown_label.property("lastMinute") is True, timeout=2000)
    assert "font-size: 24px" in countdown_label.styleSheet()
    cashier.apply_session_change(
        replace(first, status=SessionStatus.EXPIRED, updated_at=first.updated_at + timedelta(1))
    )
    assert cashier.sale.status is SessionStatus.EXPIRED
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    again = cashier.sale
    assert again.id != first.id and again.status is SessionStatus.OPEN
    assert again.fiat_amount == Decimal("99") and again.note == "table 2"


def test_a_large_amount_needs_a_second_enter(qtbot, cashier: CashierWindow) -> None:
    """Item 8: above the shop's limit (1,000 USDC by default) Enter asks first."""
    keys(qtbot, cashier, "84100")  # 1,000 USDC at 84.10: not above the limit
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.sale is not None
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    keys(qtbot, cashier, "84200")
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.sale is None  # not charged yet
    assert "₹84,200.00 is a large amount (about 1,001.19 USDC" in cashier.message
    keys(qtbot, cashier, "0")  # changing the amount asks again
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert "₹8,42,000.00 is a large amount" in cashier.message
    qtbot.keyClick(cashier, Qt.Key.Key_Return)
    assert cashier.sale.fiat_amount == Decimal("842000")
