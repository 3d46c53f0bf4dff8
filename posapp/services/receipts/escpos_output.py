"""Receipts on ESC/POS thermal printers, through python-escpos (posapp writes no command
bytes itself).

The whole receipt is first rendered into python-escpos's ``Dummy`` printer (styles, code
pages chosen by its magic encoder, the QR by the printer's own QR command, the cut), then
sent in one write through python-escpos's ``Network``, ``Usb``, ``Serial`` or ``File``
printer. A printer that is off or unreachable therefore fails before a single byte is sent,
and every failure is one ``PrinterError`` sentence naming the printer.

Worker thread (``print_receipt`` may wait seconds on the printer); ``escpos_bytes`` is pure.
"""

from __future__ import annotations

import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from posapp.core.errors import PrinterError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.receipts.charset import ReplacingCharset
from posapp.services.receipts.layout import (
    Cut,
    Feed,
    QrBlock,
    ReceiptLayout,
    Rule,
    TextLine,
    lay_out,
)
from posapp.services.receipts.model import Receipt
from posapp.services.receipts.printer_target import PrinterKind, PrinterTarget

log = logging.getLogger("posapp.receipts.escpos")
PROFILE = "default"
"""python-escpos printer profile: Epson-compatible code pages, QR and cut (most printers)."""
NETWORK_TIMEOUT_S = 10
USB_TIMEOUT_MS = 5000
SERIAL_TIMEOUT_S = 5
QR_MODULE_DOTS = {32: 6, 48: 8}
"""Dots per QR module on 58 mm (384 dots) and 80 mm (576 dots) paper."""


def _load_escpos() -> None:
    """Point python-escpos's capabilities cache at posapp's cache folder (it would make a
    new temporary folder in every process otherwise), before its first import."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        try:
            from platformdirs import user_cache_dir

            folder = Path(user_cache_dir("posapp", appauthor=False)) / "escpos"
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path(tempfile.gettempdir())
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)
    import escpos.capabilities  # type: ignore[import-untyped]  # noqa: F401


@lru_cache(maxsize=4)
def escpos_encoder(profile: str | None = PROFILE) -> Any:
    """python-escpos's code-page encoder for ``profile`` (which pages the printer has)."""
    _load_escpos()
    from escpos.capabilities import get_profile  # type: ignore[import-untyped]
    from escpos.magicencode import Encoder  # type: ignore[import-untyped]

    return Encoder(get_profile(profile).get_code_pages())


class EscposCharset(ReplacingCharset):
    """What an ESC/POS printer with python-escpos profile ``profile`` can print: ASCII plus
    every character of one of the profile's code pages (python-escpos switches pages for
    it)."""

    def __init__(self, profile: str | None = None) -> None:
        encoder = escpos_encoder(profile)
        super().__init__(lambda c: ord(c) < 128 or encoder.find_suitable_encoding(c))


def _draw(printer: Any, layout: ReceiptLayout) -> None:
    """Send ``layout`` to a python-escpos printer object, block by block."""
    from escpos.constants import QR_ECLEVEL_M  # type: ignore[import-untyped]

    printer.hw("INIT")
    for block in layout.blocks:
        if isinstance(block, TextLine):
            printer.set(
                align=block.align.value,
                bold=block.bold,
                normal_textsize=not block.big,
                double_width=block.big,
                double_height=block.big,
            )
            printer.textln(block.text)
        elif isinstance(block, Rule):
            printer.set(align="left", bold=False, normal_textsize=True)
            printer.textln(block.char * layout.columns)
        elif isinstance(block, QrBlock):
            printer.set(align="center", bold=False, normal_textsize=True)
            size = QR_MODULE_DOTS.get(layout.columns, 6)
            printer.qr(block.data, ec=QR_ECLEVEL_M, size=size, native=True)
            printer.ln()
        elif isinstance(block, Feed):
            printer.ln(block.lines)
        elif isinstance(block, Cut):
            printer.set(align="left", bold=False, normal_textsize=True)
            printer.cut()


def receipt_layout(receipt: Receipt, columns: int, profile: str | None = PROFILE) -> ReceiptLayout:
    """``receipt`` laid out for an ESC/POS printer of ``profile`` (its code pages decide
    which characters need a stand-in). Pure."""
    return lay_out(receipt, columns, EscposCharset(profile))


def escpos_bytes(layout: ReceiptLayout, profile: str | None = PROFILE) -> bytes:
    """The ESC/POS data of ``layout`` as python-escpos renders it. Pure."""
    _load_escpos()
    from escpos.printer import Dummy  # type: ignore[import-untyped]

    dummy = Dummy(profile=profile)
    _draw(dummy, layout)
    return bytes(dummy.output)


