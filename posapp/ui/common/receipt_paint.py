"""Receipts drawn with Qt: the same ``ReceiptLayout`` the thermal printer gets, painted at
receipt width — on a PDF page (``QPdfWriter``), on a printer of this computer
(``QPrinter``, the printer chosen in the settings, no dialog) and into an image (the
on-screen preview, tests).

A layout of ``columns`` characters is painted in a monospace font scaled so a line fills
the printable width exactly: 48 mm on 58 mm paper, 72 mm on 80 mm paper (what thermal
printers print). The QR is drawn module by module (no bitmap scaling), so it stays sharp in
a PDF at any zoom.

Thread: any. Qt allows ``QPainter`` on ``QImage``, ``QPdfWriter`` and ``QPrinter`` outside
the GUI thread, so printing and PDFs run through ``run_task``; a ``QGuiApplication`` must
exist (fonts).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from posapp.core.errors import InvalidInput, PrinterError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.receipts.layout import (
    Align,
    Block,
    Feed,
    QrBlock,
    ReceiptLayout,
    Rule,
    TextLine,
)
from posapp.ui.common.theme import QR_DARK, QR_LIGHT

log = logging.getLogger("posapp.ui.receipt_paint")
PRINTABLE_MM = {58: 48.0, 80: 72.0}
"""Paper width → printable width (mm)."""
MARGIN_MM = 4.0
PDF_DPI = 300
BASE_PX = 20
"""Reference font size (logical units) every layout is drawn in before scaling."""
QR_SHARE = {32: 0.75, 48: 0.6}
"""Part of the line width the QR code takes (58 mm, 80 mm)."""
FONT_FAMILIES = ["DejaVu Sans Mono", "Menlo", "Consolas", "Courier New"]
INK = QColor(QR_DARK)
PAPER = QColor(QR_LIGHT)


def printable_mm(width_mm: int) -> float:
    """The width thermal printers print on ``width_mm`` paper."""
    return PRINTABLE_MM.get(width_mm, width_mm - 8.0)


def _font(big: bool = False, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPixelSize(BASE_PX * (2 if big else 1))
    font.setBold(bold)
    font.setKerning(False)
    return font


@dataclass(frozen=True, slots=True)
class _Metrics:
    advance: float
    """Logical width of one character of the normal font."""
    line: float
    """Logical height of a normal line."""


def _metrics() -> _Metrics:
    fm = QFontMetricsF(_font())
    return _Metrics(fm.horizontalAdvance("M"), fm.lineSpacing())


class ReceiptPainter:
    """Paints one layout (any thread). Logical units: a character is ``advance`` wide."""

    def __init__(self, layout: ReceiptLayout) -> None:
        self.layout = layout
        self._m = _metrics()

    @property
    def logical_width(self) -> float:
        """Width of a full line in logical units."""
        return self.layout.columns * self._m.advance

    def block_height(self, block: Block) -> float:
        """Logical height of ``block``."""
        m = self._m
        if isinstance(block, TextLine):
            return m.line * (2 if block.big else 1)
        if isinstance(block, Rule):
            return m.line * 0.6
        if isinstance(block, QrBlock):
            return self._qr_side() + m.line * 0.5
        if isinstance(block, Feed):
            return m.line * block.lines
        return m.line * 0.5  # Cut

    def logical_height(self) -> float:
        """Height of the whole layout in logical units."""
        return sum(self.block_height(b) for b in self.layout.blocks)

    def _qr_side(self) -> float:
        return self.logical_width * QR_SHARE.get(self.layout.columns, 0.6)

    def paint(
        self, painter: QPainter, target: QRectF, blocks: tuple[Block, ...] | None = None
    ) -> None:
        """Draw ``blocks`` (default: all) scaled to fill ``target``'s width, from its top."""
        scale = target.width() / self.logical_width
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        y = 0.0
        for block in self.layout.blocks if blocks is None else blocks:
            self._draw(painter, block, y)
            y += self.block_height(block)
        painter.restore()

    def _draw(self, painter: QPainter, block: Block, y: float) -> None:
        width = self.logical_width
        if isinstance(block, TextLine):
            painter.setFont(_font(block.big, block.bold))
            painter.setPen(INK)
            height = self.block_height(block)
            flags = {
                Align.LEFT: Qt.AlignmentFlag.AlignLeft,
                Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
                Align.RIGHT: Qt.AlignmentFlag.AlignRight,
            }[block.align]
            painter.drawText(
                QRectF(0, y, width, height),
                int(flags | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                block.text,
            )
        elif isinstance(block, Rule):
            pen = QPen(INK, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = y + self.block_height(block) / 2
            painter.drawLine(QPointF(0, middle), QPointF(width, middle))
        elif isinstance(block, QrBlock):
            from posapp.stellar.qr import qr_matrix
            from posapp.ui.common.qr_widget import dark_runs

            try:
                matrix = qr_matrix(block.data)
            except InvalidInput as exc:  # the printed URL line below still says where to look
                log.warning("receipt QR not drawn: %s", exc)
                return
            side = self._qr_side()
            module = side / matrix.size
            left = (width - side) / 2
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(QRectF(left, y, side, side), PAPER)
            for row, x, length in dark_runs(matrix):
                painter.fillRect(
                    QRectF(left + x * module, y + row * module, length * module, module), INK
                )
            painter.restore()

    def pages(self, page_height: float) -> list[tuple[Block, ...]]:
        """The blocks split into pages of ``page_height`` logical units (a block is never
        cut in two)."""
        pages: list[tuple[Block, ...]] = []
        current: list[Block] = []
        used = 0.0
        for block in self.layout.blocks:
            height = self.block_height(block)
            if current and used + height > page_height:
                pages.append(tuple(current))
                current, used = [], 0.0
            current.append(block)
            used += height
        if current:
            pages.append(tuple(current))
        return pages


def render_image(layout: ReceiptLayout, width_px: int, *, margin_px: int = 12) -> QImage:
    """The receipt on white paper, ``width_px`` wide (preview, tests). Any thread."""
    painter_ = ReceiptPainter(layout)
    inner = width_px - 2 * margin_px
    height = int(painter_.logical_height() * inner / painter_.logical_width) + 2 * margin_px
    image = QImage(width_px, max(height, 1), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter_.paint(painter, QRectF(margin_px, margin_px, inner, height - 2 * margin_px))
    painter.end()
    return image


def write_pdf(
    layout: ReceiptLayout, path: Path, width_mm: int, *, title: str | None = None
) -> Path:
    """A one-page PDF of the receipt at its paper width (the page as long as the receipt),
    titled ``title`` (default: "Receipt" in the current language). PrinterError when the file
    cannot be written. Any thread."""
    painter_ = ReceiptPainter(layout)
    inner_mm = printable_mm(width_mm)
    side_mm = (width_mm - inner_mm) / 2
    height_mm = painter_.logical_height() * inner_mm / painter_.logical_width + 2 * MARGIN_MM
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "cannot create the folder {folder} ({reason})"),
            folder=str(path.parent),
            reason=exc.strerror,
        ) from None
    writer = QPdfWriter(str(path))
    writer.setTitle(
        title if title is not None else QCoreApplication.translate("ReceiptPainter", "Receipt")
    )
    writer.setCreator("posapp")
    writer.setResolution(PDF_DPI)
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "Receipt")
    writer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(side_mm, MARGIN_MM, side_mm, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "cannot write the PDF {path}: is the folder writable?"),
            path=str(path),
        )
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    painter_.paint(painter, QRectF(0, 0, area.width(), area.height()))
    painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "cannot write the PDF {path}"), path=str(path)
        )
    return path


