"""Users of the counter: add, list, reset a PIN, change role, disable, unlock.

Every change needs ``Permission.MANAGE_USERS`` (admins; the command line acts as admin) —
except ``create_first_admin``, which works only while no enabled admin exists (first-run
setup). Each change is audited in the same transaction. The shop can never lose its last
enabled admin.

Thread: methods that hash (``add``, ``create_first_admin``, ``reset_secret``) are slow on
purpose (bcrypt): worker thread or command line. The others are short DB reads/writes
(any thread, the GUI thread included).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidInput, PermissionDenied
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Permission, Role
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.passwords import MIN_ROUNDS, hash_secret, validate_new_secret
from posapp.storage import users_repo
from posapp.storage.engine import Database
from posapp.storage.users_repo import StoredUser

log = logging.getLogger("posapp.users")
NAME_MAX_LENGTH = 64


class UserNotFound(InvalidInput, LookupError):
    """No user with that name."""


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the UI and the command line see it (never the hash)."""

    name: str
    role: Role
    created_at: datetime
    disabled: bool
    failed_attempts: int
    locked_until: datetime | None

    def is_locked(self, now: datetime) -> bool:
        """True while a lockout is running at ``now``."""
        return self.locked_until is not None and now < self.locked_until

    @property
    def actor(self) -> Actor:
        """This user as an ``Actor`` (only hand it out after a good PIN)."""
        return Actor(self.name, self.role)

    @classmethod
    def from_stored(cls, stored: StoredUser) -> UserInfo:
        """Drop the storage-only fields."""
        return cls(
            name=stored.name,
            role=stored.role,
            created_at=stored.created_at,
            disabled=stored.disabled,
            failed_attempts=stored.failed_attempts,
            locked_until=stored.locked_until,
        )


def validate_user_name(name: object) -> str:
    """The trimmed name, or InvalidInput: 1–64 characters, at least one letter, no control
    characters. (A name of only digits could be a PIN typed in the wrong box.) Pure."""
    if not isinstance(name, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a user name must be text"))
    text = " ".join(name.split())
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "enter a name"))
    if len(text) > NAME_MAX_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "a name has at most {limit} characters"),
            limit=NAME_MAX_LENGTH,
        )
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a name cannot contain control characters"))
    if not any(ch.isalpha() for ch in text):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a name needs at least one letter"))
    return text


def parse_role(text: str | Role) -> Role:
    """``Role`` from its name, or InvalidInput listing the choices. Pure."""
    try:
        return Role(str(text).strip().lower())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown role {text!r}: use {roles}"),
            text=str(text)[:20],
            roles=", ".join(r.value for r in Role),
        ) from None


