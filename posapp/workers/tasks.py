"""Background work for windows: one API for every call the GUI thread must not wait on
(bcrypt, Horizon checks, history queries, exports, reports).

- ``run_task(fn, on_done, on_error, owner=...)``: a one-off call on the global
  ``QThreadPool``; the result (or the exception) comes back on the GUI thread, and is
  dropped when ``owner`` (a window) was destroyed meanwhile.
- ``TaskRunner(owner)``: a window's own runner (a child QObject, so it dies with the
  window). ``run(..., key="sales-page")``: only the newest request of a key delivers its
  result (latest request wins); ``supersede(key)`` drops the pending one.
  ``run_with_progress`` hands the call a ``TaskProgress`` (progress reports, cancel) and
  returns a ``TaskHandle`` whose ``cancel()`` asks the call to stop. ``shutdown()`` (when
  the window closes) stops all deliveries and waits, bounded, for running calls.

Only immutable data crosses threads: calls receive their arguments by closure and return
frozen dataclasses, tuples or strings. Results, errors and progress are delivered by
queued signals, so callbacks always run on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from posapp.workers.errors import error_text

log = logging.getLogger("posapp.workers.tasks")

YIELD_S = 0.25
"""Longest pause of a stoppable call while a foreground call (rows the user waits for)
runs on the same runner."""

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Signals(QObject):
    """Signals of one task: emitted on the pool thread, received (queued) on the GUI's."""

    finished = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[_Signals], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:  # pool thread
        try:
            result = self._fn(self._signals)
        except Exception as exc:
            log.debug("background task failed: %s", error_text(exc))
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


_live: set[_Signals] = set()
"""Signals of running tasks (kept alive until their result was delivered)."""


def _start(
    fn: Callable[[_Signals], Any],
    on_done: Done,
    on_error: Failed,
    pool: QThreadPool | None,
    on_progress: Callable[[Any], None] | None = None,
) -> None:
    """GUI thread: run ``fn(signals)`` on ``pool`` (or, without one, right here); deliver
    ``on_done``/``on_error``/``on_progress`` on the GUI thread."""
    signals = _Signals()
    _live.add(signals)
    queued = pool is not None
    how = Qt.ConnectionType.QueuedConnection if queued else Qt.ConnectionType.DirectConnection

    def done(result: Any) -> None:
        _live.discard(signals)
        on_done(result)

    def failed(exc: Exception) -> None:
        _live.discard(signals)
        on_error(exc)

    signals.finished.connect(done, how)
    signals.failed.connect(failed, how)
    if on_progress is not None:
        signals.progressed.connect(on_progress, how)
    runnable = _Runnable(fn, signals)
    if pool is None:
        runnable.run()
    else:
        pool.start(runnable)


def _unhandled(exc: Exception) -> None:
    log.warning("background task failed: %s", error_text(exc))


