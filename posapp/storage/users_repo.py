"""Users in SQL: the people who may sign in, their role, bcrypt hash and lockout state.

Every function runs inside the caller's ``Database.read()``/``write()`` session, on the
caller's thread. ``StoredUser`` never carries the hash: only ``secret_hash_of`` reads it, for
the one service that verifies secrets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from posapp.core.roles import CurrentAccess, Role
from posapp.storage.models import UserRow


@dataclass(frozen=True, slots=True)
class StoredUser:
    """A user as stored, without the secret hash."""

    id: int
    name: str
    role: Role
    created_at: datetime
    disabled: bool
    failed_attempts: int
    locked_until: datetime | None


def _freeze(row: UserRow) -> StoredUser:
    return StoredUser(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        created_at=row.created_at,
        disabled=bool(row.disabled),
        failed_attempts=row.failed_attempts or 0,
        locked_until=row.locked_until,
    )


def insert(session: Session, name: str, role: Role, secret_hash: str, now: datetime) -> StoredUser:
    """Add a user (the caller checked the name is free) and return it."""
    row = UserRow(
        name=name,
        role=Role(role).value,
        secret_hash=secret_hash,
        created_at=now,
        disabled=False,
        failed_attempts=0,
        locked_until=None,
    )
    session.add(row)
    session.flush()
    return _freeze(row)


def get(session: Session, name: str) -> StoredUser | None:
    """The user with exactly this name, or None."""
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    return None if row is None else _freeze(row)


def access_of(session: Session, user_id: int) -> CurrentAccess | None:
    """The user's current role and ``disabled`` flag by primary key (None: no such user)."""
    row = session.execute(
        select(UserRow.role, UserRow.disabled).where(UserRow.id == user_id)
    ).one_or_none()
    return None if row is None else CurrentAccess(Role(row.role), bool(row.disabled))


def find_casefold(session: Session, name: str) -> StoredUser | None:
    """The user whose name equals ``name`` ignoring case (names must differ by more)."""
    row = session.scalar(select(UserRow).where(func.lower(UserRow.name) == name.lower()))
    return None if row is None else _freeze(row)


def list_all(session: Session, *, include_disabled: bool = True) -> list[StoredUser]:
    """Every user ordered by name (case-insensitive)."""
    query = select(UserRow).order_by(func.lower(UserRow.name), UserRow.id)
    if not include_disabled:
        query = query.where(UserRow.disabled.is_(False))
    return [_freeze(r) for r in session.scalars(query)]


def count_enabled(session: Session, role: Role | None = None) -> int:
    """How many enabled users there are (of ``role`` when given)."""
    query = select(func.count()).select_from(UserRow).where(UserRow.disabled.is_(False))
    if role is not None:
        query = query.where(UserRow.role == Role(role).value)
    return int(session.scalar(query) or 0)


def secret_hash_of(session: Session, name: str) -> str | None:
    """The bcrypt hash of ``name``'s PIN or password (auth service only), or None."""
    return session.scalar(select(UserRow.secret_hash).where(UserRow.name == name))


def set_secret_hash(session: Session, name: str, secret_hash: str) -> bool:
    """Replace the hash and clear any lockout; False when no such user."""
    result = session.execute(
        update(UserRow)
        .where(UserRow.name == name)
        .values(secret_hash=secret_hash, failed_attempts=0, locked_until=None)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def add_failure(session: Session, name: str) -> int | None:
    """Count one more wrong secret atomically; return the new count (None: no such user)."""
    session.execute(
        update(UserRow)
        .where(UserRow.name == name)
        .values(failed_attempts=UserRow.failed_attempts + 1)
    )
    return session.scalar(select(UserRow.failed_attempts).where(UserRow.name == name))


def set_locked_until(session: Session, name: str, until: datetime | None) -> None:
    """Lock the user until ``until`` (None: no lock), keeping the failure count."""
    session.execute(update(UserRow).where(UserRow.name == name).values(locked_until=until))


def clear_failures(session: Session, name: str) -> None:
    """Forget failed attempts and any lock (after a good secret, or an admin's unlock)."""
    session.execute(
        update(UserRow).where(UserRow.name == name).values(failed_attempts=0, locked_until=None)
    )


def set_role(session: Session, name: str, role: Role) -> bool:
    """Change the role; False when no such user."""
    result = session.execute(
        update(UserRow).where(UserRow.name == name).values(role=Role(role).value)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def set_disabled(session: Session, name: str, disabled: bool) -> bool:
    """Disable (cannot sign in) or enable a user; False when no such user."""
    result = session.execute(update(UserRow).where(UserRow.name == name).values(disabled=disabled))
    return bool(result.rowcount)  # type: ignore[attr-defined]
