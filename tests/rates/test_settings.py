"""RateSettings (JSON round trip, validation) and build_rate_source."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from posapp.core.errors import InvalidAmount, InvalidCurrency, InvalidInput, RateUnavailable
from posapp.rates import (
    COINGECKO,
    FixedRateSource,
    HttpRateSource,
    HttpSourceSpec,
    MedianRateSource,
    RateSettings,
    RateSource,
    build_rate_source,
)

SET_AT = datetime(2024, 10, 1, 9, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))


def test_fixed_settings_round_trip_with_decimals_as_strings():
    settings = RateSettings(
        mode="fixed",
        fixed_rates={"inr": Decimal("84.10"), "EUR": Decimal("0.9300")},
        fixed_set_at=SET_AT,
    )
    text = settings.to_json()
    doc = json.loads(text)
    assert doc["fixed_rates"] == {"EUR": "0.9300", "INR": "84.10"}
    assert doc["fixed_set_at"] == "2024-10-01T09:30:00+05:30"
    assert doc["max_spread_percent"] == "5"
    back = RateSettings.from_json(text)
    assert back == settings
    assert str(back.fixed_rates["INR"]) == "84.10"
    assert back.fixed_set_at == SET_AT and back.fixed_set_at.utcoffset() == SET_AT.utcoffset()


def test_http_settings_round_trip():
    settings = RateSettings(
        mode="http",
        http_sources=(COINGECKO, HttpSourceSpec("mirror", "http://10.0.0.5:8080/api", "usdc")),
        max_age_seconds=300,
        min_sources=2,
        max_spread_percent=Decimal("2.5"),
    )
    assert RateSettings.from_json(settings.to_json()) == settings
    assert RateSettings.from_json(settings.to_json().encode()) == settings


def test_from_json_fills_defaults_and_reads_numbers_exactly():
    settings = RateSettings.from_json(
        '{"mode": "fixed", "fixed_rates": {"INR": 84.10}, "fixed_set_at": "2024-10-01T04:00:00Z",'
        ' "future_key": 1}'
    )
    assert settings.fixed_rates["INR"] == Decimal("84.10")
    assert type(settings.fixed_rates["INR"]) is Decimal
    assert settings.fixed_set_at == datetime(2024, 10, 1, 4, tzinfo=UTC)
    assert (settings.max_age_seconds, settings.min_sources) == (600, 1)
    assert settings.max_spread_percent == Decimal(5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"mode": "fixed", "fixed_rates": {"INR": NaN}, "fixed_set_at": "2024-10-01T04:00:00Z"}',
        '{"version": 2, "mode": "http", "http_sources": [{"name": "a", "base_url": "https://a"}]}',
        '{"mode": "magic"}',
        '{"mode": "fixed", "fixed_rates": [], "fixed_set_at": "2024-10-01T04:00:00Z"}',
        '{"mode": "fixed", "fixed_set_at": "yesterday"}',
        '{"mode": "fixed", "fixed_set_at": 5}',
        '{"mode": "fixed", "fixed_set_at": "2024-10-01T04:00:00"}',
        '{"mode": "http", "http_sources": [{"name": "a"}]}',
        '{"mode": "http", "http_sources": [{"name": "a", "base_url": "https://a", "x": 1}]}',
        '{"mode": "http", "http_sources": ["a"]}',
        '{"mode": "http", "http_sources": [{"name": "a", "base_url": "https://a"}],'
        ' "max_age_seconds": "600"}',
        '{"mode": "http", "http_sources": [{"name": "a", "base_url": "https://a"}],'
        ' "max_spread_percent": 2.5e1000000000}',
    ],
)
def test_unusable_json_is_refused_with_one_line(text):
    with pytest.raises(InvalidInput) as info:
        RateSettings.from_json(text)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"mode": "fixed"}, InvalidInput),  # no fixed_set_at
        ({"mode": "fixed", "fixed_set_at": SET_AT.replace(tzinfo=None)}, InvalidInput),
        ({"mode": "fixed", "fixed_set_at": SET_AT, "fixed_rates": {"INR": 84.1}}, InvalidAmount),
        ({"mode": "fixed", "fixed_set_at": SET_AT, "fixed_rates": {"INR": "0"}}, InvalidAmount),
        ({"mode": "fixed", "fixed_set_at": SET_AT, "fixed_rates": {"IN": "1"}}, InvalidCurrency),
        ({"mode": "http"}, InvalidInput),  # no sources
        ({"mode": "http", "http_sources": (COINGECKO, COINGECKO)}, InvalidInput),
        ({"mode": "http", "http_sources": (COINGECKO,), "min_sources": 2}, InvalidInput),
        ({"mode": "http", "http_sources": (COINGECKO,), "max_age_seconds": 0}, InvalidInput),
        ({"mode": "http", "http_sources": (COINGECKO,), "max_age_seconds": True}, InvalidInput),
        ({"mode": "http", "http_sources": (COINGECKO,), "max_spread_percent": "101"}, InvalidInput),
        ({"mode": "crypto"}, InvalidInput),
    ],
)
def test_invalid_settings_are_refused(kw, error):
    with pytest.raises(error):
        RateSettings(**kw)


@pytest.mark.parametrize(
    "kw",
    [
        {"name": "has space", "base_url": "https://a"},
        {"name": "a", "base_url": "ftp://a"},
        {"name": "a", "base_url": "https://a", "coin_id": ""},
    ],
)
def test_invalid_source_specs_are_refused(kw):
    with pytest.raises(InvalidInput):
        HttpSourceSpec(**kw)


def test_settings_are_immutable():
    settings = RateSettings(mode="fixed", fixed_rates={"INR": Decimal(84)}, fixed_set_at=SET_AT)
    with pytest.raises(TypeError):
        settings.fixed_rates["INR"] = Decimal(1)  # type: ignore[index]
    with pytest.raises(AttributeError):
        settings.mode = "http"  # type: ignore[misc]


def test_describe():
    settings = RateSettings(mode="fixed", fixed_rates={"INR": Decimal("84.1")}, fixed_set_at=SET_AT)
    assert settings.describe() == "fixed: INR 84.10"
    assert RateSettings(mode="http", http_sources=(COINGECKO,)).describe() == "http: coingecko"


def test_build_fixed(now):
    settings = RateSettings(
        mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=SET_AT
    )
    src = build_rate_source(settings)
    assert isinstance(src, FixedRateSource) and isinstance(src, RateSource)
    quote = src.quote("INR", now)
    assert (quote.rate, quote.source, quote.fetched_at) == (Decimal("84.10"), "fixed", SET_AT)


def test_build_one_http_source_with_its_key(rate_server, now):
    rate_server.price("cg", "84.1", updated=now - timedelta(seconds=90))
    settings = RateSettings(
        mode="http",
        http_sources=(HttpSourceSpec("cg", rate_server.url("cg")),),
        max_age_seconds=60,
    )
    src = build_rate_source(settings, api_keys={"cg": ("x-cg-demo-api-key", "k-123")})
    assert isinstance(src, HttpRateSource)
    with pytest.raises(RateUnavailable, match="stale"):  # max_age_seconds reached the source
        src.quote("INR", now)
    assert rate_server.requests("cg")[0].headers["x-cg-demo-api-key"] == "k-123"
    src.close()


def test_build_several_http_sources_makes_a_median(rate_server, now):
    rate_server.price("a", "84.0")
    rate_server.price("b", "84.4")
    settings = RateSettings(
        mode="http",
        http_sources=(
            HttpSourceSpec("a", rate_server.url("a")),
            HttpSourceSpec("b", rate_server.url("b")),
        ),
        min_sources=2,
        max_spread_percent=Decimal("1"),
    )
    src = build_rate_source(settings)
    assert isinstance(src, MedianRateSource)
    assert (src.min_sources, src.max_spread_percent) == (2, Decimal(1))
    quote = src.quote("INR", now)
    assert (quote.rate, quote.source) == (Decimal("84.2"), "median(a,b)")
    src.close()


def test_build_refuses_a_key_for_an_unknown_source():
    settings = RateSettings(mode="http", http_sources=(COINGECKO,))
    with pytest.raises(InvalidInput, match="unknown rate source typo"):
        build_rate_source(settings, api_keys={"typo": ("x-key", "secret")})
