"""Roles and what each may do. Services check these; the UI only hides what a role cannot do.

=============================  =======  =====  =====
permission                     cashier  owner  admin
=============================  =======  =====  =====
charge                         yes      yes    yes
cancel (an open sale)          yes      yes    yes
cancel_partially_paid          —        yes    yes
settle_other_way               —        yes    yes
view_history                   —        yes    yes
export                         —        yes    yes
attach_unmatched               —        yes    yes
refund                         —        yes    yes
manage_webhooks                —        yes    yes
view_audit                     —        yes    yes
approve (a cashier's action)   —        yes    yes
change_settings                —        —      yes
manage_users                   —        —      yes
=============================  =======  =====  =====

An actor that came from signing in carries the user's id and a ``lookup`` (injected by the
auth service): ``Actor.require`` then re-reads the user's current role and ``disabled`` flag
on every check, so a user demoted or disabled at another counter loses the rights at once,
within the session they already had open (``AccessRevoked`` when disabled or removed).

A cashier may still perform a restricted action once when an owner (or admin) approves it
with their PIN: the auth service then hands back an ``Actor`` carrying a one-shot
``Approval`` for exactly that permission (see ``Actor.require``).

Pure; any thread. ``Actor`` is frozen; its ``Approval`` is consumed under a lock, so an
approved actor may be passed to a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from posapp.core.errors import AccessRevoked, PermissionDenied
from posapp.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    """A user's role at the shop."""

    CASHIER = "cashier"
    OWNER = "owner"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The role as shown to people (``"Cashier"``)."""
        return self.value.capitalize()

    @property
    def with_article(self) -> str:
        """``"a cashier"``, ``"an owner"``, ``"an admin"`` (for messages; marked, so an error
        that carries it shows it translated)."""
        return _WITH_ARTICLE[self]


class Permission(StrEnum):
    """An action a service may refuse."""

    CHARGE = "charge"
    CANCEL = "cancel"
    CANCEL_PARTIALLY_PAID = "cancel_partially_paid"
    SETTLE_OTHER_WAY = "settle_other_way"
    """Take the rest of a partly paid sale in cash or by card."""
    VIEW_HISTORY = "view_history"
    EXPORT = "export"
    ATTACH_UNMATCHED = "attach_unmatched"
    REFUND = "refund"
    MANAGE_WEBHOOKS = "manage_webhooks"
    VIEW_AUDIT = "view_audit"
    APPROVE = "approve"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"
    MANAGE_ITEMS = "manage_items"
    DISCOUNT_ABOVE_LIMIT = "discount_above_limit"
    """Give a discount above the shop's limit (a cashier needs an owner's approval)."""

    @property
    def description(self) -> str:
        """The action in words, for messages (``"view history"``; marked, so an error that
        carries it shows it translated)."""
        return _DESCRIPTIONS[self]


_WITH_ARTICLE = {
    Role.CASHIER: QT_TRANSLATE_NOOP("errors", "a cashier"),
    Role.OWNER: QT_TRANSLATE_NOOP("errors", "an owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("errors", "an admin"),
}
_DESCRIPTIONS = {
    Permission.CHARGE: QT_TRANSLATE_NOOP("errors", "charge"),
    Permission.CANCEL: QT_TRANSLATE_NOOP("errors", "cancel"),
    Permission.CANCEL_PARTIALLY_PAID: QT_TRANSLATE_NOOP("errors", "cancel partially paid"),
    Permission.SETTLE_OTHER_WAY: QT_TRANSLATE_NOOP("errors", "settle other way"),
    Permission.VIEW_HISTORY: QT_TRANSLATE_NOOP("errors", "view history"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("errors", "export"),
    Permission.ATTACH_UNMATCHED: QT_TRANSLATE_NOOP("errors", "attach unmatched"),
    Permission.REFUND: QT_TRANSLATE_NOOP("errors", "refund"),
    Permission.MANAGE_WEBHOOKS: QT_TRANSLATE_NOOP("errors", "manage webhooks"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("errors", "view audit"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("errors", "approve"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "change settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("errors", "manage users"),
    Permission.MANAGE_ITEMS: QT_TRANSLATE_NOOP("errors", "manage items"),
    Permission.DISCOUNT_ABOVE_LIMIT: QT_TRANSLATE_NOOP("errors", "discount above limit"),
}


_CASHIER = frozenset({Permission.CHARGE, Permission.CANCEL})
_OWNER = _CASHIER | {
    Permission.CANCEL_PARTIALLY_PAID,
    Permission.SETTLE_OTHER_WAY,
    Permission.VIEW_HISTORY,
    Permission.EXPORT,
    Permission.ATTACH_UNMATCHED,
    Permission.REFUND,
    Permission.MANAGE_WEBHOOKS,
    Permission.VIEW_AUDIT,
    Permission.APPROVE,
    Permission.MANAGE_ITEMS,
    Permission.DISCOUNT_ABOVE_LIMIT,
}
_ADMIN = _OWNER | {Permission.CHANGE_SETTINGS, Permission.MANAGE_USERS}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.OWNER: frozenset(_OWNER),
    Role.ADMIN: frozenset(_ADMIN),
}


class Approval:
    """One use of ``permission`` approved by ``approved_by`` (an owner or admin).

    Consumed by the first ``Actor.require(permission)`` that needs it; after that it grants
    nothing. Thread-safe (a lock guards the one-shot flag); compared by identity.
    """

    __slots__ = ("_lock", "_used", "approved_by", "permission")

    def __init__(self, permission: Permission, approved_by: str) -> None:
        self.permission = Permission(permission)
        self.approved_by = approved_by
        self._used = False
        self._lock = threading.Lock()

    @property
    def used(self) -> bool:
        """True once the approval has been spent."""
        with self._lock:
            return self._used

    def consume(self, permission: Permission) -> bool:
        """Spend the approval for ``permission``; True only the first time and only for the
        approved permission. Any thread."""
        with self._lock:
            if self._used or permission != self.permission:
                return False
            self._used = True
            return True

    def __repr__(self) -> str:
        state = "used" if self.used else "unused"
        return f"Approval({self.permission.value!r} by {self.approved_by!r}, {state})"


@dataclass(frozen=True, slots=True)
class CurrentAccess:
    """What the database says of a user right now: their role and whether disabled."""

    role: Role
    disabled: bool


AccessLookup = Callable[[int], "CurrentAccess | None"]
"""Reads a user's current access by id (None: no such user any more). Any thread; a short
indexed read. Provided by the auth service."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: a signed-in user, or the local command line (``posapp`` as admin).

    ``approval`` is set only on the actor returned by an owner's approval: it lets this
    actor perform one restricted action once. ``user_id`` and ``lookup`` are set on actors
    that come from signing in: each ``require`` then checks the user's current role and
    ``disabled`` flag instead of the role they signed in with (``role`` stays what the UI
    shows). Neither takes part in comparisons.
    """

    name: str
    role: Role
    approval: Approval | None = None
    user_id: int | None = field(default=None, compare=False)
    lookup: AccessLookup | None = field(default=None, compare=False, repr=False)

    def can(self, permission: Permission) -> bool:
        """True when the role allows ``permission`` (what the UI shows). Does not look at, or
        spend, an approval, nor read the database. Any thread."""
        return has_permission(self.role, permission)

    def current_role(self) -> Role:
        """The role to check now: re-read through ``lookup`` for a signed-in user, else
        ``role``. Raises ``AccessRevoked`` when the user is disabled or gone. Any thread."""
        if self.lookup is None or self.user_id is None:
            return self.role
        access = self.lookup(self.user_id)
        if access is None:
            raise AccessRevoked(
                QT_TRANSLATE_NOOP("errors", "{name} no longer exists: sign in again"),
                name=self.name,
            )
        if access.disabled:
            raise AccessRevoked(
                QT_TRANSLATE_NOOP("errors", "{name} has been disabled: ask an admin"),
                name=self.name,
            )
        return access.role

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless this actor may perform ``permission``: by the current
        role, or by spending its one-shot approval for exactly that permission
        (``AccessRevoked`` when a signed-in user has been disabled meanwhile). Any thread."""
        role = self.current_role()
        if has_permission(role, permission):
            return
        if self.approval is not None and self.approval.consume(permission):
            return
        require(role, permission)

    def with_approval(self, approval: Approval) -> Actor:
        """This actor carrying ``approval`` (same user, same lookup)."""
        return Actor(self.name, self.role, approval, self.user_id, self.lookup)

    @property
    def approved_by(self) -> str | None:
        """The owner who approved this actor's restricted action, if any."""
        return None if self.approval is None else self.approval.approved_by


