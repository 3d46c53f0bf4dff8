"""The whole counter against a real Devnet and a real SQLite data dir: charge, scan, pay.

Each test runs ``CounterApp`` (watcher thread, rate refresher, both windows) exactly as the
GUI does; only the chime is silent and the clock can be moved forward.
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from posapp.app import counter as app_module
from posapp.app.counter import CounterApp
from posapp.core.connection import ConnectionState
from posapp.core.session import PaymentSession, SessionStatus
from posapp.devnet import Devnet
from posapp.services.sales.payment_request import payment_uri
from tests.support.qr_reading import decode


def decoded_qr(counter: CounterApp) -> list[str]:
    """What a phone would read from the customer display's QR widget."""
    return decode(counter.display.qr_widget)


def charge(qtbot, counter: CounterApp, amount: str) -> PaymentSession:
    with qtbot.waitSignal(counter.cashier.sale_started, timeout=2000) as started:
        qtbot.keyClicks(counter.cashier, amount)
        qtbot.keyClick(counter.cashier, Qt.Key.Key_Return)
    return started.args[0]


def test_charge_shows_a_scannable_sep7_qr(qtbot, counter: CounterApp) -> None:
    session = charge(qtbot, counter, "1250")
    display = counter.display
    assert display.screen_name == "pay"
    expected = payment_uri(session, counter.ctx.config)
    assert display.qr_widget.data == expected
    qtbot.waitUntil(lambda: decoded_qr(counter) == [expected], timeout=2000)
    page = display.pay_page
    assert page.fiat.text() == "₹1,250.00"
    assert page.usdc.text() == "Pay 14.87 USDC"
    assert page.address.text() == session.destination
    assert page.memo.text() == session.id
    assert page.manual_amount.text() == "14.87 USDC"
    assert page.address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.waitUntil(lambda: page.countdown.text().startswith("Expires in 1"), timeout=1000)
    assert display.network_strip.isVisible()


def test_devnet_payment_turns_both_windows_paid_within_a_second(
    qtbot, counter: CounterApp, devnet: Devnet, chime
) -> None:
    session = charge(qtbot, counter, "1250")
    result = devnet.pay(to=session.destination, amount="14.87", memo=session.memo)

    def both_paid() -> bool:
        sale = counter.cashier.sale
        return (
            sale is not None
            and sale.status is SessionStatus.PAID
            and counter.display.screen_name == "paid"
        )

    qtbot.waitUntil(both_paid, timeout=1000)
    assert counter.ctx.sessions.get(session.id).status is SessionStatus.PAID
    panel = counter.cashier.panel
    assert panel.status_pill.text() == "Paid"
    assert "Paid" in panel.result_banner.text() and result.tx_hash[:8] in panel.result_banner.text()
    result_page = counter.display.result_page
    assert result_page.title.text() == "Paid"
    assert "₹1,250.00" in result_page.amount.text() and "14.87 USDC" in result_page.amount.text()
    assert result.tx_hash[:8] in result_page.tx.text()
    assert chime.plays == 1
    # One key starts the next sale and sends the display back to idle.
    qtbot.keyClicks(counter.cashier, "3")
    assert counter.cashier.amount_text == "₹3.00"
    assert counter.display.screen_name == "idle"


def test_partial_payment_then_the_rest(qtbot, counter: CounterApp, devnet: Devnet) -> None:
    session = charge(qtbot, counter, "1250")
    devnet.pay(to=session.destination, amount="7.43", memo=session.memo)
    qtbot.waitUntil(
        lambda: counter.cashier.sale.status is SessionStatus.PARTIALLY_PAID, timeout=2000
    )
    partial = counter.cashier.sale
    assert partial.remaining == Decimal("7.44")
    page = counter.display.pay_page
    assert counter.display.screen_name == "pay"
    assert page.partial_banner.isVisible()
    assert "7.43 USDC received" in page.partial_banner.text()
    assert "remaining 7.44 USDC" in page.partial_banner.text()
    assert page.usdc.text() == "Pay 7.44 USDC"
    remainder_uri = payment_uri(partial, counter.ctx.config)
    assert "amount=7.44" in remainder_uri
    qtbot.waitUntil(lambda: decoded_qr(counter) == [remainder_uri], timeout=2000)
    assert counter.cashier.panel.status_pill.text() == "Partially paid"
    assert counter.cashier.panel.remaining_value.text() == "7.44 USDC"
    assert counter.cashier.panel.remaining_value.isVisible()
    # A partly paid sale cannot be cancelled by mistake.
    qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
    assert counter.cashier.sale.status is SessionStatus.PARTIALLY_PAID
    assert "cannot be cancelled" in counter.cashier.message
    devnet.pay(to=session.destination, amount="7.44", memo=session.memo)
    qtbot.waitUntil(lambda: counter.display.screen_name == "paid", timeout=2000)
    assert counter.cashier.sale.status is SessionStatus.PAID
    assert counter.cashier.sale.usdc_received == Decimal("14.87")


