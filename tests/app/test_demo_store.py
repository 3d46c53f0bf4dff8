"""``posapp --demo`` only ever uses a store of its own: a configured data dir is refused
untouched, and no database URL (option, environment, provisioning file) is followed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from stellar_sdk import Keypair

from posapp.cli import main
from posapp.services.config import load_config, save_config
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.storage.engine import Database
from posapp.storage.models import SettingRow
from tests.support.gui_process import SHOWN, GuiProcess, gui_env

ACCOUNT = Keypair.random().public_key
SHOP = "Chai Corner"
EXIT_WAIT_S = 20.0


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under ``folder``: mode and bytes, by relative path."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mode, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def configured_shop(data_dir: Path) -> None:
    """A shop set up by ``posapp init`` with a webhook (secret kept in a file) and a user."""
    init = [
        "--data-dir",
        str(data_dir),
        "init",
        "--network",
        "testnet",
        "--account",
        ACCOUNT,
        "--horizon-url",
        "http://127.0.0.1:9",
        "--currency",
        "INR",
        "--rate",
        "84.10",
        "--webhook-url",
        "https://shop.example/hooks",
        "--secret-file-store",
        "--shop-name",
        SHOP,
        "--skip-account-check",
    ]
    assert main(init) == 0


def test_demo_refuses_a_configured_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line on stderr, non-zero exit, and the shop's files byte for byte as they were."""
    shop = tmp_path / "shop"
    configured_shop(shop)
    capsys.readouterr()
    before = snapshot(shop)
    env = gui_env(tmp_path / "home")
    cmd = [sys.executable, "-m", "posapp", "--data-dir", str(shop), "--demo"]
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=EXIT_WAIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    assert proc.returncode not in (0, None, -signal.SIGKILL), f"the demo ran on the shop: {err}"
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("posapp: ") and str(shop) in lines[0], err
    assert "--demo" in lines[0] and "empty" in lines[0], err
    assert out == ""
    assert snapshot(shop) == before
    db = Database.in_data_dir(shop)
    try:
        config = load_config(db)
    finally:
        db.dispose()
    assert (config.shop_name, config.merchant_account) == (SHOP, ACCOUNT)
    assert config.webhook_url == "https://shop.example/hooks"


def demo_until_shown(tmp_path: Path, args: list[str], **env: str) -> GuiProcess:
    """Start ``posapp --demo ARGS`` offscreen and wait until its cashier window is up."""
    proc = GuiProcess.posapp(["--demo", *args], gui_env(tmp_path / "home", **env), tmp_path)
    try:
        assert proc.wait_for(SHOWN), f"the demo did not come up:\n{proc.output}"
    except BaseException:
        proc.stop()
        raise
    return proc


def end(proc: GuiProcess) -> int:
    """Ask the demo to quit (SIGTERM), SIGKILL if it does not, and return its exit code."""
    proc.send(signal.SIGTERM)
    proc.exited_within(EXIT_WAIT_S)
    return proc.stop()


def test_demo_in_a_named_empty_data_dir_keeps_its_store_there(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo-data"
    data_dir.mkdir()
    proc = demo_until_shown(tmp_path, ["--data-dir", str(data_dir)])
    end(proc)
    db = Database.in_data_dir(data_dir)
    try:
        assert load_config(db).shop_name == "posapp demo café"
    finally:
        db.dispose()


def test_demo_ignores_the_data_dir_of_the_environment(tmp_path: Path) -> None:
    """``POSAPP_DATA_DIR`` names the counter's shop: the demo runs in a temporary folder."""
    shop = tmp_path / "shop"
    configured_shop(shop)
    before = snapshot(shop)
    proc = demo_until_shown(tmp_path, [], POSAPP_DATA_DIR=str(shop))
    end(proc)
    assert snapshot(shop) == before


@pytest.fixture
def pg_shop(postgres_url: str) -> Iterator[tuple[str, dict[str, object]]]:
    """A PostgreSQL store set up for a real shop; its URL and its settings."""
    db = Database(postgres_url)
    request = ProvisionRequest(
        network="testnet",
        account=ACCOUNT,
        currency="INR",
        horizon_url="http://127.0.0.1:9",
        rate="84.10",
        shop_name=SHOP,
        webhook_url="https://shop.example/hooks",
        check_account=False,
    )
    now = datetime.now(UTC)
    save_config(db, build_config(request, now), now)
    try:
        yield postgres_url, pg_settings(db)
    finally:
        db.dispose()


def pg_settings(db: Database) -> dict[str, object]:
    with db.read() as session:
        return {r.key: json.loads(r.value) for r in session.scalars(select(SettingRow))}


def assert_pg_untouched(url: str, before: dict[str, object]) -> None:
    db = Database(url, migrate=False)
    try:
        after = pg_settings(db)
    finally:
        db.dispose()
    assert after == before
    assert after["shop_config"]["shop_name"] == SHOP  # type: ignore[index]


@pytest.mark.postgres
def test_demo_ignores_the_database_url_of_the_environment(
    tmp_path: Path, pg_shop: tuple[str, dict[str, object]]
) -> None:
    url, before = pg_shop
    proc = demo_until_shown(tmp_path, [], POSAPP_DATABASE_URL=url)
    end(proc)
    assert_pg_untouched(url, before)


@pytest.mark.postgres
def test_demo_ignores_the_database_url_option(
    tmp_path: Path, pg_shop: tuple[str, dict[str, object]]
) -> None:
    url, before = pg_shop
    proc = demo_until_shown(tmp_path, ["--database-url", url])
    end(proc)
    assert_pg_untouched(url, before)


def without_password(url: str) -> str:
    u = make_url(url)
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database)
    return bare.render_as_string(hide_password=False)


@pytest.mark.postgres
def test_demo_ignores_the_database_url_of_the_provisioning_file(
    tmp_path: Path, pg_shop: tuple[str, dict[str, object]]
) -> None:
    url, before = pg_shop
    parsed = make_url(url)
    pgpass = tmp_path / "pgpass"  # the file may not hold the password: libpq finds it here
    pgpass.write_text(
        f"{parsed.host}:{parsed.port or 5432}:{parsed.database}:{parsed.username}:"
        f"{parsed.password}\n"
    )
    pgpass.chmod(0o600)
    toml = tmp_path / "posapp.toml"
    toml.write_text(
        f'shop_name = "Toml shop"\nnetwork = "testnet"\nmerchant_account = "{ACCOUNT}"\n'
        f'currency = "INR"\n'
        f'database_url = "{without_password(url)}"\n'
        '[rates]\nmode = "fixed"\nfixed_rate = 84.10\n',
        "utf-8",
    )
    proc = demo_until_shown(tmp_path, ["--provisioning", str(toml)], PGPASSFILE=str(pgpass))
    end(proc)
    assert_pg_untouched(url, before)
