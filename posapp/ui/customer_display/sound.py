"""The "paid" chime: QSoundEffect with a bundled WAV, mutable from the cashier's View menu.

QtMultimedia is imported only when the effect is first prepared (after the windows are up),
so it never delays start-up. GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl, Slot

from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.resources import resource_path

log = logging.getLogger("posapp.ui.sound")
PAID_WAV = "sounds/paid.wav"


class Chime(Protocol):
    """What the customer display needs from a sound (GUI thread)."""

    @property
    def muted(self) -> bool: ...

    def set_muted(self, muted: bool) -> None: ...

    def play(self) -> None: ...


class PaidSound(QObject):
    """Plays ``resources/sounds/paid.wav`` unless muted; the mute choice persists."""

    def __init__(
        self, prefs: CounterPrefs, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        """GUI thread."""
        super().__init__(parent)
        self._prefs = prefs
        self._path = path or resource_path(PAID_WAV)
        self._effect: Any = None
        self.plays = 0

    @property
    def muted(self) -> bool:
        """True when the chime is off (stored in the counter preferences)."""
        return self._prefs.muted

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        """Turn the chime off or on and remember it. GUI thread."""
        self._prefs.muted = muted
        if self._effect is not None:
            self._effect.setMuted(muted)

    @Slot()
    def prepare(self) -> None:
        """Load QtMultimedia and the WAV so the first chime starts at once (not while muted).

        GUI thread.
        """
        if self._effect is not None or self.muted:
            return
        if not self._path.is_file():
            log.warning("payment sound %s is missing", self._path)
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(self._path)))
        effect.setVolume(0.8)
        effect.setMuted(self.muted)
        self._effect = effect

    @Slot()
    def play(self) -> None:
        """Chime once, unless muted. GUI thread."""
        if self.muted:
            return
        self.prepare()
        if self._effect is not None:
            self.plays += 1
            self._effect.play()
