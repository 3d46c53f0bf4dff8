"""``posapp receipt ID [--text | --pdf FILE | --escpos URL | --print] [--width 58|80]`` run as
a real process on a real data dir, printing to a stand-in network printer on loopback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from posapp.services.config import save_config
from tests.support.receipts import (
    StandInPrinter,
    explorer_url,
    make_shop,
    read_escpos,
    replace_receipt,
)
from tests.support.waiting import free_port


@pytest.fixture
def shop(tmp_path: Path):
    shop = make_shop(f"sqlite:///{tmp_path / 'posapp.db'}")
    yield shop
    shop.db.dispose()


def posapp(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSAPP_TERMINAL": ""}
    env.pop("POSAPP_RECEIPT_PRINTER", None)
    return subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(tmp_path), "receipt", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_text_is_the_default_and_fits_the_width(shop, tmp_path: Path) -> None:
    sale = shop.paid_sale("1250")
    done = posapp(tmp_path, sale.id, "--width", "58")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "TEST NETWORK" in lines[1] and all(len(line) <= 32 for line in lines)
    assert "Receipt no.               000001" in lines
    again = posapp(tmp_path, sale.id, "--text")
    assert "Receipt no.                               000001" in again.stdout.splitlines()


def test_escpos_to_a_network_printer(shop, tmp_path: Path) -> None:
    sale = shop.paid_sale("1250")
    printer = StandInPrinter()
    try:
        done = posapp(tmp_path, sale.id, "--escpos", printer.url)
        printed = read_escpos(printer.wait()[0])
    finally:
        printer.close()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Receipt 000001 printed on the receipt printer at 127.0.0.1:{printer.port}."
    )
    assert printed.qr == (explorer_url(shop, shop.tx_hashes[0]),) and printed.cuts == 1
    assert all(len(line) <= 48 for line in printed.lines)


def test_an_unreachable_printer_is_one_line_and_a_failure(shop, tmp_path: Path) -> None:
    sale = shop.paid_sale("10")
    port = free_port()
    done = posapp(tmp_path, sale.id, "--escpos", f"tcp://127.0.0.1:{port}")
    assert done.returncode == 1
    assert done.stderr == (
        f"posapp: the receipt printer at 127.0.0.1:{port} refused the connection: "
        "is it switched on?\n"
    )
    bad = posapp(tmp_path, sale.id, "--escpos", "pdf:///tmp")
    assert bad.returncode == 1 and "--escpos needs an ESC/POS printer" in bad.stderr
    unknown = posapp(tmp_path, "pay_nosuchsale", "--text")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_and_print_to_the_pdf_folder(shop, tmp_path: Path) -> None:
    sale = shop.paid_sale("1250")
    out = tmp_path / "r.pdf"
    done = posapp(tmp_path, sale.id, "--pdf", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "000001" in text and sale.id in text
    folder = tmp_path / "receipts"
    save_config(shop.db, replace_receipt(shop, printer=f"pdf://{folder}").config)
    printed = posapp(tmp_path, sale.id, "--print")
    assert printed.returncode == 0, printed.stderr
    assert (folder / "receipt-000001.pdf").is_file()
    copy = subprocess.run(
        ["pdftotext", str(folder / "receipt-000001.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "*** COPY ***" in copy  # printed before (the --pdf above)
