"""Keeps the rate cache warm so the GUI thread can charge from it without waiting.

``SessionService.create(..., allow_fetch=False)`` only reads the rate source's cache; an HTTP
source fills that cache only when ``quote()`` runs, which may block. ``RateRefresher`` calls
``quote()`` on the thread pool at start, every ``interval_s`` seconds and on demand
(``refresh``), and reports the outcome by signal on the GUI thread. Sources cache for about a
minute, so the default 15 s keeps a fresh quote in hand.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from posapp.core.clock import Clock
from posapp.core.session import RateQuote
from posapp.rates import RateSource
from posapp.workers.tasks import run_task

log = logging.getLogger("posapp.workers.rates")
REFRESH_INTERVAL_S = 15


class RateRefresher(QObject):
    """Periodic, non-blocking rate fetches (created and driven on the GUI thread)."""

    quote_updated = Signal(object)  # RateQuote
    quote_failed = Signal(str)

    def __init__(
        self,
        rates: RateSource,
        currency: str,
        clock: Clock,
        *,
        interval_s: float = REFRESH_INTERVAL_S,
        parent: QObject | None = None,
    ) -> None:
        """GUI thread."""
        super().__init__(parent)
        self._rates = rates
        self._currency = currency
        self._clock = clock
        self._busy = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_s * 1000))
        self._timer.timeout.connect(self.refresh)

    def use(self, rates: RateSource) -> None:
        """Fetch from ``rates`` from now on (settings changed); fetches at once. GUI thread."""
        self._rates = rates
        self._busy = False
        self.refresh()

    def start(self) -> None:
        """Fetch now and then periodically. GUI thread."""
        self._stopped = False
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """No more fetches; a running one is ignored when it ends. Idempotent. GUI thread."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def refresh(self) -> None:
        """Fetch a quote on the pool unless one is already running. GUI thread."""
        if self._busy or self._stopped:
            return
        self._busy = True
        rates, currency, clock = self._rates, self._currency, self._clock
        run_task(
            lambda: rates.quote(currency, clock()),
            self._on_task_finished,
            self._on_task_failed,
        )

    @Slot(object)
    def _on_task_finished(self, quote: RateQuote) -> None:
        """GUI thread."""
        self._busy = False
        if not self._stopped:
            self.quote_updated.emit(quote)

    @Slot(object)
    def _on_task_failed(self, error: Exception) -> None:
        """GUI thread."""
        self._busy = False
        log.warning("rate refresh failed: %s", error)
        if not self._stopped:
            self.quote_failed.emit(str(error))
