"""A receipt laid out for a paper width: a tuple of blocks (text lines, rules, a QR code,
the cut) that every output draws the same way. No line is ever wider than the paper:
``columns`` characters (32 on 58 mm, 48 on 80 mm), half as many in double size.

Outputs differ only in their ``Charset``: text is passed through ``charset.fit`` and an
amount whose currency symbol the output cannot print is written with the ISO code
("INR 1,250.00"). ``as_text`` renders the blocks as plain text (``posapp receipt --text``).

Pure; any thread.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from babel.numbers import format_currency, format_decimal, get_currency_symbol

from posapp.core.i18n import QT_TRANSLATE_NOOP, Words, english
from posapp.core.money import format_plain
from posapp.core.session import SessionStatus
from posapp.services.receipts.charset import UNICODE, Charset
from posapp.services.receipts.model import (
    TEST_NETWORK_WARNING,
    Receipt,
    ReceiptKind,
    RefundLine,
    format_number,
)

USDC_PATTERN = "#,##0.00#####"
NETWORK_NAMES = {
    "public": QT_TRANSLATE_NOOP("Receipt", "Stellar public network"),
    "testnet": QT_TRANSLATE_NOOP("Receipt", "Stellar testnet"),
}
QR_CAPTION = QT_TRANSLATE_NOOP("Receipt", "Scan to check this payment on the public Stellar ledger")
REFUND_QR_CAPTION = QT_TRANSLATE_NOOP(
    "Receipt", "Scan to check this refund on the public Stellar ledger"
)


class Align(StrEnum):
    """Where a line sits."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class TextLine:
    """One printed line; ``text`` fits the paper (``big``: double width and height)."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    big: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A separator across the paper."""

    char: str = "-"


@dataclass(frozen=True, slots=True)
class QrBlock:
    """A QR code, centred."""

    data: str


@dataclass(frozen=True, slots=True)
class Feed:
    """Blank lines."""

    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    """Feed and cut the paper (the last block)."""


Block = TextLine | Rule | QrBlock | Feed | Cut


@dataclass(frozen=True, slots=True)
class ReceiptLayout:
    """A receipt as blocks for ``columns`` characters per line."""

    columns: int
    blocks: tuple[Block, ...]

    @property
    def qr_data(self) -> str | None:
        """What the QR code holds (None without one)."""
        return next((b.data for b in self.blocks if isinstance(b, QrBlock)), None)

    def text_lines(self) -> list[str]:
        """Every text line's text, in order (tests, previews)."""
        return [b.text for b in self.blocks if isinstance(b, TextLine)]


# formatting ---------------------------------------------------------------------------------
def fiat_text(amount: Decimal, currency: str, locale: str, charset: Charset = UNICODE) -> str:
    """``₹1,250.00`` in the shop's locale, or ``INR 1,250.00`` where the output cannot print
    the symbol."""
    text = format_currency(amount, currency, locale=locale)
    if charset.can_print(text):
        return text
    spaced = text.replace("\u00a0", " ").replace("\u202f", " ")
    if charset.can_print(spaced):
        return spaced
    symbol = get_currency_symbol(currency, locale)
    plain = text.replace(symbol, f" {currency} ") if symbol and symbol in text else text
    plain = " ".join(plain.replace("\u00a0", " ").replace("\u202f", " ").split())
    if plain.endswith(f" {currency}"):  # "1.250,00 INR" → "INR 1.250,00": code first
        plain = f"{currency} {plain.removesuffix(' ' + currency)}"
    return charset.fit(plain)


def usdc_text(amount: Decimal, locale: str, charset: Charset = UNICODE) -> str:
    """``14.87 USDC`` with 2 to 7 decimals, grouped for the locale."""
    number = format_decimal(amount, format=USDC_PATTERN, locale=locale, decimal_quantization=False)
    return charset.fit(f"{number} USDC")


def short_tx(tx_hash: str) -> str:
    """``3f9a1c2e4b…0a77c21e9d``: enough of a transaction hash to compare by eye."""
    return tx_hash if len(tx_hash) <= 24 else f"{tx_hash[:10]}…{tx_hash[-10:]}"


