"""Database errors as one warning line: the driver's first line, no SQL, no password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from posapp.core.errors import StorageError
from posapp.storage.engine import (
    DATABASE_ERRORS,
    Database,
    describe_database_error,
    sqlite_url,
)


def test_a_locked_sqlite_database_is_one_line_without_sql(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path))
    impatient = create_engine(sqlite_url(tmp_path), connect_args={"timeout": 0})
    blocker = sqlite3.connect(tmp_path / "posapp.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DATABASE_ERRORS) as info, impatient.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        impatient.dispose()
        db.dispose()
    assert "[SQL" in str(info.value)
    assert db.describe_error(info.value) == "OperationalError: database is locked"


def test_the_password_never_shows() -> None:
    url = "postgresql+psycopg://shop:s3cret-pw@db.example/posapp"
    driver = RuntimeError('connection failed: password "s3cret-pw" rejected\n\tcontext line')
    error = OperationalError("SELECT 1", {"p": 1}, driver)
    line = describe_database_error(error, url)
    assert line == 'RuntimeError: connection failed: password "***" rejected'
    assert describe_database_error(StorageError("cannot open")) == "StorageError: cannot open"
