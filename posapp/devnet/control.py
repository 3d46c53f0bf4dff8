"""Validation of devnet control input (Python kwargs or ``/_devnet/`` JSON) and fault state.

``payment_request`` turns ``Devnet.pay`` keyword arguments into a checked, immutable
:class:`PaymentRequest`; ``payment_request_from_json`` / ``account_request_from_json``
do the same for the JSON bodies of ``POST /_devnet/pay`` and ``POST /_devnet/accounts``.
:class:`Faults` holds the injected outage windows (``fail_for``, ``hang_streams``).

Everything here is thread-safe and runs on whichever thread calls it (the test thread
for the Python API, an HTTP handler thread for the control endpoints).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from stellar_sdk import StrKey

from posapp.core.errors import InvalidAmount
from posapp.core.money import MAX_STELLAR_AMOUNT, parse_amount, to_stroops
from posapp.devnet.errors import DevnetError
from posapp.devnet.xdr import Asset
from posapp.stellar.networks import TESTNET

OP_TYPES = frozenset(
    {"payment", "path_payment_strict_send", "path_payment_strict_receive", "invoke_host_function"}
)
MEMO_TYPES = frozenset({"text", "id", "hash", "return", "none"})
MAX_MEMO_TEXT_BYTES = 28
MAX_UINT64 = 2**64 - 1
_ASSET_CODE = re.compile(r"^[A-Za-z0-9]{1,12}$")


def devnet_address(label: str) -> str:
    """A fixed G… address for a devnet role (demo merchant, customer, issuers).

    The 32 key bytes are a hash, not derived from a seed: nobody holds a secret key for
    these addresses, so money sent to one on a real network would be burnt, never taken.
    """
    return StrKey.encode_ed25519_public_key(
        hashlib.sha256(f"posapp devnet {label}".encode()).digest()
    )


def check_account(value: object, field: str) -> str:
    """Return ``value`` if it is a G… account address; raise DevnetError otherwise."""
    if not isinstance(value, str) or not StrKey.is_valid_ed25519_public_key(value):
        raise DevnetError(f"{field} must be a G… account address, got {str(value)[:60]!r}")
    return value


def parse_asset(text: str, field: str) -> Asset:
    """``XLM``/``native`` → None; ``CODE:ISSUER``; bare ``CODE`` → a fixed devnet issuer."""
    if text.lower() in ("xlm", "native"):
        return None
    code, _, issuer = text.partition(":")
    if not _ASSET_CODE.match(code):
        raise DevnetError(f"{field}: {code[:20]!r} is not an asset code (1-12 letters/digits)")
    if issuer:
        check_account(issuer, f"{field} issuer")
    else:
        issuer = devnet_address(f"issuer {code}")
    return (code, issuer)


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """A checked request for one payment-like operation (see ``Devnet.pay``)."""

    to: str
    to_muxed_id: int | None
    """Set when ``to`` was given as an M… address (classic muxed destination)."""
    amount: int
    """Stroops delivered to ``to``."""
    asset: Asset
    memo_type: str
    memo_value: bytes | int | None
    from_account: str | None
    op_type: str
    source_asset: Asset
    """What the sender spends: ``asset`` except for path payments."""
    failed: bool
    muxed_id: int | None
    """``destination_muxed_id`` of an invoke_host_function transfer."""


def payment_request(
    *,
    to: object,
    amount: object,
    asset_code: object = "USDC",
    asset_issuer: object = TESTNET.usdc_issuer,
    memo: object = None,
    memo_type: object = "text",
    from_account: object = None,
    path_from: object = None,
    failed: object = False,
    muxed_id: object = None,
    op_type: object = "payment",
) -> PaymentRequest:
    """Check ``Devnet.pay`` arguments; raise DevnetError with a one-line reason."""
    to_address, to_muxed_id = _destination(to)
    try:
        value = parse_amount(amount, places=7, maximum=MAX_STELLAR_AMOUNT)
    except InvalidAmount as err:
        raise DevnetError(f"amount: {err}") from None
    stroops = to_stroops(Decimal(value))
    what = _asset(asset_code, asset_issuer)
    m_type, m_value = _memo(memo, memo_type)
    sender = None
    if from_account is not None:
        if isinstance(from_account, str) and StrKey.is_valid_contract(from_account):
            sender = from_account
        else:
            sender = check_account(from_account, "from_account")
    if not isinstance(failed, bool):
        raise DevnetError("failed must be true or false")
    if muxed_id is not None:
        muxed_id = _uint64(muxed_id, "muxed_id")
    if not isinstance(op_type, str) or op_type not in OP_TYPES:
        raise DevnetError(f"op_type must be one of {', '.join(sorted(OP_TYPES))}")
    if path_from is not None and not isinstance(path_from, str):
        raise DevnetError("path_from must be an asset: XLM, CODE or CODE:ISSUER")
    if op_type == "payment" and path_from is not None:
        op_type = "path_payment_strict_send"
    elif op_type == "payment" and muxed_id is not None:
        op_type = "invoke_host_function"
    source_asset = what
    if op_type.startswith("path_payment"):
        source_asset = parse_asset(path_from or "XLM", "path_from")
        if source_asset == what:
            raise DevnetError("path_from must differ from the delivered asset")
    elif path_from is not None:
        raise DevnetError(f"path_from only applies to path payments, not {op_type}")
    if op_type == "invoke_host_function":
        if what is None:
            raise DevnetError("invoke_host_function transfers need a credit asset, not XLM")
        if to_muxed_id is not None:
            raise DevnetError(
                "give an invoke_host_function's muxed id as muxed_id, not an M address"
            )
    elif muxed_id is not None:
        raise DevnetError(
            "muxed_id only applies to invoke_host_function; pay an M… address instead"
        )
    if sender is not None and sender.startswith("C") and op_type != "invoke_host_function":
        raise DevnetError("a contract (C…) can only send through invoke_host_function")
    return PaymentRequest(
        to=to_address,
        to_muxed_id=to_muxed_id,
        amount=stroops,
        asset=what,
        memo_type=m_type,
        memo_value=m_value,
        from_account=sender,
        op_type=op_type,
        source_asset=source_asset,
        failed=failed,
        muxed_id=muxed_id,
    )


_PAY_FIELDS = frozenset(
    {
        "to",
        "amount",
        "asset_code",
        "asset_issuer",
        "memo",
        "memo_type",
        "from_account",
        "path_from",
        "failed",
        "muxed_id",
        "op_type",
    }
)


def payment_request_from_json(body: object) -> PaymentRequest:
    """Check the JSON body of ``POST /_devnet/pay`` (amount as a string)."""
    fields = _json_object(body, _PAY_FIELDS)
    for required in ("to", "amount"):
        if required not in fields:
            raise DevnetError(f"missing field {required!r}")
    if not isinstance(fields["amount"], str):
        raise DevnetError('amount must be a JSON string, e.g. "12.50"')
    if fields.get("muxed_id") is not None and isinstance(fields["muxed_id"], str):
        fields["muxed_id"] = _uint64(fields["muxed_id"], "muxed_id")
    return payment_request(**fields)


@dataclass(frozen=True, slots=True)
class AccountRequest:
    """A checked request to create an account (see ``Devnet.create_account``)."""

    account_id: str | None
    usdc_trustline: bool
    memo_required: bool
    xlm: int
    """Starting XLM balance in stroops."""
    history: bool = True
    """False: Horizon no longer keeps the account's creation (history retention), so its
    payments feed starts empty."""


def account_request(
    account_id: object = None,
    *,
    usdc_trustline: object = True,
    memo_required: object = False,
    xlm: object = "10000",
    history: object = True,
) -> AccountRequest:
    """Check ``Devnet.create_account`` arguments; raise DevnetError otherwise."""
    if account_id is not None:
        check_account(account_id, "account_id")
    flags = (
        ("usdc_trustline", usdc_trustline),
        ("memo_required", memo_required),
        ("history", history),
    )
    for name, flag in flags:
        if not isinstance(flag, bool):
            raise DevnetError(f"{name} must be true or false")
    try:
        starting = parse_amount(xlm, places=7, maximum=MAX_STELLAR_AMOUNT)
    except InvalidAmount as err:
        raise DevnetError(f"xlm: {err}") from None
    return AccountRequest(
        account_id=account_id,  # type: ignore[arg-type]
        usdc_trustline=usdc_trustline,  # type: ignore[arg-type]
        memo_required=memo_required,  # type: ignore[arg-type]
        xlm=to_stroops(Decimal(starting)),
        history=history,  # type: ignore[arg-type]
    )


def account_request_from_json(body: object) -> AccountRequest:
    """Check the JSON body of ``POST /_devnet/accounts`` (an empty body means defaults)."""
    fields = _json_object(
        {} if body is None else body,
        {"account_id", "usdc_trustline", "memo_required", "xlm", "history"},
    )
    if "xlm" in fields and not isinstance(fields["xlm"], str):
        raise DevnetError('xlm must be a JSON string, e.g. "10000"')
    return account_request(**fields)


def seconds_from_json(body: object, *, allow_status: bool) -> tuple[float, int]:
    """Check ``{"seconds": N[, "status": S]}`` for fail_for / hang_streams."""
    allowed = {"seconds", "status"} if allow_status else {"seconds"}
    fields = _json_object(body, allowed)
    if "seconds" not in fields:
        raise DevnetError("missing field 'seconds'")
    return check_seconds(fields["seconds"]), check_status(fields.get("status", 503))


def check_seconds(value: object) -> float:
    """A fault duration: a number from 0 to 3600 seconds."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise DevnetError("seconds must be a number")
    seconds = float(value)
    if not 0 <= seconds <= 3600:
        raise DevnetError("seconds must be between 0 and 3600")
    return seconds


