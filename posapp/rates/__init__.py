"""posapp.rates: fiat-per-USDC exchange-rate quotes for pricing a sale.

Layer rule: imports only the standard library, ``posapp.core`` and ``httpx``.

    RateSource          the interface: ``quote`` may block (non-GUI thread),
                        ``cached_quote`` never does I/O (any thread)
    FixedRateSource     owner-set rates
    HttpRateSource      a CoinGecko-style ``/simple/price`` server, cached per currency
    MedianRateSource    median of several sources, outliers dropped
    validate_quote      the checks every quote passes (fresh, positive, finite, plausible)
    RateSettings        persisted configuration (JSON) → ``build_rate_source``

Every failure is ``posapp.core.errors.RateUnavailable`` with a one-line message.
"""

from posapp.rates.base import RateSource, normalize_currency
from posapp.rates.factory import build_rate_source
from posapp.rates.fixed import FixedRateSource
from posapp.rates.http_source import HttpRateSource
from posapp.rates.median import MedianRateSource, exact_median
from posapp.rates.quote_validation import (
    FUTURE_TOLERANCE,
    GENERIC_BAND,
    TYPICAL_RATES,
    sanity_band,
    validate_quote,
)
from posapp.rates.settings import COINGECKO, HttpSourceSpec, RateSettings

__all__ = [
    "COINGECKO",
    "FUTURE_TOLERANCE",
    "GENERIC_BAND",
    "TYPICAL_RATES",
    "FixedRateSource",
    "HttpRateSource",
    "HttpSourceSpec",
    "MedianRateSource",
    "RateSettings",
    "RateSource",
    "build_rate_source",
    "exact_median",
    "normalize_currency",
    "sanity_band",
    "validate_quote",
]
