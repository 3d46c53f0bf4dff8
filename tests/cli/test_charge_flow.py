"""The command line as scripts use it: init, charge (waiting on a real devnet), sessions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.cli import main
from posapp.devnet.server import Devnet
from posapp.stellar.sep7 import parse_pay_uri
from posapp.storage import payments_repo
from posapp.storage.engine import Database
from tests.support.waiting import free_port


def posapp(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posapp.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60, **kwargs,
    )  # fmt: skip


def start_charge(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "posapp.cli", "--data-dir", str(data_dir), "charge", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def devnet() -> Iterator[Devnet]:
    with Devnet(port=0, stream_timeout=5.0) as net:
        yield net


@pytest.fixture
def shop(tmp_path: Path, devnet: Devnet) -> tuple[Path, str]:
    merchant = devnet.create_account()
    done = posapp(
        tmp_path, "init", "--network", "testnet", "--account", merchant, "--currency", "INR",
        "--rate", "84.10", "--horizon-url", devnet.url,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return tmp_path, merchant


def test_charge_waits_until_a_devnet_payment_pays_it(shop, devnet) -> None:
    data_dir, merchant = shop
    proc = start_charge(data_dir, "12.50", "--json", "--timeout", "40")
    created = json.loads(proc.stdout.readline())
    assert created["event"] == "created"
    session = created["session"]
    request = parse_pay_uri(created["uri"])
    assert request.destination == merchant and request.memo == session["id"]
    assert str(request.amount) == session["usdc_due"] == "0.15"
    assert request.asset_code == "USDC" and request.asset_issuer == devnet.usdc_issuer
    devnet.pay(to=merchant, amount=session["usdc_due"], memo=session["id"])
    out, err = proc.communicate(timeout=40)
    assert proc.returncode == 0, err
    statuses = [json.loads(line)["session"]["status"] for line in out.splitlines()]
    assert statuses[-1] == "paid"
    listed = json.loads(posapp(data_dir, "sessions", "--json").stdout)
    assert [(s["id"], s["status"]) for s in listed] == [(session["id"], "paid")]


def test_fake_issuer_usdc_never_pays_a_charge(shop, devnet) -> None:
    data_dir, merchant = shop
    proc = start_charge(data_dir, "12.50", "--json", "--timeout", "6")
    session = json.loads(proc.stdout.readline())["session"]
    fake = Keypair.random().public_key
    devnet.pay(to=merchant, amount=session["usdc_due"], memo=session["id"], asset_issuer=fake)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 5
    assert json.loads(out.splitlines()[-1])["event"] == "timeout"
    shown = json.loads(posapp(data_dir, "sessions", "show", session["id"], "--json").stdout)
    assert shown["status"] == "open" and shown["payments"] == []


def test_no_wait_prints_uri_and_terminal_qr(shop) -> None:
    data_dir, _ = shop
    done = posapp(data_dir, "charge", "1999", "--no-wait", "--note", "table 4")
    assert done.returncode == 0
    assert "web+stellar:pay?" in done.stdout and "23.77 USDC" in done.stdout
    assert "▀" in done.stdout or "▄" in done.stdout or "█" in done.stdout


def run_main(data_dir: Path, *args: str) -> int:
    """The command line in-process (same parser and error handling, no interpreter start)."""
    return main(["--data-dir", str(data_dir), *args])


@pytest.mark.parametrize("amount", ["abc", "-5", "0", "1.234", "NaN", "99999999999", ""])
def test_bad_amounts_one_line_nonzero_nothing_written(shop, amount: str, capsys) -> None:
    data_dir, _ = shop
    assert run_main(data_dir, "charge", "--no-wait", "--", amount) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("posapp: ")
    assert run_main(data_dir, "sessions", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unknown_currency_is_refused(shop, capsys) -> None:
    data_dir, _ = shop
    assert run_main(data_dir, "charge", "5", "--currency", "ZZZ", "--no-wait") == 1
    assert "unknown currency" in capsys.readouterr().err


def test_init_refuses_a_secret_seed_and_writes_nothing(tmp_path: Path) -> None:
    seed = Keypair.random().secret
    done = posapp(tmp_path, "init", "--account", seed, "--rate", "84.10", "--currency", "INR")
    assert done.returncode == 1 and seed not in done.stderr and seed not in done.stdout
    assert "secret" in done.stderr
    later = posapp(tmp_path, "sessions")
    assert later.returncode == 1 and "posapp init" in later.stderr


def test_unwritable_data_dir_is_one_clear_line(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run_main(blocker / "sub", "sessions") == 1
    err = capsys.readouterr().err
    assert "not writable" in err and len(err.strip().splitlines()) == 1


def test_environment_variable_selects_the_data_dir(shop) -> None:
    data_dir, _ = shop
    env = {**os.environ, "POSAPP_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "posapp.cli", "sessions", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and json.loads(done.stdout) == []


# ---- where detection starts: nothing paid after init is ever skipped ------------------------


def init_shop(data_dir: Path, merchant: str, horizon_url: str) -> subprocess.CompletedProcess[str]:
    return posapp(
        data_dir, "init", "--network", "testnet", "--account", merchant, "--currency", "INR",
        "--rate", "84.10", "--horizon-url", horizon_url,
    )  # fmt: skip


def charge_no_wait(data_dir: Path, amount: str = "5") -> dict:
    done = posapp(data_dir, "charge", amount, "--no-wait", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])["session"]


def status_of(data_dir: Path, session_id: str) -> str:
    return json.loads(posapp(data_dir, "sessions", "show", session_id, "--json").stdout)["status"]


@pytest.mark.parametrize("sync_before_the_sale", [False, True])
def test_the_first_payment_to_an_account_without_history_is_applied(
    tmp_path: Path, devnet: Devnet, sync_before_the_sale: bool
) -> None:
    merchant = devnet.create_account(history=False)  # trustline, but no payment on Horizon
    done = init_shop(tmp_path, merchant, devnet.url)
    assert done.returncode == 0, done.stderr
    if sync_before_the_sale:
        assert posapp(tmp_path, "sync").returncode == 0
    session = charge_no_wait(tmp_path)
    devnet.pay(to=merchant, amount=session["usdc_due"], memo=session["id"])
    synced = posapp(tmp_path, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "synced: 1 records read" in synced.stdout
    assert status_of(tmp_path, session["id"]) == "paid"


@pytest.mark.parametrize("with_history", [True, False])
def test_payments_are_applied_when_horizon_was_down_during_init(
    tmp_path: Path, with_history: bool
) -> None:
    port = free_port()
    merchant = Keypair.random().public_key
    done = init_shop(tmp_path, merchant, f"http://127.0.0.1:{port}")
    assert done.returncode == 0, done.stderr
    assert "could not check the account" in done.stdout + done.stderr
    session = charge_no_wait(tmp_path)
    with Devnet(port=port, stream_timeout=5.0) as net:  # Horizon comes back
        net.create_account(merchant, history=with_history)
        stranger = net.create_account()
        net.pay(to=stranger, amount="1", memo="not ours")
        unmatched = net.pay(to=merchant, amount="0.01")  # no memo: kept for the owner
        net.pay(to=merchant, amount=session["usdc_due"], memo=session["id"])
        synced = posapp(tmp_path, "sync")
        assert synced.returncode == 0, synced.stderr
    assert status_of(tmp_path, session["id"]) == "paid"
    db = Database.in_data_dir(tmp_path)
    try:
        with db.read() as read:
            kept = [p.tx_hash for p in payments_repo.unmatched(read)]
    finally:
        db.dispose()
    assert kept == [unmatched.tx_hash]
