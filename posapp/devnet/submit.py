"""Validation and atomic application of signed transactions, as stellar-core does them.

:func:`apply` runs with the ledger's lock held (``Ledger.submit``), on the HTTP handler
thread of ``POST /transactions``. Order of checks follows stellar-core: time bounds, fee,
source account, sequence (exactly account sequence + 1), signatures against the source's
signers and thresholds (and each operation source's), fee balance. A transaction refused
there changes nothing and is not recorded. Otherwise the fee is charged and the sequence
consumed, and the operations are applied to copies of the accounts they touch: all of them
take effect, or (``tx_failed``) none, and the failed transaction is recorded.

Result codes are Horizon's strings (``tx_bad_seq``, ``op_underfunded`` …).
"""

from __future__ import annotations

import base64
import functools
import math
import time
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey
from stellar_sdk import Keypair, StrKey, xdr

from posapp.devnet.ledger import (
    MAX_INT64,
    Account,
    Ledger,
    Op,
    Tx,
    asset_fields,
    fmt_amount,
    memo_texts,
)
from posapp.devnet.transactions import Envelope, OpSpec, Signature
from posapp.devnet.xdr import Asset

BASE_FEE = 100
BASE_RESERVE = 5_000_000
"""0.5 XLM, as on the public networks."""
PAYMENT_TYPES = frozenset(
    {"create_account", "payment", "path_payment_strict_send", "path_payment_strict_receive"}
)
_OP_XDR = {
    "create_account": ("CREATE_ACCOUNT", "create_account_result", xdr.CreateAccountResult),
    "payment": ("PAYMENT", "payment_result", xdr.PaymentResult),
    "path_payment_strict_send": (
        "PATH_PAYMENT_STRICT_SEND",
        "path_payment_strict_send_result",
        xdr.PathPaymentStrictSendResult,
    ),
    "path_payment_strict_receive": (
        "PATH_PAYMENT_STRICT_RECEIVE",
        "path_payment_strict_receive_result",
        xdr.PathPaymentStrictReceiveResult,
    ),
    "change_trust": ("CHANGE_TRUST", "change_trust_result", xdr.ChangeTrustResult),
}
_TX_XDR = {"tx_no_source_account": "txNO_ACCOUNT"}
_CODE_SUFFIX = {
    "op_success": "SUCCESS",
    "op_underfunded": "UNDERFUNDED",
    "op_no_trust": "NO_TRUST",
    "op_src_no_trust": "SRC_NO_TRUST",
    "op_line_full": "LINE_FULL",
    "op_no_destination": "NO_DESTINATION",
    "op_malformed": "MALFORMED",
    "op_too_few_offers": "TOO_FEW_OFFERS",
    "op_over_source_max": "OVER_SENDMAX",
    "op_under_dest_min": "UNDER_DESTMIN",
    "op_already_exists": "ALREADY_EXIST",
    "op_low_reserve": "LOW_RESERVE",
    "op_invalid_limit": "INVALID_LIMIT",
    "op_self_not_allowed": "SELF_NOT_ALLOWED",
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a submission did: Horizon's result codes, result XDR and the recorded tx."""

    tx_code: str
    op_codes: tuple[str, ...]
    result_xdr: str
    tx: Tx | None
    """The recorded transaction (successful or ``tx_failed``); None when refused."""

    @property
    def successful(self) -> bool:
        """True when every operation took effect."""
        return self.tx_code == "tx_success"


@dataclass(slots=True)
class _Work:
    """Copies of the accounts a transaction touches (lock held, one submission)."""

    ledger: Ledger
    accounts: dict[str, Account | None] = field(default_factory=dict)

    def get(self, address: str) -> Account | None:
        """A private copy of ``address`` (None when it does not exist)."""
        if address not in self.accounts:
            live = self.ledger.held(address)
            self.accounts[address] = (
                None
                if live is None
                else replace(live, trustlines=dict(live.trustlines), limits=dict(live.limits))
            )
        return self.accounts[address]


class _OpFailed(Exception):
    """An operation failed with a Horizon result code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def submit(ledger: Ledger, env: Envelope) -> Outcome:
    """Check and apply a signed transaction (``POST /transactions``) under the ledger's
    lock; any thread."""
    with ledger.lock:
        return apply(ledger, env, int(time.time()))


def apply(ledger: Ledger, env: Envelope, now: int) -> Outcome:
    """Check and apply ``env`` (ledger lock held, handler thread); never raises."""
    n_ops = len(env.operations)
    fee_charged = BASE_FEE * (n_ops + (1 if env.fee_bump else 0))

    def refuse(code: str, op_codes: tuple[str, ...] = ()) -> Outcome:
        return Outcome(code, op_codes, _result_xdr(env, fee_charged, code, op_codes, []), None)

    if n_ops == 0:
        return refuse("tx_missing_operation")
    if env.min_time and now < env.min_time:
        return refuse("tx_too_early")
    if env.max_time and now > env.max_time:
        return refuse("tx_too_late")
    if env.fee < BASE_FEE * n_ops or (env.fee_bump and env.fee_bump.fee < fee_charged):
        return refuse("tx_insufficient_fee")
    source = ledger.held(env.source)
    fee_source = ledger.held(env.fee_source)
    if source is None or fee_source is None:
        return refuse("tx_no_source_account")
    if env.sequence != source.sequence + 1:
        return refuse("tx_bad_seq")
    used: set[int] = set()
    if not _authorized(ledger, env.source, env.inner_hash, env.signatures, used, "low"):
        return refuse("tx_bad_auth")
    op_auth = [
        _authorized(ledger, op.source or env.source, env.inner_hash, env.signatures, used, "med")
        for op in env.operations
    ]
    if not all(op_auth):
        return refuse("tx_failed", tuple("op_success" if ok else "op_bad_auth" for ok in op_auth))
    if env.fee_bump is not None:
        bump_used: set[int] = set()
        if not _authorized(
            ledger, env.fee_source, env.fee_bump.hash, env.fee_bump.signatures, bump_used, "low"
        ):
            return refuse("tx_bad_auth")
        if len(bump_used) != len(env.fee_bump.signatures):
            return refuse("tx_bad_auth_extra")
    if len(used) != len(env.signatures):
        return refuse("tx_bad_auth_extra")
    if fee_source.native - _min_balance(fee_source) < fee_charged and not fee_source.unlimited:
        return refuse("tx_insufficient_balance")

    # Valid: charge the fee, consume the sequence, then apply the operations.
    ledger_no, tx_index, created_at = ledger.place()
    if not fee_source.unlimited:
        fee_source.native -= fee_charged
    source.sequence = env.sequence
    source.sequence_ledger = ledger_no
    source.sequence_time = created_at
    work = _Work(ledger)
    codes: list[str] = []
    bodies: list[tuple[OpSpec, dict[str, Any], bytes | None]] = []
    for spec in env.operations:
        try:
            body, success = _apply_op(work, spec, spec.source or env.source)
            codes.append("op_success")
            bodies.append((spec, body, success))
        except _OpFailed as failed:
            codes.append(failed.code)
            bodies.append((spec, {}, None))
    ok = all(code == "op_success" for code in codes)
    tx_code = "tx_success" if ok else "tx_failed"
    if ok:
        ledger.commit(
            {a: acct for a, acct in work.accounts.items() if acct is not None},
            ledger_no,
            created_at,
        )
    result = _result_xdr(env, fee_charged, tx_code, tuple(codes), [b[2] for b in bodies])
    tx = _tx_record(env, ledger_no, tx_index, created_at, ok, fee_charged, result)
    ops = [
        _op_record(tx, index, spec, spec.source or env.source, body, ok, _sender_muxed(env, spec))
        for index, (spec, body, _) in enumerate(bodies, start=1)
        if spec.type in PAYMENT_TYPES
    ]
    ledger.record(tx, ops)
    return Outcome(tx_code, tuple(codes), result, tx)


# ---- signatures ------------------------------------------------------------------------


def _authorized(
    ledger: Ledger,
    address: str,
    payload: bytes,
    signatures: tuple[Signature, ...],
    used: set[int],
    level: str,
) -> bool:
    """Whether ``signatures`` carry enough weight of ``address``'s signers for ``level``."""
    account = ledger.held(address)
    if account is None:
        return False
    needed = {"low": account.thresholds[0], "med": account.thresholds[1]}[level]
    total = 0
    matched = False
    for key, weight in account.signers().items():
        raw = _raw_key(key)
        for index, sig in enumerate(signatures):
            if sig.hint != raw[-4:] or not _verify(raw, payload, sig.signature):
                continue
            used.add(index)
            if weight > 0:
                total += weight
                matched = True
            break
    return matched and total >= needed


@functools.lru_cache(maxsize=4096)
def _raw_key(address: str) -> bytes:
    """The 32 key bytes of a G… address (cached: strkey's checksum is slow)."""
    return StrKey.decode_ed25519_public_key(address)


@functools.lru_cache(maxsize=256)
def _verify(public: bytes, payload: bytes, signature: bytes) -> bool:
    """Ed25519 check of ``signature`` over ``payload`` (cached: a transaction's source
    usually signs for the transaction and for each of its operations)."""
    try:
        VerifyKey(public).verify(payload, signature)
    except (BadSignatureError, ValueError):
        return False
    return True


# ---- operations ------------------------------------------------------------------------


def _min_balance(account: Account) -> int:
    """Native reserve: (2 + sub-entries) × 0.5 XLM."""
    return (2 + len(account.trustlines) + (1 if account.memo_required else 0)) * BASE_RESERVE


def _tracked(account: Account, what: Asset) -> bool:
    """Whether balances of ``what`` move and are checked for ``account``."""
    if account.unlimited:
        return False
    return what is None or what[1] != account.account_id


def _debit(account: Account, what: Asset, amount: int) -> None:
    """Take ``amount`` from the sender or raise op_src_no_trust / op_underfunded."""
    if not _tracked(account, what):
        return
    if what is None:
        if account.native - _min_balance(account) < amount:
            raise _OpFailed("op_underfunded")
        account.native -= amount
        return
    held = account.trustlines.get(what)
    if held is None:
        raise _OpFailed("op_src_no_trust")
    if held < amount:
        raise _OpFailed("op_underfunded")
    account.trustlines[what] = held - amount


def _credit(account: Account, what: Asset, amount: int) -> None:
    """Give ``amount`` to the receiver or raise op_no_trust / op_line_full."""
    if not _tracked(account, what):
        return
    if what is None:
        if amount > MAX_INT64 - account.native:
            raise _OpFailed("op_line_full")
        account.native += amount
        return
    held = account.trustlines.get(what)
    if held is None:
        raise _OpFailed("op_no_trust")
    if amount > account.limit(what) - held:
        raise _OpFailed("op_line_full")
    account.trustlines[what] = held + amount


def _value_in_xlm(ledger: Ledger, what: Asset) -> Fraction | None:
    """What one unit of ``what`` is worth in XLM on the devnet's market; None: no market."""
    if what is None:
        return Fraction(1)
    if what[0] == "USDC":
        return ledger.xlm_per_usdc
    return None


def _convert(ledger: Ledger, spec: OpSpec) -> tuple[int, int]:
    """(sent, delivered) of a path payment at the devnet price, or raise its op code."""
    if spec.send_asset == spec.asset:
        rate = Fraction(1)
    else:
        send_value = _value_in_xlm(ledger, spec.send_asset)
        dest_value = _value_in_xlm(ledger, spec.asset)
        if send_value is None or dest_value is None:
            raise _OpFailed("op_too_few_offers")
        rate = send_value / dest_value  # destination units per source unit
    if spec.type == "path_payment_strict_send":
        delivered = math.floor(spec.amount * rate)
        if delivered <= 0:
            raise _OpFailed("op_too_few_offers")
        if delivered < spec.limit:
            raise _OpFailed("op_under_dest_min")
        return spec.amount, delivered
    sent = math.ceil(spec.amount / rate)
    if sent > spec.limit:
        raise _OpFailed("op_over_source_max")
    return sent, spec.amount


def _apply_op(
    work: _Work, spec: OpSpec, source_address: str
) -> tuple[dict[str, Any], bytes | None]:
    """Apply one operation to the work copies; (Horizon body, success detail) or raise."""
    source = work.get(source_address)
    assert source is not None  # signature checks already required it
    if spec.type == "change_trust":
        _change_trust(source, spec)
        return {}, None
    if spec.amount <= 0 or spec.destination is None:
        raise _OpFailed("op_malformed")
    if spec.type == "create_account":
        if work.get(spec.destination) is not None:
            raise _OpFailed("op_already_exists")
        if spec.amount < 2 * BASE_RESERVE:
            raise _OpFailed("op_low_reserve")
        _debit(source, None, spec.amount)
        work.accounts[spec.destination] = work.ledger.new_account(spec.destination, spec.amount)
        body: dict[str, Any] = {
            "starting_balance": fmt_amount(spec.amount),
            "funder": source_address,
            "account": spec.destination,
        }
        return body, None
    destination = work.get(spec.destination)
    if destination is None:
        raise _OpFailed("op_no_destination")
    if spec.type == "payment":
        _credit(destination, spec.asset, spec.amount)
        _debit(source, spec.asset, spec.amount)
        return _payment_body(spec, source_address, spec.amount), None
    if spec.limit <= 0:
        raise _OpFailed("op_malformed")
    sent, delivered = _convert(work.ledger, spec)
    _credit(destination, spec.asset, delivered)
    _debit(source, spec.send_asset, sent)
    body = _payment_body(spec, source_address, delivered)
    body["path"] = [asset_fields(hop) for hop in spec.path]
    body["source_amount"] = fmt_amount(sent)
    if spec.type == "path_payment_strict_send":
        body["destination_min"] = fmt_amount(spec.limit)
    else:
        body["source_max"] = fmt_amount(spec.limit)
    body.update(asset_fields(spec.send_asset, "source_"))
    last = xdr.SimplePaymentResult(
        Keypair.from_public_key(spec.destination).xdr_account_id(),
        _sdk_asset(spec.asset),
        xdr.Int64(delivered),
    )
    return body, last.to_xdr_bytes()


def _change_trust(source: Account, spec: OpSpec) -> None:
    """Add, change or remove a trustline (limit 0 removes an empty one)."""
    what = spec.asset
    if what is None or spec.amount < 0:
        raise _OpFailed("op_malformed")
    if what[1] == source.account_id:
        raise _OpFailed("op_malformed")
    held = source.trustlines.get(what)
    if held is None:
        if spec.amount == 0:
            raise _OpFailed("op_invalid_limit")
        if source.native - _min_balance(source) < BASE_RESERVE:
            raise _OpFailed("op_low_reserve")
        source.trustlines[what] = 0
        source.limits[what] = spec.amount
        return
    if spec.amount < held:
        raise _OpFailed("op_invalid_limit")
    if spec.amount == 0:
        del source.trustlines[what]
        source.limits.pop(what, None)
    else:
        source.limits[what] = spec.amount


def _payment_body(spec: OpSpec, sender: str, delivered: int) -> dict[str, Any]:
    """Horizon's payment fields: asset, from, to (and to_muxed), amount."""
    assert spec.destination is not None
    body: dict[str, Any] = {**asset_fields(spec.asset), "from": sender, "to": spec.destination}
    if spec.destination_muxed_id is not None:
        raw = StrKey.decode_ed25519_public_key(spec.destination)
        body["to_muxed"] = StrKey.encode_med25519_public_key(
            raw + spec.destination_muxed_id.to_bytes(8, "big")
        )
        body["to_muxed_id"] = str(spec.destination_muxed_id)
    body["amount"] = fmt_amount(delivered)
    return body


# ---- records and result XDR ------------------------------------------------------------


def _sdk_asset(what: Asset) -> xdr.Asset:
    """stellar-sdk XDR of a devnet asset."""
    from stellar_sdk import Asset as SdkAsset

    return (SdkAsset.native() if what is None else SdkAsset(*what)).to_xdr_object()


def _op_result(op_type: str, code: str, success: bytes | None) -> xdr.OperationResult:
    """``OperationResult`` for one operation and its Horizon code."""
    if code == "op_bad_auth":
        return xdr.OperationResult(xdr.OperationResultCode.opBAD_AUTH)
    prefix, attribute, result_class = _OP_XDR[op_type]
    enum = getattr(xdr, f"{result_class.__name__}Code")
    value = getattr(enum, f"{prefix}_{_CODE_SUFFIX[code]}")
    if success is not None and code == "op_success":
        success_class = getattr(xdr, f"{result_class.__name__}Success")
        last = xdr.SimplePaymentResult.from_xdr_bytes(success)
        inner = result_class(value, success=success_class([], last))
    else:
        inner = result_class(value)
    tr = xdr.OperationResultTr(getattr(xdr.OperationType, prefix), **{attribute: inner})
    return xdr.OperationResult(xdr.OperationResultCode.opINNER, tr)


def _result_xdr(
    env: Envelope,
    fee_charged: int,
    tx_code: str,
    op_codes: tuple[str, ...],
    successes: list[bytes | None],
) -> str:
    """Base64 ``TransactionResult`` (wrapped in a fee-bump pair for fee bumps)."""
    results = None
    if tx_code in ("tx_success", "tx_failed") and op_codes:
        details = successes or [None] * len(op_codes)
        results = [
            _op_result(spec.type, code, detail)
            for spec, code, detail in zip(env.operations, op_codes, details, strict=True)
        ]
    code = getattr(xdr.TransactionResultCode, _TX_XDR.get(tx_code, "tx" + tx_code[3:].upper()))
    if env.fee_bump is None:
        result = xdr.TransactionResult(
            xdr.Int64(fee_charged),
            xdr.TransactionResultResult(code, results=results),
            xdr.TransactionResultExt(0),
        )
    else:
        inner = xdr.InnerTransactionResult(
            xdr.Int64(0),
            xdr.InnerTransactionResultResult(code, results=results),
            xdr.InnerTransactionResultExt(0),
        )
        outer = (
            xdr.TransactionResultCode.txFEE_BUMP_INNER_SUCCESS
            if tx_code == "tx_success"
            else xdr.TransactionResultCode.txFEE_BUMP_INNER_FAILED
        )
        if tx_code not in ("tx_success", "tx_failed"):
            outer = code
            inner_pair = None
        else:
            inner_pair = xdr.InnerTransactionResultPair(xdr.Hash(env.inner_hash), inner)
        result = xdr.TransactionResult(
            xdr.Int64(fee_charged),
            xdr.TransactionResultResult(outer, inner_result_pair=inner_pair),
            xdr.TransactionResultExt(0),
        )
    return result.to_xdr()


def horizon_tx_code(code: str, env: Envelope) -> str:
    """The transaction code Horizon prints (fee bumps wrap the inner one)."""
    if env.fee_bump is None:
        return code
    return {"tx_success": "tx_fee_bump_inner_success", "tx_failed": "tx_fee_bump_inner_failed"}.get(
        code, code
    )


def _tx_record(
    env: Envelope,
    ledger_no: int,
    tx_index: int,
    created_at: str,
    successful: bool,
    fee_charged: int,
    result_xdr: str,
) -> Tx:
    """The Horizon transaction record of an applied (or ``tx_failed``) envelope."""
    memo_text, memo_bytes = memo_texts(env.memo_type, env.memo_value)
    outer_sigs = env.fee_bump.signatures if env.fee_bump else env.signatures
    return Tx(
        hash=env.hash,
        ledger=ledger_no,
        paging_token=(ledger_no << 32) | (tx_index << 12),
        created_at=created_at,
        source_account=env.source,
        sequence=env.sequence,
        successful=successful,
        memo_type=env.memo_type,
        memo=memo_text,
        memo_bytes=memo_bytes,
        envelope_xdr=env.envelope_xdr,
        result_xdr=result_xdr,
        signatures=tuple(_b64(s.signature) for s in outer_sigs),
        max_time=env.max_time,
        min_time=env.min_time,
        fee_account=env.fee_source,
        fee_charged=fee_charged,
        max_fee=env.max_fee,
        operation_count=len(env.operations),
        inner_hash=env.inner_hash.hex() if env.fee_bump else None,
        inner_signatures=tuple(_b64(s.signature) for s in env.signatures),
        inner_max_fee=env.fee,
    )


def _sender_muxed(env: Envelope, spec: OpSpec) -> int | None:
    """The muxed id the operation's sender used (its own source's, else the transaction's)."""
    return spec.source_muxed_id if spec.source else env.source_muxed_id


def _op_record(
    tx: Tx,
    index: int,
    spec: OpSpec,
    source: str,
    body: dict[str, Any],
    ok: bool,
    source_muxed_id: int | None = None,
) -> Op:
    """The payments-feed record of one payment-like operation of ``tx``; a payment from a
    muxed sender carries ``from_muxed`` and ``from_muxed_id`` as Horizon prints them."""
    if not ok:
        body = _failed_body(spec, source)
    if source_muxed_id is not None and "from" in body:
        raw = StrKey.decode_ed25519_public_key(source) + source_muxed_id.to_bytes(8, "big")
        body = {
            **body,
            "from_muxed": StrKey.encode_med25519_public_key(raw),
            "from_muxed_id": str(source_muxed_id),
        }
    participants = {source}
    if spec.destination is not None:
        participants.add(spec.destination)
    return Op(
        id=tx.paging_token | index,
        tx=tx,
        type=spec.type,
        source_account=source,
        body=body,
        participants=frozenset(participants),
    )


def _failed_body(spec: OpSpec, source: str) -> dict[str, Any]:
    """Fields of an operation of a failed transaction (what it asked for)."""
    if spec.type == "create_account":
        return {
            "starting_balance": fmt_amount(spec.amount),
            "funder": source,
            "account": spec.destination,
        }
    if spec.type == "payment":
        return _payment_body(spec, source, spec.amount)
    strict_send = spec.type == "path_payment_strict_send"
    delivered = spec.limit if strict_send else spec.amount
    body = _payment_body(spec, source, delivered)
    body["path"] = [asset_fields(hop) for hop in spec.path]
    body["source_amount"] = fmt_amount(spec.amount if strict_send else 0)
    body["destination_min" if strict_send else "source_max"] = fmt_amount(spec.limit)
    body.update(asset_fields(spec.send_asset, "source_"))
    return body


def _b64(raw: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(raw).decode("ascii")
