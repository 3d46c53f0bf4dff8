"""``posapp watch`` survives its database failing under it: a SQLite write lock held longer
than the busy timeout, a PostgreSQL server restarted twice while payments arrive. Every
payment is detected afterwards, every webhook delivered, the process keeps running, and
stderr carries warning lines only (no traceback, no password)."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select

from posapp.core.roles import Actor, Role
from posapp.core.session import PaymentSession, SessionStatus
from posapp.devnet.server import Devnet
from posapp.services.context import build_context
from posapp.storage.engine import BUSY_TIMEOUT_MS, Database, sqlite_url
from posapp.storage.models import SessionRow, WebhookEventRow
from tests.support.throwaway_postgres import PrivateCluster, missing_reason
from tests.support.waiting import wait_for
from tests.support.webhook_receiver import Receiver

pytestmark = pytest.mark.slow
T = TypeVar("T")
CASHIER = Actor("cashier", Role.CASHIER)


class Watch:
    """``posapp watch`` as a subprocess, stdout and stderr kept in files."""

    def __init__(self, store: list[str], where: Path) -> None:
        self.out = where / "watch.out"
        self.err = where / "watch.err"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "posapp.cli", *store, "watch"], stdout=out, stderr=err
            )

    def stderr(self) -> str:
        return self.err.read_text(errors="replace")

    def wait_live(self) -> None:
        assert wait_for(lambda: "horizon: live" in self.stderr(), 30), self.stderr()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def init(store: list[str], merchant: str, horizon: str, receiver: Receiver) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "posapp.cli", *store, "init", "--account", merchant,
         "--currency", "INR", "--rate", "84.10", "--horizon-url", horizon,
         "--webhook-url", receiver.url, "--secret-file-store"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    receiver.secrets.append(re.search(r"whsec_\S+", done.stdout).group(0))


def create_sessions(data_dir: Path, url: str, count: int) -> list[PaymentSession]:
    db = Database(url)
    try:
        sessions = build_context(data_dir, db).sessions
        return [sessions.create(Decimal("12.50"), CASHIER) for _ in range(count)]
    finally:
        db.dispose()


def unpaid_and_undelivered(url: str) -> tuple[int, int] | None:
    """(sessions not paid, webhook events not delivered), None while the database is down."""
    db = Database(url, migrate=False)
    try:
        with db.read() as s:
            unpaid = s.scalar(
                select(func.count()).where(SessionRow.status != SessionStatus.PAID.value)
            )
            undelivered = s.scalar(
                select(func.count()).where(WebhookEventRow.status != "delivered")
            )
        return int(unpaid or 0), int(undelivered or 0)
    except Exception:
        return None
    finally:
        db.dispose()


def settled(url: str) -> bool:
    return unpaid_and_undelivered(url) == (0, 0)


def assert_quiet_warnings(stderr: str, *secrets: str) -> None:
    """Failures were reported as warning lines: no traceback, no secret."""
    assert "Traceback" not in stderr, stderr
    for secret in secrets:
        assert secret not in stderr
    assert re.search(r"WARNING .*database", stderr), stderr


def test_watch_survives_a_sqlite_write_lock_longer_than_the_busy_timeout(
    tmp_path: Path, receiver: Receiver
) -> None:
    store = ["--data-dir", str(tmp_path)]
    url = sqlite_url(tmp_path)
    with Devnet(port=0, stream_timeout=5.0) as net:
        merchant = net.create_account()
        init(store, merchant, net.url, receiver)
        sessions = create_sessions(tmp_path, url, 6)
        watch = Watch(store, tmp_path)
        try:
            watch.wait_live()
            first, during, after = sessions[:1], sessions[1:4], sessions[4:]
            for s in first:
                net.pay(to=merchant, amount=s.usdc_due, memo=s.id)
            assert wait_for(lambda: unpaid_and_undelivered(url) == (5, 0), 30)
            # another process holds the write lock longer than posapp waits for it
            blocker = sqlite3.connect(tmp_path / "posapp.db", isolation_level=None)
            blocker.execute("BEGIN IMMEDIATE")
            try:
                for s in during:
                    net.pay(to=merchant, amount=s.usdc_due, memo=s.id)
                    time.sleep(0.5)
                time.sleep(BUSY_TIMEOUT_MS / 1000 + 5)
                assert watch.process.poll() is None, watch.stderr()
            finally:
                blocker.execute("ROLLBACK")
                blocker.close()
            for s in after:
                net.pay(to=merchant, amount=s.usdc_due, memo=s.id)
            assert wait_for(lambda: settled(url), 60), (unpaid_and_undelivered(url), watch.stderr())
            assert watch.process.poll() is None, watch.stderr()
        finally:
            code = watch.stop()
        assert code == 0, watch.stderr()
    assert_quiet_warnings(watch.stderr())
    assert all(r.verified for r in receiver.requests)
    assert len({r.webhook_id for r in receiver.requests}) == len(sessions)


PG_PAYMENTS = 30


def test_watch_survives_two_postgresql_restarts_during_payments(
    tmp_path: Path, receiver: Receiver
) -> None:
    reason = missing_reason()
    if reason:
        pytest.skip(f"private PostgreSQL cluster: {reason}")
    cluster = PrivateCluster()
    try:
        cluster.start()
        url = cluster.url
        store = ["--data-dir", str(tmp_path), "--database-url", url]
        with Devnet(port=0, stream_timeout=5.0) as net:
            merchant = net.create_account()
            init(store, merchant, net.url, receiver)
            sessions = create_sessions(tmp_path, url, PG_PAYMENTS)
            watch = Watch(store, tmp_path)
            try:
                watch.wait_live()

                def pay_all() -> None:
                    for s in sessions:
                        net.pay(to=merchant, amount=s.usdc_due, memo=s.id)
                        time.sleep(0.25)

                payer = threading.Thread(target=pay_all, daemon=True)
                payer.start()
                for _ in range(2):
                    time.sleep(2.0)
                    cluster.restart_immediately()
                payer.join(60)
                assert not payer.is_alive()
                assert wait_for(lambda: settled(url), 90), (
                    unpaid_and_undelivered(url),
                    watch.stderr(),
                )
                assert watch.process.poll() is None, watch.stderr()
            finally:
                code = watch.stop()
            assert code == 0, watch.stderr()
        assert_quiet_warnings(watch.stderr(), cluster.password)
        assert len({r.webhook_id for r in receiver.requests}) == PG_PAYMENTS
        assert all(r.verified for r in receiver.requests)
    finally:
        cluster.destroy()
