"""The role matrix, the permission helpers and one-shot approvals (pure, no I/O)."""

from __future__ import annotations

import threading

import pytest

from posapp.core import roles
from posapp.core.errors import PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Approval, Permission, Role

P = Permission
MATRIX: dict[Permission, tuple[bool, bool, bool]] = {
    # permission:            cashier, owner, admin
    P.CHARGE: (True, True, True),
    P.CANCEL: (True, True, True),
    P.CANCEL_PARTIALLY_PAID: (False, True, True),
    P.SETTLE_OTHER_WAY: (False, True, True),
    P.VIEW_HISTORY: (False, True, True),
    P.EXPORT: (False, True, True),
    P.ATTACH_UNMATCHED: (False, True, True),
    P.REFUND: (False, True, True),
    P.MANAGE_WEBHOOKS: (False, True, True),
    P.VIEW_AUDIT: (False, True, True),
    P.APPROVE: (False, True, True),
    P.CHANGE_SETTINGS: (False, False, True),
    P.MANAGE_USERS: (False, False, True),
    P.MANAGE_ITEMS: (False, True, True),
    P.DISCOUNT_ABOVE_LIMIT: (False, True, True),
}
HELPERS = {
    P.CHARGE: roles.can_charge,
    P.CANCEL: roles.can_cancel,
    P.CANCEL_PARTIALLY_PAID: roles.can_cancel_partially_paid,
    P.SETTLE_OTHER_WAY: roles.can_settle_other_way,
    P.VIEW_HISTORY: roles.can_view_history,
    P.EXPORT: roles.can_export,
    P.ATTACH_UNMATCHED: roles.can_attach_unmatched,
    P.REFUND: roles.can_refund,
    P.MANAGE_WEBHOOKS: roles.can_manage_webhooks,
    P.VIEW_AUDIT: roles.can_view_audit,
    P.APPROVE: roles.can_approve,
    P.CHANGE_SETTINGS: roles.can_change_settings,
    P.MANAGE_USERS: roles.can_manage_users,
    P.MANAGE_ITEMS: roles.can_manage_items,
    P.DISCOUNT_ABOVE_LIMIT: roles.can_discount_above_limit,
}
ROLES = (Role.CASHIER, Role.OWNER, Role.ADMIN)


def test_matrix_covers_every_permission() -> None:
    assert set(MATRIX) == set(Permission) == set(HELPERS)


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("index", range(3))
def test_role_matrix(permission: Permission, index: int) -> None:
    role = ROLES[index]
    allowed = MATRIX[permission][index]
    actor = Actor("someone", role)
    assert roles.has_permission(role, permission) is allowed
    assert HELPERS[permission](role) is allowed
    assert HELPERS[permission](actor) is allowed
    assert actor.can(permission) is allowed
    if allowed:
        actor.require(permission)
    else:
        with pytest.raises(PermissionDenied, match=f"an? {role.value} may not"):
            actor.require(permission)


def test_roles_are_nested() -> None:
    cashier, owner, admin = (roles.PERMISSIONS[r] for r in ROLES)
    assert cashier < owner < admin


def test_cli_actor_is_admin() -> None:
    assert CLI_ACTOR.role is Role.ADMIN
    assert roles.can_manage_users(CLI_ACTOR)


def test_approval_grants_exactly_one_use_of_one_permission() -> None:
    approved = Actor("carol", Role.CASHIER, Approval(P.CANCEL_PARTIALLY_PAID, "olivia"))
    assert approved.approved_by == "olivia"
    assert not approved.can(P.CANCEL_PARTIALLY_PAID)  # the UI still sees a cashier
    with pytest.raises(PermissionDenied):
        approved.require(P.VIEW_HISTORY)  # another permission: not approved, not spent
    approved.require(P.CANCEL_PARTIALLY_PAID)
    assert approved.approval is not None and approved.approval.used
    with pytest.raises(PermissionDenied):
        approved.require(P.CANCEL_PARTIALLY_PAID)


def test_role_permission_does_not_spend_the_approval() -> None:
    approved = Actor("carol", Role.CASHIER, Approval(P.REFUND, "olivia"))
    approved.require(P.CHARGE)
    assert approved.approval is not None and not approved.approval.used


def test_approval_is_spent_once_across_threads() -> None:
    approval = Approval(P.REFUND, "olivia")
    wins: list[bool] = []
    barrier = threading.Barrier(8)

    def spend() -> None:
        barrier.wait()
        wins.append(approval.consume(P.REFUND))

    threads = [threading.Thread(target=spend) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1


def test_labels() -> None:
    assert Role.OWNER.label == "Owner"
    assert P.VIEW_HISTORY.description == "view history"


def test_messages_use_the_right_article() -> None:
    assert Role.OWNER.with_article == "an owner" and Role.CASHIER.with_article == "a cashier"
    with pytest.raises(PermissionDenied, match=r"^an owner may not manage users$"):
        roles.require(Role.OWNER, P.MANAGE_USERS)