CLI_ACTOR = Actor("cli", Role.ADMIN)


def _role_of(who: Role | Actor) -> Role:
    return who.role if isinstance(who, Actor) else Role(who)


def has_permission(role: Role | Actor, permission: Permission) -> bool:
    """True when ``role`` (or an actor's role) may perform ``permission``."""
    return permission in PERMISSIONS[_role_of(role)]


def require(role: Role, permission: Permission) -> None:
    """Raise PermissionDenied unless ``role`` may perform ``permission``."""
    if not has_permission(role, permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "{role} may not {action}"),
            role=Role(role).with_article,
            action=permission.description,
        )


def can_charge(who: Role | Actor) -> bool:
    """May take a payment (start a sale)."""
    return has_permission(who, Permission.CHARGE)


def can_cancel(who: Role | Actor) -> bool:
    """May cancel an open, unpaid sale."""
    return has_permission(who, Permission.CANCEL)


def can_cancel_partially_paid(who: Role | Actor) -> bool:
    """May cancel a sale that already received part of its amount."""
    return has_permission(who, Permission.CANCEL_PARTIALLY_PAID)


def can_settle_other_way(who: Role | Actor) -> bool:
    """May take the rest of a partly paid sale in cash or by card."""
    return has_permission(who, Permission.SETTLE_OTHER_WAY)


