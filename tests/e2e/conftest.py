"""End-to-end fixtures: a real devnet on loopback, a real data dir and database (SQLite file or
PostgreSQL), the real watcher."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from posapp.devnet.server import Devnet
from posapp.services.context import AppContext, build_context
from posapp.services.detection.watcher import PaymentWatcher
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage.engine import Database

FAST_READER = {"backoff_base": 0.02, "backoff_cap": 0.3, "stall_timeout": 5.0, "read_timeout": 5.0}


@pytest.fixture
def devnet_stream_timeout() -> float:
    """Short payment streams, so the watcher's reconnects happen within a test."""
    return 3.0


@dataclass
class Counter:
    ctx: AppContext
    merchant: str
    devnet: Devnet


@pytest.fixture
def counter(tmp_path: Path, database_url: str, devnet: Devnet) -> Iterator[Counter]:
    merchant = devnet.create_account()
    db = Database(database_url)
    # as `posapp init` does: validate, check the account on Horizon, store the start cursor
    provision(
        tmp_path,
        db,
        ProvisionRequest(
            network="testnet", account=merchant, currency="INR", rate="84.10",
            horizon_url=devnet.url,
        ),
    )  # fmt: skip
    yield Counter(build_context(tmp_path, db), merchant, devnet)
    db.dispose()


class ThreadedWatcher:
    """The payment watcher on its own thread and event loop, as the Qt thread runs it."""

    def __init__(self, make: Callable[[], PaymentWatcher]) -> None:
        self._make = make
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._task = loop.create_task(self._make().run())
        self._ready.set()
        try:
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as exc:
            self.error = exc
        finally:
            loop.close()

    def start(self) -> ThreadedWatcher:
        self._thread.start()
        self._ready.wait(5)
        return self

    def stop(self) -> float:
        """Cancel from this (another) thread; return how long stopping took."""
        began = time.monotonic()
        assert self._loop is not None and self._task is not None
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(5)
        assert not self._thread.is_alive(), "watcher did not stop"
        if self.error is not None:
            raise self.error
        return time.monotonic() - began


@pytest.fixture
def start_watcher(counter: Counter) -> Iterator[Callable[[], ThreadedWatcher]]:
    running: list[ThreadedWatcher] = []

    def start() -> ThreadedWatcher:
        ctx = counter.ctx
        watcher = ThreadedWatcher(
            lambda: PaymentWatcher(ctx.db, ctx.config, ctx.sessions, reader_options=FAST_READER)
        ).start()
        running.append(watcher)
        return watcher

    yield start
    for w in running:
        with contextlib.suppress(AssertionError):
            w.stop()


@pytest.fixture
def watch_context() -> Iterator[Callable[[AppContext], ThreadedWatcher]]:
    """Start the real watcher (own thread and loop) on any app context; stopped at the end."""
    running: list[ThreadedWatcher] = []

    def start(ctx: AppContext) -> ThreadedWatcher:
        watcher = ThreadedWatcher(
            lambda: PaymentWatcher(ctx.db, ctx.config, ctx.sessions, reader_options=FAST_READER)
        ).start()
        running.append(watcher)
        return watcher

    yield start
    for w in running:
        with contextlib.suppress(AssertionError):
            w.stop()
