"""Wiring delivery to a data dir: a ``WebhookDeliverer`` over this data dir's secret store and
configured URL, and a plain (Qt-free) delivery thread for ``posapp watch``.

The GUI wraps the same deliverer in ``posapp.workers.webhook_thread.WebhookThread`` instead.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from posapp.core.errors import WebhookError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.storage.engine import Database
from posapp.storage.settings_repo import SHOP_CONFIG_KEY, WEBHOOK_URL_FIELD, get_setting
from posapp.webhooks.delivery import WebhookDeliverer
from posapp.webhooks.secret_store import open_secret_store

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 2.0
CLAIM_ENV = "POSAPP_WEBHOOK_CLAIM_SECONDS"


def configured_endpoint_url(db: Database) -> Callable[[], str | None]:
    """An ``endpoint_url`` callable returning the configured webhook URL (or ``None``), read
    afresh on each delivery pass so a changed URL takes effect without a restart. Delivery
    thread."""

    def endpoint_url() -> str | None:
        with db.read() as session:
            config = get_setting(session, SHOP_CONFIG_KEY) or {}
        url = config.get(WEBHOOK_URL_FIELD) if isinstance(config, dict) else None
        return url or None

    return endpoint_url


def build_deliverer(
    data_dir: Path | str,
    db: Database,
    *,
    endpoint_url: Callable[[], str | None] | None = None,
    **kwargs: Any,
) -> WebhookDeliverer:
    """A deliverer for this data dir: its secret store (keyring or opted-in file) and its
    configured URL. ``kwargs`` go to ``WebhookDeliverer``. ``POSAPP_WEBHOOK_CLAIM_SECONDS``
    sets how long an event this counter claimed stays its own (see ``CLAIM_LEASE``): after
    a counter dies, its claimed events are sent by another that much later. Any thread
    (reads one setting)."""
    claim = os.environ.get(CLAIM_ENV, "").strip()
    if claim and "claim_lease" not in kwargs:
        try:
            seconds = float(claim)
        except ValueError:
            seconds = 0.0
        if not 3 <= seconds <= 3600:
            raise WebhookError(
                QT_TRANSLATE_NOOP(
                    "errors", "{variable} must be a number of seconds from 3 to 3600"
                ),
                variable=CLAIM_ENV,
            )
        kwargs["claim_lease"] = timedelta(seconds=seconds)
    return WebhookDeliverer(
        db,
        open_secret_store(db, data_dir),
        endpoint_url or configured_endpoint_url(db),
        **kwargs,
    )


class DeliveryThread:
    """``WebhookDeliverer.run`` on a daemon ``threading.Thread`` (headless ``posapp watch``).

    Calling the object stops it (the shape ``posapp watch`` expects from
    ``start_delivery_thread``). Owns and closes the deliverer.
    """

    def __init__(self, deliverer: WebhookDeliverer) -> None:
        self.deliverer = deliverer
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(
            target=deliverer.run, args=(self._stop, self._wake), name="webhooks", daemon=True
        )

    def start(self) -> DeliveryThread:
        """Start delivering; returns self. Caller's thread."""
        self._thread.start()
        return self

    def wake(self) -> None:
        """Look for due events now (after enqueuing). Any thread."""
        self._wake.set()

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Stop, wait up to ``timeout`` s, close the deliverer; idempotent. True when the
        thread has ended. Any thread but the delivery thread itself."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        stopped = not self._thread.is_alive()
        if stopped:
            self.deliverer.close()
        else:
            log.warning("webhook delivery did not stop within %.1f s", timeout)
        return stopped

    __call__ = stop


def start_delivery_thread(
    data_dir: Path | str,
    db: Database,
    *,
    endpoint_url: Callable[[], str | None] | None = None,
    **kwargs: Any,
) -> DeliveryThread:
    """Build a deliverer for ``data_dir`` and start it on a background thread; call the
    result (or ``.stop()``) to stop it. Main thread of ``posapp watch``."""
    return DeliveryThread(
        build_deliverer(data_dir, db, endpoint_url=endpoint_url, **kwargs)
    ).start()