def test_expiry(qtbot, counter: CounterApp, clock) -> None:
    session = charge(qtbot, counter, "99")
    with qtbot.waitSignal(counter.cashier.sale_finished, timeout=3000) as finished:
        clock.advance(minutes=16)
    assert finished.args[0].status is SessionStatus.EXPIRED
    assert counter.display.screen_name == "expired"
    assert counter.display.result_page.title.text() == "Time is up"
    assert counter.ctx.sessions.get(session.id).status is SessionStatus.EXPIRED
    assert counter.cashier.panel.status_pill.text() == "Expired"
    assert not counter.cashier.panel.cancel_button.isVisible()


def test_cancel_then_a_late_payment_does_not_count(
    qtbot, counter: CounterApp, devnet: Devnet, chime
) -> None:
    session = charge(qtbot, counter, "40")
    with qtbot.waitSignal(counter.cashier.sale_finished, timeout=1000):
        qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
        qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
    assert counter.display.screen_name == "cancelled"
    assert counter.ctx.sessions.get(session.id).status is SessionStatus.CANCELLED
    with qtbot.waitSignal(counter.watcher.payment_applied, timeout=2000):
        devnet.pay(to=session.destination, amount=str(session.usdc_due), memo=session.memo)
    qtbot.wait(100)
    assert counter.ctx.sessions.get(session.id).status is SessionStatus.CANCELLED
    assert counter.display.screen_name == "cancelled"
    assert chime.plays == 0


def test_fake_issuer_usdc_is_not_accepted(qtbot, counter: CounterApp, devnet: Devnet) -> None:
    session = charge(qtbot, counter, "1250")
    fake_issuer = devnet.create_account(usdc_trustline=False)
    devnet.pay(to=session.destination, amount="14.87", memo=session.memo, asset_issuer=fake_issuer)
    # A real USDC payment without memo after it: once that is applied, so was the fake one.
    with qtbot.waitSignal(counter.watcher.payment_applied, timeout=2000) as applied:
        devnet.pay(to=session.destination, amount="1")
    assert not applied.args[0].matched
    qtbot.wait(50)
    assert counter.cashier.sale.status is SessionStatus.OPEN
    assert counter.ctx.sessions.get(session.id).usdc_received == 0
    assert counter.display.screen_name == "pay"


def test_quitting_while_the_stream_is_connected_is_quick(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    assert counter.cashier.connection_state is ConnectionState.LIVE
    qtbot.waitUntil(lambda: devnet.open_streams >= 1, timeout=2000)
    started = time.monotonic()
    assert counter.shutdown()
    assert time.monotonic() - started < 2.0
    assert not counter.watcher.isRunning()
    assert counter.shutdown()  # idempotent


def test_no_widget_is_touched_from_another_thread(
    qtbot, counter: CounterApp, devnet: Devnet, monkeypatch
) -> None:
    """Every Python-side widget call during a full sale happens on the GUI thread."""
    offenders: list[str] = []
    main = threading.main_thread()

    def guard(cls: type, name: str) -> None:
        original = getattr(cls, name)

        def checked(self, *args, **kwargs):
            if threading.current_thread() is not main:
                offenders.append(f"{cls.__name__}.{name} on {threading.current_thread().name}")
            return original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, checked)

    for cls, names in (
        (QWidget, ("update", "setVisible", "show", "hide", "setStyleSheet", "setFont")),
        (QLabel, ("setText",)),
        (QStackedWidget, ("setCurrentWidget",)),
    ):
        for name in names:
            guard(cls, name)
    session = charge(qtbot, counter, "1250")
    devnet.pay(to=session.destination, amount="7", memo=session.memo)
    qtbot.waitUntil(lambda: counter.cashier.sale.status is SessionStatus.PARTIALLY_PAID)
    devnet.pay(to=session.destination, amount="7.87", memo=session.memo)
    qtbot.waitUntil(lambda: counter.display.screen_name == "paid", timeout=2000)
    assert offenders == []


def test_detection_failure_is_shown_then_retried(
    qtbot, shop_ctx, prefs, chime, monkeypatch
) -> None:
    monkeypatch.setattr(app_module, "WATCHER_RESTART_MS", 100)
    original = CounterApp._make_watcher
    calls: list[int] = []

    def flaky(self, listener):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk on fire")
        return original(self, listener)

    monkeypatch.setattr(CounterApp, "_make_watcher", flaky)
    counter = CounterApp(shop_ctx, prefs=prefs, sound=chime, locale="en_IN")
    try:
        with qtbot.waitSignal(counter.watcher.failed, timeout=5000):
            counter.start()
        qtbot.waitUntil(lambda: "disk on fire" in counter.cashier.connection_banner.text())
        assert "Detection stopped" in counter.cashier.status.connection_label.text()
        qtbot.waitUntil(
            lambda: counter.cashier.connection_state is ConnectionState.LIVE, timeout=10_000
        )
        assert len(calls) == 2
        assert not counter.cashier.connection_banner.isVisible()
    finally:
        assert counter.shutdown()
        counter.cashier.deleteLater()
        counter.display.deleteLater()


def test_view_menu_mutes_the_chime(counter: CounterApp, chime) -> None:
    counter.cashier.actions.mute.trigger()
    assert chime.muted
    counter.cashier.actions.mute.trigger()
    assert not chime.muted
    counter.cashier.actions.display_fullscreen.trigger()
    assert counter.prefs.display_fullscreen is False
