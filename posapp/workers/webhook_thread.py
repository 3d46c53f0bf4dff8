"""The all-day webhook delivery thread (docs/design.md "Threads": QThread + sync httpx + Events).

``WebhookThread.run`` runs ``WebhookDeliverer.run`` on the QThread; the GUI thread only calls
``wake()`` (after enqueuing events) and ``stop()`` (at shutdown). Results come back through
signals carrying only immutable values, emitted from the worker thread and queued to
receivers living on the GUI thread: ``delivery_attempted`` (event id, status code, flag) and
``health_changed`` (a ``DeliveryHealth``, read on this thread after each pass, emitted only
when it changed, so the GUI never queries the outbox itself).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QThread, Signal, Slot

from posapp.storage.engine import Database
from posapp.webhooks.delivery import AttemptResult, PassResult, WebhookDeliverer
from posapp.webhooks.health import DeliveryHealth, read_health, scrub

log = logging.getLogger("posapp.workers.webhooks")
STOP_WAIT_MS = 2000
BUILD_RETRY_FIRST_S = 5.0
BUILD_RETRY_MAX_S = 300.0


class WebhookThread(QThread):
    """Delivers webhooks in the background until ``stop()``.

    Given a ``WebhookDeliverer`` it does not own it: the composition root closes it
    (``deliverer.close()``) after ``stop()``. Given a factory (``() -> WebhookDeliverer``),
    the deliverer is built on this thread (no keyring, TLS or database work on the GUI
    thread) and closed here when the loop ends.
    """

    delivery_attempted = Signal(str, int, bool)
    """(event id, HTTP status code or 0 when no response, delivered). Worker thread."""
    health_changed = Signal(object)
    """``DeliveryHealth`` after a pass that changed it. Worker thread."""

    def __init__(
        self,
        deliverer: WebhookDeliverer | Callable[[], WebhookDeliverer],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("webhook-delivery")
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._health: DeliveryHealth | None = None
        if isinstance(deliverer, WebhookDeliverer):
            self._deliverer: WebhookDeliverer | None = deliverer
            self._factory: Callable[[], WebhookDeliverer] | None = None
            self._observe(deliverer)
        else:
            self._deliverer, self._factory = None, deliverer

    def _observe(self, deliverer: WebhookDeliverer) -> None:
        deliverer.add_observer(self._on_deliverer_attempted)
        deliverer.add_pass_observer(partial(self._on_deliverer_passed, deliverer.db))

    def run(self) -> None:
        """Thread body: the delivery loop (building the deliverer first when given a
        factory). Worker thread."""
        if self._factory is None:
            assert self._deliverer is not None
            self._deliverer.run(self._stop, self._wake)
            return
        deliverer = self._build(self._factory)
        if deliverer is None:
            return
        self._observe(deliverer)
        try:
            deliverer.run(self._stop, self._wake)
        finally:
            deliverer.close()

    def _build(self, factory: Callable[[], WebhookDeliverer]) -> WebhookDeliverer | None:
        """Build the deliverer, retrying with a growing pause until it works or ``stop()``
        (None then). A failure is reported as health, never silent. Worker thread."""
        pause = BUILD_RETRY_FIRST_S
        while not self._stop.is_set():
            try:
                return factory()
            except Exception as exc:
                reason = scrub(f"not started: {exc}")
                log.error("webhook delivery %s; trying again in %.0f s", reason, pause)
                self._report(DeliveryHealth(0, 0, 0, "", blocked=reason, stopped=True))
            self._stop.wait(pause)
            pause = min(pause * 2, BUILD_RETRY_MAX_S)
        return None

    def _on_deliverer_attempted(self, result: AttemptResult) -> None:
        """Observer of the deliverer; re-emits as a Qt signal. Worker thread."""
        self.delivery_attempted.emit(result.event_id, result.status_code or 0, result.delivered)

    def _on_deliverer_passed(self, db: Database, result: PassResult) -> None:
        """After each pass: read the outbox's health here and emit it if it changed.
        Worker thread."""
        self._report(read_health(db, result.blocked))

    def _report(self, health: DeliveryHealth) -> None:
        if health != self._health:
            self._health = health
            self.health_changed.emit(health)

    @Slot()
    def wake(self) -> None:
        """Look for due events now (call after enqueuing). Any thread; cheap."""
        self._wake.set()

    @Slot()
    def stop(self) -> bool:
        """Ask the loop to end and wait up to 2 s; idempotent. Returns True when the thread
        has finished. GUI thread (never from the worker itself)."""
        self._stop.set()
        self._wake.set()
        if not self.isRunning():
            return True
        return self.wait(STOP_WAIT_MS)
