"""``run_in_background``: one-off jobs (bcrypt, exports, reports, account checks) on the
global QThreadPool, with the result or error delivered by signal on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("posapp.workers.background")


class TaskSignals(QObject):
    """Signals of one background task (emitted on the pool thread, received on the GUI's)."""

    finished = Signal(object)
    failed = Signal(object)  # the exception


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            log.debug("background task failed: %s", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_live: set[TaskSignals] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> TaskSignals:
    """GUI thread: run ``fn()`` on a pool thread; call ``on_done(result)`` or
    ``on_error(exc)`` back on the GUI thread. ``fn`` must return immutable data."""
    signals = TaskSignals()
    _live.add(signals)
    if on_done is not None:
        signals.finished.connect(on_done)
    if on_error is not None:
        signals.failed.connect(on_error)
    signals.finished.connect(lambda _r: _live.discard(signals))
    signals.failed.connect(lambda _e: _live.discard(signals))
    (pool or QThreadPool.globalInstance()).start(_Task(fn, signals))
    return signals
