"""First start with a provisioning file: the setup wizard opens filled in from ``posapp.toml``
(a real file, a real loopback devnet) and the admin only creates the first administrator;
a configuration already saved wins over the file; a bad file at first start is one message
and nothing is written."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from posapp.core.errors import NotConfigured
from posapp.devnet import Devnet
from posapp.services.config import load_config, save_config
from posapp.services.setup.first_run import SetupService
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.services.setup.provisioning_file import find_provisioning_file, load_provisioning_file
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database
from posapp.ui.setup.setup_wizard import SetupWizard

PIN = "739146"
WAIT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def provisioning_text(account: str, horizon: str) -> str:
    return f"""shop_name = "Chai Corner"
terminal = "till-7"
network = "testnet"
merchant_account = "{account}"
horizon_url = "{horizon}"
currency = "INR"
expiry_minutes = 10
[rates]
mode = "fixed"
fixed_rate = "83.25"
"""


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.in_data_dir(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def setup(tmp_path: Path, db: Database) -> SetupService:
    audit = AuditLog(db)
    return SetupService(tmp_path, db, UserService(db, audit), audit)


def open_wizard(qtbot, setup: SetupService, data_dir: Path) -> SetupWizard:
    found = find_provisioning_file(None, data_dir)
    assert found is not None
    wizard = SetupWizard(setup, initial=load_provisioning_file(found).request, source=str(found))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_opens_filled_in_and_only_the_admin_is_typed(
    qtbot, tmp_path: Path, devnet: Devnet, db: Database, setup: SetupService
) -> None:
    account = devnet.create_account()
    (tmp_path / "posapp.toml").write_text(provisioning_text(account, devnet.url), "utf-8")
    wizard = open_wizard(qtbot, setup, tmp_path)

    assert wizard.network_page.fields.testnet.isChecked()
    assert wizard.network_page.fields.horizon.text() == devnet.url
    notice = wizard.network_page.notice
    assert notice.isVisibleTo(wizard) and "posapp.toml" in notice._text.text()
    assert wizard.account_page.field.text() == account
    shop = wizard.shop_page.fields
    assert (shop.shop_name.text(), shop.terminal.text()) == ("Chai Corner", "till-7")
    assert shop.currency.currentText() == "INR" and shop.rate.text() == "83.25"
    assert shop.expiry.value() == 10

    wizard.next()  # network
    wizard.next()  # the account is looked up on the devnet, then the page moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.shop_page, timeout=WAIT_MS)
    wizard.next()
    assert wizard.currentPage() is wizard.webhook_page
    wizard.next()
    admin = wizard.admin_page
    admin.name.setText("Ada")
    admin.secret.setText(PIN)
    admin.again.setText(PIN)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    wizard.next()  # "Set up posapp"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=WAIT_MS)
    wizard.accept()

    config = load_config(db)
    assert (config.merchant_account, config.shop_name, config.terminal) == (
        account,
        "Chai Corner",
        "till-7",
    )
    assert config.currency == "INR" and str(config.rates.fixed_rates["INR"]) == "83.25"
    assert config.horizon_url == devnet.url and config.expiry_minutes == 10
    assert not setup.is_needed()


def test_a_saved_configuration_wins_over_the_file(
    qtbot, tmp_path: Path, devnet: Devnet, db: Database, setup: SetupService
) -> None:
    saved = ProvisionRequest(
        network="testnet",
        account=devnet.create_account(),
        currency="EUR",
        rate="0.92",
        shop_name="From posapp init",
        check_account=False,
    )
    from datetime import UTC, datetime

    save_config(db, build_config(saved, datetime.now(UTC)))
    (tmp_path / "posapp.toml").write_text(
        provisioning_text(devnet.create_account(), devnet.url), "utf-8"
    )
    wizard = open_wizard(qtbot, setup, tmp_path)
    assert wizard.shop_page.fields.shop_name.text() == "From posapp init"
    assert wizard.account_page.field.text() == saved.account
    assert not wizard.network_page.notice.isVisibleTo(wizard)


def test_a_bad_file_at_first_start_is_one_message_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    bad = provisioning_text("GABC", "https://horizon-testnet.stellar.org")
    (data_dir / "posapp.toml").write_text(bad, "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "posapp.toml: merchant_account: " in done.stderr
    db = Database.in_data_dir(data_dir)
    try:
        with pytest.raises(NotConfigured):
            load_config(db)
        audit = AuditLog(db)
        assert not UserService(db, audit).has_admin()
    finally:
        db.dispose()


def test_explicit_provisioning_option_with_a_secret_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    secretive = tmp_path / "shop.toml"
    secretive.write_text('webhook_secret = "whsec_x"\n', "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(data_dir), "--provisioning", secretive],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "webhook_secret: secrets never go in the provisioning file" in done.stderr
    assert "whsec_x" not in done.stderr
