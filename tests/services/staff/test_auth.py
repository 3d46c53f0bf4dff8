"""Signing in: lockout with a growing delay on an injected clock, approvals, audit.

Real SQLite and real bcrypt (cost 12); the ``shop`` fixture's clock is moved by hand.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import bcrypt
import pytest

from posapp.core.errors import PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Permission, Role
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.auth import (
    AccountLocked,
    AuthenticationFailed,
    AuthService,
    LockoutPolicy,
    describe_delay,
)
from posapp.services.staff.passwords import SecretRefused
from posapp.services.staff.users import UserService

PIN = "739146"
OWNER_PIN = "8241"
WRONG = "555123"


@pytest.fixture
def audit(shop) -> AuditLog:
    return AuditLog(shop.db, shop.clock)


@pytest.fixture
def auth(shop, audit) -> AuthService:
    users = UserService(shop.db, audit, shop.clock)
    users.add(CLI_ACTOR, "carl", "cashier", PIN)
    users.add(CLI_ACTOR, "olivia", "owner", OWNER_PIN)
    return AuthService(shop.db, audit, shop.clock)


def test_policy_delays_grow_and_cap() -> None:
    policy = LockoutPolicy()
    assert [policy.delay_after(n) for n in range(1, 5)] == [None] * 4
    assert policy.delay_after(5) == timedelta(seconds=30)
    assert policy.delay_after(6) == timedelta(seconds=60)
    assert policy.delay_after(7) == timedelta(minutes=2)
    assert policy.delay_after(100) == timedelta(hours=1)


def test_describe_delay() -> None:
    assert describe_delay(timedelta(seconds=29.2)) == "30 s"
    assert describe_delay(timedelta(seconds=90)) == "1 min 30 s"
    assert describe_delay(timedelta(minutes=2)) == "2 min"
    assert describe_delay(timedelta(hours=1)) == "1 h"


def test_good_pin_signs_in(auth: AuthService, audit: AuditLog) -> None:
    assert auth.sign_in("carl", PIN) == Actor("carl", Role.CASHIER)
    entry = audit.recent(CLI_ACTOR, limit=1)[0]
    assert (entry.actor, entry.action) == ("carl", AuditAction.SIGNED_IN)


def test_five_wrong_pins_lock_with_a_growing_delay(auth: AuthService, shop, audit) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed) as caught:
            auth.sign_in("carl", WRONG)
        assert caught.value.attempts_left == left
        assert not isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked, match="locked for 30 s after 5 wrong") as locked:
        auth.sign_in("carl", WRONG)
    assert locked.value.retry_after == timedelta(seconds=30)

    # while locked even the right PIN is refused, without checking it
    shop.clock.advance(seconds=29)
    with pytest.raises(AccountLocked, match="try again in 1 s"):
        auth.sign_in("carl", PIN)

    # after the lock one more wrong PIN locks again, twice as long
    shop.clock.advance(seconds=1)
    with pytest.raises(AccountLocked, match="locked for 1 min after 6 wrong"):
        auth.sign_in("carl", WRONG)
    shop.clock.advance(seconds=59)
    with pytest.raises(AccountLocked):
        auth.sign_in("carl", PIN)
    shop.clock.advance(seconds=1)
    assert auth.sign_in("carl", PIN).name == "carl"

    # a good PIN starts the count again
    with pytest.raises(AuthenticationFailed) as caught:
        auth.sign_in("carl", WRONG)
    assert caught.value.attempts_left == 4
    actions = [e.action for e in audit.recent(CLI_ACTOR)]
    assert actions.count(AuditAction.LOGIN_FAILED) == 5
    assert actions.count(AuditAction.LOGIN_LOCKED) == 2
    assert actions.count(AuditAction.LOGIN_REFUSED_LOCKED) == 2


def test_admin_unlock_and_reset_lift_the_lock(auth: AuthService, shop, audit) -> None:
    auth.policy = LockoutPolicy(max_failures=1)
    users = UserService(shop.db, audit, shop.clock)
    with pytest.raises(AccountLocked):
        auth.sign_in("carl", WRONG)
    assert users.get("carl").is_locked(shop.clock())
    users.unlock(CLI_ACTOR, "carl")
    assert not users.get("carl").is_locked(shop.clock())
    assert auth.sign_in("carl", PIN).name == "carl"


def test_unknown_and_disabled_users(auth: AuthService, shop, audit) -> None:
    with pytest.raises(AuthenticationFailed, match="wrong name or PIN"):
        auth.sign_in("nobody", PIN)
    UserService(shop.db, audit, shop.clock).set_disabled(CLI_ACTOR, "carl", True)
    with pytest.raises(AuthenticationFailed, match="carl is disabled"):
        auth.sign_in("carl", PIN)


def test_over_72_bytes_is_a_message_not_a_crash_nor_an_attempt(auth: AuthService, shop) -> None:
    with pytest.raises(SecretRefused, match="at most 72 bytes"):
        auth.sign_in("carl", "z" * 200)
    users = UserService(shop.db, AuditLog(shop.db), shop.clock)
    assert users.get("carl").failed_attempts == 0


def test_owner_approves_a_cashier_action_once(auth: AuthService, audit: AuditLog) -> None:
    cashier = auth.sign_in("carl", PIN)
    with pytest.raises(PermissionDenied):
        cashier.require(Permission.CANCEL_PARTIALLY_PAID)
    approved = auth.approve("olivia", OWNER_PIN, Permission.CANCEL_PARTIALLY_PAID, cashier)
    assert approved.name == "carl" and approved.approved_by == "olivia"
    approved.require(Permission.CANCEL_PARTIALLY_PAID)
    with pytest.raises(PermissionDenied):
        approved.require(Permission.CANCEL_PARTIALLY_PAID)
    entry = audit.recent(CLI_ACTOR, limit=1)[0]
    assert entry.action == AuditAction.APPROVAL_GRANTED
    assert entry.detail == "cancel partially paid once for carl"


def test_approval_refusals(auth: AuthService, shop, audit: AuditLog) -> None:
    cashier = Actor("carl", Role.CASHIER)
    UserService(shop.db, audit, shop.clock).add(CLI_ACTOR, "cathy", "cashier", "8250")
    with pytest.raises(PermissionDenied, match="cathy is a cashier and cannot approve"):
        auth.approve("cathy", "8250", Permission.REFUND, cashier)
    with pytest.raises(PermissionDenied, match="someone else"):
        auth.approve("carl", PIN, Permission.REFUND, cashier)
    with pytest.raises(AuthenticationFailed):
        auth.approve("olivia", WRONG, Permission.REFUND, cashier)
    assert UserService(shop.db, audit).get("olivia").failed_attempts == 1
    with pytest.raises(PermissionDenied, match="cannot approve change settings"):
        auth.approve("olivia", OWNER_PIN, Permission.CHANGE_SETTINGS, cashier)
    # an action the role already has needs no approval
    assert auth.approve("olivia", WRONG, Permission.CHARGE, cashier) is cashier


def test_change_own_secret(auth: AuthService) -> None:
    carl = auth.sign_in("carl", PIN)
    with pytest.raises(AuthenticationFailed):
        auth.change_own_secret(carl, WRONG, "8250")
    auth.change_own_secret(carl, PIN, "8250")
    assert auth.sign_in("carl", "8250") == carl


def test_low_cost_refused(shop, audit) -> None:
    with pytest.raises(ValueError, match="at least 12"):
        AuthService(shop.db, audit, rounds=10)


def test_parallel_wrong_pins_check_at_most_five(
    auth: AuthService, shop, audit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve wrong PINs at once (e.g. from several counters): only the five the policy allows
    reach bcrypt; the others are answered "locked" without a check."""
    checks = 0
    count_lock = threading.Lock()
    real_checkpw = bcrypt.checkpw

    def counting_checkpw(password: bytes, hashed: bytes) -> bool:
        nonlocal checks
        with count_lock:
            checks += 1
        return real_checkpw(password, hashed)

    monkeypatch.setattr(bcrypt, "checkpw", counting_checkpw)
    start = threading.Barrier(12)
    answers: list[BaseException] = []

    def attempt() -> None:
        start.wait()
        try:
            auth.sign_in("carl", WRONG)
        except AuthenticationFailed as exc:
            with count_lock:
                answers.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(answers) == 12
    assert checks == 5
    users = UserService(shop.db, audit, shop.clock)
    assert users.get("carl").failed_attempts == 5
    wrong = [a for a in answers if not isinstance(a, AccountLocked)]
    assert len(wrong) == 4  # the fifth wrong PIN is answered with the lock it caused
    assert users.get("carl").is_locked(shop.clock())

    # once the lock has passed, the right PIN signs in and clears the count
    shop.clock.advance(seconds=30)
    assert auth.sign_in("carl", PIN).name == "carl"
    assert checks == 6
    assert users.get("carl").failed_attempts == 0
