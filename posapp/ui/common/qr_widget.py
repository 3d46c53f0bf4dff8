"""A QR code drawn crisp at any size: each dark module is an exact integer-pixel rectangle.

No bitmap is scaled. The widget picks the largest whole number of pixels per module that
fits, centres the symbol (quiet zone included, painted white), and fills runs of adjacent
dark modules of a row with one ``fillRect`` each. Antialiasing stays off, so every pixel is
pure black or pure white and phone cameras lock on quickly. GUI thread.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from posapp.ui.common.theme import QR_DARK, QR_LIGHT

if TYPE_CHECKING:
    from posapp.stellar.qr import QrMatrix

DARK = QColor(QR_DARK)
LIGHT = QColor(QR_LIGHT)
Run = tuple[int, int, int]
"""(row, first column, length) of adjacent dark modules."""


@lru_cache(maxsize=8)
def dark_runs(matrix: QrMatrix) -> tuple[Run, ...]:
    """Every horizontal run of dark modules of ``matrix`` (pure, cached: the cashier's
    preview and the customer display share one computation; any thread)."""
    runs: list[Run] = []
    for y, row in enumerate(matrix.rows):
        start = -1
        for x, dark in enumerate(row):
            if dark and start < 0:
                start = x
            elif not dark and start >= 0:
                runs.append((y, start, x - start))
                start = -1
        if start >= 0:
            runs.append((y, start, len(row) - start))
    return tuple(runs)


class QrWidget(QWidget):
    """Paints a :class:`QrMatrix`; ``painted`` is emitted after each paint showing a code."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_side: int = 120) -> None:
        """GUI thread."""
        super().__init__(parent)
        self._data: str | None = None
        self._matrix: QrMatrix | None = None
        self._runs: tuple[Run, ...] = ()
        self._min_side = min_side
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(min_side, min_side)

    @property
    def data(self) -> str | None:
        """The text encoded in the code shown (None when empty)."""
        return self._data

    @property
    def matrix(self) -> QrMatrix | None:
        """The matrix shown (None when empty)."""
        return self._matrix

    def set_data(self, data: str | None) -> None:
        """Encode ``data`` (a SEP-7 URI) and repaint; None clears. GUI thread.

        Raises InvalidInput for text too long for a QR code.
        """
        if data == self._data:
            return
        from posapp.stellar import qr  # qrcode + Pillow load on first use, not at start-up

        matrix = qr.qr_matrix(data) if data else None
        self._data = data
        self.set_matrix(matrix)

    def set_matrix(self, matrix: QrMatrix | None) -> None:
        """Show ``matrix`` (None clears) and schedule a repaint. GUI thread."""
        self._matrix = matrix
        self._runs = dark_runs(matrix) if matrix is not None else ()
        self.update()

    def module_pixels(self) -> int:
        """Whole pixels per module at the current size (0 when empty)."""
        if self._matrix is None:
            return 0
        return max(min(self.width(), self.height()) // self._matrix.size, 1)

    def symbol_rect(self) -> QRect:
        """Where the symbol (with quiet zone) is painted, in widget pixels."""
        if self._matrix is None:
            return QRect()
        side = self.module_pixels() * self._matrix.size
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    # QWidget -------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        """Square: height follows width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Square."""
        return width

    def sizeHint(self) -> QSize:
        """A comfortable default: 4 px per module of a typical code."""
        return QSize(max(self._min_side, 400), max(self._min_side, 400))

    def paintEvent(self, event: QPaintEvent) -> None:
        """GUI thread: white square, then one rectangle per run of dark modules."""
        if self._matrix is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = self.symbol_rect()
        painter.fillRect(rect, LIGHT)
        px = self.module_pixels()
        left, top = rect.x(), rect.y()
        fill = painter.fillRect
        for y, x, length in self._runs:
            fill(left + x * px, top + y * px, length * px, px, DARK)
        painter.end()
        self.painted.emit()
