"""Webhook actions for the CLI (``posapp webhooks …``) and the owner's webhook log window.

Each function opens its own short transaction on the calling thread (CLI main thread, or a
background job for the GUI) and returns frozen dataclasses. After a function that makes
events due (``send_test_event``, ``redeliver``, ``replay_since``, ``reenable_endpoint``) the GUI
should call ``WebhookThread.wake()`` so delivery starts at once instead of within 30 s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from posapp.core.endpoints import url_problem_template
from posapp.core.errors import InvalidInput
from posapp.core.events import iso
from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.storage.webhook_repo import EndpointState, WebhookAttempt, WebhookEvent
from posapp.webhooks.delivery import WEBHOOK_ENDPOINT
from posapp.webhooks.secret_store import SecretStore, enable_file_store, open_secret_store

TEST_MESSAGE = "posapp webhook test"


@dataclass(frozen=True, slots=True)
class EventDetail:
    """One event with its attempt log, oldest attempt first."""

    event: WebhookEvent
    attempts: tuple[WebhookAttempt, ...]


def build_test_payload(now: datetime) -> dict[str, object]:
    """The ``webhook.test`` body."""
    return {"type": "webhook.test", "timestamp": iso(now), "data": {"message": TEST_MESSAGE}}


def send_test_event(db: Database, now: datetime) -> str:
    """Enqueue a ``webhook.test`` event (due at once); return its ``msg_`` id."""
    with db.write() as session:
        return repo.enqueue(session, build_test_payload(now), session_id=None, now=now)


def list_events(db: Database, status: str | None = None, limit: int = 100) -> list[WebhookEvent]:
    """The webhook log, newest first, optionally one status (pending/delivered/dead/failed)."""
    with db.read() as session:
        return repo.list_events(session, status=status, limit=limit)


def show_event(db: Database, event_id: str) -> EventDetail:
    """One event and its attempts; raises ``EventNotFound``."""
    with db.read() as session:
        event = repo.get_event(session, event_id)
        return EventDetail(event, tuple(repo.attempts_for(session, event_id)))


def counts(db: Database) -> dict[str, int]:
    """Number of events per status, for a status line."""
    with db.read() as session:
        return repo.count_by_status(session)


def redeliver(db: Database, event_id: str, now: datetime) -> WebhookEvent:
    """Send one event again now (same id and body, fresh retry schedule)."""
    with db.write() as session:
        return repo.redeliver(session, event_id, now)


def replay_since(db: Database, since: datetime, now: datetime) -> int:
    """Re-queue every dead or failed event created since ``since``; return how many."""
    if since.tzinfo is None:
        raise InvalidInput("replay --since needs a date with a time zone (UTC assumed by the CLI)")
    with db.write() as session:
        return repo.replay_since(session, since, now)


def endpoint_state(db: Database) -> EndpointState:
    """Whether a 410 disabled delivery, and why."""
    with db.read() as session:
        return repo.endpoint_state(session)


def reenable_endpoint(db: Database, now: datetime) -> None:
    """Resume delivery after a 410: call whenever the webhook URL is saved (even unchanged).
    Changing to a different URL resumes by itself."""
    with db.write() as session:
        repo.enable_endpoint(session, now)


def check_endpoint_url(url: str) -> str:
    """``url`` stripped if it may receive webhooks (https, or http to loopback); raises
    ``InvalidInput`` with the reason otherwise. For settings validation."""
    url = url.strip()
    problem = url_problem_template(url, WEBHOOK_ENDPOINT)
    if problem:
        template, params = problem
        raise InvalidInput(template, **params)
    return url


def secret_store(db: Database, data_dir: Path | str) -> SecretStore:
    """The secret store this data dir is configured for (keyring unless opted out)."""
    return open_secret_store(db, data_dir)


def use_file_store(db: Database, data_dir: Path | str, now: datetime) -> SecretStore:
    """``posapp webhooks secret --file-store``: keep the secret in a 0600 file from now on."""
    return enable_file_store(db, data_dir, now)
