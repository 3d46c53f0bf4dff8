"""Signing in with a PIN or password, lockout after wrong attempts, owner approval of a
cashier's restricted action, changing one's own PIN.

Lockout (``LockoutPolicy``): the first 4 wrong attempts only count; the 5th locks the user
for 30 s, and each further wrong attempt after a lock doubles it (60 s, 2 min, 4 min …, at
most 1 h). While locked, attempts are refused without checking the secret. A good secret,
an admin's unlock or a PIN reset clears the count. Time comes from the injected clock.

Every failure, lock, sign-in and approval is audited. No message, log line or audit entry
ever contains a secret: they name the user and count attempts, nothing more.

Thread: ``sign_in``, ``approve`` and ``change_own_secret`` check a bcrypt hash (about a
quarter of a second): worker thread (``workers.tasks.run_task``) or command line, never the GUI
thread. The bcrypt check runs outside any write transaction. Each attempt is counted as
wrong, and the lock it would earn imposed, in one write transaction *before* the secret is
checked (a good secret then clears the count): parallel attempts, from threads or from other
counters on the same database, can never get more checks than the policy allows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import PermissionDenied
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Approval, CurrentAccess, Permission, Role, has_permission
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.passwords import (
    MIN_ROUNDS,
    PASSWORD_MAX_BYTES,
    SecretRefused,
    hash_secret,
    needs_rehash,
    validate_new_secret,
    verify_secret,
)
from posapp.services.staff.signin_errors import AccountLocked, AuthenticationFailed, describe_delay
from posapp.storage import users_repo
from posapp.storage.engine import Database
from posapp.storage.users_repo import StoredUser

log = logging.getLogger("posapp.auth")


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    """How many wrong attempts are free, and how long the growing lock lasts."""

    max_failures: int = 5
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(hours=1)

    def delay_after(self, failures: int) -> timedelta | None:
        """The lock to impose after ``failures`` consecutive wrong attempts (None: no lock)."""
        if failures < self.max_failures:
            return None
        exponent = min(failures - self.max_failures, 30)
        return min(self.first_delay * (2**exponent), self.max_delay)


@dataclass(frozen=True, slots=True)
class _Attempt:
    """What the attempt's transaction found: the user (None: unknown) and, when the secret
    is to be checked, its hash, the failure count including this attempt and the lock that
    count imposes (None: no lock yet)."""

    user: StoredUser | None
    secret_hash: str | None = None
    failures: int = 0
    delay: timedelta | None = None


class AuthService:
    """Checks secrets against the users of one database, with lockout and audit."""

    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        clock: Clock = utc_now,
        *,
        policy: LockoutPolicy | None = None,
        rounds: int = MIN_ROUNDS,
    ) -> None:
        if rounds < MIN_ROUNDS:
            raise ValueError(f"bcrypt cost must be at least {MIN_ROUNDS}")
        self._db = db
        self._audit = audit
        self._clock = clock
        self.policy = policy or LockoutPolicy()
        self._rounds = rounds
        self._revoked_listeners: list[Callable[[int], None]] = []

    # ---- public API (worker thread: bcrypt) --------------------------------------------

    def sign_in(self, name: str, secret: str) -> Actor:
        """The signed-in ``Actor`` for a good secret. Raises ``AuthenticationFailed`` (wrong
        secret, unknown or disabled user), ``AccountLocked`` or ``SecretRefused`` (input over
        72 bytes; not counted as an attempt). Worker thread."""
        user = self._authenticate(name, secret, AuditAction.LOGIN_FAILED)
        self._audit.record(user.name, AuditAction.SIGNED_IN, user.role.value)
        return self.actor_for(user.id, user.name, user.role)

    def approve(
        self, approver: str, secret: str, permission: Permission, for_actor: Actor
    ) -> Actor:
        """An owner or admin approves ``for_actor`` performing ``permission`` once.

        Returns ``for_actor`` carrying a one-shot ``Approval`` (or ``for_actor`` unchanged when
        its role already allows it). The approver's wrong secrets count toward their own
        lockout. Raises ``PermissionDenied`` when the approver may not approve that action or
        is ``for_actor`` themself. Worker thread.
        """
        permission = Permission(permission)
        if for_actor.can(permission):
            return for_actor
        if approver == for_actor.name:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "someone else (an owner or admin) must approve this")
            )
        user = self._authenticate(approver, secret, AuditAction.APPROVAL_REFUSED)
        if not (
            has_permission(user.role, Permission.APPROVE) and has_permission(user.role, permission)
        ):
            self._audit.record(
                user.name,
                AuditAction.APPROVAL_REFUSED,
                f"{user.role.with_article} may not approve {permission.description}",
            )
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "{user} is {role} and cannot approve {action}: ask an owner or admin"
                ),
                user=user.name,
                role=user.role.with_article,
                action=permission.description,
            )
        self._audit.record(
            user.name,
            AuditAction.APPROVAL_GRANTED,
            f"{permission.description} once for {for_actor.name}",
        )
        return for_actor.with_approval(Approval(permission, user.name))

    def change_own_secret(self, actor: Actor, current: str, new: str) -> None:
        """Replace the actor's own PIN or password after checking the current one (wrong
        attempts count toward the lockout). Worker thread."""
        kind = validate_new_secret(new)
        self._authenticate(actor.name, current, AuditAction.LOGIN_FAILED)
        secret_hash = hash_secret(new, self._rounds)
        with self._db.write() as session:
            users_repo.set_secret_hash(session, actor.name, secret_hash)
            self._audit.record_in(session, actor, AuditAction.USER_SECRET_CHANGED, f"new {kind}")

    # ---- the signed-in actor (any thread) ----------------------------------------------

    def actor_for(self, user_id: int, name: str, role: Role) -> Actor:
        """The ``Actor`` of a user who has just proved who they are: every permission check
        it makes re-reads the user's role and ``disabled`` flag (``current_access``)."""
        return Actor(name, role, user_id=user_id, lookup=self.current_access)

    def bound(self, actor: Actor) -> Actor:
        """``actor`` tied to its stored user so its checks re-read role and ``disabled``
        (for actors made without a PIN check: the first admin of the setup, the demo).
        Unchanged when already tied or when no user has that name (the command line's
        actor). Short indexed read; any thread."""
        if actor.lookup is not None:
            return actor
        with self._db.read() as session:
            user = users_repo.get(session, actor.name)
        if user is None:
            return actor
        return Actor(actor.name, actor.role, actor.approval, user.id, self.current_access)

    def on_access_revoked(self, listener: Callable[[int], None]) -> None:
        """Call ``listener(user_id)`` whenever a signed-in user's check finds them disabled or
        removed (the GUI returns to the login). Called on the checking thread."""
        self._revoked_listeners.append(listener)

    def current_access(self, user_id: int) -> CurrentAccess | None:
        """The user's role and ``disabled`` flag as stored now (None: removed): one indexed
        read. Tells the ``on_access_revoked`` listeners when the user may no longer act.
        Any thread."""
        with self._db.read() as session:
            access = users_repo.access_of(session, user_id)
        if access is None or access.disabled:
            for listener in list(self._revoked_listeners):
                try:
                    listener(user_id)
                except Exception:  # a listener must not turn a refusal into a crash
                    log.exception("access-revoked listener failed")
        return access

    def lock_remaining(self, name: str) -> timedelta | None:
        """How long ``name`` stays locked (None: not locked or no such user). Short DB read;
        any thread — the login screen shows the countdown before anyone types."""
        now = self._clock()
        with self._db.read() as session:
            user = users_repo.get(session, name)
        if user is None or user.locked_until is None or user.locked_until <= now:
            return None
        return user.locked_until - now

    # ---- the check ---------------------------------------------------------------------

    def _authenticate(self, name: str, secret: str, failure_action: AuditAction) -> StoredUser:
        if isinstance(secret, str) and len(secret.encode("utf-8", "replace")) > PASSWORD_MAX_BYTES:
            raise SecretRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "a password has at most {password_max_bytes} bytes: that entry is too long",
                ),
                password_max_bytes=PASSWORD_MAX_BYTES,
            )
        now = self._clock()
        attempt = self._start_attempt(name, now)
        user = attempt.user
        label = str(name)[:40]
        if user is None:
            verify_secret(secret, None)  # same time as a wrong secret
            self._audit.record(label, failure_action, "unknown user")
            log.info("sign-in failed: unknown user %r", label)
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("errors", "wrong name or PIN"))
        if user.disabled:
            self._audit.record(user.name, AuditAction.LOGIN_REFUSED_DISABLED, "user is disabled")
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP("errors", "{user} is disabled: ask an admin"), user=user.name
            )
        if user.locked_until is not None and now < user.locked_until:
            wait = user.locked_until - now
            self._audit.record(
                user.name, AuditAction.LOGIN_REFUSED_LOCKED, f"locked for {describe_delay(wait)}"
            )
            raise AccountLocked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{user} is locked after too many wrong attempts: try again in {delay}, "
                    "or ask an admin to unlock",
                ),
                user.locked_until,
                wait,
                user=user.name,
                delay=describe_delay(wait),
            )
        if verify_secret(secret, attempt.secret_hash):
            self._succeeded(user, secret, attempt.secret_hash)
            return user
        self._failed(user, attempt, now, failure_action)

    def _start_attempt(self, name: str, now: datetime) -> _Attempt:
        """One write transaction before any bcrypt check: read the user and, unless they are
        unknown, disabled or locked, count this attempt as wrong and impose the lock it would
        earn. Attempts from several threads or counters are thereby serialised: once the
        count reaches the policy's limit, every further attempt finds the lock and is refused
        unchecked. A good secret clears the count afterwards (``_succeeded``)."""
        with self._db.write() as session:
            user = users_repo.get(session, name) if isinstance(name, str) else None
            if user is None or user.disabled:
                return _Attempt(user)
            if user.locked_until is not None and now < user.locked_until:
                return _Attempt(user)
            secret_hash = users_repo.secret_hash_of(session, user.name)
            failures = users_repo.add_failure(session, user.name) or 0
            delay = self.policy.delay_after(failures)
            if delay is not None:
                users_repo.set_locked_until(session, user.name, now + delay)
            return _Attempt(user, secret_hash, failures, delay)

    def _succeeded(self, user: StoredUser, secret: str, secret_hash: str | None) -> None:
        upgrade = (
            hash_secret(secret, self._rounds)
            if secret_hash and needs_rehash(secret_hash, self._rounds)
            else None
        )
        with self._db.write() as session:
            if upgrade:
                users_repo.set_secret_hash(session, user.name, upgrade)
            else:
                users_repo.clear_failures(session, user.name)

    def _failed(
        self, user: StoredUser, attempt: _Attempt, now: datetime, action: AuditAction
    ) -> NoReturn:
        failures, delay = attempt.failures, attempt.delay
        if delay is not None:
            self._audit.record(
                user.name,
                AuditAction.LOGIN_LOCKED,
                f"locked for {describe_delay(delay)} after {failures} wrong attempts",
            )
        else:
            self._audit.record(
                user.name, action, f"wrong secret ({failures} of {self.policy.max_failures})"
            )
        log.info("sign-in failed for %s (%d wrong in a row)", user.name, failures)
        if delay is not None:
            raise AccountLocked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "wrong PIN: {user} is now locked for {delay} after {failures} wrong attempts",
                ),
                now + delay,
                delay,
                user=user.name,
                delay=describe_delay(delay),
                failures=failures,
            )
        left = self.policy.max_failures - failures
        if left == 1:
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP("errors", "wrong PIN or password: 1 try left before a lock"),
                attempts_left=left,
            )
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("errors", "wrong PIN or password: {left} tries left before a lock"),
            attempts_left=left,
            left=left,
        )
