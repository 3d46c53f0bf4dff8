"""The change feed: a committed status change wakes a listening counter (PostgreSQL
NOTIFY); a rolled-back one does not; SQLite simply waits out the interval."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from sqlalchemy import text

from posapp.storage.change_feed import (
    SessionChangeFeed,
    announce_lease_released,
    announce_session_change,
)
from posapp.storage.engine import Database


def test_a_commit_wakes_the_feed_and_a_rollback_does_not(postgres_url: str) -> None:
    db = Database(postgres_url)
    feed = SessionChangeFeed(db)
    try:
        assert feed.wait(0.05) is False  # opens the listening connection; nothing yet

        class Boom(Exception):
            pass

        try:
            with db.write() as session:
                announce_session_change(session)
                raise Boom
        except Boom:
            pass
        assert feed.wait(0.3) is False

        def commit_later() -> None:
            time.sleep(0.2)
            with db.write() as session:
                announce_session_change(session)

        writer = threading.Thread(target=commit_later)
        writer.start()
        began = time.monotonic()
        assert feed.wait(5.0) is True
        writer.join()
        assert time.monotonic() - began < 4.0  # woken by the commit, not the timeout
    finally:
        feed.close()
        db.dispose()


def test_the_feed_survives_a_dropped_connection(postgres_url: str) -> None:
    db = Database(postgres_url)
    feed = SessionChangeFeed(db)
    try:
        assert feed.wait(0.05) is False
        with db.engine.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query ILIKE 'LISTEN%' AND pid <> pg_backend_pid() "
                    "AND datname = current_database()"
                )
            )
        assert feed.wait(0.1) is False  # the error is absorbed: polling meanwhile
        assert feed.wait(0.05) is False  # reconnected and listening again
        with db.write() as session:
            announce_session_change(session)
        assert feed.wait(5.0) is True
    finally:
        feed.close()
        db.dispose()


def test_sqlite_feed_waits_the_interval(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path}/t.db")
    feed = SessionChangeFeed(db)
    began = datetime.now(UTC)
    assert feed.wait(0.1) is False
    assert (datetime.now(UTC) - began).total_seconds() >= 0.09
    with db.write() as session:
        announce_session_change(session)  # a no-op on SQLite
    feed.close()
    db.dispose()


def test_a_released_lease_is_announced(postgres_url: str) -> None:
    db = Database(postgres_url)
    feed = SessionChangeFeed(db)
    try:
        assert feed.wait(0.05) is False
        with db.write() as session:
            announce_session_change(session)
        assert feed.wait(5.0) is True
        assert feed.take_lease_released() is False  # a session change is not a release
        announce_lease_released(db)
        assert feed.wait(5.0) is True
        assert feed.take_lease_released() is True
        assert feed.take_lease_released() is False  # reported once
    finally:
        feed.close()
        db.dispose()
