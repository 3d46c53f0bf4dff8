"""Quotes from a CoinGecko-style ``/simple/price`` HTTP API, cached per currency.

Request::

    GET {base_url}/simple/price?ids=usd-coin&vs_currencies=inr&include_last_updated_at=true

Answer::

    {"usd-coin": {"inr": 84.1, "last_updated_at": 1700000000}}

Numbers are parsed straight to ``Decimal`` (never float). Every failure becomes a one-line
``RateUnavailable`` naming the source; no other exception type escapes ``quote`` except
``ValueError`` for a naive ``now`` (a caller bug). API keys never appear in messages.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import NoReturn
from urllib.parse import urlsplit

import httpx

from posapp.core.errors import InvalidInput, RateUnavailable
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import RateQuote
from posapp.rates.base import check_source_name, normalize_currency, require_aware
from posapp.rates.quote_validation import validate_quote

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 64 * 1024
"""A price answer is a few dozen bytes; anything past this is refused unread."""

_MAX_UNIX_TIME = Decimal(253402300799)  # 9999-12-31T23:59:59Z
_COIN_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_USER_AGENT = "posapp-rates/1"


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class HttpRateSource:
    """USDC prices from one CoinGecko-compatible server.

    ``quote`` blocks on the network (at most about ``timeout`` seconds, twice that for a
    server that trickles its answer): call it from any non-GUI thread. ``cached_quote``
    never does I/O. Both are safe to call from several threads at once.

    Caching: a good quote is reused for ``cache_ttl`` (measured on the caller's ``now``).
    After that ``quote`` asks the server again; if that fails, the previous quote is still
    returned while it passes validation (younger than ``max_age``), so a brief outage does
    not stop sales. A quote's ``fetched_at`` is the server's ``last_updated_at`` when given,
    so staleness is the data's own age, else the ``now`` of the request.
    """

    def __init__(
        self,
        base_url: str,
        *,
        name: str,
        coin_id: str = "usd-coin",
        max_age: timedelta = timedelta(minutes=10),
        cache_ttl: timedelta = timedelta(seconds=60),
        timeout: float = 5.0,
        client: httpx.Client | None = None,
        api_key_header: tuple[str, str] | None = None,
    ) -> None:
        """Check the configuration (InvalidInput if unusable); opens no connection.

        ``client``: a caller-owned ``httpx.Client`` to share (not closed by ``close``); the
        timeout and no-redirect policy are applied per request either way.
        ``api_key_header``: ``(header name, key)`` sent with every request.
        """
        self.name = check_source_name(name)
        parts = urlsplit(base_url) if isinstance(base_url, str) else None
        if (
            parts is None
            or parts.scheme not in ("http", "https")
            or not parts.hostname
            or parts.query
            or parts.fragment
            or parts.username is not None
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "rate source {name}: base URL must be http(s)://host[/path] with no "
                    "query, fragment or credentials",
                ),
                name=self.name,
            )
        if not isinstance(coin_id, str) or not _COIN_ID_RE.fullmatch(coin_id):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate source {name}: coin id {coin_id!r} is invalid"),
                name=self.name,
                coin_id=str(coin_id)[:40],
            )
        if max_age <= timedelta(0) or cache_ttl < timedelta(0):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rate source {name}: max age and cache time must be positive"
                ),
                name=self.name,
            )
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rate source {name}: timeout must be a positive number"
                ),
                name=self.name,
            )
        if api_key_header is not None and (
            len(api_key_header) != 2 or not api_key_header[0] or not api_key_header[1]
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rate source {name}: API key header needs a name and a key"
                ),
                name=self.name,
            )
        self.base_url = base_url.rstrip("/")
        self.coin_id = coin_id
        self.max_age = max_age
        self.cache_ttl = cache_ttl
        self.timeout = float(timeout)
        self._url = f"{self.base_url}/simple/price"
        self._api_key_header = api_key_header
        self._client = client
        self._owns_client = client is None
        self._closed = False
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[RateQuote, datetime]] = {}

    def __repr__(self) -> str:
        # Never shows the API key.
        return f"HttpRateSource(name={self.name!r}, coin_id={self.coin_id!r})"

    def cached_quote(self, currency: str, now: datetime) -> RateQuote | None:
        """The quote fetched less than ``cache_ttl`` before ``now`` if still valid, else None.

        Never does I/O; any thread (the GUI thread included).
        """
        code = normalize_currency(currency)
        require_aware(now, "now")
        if code is None:
            return None
        with self._lock:
            entry = self._cache.get(code)
        if entry is None:
            return None
        quote, received_at = entry
        if not timedelta(0) <= now - received_at < self.cache_ttl:
            return None
        return self._still_valid(quote, now)

    def quote(self, currency: str, now: datetime) -> RateQuote:
        """A validated quote for ``currency`` at ``now``, from the cache or the server.

        Blocking network I/O: any non-GUI thread. Raises RateUnavailable on every failure
        (ValueError only for a naive ``now``).
        """
        require_aware(now, "now")
        code = normalize_currency(currency)
        if code is None:
            raise RateUnavailable(
                QT_TRANSLATE_NOOP("errors", "{name}: {currency!r} is not a currency code"),
                name=self.name,
                currency=str(currency)[:20],
            )
        hit = self.cached_quote(code, now)
        if hit is not None:
            return hit
        try:
            fresh = self._fetch(code, now)
        except RateUnavailable as exc:
            with self._lock:
                entry = self._cache.get(code)
            previous = self._still_valid(entry[0], now) if entry is not None else None
            if previous is None:
                raise
            log.warning("%s; using the quote from %s", exc, previous.fetched_at.isoformat())
            return previous
        with self._lock:
            self._cache[code] = (fresh, now)
        return fresh

    def close(self) -> None:
        """Close the owned HTTP client (idempotent); later quotes raise RateUnavailable."""
        with self._lock:
            self._closed = True
            client, self._client = self._client, None
        if client is not None and self._owns_client:
            client.close()

    def _still_valid(self, quote: RateQuote, now: datetime) -> RateQuote | None:
        try:
            return validate_quote(quote, now, max_age=self.max_age)
        except RateUnavailable:
            return None

    def _fail(self, reason: str) -> NoReturn:
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{name}: {reason}"), name=self.name, reason=reason
        )

    def _get_client(self) -> httpx.Client:
        with self._lock:
            if self._closed:
                self._fail("rate source is closed")
            if self._client is None:
                self._client = httpx.Client(
                    timeout=httpx.Timeout(self.timeout),
                    follow_redirects=False,
                    headers={"User-Agent": _USER_AGENT},
                )
            return self._client

    def _fetch(self, currency: str, now: datetime) -> RateQuote:
        """One request, fully validated. Runs on the caller's (non-GUI) thread."""
        reason: str
        cause: Exception
        try:
            body = self._download(currency)
            return self._parse(body, currency, now)
        except RateUnavailable:
            raise
        except httpx.TimeoutException as exc:
            reason, cause = f"no answer within {self.timeout:g} s", exc
        except httpx.ConnectError as exc:
            reason, cause = "cannot connect to the rate server", exc
        except httpx.TransportError as exc:
            reason, cause = f"network error ({type(exc).__name__})", exc
        except Exception as exc:  # the contract: nothing but RateUnavailable escapes
            reason, cause = f"unexpected error ({type(exc).__name__})", exc
        raise RateUnavailable(
            QT_TRANSLATE_NOOP("errors", "{name}: {reason}"), name=self.name, reason=reason
        ) from cause

    def _download(self, currency: str) -> bytes:
        params = {
            "ids": self.coin_id,
            "vs_currencies": currency.lower(),
            "include_last_updated_at": "true",
        }
        headers = {"Accept": "application/json"}
        if self._api_key_header is not None:
            headers[self._api_key_header[0]] = self._api_key_header[1]
        client = self._get_client()
        deadline = time.monotonic() + self.timeout
        with client.stream(
            "GET",
            self._url,
            params=params,
            headers=headers,
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
        ) as response:
            status = response.status_code
            if not 200 <= status < 300:
                self._fail(f"rate server answered HTTP {status}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > MAX_RESPONSE_BYTES:
                self._fail("rate server's answer is too large")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_RESPONSE_BYTES:
                    self._fail("rate server's answer is too large")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total deadline passed")
            return bytes(body)

    def _parse(self, body: bytes, currency: str, now: datetime) -> RateQuote:
        try:
            data = json.loads(
                body.decode("utf-8"),
                parse_float=Decimal,
                parse_int=Decimal,
                parse_constant=Decimal,
            )
        except (UnicodeDecodeError, ValueError, RecursionError):
            self._fail("rate server's answer is not valid JSON")
        coin = data.get(self.coin_id) if isinstance(data, dict) else None
        if not isinstance(coin, dict):
            self._fail(f"answer has no price for coin {self.coin_id!r}")
        key = currency.lower()
        if key not in coin:
            self._fail(f"answer has no {currency} price (currency not supported?)")
        rate = coin[key]
        if not isinstance(rate, Decimal):
            self._fail(f"{currency} price is {_json_kind(rate)}, not a number")
        fetched_at = now
        if "last_updated_at" in coin:
            stamp = coin["last_updated_at"]
            if (
                not isinstance(stamp, Decimal)
                or not stamp.is_finite()
                or not Decimal(0) <= stamp <= _MAX_UNIX_TIME
            ):
                self._fail("answer's last_updated_at is not a Unix time")
            fetched_at = datetime.fromtimestamp(int(stamp), UTC)
        quote = RateQuote(currency=currency, rate=rate, source=self.name, fetched_at=fetched_at)
        return validate_quote(quote, now, max_age=self.max_age)
