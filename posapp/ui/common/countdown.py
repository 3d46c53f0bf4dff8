"""A ticking count of whole seconds until a deadline, from the injected clock (GUI thread)."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from posapp.core.clock import Clock

TICK_MS = 200


class Countdown(QObject):
    """Emits ``ticked(seconds_left)`` whenever the whole number of seconds left changes."""

    ticked = Signal(int)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self._clock = clock
        self._deadline: datetime | None = None
        self._last: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, deadline: datetime) -> None:
        """Count down to ``deadline``; emits the first value at once. GUI thread."""
        self._deadline = deadline
        self._last = None
        self._on_timer_timeout()
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking (idempotent). GUI thread."""
        self._timer.stop()
        self._deadline = None

    def seconds_left(self) -> int:
        """Whole seconds until the deadline (rounded up, never negative); 0 when stopped."""
        if self._deadline is None:
            return 0
        left = (self._deadline - self._clock()).total_seconds()
        return max(math.ceil(left), 0)

    def _on_timer_timeout(self) -> None:
        """GUI thread."""
        left = self.seconds_left()
        if left != self._last:
            self._last = left
            self.ticked.emit(left)
