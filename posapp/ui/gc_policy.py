"""Python's cyclic garbage collection kept on the GUI thread (created once at start-up).

``MainThreadCollector`` keeps collections on the GUI thread, so Qt wrappers are never
finalised on a worker thread.
"""

from __future__ import annotations

import gc


class MainThreadCollector:
    """Runs Python's cyclic garbage collector on the GUI thread only.

    With automatic collection, a collection can start on any thread that allocates (the
    watcher's asyncio loop, the thread pool) and finalise Qt wrappers there, deleting
    widgets off the GUI thread: a crash. This disables automatic collection and collects
    from a GUI-thread timer with the usual generation thresholds (pyqtgraph's recipe).
    ``stop()`` re-enables automatic collection. Create, check and stop on the GUI thread.
    """

    def __init__(self, interval_ms: int = 500) -> None:
        from PySide6.QtCore import QTimer

        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose thresholds are exceeded (GUI thread)."""
        count0, count1, count2 = gc.get_count()
        if count0 > self._thresholds[0]:
            gc.collect(0)
            if count1 > self._thresholds[1]:
                gc.collect(1)
                if count2 > self._thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Stop the timer, collect once more, restore automatic collection (idempotent)."""
        if self._timer.isActive():
            self._timer.stop()
            gc.collect()
            if self._was_enabled:
                gc.enable()
