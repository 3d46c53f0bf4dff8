"""What posapp keeps on disk is for the counter's own account only (POSIX): the data dir is
0700 (a looser one is tightened at start), the SQLite database, its -wal and -shm files and
exports are 0600, whatever the process umask."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from posapp.services.backoffice.export import export_sessions_csv
from posapp.services.setup.datadir import resolve_data_dir
from posapp.storage.engine import DB_FILENAME, Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual desktop umask (022): new files would be readable by every local user."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_data_dir_is_private(tmp_path: Path) -> None:
    path = resolve_data_dir(tmp_path / "a" / "posapp")
    assert mode(path) == 0o700


def test_a_loose_data_dir_is_tightened_at_start(tmp_path: Path) -> None:
    path = tmp_path / "posapp"
    path.mkdir(mode=0o755)
    path.chmod(0o755)
    assert resolve_data_dir(path) == path
    assert mode(path) == 0o700


def test_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    db = Database.in_data_dir(tmp_path)
    try:
        with db.write() as session:
            session.execute(text("CREATE TABLE probe (x INTEGER)"))
        with db.read() as session:  # the connection stays open: -wal and -shm exist
            session.execute(text("SELECT count(*) FROM probe")).all()
            files = {p.name: mode(p) for p in tmp_path.glob(DB_FILENAME + "*")}
    finally:
        db.dispose()
    assert set(files) == {DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm"}
    assert files == dict.fromkeys(files, 0o600)


def test_an_existing_readable_database_is_tightened(tmp_path: Path) -> None:
    """A database (and WAL files) written before, readable by everyone, turn 0600 on open."""
    path = tmp_path / DB_FILENAME
    keep = sqlite3.connect(path)  # holds the WAL files open while posapp opens the database
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("CREATE TABLE probe (x INTEGER)")
    keep.commit()
    found = sorted(tmp_path.glob(DB_FILENAME + "*"))
    assert len(found) == 3
    for p in found:
        p.chmod(0o644)
    db = Database.in_data_dir(tmp_path)
    try:
        assert {p.name: mode(p) for p in found} == {p.name: 0o600 for p in found}
    finally:
        db.dispose()
        keep.close()


def test_csv_export_is_private(tmp_path: Path) -> None:
    db = Database.in_data_dir(tmp_path)
    target = tmp_path / "exports" / "sales.csv"
    target.parent.mkdir()
    target.write_text("an older export\n")
    target.chmod(0o644)
    try:
        export_sessions_csv(db, target)
    finally:
        db.dispose()
    assert target.read_text().startswith("session_id,")
    assert mode(target) == 0o600


def test_a_shared_sticky_folder_is_left_open(tmp_path: Path) -> None:
    """``--data-dir /tmp`` must not lock every other account out of /tmp."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    assert resolve_data_dir(shared) == shared
    assert mode(shared) == 0o1777
