"""A realistic sales database generated fast (plain ``sqlite3`` ``executemany``).

Used by ``bench/history_bench.py`` (1,000,000 sessions) and the history tests (50,000).
Deterministic for a given seed. Values are written exactly as SQLAlchemy's SQLite dialect
stores them (``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text, integer stroops), so every posapp
repository reads them as if the app had written them.

Run on the calling thread; needs no Qt.
"""

from __future__ import annotations

import base64
import random
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

from stellar_sdk import StrKey

from posapp.stellar.networks import TESTNET
from posapp.storage import day_sums
from posapp.storage.engine import DB_FILENAME, Database, sqlite_url

END = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)
"""The newest generated sale is a little before this instant."""
CASHIERS = ("anita", "ravi", "zoë", "li wei", "owner", "maría", "sam", "kofi")
TERMINALS = ("counter-1", "counter-2", "bar")
NOTES = (
    "table 4", "takeaway", "=SUM(A1:A9)", "+1 extra shot", "-discount", "@vip",
    "chai, samosa", 'said "thanks"', "café crème", "नमस्ते", "gift card\nline two",
    "refund asked", "birthday", "delivery #42",
)  # fmt: skip
CURRENCIES = (("INR", Decimal("84.10"), 95), ("USD", Decimal("1"), 3), ("EUR", Decimal("0.92"), 2))
RATE_SOURCES = ("fixed", "median(coingecko,kraken)")
# (status, weight) of old sessions; the newest ones may also be open or partially paid.
STATUSES = (("paid", 800), ("paid_late", 20), ("expired", 90), ("cancelled", 80), ("partial", 10))
SPREAD = Decimal("1")
EXPIRY = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Generated:
    """What ``generate`` wrote: counts and the merchant account."""

    path: Path
    sessions: int
    payments: int
    unmatched: int
    merchant: str
    first: datetime
    last: datetime


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_days: dict[int, str] = {}


def sql_time(moment: datetime) -> str:
    """A UTC instant as SQLAlchemy's SQLite DateTime stores it (``%Y-%m-%d %H:%M:%S.%f``)."""
    delta = moment - _EPOCH
    day = _days.get(delta.days)
    if day is None:
        day = _days[delta.days] = (_EPOCH + timedelta(days=delta.days)).strftime("%Y-%m-%d")
    s = delta.seconds
    return f"{day} {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}.{delta.microseconds:06d}"


def _address(rng: random.Random) -> str:
    return StrKey.encode_ed25519_public_key(rng.randbytes(32))


def _session_id(rng: random.Random) -> str:
    return "pay_" + base64.b32encode(rng.randbytes(15)).decode().lower()


VERSION = 6  # 2 to 4: the per-day sums and their totals index; 5: their zone; 6: key order
"""Bump when the generated data changes (invalidates cached copies)."""


