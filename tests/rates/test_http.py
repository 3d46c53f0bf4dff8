"""HttpRateSource against a real loopback HTTP server (see conftest.py)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from posapp.core.errors import InvalidInput, RateUnavailable
from posapp.rates import HttpRateSource


def source(url: str, **kw: object) -> HttpRateSource:
    kw.setdefault("name", "coingecko")
    return HttpRateSource(url, **kw)  # type: ignore[arg-type]


def refuse(src: HttpRateSource, now: datetime, currency: str = "INR") -> str:
    """The one-line message of the RateUnavailable that ``quote`` must raise."""
    with pytest.raises(RateUnavailable) as info:
        src.quote(currency, now)
    assert type(info.value) is RateUnavailable
    message = str(info.value)
    assert message.startswith(f"{src.name}: ")
    assert "\n" not in message
    return message


def test_good_answer_is_an_exact_decimal_dated_by_the_source(rate_server, now):
    updated = now - timedelta(seconds=42)
    rate_server.price("good", "84.123456789012345678901234567890", updated=updated)
    quote = source(rate_server.url("good")).quote("INR", now)
    assert type(quote.rate) is Decimal
    assert quote.rate == Decimal("84.123456789012345678901234567890")
    assert quote.currency == "INR"
    assert quote.source == "coingecko"
    assert quote.fetched_at == updated


def test_request_asks_for_the_coin_and_currency(rate_server, now):
    rate_server.price("good", coin="usd-coin-test", currency="eur", rate="0.93")
    quote = source(rate_server.url("good") + "/", coin_id="usd-coin-test").quote("eur", now)
    assert quote.currency == "EUR"
    (seen,) = rate_server.requests("good")
    assert seen.path == "/good/simple/price"
    assert seen.query == {
        "ids": ["usd-coin-test"],
        "vs_currencies": ["eur"],
        "include_last_updated_at": ["true"],
    }
    assert seen.headers["accept"] == "application/json"


def test_without_last_updated_at_the_quote_is_dated_now(rate_server, now):
    rate_server.price("good", updated=None)
    assert source(rate_server.url("good")).quote("INR", now).fetched_at == now


def test_quotes_are_cached_per_currency_for_the_ttl(rate_server, now):
    rate_server.reply(
        "good",
        f'{{"usd-coin": {{"inr": 84.1, "eur": 0.93, "last_updated_at": {int(now.timestamp())}}}}}',
    )
    src = source(rate_server.url("good"), cache_ttl=timedelta(seconds=60))
    assert src.cached_quote("INR", now) is None
    first = src.quote("INR", now)
    assert rate_server.count("good") == 1
    assert src.quote("inr", now + timedelta(seconds=59)) == first
    assert src.cached_quote("INR", now + timedelta(seconds=30)) == first
    assert rate_server.count("good") == 1  # neither touched the network
    assert src.quote("EUR", now).rate == Decimal("0.93")
    assert rate_server.count("good") == 2  # another currency is another entry
    later = now + timedelta(seconds=60)
    assert src.cached_quote("INR", later) is None
    src.quote("INR", later)
    assert rate_server.count("good") == 3  # TTL over: asked again


def test_cached_quote_is_dropped_once_stale_even_within_ttl(rate_server, now):
    rate_server.price("good", updated=now - timedelta(minutes=9))
    src = source(rate_server.url("good"), cache_ttl=timedelta(minutes=5))
    src.quote("INR", now)
    assert src.cached_quote("INR", now + timedelta(minutes=2)) is None


def test_a_failed_refresh_keeps_the_last_quote_while_it_is_still_fresh(rate_server, now):
    rate_server.price("flaky", updated=now)
    src = source(rate_server.url("flaky"), max_age=timedelta(minutes=10))
    first = src.quote("INR", now)
    rate_server.reply("flaky", "oops", status=503)
    assert src.quote("INR", now + timedelta(minutes=5)) == first
    assert rate_server.count("flaky") == 2  # it did try again
    message = refuse(src, now + timedelta(minutes=11))
    assert "HTTP 503" in message


T = "__T__"  # replaced by the unix time of ``now``

BAD_ANSWERS = [
    ("zero", 200, f'{{"usd-coin": {{"inr": 0, "last_updated_at": {T}}}}}', "not above zero"),
    ("negative", 200, f'{{"usd-coin": {{"inr": -84.1, "last_updated_at": {T}}}}}', "above zero"),
    ("string", 200, f'{{"usd-coin": {{"inr": "84.1", "last_updated_at": {T}}}}}', "is text"),
    ("null", 200, '{"usd-coin": {"inr": null}}', "is null"),
    ("bool", 200, '{"usd-coin": {"inr": true}}', "is true/false"),
    ("list", 200, '{"usd-coin": {"inr": [84.1]}}', "is a list"),
    ("nan", 200, '{"usd-coin": {"inr": NaN}}', "not a finite number"),
    ("infinity", 200, '{"usd-coin": {"inr": Infinity}}', "not a finite number"),
    ("absurd", 200, '{"usd-coin": {"inr": 8410000}}', "implausible"),
    ("tiny", 200, '{"usd-coin": {"inr": 1e-30}}', "implausible"),
    ("huge exponent", 200, '{"usd-coin": {"inr": 1e999999999}}', "implausible"),
    ("malformed", 200, '{"usd-coin": {"inr": 84.1', "not valid JSON"),
    ("empty", 200, "", "not valid JSON"),
    ("html", 200, "<html>rate limited</html>", "not valid JSON"),
    ("not utf-8", 200, b'{"usd-coin": {"inr": 84.1, "x": "\xff"}}', "not valid JSON"),
    ("too deep", 200, "[" * 50_000, "not valid JSON"),
    ("top-level list", 200, "[84.1]", "no price for coin 'usd-coin'"),
    ("unknown coin", 200, "{}", "no price for coin 'usd-coin'"),
    ("coin not an object", 200, '{"usd-coin": 84.1}', "no price for coin"),
    ("no currency", 200, '{"usd-coin": {"usd": 1.0}}', "no INR price"),
    ("stamp is text", 200, '{"usd-coin": {"inr": 84.1, "last_updated_at": "x"}}', "Unix time"),
    ("stamp negative", 200, '{"usd-coin": {"inr": 84.1, "last_updated_at": -5}}', "Unix time"),
    ("stamp huge", 200, '{"usd-coin": {"inr": 84.1, "last_updated_at": 1e20}}', "Unix time"),
    ("stamp NaN", 200, '{"usd-coin": {"inr": 84.1, "last_updated_at": NaN}}', "Unix time"),
    ("server error", 500, '{"error": "boom"}', "HTTP 500"),
    ("not found", 404, "", "HTTP 404"),
    ("rate limited", 429, '{"status": {"error_code": 429}}', "HTTP 429"),
    ("no content", 204, "", "not valid JSON"),
]


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [case[1:] for case in BAD_ANSWERS],
    ids=[case[0] for case in BAD_ANSWERS],
)
def test_every_bad_answer_is_a_one_line_rate_unavailable(rate_server, now, status, body, expected):
    if isinstance(body, str):
        body = body.replace(T, str(int(now.timestamp())))
    rate_server.reply("bad", body, status=status)
    src = source(rate_server.url("bad"))
    assert expected in refuse(src, now)
    assert src.cached_quote("INR", now) is None  # a refused answer is never cached


def test_a_stale_source_is_refused_with_its_age(rate_server, now):
    rate_server.price("stale", updated=now - timedelta(minutes=11))
    message = refuse(source(rate_server.url("stale"), max_age=timedelta(minutes=10)), now)
    assert "stale" in message
    assert "11 min ago (limit 10 min)" in message


def test_a_quote_dated_in_the_future_is_refused(rate_server, now):
    rate_server.price("future", updated=now + timedelta(minutes=5))
    assert "in the future" in refuse(source(rate_server.url("future")), now)


def test_a_server_that_hangs_times_out(rate_server, now):
    rate_server.reply("hang", '{"usd-coin": {"inr": 84.1}}', hang=10.0)
    src = source(rate_server.url("hang"), timeout=0.3)
    started = time.monotonic()
    message = refuse(src, now)
    assert time.monotonic() - started < 3
    assert "no answer within 0.3 s" in message


def test_a_server_that_trickles_its_answer_hits_the_total_deadline(rate_server, now):
    body = '{"usd-coin": {"inr": 84.1}}' + " " * 200
    rate_server.reply("slow", body, trickle=0.05)  # each byte in time, the whole: 11 s
    src = source(rate_server.url("slow"), timeout=0.4)
    started = time.monotonic()
    message = refuse(src, now)
    assert time.monotonic() - started < 3
    assert "no answer within 0.4 s" in message


@pytest.mark.parametrize("send_length", [True, False])
def test_an_oversized_answer_is_refused(rate_server, now, send_length):
    rate_server.reply("big", '{"usd-coin": {"inr": 84.1}}' + " " * 70_000, send_length=send_length)
    assert "too large" in refuse(source(rate_server.url("big")), now)


def test_redirects_are_not_followed(rate_server, now):
    rate_server.price("good")
    target = rate_server.url("good") + "/simple/price"
    rate_server.reply("moved", status=302, headers={"Location": target})
    assert "HTTP 302" in refuse(source(rate_server.url("moved")), now)
    assert rate_server.count("good") == 0


def test_connection_refused(refused_url, now):
    assert "cannot connect" in refuse(source(refused_url), now)


def test_the_api_key_is_sent_but_never_shown(rate_server, now):
    secret = "CG-s3cr3t-key-value"
    rate_server.reply("keyed", '{"error": "invalid key"}', status=401)
    src = source(rate_server.url("keyed"), api_key_header=("x-cg-pro-api-key", secret))
    message = refuse(src, now)
    assert (rate_server.requests("keyed")[0]).headers["x-cg-pro-api-key"] == secret
    assert secret not in message
    assert secret not in repr(src)


def test_a_shared_client_is_used_and_left_open(rate_server, now):
    rate_server.price("good")
    with httpx.Client(headers={"X-Shop": "42"}) as client:
        src = source(rate_server.url("good"), client=client)
        src.quote("INR", now)
        src.close()
        assert not client.is_closed
    assert rate_server.requests("good")[0].headers["x-shop"] == "42"


def test_a_closed_source_refuses(rate_server, now):
    rate_server.price("good")
    src = source(rate_server.url("good"))
    src.close()
    src.close()  # idempotent
    assert "closed" in refuse(src, now)
    assert rate_server.count("good") == 0


@pytest.mark.parametrize("currency", ["", "IN", "INRR", "I1R", "₹"])
def test_a_bad_currency_code_is_refused_without_a_request(rate_server, now, currency):
    rate_server.price("good")
    src = source(rate_server.url("good"))
    assert "not a currency code" in refuse(src, now, currency)
    assert src.cached_quote(currency, now) is None
    assert rate_server.count("good") == 0


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/api",
        "example.com/api",
        "https://example.com/api?x_cg_demo_api_key=SECRET",
        "https://user:SECRET@example.com/api",
        "https:///api",
    ],
)
def test_unusable_base_urls_are_refused_without_echoing_them(url):
    with pytest.raises(InvalidInput) as info:
        HttpRateSource(url, name="coingecko")
    assert "SECRET" not in str(info.value)


@pytest.mark.parametrize(
    "kw",
    [
        {"name": "two words"},
        {"name": ""},
        {"coin_id": ""},
        {"coin_id": "usd coin"},
        {"timeout": 0},
        {"timeout": -1.0},
        {"max_age": timedelta(0)},
        {"cache_ttl": timedelta(seconds=-1)},
        {"api_key_header": ("x-key", "")},
    ],
)
def test_bad_configuration_is_refused(kw):
    kw = {"name": "coingecko", **kw}
    with pytest.raises(InvalidInput):
        HttpRateSource("https://api.example.com/v3", **kw)


def test_a_naive_now_is_a_caller_bug(rate_server):
    rate_server.price("good")
    with pytest.raises(ValueError, match="timezone-aware"):
        source(rate_server.url("good")).quote("INR", datetime(2024, 11, 1, 12, 0))


def test_quote_dates_are_utc(rate_server, now):
    rate_server.price("good")
    assert source(rate_server.url("good")).quote("INR", now).fetched_at.tzinfo is UTC
