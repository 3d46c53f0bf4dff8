"""Test-wide settings: Qt offscreen, an in-memory keyring, no network beyond loopback; the
``database_url`` fixture that runs a database test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia.*=false")

from hypothesis import HealthCheck, settings

# Property tests check correctness, not speed: no per-example deadline (a loaded CI machine
# would otherwise fail them at random).
settings.register_profile(
    "posapp", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("posapp")

import pg_support  # noqa: E402  (tests/ is on sys.path: pytest's rootdir-relative imports)
from history_support import generated_history  # noqa: E402

from posapp.storage.engine import sqlite_url  # noqa: E402

_POSTGRES_ADMIN_URL = pg_support.admin_url()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"postgres: runs on PostgreSQL (needs {pg_support.ENV_VAR}; else skipped)"
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Skips in a few lines: the PostgreSQL variants (hundreds without a server) as one line
    that says how to run them, every other skip with its reason. Failures and errors are
    shown in full by pytest itself (``-rfE``)."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = [str(report.longrepr[-1]) if report.longrepr else "" for report in skipped]
    postgres = sum(pg_support.SKIP_REASON in reason for reason in reasons)
    others = [
        (report.nodeid, reason.removeprefix("Skipped: "))
        for report, reason in zip(skipped, reasons, strict=True)
        if pg_support.SKIP_REASON not in reason
    ]
    if postgres:
        terminalreporter.write_line(
            f"{postgres} PostgreSQL variants skipped: run them with "
            f"{pg_support.ENV_VAR}=$(bash .ci/postgres) pytest"
        )
    for nodeid, reason in others:
        terminalreporter.write_line(f"skipped {nodeid}: {reason}")


def pytest_collection_modifyitems(items: list) -> None:
    """Run tests that drive the whole app's event loop (``run_gui``) last: a finished
    ``QApplication.exec()`` leaves the process-wide application unable to deliver queued
    signals from thread pools to later widget tests."""
    items.sort(key=lambda item: item.get_closest_marker("runs_app_loop") is not None)


# ---- databases ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_support.Server]:
    """The PostgreSQL server of ``POSAPP_TEST_POSTGRES_URL`` (skips the test when unset)."""
    if _POSTGRES_ADMIN_URL is None:
        pytest.skip(pg_support.SKIP_REASON)
    server = pg_support.Server(_POSTGRES_ADMIN_URL)
    yield server
    server.dispose()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: pg_support.Server) -> Iterator[str]:
    """A database migrated to head once per session, copied for each test; dropped at the end."""
    from posapp.storage.engine import Database

    name = pg_support.unique_name("posapp_tpl_")
    url = postgres_server.create_database(name)
    try:
        Database(url).dispose()  # runs the migrations; no connection may stay for TEMPLATE
        yield name
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def postgres_reused(
    postgres_server: pg_support.Server, postgres_template: str
) -> Iterator[pg_support.ReusedDatabase]:
    """The session's working database, emptied before each test (see ``pg_support``)."""
    database = pg_support.ReusedDatabase(postgres_server, postgres_template)
    yield database
    database.drop()


@pytest.fixture
def postgres_url(
    request: pytest.FixtureRequest, postgres_server: pg_support.Server, postgres_template: str
) -> Iterator[str]:
    """The URL of an empty, migrated PostgreSQL database for this test alone: the session's
    working database just emptied, or with ``POSAPP_TEST_POSTGRES_FRESH=1`` a new copy of
    the template dropped after the test. Dispose the test's engines before teardown (other
    sessions are ended before the database is reused or dropped)."""
    if not pg_support.fresh_database_per_test():
        reused: pg_support.ReusedDatabase = request.getfixturevalue("postgres_reused")
        yield reused.reset()
        return
    name = pg_support.unique_name("posapp_t_")
    url = postgres_server.create_database(name, template=postgres_template)
    yield url
    postgres_server.drop_database(name)


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(_POSTGRES_ADMIN_URL is None, reason=pg_support.SKIP_REASON),
            ],
        ),
    ]
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database for this test, once per backend: a SQLite file
    ``tmp_path/posapp.db`` (the data dir's default place), or an empty, migrated PostgreSQL
    database (``postgres_url``)."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path)
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="module")
def big(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the generated 50,000-session SQLite database for this test module."""
    return generated_history(request, tmp_path_factory.mktemp("history"))
