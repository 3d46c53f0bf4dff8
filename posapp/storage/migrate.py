"""Alembic migrations, applied programmatically at start (any thread, before use).

Alembic itself is imported only when the schema is behind: a start with an up-to-date
database reads one row instead (Alembic takes ~0.3 s to import, on every counter start).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x706F_7361_7070_0002  # counters starting together migrate one at a time
HEAD_REVISION = "0010"
"""The newest script in ``migrations/versions`` (a test checks they agree)."""


def alembic_config() -> Config:
    """An Alembic config pointing at posapp's bundled migration scripts."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for a new database)."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # no alembic_version table yet
            conn.rollback()
            return None


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; one small query when already there."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Alembic re-reads the revision after the lock: a counter that waited finds the
            # schema already upgraded and does nothing.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
