"""Which characters an output can print, and honest stand-ins for the others.

A PDF or a screen prints any Unicode text (``UNICODE``). A thermal printer prints what its
code pages hold: ``escpos_output.EscposCharset`` asks python-escpos's own code-page tables
(the printer profile's pages), so "é" and "€" print in the right page, while "₹" — in no
ESC/POS code page — becomes readable text instead of a wrong glyph: amounts switch to the ISO code
("INR 1,250.00", see ``layout``), other characters lose their accent ("Zoë" → "Zoe"), take a
plain spelling ("—" → "-") or, with none, become "?". Pure; any thread.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Protocol

_PLAIN = {
    "—": "-", "–": "-", "‐": "-", "−": "-", "…": "...", "·": "-", "•": "*",
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": ",", "\u00a0": " ", "\u202f": " ",
    "₹": "Rs", "€": "EUR", "£": "GBP", "¥": "JPY", "₦": "NGN", "₱": "PHP", "₩": "KRW",
    "₺": "TRY", "₽": "RUB", "₴": "UAH", "₫": "VND", "₪": "ILS", "₵": "GHS", "₸": "KZT",
    "✓": "OK", "×": "x", "→": "->",
}  # fmt: skip
"""Plain spellings for common characters a code page may lack."""


class Charset(Protocol):
    """What an output can print."""

    def can_print(self, text: str) -> bool:
        """True when every character of ``text`` prints as itself."""
        ...

    def fit(self, text: str) -> str:
        """``text`` with every character the output cannot print replaced by a readable
        stand-in (never a wrong glyph)."""
        ...


class _Unicode:
    """Screens and PDFs: everything prints."""

    def can_print(self, text: str) -> bool:
        return True

    def fit(self, text: str) -> str:
        return text


UNICODE: Charset = _Unicode()


class ReplacingCharset:
    """A charset defined by a per-character test, with the stand-ins above."""

    def __init__(self, printable: Any) -> None:
        self._printable = printable
        self._known: dict[str, bool] = {}

    def _ok(self, char: str) -> bool:
        known = self._known.get(char)
        if known is None:
            known = self._known[char] = char in "\n\t" or (
                char.isprintable() and bool(self._printable(char))
            )
        return known

    def can_print(self, text: str) -> bool:
        """True when every character prints as itself."""
        return all(self._ok(c) for c in text)

    def fit(self, text: str) -> str:
        """``text`` with stand-ins for what cannot print."""
        if self.can_print(text):
            return text
        return "".join(c if self._ok(c) else self._stand_in(c) for c in text)

    def _stand_in(self, char: str) -> str:
        plain = _PLAIN.get(char)
        if plain is not None and self.can_print(plain):
            return plain
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base and base != char and self.can_print(base):
            return base
        return "?"


ASCII: Charset = ReplacingCharset(lambda c: ord(c) < 128)
"""Plain ASCII (a printer profile without code pages, or a log)."""
