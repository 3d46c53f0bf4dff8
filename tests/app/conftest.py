"""Fixtures of the app tests (run_gui with the real windows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def private_prefs(tmp_path: Path) -> Iterator[None]:
    """Keep run_gui's QSettings (mute, screens) in the test's folder, chime muted."""
    folder = tmp_path / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    prefs = QSettings("posapp", "posapp")
    prefs.setValue("sound/muted", True)
    prefs.sync()
    yield
