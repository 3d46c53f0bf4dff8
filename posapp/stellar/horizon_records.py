"""Horizon ``/payments`` records → ``PaymentRecord`` (docs/design.md "Horizon facts").

Pure functions; any thread (the watcher calls them on its asyncio thread). Parsing is strict:
every shape problem raises ``MalformedRecord`` and nothing else, so one odd record can be
logged and stepped over without stopping the watcher. Amounts stay ``Decimal``.

Record types handled (what ``GET /accounts/{id}/payments`` returns):

    ================================ ==================================================
    type                             gives
    ================================ ==================================================
    payment, path_payment_strict_*   one record: ``to``, asset, ``amount`` (the amount
                                     delivered, never a path payment's source_amount)
    create_account                   one native record: ``account``, ``starting_balance``
    invoke_host_function             one record per ``asset_balance_changes`` entry of
                                     type ``transfer`` (ids ``op``, ``op:1``, ``op:2`` …)
    account_merge, anything else     nothing
    ================================ ==================================================

The memo comes from the transaction embedded by ``join=transactions`` (absent → no memo).
``PaymentRecord.source_account`` is the payer (``from`` / ``funder``), which is whom a refund
of an unmatched payment would go to.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from posapp.core.errors import HorizonError, InvalidAmount
from posapp.core.money import STROOP, parse_stellar_amount
from posapp.core.records import PaymentRecord

CLASSIC_PAYMENT_TYPES = frozenset(
    {"payment", "path_payment_strict_receive", "path_payment_strict_send"}
)
_DIGITS = re.compile(r"[0-9]{1,40}")
_AMOUNT = re.compile(r"[0-9]{1,30}(?:\.[0-9]{1,30})?")
_MAX_UINT64 = 2**64 - 1


class MalformedRecord(HorizonError):
    """A Horizon record lacks a field, has a wrong type or holds an unusable value."""


def paging_token_of(raw: object) -> str | None:
    """The record's ``paging_token`` when it is a string of digits, else None; any thread."""
    if isinstance(raw, dict):
        token = raw.get("paging_token")
        if isinstance(token, str) and _DIGITS.fullmatch(token):
            return token
    return None


def parse_payment_record(raw: object) -> list[PaymentRecord]:
    """Turn one ``/payments`` record into 0..n ``PaymentRecord``; any thread.

    Raises ``MalformedRecord`` (never anything else) when the record cannot be trusted.
    """
    try:
        return _parse(raw)
    except MalformedRecord:
        raise
    except RecursionError:
        raise MalformedRecord("record is nested too deeply") from None


def _parse(raw: object) -> list[PaymentRecord]:
    if not isinstance(raw, dict):
        raise MalformedRecord(f"record is a {type(raw).__name__}, not an object")
    op_type = _str(raw, "type")
    if op_type not in CLASSIC_PAYMENT_TYPES and op_type not in (
        "create_account",
        "invoke_host_function",
    ):
        return []  # account_merge and any future type move nothing we can credit
    operation_id = _str(raw, "id")
    paging_token = paging_token_of(raw)
    if paging_token is None:
        raise MalformedRecord("paging_token is missing or not a string of digits")
    transaction = raw.get("transaction")
    if transaction is not None and not isinstance(transaction, dict):
        raise MalformedRecord("embedded transaction is not an object")
    common: dict[str, Any] = {
        "paging_token": paging_token,
        "transaction_hash": _str(raw, "transaction_hash"),
        "transaction_successful": _successful(raw, transaction),
        "type": op_type,
        "created_at": _created_at(raw),
    }
    memo_type, memo = _memo(transaction)
    common["memo_type"] = memo_type
    common["memo"] = memo
    if op_type in CLASSIC_PAYMENT_TYPES:
        asset_type, asset_code, asset_issuer = _asset(raw)
        return [
            PaymentRecord(
                operation_id=operation_id,
                source_account=_str(raw, "from"),
                destination=_str(raw, "to"),
                asset_type=asset_type,
                asset_code=asset_code,
                asset_issuer=asset_issuer,
                amount=_amount(raw, "amount"),
                destination_muxed_id=_classic_muxed_id(raw),
                source_muxed=_source_muxed(raw),
                **common,
            )
        ]
    if op_type == "create_account":
        return [
            PaymentRecord(
                operation_id=operation_id,
                source_account=_str(raw, "funder"),
                destination=_str(raw, "account"),
                asset_type="native",
                asset_code=None,
                asset_issuer=None,
                amount=_amount(raw, "starting_balance"),
                **common,
            )
        ]
    return _host_function_transfers(raw, operation_id, common)


def _host_function_transfers(
    raw: dict[str, Any], operation_id: str, common: dict[str, Any]
) -> list[PaymentRecord]:
    changes = raw.get("asset_balance_changes")
    if changes is None:
        return []  # Horizon omits the list when the call moved no asset
    if not isinstance(changes, list):
        raise MalformedRecord("asset_balance_changes is not a list")
    out: list[PaymentRecord] = []
    for change in changes:
        if not isinstance(change, dict):
            raise MalformedRecord("an asset_balance_changes entry is not an object")
        if _str(change, "type") != "transfer":
            continue  # mint, burn, clawback: not a payment to anyone
        asset_type, asset_code, asset_issuer = _asset(change)
        muxed = change.get("destination_muxed_id")
        n = len(out)
        out.append(
            PaymentRecord(
                operation_id=operation_id if n == 0 else f"{operation_id}:{n}",
                source_account=_str(change, "from"),
                destination=_str(change, "to"),
                asset_type=asset_type,
                asset_code=asset_code,
                asset_issuer=asset_issuer,
                amount=_amount(change, "amount"),
                destination_muxed_id=None if muxed is None else _uint64(muxed, "muxed id"),
                **common,
            )
        )
    return out