def check_status(value: object) -> int:
    """An injected HTTP error status: an integer from 400 to 599."""
    if isinstance(value, bool) or not isinstance(value, int) or not 400 <= value <= 599:
        raise DevnetError("status must be an integer HTTP error status (400-599)")
    return value


class Faults:
    """Injected outage windows, shared by every HTTP handler thread.

    ``fail_for`` makes Horizon endpoints answer an error status until a deadline;
    ``hang_until`` makes SSE connections go silent (see ``Devnet.hang_streams``).
    Uses ``time.monotonic``; all methods are thread-safe.
    """

    def __init__(self) -> None:
        """Start with no fault windows open."""
        self._lock = threading.Lock()
        self._fail_until = 0.0
        self._fail_status = 503
        self._hang_until = 0.0

    def fail_for(self, seconds: float, status: int) -> None:
        """Answer ``status`` on every Horizon endpoint for ``seconds`` (0 clears it)."""
        with self._lock:
            self._fail_until = time.monotonic() + seconds
            self._fail_status = status

    def failing_status(self) -> int | None:
        """The status to answer right now, or None when no failure window is open."""
        with self._lock:
            return self._fail_status if time.monotonic() < self._fail_until else None

    def hang_for(self, seconds: float) -> None:
        """Open a window during which new or active SSE connections go silent."""
        with self._lock:
            self._hang_until = max(self._hang_until, time.monotonic() + seconds)

    def hanging(self) -> bool:
        """True while a hang window is open."""
        with self._lock:
            return time.monotonic() < self._hang_until


