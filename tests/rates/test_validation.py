"""validate_quote and the sanity bands."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from posapp.core.errors import RateUnavailable
from posapp.core.session import RateQuote
from posapp.rates import FUTURE_TOLERANCE, GENERIC_BAND, TYPICAL_RATES, sanity_band, validate_quote

MAX_AGE = timedelta(minutes=10)


def q(rate: object, fetched_at: datetime, currency: str = "INR") -> RateQuote:
    return RateQuote(currency=currency, rate=rate, source="src", fetched_at=fetched_at)  # type: ignore[arg-type]


def refused(quote: RateQuote, now: datetime, max_age: timedelta | None = MAX_AGE) -> str:
    with pytest.raises(RateUnavailable) as info:
        validate_quote(quote, now, max_age=max_age)
    message = str(info.value)
    assert message.startswith(f"src: {quote.currency} rate")
    assert "\n" not in message
    return message


def test_a_good_quote_comes_back_unchanged(now):
    quote = q(Decimal("84.10"), now - timedelta(minutes=3))
    assert validate_quote(quote, now, max_age=MAX_AGE) is quote


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (Decimal(0), "0 is not above zero"),
        (Decimal("-0"), "is not above zero"),
        (Decimal("-84.1"), "-84.1 is not above zero"),
        (Decimal("NaN"), "not a finite number"),
        (Decimal("sNaN"), "not a finite number"),
        (Decimal("Infinity"), "not a finite number"),
        (Decimal("-Infinity"), "not a finite number"),
        (84.1, "is a float, not a Decimal"),
        (84, "is a int, not a Decimal"),
        ("84.1", "is a str, not a Decimal"),
    ],
)
def test_unusable_rates_are_refused(now, rate, expected):
    assert expected in refused(q(rate, now), now)


def test_the_age_limit_is_inclusive(now):
    validate_quote(q(Decimal(84), now - MAX_AGE), now, max_age=MAX_AGE)
    message = refused(q(Decimal(84), now - MAX_AGE - timedelta(seconds=1)), now)
    assert "stale: last updated 10 min 1 s ago (limit 10 min)" in message


def test_no_age_limit_means_any_age(now):
    old = q(Decimal(84), now - timedelta(days=400))
    assert validate_quote(old, now, max_age=None) is old
    assert "400 days ago" in refused(old, now, max_age=timedelta(days=1))


def test_up_to_two_minutes_in_the_future_is_tolerated(now):
    assert timedelta(minutes=2) == FUTURE_TOLERANCE
    validate_quote(q(Decimal(84), now + FUTURE_TOLERANCE), now, max_age=MAX_AGE)
    late = q(Decimal(84), now + FUTURE_TOLERANCE + timedelta(seconds=1))
    assert "2 min 1 s in the future (limit 2 min); check this computer's clock" in refused(
        late, now, None
    )


@pytest.mark.parametrize(
    ("currency", "low", "high"),
    [
        ("USD", Decimal("0.2"), Decimal(5)),
        ("INR", Decimal("16.8"), Decimal(420)),
        ("JPY", Decimal(30), Decimal(750)),
        ("EUR", Decimal("0.184"), Decimal("4.6")),
    ],
)
def test_known_currencies_have_a_band_of_five_times_either_way(now, currency, low, high):
    assert sanity_band(currency) == (low, high)
    for ok in (low, high, (low + high) / 2):
        validate_quote(q(ok, now, currency), now, max_age=MAX_AGE)
    for bad in (low - Decimal("0.001"), high + Decimal("0.001")):
        assert "is implausible (expected" in refused(q(bad, now, currency), now)


def test_unknown_currencies_get_the_generic_band(now):
    low, high = GENERIC_BAND
    assert sanity_band("XOF") == (Decimal("0.000001"), Decimal(1_000_000_000))
    validate_quote(q(low, now, "XOF"), now, max_age=MAX_AGE)
    validate_quote(q(high, now, "XOF"), now, max_age=MAX_AGE)
    refused(q(Decimal("0.0000009"), now, "XOF"), now)
    refused(q(Decimal("1000000001"), now, "XOF"), now)


def test_every_typical_rate_sits_inside_its_band_and_is_exact():
    assert {"USD", "EUR", "GBP", "INR", "JPY"} <= set(TYPICAL_RATES)
    for currency, typical in TYPICAL_RATES.items():
        assert isinstance(typical, Decimal)
        low, high = sanity_band(currency)
        assert low < typical < high
        assert high / low == 25


def test_an_absurd_exponent_gives_a_readable_message(now):
    assert "1e+999999999 is implausible" in refused(q(Decimal("1e999999999"), now), now)


def test_naive_datetimes_are_a_caller_bug(now):
    with pytest.raises(ValueError, match="now must be a timezone-aware"):
        validate_quote(q(Decimal(84), now), now.replace(tzinfo=None), max_age=MAX_AGE)
    with pytest.raises(ValueError, match="fetched_at must be a timezone-aware"):
        validate_quote(q(Decimal(84), now.replace(tzinfo=None)), now, max_age=MAX_AGE)
