"""Start-up with the PIN login first and the rest loading behind it (docs/design.md
"Start-up"): what is loaded before the login shows, a PIN typed while loading, closing or
SIGTERM while loading, the users read ahead, and the start without reading ahead.

``gate`` holds the loading thread at the database's door until the test has done what it
does "while loading", so nothing here depends on timing."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from stellar_sdk import Keypair

from posapp.app import run_gui
from posapp.app import startup as app_module
from posapp.core.roles import CLI_ACTOR, Role
from posapp.services.context import build_staff
from posapp.services.setup import provisioning_file, store_connection
from posapp.services.setup.first_run import SetupService
from posapp.services.staff import roster as roster_module
from posapp.services.staff.roster import Tile, read_roster
from posapp.storage import engine, settings_repo
from posapp.storage.engine import Database
from posapp.ui.cashier import CashierWindow
from posapp.ui.login import LoginWindow
from tests.support.shop import save_shop, shop_request

ADA_PIN = "582047"
CARL_PIN = "739146"
HANG_GUARD_S = 60.0
"""Longest a gate or a driver waits before giving up (a hang guard, not a measurement)."""
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def gui_args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), database_url=None, demo=False,
                              verbose=False)  # fmt: skip


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A configured shop on its data dir's SQLite file: admin Ada, cashier Carl."""
    data_dir = tmp_path / "shop"
    data_dir.mkdir()
    db = Database.in_data_dir(data_dir)
    try:
        save_shop(db, shop_request(shop_name="Chai Corner"))
        users = build_staff(data_dir, db).users
        users.add(CLI_ACTOR, "Ada", Role.ADMIN, ADA_PIN)
        users.add(CLI_ACTOR, "Carl", Role.CASHIER, CARL_PIN)
    finally:
        db.dispose()
    return data_dir