class UserService:
    """Users of one database."""

    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        clock: Clock = utc_now,
        *,
        rounds: int = MIN_ROUNDS,
    ) -> None:
        if rounds < MIN_ROUNDS:
            raise ValueError(f"bcrypt cost must be at least {MIN_ROUNDS}")
        self._db = db
        self._audit = audit
        self._clock = clock
        self._rounds = rounds

    # ---- reads (any thread) ------------------------------------------------------------

    def list_users(self, *, include_disabled: bool = True) -> list[UserInfo]:
        """Everyone, by name. Names and roles are not secret (the login screen shows them)."""
        with self._db.read() as session:
            stored = users_repo.list_all(session, include_disabled=include_disabled)
        return [UserInfo.from_stored(s) for s in stored]

    def get(self, name: str) -> UserInfo:
        """One user by exact name; UserNotFound otherwise."""
        with self._db.read() as session:
            stored = users_repo.get(session, name)
        if stored is None:
            raise UserNotFound(
                QT_TRANSLATE_NOOP("errors", "no user named {name!r}"), name=name[:NAME_MAX_LENGTH]
            )
        return UserInfo.from_stored(stored)

    def has_admin(self) -> bool:
        """True when at least one enabled admin exists (setup is complete on that side)."""
        with self._db.read() as session:
            return users_repo.count_enabled(session, Role.ADMIN) > 0

    # ---- changes -----------------------------------------------------------------------

    def add(self, actor: Actor, name: str, role: Role | str, secret: str) -> UserInfo:
        """Add a user with a PIN or password. Admins only. Worker thread (bcrypt)."""
        actor.require(Permission.MANAGE_USERS)
        return self._add(actor.name, name, role, secret)

    def create_first_admin(self, name: str, secret: str) -> UserInfo:
        """Create the first admin during setup, with no one signed in. Refused
        (PermissionDenied) once an enabled admin exists. Worker thread (bcrypt)."""
        if self.has_admin():
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "an administrator already exists: sign in as one to add users"
                )
            )
        return self._add("setup", name, Role.ADMIN, secret, first_admin=True)

    def _add(
        self, by: str, name: str, role: Role | str, secret: str, *, first_admin: bool = False
    ) -> UserInfo:
        clean = validate_user_name(name)
        chosen = parse_role(role)
        kind = validate_new_secret(secret)
        with self._db.read() as session:
            if users_repo.find_casefold(session, clean) is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "a user named {name!r} already exists"), name=clean
                )
        secret_hash = hash_secret(secret, self._rounds)
        now = self._clock()
        with self._db.write() as session:
            if users_repo.find_casefold(session, clean) is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "a user named {name!r} already exists"), name=clean
                )
            if first_admin and users_repo.count_enabled(session, Role.ADMIN) > 0:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("errors", "an administrator already exists")
                )
            stored = users_repo.insert(session, clean, chosen, secret_hash, now)
            self._audit.record_in(
                session, by, AuditAction.USER_ADDED, f"{clean} as {chosen.value} with a {kind}"
            )
        log.info("user %s added as %s", clean, chosen.value)
        return UserInfo.from_stored(stored)

    def reset_secret(self, actor: Actor, name: str, secret: str) -> UserInfo:
        """Give ``name`` a new PIN or password and lift any lock. Admins only.
        Worker thread (bcrypt)."""
        actor.require(Permission.MANAGE_USERS)
        kind = validate_new_secret(secret)
        self.get(name)
        secret_hash = hash_secret(secret, self._rounds)
        with self._db.write() as session:
            if not users_repo.set_secret_hash(session, name, secret_hash):
                raise UserNotFound(
                    QT_TRANSLATE_NOOP("errors", "no user named {name!r}"),
                    name=name[:NAME_MAX_LENGTH],
                )
            self._audit.record_in(
                session, actor, AuditAction.USER_SECRET_RESET, f"new {kind} for {name}"
            )
        return self.get(name)

    def set_role(self, actor: Actor, name: str, role: Role | str) -> UserInfo:
        """Change a user's role; the last enabled admin stays admin. Admins only. Short write."""
        actor.require(Permission.MANAGE_USERS)
        chosen = parse_role(role)
        with self._db.write() as session:
            current = self._stored(session, name)
            if current.role == chosen:
                return UserInfo.from_stored(current)
            if current.role == Role.ADMIN and not current.disabled:
                self._keep_an_admin(session, "change the role of")
            users_repo.set_role(session, name, chosen)
            self._audit.record_in(
                session,
                actor,
                AuditAction.USER_ROLE_CHANGED,
                f"{name}: {current.role.value} → {chosen.value}",
            )
        return self.get(name)

    def set_disabled(self, actor: Actor, name: str, disabled: bool) -> UserInfo:
        """Disable (no sign-in) or enable a user. Nobody disables themself or the last enabled
        admin. Admins only. Short write."""
        actor.require(Permission.MANAGE_USERS)
        if disabled and name == actor.name:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "you cannot disable yourself: ask another admin")
            )
        with self._db.write() as session:
            current = self._stored(session, name)
            if current.disabled == disabled:
                return UserInfo.from_stored(current)
            if disabled and current.role == Role.ADMIN:
                self._keep_an_admin(session, "disable")
            users_repo.set_disabled(session, name, disabled)
            action = AuditAction.USER_DISABLED if disabled else AuditAction.USER_ENABLED
            self._audit.record_in(session, actor, action, name)
        return self.get(name)

    def unlock(self, actor: Actor, name: str) -> UserInfo:
        """Lift a lockout and forget the wrong attempts. Admins only. Short write."""
        actor.require(Permission.MANAGE_USERS)
        with self._db.write() as session:
            current = self._stored(session, name)
            users_repo.clear_failures(session, name)
            self._audit.record_in(
                session,
                actor,
                AuditAction.USER_UNLOCKED,
                f"{name} after {current.failed_attempts} wrong attempts",
            )
        return self.get(name)

    # ---- helpers -----------------------------------------------------------------------

    @staticmethod
    def _stored(session: Session, name: str) -> StoredUser:
        stored = users_repo.get(session, name)
        if stored is None:
            raise UserNotFound(
                QT_TRANSLATE_NOOP("errors", "no user named {name!r}"), name=name[:NAME_MAX_LENGTH]
            )
        return stored

    @staticmethod
    def _keep_an_admin(session: Session, what: str) -> None:
        if users_repo.count_enabled(session, Role.ADMIN) <= 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "cannot {what} the last administrator: add another admin first"
                ),
                what=what,
            )
