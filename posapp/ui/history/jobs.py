"""Background jobs of the history window: blocking service calls on a private thread pool,
results back on the GUI thread, stale results dropped, long jobs with progress and cancel.

Only immutable data crosses threads: job functions receive their arguments by closure
(frozen filters, ids) and return frozen dataclasses or tuples of strings.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from posapp.workers.background import run_in_background

log = logging.getLogger("posapp.ui.history")

YIELD_S = 0.25
"""Longest pause of a stoppable job while a foreground job runs."""
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Progress:
    """Handed to a progress job's function (pool thread): ``report`` forwards a value to
    the GUI thread and returns False once the user cancelled."""

    def __init__(self, signals: _ProgressSignals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        """True once ``JobHandle.cancel()`` was called."""
        return self._cancel.is_set()

    def report(self, value: object) -> bool:
        """Send ``value`` (immutable) to the GUI; False when the job should stop."""
        self._signals.progressed.emit(value)
        return not self._cancel.is_set()


class _ProgressSignals(QObject):
    progressed = Signal(object)


class JobHandle:
    """A running progress job (GUI thread): ``cancel()`` asks its function to stop."""

    def __init__(self, cancel: threading.Event, signals: _ProgressSignals) -> None:
        self._cancel = cancel
        self.signals = signals

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()


class JobRunner(QObject):
    """Runs jobs on its own ``QThreadPool`` (GUI thread API).

    ``channel``: only the newest job of a channel delivers its result (a newer filter
    makes older page loads, counts and charts irrelevant). With ``inline=True`` jobs run
    synchronously on the calling thread (tests and benchmarks of pure logic).
    """

    failed = Signal(str)
    """A job without its own error handler failed (message for the status bar)."""

    def __init__(
        self, parent: QObject | None = None, *, max_threads: int = 3, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tokens = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._closed = False
        self._foreground = 0
        self._progress: set[_ProgressSignals] = set()

    def cancel(self, *channels: str) -> None:
        """Drop the results of the jobs running on ``channels`` (their ``superseded()``
        turns True, so stoppable ones end early). GUI thread."""
        for channel in channels:
            self._latest[channel] = next(self._tokens)

    def is_current(self, channel: str, token: int) -> bool:
        """True while ``token`` is the newest job of ``channel`` (any thread)."""
        return self._latest.get(channel) == token

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        channel: str | None = None,
        stoppable: bool = False,
        foreground: bool = False,
    ) -> int:
        """Run ``fn()`` on the pool; ``on_done(result)`` / ``on_error(exc)`` on the GUI
        thread unless a newer job took the ``channel``.

        With ``stoppable`` the job is called as ``fn(superseded)``: ``superseded()`` turns
        True (any thread) once a newer job took the channel or the runner shut down, so
        long jobs can give up early; while a ``foreground`` job (rows the user waits for)
        runs, ``superseded()`` also pauses the caller for up to ``YIELD_S`` so the rows
        are not slowed down by chart queries. Returns the job's token."""
        token = next(self._tokens)
        if channel is not None:
            self._latest[channel] = token
        if foreground:
            self._foreground += 1

        def current() -> bool:
            return not self._closed and (channel is None or self._latest.get(channel) == token)

        def settle() -> None:
            if foreground:
                self._foreground -= 1

        def done(result: Any) -> None:
            settle()
            if current():
                on_done(result)

        def failed(exc: Exception) -> None:
            settle()
            if not current():
                return
            if on_error is not None:
                on_error(exc)
            else:
                log.warning("history job failed: %s", exc)
                self.failed.emit(str(exc))

        def superseded() -> bool:
            waited = 0.0
            while self._foreground and waited < YIELD_S and current():
                time.sleep(0.002)
                waited += 0.002
            return not current()

        def guarded() -> Any:
            if not current():
                return None  # superseded before it started: skip the query
            return fn(superseded) if stoppable else fn()

        if self.inline:
            try:
                result = guarded()
            except Exception as exc:
                failed(exc)
            else:
                done(result)
        else:
            run_in_background(guarded, done, failed, pool=self._pool)
        return token

    def run_with_progress(
        self,
        fn: Callable[[Progress], Any],
        on_done: Done,
        on_error: Failed,
        on_progress: Callable[[Any], None],
    ) -> JobHandle:
        """Run ``fn(progress)`` on the pool with progress reports and cancel."""
        cancel = threading.Event()
        signals = _ProgressSignals()
        self._progress.add(signals)
        signals.progressed.connect(lambda value: None if self._closed else on_progress(value))
        handle = JobHandle(cancel, signals)

        def finish(result: Any) -> None:
            self._progress.discard(signals)
            on_done(result)

        def fail(exc: Exception) -> None:
            self._progress.discard(signals)
            on_error(exc)

        self.run(lambda: fn(Progress(signals, cancel)), finish, fail)
        return handle

    def shutdown(self, timeout_ms: int = 2000) -> None:
        """Drop queued jobs, stop delivering results and wait (bounded) for running ones."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
