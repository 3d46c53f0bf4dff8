"""GUI latency benchmarks for the counter (docs/design.md "Performance targets").

    python bench/ui_latency.py [--charges 30] [--payments 50] [--starts 5]

Prints three figures, measured on the real composition (``CounterApp``: watcher thread,
both windows, a real SQLite data dir) against an in-process Devnet, Qt offscreen:

1. Charge key → QR painted: from the Enter key event to the end of the customer display's
   QR ``paintEvent`` for the new session (median / p95), with a breakdown.
2. Payment on the wire → Paid painted: from ``Devnet.pay`` to the paint event of the
   display's green Paid page (p50 / p99).
3. Cold start → a PIN login that takes keys: from spawning Python until the first window
   is shown AND has taken keys, on a shop with an admin (so the first window is the PIN
   login; docs/design.md "Start-up": the services load behind it). A probe in the child
   (``KEYED_PROBE``: a zero timer, so it runs on the first event-loop turn after the login
   shows) types "1" (choosing the first user's tile) and "2" (into the PIN entry), and
   prints its line only when the PIN entry then holds "2". Measured through
   ``posapp.cli.main`` (the real entry point) and ``posapp.app.run_gui`` alone, against a
   bare PySide6 window (until the first event-loop turn after it shows: no probe, so the
   baseline carries none of its cost); offscreen, median of N, ratio. Also printed: when
   the counter is loaded behind the login (its "counter loaded" log line). Bytecode is
   cached as in an installed or packaged app (``PYTHONDONTWRITEBYTECODE`` is dropped for
   the children; one warm-up start of each kind writes it first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from posapp.app.counter import CounterApp
from posapp.core.connection import ConnectionState
from posapp.core.session import PaymentSession, SessionStatus
from posapp.devnet import Devnet
from posapp.services.config import save_config
from posapp.services.context import build_context
from posapp.services.sales.payment_request import payment_uri
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.stellar import qr
from posapp.storage.engine import Database
from posapp.ui.counter_prefs import CounterPrefs

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 760)
window.show()
QTimer.singleShot(0, lambda: print("window shown", file=sys.stderr, flush=True))
app.exec()
"""
"""The baseline: a bare PySide6 window, until the first event-loop turn after it shows."""
BARE_MARKER = "window shown"
KEYED_PROBE = """
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])  # run_gui takes this one
def key(window, code, text):
    target = window.focusWidget() or window
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))
def probe():
    tops = QApplication.topLevelWidgets()
    login = next((w for w in tops if w.objectName() == "loginWindow" and w.isVisible()), None)
    if login is None:
        return
    timer.stop()
    key(login, Qt.Key.Key_1, "1")  # the first user's tile
    key(login, Qt.Key.Key_2, "2")  # a PIN digit
    entry = login.findChild(QLineEdit, "pinEntry")
    if entry is not None and entry.isVisible() and entry.text() == "2":
        print("login took keys", file=sys.stderr, flush=True)
timer = QTimer()
timer.timeout.connect(probe)
timer.start(0)  # runs on each event-loop turn once the loop runs: the first turn after show
"""


def keyed(entry: str, call: str) -> str:
    """A cold start that types into the PIN login on the first event-loop turn after it
    shows (see the module): ``entry`` imports posapp as a real start does (before PySide6;
    an app-wide event filter is not used, it would slow every event down), ``call`` runs it."""
    return f"import sys\n{entry}\n{KEYED_PROBE}\n{call}\n"


KEYED_MARKER = "login took keys"
LOADED_MARKER = "counter loaded"


class SilentChime:
    muted = True

    def set_muted(self, muted: bool) -> None:
        pass

    def play(self) -> None:
        pass


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(round(p / 100 * (len(ordered) - 1)), len(ordered) - 1)
    return ordered[index]


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met in time")
        app.processEvents()
        time.sleep(0.0002)


def provision(data_dir: Path, horizon_url: str, merchant: str) -> None:
    now = datetime.now(UTC)
    db = Database.in_data_dir(data_dir)
    request = ProvisionRequest(
        network="testnet",
        account=merchant,
        currency="INR",
        horizon_url=horizon_url,
        rate="84.10",
        shop_name="bench café",
        check_account=False,
    )
    save_config(db, build_config(request, now), now)
    db.dispose()
    # an admin, so a start opens the PIN login (a shop without one opens the setup wizard)
    subprocess.run(
        [sys.executable, "-m", "posapp.cli", "--data-dir", str(data_dir),
         "users", "add", "bench", "--role", "admin"],
        input="258013\n", text=True, check=True, capture_output=True,
    )  # fmt: skip