def can_view_history(who: Role | Actor) -> bool:
    """May open the sales history."""
    return has_permission(who, Permission.VIEW_HISTORY)


def can_export(who: Role | Actor) -> bool:
    """May export sales (CSV)."""
    return has_permission(who, Permission.EXPORT)


def can_attach_unmatched(who: Role | Actor) -> bool:
    """May attach an unmatched payment to a sale."""
    return has_permission(who, Permission.ATTACH_UNMATCHED)


def can_refund(who: Role | Actor) -> bool:
    """May mark a payment as refunded."""
    return has_permission(who, Permission.REFUND)


def can_manage_webhooks(who: Role | Actor) -> bool:
    """May test, redeliver and replay webhooks."""
    return has_permission(who, Permission.MANAGE_WEBHOOKS)


def can_view_audit(who: Role | Actor) -> bool:
    """May read the audit log."""
    return has_permission(who, Permission.VIEW_AUDIT)


def can_approve(who: Role | Actor) -> bool:
    """May approve a cashier's restricted action with their PIN."""
    return has_permission(who, Permission.APPROVE)


def can_change_settings(who: Role | Actor) -> bool:
    """May change the shop's settings."""
    return has_permission(who, Permission.CHANGE_SETTINGS)


def can_manage_users(who: Role | Actor) -> bool:
    """May add users, reset PINs, change roles, unlock and disable users."""
    return has_permission(who, Permission.MANAGE_USERS)


def can_manage_items(who: Role | Actor) -> bool:
    """May add, change, disable, import and export the shop's items."""
    return has_permission(who, Permission.MANAGE_ITEMS)


def can_discount_above_limit(who: Role | Actor) -> bool:
    """May give a discount above the shop's limit without an owner's approval."""
    return has_permission(who, Permission.DISCOUNT_ABOVE_LIMIT)
