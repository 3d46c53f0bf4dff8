"""Follow the merchant's ``/payments`` on Horizon: JSON catch-up pages, then SSE, forever.

Everything here is asyncio and runs on one event-loop thread (the watcher's ``QThread`` or
``posapp watch`` / ``posapp sync``). Stop it with ``task.cancel()`` from that thread, or
``loop.call_soon_threadsafe(task.cancel)`` from another one; ``run()`` then ends within
milliseconds and closes the HTTP client when it created it.

The reader never stores a cursor. It hands each record to a ``RecordSink`` whose ``apply``
persists the record's effects *and* the new cursor in one database transaction, and it
re-reads ``sink.load_cursor()`` before every (re)connect. So a crash at any point loses
nothing and, because the operation id is unique in the database, re-delivery is harmless.

Flow (docs/design.md "Horizon facts"):

    ================= =====================================================================
    step              what happens
    ================= =====================================================================
    first start       no stored cursor → cursor = paging token of the latest payment
                      (``order=desc&limit=1``) or ``"0"``; never ``cursor=now``. It is
                      handed to the sink as a record-less ``ReceivedRecord`` so it persists.
    catch-up          ``GET …/payments?cursor=c&order=asc&limit=200&join=transactions``,
                      one ``apply`` per page until a short page (state CATCHING_UP)
    live              same URL as ``text/event-stream`` with ``Last-Event-ID`` (state LIVE
                      once Horizon says ``hello``); each record → ``apply`` of one
    ``byebye``        reconnect the stream from the persisted cursor: at once after a
                      stream that delivered records or lived ``min_stream_seconds``;
                      after a pause (``stream_pause`` s, doubling up to
                      ``stream_pause_cap``) while streams close early with nothing new
    silence           no event for ``stall_timeout`` s (Horizon sends no keep-alives) →
                      reconnect; httpx's read timeout (``read_timeout``) backs it up
    429 / 5xx / net   RECONNECTING, OFFLINE after 3 failures in a row; full-jitter backoff,
                      at least ``Retry-After``
    404, account      the account exists but Horizon holds no payment of it yet (new
    without history   account, trimmed history): LIVE, look again every
                      ``NO_HISTORY_POLL_SECONDS``
    other 4xx         OFFLINE with the reason; retry every ``backoff_cap`` seconds
    ================= =====================================================================

A record that is not JSON or fails ``parse_payment_record`` is logged (logger
``posapp.stellar.horizon``) and still handed over, with ``error`` set and no records, so the
cursor moves past it. Whatever ``sink`` raises propagates out of ``run()`` unchanged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx
from httpx_sse import EventSource, ServerSentEvent

from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.core.errors import HorizonError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.records import PaymentRecord
from posapp.stellar.backoff import Backoff, StreamPacer, retry_after_seconds
from posapp.stellar.horizon_records import MalformedRecord, paging_token_of, parse_payment_record

log = logging.getLogger("posapp.stellar.horizon")

OFFLINE_AFTER_FAILURES = 3
"""Consecutive failed attempts after which the state turns from RECONNECTING to OFFLINE."""
MAX_RETRY_AFTER = 600.0
"""A ``Retry-After`` longer than this (seconds) is shortened to it."""
WARN_AFTER_SHORT_STREAMS = 3
NO_HISTORY_POLL_SECONDS = 2.0
"""How often to look again at an account that exists but has no payment on Horizon yet."""
NO_HISTORY_DETAIL = "no payment on this account yet; looking every 2 s"
"""Early stream closes in a row after which a warning says Horizon keeps closing streams."""
_TOKEN = re.compile(r"[0-9]{1,40}")
_ACCOUNT = re.compile(r"G[A-Z2-7]{55}")


class HorizonUnavailable(HorizonError):
    """Horizon could not be reached, timed out, or broke the connection (worth retrying)."""

    def __init__(
        self, message: str, /, *, retry_after: float | None = None, **params: object
    ) -> None:
        super().__init__(message, **params)
        self.retry_after = retry_after


class HorizonStatusError(HorizonError):
    """Horizon answered with an HTTP error status (``retry_after`` from its header).

    ``permanent`` is True for a 4xx other than 429 (retrying soon will not help).
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        /,
        *,
        retry_after: float | None = None,
        **params: object,
    ):
        super().__init__(message, **params)
        self.status_code = status_code
        self.retry_after = retry_after

    @property
    def permanent(self) -> bool:
        """True when retrying at the usual pace is pointless (a 4xx other than 429)."""
        return 400 <= self.status_code < 500 and self.status_code != 429


