"""Each counter has a name, recorded with the cashier on every sale it creates."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from posapp.core.errors import InvalidInput
from posapp.core.roles import Actor, Role
from posapp.services.context import TERMINAL_ENV, build_context, terminal_name


def test_the_name_comes_from_the_option_then_the_environment(
    shop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TERMINAL_ENV, raising=False)
    default = socket.gethostname() if shop.db.is_postgres else None
    assert terminal_name(None, shop.db) == default
    monkeypatch.setenv(TERMINAL_ENV, "back-counter")
    assert terminal_name(None, shop.db) == "back-counter"
    assert terminal_name(" front ", shop.db) == "front"


@pytest.mark.parametrize("bad", ["   ", "x" * 65, "tab\there"])
def test_unusable_names_are_refused(shop: Any, bad: str) -> None:
    with pytest.raises(InvalidInput, match="terminal name"):
        terminal_name(bad, shop.db)


def test_sales_record_their_counter_and_cashier(shop: Any, tmp_path: Path) -> None:
    front = build_context(tmp_path, shop.db, shop.clock, terminal="front")
    back = build_context(tmp_path, shop.db, shop.clock, terminal="back")
    a = front.sessions.create("100", Actor("asha", Role.CASHIER))
    b = back.sessions.create("200", Actor("ben", Role.CASHIER))
    assert (front.sessions.get(a.id).terminal, front.sessions.get(a.id).cashier) == (
        "front",
        "asha",
    )
    assert (front.sessions.get(b.id).terminal, front.sessions.get(b.id).cashier) == ("back", "ben")
