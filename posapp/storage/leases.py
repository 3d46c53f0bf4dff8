"""Leadership leases: exactly one holder per name across every process sharing a database.

PostgreSQL: a session-level advisory lock held on a dedicated connection. The server drops
it the moment that connection ends — the holder's process died, was killed or lost the
network (TCP keepalives, a few seconds) — so another counter can take over. SQLite (one
counter): an in-process registry.

Used from the watcher's thread; one lease object belongs to one thread at a time.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from posapp.storage.engine import Database

log = logging.getLogger("posapp.storage.leases")

# Server-side keepalives on the lease connection: a holder that vanishes from the network
# loses the lock after about 5 + 3 x 2 seconds instead of the kernel default of hours.
_KEEPALIVES = (("tcp_keepalives_idle", "5"), ("tcp_keepalives_interval", "2"),
               ("tcp_keepalives_count", "3"))  # fmt: skip
# An advisory lock on one bigint key shows in pg_locks as its two 32-bit halves.
_IS_LOCK = (
    "l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
    "AND l.classid::text::bigint = :hi AND l.objid::text::bigint = :lo"
)
_HELD = text(f"SELECT count(*) FROM pg_locks l WHERE {_IS_LOCK} AND l.pid = pg_backend_pid()")
_HOLDER = text(
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    f"WHERE {_IS_LOCK}"
)


def lease_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for ``name``."""
    digest = hashlib.blake2b(f"posapp-lease:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _key_halves(key: int) -> dict[str, int]:
    """``key``'s two 32-bit halves, as pg_locks shows them (bind parameters of _LOCK_ROW)."""
    unsigned = key & 0xFFFF_FFFF_FFFF_FFFF
    return {"hi": unsigned >> 32, "lo": unsigned & 0xFFFF_FFFF}


def lease_holder(db: Database, name: str) -> str | None:
    """PostgreSQL: the ``application_name`` of the connection holding lease ``name``
    (``posapp:<terminal>``), or None when nobody holds it. Any thread; for operators,
    tests and benchmarks."""
    with db.engine.connect() as conn:
        return conn.execute(_HOLDER, _key_halves(lease_key(name))).scalar()


class Lease(Protocol):
    """A named lease: try to take it, check it is still ours, give it back."""

    name: str

    def try_acquire(self) -> bool:
        """Take the lease if nobody holds it; never waits. True when it is now ours."""
        ...

    def still_held(self) -> bool:
        """True while the lease is ours (False once the connection behind it is gone)."""
        ...

    def release(self) -> None:
        """Give the lease back (idempotent)."""
        ...


class AdvisoryLease:
    """A PostgreSQL advisory lock held on its own connection."""

    def __init__(self, db: Database, name: str) -> None:
        self.name = name
        self._db = db
        self._key = lease_key(name)
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        """Take the lock if free (watcher thread; one short round trip)."""
        if self._conn is not None:
            return self.still_held()
        try:
            conn = self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        except DBAPIError as exc:
            # info only: the watcher's next database use fails too and warns once
            log.info("lease %s: database unreachable: %s", self.name, self._db.describe_error(exc))
            return False
        try:
            for setting, value in _KEEPALIVES:
                conn.execute(text("SELECT set_config(:s, :v, false)"), {"s": setting, "v": value})
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}).scalar()
            )
        except DBAPIError as exc:
            log.warning("lease %s: %s", self.name, self._db.describe_error(exc))
            conn.invalidate()
            conn.close()
            return False
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def still_held(self) -> bool:
        """Ask the server whether this connection still holds the lock (watcher thread)."""
        if self._conn is None:
            return False
        try:
            held = self._conn.execute(_HELD, _key_halves(self._key)).scalar()
        except DBAPIError:
            self._drop(invalidate=True)
            return False
        if not held:
            self._drop(invalidate=False)
        return bool(held)

    def release(self) -> None:
        """Unlock and close the connection (watcher thread)."""
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
            self._drop(invalidate=False)
        except DBAPIError:
            self._drop(invalidate=True)

    def _drop(self, *, invalidate: bool) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if invalidate:
                conn.invalidate()
            conn.close()
        except DBAPIError:
            pass


_local_holders: dict[tuple[str, str], object] = {}
_local_guard = threading.Lock()


class LocalLease:
    """The lease within one process (SQLite: one counter per database file)."""

    def __init__(self, db: Database, name: str) -> None:
        self.name = name
        self._slot = (db.url, name)
        self._token = object()

    def try_acquire(self) -> bool:
        """Take the lease if no other object in this process holds it."""
        with _local_guard:
            holder = _local_holders.setdefault(self._slot, self._token)
            return holder is self._token

    def still_held(self) -> bool:
        """True while this object holds the lease."""
        with _local_guard:
            return _local_holders.get(self._slot) is self._token

    def release(self) -> None:
        """Give the lease back if held."""
        with _local_guard:
            if _local_holders.get(self._slot) is self._token:
                del _local_holders[self._slot]


def lease_for(db: Database, name: str) -> Lease:
    """The right kind of lease for ``db``."""
    return AdvisoryLease(db, name) if db.is_postgres else LocalLease(db, name)