@dataclass(frozen=True, slots=True)
class ReceivedRecord:
    """One Horizon record as handed to the sink; crosses threads safely.

    ``paging_token`` is the new cursor once this record is applied. ``records`` holds what
    the record means (0..n credits/debits). ``error`` is set when the record was unusable;
    then ``records`` is empty but the cursor still moves. No records and no error is a
    record that moves nothing (e.g. ``account_merge``) or the first-start cursor marker.
    """

    paging_token: str
    records: tuple[PaymentRecord, ...] = ()
    error: str | None = None


class RecordSink(Protocol):
    """Where the reader delivers records; every method is called on the reader's loop thread.

    Methods are synchronous and should be quick (one short DB transaction).
    """

    def load_cursor(self) -> str | None:
        """The persisted paging token, or None before the very first start."""
        ...

    def apply(self, batch: Sequence[ReceivedRecord]) -> None:
        """Apply every record and persist ``batch[-1].paging_token``, in one transaction."""
        ...

    def state_changed(self, status: ConnectionStatus) -> None:
        """The connection state (or its detail) changed."""
        ...


class _SinkFailed(Exception):
    """Carries an exception raised by the sink past the reader's own error handling."""

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        self.original = original


class _Stalled(Exception):
    """A live stream went silent or broke; reconnect at once."""


@dataclass(frozen=True, slots=True)
class _StreamEnded:
    """How a stream that Horizon closed with ``byebye`` went."""

    lifetime: float
    new_records: int


