"""The login screen's first user tiles, read before the services are loaded.

``read_roster(data_dir)`` opens the data dir's SQLite file with the standard library's
``sqlite3`` (query-only: it never writes) and reads the enabled users (name and role, in the order
``UserService.list_users`` gives) and the shop's name: a few milliseconds, without
SQLAlchemy, Alembic or bcrypt, so the PIN login can show as soon as Qt is up
(docs/design.md "Start-up"). The services replace these tiles with their own list once
loaded; signing in always goes through ``AuthService``.

It answers only when it can be sure the login is what this data dir opens on: the shop is
configured and has an enabled admin. Otherwise (no database yet, setup needed, a schema it
does not know, a busy or unreadable file) it returns None, and the caller waits for the
services instead. Names and roles are not secret; nothing else is read. Any thread.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from posapp.core.roles import Role

log = logging.getLogger("posapp.services.staff.roster")

DB_FILENAME = "posapp.db"
"""``posapp.storage.engine.DB_FILENAME`` (not imported: that module loads SQLAlchemy)."""
SHOP_CONFIG_KEY = "shop_config"
"""``posapp.storage.settings_repo.SHOP_CONFIG_KEY`` (same reason)."""
BUSY_TIMEOUT_S = 0.2
"""How long to wait for a write lock before giving up on the quick read."""
_USERS = "SELECT name, role FROM users WHERE disabled = 0 ORDER BY lower(name), id"
_CONFIG = "SELECT value FROM settings WHERE key = ?"


@dataclass(frozen=True, slots=True)
class Tile:
    """A user as a login tile shows them: name and role (``UserInfo`` has both too)."""

    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Roster:
    """What the login shows before the services are loaded."""

    shop_name: str
    users: tuple[Tile, ...]


def read_roster(data_dir: Path) -> Roster | None:
    """The enabled users and the shop's name from ``data_dir``'s SQLite file, or None when
    the login is not surely what this data dir opens on (see the module). Any thread."""
    path = Path(data_dir) / DB_FILENAME
    if not path.is_file():
        return None
    try:
        # read-write but query-only: a read-only connection could not remove the -wal and
        # -shm files it makes, and would leave them behind if nothing else opened the file
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                               timeout=BUSY_TIMEOUT_S)  # fmt: skip
    except sqlite3.Error as exc:
        log.info("users not read ahead: %s", exc)
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        rows = conn.execute(_USERS).fetchall()
        config = conn.execute(_CONFIG, (SHOP_CONFIG_KEY,)).fetchone()
    except sqlite3.Error as exc:  # not migrated yet, locked, not a posapp database
        log.info("users not read ahead: %s", exc)
        return None
    finally:
        conn.close()
    try:
        users = tuple(Tile(str(name), Role(role)) for name, role in rows)
        shop_name = json.loads(config[0])["shop_name"] if config else None
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(shop_name, str) or not any(u.role is Role.ADMIN for u in users):
        return None  # not configured, or no admin yet: the setup wizard opens instead
    return Roster(shop_name, users)
