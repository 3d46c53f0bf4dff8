"""PostgreSQL for the test suite: throwaway databases created from a migrated template.

``POSAPP_TEST_POSTGRES_URL`` names a server and a role allowed to ``CREATE DATABASE``
(e.g. ``postgresql+psycopg://posapp:posapp@127.0.0.1:5432/posapp``). When it is unset the
PostgreSQL variants of the database tests are skipped and the suite runs on SQLite alone.

Every test gets its own database, ``CREATE DATABASE … TEMPLATE`` of one migrated once per
session: a copy is a file copy on the server (tens of milliseconds), so no test sees
another's rows and no test pays for the migrations.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ENV_VAR = "POSAPP_TEST_POSTGRES_URL"
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

    def create_database(self, name: str, template: str | None = None) -> str:
        """``CREATE DATABASE name [TEMPLATE template]``; return the new database's URL.

        Copying a template needs no other session connected to it: dispose every engine of
        the template first."""
        clause = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{name}"{clause}')
        return database_url(self.admin, name)

    def drop_database(self, name: str) -> None:
        """``DROP DATABASE IF EXISTS name WITH (FORCE)``: ends any session a test left open."""
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def dispose(self) -> None:
        """Close the pooled admin connection."""
        self._engine.dispose()
