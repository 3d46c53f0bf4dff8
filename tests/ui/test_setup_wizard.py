"""The first-run wizard with pytest-qt against a real loopback devnet: a missing account
blocks, a missing trustline warns, a good account goes through; S… seeds are refused; the
admin is created and the webhook secret shown once."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from PySide6.QtWidgets import QWizard
from stellar_sdk import Keypair

from posapp.core.roles import Role
from posapp.devnet import Devnet
from posapp.services.config import load_config
from posapp.services.setup.first_run import SetupService
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService
from posapp.storage.engine import Database
from posapp.ui.setup.setup_wizard import SetupWizard

PIN = "739146"
WAIT_MS = 20_000
# the offscreen platform cannot resize native windows; harmless for these tests
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def wizard(qtbot, setup: SetupService, devnet: Devnet, memory_keyring) -> SetupWizard:
    wiz = SetupWizard(setup)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.network_page.fields.testnet.isChecked()  # testnet preselected
    wiz.network_page.fields.horizon.setText(devnet.url)
    wiz.next()
    assert wiz.currentPage() is wiz.account_page
    return wiz


def check(qtbot, wiz: SetupWizard, account: str) -> None:
    page = wiz.account_page
    page.field.edit.setText(account)
    page.check_button.click()
    qtbot.waitUntil(
        lambda: page.status is not None or page.field.notice.kind == "error", timeout=WAIT_MS
    )


def rows(wiz: SetupWizard) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in wiz.account_page.field.rows]


def test_missing_account_blocks(qtbot, wizard: SetupWizard) -> None:
    check(qtbot, wizard, Keypair.random().public_key)
    assert wizard.account_page.status.blocks_setup
    kinds = rows(wizard)
    assert kinds[0][0] == "error" and "send it a few XLM" in kinds[0][1]
    assert not wizard.account_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_missing_trustline_warns_with_what_to_do(qtbot, wizard: SetupWizard, devnet) -> None:
    check(qtbot, wizard, devnet.create_account(usdc_trustline=False, memo_required=True))
    found = rows(wizard)
    assert ("ok", "Account exists (10,000 XLM)") in found
    warning = next(text for kind, text in found if kind == "warn")
    assert "No USDC trustline" in warning and "add USDC (by Circle)" in warning
    assert any(kind == "info" and "Memo required" in text for kind, text in found)
    assert wizard.account_page.isComplete()
    wizard.next()  # allowed after seeing the warning
    assert wizard.currentPage() is wizard.shop_page


def test_good_account_advances_by_itself(qtbot, wizard: SetupWizard, devnet) -> None:
    wizard.account_page.field.edit.setText(devnet.create_account())
    wizard.next()  # starts the look-up; the page moves on when it is fine
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.shop_page, timeout=WAIT_MS)
    assert [k for k, _ in rows(wizard)] == ["ok", "ok", "ok"]


def test_secret_seed_is_wiped_with_a_warning(qtbot, wizard: SetupWizard) -> None:
    seed = Keypair.random().secret
    wizard.account_page.field.edit.setText(seed)
    assert wizard.account_page.field.text() == ""
    notice = wizard.account_page.field.notice
    assert notice.kind == "error" and "secret key" in notice.text()
    assert seed not in notice.text()
    assert not wizard.account_page.isComplete()


def fill_to_review(qtbot, wizard: SetupWizard, account: str, webhook: str | None) -> None:
    check(qtbot, wizard, account)
    wizard.next()
    shop = wizard.shop_page.fields
    shop.shop_name.setText("Chai Corner")
    shop.currency.setCurrentText("INR")
    shop.rate.setText("84.10")
    wizard.next()
    assert wizard.currentPage() is wizard.webhook_page
    if webhook:
        wizard.webhook_page.fields.url.setText(webhook)
    wizard.next()
    admin = wizard.admin_page
    admin.name.setText("Ada")
    admin.secret.setText(PIN)
    admin.again.setText("739147")
    wizard.next()
    assert "differ" in admin.notice.text()
    admin.again.setText(PIN)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page


def test_whole_setup_creates_admin_and_shows_secret_once(
    qtbot, wizard: SetupWizard, devnet, db: Database, setup: SetupService
) -> None:
    fill_to_review(qtbot, wizard, devnet.create_account(), "https://chai.example/hook")
    assert "Chai Corner" in wizard.review_page.summary.text()
    wizard.next()  # "Set up posapp"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=WAIT_MS)
    secret = wizard.done_page.secret.field.text()
    assert secret.startswith("whsec_")
    assert wizard.admin_page.secret.text() == ""  # the PIN is not kept in the widget
    got: list[object] = []
    wizard.setup_completed.connect(got.append)
    wizard.admin_created.connect(got.append)
    wizard.accept()
    config, admin = got
    assert config == load_config(db) and config.shop_name == "Chai Corner"
    assert admin.name == "Ada" and admin.role is Role.ADMIN
    assert wizard.done_page.secret.field.text() == ""  # forgotten after Finish
    assert not setup.is_needed()
    assert AuthService(db, AuditLog(db)).sign_in("Ada", PIN).role is Role.ADMIN


def test_setup_failure_keeps_the_wizard_open(qtbot, wizard: SetupWizard, devnet) -> None:
    from keyring.backends import fail

    fill_to_review(qtbot, wizard, devnet.create_account(), "https://chai.example/hook")
    keyring.set_keyring(fail.Keyring())  # the keyring goes away before "Set up"
    wizard.next()
    notice = wizard.review_page.notice
    qtbot.waitUntil(lambda: notice.kind == "error", timeout=WAIT_MS)
    assert "--file-store" in notice.text() and "Go back to the webhook page" in notice.text()
    assert wizard.currentPage() is wizard.review_page and wizard.outcome is None


def test_no_keyring_offers_the_file_store(qtbot, setup: SetupService) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        wiz = SetupWizard(setup)
        qtbot.addWidget(wiz)
        fields = wiz.webhook_page.fields
        assert not fields.file_store.isHidden()
        assert "No usable OS keyring" in fields.keyring_notice.text()
        fields.url.setText("https://chai.example/hook")
        fields.file_store.setChecked(True)
        assert fields.read(wiz.request).secret_file_store
    finally:
        keyring.set_keyring(previous)


def test_wizard_prefills_a_shop_set_up_by_posapp_init(
    qtbot, setup: SetupService, db: Database, memory_keyring
) -> None:
    """``posapp init`` ran but nobody can sign in yet: the wizard opens with those values."""
    from posapp.services.setup.provisioning import ProvisionRequest, provision

    account = Keypair.random().public_key
    provision(
        setup.data_dir,
        db,
        ProvisionRequest(
            network="testnet",
            account=account,
            currency="INR",
            rate="84.10",
            shop_name="Chai Corner",
            check_account=False,
        ),
    )
    assert setup.is_needed()  # configured, but no admin yet
    wiz = SetupWizard(setup)
    qtbot.addWidget(wiz)
    assert wiz.account_page.field.text() == account
    assert wiz.shop_page.fields.shop_name.text() == "Chai Corner"
    assert wiz.shop_page.fields.rate.text() == "84.10"
