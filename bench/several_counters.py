"""Several counters on one PostgreSQL store: session creation rate and detection failover.

1. Sessions created per second: ``--counters`` counter processes (spawned, one OS process
   each, like real counters) create ``--sessions`` sessions each through the real
   ``SessionService`` as fast as they can, released together by a barrier; aggregate
   sessions/s and each counter's p50/p99 create latency. The same with one counter, for
   comparison. Afterwards the rows in the database must equal what was created. While the
   counters run, the store-wide writer lock is sampled: how many wait, what its holder does.
2. Detection failover: four ``posapp watch`` processes; the detection leader is stopped
   ``--kills`` times with SIGKILL (then with SIGINT, a graceful stop). Measured from the
   signal: (a) until another terminal holds the detection lock (``pg_locks``), (b) until a
   payment made right after the signal (devnet) is applied (session ``paid`` in the
   database); also when the stopped process exited and which counter applied the payment.

    POSAPP_TEST_POSTGRES_URL=postgresql+psycopg://USER:PASSWORD@HOST/DB \\
        python bench/several_counters.py [--counters 4] [--sessions 500] [--kills 5]

``--database-url`` (default ``POSAPP_TEST_POSTGRES_URL``) names a role that may
``CREATE DATABASE``: each run works in a fresh database, dropped afterwards. The database
keeps the server's durability settings (printed in the header). Webhook delivery runs in
every ``posapp watch`` but no endpoint is configured.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from posapp.core.roles import Actor, Role
from posapp.core.session import SessionStatus
from posapp.devnet.server import Devnet
from posapp.services.context import build_context, open_database
from posapp.services.detection.watcher import ELECTION_RETRY_SECONDS, detection_lease_name
from posapp.storage.engine import WRITER_LOCK_KEY, Database
from posapp.storage.leases import lease_holder
from posapp.storage.models import SessionRow

AMOUNT = "12.50"
WARMUP = 5  # creates per counter before the barrier (imports, pool, first queries)
WATCHERS = 4
T = TypeVar("T")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def wait_for(predicate: Callable[[], T], timeout: float, step: float = 0.01) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def posapp(data_dir: Path, url: str, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "posapp.cli",
        "--data-dir",
        str(data_dir),
        "--database-url",
        url,
        *args,
    ]


# ---- the database ------------------------------------------------------------------------


class ScratchDatabase:
    """A fresh database on the admin URL's server, dropped (sessions ended) on exit."""

    def __init__(self, admin: str) -> None:
        self.name = f"posapp_bench_{uuid.uuid4().hex[:12]}"
        self._admin = create_engine(admin, isolation_level="AUTOCOMMIT", pool_size=1)
        self.url = make_url(admin).set(database=self.name).render_as_string(hide_password=False)

    def __enter__(self) -> ScratchDatabase:
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


def server_facts(url: str) -> dict[str, str]:
    engine = create_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            show = {
                n: conn.execute(text(f"SHOW {n}")).scalar()
                for n in ("server_version", "synchronous_commit", "fsync", "max_connections")
            }
    finally:
        engine.dispose()
    return {k: str(v) for k, v in show.items()}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def count_rows(db: Database, terminal: str | None = None) -> int:
    query = select(func.count()).select_from(SessionRow)
    if terminal is not None:
        query = query.where(SessionRow.terminal == terminal)
    with db.read() as s:
        return int(s.scalar(query) or 0)


# ---- 1. sessions created per second ------------------------------------------------------


def create_worker(
    url: str, data_dir: str, name: str, count: int, barrier: Any, results: Any
) -> None:
    """One counter process: warm up, wait for the others, create ``count`` sessions."""
    path = Path(data_dir)
    ctx = build_context(path, open_database(path, url, terminal=name), terminal=name)
    cashier = Actor(f"cashier-{name}", Role.CASHIER)
    for _ in range(WARMUP):
        ctx.sessions.create(AMOUNT, cashier)
    barrier.wait()
    latencies: list[float] = []
    start = time.monotonic()  # CLOCK_MONOTONIC: comparable across processes on one host
    for _ in range(count):
        t = time.perf_counter()
        ctx.sessions.create(AMOUNT, cashier)
        latencies.append((time.perf_counter() - t) * 1000)
    end = time.monotonic()
    ctx.db.dispose()
    results.put((name, start, end, latencies))


