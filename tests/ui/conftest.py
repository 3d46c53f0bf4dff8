"""Fixtures for the GUI tests: a real data dir and database (SQLite file or PostgreSQL, see
``database_url``), a real in-process Devnet, the real composition (``CounterApp``), a movable
clock and a silent chime. Qt runs offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
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

CASHIER = Actor("test-cashier", Role.CASHIER)


class ShiftClock:
    """Real UTC time plus an offset the test can move forward (thread-safe reads)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **kwargs: float) -> None:
        self.offset += timedelta(**kwargs)


class FakeChime:
    """Counts chimes instead of making noise."""

    def __init__(self) -> None:
        self.muted = False
        self.plays = 0

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def play(self) -> None:
        if not self.muted:
            self.plays += 1


def make_context(
    data_dir: Path,
    *,
    account: str,
    horizon_url: str,
    clock: ShiftClock,
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
def make_ctx(clock: ShiftClock) -> Iterator:
    """Factory: ``make_ctx(data_dir, account=…, horizon_url=…, currency=…, rate=…)``, each
    shop on its data dir's SQLite file (widget tests, like ``offline_ctx``)."""
    made: list[AppContext] = []

    def make(data_dir: Path, **kwargs: str) -> AppContext:
        kwargs.setdefault("account", Keypair.random().public_key)
        kwargs.setdefault("horizon_url", "http://127.0.0.1:9")
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
def clock() -> ShiftClock:
    return ShiftClock()


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


@pytest.fixture
def prefs(tmp_path: Path) -> CounterPrefs:
    return CounterPrefs(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def devnet() -> Iterator[Devnet]:
    net = Devnet(port=0)
    net.start()
    yield net
    net.stop()


@pytest.fixture
def offline_ctx(tmp_path: Path, clock: ShiftClock) -> Iterator[AppContext]:
    """A configured shop whose Horizon is unreachable (no watcher needed), on SQLite only:
    the cashier and customer-display widget tests using it are about widgets; the services
    behind them run on both databases in tests/services, and the whole counter in
    ``counter``/``shop_ctx``."""
    ctx = make_context(
        tmp_path / "data",
        account=Keypair.random().public_key,
        horizon_url="http://127.0.0.1:9",
        clock=clock,
    )
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def cashier(qtbot, offline_ctx: AppContext, clock: ShiftClock) -> CashierWindow:
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
    tmp_path: Path, database_url: str, devnet: Devnet, clock: ShiftClock
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
