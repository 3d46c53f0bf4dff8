"""The receipt settings as form fields (settings dialog): what the receipt says about the
shop, the printer (kind and address), paper width, automatic printing, and the explorer the
QR opens. Reads into and fills from a ``ProvisionRequest``'s ``receipt``; every value is
checked by ``ReceiptSettings`` (one sentence for the first bad one). GUI thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.receipts.printer_target import PrinterKind, parse_printer
from posapp.services.receipts.settings import MAX_COPIES, AutoPrint, ReceiptSettings
from posapp.services.setup.provisioning import ProvisionRequest
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.widgets import add_row, hint

AUTO_LABELS = {
    AutoPrint.OFF: QT_TRANSLATE_NOOP("ReceiptFields", "Show it; print when the cashier presses P"),
    AutoPrint.ASK: QT_TRANSLATE_NOOP("ReceiptFields", "Show it and offer to print (P)"),
    AutoPrint.ALWAYS: QT_TRANSLATE_NOOP("ReceiptFields", "Print it at once"),
}
"""What the receipt does when a sale is paid, in words (English; context ``ReceiptFields``)."""
KIND_LABELS = {
    PrinterKind.NONE: QT_TRANSLATE_NOOP("ReceiptFields", "No printer (preview only)"),
    PrinterKind.TCP: QT_TRANSLATE_NOOP("ReceiptFields", "Thermal printer on the network (ESC/POS)"),
    PrinterKind.USB: QT_TRANSLATE_NOOP("ReceiptFields", "Thermal printer on USB (ESC/POS)"),
    PrinterKind.SERIAL: QT_TRANSLATE_NOOP(
        "ReceiptFields", "Thermal printer on a serial port (ESC/POS)"
    ),
    PrinterKind.FILE: QT_TRANSLATE_NOOP("ReceiptFields", "Thermal printer device file (ESC/POS)"),
    PrinterKind.SYSTEM: QT_TRANSLATE_NOOP("ReceiptFields", "A printer of this computer"),
    PrinterKind.PDF: QT_TRANSLATE_NOOP("ReceiptFields", "PDF files in a folder"),
}
"""Each kind of printer as the form names it (English ``PrinterKind.label``; context
``ReceiptFields``)."""
ADDRESS_HINTS = {
    PrinterKind.NONE: "",
    PrinterKind.TCP: QT_TRANSLATE_NOOP("ReceiptFields", "192.168.1.50 or 192.168.1.50:9100"),
    PrinterKind.USB: QT_TRANSLATE_NOOP("ReceiptFields", "vendor:product in hex, e.g. 04b8:0e15"),
    PrinterKind.SERIAL: QT_TRANSLATE_NOOP(
        "ReceiptFields", "/dev/ttyUSB0 or COM3, optionally ?baudrate=19200"
    ),
    PrinterKind.FILE: "/dev/usb/lp0",
    PrinterKind.SYSTEM: QT_TRANSLATE_NOOP(
        "ReceiptFields", "the printer's name (empty: the default printer)"
    ),
    PrinterKind.PDF: QT_TRANSLATE_NOOP("ReceiptFields", "a folder, e.g. /home/shop/receipts"),
}
"""What the address field of each kind holds (placeholder text; English, context
``ReceiptFields``; a path alone is not translated)."""


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(16 + 18 * lines)
    return box


def system_printer_names() -> list[str]:
    """The printers of this computer (Qt print support), default first. GUI thread."""
    from PySide6.QtPrintSupport import QPrinterInfo

    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: (name != default, name))


class ReceiptFields(QWidget):
    """Receipt settings (see the module docstring)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = _text_box(3)
        self.address.setObjectName("receiptAddress")
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.tax_id = QLineEdit()
        self.tax_id.setMaxLength(60)
        self.tax_id.setPlaceholderText(self.tr("as it should print, e.g. GSTIN 29ABCDE1234F1Z5"))
        self.footer = _text_box(2)
        self.footer.setObjectName("receiptFooter")
        self.kind = QComboBox()
        self.kind.setObjectName("printerKind")
        for kind in PrinterKind:
            label = KIND_LABELS.get(kind)
            self.kind.addItem(
                QCoreApplication.translate("ReceiptFields", label) if label else kind.label,
                kind.value,
            )
        self.where = QComboBox()
        self.where.setObjectName("printerAddress")
        self.where.setEditable(True)
        self.paper = QComboBox()
        self.paper.setObjectName("paperWidth")
        self.paper.addItem(self.tr("80 mm (48 characters a line)"), 80)
        self.paper.addItem(self.tr("58 mm (32 characters a line)"), 58)
        self.auto = QComboBox()
        self.auto.setObjectName("autoPrint")
        for mode, label in AUTO_LABELS.items():
            self.auto.addItem(QCoreApplication.translate("ReceiptFields", label), mode.value)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setMaximumWidth(70)
        self.explorer_public = QLineEdit()
        self.explorer_testnet = QLineEdit()

        shop = QGroupBox(self.tr("On every receipt"))
        form = QFormLayout(shop)
        add_row(form, self.tr("Shop address:"), self.address)
        add_row(form, self.tr("Phone:"), self.phone)
        add_row(form, self.tr("Tax id:"), self.tax_id)
        add_row(form, self.tr("Footer:"), self.footer)
        printer = QGroupBox(self.tr("Printer of this counter"))
        pform = QFormLayout(printer)
        add_row(pform, self.tr("Printer:"), self.kind)
        add_row(pform, self.tr("Where:"), self.where)
        add_row(pform, self.tr("Paper:"), self.paper)
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto, 1)
        auto_row.addWidget(PlainLabel(self.tr("Copies:")))
        auto_row.addWidget(self.copies)
        add_row(pform, self.tr("When a sale is paid:"), auto_row)
        explorer = QGroupBox(self.tr("The QR opens the payment on"))
        eform = QFormLayout(explorer)
        add_row(eform, self.tr("Public network:"), self.explorer_public)
        add_row(eform, self.tr("Testnet:"), self.explorer_testnet)
        eform.addRow("", hint(self.tr("{hash} is replaced by the transaction hash.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(shop)
        layout.addWidget(printer)
        layout.addWidget(explorer)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for signal in (
            self.phone.textChanged,
            self.tax_id.textChanged,
            self.explorer_public.textChanged,
            self.explorer_testnet.textChanged,
            self.where.currentTextChanged,
        ):
            signal.connect(self.changed)
        self._on_kind_changed()

    def printer_kind(self) -> PrinterKind:
        """The kind of printer chosen."""
        return PrinterKind(self.kind.currentData())

    def printer_spec(self) -> str:
        """The printer as a spec (``tcp://…``), unchecked."""
        kind = self.printer_kind()
        if kind is PrinterKind.NONE:
            return "none"
        return f"{kind.value}://{self.where.currentText().strip()}"

    def _on_kind_changed(self, *_args: object) -> None:
        kind = self.printer_kind()
        text = self.where.currentText()
        self.where.blockSignals(True)
        self.where.clear()
        if kind is PrinterKind.SYSTEM:
            self.where.addItems(system_printer_names())
        self.where.setEditText(text if kind is not PrinterKind.SYSTEM else self.where.currentText())
        self.where.blockSignals(False)
        line = self.where.lineEdit()
        if line is not None:
            hint_text = ADDRESS_HINTS.get(kind, "")
            line.setPlaceholderText(
                QCoreApplication.translate("ReceiptFields", hint_text) if hint_text else ""
            )
        self.where.setEnabled(kind is not PrinterKind.NONE)
        self.changed.emit()

    def read(self, request: ProvisionRequest) -> ProvisionRequest:
        """``request`` with these receipt settings; InvalidInput for a bad value."""
        settings = ReceiptSettings(
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            tax_id=self.tax_id.text(),
            footer=self.footer.toPlainText(),
            explorer_public=self.explorer_public.text(),
            explorer_testnet=self.explorer_testnet.text(),
            printer=self.printer_spec(),
            width_mm=int(self.paper.currentData()),
            auto_print=str(self.auto.currentData()),
            copies=self.copies.value(),
        )
        return replace(request, receipt=settings)

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s receipt settings."""
        r = request.receipt
        self.address.setPlainText(r.address)
        self.phone.setText(r.phone)
        self.tax_id.setText(r.tax_id)
        self.footer.setPlainText(r.footer)
        self.explorer_public.setText(r.explorer_public)
        self.explorer_testnet.setText(r.explorer_testnet)
        target = parse_printer(r.printer)
        self.kind.setCurrentIndex(self.kind.findData(target.kind.value))
        address = target.spec.split("://", 1)[1] if "://" in target.spec else ""
        self.where.setEditText(address)
        self.paper.setCurrentIndex(self.paper.findData(r.width_mm))
        self.auto.setCurrentIndex(self.auto.findData(r.auto_print))
        self.copies.setValue(r.copies)
