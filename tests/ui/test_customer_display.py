"""The customer display on its own: screens, sizes, the chime, and where it goes."""

from __future__ import annotations

import sys
import wave
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt

from posapp.core.session import PaymentSession, SessionStatus
from posapp.ui.common.formatting import Formatter
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.customer_display.placement import pick_display_screen, side_by_side
from posapp.ui.customer_display.sound import PAID_WAV, PaidSound, sound_effect_class
from posapp.ui.resources import resource_path
from posapp.ui.self_check import check_sound

TX = "3f9a1c2e" + "0" * 50 + "77c21e"


@pytest.fixture
def display(qtbot, offline_ctx, clock, chime) -> CustomerDisplay:
    window = CustomerDisplay(
        config=offline_ctx.config,
        clock=clock,
        formatter=Formatter("INR", "en_IN"),
        sound=chime,
        idle_after_ms=300,
    )
    qtbot.addWidget(window)
    window.resize(900, 1000)
    window.show()
    return window


@pytest.fixture
def sale(offline_ctx, actor) -> PaymentSession:
    return offline_ctx.sessions.create("1250", actor, allow_fetch=False)


def test_idle_then_pay_then_paid_then_idle(qtbot, display, sale, chime) -> None:
    assert display.screen_name == "idle"
    assert display.idle_page.shop.text() == "Test café"
    display.begin_sale(sale)
    assert display.screen_name == "pay"
    assert display.pay_page.fiat.text() == "₹1,250.00"
    assert display.qr_widget.data is not None and sale.id in display.qr_widget.data
    paid = replace(sale, status=SessionStatus.PAID, usdc_received=sale.usdc_due, last_tx_hash=TX)
    display.update_sale(paid)
    display.update_sale(paid)
    assert display.screen_name == "paid"
    assert display.result_page.tx.text() == "Transaction 3f9a1c2e…77c21e"
    assert chime.plays == 1
    assert display.qr_widget.data is None  # no stale QR can be scanned again
    qtbot.waitUntil(lambda: display.screen_name == "idle", timeout=2000)


def test_changes_to_another_sale_are_ignored(display, sale) -> None:
    display.begin_sale(sale)
    display.update_sale(replace(sale, id="pay_" + "x" * 24, status=SessionStatus.PAID))
    assert display.screen_name == "pay"


def test_expired_with_money_received(display, sale, chime) -> None:
    display.begin_sale(sale)
    expired = replace(sale, status=SessionStatus.EXPIRED, usdc_received=Decimal("5"))
    display.update_sale(expired)
    assert display.screen_name == "expired"
    assert "5.00 USDC was received" in display.result_page.detail.text()
    assert chime.plays == 0


def test_cancelled(display, sale) -> None:
    display.begin_sale(sale)
    display.update_sale(replace(sale, status=SessionStatus.CANCELLED))
    assert display.screen_name == "cancelled"
    assert display.result_page.title.text() == "Cancelled"
    display.clear_sale()
    assert display.screen_name == "idle"


def test_landscape_puts_the_qr_beside_the_amounts(qtbot, display, sale) -> None:
    display.begin_sale(sale)
    display.resize(1600, 900)
    qtbot.waitUntil(lambda: display.pay_page.qr.x() < display.pay_page.fiat.x(), timeout=1000)
    assert display.pay_page.qr.module_pixels() >= 4
    display.resize(900, 1200)
    qtbot.waitUntil(lambda: display.pay_page.qr.y() > display.pay_page.fiat.y(), timeout=1000)


def test_keys_typed_on_the_display_go_to_the_cashier(qtbot, display) -> None:
    with qtbot.waitSignal(display.key_pressed, timeout=1000) as typed:
        qtbot.keyClick(display, Qt.Key.Key_7)
    assert typed.args == [int(Qt.Key.Key_7.value), "7"]


def test_closing_by_hand_only_hides(display) -> None:
    display.close()
    assert display.isHidden()
    display.show()
    display.allow_close()
    assert display.close()


def test_paid_wav_is_a_short_clean_chime() -> None:
    path = resource_path(PAID_WAV)
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == 44_100
        assert 0.3 < wav.getnframes() / wav.getframerate() < 1.5


def test_muted_sound_stays_silent(prefs) -> None:
    prefs.muted = True
    sound = PaidSound(prefs)
    sound.prepare()
    sound.play()
    assert sound.plays == 0
    assert sound._effect is None  # QtMultimedia not even loaded


def _multimedia_missing() -> str:
    try:
        sound_effect_class()
    except ImportError as exc:
        return str(exc)
    return ""


@pytest.mark.qt_log_ignore("PulseAudioService", "pa_context", "audio device")
def test_sound_plays_and_mute_persists(qtbot, prefs) -> None:
    if missing := _multimedia_missing():
        pytest.skip(missing)
    sound = PaidSound(prefs)
    sound.play()
    assert sound.plays == 1
    sound.set_muted(True)
    sound.play()
    assert sound.plays == 1
    assert PaidSound(prefs).muted


def test_without_qtmultimedia_the_chime_is_silent_and_says_why(
    qtbot, prefs, monkeypatch, caplog
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as if libpulse were gone
    sound = PaidSound(prefs)
    sound.play()
    sound.play()
    assert sound.plays == 0
    assert "QtMultimedia cannot load" in sound.unavailable
    assert [r.message for r in caplog.records].count(f"no paid chime: {sound.unavailable}") == 1
    result = check_sound()
    assert result.ok and result.warning
    assert result.line().startswith("warn sound: QtMultimedia cannot load")


def screen(name: str) -> SimpleNamespace:
    return SimpleNamespace(name=lambda: name)


def test_display_screen_choice() -> None:
    one, two, three = screen("HDMI-1"), screen("DP-1"), screen("DP-2")
    assert pick_display_screen([one], one, "") is None
    assert pick_display_screen([one, two, three], one, "") is two
    assert pick_display_screen([one, two, three], one, "DP-2") is three
    assert pick_display_screen([one, two, three], one, "gone") is two
    assert pick_display_screen([one, two], one, "HDMI-1") is two  # never the cashier's


def test_one_screen_split() -> None:
    cashier, display = side_by_side(QRect(0, 0, 1920, 1040))
    assert cashier.left() == 0 and cashier.width() >= 940
    assert display.right() == 1919 and display.width() >= 480
    assert not cashier.intersects(display)
