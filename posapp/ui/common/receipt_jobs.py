"""Receipt work off the GUI thread, for any window: issue (or reprint) a sale's receipt, print
it on the counter's printer — ESC/POS, a printer of this computer, or a PDF folder — and save
a PDF where the cashier says.

``ReceiptJobs`` is the GUI-thread API: each call runs through ``run_task`` and answers with a
signal. A printer that is off, out of paper or unreachable only costs a ``failed`` message
(``error_text``): the sale is untouched and the same receipt can be printed again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from posapp.core.errors import PrinterError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor
from posapp.services.receipts.layout import lay_out
from posapp.services.receipts.model import Receipt
from posapp.services.receipts.printer_target import PrinterKind, PrinterTarget
from posapp.services.receipts.service import ReceiptService
from posapp.ui.common.plain_text import PlainLabel
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

log = logging.getLogger("posapp.ui.receipts")
NO_PRINTER = QT_TRANSLATE_NOOP(
    "errors",
    "No receipt printer is set up: an admin chooses one in Settings → Receipts. You can save"
    " the receipt as a PDF meanwhile.",
)
"""Why nothing prints (English; an error text, context ``errors``)."""


def pdf_name(receipt: Receipt) -> str:
    """``receipt-000042.pdf`` (``refund-receipt-000043.pdf``)."""
    prefix = "refund-receipt" if receipt.kind.value == "refund" else "receipt"
    return f"{prefix}-{receipt.number_text}.pdf"


def _free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name`` with ``-2``, ``-3``… when taken (a copy never overwrites)."""
    path = folder / name
    stem, suffix, n = path.stem, path.suffix, 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def receipt_title(number: str) -> str:
    """``Receipt 000042``: a receipt PDF's title, in the current language (any thread)."""
    return QCoreApplication.translate("ReceiptJobs", "Receipt {number}").format(number=number)


def printed_message(number: str, target: PrinterTarget) -> str:
    """``Receipt 000042 printed on the receipt printer at …``: what happened on an ESC/POS
    printer, in the current language (any thread)."""
    kind = target.kind
    if kind is PrinterKind.TCP:
        text = QCoreApplication.translate(
            "ReceiptJobs", "Receipt {number} printed on the receipt printer at {address}:{port}."
        )
    elif kind is PrinterKind.USB:
        text = QCoreApplication.translate(
            "ReceiptJobs", "Receipt {number} printed on the USB receipt printer {address}."
        )
    elif kind in (PrinterKind.SERIAL, PrinterKind.FILE):
        text = QCoreApplication.translate(
            "ReceiptJobs", "Receipt {number} printed on the receipt printer on {address}."
        )
    else:
        text = QCoreApplication.translate("ReceiptJobs", "Receipt {number} printed on {printer}.")
    return text.format(
        number=number, address=target.address, port=target.port, printer=target.describe()
    )


def print_receipt(
    service: ReceiptService, receipt: Receipt, target: PrinterTarget, copies: int
) -> tuple[str, Receipt]:
    """Print ``receipt`` ``copies`` times on ``target``; (what happened, the receipt for the
    next print). PrinterError. Worker thread."""
    number = receipt.number_text
    if target.kind.is_escpos:
        after = service.print_escpos(receipt, target, copies=copies)
        return printed_message(number, target), after
    width = service.settings.width_mm
    layout = lay_out(receipt, service.columns)
    if target.kind is PrinterKind.SYSTEM:
        from posapp.ui.common.receipt_paint import print_system

        for _ in range(copies):
            name = print_system(layout, target.address, width)
        sent = QCoreApplication.translate(
            "ReceiptJobs", "Receipt {number} sent to the printer {name}."
        ).format(number=number, name=repr(name))
        return sent, service.record_printed(receipt)
    if target.kind is PrinterKind.PDF:
        from posapp.ui.common.receipt_paint import write_pdf

        path = _free_path(Path(target.address).expanduser(), pdf_name(receipt))
        write_pdf(layout, path, width, title=receipt_title(number))
        return _saved_message(number, path), service.record_printed(receipt)
    raise PrinterError(NO_PRINTER)


def _saved_message(number: str, path: Path) -> str:
    return QCoreApplication.translate("ReceiptJobs", "Receipt {number} saved as {path}.").format(
        number=number, path=path
    )


def save_pdf(service: ReceiptService, receipt: Receipt, path: Path) -> tuple[str, Receipt]:
    """Write ``receipt`` as a PDF at ``path`` (receipt width). Worker thread."""
    from posapp.ui.common.receipt_paint import write_pdf

    layout = lay_out(receipt, service.columns)
    number = receipt.number_text
    write_pdf(layout, path, service.settings.width_mm, title=receipt_title(number))
    return _saved_message(number, path), service.record_printed(receipt)


