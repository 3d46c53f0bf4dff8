"""Users: PIN/password rules, bcrypt cost, adding, roles, disabling, the last admin.

Uses the real SQLite file and real bcrypt (cost 12) from the ``shop`` fixture (conftest.py).
"""

from __future__ import annotations

import bcrypt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posapp.core.errors import InvalidInput, PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.staff import passwords
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.passwords import SecretKind, SecretRefused, validate_new_secret
from posapp.services.staff.users import UserNotFound, UserService, validate_user_name

PIN = "739146"
ADMIN = Actor("ada", Role.ADMIN)
CASHIER = Actor("carl", Role.CASHIER)
OWNER = Actor("olivia", Role.OWNER)


@pytest.fixture
def audit(shop) -> AuditLog:
    return AuditLog(shop.db, shop.clock)


@pytest.fixture
def users(shop, audit) -> UserService:
    return UserService(shop.db, audit, shop.clock)


# ---- PIN and password rules (pure) ----------------------------------------------------------


@pytest.mark.parametrize("pin", ["7391", "739146", "73914628", "0042"])
def test_pins_of_4_to_8_digits(pin: str) -> None:
    assert validate_new_secret(pin) is SecretKind.PIN


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ("", "enter a PIN"),
        ("739", "a PIN needs 4 to 8 digits; this one has 3"),
        ("0000", "too easy"),
        ("1234", "too easy"),
        ("98765", "too easy"),
        ("7890", "too easy"),
        ("short", "at least 8"),
        ("        ", "only spaces"),
        ("tab\there!", "control characters"),
        ("x" * 73, "too long: 73 bytes, at most 72"),
        ("é" * 37, "too long: 74 bytes"),
    ],
)
def test_bad_secrets_are_refused_with_a_message(secret: str, message: str) -> None:
    with pytest.raises(SecretRefused, match=message) as caught:
        validate_new_secret(secret)
    if len(secret) >= 4:
        assert secret not in str(caught.value)


@pytest.mark.parametrize("secret", ["correct horse", "x" * 72, "é" * 36, "123456789012"])
def test_passwords_of_8_to_72_bytes(secret: str) -> None:
    assert validate_new_secret(secret) is SecretKind.PASSWORD


def test_bcrypt_cost_is_at_least_12() -> None:
    digest = passwords.hash_secret(PIN)
    assert digest.startswith("$2b$12$") and len(digest) == 60
    assert bcrypt.checkpw(PIN.encode(), digest.encode())
    assert passwords.verify_secret(PIN, digest)
    assert not passwords.verify_secret("739147", digest)
    with pytest.raises(ValueError, match="at least 12"):
        passwords.hash_secret(PIN, rounds=11)


