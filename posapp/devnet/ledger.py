"""The devnet's in-memory network: accounts, balances, transactions and payment operations.

One lock guards everything. Writers (``create_account``, ``pay``) run on the caller's
thread — the test or demo thread for the Python API, an HTTP handler thread for the
control endpoints. Readers are HTTP handler threads; SSE handler threads block in
:meth:`Ledger.wait` until a new operation is recorded (or they are poked).

A control-path transaction holds one operation; a signed one (``POST /transactions``, see
``submit.py``) may hold several. An operation id (= paging token) is
``ledger << 32 | tx_index << 12 | op_index`` (op_index from 1). Ledger numbers follow the
wall clock: one ledger per second since the Stellar genesis, holding every transaction
recorded in that second. Tokens therefore keep increasing across devnet restarts (a second
or more apart): a cursor that posapp persisted during one demo run stays behind the tokens
of the next run.
"""

from __future__ import annotations

import base64
import bisect
import os
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any

from stellar_sdk import Keypair, StrKey

from posapp.devnet import xdr
from posapp.devnet.control import AccountRequest, PaymentRequest
from posapp.devnet.errors import AccountExists, DevnetError
from posapp.devnet.xdr import Asset
from posapp.stellar.networks import TESTNET, Network

FRIENDBOT = "GAIH3ULLFQ4DGSECF2AR555KZ4KNDGEKN4AFI4SU2M7B43MGK3QJZNSR"
"""Funder of created accounts (the testnet friendbot account, as in the fixtures)."""
STELLAR_GENESIS_UNIX = 1_443_657_600  # 2015-10-01T00:00:00Z
BIG_BALANCE = 1_000_000 * 10**7
MAX_INT64 = 2**63 - 1
"""Largest balance (and default trustline limit) in stroops: 922337203685.4775807."""
MAX_TX_INDEX = (1 << 20) - 1
DEFAULT_XLM_PER_USDC = Fraction(10)
"""The devnet market's price: XLM per unit of any USDC-coded asset (path payments)."""
TYPE_I = {
    "create_account": 0,
    "payment": 1,
    "path_payment_strict_receive": 2,
    "path_payment_strict_send": 13,
    "invoke_host_function": 24,
}


def fmt_amount(stroops: int) -> str:
    """Horizon amount text with exactly 7 decimals (``"5.0000000"``); never exponent form."""
    sign = "-" if stroops < 0 else ""
    whole, frac = divmod(abs(stroops), 10**7)
    return f"{sign}{whole}.{frac:07d}"


def asset_fields(what: Asset, prefix: str = "") -> dict[str, str]:
    """``asset_type`` / ``asset_code`` / ``asset_issuer`` keys as Horizon prints them."""
    if what is None:
        return {f"{prefix}asset_type": "native"}
    code, issuer = what
    kind = "credit_alphanum4" if len(code) <= 4 else "credit_alphanum12"
    return {
        f"{prefix}asset_type": kind,
        f"{prefix}asset_code": code,
        f"{prefix}asset_issuer": issuer,
    }


@dataclass(slots=True)
class Account:
    """One account's state. Copies handed out by :meth:`Ledger.account` are snapshots."""

    account_id: str
    sequence: int
    native: int
    trustlines: dict[tuple[str, str], int]
    """Balance in stroops per trusted asset."""
    memo_required: bool
    unlimited: bool
    """The devnet's stand-in for "the rest of the world": never debited, never refused."""
    last_modified_ledger: int
    last_modified_time: str
    sequence_ledger: int
    sequence_time: str
    limits: dict[tuple[str, str], int] = field(default_factory=dict)
    """Trustline limits in stroops; a trustline missing here has the int64 maximum."""
    master_weight: int = 1
    thresholds: tuple[int, int, int] = (0, 0, 0)
    """Low, medium and high thresholds."""
    extra_signers: dict[str, int] = field(default_factory=dict)
    """Other ed25519 signers (G… → weight)."""

    def signers(self) -> dict[str, int]:
        """Every signer with its weight, the master key first."""
        return {self.account_id: self.master_weight, **self.extra_signers}

    def limit(self, what: tuple[str, str]) -> int:
        """The most this account may hold of the credit asset ``what`` (stroops)."""
        return self.limits.get(what, MAX_INT64)


