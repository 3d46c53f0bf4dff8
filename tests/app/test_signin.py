"""The composition root with sign-in: login first, role-dependent menus, the idle lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from stellar_sdk import Keypair

from posapp.app.counter import CounterApp
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.config import save_config
from posapp.services.context import build_context, build_staff, open_database
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from tests.support.gui import FakeChime, counter_prefs

PIN = "739146"
WAIT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def counter(qtbot, tmp_path: Path, database_url: str) -> Iterator[CounterApp]:
    """A configured shop (unreachable Horizon) with a cashier and an owner, on the login."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = open_database(data_dir, database_url)
    request = ProvisionRequest(
        network="testnet",
        account=Keypair.random().public_key,
        currency="INR",
        horizon_url="http://127.0.0.1:9",
        rate="84.10",
        shop_name="Test café",
        check_account=False,
    )
    save_config(db, build_config(request, datetime.now(UTC)), datetime.now(UTC))
    staff = build_staff(data_dir, db)
    staff.users.add(CLI_ACTOR, "Carl", Role.CASHIER, PIN)
    staff.users.add(CLI_ACTOR, "Olivia", Role.OWNER, PIN)
    prefs = counter_prefs(tmp_path)
    app = CounterApp(
        build_context(data_dir, db, staff=staff), prefs=prefs, sound=FakeChime(), login=True
    )
    app.start()
    yield app
    assert app.shutdown(), "threads did not stop in time"
    for widget in (app.cashier, app.display, app.login):
        widget.deleteLater()
    app.deleteLater()
    db.dispose()


def sign_in(qtbot, counter: CounterApp, name: str) -> None:
    login = counter.login
    assert login is not None and login.isVisible() and not counter.cashier.isVisible()
    login.choose_user(name)
    with qtbot.waitSignal(login.user_signed_in, timeout=WAIT_MS):
        qtbot.keyClicks(login.pad.entry, PIN)
        qtbot.mouseClick(login.pad.keys["OK"], Qt.MouseButton.LeftButton)
    assert counter.cashier.isVisible() and not login.isVisible()


def test_cashier_signs_in_without_history_or_settings_then_idle_locks(
    qtbot, counter: CounterApp
) -> None:
    assert counter.signed_in is None and counter.idle is not None
    assert not counter.idle.is_running()
    sign_in(qtbot, counter, "Carl")
    cashier = counter.cashier
    assert cashier.actor == Actor("Carl", Role.CASHIER)
    assert not cashier.actions.history.isVisible()
    assert not cashier.actions.settings.isVisible()
    assert cashier.actions.switch_user.isVisible()
    assert counter.idle.is_running()
    cashier.actions.history.trigger()  # hidden, and refused even if triggered
    assert counter.history is None
    counter.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: counter.login is not None and counter.login.isVisible())
    assert not cashier.isVisible() and counter.signed_in is None
    assert not counter.idle.is_running()


def test_owner_sees_history_and_switch_user_locks(qtbot, counter: CounterApp) -> None:
    sign_in(qtbot, counter, "Olivia")
    actions = counter.cashier.actions
    assert actions.history.isVisible() and not actions.settings.isVisible()
    actions.history.trigger()
    history = counter.history
    assert history is not None and history.isVisible()
    actions.switch_user.trigger()
    assert counter.history is None and not history.isVisible()
    assert counter.login is not None and counter.login.isVisible()
    assert not counter.cashier.isVisible()


def test_admin_opens_settings_whose_idle_lock_applies(qtbot, counter: CounterApp) -> None:
    counter.sign_in(Actor("Ada", Role.ADMIN))  # what LoginWindow.user_signed_in delivers
    actions = counter.cashier.actions
    assert actions.history.isVisible() and actions.settings.isVisible()
    actions.settings.trigger()
    dialog = counter.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)  # settings loaded
    assert counter.idle is not None and counter.idle.is_running()
    dialog.idle_lock_changed.emit(0)
    assert not counter.idle.is_running()
    counter.lock()
    assert counter.settings_dialog is None and not dialog.isVisible()


def disable_elsewhere(counter: CounterApp, name: str) -> None:
    """Disable ``name`` from another counter: another ``Database`` on the same store."""
    from posapp.services.staff.audit import AuditLog
    from posapp.services.staff.users import UserService
    from posapp.storage.engine import Database

    other = Database(counter.ctx.db.url)
    try:
        UserService(other, AuditLog(other)).set_disabled(CLI_ACTOR, name, True)
    finally:
        other.dispose()


def test_owner_disabled_at_another_counter_is_sent_back_to_the_login(
    qtbot, counter: CounterApp
) -> None:
    sign_in(qtbot, counter, "Olivia")
    counter.cashier.actions.history.trigger()
    history = counter.history
    assert history is not None and history.isVisible()
    disable_elsewhere(counter, "Olivia")
    history.refresh()  # the open window's next query is refused …
    login = counter.login
    assert login is not None
    qtbot.waitUntil(login.isVisible, timeout=WAIT_MS)  # … and the counter locks
    assert counter.signed_in is None and counter.history is None
    assert not counter.cashier.isVisible()


def test_cashier_disabled_at_another_counter_cannot_charge(qtbot, counter: CounterApp) -> None:
    sign_in(qtbot, counter, "Carl")
    disable_elsewhere(counter, "Carl")
    for key in ("1", "2", "charge"):
        counter.cashier.press(key)
    assert counter.cashier.sale is None
    assert "Carl has been disabled" in counter.cashier.message_label.text()
    login = counter.login
    assert login is not None
    qtbot.waitUntil(login.isVisible, timeout=WAIT_MS)
    assert counter.signed_in is None and not counter.cashier.isVisible()


def test_the_idle_lock_waits_while_a_sale_waits_and_the_user_is_in_the_status_bar(
    qtbot, counter: CounterApp
) -> None:
    """Smaller things: the idle lock never fires mid-sale; the signed-in name is always
    visible in the status bar."""
    sign_in(qtbot, counter, "Carl")
    cashier = counter.cashier
    assert cashier.status.user_label.text() == "Signed in: Carl (Cashier)"
    assert cashier.status.user_label.isVisible()
    qtbot.keyClicks(cashier, "40")
    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS):
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    counter.idle.set_interval_ms(50)
    qtbot.wait(300)
    assert cashier.isVisible() and counter.signed_in is not None  # the sale still waits
    cashier.panel.cancel_button.click()
    qtbot.waitUntil(lambda: counter.login is not None and counter.login.isVisible(), timeout=2000)
