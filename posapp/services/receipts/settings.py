"""The shop's receipt settings: what a receipt says about the shop, where it is printed, when,
and which public explorer its QR opens. Part of ``ShopConfig`` (``config.receipt``).

Every value is checked when a ``ReceiptSettings`` is built (settings dialog, provisioning
file, stored JSON); a bad one raises ``InvalidInput`` with one sentence naming it.

    ============== ============================================================ =========
    field          meaning                                                      default
    ============== ============================================================ =========
    address        shop address, up to 4 lines                                  ""
    phone          shop phone                                                   ""
    tax_id         tax / VAT / GST number as the receipt should print it        ""
    footer         closing text, up to 6 lines                                  thanks
    explorer       explorer URL template per network, with ``{hash}``           stellar.expert
    printer        printer spec (``printer_target``)                            none
    width_mm       paper width: 58 (32 columns) or 80 (48 columns)              80
    auto_print     after a sale is paid: off, ask, always                       off
    copies         receipts printed each time                                   1
    ============== ============================================================ =========

Pure; any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.receipts.printer_target import PrinterTarget, parse_printer
from posapp.stellar.networks import NETWORKS

WIDTHS = {58: 32, 80: 48}
"""Paper width in mm → characters per line in the printer's standard font."""
MAX_COPIES = 5
DEFAULT_FOOTER = "Thank you for your visit!"
DEFAULT_EXPLORERS: dict[str, str] = {name: n.explorer_tx_url for name, n in NETWORKS.items()}
"""stellar.expert's transaction page for each network."""
HASH_FIELD = "{hash}"
_LIMITS = {"address": (4, 200), "phone": (1, 40), "tax_id": (1, 60), "footer": (6, 300)}
"""Text field → (most lines, most characters)."""
_NAMES = {"address": "shop address", "phone": "shop phone", "tax_id": "tax id", "footer": "footer"}


class AutoPrint(StrEnum):
    """What happens when a sale is paid."""

    OFF = "off"
    """Nothing: the cashier prints with the Print button (or P) if the customer asks."""
    ASK = "ask"
    """The preview offers Print, focused: Enter prints."""
    ALWAYS = "always"
    """Printed at once, ``copies`` times."""


def validate_explorer_template(template: str, network: str) -> str:
    """An https URL template with ``{hash}`` once; InvalidInput otherwise. Pure."""
    text = (template or "").strip()
    what = f"the {network} explorer URL"
    rest = text.replace(HASH_FIELD, "")
    if text.count(HASH_FIELD) != 1 or "{" in rest or "}" in rest:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{what} must contain {field} once (where the transaction goes)"
            ),
            what=what,
            field=HASH_FIELD,
        )
    parts = urlsplit(text.replace(HASH_FIELD, "0"))
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{what} must be an https:// address, got {text!r}"),
            what=what,
            text=text[:60],
        )
    if len(text) > 200 or not text.isprintable() or " " in text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{what} must be one address without spaces, at most 200 characters"
            ),
            what=what,
        )
    return text


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the {name} must be text"), name=_NAMES[name]
        )
    lines = [line.strip() for line in value.replace("\r\n", "\n").strip().split("\n")]
    text = "\n".join(lines)
    most_lines, most_chars = _LIMITS[name]
    if len(text) > most_chars:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the {name} must be at most {most_chars} characters"),
            name=_NAMES[name],
            most_chars=most_chars,
        )
    if len(lines) > most_lines:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the {name} must be at most {most_lines} line(s)"),
            name=_NAMES[name],
            most_lines=most_lines,
        )
    if any(not line.isprintable() for line in lines):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the {name} has a control character"), name=_NAMES[name]
        )
    return text


@dataclass(frozen=True, slots=True)
class ReceiptSettings:
    """The shop's receipt settings (see the module docstring); checked on construction."""

    address: str = ""
    phone: str = ""
    tax_id: str = ""
    footer: str = DEFAULT_FOOTER
    explorer_public: str = DEFAULT_EXPLORERS["public"]
    explorer_testnet: str = DEFAULT_EXPLORERS["testnet"]
    printer: str = "none"
    width_mm: int = 80
    auto_print: str = AutoPrint.OFF.value
    copies: int = 1

    def __post_init__(self) -> None:
        for name in _LIMITS:
            object.__setattr__(self, name, _text(name, getattr(self, name)))
        for network in NETWORKS:
            key = f"explorer_{network}"
            object.__setattr__(self, key, validate_explorer_template(getattr(self, key), network))
        object.__setattr__(self, "printer", parse_printer(self.printer).spec)
        if isinstance(self.width_mm, bool) or self.width_mm not in WIDTHS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "the receipt width must be 58 or 80 (mm)")
            )
        try:
            mode = AutoPrint(str(self.auto_print).strip().lower())
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "automatic receipt printing must be off, ask or always")
            ) from None
        object.__setattr__(self, "auto_print", mode.value)
        copies = self.copies
        if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "receipt copies must be a whole number from 1 to {limit}"
                ),
                limit=MAX_COPIES,
            )

    @property
    def columns(self) -> int:
        """Characters per line on this paper (32 or 48)."""
        return WIDTHS[self.width_mm]

    @property
    def target(self) -> PrinterTarget:
        """The printer, parsed."""
        return parse_printer(self.printer)

    @property
    def auto(self) -> AutoPrint:
        """``auto_print`` as the enum."""
        return AutoPrint(self.auto_print)

    def explorer_template(self, network: str) -> str | None:
        """The explorer URL template for ``network`` (None for a network posapp has none for)."""
        return getattr(self, f"explorer_{network}", None) if network in NETWORKS else None

    def explorer_url(self, network: str, tx_hash: str | None) -> str | None:
        """The public page of ``tx_hash`` on ``network``'s explorer, or None without a hash."""
        template = self.explorer_template(network)
        if not tx_hash or template is None:
            return None
        return template.replace(HASH_FIELD, tx_hash)

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ReceiptSettings:
        """Inverse of ``to_json``; missing keys take their defaults, unknown keys are ignored
        (a newer posapp's settings stay readable). InvalidInput for a bad value."""
        if not data:
            return cls()
        if not isinstance(data, Mapping):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "stored receipt settings are damaged"))
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def with_changes(self, **changes: Any) -> ReceiptSettings:
        """A checked copy with some fields changed."""
        return replace(self, **changes)
