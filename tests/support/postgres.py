"""PostgreSQL for the test suite: throwaway databases created from a migrated template.

``POSAPP_TEST_POSTGRES_URL`` names a server and a role allowed to ``CREATE DATABASE``
(e.g. ``postgresql+psycopg://posapp:posapp@127.0.0.1:5432/posapp``). When it is unset the
PostgreSQL variants of the database tests are skipped and the suite runs on SQLite alone.

The schema is migrated once per session into a template database. Each test then gets an
empty migrated database, one of two ways:

- by default one working database, copied from the template once, is emptied before every
  test (other sessions on it ended, every table's rows deleted, sequences restarted):
  ~20 ms a test;
- with ``POSAPP_TEST_POSTGRES_FRESH=1``, a brand-new ``CREATE DATABASE … TEMPLATE`` copy per
  test, dropped after it: no state at all can leak between tests, at ~0.5 s a test (the
  server writes and syncs a whole database).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import MetaData, create_engine, inspect, select, table, text
from sqlalchemy.engine import URL, make_url

from posapp.storage.engine import Database

ENV_VAR = "POSAPP_TEST_POSTGRES_URL"
FRESH_ENV_VAR = "POSAPP_TEST_POSTGRES_FRESH"
SKIP_REASON = f"PostgreSQL variant: set {ENV_VAR} to a role that may CREATE DATABASE"


def admin_url() -> str | None:
    """The URL from ``POSAPP_TEST_POSTGRES_URL`` spelled for psycopg 3, or None when unset."""
    raw = os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return None
    url = make_url(raw)
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def fresh_database_per_test() -> bool:
    """Whether ``POSAPP_TEST_POSTGRES_FRESH`` asks for a new database for every test."""
    return os.environ.get(FRESH_ENV_VAR, "").strip() not in {"", "0", "false", "no"}


def unique_name(prefix: str) -> str:
    """A fresh database name: ``prefix`` plus 16 random hex digits (a valid identifier)."""
    return f"{prefix}{uuid.uuid4().hex[:16]}"


def database_url(admin: str, name: str) -> str:
    """``admin`` pointing at the database ``name`` instead (same server, same role)."""
    url: URL = make_url(admin).set(database=name)
    return url.render_as_string(hide_password=False)


class Server:
    """An AUTOCOMMIT connection pool to the admin URL's server for creating and dropping
    databases (CREATE/DROP DATABASE refuse to run inside a transaction)."""

    def __init__(self, admin: str) -> None:
        self.admin = admin
        self._engine = create_engine(admin, isolation_level="AUTOCOMMIT", pool_size=1)

    def _execute(self, statement: str) -> None:
        with self._engine.connect() as conn:
            conn.execute(text(statement))

    def create_database(self, name: str, template: str | None = None, options: str = "") -> str:
        """``CREATE DATABASE name [TEMPLATE template] [options]``; return the new database's
        URL. ``options``: e.g. ``LOCALE_PROVIDER icu ICU_LOCALE 'en-US'``.

        Copying a template needs no other session connected to it: dispose every engine of
        the template first. Commits in the new database don't wait for the disk
        (``synchronous_commit=off``, like the SQLite tests' temporary files): durability
        settings are the server's business, and fsyncs would make tests measure the disk."""
        clause = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{name}"{clause} {options}')
        self._execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        return database_url(self.admin, name)

    def drop_database(self, name: str) -> None:
        """``DROP DATABASE IF EXISTS name WITH (FORCE)``: ends any session a test left open."""
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def dispose(self) -> None:
        """Close the pooled admin connection."""
        self._engine.dispose()


class ReusedDatabase:
    """One database copied from the template, emptied before each test that uses it.

    ``reset()`` ends every other session on it (what ``DROP … WITH (FORCE)`` would do to a
    test's leftover connections), deletes every row of every table but Alembic's (children
    first, in foreign-key order) and restarts the sequences, so ids start at 1 again as in a
    new database. The schema itself is never touched by tests.
    """

    def __init__(self, server: Server, template: str) -> None:
        self.server = server
        self.name = unique_name("posapp_t_")
        self.url = server.create_database(self.name, template=template)
        self._engine = create_engine(self.url, pool_size=1)
        metadata = MetaData()
        metadata.reflect(self._engine)
        tables = [t.name for t in reversed(metadata.sorted_tables) if t.name != "alembic_version"]
        with self._engine.connect() as conn:
            sequences = list(
                conn.scalars(
                    text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
                )
            )
        self._statements = [
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend' AND usename = current_user"
            ),
            *(text(f'DELETE FROM "{name}"') for name in tables),
            *(text(f'ALTER SEQUENCE "{name}" RESTART') for name in sequences),
        ]

    def reset(self) -> str:
        """Empty the database (see the class docstring); return its URL."""
        with self._engine.begin() as conn:
            for statement in self._statements:
                conn.execute(statement)
        return self.url

    def drop(self) -> None:
        """Drop the database (end of session)."""
        self._engine.dispose()
        self.server.drop_database(self.name)


def stored_bytes(db: Database) -> bytes:
    """Everything ``db`` stores, for "this secret is never written" checks on either backend:
    every row of every table as text, plus the raw bytes of the SQLite file and its WAL
    (which keep deleted and overwritten values the rows no longer show)."""
    with db.read() as session:
        names = inspect(session.connection()).get_table_names()
        rows = [
            repr(tuple(row))
            for name in names
            for row in session.execute(select(text("*")).select_from(table(name)))
        ]
    blob = "\n".join(rows).encode()
    database = make_url(db.url).database
    if db.is_sqlite and database:
        path = Path(database)
        blob += b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    return blob