def creation_run(url: str, root: Path, counters: int, count: int, tag: str) -> dict[str, Any]:
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(counters)
    results = spawn.Queue()
    names = [f"{tag}{i}" for i in range(1, counters + 1)]
    procs = []
    for name in names:
        (root / name).mkdir(exist_ok=True)
        procs.append(
            spawn.Process(
                target=create_worker, args=(url, str(root / name), name, count, barrier, results)
            )
        )
    sampler = WriterLockSampler(url, [f"posapp:{n}" for n in names])
    for p in procs:
        p.start()
    sampler.start()
    try:
        got = [results.get(timeout=600) for _ in procs]
    finally:
        sampler.stop()
    for p in procs:
        p.join(60)
        if p.exitcode != 0:
            raise SystemExit(f"counter process {p.name} failed (exit code {p.exitcode})")
    start = min(g[1] for g in got)
    end = max(g[2] for g in got)
    db = Database(url, migrate=False)
    try:
        for name in names:  # the bench must not lie: every create is a row
            rows = count_rows(db, name)
            if rows != WARMUP + count:
                raise SystemExit(f"{name}: {rows} rows stored, {WARMUP + count} created")
    finally:
        db.dispose()
    return {
        "total": counters * count,
        "seconds": end - start,
        "per_counter": sorted((g[0], g[3]) for g in got),
        "writer_lock": sampler.summary(start, end),
    }


class WriterLockSampler(threading.Thread):
    """Every 50 ms, the store-wide writer lock (``Database.write()``) as the server sees it:
    how many counters wait for it, and whether its holder is running on the server or the
    server is waiting for the holder's next statement (Python work, or a starved CPU)."""

    def __init__(self, url: str, labels: list[str]) -> None:
        super().__init__(daemon=True)
        # autocommit: pg_stat_activity is a snapshot per transaction
        self._engine = create_engine(url, pool_size=1, isolation_level="AUTOCOMMIT")
        self._labels = labels
        self._done = threading.Event()
        self.samples: list[tuple[float, int, str]] = []

    def run(self) -> None:
        query = text(
            "SELECT l.granted, a.state FROM pg_locks l JOIN pg_stat_activity a "
            "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objsubid = 1 "
            "AND l.classid::text::bigint = :hi AND l.objid::text::bigint = :lo "
            "AND a.application_name = ANY(:labels)"
        )
        key = {"hi": WRITER_LOCK_KEY >> 32, "lo": WRITER_LOCK_KEY & 0xFFFF_FFFF}
        with self._engine.connect() as conn:
            while not self._done.wait(0.05):
                rows = conn.execute(query, {**key, "labels": self._labels}).all()
                holder = next((r.state for r in rows if r.granted), "free")
                waiting = sum(not r.granted for r in rows)
                self.samples.append((time.monotonic(), waiting, holder))

    def stop(self) -> None:
        self._done.set()
        self.join(5)
        self._engine.dispose()

    def summary(self, start: float, end: float) -> str:
        inside = [(n, h) for at, n, h in self.samples if start <= at <= end]
        if not inside:
            return "no samples"
        names = {"idle in transaction": "between statements (client's turn)",
                 "active": "running a statement", "free": "free"}  # fmt: skip
        states = Counter(names.get(h, h) for _, h in inside)
        share = ", ".join(f"{state} {n / len(inside):.0%}" for state, n in states.most_common())
        waiting = statistics.fmean(n for n, _ in inside)
        return f"{waiting:.1f} counters waiting on average; lock holder {share}"


def report_creation(result: dict[str, Any], counters: int) -> None:
    rate = result["total"] / result["seconds"]
    every = [ms for _, lat in result["per_counter"] for ms in lat]
    print(
        f"  {counters} counter{'s' if counters > 1 else ''}: {result['total']} sessions in "
        f"{result['seconds']:.2f} s = {rate:,.0f} sessions/s; create latency all counters "
        f"p50 {statistics.median(every):.1f} ms, p99 {percentile(every, 99):.1f} ms"
    )
    if counters > 1:
        for name, lat in result["per_counter"]:
            print(
                f"    {name}: p50 {statistics.median(lat):.1f} ms, "
                f"p99 {percentile(lat, 99):.1f} ms, max {max(lat):.1f} ms"
            )
        print(f"    store-wide writer lock (sampled every 50 ms): {result['writer_lock']}")


# ---- 2. detection failover ---------------------------------------------------------------


