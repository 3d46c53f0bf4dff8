"""Two counters' watchers on one database: one leads detection, the other follows the
database and still sees every session change and the leader's connection state; when the
leader stops, the follower takes over."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import replace
from typing import Any

from posapp.core.connection import ConnectionStatus
from posapp.core.roles import Actor, Role
from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.detection.applier import AppliedPayment
from posapp.services.detection.watcher import ELECTION_RETRY_SECONDS, PaymentWatcher
from tests.support.waiting import wait_for


class Seen:
    """A listener recording what a watcher reported (watcher thread)."""

    def __init__(self) -> None:
        self.changed: list[PaymentSession] = []
        self.statuses: list[ConnectionStatus] = []

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        pass

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        self.changed.extend(sessions)

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        self.changed.extend(sessions)

    def connection_changed(self, status: ConnectionStatus) -> None:
        self.statuses.append(status)


class Running:
    """A watcher's ``run()`` on its own thread and event loop, like a counter's."""

    def __init__(self, watcher: PaymentWatcher) -> None:
        self.watcher = watcher
        self._loop = asyncio.new_event_loop()
        self._task: asyncio.Task[None] | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._task = self._loop.create_task(self.watcher.run())
        with contextlib.suppress(asyncio.CancelledError):
            self._loop.run_until_complete(self._task)
        self._loop.close()

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        while self._task is None:
            time.sleep(0.01)
        self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(5)
        assert not self._thread.is_alive()


def test_one_leads_the_other_follows_then_takes_over(shop: Any) -> None:
    fast = {"backoff_base": 0.05, "backoff_cap": 0.2}
    leader_seen, follower_seen = Seen(), Seen()
    leader = Running(
        PaymentWatcher(shop.db, replace(shop.config, terminal="front"), shop.sessions,
                       leader_seen, clock=shop.clock, reader_options=fast)
    )  # fmt: skip
    follower: Running | None = None
    try:
        assert wait_for(lambda: leader.watcher.leading, 5)
        follower = Running(
            PaymentWatcher(shop.db, replace(shop.config, terminal="back"), shop.sessions,
                           follower_seen, clock=shop.clock, reader_options=fast)
        )  # fmt: skip
        time.sleep(0.5)
        assert not follower.watcher.leading

        sale = shop.sessions.create("125", Actor("asha", Role.CASHIER))
        shop.sessions.cancel(sale.id, Actor("asha", Role.CASHIER))
        assert wait_for(
            lambda: any(
                s.id == sale.id and s.status is SessionStatus.CANCELLED
                for s in follower_seen.changed
            ),
            5,
        ), "the follower never saw the cancelled sale"
        reported = [s for s in follower_seen.changed if s.id == sale.id]
        assert [s.status for s in reported].count(SessionStatus.CANCELLED) == 1  # once
        # the leader cannot reach Horizon; the follower shows that, naming who detects
        assert wait_for(
            lambda: any("detected by front" in s.detail for s in follower_seen.statuses), 5
        )

        leader.stop()
        assert not leader.watcher.leading
        assert wait_for(lambda: follower.watcher.leading, ELECTION_RETRY_SECONDS + 3)
    finally:
        leader.stop()
        if follower is not None:
            follower.stop()
