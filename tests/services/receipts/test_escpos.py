"""Receipts on ESC/POS printers through python-escpos, checked at the byte level: a stand-in
network printer on loopback keeps what it receives; serial through a real pseudo-terminal;
the device file as a real file."""

from __future__ import annotations

import os
import pty
import threading
from pathlib import Path

import pytest

from posapp.core.errors import PrinterError
from posapp.services.receipts.model import TEST_NETWORK_WARNING
from posapp.services.receipts.printer_target import parse_printer
from posapp.services.receipts.service import ReceiptService
from tests.support.receipts import (
    LEDGER,
    StandInPrinter,
    explorer_url,
    make_shop,
    read_escpos,
    replace_receipt,
)
from tests.support.waiting import free_port


@pytest.fixture
def shop(tmp_path: Path):
    shop = make_shop(f"sqlite:///{tmp_path / 'shop.db'}")
    yield shop
    shop.db.dispose()


@pytest.fixture
def printer():
    stand_in = StandInPrinter()
    yield stand_in
    stand_in.close()


def receipts(shop, **settings) -> ReceiptService:
    if settings:
        shop = replace_receipt(shop, **settings)
    return ReceiptService(shop.db, shop.config, shop.clock, locale="en_IN")


@pytest.mark.parametrize("width, columns", [(80, 48), (58, 32)])
def test_a_network_printer_gets_text_qr_and_cut(shop, printer, width, columns) -> None:
    sale = shop.paid_sale("1250")
    service = receipts(shop, printer=printer.url, width_mm=width)
    after = service.print_escpos(service.issue(sale.id))
    printed = read_escpos(printer.wait()[0])
    assert printed.qr == (explorer_url(shop, shop.tx_hashes[0]),)
    assert printed.qr[0] == f"https://stellar.expert/explorer/testnet/tx/{shop.tx_hashes[0]}"
    assert printed.cuts == 1
    assert all(len(line) <= columns for line in printed.lines)
    assert max(len(line) for line in printed.lines) == columns  # the rules span the paper
    text = "\n".join(printed.lines)
    assert printed.lines[1].strip() == TEST_NETWORK_WARNING  # top, under a rule
    for fact in ("Café Zoë", "GSTIN 29ABCDE1234F1Z5", "000001", "Zoë", "José", "PAID",
                 "14.87 USDC", str(LEDGER), sale.id, "Merci, à bientôt!"):  # fmt: skip
        assert fact in text, fact
    assert "INR 1,250.00" in text and "₹" not in text  # no code page has the rupee sign
    assert "1 USDC = 84.10 INR" in text
    assert "Café Zoë" in printed.big  # the shop name in double size
    assert after.copy  # printed: the next print says COPY


def test_a_reprint_says_copy(shop, printer) -> None:
    sale = shop.paid_sale("10")
    service = receipts(shop, printer=printer.url)
    service.print_escpos(service.issue(sale.id))
    service.print_escpos(service.issue(sale.id))
    first, second = (read_escpos(job) for job in printer.wait(2))
    assert not any("COPY" in line for line in first.lines)
    assert any("*** COPY ***" in line for line in second.lines)
    assert first.qr == second.qr


def test_copies_are_cut_apart(shop, printer) -> None:
    sale = shop.paid_sale("10")
    service = receipts(shop, printer=printer.url)
    service.print_escpos(service.issue(sale.id), copies=2)
    printed = read_escpos(printer.wait()[0])
    assert printed.cuts == 2 and len(printed.qr) == 2


def test_a_refused_connection_is_a_clear_error_and_a_retry_prints(shop) -> None:
    port = free_port()
    sale = shop.paid_sale("1250")
    service = receipts(shop, printer=f"tcp://127.0.0.1:{port}")
    receipt = service.issue(sale.id)
    with pytest.raises(PrinterError) as caught:
        service.print_escpos(receipt)
    assert str(caught.value) == (
        f"the receipt printer at 127.0.0.1:{port} refused the connection: is it switched on?"
    )
    assert not receipts(shop).issue(sale.id).copy  # nothing printed, nothing counted
    stand_in = StandInPrinter(port)  # the printer is switched on
    try:
        service.print_escpos(receipt)
        assert read_escpos(stand_in.wait()[0]).cuts == 1
    finally:
        stand_in.close()


