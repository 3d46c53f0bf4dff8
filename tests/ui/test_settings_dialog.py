"""The settings dialog with pytest-qt: admins edit and save (audited), others are refused by
the service, the Users tab adds a user with bcrypt on the pool thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from stellar_sdk import Keypair

from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.config import load_config
from posapp.services.sales.catalog import CatalogService
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.services.setup.shop_settings import SettingsService, load_security_settings
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database
from posapp.ui.settings import SettingsDialog
from posapp.ui.settings.users_tab import UserDialog

WAIT_MS = 20_000
ADMIN = Actor("Ada", Role.ADMIN)


pytestmark = [
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.usefixtures("memory_keyring"),
]


@pytest.fixture
def db(tmp_path: Path, database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    provision(
        tmp_path,
        database,
        ProvisionRequest(
            network="testnet",
            account=Keypair.random().public_key,
            currency="INR",
            rate="84.10",
            shop_name="Chai Corner",
            check_account=False,
        ),
    )
    yield database
    database.dispose()


@pytest.fixture
def users(db: Database) -> UserService:
    service = UserService(db, AuditLog(db))
    service.add(CLI_ACTOR, "Ada", "admin", "739146")
    return service


def open_dialog(qtbot, tmp_path: Path, db: Database, users: UserService, actor: Actor):
    dialog = SettingsDialog(SettingsService(tmp_path, db, AuditLog(db)), users, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_admin_edits_and_saves(qtbot, tmp_path: Path, db: Database, users) -> None:
    dialog = open_dialog(qtbot, tmp_path, db, users, ADMIN)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.shop.shop_name.text() == "Chai Corner" and dialog.shop.rate.text() == "84.10"
    dialog.shop.shop_name.setText("Chai Corner Two")
    dialog.idle.setValue(3)
    dialog.webhook.url.setText("https://chai.example/hook")
    with qtbot.waitSignals([dialog.settings_saved, dialog.idle_lock_changed], timeout=WAIT_MS):
        dialog.save_button.click()
    assert load_config(db).shop_name == "Chai Corner Two"
    assert load_security_settings(db).idle_lock_minutes == 3
    assert dialog.secret.field.text().startswith("whsec_")  # first webhook: shown once
    entry = AuditLog(db).recent(ADMIN, action_prefix="settings.changed")[0]
    assert "shop_name: Chai Corner → Chai Corner Two" in entry.detail
    dialog.reject()
    assert dialog.secret.field.text() == ""


def test_bad_value_is_a_message_not_a_save(qtbot, tmp_path, db, users) -> None:
    dialog = open_dialog(qtbot, tmp_path, db, users, ADMIN)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    dialog.shop.spread.setText("400")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=WAIT_MS)
    assert "Spread must be between 0 and 50" in dialog.notice.text()
    assert load_config(db).spread_percent == 0


@pytest.mark.parametrize(
    ("tolerance", "message"),
    [("2", "Tolerance must be from 0 to 1 USDC"), ("0.00000001", "more than 7 decimal places")],
)
def test_an_absurd_tolerance_is_a_message_not_a_save(
    qtbot, tmp_path, db, users, tolerance: str, message: str
) -> None:
    dialog = open_dialog(qtbot, tmp_path, db, users, ADMIN)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    dialog.shop.tolerance.setText(tolerance)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=WAIT_MS)
    assert message in dialog.notice.text()
    assert load_config(db).tolerance == 0


@pytest.mark.parametrize("role", [Role.CASHIER, Role.OWNER])
def test_non_admins_are_refused_by_the_service(qtbot, tmp_path, db, users, role) -> None:
    dialog = open_dialog(qtbot, tmp_path, db, users, Actor("x", role))
    qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=WAIT_MS)
    assert f"{role.value} may not change settings" in dialog.notice.text().lower()
    assert not dialog.save_button.isEnabled() and dialog.users_tab is None


def test_users_tab_adds_a_user(qtbot, tmp_path, db, users, monkeypatch) -> None:
    dialog = open_dialog(qtbot, tmp_path, db, users, ADMIN)
    tab = dialog.users_tab
    assert tab is not None and tab.table.rowCount() == 1

    def fake_exec(self: UserDialog) -> int:
        self.name.setText("Carl")
        self.role.setCurrentIndex(self.role.findData("cashier"))
        self.secret.setText("582047")
        self.again.setText("582047")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fake_exec)
    with qtbot.waitSignal(dialog.users_changed, timeout=WAIT_MS):
        tab.add_button.click()
    assert [u.name for u in users.list_users()] == ["Ada", "Carl"]
    assert tab.table.rowCount() == 2


def test_user_dialog_checks_before_closing(qtbot) -> None:
    dialog = UserDialog("Add user")
    qtbot.addWidget(dialog)
    dialog.name.setText("Carl")
    dialog.secret.setText("x" * 80)
    dialog.again.setText("x" * 80)
    dialog.accept()
    assert "too long" in dialog.notice.text() and dialog.result() != QDialog.DialogCode.Accepted


def test_sales_rules_and_items(qtbot, tmp_path: Path, db: Database, users) -> None:
    catalog = CatalogService(db, "INR")
    dialog = SettingsDialog(
        SettingsService(tmp_path, db, AuditLog(db)), users, ADMIN, catalog=catalog
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.sales.tip_percents.text() == "10, 15, 20"
    dialog.sales.tips.setChecked(True)
    dialog.sales.tip_percents.setText("5, 10")
    dialog.sales.tax_mode.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.settings_saved, timeout=WAIT_MS):
        dialog.save_button.click()
    saved = load_config(db)
    assert saved.tips_enabled and [str(p) for p in saved.tip_percents] == ["5", "10"]
    assert saved.tax_mode.value == "exclusive" and saved.confirm_above_usdc == 1000

    items = dialog.items_panel
    source = tmp_path / "items.csv"
    source.write_text("sku,name,price\nCHAI,Masala chai,20\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.items_changed, timeout=WAIT_MS):
        items.import_file(source)
    qtbot.waitUntil(lambda: items.table.rowCount() == 1, timeout=WAIT_MS)
    items.table.selectRow(0)
    assert items.fields["name"].text() == "Masala chai"
    items.fields["price"].setText("22.50")
    with qtbot.waitSignal(dialog.items_changed, timeout=WAIT_MS):
        items.save_button.click()
    assert [str(i.price) for i in catalog.all_items()] == ["22.50"]
    items.fields["price"].setText("-1")
    items.save_button.click()
    qtbot.waitUntil(lambda: "price" in items.message.text().lower(), timeout=WAIT_MS)
    dialog.reject()
