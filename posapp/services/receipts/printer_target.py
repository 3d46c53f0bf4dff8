"""Where a receipt goes: one short text a person can type, in the settings, the provisioning
file and on the command line.

    =================================== ============================================
    spec                                meaning
    =================================== ============================================
    ``none`` (or empty)                 no printer: preview on screen only
    ``tcp://HOST[:PORT]``               ESC/POS network printer (port 9100 by default)
    ``usb://VVVV:PPPP``                 ESC/POS USB printer, vendor:product in hex
    ``serial://DEVICE[?baudrate=N]``    ESC/POS serial printer (``/dev/ttyUSB0``, ``COM3``)
    ``file://PATH``                     ESC/POS device file (``/dev/usb/lp0``)
    ``system://NAME``                   a printer of the operating system (Qt print support);
                                        ``system://`` alone is the default printer
    ``pdf://FOLDER``                    a PDF per receipt in FOLDER
    =================================== ============================================

``parse_printer`` checks one spec and raises ``InvalidInput`` with one sentence naming what is
wrong. Pure; any thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600
BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
MAX_SPEC_LENGTH = 300
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$")
_USB = re.compile(r"^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$")


class PrinterKind(StrEnum):
    """How a receipt printer is reached."""

    NONE = "none"
    TCP = "tcp"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    SYSTEM = "system"
    PDF = "pdf"

    @property
    def is_escpos(self) -> bool:
        """True for thermal printers spoken to in ESC/POS (python-escpos)."""
        return self in (PrinterKind.TCP, PrinterKind.USB, PrinterKind.SERIAL, PrinterKind.FILE)

    @property
    def label(self) -> str:
        """What a settings form calls it."""
        return _LABELS[self]


_LABELS = {
    PrinterKind.NONE: "No printer (preview only)",
    PrinterKind.TCP: "Thermal printer on the network (ESC/POS)",
    PrinterKind.USB: "Thermal printer on USB (ESC/POS)",
    PrinterKind.SERIAL: "Thermal printer on a serial port (ESC/POS)",
    PrinterKind.FILE: "Thermal printer device file (ESC/POS)",
    PrinterKind.SYSTEM: "A printer of this computer",
    PrinterKind.PDF: "PDF files in a folder",
}
ADDRESS_HINTS = {
    PrinterKind.NONE: "",
    PrinterKind.TCP: "192.168.1.50 or 192.168.1.50:9100",
    PrinterKind.USB: "vendor:product in hex, e.g. 04b8:0e15",
    PrinterKind.SERIAL: "/dev/ttyUSB0 or COM3, optionally ?baudrate=19200",
    PrinterKind.FILE: "/dev/usb/lp0",
    PrinterKind.SYSTEM: "the printer's name (empty: the default printer)",
    PrinterKind.PDF: "a folder, e.g. /home/shop/receipts",
}
"""What the address field of each kind holds (placeholder text)."""


@dataclass(frozen=True, slots=True)
class PrinterTarget:
    """A checked printer spec; immutable, safe across threads."""

    kind: PrinterKind
    address: str = ""
    """Host, device, vendor:product, printer name or folder (per ``kind``), no options."""
    port: int = DEFAULT_TCP_PORT
    baudrate: int = DEFAULT_BAUDRATE

    @property
    def usb_ids(self) -> tuple[int, int]:
        """(vendor, product) of a USB printer."""
        match = _USB.match(self.address)
        assert match is not None
        return int(match.group(1), 16), int(match.group(2), 16)

    @property
    def spec(self) -> str:
        """The canonical spec text (what ``parse_printer`` reads back to the same target)."""
        if self.kind is PrinterKind.NONE:
            return "none"
        if self.kind is PrinterKind.TCP:
            return f"tcp://{self.address}:{self.port}"
        if self.kind is PrinterKind.SERIAL and self.baudrate != DEFAULT_BAUDRATE:
            return f"serial://{self.address}?baudrate={self.baudrate}"
        return f"{self.kind.value}://{self.address}"

    def describe(self) -> str:
        """``the receipt printer at 192.168.1.50:9100``: for messages."""
        kind = self.kind
        if kind is PrinterKind.TCP:
            return f"the receipt printer at {self.address}:{self.port}"
        if kind is PrinterKind.USB:
            return f"the USB receipt printer {self.address}"
        if kind in (PrinterKind.SERIAL, PrinterKind.FILE):
            return f"the receipt printer on {self.address}"
        if kind is PrinterKind.SYSTEM:
            return f"the printer {self.address!r}" if self.address else "the default printer"
        if kind is PrinterKind.PDF:
            return f"the PDF folder {self.address}"
        return "no printer"


NO_PRINTER = PrinterTarget(PrinterKind.NONE)


def parse_printer(spec: str | None) -> PrinterTarget:
    """Check a printer spec (see the module docstring); InvalidInput with one sentence for
    a bad one. ``None`` or an empty text means no printer. Pure."""
    text = (spec or "").strip()
    if not text or text.lower() == "none":
        return NO_PRINTER
    if len(text) > MAX_SPEC_LENGTH or not text.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "the receipt printer must be one line of at most 300 characters"
            )
        )
    scheme, sep, rest = text.partition(":")
    try:
        kind = PrinterKind(scheme.lower())
    except ValueError:
        kind = None
    if not sep or kind is None or kind is PrinterKind.NONE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "unknown receipt printer {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, "
                "serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER or none",
            ),
            text=text[:40],
        )
    rest = rest.removeprefix("//")
    if kind is PrinterKind.TCP:
        return _tcp(rest)
    if kind is PrinterKind.USB:
        if not _USB.match(rest.strip()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "USB receipt printer {rest!r}: give vendor:product in hex, e.g. 04b8:0e15",
                ),
                rest=rest[:20],
            )
        return PrinterTarget(kind, rest.strip().lower())
    if kind is PrinterKind.SERIAL:
        return _serial(rest)
    if kind is PrinterKind.SYSTEM:
        return PrinterTarget(kind, rest.strip())
    path = rest.strip()
    if not path:
        what = "device file" if kind is PrinterKind.FILE else "PDF folder"
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the receipt {what} is missing, e.g. {hint}"),
            what=what,
            hint=ADDRESS_HINTS[kind],
        )
    return PrinterTarget(kind, path)


def _tcp(rest: str) -> PrinterTarget:
    text = rest.strip().rstrip("/")
    host, port_text = text, ""
    if text.startswith("["):  # [IPv6]:port
        host, _, after = text.partition("]")
        host += "]"
        port_text = after.removeprefix(":")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    if not host or not _HOST.match(host):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "network receipt printer {text!r}: give a host name or IP address, e.g. "
                "tcp://192.168.1.50:9100",
            ),
            text=text[:40],
        )
    port = DEFAULT_TCP_PORT
    if port_text:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "network receipt printer port {port_text!r} must be 1 to 65535 (thermal "
                    "printers listen on 9100)",
                ),
                port_text=port_text[:10],
            )
        port = int(port_text)
    return PrinterTarget(PrinterKind.TCP, host.strip("[]"), port=port)


def _serial(rest: str) -> PrinterTarget:
    device, _, query = rest.partition("?")
    device = device.strip()
    if not device:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "the receipt printer's serial port is missing, e.g. /dev/ttyUSB0"
            )
        )
    baudrate = DEFAULT_BAUDRATE
    if query:
        options = parse_qs(query)
        unknown = set(options) - {"baudrate"}
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "serial receipt printer: unknown option {key!r} (only baudrate)"
                ),
                key=sorted(unknown)[0],
            )
        value = options.get("baudrate", [""])[-1]
        if not value.isdigit() or int(value) not in BAUDRATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "serial receipt printer: baudrate {value!r} must be one of {choices}"
                ),
                value=value[:10],
                choices=", ".join(str(b) for b in BAUDRATES),
            )
        baudrate = int(value)
    return PrinterTarget(PrinterKind.SERIAL, device, baudrate=baudrate)
