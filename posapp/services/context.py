"""Builds the services of one data dir: the composition shared by the CLI and the GUI.

Runs on the main thread at start; the result is shared read-only afterwards.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, replace
from pathlib import Path

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidInput, PosappError
from posapp.rates import RateSettings, RateSource, build_rate_source
from posapp.services.config import ShopConfig, load_config
from posapp.services.sales.sessions import SessionService
from posapp.services.setup.store_connection import with_stored_password
from posapp.storage.engine import Database

log = logging.getLogger("posapp.services.context")


@dataclass(frozen=True)
class AppContext:
    """Everything a command or window needs, built once."""

    data_dir: Path
    db: Database
    config: ShopConfig
    rates: RateSource
    sessions: SessionService
    clock: Clock


TERMINAL_ENV = "POSAPP_TERMINAL"


def terminal_name(explicit: str | None, db: Database) -> str | None:
    """This counter's name: ``--terminal``, else ``POSAPP_TERMINAL``, else (on a shared
    PostgreSQL database) the host name; None keeps the shop configuration's name (one
    counter on its own SQLite file). InvalidInput for a name no report could show."""
    name = (
        explicit
        or os.environ.get(TERMINAL_ENV)
        or (socket.gethostname() if db.is_postgres else None)
    )
    if name is None:
        return None
    name = name.strip()
    if not name or len(name) > 64 or not name.isprintable():
        raise InvalidInput("the terminal name must be 1 to 64 printable characters")
    return name


def open_database(
    data_dir: Path, database_url: str | None = None, *, terminal: str | None = None
) -> Database:
    """Open (create, migrate) the database of ``data_dir`` or at ``database_url``;
    ``terminal`` labels this counter's PostgreSQL connections."""
    if not database_url:
        return Database.in_data_dir(data_dir)
    label = f"posapp:{terminal or os.environ.get(TERMINAL_ENV) or socket.gethostname()}"
    return Database(with_stored_password(database_url), application_name=label)


def build_context(
    data_dir: Path, db: Database, clock: Clock = utc_now, *, terminal: str | None = None
) -> AppContext:
    """Load the configuration and build the services for this counter (``terminal``, see
    ``terminal_name``); NotConfigured before setup."""
    config = load_config(db)
    name = terminal_name(terminal, db)
    if name is not None:
        config = replace(config, terminal=name)
    rates = build_rate_source(config.rates, api_keys=_rate_api_keys(data_dir, db, config.rates))
    sessions = SessionService(db, config, rates, clock)
    return AppContext(data_dir, db, config, rates, sessions, clock)


def _rate_api_keys(data_dir: Path, db: Database, spec: RateSettings) -> dict[str, tuple[str, str]]:
    """The stored API keys of ``spec``'s HTTP sources. Fixed rates (the usual set-up) never
    touch the keyring; an unusable keyring only costs the keys (logged), never the start."""
    if spec.mode != "http" or not spec.http_sources:
        return {}
    from posapp.services.setup.rate_keys import RateKeyStore  # imports keyring: only when needed

    try:
        store = RateKeyStore.for_data_dir(data_dir, db)
        return store.api_keys([s.name for s in spec.http_sources])
    except PosappError as exc:
        log.warning("rate API keys unavailable, fetching rates without them: %s", exc)
        return {}
