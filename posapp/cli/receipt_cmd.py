"""``posapp receipt ID [--pdf FILE | --print | --escpos URL | --text] [--width 58|80]``: a
sale's receipt, or a paid refund's (``rf_…``), as text (the default), a PDF, on the
counter's printer, or on an ESC/POS printer given here (``tcp://HOST:9100``,
``usb://VVVV:PPPP``, ``serial://DEVICE``, ``file://DEVICE``). The first time a receipt is
produced it takes the next receipt number of the store; later ones say COPY once it was
printed.

Main thread. PDFs and system printers use Qt (offscreen: no window is ever shown).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from posapp.cli.common import context
from posapp.core.errors import InvalidInput
from posapp.services.receipts.layout import as_text, lay_out
from posapp.services.receipts.printer_target import parse_printer
from posapp.services.receipts.service import ReceiptService
from posapp.services.receipts.settings import WIDTHS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``receipt`` command."""
    p = sub.add_parser("receipt", help="a sale's or a refund's receipt: text, PDF or printed")
    p.add_argument("id", help="the sale's session id (pay_…) or a paid refund's id (rf_…)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="FILE", help="write a PDF at receipt width")
    out.add_argument("--print", action="store_true", help="print on this counter's receipt printer")
    out.add_argument(
        "--escpos",
        metavar="URL",
        help="print on this ESC/POS printer: tcp://HOST:9100, usb://VVVV:PPPP, "
        "serial://DEVICE, file://DEVICE",
    )
    out.add_argument("--text", action="store_true", help="print as text here (the default)")
    p.add_argument(
        "--width", type=int, choices=sorted(WIDTHS), help="paper width in mm (default: setting)"
    )
    p.set_defaults(func=run)


def _qt() -> None:
    """A QGuiApplication for fonts and printing, on the offscreen platform unless one is set."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])


def run(args: argparse.Namespace) -> int:
    """Issue the receipt and write or print it."""
    ctx = context(args)
    config = ctx.config
    if args.width:
        config = config.with_changes(receipt=config.receipt.with_changes(width_mm=args.width))
    service = ReceiptService(ctx.db, config, ctx.clock)
    target = parse_printer(args.escpos) if args.escpos else None
    if target is not None and not target.kind.is_escpos:
        raise InvalidInput(
            f"--escpos needs an ESC/POS printer (tcp://, usb://, serial://, file://), "
            f"not {args.escpos!r}"
        )
    if args.id.startswith("rf_"):
        receipt = service.receipt_of_refund(args.id)
    else:
        receipt = service.issue(args.id)
    if target is not None:
        service.print_escpos(receipt, target)
        print(f"Receipt {receipt.number_text} printed on {target.describe()}.")
        return 0
    if args.pdf:
        _qt()
        from posapp.ui.common.receipt_jobs import save_pdf

        message, _ = save_pdf(service, receipt, Path(args.pdf))
        print(message)
        return 0
    if args.print:
        printer = service.printer
        if printer.kind.is_escpos:
            service.print_escpos(receipt, printer, copies=service.settings.copies)
            print(f"Receipt {receipt.number_text} printed on {printer.describe()}.")
            return 0
        _qt()
        from posapp.ui.common.receipt_jobs import print_receipt

        message, _ = print_receipt(service, receipt, printer, service.settings.copies)
        print(message)
        return 0
    sys.stdout.write(as_text(lay_out(receipt, service.columns)))
    return 0
