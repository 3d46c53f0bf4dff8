"""``IdleLock``: notices when nobody has touched the app for N minutes.

Install once on the application (``IdleLock(minutes, app)``); every key press, mouse or touch
event restarts the countdown; ``idle_timed_out()`` fires when it runs out, and the
composition root then shows the login screen. ``set_minutes(0)`` disables it.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class IdleLock(QObject):
    """Emits ``idle_timed_out`` after a period without user input."""

    idle_timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._armed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input; 0 never locks."""
        self.set_interval_ms(max(0, int(minutes)) * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        """The same in milliseconds (tests)."""
        self._timer.setInterval(max(0, interval_ms))
        self._armed = interval_ms > 0
        self.restart()

    def restart(self) -> None:
        """Start counting again (after sign-in, or on input)."""
        if self._armed:
            self._timer.start()
        else:
            self._timer.stop()

    def pause(self) -> None:
        """Stop counting while the login screen is up."""
        self._timer.stop()

    def is_running(self) -> bool:
        """True while a countdown runs."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts a running countdown; events pass on unchanged."""
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        self.idle_timed_out.emit()
