"""check_account against the loopback Horizon's ``/accounts/{id}``."""

from __future__ import annotations

import asyncio
import socket
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from posapp.core.errors import HorizonError, InvalidAddress, SecretSeedRefused
from posapp.stellar.account_check import AccountCheck, check_account, check_account_sync

SEED = "SAAACAQDAQCQMBYIBEFAWDANBYHRAEISCMKBKFQXDAMRUGY4DUPB6NKI"  # bytes 0..31, not a real key


def account_json(hz: SimpleNamespace, *balances: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An ``/accounts/{id}`` body shaped like Horizon's."""
    native = {
        "balance": "9.9999800",
        "buying_liabilities": "0.0000000",
        "selling_liabilities": "0.0000000",
        "asset_type": "native",
    }
    return {
        "id": hz.MERCHANT,
        "account_id": hz.MERCHANT,
        "sequence": "4021081526501377",
        "subentry_count": len(balances),
        "balances": [*balances, native],
        "data": {},
        **extra,
    }


def usdc(hz: SimpleNamespace, **fields: Any) -> dict[str, Any]:
    entry = {
        "balance": "12.5000000",
        "limit": "922337203685.4775807",
        "buying_liabilities": "0.0000000",
        "selling_liabilities": "0.0000000",
        "is_authorized": True,
        "is_authorized_to_maintain_liabilities": True,
        "asset_type": "credit_alphanum4",
        "asset_code": "USDC",
        "asset_issuer": hz.TESTNET_USDC,
    }
    entry.update(fields)
    return entry


def check(horizon: Any, hz: SimpleNamespace) -> AccountCheck:
    return check_account_sync(horizon.url, hz.MERCHANT, hz.TESTNET_USDC)


def test_ready_account(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.accounts[hz.MERCHANT] = account_json(
        hz, usdc(hz), data={"config.memo_required": "MQ=="}
    )
    result = check(horizon, hz)
    assert result == AccountCheck(
        exists=True,
        has_usdc_trustline=True,
        usdc_authorized=True,
        memo_required=True,
        xlm_balance=Decimal("9.9999800"),
        problems=(),
    )
    assert result.ok


def test_missing_account(horizon: Any, hz: SimpleNamespace) -> None:
    result = check(horizon, hz)
    assert not result.exists and not result.has_usdc_trustline and result.xlm_balance is None
    (problem,) = result.problems
    assert "does not exist" in problem and "XLM" in problem


def test_no_trustline(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.accounts[hz.MERCHANT] = account_json(hz)
    result = check(horizon, hz)
    assert result.exists and not result.has_usdc_trustline and not result.memo_required
    assert len(result.problems) == 1 and "trustline" in result.problems[0]


def test_usdc_from_another_issuer_is_not_enough(horizon: Any, hz: SimpleNamespace) -> None:
    mainnet = "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN"
    horizon.accounts[hz.MERCHANT] = account_json(hz, usdc(hz, asset_issuer=mainnet))
    result = check(horizon, hz)
    assert not result.has_usdc_trustline
    assert len(result.problems) == 2 and mainnet in result.problems[1]


def test_unauthorized_trustline(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.accounts[hz.MERCHANT] = account_json(hz, usdc(hz, is_authorized=False))
    result = check(horizon, hz)
    assert result.has_usdc_trustline and not result.usdc_authorized
    assert "not authorized" in result.problems[0]


def test_full_trustline(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.accounts[hz.MERCHANT] = account_json(
        hz, usdc(hz, balance="100.0000000", limit="100.0000000")
    )
    result = check(horizon, hz)
    assert result.usdc_authorized and "full" in result.problems[0]


def test_async_form_with_a_client(horizon: Any, hz: SimpleNamespace) -> None:
    import httpx

    horizon.accounts[hz.MERCHANT] = account_json(hz, usdc(hz))

    async def scenario() -> AccountCheck:
        async with httpx.AsyncClient() as client:
            result = await check_account(horizon.url, hz.MERCHANT, hz.TESTNET_USDC, client=client)
            assert not client.is_closed
            return result

    assert asyncio.run(scenario()).ok


def test_bad_addresses_are_refused(hz: SimpleNamespace) -> None:
    with pytest.raises(SecretSeedRefused):
        check_account_sync("http://127.0.0.1:9", SEED, hz.TESTNET_USDC)
    with pytest.raises(InvalidAddress):
        check_account_sync("http://127.0.0.1:9", "GABC", hz.TESTNET_USDC)


def test_horizon_trouble_is_a_horizon_error(horizon: Any, hz: SimpleNamespace) -> None:
    horizon.accounts[hz.MERCHANT] = {"balances": "lots"}
    with pytest.raises(HorizonError, match="balances"):
        check(horizon, hz)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(HorizonError, match="cannot reach"):
        check_account_sync(dead, hz.MERCHANT, hz.TESTNET_USDC)