def print_system(layout: ReceiptLayout, printer_name: str, width_mm: int) -> str:
    """Print the receipt on this computer's printer ``printer_name`` ("" = the default one),
    at receipt width on the printer's own paper, without a dialog; a long receipt continues
    on the next page. Returns the printer's name. PrinterError when there is no such printer
    or it fails. Any thread."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise _no_printer(printer_name, list(QPrinterInfo.availablePrinterNames()))
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("ReceiptPainter", "posapp receipt"))
    return _print_on(printer, layout, width_mm, info.printerName())


def _no_printer(printer_name: str, names: list[str]) -> PrinterError:
    """The error for a printer that is not there (``printer_name`` "" = the default one)."""
    if printer_name and names:
        template = QT_TRANSLATE_NOOP(
            "errors", "no printer named {name} on this computer (printers: {names})"
        )
    elif printer_name:
        template = QT_TRANSLATE_NOOP(
            "errors", "no printer named {name} on this computer (printers: none)"
        )
    elif names:
        template = QT_TRANSLATE_NOOP(
            "errors", "no default printer on this computer (printers: {names})"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors", "no default printer on this computer (printers: none)"
        )
    return PrinterError(template, name=repr(printer_name), names=", ".join(names))


def _print_on(printer: object, layout: ReceiptLayout, width_mm: int, name: str) -> str:
    """Paint ``layout`` on a ready ``QPrinter`` (pages of the printer's paper)."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    painter_ = ReceiptPainter(layout)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "the printer {name} did not accept the receipt"),
            name=repr(name),
        )
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    dots_per_mm = printer.resolution() / 25.4
    width = min(printable_mm(width_mm) * dots_per_mm, page.width())
    scale = width / painter_.logical_width
    pages = painter_.pages(page.height() / scale)
    for index, blocks in enumerate(pages):
        if index:
            printer.newPage()
        painter_.paint(painter, QRectF((page.width() - width) / 2, 0, width, page.height()), blocks)
    painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "the printer {name} reported an error"), name=repr(name)
        )
    return name
