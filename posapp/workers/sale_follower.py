"""The counter follows its own sales in the database: whoever changes them (the history's
attach, another counter, ``posapp`` on the command line, the watcher of another counter),
both screens show the change within a second. It also hears of every payment to the shop's
account that settled no sale (stray payments), so the cashier can be told at once.

``SaleFollower`` polls every ``POLL_MS`` on the global thread pool (``workers.tasks``): one
indexed read of the followed sales by id and one of the payments stored since the last look.
The GUI thread only starts the read and receives immutable results; a poll never starts
while the previous one is still running, so a slow database can never pile reads up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from posapp.core.session import PaymentSession
from posapp.services.sales.counter_desk import CounterDesk, StrayPayment
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

log = logging.getLogger("posapp.workers.follower")
POLL_MS = 400


class SaleFollower(QObject):
    """Polls the counter's sales and new stray payments; emits what changed (GUI thread)."""

    session_changed = Signal(object)
    """A followed sale (``PaymentSession``) as stored now (emitted on every poll)."""
    stray_payment = Signal(object)
    """A payment (``StrayPayment``) stored since the counter started that settled no sale."""

    def __init__(
        self,
        desk: CounterDesk,
        followed: Callable[[], tuple[str, ...]],
        *,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        """``followed()`` names the sale ids to follow now; called on the GUI thread."""
        super().__init__(parent)
        self._desk = desk
        self._followed = followed
        self._after: int | None = None
        self._busy = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Start polling: payments stored before now are old news. GUI thread."""
        self._stopped = False
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """Stop polling (a read under way is dropped). GUI thread."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.poll()

    def poll(self) -> None:
        """Read the followed sales and new stray payments now, unless a read is running."""
        if self._busy or self._stopped:
            return
        self._busy = True
        ids = tuple(self._followed())
        after = self._after
        desk = self._desk

        def read() -> tuple[tuple[PaymentSession, ...], int, tuple[StrayPayment, ...]]:
            """Pool thread: the sales as stored, and the payments since ``after``."""
            sessions = desk.get_many(ids)
            if after is None:
                return sessions, desk.last_payment_id(), ()
            strays = desk.strays_after(after)
            last = max((s.payment.id for s in strays), default=after)
            return sessions, last, strays

        run_task(read, self._on_read_done, self._on_read_failed, owner=self)

    def _on_read_done(
        self, result: tuple[tuple[PaymentSession, ...], int, tuple[StrayPayment, ...]]
    ) -> None:
        self._busy = False
        if self._stopped:
            return
        sessions, last, strays = result
        self._after = last
        for session in sessions:
            self.session_changed.emit(session)
        for stray in strays:
            self.stray_payment.emit(stray)

    def _on_read_failed(self, exc: Exception) -> None:
        self._busy = False
        log.warning("following the counter's sales failed: %s", error_text(exc))
