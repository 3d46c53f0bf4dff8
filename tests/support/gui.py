"""Small stand-ins for the counter GUI's surroundings: a silent chime, preferences in a
private file, and how long a GUI test waits for background work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from posapp.ui.counter_prefs import CounterPrefs

WAIT_MS = 20_000
"""How long a GUI test waits for work on a pool thread (bcrypt, Horizon) on a loaded machine."""


class FakeChime:
    """Counts chimes instead of making noise (the counter's ``sound``)."""

    def __init__(self) -> None:
        self.muted = False
        self.plays = 0

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def play(self) -> None:
        if not self.muted:
            self.plays += 1


def counter_prefs(folder: Path) -> CounterPrefs:
    """The counter's window preferences in ``folder/ui.ini`` (never the user's settings)."""
    return CounterPrefs(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
