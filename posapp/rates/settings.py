"""How the shop gets its rates, as one frozen value that round-trips through JSON.

Services store ``RateSettings.to_json()`` in their settings table and rebuild it with
``RateSettings.from_json``. API keys are never part of it (they live in the OS keyring and
are handed to ``build_rate_source`` separately). Pure; any thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, Literal

from posapp.core.errors import InvalidAmount, InvalidCurrency, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.rates.base import check_source_name, normalize_currency

SETTINGS_VERSION = 1
MODES = ("fixed", "http")
MAX_AGE_LIMIT_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class HttpSourceSpec:
    """One CoinGecko-style server: a label, its API root and the coin to price."""

    name: str
    base_url: str
    coin_id: str = "usd-coin"

    def __post_init__(self) -> None:
        check_source_name(self.name)
        if not isinstance(self.base_url, str) or not self.base_url.startswith(
            ("https://", "http://")
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rate source {name}: base URL must start with https:// or http://"
                ),
                name=self.name,
            )
        if not isinstance(self.coin_id, str) or not self.coin_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate source {name}: coin id is empty"), name=self.name
            )


COINGECKO = HttpSourceSpec(name="coingecko", base_url="https://api.coingecko.com/api/v3")
"""The public CoinGecko API (keyless, rate-limited)."""


def _to_decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool | float):
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "{what} must be a Decimal or text, not {kind}"),
            what=what,
            kind=type(value).__name__,
        )
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise InvalidAmount(
                QT_TRANSLATE_NOOP("errors", "{what} {value!r} is not a number"),
                what=what,
                value=str(value)[:40],
            ) from None
    else:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "{what} must be a number, not {kind}"),
            what=what,
            kind=type(value).__name__,
        )
    if not number.is_finite():
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "{what} must be a finite number"), what=what
        )
    return number


@dataclass(frozen=True, slots=True)
class RateSettings:
    """The rate configuration.

    ``mode="fixed"``: ``fixed_rates`` (fiat per USDC, by currency) set by the owner at
    ``fixed_set_at``; they do not go stale. ``mode="http"``: ``http_sources`` (one → that
    source, several → their median needing ``min_sources`` answers within
    ``max_spread_percent`` of each other); quotes older than ``max_age_seconds`` are refused.
    Invalid values raise InvalidInput (or its subclasses) on construction.
    """

    mode: Literal["fixed", "http"]
    fixed_rates: Mapping[str, Decimal] = field(default_factory=dict)
    fixed_set_at: datetime | None = None
    http_sources: tuple[HttpSourceSpec, ...] = ()
    max_age_seconds: int = 600
    min_sources: int = 1
    max_spread_percent: Decimal = Decimal("5")

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate mode must be 'fixed' or 'http', not {mode!r}"),
                mode=str(self.mode)[:20],
            )
        rates: dict[str, Decimal] = {}
        for code, value in dict(self.fixed_rates).items():
            currency = normalize_currency(code)
            if currency is None:
                raise InvalidCurrency(
                    QT_TRANSLATE_NOOP("errors", "{code!r} is not a three-letter currency code"),
                    code=str(code)[:20],
                )
            rate = _to_decimal(value, f"fixed {currency} rate")
            if rate <= 0:
                raise InvalidAmount(
                    QT_TRANSLATE_NOOP("errors", "fixed {currency} rate must be greater than zero"),
                    currency=currency,
                )
            rates[currency] = rate
        object.__setattr__(self, "fixed_rates", MappingProxyType(rates))
        if self.fixed_set_at is not None and (
            not isinstance(self.fixed_set_at, datetime) or self.fixed_set_at.utcoffset() is None
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "the time fixed rates were set must include a time zone"
                )
            )
        if self.mode == "fixed" and self.fixed_set_at is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "fixed rates need the time they were set")
            )
        sources = tuple(self.http_sources)
        if not all(isinstance(s, HttpSourceSpec) for s in sources):
            raise InvalidInput("http_sources must be HttpSourceSpec values")
        object.__setattr__(self, "http_sources", sources)
        names = [s.name for s in sources]
        if len(set(names)) != len(names):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate source names must differ: {names}"),
                names=", ".join(names),
            )
        if self.mode == "http" and not sources:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "http rate mode needs at least one rate source")
            )
        for what, number, high in (
            ("max_age_seconds", self.max_age_seconds, MAX_AGE_LIMIT_SECONDS),
            ("min_sources", self.min_sources, max(len(sources), 1)),
        ):
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= high:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "{what} must be a whole number from 1 to {high}"),
                    what=what,
                    high=high,
                )
        spread = _to_decimal(self.max_spread_percent, "max_spread_percent")
        if not Decimal(0) <= spread <= Decimal(100):
            raise InvalidAmount(
                QT_TRANSLATE_NOOP("errors", "max_spread_percent must be between 0 and 100")
            )
        object.__setattr__(self, "max_spread_percent", spread)

    def to_json(self) -> str:
        """Compact JSON text; Decimals as strings, times as ISO 8601. Round-trips exactly."""
        doc: dict[str, Any] = {
            "version": SETTINGS_VERSION,
            "mode": self.mode,
            "fixed_rates": {c: str(r) for c, r in sorted(self.fixed_rates.items())},
            "fixed_set_at": self.fixed_set_at.isoformat() if self.fixed_set_at else None,
            "http_sources": [
                {"name": s.name, "base_url": s.base_url, "coin_id": s.coin_id}
                for s in self.http_sources
            ],
            "max_age_seconds": self.max_age_seconds,
            "min_sources": self.min_sources,
            "max_spread_percent": str(self.max_spread_percent),
        }
        return json.dumps(doc, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> RateSettings:
        """Rebuild settings saved by ``to_json``; InvalidInput (one line) if unusable.

        Missing optional keys take their defaults; unknown keys are ignored.
        """
        try:
            doc = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
        except (ValueError, TypeError, RecursionError):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate settings are not valid JSON")
            ) from None
        if not isinstance(doc, dict):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "rate settings must be a JSON object"))
        version = doc.get("version", SETTINGS_VERSION)
        if version != SETTINGS_VERSION:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate settings version {version} is not supported"),
                version=str(version)[:10],
            )
        try:
            set_at_text = doc.get("fixed_set_at")
            set_at = None if set_at_text is None else datetime.fromisoformat(set_at_text)
            rates = doc.get("fixed_rates", {})
            raw_sources = doc.get("http_sources", [])
            if not isinstance(rates, dict) or not isinstance(raw_sources, list):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors", "rate settings: fixed_rates or http_sources has the wrong shape"
                    )
                )
            sources = tuple(HttpSourceSpec(**item) for item in raw_sources)
            kwargs: dict[str, Any] = {
                key: doc[key]
                for key in ("max_age_seconds", "min_sources", "max_spread_percent")
                if key in doc
            }
            return cls(
                mode=doc.get("mode"),  # type: ignore[arg-type]  # checked in __post_init__
                fixed_rates=rates,
                fixed_set_at=set_at,
                http_sources=sources,
                **kwargs,
            )
        except InvalidInput:
            raise
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate settings are malformed ({error})"),
                error=type(exc).__name__,
            ) from None

    def describe(self) -> str:
        """One line for the settings screen and logs, e.g. ``fixed: INR 84.10``."""
        if self.mode == "fixed":
            rates = ", ".join(f"{c} {format_plain(r)}" for c, r in sorted(self.fixed_rates.items()))
            return f"fixed: {rates or 'no rates set'}"
        return f"http: {', '.join(s.name for s in self.http_sources)}"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")
