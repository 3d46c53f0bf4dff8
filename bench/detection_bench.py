"""Detection benchmark: payment on the wire → session ``paid`` committed, and catch-up rate.

    python bench/detection_bench.py [--payments 300] [--backlog 20000]

Runs a devnet on loopback, a real SQLite data dir and the real watcher (own thread and event
loop, as in the GUI). Latency is measured from just before the devnet records the payment
(and wakes its SSE streams) to the moment the watcher's transaction has committed and its
listener is called — what the UI's ``payment_applied`` signal would carry.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

from posapp.core.roles import CLI_ACTOR
from posapp.core.session import new_muxed_id, new_session_id
from posapp.devnet.server import Devnet
from posapp.services.context import build_context
from posapp.services.detection.watcher import NullListener, PaymentWatcher
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage import cursor_repo, sessions_repo
from posapp.storage.engine import Database


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def setup(tmp: Path, net: Devnet):
    merchant = net.create_account()
    db = Database.in_data_dir(tmp)
    provision(tmp, db, ProvisionRequest(network="testnet", account=merchant, currency="INR",
                                        rate="84.10", horizon_url=net.url))  # fmt: skip
    return build_context(tmp, db), merchant


class Signal(NullListener):
    def __init__(self) -> None:
        self.event = threading.Event()
        self.at = 0.0

    def payments_applied(self, applied) -> None:
        self.at = time.perf_counter()
        self.event.set()


def latency(n: int) -> list[float]:
    with Devnet(stream_timeout=55.0) as net, tempfile.TemporaryDirectory() as tmp:
        ctx, merchant = setup(Path(tmp), net)
        listener = Signal()
        loop = asyncio.new_event_loop()
        watcher = PaymentWatcher(ctx.db, ctx.config, ctx.sessions, listener)
        task = loop.create_task(watcher.run())
        thread = threading.Thread(target=lambda: loop.run_until_complete(asyncio.wait([task])))
        thread.start()
        time.sleep(1.0)  # connected and live
        samples = []
        for _ in range(n):
            session = ctx.sessions.create("841", CLI_ACTOR)
            listener.event.clear()
            began = time.perf_counter()
            net.pay(to=merchant, amount=session.usdc_due, memo=session.id)
            if not listener.event.wait(5):
                raise SystemExit("a payment was not applied within 5 s")
            samples.append((listener.at - began) * 1000)
        loop.call_soon_threadsafe(task.cancel)
        thread.join()
        return samples


def _devnet_process(conn, backlog_memos: list[str], amount: str) -> None:
    """Child process: a devnet holding the backlog, so serving pages does not share our GIL."""
    with Devnet() as net:
        merchant = net.create_account()
        for memo in backlog_memos:
            net.pay(to=merchant, amount=amount, memo=memo)
        conn.send((net.url, merchant))
        conn.recv()  # wait until the parent is done


def catch_up(backlog: int) -> tuple[int, float, float]:
    ids = [new_session_id() for _ in range(backlog)]
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=_devnet_process, args=(child, ids, "10.00"))
    proc.start()
    url, merchant = parent.recv()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Database.in_data_dir(Path(tmp))
            request = ProvisionRequest(
                network="testnet", account=merchant, currency="INR", rate="84.10",
                horizon_url=url, check_account=False,
            )  # fmt: skip
            provision(Path(tmp), db, request)
            ctx = build_context(Path(tmp), db)
            template = ctx.sessions.create("841", CLI_ACTOR)
            with ctx.db.write() as session:  # bench setup only: many open sessions at once
                for sid in ids:
                    sessions_repo.insert(
                        session, replace(template, id=sid, muxed_id=new_muxed_id())
                    )
            with ctx.db.write() as session:  # start from the beginning of the account's feed
                cursor_repo.save(
                    session, cursor_repo.cursor_name("testnet", merchant), "1", ctx.clock()
                )
            watcher = PaymentWatcher(ctx.db, ctx.config, ctx.sessions)
            applying = 0.0
            original_apply = watcher.apply

            def timed_apply(batch):
                nonlocal applying
                t = time.perf_counter()
                original_apply(batch)
                applying += time.perf_counter() - t

            watcher.apply = timed_apply
            began = time.perf_counter()
            count = asyncio.run(watcher.catch_up())
            elapsed = time.perf_counter() - began
            paid = ctx.sessions.list_recent(limit=backlog + 10)
            assert sum(s.status.value == "paid" for s in paid) == backlog
            db.dispose()
    finally:
        parent.send("done")
        proc.join(10)
    return count, elapsed, applying


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--backlog", type=int, default=20_000)
    args = parser.parse_args()
    samples = latency(args.payments)
    print(f"payment on the wire → paid committed, {len(samples)} payments: "
          f"p50 {statistics.median(samples):.1f} ms, p99 {percentile(samples, 99):.1f} ms, "
          f"max {max(samples):.1f} ms")  # fmt: skip
    count, elapsed, applying = catch_up(args.backlog)
    print(f"catch-up: {count} records in {elapsed:.2f} s = {count / elapsed:,.0f} records/s "
          f"(devnet in its own process); of which applying (one transaction per page): "
          f"{count / applying:,.0f} records/s")  # fmt: skip


if __name__ == "__main__":
    main()
