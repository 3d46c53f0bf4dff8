"""Outbox queries: due order, conditional attempt recording, log, redeliver, replay, 410 flag."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from tests.support.clock import T0


def _record(db: Database, event_id: str, expected: int, status: str, **kw: Any) -> bool:
    with db.write() as s:
        return repo.record_attempt(
            s,
            event_id,
            expected_attempts=expected,
            attempted_at=T0,
            status_code=kw.get("code", 500),
            duration_ms=12,
            error=kw.get("error", "HTTP 500"),
            response_excerpt=kw.get("excerpt", "x" * 900),
            new_status=status,
            next_attempt_at=kw.get("next_at"),
            delivered_at=kw.get("delivered_at"),
        )


def test_due_events_are_pending_and_due_earliest_first(
    db: Database, add_events: Callable[..., list[str]]
) -> None:
    late = add_events(db, 1, T0 + timedelta(seconds=10))
    early = add_events(db, 3, T0)
    with db.read() as s:
        due = repo.due_events(s, T0, limit=10)
        assert [e.id for e in due] == early
        assert repo.next_due_time(s) == T0
        everything = repo.due_events(s, T0 + timedelta(seconds=10), limit=10)
        assert [e.id for e in everything] == [*early, *late]
        assert len(repo.due_events(s, T0 + timedelta(hours=1), limit=2)) == 2
    event = due[0]
    assert dataclasses.is_dataclass(event) and event.status == repo.PENDING
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.status = "x"  # type: ignore[misc]
    assert event.body == event.payload.encode()


def test_record_attempt_is_conditional_and_always_logs(
    db: Database, add_events: Callable[..., list[str]]
) -> None:
    (eid,) = add_events(db, 1, T0)
    nxt = T0 + timedelta(seconds=5)
    assert _record(db, eid, 0, repo.PENDING, next_at=nxt)
    assert not _record(db, eid, 0, repo.DELIVERED, delivered_at=T0)  # stale expectation
    with db.read() as s:
        event = repo.get_event(s, eid)
        attempts = repo.attempts_for(s, eid)
        assert repo.due_events(s, T0, 10) == []
        assert repo.next_due_time(s) == nxt
    assert (event.status, event.attempts, event.next_attempt_at) == (repo.PENDING, 1, nxt)
    assert event.last_error == "HTTP 500"
    assert len(attempts) == 2
    assert len(attempts[0].response_excerpt) == 500
    assert attempts[0].status_code == 500 and attempts[0].duration_ms == 12
    assert _record(db, eid, 1, repo.DELIVERED, code=200, error="", delivered_at=nxt)
    with db.read() as s:
        event = repo.get_event(s, eid)
        assert repo.next_due_time(s) is None
    assert event.status == repo.DELIVERED and event.delivered_at == nxt
    with pytest.raises(ValueError):
        _record(db, eid, 2, "bogus")


def test_list_count_redeliver_and_not_found(
    db: Database, add_events: Callable[..., list[str]]
) -> None:
    first = add_events(db, 2, T0)
    second = add_events(db, 1, T0 + timedelta(minutes=1))
    _record(db, first[0], 0, repo.DELIVERED, code=200, delivered_at=T0)
    with db.read() as s:
        assert repo.list_events(s)[0].id == second[0]
        assert [e.id for e in repo.list_events(s, status=repo.DELIVERED)] == [first[0]]
        assert len(repo.list_events(s, limit=1)) == 1
        assert repo.count_by_status(s) == {"pending": 2, "delivered": 1, "dead": 0, "failed": 0}
        with pytest.raises(repo.WebhookError):
            repo.list_events(s, status="nope")
    later = T0 + timedelta(hours=1)
    with db.write() as s:
        event = repo.redeliver(s, first[0], later)
    assert (event.id, event.status, event.attempts) == (first[0], repo.PENDING, 0)
    assert event.next_attempt_at == later and event.delivered_at is None
    with db.write() as s, pytest.raises(repo.EventNotFound):
        repo.redeliver(s, "msg_nope", later)
    with db.read() as s, pytest.raises(LookupError):
        repo.get_event(s, "msg_nope")


def test_replay_since_requeues_dead_and_failed_only(
    db: Database, add_events: Callable[..., list[str]]
) -> None:
    old = add_events(db, 1, T0 - timedelta(days=3))
    ids = add_events(db, 4, T0)
    _record(db, old[0], 0, repo.DEAD)
    _record(db, ids[0], 0, repo.DEAD)
    _record(db, ids[1], 0, repo.FAILED, code=None)
    _record(db, ids[2], 0, repo.DELIVERED, code=200, delivered_at=T0)
    now = T0 + timedelta(days=1)
    with db.write() as s:
        assert repo.replay_since(s, T0 - timedelta(hours=1), now) == 2
    with db.read() as s:
        assert repo.get_event(s, old[0]).status == repo.DEAD
        replayed = repo.get_event(s, ids[0])
        assert repo.get_event(s, ids[2]).status == repo.DELIVERED
        assert {e.id for e in repo.due_events(s, now, 10)} == {ids[0], ids[1], ids[3]}
    assert (replayed.status, replayed.attempts, replayed.next_attempt_at) == ("pending", 0, now)


def test_410_flag_is_scoped_to_the_url_and_cleared_by_saving_it(db: Database) -> None:
    url = "https://shop.example/hooks?token=abc"
    with db.read() as s:
        assert repo.disabled_reason(s, url) is None
        assert not repo.endpoint_state(s).disabled
    with db.write() as s:
        repo.disable_endpoint(s, url, "gone", T0)
    with db.read() as s:
        assert repo.disabled_reason(s, url) == "gone"
        assert repo.disabled_reason(s, "https://other.example/") is None
        state = repo.endpoint_state(s)
        assert state.disabled and state.reason == "gone"
        assert "abc" not in str(state)
    with db.write() as s:
        repo.enable_endpoint(s, T0)
    with db.read() as s:
        assert repo.disabled_reason(s, url) is None
