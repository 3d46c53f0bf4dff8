"""Just enough Stellar XDR to give devnet records real-looking, decodable XDR fields.

Used for the records of control-path payments (``Devnet.pay``; signed transactions keep
their own envelope, see ``transactions.py``): ``envelope_xdr``, ``result_xdr`` and the
``invoke_host_function`` ``parameters`` must be the bytes a real network would print, so
that a client decoding them (stellar-sdk, stellar.expert) sees a structurally valid value.
The transaction hash is computed the way the network does (SHA-256 of the signature
payload), so ``hash`` matches ``envelope_xdr``.

Pure functions over bytes; any thread.
"""

from __future__ import annotations

import base64
import hashlib
import struct

from stellar_sdk import StrKey

# Enum values from Stellar-transaction.x / Stellar-contract.x.
ENVELOPE_TYPE_TX = 2
ENVELOPE_TYPE_CONTRACT_ID = 8
KEY_TYPE_MUXED_ED25519 = 0x100
PRECOND_TIME = 1
OP_CREATE_ACCOUNT = 0
OP_PAYMENT = 1
OP_PATH_PAYMENT_STRICT_RECEIVE = 2
OP_PATH_PAYMENT_STRICT_SEND = 13
OP_INVOKE_HOST_FUNCTION = 24
SCV_I128 = 10
SCV_SYMBOL = 15
SCV_ADDRESS = 18
FEE_STROOPS = 100

Asset = tuple[str, str] | None
"""``None`` for XLM, else ``(code, issuer)``."""


def i32(value: int) -> bytes:
    """XDR int."""
    return struct.pack(">i", value)


def u32(value: int) -> bytes:
    """XDR unsigned int."""
    return struct.pack(">I", value)


def i64(value: int) -> bytes:
    """XDR hyper."""
    return struct.pack(">q", value)


def u64(value: int) -> bytes:
    """XDR unsigned hyper."""
    return struct.pack(">Q", value)


def var_opaque(data: bytes) -> bytes:
    """XDR variable-length opaque (also ``string``): length, bytes, zero padding to 4."""
    return u32(len(data)) + data + b"\0" * (-len(data) % 4)


def b64(data: bytes) -> str:
    """Standard base64 text, as Horizon prints XDR."""
    return base64.b64encode(data).decode("ascii")


def account_id(address: str) -> bytes:
    """``AccountID`` (PublicKey, ed25519) of a G… address."""
    return i32(0) + StrKey.decode_ed25519_public_key(address)


def muxed_account(address: str, muxed_id: int | None = None) -> bytes:
    """``MuxedAccount``: plain ed25519, or ``KEY_TYPE_MUXED_ED25519`` with an id."""
    key = StrKey.decode_ed25519_public_key(address)
    if muxed_id is None:
        return i32(0) + key
    return i32(KEY_TYPE_MUXED_ED25519) + u64(muxed_id) + key


def asset(value: Asset) -> bytes:
    """``Asset``: native, credit_alphanum4 or credit_alphanum12."""
    if value is None:
        return i32(0)
    code, issuer = value
    raw = code.encode("ascii")
    if len(raw) <= 4:
        return i32(1) + raw.ljust(4, b"\0") + account_id(issuer)
    return i32(2) + raw.ljust(12, b"\0") + account_id(issuer)


def memo(memo_type: str, value: bytes | int | None) -> bytes:
    """``Memo`` union; ``value`` is raw bytes for text/hash/return, an int for id."""
    if memo_type == "none":
        return i32(0)
    if memo_type == "text":
        assert isinstance(value, bytes)
        return i32(1) + var_opaque(value)
    if memo_type == "id":
        assert isinstance(value, int)
        return i32(2) + u64(value)
    assert isinstance(value, bytes) and len(value) == 32
    return i32(3 if memo_type == "hash" else 4) + value


def create_account_op(destination: str, starting_balance: int) -> bytes:
    """``OperationBody`` of a create_account."""
    return i32(OP_CREATE_ACCOUNT) + account_id(destination) + i64(starting_balance)


def payment_op(destination: str, muxed_id: int | None, what: Asset, amount: int) -> bytes:
    """``OperationBody`` of a payment."""
    return i32(OP_PAYMENT) + muxed_account(destination, muxed_id) + asset(what) + i64(amount)


def path_payment_op(
    *,
    strict_send: bool,
    send_asset: Asset,
    send_amount: int,
    destination: str,
    muxed_id: int | None,
    dest_asset: Asset,
    dest_amount: int,
    path: list[Asset],
) -> bytes:
    """``OperationBody`` of a path_payment_strict_send (or strict_receive)."""
    path_bytes = u32(len(path)) + b"".join(asset(a) for a in path)
    if strict_send:
        return (
            i32(OP_PATH_PAYMENT_STRICT_SEND)
            + asset(send_asset)
            + i64(send_amount)
            + muxed_account(destination, muxed_id)
            + asset(dest_asset)
            + i64(dest_amount)
            + path_bytes
        )
    return (
        i32(OP_PATH_PAYMENT_STRICT_RECEIVE)
        + asset(send_asset)
        + i64(send_amount)
        + muxed_account(destination, muxed_id)
        + asset(dest_asset)
        + i64(dest_amount)
        + path_bytes
    )