@dataclass(frozen=True, slots=True)
class Tx:
    """One recorded transaction (successful or failed)."""

    hash: str
    ledger: int
    paging_token: int
    created_at: str
    source_account: str
    sequence: int
    successful: bool
    memo_type: str
    memo: str | None
    """As Horizon prints it: text, decimal id, or base64 for hash/return; None for none."""
    memo_bytes: str | None
    """Base64 of a text memo's raw bytes; None for other memo types."""
    envelope_xdr: str
    result_xdr: str
    signatures: tuple[str, ...]
    """Base64 signatures of the (outer) envelope."""
    max_time: int
    min_time: int = 0
    fee_account: str | None = None
    """Who paid the fee; None means the source account."""
    fee_charged: int = xdr.FEE_STROOPS
    max_fee: int = xdr.FEE_STROOPS
    operation_count: int = 1
    inner_hash: str | None = None
    """Set for fee-bump transactions: the inner transaction's hash."""
    inner_signatures: tuple[str, ...] = ()
    inner_max_fee: int = xdr.FEE_STROOPS


@dataclass(frozen=True, slots=True)
class Op:
    """One payment-like operation; ``body`` holds its type-specific fields in Horizon order."""

    id: int
    tx: Tx
    type: str
    source_account: str
    body: dict[str, Any] = field(hash=False, compare=False)
    participants: frozenset[str] = frozenset()

    @property
    def type_i(self) -> int:
        """Horizon's numeric operation type."""
        return TYPE_I[self.type]


@dataclass(slots=True)
class _Feed:
    """Operations of one account (or of all accounts), ascending by id."""

    ids: list[int] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)


