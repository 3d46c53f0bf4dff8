"""``posapp sync`` (catch up once) and ``posapp watch`` (detection + webhooks until Ctrl-C)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable

from posapp.cli.common import context
from posapp.core.connection import ConnectionStatus
from posapp.core.money import format_plain
from posapp.core.session import PaymentSession
from posapp.services.detection.applier import AppliedPayment
from posapp.services.detection.watcher import PaymentWatcher


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``sync`` and ``watch`` commands."""
    sync = sub.add_parser("sync", help="catch up with the network once and exit")
    sync.set_defaults(func=run_sync)
    watch = sub.add_parser("watch", help="detect payments and deliver webhooks until Ctrl-C")
    watch.add_argument("--no-webhooks", action="store_true", help="detection only")
    watch.set_defaults(func=run_watch)


class _PrintingListener:
    """Prints what detection does, one line each, and wakes webhook delivery (main thread)."""

    def __init__(self, wake: Callable[[], None] = lambda: None) -> None:
        self._wake = wake

    def payments_applied(self, applied: tuple[AppliedPayment, ...]) -> None:
        self._wake()
        for a in applied:
            where = f"{a.session.id} → {a.session.status.value}" if a.session else "unmatched"
            print(
                f"payment {format_plain(a.amount)} USDC tx {a.tx_hash[:12]}…: {where}", flush=True
            )

    def sessions_expired(self, sessions: tuple[PaymentSession, ...]) -> None:
        self._wake()
        for s in sessions:
            print(f"session {s.id} expired", flush=True)

    def sessions_changed(self, sessions: tuple[PaymentSession, ...]) -> None:
        self._wake()
        for s in sessions:
            print(f"session {s.id} → {s.status.value} (another counter)", flush=True)

    def connection_changed(self, status: ConnectionStatus) -> None:
        detail = f" ({status.detail})" if status.detail else ""
        print(f"horizon: {status.state.value}{detail}", file=sys.stderr, flush=True)


def run_sync(args: argparse.Namespace) -> int:
    """Catch up from the stored cursor, apply everything, print how many records were read."""
    ctx = context(args)
    watcher = PaymentWatcher(ctx.db, ctx.config, ctx.sessions, _PrintingListener())
    count = asyncio.run(watcher.catch_up())
    print(f"synced: {count} records read")
    return 0


def run_watch(args: argparse.Namespace) -> int:
    """Run detection (and webhook delivery) until interrupted; Ctrl-C stops cleanly."""
    from posapp.webhooks.runtime import start_delivery_thread

    ctx = context(args)
    delivery = None if args.no_webhooks else start_delivery_thread(ctx.data_dir, ctx.db)
    listener = _PrintingListener(delivery.wake if delivery else lambda: None)
    watcher = PaymentWatcher(ctx.db, ctx.config, ctx.sessions, listener)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(watcher.run())
    finally:
        if delivery is not None:
            delivery.stop()
    print("stopped", file=sys.stderr)
    return 0
