"""Receipts with Qt: the PDF (its text read back by poppler's pdftotext, its QR decoded by
zxing-cpp from the page rendered by pdftoppm), the system-printer path (QPrinter to a PDF
file), the on-screen preview (grabbed and decoded), and the cashier window printing a paid
sale on a stand-in network printer — including a printer that is off."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from posapp.core.errors import PrinterError
from posapp.core.session import SessionStatus
from posapp.services.receipts.layout import lay_out
from posapp.services.receipts.model import TEST_NETWORK_WARNING
from posapp.services.receipts.service import ReceiptService
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter
from posapp.ui.common.receipt_paint import render_image, write_pdf
from tests.support.receipts import (
    CASHIER,
    StandInPrinter,
    explorer_url,
    make_shop,
    read_escpos,
    replace_receipt,
)
from tests.support.waiting import free_port

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed: .ci/run installs it",
)


@pytest.fixture
def shop(tmp_path: Path):
    shop = make_shop(f"sqlite:///{tmp_path / 'shop.db'}")
    yield shop
    shop.db.dispose()


def qr_texts(path: Path) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(Image.open(path))]


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@needs_poppler
@pytest.mark.parametrize("width, columns", [(80, 48), (58, 32)])
def test_the_pdf_holds_every_field_and_a_qr_to_the_transaction(
    qtbot, shop, tmp_path: Path, width: int, columns: int
) -> None:
    sale = shop.paid_sale("1250")
    receipt = ReceiptService(shop.db, shop.config, shop.clock, locale="en_IN").issue(sale.id)
    pdf = write_pdf(lay_out(receipt, columns), tmp_path / "receipt.pdf", width)
    text = pdf_text(pdf)
    for fact in (
        TEST_NETWORK_WARNING, "Café Zoë", "12 MG Road", "Bengaluru 560001",
        "Tel. +91 80 1234 5678", "GSTIN 29ABCDE1234F1Z5", "000001", "Zoë", "counter-1",
        "table 4 — José", "₹1,250.00", "14.87 USDC", "1 USDC = ₹84.10", "fixed,",
        "Stellar testnet", sale.id, "5123456", "PAID", "Merci, à bientôt!",
        receipt.proof.tx_hash[:10],
    ):  # fmt: skip
        assert fact in text, fact
    page = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width_pt = float(page.split("Page size:")[1].split("x")[0])
    assert abs(width_pt - width / 25.4 * 72) < 1  # the page is the paper's width
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    url = f"https://stellar.expert/explorer/testnet/tx/{shop.tx_hashes[0]}"
    assert qr_texts(tmp_path / "page.png") == [url]


def test_the_preview_shows_a_scannable_qr(qtbot, shop, tmp_path: Path) -> None:
    from posapp.ui.common.receipt_preview import ReceiptPreview

    sale = shop.paid_sale("99")
    receipt = ReceiptService(shop.db, shop.config, shop.clock).issue(sale.id)
    preview = ReceiptPreview()
    qtbot.addWidget(preview)
    preview.set_layout(lay_out(receipt, 48))
    preview.resize(360, preview.heightForWidth(360))
    preview.grab().save(str(tmp_path / "preview.png"))
    assert qr_texts(tmp_path / "preview.png") == [explorer_url(shop, shop.tx_hashes[0])]
    render_image(lay_out(receipt, 32), 300).save(str(tmp_path / "image.png"))
    assert qr_texts(tmp_path / "image.png") == [explorer_url(shop, shop.tx_hashes[0])]


@needs_poppler
def test_the_system_printer_path_prints_at_receipt_width_over_pages(
    qtbot, shop, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from posapp.ui.common.receipt_paint import _print_on, print_system

    sale = shop.paid_sale("1250")
    receipt = ReceiptService(shop.db, shop.config, shop.clock, locale="en_IN").issue(sale.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A7),
            QPageLayout.Orientation.Portrait,
            QMarginsF(5, 5, 5, 5),
            QPageLayout.Unit.Millimeter,
        )
    )
    _print_on(printer, lay_out(receipt, 48), 80, "test")
    text = pdf_text(tmp_path / "printed.pdf")
    assert "\f" in text.rstrip("\f")  # more than one page on small paper
    assert "Café Zoë" in text and "Merci, à bientôt!" in text
    with pytest.raises(PrinterError, match="no printer named 'No Such Printer'"):
        print_system(lay_out(receipt, 48), "No Such Printer", 80)


def window(qtbot, shop, receipts: ReceiptService) -> CashierWindow:
    w = CashierWindow(
        sessions=shop.sessions,
        config=shop.config,
        actor=CASHIER,
        clock=shop.clock,
        formatter=Formatter("INR", "en_IN"),
        receipts=receipts,
    )
    qtbot.addWidget(w)
    w.show()
    return w


def sell_and_pay(qtbot, w: CashierWindow, shop) -> None:
    qtbot.keyClicks(w, "1250")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert w.sale is not None and w.sale.status is SessionStatus.OPEN
    shop.pay(w.sale)
    w.apply_session_change(shop.sessions.get(w.sale.id))
    assert w.sale.status is SessionStatus.PAID
    qtbot.waitUntil(lambda: w.receipt_card.receipt is not None, timeout=10_000)


def test_p_prints_the_paid_sale_and_a_dead_printer_never_unpays_it(
    qtbot, shop, tmp_path: Path
) -> None:
    port = free_port()
    shop = replace_receipt(shop, printer=f"tcp://127.0.0.1:{port}")
    w = window(qtbot, shop, ReceiptService(shop.db, shop.config, shop.clock, locale="en_IN"))
    sell_and_pay(qtbot, w, shop)
    card = w.receipt_card
    assert card.isVisible() and card.title.text() == "RECEIPT 000001"
    qtbot.keyClick(w, Qt.Key.Key_P)  # the printer is off
    qtbot.waitUntil(lambda: "refused the connection" in card.state_text, timeout=10_000)
    assert "press P to try again" in card.state_text
    assert "refused the connection" in w.status.currentMessage()
    assert w.sale.status is SessionStatus.PAID
    printer = StandInPrinter(port)  # switched on: P again
    try:
        qtbot.keyClick(w, Qt.Key.Key_P)
        printed = read_escpos(printer.wait()[0])
        qtbot.waitUntil(lambda: "printed on" in card.state_text, timeout=10_000)
    finally:
        printer.close()
    assert printed.qr == (explorer_url(shop, shop.tx_hashes[0]),) and printed.cuts == 1
    assert "Receipt 000001 printed on the receipt printer" in w.status.currentMessage()
    qtbot.keyClicks(w, "5")  # the next sale starts: the receipt goes away
    assert card.isHidden() and not w.actions.print_receipt.isEnabled()


def test_always_prints_the_set_number_of_copies(qtbot, shop) -> None:
    printer = StandInPrinter()
    try:
        shop = replace_receipt(shop, printer=printer.url, auto_print="always", copies=2)
        w = window(qtbot, shop, ReceiptService(shop.db, shop.config, shop.clock))
        sell_and_pay(qtbot, w, shop)
        printed = read_escpos(printer.wait()[0])
    finally:
        printer.close()
    assert printed.cuts == 2
    qtbot.waitUntil(lambda: "printed on" in w.receipt_card.state_text, timeout=10_000)


def test_the_pdf_button_saves_where_asked(qtbot, shop, tmp_path: Path) -> None:
    w = window(qtbot, shop, ReceiptService(shop.db, shop.config, shop.clock))
    sell_and_pay(qtbot, w, shop)
    target = tmp_path / "out" / "r.pdf"
    assert w.receipt_card.save_pdf(target)
    qtbot.waitUntil(lambda: "saved as" in w.receipt_card.state_text, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_settings_dialog_receipt_fields_round_trip(qtbot) -> None:
    from posapp.services.setup.provisioning import ProvisionRequest
    from posapp.ui.common.receipt_fields import ReceiptFields

    fields = ReceiptFields()
    qtbot.addWidget(fields)
    request = ProvisionRequest("testnet", "G", "INR")
    fields.fill(request)
    fields.kind.setCurrentIndex(fields.kind.findData("tcp"))
    fields.where.setEditText("192.168.1.50")
    fields.phone.setText("+91 80 1234 5678")
    fields.paper.setCurrentIndex(fields.paper.findData(58))
    read = fields.read(request).receipt
    assert read.printer == "tcp://192.168.1.50:9100" and read.width_mm == 58
    assert read.phone == "+91 80 1234 5678"
    fields.where.setEditText("192.168.1.50:99999")
    with pytest.raises(Exception, match="must be 1 to 65535"):
        fields.read(request)


@needs_poppler
def test_the_sale_details_reprint_a_copy(qtbot, shop, tmp_path: Path) -> None:
    from posapp.core.roles import Actor, Role
    from posapp.services.context import build_backoffice
    from posapp.services.staff.audit import AuditLog
    from posapp.ui.history.details import SaleDetailsDialog

    folder = tmp_path / "receipts"
    shop = replace_receipt(shop, printer=f"pdf://{folder}")
    owner = Actor("meera", Role.OWNER)
    sale = shop.paid_sale("1250")
    services = build_backoffice(shop.db, shop.config, AuditLog(shop.db), clock=shop.clock)
    dialog = SaleDetailsDialog(
        services.history.details(sale.id, owner),
        None,
        receipts=services.receipts,
        actor=owner,
    )
    qtbot.addWidget(dialog)
    assert dialog.receipt is not None
    qtbot.mouseClick(dialog.receipt.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (folder / "receipt-000001.pdf").is_file(), timeout=10_000)
    qtbot.waitUntil(lambda: "saved as" in dialog.receipt.state.text(), timeout=10_000)
    assert "*** COPY ***" in pdf_text(folder / "receipt-000001.pdf")