def sc_address(address: str, muxed_id: int | None = None) -> bytes:
    """``SCAddress`` of a G… account (muxed when an id is given) or a C… contract."""
    if address.startswith("C"):
        return i32(1) + StrKey.decode_contract(address)
    if muxed_id is None:
        return i32(0) + account_id(address)
    return i32(2) + u64(muxed_id) + StrKey.decode_ed25519_public_key(address)


def scv_address(address: str, muxed_id: int | None = None) -> bytes:
    """``SCVal`` holding an address."""
    return i32(SCV_ADDRESS) + sc_address(address, muxed_id)


def scv_symbol(name: str) -> bytes:
    """``SCVal`` holding a symbol."""
    return i32(SCV_SYMBOL) + var_opaque(name.encode("ascii"))


def scv_i128(value: int) -> bytes:
    """``SCVal`` holding an i128 (two's complement hi/lo)."""
    value &= (1 << 128) - 1
    return i32(SCV_I128) + u64(value >> 64) + u64(value & ((1 << 64) - 1))


def sac_transfer_args(
    contract: str, source: str, destination: str, muxed_id: int | None, amount: int
) -> list[bytes]:
    """The five ``SCVal`` parameters of a SAC ``transfer`` call, as Horizon lists them."""
    return [
        scv_address(contract),
        scv_symbol("transfer"),
        scv_address(source),
        scv_address(destination, muxed_id),
        scv_i128(amount),
    ]


def invoke_contract_op(args: list[bytes]) -> bytes:
    """``OperationBody`` of an invoke_host_function calling ``transfer`` (no auth entries).

    ``args`` are the SCVals from :func:`sac_transfer_args`; the first is the contract address.
    """
    contract = args[0][4:]  # SCVal address → its SCAddress
    return (
        i32(OP_INVOKE_HOST_FUNCTION)
        + i32(0)  # HOST_FUNCTION_TYPE_INVOKE_CONTRACT
        + contract
        + var_opaque(b"transfer")
        + u32(len(args) - 2)
        + b"".join(args[2:])
        + u32(0)  # SorobanAuthorizationEntry auth<>
    )


def network_id(passphrase: str) -> bytes:
    """SHA-256 of the network passphrase."""
    return hashlib.sha256(passphrase.encode()).digest()


def sac_contract_id(passphrase: str, code: str, issuer: str) -> str:
    """C… address of the Stellar Asset Contract for ``code:issuer`` on that network."""
    preimage = (
        i32(ENVELOPE_TYPE_CONTRACT_ID) + network_id(passphrase) + i32(1) + asset((code, issuer))
    )
    return StrKey.encode_contract(hashlib.sha256(preimage).digest())


def transaction(
    *, source: str, sequence: int, max_time: int, memo_xdr: bytes, operation: bytes
) -> bytes:
    """A one-operation ``Transaction`` (fee 100 stroops, time bounds 0..max_time)."""
    return (
        muxed_account(source)
        + u32(FEE_STROOPS)
        + i64(sequence)
        + i32(PRECOND_TIME)
        + u64(0)
        + u64(max_time)
        + memo_xdr
        + u32(1)
        + u32(0)  # no operation source account
        + operation
        + i32(0)  # ext
    )


def transaction_hash(passphrase: str, tx: bytes) -> str:
    """Hex transaction hash: SHA-256 of (network id, ENVELOPE_TYPE_TX, transaction)."""
    return hashlib.sha256(network_id(passphrase) + i32(ENVELOPE_TYPE_TX) + tx).hexdigest()


def envelope(tx: bytes, source: str, signature: bytes) -> bytes:
    """``TransactionEnvelope`` (v1) with one decorated signature by ``source``."""
    hint = StrKey.decode_ed25519_public_key(source)[-4:]
    return i32(ENVELOPE_TYPE_TX) + tx + u32(1) + hint + var_opaque(signature)


def result(op_type: int, successful: bool, success_body: bytes = b"") -> bytes:
    """``TransactionResult`` of a one-operation transaction, success or a typical failure."""
    if successful:
        inner = i32(0) + success_body
        code = 0  # txSUCCESS
    else:
        # UNDERFUNDED for payments (-2 in each of their result enums), TRAPPED (-2) for
        # invoke_host_function, create_account's UNDERFUNDED is -3.
        inner = i32(-3 if op_type == OP_CREATE_ACCOUNT else -2)
        code = -1  # txFAILED
    return i64(FEE_STROOPS) + i32(code) + u32(1) + i32(0) + i32(op_type) + inner + i32(0)


def simple_payment_result(destination: str, what: Asset, amount: int) -> bytes:
    """Success body of a path payment: no offers crossed, then the ``SimplePaymentResult``."""
    return u32(0) + account_id(destination) + asset(what) + i64(amount)


EMPTY_LEDGER_ENTRY_CHANGES = b64(u32(0))
"""``fee_meta_xdr`` placeholder: a valid, empty ``LedgerEntryChanges``."""
