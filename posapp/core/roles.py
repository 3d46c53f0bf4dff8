"""Roles and what each may do. Services check these; the UI only hides what a role cannot do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from posapp.core.errors import PermissionDenied


class Role(StrEnum):
    """A user's role at the shop."""

    CASHIER = "cashier"
    OWNER = "owner"
    ADMIN = "admin"


class Permission(StrEnum):
    """An action a service may refuse."""

    CHARGE = "charge"
    CANCEL = "cancel"
    VIEW_HISTORY = "view_history"
    EXPORT = "export"
    ATTACH_UNMATCHED = "attach_unmatched"
    MANAGE_WEBHOOKS = "manage_webhooks"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"


_CASHIER = frozenset({Permission.CHARGE, Permission.CANCEL})
_OWNER = _CASHIER | {
    Permission.VIEW_HISTORY,
    Permission.EXPORT,
    Permission.ATTACH_UNMATCHED,
    Permission.MANAGE_WEBHOOKS,
}
_ADMIN = _OWNER | {Permission.CHANGE_SETTINGS, Permission.MANAGE_USERS}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.OWNER: frozenset(_OWNER),
    Role.ADMIN: frozenset(_ADMIN),
}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: a signed-in user, or the local command line (``posapp`` as admin)."""

    name: str
    role: Role

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless this actor may perform ``permission``."""
        require(self.role, permission)


CLI_ACTOR = Actor("cli", Role.ADMIN)


def has_permission(role: Role, permission: Permission) -> bool:
    """True when ``role`` may perform ``permission``."""
    return permission in PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise PermissionDenied unless ``role`` may perform ``permission``."""
    if not has_permission(role, permission):
        raise PermissionDenied(f"a {role.value} may not {permission.value.replace('_', ' ')}")
