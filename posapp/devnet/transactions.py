"""Decoding of submitted ``TransactionEnvelope`` XDR into immutable devnet values.

``decode_envelope`` reads a base64 envelope (v1 or fee-bump) with stellar-sdk's XDR classes
and returns an :class:`Envelope`: hashes for the devnet's network passphrase, signatures,
sequence, fee, time bounds, memo and the operations the devnet can apply. It checks only
the shape (:class:`Malformed` for anything Horizon could not decode); whether the
transaction is valid against the ledger is ``submit.py``'s job.

Pure functions; any thread (HTTP handler threads in practice).
"""

from __future__ import annotations

import base64
import functools
import hashlib
from dataclasses import dataclass, replace

from stellar_sdk import Asset as SdkAsset
from stellar_sdk import StrKey, xdr
from stellar_sdk.memo import HashMemo, IdMemo, Memo, NoneMemo, ReturnHashMemo, TextMemo

from posapp.devnet.xdr import Asset, network_id

ENVELOPE_TYPE_TX = 2
ENVELOPE_TYPE_TX_FEE_BUMP = 5
SUPPORTED_OPS = (
    "create_account",
    "payment",
    "path_payment_strict_receive",
    "change_trust",
    "path_payment_strict_send",
)


class Malformed(ValueError):
    """The envelope cannot be decoded, or holds something the devnet cannot apply."""


@dataclass(frozen=True, slots=True)
class OpSpec:
    """One decoded operation, amounts in stroops.

    ``amount`` means: payment → amount; create_account → starting balance; change_trust →
    limit; strict send → send amount; strict receive → destination amount. ``limit`` is the
    other bound of a path payment (destination minimum / send maximum).
    """

    type: str
    source: str | None
    """The operation's own source account (G…), or None for the transaction's."""
    destination: str | None
    destination_muxed_id: int | None
    asset: Asset
    """Delivered asset (payments), the trusted asset (change_trust), None otherwise."""
    amount: int
    send_asset: Asset = None
    limit: int = 0
    path: tuple[Asset, ...] = ()
    source_muxed_id: int | None = None
    """The muxed id of the operation's own source, when it is an M… address."""


@dataclass(frozen=True, slots=True)
class Signature:
    """One decorated signature: the signer's key hint and the ed25519 signature."""

    hint: bytes
    signature: bytes


@dataclass(frozen=True, slots=True)
class FeeBump:
    """The outer part of a fee-bump envelope."""

    fee_source: str
    fee: int
    hash: bytes
    signatures: tuple[Signature, ...]


@dataclass(frozen=True, slots=True)
class Envelope:
    """A decoded envelope; ``hash`` is what Horizon reports (the fee bump's, if any)."""

    envelope_xdr: str
    inner_hash: bytes
    """What the source account's signers signed."""
    source: str
    fee: int
    """The inner transaction's fee (max fee) in stroops."""
    sequence: int
    min_time: int
    max_time: int
    """0 means no upper time bound."""
    has_time_bounds: bool
    memo_type: str
    memo_value: bytes | int | None
    operations: tuple[OpSpec, ...]
    signatures: tuple[Signature, ...]
    fee_bump: FeeBump | None = None
    source_muxed_id: int | None = None
    """The muxed id of the transaction's source, when it is an M… address."""

    @property
    def hash(self) -> str:
        """Hex hash Horizon reports for this submission."""
        return (self.fee_bump.hash if self.fee_bump else self.inner_hash).hex()

    @property
    def fee_source(self) -> str:
        """The account that pays the fee."""
        return self.fee_bump.fee_source if self.fee_bump else self.source

    @property
    def max_fee(self) -> int:
        """The fee bid that counts (the outer one for a fee bump)."""
        return self.fee_bump.fee if self.fee_bump else self.fee


