"""Checks every quote must pass before a sale may use it: fresh, positive, finite, plausible.

Pure functions; any thread.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from types import MappingProxyType

from posapp.core.errors import RateUnavailable
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.session import RateQuote
from posapp.rates.base import require_aware

FUTURE_TOLERANCE = timedelta(minutes=2)
"""A quote dated further than this past ``now`` is refused (clock or source is wrong)."""

BAND_FACTOR = Decimal(5)
"""A known currency's plausible band is its typical rate ÷ and × this factor."""

GENERIC_BAND = (Decimal("0.000001"), Decimal("1000000000"))
"""Plausible band for currencies without a typical rate below."""

# Rough fiat units per USD (≈ per USDC), mid-2020s. Only fairly stable currencies are listed:
# the band must stay wide enough that a real rate is never refused.
TYPICAL_RATES: MappingProxyType[str, Decimal] = MappingProxyType(
    {
        code: Decimal(value)
        for code, value in {
            "USD": "1",
            "EUR": "0.92",
            "GBP": "0.79",
            "CHF": "0.88",
            "CAD": "1.36",
            "AUD": "1.52",
            "NZD": "1.65",
            "JPY": "150",
            "CNY": "7.2",
            "HKD": "7.8",
            "SGD": "1.34",
            "KRW": "1350",
            "INR": "84",
            "PKR": "280",
            "BDT": "115",
            "PHP": "57",
            "IDR": "15800",
            "THB": "35",
            "MYR": "4.5",
            "VND": "25000",
            "AED": "3.67",
            "SAR": "3.75",
            "ILS": "3.7",
            "KES": "130",
            "ZAR": "18",
            "MXN": "18",
            "BRL": "5.5",
            "SEK": "10.5",
            "NOK": "10.8",
            "DKK": "6.9",
            "PLN": "4",
            "CZK": "23",
        }.items()
    }
)


def sanity_band(currency: str) -> tuple[Decimal, Decimal]:
    """Lowest and highest believable rate (fiat per USDC) for ``currency``."""
    typical = TYPICAL_RATES.get(currency)
    if typical is None:
        return GENERIC_BAND
    return typical / BAND_FACTOR, typical * BAND_FACTOR


def show_rate(value: Decimal) -> str:
    """A rate for a message: plain digits when reasonable, else ``1e+999``; never raises."""
    if value.is_finite() and -12 <= value.adjusted() <= 15:
        return format_plain(value, min_places=0)
    return f"{value:.6g}"


def _ago(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 3600 and seconds % 60:
        return f"{seconds // 60} min {seconds % 60} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def validate_quote(quote: RateQuote, now: datetime, *, max_age: timedelta | None) -> RateQuote:
    """Return ``quote`` unchanged if a sale may use it at ``now``; else raise RateUnavailable.

    Refuses a rate that is not a finite positive ``Decimal``, lies outside the currency's
    sanity band, is dated more than ``FUTURE_TOLERANCE`` after ``now``, or (unless
    ``max_age`` is None) is older than ``max_age``. Messages are one line starting with the
    quote's source. ``now`` and ``quote.fetched_at`` must be aware (ValueError otherwise).
    Pure; any thread.
    """
    require_aware(now, "now")
    require_aware(quote.fetched_at, "quote.fetched_at")
    who = f"{quote.source}: {quote.currency} rate"
    rate = quote.rate
    if not isinstance(rate, Decimal):
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{who} is a {kind}, not a Decimal"),
            who=who,
            kind=type(rate).__name__,
        )
    if not rate.is_finite():
        raise RateUnavailable(QT_TRANSLATE_NOOP("errors", "{who} is not a finite number"), who=who)
    if rate <= 0:
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{who} {rate} is not above zero"),
            who=who,
            rate=show_rate(rate),
        )
    low, high = sanity_band(quote.currency)
    if not low <= rate <= high:
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{who} {rate} is implausible (expected {low} to {high})"),
            who=who,
            rate=show_rate(rate),
            low=show_rate(low),
            high=show_rate(high),
        )
    age = now - quote.fetched_at
    if -age > FUTURE_TOLERANCE:
        raise RateUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "{who} is dated {age} in the future (limit {tolerance}); check this "
                "computer's clock",
            ),
            who=who,
            age=_ago(-age),
            tolerance=_ago(FUTURE_TOLERANCE),
        )
    if max_age is not None and age > max_age:
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{who} is stale: last updated {age} ago (limit {max_age})"),
            who=who,
            age=_ago(age),
            max_age=_ago(max_age),
        )
    return quote
