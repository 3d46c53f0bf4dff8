"""End to end with signed transactions: the test wallet pays what ``posapp charge`` asks for,
``posapp watch`` sees the session paid and delivers a webhook that standardwebhooks verifies.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from posapp.devnet.server import Devnet
from posapp.stellar.sep7 import parse_pay_uri
from tests.support.webhook_receiver import Receiver


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posapp.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_wallet_pays_a_charge_and_the_webhook_verifies(
    tmp_path: Path, devnet: Devnet, receiver: Receiver
) -> None:
    store = ["--data-dir", str(tmp_path / "shop")]
    merchant = devnet.create_account()
    done = cli(*store, "init", "--network", "testnet", "--account", merchant,
               "--currency", "INR", "--rate", "84.10", "--horizon-url", devnet.url,
               "--webhook-url", receiver.url, "--secret-file-store")  # fmt: skip
    assert done.returncode == 0, done.stderr
    receiver.secrets.append(re.search(r"whsec_\S+", done.stdout).group(0))
    charge = json.loads(cli(*store, "charge", "12.50", "--no-wait", "--json").stdout)
    session = charge["session"]
    request = parse_pay_uri(charge["uri"])
    assert request.memo == session["id"] and request.destination == merchant
    watch = subprocess.Popen(
        [sys.executable, "-m", "posapp.cli", *store, "watch"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        paid = cli("devnet", "wallet", "pay", charge["uri"], "--url", devnet.url,
                   "--wallet-dir", str(tmp_path / "wallet"))  # fmt: skip
        assert paid.returncode == 0, paid.stderr
        tx_hash = paid.stdout.strip()
        tx, _ = devnet.ledger.transaction(tx_hash)  # type: ignore[misc]
        assert tx.successful and tx.signatures and tx.memo == session["id"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not receiver.requests:
            time.sleep(0.1)
        assert receiver.requests, "no webhook arrived"
        got = receiver.requests[0]
        assert got.verified, got.error
        body = json.loads(got.body)
        assert body["type"] == "payment.success"
        assert body["data"]["session_id"] == session["id"]
        assert body["data"]["amount"] == session["usdc_due"]
    finally:
        watch.send_signal(signal.SIGINT)
        watch.communicate(timeout=10)
    shown = json.loads(cli(*store, "sessions", "show", session["id"], "--json").stdout)
    assert shown["status"] == "paid"
    assert [p["tx_hash"] for p in shown["payments"]] == [tx_hash]