def when(moment: datetime) -> str:
    """``2026-12-05 14:02``: a local date and time as printed."""
    return moment.strftime("%Y-%m-%d %H:%M")


def status_wording(receipt: Receipt, charset: Charset = UNICODE) -> tuple[str, ...]:
    """What the receipt says about the payment: paid, paid late, partial, overpaid."""
    usdc = lambda amount: usdc_text(amount, receipt.locale, charset)  # noqa: E731
    t = printable_words(receipt.words, charset)
    status = receipt.status
    lines: list[str] = []
    if status is SessionStatus.PAID:
        lines.append(t(QT_TRANSLATE_NOOP("Receipt", "PAID")))
    elif status is SessionStatus.PAID_LATE:
        lines.append(t(QT_TRANSLATE_NOOP("Receipt", "PAID LATE")))
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Receipt", "Paid after the payment window closed; accepted in full."
                )
            )
        )
    elif receipt.usdc_received > 0 and receipt.remaining > 0:
        lines.append(t(QT_TRANSLATE_NOOP("Receipt", "PARTIALLY PAID")))
        due = t(QT_TRANSLATE_NOOP("Receipt", "{amount} still due."))
        lines.append(due.format(amount=usdc(receipt.remaining)))
        if status is SessionStatus.EXPIRED:
            lines.append(
                t(QT_TRANSLATE_NOOP("Receipt", "The sale expired before the rest arrived."))
            )
    else:
        lines.append(t(QT_TRANSLATE_NOOP("Receipt", "NOT PAID")))
    if receipt.overpaid > 0:
        over = t(QT_TRANSLATE_NOOP("Receipt", "Overpaid by {amount} (refundable)."))
        lines.append(over.format(amount=usdc(receipt.overpaid)))
    return tuple(lines)


def printable_words(words: Words, charset: Charset) -> Words:
    """``words``, falling back to the English text where the output cannot print the
    translation (Devanagari on a thermal printer's code page)."""
    if words is english:
        return english

    def word(text: str) -> str:
        translated = words(text)
        return translated if charset.can_print(translated) else text

    return word


