"""Webhook delivery benchmark (docs/design.md "Performance targets"; figures go in the README).

1. Throughput: deliveries/s from a fresh outbox of ``--events`` events to a loopback
   endpoint (a separate process, HTTP/1.1 keep-alive, answers 200), with a real SQLite file
   (WAL, synchronous=FULL: one fsync per attempt).
2. GUI responsiveness: a ``--backlog`` of events drains through ``WebhookThread`` while a
   ``QTimer`` ticks every 5 ms on the main thread; reports the worst gap beyond 5 ms (the
   longest the GUI thread could not run), plus the p99 gap.

    python bench/webhook_delivery.py [--events 2000] [--backlog 10000] [--concurrency 4]

Runs headless (``QT_QPA_PLATFORM=offscreen`` unless set).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.webhooks.delivery import WebhookDeliverer
from posapp.webhooks.signing import generate_secret


def serve(port: int) -> None:
    """Receiver process: 200 to every POST, keep-alive, no logging."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


def start_receiver() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", "0"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/hook"


def fill(db: Database, n: int) -> None:
    now = datetime.now(UTC)
    with db.write() as session:
        for i in range(n):
            payload = {
                "type": "payment.success",
                "timestamp": now.isoformat(),
                "data": {"session_id": f"pay_{i:024d}", "amount": "23.77", "asset": "USDC"},
            }
            repo.enqueue(session, payload, session_id=f"pay_{i:024d}", now=now)


def delivered(db: Database) -> int:
    with db.read() as session:
        return repo.count_by_status(session)["delivered"]


def bench_throughput(url: str, n: int, concurrency: int, workdir: Path) -> float:
    db = Database(f"sqlite:///{workdir}/throughput.db")
    secret = generate_secret()
    fill(db, n)
    deliverer = WebhookDeliverer(
        db, lambda _now: (secret,), lambda: url, concurrency=concurrency, batch_size=200
    )
    started = time.perf_counter()
    while deliverer.deliver_due(limit=200):
        pass
    elapsed = time.perf_counter() - started
    assert delivered(db) == n, "not everything was delivered"
    deliverer.close()
    db.dispose()
    return n / elapsed


def bench_gui_stall(url: str, backlog: int, concurrency: int, workdir: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from posapp.workers.webhook_thread import WebhookThread

    app = QApplication.instance() or QApplication([])
    db = Database(f"sqlite:///{workdir}/backlog.db")
    secret = generate_secret()
    fill(db, backlog)
    deliverer = WebhookDeliverer(db, lambda _now: (secret,), lambda: url, concurrency=concurrency)
    thread = WebhookThread(deliverer)
    gaps: list[float] = []
    last = [time.perf_counter()]
    done = [0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def on_attempted(_event_id: str, _status: int, ok: bool) -> None:
        done[0] += ok
        if done[0] >= backlog:
            QCoreApplication.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)

    # baseline: the same timer for 2 s with nothing running (machine and Qt noise)
    QTimer.singleShot(2000, QCoreApplication.quit)
    timer.start()
    last[0] = time.perf_counter()
    app.exec()
    timer.stop()
    baseline = sorted(gaps)
    gaps.clear()

    thread.delivery_attempted.connect(on_attempted)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QCoreApplication.quit)
    watchdog.start(600_000)
    timer.start()
    started = time.perf_counter()
    last[0] = started
    thread.start()
    app.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    stop_started = time.perf_counter()
    thread.stop()
    stop_ms = (time.perf_counter() - stop_started) * 1000
    deliverer.close()
    count = delivered(db)
    db.dispose()
    gaps.sort()
    return {
        "delivered": count,
        "seconds": elapsed,
        "rate": count / elapsed,
        "max_stall_ms": max(0.0, gaps[-1] - 5) if gaps else 0.0,
        "p99_gap_ms": gaps[int(len(gaps) * 0.99)] if gaps else 0.0,
        "stop_ms": stop_ms,
        "baseline_max_stall_ms": max(0.0, baseline[-1] - 5) if baseline else 0.0,
        "baseline_p99_gap_ms": baseline[int(len(baseline) * 0.99)] if baseline else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000, help="events for the throughput run")
    parser.add_argument("--backlog", type=int, default=10_000, help="events for the GUI run")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight")
    parser.add_argument("--serve", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return
    proc, url = start_receiver()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            rate = bench_throughput(url, args.events, args.concurrency, workdir)
            print(f"throughput: {rate:,.0f} deliveries/s over {args.events:,} events")
            gui = bench_gui_stall(url, args.backlog, args.concurrency, workdir)
            print(
                f"GUI thread while a {args.backlog:,}-event backlog drained in WebhookThread "
                f"({gui['delivered']:,.0f} in {gui['seconds']:.1f} s, {gui['rate']:,.0f}/s):"
            )
            print(
                f"  max stall {gui['max_stall_ms']:.1f} ms beyond the 5 ms tick, "
                f"p99 tick gap {gui['p99_gap_ms']:.1f} ms"
            )
            print(
                f"  idle baseline: max stall {gui['baseline_max_stall_ms']:.1f} ms, "
                f"p99 tick gap {gui['baseline_p99_gap_ms']:.1f} ms"
            )
            print(f"  WebhookThread.stop() took {gui['stop_ms']:.0f} ms")
    finally:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    main()
