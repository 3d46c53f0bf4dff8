"""WebhookThread: delivers in the background, wakes on demand, stops within 2 s."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook

from posapp.core.errors import WebhookError
from posapp.storage.engine import Database
from posapp.storage.webhook_repo import enqueue, redeliver
from posapp.webhooks.delivery import AttemptResult, WebhookDeliverer
from posapp.webhooks.health import DeliveryHealth
from posapp.webhooks.signing import generate_secret
from posapp.workers.webhook_thread import WebhookThread

SECRET = generate_secret()


class _Receiver:
    """Loopback endpoint: 200 for verified requests; ``hang`` makes it never answer."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.status = 200
        self.hang = threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                Webhook(SECRET).verify(body, headers)
                receiver.ids.append(headers["webhook-id"])
                if receiver.hang.is_set():
                    receiver.release.wait(10)
                    return
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    rec = _Receiver()
    yield rec
    rec.close()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def worker(db: Database, receiver: _Receiver) -> Iterator[WebhookThread]:
    deliverer = WebhookDeliverer(db, lambda _now: (SECRET,), lambda: receiver.url)
    thread = WebhookThread(deliverer)
    yield thread
    thread.stop()
    deliverer.close()


def _enqueue(db: Database, n: int) -> list[str]:
    now = datetime.now(UTC)
    with db.write() as s:
        payload = {"type": "webhook.test", "timestamp": now.isoformat(), "data": {}}
        return [enqueue(s, payload, session_id=None, now=now) for _ in range(n)]


def test_delivers_reports_and_stops_quickly(
    qtbot: Any, db: Database, receiver: _Receiver, worker: WebhookThread
) -> None:
    seen: list[tuple[str, int, bool]] = []
    worker.delivery_attempted.connect(lambda *args: seen.append(args))
    ids = _enqueue(db, 3)
    worker.start()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=15000)
    assert sorted(seen) == sorted((i, 200, True) for i in ids)
    assert sorted(receiver.ids) == sorted(ids)
    started = time.monotonic()
    assert worker.stop()
    assert time.monotonic() - started < 2
    assert worker.isFinished()
    assert worker.stop()  # idempotent


def test_wake_delivers_new_events_at_once(
    qtbot: Any, db: Database, receiver: _Receiver, worker: WebhookThread
) -> None:
    worker.start()
    qtbot.wait(300)  # idle: the loop now waits up to 30 s
    ids = _enqueue(db, 2)
    started = time.monotonic()
    worker.wake()
    qtbot.waitUntil(lambda: sorted(receiver.ids) == sorted(ids), timeout=3000)
    assert time.monotonic() - started < 2


def test_stop_is_bounded_while_the_endpoint_hangs(
    qtbot: Any, db: Database, receiver: _Receiver, worker: WebhookThread
) -> None:
    receiver.hang.set()
    _enqueue(db, 1)
    worker.start()
    qtbot.waitUntil(lambda: len(receiver.ids) == 1, timeout=3000)
    started = time.monotonic()
    assert worker.stop()
    assert time.monotonic() - started < 2


def test_stop_before_start_is_harmless(worker: WebhookThread) -> None:
    assert worker.stop()
    assert worker.stop()


def test_thousands_of_signals_do_not_wear_out_true(worker: WebhookThread) -> None:
    """PySide6 6.12.0's emit() drops a reference to True each time (fatal on Python 3.11
    after a few hundred): pyproject excludes it; this fails on a binding that does it."""
    seen = [0]
    worker.delivery_attempted.connect(lambda _i, _c, ok: seen.__setitem__(0, seen[0] + ok))
    result = AttemptResult("msg_x", "delivered", 200, 1, "", None)
    before = sys.getrefcount(True)
    for _ in range(5000):
        worker._on_deliverer_attempted(result)
    assert seen[0] == 5000
    assert abs(sys.getrefcount(True) - before) < 50


def test_a_factory_builds_the_deliverer_on_the_thread_and_health_is_reported(
    qtbot: Any, db: Database, receiver: _Receiver
) -> None:
    """Built on the delivery thread, closed there at the end; health read there and
    emitted only when it changes."""
    built: list[tuple[str, WebhookDeliverer]] = []

    def factory() -> WebhookDeliverer:
        deliverer = WebhookDeliverer(db, lambda _now: (SECRET,), lambda: receiver.url)
        built.append((threading.current_thread().name, deliverer))
        return deliverer

    receiver.status = 500
    threads_before = set(threading.enumerate())
    health: list[DeliveryHealth] = []
    thread = WebhookThread(factory)
    thread.health_changed.connect(health.append)
    ids = _enqueue(db, 2)
    thread.start()
    try:
        qtbot.waitUntil(lambda: bool(health) and health[-1].retrying == 2, timeout=15000)
        assert health[-1] == DeliveryHealth(2, 2, 0, "HTTP 500")
        assert health[-1].failing
        assert sorted(receiver.ids) == sorted(ids)
        assert built and built[0][0] != threading.main_thread().name
        receiver.status = 200
        for event_id in ids:  # as "posapp webhooks redeliver" does
            with db.write() as s:
                redeliver(s, event_id, datetime.now(UTC))
        thread.wake()
        qtbot.waitUntil(lambda: health[-1] == DeliveryHealth(0, 0, 0, ""), timeout=15000)
        assert all(a != b for a, b in pairwise(health))  # only changes are emitted
    finally:
        assert thread.stop()
    http = [t for t in set(threading.enumerate()) - threads_before if t.name == "webhook-http"]
    for t in http:
        t.join(5)
    assert not any(t.is_alive() for t in http), "closing the deliverer ends its workers"


def test_a_factory_that_fails_is_reported_not_silent(qtbot: Any) -> None:
    def factory() -> WebhookDeliverer:
        raise WebhookError("keyring locked for https://backend.example/hook/tok3n")

    thread = WebhookThread(factory)
    with qtbot.waitSignal(thread.health_changed, timeout=5000) as blocker:
        thread.start()
    health = blocker.args[0]
    assert health.failing and health.stopped
    assert health.blocked.startswith("not started: keyring locked")
    assert "tok3n" not in health.blocked
    assert thread.stop() and thread.isFinished()
