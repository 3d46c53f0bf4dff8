"""Delivery against a loopback receiver that verifies with the official standardwebhooks."""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backends import fail
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from posapp.core.errors import PosappError, SecretStoreUnavailable
from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.webhooks import admin
from posapp.webhooks.delivery import AttemptResult, WebhookDeliverer, endpoint_problem
from posapp.webhooks.secret_store import SecretStore
from posapp.webhooks.signing import generate_secret, signature_header, verify
from tests.support.clock import MovableClock as FakeClock
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import stored_bytes
from tests.support.webhook_receiver import Received, Receiver

SECRET = generate_secret()
AddEvents = Callable[..., list[str]]


@pytest.fixture
def verified_receiver(receiver: Receiver) -> Receiver:
    receiver.secrets = [SECRET]
    return receiver


@pytest.fixture
def make_deliverer(db: Database) -> Iterator[Callable[..., WebhookDeliverer]]:
    made: list[WebhookDeliverer] = []

    def make(url: str | None, **kwargs: object) -> WebhookDeliverer:
        kwargs.setdefault("secrets", lambda _now: (SECRET,))
        kwargs.setdefault("rng", random.Random(1))
        database = kwargs.pop("database", db)
        deliverer = WebhookDeliverer(database, endpoint_url=lambda: url, **kwargs)  # type: ignore[arg-type]
        made.append(deliverer)
        return deliverer

    yield make
    for deliverer in made:
        deliverer.close()


def events(db: Database) -> dict[str, repo.WebhookEvent]:
    with db.read() as s:
        return {e.id: e for e in repo.list_events(s, limit=100_000)}


def attempts(db: Database, event_id: str) -> list[repo.WebhookAttempt]:
    with db.read() as s:
        return repo.attempts_for(s, event_id)