class ReceiptJobs(QObject):
    """Issues and prints receipts in the background (GUI-thread API, signals on it)."""

    issued = Signal(object)
    """A ``Receipt`` is ready (to preview)."""
    printed = Signal(str, object)
    """What happened (for a status bar) and the receipt for the next print (a COPY)."""
    failed = Signal(str)
    """Why a receipt could not be issued or printed (``error_text``); nothing else changed."""

    def __init__(self, service: ReceiptService, parent: QObject | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.service = service
        self.busy = False

    def issue(self, session_id: str) -> None:
        """Issue (or fetch) the receipt of sale ``session_id``; ``issued`` follows."""
        service = self.service
        run_task(lambda: service.issue(session_id), self.issued.emit, self._failed, owner=self)

    def reprint(self, session_id: str, actor: Actor) -> None:
        """The receipt of an earlier sale, marked COPY; ``issued`` follows."""
        service = self.service
        run_task(
            lambda: service.reprint(session_id, actor), self.issued.emit, self._failed, owner=self
        )

    def print(self, receipt: Receipt, *, copies: int = 1) -> None:
        """Print ``receipt`` on this counter's printer; ``printed`` or ``failed`` follows."""
        service = self.service
        target = service.printer
        if target.kind is PrinterKind.NONE:
            self.failed.emit(QCoreApplication.translate("errors", NO_PRINTER))
            return
        self.busy = True
        run_task(
            lambda: print_receipt(service, receipt, target, copies),
            self._done,
            self._failed,
            owner=self,
        )

    def save_pdf(self, receipt: Receipt, path: Path) -> None:
        """Write ``receipt`` as a PDF at ``path``; ``printed`` or ``failed`` follows."""
        service = self.service
        self.busy = True
        run_task(lambda: save_pdf(service, receipt, path), self._done, self._failed, owner=self)

    def _done(self, result: tuple[str, Receipt]) -> None:
        self.busy = False
        message, receipt = result
        log.info("%s", message)
        self.printed.emit(message, receipt)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        message = error_text(exc)
        log.warning("receipt: %s", message)
        self.failed.emit(message)


class ReceiptReprint(QObject):
    """A past sale's receipt, again: a "Print receipt (COPY)" and a "Receipt PDF…" button and
    a line saying what happened, for a details dialog. GUI thread."""

    def __init__(
        self, jobs: ReceiptJobs, session_id: str, actor: Actor, parent: QWidget | None = None
    ) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.jobs = jobs
        self._session_id = session_id
        self._actor = actor
        self._parent = parent
        self._next: str | None = None
        self._path: Path | None = None
        self.print_button = QPushButton(self.tr("Print receipt (COPY)"))
        self.print_button.setObjectName("reprintReceipt")
        self.pdf_button = QPushButton(self.tr("Receipt PDF…"))
        self.pdf_button.setObjectName("receiptPdf")
        self.state = PlainLabel()
        self.state.setObjectName("receiptState")
        self.state.setWordWrap(True)
        self.state.hide()
        self.print_button.clicked.connect(lambda: self.start("print"))
        self.pdf_button.clicked.connect(lambda: self.start("pdf"))
        jobs.issued.connect(self._on_jobs_issued)
        jobs.printed.connect(self._on_jobs_printed)
        jobs.failed.connect(self._on_jobs_failed)

    def start(self, action: str, path: Path | None = None) -> None:
        """Reprint (``print``) or save (``pdf``, at ``path`` or where the owner says)."""
        if self.jobs.busy or self._next is not None:
            return
        if action == "pdf" and path is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save receipt as PDF"), "receipt.pdf", self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self._next = action
        self._path = path
        self._say(self.tr("Preparing the receipt…"))
        self.jobs.reprint(self._session_id, self._actor)

    def _on_jobs_issued(self, receipt: Receipt) -> None:
        action, self._next = self._next, None
        if action == "print":
            self._say(self.tr("Printing…"))
            self.jobs.print(receipt)
        elif action == "pdf" and self._path is not None:
            self._say(self.tr("Saving the PDF…"))
            self.jobs.save_pdf(receipt, self._path)

    def _on_jobs_printed(self, message: str, _receipt: Receipt) -> None:
        self._say(message)

    def _on_jobs_failed(self, message: str) -> None:
        self._next = None
        self._say(self.tr("Receipt not printed: {reason}").format(reason=message))

    def _say(self, text: str) -> None:
        self.state.setText(text)
        self.state.show()
