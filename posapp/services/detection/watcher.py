"""Payment detection as one asyncio job: Horizon reader → applier, plus the expiry ticker.

Runs on whichever thread owns the event loop: the Qt watcher thread in the GUI, the main
thread in ``posapp watch`` / ``posapp charge``. Listeners are called on that same thread
with immutable data only.

Several counters may share one database. Exactly one of them leads detection for a
(network, merchant account): it holds the lease (a PostgreSQL advisory lock), follows
Horizon from the shared cursor and expires sessions. The others follow the database: they
wait on the change feed (LISTEN/NOTIFY) and report the sessions that changed, so every
screen turns Paid promptly, and they retry the lease every ``ELECTION_RETRY_SECONDS``.
When the leader dies its lock goes with its connection and a follower takes over.

A database that fails under detection (SQLite locked by another program for longer than the
busy timeout, a PostgreSQL server restarting or unreachable) never ends ``run()``: the failed
transaction rolled back, so the stored cursor still points before every record not applied.
One warning line is logged, detection pauses (full-jitter backoff, ``DB_RETRY_BASE`` doubling
up to ``DB_RETRY_CAP`` seconds) and starts again from the stored cursor: Horizon sends the
unapplied records again.

    role      does                                      becomes
    follower  reports changed sessions                  leader when the lease is free
    leader    reads Horizon, applies, expires sessions  follower when the lease is lost
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from posapp.core.clock import Clock, utc_now
from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.core.errors import HorizonError
from posapp.core.session import PaymentSession
from posapp.services.config import ShopConfig
from posapp.services.detection.applier import AppliedPayment, PaymentApplier
from posapp.services.detection.start import prepare_start
from posapp.services.detection.status import DetectionStatusBoard
from posapp.services.refunds.settlement import expire_due as expire_refunds
from posapp.services.sales.sessions import SessionService
from posapp.stellar.account_check import check_account
from posapp.stellar.backoff import Backoff
from posapp.stellar.horizon_reader import HorizonReader, HorizonStatusError, ReceivedRecord
from posapp.storage.change_feed import SessionChangeFeed, announce_lease_released
from posapp.storage.engine import DATABASE_ERRORS, Database
from posapp.storage.leases import Lease, lease_for

log = logging.getLogger("posapp.watcher")
EXPIRY_TICK_SECONDS = 1.0
ELECTION_RETRY_SECONDS = 2.0
LEASE_CHECK_SECONDS = 2.0
FOLLOW_WAIT_SECONDS = 0.25
DB_RETRY_BASE = 0.5
DB_RETRY_CAP = 15.0
DB_RETRY_MIN = 0.25
START_RETRY_SECONDS = 1.0
START_RETRY_CAP_SECONDS = 60.0
# Changes are re-read this far back: commits land out of updated_at order, and counters'
# clocks differ a little. Already-reported states are not reported again.
CHANGE_OVERLAP = timedelta(seconds=10)


class WatchListener(Protocol):
    """Receives what detection did; called on the watcher's thread."""

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None: ...

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None: ...

    def connection_changed(self, status: ConnectionStatus) -> None: ...

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Sessions another counter changed (seen while following)."""
        ...


class NullListener:
    """A listener that ignores everything."""

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        """Ignore."""

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Ignore."""

    def connection_changed(self, status: ConnectionStatus) -> None:
        """Ignore."""

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        """Ignore."""


def detection_lease_name(config: ShopConfig) -> str:
    """The lease every counter of one (network, merchant account) competes for."""
    return f"detection:{config.stellar_network.passphrase}:{config.merchant_account}"