def test_a_device_file_gets_the_same_bytes(shop, tmp_path: Path, printer) -> None:
    sale = shop.paid_sale("1250")
    device = tmp_path / "lp0"
    device.touch()
    service = receipts(shop)
    receipt = service.issue(sale.id)
    service.print_escpos(receipt, parse_printer(f"file://{device}"))
    printed = read_escpos(device.read_bytes())
    assert printed.qr == (explorer_url(shop, shop.tx_hashes[0]),) and printed.cuts == 1
    missing = parse_printer(f"file://{tmp_path / 'nope' / 'lp9'}")
    with pytest.raises(PrinterError, match="is not there: is it plugged in"):
        service.print_escpos(receipt, missing)


def test_a_serial_printer_through_a_pseudo_terminal(shop) -> None:
    sale = shop.paid_sale("1250")
    controller, device = pty.openpty()
    received = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                return
            if not chunk:
                return
            received.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        tty = os.ttyname(device)
        service = receipts(shop)
        service.print_escpos(
            service.issue(sale.id), parse_printer(f"serial://{tty}?baudrate=19200")
        )
    finally:
        os.close(device)
        reader.join(5)
        os.close(controller)
    printed = read_escpos(bytes(received))
    assert printed.qr == (explorer_url(shop, shop.tx_hashes[0]),) and printed.cuts == 1


def test_a_usb_printer_that_is_not_there_is_named(shop) -> None:
    sale = shop.paid_sale("10")
    service = receipts(shop)
    with pytest.raises(PrinterError) as caught:
        service.print_escpos(service.issue(sale.id), parse_printer("usb://04b8:0e15"))
    assert "the USB receipt printer 04b8:0e15" in str(caught.value)


def test_accents_take_a_code_page_the_rupee_a_readable_stand_in(tmp_path: Path, printer) -> None:
    shop = make_shop(
        f"sqlite:///{tmp_path / 'eur.db'}", shop_name="Crêperie Zoë", currency="EUR", rate="0.92"
    )
    try:
        sale = shop.paid_sale("12.50", note="für Jürgen ₹ — danke")
        service = ReceiptService(
            shop.db,
            replace_receipt(shop, printer=printer.url).config,
            shop.clock,
            locale="de_DE",
        )
        service.print_escpos(service.issue(sale.id))
        printed = read_escpos(printer.wait()[0])
        text = "\n".join(printed.lines)
        assert "Crêperie Zoë" in text and "12,50 €" in text
        assert "Note: für Jürgen Rs — danke" in text
        assert printed.code_pages  # switched to a page that has them
    finally:
        shop.db.dispose()


@pytest.mark.parametrize(
    "spec, message",
    [
        ("tcp://printer.local:70000", "port '70000' must be 1 to 65535"),
        ("usb://4b8:e15", "give vendor:product in hex"),
        ("serial:///dev/ttyUSB0?baudrate=12345", "baudrate '12345' must be one of"),
        ("lpt1", "unknown receipt printer 'lpt1'"),
        ("file://", "device file is missing"),
        ("pdf://", "PDF folder is missing"),
    ],
)
def test_bad_printer_specs_say_what_is_wrong(spec: str, message: str) -> None:
    from posapp.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match=message):
        parse_printer(spec)


def test_printer_specs_read_back_the_same() -> None:
    for spec in ("tcp://10.0.0.5:9100", "usb://04b8:0e15", "serial://COM3?baudrate=19200",
                 "file:///dev/usb/lp0", "system://Office Printer", "pdf:///srv/receipts",
                 "none"):  # fmt: skip
        assert parse_printer(parse_printer(spec).spec).spec == spec
    assert parse_printer("tcp://10.0.0.5").port == 9100
