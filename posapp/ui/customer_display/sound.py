"""The "paid" chime: QSoundEffect with a bundled WAV, mutable from the cashier's View menu.

QtMultimedia is imported only when the effect is first prepared (after the windows are up),
so it never delays start-up. Where it cannot load (Linux without ``libpulse0``) the counter
carries on silently and says why once in the log; ``posapp self-check`` reports it. GUI thread.
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


def sound_effect_class() -> type:
    """QtMultimedia's ``QSoundEffect``; raises ``ImportError`` saying what is missing when
    QtMultimedia cannot load (e.g. ``libpulse.so.0`` on Linux). Any thread."""
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError as exc:
        raise ImportError(f"QtMultimedia cannot load ({exc}); on Debian: libpulse0") from exc
    return QSoundEffect


def sound_backend() -> str:
    """The sound backend for ``self-check``: the default audio output, or why the chime
    will be silent. Raises ``ImportError`` when QtMultimedia cannot load. Main thread."""
    sound_effect_class()
    from PySide6.QtMultimedia import QMediaDevices

    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        return "QtMultimedia loads; no audio output device (the paid chime stays silent)"
    return f"QtMultimedia, output {device.description()}"


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
        self.unavailable = ""
        """Why the chime cannot play on this machine ("" while it can)."""

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
        if self._effect is not None or self.muted or self.unavailable:
            return
        if not self._path.is_file():
            log.warning("payment sound %s is missing", self._path)
            return
        try:
            effect_class = sound_effect_class()
        except ImportError as exc:
            self.unavailable = str(exc)
            log.warning("no paid chime: %s", exc)
            return
        effect = effect_class(self)
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
