"""``posapp init --provisioning FILE``: the file's settings are stored, command-line options
win over them, and a bad file is one line on stderr with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.cli import main
from posapp.services.config import load_config
from posapp.storage.engine import Database

ACCOUNT = Keypair.random().public_key
FILE = f"""shop_name = "Chai Corner"
terminal = "till-3"
network = "testnet"
merchant_account = "{ACCOUNT}"
currency = "INR"
expiry_minutes = 12
[rates]
mode = "fixed"
fixed_rate = 84.10
"""


def stored(data_dir: Path):
    db = Database.in_data_dir(data_dir)
    try:
        return load_config(db)
    finally:
        db.dispose()


def test_init_takes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text(FILE, "utf-8")
    data = tmp_path / "data"
    args = ["--data-dir", str(data), "init", "--provisioning", str(path), "--skip-account-check"]
    assert main(args) == 0
    assert "posapp is set up" in capsys.readouterr().out
    config = stored(data)
    assert (config.merchant_account, config.currency, config.shop_name) == (
        ACCOUNT,
        "INR",
        "Chai Corner",
    )
    assert (config.terminal, config.expiry_minutes) == ("till-3", 12)
    assert str(config.rates.fixed_rates["INR"]) == "84.10"


def test_options_win_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text(FILE, "utf-8")
    data = tmp_path / "data"
    options = ["--currency", "EUR", "--rate", "0.92", "--shop-name", "Override"]
    code = main(
        [
            "--data-dir",
            str(data),
            "--provisioning",
            str(path),
            "init",
            "--skip-account-check",
            *options,
        ]
    )
    assert code == 0
    config = stored(data)
    assert (config.currency, config.shop_name) == ("EUR", "Override")
    assert str(config.rates.fixed_rates["EUR"]) == "0.92"
    assert config.merchant_account == ACCOUNT  # still from the file


def test_bad_file_is_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text(FILE.replace('currency = "INR"', 'currency = "INR"\nlangauge = "hi"'), "utf-8")
    data = tmp_path / "data"
    code = main(["--data-dir", str(data), "init", "--provisioning", str(path)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "posapp.toml: unknown key 'langauge'" in err
    assert not data.exists()


def test_account_still_required_without_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "init", "--rate", "1"]) == 1
    assert "--account is required" in capsys.readouterr().err


@pytest.mark.parametrize("tolerance", ["5", "-0.1", "NaN", "0.00000001"])
def test_init_refuses_an_absurd_tolerance_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tolerance: str
) -> None:
    data = tmp_path / "data"
    args = ["--data-dir", str(data), "init", "--account", ACCOUNT, "--currency", "INR",
            "--rate", "84.10", "--skip-account-check", f"--tolerance={tolerance}"]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "tolerance" in err and err.startswith("posapp: ")
    assert main(["--data-dir", str(data), "sessions"]) == 1  # nothing was set up
