"""A signed-in user loses what their role no longer allows at once: demoted or disabled at
another counter (another ``Database`` on the same file or server), their open session's next
privileged call is refused, for every service that checks a permission.

Real databases (SQLite file and PostgreSQL), real bcrypt; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from posapp.core.errors import AccessRevoked, PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.backoffice.export import export_history_csv
from posapp.services.backoffice.history import HistoryFilter
from posapp.services.context import build_backoffice
from posapp.services.setup.shop_settings import SettingsService
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database

PIN = "739146"

Call = Callable[[Actor], Any]


@pytest.fixture
def counter(shop) -> dict[str, Any]:
    """This counter's services, with two admins: "ada" (signs in here) and "root"."""
    audit = AuditLog(shop.db, shop.clock)
    users = UserService(shop.db, audit, shop.clock)
    users.add(CLI_ACTOR, "ada", "admin", PIN)
    users.add(CLI_ACTOR, "root", "admin", "402918")
    users.add(CLI_ACTOR, "carl", "cashier", "551902")
    return {
        "audit": audit,
        "users": users,
        "auth": AuthService(shop.db, audit, shop.clock),
        "history": build_backoffice(shop.db, shop.config, AuditLog(shop.db), clock=shop.clock),
        "settings": SettingsService(shop.data_dir, shop.db, audit, shop.clock),
    }


def privileged_calls(shop, c: dict[str, Any], sale_id: str) -> dict[str, Call]:
    """One call per permission-checked service method beyond charging and cancelling."""
    h = c["history"]
    settings: SettingsService = c["settings"]
    snapshot = settings.load(CLI_ACTOR)
    flt = HistoryFilter()
    out = shop.data_dir / "sales.csv"
    return {
        "history.page": lambda a: h.history.page(flt, a),
        "history.count": lambda a: h.history.count(flt, a),
        "history.totals": lambda a: h.history.totals(flt, a),
        "history.chart": lambda a: h.history.chart(flt, a),
        "history.cashiers": lambda a: h.history.cashiers(a),
        "history.details": lambda a: h.history.details(sale_id, a),
        "export": lambda a: export_history_csv(shop.db, out, flt, a),
        "unmatched.payments": lambda a: h.unmatched.payments(a),
        "unmatched.count": lambda a: h.unmatched.count(a),
        "unmatched.candidates": lambda a: h.unmatched.candidates("123", a),
        "unmatched.preview": lambda a: h.unmatched.preview("123", sale_id, a),
        "unmatched.attach": lambda a: h.unmatched.attach("123", sale_id, a),
        "unmatched.mark_for_refund": lambda a: h.unmatched.mark_for_refund("123", a),
        "reports.z_report": lambda a: h.reports.z_report(date(2026, 11, 29), a),
        "reconcile": lambda a: h.reconciler.reconcile(shop.clock(), shop.clock(), a),
        "audit.recent": lambda a: c["audit"].recent(a),
        "settings.load": lambda a: settings.load(a),
        "settings.save": lambda a: settings.save(a, snapshot.request, snapshot.security),
        "settings.rotate_webhook_secret": lambda a: settings.rotate_webhook_secret(a),
        "settings.rate_api_key_header": lambda a: settings.rate_api_key_header(a, "coingecko"),
        "settings.set_rate_api_key": lambda a: settings.set_rate_api_key(a, "coingecko", "h", "k"),
        "users.add": lambda a: c["users"].add(a, "newbie", "cashier", "918273"),
        "users.reset_secret": lambda a: c["users"].reset_secret(a, "carl", "918274"),
        "users.set_role": lambda a: c["users"].set_role(a, "carl", "owner"),
        "users.set_disabled": lambda a: c["users"].set_disabled(a, "carl", True),
        "users.unlock": lambda a: c["users"].unlock(a, "carl"),
    }


def test_demoted_then_disabled_at_another_counter(shop, database_url, counter) -> None:
    auth: AuthService = counter["auth"]
    revoked: list[int] = []
    auth.on_access_revoked(revoked.append)
    ada = auth.sign_in("ada", PIN)
    sale = shop.sessions.create("100", ada)
    calls = privileged_calls(shop, counter, sale.id)
    h = counter["history"]
    assert h.history.count(HistoryFilter(), ada) == 1  # an admin's session works

    other_counter = Database(database_url)
    try:
        elsewhere = UserService(other_counter, AuditLog(other_counter), shop.clock)
        elsewhere.set_role(CLI_ACTOR, "ada", "cashier")

        assert ada.role is Role.ADMIN  # what the open session's UI still shows …
        for name, call in calls.items():  # … but every privileged call is refused
            with pytest.raises(PermissionDenied, match="a cashier may not") as refused:
                call(ada)
            assert not isinstance(refused.value, AccessRevoked), name
        # a cashier's own actions still work
        shop.sessions.cancel(shop.sessions.create("5", ada).id, ada)
        assert revoked == []

        elsewhere.set_disabled(CLI_ACTOR, "ada", True)
        for name, call in {
            **calls,
            "sessions.create": lambda a: shop.sessions.create("7", a),
            "sessions.cancel": lambda a: shop.sessions.cancel(sale.id, a),
        }.items():
            with pytest.raises(AccessRevoked, match="ada has been disabled"):
                call(ada)
            assert revoked and set(revoked) == {ada.user_id}, name
    finally:
        other_counter.dispose()
    assert shop.sessions.get(sale.id).status == "open"


def test_an_approval_does_not_outlive_a_disabled_cashier(shop, database_url, counter) -> None:
    auth: AuthService = counter["auth"]
    carl = auth.sign_in("carl", "551902")
    approved = auth.approve("ada", PIN, "view_history", carl)
    other_counter = Database(database_url)
    try:
        UserService(other_counter, AuditLog(other_counter), shop.clock).set_disabled(
            CLI_ACTOR, "carl", True
        )
    finally:
        other_counter.dispose()
    with pytest.raises(AccessRevoked):
        counter["history"].history.count(HistoryFilter(), approved)
    assert not approved.approval.used
