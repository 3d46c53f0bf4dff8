"""The JavaScript ``@stellar/stellar-sdk``, unchanged, pays once on the devnet.

Needs node and the package installed next to this file: ``cd tests/js && npm ci``.
Skips (saying which is missing) otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.devnet import Devnet
from posapp.devnet.wallet import Wallet

HERE = Path(__file__).parent
NODE = shutil.which("node")
SDK = HERE / "node_modules" / "@stellar" / "stellar-sdk" / "package.json"


@pytest.fixture
def devnet_stream_timeout() -> float:
    """Short payment streams for this module's tests (the shared ``devnet`` uses it)."""
    return 5.0


def node_pay(devnet: Devnet, keypair: Keypair, to: str, amount: str, memo: str):
    """Run ``pay.mjs`` with node; the finished process."""
    assert NODE is not None
    return subprocess.run(
        [NODE, str(HERE / "pay.mjs"), devnet.url, keypair.secret, to, amount,
         devnet.usdc_issuer, memo],
        capture_output=True, text=True, timeout=60, cwd=HERE,
    )  # fmt: skip


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.skipif(not SDK.exists(), reason="@stellar/stellar-sdk missing: cd tests/js && npm ci")
def test_javascript_sdk_pays_on_the_devnet(devnet: Devnet) -> None:
    merchant = devnet.create_account()
    customer = Keypair.random()
    Wallet(devnet.url, customer).fund(at_least=Decimal("10"))
    done = node_pay(devnet, customer, merchant, "3.21", "pay_js_sdk")
    assert done.returncode == 0, done.stderr
    tx_hash = done.stdout.strip()
    record = devnet.snapshot_payments(merchant)[-1]
    assert (record["transaction_hash"], record["amount"], record["from"]) == (
        tx_hash,
        "3.2100000",
        customer.public_key,
    )
    assert record["transaction"]["memo"] == "pay_js_sdk"
    assert devnet.balance(merchant) == Decimal("3.21")

    refused = node_pay(devnet, customer, merchant, "100000", "pay_js_sdk")
    assert refused.returncode == 1
    assert "op_underfunded" in refused.stderr
    assert devnet.balance(merchant) == Decimal("3.21")
