"""Telling other counters that sessions changed: PostgreSQL LISTEN/NOTIFY, SQLite polling.

Whoever changes a session's status calls ``announce_session_change`` inside the same write
transaction; PostgreSQL delivers the notification at commit (never for a rollback). Each
counter that does not run detection itself waits on a ``SessionChangeFeed`` and then reads
what changed (``sessions_repo.changed_since``). A notification only says "look now": a lost
one costs at most one polling interval, never a change.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from posapp.storage.engine import Database

log = logging.getLogger("posapp.storage.change_feed")
CHANNEL = "posapp_sessions"
LEASE_RELEASED = "lease-released"
_NOTIFY = text(f"NOTIFY {CHANNEL}")
RECONNECT_CAP_SECONDS = 30.0
"""Longest pause between attempts to reopen a broken listening connection (polling meanwhile)."""


def announce_session_change(session: Session) -> None:
    """Inside a write transaction: wake the other counters at commit (PostgreSQL only;
    several announcements in one transaction arrive as one)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_NOTIFY)


def announce_lease_released(db: Database) -> None:
    """Tell the other counters a leader stepped down, so one takes over now rather than at
    its next try (PostgreSQL only; best effort: they retry on their own anyway)."""
    if not db.is_postgres:
        return
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": LEASE_RELEASED})
            conn.commit()
    except Exception as exc:
        log.info("could not announce the released lease: %s", db.describe_error(exc))


class SessionChangeFeed:
    """Blocks until sessions may have changed, or a timeout; owned by one thread.

    PostgreSQL: a dedicated autocommit psycopg connection listening on ``CHANNEL`` (opened
    lazily, reopened after a failure: at the next wait, then after 1, 3, 7 … seconds up to
    ``RECONNECT_CAP_SECONDS`` while it keeps failing, polling meanwhile). SQLite: a plain
    sleep, so callers simply poll.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Any = None
        self._closed = False
        self._lease_released = False
        self._failures = 0
        self._reconnect_at = 0.0

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True if a change was announced (calling thread)."""
        if not self._db.is_postgres or self._closed:
            time.sleep(timeout)
            return False
        if self._conn is None and time.monotonic() < self._reconnect_at:
            time.sleep(timeout)  # polling until the next reconnect attempt
            return False
        try:
            conn = self._connection()
            self._failures = 0
            for note in conn.notifies(timeout=timeout, stop_after=1):
                if note.payload == LEASE_RELEASED:
                    self._lease_released = True
                return True
            return False
        except Exception as exc:  # psycopg.Error, OSError: reconnect later, poll meanwhile
            if self._closed:  # closed by its owner while waiting: shutting down
                return False
            self._failures += 1
            # a lone drop reconnects at the next wait; a server that stays away, ever later
            pause = min(RECONNECT_CAP_SECONDS, 0.5 * 2 ** min(self._failures, 16) - 1.0)
            self._reconnect_at = time.monotonic() + pause
            log.warning(
                "change feed interrupted, polling for %.0f s: %s",
                pause, self._db.describe_error(exc),
            )  # fmt: skip
            self._drop()
            time.sleep(timeout)
            return False

    def take_lease_released(self) -> bool:
        """True once after a leader announced it stepped down (calling thread)."""
        released, self._lease_released = self._lease_released, False
        return released

    def close(self) -> None:
        """Close the listening connection for good (idempotent; any thread: a wait in
        progress returns quietly)."""
        self._closed = True
        self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                log.debug("closing the change feed connection failed", exc_info=True)

    def _connection(self) -> Any:
        if self._conn is None:
            import psycopg

            engine = self._db.engine
            args, kwargs = engine.dialect.create_connect_args(engine.url)
            kwargs.update(self._db.connect_args)
            conn = psycopg.connect(*args, **kwargs, autocommit=True)
            conn.execute(f"LISTEN {CHANNEL}")
            self._conn = conn
        return self._conn