def _str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedRecord(f"{key} is missing or not a non-empty string")
    return value


def _successful(raw: dict[str, Any], transaction: dict[str, Any] | None) -> bool:
    value = raw.get("transaction_successful")
    if value is None and transaction is not None:
        value = transaction.get("successful")
    if not isinstance(value, bool):
        raise MalformedRecord("transaction_successful is missing or not a boolean")
    return value


def _created_at(raw: dict[str, Any]) -> datetime:
    text = _str(raw, "created_at")
    try:
        moment = datetime.fromisoformat(text)
    except (ValueError, TypeError, OverflowError):
        raise MalformedRecord(f"created_at {text[:40]!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise MalformedRecord("created_at has no time zone")
    try:
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise MalformedRecord("created_at is out of range") from None


def _memo(transaction: dict[str, Any] | None) -> tuple[str | None, str | None]:
    if transaction is None:
        return None, None
    memo_type = transaction.get("memo_type")
    if memo_type is None:
        return None, None
    if not isinstance(memo_type, str):
        raise MalformedRecord("memo_type is not a string")
    memo = transaction.get("memo")
    if memo is not None and not isinstance(memo, str):
        raise MalformedRecord("memo is not a string")
    return memo_type, (None if memo_type == "none" else memo)


def _asset(obj: dict[str, Any]) -> tuple[str, str | None, str | None]:
    asset_type = _str(obj, "asset_type")
    if asset_type == "native":
        return asset_type, None, None
    if asset_type in ("credit_alphanum4", "credit_alphanum12"):
        return asset_type, _str(obj, "asset_code"), _str(obj, "asset_issuer")
    raise MalformedRecord(f"asset_type {asset_type[:40]!r} cannot be paid")


def _amount(obj: dict[str, Any], key: str) -> Decimal:
    text = obj.get(key)
    if not isinstance(text, str):
        raise MalformedRecord(f"{key} is missing or not a string")
    if not _AMOUNT.fullmatch(text):
        raise MalformedRecord(f"{key} {text[:40]!r} is not a Stellar amount")
    try:
        if Decimal(text) == 0:
            # Horizon prints "0.0000000" (e.g. a sponsored create_account); money.py refuses 0.
            return Decimal(0).quantize(STROOP)
        return parse_stellar_amount(text)
    except (InvalidAmount, InvalidOperation):
        raise MalformedRecord(f"{key} {text[:40]!r} is not a Stellar amount") from None


def _uint64(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise MalformedRecord(f"{what} is not a string of digits")
    if isinstance(value, str):
        if not _DIGITS.fullmatch(value):
            raise MalformedRecord(f"{what} {value[:40]!r} is not a string of digits")
        value = int(value)
    if not 0 <= value <= _MAX_UINT64:
        raise MalformedRecord(f"{what} is outside 0..2^64-1")
    return value


def _classic_muxed_id(raw: dict[str, Any]) -> int | None:
    """``to_muxed_id`` as int; Horizon omits it when the id is 0, so then decode ``to_muxed``."""
    muxed_id = raw.get("to_muxed_id")
    if muxed_id is not None:
        return _uint64(muxed_id, "to_muxed_id")
    muxed = raw.get("to_muxed")
    if muxed is None:
        return None
    if not isinstance(muxed, str) or not muxed.startswith("M"):
        raise MalformedRecord("to_muxed is not an M… address")
    from stellar_sdk import MuxedAccount  # lazy: stellar_sdk takes ~0.5 s to import

    try:
        account = MuxedAccount.from_account(muxed)
    except Exception:  # stellar_sdk raises several types for a bad StrKey
        raise MalformedRecord("to_muxed is not a valid M… address") from None
    if account.account_muxed_id is None or account.account_id != raw.get("to"):
        raise MalformedRecord("to_muxed does not match to")
    return account.account_muxed_id


def _source_muxed(raw: dict[str, Any]) -> str | None:
    """``from_muxed``: the payer's M… address, checked against ``from``; None when absent."""
    muxed = raw.get("from_muxed")
    if muxed is None:
        return None
    if not isinstance(muxed, str) or not muxed.startswith("M"):
        raise MalformedRecord("from_muxed is not an M… address")
    from stellar_sdk import MuxedAccount  # lazy: stellar_sdk takes ~0.5 s to import

    try:
        account = MuxedAccount.from_account(muxed)
    except Exception:  # stellar_sdk raises several types for a bad StrKey
        raise MalformedRecord("from_muxed is not a valid M… address") from None
    if account.account_id != raw.get("from"):
        raise MalformedRecord("from_muxed does not match from")
    return muxed