class Gate:
    """Holds any thread but the GUI thread at ``Database.in_data_dir`` until ``open`` is
    set, and notes which threads opened the database."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.openers: list[str] = []


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    real = Database.in_data_dir

    def in_data_dir(data_dir: Path) -> Database:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        held.openers.append("GUI thread" if on_gui_thread else "loading thread")
        if not on_gui_thread:
            held.open.wait(HANG_GUARD_S)
        return real(data_dir)

    monkeypatch.setattr(Database, "in_data_dir", staticmethod(in_data_dir))
    yield held
    held.open.set()


def shown(kind: type[QWidget]) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


def drive(steps: Iterator[object], gui: Callable[[], int]) -> int:
    """Run ``gui`` (run_gui) while ``steps`` advances every 20 ms on the GUI thread; a
    watchdog quits the event loop if the steps never end."""
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: next(steps, True) is True and timer.stop())
    timer.start()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QApplication.instance().quit)
    watchdog.start(int(HANG_GUARD_S * 1000))
    try:
        return gui()
    finally:
        timer.stop()
        watchdog.stop()


@pytest.mark.runs_app_loop
def test_a_pin_typed_while_loading_is_kept_and_signs_in_once_loaded(
    qapp, shop: Path, gate: Gate, private_prefs: None
) -> None:
    seen: dict[str, object] = {}

    def steps() -> Iterator[object]:
        while (login := shown(LoginWindow)) is None:
            yield None
        assert isinstance(login, LoginWindow)
        seen["tiles"] = list(login.tiles)
        seen["while loading"] = not getattr(login, "ready", True)
        QTest.keyClick(login, Qt.Key.Key_2)  # Carl's tile, keyed as a cashier would
        QTest.keyClicks(login.pad.entry, CARL_PIN)
        QTest.keyClick(login.pad.entry, Qt.Key.Key_Return)
        seen["kept"] = login.pad.message.text()
        gate.open.set()
        yield from cashier_closes(seen)

    assert drive(steps(), lambda: run_gui(gui_args(shop))) == 0
    assert gate.openers == ["loading thread"], "the database was opened on the GUI thread"
    assert seen["while loading"], "the login showed only once everything was loaded"
    assert seen["tiles"] == ["Ada", "Carl"]
    assert "Starting" in str(seen["kept"])
    assert seen["signed in"] == "Carl"


@pytest.mark.runs_app_loop
@pytest.mark.parametrize("how", ["close the login", "SIGTERM"])
def test_ending_while_loading_stops_loading_and_closes_the_database(
    qapp,
    shop: Path,
    gate: Gate,
    private_prefs: None,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    caplog.set_level(logging.INFO, logger="posapp")
    monkeypatch.setattr(app_module, "LOADER_WAIT_S", HANG_GUARD_S)  # no timing in the test
    seen: dict[str, object] = {}

    def steps() -> Iterator[object]:
        while (login := shown(LoginWindow)) is None:
            yield None
        seen["while loading"] = not getattr(login, "ready", True)
        if how == "SIGTERM":
            os.kill(os.getpid(), signal.SIGTERM)  # run_gui's handler: the GUI thread ends it
        else:
            login.close()
        gate.open.set()  # loading goes on to its next step, and stops there
        yield True

    handler = signal.getsignal(signal.SIGTERM)
    assert drive(steps(), lambda: run_gui(gui_args(shop))) == 0
    assert signal.getsignal(signal.SIGTERM) is handler
    assert seen["while loading"], "the login showed only once everything was loaded"
    assert gate.openers == ["loading thread"]
    assert not [t.name for t in threading.enumerate() if t.name.startswith("posapp-loading")]
    assert "loading stopped" in caplog.text and "counter loaded" not in caplog.text
    assert not (shop / "posapp.db-wal").exists(), "the database opened by loading is still open"


def provisioning_toml() -> str:
    """A valid provisioning file (its values are not the shop's: only its presence counts)."""
    return (
        'language = "en"\nnetwork = "testnet"\ncurrency = "INR"\n'
        f'merchant_account = "{Keypair.random().public_key}"\n'
        '[rates]\nmode = "fixed"\nfixed_rate = "84.10"\n'
    )


@pytest.fixture(params=["provisioning file", "PostgreSQL store"])
def not_read_ahead(
    request: pytest.FixtureRequest, shop: Path, tmp_path: Path
) -> argparse.Namespace:
    """A start whose users cannot be read ahead: a provisioning file beside the data dir's
    SQLite store, or a shared PostgreSQL store (skipped without one) with the same users."""
    if request.param == "provisioning file":
        (shop / "posapp.toml").write_text(provisioning_toml(), encoding="utf-8")
        return gui_args(shop)
    url = request.getfixturevalue("postgres_url")
    db = Database(url)
    try:
        save_shop(db, shop_request(shop_name="Chai Corner"))
        build_staff(shop, db).users.add(CLI_ACTOR, "Ada", Role.ADMIN, ADA_PIN)
    finally:
        db.dispose()
    args = gui_args(tmp_path / "counter")
    args.database_url = url
    return args


def ada_signs_in(note: Callable[[LoginWindow], None], seen: dict[str, object]) -> Iterator[object]:
    """Steps for ``drive``: once the login shows, ``note`` it, sign Ada in with her PIN, then
    close the cashier window (her name lands in ``seen["signed in"]``)."""
    while (login := shown(LoginWindow)) is None:
        yield None
    assert isinstance(login, LoginWindow)
    note(login)
    login.choose_user("Ada")
    QTest.keyClicks(login.pad.entry, ADA_PIN)
    QTest.keyClick(login.pad.entry, Qt.Key.Key_Return)
    yield from cashier_closes(seen)


def cashier_closes(seen: dict[str, object]) -> Iterator[object]:
    """Steps for ``drive``: wait for the cashier window, note who signed in
    (``seen["signed in"]``), close it."""
    while (cashier := shown(CashierWindow)) is None:
        yield None
    assert isinstance(cashier, CashierWindow)
    seen["signed in"] = cashier.actor.name
    cashier.close()
    yield True


@pytest.mark.runs_app_loop
def test_without_reading_ahead_the_login_shows_once_loaded(
    qapp, not_read_ahead: argparse.Namespace, gate: Gate, private_prefs: None
) -> None:
    """Nothing shows until loading says what comes first; then the login works as usual."""
    gate.open.set()
    seen: dict[str, object] = {}

    def note(login: LoginWindow) -> None:
        seen["ready"] = login.ready

    assert drive(ada_signs_in(note, seen), lambda: run_gui(not_read_ahead)) == 0
    assert seen == {"ready": True, "signed in": "Ada"}


@pytest.mark.runs_app_loop
def test_after_the_setup_wizard_the_counter_loads_behind_the_login(
    qapp, tmp_path: Path, private_prefs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh data dir: no login (nothing to read ahead), the wizard once loading found
    setup needed, then the counter's services load and the login comes up."""
    fresh = tmp_path / "fresh"
    wizard_saw: list[bool] = []

    def finish_the_wizard(
        setup: SetupService, data_dir: Path, prefs: object, provisioning: str | None = None
    ) -> bool:
        # what the wizard's last page does (the wizard itself is tests/ui/test_setup_wizard.py)
        wizard_saw.append(shown(LoginWindow) is None)
        setup.complete(shop_request(shop_name="Chai Corner"), "Ada", ADA_PIN)
        return True

    monkeypatch.setattr(app_module, "_run_setup", finish_the_wizard)
    seen: dict[str, object] = {}

    def note(login: LoginWindow) -> None:
        seen["tiles"] = list(login.tiles)

    assert drive(ada_signs_in(note, seen), lambda: run_gui(gui_args(fresh))) == 0
    assert wizard_saw == [True], "a login showed before the wizard"
    assert seen == {"tiles": ["Ada"], "signed in": "Ada"}


PROBE = """
import sys
from posapp.app import run_gui
import argparse
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
HEAVY = ("sqlalchemy", "alembic", "httpx", "babel", "stellar_sdk", "bcrypt", "psycopg",
         "posapp.services.context", "posapp.app.counter", "posapp.workers.tasks")
def probe():
    login = next((w for w in app.topLevelWidgets() if w.objectName() == "loginWindow"
                  and w.isVisible()), None)
    if login is not None:
        timer.stop()
        print("loaded:", [m for m in HEAVY if m in sys.modules], flush=True)
        app.exit(0)
timer = QTimer()
timer.timeout.connect(probe)
timer.start(0)  # the first event-loop turn, before loading starts
sys.exit(run_gui(argparse.Namespace(data_dir=sys.argv[1], database_url=None, demo=False,
                                    verbose=False)))
"""


def test_the_login_shows_before_sqlalchemy_the_services_and_the_network(
    shop: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env.pop("POSAPP_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(shop)],
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
    )
    assert "loaded: []" in done.stdout, done.stdout + done.stderr[-2000:]


def test_the_users_read_ahead_are_the_ones_the_services_list(shop: Path) -> None:
    db = Database.in_data_dir(shop)
    try:
        users = build_staff(shop, db).users
        users.add(CLI_ACTOR, "bea", Role.OWNER, "604127")  # lower case sorts among the others
        users.add(CLI_ACTOR, "Zed", Role.CASHIER, "604127")
        users.set_disabled(CLI_ACTOR, "Zed", True)
        listed = [(u.name, u.role) for u in users.list_users(include_disabled=False)]
        roster = read_roster(shop)
        assert roster is not None and roster.shop_name == "Chai Corner"
        assert [(t.name, t.role) for t in roster.users] == listed
        assert roster.users[0] == Tile("Ada", Role.ADMIN)
        assert "Zed" not in {t.name for t in roster.users}
    finally:
        db.dispose()


def test_reading_ahead_leaves_the_store_as_it_was(shop: Path) -> None:
    """It never writes, and leaves no -wal or -shm file behind (a SIGTERM before loading
    opened the database must find it closed)."""
    before = (shop / "posapp.db").read_bytes()
    assert read_roster(shop) is not None
    assert sorted(p.name for p in shop.iterdir() if p.name.startswith("posapp.db")) == ["posapp.db"]
    assert (shop / "posapp.db").read_bytes() == before


def test_nothing_is_read_ahead_when_the_login_may_not_come_first(tmp_path: Path) -> None:
    """Setup needed (no database, no configuration, no admin), or not a posapp store: the
    start-up waits for the services instead."""
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert read_roster(fresh) is None
    db = Database.in_data_dir(fresh)
    try:
        assert read_roster(fresh) is None  # migrated, nothing configured
        save_shop(db, shop_request())
        assert read_roster(fresh) is None  # configured, no admin yet
        build_staff(fresh, db).users.create_first_admin("Ada", ADA_PIN)
        assert read_roster(fresh) is not None
    finally:
        db.dispose()
    other = tmp_path / "other"
    other.mkdir()
    (other / "posapp.db").write_bytes(b"not a database")
    assert read_roster(other) is None


def test_names_shared_with_modules_the_first_window_does_not_load() -> None:
    """The read-ahead repeats a few names rather than import SQLAlchemy or stellar-sdk."""
    assert roster_module.DB_FILENAME == engine.DB_FILENAME
    assert roster_module.SHOP_CONFIG_KEY == settings_repo.SHOP_CONFIG_KEY
    assert app_module.DATABASE_URL_ENV == store_connection.DATABASE_URL_ENV
    assert app_module.PROVISIONING_FILENAME == provisioning_file.FILENAME
