"""Keying an amount: the digit buffer (pure rules) and the big display that shows it.

``AmountBuffer`` knows the currency's decimals: INR takes two, JPY none (no decimal key),
BHD three. Keys that would break a rule are refused (``press`` returns False) instead of
producing an amount the service would reject later.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from posapp.ui.common.formatting import Formatter
from posapp.ui.common.theme import FAINT

DIGITS = frozenset("0123456789")
KEY_DOUBLE_ZERO = "00"
KEY_DECIMAL = "."
KEY_BACK = "back"
KEY_CLEAR = "clear"
MAX_INTEGER_DIGITS = 8
"""99,999,999 is the largest amount one can key (the services refuse above 100,000,000)."""


class AmountBuffer:
    """The keys typed so far, e.g. ``"1250"`` or ``"12.5"`` (pure; one thread)."""

    def __init__(self, places: int, max_integer_digits: int = MAX_INTEGER_DIGITS) -> None:
        self.places = places
        self.max_integer_digits = max_integer_digits
        self.text = ""

    @property
    def is_empty(self) -> bool:
        """True before any key."""
        return not self.text

    @property
    def value(self) -> Decimal | None:
        """The amount keyed, or None while it is empty or zero."""
        amount = Decimal(self.text.rstrip(".") or "0")
        return amount if amount > 0 else None

    def press(self, key: str) -> bool:
        """Apply one key (a digit, ``00``, ``.``, ``back``, ``clear``); False if refused."""
        if key in DIGITS:
            return self._digit(key)
        if key == KEY_DOUBLE_ZERO:
            if self.is_empty or self.text == "0":
                return False
            return self._digit("0") | self._digit("0")
        if key == KEY_DECIMAL:
            if self.places == 0 or "." in self.text:
                return False
            self.text = (self.text or "0") + "."
            return True
        if key == KEY_BACK:
            if self.is_empty:
                return False
            self.text = self.text[:-1]
            return True
        if key == KEY_CLEAR:
            changed = not self.is_empty
            self.text = ""
            return changed
        return False

    def clear(self) -> None:
        """Forget everything typed."""
        self.text = ""

    def _digit(self, digit: str) -> bool:
        whole, dot, fraction = self.text.partition(".")
        if dot:
            if len(fraction) >= self.places:
                return False
            self.text += digit
            return True
        if whole == "0":
            if digit == "0":
                return False
            self.text = digit
            return True
        if len(whole) >= self.max_integer_digits:
            return False
        self.text += digit
        return True


class AmountDisplay(QLabel):
    """The amount in large type, formatted for the shop's currency and locale (GUI thread).

    While keying, digits not typed yet (``.00``) are faint; the font shrinks to fit.
    """

    MAX_PIXELS = 64
    MIN_PIXELS = 28

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.setObjectName("amountDisplay")
        self._formatter = formatter
        self._plain = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.MAX_PIXELS + 24)
        self.show_typed("")

    @property
    def plain_text(self) -> str:
        """What the display reads, without markup (``₹1,250.00``)."""
        return self._plain

    def show_typed(self, typed: str) -> None:
        """Show the buffer's text. GUI thread."""
        self._plain = self._formatter.fiat(Decimal(typed.rstrip(".") or "0"))
        self.setText(self._formatter.entry_html(typed, hint_color=FAINT))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the font. GUI thread."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        available = max(self.width() - 8, 100)
        pixels = self.MAX_PIXELS
        while pixels > self.MIN_PIXELS:
            font.setPixelSize(pixels)
            if QFontMetrics(font).horizontalAdvance(self._plain) <= available:
                break
            pixels -= 2
        font.setPixelSize(pixels)
        self.setFont(font)