class PaintClock(QObject):
    """Timestamps paint events of one widget (event filter, GUI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.last = 0.0
        self.since = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False


def bench_charges(app: QApplication, counter: CounterApp, n: int) -> dict[str, list[float]]:
    cashier, display = counter.cashier, counter.display
    qr_widget = display.qr_widget
    painted_at: list[float] = []
    qr_widget.painted.connect(lambda: painted_at.append(time.perf_counter()))
    created: list[PaymentSession] = []
    cashier.sale_started.connect(created.append)
    totals: list[float] = []
    for i in range(n):
        QTest.keyClicks(cashier, str(100 + i))
        wait_until(app, lambda: True)
        created.clear()
        painted_at.clear()
        started = time.perf_counter()
        QTest.keyClick(cashier, Qt.Key.Key_Return)
        wait_until(app, lambda: bool(created) and bool(painted_at))
        uri = payment_uri(created[0], counter.ctx.config)
        assert qr_widget.data == uri
        totals.append((painted_at[-1] - started) * 1000)
        QTest.keyClick(cashier, Qt.Key.Key_Escape)  # cancel: Esc asks, a second Esc cancels
        QTest.keyClick(cashier, Qt.Key.Key_Escape)
        QTest.keyClick(cashier, Qt.Key.Key_Delete)  # back to an empty amount
        wait_until(app, lambda: True)
    return {"total": totals}


def bench_parts(counter: CounterApp, n: int) -> dict[str, list[float]]:
    """Where the time goes: create, URI, QR encoding (uncached), one paint."""
    from posapp.core.roles import Actor, Role

    actor = Actor("bench", Role.CASHIER)
    parts: dict[str, list[float]] = {"create": [], "uri": [], "qr_matrix": [], "paint": []}
    widget = counter.display.qr_widget
    for i in range(n):
        t0 = time.perf_counter()
        session = counter.ctx.sessions.create(str(200 + i), actor, allow_fetch=False)
        t1 = time.perf_counter()
        uri = payment_uri(session, counter.ctx.config)
        t2 = time.perf_counter()
        qr.qr_matrix(uri)
        t3 = time.perf_counter()
        widget.set_data(uri)
        widget.repaint()
        t4 = time.perf_counter()
        counter.ctx.sessions.cancel(session.id, actor)
        parts["create"].append((t1 - t0) * 1000)
        parts["uri"].append((t2 - t1) * 1000)
        parts["qr_matrix"].append((t3 - t2) * 1000)
        parts["paint"].append((t4 - t3) * 1000)
    return parts


def bench_payments(app: QApplication, counter: CounterApp, devnet: Devnet, n: int) -> list[float]:
    cashier, display = counter.cashier, counter.display
    clock = PaintClock()
    display.result_page.installEventFilter(clock)
    created: list[PaymentSession] = []
    cashier.sale_started.connect(created.append)
    latencies: list[float] = []
    for i in range(n):
        created.clear()
        QTest.keyClicks(cashier, str(300 + i))
        QTest.keyClick(cashier, Qt.Key.Key_Return)
        wait_until(app, lambda: bool(created))
        session = created[0]
        wait_until(app, lambda: display.screen_name == "pay")
        app.processEvents()
        clock.last = 0.0
        started = clock.since = time.perf_counter()
        devnet.pay(to=session.destination, amount=str(session.usdc_due), memo=session.memo)
        wait_until(app, lambda: display.screen_name == "paid" and clock.last > clock.since)
        latencies.append((clock.last - started) * 1000)
        assert cashier.sale is not None and cashier.sale.status is SessionStatus.PAID
        QTest.keyClick(cashier, Qt.Key.Key_Delete)
        wait_until(app, lambda: display.screen_name == "idle")
    return latencies


def time_until_marker(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` until it prints ``marker`` on stderr."""
    return time_until_markers(command, [marker], env)[0]