def decode_envelope(envelope_xdr: str, passphrase: str) -> Envelope:
    """Decode a base64 ``TransactionEnvelope``; raise Malformed with a one-line reason."""
    try:
        env = xdr.TransactionEnvelope.from_xdr(envelope_xdr)
    except Exception as err:
        raise Malformed(f"cannot decode the envelope: {err}") from None
    net = network_id(passphrase)
    try:
        if env.type == xdr.EnvelopeType.ENVELOPE_TYPE_TX:
            assert env.v1 is not None
            raw = base64.b64decode(envelope_xdr)
            # envelope type, Transaction, then signatures<>: count + (hint, opaque<64>) each
            sigs = 4 + sum(8 + -(-len(s.signature.signature) // 4) * 4 for s in env.v1.signatures)
            signed = len(raw) - sigs
            return _v1(envelope_xdr, env.v1, net, None, raw[4:signed])
        if env.type == xdr.EnvelopeType.ENVELOPE_TYPE_TX_FEE_BUMP:
            assert env.fee_bump is not None
            outer = env.fee_bump.tx
            outer_hash = _hash(net, ENVELOPE_TYPE_TX_FEE_BUMP, outer.to_xdr_bytes())
            bump = FeeBump(
                fee_source=_account(outer.fee_source),
                fee=outer.fee.int64,
                hash=outer_hash,
                signatures=_signatures(env.fee_bump.signatures),
            )
            assert outer.inner_tx.v1 is not None
            return _v1(envelope_xdr, outer.inner_tx.v1, net, bump)
    except Malformed:
        raise
    except Exception as err:
        raise Malformed(f"cannot read the envelope: {err}") from None
    raise Malformed("only v1 and fee-bump transaction envelopes are accepted")


def _v1(
    envelope_xdr: str,
    v1: xdr.TransactionV1Envelope,
    net: bytes,
    bump: FeeBump | None,
    tx_bytes: bytes | None = None,
) -> Envelope:
    """The Envelope of a v1 transaction (possibly inside a fee bump); ``tx_bytes`` are the
    transaction's XDR when the caller has them (saves packing it again for the hash)."""
    tx = v1.tx
    min_time = max_time = 0
    has_bounds = False
    bounds: xdr.TimeBounds | None
    cond = tx.cond
    if cond.type == xdr.PreconditionType.PRECOND_TIME:
        assert cond.time_bounds is not None
        bounds = cond.time_bounds
        has_bounds = True
    elif cond.type == xdr.PreconditionType.PRECOND_V2:
        assert cond.v2 is not None
        bounds = cond.v2.time_bounds
        has_bounds = bounds is not None
    else:
        bounds = None
    if bounds is not None:
        min_time = bounds.min_time.time_point.uint64
        max_time = bounds.max_time.time_point.uint64
    memo_type, memo_value = _memo(Memo.from_xdr_object(tx.memo))
    return Envelope(
        envelope_xdr=envelope_xdr,
        inner_hash=_hash(net, ENVELOPE_TYPE_TX, tx_bytes or tx.to_xdr_bytes()),
        source=_account(tx.source_account),
        fee=tx.fee.uint32,
        sequence=tx.seq_num.sequence_number.int64,
        min_time=min_time,
        max_time=max_time,
        has_time_bounds=has_bounds,
        memo_type=memo_type,
        memo_value=memo_value,
        operations=tuple(_operation(op) for op in tx.operations),
        signatures=_signatures(v1.signatures),
        fee_bump=bump,
        source_muxed_id=_destination(tx.source_account)[1],
    )


def _hash(net: bytes, envelope_type: int, payload: bytes) -> bytes:
    """The signature payload hash: SHA-256 of network id, envelope type and transaction."""
    return hashlib.sha256(net + envelope_type.to_bytes(4, "big") + payload).digest()


def _signatures(items: list[xdr.DecoratedSignature]) -> tuple[Signature, ...]:
    """Decorated signatures as plain bytes."""
    return tuple(Signature(s.hint.signature_hint, s.signature.signature) for s in items)


@functools.lru_cache(maxsize=4096)
def g_address(raw: bytes) -> str:
    """The G… text of a 32-byte ed25519 key (cached: strkey's checksum is slow)."""
    return StrKey.encode_ed25519_public_key(raw)


def _account(muxed: xdr.MuxedAccount) -> str:
    """The G… account of a (possibly muxed) account."""
    return _destination(muxed)[0]


def _destination(muxed: xdr.MuxedAccount) -> tuple[str, int | None]:
    """(G… account, muxed id or None)."""
    if muxed.type == xdr.CryptoKeyType.KEY_TYPE_ED25519:
        assert muxed.ed25519 is not None
        return g_address(muxed.ed25519.uint256), None
    assert muxed.med25519 is not None
    return g_address(muxed.med25519.ed25519.uint256), muxed.med25519.id.uint64


def _asset(value: xdr.Asset) -> Asset:
    """None for XLM, else (code, issuer)."""
    parsed = SdkAsset.from_xdr_object(value)
    if parsed.is_native():
        return None
    assert parsed.issuer is not None
    return (parsed.code, parsed.issuer)


def _memo(memo: Memo) -> tuple[str, bytes | int | None]:
    """(memo type as Horizon names it, raw value)."""
    if isinstance(memo, NoneMemo):
        return "none", None
    if isinstance(memo, TextMemo):
        return "text", memo.memo_text
    if isinstance(memo, IdMemo):
        return "id", memo.memo_id
    if isinstance(memo, HashMemo):
        return "hash", memo.memo_hash
    if isinstance(memo, ReturnHashMemo):
        return "return", memo.memo_return
    raise Malformed("unknown memo type")


def _operation(op: xdr.Operation) -> OpSpec:
    """Decode one operation; raise Malformed for a type the devnet does not apply."""
    spec = _operation_body(op)
    if op.source_account is None:
        return spec
    return replace(spec, source_muxed_id=_destination(op.source_account)[1])


def _operation_body(op: xdr.Operation) -> OpSpec:
    source = _account(op.source_account) if op.source_account is not None else None
    body = op.body
    kind = body.type
    if kind == xdr.OperationType.PAYMENT:
        pay = body.payment_op
        assert pay is not None
        to, muxed_id = _destination(pay.destination)
        return OpSpec("payment", source, to, muxed_id, _asset(pay.asset), pay.amount.int64)
    if kind == xdr.OperationType.PATH_PAYMENT_STRICT_SEND:
        send = body.path_payment_strict_send_op
        assert send is not None
        to, muxed_id = _destination(send.destination)
        return OpSpec(
            "path_payment_strict_send",
            source,
            to,
            muxed_id,
            _asset(send.dest_asset),
            send.send_amount.int64,
            send_asset=_asset(send.send_asset),
            limit=send.dest_min.int64,
            path=tuple(_asset(a) for a in send.path),
        )
    if kind == xdr.OperationType.PATH_PAYMENT_STRICT_RECEIVE:
        receive = body.path_payment_strict_receive_op
        assert receive is not None
        to, muxed_id = _destination(receive.destination)
        return OpSpec(
            "path_payment_strict_receive",
            source,
            to,
            muxed_id,
            _asset(receive.dest_asset),
            receive.dest_amount.int64,
            send_asset=_asset(receive.send_asset),
            limit=receive.send_max.int64,
            path=tuple(_asset(a) for a in receive.path),
        )
    if kind == xdr.OperationType.CREATE_ACCOUNT:
        create = body.create_account_op
        assert create is not None and create.destination.account_id.ed25519 is not None
        to = g_address(create.destination.account_id.ed25519.uint256)
        return OpSpec("create_account", source, to, None, None, create.starting_balance.int64)
    if kind == xdr.OperationType.CHANGE_TRUST:
        trust = body.change_trust_op
        assert trust is not None
        line = trust.line
        if line.type == xdr.AssetType.ASSET_TYPE_POOL_SHARE:
            raise Malformed("the devnet has no liquidity pools")
        code = line.alpha_num4 or line.alpha_num12
        if code is None:
            raise Malformed("change_trust needs a credit asset")
        asset_xdr = xdr.Asset(line.type, alpha_num4=line.alpha_num4, alpha_num12=line.alpha_num12)
        return OpSpec("change_trust", source, None, None, _asset(asset_xdr), trust.limit.int64)
    raise Malformed(
        f"the devnet applies only {', '.join(SUPPORTED_OPS)} operations, not {kind.name.lower()}"
    )
