"""Webhook delivery for the counter GUI: the same deliverer as ``posapp watch``
(``posapp.webhooks.runtime.build_deliverer``: this data dir's secret store, the configured URL,
claimed events so several counters never send one event twice), on a ``WebhookThread``.

``CounterWebhooks`` is what the composition root holds: ``start()`` when the counter starts
(before anyone signs in), ``wake()`` after something may have queued an event, ``stop()`` at
exit. With no webhook endpoint configured it does nothing at all: no thread, no signal.
All methods run on the GUI thread; ``health_changed`` arrives there, queued.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from posapp.services.context import AppContext
from posapp.webhooks.runtime import build_deliverer
from posapp.workers.webhook_thread import WebhookThread

log = logging.getLogger("posapp.workers.webhooks")


class CounterWebhooks(QObject):
    """The counter's all-day webhook delivery, or nothing when webhooks are off."""

    health_changed = Signal(object)
    """A ``DeliveryHealth`` whenever it changed (relayed from the delivery thread)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        """GUI thread; cheap (the deliverer is built on the delivery thread)."""
        super().__init__(parent)
        self.thread: WebhookThread | None = None
        if ctx.config.webhook_url:
            self.thread = WebhookThread(partial(build_deliverer, ctx.data_dir, ctx.db))
            self.thread.health_changed.connect(self.health_changed)

    @property
    def enabled(self) -> bool:
        """True when an endpoint is configured (delivery runs once started)."""
        return self.thread is not None

    def start(self) -> None:
        """Start delivering (idempotent; nothing when webhooks are off). GUI thread."""
        if self.thread is not None and not self.thread.isRunning():
            self.thread.start()
            log.info("webhook delivery started at the counter")

    @Slot()
    def wake(self) -> None:
        """Look for new events now (after a payment, an expiry, a cancellation). GUI thread."""
        if self.thread is not None:
            self.thread.wake()

    def stop(self) -> bool:
        """Stop delivery within ~2 s; idempotent. True when the thread ended (or never
        ran). GUI thread."""
        if self.thread is None:
            return True
        stopped = self.thread.stop()
        if not stopped:
            log.warning("webhook delivery did not stop in time")
        return stopped