def later(hours: float = 1) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def test_every_request_is_signed_and_accepted_by_the_official_verifier(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    ids = add_events(db, 5)
    before = int(time.time())
    assert make_deliverer(verified_receiver.url, concurrency=1).deliver_due() == 5
    got = verified_receiver.requests
    assert [r.webhook_id for r in got] == ids  # oldest first
    stored = events(db)
    for request in got:
        assert request.verified, request.error
        assert request.headers["content-type"] == "application/json"
        assert request.body == stored[request.webhook_id].payload.encode()
        assert before - 1 <= int(request.headers["webhook-timestamp"]) <= time.time() + 1
        assert request.headers["webhook-signature"].startswith("v1,")
        assert request.path == "/hook"
    for event_id in ids:
        assert stored[event_id].status == "delivered" and stored[event_id].delivered_at
        (attempt,) = attempts(db, event_id)
        assert (attempt.status_code, attempt.response_excerpt, attempt.error) == (200, "ok", "")
    assert make_deliverer(verified_receiver.url).deliver_due() == 0


def test_requests_overlap_but_never_two_of_one_session(
    db: Database, verified_receiver: Receiver, make_deliverer
) -> None:
    lock = threading.Lock()
    inflight: Counter[str] = Counter()
    overlap = {"max": 0, "same_session": 0}

    def slow(request: Received) -> tuple[int, dict[str, str], bytes]:
        sid = json.loads(request.body)["data"]["session_id"]
        with lock:
            inflight[sid] += 1
            overlap["max"] = max(overlap["max"], sum(inflight.values()))
            overlap["same_session"] = max(overlap["same_session"], inflight[sid])
        time.sleep(0.05)
        with lock:
            inflight[sid] -= 1
        return 200, {}, b""

    verified_receiver.respond = slow
    now = datetime.now(UTC)
    order: dict[str, list[str]] = {"pay_a": [], "pay_b": [], "pay_c": [], "pay_d": []}
    with db.write() as s:
        for i in range(12):
            sid = ("pay_a", "pay_a", "pay_a", "pay_b", "pay_c", "pay_d")[i % 6]
            payload = {"type": "payment.partial", "timestamp": "t", "data": {"session_id": sid}}
            order[sid].append(repo.enqueue(s, payload, session_id=sid, now=now))
    assert make_deliverer(verified_receiver.url, concurrency=4).deliver_due() == 12
    assert overlap["same_session"] == 1
    assert 1 < overlap["max"] <= 4
    arrived = verified_receiver.ids()
    for ids in order.values():
        assert [i for i in arrived if i in ids] == ids


def test_the_official_verifier_rejects_tampering(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    add_events(db, 1)
    make_deliverer(verified_receiver.url).deliver_due()
    (request,) = verified_receiver.requests
    hook = Webhook(SECRET)
    hook.verify(request.body, request.headers)
    ts = int(request.headers["webhook-timestamp"])
    tampered = [
        (request.body + b" ", request.headers),
        (request.body.replace(b"webhook.test", b"webhook.tost"), request.headers),
        (request.body, {**request.headers, "webhook-timestamp": str(ts + 1)}),
        (request.body, {**request.headers, "webhook-id": "msg_other"}),
        (request.body, {**request.headers, "webhook-signature": "v1,AAAA"}),
    ]
    old = ts - 600  # correctly signed, but too old
    old_sig = signature_header([SECRET], request.webhook_id, old, request.body)
    tampered.append(
        (
            request.body,
            {**request.headers, "webhook-timestamp": str(old), "webhook-signature": old_sig},
        )
    )
    for body, headers in tampered:
        with pytest.raises(WebhookVerificationError):
            hook.verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(request.body, request.headers)


def test_500_then_success_retries_with_the_same_webhook_id(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    answers = iter([(500, {}, b"boom"), (502, {}, b"bad gateway")])
    verified_receiver.respond = lambda _r: next(answers, (204, {}, b""))
    (eid,) = add_events(db, 1)
    deliverer = make_deliverer(verified_receiver.url)
    seen: list[AttemptResult] = []
    deliverer.add_observer(seen.append)
    assert deliverer.deliver_due() == 1
    event = events(db)[eid]
    assert (event.status, event.attempts, event.last_error) == ("pending", 1, "HTTP 500")
    assert event.next_attempt_at is not None
    assert timedelta(seconds=2) < event.next_attempt_at - datetime.now(UTC) <= timedelta(seconds=5)
    assert deliverer.deliver_due() == 0  # not due yet
    deliverer.deliver_due(later())
    deliverer.deliver_due(later(2))
    assert events(db)[eid].status == "delivered"
    assert verified_receiver.ids() == [eid, eid, eid]
    assert all(r.verified for r in verified_receiver.requests)
    assert [a.status_code for a in attempts(db, eid)] == [500, 502, 204]
    assert [a.response_excerpt for a in attempts(db, eid)] == ["boom", "bad gateway", ""]
    assert [(r.outcome, r.status_code, r.delivered) for r in seen] == [
        ("retry", 500, False),
        ("retry", 502, False),
        ("delivered", 204, True),
    ]


def test_410_disables_the_endpoint_until_the_url_is_saved_again(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    verified_receiver.respond = lambda _r: (410, {}, b"gone")
    first = add_events(db, 3)
    deliverer = make_deliverer(verified_receiver.url, concurrency=1)
    assert deliverer.deliver_due() == 1  # stops at the 410
    second = add_events(db, 1)
    assert deliverer.deliver_due(later()) == 0
    assert verified_receiver.ids() == [first[0]]
    state = admin.endpoint_state(db)
    assert state.disabled and "410" in state.reason
    assert all(e.status == "pending" for e in events(db).values())
    (attempt,) = attempts(db, first[0])
    assert attempt.status_code == 410 and "410" in attempt.error
    verified_receiver.respond = lambda _r: (200, {}, b"ok")
    admin.reenable_endpoint(db, datetime.now(UTC))
    assert deliverer.deliver_due() == 4
    assert sorted(verified_receiver.ids()) == sorted([first[0], *first, *second])
    assert all(e.status == "delivered" for e in events(db).values())


def test_410_does_not_block_a_different_url(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    verified_receiver.respond = lambda r: (410, {}, b"") if r.path == "/hook" else (200, {}, b"")
    add_events(db, 2)
    assert make_deliverer(verified_receiver.url, concurrency=1).deliver_due() == 1
    assert make_deliverer(verified_receiver.url).deliver_due() == 0
    assert make_deliverer(verified_receiver.url + "/v2").deliver_due() == 2
    assert all(e.status == "delivered" for e in events(db).values())


@pytest.mark.parametrize("header", ["seconds", "http-date"])
def test_retry_after_is_honoured(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents, header: str
) -> None:
    def answer(_r: Received) -> tuple[int, dict[str, str], bytes]:
        when = datetime.now(UTC) + timedelta(seconds=3600)
        value = "3600" if header == "seconds" else format_datetime(when, usegmt=True)
        return 503, {"Retry-After": value}, b"busy"

    verified_receiver.respond = answer
    (eid,) = add_events(db, 1)
    make_deliverer(verified_receiver.url).deliver_due()
    delay = events(db)[eid].next_attempt_at - datetime.now(UTC)  # type: ignore[operator]
    assert timedelta(minutes=59) < delay <= timedelta(hours=1, seconds=1)


def test_redirects_are_not_followed(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    target = verified_receiver.url + "/moved?token=secret-ish"
    verified_receiver.respond = lambda r: (
        (302, {"Location": target}, b"") if r.path == "/hook" else (200, {}, b"")
    )
    (eid,) = add_events(db, 1)
    make_deliverer(verified_receiver.url).deliver_due()
    assert [r.path for r in verified_receiver.requests] == ["/hook"]
    event = events(db)[eid]
    assert event.status == "pending" and event.attempts == 1
    assert "redirect" in event.last_error and "not followed" in event.last_error
    assert "token" not in event.last_error
    assert attempts(db, eid)[0].status_code == 302


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:9/x", True),
        ("http://127.8.9.10/x", True),
        ("http://localhost:8080/x", True),
        ("http://[::1]:8080/x", True),
        ("https://shop.example/x", True),
        ("http://shop.example/x", False),
        ("http://10.0.0.1/x", False),
        ("http://[::2]/x", False),
        ("ftp://shop.example/x", False),
        ("shop.example/x", False),
        ("https://", False),
    ],
)
def test_only_https_or_loopback_http_is_allowed(url: str, allowed: bool) -> None:
    assert (endpoint_problem(url) is None) is allowed


def test_http_to_a_remote_host_fails_the_event_without_any_request(
    db: Database, make_deliverer, add_events: AddEvents, clock: FakeClock
) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    ids = add_events(db, 2, clock.now)
    deliverer = make_deliverer("http://shop.example/hooks?key=abc", client=client, clock=clock)
    assert deliverer.deliver_due() == 2
    assert calls == []
    for event in events(db).values():
        assert event.status == "failed"
        assert "must use https" in event.last_error and "shop.example" in event.last_error
        assert "abc" not in event.last_error
    # once the URL is fixed, replay sends them (https via a mock transport: no network)
    assert admin.replay_since(db, clock.now - timedelta(days=1), clock.now) == 2
    fixed = make_deliverer("https://shop.example/hooks", client=client, clock=clock)
    assert fixed.deliver_due() == 2
    assert [c.headers["webhook-id"] for c in calls] == ids
    assert calls[0].url.scheme == "https"
    assert all(e.status == "delivered" for e in events(db).values())


def test_a_hanging_endpoint_times_out_and_is_retried(
    db: Database, verified_receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    verified_receiver.respond = lambda _r: "hang"
    (eid,) = add_events(db, 1)
    deliverer = make_deliverer(verified_receiver.url, timeout=httpx.Timeout(0.3))
    started = time.monotonic()
    assert deliverer.deliver_due() == 1
    assert time.monotonic() - started < 3
    event = events(db)[eid]
    assert event.status == "pending" and "timed out" in event.last_error
    assert attempts(db, eid)[0].status_code is None
    verified_receiver.release.set()
    verified_receiver.respond = lambda _r: (200, {}, b"")
    deliverer.deliver_due(later())
    assert events(db)[eid].status == "delivered"
    assert verified_receiver.ids() == [eid, eid]


def test_connection_refused_is_retried(
    db: Database, make_deliverer, add_events: AddEvents, receiver: Receiver
) -> None:
    url = receiver.url
    receiver.stop()
    (eid,) = add_events(db, 1)
    make_deliverer(url).deliver_due()
    event = events(db)[eid]
    assert event.status == "pending" and "ConnectError" in event.last_error


def test_dead_letter_after_the_whole_schedule(
    db: Database,
    verified_receiver: Receiver,
    make_deliverer,
    add_events: AddEvents,
    clock: FakeClock,
) -> None:
    verified_receiver.respond = lambda _r: (500, {}, b"")
    (eid,) = add_events(db, 1, clock.now)
    start = clock.now
    deliverer = make_deliverer(verified_receiver.url, clock=clock)
    schedule = deliverer.schedule
    for n in range(schedule.max_attempts):
        assert deliverer.deliver_due() == 1, n
        event = events(db)[eid]
        if event.status == "dead":
            break
        assert event.next_attempt_at is not None
        assert deliverer.deliver_due(event.next_attempt_at - timedelta(seconds=1)) == 0
        clock.now = event.next_attempt_at
    event = events(db)[eid]
    assert (event.status, event.attempts) == ("dead", schedule.max_attempts)
    assert event.next_attempt_at is None
    assert timedelta(days=1.4) < clock.now - start < timedelta(days=3)
    clock.advance(days=30)
    assert deliverer.deliver_due() == 0
    assert verified_receiver.ids() == [eid] * schedule.max_attempts
    assert len(attempts(db, eid)) == schedule.max_attempts
    # manual redeliver: same id, fresh schedule
    verified_receiver.respond = lambda _r: (200, {}, b"")
    assert admin.redeliver(db, eid, clock.now).id == eid
    assert deliverer.deliver_due() == 1
    assert events(db)[eid].status == "delivered"
    assert admin.list_events(db, status="delivered")[0].id == eid


def test_a_new_deliverer_over_the_same_database_resumes(
    database_url: str,
    db: Database,
    verified_receiver: Receiver,
    make_deliverer,
    add_events: AddEvents,
) -> None:
    # the first event is due a second before the rest: the first batch surely holds it (the
    # order of events due at the same instant is the database's choice)
    ids = add_events(db, 1, datetime.now(UTC) - timedelta(seconds=1)) + add_events(db, 29)
    verified_receiver.respond = lambda r: (
        (500, {}, b"") if r.webhook_id == ids[0] else (200, {}, b"")
    )
    first = make_deliverer(verified_receiver.url)
    assert first.deliver_due(limit=10) == 10
    first.close()
    db.dispose()
    reopened = Database(database_url)
    try:
        verified_receiver.respond = lambda _r: (200, {}, b"")
        second = make_deliverer(verified_receiver.url, database=reopened)
        assert second.deliver_due(limit=100) == 20
        assert second.deliver_due(later(), limit=100) == 1  # the one that got a 500
        got = verified_receiver.ids()
        assert sorted(got) == sorted([*ids, ids[0]])
        assert all(e.status == "delivered" for e in events(reopened).values())
    finally:
        reopened.dispose()


def test_rotation_sends_two_signatures_until_the_old_secret_expires(
    tmp_path: Path,
    db: Database,
    receiver: Receiver,
    make_deliverer,
    add_events: AddEvents,
    memory_keyring: MemoryKeyring,
) -> None:
    store = SecretStore(tmp_path / "data", "keyring")
    old = store.set_new(datetime.now(UTC))
    new = store.rotate(datetime.now(UTC))
    add_events(db, 1)
    make_deliverer(receiver.url, secrets=store).deliver_due()
    (request,) = receiver.requests
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    for secret in (old, new):
        Webhook(secret).verify(request.body, request.headers)
    # 25 h later only the new secret signs
    future = datetime.now(UTC) + timedelta(hours=25)
    (eid,) = add_events(db, 1, future)
    make_deliverer(receiver.url, secrets=store, clock=lambda: future).deliver_due()
    request = receiver.requests[-1]
    assert request.webhook_id == eid
    signature = request.headers["webhook-signature"]
    assert len(signature.split(" ")) == 1
    ts = request.headers["webhook-timestamp"]
    verify(new, eid, ts, signature, request.body, now=future.timestamp())
    with pytest.raises(PosappError):
        verify(old, eid, ts, signature, request.body, now=future.timestamp())


def test_nothing_is_sent_or_counted_without_url_secret_or_keyring(
    tmp_path: Path, db: Database, receiver: Receiver, make_deliverer, add_events: AddEvents
) -> None:
    (eid,) = add_events(db, 1)
    assert make_deliverer(None).deliver_due() == 0
    assert make_deliverer(receiver.url, secrets=lambda _now: ()).deliver_due() == 0
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = SecretStore(tmp_path, "keyring")
        assert make_deliverer(receiver.url, secrets=store).deliver_due() == 0
    finally:
        keyring.set_keyring(previous)
    assert receiver.requests == []
    event = events(db)[eid]
    assert (event.status, event.attempts) == ("pending", 0)
    with pytest.raises(TypeError):
        WebhookDeliverer(db, object(), lambda: None)  # type: ignore[arg-type]


def test_the_secret_never_reaches_the_database_logs_or_errors(
    tmp_path: Path,
    db: Database,
    receiver: Receiver,
    make_deliverer,
    add_events: AddEvents,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(tmp_path / "data", "keyring")
    old = store.set_new(datetime.now(UTC))
    secret = store.rotate(datetime.now(UTC))
    receiver.secrets = [secret]
    answers = iter([(500, {}, b"no"), (410, {}, b"gone"), (302, {"Location": "/x"}, b"")])
    receiver.respond = lambda _r: next(answers, (200, {}, b"fine"))
    add_events(db, 3)
    deliverer = make_deliverer(receiver.url, secrets=store)
    deliverer.deliver_due()
    admin.reenable_endpoint(db, datetime.now(UTC))
    deliverer.deliver_due(later())
    deliverer.deliver_due(later(2))
    add_events(db, 1)
    make_deliverer("http://shop.example/", secrets=store).deliver_due()
    add_events(db, 1)
    port = receiver.port
    receiver.stop()
    make_deliverer(f"http://127.0.0.1:{port}/", secrets=store).deliver_due()
    assert receiver.requests and all(r.verified for r in receiver.requests)

    errors: list[str] = []
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable) as info:
        store.get_signing_secrets(datetime.now(UTC))
    errors.append(str(info.value))
    keyring.set_keyring(memory_keyring)
    for bad in (secret + "*", "whsec_" + secret[6:12] + "!" + secret[12:]):
        with pytest.raises(PosappError) as info2:
            signature_header([bad], "msg_x", 1, b"{}")
        errors.append(str(info2.value))
    errors.append(store.describe_backend())
    with db.read() as s:
        errors.extend(e.last_error for e in repo.list_events(s))
    stored = stored_bytes(db)
    db.dispose()
    assert b"webhook.test" in stored  # the check looks at the right bytes
    for value in (secret, old):
        key_b64 = value.removeprefix("whsec_")
        assert key_b64.encode() not in stored
        assert key_b64[:16] not in caplog.text
        for text in errors:
            assert key_b64[:12] not in text
