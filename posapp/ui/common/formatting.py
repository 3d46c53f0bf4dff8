"""How amounts, rates, times and hashes read on screen (Babel + CLDR); pure, any thread.

``Formatter`` is built once per window from the shop's currency and a locale: the language
the windows speak decides it (``posapp.ui.common.i18n``; the machine's own region when it
speaks that language, ``en_IN`` for English rupees), so a headless or ``C`` locale still
gets proper grouping.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal

from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_decimal_symbol,
    parse_decimal,
)
from PySide6.QtCore import QCoreApplication

from posapp.core.currency import currency_places
from posapp.core.errors import InvalidAmount
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.session import RateQuote

USDC_PATTERN = "#,##0.00#####"


@dataclass(frozen=True, slots=True)
class Formatter:
    """Formats the shop's amounts for one locale (immutable)."""

    currency: str
    locale: str

    @property
    def places(self) -> int:
        """Decimals of the shop's currency (INR 2, JPY 0, BHD 3)."""
        return currency_places(self.currency)

    @property
    def decimal_symbol(self) -> str:
        """The locale's decimal separator."""
        return get_decimal_symbol(self.locale)

    def plain_number(self, typed: str) -> str:
        """What a person typed in this locale as a plain number (see ``plain_number``)."""
        return plain_number(typed, self.locale)

    def fiat(self, amount: Decimal) -> str:
        """``₹1,250.00``: an amount of the shop's currency."""
        return format_currency(amount, self.currency, locale=self.locale)

    def usdc_number(self, amount: Decimal) -> str:
        """``1,234.5600001``: USDC with 2 to 7 decimals, grouped for the locale."""
        return format_decimal(
            amount, format=USDC_PATTERN, locale=self.locale, decimal_quantization=False
        )

    def usdc(self, amount: Decimal) -> str:
        """``14.87 USDC``."""
        return f"{self.usdc_number(amount)} USDC"

    def rate(self, quote: RateQuote | None = None, *, rate: Decimal | None = None) -> str:
        """``1 USDC = ₹84.10``."""
        value = quote.rate if quote is not None else rate
        if value is None:
            return QCoreApplication.translate("Formatter", "no rate")
        text = format_currency(value, self.currency, locale=self.locale, decimal_quantization=False)
        return f"1 USDC = {text}"

    def entry_html(self, typed: str, *, hint_color: str) -> str:
        """Rich text of an amount being keyed: typed digits normal, implied decimals faint.

        ``typed`` is the raw entry (``"12.5"``, ``"1250"``, ``""``). ``"12.5"`` in INR reads
        ``₹12.5`` with a faint ``0``; ``"1250"`` reads ``₹1,250`` with a faint ``.00``.
        """
        value = Decimal((typed or "0").rstrip(".") or "0")
        text = self.fiat(value)
        places = self.places
        if not typed:
            return f'<span style="color:{hint_color}">{html.escape(text)}</span>'
        if places == 0:
            return html.escape(text)
        pattern = re.escape(self.decimal_symbol) + r"(\d{" + str(places) + r"})(?!\d)"
        match = re.search(pattern, text)
        if match is None:
            return html.escape(text)
        _, _, decimals = typed.partition(".")
        faint_from = match.start(1) + len(decimals) if "." in typed else match.start()
        end = match.end()
        if faint_from >= end:
            return html.escape(text)
        return (
            html.escape(text[:faint_from])
            + f'<span style="color:{hint_color}">{html.escape(text[faint_from:end])}</span>'
            + html.escape(text[end:])
        )


def plain_number(typed: str, locale: str) -> str:
    """What a person typed in ``locale`` as a plain number for ``parse_amount``: ``1.250,5``
    in es → ``1250.5``. A lone ``.`` or ``,`` is always the decimal mark (nobody types a
    grouping separator without thousands after it), so ``2.50`` works in French too.
    InvalidAmount when it is not a number in this locale."""
    text = typed.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return text
    marks = [c for c in text if c in ".,"]
    if len(marks) == 1 and len(text.rpartition(marks[0])[2]) != 3:
        return text.replace(",", ".").replace(" ", "")
    try:
        value = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "{text} is not a number"), text=text[:40]
        ) from None
    return format(value, "f")


def typed_number(typed: str, locale: str) -> str:
    """``plain_number``, or the text as typed when it is no number in ``locale`` (the
    service then says what is wrong with it, in its own words)."""
    try:
        return plain_number(typed, locale)
    except InvalidAmount:
        return typed.strip()


def shown_number(plain: str, locale: str) -> str:
    """A stored plain number (``84.10``) as ``locale`` writes it for editing (``84,10``),
    without grouping; other text as it is."""
    try:
        value = Decimal(plain)
    except ArithmeticError:
        return plain
    if not value.is_finite():
        return plain
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "0." + "0" * places if places else "0"
    return format_decimal(value, format=pattern, locale=locale)


def plain_usdc(amount: Decimal) -> str:
    """``14.87``: the amount exactly as a wallet expects it typed (no grouping)."""
    return format_plain(amount)


def countdown(seconds: int) -> str:
    """``14:05`` or ``1:02:03``; never negative."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def short_hash(tx_hash: str | None) -> str:
    """``3f9a1c2e…77c21e``: enough of a transaction hash to compare by eye (empty for None)."""
    if not tx_hash:
        return ""
    return tx_hash if len(tx_hash) <= 16 else f"{tx_hash[:8]}…{tx_hash[-6:]}"


def short_account(account: str | None) -> str:
    """``GABC…WXYZ`` for a 56-character account id (empty for None)."""
    if not account:
        return ""
    return f"{account[:4]}…{account[-4:]}" if len(account) > 12 else account


def local_time(moment: datetime, tz: tzinfo | None = None, *, seconds: bool = False) -> str:
    """``14:02`` (``14:02:09`` with ``seconds``): a time of day on the shop's wall clock,
    in ``tz`` or, without one, the machine's time zone."""
    return _wall(moment, tz).strftime("%H:%M:%S" if seconds else "%H:%M")


def local_datetime(moment: datetime, tz: tzinfo | None = None, *, seconds: bool = False) -> str:
    """``2026-11-29 17:30`` (with ``:09`` for ``seconds``): date and time, as ``local_time``."""
    return _wall(moment, tz).strftime("%Y-%m-%d " + ("%H:%M:%S" if seconds else "%H:%M"))


def _wall(moment: datetime, tz: tzinfo | None) -> datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()
