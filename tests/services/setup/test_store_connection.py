"""Which database a counter uses and under which name; the PostgreSQL password lives in the
OS keyring (an in-memory keyring here), checked before it is stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from posapp.cli import main
from posapp.core.errors import InvalidInput
from posapp.services.setup.store_connection import (
    DATABASE_URL_ENV,
    CounterIdentity,
    keyring_username,
    resolve_counter,
    store_password,
    with_stored_password,
)
from tests.support.keyrings import MemoryKeyring

ACCOUNT = "GAVDNKMRIFCEAOVP7POOOICXKR26OXFNV7GWDJVEGPXVTQ67UI233EN4"
PG = "postgresql+psycopg://posapp@db.example:5433/store"


def provisioning(path: Path, **extra: str) -> Path:
    lines = ['network = "testnet"', f'merchant_account = "{ACCOUNT}"', 'currency = "INR"']
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    lines += ["[rates]", 'mode = "fixed"', 'fixed_rate = "84.10"']
    path.write_text("\n".join(lines) + "\n")
    return path


def test_options_win_over_environment_over_provisioning_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    # the data dir's SQLite, named later
    assert resolve_counter(tmp_path) == CounterIdentity(None, None)
    provisioning(tmp_path / "posapp.toml", database_url=PG, terminal="till-2")
    assert resolve_counter(tmp_path) == CounterIdentity(PG, "till-2")
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://posapp@other/store")
    assert resolve_counter(tmp_path).database_url == "postgresql://posapp@other/store"
    got = resolve_counter(tmp_path, database_url="sqlite:///x.db", terminal="front")
    assert got == CounterIdentity("sqlite:///x.db", "front")


def test_a_password_in_the_provisioning_file_is_refused(tmp_path: Path) -> None:
    path = provisioning(tmp_path / "p.toml", database_url="postgresql://posapp:hunter2@db/s")
    with pytest.raises(InvalidInput) as refused:
        resolve_counter(tmp_path, provisioning=str(path))
    assert "password" in str(refused.value) and "hunter2" not in str(refused.value)


def test_the_keyring_supplies_the_password(memory_keyring: MemoryKeyring) -> None:
    assert with_stored_password(PG) == PG  # nothing stored yet
    store_password(PG, "s3cret")
    assert memory_keyring.entries == {("posapp", "database:posapp@db.example:5433/store"): "s3cret"}
    assert make_url(with_stored_password(PG)).password == "s3cret"
    explicit = "postgresql+psycopg://posapp:given@db.example:5433/store"
    assert with_stored_password(explicit) == explicit  # a given password wins
    assert with_stored_password("sqlite:///x.db") == "sqlite:///x.db"


@pytest.mark.parametrize(
    ("url", "password", "why"),
    [
        ("sqlite:///x.db", "pw", "only a PostgreSQL"),
        ("postgresql://posapp:pw@db/s", "pw", "leave the password out"),
        (PG, "", "empty"),
    ],
)
def test_storing_refuses(memory_keyring: MemoryKeyring, url: str, password: str, why: str) -> None:
    with pytest.raises(InvalidInput, match=why):
        store_password(url, password)
    assert memory_keyring.entries == {}


def test_the_password_command_checks_before_storing(
    tmp_path: Path,
    postgres_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = make_url(postgres_url)
    bare = real._replace(password=None).render_as_string(hide_password=False)
    args = ["--data-dir", str(tmp_path), "--database-url", bare, "database", "password"]
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-password\n"))
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "does not open the database" in err and "not-the-password" not in err
    assert memory_keyring.entries == {}
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{real.password}\n"))
    assert main(args) == 0
    entry = f"posapp/{keyring_username(bare)}"  # the whole output: no password in it
    assert (
        capsys.readouterr().out == f"database password stored in the OS keyring (entry {entry})\n"
    )
    assert memory_keyring.entries == {("posapp", keyring_username(bare)): real.password}
    assert make_url(with_stored_password(bare)).password == real.password