class HorizonReader:
    """Reads one account's payments from one Horizon server (see the module docstring).

    All methods run on the caller's asyncio loop thread; one reader serves one loop.
    ``rng`` (a ``random.Random``) makes the backoff jitter reproducible in tests.
    """

    def __init__(
        self,
        horizon_url: str,
        account: str,
        *,
        client: httpx.AsyncClient | None = None,
        page_limit: int = 200,
        read_timeout: float = 65.0,
        stall_timeout: float = 75.0,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        stream_pause: float = 1.0,
        stream_pause_cap: float = 30.0,
        min_stream_seconds: float = 2.0,
        rng: random.Random | None = None,
    ) -> None:
        if not _ACCOUNT.fullmatch(account):
            raise ValueError(f"{account[:60]!r} is not a G… account id")
        if not 1 <= page_limit <= 200:
            raise ValueError("page_limit must be between 1 and 200 (Horizon's maximum)")
        self.horizon_url = horizon_url.rstrip("/")
        self.account = account
        self.page_limit = page_limit
        self.stall_timeout = stall_timeout
        self.backoff_cap = backoff_cap
        self._payments_url = f"{self.horizon_url}/accounts/{account}/payments"
        self._client = client
        self._owns_client = client is None
        self._stream_timeout = httpx.Timeout(10.0, read=read_timeout)
        self._page_timeout = httpx.Timeout(10.0, read=min(read_timeout, 30.0))
        self._backoff = Backoff(backoff_base, backoff_cap, rng)
        self._pacer = StreamPacer(stream_pause, stream_pause_cap, min_stream_seconds, rng)
        self._last_status: tuple[ConnectionState, str] | None = None

    # ----------------------------------------------------------------- client lifetime

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self._stream_timeout, headers={"User-Agent": "posapp"}
            )
        return self._client

    async def aclose(self) -> None:
        """Close the HTTP client if this reader created it (idempotent); loop thread."""
        if self._owns_client and self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def __aenter__(self) -> HorizonReader:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # ----------------------------------------------------------------- one-shot requests

    async def fetch_page(
        self, cursor: str | None, order: str = "asc", limit: int | None = None
    ) -> list[dict[str, Any]]:
        """One JSON page of the account's payments (with ``join=transactions``); loop thread.

        ``cursor`` None means from the start (asc) or the newest (desc). Returns the raw
        records in Horizon's order. Raises ``HorizonStatusError`` for an HTTP error status,
        ``HorizonUnavailable`` for network trouble, ``HorizonError`` for a body that is not
        a Horizon page.
        """
        params: dict[str, str] = {}
        if cursor is not None:
            params["cursor"] = cursor
        params["order"] = order
        params["limit"] = str(limit or self.page_limit)
        params["join"] = "transactions"
        try:
            response = await self._get_client().get(
                self._payments_url,
                params=params,
                headers={"Accept": "application/hal+json, application/json"},
                timeout=self._page_timeout,
            )
        except httpx.HTTPError as exc:
            raise _transport_failure(self.horizon_url, exc) from exc
        if response.status_code != 200:
            raise self._status_error(response.status_code, response.headers, response.content)
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            raise HorizonError(
                QT_TRANSLATE_NOOP("errors", "Horizon sent a payments page that is not JSON")
            ) from None
        records = body.get("_embedded", {}) if isinstance(body, dict) else None
        records = records.get("records") if isinstance(records, dict) else None
        if not isinstance(records, list):
            raise HorizonError(
                QT_TRANSLATE_NOOP(
                    "errors", "Horizon sent a payments page without _embedded.records"
                )
            )
        return records

    async def latest_paging_token(self) -> str | None:
        """Paging token of the account's newest payment, None when it has none; loop thread."""
        page = await self.fetch_page(None, "desc", 1)
        if not page:
            return None
        token = paging_token_of(page[0])
        if token is None:
            raise HorizonError(
                QT_TRANSLATE_NOOP(
                    "errors", "Horizon's newest payment record has no usable paging_token"
                )
            )
        return token

    async def catch_up(self, sink: RecordSink) -> int:
        """Apply every page after the stored cursor, then return (``posapp sync``); loop thread.

        No stream, no retries, no state reports: a ``HorizonError`` propagates. Returns how
        many Horizon records were applied (including unusable ones stepped over).
        """
        try:
            cursor = await self._starting_cursor(sink)
            return await self._catch_up_pages(sink, cursor, report=False)
        except _SinkFailed as failed:
            raise failed.original from None

    # ----------------------------------------------------------------- the watcher

    async def run(self, sink: RecordSink) -> None:
        """Follow the account until cancelled; loop thread (see the module docstring).

        Never returns normally. Errors from Horizon are retried forever; an exception
        raised by ``sink`` propagates. On exit the client is closed if the reader made it.
        """
        need_catch_up = True
        try:
            self._report(sink, ConnectionState.STARTING)
            while True:
                try:
                    if need_catch_up:
                        cursor = await self._starting_cursor(sink)
                        await self._catch_up_pages(sink, cursor, report=True)
                    ended = await self._stream(sink)
                    need_catch_up = False  # byebye: back to the stream, paced
                    await self._pause_after_close(ended)
                except _Stalled as exc:
                    log.warning("%s; reconnecting", exc)
                    self._report(sink, ConnectionState.RECONNECTING, str(exc))
                    need_catch_up = True
                except HorizonError as exc:
                    need_catch_up = True
                    await self._wait_after_failure(sink, exc)
        except _SinkFailed as failed:
            raise failed.original from None
        finally:
            self._last_status = None
            try:
                sink.state_changed(ConnectionStatus(ConnectionState.STOPPED, datetime.now(UTC)))
            except Exception:
                log.exception("sink.state_changed(STOPPED) failed")
            await self.aclose()

    # ----------------------------------------------------------------- internals

    async def account_exists(self) -> bool:
        """Whether Horizon answers 200 for the account itself; False on any error. Loop
        thread."""
        try:
            response = await self._get_client().get(
                f"{self.horizon_url}/accounts/{self.account}", timeout=self._page_timeout
            )
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    async def _wait_after_failure(self, sink: RecordSink, exc: HorizonError) -> None:
        if (
            isinstance(exc, HorizonStatusError)
            and exc.status_code == 404
            and await self.account_exists()
        ):
            self._backoff.reset()
            self._report(sink, ConnectionState.LIVE, NO_HISTORY_DETAIL)
            await asyncio.sleep(NO_HISTORY_POLL_SECONDS)
            return
        if isinstance(exc, HorizonStatusError) and exc.permanent:
            self._backoff.failures += 1
            delay = self.backoff_cap
            state = ConnectionState.OFFLINE
        else:
            retry_after = getattr(exc, "retry_after", None)
            if retry_after is not None:
                retry_after = min(retry_after, MAX_RETRY_AFTER)
            delay = self._backoff.next_delay(retry_after)
            failing = self._backoff.failures >= OFFLINE_AFTER_FAILURES
            state = ConnectionState.OFFLINE if failing else ConnectionState.RECONNECTING
        log.warning("%s; retrying in %.1f s (failure %d)", exc, delay, self._backoff.failures)
        self._report(sink, state, str(exc))
        await asyncio.sleep(delay)

    async def _pause_after_close(self, ended: _StreamEnded) -> None:
        """Wait before the next stream when this one closed early with nothing new."""
        delay = self._pacer.after_close(ended.lifetime, ended.new_records)
        if not delay:
            return
        level = logging.DEBUG
        if self._pacer.short_streams == WARN_AFTER_SHORT_STREAMS:
            level = logging.WARNING
        log.log(
            level,
            "Horizon keeps closing the stream early (after %.1f s, %d times in a row); "
            "reconnecting in %.1f s",
            ended.lifetime, self._pacer.short_streams, delay,
        )  # fmt: skip
        await asyncio.sleep(delay)

    async def _starting_cursor(self, sink: RecordSink) -> str:
        cursor = self._load_cursor(sink)
        if cursor is None:
            cursor = await self.latest_paging_token() or "0"
            log.info("first start: following %s from paging token %s", self.account, cursor)
            self._apply(sink, [ReceivedRecord(cursor)])
        return cursor

    async def _catch_up_pages(self, sink: RecordSink, cursor: str, *, report: bool) -> int:
        applied = 0
        while True:
            page = await self.fetch_page(cursor, "asc", self.page_limit)
            if report:
                self._report(sink, ConnectionState.CATCHING_UP)
            batch: list[ReceivedRecord] = []
            for raw in page:
                token = paging_token_of(raw)
                if token is None:
                    log.error("skipped a catch-up record without a usable paging_token")
                    continue
                if int(token) <= int(cursor):
                    continue  # re-delivered or out of order: already applied
                batch.append(_receive(token, raw))
                cursor = token
            if batch:
                self._apply(sink, batch)
                applied += len(batch)
            if len(page) < self.page_limit:
                return applied
            if not batch:
                raise HorizonError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Horizon returned a full page with nothing after the cursor"
                    )
                )

    async def _stream(self, sink: RecordSink) -> _StreamEnded:
        """One SSE connection: returns after ``byebye`` (how long it lived, how many new
        records it brought), raises on anything else."""
        cursor = self._load_cursor(sink) or "0"
        params = {
            "cursor": cursor,
            "order": "asc",
            "limit": str(self.page_limit),
            "join": "transactions",
        }
        headers = {
            "Accept": "text/event-stream",
            "Cache-Control": "no-cache",
            "Last-Event-ID": cursor,
        }
        loop = asyncio.get_running_loop()
        started = loop.time()
        new_records = 0
        opened = False
        try:
            async with asyncio.timeout(self.stall_timeout) as watchdog:
                async with self._get_client().stream(
                    "GET",
                    self._payments_url,
                    params=params,
                    headers=headers,
                    timeout=self._stream_timeout,
                ) as response:
                    if response.status_code != 200:
                        body = await response.aread()
                        raise self._status_error(response.status_code, response.headers, body)
                    async for event in EventSource(response).aiter_sse():
                        watchdog.reschedule(None)  # the sink's own time does not count
                        if event.event == "open":
                            if not opened:
                                opened = True
                                self._backoff.reset()
                                self._report(sink, ConnectionState.LIVE)
                        elif event.event == "close":
                            log.debug("Horizon closed the stream (%s)", event.data)
                            return _StreamEnded(loop.time() - started, new_records)
                        elif event.event == "error":
                            raise HorizonUnavailable(
                                QT_TRANSLATE_NOOP("errors", "Horizon stream error: {data}"),
                                data=event.data[:200],
                            )
                        elif event.event == "message" and (event.data or event.id):
                            if not opened:  # records before hello: the stream works anyway
                                opened = True
                                self._backoff.reset()
                                self._report(sink, ConnectionState.LIVE)
                            token = self._on_stream_record(sink, event, cursor)
                            new_records += token != cursor
                            cursor = token
                        watchdog.reschedule(loop.time() + self.stall_timeout)
        except TimeoutError:
            silence = f"no data from Horizon for {self.stall_timeout:g} s"
            if opened:
                raise _Stalled(silence) from None
            raise HorizonUnavailable(
                QT_TRANSLATE_NOOP("errors", "Horizon accepted the stream but sent {silence}"),
                silence=silence,
            ) from None
        except httpx.ReadTimeout:
            if opened:
                raise _Stalled("the Horizon stream timed out") from None
            raise HorizonUnavailable(
                QT_TRANSLATE_NOOP("errors", "Horizon did not answer the stream request")
            ) from None
        except httpx.HTTPError as exc:
            raise _transport_failure(self.horizon_url, exc) from exc
        raise HorizonUnavailable(
            QT_TRANSLATE_NOOP("errors", "Horizon ended the stream without saying goodbye")
        )

    def _on_stream_record(self, sink: RecordSink, event: ServerSentEvent, cursor: str) -> str:
        try:
            raw: Any = json.loads(event.data)
            bad_json = None
        except (ValueError, RecursionError):
            raw, bad_json = None, "record is not JSON"
        token = event.id or paging_token_of(raw)
        if not token or not _TOKEN.fullmatch(token):
            log.error("skipped a stream event without a usable id (%r)", token and token[:40])
            return cursor
        if int(token) <= int(cursor):
            log.debug("skipped re-delivered record %s", token)
            return cursor
        if bad_json is not None:
            log.error("Horizon record %s: %s; stepping over it", token, bad_json)
            received = ReceivedRecord(token, (), bad_json)
        else:
            received = _receive(token, raw)
        self._apply(sink, [received])
        return token

    def _status_error(self, status: int, headers: httpx.Headers, body: bytes) -> HorizonStatusError:
        retry_after = retry_after_seconds(headers.get("Retry-After"))
        title = _problem_title(body)
        params: dict[str, object] = {"title": title} if title else {}
        if status == 404:
            params["account"] = self.account
            message = (
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Horizon knows no account {account} (HTTP 404): check the address "
                    "and the network, or fund the account with XLM: {title}",
                )
                if title
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "Horizon knows no account {account} (HTTP 404): check the address "
                    "and the network, or fund the account with XLM",
                )
            )
        elif status == 429:
            message = (
                QT_TRANSLATE_NOOP("errors", "Horizon is rate-limiting this app (HTTP 429): {title}")
                if title
                else QT_TRANSLATE_NOOP("errors", "Horizon is rate-limiting this app (HTTP 429)")
            )
        elif status >= 500:
            params["status"] = status
            message = (
                QT_TRANSLATE_NOOP("errors", "Horizon is unavailable (HTTP {status}): {title}")
                if title
                else QT_TRANSLATE_NOOP("errors", "Horizon is unavailable (HTTP {status})")
            )
        else:
            params["status"] = status
            message = (
                QT_TRANSLATE_NOOP("errors", "Horizon refused the request (HTTP {status}): {title}")
                if title
                else QT_TRANSLATE_NOOP("errors", "Horizon refused the request (HTTP {status})")
            )
        return HorizonStatusError(status, message, retry_after=retry_after, **params)

    def _load_cursor(self, sink: RecordSink) -> str | None:
        try:
            cursor = sink.load_cursor()
        except Exception as exc:
            raise _SinkFailed(exc) from exc
        if cursor is not None and not (isinstance(cursor, str) and _TOKEN.fullmatch(cursor)):
            raise ValueError(f"the stored cursor {cursor!r} is not a paging token")
        return cursor

    def _apply(self, sink: RecordSink, batch: Sequence[ReceivedRecord]) -> None:
        try:
            sink.apply(batch)
        except Exception as exc:
            raise _SinkFailed(exc) from exc

    def _report(self, sink: RecordSink, state: ConnectionState, detail: str = "") -> None:
        if self._last_status == (state, detail):
            return
        self._last_status = (state, detail)
        try:
            sink.state_changed(ConnectionStatus(state, datetime.now(UTC), detail))
        except Exception as exc:
            raise _SinkFailed(exc) from exc


