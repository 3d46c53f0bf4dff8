"""The all-day webhook delivery thread (design.md "Threads": QThread + sync httpx + Events).

``WebhookThread.run`` runs ``WebhookDeliverer.run`` on the QThread; the GUI thread only calls
``wake()`` (after enqueuing events) and ``stop()`` (at shutdown). Results come back through
``delivery_attempted`` carrying only immutable values (event id, status code, flag), emitted
from the worker thread and queued to receivers living on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from posapp.webhooks.delivery import AttemptResult, WebhookDeliverer

STOP_WAIT_MS = 2000


class WebhookThread(QThread):
    """Delivers webhooks in the background until ``stop()``.

    Does not own the deliverer: the composition root closes it (``deliverer.close()``) after
    ``stop()``.
    """

    delivery_attempted = Signal(str, int, bool)
    """(event id, HTTP status code or 0 when no response, delivered). Worker thread."""

    def __init__(self, deliverer: WebhookDeliverer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webhook-delivery")
        self._deliverer = deliverer
        self._stop = threading.Event()
        self._wake = threading.Event()
        deliverer.add_observer(self._on_deliverer_attempted)

    def run(self) -> None:
        """Thread body: the delivery loop. Worker thread."""
        self._deliverer.run(self._stop, self._wake)

    def _on_deliverer_attempted(self, result: AttemptResult) -> None:
        """Observer of the deliverer; re-emits as a Qt signal. Worker thread."""
        self.delivery_attempted.emit(result.event_id, result.status_code or 0, result.delivered)

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
