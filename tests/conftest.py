"""Test-wide settings: Qt offscreen, no network beyond loopback, hypothesis without deadlines;
the shared fixtures of ``tests/support/fixtures`` (databases on SQLite and PostgreSQL, the
devnet, fakes, the counter GUI, a webhook receiver); a short summary of skips."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia.*=false")

from hypothesis import HealthCheck, settings

from tests.support import postgres
from tests.support.fixtures import PLUGINS

pytest_plugins = PLUGINS

# Property tests check correctness, not speed: no per-example deadline (a loaded CI machine
# would otherwise fail them at random).
settings.register_profile(
    "posapp", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("posapp")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"postgres: runs on PostgreSQL (needs {postgres.ENV_VAR}; else skipped)"
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Skips in a few lines: the PostgreSQL variants (hundreds without a server) as one line
    that says how to run them, every other skip with its reason. Failures and errors are
    shown in full by pytest itself (``-rfE``)."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = [str(report.longrepr[-1]) if report.longrepr else "" for report in skipped]
    in_postgres = sum(postgres.SKIP_REASON in reason for reason in reasons)
    others = [
        (report.nodeid, reason.removeprefix("Skipped: "))
        for report, reason in zip(skipped, reasons, strict=True)
        if postgres.SKIP_REASON not in reason
    ]
    if in_postgres:
        terminalreporter.write_line(
            f"{in_postgres} PostgreSQL variants skipped: run them with "
            f"{postgres.ENV_VAR}=$(bash .ci/postgres) pytest"
        )
    for nodeid, reason in others:
        terminalreporter.write_line(f"skipped {nodeid}: {reason}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run tests that drive the whole app's event loop (``run_gui``) last: a finished
    ``QApplication.exec()`` leaves the process-wide application unable to deliver queued
    signals from thread pools to later widget tests."""
    items.sort(key=lambda item: item.get_closest_marker("runs_app_loop") is not None)


@pytest.fixture(autouse=True, scope="session")
def _windows_in_english(qapp) -> None:
    """The windows speak English (with its plural forms, "1 sale" / "2 sales") unless a test
    puts them in another language (``tests/ui/test_languages.py``'s ``speak``)."""
    from posapp.ui.common.i18n import translations

    translations().switch("en")
