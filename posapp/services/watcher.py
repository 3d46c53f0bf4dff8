"""Payment detection as one asyncio job: Horizon reader → applier, plus the expiry ticker.

Runs on whichever thread owns the event loop: the Qt watcher thread in the GUI, the main
thread in ``posapp watch`` / ``posapp charge``. Listeners are called on that same thread
with immutable data only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from posapp.core.connection import ConnectionStatus
from posapp.core.session import PaymentSession
from posapp.services.clock import Clock, utc_now
from posapp.services.config import ShopConfig
from posapp.services.payments import AppliedPayment, PaymentApplier
from posapp.services.sessions import SessionService
from posapp.stellar.horizon_reader import HorizonReader, ReceivedRecord
from posapp.storage.engine import Database

log = logging.getLogger("posapp.watcher")
EXPIRY_TICK_SECONDS = 1.0


class WatchListener(Protocol):
    """Receives what detection did; called on the watcher's thread."""

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None: ...

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None: ...

    def connection_changed(self, status: ConnectionStatus) -> None: ...


class NullListener:
    """A listener that ignores everything."""

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        """Ignore."""

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Ignore."""

    def connection_changed(self, status: ConnectionStatus) -> None:
        """Ignore."""


class PaymentWatcher:
    """Follows the merchant's payments on Horizon and applies them; also expires sessions."""

    def __init__(
        self,
        db: Database,
        config: ShopConfig,
        sessions: SessionService,
        listener: WatchListener | None = None,
        *,
        clock: Clock = utc_now,
        reader_options: dict[str, Any] | None = None,
    ) -> None:
        self.applier = PaymentApplier(db, config, clock)
        self._sessions = sessions
        self._listener: WatchListener = listener or NullListener()
        network = config.stellar_network
        self.reader = HorizonReader(
            network.horizon_url, config.merchant_account, **(reader_options or {})
        )

    # RecordSink ----------------------------------------------------------------------
    def load_cursor(self) -> str | None:
        """The persisted cursor (watcher thread)."""
        return self.applier.load_cursor()

    def apply(self, batch: Sequence[ReceivedRecord]) -> None:
        """Apply a batch in one transaction, then tell the listener (watcher thread)."""
        applied = self.applier.apply(batch)
        if applied:
            self._listener.payments_applied(tuple(applied))

    def state_changed(self, status: ConnectionStatus) -> None:
        """Forward the connection state (watcher thread)."""
        self.applier.state_changed(status)
        self._listener.connection_changed(status)

    # Jobs ----------------------------------------------------------------------------
    async def run(self) -> None:
        """Follow Horizon and expire sessions until cancelled."""
        expiry = asyncio.create_task(self._expire_forever())
        try:
            await self.reader.run(self)
        finally:
            expiry.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await expiry

    async def catch_up(self) -> int:
        """Read everything since the stored cursor, apply it, expire what is due; return the
        number of records read."""
        count = await self.reader.catch_up(self)
        self._expire_once()
        return count

    async def _expire_forever(self) -> None:
        while True:
            self._expire_once()
            await asyncio.sleep(EXPIRY_TICK_SECONDS)

    def _expire_once(self) -> None:
        try:
            expired = self._sessions.expire_due()
        except Exception:  # a locked DB must not kill detection; next tick retries
            log.exception("expiring sessions failed")
            return
        if expired:
            self._listener.sessions_expired(tuple(expired))
