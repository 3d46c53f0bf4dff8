"""Webhook outbox rows: written in the caller's transaction, read by the delivery worker.

Event status table:

    ========== ====================================================== ======================
    status     meaning                                                may become
    ========== ====================================================== ======================
    pending    waiting for its next attempt at ``next_attempt_at``    delivered, dead, failed
    delivered  the endpoint answered 2xx                              pending (redeliver)
    dead       every attempt of the retry schedule failed             pending (redeliver,
                                                                      replay)
    failed     not sendable: the endpoint URL is refused (http to a   pending (redeliver,
               non-loopback host, not a URL)                          replay)
    ========== ====================================================== ======================

A 410 from the endpoint does not change event statuses: it sets the ``webhook_disabled``
setting (with a reason and a hash of the URL that answered 410) and events simply wait
(pending) until the URL is saved again (``enable_endpoint``) or changed to another URL.

Every function takes the caller's ``Session`` (from ``Database.read()`` / ``write()``) and
returns frozen dataclasses, never ORM rows; call them on the thread that owns the session.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from posapp.core.errors import WebhookError
from posapp.core.events import new_event_id
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.storage.engine import rows_changed
from posapp.storage.models import WebhookAttemptRow, WebhookEventRow
from posapp.storage.settings_repo import get_setting, set_setting

PENDING = "pending"
DELIVERED = "delivered"
DEAD = "dead"
FAILED = "failed"
STATUSES = (PENDING, DELIVERED, DEAD, FAILED)
REPLAYABLE = (DEAD, FAILED)

DISABLED_SETTING = "webhook_disabled"
DISABLED_REASON_SETTING = "webhook_disabled_reason"
DISABLED_URL_SETTING = "webhook_disabled_url_hash"

EXCERPT_CHARS = 500
RECENT_ATTEMPTS = 1000


class EventNotFound(WebhookError, LookupError):
    """No webhook event with that id."""


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One outbox event as stored. ``payload`` is the exact JSON text that is sent."""

    id: str
    type: str
    session_id: str | None
    payload: str
    status: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_error: str

    @property
    def body(self) -> bytes:
        """The request body: the stored payload's UTF-8 bytes, identical on every retry."""
        return self.payload.encode("utf-8")


@dataclass(frozen=True, slots=True)
class WebhookAttempt:
    """One delivery attempt: ``status_code`` is ``None`` when no HTTP response came back."""

    id: int
    event_id: str
    attempted_at: datetime
    status_code: int | None
    duration_ms: int
    error: str
    response_excerpt: str


@dataclass(frozen=True, slots=True)
class Backlog:
    """Events not delivered yet: ``waiting`` (pending), ``retrying`` (pending after a failed
    attempt), ``given_up`` (dead or failed) and the error of the latest failed attempt of one
    of them (``""`` when none failed)."""

    waiting: int
    retrying: int
    given_up: int
    last_error: str


@dataclass(frozen=True, slots=True)
class EndpointState:
    """Whether a 410 disabled sending, why, and for which URL (``url_fingerprint``)."""

    disabled: bool
    reason: str
    url_fingerprint: str | None


def _event(row: WebhookEventRow) -> WebhookEvent:
    return WebhookEvent(
        id=row.id,
        type=row.type,
        session_id=row.session_id,
        payload=row.payload,
        status=row.status,
        attempts=row.attempts,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        delivered_at=row.delivered_at,
        last_error=row.last_error,
    )


def _attempt(row: WebhookAttemptRow) -> WebhookAttempt:
    return WebhookAttempt(
        id=row.id,
        event_id=row.event_id,
        attempted_at=row.attempted_at,
        status_code=row.status_code,
        duration_ms=row.duration_ms,
        error=row.error,
        response_excerpt=row.response_excerpt,
    )


# ---- writing events (services, in their own transaction) ------------------------------------


def enqueue(
    session: Session, payload: dict[str, Any], *, session_id: str | None, now: datetime
) -> str:
    """Add one event to the outbox inside the caller's transaction; return its ``msg_`` id.

    The body is frozen here (compact JSON) so every retry sends the same bytes.
    """
    return enqueue_many(session, [(payload, session_id)], now)[0]


def enqueue_many(
    session: Session, events: Sequence[tuple[dict[str, Any], str | None]], now: datetime
) -> list[str]:
    """Add several (payload, session id) events in one multi-row INSERT; return their ids."""
    if not events:
        return []
    rows = [
        {
            "id": new_event_id(),
            "type": payload["type"],
            "session_id": session_id,
            "payload": json.dumps(payload, separators=(",", ":"), sort_keys=True),
            "status": PENDING,
            "attempts": 0,
            "created_at": now,
            "next_attempt_at": now,
            "last_error": "",
        }
        for payload, session_id in events
    ]
    # Core INSERT (not session.add): cheap on the detection hot path, no unit-of-work flush.
    session.connection().execute(insert(WebhookEventRow), rows)
    return [row["id"] for row in rows]


