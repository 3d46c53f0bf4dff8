"""Preferences of this counter's screens (UI only, never shop configuration): QSettings.

Shop configuration lives in the database; these are per-machine choices such as muting the
payment sound or which screen shows the customer display. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

MUTED = "sound/muted"
DISPLAY_FULLSCREEN = "customer_display/fullscreen"
DISPLAY_SCREEN = "customer_display/screen"


class CounterPrefs:
    """Typed access to the UI preferences (GUI thread)."""

    def __init__(self, store: QSettings | None = None) -> None:
        """``store`` defaults to the user's ``posapp`` settings; tests pass an INI file."""
        self._store = store if store is not None else QSettings("posapp", "posapp")

    @property
    def muted(self) -> bool:
        """True when the payment chime is off."""
        return bool(self._store.value(MUTED, False, type=bool))

    @muted.setter
    def muted(self, value: bool) -> None:
        self._store.setValue(MUTED, bool(value))

    @property
    def display_fullscreen(self) -> bool:
        """Full screen on the second screen when there is one (default True)."""
        return bool(self._store.value(DISPLAY_FULLSCREEN, True, type=bool))

    @display_fullscreen.setter
    def display_fullscreen(self, value: bool) -> None:
        self._store.setValue(DISPLAY_FULLSCREEN, bool(value))

    @property
    def display_screen(self) -> str:
        """Name of the screen for the customer display ("" = the first non-primary one)."""
        return str(self._store.value(DISPLAY_SCREEN, "", type=str) or "")

    @display_screen.setter
    def display_screen(self, value: str) -> None:
        self._store.setValue(DISPLAY_SCREEN, value or "")

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
