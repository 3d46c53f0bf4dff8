"""Keying rules and on-screen formatting (no windows needed)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from posapp.core.i18n import format_locale
from posapp.ui.cashier.amount_entry import AmountBuffer
from posapp.ui.cashier.keypad import token_for_key
from posapp.ui.common.formatting import Formatter, countdown, short_hash

NO_MOD = Qt.KeyboardModifier.NoModifier


def typed(places: int, *keys: str) -> AmountBuffer:
    buffer = AmountBuffer(places)
    for key in keys:
        buffer.press(key)
    return buffer


def test_digits_build_the_amount() -> None:
    buffer = typed(2, "1", "2", "5", "0")
    assert buffer.text == "1250"
    assert buffer.value == Decimal("1250")


def test_leading_zeros_are_refused_but_zero_point_works() -> None:
    assert typed(2, "0", "0", "7").text == "7"
    assert typed(2, "0", ".", "5").value == Decimal("0.5")
    assert typed(2, ".", "5").text == "0.5"
    assert typed(2, "0").value is None


def test_double_zero() -> None:
    assert typed(2, "1", "00").text == "100"
    assert typed(2, "00").text == ""
    assert typed(2, "1", ".", "00").text == "1.00"
    assert typed(2, "1", ".", "5", "00").text == "1.50"  # one zero fits, the second is refused


@pytest.mark.parametrize(
    ("places", "keys", "expected"),
    [
        (2, ("1", ".", "9", "9", "9"), "1.99"),
        (3, ("1", ".", "9", "9", "9", "9"), "1.999"),
        (0, ("1", ".", "5"), "15"),
    ],
)
def test_decimal_places_follow_the_currency(places: int, keys: tuple[str, ...], expected: str):
    assert typed(places, *keys).text == expected


def test_second_decimal_point_is_refused() -> None:
    buffer = typed(2, "1", ".")
    assert not buffer.press(".")
    assert buffer.text == "1."


def test_integer_digits_are_capped() -> None:
    buffer = typed(2, *"123456789")
    assert buffer.text == "12345678"


def test_backspace_and_clear() -> None:
    buffer = typed(2, "1", "2", ".", "5")
    buffer.press("back")
    assert buffer.text == "12."
    buffer.press("back")
    assert buffer.text == "12"
    assert buffer.press("clear")
    assert buffer.is_empty
    assert not buffer.press("back")


def test_fiat_formatting_uses_the_locale() -> None:
    assert Formatter("INR", "en_IN").fiat(Decimal("125000")) == "₹1,25,000.00"
    assert Formatter("INR", "en_US").fiat(Decimal("125000")) == "₹125,000.00"
    assert Formatter("EUR", "de_DE").fiat(Decimal("1250.5")) == "1.250,50\xa0€"
    assert Formatter("JPY", "ja_JP").places == 0


def test_entry_shows_untyped_decimals_faint() -> None:
    fmt = Formatter("INR", "en_IN")
    assert fmt.entry_html("1250", hint_color="#999") == '₹1,250<span style="color:#999">.00</span>'
    assert fmt.entry_html("12.5", hint_color="#999") == '₹12.5<span style="color:#999">0</span>'
    assert fmt.entry_html("12.50", hint_color="#999") == "₹12.50"
    assert "₹0.00" in fmt.entry_html("", hint_color="#999")
    german = Formatter("EUR", "de_DE").entry_html("3.5", hint_color="#999")
    assert german == '3,5<span style="color:#999">0</span>\xa0€'


def test_usdc_and_rate_text() -> None:
    fmt = Formatter("INR", "en_IN")
    assert fmt.usdc(Decimal("14.8700000")) == "14.87 USDC"
    assert fmt.usdc(Decimal("0.0000001")) == "0.0000001 USDC"
    assert fmt.rate(rate=Decimal("84.10")) == "1 USDC = ₹84.10"


def test_the_language_decides_the_locale_and_the_machine_its_region() -> None:
    assert format_locale("en", "C", "INR") == "en_IN"
    assert format_locale("en", "C", "EUR") == "en_US"
    assert format_locale("es", "es_MX", "MXN") == "es_MX"
    assert format_locale("es", "en_US", "EUR") == "es_ES"
    assert format_locale("pt_BR", "pt_PT.UTF-8", "EUR") == "pt_PT"
    assert format_locale("hi", None, "INR") == "hi_IN"


def test_small_texts() -> None:
    assert countdown(905) == "15:05"
    assert countdown(-3) == "0:00"
    assert countdown(3723) == "1:02:03"
    assert short_hash("a" * 8 + "b" * 50 + "c" * 6) == "aaaaaaaa…cccccc"
    assert short_hash(None) == ""


@pytest.mark.parametrize(
    ("key", "text", "token"),
    [
        (Qt.Key.Key_5, "5", "5"),
        (Qt.Key.Key_Period, ".", "."),
        (Qt.Key.Key_Comma, ",", "."),
        (Qt.Key.Key_Backspace, "\b", "back"),
        (Qt.Key.Key_Delete, "", "clear"),
        (Qt.Key.Key_Return, "\r", "charge"),
        (Qt.Key.Key_Enter, "\r", "charge"),
        (Qt.Key.Key_Escape, "\x1b", "cancel"),
        (Qt.Key.Key_A, "a", None),
    ],
)
def test_keyboard_keys_map_to_keypad_tokens(key: Qt.Key, text: str, token: str | None) -> None:
    assert token_for_key(key, text, NO_MOD) == token
    assert token_for_key(int(key.value), text, NO_MOD) == token


def test_keys_with_ctrl_are_left_to_shortcuts() -> None:
    assert token_for_key(Qt.Key.Key_5, "5", Qt.KeyboardModifier.ControlModifier) is None
