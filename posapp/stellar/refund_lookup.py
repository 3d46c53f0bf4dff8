"""What a refund needs from Horizon before it is built: the merchant's sequence number and
USDC balance, the payer's account (exists? USDC trustline? SEP-29 memo required?) and the fee.

Blocking reads with a short timeout; run on a background thread or the command line, never
the GUI thread. Every failure is a ``HorizonError`` with one line a person can act on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from posapp.core.errors import HorizonError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.stellar.account_check import MEMO_REQUIRED_KEY
from posapp.stellar.horizon_reader import HorizonStatusError, HorizonUnavailable

TIMEOUT = httpx.Timeout(10.0)
MAX_FEE_PER_OPERATION = 100_000
"""0.01 XLM: posapp never proposes more per operation, whatever ``fee_stats`` says."""


@dataclass(frozen=True, slots=True)
class AccountState:
    """One account as a refund sees it. ``exists`` False: Horizon answered 404."""

    exists: bool
    sequence: int = 0
    usdc_balance: Decimal | None = None
    """None: no trustline for the network's USDC."""
    usdc_authorized: bool = False
    memo_required: bool = False


class RefundLookup:
    """Reads one Horizon server over one pooled HTTP client; close() when done. Caller's
    thread (blocking)."""

    def __init__(self, horizon_url: str, usdc_issuer: str) -> None:
        self._base = horizon_url.rstrip("/")
        self._issuer = usdc_issuer
        self._http = httpx.Client(timeout=TIMEOUT, headers={"User-Agent": "posapp"})

    def close(self) -> None:
        """Close the HTTP client."""
        self._http.close()

    def __enter__(self) -> RefundLookup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def account(self, address: str) -> AccountState:
        """The account ``address`` (a G… address)."""
        body = self._get(f"/accounts/{address}", allow_missing=True)
        if body is None:
            return AccountState(exists=False)
        try:
            sequence = int(body["sequence"])
        except (KeyError, TypeError, ValueError):
            raise HorizonError(
                QT_TRANSLATE_NOOP("errors", "Horizon sent an account without a sequence number")
            ) from None
        balances = body.get("balances")
        if not isinstance(balances, list):
            raise HorizonError(
                QT_TRANSLATE_NOOP("errors", "Horizon sent an account without a balances list")
            )
        usdc, authorized = None, False
        for entry in balances:
            if (
                isinstance(entry, dict)
                and entry.get("asset_type") == "credit_alphanum4"
                and entry.get("asset_code") == "USDC"
                and entry.get("asset_issuer") == self._issuer
            ):
                usdc = _decimal(entry.get("balance"), "balance")
                authorized = entry.get("is_authorized", True) is True
        data = body.get("data")
        return AccountState(
            exists=True,
            sequence=sequence,
            usdc_balance=usdc,
            usdc_authorized=authorized,
            memo_required=isinstance(data, dict) and MEMO_REQUIRED_KEY in data,
        )

    def fee_per_operation(self) -> int:
        """The fee to offer, in stroops per operation: the median fee charged in recent
        ledgers, never below the base fee nor above ``MAX_FEE_PER_OPERATION``."""
        body = self._get("/fee_stats")
        assert body is not None
        try:
            base = int(body["last_ledger_base_fee"])
            charged = body.get("fee_charged") or {}
            median = int(charged.get("p50", base)) if isinstance(charged, dict) else base
        except (KeyError, TypeError, ValueError):
            raise HorizonError(
                QT_TRANSLATE_NOOP("errors", "Horizon sent fee statistics posapp cannot read")
            ) from None
        return max(100, min(max(base, median), MAX_FEE_PER_OPERATION))

    def _get(self, path: str, *, allow_missing: bool = False) -> dict[str, Any] | None:
        try:
            response = self._http.get(self._base + path)
        except httpx.HTTPError as exc:
            raise HorizonUnavailable(
                QT_TRANSLATE_NOOP("errors", "cannot reach Horizon at {url} ({error}): try again"),
                url=self._base,
                error=type(exc).__name__,
            ) from None
        if response.status_code == 404 and allow_missing:
            return None
        if response.status_code != 200:
            raise HorizonStatusError(
                response.status_code,
                QT_TRANSLATE_NOOP("errors", "Horizon answered HTTP {status} for {path}"),
                status=response.status_code,
                path=path,
            )
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            raise HorizonError(
                QT_TRANSLATE_NOOP("errors", "Horizon sent something that is not JSON for {path}"),
                path=path,
            ) from None
        if not isinstance(body, dict):
            raise HorizonError(
                QT_TRANSLATE_NOOP(
                    "errors", "Horizon sent something that is not a JSON object for {path}"
                ),
                path=path,
            )
        return body


def _decimal(value: object, what: str) -> Decimal:
    if not isinstance(value, str):
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a {what} that is not a string"), what=what
        )
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a {what} that is not a number"), what=what
        ) from None
    if not number.is_finite():
        raise HorizonError(
            QT_TRANSLATE_NOOP("errors", "Horizon sent a {what} that is not a number"), what=what
        )
    return number
