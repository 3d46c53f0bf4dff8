"""First-run setup and the settings service against a real loopback devnet, with an
in-memory keyring; and the promise that no PIN or secret lands in the DB, logs or errors."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import keyring
import keyring.errors
import pytest
from stellar_sdk import Keypair

from posapp.core.errors import (
    InvalidInput,
    PermissionDenied,
    PosappError,
    SecretSeedRefused,
    SecretStoreUnavailable,
)
from posapp.core.roles import Actor, Role
from posapp.devnet import Devnet
from posapp.services.config import load_config
from posapp.services.setup.first_run import SetupService
from posapp.services.setup.provisioning import ProvisionRequest
from posapp.services.setup.rate_keys import RateKeyStore
from posapp.services.setup.shop_settings import (
    SecuritySettings,
    SettingsService,
    load_security_settings,
    request_from_config,
)
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.auth import AuthService
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database
from posapp.webhooks.secret_store import SecretStore
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import stored_bytes

ADMIN_PIN = "739146"
CASHIER_PIN = "582047"
PASSWORD = "Tulip-Harbor-93!"


def request(devnet: Devnet, account: str, **changes: object) -> ProvisionRequest:
    values: dict[str, object] = {
        "network": "testnet",
        "account": account,
        "currency": "INR",
        "horizon_url": devnet.url,
        "rate": "84.10",
        "shop_name": "Chai Corner",
    }
    values.update(changes)
    return ProvisionRequest(**values)  # type: ignore[arg-type]


# ---- first run ---------------------------------------------------------------------------


def test_account_checks_missing_no_trustline_memo_required(
    setup: SetupService, devnet: Devnet
) -> None:
    missing = setup.check_account(request(devnet, Keypair.random().public_key))
    assert missing.reachable and not missing.exists and missing.blocks_setup
    assert "does not exist" in missing.problems[0] and "XLM" in missing.problems[0]

    bare = setup.check_account(request(devnet, devnet.create_account(usdc_trustline=False)))
    assert bare.exists and not bare.has_usdc_trustline and not bare.ready
    assert "no USDC trustline" in bare.problems[0] and "add USDC" in bare.problems[0]

    memo = setup.check_account(request(devnet, devnet.create_account(memo_required=True)))
    assert memo.ready and memo.memo_required


def test_account_check_offline_is_not_blocking(setup: SetupService) -> None:
    status = setup.check_account(
        ProvisionRequest(
            network="testnet",
            account=Keypair.random().public_key,
            currency="USD",
            horizon_url="http://127.0.0.1:9",
            rate="1",
        )
    )
    assert not status.reachable and not status.blocks_setup and status.error


def test_secret_seed_is_refused_without_echo(setup: SetupService, devnet: Devnet) -> None:
    seed = Keypair.random().secret
    with pytest.raises(SecretSeedRefused) as caught:
        setup.validate(request(devnet, seed))
    assert seed not in str(caught.value) and "secret key" in str(caught.value)


def test_complete_saves_config_admin_and_secret(
    setup: SetupService, devnet: Devnet, memory_keyring: MemoryKeyring, db: Database
) -> None:
    assert setup.is_needed()
    account = devnet.create_account()
    outcome = setup.complete(
        request(devnet, account, webhook_url="https://shop.example/hooks"), "Ada", ADMIN_PIN
    )
    assert outcome.config.merchant_account == account
    assert outcome.admin.role is Role.ADMIN
    assert outcome.webhook_secret and outcome.webhook_secret.startswith("whsec_")
    assert SecretStore(setup.data_dir).get_signing_secrets(outcome.config.rates.fixed_set_at) == (
        outcome.webhook_secret,
    )
    assert not setup.is_needed()
    assert load_config(db) == outcome.config
    with pytest.raises(PermissionDenied, match="already set up"):
        setup.complete(request(devnet, account), "Mallory", ADMIN_PIN)
    actions = [e.action for e in AuditLog(db).recent(Actor("Ada", Role.ADMIN))]
    assert AuditAction.SETUP_COMPLETED in actions and AuditAction.USER_ADDED in actions


def test_complete_writes_nothing_when_a_check_fails(
    setup: SetupService, devnet: Devnet, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        setup.complete(request(devnet, Keypair.random().public_key), "Ada", ADMIN_PIN)
    with pytest.raises(InvalidInput, match="PIN needs 4 to 8"):
        setup.complete(request(devnet, devnet.create_account()), "Ada", "12")
    assert setup.existing_config() is None and setup.is_needed()


def test_complete_without_keyring_says_how_to_fix(setup: SetupService, devnet: Devnet) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert setup.keyring_problem()
        hooks = request(devnet, devnet.create_account(), webhook_url="https://x.example/h")
        with pytest.raises(SecretStoreUnavailable, match="--file-store"):
            setup.complete(hooks, "Ada", ADMIN_PIN)
        outcome = setup.complete(
            request(
                devnet,
                devnet.create_account(),
                webhook_url="https://x.example/h",
                secret_file_store=True,
            ),
            "Ada",
            ADMIN_PIN,
        )
        assert outcome.webhook_secret
        assert (setup.data_dir / "webhook-secret.json").stat().st_mode & 0o777 == 0o600
    finally:
        keyring.set_keyring(previous)


# ---- settings ----------------------------------------------------------------------------


@pytest.fixture
def configured(setup: SetupService, devnet: Devnet, memory_keyring: MemoryKeyring):
    outcome = setup.complete(request(devnet, devnet.create_account()), "Ada", ADMIN_PIN)
    return outcome


def test_only_admins_open_and_change_settings(
    configured, tmp_path: Path, db: Database, devnet: Devnet
) -> None:
    settings = SettingsService(tmp_path, db, AuditLog(db))
    for role in (Role.CASHIER, Role.OWNER):
        actor = Actor("x", role)
        with pytest.raises(PermissionDenied, match="may not change settings"):
            settings.load(actor)
        with pytest.raises(PermissionDenied):
            settings.save(actor, request_from_config(configured.config), SecuritySettings())
        with pytest.raises(PermissionDenied):
            settings.rotate_webhook_secret(actor)


def test_settings_round_trip_and_audit(
    configured, tmp_path: Path, db: Database, devnet: Devnet
) -> None:
    admin = Actor("Ada", Role.ADMIN)
    settings = SettingsService(tmp_path, db, AuditLog(db))
    snapshot = settings.load(admin)
    assert snapshot.request.account == configured.config.merchant_account
    assert snapshot.request.rate == "84.10" and snapshot.request.horizon_url == devnet.url
    assert not snapshot.has_webhook_secret

    same = settings.save(admin, snapshot.request, snapshot.security)
    assert same.changed == () and same.config == configured.config

    changed = replace(
        snapshot.request,
        currency="USD",
        rate="1",
        webhook_url="https://shop.example/h?token=abc",
    )
    outcome = settings.save(admin, changed, SecuritySettings(idle_lock_minutes=2))
    assert outcome.webhook_secret and outcome.webhook_secret.startswith("whsec_")
    assert load_config(db).currency == "USD"
    assert load_security_settings(db).idle_lock_minutes == 2
    entry = AuditLog(db).recent(admin, action_prefix="settings.changed")[0]
    assert "currency: INR → USD" in entry.detail and "webhook_url changed" in entry.detail
    assert "token=abc" not in entry.detail and "idle lock: 5 → 2 min" in entry.detail

    # saving again keeps the secret; rotating makes a new one
    again = settings.save(admin, changed, SecuritySettings(idle_lock_minutes=2))
    assert again.webhook_secret is None and again.changed == ()
    rotated = settings.rotate_webhook_secret(admin)
    assert rotated != outcome.webhook_secret


def test_settings_move_to_a_missing_account_is_refused(
    configured, tmp_path: Path, db: Database, devnet: Devnet
) -> None:
    admin = Actor("Ada", Role.ADMIN)
    settings = SettingsService(tmp_path, db, AuditLog(db))
    base = settings.load(admin).request
    moved = replace(base, account=Keypair.random().public_key)
    with pytest.raises(InvalidInput, match="does not exist"):
        settings.save(admin, moved, SecuritySettings())
    assert load_config(db) == configured.config


@pytest.mark.parametrize("tolerance", ["-1", "2", "NaN", "0.00000001"])
def test_settings_refuse_an_absurd_tolerance_and_keep_the_old_one(
    configured, tmp_path: Path, db: Database, tolerance: str
) -> None:
    admin = Actor("Ada", Role.ADMIN)
    settings = SettingsService(tmp_path, db, AuditLog(db))
    base = settings.load(admin).request
    with pytest.raises(InvalidInput, match="tolerance") as refused:
        settings.save(admin, replace(base, tolerance=tolerance), SecuritySettings())
    assert "\n" not in str(refused.value)
    assert load_config(db) == configured.config


def test_security_settings_bounds() -> None:
    with pytest.raises(InvalidInput):
        SecuritySettings(idle_lock_minutes=-1)
    with pytest.raises(InvalidInput):
        SecuritySettings(idle_lock_minutes=10_000)
    assert SecuritySettings(0).idle_lock_minutes == 0


def test_rate_api_key_lives_in_the_keyring(
    configured, tmp_path: Path, db: Database, memory_keyring: MemoryKeyring
) -> None:
    admin = Actor("Ada", Role.ADMIN)
    settings = SettingsService(tmp_path, db, AuditLog(db))
    settings.set_rate_api_key(admin, "coingecko", "x-cg-demo-api-key", "CG-sekrit-123")
    assert settings.rate_api_key_header(admin, "coingecko") == "x-cg-demo-api-key"
    store = RateKeyStore.for_data_dir(tmp_path, db)
    assert store.api_keys(["coingecko", "other"]) == {
        "coingecko": ("x-cg-demo-api-key", "CG-sekrit-123")
    }
    assert any("CG-sekrit-123" in v for v in memory_keyring.entries.values())
    settings.set_rate_api_key(admin, "coingecko", "", None)
    assert store.get("coingecko") is None
    with pytest.raises(PermissionDenied):
        settings.set_rate_api_key(Actor("o", Role.OWNER), "coingecko", "h", "k")


# ---- no secret anywhere --------------------------------------------------------------------


def test_no_pin_or_secret_in_db_logs_or_errors(
    tmp_path: Path,
    database_url: str,
    devnet: Devnet,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    seed = Keypair.random().secret
    data_dir = tmp_path / "shop"
    data_dir.mkdir()
    db = Database(database_url)
    audit = AuditLog(db)
    users = UserService(db, audit)
    auth = AuthService(db, audit)
    setup = SetupService(data_dir, db, users, audit)
    errors: list[str] = []

    def attempt(fn, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except PosappError as exc:
            errors.append(str(exc))
            errors.append(repr(exc))

    attempt(setup.validate, request(devnet, seed))
    outcome = setup.complete(
        request(devnet, devnet.create_account(), webhook_url="https://shop.example/h"),
        "Ada",
        ADMIN_PIN,
    )
    admin = Actor("Ada", Role.ADMIN)
    users.add(admin, "carl", "cashier", CASHIER_PIN)
    users.add(admin, "olivia", "owner", PASSWORD)
    for guess in (ADMIN_PIN, PASSWORD, "x" * 90 + CASHIER_PIN):
        attempt(auth.sign_in, "carl", guess)
    attempt(auth.sign_in, "nobody", CASHIER_PIN)
    attempt(users.add, admin, "eve", "cashier", PASSWORD * 6)
    attempt(users.add, admin, CASHIER_PIN, "cashier", "4821")
    auth.sign_in("carl", CASHIER_PIN)
    auth.approve("olivia", PASSWORD, "refund", Actor("carl", Role.CASHIER))
    attempt(auth.approve, "Ada", CASHIER_PIN, "refund", Actor("carl", Role.CASHIER))
    users.reset_secret(admin, "carl", "905318")
    settings = SettingsService(data_dir, db, audit)
    settings.rotate_webhook_secret(admin)
    stored = stored_bytes(db)
    db.dispose()

    secrets = [ADMIN_PIN, CASHIER_PIN, "905318", PASSWORD, seed, outcome.webhook_secret]
    assert len(errors) >= 10
    blobs = [p.read_bytes() for p in data_dir.iterdir() if p.is_file()] + [stored]
    assert any(b"carl" in b for b in blobs)  # the users are really in there
    for secret in secrets:
        assert secret
        for blob in blobs:
            assert secret.encode() not in blob
        for message in errors:
            assert secret not in message
        for record in caplog.records:
            assert secret not in record.getMessage()
