"""The Stellar wallet SDK (``@stellar/typescript-wallet-sdk``), unchanged, reads posapp's SEP-7
URIs: the customer's ``pay`` request and the owner's unsigned refund ``tx``.

Needs node and the packages installed next to this file: ``cd tests/js && npm ci``.
Skips (saying which is missing) otherwise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posapp.devnet import Devnet
from posapp.services.sales.payment_request import payment_uri
from posapp.stellar.networks import TESTNET
from tests.support.refunds import OWNER, RefundShop, open_refund_shop

HERE = Path(__file__).parent
NODE = shutil.which("node")
WALLET_SDK = HERE / "node_modules" / "@stellar" / "typescript-wallet-sdk" / "package.json"

pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed"),
    pytest.mark.skipif(
        not WALLET_SDK.exists(),
        reason="@stellar/typescript-wallet-sdk missing: cd tests/js && npm ci",
    ),
]


@pytest.fixture
def shop(tmp_path: Path, devnet: Devnet) -> Iterator[RefundShop]:
    shop = open_refund_shop(devnet, f"sqlite:///{tmp_path / 'posapp.db'}", tmp_path)
    yield shop
    shop.db.dispose()


def read_uris(*uris: str) -> list[dict[str, Any]]:
    assert NODE is not None
    done = subprocess.run(
        [NODE, str(HERE / "sep7.mjs"), *uris], capture_output=True, text=True, timeout=60, cwd=HERE
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_wallet_sdk_reads_the_pay_request_and_the_refund(shop: RefundShop) -> None:
    sale = shop.sell()
    refund = shop.refunds.create(sale.id, OWNER, amount="2.5", reason="returned")
    pay_uri = payment_uri(shop.sessions.create("100", OWNER), shop.config)

    pay, tx = read_uris(pay_uri, refund.uri)

    assert pay["valid"] and pay["type"] == "pay"
    assert pay["destination"] == shop.merchant and pay["assetIssuer"] == TESTNET.usdc_issuer
    assert pay["memoType"] == "MEMO_TEXT" and pay["memo"].startswith("pay_")
    assert pay["networkPassphrase"] == TESTNET.passphrase

    assert tx["valid"] and tx["type"] == "tx"
    assert tx["networkPassphrase"] == TESTNET.passphrase and tx["pubkey"] == shop.merchant
    assert tx["source"] == shop.merchant and tx["signatures"] == 0
    assert int(tx["sequence"]) == refund.refund.sequence
    assert tx["memo"] == {"type": "text", "value": refund.refund.id}
    assert tx["operations"] == [
        {
            "type": "payment",
            "destination": shop.devnet.customer,
            "amount": "2.5000000",
            "asset": f"USDC:{TESTNET.usdc_issuer}",
        }
    ]
    assert "Refund 2.50 USDC" in tx["msg"]
