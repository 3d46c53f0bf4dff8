"""Opening the database: SQLite (WAL, synchronous=FULL, busy timeout, BEGIN IMMEDIATE for
writes) by default, PostgreSQL by URL; migrations applied on open.

``Database`` is shared by threads; each thread/action opens its own ``Session`` through
``read()`` or ``write()``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from posapp.core.errors import StorageError

DB_FILENAME = "posapp.db"
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the SQLite file inside ``data_dir``."""
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every connection; explicit BEGIN (IMMEDIATE for writers)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")  # type: ignore[attr-defined]
        conn.exec_driver_sql(f"BEGIN {mode}")  # type: ignore[attr-defined]


class Database:
    """Engine plus session factories for reading and writing; thread-safe to share."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, object] = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        if migrate:
            from posapp.storage.migrate import upgrade_to_head

            try:
                upgrade_to_head(self.engine)
            except OperationalError as exc:
                raise StorageError(f"cannot open the database: {exc.orig}") from None

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> Database:
        """Open (creating and migrating) the SQLite database in ``data_dir``."""
        return cls(sqlite_url(data_dir))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session on the calling thread."""
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite): commits on exit, rolls back
        on error. Everything one action changes happens inside one ``write()``."""
        with self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection (call at shutdown)."""
        self.engine.dispose()
