"""Rates typed in by the shop owner: one Decimal per currency."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from types import MappingProxyType

from posapp.core.errors import InvalidAmount, InvalidCurrency, RateUnavailable
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import RateQuote
from posapp.rates.base import check_source_name, normalize_currency, require_aware
from posapp.rates.quote_validation import validate_quote


class FixedRateSource:
    """Owner-set rates (fiat per USDC), dated ``set_at``.

    Never does I/O, so ``quote`` and ``cached_quote`` are both safe on any thread, the GUI
    thread included. With ``max_age`` None (the default) a fixed rate never goes stale;
    it is still checked against the currency's sanity band on every quote, which catches
    a mistyped rate.
    """

    def __init__(
        self,
        rates: Mapping[str, Decimal],
        set_at: datetime,
        name: str = "fixed",
        *,
        max_age: timedelta | None = None,
    ) -> None:
        """Raise InvalidCurrency / InvalidAmount for a bad code or a non-Decimal rate."""
        self.name = check_source_name(name)
        self.set_at = require_aware(set_at, "set_at")
        self.max_age = max_age
        cleaned: dict[str, Decimal] = {}
        for code, rate in rates.items():
            currency = normalize_currency(code)
            if currency is None:
                raise InvalidCurrency(
                    QT_TRANSLATE_NOOP("errors", "{code!r} is not a three-letter currency code"),
                    code=str(code)[:20],
                )
            if not isinstance(rate, Decimal) or not rate.is_finite():
                raise InvalidAmount(
                    QT_TRANSLATE_NOOP(
                        "errors", "the fixed {currency} rate must be a finite Decimal"
                    ),
                    currency=currency,
                )
            cleaned[currency] = rate
        self.rates: Mapping[str, Decimal] = MappingProxyType(cleaned)

    def quote(self, currency: str, now: datetime) -> RateQuote:
        """The owner's rate for ``currency``; RateUnavailable if none is set or it is unusable.

        No I/O; any thread.
        """
        code = normalize_currency(currency)
        if code is None:
            raise RateUnavailable(
                QT_TRANSLATE_NOOP("errors", "{name}: {currency!r} is not a currency code"),
                name=self.name,
                currency=str(currency)[:20],
            )
        rate = self.rates.get(code)
        if rate is None:
            known = ", ".join(sorted(self.rates)) or "none"
            raise RateUnavailable(
                QT_TRANSLATE_NOOP("errors", "{name}: no fixed rate set for {code} (set: {known})"),
                name=self.name,
                code=code,
                known=known,
            )
        quote = RateQuote(currency=code, rate=rate, source=self.name, fetched_at=self.set_at)
        return validate_quote(quote, now, max_age=self.max_age)

    def cached_quote(self, currency: str, now: datetime) -> RateQuote | None:
        """Same as ``quote`` but None instead of an error. No I/O; any thread."""
        try:
            return self.quote(currency, now)
        except RateUnavailable:
            return None

    def close(self) -> None:
        """Nothing to release."""

    def __repr__(self) -> str:
        return f"FixedRateSource(name={self.name!r}, currencies={sorted(self.rates)})"