class PaymentWatcher:
    """Follows the merchant's payments on Horizon and applies them, and expires sessions,
    while it holds the detection lease; otherwise follows the other counters' changes."""

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
        self._db = db
        self._config = config
        self._clock = clock
        self._sessions = sessions
        self._lease: Lease = lease_for(db, detection_lease_name(config))
        self._changes = ChangeTracker(clock())
        self._board = DetectionStatusBoard(db, config.terminal, clock)
        self._shown_status: ConnectionStatus | None = None
        self._db_backoff = Backoff(DB_RETRY_BASE, DB_RETRY_CAP)
        self.leading = False
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
        self._db_backoff.reset()  # the database works again
        if applied:
            self._listener.payments_applied(tuple(applied))

    def state_changed(self, status: ConnectionStatus) -> None:
        """Forward the connection state and publish it to the other counters (watcher
        thread)."""
        self.applier.state_changed(status)
        self._listener.connection_changed(status)
        if self.leading:
            try:
                self._board.publish(status)
            except DATABASE_ERRORS as exc:  # showing state elsewhere never stops detection
                # info: when detection itself fails, its own warning line follows
                log.info("publishing the detection state failed: %s", self._db.describe_error(exc))
            except Exception:
                log.exception("publishing the detection state failed")

    # Jobs ----------------------------------------------------------------------------
    async def run(self) -> None:
        """Lead detection whenever the lease is ours, follow otherwise; until cancelled.

        Database errors pause and restart detection (see the module docstring); anything
        else propagates."""
        feed = SessionChangeFeed(self._db)
        try:
            while True:
                try:
                    await self._lead_or_follow(feed)
                except DATABASE_ERRORS as exc:
                    await self._pause_after_database_error(exc)
        finally:
            feed.close()

    async def _lead_or_follow(self, feed: SessionChangeFeed) -> None:
        """One turn: lead until the lease is lost, or follow until the next election."""
        if self._lease.try_acquire():
            try:
                await self._lead()
            finally:
                self._lease.release()
                self.leading = False
                announce_lease_released(self._db)
                # following again: only what changes from now on is news
                self._changes = ChangeTracker(self._clock())
        else:
            await self._follow(feed, ELECTION_RETRY_SECONDS)

    async def _pause_after_database_error(self, exc: Exception) -> None:
        """Log one warning line (no traceback, no password) and wait before detection
        starts again from the stored cursor."""
        delay = max(self._db_backoff.next_delay(), DB_RETRY_MIN)
        log.warning(
            "database error, payment detection paused (failure %d); retrying in %.1f s: %s",
            self._db_backoff.failures, delay, self._db.describe_error(exc),
        )  # fmt: skip
        await asyncio.sleep(delay)

    async def _lead(self) -> None:
        """Follow Horizon and expire sessions until cancelled or the lease is lost."""
        self.leading = True
        self._shown_status = None
        log.info("leading payment detection for %s", self.reader.account)
        jobs = [
            asyncio.create_task(self._follow_horizon()),
            asyncio.create_task(self._expire_forever()),
            asyncio.create_task(self._watch_lease()),
        ]
        try:
            done, _ = await asyncio.wait(jobs, return_when=asyncio.FIRST_COMPLETED)
            for job in done:
                job.result()  # a crashed reader surfaces here
        finally:
            for job in jobs:
                job.cancel()
            for job in jobs:
                with contextlib.suppress(asyncio.CancelledError):
                    await job

    async def _watch_lease(self) -> None:
        """Return once the lease is no longer ours (database connection lost)."""
        while True:
            await asyncio.sleep(LEASE_CHECK_SECONDS)
            if not self._lease.still_held():
                log.warning("lost the detection lease; another counter may take over")
                return

    async def _follow(self, feed: SessionChangeFeed, duration: float) -> None:
        """Report sessions other counters changed, for ``duration`` seconds or until the
        leader announces it stepped down."""
        loop = asyncio.get_running_loop()
        end = loop.time() + duration
        while loop.time() < end:
            self._report_changes()
            await asyncio.to_thread(feed.wait, FOLLOW_WAIT_SECONDS)
            if feed.take_lease_released():
                break  # the leader stepped down: try the lease now
        self._report_changes()

    def _report_changes(self) -> None:
        """Tell the listener about sessions changed since the last look (follower).

        A database error propagates: ``run()`` pauses with backoff, and the next look
        catches up."""
        try:
            changed = self._changes.collect(self._sessions)
            status = self._board.read()
        except DATABASE_ERRORS:
            raise
        except Exception:
            log.exception("reading session changes failed")
            return
        if changed:
            self._listener.sessions_changed(changed)
        if status is not None and status != self._shown_status:
            self._shown_status = status
            self._listener.connection_changed(status)

    async def _follow_horizon(self) -> None:
        """Find where to start (retrying while Horizon is unreachable), then follow it."""
        delay = START_RETRY_SECONDS
        while True:
            try:
                await self._prepare_start()
                break
            except HorizonError as exc:
                log.warning("finding where detection starts failed: %s", exc)
                self.state_changed(
                    ConnectionStatus(ConnectionState.RECONNECTING, self._clock(), str(exc))
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, START_RETRY_CAP_SECONDS)
        await self.reader.run(self)

    async def _prepare_start(self) -> None:
        """Store a starting cursor before the first start when setup could not (see
        ``services.detection_start``); loop thread."""
        await prepare_start(
            self._db, self.reader, self.applier.cursor_name, self._config.network,
            self._config.merchant_account, self._clock(),
        )  # fmt: skip

    async def catch_up(self) -> int:
        """Read everything since the stored cursor, apply it, expire what is due; return the
        number of records read."""
        await self._prepare_start()
        try:
            count = await self.reader.catch_up(self)
        except HorizonStatusError as exc:
            # Horizon answers 404 for an account none of whose payments it keeps
            if exc.status_code != 404 or not await self._account_exists():
                raise
            count = 0
        self._expire_once()
        return count

    async def _account_exists(self) -> bool:
        """True when Horizon knows the merchant account (loop thread)."""
        network = self._config.stellar_network
        check = await check_account(
            network.horizon_url, self._config.merchant_account, network.usdc_issuer
        )
        return check.exists

    async def _expire_forever(self) -> None:
        while True:
            self._expire_once()
            await asyncio.sleep(EXPIRY_TICK_SECONDS)

    def _expire_once(self) -> None:
        try:
            expired = self._sessions.expire_due()
        except DATABASE_ERRORS as exc:  # a locked DB must not kill detection; next tick retries
            log.warning("expiring sessions failed: %s", self._db.describe_error(exc))
            return
        except Exception:
            log.exception("expiring sessions failed")
            return
        if expired:
            self._listener.sessions_expired(tuple(expired))
        try:
            expire_refunds(self._db, self._clock())
        except DATABASE_ERRORS as exc:
            log.warning("expiring refunds failed: %s", self._db.describe_error(exc))
        except Exception:
            log.exception("expiring refunds failed")


class ChangeTracker:
    """Which session states a follower has already reported (follower's thread)."""

    def __init__(self, start: datetime) -> None:
        self._since = start - CHANGE_OVERLAP
        self._seen: dict[str, tuple[datetime, str, object]] = {}

    def collect(self, sessions: SessionService) -> tuple[PaymentSession, ...]:
        """The sessions whose state changed since the last call, each reported once."""
        fresh: list[PaymentSession] = []
        newest = self._since
        for s in sessions.changed_since(self._since):
            state = (s.updated_at, s.status.value, s.usdc_received)
            newest = max(newest, s.updated_at)
            if self._seen.get(s.id) != state:
                self._seen[s.id] = state
                fresh.append(s)
        self._since = max(self._since, newest - CHANGE_OVERLAP)
        self._seen = {k: v for k, v in self._seen.items() if v[0] >= self._since}
        return tuple(fresh)
