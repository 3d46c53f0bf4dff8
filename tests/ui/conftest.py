"""Fixtures for the GUI tests: a real data dir and database (SQLite file or PostgreSQL, see
``database_url``), the test's devnet, the real composition (``CounterApp``), a wall clock the
test moves forward (the chime, prefs and devnet fixtures are the shared ones). Qt offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from stellar_sdk import Keypair

from posapp.app.counter import CounterApp
from posapp.core.connection import ConnectionState
from posapp.core.roles import Actor, Role
from posapp.devnet import Devnet
from posapp.services.config import save_config
from posapp.services.context import AppContext, build_context
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.storage.engine import Database
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter
from posapp.ui.counter_prefs import CounterPrefs
from tests.support.clock import MovableClock
from tests.support.gui import FakeChime
from tests.support.shop import UNREACHABLE_HORIZON

CASHIER = Actor("test-cashier", Role.CASHIER)


def make_context(
    data_dir: Path,
    *,
    account: str,
    horizon_url: str,
    clock: MovableClock,
    database_url: str | None = None,
    currency: str = "INR",
    rate: str = "84.10",
) -> AppContext:
    """Provision a testnet shop in ``data_dir`` (its database at ``database_url``, else the
    data dir's SQLite file) and build its services."""
    now = clock()
    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(database_url) if database_url else Database.in_data_dir(data_dir)
    request = ProvisionRequest(
        network="testnet",
        account=account,
        currency=currency,
        horizon_url=horizon_url,
        rate=rate,
        shop_name="Test café",
        check_account=False,
    )
    save_config(db, build_config(request, now), now)
    return build_context(data_dir, db, clock=clock)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[None]:
    """After each test, delete closed widgets and collect cycles here, on the GUI thread,
    so no Qt wrapper is ever finalised by a collection that starts on a worker thread."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def make_ctx(clock: MovableClock) -> Iterator:
    """Factory: ``make_ctx(data_dir, account=…, horizon_url=…, currency=…, rate=…)``, each
    shop on its data dir's SQLite file (widget tests, like ``offline_ctx``)."""
    made: list[AppContext] = []

    def make(data_dir: Path, **kwargs: str) -> AppContext:
        kwargs.setdefault("account", Keypair.random().public_key)
        kwargs.setdefault("horizon_url", UNREACHABLE_HORIZON)
        ctx = make_context(data_dir, clock=clock, **kwargs)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.db.dispose()


@pytest.fixture
def actor() -> Actor:
    return CASHIER


@pytest.fixture
def clock() -> MovableClock:
    """The wall clock, moved forward by the test: the GUI's countdowns and the devnet's
    ledger both run on real time."""
    return MovableClock.on_wall_time()


@pytest.fixture
def offline_ctx(tmp_path: Path, clock: MovableClock) -> Iterator[AppContext]:
    """A configured shop whose Horizon is unreachable (no watcher needed), on SQLite only:
    the cashier and customer-display widget tests using it are about widgets; the services
    behind them run on both databases in tests/services, and the whole counter in
    ``counter``/``shop_ctx``."""
    ctx = make_context(
        tmp_path / "data",
        account=Keypair.random().public_key,
        horizon_url=UNREACHABLE_HORIZON,
        clock=clock,
    )
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def cashier(qtbot, offline_ctx: AppContext, clock: MovableClock) -> CashierWindow:
    """A cashier window on its own (INR, en_IN), shown offscreen."""
    window = CashierWindow(
        sessions=offline_ctx.sessions,
        config=offline_ctx.config,
        actor=CASHIER,
        clock=clock,
        formatter=Formatter("INR", "en_IN"),
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def shop_ctx(
    tmp_path: Path, database_url: str, devnet: Devnet, clock: MovableClock
) -> Iterator[AppContext]:
    """A shop whose merchant account lives on the test's Devnet."""
    ctx = make_context(
        tmp_path / "data",
        account=devnet.create_account(usdc_trustline=True),
        horizon_url=devnet.url,
        clock=clock,
        database_url=database_url,
    )
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def counter(qtbot, shop_ctx: AppContext, prefs: CounterPrefs, chime: FakeChime):
    """The whole counter (watcher thread, both windows) against the Devnet, detection live."""
    app = CounterApp(shop_ctx, prefs=prefs, sound=chime, locale="en_IN")
    app.start()
    qtbot.waitUntil(lambda: app.cashier.connection_state is ConnectionState.LIVE, timeout=10_000)
    yield app
    assert app.shutdown(), "threads did not stop in time"
    app.cashier.deleteLater()
    app.display.deleteLater()
    app.deleteLater()
