"""HorizonReader against the loopback Horizon in conftest.py (real HTTP and SSE framing)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import random
import socket
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.core.errors import HorizonError
from posapp.stellar.backoff import Backoff, StreamPacer, full_jitter, retry_after_seconds
from posapp.stellar.horizon_reader import (
    HorizonReader,
    HorizonStatusError,
    HorizonUnavailable,
    ReceivedRecord,
)

S = ConnectionState


class MemorySink:
    """The RecordSink a real service implements over the DB, kept in memory."""

    def __init__(self, cursor: str | None = None, fail_on: str | None = None) -> None:
        self.cursor = cursor
        self.fail_on = fail_on
        self.batches: list[list[ReceivedRecord]] = []
        self.statuses: list[ConnectionStatus] = []
        self.loads = 0

    def load_cursor(self) -> str | None:
        self.loads += 1
        return self.cursor

    def apply(self, batch: Sequence[ReceivedRecord]) -> None:
        if any(r.paging_token == self.fail_on for r in batch):
            raise RuntimeError("disk full")
        self.batches.append(list(batch))
        self.cursor = batch[-1].paging_token

    def state_changed(self, status: ConnectionStatus) -> None:
        assert status.since.tzinfo is not None
        self.statuses.append(status)

    @property
    def states(self) -> list[ConnectionState]:
        return [s.state for s in self.statuses]

    @property
    def tokens(self) -> list[str]:
        return [r.paging_token for batch in self.batches for r in batch]


class TopRng(random.Random):
    """Always the top of the jitter range, so delays are predictable."""

    def uniform(self, a: float, b: float) -> float:
        return b


async def until(condition: Callable[[], Any], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def make_reader(horizon: Any, **kwargs: Any) -> HorizonReader:
    options: dict[str, Any] = {
        "page_limit": 2,
        "read_timeout": 5.0,
        "stall_timeout": 5.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
    }
    options.update(kwargs)
    return HorizonReader(horizon.url, horizon.account, **options)


def run(scenario: Callable[[], Any]) -> None:
    asyncio.run(asyncio.wait_for(scenario(), 20))


# ----------------------------------------------------------------- the happy path


def test_catch_up_pages_then_live_stream(horizon: Any, hz: SimpleNamespace) -> None:
    for token in range(101, 106):
        horizon.add_record(hz.payment_record(token, memo=f"memo{token}"))
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        horizon.add_record(hz.payment_record(106, amount="23.7700000"))
        await until(lambda: sink.cursor == "106")
        await stop(task)

    run(scenario)
    assert [[r.paging_token for r in b] for b in sink.batches] == [
        ["101", "102"],
        ["103", "104"],
        ["105"],
        ["106"],
    ]
    live = sink.batches[-1][0].records[0]
    assert str(live.amount) == "23.7700000" and live.destination == hz.MERCHANT
    assert sink.batches[0][0].records[0].memo == "memo101"
    pages = horizon.payment_requests(stream=False)
    assert [p.query["cursor"] for p in pages] == ["100", "102", "104"]
    assert all(p.query["order"] == "asc" and p.query["join"] == "transactions" for p in pages)
    assert all(p.query["limit"] == "2" for p in pages)
    stream = horizon.payment_requests(stream=True)[0]
    assert stream.query["cursor"] == "105" and stream.headers["last-event-id"] == "105"
    assert stream.query["join"] == "transactions"
    assert sink.states[:3] == [S.STARTING, S.CATCHING_UP, S.LIVE]
    assert sink.states[-1] == S.STOPPED


def test_first_start_uses_the_latest_payment_not_now(horizon: Any, hz: SimpleNamespace) -> None:
    for token in (101, 102, 103):
        horizon.add_record(hz.payment_record(token))
    sink = MemorySink(cursor=None)

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        horizon.add_record(hz.payment_record(104))
        await until(lambda: sink.cursor == "104")
        await stop(task)

    run(scenario)
    first = horizon.payment_requests()[0]
    assert (first.query["order"], first.query["limit"]) == ("desc", "1")
    assert "cursor" not in first.query
    assert all(r.query.get("cursor") != "now" for r in horizon.requests)
    # The starting point is persisted through the sink as a record-less marker.
    assert sink.batches[0] == [ReceivedRecord("103")]
    assert sink.tokens == ["103", "104"]


def test_first_start_on_an_account_without_payments_starts_at_zero(
    horizon: Any, hz: SimpleNamespace
) -> None:
    sink = MemorySink(cursor=None)

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        horizon.add_record(hz.payment_record(5))
        await until(lambda: sink.cursor == "5")
        await stop(task)

    run(scenario)
    assert sink.tokens == ["0", "5"]
    assert horizon.payment_requests(stream=True)[0].headers["last-event-id"] == "0"


def test_byebye_reconnects_at_once_from_the_persisted_cursor(
    horizon: Any, hz: SimpleNamespace
) -> None:
    horizon.stream_scripts.append([hz.PREAMBLE, hz.sse_record(hz.payment_record(101)), hz.BYEBYE])
    sink = MemorySink(cursor="100")
    # With backoff the reconnect would take backoff_base = 5 s (TopRng): it must not.
    reader = make_reader(horizon, backoff_base=5.0, backoff_cap=5.0, rng=TopRng())

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2, timeout=3)
        await stop(task)

    run(scenario)
    first, second = horizon.payment_requests(stream=True)
    assert second.headers["last-event-id"] == "101" and second.query["cursor"] == "101"
    assert second.at - first.at < 1.0
    assert sink.tokens == ["101"]
    # No JSON catch-up between the two streams, and the state never left LIVE.
    pages = horizon.payment_requests(stream=False)
    assert all(p.at < first.at for p in pages)
    assert S.RECONNECTING not in sink.states


@pytest.mark.slow
def test_streams_that_close_at_once_are_paced_and_cancel_stays_quick(
    horizon: Any, hz: SimpleNamespace
) -> None:
    # A Horizon (or proxy) that says hello and byebye at once, every time.
    horizon.stream_scripts.extend([hz.PREAMBLE, hz.BYEBYE] for _ in range(2000))
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await asyncio.sleep(5.0)
        await asyncio.wait_for(stop(task), 2.0)  # cancelled mid-pause: ends at once

    run(scenario)
    streams = horizon.payment_requests(stream=True)
    assert 2 <= len(streams) <= 10, len(streams)
    assert S.RECONNECTING not in sink.states and sink.states[-1] == S.STOPPED


def test_streams_full_of_records_reconnect_at_once(horizon: Any, hz: SimpleNamespace) -> None:
    # Catching up over the stream: each closes after `limit` (2) records.
    for first in range(101, 111, 2):
        records = [hz.sse_record(hz.payment_record(t)) for t in (first, first + 1)]
        horizon.stream_scripts.append([hz.PREAMBLE, *records, hz.BYEBYE])
    horizon.stream_scripts.extend([hz.PREAMBLE, hz.BYEBYE] for _ in range(100))
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: sink.cursor == "110", timeout=5)
        await until(lambda: len(horizon.payment_requests(stream=True)) >= 6)
        await stop(task)

    run(scenario)
    assert sink.tokens == [str(t) for t in range(101, 111)]
    times = [r.at for r in horizon.payment_requests(stream=True)[:6]]
    # no pause after a full stream (a pause is at least 1 s)
    assert all(b - a < 1.0 for a, b in itertools.pairwise(times)), times


def test_redelivered_ids_are_skipped(horizon: Any, hz: SimpleNamespace) -> None:
    events = [hz.sse_record(hz.payment_record(t)) for t in (104, 105, 106, 106)]
    horizon.stream_scripts.append([hz.PREAMBLE, *events, hz.HOLD])
    sink = MemorySink(cursor="105")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: sink.cursor == "106")
        await asyncio.sleep(0.1)
        await stop(task)

    run(scenario)
    assert sink.tokens == ["106"]


def test_malformed_events_are_logged_and_stepped_over(
    horizon: Any, hz: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    horizon.stream_scripts.append(
        [
            hz.PREAMBLE,
            hz.sse_record("{not json", token="101"),
            hz.sse_record('{"type": "payment", "paging_token": "102"}', token="102"),
            hz.sse_record(hz.payment_record(103)),
            hz.BYEBYE,
        ]
    )
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2)
        await stop(task)

    with caplog.at_level(logging.ERROR, logger="posapp.stellar.horizon"):
        run(scenario)
    bad_json, bad_record, good = (batch[0] for batch in sink.batches)
    assert (bad_json.paging_token, bad_json.records) == ("101", ())
    assert bad_json.error and "JSON" in bad_json.error
    assert (bad_record.paging_token, bad_record.records) == ("102", ())
    assert bad_record.error
    assert good.error is None and len(good.records) == 1
    assert horizon.payment_requests(stream=True)[1].headers["last-event-id"] == "103"
    logged = [r for r in caplog.records if r.name == "posapp.stellar.horizon"]
    assert any("101" in r.getMessage() for r in logged)
    assert any("102" in r.getMessage() for r in logged)


def test_catch_up_page_with_a_malformed_record_still_moves_the_cursor(
    horizon: Any, hz: SimpleNamespace
) -> None:
    broken = hz.payment_record(102)
    broken["amount"] = 12.5  # a float: refused
    for raw in (hz.payment_record(101), broken, hz.payment_record(103)):
        horizon.add_record(raw)
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        async with make_reader(horizon, page_limit=10) as reader:
            assert await reader.catch_up(sink) == 3

    run(scenario)
    (batch,) = sink.batches
    assert [r.paging_token for r in batch] == ["101", "102", "103"]
    assert batch[1].error and batch[1].records == ()
    assert sink.cursor == "103"
    assert not horizon.payment_requests(stream=True)


# ----------------------------------------------------------------- failures


def test_503_reconnects_then_recovers(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.fail_next(503, {"Retry-After": "0"})
    horizon.fail_next(503, {"Retry-After": "0"})
    horizon.add_record(hz.payment_record(101))
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        await stop(task)

    run(scenario)
    assert sink.states[:4] == [S.STARTING, S.RECONNECTING, S.CATCHING_UP, S.LIVE]
    assert "503" in sink.statuses[1].detail
    assert sink.tokens == ["101"]


def test_three_failures_in_a_row_go_offline(horizon: Any) -> None:
    for _ in range(4):
        horizon.fail_next(500)
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        await stop(task)

    run(scenario)
    assert sink.states[:4] == [S.STARTING, S.RECONNECTING, S.OFFLINE, S.CATCHING_UP]
    assert S.LIVE in sink.states


def test_retry_after_is_honoured(horizon: Any) -> None:
    horizon.fail_next(429, {"Retry-After": "1"})
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        await stop(task)

    run(scenario)
    failed, retried = horizon.payment_requests()[:2]
    assert retried.at - failed.at >= 0.95
    assert "429" in sink.statuses[1].detail


def test_connection_refused_goes_offline_then_recovers(horizon: Any) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        reader = HorizonReader(dead_url, horizon.account, backoff_base=0.01, backoff_cap=0.02)
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: S.OFFLINE in sink.states)
        await stop(task)

    run(scenario)
    assert sink.states[:3] == [S.STARTING, S.RECONNECTING, S.OFFLINE]
    assert "cannot connect" in sink.statuses[1].detail


def test_unknown_account_is_offline_with_a_clear_detail(horizon: Any) -> None:
    body = {"type": "not_found", "title": "Resource Missing", "status": 404}
    horizon.fail_next(404, body=body)
    sink = MemorySink(cursor="100")
    reader = make_reader(horizon, backoff_base=0.01, backoff_cap=0.3, rng=TopRng())

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: S.LIVE in sink.states)
        await stop(task)

    run(scenario)
    offline = sink.statuses[1]
    assert offline.state == S.OFFLINE
    assert horizon.account in offline.detail and "404" in offline.detail
    assert "Resource Missing" in offline.detail
    failed, retried = horizon.payment_requests()[:2]
    assert retried.at - failed.at >= 0.25  # the slow pace (backoff_cap), not the fast one


def test_stream_error_event_reconnects_with_backoff(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.stream_scripts.append([hz.PREAMBLE, "event: error\ndata: database timeout\n\n"])
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2)
        await until(lambda: sink.states[-1] == S.LIVE)
        await stop(task)

    run(scenario)
    reconnecting = next(s for s in sink.statuses if s.state == S.RECONNECTING)
    assert "database timeout" in reconnecting.detail


def test_silence_trips_the_watchdog(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.stream_scripts.append([hz.PREAMBLE, hz.HOLD])
    sink = MemorySink(cursor="100")
    reader = make_reader(horizon, read_timeout=30.0, stall_timeout=0.4)

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2)
        await stop(task)

    run(scenario)
    first, second = horizon.payment_requests(stream=True)
    assert 0.35 <= second.at - first.at < 2.0
    assert S.RECONNECTING in sink.states
    assert "no data" in next(s for s in sink.statuses if s.state == S.RECONNECTING).detail


def test_read_timeout_also_reconnects(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.stream_scripts.append([hz.PREAMBLE, hz.HOLD])
    sink = MemorySink(cursor="100")
    reader = make_reader(horizon, read_timeout=0.3, stall_timeout=30.0)

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2)
        await stop(task)

    run(scenario)
    assert S.RECONNECTING in sink.states


def test_silent_server_before_hello_backs_off(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.stream_scripts.append([hz.HOLD])
    sink = MemorySink(cursor="100")
    reader = make_reader(horizon, stall_timeout=0.3)

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: S.LIVE in sink.states)
        await stop(task)

    run(scenario)
    assert sink.states[:4] == [S.STARTING, S.CATCHING_UP, S.RECONNECTING, S.CATCHING_UP]


# ----------------------------------------------------------------- lifetime


def test_cancel_while_streaming_returns_promptly(horizon: Any) -> None:
    sink = MemorySink(cursor="100")
    reader = make_reader(horizon, read_timeout=65.0, stall_timeout=75.0)

    async def scenario() -> None:
        task = asyncio.create_task(reader.run(sink))
        await until(lambda: S.LIVE in sink.states)
        assert reader._client is not None
        started = time.monotonic()
        await stop(task)
        assert time.monotonic() - started < 1.0
        assert task.cancelled()

    run(scenario)
    assert reader._client is None  # the reader made it, so it closed it
    assert sink.states[-1] == S.STOPPED


def test_cancel_during_backoff_returns_promptly(horizon: Any) -> None:
    horizon.fail_next(503, {"Retry-After": "30"})
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.RECONNECTING in sink.states)
        started = time.monotonic()
        await stop(task)
        assert time.monotonic() - started < 1.0

    run(scenario)


def test_a_client_passed_in_is_left_open(horizon: Any) -> None:
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        async with httpx.AsyncClient() as client:
            reader = HorizonReader(horizon.url, horizon.account, client=client)
            task = asyncio.create_task(reader.run(sink))
            await until(lambda: S.LIVE in sink.states)
            await stop(task)
            assert not client.is_closed

    run(scenario)


def test_sink_exceptions_propagate(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.add_record(hz.payment_record(101))
    sink = MemorySink(cursor="100", fail_on="101")

    async def scenario() -> None:
        reader = make_reader(horizon)
        with pytest.raises(RuntimeError, match="disk full"):
            await reader.run(sink)
        assert reader._client is None

    run(scenario)


def test_sink_exception_while_live_propagates(horizon: Any, hz: SimpleNamespace) -> None:
    sink = MemorySink(cursor="100", fail_on="101")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        horizon.add_record(hz.payment_record(101))
        with pytest.raises(RuntimeError, match="disk full"):
            await task

    run(scenario)


def test_cursor_is_reread_before_every_connect(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.stream_scripts.append([hz.PREAMBLE, 0.3, hz.BYEBYE])
    sink = MemorySink(cursor="100")

    async def scenario() -> None:
        task = asyncio.create_task(make_reader(horizon).run(sink))
        await until(lambda: S.LIVE in sink.states)
        sink.cursor = "150"  # e.g. `posapp sync` ran meanwhile
        await until(lambda: len(horizon.payment_requests(stream=True)) == 2)
        await stop(task)

    run(scenario)
    assert horizon.payment_requests(stream=True)[1].headers["last-event-id"] == "150"


# ----------------------------------------------------------------- one-shot helpers


def test_fetch_page_and_latest_paging_token(horizon: Any, hz: SimpleNamespace) -> None:
    for token in (7, 8, 9):
        horizon.add_record(hz.payment_record(token))

    async def scenario() -> None:
        async with make_reader(horizon) as reader:
            assert await reader.latest_paging_token() == "9"
            page = await reader.fetch_page("7", "asc", 5)
            assert [r["paging_token"] for r in page] == ["8", "9"]
            assert page[0]["transaction"]["hash"]
            horizon.fail_next(500)
            with pytest.raises(HorizonStatusError) as info:
                await reader.fetch_page(None, "asc", 5)
            assert info.value.status_code == 500 and not info.value.permanent

    run(scenario)


def test_latest_paging_token_of_an_empty_account(horizon: Any) -> None:
    async def scenario() -> None:
        async with make_reader(horizon) as reader:
            assert await reader.latest_paging_token() is None

    run(scenario)


def test_catch_up_reports_horizon_errors(horizon: Any) -> None:
    horizon.fail_next(404)

    async def scenario() -> None:
        async with make_reader(horizon) as reader:
            with pytest.raises(HorizonError, match="404"):
                await reader.catch_up(MemorySink(cursor="1"))

    run(scenario)


def test_unreachable_horizon_raises_horizon_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"

    async def scenario() -> None:
        async with HorizonReader(url, "G" + "A" * 55) as reader:
            with pytest.raises(HorizonUnavailable, match="cannot connect"):
                await reader.fetch_page(None)

    run(scenario)


def test_bad_account_is_refused() -> None:
    with pytest.raises(ValueError):
        HorizonReader("http://h", "SAAA")


# ----------------------------------------------------------------- backoff


def test_full_jitter_stays_in_range() -> None:
    rng = random.Random(4)
    for attempt in range(20):
        delay = full_jitter(attempt, base=0.5, cap=30.0, rng=rng)
        assert 0.0 <= delay <= min(30.0, 0.5 * 2**attempt)
    assert full_jitter(200, base=0.5, cap=30.0, rng=TopRng()) == 30.0


def test_backoff_counts_failures_and_honours_retry_after() -> None:
    backoff = Backoff(0.5, 30.0, TopRng())
    assert [backoff.next_delay() for _ in range(8)] == [0.5, 1, 2, 4, 8, 16, 30, 30]
    assert backoff.failures == 8
    backoff.reset()
    assert backoff.next_delay(retry_after=12.0) == 12.0


def test_stream_pacer_pauses_after_early_empty_closes_only() -> None:
    pacer = StreamPacer(pause=1.0, cap=30.0, min_lifetime=2.0, rng=TopRng())
    # closes after `limit` records (catching up) or after a normal life: reopen at once
    assert pacer.after_close(0.05, new_records=200) == 0.0
    assert pacer.after_close(55.0, new_records=0) == 0.0
    # early and empty: at least 1 s, doubling up to the cap
    assert [pacer.after_close(0.01, 0) for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]
    assert pacer.short_streams == 8
    assert pacer.after_close(0.01, new_records=1) == 0.0  # records flow again: reset
    assert pacer.after_close(0.01, 0) == 1.0
    low = StreamPacer(rng=random.Random(3))
    assert all(low.after_close(0.0, 0) >= 1.0 for _ in range(50))


def test_retry_after_seconds() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds(" 0 ") == 0.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds(later, now=now) == 90.0
    earlier = format_datetime(now - timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds(earlier, now=now) == 0.0
    for bad in (None, "", "soon", "-5", "1.5", "Fri, 99 Foo 2026"):
        assert retry_after_seconds(bad) is None


def test_an_account_with_no_payments_yet_is_polled_not_left_offline() -> None:
    """Horizon answers 404 for the payments of an account it holds no history of (a new
    account, or trimmed history) although the account exists: the reader keeps looking
    every couple of seconds, not at its slow pace for unknown accounts."""
    from posapp.devnet import Devnet

    net = Devnet(stream_timeout=3.0)
    net.start()
    try:
        merchant = net.create_account(history=False)
        sink = MemorySink(cursor="0")
        reader = HorizonReader(net.url, merchant, backoff_cap=600.0)

        async def scenario() -> None:
            task = asyncio.create_task(reader.run(sink))
            await until(lambda: len(sink.statuses) >= 2, 10)  # Horizon answered the 404
            paid = net.pay(to=merchant, amount="1.5")
            await until(lambda: paid.paging_token in sink.tokens, 15)
            await stop(task)

        run(scenario)
    finally:
        net.stop()
    assert S.OFFLINE not in sink.states
    waiting = [s for s in sink.statuses if "no payment" in s.detail]
    assert waiting and waiting[0].state == S.LIVE
