"""The paid sale's receipt in the cashier window: a preview, Print (P) and PDF… buttons, and
what happened to the last print.

When a sale is paid the window calls ``request``; the receipt is issued in the background
and shown. The shop's setting decides what follows: ``always`` prints it (``copies`` times),
``ask`` offers it ("Print the receipt? Press P"), ``off`` only shows it. A printer that is
off or unreachable never blocks the counter: the card and the status bar say so, P tries
again, and the next sale can start at once. GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posapp.services.receipts.layout import lay_out
from posapp.services.receipts.model import Receipt
from posapp.services.receipts.settings import AutoPrint
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.receipt_jobs import ReceiptJobs, pdf_name
from posapp.ui.common.receipt_preview import ReceiptPreview
from posapp.ui.common.theme import MUTED, SLATE_100, TONES, Tone

PREVIEW_WIDTH = 380


class ReceiptCard(QFrame):
    """The last paid sale's receipt (GUI thread)."""

    status_changed = Signal(str, bool)
    """What happened to the receipt (for the status bar) and whether it is a problem."""
    available_changed = Signal(bool)
    """A receipt can (True) or cannot (False) be printed or saved now."""

    def __init__(self, jobs: ReceiptJobs, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.setObjectName("receiptCard")
        self.jobs = jobs
        self._pending: str | None = None
        self._receipt: Receipt | None = None
        self._auto_done = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(8)
        header = QHBoxLayout()
        self.title = PlainLabel(self.tr("RECEIPT"))
        self.title.setObjectName("caption")
        header.addWidget(self.title)
        header.addStretch(1)
        self.print_button = QPushButton(self.tr("Print  (P)"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.setObjectName("saveReceiptPdf")
        self.pdf_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        header.addWidget(self.print_button)
        header.addWidget(self.pdf_button)
        box.addLayout(header)
        self.state = PlainLabel()
        self.state.setObjectName("receiptState")
        self.state.setWordWrap(True)
        box.addWidget(self.state)
        self.preview = ReceiptPreview()
        self.scroller = QScrollArea()
        self.scroller.setObjectName("receiptScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setStyleSheet(f"QScrollArea {{ background: {SLATE_100}; border: none; }}")
        holder = QWidget()
        holder.setStyleSheet(f"background: {SLATE_100};")
        row = QHBoxLayout(holder)
        row.setContentsMargins(8, 8, 8, 8)
        row.addStretch(1)
        self.preview.setMinimumWidth(300)
        self.preview.setMaximumWidth(PREVIEW_WIDTH)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.scroller.setWidget(holder)
        box.addWidget(self.scroller, 1)
        jobs.issued.connect(self._on_jobs_issued)
        jobs.printed.connect(self._on_jobs_printed)
        jobs.failed.connect(self._on_jobs_failed)
        self.hide()

    # public -----------------------------------------------------------------------------
    @property
    def receipt(self) -> Receipt | None:
        """The receipt shown (None while none)."""
        return self._receipt

    @property
    def state_text(self) -> str:
        """The card's message about the receipt ("" when none)."""
        return self.state.text()

    def request(self, session_id: str) -> None:
        """Issue and show the receipt of paid sale ``session_id``. GUI thread."""
        self._pending = session_id
        self._receipt = None
        self._auto_done = False
        self.preview.set_layout(None)
        self.title.setText(self.tr("RECEIPT"))
        self._say(self.tr("Preparing the receipt…"), Tone.NEUTRAL)
        self._enable(False)
        self.show()
        self.jobs.issue(session_id)

    def clear(self) -> None:
        """Forget the receipt (the next sale started). GUI thread."""
        self._pending = None
        self._receipt = None
        self.preview.set_layout(None)
        self._enable(False)
        self.hide()

    def handle_key(self, key: int | Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """P without Ctrl/Alt/Shift prints the receipt shown; True when the key was used."""
        code = key.value if isinstance(key, Qt.Key) else int(key)
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if code != Qt.Key.Key_P.value or not plain or self._pending is None:
            return False
        self.print_receipt()
        return True

    def print_receipt(self) -> bool:
        """Print the receipt shown on the counter's printer; False when there is none or a
        print is under way. GUI thread."""
        if self._receipt is None or self.jobs.busy:
            return False
        self._say(self.tr("Printing…"), Tone.NEUTRAL)
        self.jobs.print(self._receipt)
        return True

    def save_pdf(self, path: Path | None = None) -> bool:
        """Save the receipt shown as a PDF (asks where when ``path`` is None). GUI thread."""
        if self._receipt is None or self.jobs.busy:
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save receipt as PDF"),
                str(Path(folder) / pdf_name(self._receipt)),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        self._say(self.tr("Saving the PDF…"), Tone.NEUTRAL)
        self.jobs.save_pdf(self._receipt, path)
        return True

    # slots ------------------------------------------------------------------------------
    @Slot(object)
    def _on_jobs_issued(self, receipt: Receipt) -> None:
        if receipt.session_id != self._pending:
            return  # a newer sale took the card
        self._receipt = receipt
        self.title.setText(self.tr("RECEIPT {number}").format(number=receipt.number_text))
        settings = self.jobs.service.settings
        self.preview.set_layout(lay_out(receipt, self.jobs.service.columns))
        self._enable(True)
        mode = settings.auto
        if mode is AutoPrint.ALWAYS and not self._auto_done:
            self._auto_done = True
            self._say(self.tr("Printing…"), Tone.NEUTRAL)
            self.jobs.print(receipt, copies=settings.copies)
        elif mode is AutoPrint.ASK:
            self._say(self.tr("Print the receipt? Press P (or PDF… to save it)."), Tone.INFO)
        else:
            self._say(self.tr("Press P to print it."), Tone.NEUTRAL)

    @Slot(str, object)
    def _on_jobs_printed(self, message: str, receipt: Receipt) -> None:
        if self._receipt is not None and receipt.number == self._receipt.number:
            self._receipt = receipt
        self._say(message, Tone.SUCCESS)
        self.status_changed.emit(message, False)

    @Slot(str)
    def _on_jobs_failed(self, message: str) -> None:
        if self._pending is None:
            return
        if self._receipt is None:
            self._say(self.tr("No receipt: {reason}").format(reason=message), Tone.DANGER)
            self.status_changed.emit(self.tr("Receipt: {reason}").format(reason=message), True)
            return
        self._say(
            self.tr("{reason} The sale is paid; press P to try again.").format(reason=message),
            Tone.DANGER,
        )
        self.status_changed.emit(
            self.tr("Receipt not printed: {reason} The sale is paid; press P to try again.").format(
                reason=message
            ),
            True,
        )

    def _say(self, text: str, tone: Tone) -> None:
        color = MUTED if tone is Tone.NEUTRAL else TONES[tone].fg
        self.state.setStyleSheet(f"color: {color}; font-size: 14px;")
        self.state.setText(text)

    def _enable(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)
        self.available_changed.emit(enabled)
