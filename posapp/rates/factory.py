"""Turns ``RateSettings`` into a working ``RateSource`` (composition helper)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.rates.base import RateSource
from posapp.rates.fixed import FixedRateSource
from posapp.rates.http_source import HttpRateSource
from posapp.rates.median import MedianRateSource
from posapp.rates.settings import RateSettings


def build_rate_source(
    spec: RateSettings,
    *,
    api_keys: Mapping[str, tuple[str, str]] | None = None,
    timeout: float = 5.0,
) -> RateSource:
    """The source ``spec`` describes. Opens no connection; any thread.

    ``fixed`` → ``FixedRateSource``; ``http`` with one source → that ``HttpRateSource``;
    several → a ``MedianRateSource`` over them. ``api_keys`` maps a source name to its
    ``(header name, key)`` (read from the keyring by the caller; never stored in settings).
    The caller owns the result and calls ``close()`` when done.
    """
    if spec.mode == "fixed":
        if spec.fixed_set_at is None:  # RateSettings already refuses this
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "fixed rates need the time they were set")
            )
        return FixedRateSource(spec.fixed_rates, spec.fixed_set_at)
    keys = dict(api_keys or {})
    unknown = sorted(set(keys) - {s.name for s in spec.http_sources})
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "API key given for unknown rate source {keys}"),
            keys=", ".join(unknown),
        )
    sources = [
        HttpRateSource(
            s.base_url,
            name=s.name,
            coin_id=s.coin_id,
            max_age=timedelta(seconds=spec.max_age_seconds),
            timeout=timeout,
            api_key_header=keys.get(s.name),
        )
        for s in spec.http_sources
    ]
    if len(sources) == 1:
        return sources[0]
    return MedianRateSource(
        sources, min_sources=spec.min_sources, max_spread_percent=spec.max_spread_percent
    )
