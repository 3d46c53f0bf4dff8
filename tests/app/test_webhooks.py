"""The counter GUI delivers webhooks by itself (no ``posapp watch``): from its start, also at
the login screen; shows failing deliveries to owners and admins; stops delivery at exit.

Real devnet, real loopback receiver verifying with ``standardwebhooks``, a real data dir with
the webhook secret in its file store, SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from posapp.app.counter import CounterApp
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.devnet.server import Devnet
from posapp.services.context import build_context, build_staff, open_database
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage.engine import Database
from posapp.webhooks.admin import send_test_event
from posapp.webhooks.runtime import start_delivery_thread
from tests.support.gui import FakeChime, counter_prefs
from tests.support.webhook_receiver import Received, Receiver

PIN = "739146"
WAIT_MS = 20_000
FAST_READER = {"backoff_base": 0.02, "backoff_cap": 0.3, "stall_timeout": 5.0, "read_timeout": 5.0}
URL_TOKEN = "tok3n-in-the-path"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def devnet_stream_timeout() -> float:
    """Short payment streams for this module's tests (the shared ``devnet`` uses it)."""
    return 3.0


@dataclass
class Shop:
    data_dir: Path
    db: Database
    merchant: str
    devnet: Devnet


def make_shop(
    tmp_path: Path, database_url: str, devnet: Devnet, webhook_url: str | None
) -> tuple[Shop, str | None]:
    """A shop set up like ``posapp init`` (secret in the file store) with a cashier, an
    owner and an admin; returns it and the webhook secret (None without a URL)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = open_database(data_dir, database_url)
    merchant = devnet.create_account()
    request = ProvisionRequest(
        network="testnet",
        account=merchant,
        currency="INR",
        horizon_url=devnet.url,
        rate="84.10",
        shop_name="Hook café",
        webhook_url=webhook_url,
        secret_file_store=True,
    )
    secret = provision(data_dir, db, request).webhook_secret
    staff = build_staff(data_dir, db)
    staff.users.add(CLI_ACTOR, "Carl", Role.CASHIER, PIN)
    staff.users.add(CLI_ACTOR, "Olivia", Role.OWNER, PIN)
    return Shop(data_dir, db, merchant, devnet), secret


@pytest.fixture
def open_counter(qtbot, tmp_path: Path) -> Iterator[Callable[[Shop], CounterApp]]:
    """``open_counter(shop)``: the counter GUI on the login screen (nobody signed in)."""
    opened: list[tuple[CounterApp, Database]] = []

    def open_(shop: Shop) -> CounterApp:
        staff = build_staff(shop.data_dir, shop.db)
        prefs = counter_prefs(tmp_path)
        app = CounterApp(
            build_context(shop.data_dir, shop.db, staff=staff),
            prefs=prefs,
            sound=FakeChime(),
            login=True,
            reader_options=FAST_READER,
        )
        app.start()
        opened.append((app, shop.db))
        return app

    yield open_
    for app, db in opened:
        assert app.shutdown(), "threads did not stop in time"
        for widget in (app.cashier, app.display, app.login):
            widget.deleteLater()
        app.deleteLater()
        db.dispose()


def webhook_threads(before: frozenset[threading.Thread] = frozenset()) -> list[str]:
    """The delivery threads running now that were not running ``before`` (so a thread
    another test left behind does not count here)."""
    return [
        t.name for t in threading.enumerate() if t.name.startswith("webhook") and t not in before
    ]


def test_paid_sales_are_delivered_while_the_counter_sits_at_the_login_or_is_locked(
    qtbot, tmp_path: Path, database_url: str, devnet: Devnet, receiver: Receiver, open_counter
) -> None:
    shop, secret = make_shop(tmp_path, database_url, devnet, receiver.url)
    assert secret is not None
    receiver.secrets.append(secret)
    counter = open_counter(shop)
    assert counter.login is not None and counter.login.isVisible() and counter.signed_in is None
    sale = counter.ctx.sessions.create("841", CLI_ACTOR)
    devnet.pay(to=shop.merchant, amount=sale.usdc_due, memo=sale.id)

    def delivered() -> list[Received]:
        return [r for r in receiver.requests if json.loads(r.body)["type"] == "payment.success"]

    qtbot.waitUntil(lambda: bool(delivered()), timeout=WAIT_MS)
    got = delivered()[0]
    assert got.verified, got.error
    body = json.loads(got.body)
    assert body["data"]["session_id"] == sale.id
    assert body["data"]["amount"] == str(sale.usdc_due)
    assert counter.signed_in is None  # still at the login: nobody had to sign in
    assert not counter.cashier.status.webhook_indicator.isVisibleTo(counter.cashier)
    # locked after a shift: delivery goes on
    counter.sign_in(Actor("Olivia", Role.OWNER))
    counter.lock()
    assert counter.signed_in is None and counter.login.isVisible()
    later = counter.ctx.sessions.create("1682", CLI_ACTOR)
    devnet.pay(to=shop.merchant, amount=later.usdc_due, memo=later.id)
    qtbot.waitUntil(lambda: len(delivered()) == 2, timeout=WAIT_MS)
    assert json.loads(delivered()[1].body)["data"]["session_id"] == later.id
    assert all(r.verified for r in receiver.requests)


def test_failing_deliveries_show_to_owners_and_admins_only(
    qtbot, tmp_path: Path, database_url: str, devnet: Devnet, receiver: Receiver, open_counter
) -> None:
    receiver.respond = lambda _r: (500, {}, b"backend down")
    url = f"{receiver.url}/{URL_TOKEN}?key={URL_TOKEN}"
    shop, secret = make_shop(tmp_path, database_url, devnet, url)
    receiver.secrets.append(str(secret))
    send_test_event(shop.db, datetime.now(UTC))
    send_test_event(shop.db, datetime.now(UTC))
    counter = open_counter(shop)
    qtbot.waitUntil(lambda: len(receiver.requests) >= 2, timeout=WAIT_MS)
    assert all(r.verified for r in receiver.requests)
    indicator = counter.cashier.status.webhook_indicator
    counter.sign_in(Actor("Olivia", Role.OWNER))
    qtbot.waitUntil(lambda: indicator.isVisibleTo(counter.cashier), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "2 waiting" in indicator.text(), timeout=WAIT_MS)
    shown = indicator.text() + indicator.toolTip()
    assert "HTTP 500" in shown
    assert URL_TOKEN not in shown and str(secret) not in shown
    counter.lock()
    counter.sign_in(Actor("Carl", Role.CASHIER))
    assert not indicator.isVisibleTo(counter.cashier)
    counter.lock()
    counter.sign_in(Actor("Ada", Role.ADMIN))
    assert indicator.isVisibleTo(counter.cashier)
    assert "2 waiting" in indicator.text()


def test_without_an_endpoint_nothing_runs_and_nothing_shows(
    qtbot, tmp_path: Path, database_url: str, devnet: Devnet, open_counter
) -> None:
    shop, secret = make_shop(tmp_path, database_url, devnet, None)
    assert secret is None
    send_test_event(shop.db, datetime.now(UTC))  # waits for an endpoint; nothing to show
    before = frozenset(threading.enumerate())
    counter = open_counter(shop)
    counter.sign_in(Actor("Olivia", Role.OWNER))
    qtbot.waitUntil(lambda: counter.cashier.connection_state is not None, timeout=WAIT_MS)
    qtbot.wait(300)
    assert not counter.webhooks.enabled
    assert not webhook_threads(before)
    assert not counter.cashier.status.webhook_indicator.isVisibleTo(counter.cashier)


def test_shutdown_stops_delivery_and_leaves_no_thread(
    qtbot, tmp_path: Path, database_url: str, devnet: Devnet, receiver: Receiver, open_counter
) -> None:
    shop, secret = make_shop(tmp_path, database_url, devnet, receiver.url)
    receiver.secrets.append(str(secret))
    before = frozenset(threading.enumerate())
    counter = open_counter(shop)
    event = send_test_event(shop.db, datetime.now(UTC))
    counter.webhooks.wake()
    qtbot.waitUntil(lambda: event in receiver.ids(), timeout=WAIT_MS)
    thread = counter.webhooks.thread
    assert thread is not None and thread.isRunning()
    assert counter.shutdown()
    assert thread.isFinished()
    qtbot.waitUntil(lambda: not webhook_threads(before), timeout=5000)


def test_a_counter_and_posapp_watch_share_the_outbox_without_double_sends(
    qtbot, tmp_path: Path, database_url: str, devnet: Devnet, receiver: Receiver, open_counter
) -> None:
    """Several counters on one database claim events: each goes out once."""
    shop, secret = make_shop(tmp_path, database_url, devnet, receiver.url)
    receiver.secrets.append(str(secret))
    counter = open_counter(shop)
    watch = start_delivery_thread(shop.data_dir, shop.db)
    try:
        ids = [send_test_event(shop.db, datetime.now(UTC)) for _ in range(30)]
        watch.wake()
        counter.webhooks.wake()
        qtbot.waitUntil(lambda: set(receiver.ids()) >= set(ids), timeout=WAIT_MS)
    finally:
        assert watch.stop()
    assert sorted(receiver.ids()) == sorted(ids)
    assert all(r.verified for r in receiver.requests)
