"""Open the history window on a generated database (for screenshots and trying it out).

    python3 bench/history_demo.py [SESSIONS] [--tab sales|unmatched|reconcile]
                                  [--details] [--zreport]

Generates (once, cached under ``/tmp/posapp-history-cache``) a database of SESSIONS sales
(default 50,000), migrated like a shop's, and shows the window as an owner would see
it at the end of the generated period. Main thread.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.history_data import END, generate_cached
from posapp.core.roles import Actor, Role
from posapp.rates import RateSettings
from posapp.services.config import ShopConfig
from posapp.services.context import BackofficeServices, build_backoffice
from posapp.services.staff.audit import AuditLog
from posapp.storage.engine import Database, sqlite_url
from posapp.ui.history import HistoryWindow

CACHE = Path(tempfile.gettempdir()) / "posapp-history-cache"


def open_demo(sessions: int, data_dir: Path) -> tuple[BackofficeServices, Database]:
    """A generated shop with indexes, and its history services (clock at the data's end)."""
    generate_cached(data_dir, sessions, CACHE, zone="Asia/Kolkata")
    db = Database(sqlite_url(data_dir))
    first = db.engine.connect()
    merchant = first.exec_driver_sql("SELECT destination FROM sessions LIMIT 1").scalar()
    first.close()
    config = ShopConfig(
        network="testnet",
        merchant_account=str(merchant),
        currency="INR",
        rates=RateSettings(mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=END),
        horizon_url="http://127.0.0.1:9",
        shop_name="Chai & Co.",
    )
    services = build_backoffice(
        db, config, AuditLog(db), clock=lambda: END, tz=ZoneInfo("Asia/Kolkata")
    )
    return services, db


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sessions", nargs="?", type=int, default=50_000)
    parser.add_argument("--tab", choices=("sales", "unmatched", "reconcile"), default="sales")
    parser.add_argument("--details", action="store_true", help="open the first sale's details")
    parser.add_argument("--zreport", action="store_true", help="open the Z-report")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        services, db = open_demo(args.sessions, Path(tmp))
        window = HistoryWindow(services, Actor("owner", Role.OWNER))
        window.tabs.setCurrentIndex(("sales", "unmatched", "reconcile").index(args.tab))
        window.move(0, 0)
        window.show()
        if args.details:
            QTimer.singleShot(
                1500, lambda: window.sales.table.doubleClicked.emit(window.sales.model.index(1, 0))
            )
        if args.tab == "reconcile":
            QTimer.singleShot(800, window.reconcile.start)
        if args.zreport:
            QTimer.singleShot(800, window.sales.zreport_button.click)
        code = app.exec()
        db.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