def run_task(
    fn: Callable[[], Any],
    on_done: Done | None = None,
    on_error: Failed | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """GUI thread: run ``fn()`` on the global pool; call ``on_done(result)`` or
    ``on_error(exc)`` back on the GUI thread, unless ``owner`` was destroyed meanwhile.
    Without ``on_error`` a failure is logged."""

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def done(result: Any) -> None:
        if on_done is not None and alive():
            on_done(result)

    def failed(exc: Exception) -> None:
        if alive():
            (on_error or _unhandled)(exc)

    _start(lambda _signals: fn(), done, failed, QThreadPool.globalInstance())


class TaskProgress:
    """Handed to a progress task's function (pool thread): ``report`` forwards a value to
    the GUI thread and returns False once the task should stop."""

    def __init__(self, signals: _Signals, stop: Callable[[], bool]) -> None:
        self._signals = signals
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        """True once ``TaskHandle.cancel()`` was called (or the runner shut down)."""
        return self._stop()

    def also_stop_when(self, stop: Callable[[], bool]) -> TaskProgress:
        """The same progress, also stopping once ``stop()`` is True."""
        return TaskProgress(self._signals, lambda: self._stop() or stop())

    def report(self, value: object) -> bool:
        """Send ``value`` (immutable) to the GUI; False when the task should stop."""
        self._signals.progressed.emit(value)
        return not self._stop()


class TaskHandle:
    """A running progress task (GUI thread): ``cancel()`` asks its function to stop."""

    def __init__(self, cancel: threading.Event) -> None:
        self._cancel = cancel

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()


class TaskRunner(QObject):
    """A window's background tasks (GUI thread API), on the global ``QThreadPool`` or, with
    ``max_threads``, on a pool of its own (so a window's queries do not queue behind
    another's).

    Created as a child of the window: results arriving after the window was destroyed, or
    after ``shutdown()``, are dropped. With ``inline=True`` tasks run synchronously on the
    calling thread (tests and benchmarks of pure logic).
    """

    failed = Signal(str)
    """A task without its own error handler failed (``error_text`` for a status bar)."""

    def __init__(
        self, parent: QObject | None = None, *, max_threads: int | None = None, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self.inline = inline
        self._own_pool = max_threads is not None
        if max_threads is None:
            self._pool = QThreadPool.globalInstance()
        else:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(max_threads)
        self._tokens = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._closed = False
        self._foreground = 0

    def supersede(self, *keys: str) -> None:
        """Drop the results of the tasks pending under ``keys`` (stoppable ones see
        ``superseded()`` turn True and end early). GUI thread."""
        for key in keys:
            self._latest[key] = next(self._tokens)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        key: str | None = None,
        stoppable: bool = False,
        foreground: bool = False,
        on_progress: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the pool; ``on_done(result)`` / ``on_error(exc)`` on the GUI
        thread unless a newer task took the ``key`` or the owner is gone. Without
        ``on_error`` a failure is logged and ``failed`` emitted.

        With ``stoppable`` the task is called as ``fn(superseded)``: ``superseded()`` turns
        True (any thread) once a newer task took the key or the runner shut down, so long
        tasks can give up early; while a ``foreground`` task runs, ``superseded()`` also
        pauses the caller for up to ``YIELD_S`` so the foreground task is not slowed.
        With ``on_progress`` the task is called as ``fn(progress)`` (see
        ``run_with_progress``)."""
        token = next(self._tokens)
        if key is not None:
            self._latest[key] = token
        if foreground:
            self._foreground += 1

        def current() -> bool:
            return (
                not self._closed
                and shiboken6.isValid(self)
                and (key is None or self._latest.get(key) == token)
            )

        def settle() -> None:
            if foreground:
                self._foreground -= 1

        def done(result: Any) -> None:
            settle()
            if current() and on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            settle()
            if not current():
                return
            if on_error is not None:
                on_error(exc)
            else:
                _unhandled(exc)
                self.failed.emit(error_text(exc))

        def superseded() -> bool:
            waited = 0.0
            while self._foreground and waited < YIELD_S and current():
                time.sleep(0.002)
                waited += 0.002
            return not current()

        def progressed(value: Any) -> None:
            if on_progress is not None and not self._closed and shiboken6.isValid(self):
                on_progress(value)

        def guarded(signals: _Signals) -> Any:
            if not current():
                return None  # superseded before it started: skip the work
            if on_progress is not None:
                return fn(TaskProgress(signals, lambda: self._closed or not current()))
            return fn(superseded) if stoppable else fn()

        pool = None if self.inline else self._pool
        _start(guarded, done, failed, pool, progressed if on_progress else None)

    def run_with_progress(
        self,
        fn: Callable[[TaskProgress], Any],
        on_done: Done,
        on_error: Failed,
        on_progress: Callable[[Any], None],
    ) -> TaskHandle:
        """Run ``fn(progress)`` on the pool with progress reports (delivered on the GUI
        thread while the owner lives) and cancel (``TaskHandle.cancel()``)."""
        cancel = threading.Event()

        def work(progress: TaskProgress) -> Any:
            return fn(progress.also_stop_when(cancel.is_set))

        self.run(work, on_done, on_error, on_progress=on_progress)
        return TaskHandle(cancel)

    def shutdown(self, timeout_ms: int = 2000) -> None:
        """Stop delivering results; with a pool of its own, also drop queued tasks and wait
        (bounded) for running ones."""
        self._closed = True
        if self._own_pool:
            self._pool.clear()
            self._pool.waitForDone(timeout_ms)