class Ledger:
    """The whole devnet state behind one condition variable (see module docstring)."""

    def __init__(self, network: Network = TESTNET) -> None:
        """Empty state for ``network``; callers create every account."""
        self.network = network
        self._cond = threading.Condition()
        self._accounts: dict[str, Account] = {}
        self._outside_sequences: dict[str, int] = {}
        self._all = _Feed()
        self._feeds: dict[str, _Feed] = {}
        self._ops_by_id: dict[int, Op] = {}
        self._txs: dict[str, tuple[Tx, list[Op]]] = {}
        self._latest = self._clock_ledger() - 1
        self._latest_closed_at = _now_text()
        self._tx_index = MAX_TX_INDEX
        self._elder = self._latest
        self._version = 0
        self._usdc = ("USDC", network.usdc_issuer)
        self.xlm_per_usdc = DEFAULT_XLM_PER_USDC
        self.usdc_contract = xdr.sac_contract_id(network.passphrase, *self._usdc)

    # ---- writers -------------------------------------------------------------------

    def create_account(self, req: AccountRequest, *, unlimited: bool = False) -> str:
        """Fund a new account from friendbot (a ``create_account`` record in its feed).

        Any thread. Raises AccountExists for a known address.
        """
        address = req.account_id or Keypair.random().public_key
        with self._cond:
            if address in self._accounts:
                raise AccountExists(f"account {address} already exists on the devnet")
            ledger, tx_index, created_at = self._close_ledger()
            trustlines: dict[tuple[str, str], int] = {}
            if req.usdc_trustline:
                trustlines[self._usdc] = BIG_BALANCE if unlimited else 0
            self._accounts[address] = Account(
                account_id=address,
                sequence=ledger << 32,
                native=req.xlm,
                trustlines=trustlines,
                memo_required=req.memo_required,
                unlimited=unlimited,
                last_modified_ledger=ledger,
                last_modified_time=created_at,
                sequence_ledger=ledger,
                sequence_time=created_at,
            )
            body = {
                "starting_balance": fmt_amount(req.xlm),
                "funder": FRIENDBOT,
                "account": address,
            }
            if not req.history:
                return address
            operation = xdr.create_account_op(address, req.xlm)
            self._record(
                ledger=ledger,
                tx_index=tx_index,
                created_at=created_at,
                source=FRIENDBOT,
                op_type="create_account",
                operation=operation,
                success_body=b"",
                memo=("none", None),
                successful=True,
                body=body,
                participants={FRIENDBOT, address},
            )
            return address

    def pay(self, req: PaymentRequest, *, default_sender: str) -> Op:
        """Record one payment-like operation and move balances; return the operation.

        Any thread. Raises DevnetError for an unknown destination, or when a devnet-held
        sender lacks the asset or the funds (unless ``req.failed``, which records a failed
        transaction and moves nothing but the fee).
        """
        with self._cond:
            if req.to not in self._accounts:
                raise DevnetError(f"unknown destination {req.to}: create the account first")
            sender = req.from_account or default_sender
            source = default_sender if sender.startswith("C") else sender
            delivered = req.amount
            spent = self._source_amount(req)
            if not req.failed:
                self._check_funds(sender, req.source_asset, spent)
                self._check_room(req.to, req.asset, delivered)
            ledger, tx_index, created_at = self._close_ledger()
            body, operation, success_body = self._operation(req, sender, spent)
            op = self._record(
                ledger=ledger,
                tx_index=tx_index,
                created_at=created_at,
                source=source,
                op_type=req.op_type,
                operation=operation,
                success_body=success_body,
                memo=(req.memo_type, req.memo_value),
                successful=not req.failed,
                body=body,
                participants={source, sender, req.to},
            )
            if not req.failed:
                self._move(sender, req.source_asset, -spent, ledger, created_at)
                self._move(req.to, req.asset, delivered, ledger, created_at)
            return op

    def add_trustline(self, address: str, what: tuple[str, str]) -> None:
        """Give a devnet account a trustline (no transaction; setup only); any thread."""
        with self._cond:
            account = self._accounts.get(address)
            if account is None:
                raise DevnetError(f"unknown account {address}")
            account.trustlines.setdefault(what, 0)

    # ---- readers -------------------------------------------------------------------

    def page(
        self,
        account: str | None,
        cursor: int | None,
        *,
        descending: bool,
        limit: int,
        include_failed: bool,
    ) -> list[Op]:
        """Up to ``limit`` operations after (asc) or before (desc) ``cursor``; any thread."""
        with self._cond:
            feed = self._all if account is None else self._feeds.get(account, _Feed())
            picked: list[Op] = []
            if descending:
                end = len(feed.ids) if cursor is None else bisect.bisect_left(feed.ids, cursor)
                indexes = range(end - 1, -1, -1)
            else:
                start = 0 if cursor is None else bisect.bisect_right(feed.ids, cursor)
                indexes = range(start, len(feed.ops))
            for index in indexes:
                op = feed.ops[index]
                if include_failed or op.tx.successful:
                    picked.append(op)
                    if len(picked) >= limit:
                        break
            return picked

    def after(
        self, account: str, cursor: int | None, limit: int, include_failed: bool
    ) -> tuple[list[Op], int]:
        """Operations after ``cursor`` plus the change counter to pass to :meth:`wait`."""
        with self._cond:
            ops = self.page(
                account, cursor, descending=False, limit=limit, include_failed=include_failed
            )
            return ops, self._version

    def wait(self, version: int, timeout: float) -> None:
        """Block the calling (SSE handler) thread until a change after ``version`` or timeout."""
        with self._cond:
            if self._version == version:
                self._cond.wait(timeout)

    def poke(self) -> None:
        """Wake every thread in :meth:`wait` (used by stop and fault injection); any thread."""
        with self._cond:
            self._cond.notify_all()

    def account(self, address: str) -> Account | None:
        """A snapshot of an account, or None; any thread."""
        with self._cond:
            found = self._accounts.get(address)
            if found is None:
                return None
            return replace(found, trustlines=dict(found.trustlines), limits=dict(found.limits))

    def has_history(self, address: str) -> bool:
        """True when ``address`` took part in any recorded operation."""
        with self._cond:
            return address in self._feeds

    def operation(self, op_id: int) -> Op | None:
        """One operation by id, or None; any thread."""
        with self._cond:
            return self._ops_by_id.get(op_id)

    def transaction(self, tx_hash: str) -> tuple[Tx, list[Op]] | None:
        """A transaction and its operations by hash, or None; any thread."""
        with self._cond:
            found = self._txs.get(tx_hash)
            return None if found is None else (found[0], list(found[1]))

    def latest(self) -> tuple[int, str, int]:
        """(latest ledger, its close time, oldest ledger) for the root resource."""
        with self._cond:
            return self._latest, self._latest_closed_at, self._elder

    def now_cursor(self) -> int:
        """What ``cursor=now`` means: past every recorded operation, before any new one."""
        with self._cond:
            return (self._latest << 32) | (self._tx_index << 12) | 0xFFF

    # ---- internals (caller holds the lock) -----------------------------------------

    @staticmethod
    def _clock_ledger() -> int:
        """The ledger number the wall clock is at (one per second since genesis)."""
        return int(time.time()) - STELLAR_GENESIS_UNIX

    def _close_ledger(self) -> tuple[int, int, str]:
        """Place the next transaction: (ledger, transaction index, close time)."""
        clock = self._clock_ledger()
        if clock > self._latest or self._tx_index >= MAX_TX_INDEX:
            self._latest = max(clock, self._latest + 1)
            self._latest_closed_at = _now_text()
            self._tx_index = 0
        self._tx_index += 1
        return self._latest, self._tx_index, self._latest_closed_at

    def _next_sequence(self, source: str) -> int:
        """Consume and return the next sequence number of ``source`` (lock held)."""
        account = self._accounts.get(source)
        if account is not None:
            account.sequence += 1
            return account.sequence
        seq = self._outside_sequences.get(source, self._latest << 32) + 1
        self._outside_sequences[source] = seq
        return seq

    def _holding(self, address: str, what: Asset) -> int | None:
        """Balance of ``what`` held by a devnet account, None without trustline (lock held)."""
        account = self._accounts[address]
        return account.native if what is None else account.trustlines.get(what)

    def _tracked(self, address: str, what: Asset) -> bool:
        """Whether ``address``'s balance of ``what`` is enforced and moved."""
        account = self._accounts.get(address)
        if account is None or account.unlimited:
            return False
        return what is None or what[1] != address

    def _check_funds(self, sender: str, what: Asset, amount: int) -> None:
        """Raise DevnetError when a tracked sender cannot pay ``amount`` (lock held)."""
        if not self._tracked(sender, what):
            return
        held = self._holding(sender, what)
        code = "XLM" if what is None else what[0]
        if held is None:
            raise DevnetError(f"sender {sender} has no {code} trustline")
        needed = amount + (xdr.FEE_STROOPS if what is None else 0)
        if held < needed:
            raise DevnetError(
                f"sender {sender} is underfunded: holds {fmt_amount(held)} {code}, "
                f"needs {fmt_amount(needed)}"
            )

    def _room(self, address: str, what: Asset) -> int | None:
        """How much more of ``what`` a tracked holder may receive; None when untracked."""
        if not self._tracked(address, what):
            return None
        account = self._accounts[address]
        if what is None:
            return MAX_INT64 - account.native
        held = account.trustlines.get(what)
        return None if held is None else account.limit(what) - held

    def _check_room(self, address: str, what: Asset, amount: int) -> None:
        """Raise DevnetError (op_line_full) when ``amount`` would pass the holder's limit."""
        room = self._room(address, what)
        if room is not None and amount > room:
            code = "XLM" if what is None else what[0]
            raise DevnetError(
                f"op_line_full: {address} can receive at most {fmt_amount(max(room, 0))} "
                f"more {code} (trustline limit or int64)"
            )

    def _move(self, address: str, what: Asset, delta: int, ledger: int, when: str) -> None:
        """Add ``delta`` to a tracked balance, if the account holds the asset (lock held)."""
        if not self._tracked(address, what):
            return
        account = self._accounts[address]
        if what is None:
            account.native += delta
        elif what in account.trustlines:
            account.trustlines[what] += delta
        else:
            return  # no trustline: the devnet records the payment but moves nothing
        account.last_modified_ledger = ledger
        account.last_modified_time = when

    @staticmethod
    def _source_amount(req: PaymentRequest) -> int:
        """What the sender spends: path payments convert at a made-up rate."""
        if not req.op_type.startswith("path_payment"):
            return req.amount
        if req.source_asset is None:
            return req.amount * 10  # ~10 XLM per unit delivered
        return -(-req.amount * 10123 // 10000)  # 1.23% dearer, rounded up

    def _operation(
        self, req: PaymentRequest, sender: str, spent: int
    ) -> tuple[dict[str, Any], bytes, bytes]:
        """Horizon fields, operation XDR and success-result XDR for a payment request."""
        amount = fmt_amount(req.amount)
        if req.op_type == "invoke_host_function":
            assert req.asset is not None
            contract = xdr.sac_contract_id(self.network.passphrase, *req.asset)
            args = xdr.sac_transfer_args(contract, sender, req.to, req.muxed_id, req.amount)
            change: dict[str, Any] = {
                **asset_fields(req.asset),
                "type": "transfer",
                "from": sender,
                "to": req.to,
                "amount": amount,
            }
            if req.muxed_id is not None:
                change["destination_muxed_id"] = str(req.muxed_id)
            body = {
                "function": "HostFunctionTypeHostFunctionTypeInvokeContract",
                "parameters": [
                    {"value": xdr.b64(arg), "type": kind}
                    for arg, kind in zip(
                        args, ("Address", "Sym", "Address", "Address", "I128"), strict=True
                    )
                ],
                "address": "",
                "salt": "",
                "asset_balance_changes": [] if req.failed else [change],
            }
            return body, xdr.invoke_contract_op(args), os.urandom(32)
        body = {**asset_fields(req.asset), "from": sender, "to": req.to}
        if req.to_muxed_id is not None:
            body["to_muxed"] = xdr_muxed_address(req.to, req.to_muxed_id)
            body["to_muxed_id"] = str(req.to_muxed_id)
        body["amount"] = amount
        if req.op_type == "payment":
            operation = xdr.payment_op(req.to, req.to_muxed_id, req.asset, req.amount)
            return body, operation, b""
        path: list[Asset] = [] if req.source_asset is None or req.asset is None else [None]
        body["path"] = [asset_fields(hop) for hop in path]
        body["source_amount"] = fmt_amount(spent)
        strict_send = req.op_type == "path_payment_strict_send"
        if strict_send:
            body["destination_min"] = amount
            send_limit, dest_limit = spent, req.amount
        else:
            source_max = -(-spent * 101 // 100)
            body["source_max"] = fmt_amount(source_max)
            send_limit, dest_limit = source_max, req.amount
        body.update(asset_fields(req.source_asset, "source_"))
        operation = xdr.path_payment_op(
            strict_send=strict_send,
            send_asset=req.source_asset,
            send_amount=send_limit,
            destination=req.to,
            muxed_id=req.to_muxed_id,
            dest_asset=req.asset,
            dest_amount=dest_limit,
            path=path,
        )
        return body, operation, xdr.simple_payment_result(req.to, req.asset, req.amount)

    def _record(
        self,
        *,
        ledger: int,
        tx_index: int,
        created_at: str,
        source: str,
        op_type: str,
        operation: bytes,
        success_body: bytes,
        memo: tuple[str, bytes | int | None],
        successful: bool,
        body: dict[str, Any],
        participants: set[str],
    ) -> Op:
        """Build the transaction around ``operation``, index it and wake the streams."""
        sequence = self._next_sequence(source)
        max_time = int(time.time()) + 300
        memo_type, memo_value = memo
        tx_bytes = xdr.transaction(
            source=source,
            sequence=sequence,
            max_time=max_time,
            memo_xdr=xdr.memo(memo_type, memo_value),
            operation=operation,
        )
        signature = os.urandom(64)
        memo_text, memo_bytes = memo_texts(memo_type, memo_value)
        tx = Tx(
            hash=xdr.transaction_hash(self.network.passphrase, tx_bytes),
            ledger=ledger,
            paging_token=(ledger << 32) | (tx_index << 12),
            created_at=created_at,
            source_account=source,
            sequence=sequence,
            successful=successful,
            memo_type=memo_type,
            memo=memo_text,
            memo_bytes=memo_bytes,
            envelope_xdr=xdr.b64(xdr.envelope(tx_bytes, source, signature)),
            result_xdr=xdr.b64(xdr.result(TYPE_I[op_type], successful, success_body)),
            signatures=(xdr.b64(signature),),
            max_time=max_time,
        )
        members = frozenset(p for p in participants if not p.startswith("C"))
        op = Op(
            id=tx.paging_token | 1,
            tx=tx,
            type=op_type,
            source_account=source,
            body=body,
            participants=members,
        )
        source_account = self._accounts.get(source)
        if source_account is not None and not source_account.unlimited:
            source_account.native -= xdr.FEE_STROOPS
            source_account.sequence_ledger = ledger
            source_account.sequence_time = created_at
        self.record(tx, [op])
        return op

    # ---- signed transactions: ``submit.submit`` applies them with ``lock`` held -------

    @property
    def lock(self) -> threading.Condition:
        """The ledger's lock (a condition: changes wake ``wait``); ``submit.py`` holds it
        while it applies a transaction."""
        return self._cond

    def set_price(self, xlm_per_usdc: Fraction) -> None:
        """Set the devnet market's price of every USDC-coded asset in XLM; any thread."""
        with self._cond:
            self.xlm_per_usdc = xlm_per_usdc

    def held(self, address: str) -> Account | None:
        """The live account (lock held; ``submit.py`` only)."""
        return self._accounts.get(address)

    def place(self) -> tuple[int, int, str]:
        """Place the next transaction: (ledger, index, close time) (lock held)."""
        return self._close_ledger()

    def new_account(self, address: str, starting: int) -> Account:
        """A fresh account object (not yet stored) with ``starting`` XLM (lock held)."""
        return Account(
            account_id=address,
            sequence=self._latest << 32,
            native=starting,
            trustlines={},
            memo_required=False,
            unlimited=False,
            last_modified_ledger=self._latest,
            last_modified_time=self._latest_closed_at,
            sequence_ledger=self._latest,
            sequence_time=self._latest_closed_at,
        )

    def commit(self, accounts: dict[str, Account], ledger: int, when: str) -> None:
        """Store changed account copies of an applied transaction (lock held)."""
        for address, account in accounts.items():
            account.last_modified_ledger = ledger
            account.last_modified_time = when
            self._accounts[address] = account

    def record(self, tx: Tx, ops: list[Op]) -> None:
        """Index a transaction and its payment-like operations, wake streams (lock held)."""
        self._txs[tx.hash] = (tx, ops)
        for op in ops:
            self._ops_by_id[op.id] = op
            for feed in [self._all, *(self._feeds.setdefault(p, _Feed()) for p in op.participants)]:
                feed.ids.append(op.id)
                feed.ops.append(op)
        self._version += 1
        self._cond.notify_all()


def xdr_muxed_address(address: str, muxed_id: int) -> str:
    """The M… address of ``address`` with ``muxed_id``."""
    raw = StrKey.decode_ed25519_public_key(address) + muxed_id.to_bytes(8, "big")
    return StrKey.encode_med25519_public_key(raw)


def memo_texts(memo_type: str, value: bytes | int | None) -> tuple[str | None, str | None]:
    """(``memo``, ``memo_bytes``) as Horizon prints them."""
    if memo_type == "none" or value is None:
        return None, None
    if memo_type == "id":
        return str(value), None
    assert isinstance(value, bytes)
    encoded = base64.b64encode(value).decode("ascii")
    if memo_type == "text":
        return value.decode("utf-8", errors="replace"), encoded
    return encoded, None


def _now_text() -> str:
    """Current UTC time as Horizon prints it: ``2024-05-01T12:00:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
