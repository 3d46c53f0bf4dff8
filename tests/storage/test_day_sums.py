"""The per-day sums (``day_sums``, kept by triggers) always equal a full scan of the sales:
after any mix of inserts, changes and deletes, on a store migrated from before the sums
existed, and after a writer is killed in the middle of its transactions. On SQLite and
PostgreSQL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import delete, func, select, update

from posapp.storage.day_sums import differences
from posapp.storage.engine import Database
from posapp.storage.migrate import alembic_config, upgrade_to_head
from posapp.storage.models import DaySumRow, SessionRow

START = datetime(2026, 11, 1, tzinfo=UTC)
STATUSES = ("awaiting_payment", "partially_paid", "paid", "paid_late", "expired", "cancelled")


def a_sale(rng: random.Random, n: int) -> SessionRow:
    """A sale somewhere in November, on one of a few cashiers, terminals and currencies."""
    at = START + timedelta(minutes=rng.randrange(30 * 24 * 60))
    fiat = rng.randrange(1, 10**6) * 10**5
    return SessionRow(
        id=f"pay_{n:024d}",
        muxed_id=n + 1,
        status=rng.choice(STATUSES),
        fiat_amount_e7=fiat,
        fiat_currency=rng.choice(("INR", "EUR")),
        usdc_due_stroops=fiat // 84,
        usdc_received_stroops=rng.choice((0, fiat // 84)),
        rate="84.10",
        rate_source="fixed",
        rate_time=at,
        spread_percent="0",
        network="testnet",
        destination="G" + "A" * 55,
        note="",
        cashier=rng.choice(("asha", "zoë", "")),
        terminal=rng.choice(("front", "bar")),
        created_at=at,
        expires_at=at + timedelta(minutes=15),
        updated_at=at,
        tip_e7=rng.choice((0, 10**7)),
    )


def test_the_sums_follow_every_write_to_a_sale(db: Database) -> None:
    rng = random.Random(18)
    made = 0
    for _round in range(6):
        with db.write() as s:
            for _ in range(60):
                s.add(a_sale(rng, made))
                made += 1
        with db.write() as s:
            for _ in range(40):
                sid = f"pay_{rng.randrange(made):024d}"
                change = rng.choice(
                    [
                        {"status": rng.choice(STATUSES)},
                        {"usdc_received_stroops": SessionRow.usdc_received_stroops + 70},
                        {"refunded_stroops": 5, "refunded_fiat_e7": 420},
                        {"cashier": "meera", "terminal": "front"},
                        {"created_at": START + timedelta(days=rng.randrange(30), hours=23)},
                        {"discount_e7": 10**6, "tax_e7": 3 * 10**6},
                        {"note": "touches no summed column"},
                    ]
                )
                s.execute(update(SessionRow).where(SessionRow.id == sid).values(**change))
            victim = f"pay_{rng.randrange(made):024d}"
            s.execute(delete(SessionRow).where(SessionRow.id == victim))
        with db.read() as s:
            assert differences(s) == []
    with db.read() as s:
        assert s.scalar(select(func.sum(DaySumRow.sales))) == s.scalar(
            select(func.count()).select_from(SessionRow)
        )


def test_a_store_from_before_the_sums_gets_them_from_its_sales(database_url: str) -> None:
    db = Database(database_url)
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        rng = random.Random(8)
        with db.write() as s:
            for n in range(200):
                s.add(a_sale(rng, n))
        upgrade_to_head(db.engine)
        with db.read() as s:
            assert s.scalar(select(func.sum(DaySumRow.sales))) == 200
            assert differences(s) == []
    finally:
        db.dispose()


WRITER = textwrap.dedent(
    """
    import random, sys
    from sqlalchemy import update
    from posapp.storage.engine import Database
    from posapp.storage.models import SessionRow
    from tests.storage.test_day_sums import a_sale

    db = Database(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    first = n = int(sys.argv[2]) * 1_000_000
    print("ready", flush=True)
    while True:
        with db.write() as s:
            for _ in range(20):
                s.add(a_sale(rng, n))
                n += 1
                s.flush()
                s.execute(
                    update(SessionRow)
                    .where(SessionRow.id == f"pay_{rng.randrange(first, n):024d}")
                    .values(status="paid", usdc_received_stroops=SessionRow.usdc_due_stroops)
                )
    """
)


def test_a_writer_killed_mid_write_leaves_the_sums_equal_to_the_sales(
    db: Database, database_url: str, tmp_path: Path
) -> None:
    root = Path(__file__).resolve().parents[2]
    for seed in (1, 2, 3):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, database_url, str(seed)],
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.4 + seed / 5)  # somewhere inside a transaction, most likely
        assert writer.poll() is None, "the writer stopped by itself"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(SessionRow)) > 0
            assert differences(s) == []
