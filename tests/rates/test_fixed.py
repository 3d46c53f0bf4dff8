"""FixedRateSource: owner-set rates."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from posapp.core.errors import InvalidAmount, InvalidCurrency, InvalidInput, RateUnavailable
from posapp.rates import FixedRateSource, RateSource


def test_a_set_rate_is_quoted_exactly_and_dated_when_set(now):
    set_at = now - timedelta(days=30)
    src = FixedRateSource({"inr": Decimal("84.10")}, set_at)
    quote = src.quote(" inr ", now)
    assert quote.currency == "INR"
    assert quote.rate == Decimal("84.10")
    assert str(quote.rate) == "84.10"
    assert quote.source == "fixed"
    assert quote.fetched_at == set_at
    assert src.cached_quote("INR", now) == quote
    assert isinstance(src, RateSource)


def test_an_unknown_currency_is_refused_with_one_clear_line(now):
    src = FixedRateSource({"INR": Decimal("84.10"), "EUR": Decimal("0.93")}, now, name="counter")
    with pytest.raises(RateUnavailable) as info:
        src.quote("GBP", now)
    assert str(info.value) == "counter: no fixed rate set for GBP (set: EUR, INR)"
    assert src.cached_quote("GBP", now) is None


def test_with_no_rates_at_all(now):
    with pytest.raises(RateUnavailable, match=r"^fixed: no fixed rate set for INR \(set: none\)$"):
        FixedRateSource({}, now).quote("INR", now)


def test_a_mistyped_rate_is_caught_by_the_sanity_band(now):
    src = FixedRateSource({"INR": Decimal("8410")}, now)
    with pytest.raises(RateUnavailable, match="implausible"):
        src.quote("INR", now)
    assert src.cached_quote("INR", now) is None


def test_fixed_rates_never_go_stale_unless_asked(now):
    old = now - timedelta(days=365)
    assert FixedRateSource({"INR": Decimal(84)}, old).quote("INR", now).rate == 84
    strict = FixedRateSource({"INR": Decimal(84)}, old, max_age=timedelta(days=7))
    with pytest.raises(RateUnavailable, match="stale"):
        strict.quote("INR", now)


def test_the_rates_cannot_be_changed_behind_its_back(now):
    rates = {"INR": Decimal(84)}
    src = FixedRateSource(rates, now)
    rates["INR"] = Decimal(1)
    assert src.quote("INR", now).rate == 84
    with pytest.raises(TypeError):
        src.rates["INR"] = Decimal(1)  # type: ignore[index]


@pytest.mark.parametrize(
    ("rates", "error"),
    [
        ({"INR": 84.1}, InvalidAmount),
        ({"INR": "84.1"}, InvalidAmount),
        ({"INR": Decimal("NaN")}, InvalidAmount),
        ({"RUPEE": Decimal(84)}, InvalidCurrency),
        ({"": Decimal(84)}, InvalidCurrency),
    ],
)
def test_bad_rates_are_refused_when_built(now, rates, error):
    with pytest.raises(error):
        FixedRateSource(rates, now)


def test_bad_name_or_naive_time_is_refused(now):
    with pytest.raises(InvalidInput):
        FixedRateSource({}, now, name="my shop")
    with pytest.raises(ValueError, match="timezone-aware"):
        FixedRateSource({}, datetime(2024, 1, 1))