def _receive(token: str, raw: object) -> ReceivedRecord:
    """Parse one raw record into what the sink gets; unusable → ``error`` set, no records."""
    try:
        return ReceivedRecord(token, tuple(parse_payment_record(raw)))
    except MalformedRecord as exc:
        log.error("Horizon record %s is malformed (%s); stepping over it", token, exc)
        return ReceivedRecord(token, (), str(exc) or "malformed record")


def _problem_title(body: bytes) -> str:
    """Horizon's problem+json ``title`` (else ``detail``), shortened; "" when there is none."""
    try:
        problem = json.loads(body)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(problem, dict):
        return ""
    text = problem.get("title") or problem.get("detail")
    return text[:200] if isinstance(text, str) else ""


def _transport_failure(horizon_url: str, exc: httpx.HTTPError) -> HorizonUnavailable:
    """The HorizonUnavailable for a transport failure talking to ``horizon_url``."""
    kind = {
        httpx.ConnectError: QT_TRANSLATE_NOOP("errors", "cannot connect to Horizon at {url}"),
        httpx.ConnectTimeout: QT_TRANSLATE_NOOP(
            "errors", "timed out connecting to Horizon at {url}"
        ),
        httpx.ReadTimeout: QT_TRANSLATE_NOOP("errors", "timed out reading from Horizon at {url}"),
        httpx.RemoteProtocolError: QT_TRANSLATE_NOOP(
            "errors", "connection broken by Horizon at {url}"
        ),
    }
    for cls, template in kind.items():
        if type(exc) is cls:
            return HorizonUnavailable(template, url=horizon_url)
    prefix = f"network error talking to Horizon at {horizon_url}: "
    return HorizonUnavailable(
        QT_TRANSLATE_NOOP("errors", "network error talking to Horizon at {url}: {error}"),
        url=horizon_url,
        error=f"{type(exc).__name__} {exc}"[: max(0, 300 - len(prefix))],
    )
