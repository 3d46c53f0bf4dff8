"""MedianRateSource over fixed sources and real loopback HTTP sources."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest

from posapp.core.errors import InvalidInput, RateUnavailable
from posapp.rates import FixedRateSource, HttpRateSource, MedianRateSource, exact_median


def fixed(name: str, rate: str, set_at, currency: str = "JPY") -> FixedRateSource:
    return FixedRateSource({currency: Decimal(rate)}, set_at, name=name)


def http(server, route: str, rate: str | None, now, **kw) -> HttpRateSource:
    """An HTTP source on ``route`` answering ``rate`` (None: HTTP 500, i.e. down)."""
    if rate is None:
        server.reply(route, '{"error": "down"}', status=500)
    else:
        server.price(route, rate, updated=now - timedelta(seconds=30))
    return HttpRateSource(server.url(route), name=route, **kw)


def refused(src: MedianRateSource, now, currency: str = "INR") -> str:
    with pytest.raises(RateUnavailable) as info:
        src.quote(currency, now)
    message = str(info.value)
    assert message.startswith(f"{src.name}: ")
    assert "\n" not in message
    return message


def test_one_source(rate_server, now):
    src = MedianRateSource([http(rate_server, "coingecko", "84.1", now)])
    quote = src.quote("INR", now)
    assert (quote.rate, quote.source) == (Decimal("84.1"), "median(coingecko)")
    assert quote.fetched_at == now - timedelta(seconds=30)


def test_two_sources_average_exactly(rate_server, now):
    src = MedianRateSource(
        [
            http(rate_server, "coingecko", "84.1000000000000000000000000001", now),
            fixed("other", "84.2", now - timedelta(minutes=1), currency="INR"),
        ]
    )
    assert src.name == "median(coingecko,other)"
    quote = src.quote("INR", now)
    assert quote.rate == Decimal("84.15000000000000000000000000005")  # 31 digits: exact
    assert quote.source == "median(coingecko,other)"
    assert quote.fetched_at == now - timedelta(minutes=1)  # the oldest contributor


def test_two_sources_one_down(rate_server, now):
    sources = [http(rate_server, "up", "84.1", now), http(rate_server, "down", None, now)]
    quote = MedianRateSource(sources).quote("INR", now)
    assert (quote.rate, quote.source) == (Decimal("84.1"), "median(up)")
    message = refused(MedianRateSource(sources, min_sources=2), now)
    assert "1 of 2 sources answered for INR (need 2)" in message
    assert "down: rate server answered HTTP 500" in message


def test_two_sources_that_disagree_are_both_refused(now):
    src = MedianRateSource([fixed("a", "100", now), fixed("b", "120", now)])
    message = refused(src, now, "JPY")
    assert message == "median(a,b): JPY sources disagree by more than 5% (a=100, b=120)"


def test_three_sources_one_outlier_is_dropped(rate_server, now):
    sources = [
        http(rate_server, "a", "84.0", now),
        http(rate_server, "b", "95.0", now),
        http(rate_server, "c", "84.2", now),
    ]
    quote = MedianRateSource(sources).quote("INR", now)
    assert quote.rate == Decimal("84.1")  # median of the two that agree, not 84.2
    assert quote.source == "median(a,c)"


def test_three_sources_one_down(rate_server, now, refused_url):
    sources = [
        http(rate_server, "a", "84.0", now),
        HttpRateSource(refused_url, name="gone"),
        http(rate_server, "c", "84.2", now),
    ]
    quote = MedianRateSource(sources, min_sources=2).quote("INR", now)
    assert (quote.rate, quote.source) == (Decimal("84.1"), "median(a,c)")


def test_three_sources_one_down_one_outlier_cannot_tell_who_is_right(rate_server, now):
    sources = [
        http(rate_server, "a", "84.0", now),
        http(rate_server, "b", None, now),
        http(rate_server, "c", "120", now),
    ]
    assert "INR sources disagree by more than 5% (a=84, c=120)" in refused(
        MedianRateSource(sources), now
    )


def test_all_down_lists_every_reason(rate_server, now, refused_url):
    sources = [http(rate_server, "a", None, now), HttpRateSource(refused_url, name="b")]
    message = refused(MedianRateSource(sources), now)
    assert "0 of 2 sources answered for INR (need 1)" in message
    assert "a: rate server answered HTTP 500; b: cannot connect to the rate server" in message


def test_the_spread_limit_is_exact_and_inclusive(now):
    sources = [fixed("a", "95", now), fixed("b", "105", now)]  # median 100, each exactly 5 % off
    assert MedianRateSource(sources).quote("JPY", now).rate == 100
    refused(MedianRateSource(sources, max_spread_percent=Decimal("4.99")), now, "JPY")


def test_too_few_left_after_dropping_outliers(now):
    sources = [fixed("a", "100", now), fixed("b", "101", now), fixed("c", "150", now)]
    assert MedianRateSource(sources, min_sources=2).quote("JPY", now).source == "median(a,b)"
    assert "disagree" in refused(MedianRateSource(sources, min_sources=3), now, "JPY")


def test_sources_are_asked_in_parallel(rate_server, now):
    with httpx.Client() as client:  # built outside the timed part (SSL setup is slow)
        sources = []
        for route in ("h1", "h2", "h3", "h4"):
            rate_server.reply(route, '{"usd-coin": {"inr": 84.1}}', hang=10.0)
            url = rate_server.url(route)
            sources.append(HttpRateSource(url, name=route, timeout=0.6, client=client))
        started = time.monotonic()
        message = refused(MedianRateSource(sources), now)
        assert time.monotonic() - started < 1.8  # one after the other would take >= 2.4 s
    assert message.count("no answer within 0.6 s") == 4


def test_cached_quote_uses_only_what_the_sources_hold(rate_server, now):
    src = MedianRateSource(
        [http(rate_server, "a", "84.0", now), http(rate_server, "b", "84.2", now)]
    )
    assert src.cached_quote("INR", now) is None
    assert rate_server.count("a") == rate_server.count("b") == 0
    quote = src.quote("INR", now)
    assert src.cached_quote("INR", now + timedelta(seconds=10)) == quote
    assert rate_server.count("a") == rate_server.count("b") == 1
    assert src.cached_quote("INR", now + timedelta(minutes=5)) is None  # past the cache TTL


def test_a_source_answering_the_wrong_currency_is_ignored(now):
    class Confused(FixedRateSource):
        def quote(self, currency, now):
            return super().quote("JPY", now)

    src = MedianRateSource([Confused({"JPY": Decimal(150)}, now, name="confused")])
    assert "confused: answered JPY, not INR" in refused(src, now)


def test_close_closes_every_source(rate_server, now):
    sources = [http(rate_server, "a", "84.0", now), http(rate_server, "b", "84.2", now)]
    MedianRateSource(sources).close()
    for source in sources:
        with pytest.raises(RateUnavailable, match="closed"):
            source.quote("INR", now)


@pytest.mark.parametrize(
    ("names", "kw"),
    [
        ([], {}),
        (["a", "a"], {}),
        (["a", "b"], {"min_sources": 3}),
        (["a"], {"min_sources": 0}),
        (["a"], {"max_spread_percent": Decimal(-1)}),
        (["a"], {"max_spread_percent": 5.0}),
    ],
)
def test_impossible_configurations_are_refused(now, names, kw):
    with pytest.raises(InvalidInput):
        MedianRateSource([fixed(n, "150", now) for n in names], **kw)


@pytest.mark.parametrize(
    ("values", "median"),
    [
        (["3"], "3"),
        (["3", "1", "2"], "2"),
        (["4", "1", "3", "2"], "2.5"),
        (["0.1", "0.2"], "0.15"),
        (["1.0000000000000000000000000001", "2"], "1.50000000000000000000000000005"),
    ],
)
def test_exact_median(values, median):
    assert exact_median([Decimal(v) for v in values]) == Decimal(median)
