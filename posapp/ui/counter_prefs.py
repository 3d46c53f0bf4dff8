"""Preferences of this counter's screens (UI only, never shop configuration): QSettings.

Shop configuration lives in the database; these are per-machine choices such as muting the
payment sound or which screen shows the customer display. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

MUTED = "sound/muted"
DISPLAY_FULLSCREEN = "customer_display/fullscreen"
DISPLAY_SCREEN = "customer_display/screen"
LANGUAGE = "ui/language"
DISPLAY_LANGUAGE = "customer_display/language"
DISPLAY_LANGUAGE_BUTTON = "customer_display/language_button"


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

    @property
    def language(self) -> str:
        """The language of this counter's windows ("" = not chosen: the provisioning file's,
        else the system's)."""
        return str(self._store.value(LANGUAGE, "", type=str) or "")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue(LANGUAGE, value or "")

    @property
    def display_language(self) -> str:
        """The customer display's own language ("" = the same as the windows')."""
        return str(self._store.value(DISPLAY_LANGUAGE, "", type=str) or "")

    @display_language.setter
    def display_language(self, value: str) -> None:
        self._store.setValue(DISPLAY_LANGUAGE, value or "")

    @property
    def display_language_button(self) -> bool:
        """True when the display's idle page lets the customer pick a language."""
        return bool(self._store.value(DISPLAY_LANGUAGE_BUTTON, False, type=bool))

    @display_language_button.setter
    def display_language_button(self, value: bool) -> None:
        self._store.setValue(DISPLAY_LANGUAGE_BUTTON, bool(value))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
