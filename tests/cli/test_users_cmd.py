"""``posapp users add|list|reset-pin|unlock|disable`` (PIN from stdin or a hidden prompt)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from posapp.cli import main, users_cmd
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService
from posapp.storage.engine import Database

PIN = "739146"


@dataclass(frozen=True)
class Store:
    """Where the commands run: a data dir and the database URL passed as --database-url."""

    data_dir: Path
    url: str

    def options(self) -> list[str]:
        return ["--data-dir", str(self.data_dir), "--database-url", self.url]


@pytest.fixture
def store(tmp_path: Path, database_url: str) -> Store:
    return Store(tmp_path, database_url)


def run(monkeypatch: pytest.MonkeyPatch, store: Store, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*store.options(), "users", *args])


def sign_in(store: Store, name: str, secret: str) -> str:
    db = Database(store.url)
    try:
        return AuthService(db, AuditLog(db)).sign_in(name, secret).role.value
    finally:
        db.dispose()


def test_add_from_stdin_then_list(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, store, "add", "Ada", "--role", "admin", stdin=PIN + "\n") == 0
    assert run(monkeypatch, store, "add", "carl", "--role", "cashier", stdin="582047") == 0
    out = capsys.readouterr().out
    assert "added Ada (admin)" in out and PIN not in out
    assert run(monkeypatch, store, "list") == 0
    table = capsys.readouterr().out
    assert "Ada" in table and "cashier" in table and "active" in table
    assert run(monkeypatch, store, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["role"]) for r in rows] == [("Ada", "admin"), ("carl", "cashier")]
    assert set(rows[0]) == {
        "name",
        "role",
        "created_at",
        "disabled",
        "failed_attempts",
        "locked_until",
    }
    assert sign_in(store, "Ada", PIN) == "admin"


def test_bad_pin_is_one_line_on_stderr(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, store, "add", "Ada", "--role", "admin", stdin="12\n") == 1
    err = capsys.readouterr().err
    assert err.startswith("posapp: a PIN needs 4 to 8 digits") and err.count("\n") == 1
    assert run(monkeypatch, store, "add", "Ada", "--role", "admin", stdin="q" * 80) == 1
    assert "too long" in capsys.readouterr().err
    assert run(monkeypatch, store, "add", "Ada", "--role", "admin", stdin="") == 1
    assert "no PIN on stdin" in capsys.readouterr().err
    assert run(monkeypatch, store, "list") == 0
    assert "no users yet" in capsys.readouterr().out


def test_prompt_twice_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([PIN, PIN])
    monkeypatch.setattr(users_cmd.getpass, "getpass", lambda _prompt: next(answers))
    assert users_cmd.read_secret("Ada", stdin=io.StringIO(), tty=True) == PIN
    answers = iter([PIN, "739147"])
    with pytest.raises(Exception, match="two entries differ"):
        users_cmd.read_secret("Ada", stdin=io.StringIO(), tty=True)


def test_reset_pin_unlock_and_disable(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(monkeypatch, store, "add", "Ada", "--role", "admin", stdin=PIN)
    run(monkeypatch, store, "add", "carl", "--role", "cashier", stdin="582047")
    assert run(monkeypatch, store, "reset-pin", "carl", stdin="905318\n") == 0
    assert "new PIN set for carl" in capsys.readouterr().out
    assert sign_in(store, "carl", "905318") == "cashier"
    assert run(monkeypatch, store, "reset-pin", "nobody", stdin="905318\n") == 1
    assert "no user named 'nobody'" in capsys.readouterr().err
    assert run(monkeypatch, store, "unlock", "carl") == 0
    assert run(monkeypatch, store, "disable", "carl") == 0
    assert run(monkeypatch, store, "disable", "Ada") == 1
    assert "last administrator" in capsys.readouterr().err
    assert run(monkeypatch, store, "enable", "carl") == 0


def test_real_pipe(store: Store) -> None:
    """The real command line reads the PIN from a real pipe and never prints it."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, posapp.cli; sys.exit(posapp.cli.main())",
            *store.options(),
            "users",
            "add",
            "Ada",
            "--role",
            "owner",
        ],
        input=PIN + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert PIN not in out.stdout + out.stderr
    assert sign_in(store, "Ada", PIN) == "owner"