def time_until_markers(command: list[str], markers: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from spawning ``command`` until it prints each of ``markers`` (in order)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    assert proc.stderr is not None
    seen: list[float] = []
    try:
        for raw in proc.stderr:
            if markers[len(seen)] in raw.decode(errors="replace"):
                seen.append(time.perf_counter() - started)
                if len(seen) == len(markers):
                    return seen
        raise RuntimeError(f"{command[0]} ended without printing {markers[len(seen)]!r}")
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cold_start_env() -> dict[str, str]:
    """The children's environment: offscreen, private Qt settings, bytecode cached."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="posapp-bench-config-")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed or packaged app has its .pyc
    env.pop("POSAPP_DATA_DIR", None)
    env.pop("POSAPP_DATABASE_URL", None)
    return env


def bench_cold_start(data_dir: Path, n: int) -> dict[str, list[float]]:
    """Seconds from spawning Python to a PIN login that took keys (and to the counter
    loaded behind it), ``n`` runs each way, against a bare PySide6 window."""
    env = cold_start_env()
    # posapp.cli.main imports posapp.app for the GUI; a real start does so before PySide6
    via_cli = keyed(
        "from posapp.cli import main\nimport posapp.app", "sys.exit(main(sys.argv[1:]))"
    )
    direct = keyed(
        "import argparse, logging\nfrom posapp.app import run_gui",
        "logging.basicConfig(level=logging.INFO)\nsys.exit(run_gui(argparse.Namespace("
        "data_dir=sys.argv[1], database_url=None, demo=False, verbose=True)))",
    )
    cli = [sys.executable, "-c", via_cli, "--data-dir", str(data_dir), "-v"]
    alone = [sys.executable, "-c", direct, str(data_dir)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    for command, marker in ((bare, BARE_MARKER), (cli, KEYED_MARKER), (alone, KEYED_MARKER)):
        time_until_marker(command, marker, env)  # warm-up: writes the bytecode
    times: dict[str, list[float]] = {name: [] for name in ("bare", "cli", "run_gui", "loaded")}
    for _ in range(n):
        times["bare"].append(time_until_marker(bare, BARE_MARKER, env))
        took_keys, loaded = time_until_markers(cli, [KEYED_MARKER, LOADED_MARKER], env)
        times["cli"].append(took_keys)
        times["loaded"].append(loaded)
        times["run_gui"].append(time_until_marker(alone, KEYED_MARKER, env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charges", type=int, default=30)
    parser.add_argument("--payments", type=int, default=50)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="posapp-bench-") as tmp, Devnet(port=0) as devnet:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        provision(data_dir, devnet.url, devnet.create_account(usdc_trustline=True))
        db = Database.in_data_dir(data_dir)
        ctx = build_context(data_dir, db)
        prefs = CounterPrefs(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        counter = CounterApp(ctx, prefs=prefs, sound=SilentChime(), locale="en_IN")
        counter.start()
        wait_until(app, lambda: counter.cashier.connection_state is ConnectionState.LIVE)
        # Warm up imports, fonts and caches once.
        bench_charges(app, counter, 2)

        charges = bench_charges(app, counter, args.charges)["total"]
        parts = bench_parts(counter, min(args.charges, 20))
        payments = bench_payments(app, counter, devnet, args.payments)
        counter.shutdown()
        db.dispose()
        starts = bench_cold_start(data_dir, args.starts)

    med = statistics.median
    print(
        f"Charge key → QR painted (N={len(charges)}): median {med(charges):.1f} ms, "
        f"p95 {percentile(charges, 95):.1f} ms   [target ≤ 50 ms]"
    )
    print(
        "  medians: SessionService.create {:.1f} ms, payment_uri {:.2f} ms, qr_matrix "
        "{:.1f} ms, QR paint {:.1f} ms".format(*(med(parts[k]) for k in parts))
    )
    print(
        f"Payment on the wire → Paid painted (N={len(payments)}): p50 {med(payments):.1f} ms, "
        f"p99 {percentile(payments, 99):.1f} ms"
    )
    bare = med(starts["bare"])
    spread = f"{min(starts['cli']):.2f}–{max(starts['cli']):.2f}"
    print(
        f"Cold start → PIN login shown and taking keys (median of {args.starts}): "
        f"`posapp` {med(starts['cli']):.2f} s ({med(starts['cli']) / bare:.2f}×) [{spread}], "
        f"posapp.app.run_gui alone {med(starts['run_gui']):.2f} s "
        f"({med(starts['run_gui']) / bare:.2f}×), bare PySide6 window "
        f"{bare:.2f} s [{min(starts['bare']):.2f}–{max(starts['bare']):.2f}]   [target ≤ 2×]"
    )
    print(f"  counter loaded behind the login: {med(starts['loaded']):.2f} s after spawning")


if __name__ == "__main__":
    main()
