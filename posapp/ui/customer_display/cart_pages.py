"""The customer display while a cart is rung up: its lines and total as they grow, then,
when the shop offers tips, big buttons to choose one before the QR. GUI thread."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from posapp.core.cart import PricedCart, Tip
from posapp.ui.common.formatting import Formatter
from posapp.ui.common.i18n import Words
from posapp.ui.common.theme import INK, MUTED
from posapp.ui.customer_display.pages import _label, scaled_font

MAX_SHOWN_LINES = 12


class CartPage(QWidget):
    """The lines rung up so far and the total."""

    def __init__(self, formatter: Formatter, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._words = words
        self._scale = 1.0
        box = QVBoxLayout(self)
        box.addStretch(1)
        self.lines = _label(INK, align=Qt.AlignmentFlag.AlignLeft)
        self.lines.setObjectName("displayCartLines")
        self.parts = _label(MUTED)
        self.total = _label(INK)
        self.total.setObjectName("displayCartTotal")
        for widget in (self.lines, self.parts, self.total):
            box.addWidget(widget)
        box.addStretch(2)

    def set_language(self, formatter: Formatter, words: Words) -> None:
        """Speak ``words``' language and format amounts with ``formatter`` from now on."""
        self._fmt, self._words = formatter, words

    def show_cart(self, priced: PricedCart) -> None:
        """Show ``priced``: the last lines, the parts and the total."""
        fmt, words = self._fmt, self._words
        shown = priced.lines[-MAX_SHOWN_LINES:]
        rows = [f"{p.line.quantity} × {p.line.name}   {fmt.fiat(p.net)}" for p in shown]
        hidden = len(priced.lines) - len(shown)
        if hidden:
            rows.insert(0, words.translate("CustomerDisplay", "… and %n more", "", hidden))
        self.lines.setText("\n".join(rows))
        parts = []
        if priced.discount:
            text = words.translate("CustomerDisplay", "Discount −{amount}")
            parts.append(text.format(amount=fmt.fiat(priced.discount)))
        if priced.tax:
            text = (
                words.translate("CustomerDisplay", "Tax {amount}")
                if priced.tax_mode.value == "exclusive"
                else words.translate("CustomerDisplay", "incl. tax {amount}")
            )
            parts.append(text.format(amount=fmt.fiat(priced.tax)))
        if priced.tip:
            text = words.translate("CustomerDisplay", "Tip {amount}")
            parts.append(text.format(amount=fmt.fiat(priced.tip)))
        self.parts.setText(" · ".join(parts))
        total = words.translate("CustomerDisplay", "Total {amount}")
        self.total.setText(total.format(amount=fmt.fiat(priced.total)))

    def rescale(self, s: float) -> None:
        """Apply scale ``s``."""
        self.lines.setFont(scaled_font(30 * s))
        self.parts.setFont(scaled_font(24 * s))
        self.total.setFont(scaled_font(56 * s, bold=True))


class TipPage(QWidget):
    """ "Add a tip?": one button per percentage with its amount, and "No tip"."""

    tip_chosen = Signal(object)
    """The customer's choice: a ``Tip`` or None for no tip."""

    def __init__(self, formatter: Formatter, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._words = words
        self.buttons: list[QPushButton] = []
        box = QVBoxLayout(self)
        box.addStretch(1)
        self.question = _label(INK)
        self.total = _label(MUTED)
        box.addWidget(self.question)
        box.addWidget(self.total)
        self.grid = QGridLayout()
        box.addLayout(self.grid)
        box.addStretch(2)
        self._scale = 1.0

    def set_language(self, formatter: Formatter, words: Words) -> None:
        """Speak ``words``' language and format amounts with ``formatter`` from now on."""
        self._fmt, self._words = formatter, words

    def ask(self, priced: PricedCart, percents: tuple[Decimal, ...]) -> None:
        """Offer ``percents`` of the total of ``priced`` (before any tip)."""
        words = self._words
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        base = priced.before_tip
        self.question.setText(words.translate("CustomerDisplay", "Would you like to add a tip?"))
        total = words.translate("CustomerDisplay", "Total {amount}")
        self.total.setText(total.format(amount=self._fmt.fiat(base)))
        quantum = Decimal(1).scaleb(-self._fmt.places)
        for index, percent in enumerate(percents):
            amount = Tip(percent=percent).of(base, quantum)
            button = QPushButton(f"{percent.normalize():f} %\n{self._fmt.fiat(amount)}")
            button.setObjectName(f"tip_{percent.normalize():f}")
            button.clicked.connect(lambda _c=False, p=percent: self.tip_chosen.emit(Tip(percent=p)))
            self.grid.addWidget(button, 0, index)
            self.buttons.append(button)
        none = QPushButton(words.translate("CustomerDisplay", "No tip"))
        none.setObjectName("tip_none")
        none.clicked.connect(lambda: self.tip_chosen.emit(None))
        self.grid.addWidget(none, 1, 0, 1, max(len(percents), 1))
        self.buttons.append(none)
        self.rescale(self._scale)

    def rescale(self, s: float) -> None:
        """Apply scale ``s``: big touch targets."""
        self._scale = s
        self.question.setFont(scaled_font(40 * s, bold=True))
        self.total.setFont(scaled_font(28 * s))
        for button in self.buttons:
            button.setFont(scaled_font(30 * s, bold=True))
            button.setMinimumHeight(int(110 * s))
