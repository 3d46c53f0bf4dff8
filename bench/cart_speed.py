"""The cart at the counter, timed (docs/design.md "Performance targets").

    python bench/cart_speed.py [--items 10000] [--adds 60]

On a real SQLite data dir with a catalog of ``--items`` items, Qt offscreen, the cashier
window and the customer display wired as in the counter (``cart_changed`` → ``show_cart``):

1. adding an item → both screens updated: from the tap (``CartPanel.add_item``) until the
   cashier window and the customer display have repainted (median / p95 over ``--adds``
   taps, the cart growing to that many lines);
2. searching the catalog as you type: one key typed into the search box until the item grid
   is rebuilt and repainted (median / p95 over every key of several searches).

Targets: ≤ 30 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from stellar_sdk import Keypair

from posapp.core.catalog import CatalogItem
from posapp.core.clock import utc_now
from posapp.core.roles import Actor, Role
from posapp.services.context import build_context
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage import catalog_repo
from posapp.storage.engine import Database
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter
from posapp.ui.customer_display.window import CustomerDisplay

TARGET_MS = 30.0
SEARCHES = ("masala chai 42", "samosa 7", "gift 99", "8901234")
CATEGORIES = ("Drinks", "Snacks", "Gifts", "Groceries", "Stationery")


def ms(seconds: float) -> float:
    return seconds * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(int(len(values) * 0.95) - 1, 0)]


def line(what: str, values: list[float]) -> str:
    med, high = statistics.median(values), p95(values)
    verdict = "ok" if high <= TARGET_MS else "over"
    target = f"target ≤ {TARGET_MS:.0f} ms"
    return f"{what:<44} median {med:6.1f} ms  p95 {high:6.1f} ms  {target}  {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--adds", type=int, default=60)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="posapp-cart-bench-"))
    db = Database.in_data_dir(data)
    provision(
        data, db,
        ProvisionRequest(network="testnet", account=Keypair.random().public_key,
                         currency="INR", rate="84.10", horizon_url="http://127.0.0.1:9",
                         check_account=False, secret_file_store=True),
    )  # fmt: skip
    names = ("Masala chai", "Samosa", "Gift card", "Notebook", "Rice 1 kg")
    items = [
        CatalogItem(
            f"SKU{i:05d}",
            f"{names[i % len(names)]} {i}",
            Decimal(10 + i % 500),
            CATEGORIES[i % len(CATEGORIES)],
            Decimal(5),
            f"8901234{i:06d}",
        )
        for i in range(args.items)
    ]
    with db.write() as session:
        catalog_repo.upsert(session, items, datetime.now(UTC))
    ctx = build_context(data, db)
    fmt = Formatter("INR", "en_IN")
    cashier = CashierWindow(
        sessions=ctx.sessions, config=ctx.config, actor=Actor("bench", Role.CASHIER),
        clock=utc_now, formatter=fmt, catalog=True,
    )  # fmt: skip
    display = CustomerDisplay(config=ctx.config, clock=utc_now, formatter=fmt)
    cashier.cart_changed.connect(display.show_cart)
    cashier.resize(1366, 768)
    display.resize(1280, 1024)
    cashier.show()
    display.show()
    started = time.perf_counter()
    cashier.set_catalog(ctx.catalog.reload())
    app.processEvents()
    load = ms(time.perf_counter() - started)

    adds = []
    for i in range(args.adds):
        t0 = time.perf_counter()
        cashier.cart.add_item(items[(i * 7919) % len(items)])
        cashier.repaint()
        display.repaint()
        app.processEvents()
        adds.append(ms(time.perf_counter() - t0))

    keys = []
    search = cashier.cart.search
    for text in SEARCHES:
        search.clear()
        app.processEvents()
        for n in range(1, len(text) + 1):
            t0 = time.perf_counter()
            search.setText(text[:n])
            cashier.repaint()
            app.processEvents()
            keys.append(ms(time.perf_counter() - t0))

    print(f"catalog: {args.items:,} items; loaded and shown in {load:.0f} ms (background at start)")
    print(line(f"add an item → both screens ({args.adds} taps)", adds))
    print(line(f"search as you type ({len(keys)} keys)", keys))
    db.dispose()


if __name__ == "__main__":
    main()
