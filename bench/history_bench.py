"""Benchmark of the sales history over 1,000,000 sessions (docs/design.md targets).

    python3 bench/history_bench.py [--sessions N] [--cache DIR] [--no-export] [--only csv]

Generates the database once (cached in DIR, default ``/tmp/posapp-history-cache``; the
first run takes minutes), migrated like a shop's database (so with the history's indexes)
and without ``ANALYZE`` statistics. Then, in one process with Qt
offscreen, measures:

* window open → first rows painted (constructor to the first paint of the table's
  viewport that shows rows);
* each filter change → rows painted, and when its totals and chart arrived;
* totals alone (the service call, best of 3);
* CSV export rows per second (every session);
* peak memory (resident set high-water mark).

``--only csv`` measures the CSV export alone (no window; peak memory is the export's).

Targets: first page ≤ 80 ms, filter ≤ 100 ms, totals and chart ≤ 50 ms, CSV ≥ 250k rows/s.
Main thread; the window's queries run on its pool threads as in the app.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from bench.history_data import END, generate_cached
from posapp.core.roles import Actor, Role
from posapp.rates import RateSettings
from posapp.services.backoffice.export import export_history_csv
from posapp.services.backoffice.history import DatePreset, HistoryFilter
from posapp.services.config import ShopConfig
from posapp.services.context import build_backoffice
from posapp.services.staff.audit import AuditLog
from posapp.storage.engine import Database, sqlite_url
from posapp.ui.gc_policy import MainThreadCollector
from posapp.ui.history import HistoryWindow

OWNER = Actor("owner", Role.OWNER)
TZ = ZoneInfo("Asia/Kolkata")
TARGETS = {
    "first": 80.0, "filter": 100.0, "totals": 50.0, "chart": 50.0, "csv": 250_000.0,
}  # fmt: skip


def calibrate() -> float:
    """Seconds for 10M Python additions (≈0.35 s on a recent laptop core)."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    """Resident-set high-water mark of this process so far, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    """Forget the memory high-water mark so far (the generator's); Linux only."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def warm_up(app: QApplication) -> None:
    """Show and close a small table window first, as the running app has: Qt's style,
    fonts and font fallbacks (the generated notes hold Devanagari) are loaded once per
    process, before the owner ever opens the history."""
    table = QTableWidget(3, 2)
    for row, text in enumerate(("warm", "नमस्ते", "café crème")):
        table.setItem(row, 0, QTableWidgetItem(text))
        table.setItem(row, 1, QTableWidgetItem("1,999.00"))
    table.show()
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)
    table.close()
    app.processEvents()


class PaintProbe(QObject):
    """Notes when the table's viewport paints after rows arrived."""

    def __init__(self, window: HistoryWindow) -> None:
        super().__init__()
        self.window = window
        self.armed = False
        self.painted_at: float | None = None
        window.sales.table.viewport().installEventFilter(self)
        window.sales.model.page_loaded.connect(self._on_model_page_loaded)

    def _on_model_page_loaded(self, rows: int, _ms: float) -> None:
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self.window.sales.model
        if (
            event.type() == QEvent.Type.Paint
            and self.armed
            and self.painted_at is None
            and (model.rowCount() > 0 or not model.has_more)
        ):
            self.painted_at = time.perf_counter()
        return False

    def reset(self) -> None:
        self.armed = False
        self.painted_at = None


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 120) -> None:
    """Process events until ``done()`` (or fail after ``timeout_s``)."""
    timer = QElapsedTimer()
    timer.start()
    while not done():
        app.processEvents()
        if timer.elapsed() > timeout_s * 1000:
            raise TimeoutError("the history window did not answer in time")
        time.sleep(0.0005)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "posapp-history-cache"
    )
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--only", choices=("csv",), help="measure only the CSV export")
    args = parser.parse_args()

    loop_s = calibrate()
    print(f"calibration: 10M Python additions take {loop_s:.2f} s on this machine")
    print(
        f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
    )
    work = Path(tempfile.mkdtemp(prefix="posapp-bench-"))
    started = time.perf_counter()
    path = generate_cached(work, args.sessions, args.cache, zone="Asia/Kolkata")
    print(f"database: {args.sessions:,} sessions, {path.stat().st_size / 2**20:,.0f} MB"
          f" (ready in {time.perf_counter() - started:.1f} s)")  # fmt: skip

    if args.only == "csv":
        reset_peak_rss()
        db = Database(sqlite_url(work))
        measure_csv(db, work)
        print(f"\npeak memory: {peak_rss_mb():,.0f} MB")
        db.dispose()
        shutil.rmtree(work)
        return 0

    app = QApplication(sys.argv)
    collector = MainThreadCollector()
    warm_up(app)
    reset_peak_rss()
    db = Database(sqlite_url(work))
    merchant = db.engine.connect().exec_driver_sql("SELECT destination FROM sessions LIMIT 1")
    config = ShopConfig(
        network="testnet",
        merchant_account=str(merchant.scalar()),
        currency="INR",
        rates=RateSettings(mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=END),
    )
    services = build_backoffice(db, config, AuditLog(db), clock=lambda: END, tz=TZ)
    history = services.history

    # ---- window open → first rows painted -------------------------------------------
    t0 = time.perf_counter()
    window = HistoryWindow(services, OWNER)
    built_ms = (time.perf_counter() - t0) * 1000
    probe = PaintProbe(window)
    window.resize(1360, 860)
    window.show()
    wait_until(app, lambda: probe.painted_at is not None)
    first_ms = (probe.painted_at - t0) * 1000  # type: ignore[operator]
    wait_until(app, lambda: window.sales.totals.totals is not None)
    print(f"\nwindow open → first rows painted: {first_ms:.0f} ms"
          f" {_verdict(first_ms, TARGETS['first'])} (constructor {built_ms:.0f} ms)")  # fmt: skip
    wait_until(app, lambda: window.sales.chart.data is not None)

    # the owner closes and opens it again: Qt, SQLAlchemy and SQLite pages are warm
    settle(app, window)
    window.close()
    app.processEvents()
    gc.collect()
    t0 = time.perf_counter()
    window = HistoryWindow(services, OWNER)
    probe = PaintProbe(window)
    window.resize(1360, 860)
    window.show()
    wait_until(app, lambda: probe.painted_at is not None)
    again_ms = (probe.painted_at - t0) * 1000  # type: ignore[operator]
    print(f"window opened again → first rows painted: {again_ms:.0f} ms"
          f" {_verdict(again_ms, TARGETS['first'])}")  # fmt: skip
    wait_until(app, lambda: window.sales.chart.data is not None)

    # ---- filter changes ---------------------------------------------------------------
    sales = window.sales
    some = history.page(HistoryFilter(), OWNER, limit=400).rows
    tx = next(r.last_tx_hash for r in some if r.last_tx_hash)
    payer_row = history.details(next(r.id for r in some if r.last_tx_hash), OWNER)
    payer = payer_row.payments[0].payment.from_account

    def preset(p: DatePreset) -> HistoryFilter:
        start, end = history.preset(p)
        return HistoryFilter(start=start, end=end)

    month = preset(DatePreset.LAST_30_DAYS)
    awaiting = frozenset({"open", "partially_paid"})
    in_month = {"start": month.start, "end": month.end}
    changes: list[tuple[str, HistoryFilter]] = [
        ("today", preset(DatePreset.TODAY)),
        ("yesterday", preset(DatePreset.YESTERDAY)),
        ("this week", preset(DatePreset.THIS_WEEK)),
        ("this month", preset(DatePreset.THIS_MONTH)),
        ("last 30 days", month),
        ("all time", HistoryFilter()),
        ("all time, paid", HistoryFilter(statuses=frozenset({"paid", "paid_late"}))),
        ("all time, awaiting (rare)", HistoryFilter(statuses=awaiting)),
        ("all time, cancelled", HistoryFilter(statuses=frozenset({"cancelled"}))),
        ("30 days, cashier zoë", HistoryFilter(**in_month, cashier="zoë")),
        ("all time, note 'samosa' (common)", HistoryFilter(text="samosa")),
        ("all time, note 'xyzzy' (no match)", HistoryFilter(text="xyzzy")),
        ("30 days, note 'birthday'", HistoryFilter(**in_month, text="birthday")),
        ("tx hash prefix", HistoryFilter(text=tx[:12])),
        ("payer address", HistoryFilter(text=payer)),
        ("session id prefix", HistoryFilter(text=some[3].id[:10])),
    ]  # fmt: skip
    print("\nfilter change → rows painted | totals shown | chart shown")
    worst = 0.0
    for label, filt in changes:
        worst = max(
            worst, _measure(app, window, probe, label, lambda f=filt: sales.apply_filter(f))
        )
    sales.apply_filter(HistoryFilter())  # sorts and scrolling over all 1M sales
    for label, column in (("sort by amount (all time)", 1), ("sort by USDC received", 3)):
        settle(app, window)

        def sort(c: int = column) -> None:
            sales.model.sort(c, Qt.SortOrder.DescendingOrder)

        worst = max(worst, _measure(app, window, probe, label, sort, totals=False))
    print(f"worst filter change: {worst:.0f} ms {_verdict(worst, TARGETS['filter'])}")
    settle(app, window)
    t_scroll = time.perf_counter()
    rows_before = sales.model.rowCount()

    def scrolled() -> bool:
        sales.table.scrollToBottom()  # the view asks the model for more at the bottom
        return sales.model.rowCount() > rows_before

    wait_until(app, scrolled)
    print(
        f"scroll to the end → next page appended: {(time.perf_counter() - t_scroll) * 1000:.0f} ms"
    )

    # ---- totals alone ------------------------------------------------------------------
    print("\ntotals (service call, best of 3)")
    for label, filt in ((f"all time ({args.sessions:,})", HistoryFilter()), ("last 30 days", month),
                        ("all time, paid", HistoryFilter(statuses=frozenset({"paid"}))),
                        ("all time, cashier", HistoryFilter(cashier="ravi"))):  # fmt: skip
        best = min(_timed(lambda f=filt: history.totals(f, OWNER)) for _ in range(3))
        print(f"  {label:<28} {best:7.0f} ms {_verdict(best, TARGETS['totals'])}")
    for label, filt in (
        ("all time, monthly bars", HistoryFilter()),
        ("last 30 days, daily", month),
    ):
        best = min(_timed(lambda f=filt: history.chart(f, OWNER)) for _ in range(2))
        print(f"  chart {label:<22} {best:7.0f} ms {_verdict(best, TARGETS['chart'])}")
    mem_window = peak_rss_mb()
    window.close()
    collector.stop()

    # ---- CSV ------------------------------------------------------------------------
    if not args.no_export:
        measure_csv(db, work)
    print(f"\npeak memory: {mem_window:,.0f} MB with the window open;"
          f" {peak_rss_mb():,.0f} MB at the end")  # fmt: skip
    db.dispose()
    for leftover in work.iterdir():
        leftover.unlink()
    work.rmdir()
    return 0