def generate_cached(
    data_dir: Path,
    sessions: int,
    cache_dir: Path,
    *,
    seed: int = 7,
    **kwargs: object,
) -> Path:
    """Like ``generate`` but reuses a database generated earlier into ``cache_dir``:
    copies it to ``data_dir/posapp.db`` and returns that path. The indexes are the
    migrations' (no ANALYZE: the queries must not need statistics)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    name = f"history-{sessions}-{seed}-{kwargs.get('zone', 'UTC')}-v{VERSION}".replace("/", "_")
    cached = cache_dir / name / DB_FILENAME
    if not cached.exists():
        partial = cached.parent.with_name(cached.parent.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        generate(partial, sessions, seed=seed, **kwargs)  # type: ignore[arg-type]
        partial.rename(cached.parent)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / DB_FILENAME
    shutil.copyfile(cached, target)
    return target


def generate(
    data_dir: Path,
    sessions: int,
    *,
    seed: int = 7,
    days: int = 365,
    end: datetime = END,
    unmatched: int = 200,
    events_for_last: int = 2000,
    zone: str = "UTC",
) -> Generated:
    """Create ``data_dir/posapp.db`` (migrated) and fill it with ``sessions`` sales spread
    over ``days`` days before ``end``, one payment per paid/partial session, ``unmatched``
    unmatched payments and webhook events for the newest ``events_for_last`` sessions; the
    per-day sums count days in ``zone`` (not the computer's, so runs agree everywhere)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    Database(sqlite_url(data_dir)).dispose()  # schema via the real migrations
    rng = random.Random(seed)
    merchant = _address(rng)
    payers = [_address(rng) for _ in range(500)]
    span = days * 86400
    step = span / max(sessions, 1)
    start = end - timedelta(seconds=span)
    currency_pick = [c for c in CURRENCIES for _ in range(c[2])]
    status_pick = [s for s, w in STATUSES for _ in range(w)]
    stroop = 10_000_000
    session_rows: list[tuple[object, ...]] = []
    payment_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    attempt_rows: list[tuple[object, ...]] = []
    op_counter = 10_000_000
    due_cache: dict[tuple[int, str], int] = {}
    for i in range(sessions):
        created = start + timedelta(seconds=i * step + rng.random() * step)
        code, rate, _w = rng.choice(currency_pick)
        cents = rng.choice((rng.randint(100, 5000), rng.randint(5000, 250000), 1999, 4999))
        if code != "INR":
            cents = max(50, cents // 80)
        key = (cents, code)
        due_stroops = due_cache.get(key)
        if due_stroops is None:
            raw = Decimal(cents) / 100 / rate * (1 + SPREAD / 100)
            due_stroops = int(raw.quantize(Decimal("0.01"), rounding=ROUND_CEILING) * stroop)
            due_cache[key] = due_stroops
        status = rng.choice(status_pick)
        age = (end - created).total_seconds()
        if age < 1800 and rng.random() < 0.5:
            status = rng.choice(("open", "partially_paid"))
        received = 0
        paid_at = None
        expires = created + EXPIRY
        if status == "paid":
            received = due_stroops + (rng.choice((0, 0, 0, 0, 1, 5)) * 100_000)
            paid_at = created + timedelta(seconds=rng.randint(5, 600))
        elif status == "paid_late":
            received = due_stroops
            paid_at = expires + timedelta(minutes=rng.randint(1, 600))
        elif status == "partial":
            status = "expired"
            received = due_stroops // 2
        elif status == "partially_paid":
            received = due_stroops // 3
        sid = _session_id(rng)
        tx_hash = None
        if received:
            op_counter += rng.randint(1, 40)
            tx_hash = rng.randbytes(32).hex()
            when = paid_at or created + timedelta(seconds=30)
            memo_none = rng.random() < 0.02
            payment_rows.append((
                str(op_counter), str(op_counter), tx_hash, "payment", sid,
                "attached" if memo_none else "credited", "memo",
                rng.choice(payers), merchant, received, "USDC", TESTNET.usdc_issuer,
                "none" if memo_none else "text", None if memo_none else sid, None,
                sql_time(when), sql_time(when + timedelta(milliseconds=400)),
            ))  # fmt: skip
        note = rng.choice(NOTES) if rng.random() < 0.3 else ""
        updated = paid_at or (expires if status == "expired" else created)
        session_rows.append((
            sid, i + 1, status, cents * 100_000, code, due_stroops, received, str(rate),
            rng.choice(RATE_SOURCES), sql_time(created - timedelta(seconds=20)), str(SPREAD),
            "testnet", merchant, note, rng.choice(CASHIERS), rng.choice(TERMINALS),
            sql_time(created), sql_time(expires), sql_time(updated),
            sql_time(paid_at) if paid_at else None, tx_hash,
        ))  # fmt: skip
        if i >= sessions - events_for_last and status in ("paid", "paid_late", "expired"):
            event_id = f"msg_{i:026d}"
            kind = {"paid": "payment.success", "paid_late": "payment.late"}.get(
                status, "session.expired"
            )
            delivered = rng.random() < 0.9
            event_rows.append((
                event_id, kind, sid, f'{{"type":"{kind}","data":{{"session_id":"{sid}"}}}}',
                "delivered" if delivered else "pending", 1 if delivered else 2,
                sql_time(updated), None if delivered else sql_time(updated + timedelta(hours=2)),
                sql_time(updated + timedelta(seconds=1)) if delivered else None,
                "" if delivered else "HTTP 503",
            ))  # fmt: skip
            if not delivered:
                attempt_rows.append((event_id, sql_time(updated), 503, 120, "HTTP 503", "busy"))
            attempt_rows.append((
                event_id, sql_time(updated + timedelta(seconds=1)), 200 if delivered else None,
                85, "" if delivered else "timed out", "ok" if delivered else "",
            ))  # fmt: skip
    for _ in range(unmatched):
        op_counter += rng.randint(1, 40)
        when = start + timedelta(seconds=rng.random() * span)
        memo = rng.choice((None, "table 9", "pay_unknownsessionidxxxxxxxx"))
        payment_rows.append((
            str(op_counter), str(op_counter), rng.randbytes(32).hex(), "payment", None,
            "unmatched", "no memo" if memo is None else "memo names no session here",
            rng.choice(payers), merchant, rng.randint(1, 5000) * 100_000, "USDC",
            TESTNET.usdc_issuer, "none" if memo is None else "text", memo, None,
            sql_time(when), sql_time(when + timedelta(milliseconds=300)),
        ))  # fmt: skip
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO sessions (id, muxed_id, status, fiat_amount_e7, fiat_currency,"
            " usdc_due_stroops, usdc_received_stroops, rate, rate_source, rate_time,"
            " spread_percent, network, destination, note, cashier, terminal, created_at,"
            " expires_at, updated_at, paid_at, last_tx_hash)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            session_rows,
        )
        payment_rows.sort(key=lambda r: r[15])
        conn.executemany(
            "INSERT INTO payments (operation_id, paging_token, tx_hash, type, session_id,"
            " status, reason, from_account, to_account, amount_stroops, asset_code,"
            " asset_issuer, memo_type, memo, muxed_id, ledger_time, received_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            payment_rows,
        )
        conn.executemany(
            "INSERT INTO webhook_events (id, type, session_id, payload, status, attempts,"
            " created_at, next_attempt_at, delivered_at, last_error)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            event_rows,
        )
        conn.executemany(
            "INSERT INTO webhook_attempts (event_id, attempted_at, status_code, duration_ms,"
            " error, response_excerpt) VALUES (?,?,?,?,?,?)",
            attempt_rows,
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    db = Database(sqlite_url(data_dir))
    try:
        with db.write() as session:
            day_sums.rezone(session, zone)
    finally:
        db.dispose()
    return Generated(
        path=path,
        sessions=sessions,
        payments=len(payment_rows),
        unmatched=unmatched,
        merchant=merchant,
        first=start,
        last=end,
    )
