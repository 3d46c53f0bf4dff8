"""Which database this counter uses and under which name, and the PostgreSQL password.

A counter on its own uses the SQLite file in its data dir. Counters sharing a store point
at one PostgreSQL database: ``--database-url``, else ``POSAPP_DATABASE_URL``, else the
provisioning file's ``database_url``. The URL never carries the password in a file: it is
looked up in the OS keyring (``posapp database password`` stores it), or libpq finds it
in ``~/.pgpass``. Runs on the main thread at start.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from posapp.core.errors import InvalidInput, StorageError
from posapp.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("posapp.services.setup.store_connection")
DATABASE_URL_ENV = "POSAPP_DATABASE_URL"
KEYRING_SERVICE = "posapp"


@dataclass(frozen=True, slots=True)
class CounterIdentity:
    """Where this counter's data lives (None: the data dir's SQLite) and its name (None:
    decided when the database is open, see ``context.terminal_name``)."""

    database_url: str | None
    terminal: str | None
    language: str | None = None
    """The provisioning file's ``language`` (None: the counter's own setting or the
    system's)."""


def resolve_counter(
    data_dir: Path,
    *,
    database_url: str | None = None,
    terminal: str | None = None,
    provisioning: str | None = None,
) -> CounterIdentity:
    """This counter's database URL and name from the command line, the environment, then
    the provisioning file (``--provisioning``, or ``posapp.toml`` beside the app or in the
    data dir), and the language the file sets. InvalidInput when a file given or found is
    unusable."""
    from posapp.services.setup.provisioning_file import (
        find_provisioning_file,
        load_provisioning_file,
    )

    url = database_url or os.environ.get(DATABASE_URL_ENV) or None
    language = None
    path = find_provisioning_file(provisioning, data_dir)
    if path is not None:
        found = load_provisioning_file(path)
        url = url or found.database_url
        terminal = terminal or found.terminal
        language = found.language
    return CounterIdentity(url, terminal, language)


def keyring_username(url: str) -> str:
    """The keyring entry of a PostgreSQL URL's password: user, host, port and database."""
    u = make_url(url)
    return f"database:{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def with_stored_password(url: str) -> str:
    """``url`` with the password from the OS keyring added, when it names PostgreSQL, has no
    password and the keyring holds one; otherwise ``url`` unchanged. An unusable keyring is
    logged, not fatal: libpq may still find the password in ``~/.pgpass``."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url  # Database() explains what is wrong with it
    if not parsed.drivername.startswith("postgres") or parsed.password is not None:
        return url
    try:
        import keyring

        password = keyring.get_password(KEYRING_SERVICE, keyring_username(url))
    except Exception as exc:  # no backend, locked, D-Bus trouble
        log.info("database password not looked up in the keyring: %s", type(exc).__name__)
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def store_password(url: str, password: str) -> None:
    """Keep the PostgreSQL password of ``url`` in the OS keyring. InvalidInput for a URL
    that is not PostgreSQL or already carries a password; StorageError when the keyring
    can't store it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "not a database URL")) from None
    if not parsed.drivername.startswith("postgres"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "only a PostgreSQL database has a password to store")
        )
    if parsed.password is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "leave the password out of the URL; it is asked for instead"
            )
        )
    if not password:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the password is empty"))
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_username(url), password)
    except Exception as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "the OS keyring could not store the password ({error}); use ~/.pgpass instead",
            ),
            error=type(exc).__name__,
        ) from None