class Terminal:
    """One counter: ``posapp watch`` in its own process, restartable."""

    def __init__(self, name: str, data_dir: Path, url: str) -> None:
        self.name = name
        self.data_dir = data_dir
        self.url = url
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        with (self.data_dir / f"watch-{self.starts}.log").open("wb") as out:
            self.process = subprocess.Popen(
                posapp(self.data_dir, self.url, "--terminal", self.name, "watch"),
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def signal(self, sig: signal.Signals) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def leader(db: Database, lease: str) -> str | None:
    """The terminal whose connection holds the detection lease, from the server's views."""
    holder = lease_holder(db, lease)
    return None if holder is None else holder.removeprefix("posapp:")


@dataclass(frozen=True)
class Round:
    """One stop of the leader, seconds from the signal."""

    took: float  # another terminal holds the detection lock
    paid: float  # the payment made right after the signal is applied
    gone: float  # the stopped process has exited
    by: str | None  # the terminal that applied it (from the watchers' output)
    old: str | None  # the stopped leader


def applied_by(terminals: list[Terminal], session_id: str) -> str | None:
    """The terminal whose ``posapp watch`` printed applying the payment to ``session_id``
    (followers print the change with "(another counter)")."""
    for t in terminals:
        for log in t.data_dir.glob("watch-*.log"):
            for line in log.read_text(errors="replace").splitlines():
                if f"{session_id} → paid" in line and "another counter" not in line:
                    return t.name
    return None


def is_paid(db: Database, session_id: str) -> bool:
    with db.read() as s:
        status = s.scalar(select(SessionRow.status).where(SessionRow.id == session_id))
    return status == SessionStatus.PAID.value


def failover(
    url: str, root: Path, net: Devnet, merchant: str, kills: int
) -> dict[str, list[Round]]:
    """Four watchers; stop the leader ``kills`` times per signal; what each stop took."""
    db = Database(url, migrate=False, application_name="posapp-bench")
    ctx = build_context(root / "t1", db, terminal="bench")
    cashier = Actor("bench", Role.CASHIER)
    lease = detection_lease_name(ctx.config)
    terminals = [Terminal(f"t{i}", root / f"t{i}", url) for i in range(1, WATCHERS + 1)]
    results: dict[str, list[Round]] = {"SIGKILL": [], "SIGINT": []}
    try:
        for t in terminals:
            t.start()
        if not wait_for(lambda: leader(db, lease), 60, 0.1):
            raise SystemExit("no counter took the lead within 60 s")
        for sig in (signal.SIGKILL, signal.SIGINT):
            for _ in range(kills):
                # steady state first: every watcher up, the leader applying payments
                if not wait_for(lambda: steady(db, lease, terminals), 60, 0.1):
                    raise SystemExit("the watchers did not settle within 60 s")
                warm = ctx.sessions.create(AMOUNT, cashier)
                net.pay(to=merchant, amount=warm.usdc_due, memo=warm.id)
                if not wait_for(lambda s=warm.id: is_paid(db, s), 30):
                    raise SystemExit("the leader did not apply a payment within 30 s")
                probe = ctx.sessions.create(AMOUNT, cashier)
                old = leader(db, lease)
                victim = next(t for t in terminals if t.name == old)
                assert victim.process is not None
                at = time.monotonic()
                victim.signal(sig)
                net.pay(to=merchant, amount=probe.usdc_due, memo=probe.id)
                took = paid = gone = None
                deadline = at + 60
                while (took is None or paid is None) and time.monotonic() < deadline:
                    now = time.monotonic()
                    if took is None and (n := leader(db, lease)) and n != old:
                        took = now - at
                    if paid is None and is_paid(db, probe.id):
                        paid = now - at
                    if gone is None and victim.process.poll() is not None:
                        gone = now - at
                    time.sleep(0.01)
                if took is None or paid is None:
                    raise SystemExit(f"{sig.name}: no takeover or payment within 60 s")
                victim.process.wait(30)
                gone = time.monotonic() - at if gone is None else gone
                time.sleep(0.2)  # the applier's own log line
                results[sig.name].append(
                    Round(took, paid, gone, applied_by(terminals, probe.id), old)
                )
                victim.start()
    finally:
        for t in terminals:
            t.stop()
        db.dispose()
    return results


def steady(db: Database, lease: str, terminals: list[Terminal]) -> bool:
    """Every watcher up: one holds the detection lock, each other one is listening on the
    change feed (a leader never opens its feed, so it is not asked to)."""
    holder = leader(db, lease)
    with db.engine.connect() as conn:
        listening = set(
            conn.scalars(
                text(
                    "SELECT application_name FROM pg_stat_activity "
                    "WHERE query ILIKE 'LISTEN%' AND datname = current_database()"
                )
            )
        )
    return holder is not None and all(
        t.name == holder or f"posapp:{t.name}" in listening for t in terminals
    )


def report_failover(results: dict[str, list[Round]]) -> None:
    for sig, runs in results.items():
        if not runs:
            continue
        for label, values in (
            ("lock taken over", [r.took for r in runs]),
            ("payment applied", [r.paid for r in runs]),
            ("old leader exited", [r.gone for r in runs]),
        ):
            print(
                f"  {sig:7} → {label}: min {min(values):.2f} s, "
                f"median {statistics.median(values):.2f} s, max {max(values):.2f} s "
                f"({', '.join(f'{v:.2f}' for v in values)})"
            )
        by = Counter(
            "unknown"
            if r.by is None
            else "the stopped leader"
            if r.by == r.old
            else "its successor"
            for r in runs
        )
        print(f"  {sig:7} → payment applied by: " + ", ".join(f"{k} {v}×" for k, v in by.items()))


# ---- main --------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("POSAPP_TEST_POSTGRES_URL"),
        help="admin URL (a role that may CREATE DATABASE); default POSAPP_TEST_POSTGRES_URL",
    )
    parser.add_argument("--counters", type=int, default=4)
    parser.add_argument("--sessions", type=int, default=500, help="sessions per counter")
    parser.add_argument("--kills", type=int, default=5, help="leader stops per signal")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url or set POSAPP_TEST_POSTGRES_URL")
    admin = make_url(args.database_url)
    if admin.drivername in {"postgresql", "postgres"}:
        admin = admin.set(drivername="postgresql+psycopg")
    admin_url = admin.render_as_string(hide_password=False)

    facts = server_facts(admin_url)
    load = os.getloadavg()
    print("several counters on one PostgreSQL store")
    print(
        f"  machine: {os.cpu_count()} cores ({cpu_model()}), Python {platform.python_version()}, "
        f"PostgreSQL {facts['server_version']} on the same machine "
        f"(synchronous_commit={facts['synchronous_commit']}, fsync={facts['fsync']})"
    )
    print(
        f"  load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        f"(other work may share this machine; the counters, PostgreSQL and this script "
        f"all compete for the same cores)"
    )
    print(
        f"  reproduce: POSAPP_TEST_POSTGRES_URL='{admin.render_as_string(hide_password=True)}' "
        f"python bench/several_counters.py --counters {args.counters} "
        f"--sessions {args.sessions} --kills {args.kills}"
    )

    started = time.monotonic()
    net = Devnet(port=0, stream_timeout=5.0)
    net.start()
    try:
        with ScratchDatabase(admin_url) as scratch, tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            merchant = net.create_account()
            first = root / "t1"
            init = subprocess.run(
                posapp(
                    first,
                    scratch.url,
                    "init",
                    "--account",
                    merchant,
                    "--currency",
                    "INR",
                    "--rate",
                    "84.10",
                    "--horizon-url",
                    net.url,
                    "--secret-file-store",
                ),
                capture_output=True,
                text=True,
                timeout=120,
            )
            if init.returncode != 0:
                raise SystemExit(f"posapp init failed: {init.stderr}")
            for i in range(2, WATCHERS + 1):
                (root / f"t{i}").mkdir()
                secret = first / "webhook-secret.json"
                if secret.exists():
                    shutil.copy2(secret, root / f"t{i}" / secret.name)

            print(
                f"\n1. sessions created through SessionService.create, {args.sessions} per "
                f"counter, one OS process per counter, started together"
            )
            (root / "c").mkdir()
            one = creation_run(scratch.url, root / "c", 1, args.sessions, "solo")
            report_creation(one, 1)
            many = creation_run(scratch.url, root / "c", args.counters, args.sessions, "c")
            report_creation(many, args.counters)
            db = Database(scratch.url, migrate=False)
            stored = count_rows(db)
            db.dispose()
            expected = (1 + args.counters) * (WARMUP + args.sessions)
            if stored != expected:
                raise SystemExit(f"{stored} sessions stored, {expected} created")
            print(f"  check: {stored} session rows stored = {expected} created (incl. warm-up)")

            print(
                f"\n2. detection failover, {WATCHERS} `posapp watch` processes, leader "
                f"stopped {args.kills}× per signal (followers retry the lease every "
                f"{ELECTION_RETRY_SECONDS:g} s)"
            )
            report_failover(failover(scratch.url, root, net, merchant, args.kills))
    finally:
        net.stop()
    load = os.getloadavg()
    print(
        f"\nfinished in {time.monotonic() - started:.0f} s; load average at end "
        f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


if __name__ == "__main__":
    main()
