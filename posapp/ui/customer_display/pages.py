"""The customer display's screens: idle, pay (QR), and the full-colour result.

Every size derives from one scale factor (``rescale``), so the same pages read well on a
1080p second monitor in full screen and in a small window next to the cashier. Fonts are
set with ``setFont`` (style sheets only carry colours). GUI thread.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from posapp.core.errors import InvalidInput
from posapp.ui.common.i18n import Words
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.qr_widget import QrWidget
from posapp.ui.common.theme import GREY_600, INK, MONO_FAMILY, MUTED, TONES, WHITE, WHITE_SOFT, Tone


def _label(color: str = INK, *, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = PlainLabel()
    label.setAlignment(align)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {color}; background: transparent;")
    return label


def scaled_font(pixels: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont(MONO_FAMILY.split(",")[0]) if mono else QFont()
    font.setPixelSize(max(int(pixels), 9))
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


class IdlePage(QWidget):
    """Between sales: the shop's name, what it accepts, and (when the owner enables it) a
    button for the customer to pick their language."""

    def __init__(self, shop_name: str, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.addStretch(3)
        self.welcome = _label(MUTED)
        self.shop = _label(INK)
        self.shop.setText(shop_name)
        self.accepts = _label(MUTED)
        for widget in (self.welcome, self.shop, self.accepts):
            box.addWidget(widget)
        box.insertSpacing(3, 24)
        box.addStretch(4)
        self.language_button = QPushButton()
        self.language_button.setObjectName("displayLanguage")
        self.language_button.setVisible(False)
        box.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(16)

    def retranslate(self, words: Words) -> None:
        """Put the page's fixed texts in ``words``' language."""
        self.welcome.setText(words.translate("CustomerDisplay", "Welcome to"))
        self.accepts.setText(
            words.translate(
                "CustomerDisplay", "We accept USDC on Stellar.\nYour total will appear here."
            )
        )
        self.language_button.setText(words.translate("CustomerDisplay", "🌐 Language"))

    def rescale(self, s: float) -> None:
        """Apply scale ``s`` (1.0 ≈ a 900×1000 window)."""
        self.welcome.setFont(scaled_font(28 * s))
        self.shop.setFont(scaled_font(64 * s, bold=True))
        self.accepts.setFont(scaled_font(26 * s))
        self.language_button.setFont(scaled_font(22 * s))
        self.language_button.setMinimumHeight(int(56 * s))


class PayPage(QWidget):
    """What to pay: amounts, the QR, the address and memo as text, the countdown.

    Landscape windows put the QR on the left and the text on the right; portrait windows
    stack amounts, QR and text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        warn = TONES[Tone.WARNING]
        self.partial_banner = _label(warn.fg)
        self.partial_banner.setStyleSheet(
            f"color: {warn.fg}; background: {warn.soft}; border: 2px solid {warn.strong};"
            " border-radius: 12px; padding: 10px;"
        )
        self.total_caption = _label(MUTED)
        self.fiat = _label(INK)
        self.usdc = _label(INK)
        self.qr = QrWidget(min_side=160)
        self.scan_hint = _label(MUTED)
        self.manual = QWidget()
        grid = QGridLayout(self.manual)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.manual_captions: list[QLabel] = []
        self.address = self._value(grid, 0)
        self.memo = self._value(grid, 1)
        self.manual_amount = self._value(grid, 2)
        grid.setColumnStretch(1, 1)
        self.countdown = _label(INK)
        self._landscape: bool | None = None
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 24)
        self._arrange(landscape=False)

    def retranslate(self, words: Words) -> None:
        """Put the page's fixed texts in ``words``' language."""
        self.scan_hint.setText(words.translate("CustomerDisplay", "Scan with your Stellar wallet"))
        captions = (
            words.translate("CustomerDisplay", "Address"),
            words.translate("CustomerDisplay", "Memo"),
            words.translate("CustomerDisplay", "Amount"),
        )
        for label, text in zip(self.manual_captions, captions, strict=True):
            label.setText(text)
        self.total_caption.setText(words.translate("CustomerDisplay", "Total"))

    def _value(self, grid: QGridLayout, row: int) -> QLabel:
        name = _label(MUTED, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        name.setWordWrap(False)
        value = _label(INK, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
        self.manual_captions.append(name)
        return value

    def _arrange(self, *, landscape: bool) -> None:
        if landscape == self._landscape:
            return
        self._landscape = landscape
        grid = self._layout
        for widget in (
            self.partial_banner,
            self.total_caption,
            self.fiat,
            self.usdc,
            self.qr,
            self.scan_hint,
            self.manual,
            self.countdown,
        ):
            grid.removeWidget(widget)
        for i in range(grid.rowCount()):
            grid.setRowStretch(i, 0)
        for i in range(grid.columnCount()):
            grid.setColumnStretch(i, 0)
        if landscape:
            grid.addWidget(self.qr, 0, 0, 8, 1)
            grid.addWidget(self.partial_banner, 0, 1)
            grid.addWidget(self.total_caption, 1, 1)
            grid.addWidget(self.fiat, 2, 1)
            grid.addWidget(self.usdc, 3, 1)
            grid.addWidget(self.scan_hint, 4, 1)
            grid.addWidget(self.manual, 5, 1)
            grid.addWidget(self.countdown, 6, 1)
            grid.setRowStretch(7, 1)
            grid.setColumnStretch(0, 11)
            grid.setColumnStretch(1, 10)
        else:
            grid.addWidget(self.partial_banner, 0, 0)
            grid.addWidget(self.total_caption, 1, 0)
            grid.addWidget(self.fiat, 2, 0)
            grid.addWidget(self.usdc, 3, 0)
            grid.addWidget(self.qr, 4, 0)
            grid.addWidget(self.scan_hint, 5, 0)
            grid.addWidget(self.manual, 6, 0)
            grid.addWidget(self.countdown, 7, 0)
            grid.setRowStretch(4, 1)
            grid.setColumnStretch(0, 1)

    def rescale(self, s: float, *, landscape: bool) -> None:
        """Apply scale ``s`` and the orientation."""
        self._arrange(landscape=landscape)
        self._layout.setHorizontalSpacing(int(40 * s))
        self._layout.setVerticalSpacing(int(10 * s))
        self.partial_banner.setFont(scaled_font(24 * s, bold=True))
        self.total_caption.setFont(scaled_font(22 * s))
        self.fiat.setFont(scaled_font(72 * s, bold=True))
        self.usdc.setFont(scaled_font(38 * s, bold=True))
        self.scan_hint.setFont(scaled_font(20 * s))
        for caption in self.manual_captions:
            caption.setFont(scaled_font(17 * s))
        for value in (self.address, self.memo, self.manual_amount):
            value.setFont(scaled_font(17 * s, mono=True))
        self.countdown.setFont(scaled_font(26 * s, bold=True))
        self.qr.setMinimumSize(int(220 * s), int(220 * s))


class ResultKind(StrEnum):
    """Which full-colour result is shown."""

    PAID = "paid"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


RESULT_COLORS = {
    ResultKind.PAID: TONES[Tone.SUCCESS].strong,
    ResultKind.EXPIRED: GREY_600,
    ResultKind.CANCELLED: GREY_600,
}


class ResultBadge(QWidget):
    """A round white badge with a check, a cross or a clock, drawn with lines (crisp)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.kind = ResultKind.PAID
        self.setMinimumSize(60, 60)

    def set_kind(self, kind: ResultKind) -> None:
        """Which symbol to draw."""
        self.kind = kind
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """GUI thread."""
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WHITE))
        painter.drawEllipse(rect)
        pen = QPen(QColor(RESULT_COLORS[self.kind]), side * 0.09)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)

        def at(x: float, y: float) -> QPointF:
            return QPointF(rect.x() + x * side, rect.y() + y * side)

        if self.kind is ResultKind.PAID:
            painter.drawPolyline([at(0.28, 0.52), at(0.44, 0.67), at(0.73, 0.36)])
        elif self.kind is ResultKind.CANCELLED:
            painter.drawLine(at(0.33, 0.33), at(0.67, 0.67))
            painter.drawLine(at(0.67, 0.33), at(0.33, 0.67))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(at(0.24, 0.24), at(0.76, 0.76)))
            painter.drawLine(at(0.5, 0.5), at(0.5, 0.33))
            painter.drawLine(at(0.5, 0.5), at(0.62, 0.57))
        painter.end()


class ResultPage(QWidget):
    """The whole window in one colour: Paid (green), Expired or Cancelled (slate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kind = ResultKind.PAID
        box = QVBoxLayout(self)
        box.addStretch(2)
        self.badge = ResultBadge()
        box.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = _label("white")
        self.amount = _label("white")
        self.detail = _label("white")
        self.tx = _label(WHITE_SOFT)
        self.tx.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.title, self.amount, self.detail, self.tx):
            box.addWidget(widget)
        box.addSpacing(12)
        self.receipt_qr = QrWidget(min_side=120)
        self.receipt_qr.setObjectName("receiptQr")
        self.receipt_qr.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box.addWidget(self.receipt_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.receipt_hint = _label(WHITE_SOFT)
        box.addWidget(self.receipt_hint)
        box.addStretch(3)
        self.show_result(ResultKind.PAID, "", "", "", "")

    def retranslate(self, words: Words) -> None:
        """Put the page's fixed texts in ``words``' language."""
        self.receipt_hint.setText(
            words.translate(
                "CustomerDisplay", "Scan for your receipt: this payment on the public ledger"
            )
        )

    def show_result(
        self,
        kind: ResultKind,
        title: str,
        amount: str,
        detail: str,
        tx: str,
        receipt_url: str | None = None,
    ) -> None:
        """Fill the page; ``receipt_url`` (the payment on a public explorer) shows as a QR.
        GUI thread."""
        self.kind = kind
        self.setStyleSheet(f"#resultPage {{ background: {RESULT_COLORS[kind]}; }}")
        self.badge.set_kind(kind)
        self.title.setText(title)
        self.amount.setText(amount)
        self.amount.setVisible(bool(amount))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.tx.setText(tx)
        self.tx.setVisible(bool(tx))
        try:
            self.receipt_qr.set_data(receipt_url)
        except InvalidInput:  # a code the QR library cannot encode: the page shows without it
            receipt_url = None
            self.receipt_qr.set_data(None)
        self.receipt_qr.setVisible(receipt_url is not None)
        self.receipt_hint.setVisible(receipt_url is not None)

    def rescale(self, s: float) -> None:
        """Apply scale ``s``."""
        side = int(150 * s)
        self.badge.setFixedSize(side, side)
        self.title.setFont(scaled_font(96 * s, bold=True))
        self.amount.setFont(scaled_font(40 * s, bold=True))
        self.detail.setFont(scaled_font(28 * s))
        self.tx.setFont(scaled_font(18 * s, mono=True))
        qr_side = int(170 * s)
        self.receipt_qr.setMinimumSize(qr_side, qr_side)
        self.receipt_qr.setFixedSize(qr_side, qr_side)
        self.receipt_hint.setFont(scaled_font(18 * s))
