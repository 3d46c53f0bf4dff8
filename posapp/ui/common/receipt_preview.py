"""A receipt on screen, drawn exactly as the PDF and the system printer draw it: white paper
the width of the widget, the layout scaled to it. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from posapp.services.receipts.layout import ReceiptLayout
from posapp.ui.common.receipt_paint import ReceiptPainter
from posapp.ui.common.theme import QR_LIGHT, SLATE_300

MARGIN = 14
PAPER = QColor(QR_LIGHT)
EDGE = QColor(SLATE_300)


class ReceiptPreview(QWidget):
    """Paints a ``ReceiptLayout`` (None: nothing); height follows width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self._layout: ReceiptLayout | None = None
        self._painter: ReceiptPainter | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(220)

    @property
    def receipt_layout(self) -> ReceiptLayout | None:
        """The layout shown."""
        return self._layout

    def set_layout(self, layout: ReceiptLayout | None) -> None:
        """Show ``layout`` (None clears). GUI thread."""
        self._layout = layout
        self._painter = ReceiptPainter(layout) if layout is not None else None
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        """The receipt is as long as its lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The paper's height at ``width``."""
        if self._painter is None:
            return 0
        inner = max(width - 2 * MARGIN, 1)
        return int(self._painter.logical_height() * inner / self._painter.logical_width) + 2 * (
            MARGIN
        )

    def sizeHint(self) -> QSize:
        """A 300 px wide receipt."""
        return QSize(300, self.heightForWidth(300))

    def paintEvent(self, event: QPaintEvent) -> None:
        """White paper with a thin edge, then the receipt. GUI thread."""
        if self._painter is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paper = QRectF(0.5, 0.5, self.width() - 1, self.heightForWidth(self.width()) - 1)
        painter.fillRect(paper, PAPER)
        painter.setPen(EDGE)
        painter.drawRect(paper)
        inner = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, paper.height() - 2 * MARGIN)
        self._painter.paint(painter, inner)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