def test_verify_never_crashes_on_odd_input() -> None:
    digest = passwords.hash_secret(PIN)
    assert not passwords.verify_secret("x" * 500, digest)
    assert not passwords.verify_secret("", digest)
    assert not passwords.verify_secret(PIN, "not a hash")
    assert not passwords.verify_secret(PIN, None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_validation_either_accepts_or_refuses_with_a_message(text: str) -> None:
    try:
        kind = validate_new_secret(text)
    except SecretRefused as exc:
        assert str(exc)
        if len(text) >= 6:
            assert text not in str(exc)
    else:
        assert kind in SecretKind
        assert len(text.encode()) <= 72


# ---- names --------------------------------------------------------------------------------


def test_names_are_trimmed_and_checked() -> None:
    assert validate_user_name("  Ada   Lovelace ") == "Ada Lovelace"
    for bad, message in [("", "enter a name"), ("1234", "letter"), ("a" * 65, "at most 64")]:
        with pytest.raises(InvalidInput, match=message):
            validate_user_name(bad)


# ---- the service --------------------------------------------------------------------------


def test_admin_adds_users_and_list_shows_no_hash(users: UserService) -> None:
    users.add(ADMIN, "Carl", "cashier", PIN)
    users.add(CLI_ACTOR, "olivia", Role.OWNER, "Tulip-Harbor-93")
    listed = users.list_users()
    assert [(u.name, u.role) for u in listed] == [("Carl", Role.CASHIER), ("olivia", Role.OWNER)]
    assert not any(hasattr(u, "secret_hash") for u in listed)
    assert users.get("Carl").actor == Actor("Carl", Role.CASHIER)


def test_names_are_unique_ignoring_case(users: UserService) -> None:
    users.add(ADMIN, "Carl", "cashier", PIN)
    with pytest.raises(InvalidInput, match="already exists"):
        users.add(ADMIN, "carl", "owner", PIN)


@pytest.mark.parametrize("actor", [CASHIER, OWNER])
def test_only_admins_manage_users(users: UserService, actor: Actor) -> None:
    users.add(ADMIN, "Carl", "cashier", PIN)
    for call in (
        lambda: users.add(actor, "Eve", "admin", PIN),
        lambda: users.reset_secret(actor, "Carl", "8241"),
        lambda: users.set_role(actor, "Carl", "admin"),
        lambda: users.set_disabled(actor, "Carl", True),
        lambda: users.unlock(actor, "Carl"),
    ):
        with pytest.raises(PermissionDenied, match="may not manage users"):
            call()
    assert [u.name for u in users.list_users()] == ["Carl"]


def test_unknown_role_and_user(users: UserService) -> None:
    with pytest.raises(InvalidInput, match="unknown role 'boss'"):
        users.add(ADMIN, "Carl", "boss", PIN)
    with pytest.raises(UserNotFound):
        users.get("nobody")
    with pytest.raises(UserNotFound):
        users.set_role(ADMIN, "nobody", "owner")


def test_first_admin_only_while_there_is_none(users: UserService) -> None:
    assert not users.has_admin()
    users.create_first_admin("Ada", PIN)
    assert users.has_admin()
    with pytest.raises(PermissionDenied, match="already exists"):
        users.create_first_admin("Mallory", PIN)


def test_the_last_admin_cannot_be_demoted_or_disabled(users: UserService) -> None:
    users.create_first_admin("Ada", PIN)
    with pytest.raises(InvalidInput, match="last administrator"):
        users.set_role(CLI_ACTOR, "Ada", "cashier")
    with pytest.raises(InvalidInput, match="last administrator"):
        users.set_disabled(CLI_ACTOR, "Ada", True)
    with pytest.raises(InvalidInput, match="cannot disable yourself"):
        users.set_disabled(Actor("Ada", Role.ADMIN), "Ada", True)
    users.add(CLI_ACTOR, "Bob", "admin", "8241")
    assert users.set_role(CLI_ACTOR, "Ada", "owner").role is Role.OWNER
    assert users.set_disabled(CLI_ACTOR, "Ada", True).disabled
    assert [u.name for u in users.list_users(include_disabled=False)] == ["Bob"]


def test_user_changes_are_audited_without_secrets(users: UserService, audit: AuditLog) -> None:
    users.add(ADMIN, "Carl", "cashier", PIN)
    users.reset_secret(ADMIN, "Carl", "Tulip-Harbor-93")
    users.set_role(ADMIN, "Carl", "owner")
    users.set_disabled(ADMIN, "Carl", True)
    entries = audit.recent(OWNER)
    assert [e.action for e in reversed(entries)] == [
        AuditAction.USER_ADDED,
        AuditAction.USER_SECRET_RESET,
        AuditAction.USER_ROLE_CHANGED,
        AuditAction.USER_DISABLED,
    ]
    assert entries[-1].detail == "Carl as cashier with a pin"
    assert entries[1].detail == "Carl: cashier → owner"
    assert all(PIN not in e.detail and "Tulip" not in e.detail for e in entries)
    with pytest.raises(PermissionDenied):
        audit.recent(CASHIER)


def test_reset_secret_replaces_the_hash(users: UserService, shop) -> None:
    from posapp.storage import users_repo

    users.add(ADMIN, "Carl", "cashier", PIN)
    with shop.db.read() as session:
        before = users_repo.secret_hash_of(session, "Carl")
    users.reset_secret(ADMIN, "Carl", "8241")
    with shop.db.read() as session:
        after = users_repo.secret_hash_of(session, "Carl")
    assert before != after and passwords.verify_secret("8241", after)


def test_over_long_password_is_refused_not_crashed(users: UserService) -> None:
    with pytest.raises(SecretRefused, match="too long"):
        users.add(ADMIN, "Carl", "cashier", "p" * 100)
    assert users.list_users() == []


def test_service_refuses_a_low_bcrypt_cost(shop, audit: AuditLog) -> None:
    with pytest.raises(ValueError, match="at least 12"):
        UserService(shop.db, audit, rounds=4)


def test_signed_in_cashier_charges_but_cannot_open_history_or_settings(
    shop, users: UserService, audit: AuditLog
) -> None:
    """The issue's "done when": a cashier can charge but not open history or settings; an
    owner can open history; only an admin opens settings."""
    from posapp.services.backoffice.history import HistoryService
    from posapp.services.setup.shop_settings import SettingsService
    from posapp.services.staff.auth import AuthService
    from posapp.storage.history_repo import HistoryFilter

    users.add(ADMIN, "carl", "cashier", PIN)
    users.add(ADMIN, "olivia", "owner", "582047")
    auth = AuthService(shop.db, audit, shop.clock)
    cashier = auth.sign_in("carl", PIN)
    owner = auth.sign_in("olivia", "582047")
    history = HistoryService(shop.db, clock=shop.clock)
    settings = SettingsService(shop.data_dir, shop.db, audit, shop.clock)

    sale = shop.sessions.create("1999", cashier)
    assert sale.cashier == "carl"
    with pytest.raises(PermissionDenied, match="a cashier may not view history"):
        history.page(HistoryFilter(), cashier)
    with pytest.raises(PermissionDenied, match="a cashier may not change settings"):
        settings.load(cashier)
    assert [row.id for row in history.page(HistoryFilter(), owner).rows] == [sale.id]
    with pytest.raises(PermissionDenied, match="an owner may not change settings"):
        settings.load(owner)
    assert settings.load(ADMIN).config == shop.config
