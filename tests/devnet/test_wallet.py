"""``posapp devnet wallet``: a test customer that signs real transactions (subprocesses)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.devnet import Devnet
from posapp.devnet.wallet import KEY_FILE
from posapp.stellar.networks import PUBLIC, TESTNET
from posapp.stellar.qr import render_png
from posapp.stellar.sep7 import build_pay_uri


def wallet(devnet: Devnet, wallet_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``posapp devnet wallet …`` against ``devnet``."""
    return subprocess.run(
        [sys.executable, "-m", "posapp.cli", "devnet", "wallet", *args, "--url", devnet.url,
         "--wallet-dir", str(wallet_dir)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def uri(devnet: Devnet, merchant: str, **changes: object) -> str:
    """A pay request like ``posapp charge`` prints, with ``changes``."""
    fields: dict[str, object] = {
        "destination": merchant,
        "amount": Decimal("12.34"),
        "asset_code": "USDC",
        "asset_issuer": devnet.usdc_issuer,
        "memo": "pay_wallet_1",
        "network": TESTNET,
    }
    fields.update(changes)
    return build_pay_uri(**fields)  # type: ignore[arg-type]


def test_wallet_creates_funds_and_keeps_a_test_key(devnet: Devnet, tmp_path: Path) -> None:
    done = wallet(devnet, tmp_path / "w")
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    address = lines["wallet"]
    assert Decimal(lines["USDC"]) == Decimal("500")
    assert Decimal(lines["XLM"]) < Decimal("5000")  # bought with friendbot XLM
    key_file = tmp_path / "w" / KEY_FILE
    assert "TEST" in key_file.name
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    doc = json.loads(key_file.read_text())
    assert "TEST KEY" in doc["warning"]
    assert Keypair.from_secret(doc["secret_seed"]).public_key == address
    again = wallet(devnet, tmp_path / "w")
    assert again.returncode == 0, again.stderr
    assert f"wallet: {address}" in again.stdout
    assert devnet.balance(address) == Decimal("500")


def test_wallet_pays_a_uri_with_a_signed_transaction(
    devnet: Devnet, merchant: str, tmp_path: Path
) -> None:
    done = wallet(devnet, tmp_path, "pay", uri(devnet, merchant))
    assert done.returncode == 0, done.stderr
    tx_hash = done.stdout.strip()
    tx, _ = devnet.ledger.transaction(tx_hash)  # type: ignore[misc]
    assert tx.successful and tx.memo == "pay_wallet_1"
    assert devnet.balance(merchant) == Decimal("12.34")
    record = devnet.snapshot_payments(merchant)[-1]
    assert (record["type"], record["amount"], record["transaction_hash"]) == (
        "payment",
        "12.3400000",
        tx_hash,
    )


def test_wallet_pays_from_xlm_and_from_a_qr_image(
    devnet: Devnet, merchant: str, tmp_path: Path
) -> None:
    pytest.importorskip("zxingcpp")
    image = tmp_path / "qr.png"
    image.write_bytes(render_png(uri(devnet, merchant, memo="pay_qr")))
    done = wallet(devnet, tmp_path, "pay", "--qr", str(image), "--from-xlm")
    assert done.returncode == 0, done.stderr
    record = devnet.snapshot_payments(merchant)[-1]
    assert record["type"] == "path_payment_strict_receive"
    assert record["source_asset_type"] == "native"
    assert record["transaction"]["memo"] == "pay_qr"
    assert devnet.balance(merchant) == Decimal("12.34")


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"network": PUBLIC}, "public network"),
        ({"asset_issuer": Keypair.random().public_key}, "not USDC issued by"),
    ],
)
def test_wallet_refuses_requests_it_must_not_pay(
    devnet: Devnet, merchant: str, tmp_path: Path, change: dict[str, object], says: str
) -> None:
    done = wallet(devnet, tmp_path, "pay", uri(devnet, merchant, **change))
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1
    assert says in done.stderr
    assert devnet.balance(merchant) == Decimal("0")


def test_wallet_refuses_a_request_without_memo(
    devnet: Devnet, merchant: str, tmp_path: Path
) -> None:
    no_memo = uri(devnet, merchant).replace("&memo=pay_wallet_1&memo_type=MEMO_TEXT", "")
    done = wallet(devnet, tmp_path, "pay", no_memo)
    assert done.returncode != 0
    assert "no memo" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert devnet.balance(merchant) == Decimal("0")


def test_wallet_pay_errors_are_one_line(devnet: Devnet, tmp_path: Path) -> None:
    done = wallet(devnet, tmp_path, "pay", "not a uri")
    assert done.returncode != 0 and len(done.stderr.strip().splitlines()) == 1
    missing = wallet(devnet, tmp_path, "pay", "--qr", str(tmp_path / "missing.png"))
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
