"""Opening the database: SQLite (WAL, synchronous=FULL, busy timeout, BEGIN IMMEDIATE for
writes) by default, PostgreSQL (psycopg 3) by URL; migrations applied on open.

``Database`` is shared by threads; each thread/action opens its own ``Session`` through
``read()`` or ``write()``.

Writers are serialised on both backends: SQLite by ``BEGIN IMMEDIATE``, PostgreSQL by a
transaction-scoped advisory lock taken first thing in ``write()``. Every read-then-write in
the services therefore sees the latest committed state whichever counter wrote it. Write
transactions last milliseconds, so a store's counters never queue noticeably. Paths that
only touch rows they claimed (webhook delivery) opt out with ``write(exclusive=False)``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import CursorResult, Engine, Result, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from posapp.core.errors import StorageError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.private_files import PRIVATE_FILE_MODE, private_file, tighten

DB_FILENAME = "posapp.db"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_SECONDS = 5
WRITER_LOCK_KEY = 0x706F_7361_7070_0001  # "posapp" + 1: PostgreSQL's store-wide writer lock
_PG_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg"}


def sqlite_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the SQLite file inside ``data_dir``."""
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def _make_sqlite_file_private(url: str) -> None:
    """Create the SQLite file of ``url`` 0600 before SQLite does (SQLite gives its -wal,
    -shm and -journal files the database file's mode), and tighten files an older posapp
    left readable by others. In-memory databases are left alone."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.parent.is_dir():
        return  # SQLite explains it when connecting
    private_file(path)
    for suffix in SQLITE_SIDE_FILES:
        tighten(path.with_name(path.name + suffix), PRIVATE_FILE_MODE)


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


def normalise_url(url: str) -> str:
    """``url`` with PostgreSQL spelled for psycopg 3; StorageError for anything posapp can't
    use (only SQLite files and PostgreSQL servers are supported)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "not a database URL: {url!r}"), url=url
        ) from None
    if parsed.drivername in _PG_DRIVERS:
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if parsed.drivername in {"sqlite", "sqlite+pysqlite"}:
        return url
    raise StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "unsupported database {drivername!r}: use sqlite:///FILE or "
            "postgresql+psycopg://USER@HOST/DB",
        ),
        drivername=parsed.drivername,
    )


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE statement's ``result`` changed (its cursor's
    ``rowcount``: ``Session.execute`` types every result as a plain ``Result``)."""
    return int(cast(CursorResult[Any], result).rowcount or 0)


def redact_url(url: str) -> str:
    """``url`` with any password hidden, for logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable database URL>"


_TAKE_WRITER_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def _first_line(error: object) -> str:
    """The first line of a driver error (psycopg adds context lines)."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


DATABASE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, StorageError)
"""What a database that is locked, restarting or unreachable raises through posapp's storage
layer: worth retrying later, never a reason to stop a long-running job."""


def describe_database_error(error: BaseException, url: str | None = None) -> str:
    """One line for a warning about ``error``: the driver's exception name and first line,
    without SQLAlchemy's SQL, parameters and links, and without the password of ``url``
    should the driver have quoted it. Any thread."""
    source = getattr(error, "orig", None) or error
    line = f"{type(source).__name__}: {_first_line(source)}"[:300]
    password = make_url(url).password if url else None
    if password:
        line = line.replace(str(password), "***")
    return line


class Database:
    """Engine plus session factories for reading and writing; thread-safe to share.

    ``application_name`` labels PostgreSQL connections (``pg_stat_activity``), e.g. with the
    counter's terminal name.
    """

    def __init__(self, url: str, *, migrate: bool = True, application_name: str = "posapp") -> None:
        url = normalise_url(url)
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.is_postgres = not self.is_sqlite
        kwargs: dict[str, object] = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
            _make_sqlite_file_private(url)
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "application_name": application_name[:63],
            }
        self.connect_args: dict[str, object] = dict(kwargs.get("connect_args", {}))  # type: ignore[call-overload]
        self.engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            writer: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        if migrate:
            from posapp.storage.migrate import upgrade_to_head

            try:
                upgrade_to_head(self.engine)
            except OperationalError as exc:
                self.engine.dispose()
                raise StorageError(
                    QT_TRANSLATE_NOOP("errors", "cannot open the database {url}: {error}"),
                    url=redact_url(url),
                    error=_first_line(exc.orig),
                ) from None
        # The models' mappers are set up here, on the opening thread, not inside the first
        # query a window waits for (about 17 ms).
        from posapp.storage import models  # noqa: F401 - registers every mapper

        configure_mappers()

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
    def write(self, *, exclusive: bool = True) -> Iterator[Session]:
        """One write transaction: commits on exit, rolls back on error. Everything one action
        changes happens inside one ``write()``. Exclusive (the default) waits for any other
        writer first (``BEGIN IMMEDIATE`` on SQLite, the writer advisory lock on PostgreSQL);
        ``exclusive=False`` relies on row locks alone (PostgreSQL; SQLite is always
        exclusive)."""
        with self._writer() as session, session.begin():
            if exclusive and self.is_postgres:
                session.execute(_TAKE_WRITER_LOCK, {"key": WRITER_LOCK_KEY})
            yield session

    def describe_error(self, error: BaseException) -> str:
        """``error`` as one line for a warning, never with this database's password (see
        ``describe_database_error``). Any thread."""
        return describe_database_error(error, self.url)

    def dispose(self) -> None:
        """Close every pooled connection (call at shutdown)."""
        self.engine.dispose()