def _json_object(body: object, allowed: set[str] | frozenset[str]) -> dict[str, Any]:
    """The body as a dict with only ``allowed`` keys; raise DevnetError otherwise."""
    if not isinstance(body, dict):
        raise DevnetError("request body must be a JSON object")
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise DevnetError(f"unknown field(s): {', '.join(unknown)}")
    return dict(body)


def _destination(value: object) -> tuple[str, int | None]:
    """A G… address, or an M… address split into its G… account and id."""
    if isinstance(value, str) and StrKey.is_valid_med25519_public_key(value):
        raw = StrKey.decode_med25519_public_key(value)
        return StrKey.encode_ed25519_public_key(raw[:32]), int.from_bytes(raw[32:], "big")
    return check_account(value, "to"), None


def _asset(code: object, issuer: object) -> Asset:
    """The delivered asset from ``asset_code`` / ``asset_issuer``."""
    if not isinstance(code, str):
        raise DevnetError("asset_code must be a string")
    if code.lower() in ("xlm", "native"):
        return None
    if not _ASSET_CODE.match(code):
        raise DevnetError(f"asset_code {code[:20]!r} is not 1-12 letters/digits")
    return (code, check_account(issuer, "asset_issuer"))


def _memo(memo: object, memo_type: object) -> tuple[str, bytes | int | None]:
    """Check a memo; return its type and raw value (bytes, or int for ``id``)."""
    if memo is None:
        return "none", None
    if not isinstance(memo_type, str) or memo_type not in MEMO_TYPES:
        raise DevnetError("memo_type must be text, id, hash or return")
    if not isinstance(memo, str):
        raise DevnetError("memo must be a string")
    if memo_type == "none":
        raise DevnetError("memo_type none cannot carry a memo")
    if memo_type == "text":
        raw = memo.encode("utf-8")
        if len(raw) > MAX_MEMO_TEXT_BYTES:
            raise DevnetError(f"text memo is {len(raw)} bytes; the maximum is 28")
        return "text", raw
    if memo_type == "id":
        return "id", _uint64(memo, "memo")
    return memo_type, _hash32(memo)


def _hash32(text: str) -> bytes:
    """32 bytes given as 64 hex digits or as base64."""
    if re.fullmatch(r"[0-9a-fA-F]{64}", text):
        return bytes.fromhex(text)
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise DevnetError("hash/return memo must be 32 bytes (64 hex digits or base64)")
    return raw


def _uint64(value: object, field: str) -> int:
    """An unsigned 64-bit integer given as an int or a decimal string."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,20}", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_UINT64:
        raise DevnetError(f"{field} must be an integer from 0 to 2^64-1")
    return value