def measure_csv(db: Database, work: Path) -> None:
    """Export every session (shop zone, byte-order mark) as the history window's Export
    does; print rows per second and the file size."""
    target = work / "all.csv"
    started = time.perf_counter()
    rows = export_history_csv(db, target, HistoryFilter(), OWNER, tz=TZ, bom=True)
    seconds = time.perf_counter() - started
    rate = rows / seconds
    print(f"\nCSV export: {rows:,} rows in {seconds:.1f} s = {rate:,.0f} rows/s"
          f" {_verdict(rate, TARGETS['csv'], higher=True)}"
          f" ({target.stat().st_size / 2**20:,.0f} MB)")  # fmt: skip
    print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    target.unlink()


def _measure(
    app: QApplication,
    window: HistoryWindow,
    probe: PaintProbe,
    label: str,
    change: Callable[[], None],
    *,
    totals: bool = True,
) -> float:
    """Apply one change; print rows-painted, totals and chart arrival times (ms)."""
    sales = window.sales
    got: dict[str, float] = {}
    on_totals = lambda _t: got.setdefault("totals", time.perf_counter())  # noqa: E731
    on_chart = lambda _c: got.setdefault("chart", time.perf_counter())  # noqa: E731
    settle(app, window)
    sales.totals_shown.connect(on_totals)
    sales.chart_shown.connect(on_chart)
    probe.reset()
    t0 = time.perf_counter()
    change()
    wait_until(app, lambda: probe.painted_at is not None and not sales.model.is_loading)
    painted = (probe.painted_at - t0) * 1000  # type: ignore[operator]
    if totals:
        wait_until(app, lambda: "totals" in got and "chart" in got)
    sales.totals_shown.disconnect(on_totals)
    sales.chart_shown.disconnect(on_chart)
    extra = ""
    if totals:
        extra = (f" | {(got['totals'] - t0) * 1000:6.0f} ms | {(got['chart'] - t0) * 1000:6.0f} ms"
                 f" | {sales.totals.totals.count:>9,} sales")  # type: ignore[union-attr]  # fmt: skip
    print(f"  {label:<34} {painted:6.0f} ms{extra} {_verdict(painted, TARGETS['filter'])}")
    return painted


def settle(app: QApplication, window: HistoryWindow) -> None:
    """Let the previous change finish (rows, totals, chart) and collect garbage, so each
    measurement starts from a quiet window as a person's next click would."""
    sales = window.sales
    wait_until(app, lambda: not sales.model.is_loading)
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline and (
        sales.totals.isEnabled() is False or sales.chart.view.isEnabled() is False
    ):
        app.processEvents()
        time.sleep(0.001)
    gc.collect()
    app.processEvents()


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _verdict(value: float, target: float, *, higher: bool = False) -> str:
    ok = value >= target if higher else value <= target
    return "ok" if ok else f"(target {'≥' if higher else '≤'} {target:,.0f})"


if __name__ == "__main__":
    raise SystemExit(main())