# laying out ---------------------------------------------------------------------------------
class _Writer:
    def __init__(self, columns: int, charset: Charset, words: Words = english) -> None:
        self.columns = columns
        self.charset = charset
        self.blocks: list[Block] = []
        self.t = printable_words(words, charset)

    def fit(self, text: str) -> str:
        return self.charset.fit(text)

    def line(
        self, text: str, align: Align = Align.LEFT, *, bold: bool = False, big: bool = False
    ) -> None:
        width = self.columns // 2 if big else self.columns
        for part in _wrap(self.fit(text), width):
            self.blocks.append(TextLine(part, align, bold, big))

    def lines(self, text: str, align: Align = Align.LEFT, *, bold: bool = False) -> None:
        for paragraph in text.split("\n"):
            if paragraph.strip():
                self.line(paragraph, align, bold=bold)

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        """``label ........ value``; the value moves to its own line when both don't fit."""
        label, value = self.fit(label), self.fit(value)
        if len(label) + 1 + len(value) <= self.columns:
            gap = self.columns - len(label) - len(value)
            self.blocks.append(TextLine(label + " " * gap + value, Align.LEFT, bold))
            return
        self.line(label, bold=bold)
        for part in _wrap(value, self.columns):
            self.blocks.append(TextLine(part, Align.RIGHT, bold))

    def big_or_bold(self, label: str, value: str) -> None:
        text = f"{self.fit(label)} {self.fit(value)}"
        if len(text) <= self.columns // 2:
            self.blocks.append(TextLine(text, Align.CENTER, bold=True, big=True))
        else:
            self.pair(label, value, bold=True)

    def rule(self) -> None:
        self.blocks.append(Rule())


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in pieces of at most ``width`` characters (words kept whole when they fit,
    long tokens such as URLs broken)."""
    text = text.rstrip()
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def lay_out(receipt: Receipt, columns: int, charset: Charset = UNICODE) -> ReceiptLayout:
    """The blocks of ``receipt`` for ``columns`` characters per line. Pure."""
    w = _Writer(columns, charset, receipt.words)
    if receipt.is_test_network:
        w.rule()
        w.line(w.t(TEST_NETWORK_WARNING), Align.CENTER, bold=True)
        w.rule()
    _header(w, receipt)
    if receipt.kind is ReceiptKind.REFUND:
        _refund_body(w, receipt)
    else:
        _sale_body(w, receipt)
    _proof(w, receipt)
    if receipt.footer:
        w.blocks.append(Feed())
        w.lines(receipt.footer, Align.CENTER)
    if receipt.copy:
        w.blocks.append(Feed())
        w.line(w.t(QT_TRANSLATE_NOOP("Receipt", "*** COPY ***")), Align.CENTER, bold=True)
    if receipt.is_test_network:
        w.line(w.t(TEST_NETWORK_WARNING), Align.CENTER, bold=True)
    w.blocks.append(Cut())
    return ReceiptLayout(columns, tuple(w.blocks))


def _header(w: _Writer, r: Receipt) -> None:
    shop = r.shop
    name = w.fit(shop.name)
    w.line(name, Align.CENTER, bold=True, big=len(name) <= w.columns // 2)
    w.lines(shop.address, Align.CENTER)
    if shop.phone:
        w.line(
            w.t(QT_TRANSLATE_NOOP("Receipt", "Tel. {phone}")).format(phone=shop.phone), Align.CENTER
        )
    if shop.tax_id:
        w.line(shop.tax_id, Align.CENTER)
    w.rule()
    if r.kind is ReceiptKind.REFUND:
        w.line(w.t(QT_TRANSLATE_NOOP("Receipt", "REFUND RECEIPT")), Align.CENTER, bold=True)
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Refund receipt no.")), r.number_text, bold=True)
        if r.sale_number is not None:
            w.pair(
                w.t(QT_TRANSLATE_NOOP("Receipt", "For sale receipt no.")),
                format_number(r.sale_number),
            )
        assert r.refund is not None
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Refunded")), when(r.refund.at))
    else:
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Receipt no.")), r.number_text, bold=True)
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Date")), when(r.sale_time))
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Cashier")), r.cashier or "-")
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Terminal")), r.terminal or "-")
    if r.note:
        w.line(w.t(QT_TRANSLATE_NOOP("Receipt", "Note: {note}")).format(note=r.note))
    w.rule()


def _rate_lines(w: _Writer, r: Receipt) -> None:
    rate = format_currency(r.rate, r.currency, locale=r.locale, decimal_quantization=False)
    if not w.charset.can_print(rate):
        rate = f"{format_plain(r.rate)} {r.currency}"
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Rate")), f"1 USDC = {rate}")
    spread = f", +{format_plain(r.spread_percent, min_places=0)}%" if r.spread_percent else ""
    w.pair("", f"{r.rate_source}, {when(r.rate_time)}{spread}")


def _items(w: _Writer, r: Receipt) -> None:
    """The lines, then subtotal, discount, tax and tip (a sale rung up from items)."""
    money = lambda amount: fiat_text(amount, r.currency, r.locale, w.charset)  # noqa: E731
    for item in r.items:
        w.pair(f"{item.quantity} x {item.name}", money(item.unit_price * item.quantity))
        if item.discount:
            w.pair("  " + w.t(QT_TRANSLATE_NOOP("Receipt", "discount")), "-" + money(item.discount))
    w.rule()
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Subtotal")), money(r.subtotal))
    if r.discount:
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Discount")), "-" + money(r.discount))
    tax = (
        QT_TRANSLATE_NOOP("Receipt", "Tax")
        if r.tax_added
        else QT_TRANSLATE_NOOP("Receipt", "incl. tax")
    )
    w.pair(w.t(tax), money(r.tax))
    if r.tip:
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Tip")), money(r.tip))


def _sale_body(w: _Writer, r: Receipt) -> None:
    if r.items:
        _items(w, r)
    fiat = fiat_text(r.fiat_amount, r.currency, r.locale, w.charset)
    w.big_or_bold(w.t(QT_TRANSLATE_NOOP("Receipt", "TOTAL")), fiat)
    w.pair(
        w.t(QT_TRANSLATE_NOOP("Receipt", "USDC due")), usdc_text(r.usdc_due, r.locale, w.charset)
    )
    w.pair(
        w.t(QT_TRANSLATE_NOOP("Receipt", "USDC received")),
        usdc_text(r.usdc_received, r.locale, w.charset),
        bold=True,
    )
    _rate_lines(w, r)
    w.rule()
    wording = status_wording(r, w.charset)
    w.line(wording[0], Align.CENTER, bold=True, big=len(wording[0]) <= w.columns // 2)
    for extra in wording[1:]:
        w.line(extra, Align.CENTER)
    if r.refunds:
        w.rule()
        w.line(w.t(QT_TRANSLATE_NOOP("Receipt", "Refunds")), bold=True)
        for refund in r.refunds:
            _refund_line(w, r, refund)


def _refund_line(w: _Writer, r: Receipt, refund: RefundLine) -> None:
    w.pair(when(refund.at), "-" + usdc_text(refund.amount, r.locale, w.charset))
    if refund.tx_hash:
        w.pair("  tx", short_tx(refund.tx_hash))


def _refund_body(w: _Writer, r: Receipt) -> None:
    refund = r.refund
    assert refund is not None
    w.pair(
        w.t(QT_TRANSLATE_NOOP("Receipt", "Sale total")),
        fiat_text(r.fiat_amount, r.currency, r.locale, w.charset),
    )
    w.pair(
        w.t(QT_TRANSLATE_NOOP("Receipt", "Sale paid")),
        usdc_text(r.usdc_received, r.locale, w.charset),
    )
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Sale date")), when(r.sale_time))
    w.rule()
    w.big_or_bold(
        w.t(QT_TRANSLATE_NOOP("Receipt", "REFUND")), usdc_text(refund.amount, r.locale, w.charset)
    )
    if refund.reason:
        w.line(w.t(QT_TRANSLATE_NOOP("Receipt", "Reason: {reason}")).format(reason=refund.reason))


def _proof(w: _Writer, r: Receipt) -> None:
    w.rule()
    w.pair(
        w.t(QT_TRANSLATE_NOOP("Receipt", "Network")),
        w.t(NETWORK_NAMES[r.network]) if r.network in NETWORK_NAMES else r.network,
    )
    w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Sale")), r.session_id)
    proof = r.proof
    if proof is not None:
        w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Transaction")), short_tx(proof.tx_hash))
        if proof.ledger:
            w.pair(w.t(QT_TRANSLATE_NOOP("Receipt", "Ledger")), str(proof.ledger))
    if proof is not None and proof.explorer_url:
        w.blocks.append(QrBlock(proof.explorer_url))
        caption = REFUND_QR_CAPTION if r.kind is ReceiptKind.REFUND else QR_CAPTION
        w.line(w.t(caption), Align.CENTER)
    w.rule()


# plain text ---------------------------------------------------------------------------------
def as_text(layout: ReceiptLayout) -> str:
    """The layout as plain text, ``columns`` wide: the QR becomes its URL (``--text``)."""
    width = layout.columns
    out: list[str] = []
    for block in layout.blocks:
        out.extend(_text_of(block, width))
    return "\n".join(out).rstrip("\n") + "\n"


def _text_of(block: Block, width: int) -> Iterable[str]:
    if isinstance(block, TextLine):
        text = block.text[:width]
        if block.align is Align.CENTER:
            yield text.center(width).rstrip()
        elif block.align is Align.RIGHT:
            yield text.rjust(width)
        else:
            yield text
    elif isinstance(block, Rule):
        yield block.char * width
    elif isinstance(block, QrBlock):
        yield "[QR code]".center(width).rstrip()
        yield from _wrap(block.data, width)
    elif isinstance(block, Feed):
        yield from [""] * block.lines
