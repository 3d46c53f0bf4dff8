"""``posapp refund`` and ``posapp refunds`` run as real processes on a real data dir, against
the devnet: the printed XDR is signed by the test (the owner's wallet) and ``posapp sync``
settles the refund."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from stellar_sdk.sep.stellar_uri import TransactionStellarUri

from posapp.devnet import Devnet
from tests.support.refunds import PASSPHRASE, RefundShop, open_refund_shop


@pytest.fixture
def shop(tmp_path: Path, devnet: Devnet) -> Iterator[RefundShop]:
    shop = open_refund_shop(devnet, f"sqlite:///{tmp_path / 'posapp.db'}", tmp_path)
    yield shop
    shop.db.dispose()


def posapp(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSAPP_TERMINAL": ""}
    return subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_refund_prints_uri_and_xdr_and_sync_settles_it(shop: RefundShop, tmp_path: Path) -> None:
    sale = shop.sell()
    done = posapp(tmp_path, "refund", sale.id, "--amount", "2.50", "--reason", "returned", "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["state"] == "waiting" and printed["amount"] == "2.50"
    assert printed["session_id"] == sale.id and printed["reason"] == "returned"
    uri = TransactionStellarUri.from_uri(printed["uri"], PASSPHRASE)
    assert uri.transaction_envelope.to_xdr() == printed["xdr"]

    text = posapp(tmp_path, "refunds", "show", printed["id"])
    assert f"xdr: {printed['xdr']}" in " ".join(text.stdout.split())

    shop.sign_and_submit(printed["xdr"])
    assert posapp(tmp_path, "sync").returncode == 0
    shown = json.loads(posapp(tmp_path, "refunds", "show", printed["id"], "--json").stdout)
    assert shown["state"] == "succeeded" and shown["tx_hash"]
    listed = json.loads(posapp(tmp_path, "refunds", "list", "--json").stdout)
    assert [r["id"] for r in listed] == [printed["id"]]
    sale_json = json.loads(posapp(tmp_path, "sessions", "show", sale.id, "--json").stdout)
    assert sale_json["refunded_amount"] == "2.50" and sale_json["refund"] == "partially_refunded"

    refund_receipt = posapp(tmp_path, "receipt", printed["id"], "--width", "80")
    assert refund_receipt.returncode == 0, refund_receipt.stderr
    assert "REFUND" in refund_receipt.stdout and "Reason: returned" in refund_receipt.stdout
    sale_receipt = posapp(tmp_path, "receipt", sale.id, "--width", "80")
    assert "-2.50" in sale_receipt.stdout.replace(" ", "")


def test_refund_in_text_shows_the_qr_for_the_owners_wallet(
    shop: RefundShop, tmp_path: Path
) -> None:
    sale = shop.sell()
    done = posapp(tmp_path, "refund", sale.id)
    assert done.returncode == 0, done.stderr
    assert "█" in done.stdout or "▀" in done.stdout
    assert "amount:   10.00 USDC to " + shop.devnet.customer in done.stdout
    refund_id = next(
        line.split()[1] for line in done.stdout.splitlines() if line.startswith("refund:")
    )
    cancelled = posapp(tmp_path, "refunds", "cancel", refund_id)
    assert cancelled.returncode == 0 and "cancelled" in cancelled.stdout
    no_receipt = posapp(tmp_path, "receipt", refund_id)
    assert no_receipt.returncode == 1 and "only a paid refund" in no_receipt.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--amount", "0"], "greater than zero"),
        (["--amount", "-2"], "greater than zero"),
        (["--amount", "0.123456789"], "more than 7 decimal places"),
        (["--amount", "11"], "more than the 10.00 USDC still refundable"),
    ],
)
def test_bad_refunds_are_one_line_and_store_nothing(
    shop: RefundShop, tmp_path: Path, args: list[str], message: str
) -> None:
    sale = shop.sell()
    done = posapp(tmp_path, "refund", sale.id, *args)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert json.loads(posapp(tmp_path, "refunds", "list", "--json").stdout) == []


def test_unknown_ids_are_one_line(shop: RefundShop, tmp_path: Path) -> None:
    for args in (["refund", "nope"], ["refunds", "show", "rf_nothing"], ["refunds", "cancel"]):
        done = posapp(tmp_path, *args)
        assert done.returncode == 1 and done.stderr.count("\n") == 1, (args, done.stderr)
