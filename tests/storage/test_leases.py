"""Leadership leases: one holder per name, on SQLite (in-process) and PostgreSQL (advisory
lock), and a PostgreSQL lease is gone the moment its connection is."""

from __future__ import annotations

from sqlalchemy import text

from posapp.storage.engine import Database
from posapp.storage.leases import AdvisoryLease, LocalLease, lease_for, lease_holder, lease_key


def test_one_holder_per_name_until_released(database_url: str) -> None:
    db = Database(database_url)
    first, second = lease_for(db, "detection:a"), lease_for(db, "detection:a")
    other = lease_for(db, "detection:b")
    try:
        assert isinstance(first, AdvisoryLease if db.is_postgres else LocalLease)
        assert first.try_acquire()
        assert first.try_acquire()  # asking again while holding it keeps it
        assert not second.try_acquire()
        assert first.still_held() and not second.still_held()
        assert other.try_acquire()  # another name is independent
        first.release()
        first.release()  # idempotent
        assert not first.still_held()
        assert second.try_acquire()
        assert not first.try_acquire()
    finally:
        for lease in (first, second, other):
            lease.release()
        db.dispose()


def test_keys_are_stable_signed_64_bit() -> None:
    key = lease_key("detection:x")
    assert key == lease_key("detection:x") != lease_key("detection:y")
    assert -(2**63) <= key < 2**63


def test_a_postgres_lease_is_lost_with_its_connection(postgres_url: str) -> None:
    db = Database(postgres_url)
    holder, waiting = lease_for(db, "detection:a"), lease_for(db, "detection:a")
    try:
        assert lease_holder(db, "detection:a") is None
        assert holder.try_acquire()
        assert lease_holder(db, "detection:a") == "posapp"  # the connection's label
        assert lease_holder(db, "detection:b") is None
        assert not waiting.try_acquire()
        with db.engine.connect() as conn:  # the holder's process dies: its backend ends
            ended = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
                    "WHERE locktype = 'advisory' AND pid <> pg_backend_pid() AND database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            ).scalar()
        assert ended == 1
        assert not holder.still_held()
        assert waiting.try_acquire()
        assert waiting.still_held()
    finally:
        holder.release()
        waiting.release()
        db.dispose()
