"""Several counters, one PostgreSQL store: four ``posapp watch`` processes, 2,000 devnet
payments, the detection leader killed five times.

Every payment must be applied exactly once, no session paid twice, and every webhook event
delivered, repeated only as a retry of the same event id. PostgreSQL only (the advisory
lock is what elects the leader); skipped without ``POSAPP_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select

from posapp.core.roles import Actor, Role
from posapp.core.session import SessionStatus
from posapp.devnet.server import Devnet
from posapp.services.context import build_context
from posapp.services.detection.watcher import detection_lease_name
from posapp.storage.engine import Database
from posapp.storage.leases import lease_holder
from posapp.storage.models import PaymentRow, SessionRow, WebhookEventRow
from tests.support.waiting import wait_for
from tests.support.webhook_receiver import Receiver

pytestmark = pytest.mark.slow

COUNTERS = 4
PAYMENTS = 2000
KILLS = 5
CLAIM_SECONDS = "6"
T = TypeVar("T")  # a killed counter's claimed webhooks are resent by another this soon


class Terminal:
    """One counter: ``posapp watch`` in its own process, restartable."""

    def __init__(self, name: str, data_dir: Path, database_url: str) -> None:
        self.name = name
        self.data_dir = data_dir
        self.database_url = database_url
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        log = self.data_dir / f"watch-{self.starts}.log"
        env = {**os.environ, "POSAPP_WEBHOOK_CLAIM_SECONDS": CLAIM_SECONDS}
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "posapp.cli", "--data-dir", str(self.data_dir),
                 "--database-url", self.database_url, "--terminal", self.name, "watch"],
                stdout=out, stderr=subprocess.STDOUT, env=env,
            )  # fmt: skip

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


def leader(db: Database, lease: str) -> str | None:
    """The terminal whose connection holds the detection lease, from the server's views."""
    holder = lease_holder(db, lease)
    return None if holder is None else holder.removeprefix("posapp:")


def test_four_counters_apply_every_payment_once_while_leaders_die(
    tmp_path: Path, postgres_url: str
) -> None:
    receiver = Receiver()
    receiver.start()
    net = Devnet(port=0, stream_timeout=5.0)
    net.start()
    terminals: list[Terminal] = []
    try:
        merchant = net.create_account()
        dirs = [tmp_path / f"t{i}" for i in range(1, COUNTERS + 1)]
        init = subprocess.run(
            [sys.executable, "-m", "posapp.cli", "--data-dir", str(dirs[0]),
             "--database-url", postgres_url, "init", "--account", merchant,
             "--currency", "INR", "--rate", "84.10", "--horizon-url", net.url,
             "--webhook-url", receiver.url, "--secret-file-store"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert init.returncode == 0, init.stderr
        receiver.secrets.append(re.search(r"whsec_\S+", init.stdout).group(0))
        for d in dirs[1:]:  # every counter signs with the store's one secret
            d.mkdir()
            shutil.copy2(dirs[0] / "webhook-secret.json", d / "webhook-secret.json")

        db = Database(postgres_url)
        contexts = [build_context(d, db, terminal=f"t{i}") for i, d in enumerate(dirs, 1)]
        cashiers = [Actor(f"cashier-{i}", Role.CASHIER) for i in range(1, COUNTERS + 1)]
        sessions = [
            contexts[n % COUNTERS].sessions.create(Decimal("12.50"), cashiers[n % COUNTERS])
            for n in range(PAYMENTS)
        ]
        lease = detection_lease_name(contexts[0].config)

        terminals = [Terminal(f"t{i}", d, postgres_url) for i, d in enumerate(dirs, 1)]
        for terminal in terminals:
            terminal.start()
        assert wait_for(lambda: leader(db, lease), 30), "no counter took the lead"

        def pay_all() -> None:
            for n, s in enumerate(sessions):
                net.pay(to=merchant, amount=s.usdc_due, memo=s.id)
                if n % 50 == 49:
                    time.sleep(0.05)  # customers pay over time, not in one burst

        payer = threading.Thread(target=pay_all, daemon=True)
        payer.start()
        takeovers: list[float] = []
        for _ in range(KILLS):
            time.sleep(1.5)
            name = wait_for(lambda: leader(db, lease), 15)
            assert name, "no leader"
            victim = next(t for t in terminals if t.name == name)
            killed_at = time.monotonic()
            victim.kill()
            successor = wait_for(lambda old=name: (n := leader(db, lease)) != old and n, 15)
            assert successor, f"nobody took over from {name}"
            takeovers.append(time.monotonic() - killed_at)
            victim.start()
        payer.join(120)
        assert not payer.is_alive()

        def all_paid() -> bool:
            with db.read() as s:
                return not s.scalar(
                    select(func.count()).where(SessionRow.status != SessionStatus.PAID.value)
                )

        assert wait_for(all_paid, 120, 0.5), "not every session was paid"

        def all_delivered() -> bool:
            with db.read() as s:
                return not s.scalar(
                    select(func.count()).where(WebhookEventRow.status != "delivered")
                )

        assert wait_for(all_delivered, 120, 0.5), "not every webhook event was delivered"

        with db.read() as s:
            payments = s.execute(select(PaymentRow.session_id, PaymentRow.status)).all()
            rows = s.execute(
                select(SessionRow.id, SessionRow.usdc_due_stroops,
                       SessionRow.usdc_received_stroops, SessionRow.terminal,
                       SessionRow.cashier)
            ).all()  # fmt: skip
            events = s.execute(
                select(WebhookEventRow.id, WebhookEventRow.type, WebhookEventRow.session_id,
                       WebhookEventRow.payload)
            ).all()  # fmt: skip
        # every payment applied exactly once, each to its own session
        assert len(payments) == PAYMENTS
        assert {p.status for p in payments} == {"credited"}
        assert Counter(p.session_id for p in payments) == Counter({s.id: 1 for s in sessions})
        # no session paid twice: what it received is exactly what was due
        assert all(r.usdc_received_stroops == r.usdc_due_stroops for r in rows)
        # each counter's sales carry its terminal and cashier
        assert Counter((r.terminal, r.cashier) for r in rows) == Counter(
            {(f"t{i}", f"cashier-{i}"): PAYMENTS // COUNTERS for i in range(1, COUNTERS + 1)}
        )
        # one payment.success per session; every event delivered; repeats are retries of
        # the same id with the same body
        success = Counter(e.session_id for e in events if e.type == "payment.success")
        assert success == Counter({s.id: 1 for s in sessions})
        with receiver.lock:
            received = list(receiver.requests)
        assert all(r.verified for r in received)
        by_id: dict[str, set[bytes]] = {}
        for r in received:
            by_id.setdefault(r.webhook_id, set()).add(r.body)
        assert set(by_id) == {e.id for e in events}
        assert all(len(bodies) == 1 for bodies in by_id.values())
        payload_of = {e.id: e.payload.encode() for e in events}
        assert all(bodies == {payload_of[i]} for i, bodies in by_id.items())
        assert all(json.loads(b)["type"] for bodies in by_id.values() for b in bodies)
        assert len(takeovers) == KILLS
        assert max(takeovers) <= 10.0, takeovers
    finally:
        codes = [t.stop() for t in terminals]
        net.stop()
        receiver.stop()
    assert all(code == 0 for code in codes), codes