# ---- delivery worker -------------------------------------------------------------------------


def due_events(session: Session, now: datetime, limit: int = 50) -> list[WebhookEvent]:
    """Pending events whose ``next_attempt_at`` ≤ ``now``, earliest due first (for events
    never retried that is oldest first). Uses ``ix_webhook_events_status_next``."""
    rows = session.scalars(
        select(WebhookEventRow)
        .where(WebhookEventRow.status == PENDING, WebhookEventRow.next_attempt_at <= now)
        .order_by(WebhookEventRow.next_attempt_at, WebhookEventRow.id)
        .limit(limit)
    )
    return [_event(r) for r in rows]


def claim_due(
    session: Session, now: datetime, lease_until: datetime, limit: int = 50
) -> list[WebhookEvent]:
    """Claim pending events due at ``now`` for this counter, earliest due first (events
    due at the same moment in the order they were made: their ids sort that way).

    The rows are locked ``FOR UPDATE SKIP LOCKED`` (PostgreSQL: counters claiming at the same
    moment get different rows; SQLite's single writer needs no row locks) and their
    ``next_attempt_at`` moves to ``lease_until``, so no other counter takes them until this
    one records an attempt. If this counter dies first, they fall due again when the lease
    ends: a retry with the same event id. The returned events keep their due time as read.
    """
    rows = session.scalars(
        select(WebhookEventRow)
        .where(WebhookEventRow.status == PENDING, WebhookEventRow.next_attempt_at <= now)
        .order_by(WebhookEventRow.next_attempt_at, WebhookEventRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    events = [_event(r) for r in rows]
    if events:
        session.execute(
            update(_EVENTS)
            .where(_EVENTS.c.id.in_([e.id for e in events]))
            .values(next_attempt_at=lease_until)
        )
    return events


def release_claims(session: Session, events: Sequence[WebhookEvent], lease_until: datetime) -> int:
    """Give back claimed events that were not sent: due again at their old time. An event
    someone else moved on meanwhile (redelivered, attempted) is left alone."""
    released = 0
    for event in events:
        result = session.execute(
            update(_EVENTS)
            .where(
                _EVENTS.c.id == event.id,
                _EVENTS.c.status == PENDING,
                _EVENTS.c.attempts == event.attempts,
                _EVENTS.c.next_attempt_at == lease_until,
            )
            .values(next_attempt_at=event.next_attempt_at)
        )
        released += rows_changed(result)
    return released


def next_due_time(session: Session) -> datetime | None:
    """When the earliest pending event becomes due (may be in the past), or ``None``."""
    return session.scalar(
        select(func.min(WebhookEventRow.next_attempt_at)).where(WebhookEventRow.status == PENDING)
    )


# Built once: the delivery thread runs these for every attempt, and constructing statements
# per call cost more CPU than the SQL itself.
_EVENTS = cast(Table, WebhookEventRow.__table__)
_INSERT_ATTEMPT = insert(cast(Table, WebhookAttemptRow.__table__))
_UPDATE_AFTER_ATTEMPT = (
    update(_EVENTS)
    .where(
        _EVENTS.c.id == bindparam("b_id"),
        _EVENTS.c.status == PENDING,
        _EVENTS.c.attempts == bindparam("b_expected"),
    )
    .values(
        status=bindparam("b_status"),
        attempts=bindparam("b_attempts"),
        next_attempt_at=bindparam("b_next"),
        delivered_at=bindparam("b_delivered"),
        last_error=bindparam("b_error"),
    )
)


def record_attempt(
    session: Session,
    event_id: str,
    *,
    expected_attempts: int,
    attempted_at: datetime,
    status_code: int | None,
    duration_ms: int,
    error: str,
    response_excerpt: str,
    new_status: str,
    next_attempt_at: datetime | None,
    delivered_at: datetime | None = None,
) -> bool:
    """Log one attempt and move the event on, inside the caller's (short) transaction.

    The event update is conditional (``status = 'pending' AND attempts = expected_attempts``)
    so a redeliver or replay that happened while the request was in flight wins; returns
    whether the event row changed. The attempt is logged either way.
    """
    if new_status not in STATUSES:
        raise ValueError(f"unknown webhook event status {new_status}")
    session.execute(
        _INSERT_ATTEMPT,
        {
            "event_id": event_id,
            "attempted_at": attempted_at,
            "status_code": status_code,
            "duration_ms": max(0, int(duration_ms)),
            "error": error,
            "response_excerpt": response_excerpt[:EXCERPT_CHARS],
        },
    )
    result = session.execute(
        _UPDATE_AFTER_ATTEMPT,
        {
            "b_id": event_id,
            "b_expected": expected_attempts,
            "b_status": new_status,
            "b_attempts": expected_attempts + 1,
            "b_next": next_attempt_at,
            "b_delivered": delivered_at,
            "b_error": error,
        },
    )
    return bool(rows_changed(result))


# ---- reading (history window, CLI) -----------------------------------------------------------


def get_event(session: Session, event_id: str) -> WebhookEvent:
    """The event with ``event_id``; raises ``EventNotFound``."""
    row = session.get(WebhookEventRow, event_id)
    if row is None:
        raise EventNotFound(
            QT_TRANSLATE_NOOP("errors", "no webhook event {event_id}"), event_id=event_id
        )
    return _event(row)


def list_events(
    session: Session, status: str | None = None, limit: int = 100, *, offset: int = 0
) -> list[WebhookEvent]:
    """Events newest first, optionally only one ``status``."""
    if status is not None and status not in STATUSES:
        raise WebhookError(
            QT_TRANSLATE_NOOP("errors", "unknown webhook status {status!r} (one of {statuses})"),
            status=status,
            statuses=", ".join(STATUSES),
        )
    query = select(WebhookEventRow)
    if status is not None:
        query = query.where(WebhookEventRow.status == status)
    query = query.order_by(WebhookEventRow.created_at.desc(), WebhookEventRow.id.desc())
    return [_event(r) for r in session.scalars(query.limit(limit).offset(offset))]


def attempts_for(session: Session, event_id: str) -> list[WebhookAttempt]:
    """Every attempt of ``event_id``, oldest first."""
    rows = session.scalars(
        select(WebhookAttemptRow)
        .where(WebhookAttemptRow.event_id == event_id)
        .order_by(WebhookAttemptRow.attempted_at, WebhookAttemptRow.id)
    )
    return [_attempt(r) for r in rows]


def count_by_status(session: Session) -> dict[str, int]:
    """How many events are in each status (every status present, zero if none)."""
    counts = dict.fromkeys(STATUSES, 0)
    rows = session.execute(
        select(WebhookEventRow.status, func.count()).group_by(WebhookEventRow.status)
    )
    for status, n in rows:
        counts[status] = n
    return counts


def backlog(session: Session) -> Backlog:
    """What is still to be delivered, for a status indicator. Reads only undelivered rows
    (``ix_webhook_events_status_next``) and, when something failed, at most the newest
    ``RECENT_ATTEMPTS`` attempts: bounded work however long the attempt log grows."""
    ev = WebhookEventRow
    waiting = retrying = given_up = 0
    rows = session.execute(
        select(ev.status, func.count(), func.count().filter(ev.attempts > 0))
        .where(ev.status.in_((PENDING, *REPLAYABLE)))
        .group_by(ev.status)
    )
    for status, n, tried in rows:
        if status == PENDING:
            waiting, retrying = n, tried
        else:
            given_up += n
    last_error = ""
    if retrying or given_up:
        last_error = _latest_error(session)
    return Backlog(waiting, retrying, given_up, last_error)


def _latest_error(session: Session) -> str:
    """The error of the newest failed attempt of an undelivered event among the newest
    ``RECENT_ATTEMPTS`` attempts, else the stored error of any undelivered event."""
    at, ev = WebhookAttemptRow, WebhookEventRow
    newest = session.scalar(select(func.max(at.id)))
    if newest is not None:
        error = session.scalar(
            select(at.error)
            .join(ev, ev.id == at.event_id)
            .where(at.id > newest - RECENT_ATTEMPTS, at.error != "", ev.status != DELIVERED)
            .order_by(at.id.desc())
            .limit(1)
        )
        if error:
            return error
    for status in (PENDING, *REPLAYABLE):  # one indexed status at a time
        error = session.scalar(
            select(ev.last_error)
            .where(ev.status == status, ev.attempts > 0, ev.last_error != "")
            .limit(1)
        )
        if error:
            return error
    return ""


# ---- manual actions --------------------------------------------------------------------------


def redeliver(session: Session, event_id: str, now: datetime) -> WebhookEvent:
    """Send ``event_id`` again from ``now`` with a fresh retry schedule, same id and body.

    Works in any status (a delivered event can be re-sent on request). Raises
    ``EventNotFound``.
    """
    result = session.execute(
        update(WebhookEventRow)
        .where(WebhookEventRow.id == event_id)
        .values(status=PENDING, attempts=0, next_attempt_at=now, delivered_at=None)
        .execution_options(synchronize_session=False)
    )
    if not rows_changed(result):
        raise EventNotFound(
            QT_TRANSLATE_NOOP("errors", "no webhook event {event_id}"), event_id=event_id
        )
    session.expire_all()
    return get_event(session, event_id)


def replay_since(session: Session, since: datetime, now: datetime) -> int:
    """Put every ``dead`` or ``failed`` event created at or after ``since`` back to pending
    (fresh schedule, due ``now``); return how many."""
    result = session.execute(
        update(WebhookEventRow)
        .where(WebhookEventRow.status.in_(REPLAYABLE), WebhookEventRow.created_at >= since)
        .values(status=PENDING, attempts=0, next_attempt_at=now)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


# ---- endpoint disable flag (410 Gone) -------------------------------------------------------


def url_fingerprint(url: str) -> str:
    """A short hash naming an endpoint URL without storing it twice (it may hold a token)."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16]


def endpoint_state(session: Session) -> EndpointState:
    """The 410-disabled flag as stored (whichever URL it was raised for)."""
    disabled = bool(get_setting(session, DISABLED_SETTING, False))
    if not disabled:
        return EndpointState(False, "", None)
    return EndpointState(
        True,
        str(get_setting(session, DISABLED_REASON_SETTING, "") or ""),
        get_setting(session, DISABLED_URL_SETTING) or None,
    )


def disabled_reason(session: Session, url: str) -> str | None:
    """Why sending to ``url`` is disabled, or ``None``. A 410 disables only the URL that
    answered it: configuring a different URL resumes delivery by itself."""
    state = endpoint_state(session)
    if not state.disabled:
        return None
    if state.url_fingerprint is not None and state.url_fingerprint != url_fingerprint(url):
        return None
    return state.reason or "the webhook endpoint answered 410 Gone"


def disable_endpoint(session: Session, url: str, reason: str, now: datetime) -> None:
    """Stop all sending to ``url`` (it answered 410 Gone) until it is enabled again."""
    set_setting(session, DISABLED_SETTING, True, now)
    set_setting(session, DISABLED_REASON_SETTING, reason, now)
    set_setting(session, DISABLED_URL_SETTING, url_fingerprint(url), now)


def enable_endpoint(session: Session, now: datetime) -> None:
    """Clear a 410 disable; call whenever the webhook URL is saved (even unchanged)."""
    set_setting(session, DISABLED_SETTING, False, now)
    set_setting(session, DISABLED_REASON_SETTING, "", now)
    set_setting(session, DISABLED_URL_SETTING, None, now)


@dataclass(frozen=True, slots=True)
class EventWithAttempts:
    """A webhook outbox event of a session with its delivery attempts (oldest first)."""

    id: str
    type: str
    status: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_error: str
    tries: tuple[WebhookAttemptRowData, ...]


@dataclass(frozen=True, slots=True)
class WebhookAttemptRowData:
    """One delivery attempt (``status_code`` None when no HTTP answer came)."""

    attempted_at: datetime
    status_code: int | None
    duration_ms: int
    error: str


def events_of(session: Session, session_id: str) -> list[EventWithAttempts]:
    """The webhook events written for ``session_id`` with their attempts, oldest first."""
    events = session.execute(
        select(
            WebhookEventRow.id,
            WebhookEventRow.type,
            WebhookEventRow.status,
            WebhookEventRow.attempts,
            WebhookEventRow.created_at,
            WebhookEventRow.next_attempt_at,
            WebhookEventRow.delivered_at,
            WebhookEventRow.last_error,
        )
        .where(WebhookEventRow.session_id == session_id)
        .order_by(WebhookEventRow.created_at, WebhookEventRow.id)
    ).all()
    if not events:
        return []
    tries: dict[str, list[WebhookAttemptRowData]] = {e[0]: [] for e in events}
    for event_id, at, code, ms, error in session.execute(
        select(
            WebhookAttemptRow.event_id,
            WebhookAttemptRow.attempted_at,
            WebhookAttemptRow.status_code,
            WebhookAttemptRow.duration_ms,
            WebhookAttemptRow.error,
        )
        .where(WebhookAttemptRow.event_id.in_(list(tries)))
        .order_by(WebhookAttemptRow.attempted_at, WebhookAttemptRow.id)
    ):
        tries[event_id].append(WebhookAttemptRowData(at, code, ms, error))
    return [EventWithAttempts(*e, tries=tuple(tries[e[0]])) for e in events]
