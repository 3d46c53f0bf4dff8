"""Test-wide settings: Qt offscreen, an in-memory keyring, no network beyond loopback."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia.*=false")

from hypothesis import HealthCheck, settings

# Property tests check correctness, not speed: no per-example deadline (a loaded CI machine
# would otherwise fail them at random).
settings.register_profile(
    "posapp", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("posapp")


def pytest_collection_modifyitems(items: list) -> None:
    """Run tests that drive the whole app's event loop (``run_gui``) last: a finished
    ``QApplication.exec()`` leaves the process-wide application unable to deliver queued
    signals from thread pools to later widget tests."""
    items.sort(key=lambda item: item.get_closest_marker("runs_app_loop") is not None)
