"""Migrations: the head revision the start-up shortcut trusts is the scripts' real head, and
a new database, an up-to-date one and one left at an older revision all end at head."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from posapp.storage.engine import Database
from posapp.storage.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    upgrade_to_head,
)


def test_the_shortcut_head_is_the_newest_script() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_new_current_and_older_databases_reach_head(database_url: str) -> None:
    db = Database(database_url, migrate=False)
    try:
        if db.is_sqlite:  # a new file; the PostgreSQL test database starts migrated
            assert current_revision(db.engine) is None
            upgrade_to_head(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        upgrade_to_head(db.engine)  # nothing to do
        assert current_revision(db.engine) == HEAD_REVISION
        with db.engine.begin() as conn:  # an older release's database
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        assert current_revision(db.engine) == "0002"
        upgrade_to_head(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        assert "sessions" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
