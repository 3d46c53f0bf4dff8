"""Delivery health for the counter's indicator: read from the real outbox after real attempts
against a loopback receiver; texts never carry URL paths, queries or secrets."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest

from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.webhooks.delivery import NO_ENDPOINT, WebhookDeliverer
from posapp.webhooks.health import ERROR_CHARS, DeliveryHealth, read_health, scrub
from posapp.webhooks.schedule import RetrySchedule
from posapp.webhooks.signing import generate_secret
from tests.support.webhook_receiver import Receiver

SECRET = generate_secret()
TOKEN = "s3cr3t-path-token"


@pytest.fixture
def deliver(db: Database) -> Iterator[Callable[..., int]]:
    """``deliver(url, **options)``: one delivery pass over the due events; attempts made."""
    made: list[WebhookDeliverer] = []

    def run(url: str, **options: object) -> int:
        deliverer = WebhookDeliverer(
            db, lambda _now: (SECRET,), lambda: url, rng=random.Random(1), **options
        )  # type: ignore[arg-type]
        made.append(deliverer)
        return deliverer.deliver_due()

    yield run
    for deliverer in made:
        deliverer.close()


def test_new_and_delivered_events_are_not_failing(
    db: Database, receiver: Receiver, add_events, deliver
) -> None:
    add_events(db, 2)
    health = read_health(db)
    assert health == DeliveryHealth(2, 0, 0, "")
    assert not health.failing  # new events are not a problem yet
    assert deliver(receiver.url) == 2
    assert read_health(db) == DeliveryHealth(0, 0, 0, "")


def test_a_failing_endpoint_shows_waiting_events_and_the_last_error(
    db: Database, receiver: Receiver, add_events, deliver
) -> None:
    receiver.respond = lambda _r: (500, {}, b"oops")
    add_events(db, 3)
    assert deliver(receiver.url) == 3
    health = read_health(db)
    assert health.failing
    assert (health.waiting, health.retrying, health.given_up) == (3, 3, 0)
    assert health.last_error == "HTTP 500" == health.problem


def test_dead_events_count_as_given_up(
    db: Database, receiver: Receiver, add_events, deliver
) -> None:
    receiver.respond = lambda _r: (503, {}, b"")
    add_events(db, 1)
    deliver(receiver.url, schedule=RetrySchedule((0,)))
    health = read_health(db)
    assert (health.waiting, health.retrying, health.given_up) == (0, 0, 1)
    assert health.failing and health.last_error == "HTTP 503"


def test_a_refused_url_is_failing_without_its_path_or_query(
    db: Database, add_events, deliver
) -> None:
    add_events(db, 2)
    deliver(f"http://backend.example/hooks/{TOKEN}?key={TOKEN}")
    health = read_health(db)
    assert health.given_up == 2 and health.failing
    assert "http://backend.example" in health.last_error
    assert TOKEN not in health.last_error


def test_without_an_endpoint_health_is_off(db: Database, add_events) -> None:
    add_events(db, 2)
    health = read_health(db, NO_ENDPOINT)
    assert health.off and not health.failing and health.waiting == 0


def test_blocked_sending_is_failing_only_with_events_waiting(db: Database, add_events) -> None:
    reason = "no webhook secret set; pending events wait"
    assert not read_health(db, reason).failing
    add_events(db, 1)
    health = read_health(db, reason)
    assert health.failing and health.problem == reason


def test_scrub_keeps_scheme_host_and_port_only_and_hides_secrets() -> None:
    text = (
        f"ConnectError: https://user:pw@shop.example:8443/hook/{TOKEN}?k={TOKEN}). "
        f"signed with {SECRET}"
    )
    clean = scrub(text)
    assert clean == "ConnectError: https://shop.example:8443). signed with whsec_…"
    assert TOKEN not in clean and SECRET not in clean and "pw" not in clean
    assert len(scrub("x" * 1000)) == ERROR_CHARS


def test_an_old_failure_is_still_named_after_many_deliveries(
    db: Database, receiver: Receiver, add_events, deliver, monkeypatch
) -> None:
    """Only the newest attempts are searched; an older failure is still found via its
    event, so the work stays bounded however long the attempt log is."""
    monkeypatch.setattr(repo, "RECENT_ATTEMPTS", 2)
    receiver.respond = lambda _r: (404, {}, b"")
    add_events(db, 1)
    deliver(receiver.url, schedule=RetrySchedule((0,)))
    receiver.respond = lambda _r: (200, {}, b"")
    add_events(db, 3)
    assert deliver(receiver.url) == 3
    health = read_health(db)
    assert (health.waiting, health.given_up) == (0, 1)
    assert health.last_error == "HTTP 404"
