"""Balances never pass a trustline's limit or int64: such payments are refused (op_line_full)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from posapp.devnet import Devnet, DevnetError

MAX_AMOUNT = "922337203685.4775807"


def test_credit_payment_beyond_the_limit_is_refused(devnet: Devnet, merchant: str) -> None:
    devnet.pay(to=merchant, amount=MAX_AMOUNT, memo="first")
    before = devnet.snapshot_payments(merchant)
    with pytest.raises(DevnetError, match="op_line_full"):
        devnet.pay(to=merchant, amount="390.0000001", memo="second")
    assert devnet.balance(merchant) == Decimal(MAX_AMOUNT)
    assert devnet.snapshot_payments(merchant) == before


def test_control_endpoint_refuses_line_full(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    first = client.post("/_devnet/pay", json={"to": merchant, "amount": MAX_AMOUNT})
    assert first.status_code == 200, first.text
    again = client.post("/_devnet/pay", json={"to": merchant, "amount": "0.0000001"})
    assert again.status_code == 400
    assert "op_line_full" in again.json()["detail"]
    balances = client.get(f"/accounts/{merchant}").json()["balances"]
    usdc = next(b for b in balances if b.get("asset_code") == "USDC")
    assert usdc["balance"] == MAX_AMOUNT
    assert usdc["limit"] == MAX_AMOUNT


def test_native_balance_stays_within_int64(devnet: Devnet, merchant: str) -> None:
    with pytest.raises(DevnetError, match="op_line_full"):
        devnet.pay(to=merchant, amount=MAX_AMOUNT, asset_code="XLM")
    assert devnet.balance(merchant, "XLM") == Decimal("10000")


def test_path_payment_into_a_full_line_is_refused(devnet: Devnet, merchant: str) -> None:
    devnet.pay(to=merchant, amount=MAX_AMOUNT)
    with pytest.raises(DevnetError, match="op_line_full"):
        devnet.pay(to=merchant, amount="1", path_from="XLM")
    assert devnet.balance(merchant) == Decimal(MAX_AMOUNT)
