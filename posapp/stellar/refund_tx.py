"""The unsigned refund transaction and its SEP-7 ``web+stellar:tx`` URI.

posapp builds the transaction with stellar-sdk and never signs it: the owner's wallet does.
One ``payment`` of the network's USDC (issuer pinned) from the merchant account to the
payer, with the refund's memo, a fee from Horizon's ``fee_stats`` and time bounds.

Pure functions; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from stellar_sdk import (
    Account,
    Asset,
    MuxedAccount,
    TransactionBuilder,
    TransactionEnvelope,
)
from stellar_sdk.memo import IdMemo, Memo, TextMemo
from stellar_sdk.sep.stellar_uri import TransactionStellarUri

from posapp.core.errors import InvalidAddress, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.stellar.networks import Network

MAX_URI_MSG = 300
"""SEP-7's limit for ``msg``."""


@dataclass(frozen=True, slots=True)
class RefundTxRequest:
    """Everything the refund transaction holds. ``account_sequence`` is the merchant
    account's current sequence number as Horizon reported it (the transaction uses + 1)."""

    network: Network
    source: str
    account_sequence: int
    destination: str
    amount: Decimal
    memo_type: str
    memo: str
    fee_per_operation: int
    valid_from: datetime
    valid_until: datetime


@dataclass(frozen=True, slots=True)
class BuiltTx:
    """The unsigned transaction: base64 envelope, its hash, the sequence and fee it uses."""

    envelope_xdr: str
    tx_hash: str
    sequence: int
    fee: int


def make_memo(memo_type: str, memo: str) -> Memo:
    """A stellar-sdk memo of ``memo_type`` ``text`` (≤ 28 bytes) or ``id`` (uint64 digits);
    raise InvalidInput for anything else."""
    if memo_type == "text":
        if len(memo.encode("utf-8")) > 28:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a text memo holds at most 28 bytes"))
        return TextMemo(memo)
    if memo_type == "id":
        if not memo.isdigit() or int(memo) >= 2**64:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "an id memo is a whole number below 2^64")
            )
        return IdMemo(int(memo))
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "memo type {memo_type!r} is not text or id"),
        memo_type=memo_type,
    )


def check_destination(address: str) -> MuxedAccount:
    """The payer's ``G…`` or ``M…`` address as stellar-sdk reads it; InvalidAddress if bad."""
    try:
        return MuxedAccount.from_account(address)
    except Exception:  # stellar-sdk raises several types for a bad StrKey
        raise InvalidAddress(
            QT_TRANSLATE_NOOP("errors", "{address!r} is not a Stellar G… or M… address"),
            address=address[:70],
        ) from None


def build_refund_tx(req: RefundTxRequest) -> BuiltTx:
    """Build the unsigned refund transaction (base64 envelope without signatures)."""
    destination = check_destination(req.destination)
    builder = TransactionBuilder(
        Account(req.source, req.account_sequence),
        network_passphrase=req.network.passphrase,
        base_fee=req.fee_per_operation,
    )
    builder.append_payment_op(
        destination=destination,
        asset=Asset("USDC", req.network.usdc_issuer),
        amount=format_plain(req.amount),
    )
    builder.add_memo(make_memo(req.memo_type, req.memo))
    builder.add_time_bounds(int(req.valid_from.timestamp()), int(req.valid_until.timestamp()))
    envelope = builder.build()
    return BuiltTx(
        envelope_xdr=envelope.to_xdr(),
        tx_hash=envelope.hash_hex(),
        sequence=envelope.transaction.sequence,
        fee=envelope.transaction.fee,
    )


def refund_uri(envelope_xdr: str, network: Network, message: str, signer: str) -> str:
    """The SEP-7 ``web+stellar:tx`` URI a wallet opens to sign and submit the refund.

    ``pubkey`` names the merchant account that must sign; ``network_passphrase`` is always
    given (a wallet must never guess the network of a refund).
    """
    envelope = TransactionEnvelope.from_xdr(envelope_xdr, network.passphrase)
    if len(message) > MAX_URI_MSG:
        message = message[: MAX_URI_MSG - 1] + "…"
    return TransactionStellarUri(
        transaction_envelope=envelope,
        pubkey=signer,
        message=message,
        network_passphrase=network.passphrase,
    ).to_uri()
