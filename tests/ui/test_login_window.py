"""The login screen, owner approval and the idle lock with pytest-qt (real SQLite, real
bcrypt on the pool thread)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from posapp.core.errors import PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Permission, Role
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService, LockoutPolicy
from posapp.services.staff.roster import Tile
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database
from posapp.ui.login import ApprovalDialog, IdleLock, LoginWindow
from posapp.ui.login.login_window import initials
from tests.support.clock import MovableClock

PIN = "739146"
OWNER_PIN = "582047"
WAIT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def users(db: Database, clock: MovableClock) -> UserService:
    service = UserService(db, AuditLog(db, clock), clock)
    service.add(CLI_ACTOR, "Carl", "cashier", PIN)
    service.add(CLI_ACTOR, "Olivia Chen", "owner", OWNER_PIN)
    return service


@pytest.fixture
def auth(db: Database, clock: MovableClock, users: UserService) -> AuthService:
    return AuthService(db, AuditLog(db, clock), clock, policy=LockoutPolicy(max_failures=2))


@pytest.fixture
def window(qtbot, auth: AuthService, users: UserService) -> LoginWindow:
    win = LoginWindow(auth, users, shop_name="Chai Corner")
    qtbot.addWidget(win)
    win.show()
    return win


def key_in(qtbot, win_pad, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(win_pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win_pad.keys["OK"], Qt.MouseButton.LeftButton)


def test_tiles_show_enabled_users(window: LoginWindow, users: UserService) -> None:
    assert set(window.tiles) == {"Carl", "Olivia Chen"}
    assert window.tiles["Olivia Chen"].text() == "Olivia Chen\n2  ·  Owner"
    assert initials("Olivia Chen") == "OC" and initials("carl") == "C"
    users.set_disabled(CLI_ACTOR, "Carl", True)
    window.refresh_users()
    assert set(window.tiles) == {"Olivia Chen"}


def test_tap_tile_then_pin_signs_in(qtbot, window: LoginWindow) -> None:
    qtbot.mouseClick(window.tiles["Carl"], Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1 and window.who_name.text() == "Carl"
    with qtbot.waitSignal(window.user_signed_in, timeout=WAIT_MS) as blocker:
        key_in(qtbot, window.pad, PIN)
        assert not window.pad.keys["5"].isEnabled()  # busy while bcrypt runs
    assert blocker.args == [Actor("Carl", Role.CASHIER)]
    assert window.stack.currentIndex() == 0 and window.pad.text() == ""


def test_keyboard_entry_and_escape(qtbot, window: LoginWindow) -> None:
    window.choose_user("Carl")
    qtbot.keyClicks(window.pad.entry, "12")
    assert window.pad.text() == "12"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0 and window.pad.text() == ""


def test_wrong_pins_then_locked_with_countdown(qtbot, window: LoginWindow, clock) -> None:
    window.choose_user("Carl")
    key_in(qtbot, window.pad, "1111")
    qtbot.waitUntil(lambda: "1 try left" in window.pad.message.text(), timeout=WAIT_MS)
    key_in(qtbot, window.pad, "2222")
    qtbot.waitUntil(window.pad.is_locked, timeout=WAIT_MS)
    assert "Try again in 30 s" in window.pad.message.text()
    assert not window.pad.keys["OK"].isEnabled()
    # choosing the user again (e.g. after switching) still shows the lock
    window.reset()
    clock.now += timedelta(seconds=10)
    window.choose_user("Carl")
    assert window.pad.is_locked() and "20 s" in window.pad.message.text()


def test_pin_never_shown_in_clear(window: LoginWindow) -> None:
    window.choose_user("Carl")
    window.pad.entry.setText(PIN)
    assert window.pad.entry.displayText() != PIN


def test_owner_approves_once(qtbot, auth: AuthService, users: UserService) -> None:
    cashier = Actor("Carl", Role.CASHIER)
    dialog = ApprovalDialog(
        auth, users, Permission.CANCEL_PARTIALLY_PAID, cashier, reason="cancel sale pay_X"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.approver.currentData() == "Olivia Chen"
    assert dialog.approver.count() == 1  # the cashier is not offered as an approver
    key_in(qtbot, dialog.pad, "1111")
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.pad.message.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.approval_granted, timeout=WAIT_MS) as blocker:
        key_in(qtbot, dialog.pad, OWNER_PIN)
    approved = blocker.args[0]
    assert approved is dialog.approved_actor and approved.approved_by == "Olivia Chen"
    approved.require(Permission.CANCEL_PARTIALLY_PAID)
    with pytest.raises(PermissionDenied):
        approved.require(Permission.CANCEL_PARTIALLY_PAID)


def test_idle_lock_fires_and_input_restarts_it(qtbot, window: LoginWindow) -> None:
    lock = IdleLock(0)
    assert not lock.is_running()
    lock.set_interval_ms(300)
    assert lock.is_running()
    with qtbot.waitSignal(lock.idle_timed_out, timeout=3000):
        pass
    lock.restart()
    qtbot.wait(200)
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # activity pushes the deadline back
    assert lock.is_running()
    lock.set_minutes(0)
    assert not lock.is_running()


def test_no_users_says_how_to_add_one(qtbot, db: Database, clock: MovableClock) -> None:
    audit = AuditLog(db, clock)
    win = LoginWindow(AuthService(db, audit, clock), UserService(db, audit, clock))
    qtbot.addWidget(win)
    assert win.tiles == {} and not win.empty.isHidden()
    assert "posapp users add" in win.empty.text()


def test_the_user_chooser_takes_digits_and_enter_with_a_visible_focus(
    qtbot, window: LoginWindow
) -> None:
    """Smaller things: digit N chooses the Nth user, Enter the focused tile."""
    assert "userTile:focus" in window.styleSheet()
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.stack.currentIndex() == 1 and window.who_name.text() == "Olivia Chen"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0
    window.tiles["Carl"].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == 1 and window.who_name.text() == "Carl"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_9)  # no ninth user: nothing happens
    assert window.stack.currentIndex() == 0


def test_before_the_services_a_pin_is_kept_and_checked_once_attached(
    qtbot, auth: AuthService, users: UserService
) -> None:
    """At start the login shows the users read ahead and takes keys at once; a PIN submitted
    before the staff services are there is kept (quietly "starting") and signs in as soon as
    they are attached."""
    ahead = [Tile("Carl", Role.CASHIER), Tile("Olivia Chen", Role.OWNER)]
    win = LoginWindow(None, None, shop_name="Chai Corner", roster=ahead)
    qtbot.addWidget(win)
    win.show()
    assert not win.ready and set(win.tiles) == {"Carl", "Olivia Chen"} and win.takes_keys()
    qtbot.keyClick(win, Qt.Key.Key_1)  # the first tile, as on a loaded login
    assert win.who_name.text() == "Carl" and win.takes_keys()
    qtbot.keyClicks(win.pad.entry, PIN)
    qtbot.keyClick(win.pad.entry, Qt.Key.Key_Return)
    assert win.pad.text() == "" and "Starting" in win.pad.message.text()
    assert not win.pad.keys["OK"].isEnabled()  # kept, not lost, and not typed twice
    with qtbot.waitSignal(win.user_signed_in, timeout=WAIT_MS) as blocker:
        win.attach(auth, users, users.list_users(include_disabled=False))
    assert blocker.args == [Actor("Carl", Role.CASHIER)]
    assert win.ready and win.stack.currentIndex() == 0


def test_a_pin_kept_while_starting_is_dropped_by_escape_and_a_wrong_one_is_refused(
    qtbot, auth: AuthService, users: UserService
) -> None:
    win = LoginWindow(None, None, roster=[Tile("Carl", Role.CASHIER)])
    qtbot.addWidget(win)
    win.show()
    win.choose_user("Carl")
    key_in(qtbot, win.pad, PIN)
    qtbot.keyClick(win, Qt.Key.Key_Escape)  # back to the tiles: nothing is kept
    assert win.stack.currentIndex() == 0
    win.attach(auth, users)
    assert win.stack.currentIndex() == 0 and win.pad.keys["OK"].isEnabled()
    win.choose_user("Carl")
    key_in(qtbot, win.pad, "1111")
    qtbot.waitUntil(lambda: "Wrong PIN" in win.pad.message.text(), timeout=WAIT_MS)


def test_attaching_the_services_shows_their_users(
    qtbot, auth: AuthService, users: UserService
) -> None:
    """Tiles read ahead that no longer match (a user added or disabled meanwhile) are
    replaced by the services' list; a chosen user who is gone goes back to the tiles."""
    win = LoginWindow(None, None, roster=[Tile("Carl", Role.CASHIER), Tile("Gone", Role.ADMIN)])
    qtbot.addWidget(win)
    win.show()
    win.choose_user("Gone")
    key_in(qtbot, win.pad, PIN)
    win.attach(auth, users)
    assert set(win.tiles) == {"Carl", "Olivia Chen"} and win.stack.currentIndex() == 0