def print_receipt(
    receipt: Receipt,
    target: PrinterTarget,
    columns: int,
    *,
    copies: int = 1,
    profile: str | None = PROFILE,
) -> None:
    """Print ``receipt`` ``copies`` times (each cut) on the ESC/POS printer ``target``.
    PrinterError naming the printer when it is off, unreachable or refuses. Worker thread."""
    if not target.kind.is_escpos:
        raise PrinterError(
            QT_TRANSLATE_NOOP("errors", "{printer} is not an ESC/POS printer"),
            printer=target.describe(),
        )
    data = escpos_bytes(receipt_layout(receipt, columns, profile), profile) * max(copies, 1)
    send(target, data, profile)
    log.info("receipt %s printed on %s", receipt.number_text, target.spec)


def send(target: PrinterTarget, data: bytes, profile: str | None = PROFILE) -> None:
    """Write ``data`` (python-escpos output) to ``target`` in one go. Worker thread."""
    _load_escpos()
    device = _device(target, profile)
    try:
        try:
            device.open()
        except Exception as exc:
            raise _open_failure(target, exc) from None
        try:
            # Escpos._raw is python-escpos's "send these bytes" for every connection type.
            device._raw(data)
            flush = getattr(device, "flush", None)
            if callable(flush):
                flush()
        except Exception as exc:
            raise _write_failure(target, exc) from None
    finally:
        try:
            device.close()
        except Exception as exc:  # closing a half-dead connection
            log.debug("closing %s: %s", target.spec, exc)


def _device(target: PrinterTarget, profile: str | None) -> Any:
    from escpos.printer import File, Network, Serial, Usb  # type: ignore[import-untyped]

    kind = target.kind
    if kind is PrinterKind.TCP:
        return Network(target.address, target.port, timeout=NETWORK_TIMEOUT_S, profile=profile)
    if kind is PrinterKind.USB:
        vendor, product = target.usb_ids
        return Usb(vendor, product, timeout=USB_TIMEOUT_MS, profile=profile)
    if kind is PrinterKind.SERIAL:
        return Serial(
            target.address, baudrate=target.baudrate, timeout=SERIAL_TIMEOUT_S, profile=profile
        )
    return File(target.address, profile=profile)


def _root(exc: BaseException) -> BaseException:
    """The OS error python-escpos wrapped (its DeviceNotFoundError keeps it as context)."""
    seen = exc
    while seen.__context__ is not None and not isinstance(seen, OSError):
        seen = seen.__context__
    return seen


def _open_failure(target: PrinterTarget, exc: BaseException) -> PrinterError:
    where = target.describe()
    root = _root(exc)
    if isinstance(root, ConnectionRefusedError):
        return PrinterError(
            QT_TRANSLATE_NOOP("errors", "{printer} refused the connection: is it switched on?"),
            printer=where,
        )
    if isinstance(root, TimeoutError):
        return PrinterError(
            QT_TRANSLATE_NOOP(
                "errors", "{printer} did not answer in time: is it on and connected?"
            ),
            printer=where,
        )
    if isinstance(root, FileNotFoundError):
        return PrinterError(
            QT_TRANSLATE_NOOP("errors", "{printer} is not there: is it plugged in?"),
            printer=where,
        )
    if isinstance(root, PermissionError):
        return PrinterError(
            QT_TRANSLATE_NOOP("errors", "{printer} cannot be opened: this user may not use it"),
            printer=where,
        )
    if target.kind is PrinterKind.USB:
        text = str(exc)
        if "backend" in text.lower():
            return PrinterError(
                QT_TRANSLATE_NOOP(
                    "errors", "{printer} needs libusb, which is not installed on this computer"
                ),
                printer=where,
            )
        return PrinterError(
            QT_TRANSLATE_NOOP(
                "errors", "{printer} was not found: is it plugged in and switched on?"
            ),
            printer=where,
        )
    if isinstance(root, OSError) and root.strerror:
        return PrinterError(
            QT_TRANSLATE_NOOP("errors", "cannot reach {printer} ({error})"),
            printer=where,
            error=root.strerror,
        )
    return PrinterError(QT_TRANSLATE_NOOP("errors", "cannot reach {printer}"), printer=where)


def _write_failure(target: PrinterTarget, exc: BaseException) -> PrinterError:
    where = target.describe()
    root = _root(exc)
    if isinstance(root, TimeoutError):
        return PrinterError(
            QT_TRANSLATE_NOOP(
                "errors", "{printer} stopped taking data: is it out of paper or its cover open?"
            ),
            printer=where,
        )
    if isinstance(root, OSError):
        return PrinterError(
            QT_TRANSLATE_NOOP("errors", "{printer} stopped while printing ({error})"),
            printer=where,
            error=root.strerror or type(root).__name__,
        )
    return PrinterError(
        QT_TRANSLATE_NOOP("errors", "{printer} stopped while printing"), printer=where
    )
