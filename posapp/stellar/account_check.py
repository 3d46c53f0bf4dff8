"""Can this account take USDC at the counter? One look at ``GET /accounts/{id}``.

Used by ``posapp init``, the setup wizard and the owner's settings. ``check_account`` runs on
the caller's asyncio loop thread; ``check_account_sync`` on any thread without a running loop
(a background job or the command line).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from posapp.core.errors import HorizonError, InvalidAddress, SecretSeedRefused
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.stellar.horizon_reader import HorizonStatusError, HorizonUnavailable

MEMO_REQUIRED_KEY = "config.memo_required"
"""SEP-29 data entry: wallets must send a memo (posapp always does)."""
_TIMEOUT = httpx.Timeout(15.0)


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """What Horizon says about the merchant account; ``problems`` say what to do, if anything."""

    exists: bool
    has_usdc_trustline: bool
    usdc_authorized: bool
    memo_required: bool
    xlm_balance: Decimal | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the account can receive the network's USDC now."""
        return not self.problems


def _validate_account(account: str) -> None:
    from stellar_sdk import StrKey  # lazy: stellar_sdk takes ~0.5 s to import

    if not isinstance(account, str):
        raise InvalidAddress(QT_TRANSLATE_NOOP("errors", "the account must be a G… address"))
    if account.startswith("S") and StrKey.is_valid_ed25519_secret_seed(account):
        raise SecretSeedRefused(
            QT_TRANSLATE_NOOP(
                "errors", "that is a secret key: posapp only needs the public G… address"
            )
        )
    if not StrKey.is_valid_ed25519_public_key(account):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP("errors", "{account!r} is not a valid Stellar G… address"),
            account=account[:60],
        )


async def check_account(
    horizon_url: str,
    account: str,
    usdc_issuer: str,
    *,
    client: httpx.AsyncClient | None = None,
) -> AccountCheck:
    """Look the account up on Horizon and judge it for taking ``usdc_issuer``'s USDC.

    Runs on the caller's loop thread. Raises ``InvalidAddress`` for a bad address and
    ``HorizonError`` when Horizon cannot answer (a 404 is an answer: ``exists=False``).
    """
    _validate_account(account)
    url = f"{horizon_url.rstrip('/')}/accounts/{account}"
    own = client is None
    http = client or httpx.AsyncClient(timeout=_TIMEOUT, headers={"User-Agent": "posapp"})
    try:
        response = await http.get(url, timeout=_TIMEOUT)
    except httpx.HTTPError as exc:
        raise HorizonUnavailable(
            QT_TRANSLATE_NOOP("errors", "cannot reach Horizon at {horizon_url} ({error})"),
            horizon_url=horizon_url,
            error=type(exc).__name__,
        ) from exc
    finally:
        if own:
            await http.aclose()
    if response.status_code == 404:
        return AccountCheck(
            exists=False,
            has_usdc_trustline=False,
            usdc_authorized=False,
            memo_required=False,
            xlm_balance=None,
            problems=(
                f"The account {account} does not exist on this network yet: send it a few "
                "XLM (at least 2) from a wallet or an exchange to create it, then add a "
                "USDC trustline.",
            ),
        )
    if response.status_code != 200:
        raise HorizonStatusError(
            response.status_code,
            QT_TRANSLATE_NOOP("errors", "Horizon could not look the account up (HTTP {status})"),
            status=response.status_code,
        )
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent an account that is not JSON")
        ) from None
    if not isinstance(body, dict):
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent an account that is not a JSON object")
        )
    return _judge(body, usdc_issuer)


def check_account_sync(
    horizon_url: str,
    account: str,
    usdc_issuer: str,
    *,
    client: httpx.AsyncClient | None = None,
) -> AccountCheck:
    """``check_account`` for code without an event loop (CLI, a background job thread).

    Must not be called from a thread whose asyncio loop is running. A ``client`` passed in
    must not be bound to another loop; normally pass none.
    """
    return asyncio.run(check_account(horizon_url, account, usdc_issuer, client=client))


def _judge(body: dict[str, Any], usdc_issuer: str) -> AccountCheck:
    balances = body.get("balances")
    if not isinstance(balances, list) or not all(isinstance(b, dict) for b in balances):
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent an account without a balances list")
        )
    data = body.get("data")
    memo_required = isinstance(data, dict) and MEMO_REQUIRED_KEY in data
    xlm = None
    usdc: dict[str, Any] | None = None
    foreign_usdc: list[str] = []
    for entry in balances:
        if entry.get("asset_type") == "native":
            xlm = _decimal(entry, "balance")
        elif entry.get("asset_type") == "credit_alphanum4" and entry.get("asset_code") == "USDC":
            if entry.get("asset_issuer") == usdc_issuer:
                usdc = entry
            else:
                foreign_usdc.append(str(entry.get("asset_issuer")))
    problems: list[str] = []
    authorized = False
    if usdc is None:
        problems.append(
            f"The account has no USDC trustline for the issuer {usdc_issuer}: add USDC "
            "(by Circle) as an asset in your wallet so the account can receive it."
        )
        if foreign_usdc:
            problems.append(
                f"The account trusts USDC from another issuer ({', '.join(foreign_usdc)}); "
                "customers' wallets send Circle's USDC, so that trustline does not help."
            )
    else:
        authorized = usdc.get("is_authorized", True) is True
        if not authorized:
            problems.append(
                "The USDC trustline is not authorized by its issuer, so payments to it "
                "would fail: ask the issuer to authorize it or use another account."
            )
        balance = _decimal(usdc, "balance")
        limit = _decimal(usdc, "limit") if "limit" in usdc else None
        if limit is not None and balance is not None and balance >= limit:
            problems.append(
                f"The USDC trustline is full (balance {balance} of limit {limit}): raise "
                "the limit in your wallet or move USDC out, or payments will fail."
            )
    return AccountCheck(
        exists=True,
        has_usdc_trustline=usdc is not None,
        usdc_authorized=authorized,
        memo_required=memo_required,
        xlm_balance=xlm,
        problems=tuple(problems),
    )


def _decimal(entry: dict[str, Any], key: str) -> Decimal | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a balance {key} that is not a string"),
            key=key,
        )
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a balance {key} that is not a number"),
            key=key,
        ) from None
    if not number.is_finite():
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a balance {key} that is not a number"),
            key=key,
        )
    return number
