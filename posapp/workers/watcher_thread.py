"""The payment watcher as a QThread that owns an asyncio loop (docs/design.md "Threads").

Signals carry immutable data only (frozen dataclasses, strings); they are emitted on the
watcher thread and delivered to GUI slots through queued connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from posapp.core.connection import ConnectionStatus
from posapp.core.session import PaymentSession
from posapp.services.detection.applier import AppliedPayment
from posapp.services.detection.watcher import PaymentWatcher

log = logging.getLogger("posapp.workers.watcher")
STOP_TIMEOUT_MS = 2000


class WatcherThread(QThread):
    """Runs ``PaymentWatcher.run`` on its own event loop until ``stop()``."""

    payment_applied = Signal(object)  # AppliedPayment
    session_changed = Signal(object)  # PaymentSession
    connection_changed = Signal(object)  # ConnectionStatus
    failed = Signal(str)

    def __init__(self, make_watcher: Callable[[object], PaymentWatcher]) -> None:
        """``make_watcher(listener)`` builds the watcher; it is called on the watcher thread."""
        super().__init__()
        self.setObjectName("posapp-watcher")
        self._make_watcher = make_watcher
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._lock = threading.Lock()
        self._stopping = False

    # WatchListener, called on this thread ----------------------------------------------
    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        """Emit one signal per payment and per changed session."""
        for item in applied:
            self.payment_applied.emit(item)
            if item.session is not None:
                self.session_changed.emit(item.session)

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Emit the expired sessions."""
        for session in sessions:
            self.session_changed.emit(session)

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Emit sessions another counter changed."""
        for session in sessions:
            self.session_changed.emit(session)

    def connection_changed_to(self, status: ConnectionStatus) -> None:
        """Emit the new connection state."""
        self.connection_changed.emit(status)

    # QThread ---------------------------------------------------------------------------
    def run(self) -> None:
        """Watcher thread: build the watcher, run it until cancelled."""
        loop = asyncio.new_event_loop()
        try:
            watcher = self._make_watcher(_Listener(self))
            with self._lock:
                if self._stopping:
                    return
                self._loop = loop
                self._task = loop.create_task(watcher.run())
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # detection must never die silently
            log.exception("payment watcher failed")
            self.failed.emit(str(exc))
        finally:
            with self._lock:
                self._loop = None
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> bool:
        """GUI thread: cancel the watcher and wait (bounded); idempotent. True if it ended."""
        with self._lock:
            self._stopping = True
            if self._loop is not None and self._task is not None:
                self._loop.call_soon_threadsafe(self._task.cancel)
        return self.wait(STOP_TIMEOUT_MS) if self.isRunning() else True


class _Listener:
    """Adapts the watcher's listener calls to the thread's signals (watcher thread)."""

    def __init__(self, thread: WatcherThread) -> None:
        self._thread = thread

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        self._thread.payments_applied(applied)

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        self._thread.sessions_expired(sessions)

    def connection_changed(self, status: ConnectionStatus) -> None:
        self._thread.connection_changed_to(status)

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        self._thread.sessions_changed(sessions)
