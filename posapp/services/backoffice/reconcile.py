"""Reconciliation: compare local payment records with the merchant account on Horizon.

For a date range, the merchant's ``/payments`` are re-read from the network (newest
first, until the range is passed), reduced to the USDC credits posapp must have stored
(the matching rules' *credit* or *unmatched* verdicts) and compared with the stored
payments by operation id:

    ============= =================================================================
    kind          meaning
    ============= =================================================================
    missing       on the network, not in the local database (the watcher missed it)
    extra         in the local database, not on the network (wrong network, a test
                  row, or a ledger reset)
    mismatch      both, but amount, transaction, payer or memo differ
    sale_total    a sale's recorded USDC received differs from the sum of the
                  payments attached to it
    refund_missing an outgoing USDC payment on the network names a refund posapp has
                  not settled (the watcher has not seen it yet)
    refund_flagged an outgoing payment named a refund but its amount, destination or
                  asset did not fit: never counted, for the owner to look at
    ============= =================================================================

Outgoing refund payments that settled their refund are listed in ``refunds`` (each with
its refund and transaction), and the refunds still waiting for a signature in
``refunds_waiting``: neither is a difference.

Apart from these differences the report lists, in its own ``overpaid`` section, every
stored payment in the range with a part beyond what its sale asked for (money to refund):
``local_amount`` is that part, ``network_amount`` the whole payment.

``Reconciler.reconcile`` blocks (it runs its own asyncio loop for the HTTP reads): call it
from a worker thread. ``progress(pages_read, records_seen)`` is called after each page;
returning ``False`` cancels with ``ReconcileCancelled``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import HorizonError, InvalidInput, PosappError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.matching import Verdict, classify
from posapp.core.money import from_stroops, to_stroops
from posapp.core.records import PaymentRecord
from posapp.core.refund import Refund, RefundState
from posapp.core.roles import Actor, Permission
from posapp.services.config import ShopConfig
from posapp.services.refunds.settlement import is_outgoing
from posapp.stellar.horizon_reader import HorizonReader
from posapp.stellar.horizon_records import MalformedRecord, parse_payment_record
from posapp.storage import ledger_repo, refunds_repo
from posapp.storage.engine import Database
from posapp.storage.ledger_repo import LedgerPayment

MISSING = "missing"
EXTRA = "extra"
MISMATCH = "mismatch"
SALE_TOTAL = "sale_total"
OVERPAID = "overpaid"
REFUND = "refund"
REFUND_MISSING = "refund_missing"
REFUND_FLAGGED = "refund_flagged"
PAGE_LIMIT = 200


class ReconcileCancelled(PosappError, InterruptedError):
    """The reconciliation was cancelled before it finished."""


class PageSource(Protocol):
    """What reconciliation needs from Horizon (``HorizonReader`` fits)."""

    async def fetch_page(
        self, cursor: str | None, order: str = "asc", limit: int | None = None
    ) -> list[dict[str, Any]]: ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One difference between the network and the local records."""

    kind: str
    operation_id: str
    tx_hash: str
    ledger_time: datetime | None
    network_amount: Decimal | None
    local_amount: Decimal | None
    session_id: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    """The outcome of one reconciliation."""

    start: datetime
    end: datetime
    horizon_url: str
    network_count: int
    local_count: int
    matched_count: int
    pages_read: int
    discrepancies: tuple[Discrepancy, ...]
    checked_at: datetime
    overpaid: tuple[Discrepancy, ...] = ()
    """Payments beyond their sale's due (kind ``overpaid``), oldest first; not differences."""
    refunds: tuple[Discrepancy, ...] = ()
    """Outgoing payments that settled a refund (kind ``refund``), oldest first."""
    refunds_waiting: tuple[Refund, ...] = ()
    """Refunds prepared and not yet seen on the ledger."""

    @property
    def ok(self) -> bool:
        """True when nothing differs (overpaid payments are listed, not differences)."""
        return not self.discrepancies

    @property
    def overpaid_total(self) -> Decimal:
        """USDC received beyond what the sales asked for, in the range."""
        return sum((d.local_amount or Decimal(0) for d in self.overpaid), Decimal(0))

    def of_kind(self, kind: str) -> list[Discrepancy]:
        """The discrepancies of one kind."""
        return [d for d in self.discrepancies if d.kind == kind]


class Reconciler:
    """Re-reads the merchant's payments from Horizon and compares (worker thread)."""

    def __init__(
        self,
        db: Database,
        config: ShopConfig,
        *,
        clock: Clock = utc_now,
        source_factory: Callable[[], PageSource] | None = None,
    ) -> None:
        self._db = db
        self._config = config
        self._clock = clock
        network = config.stellar_network
        self.horizon_url = network.horizon_url
        self._issuer = network.usdc_issuer
        self._merchant = config.merchant_account
        self._source_factory = source_factory or (
            lambda: HorizonReader(self.horizon_url, self._merchant, page_limit=PAGE_LIMIT)
        )

    def reconcile(
        self,
        start: datetime,
        end: datetime,
        actor: Actor,
        *,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> ReconcileReport:
        """Compare [start, end) (ledger close times); blocking, worker thread.

        Raises HorizonError when the network cannot be read, ReconcileCancelled when
        ``progress`` returns False.
        """
        actor.require(Permission.VIEW_HISTORY)
        if end <= start:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the range ends before it starts"))
        network, outgoing, pages = asyncio.run(self._network_records(start, end, progress))
        with self._db.read() as session:
            refund_checks = _refund_checks(session, outgoing, start, end)
            waiting = refunds_repo.listing(session, states=(RefundState.WAITING,))
            local = ledger_repo.between(session, start, end)
            local_ids = {p.operation_id for p in local}
            # A network record just inside the range may be stored with a slightly
            # different time: look those up by id before calling them missing.
            strays = [ledger_repo.get(session, op) for op in network.keys() - local_ids]
            sale_ids = sorted({p.session_id for p in local if p.session_id})
            sums = ledger_repo.received_sums(session, sale_ids)
        by_id = {p.operation_id: p for p in local}
        by_id.update({p.operation_id: p for p in strays if p is not None})
        found: list[Discrepancy] = []
        matched = 0
        for op, record in sorted(network.items(), key=lambda kv: (kv[1].created_at, kv[0])):
            stored = by_id.get(op)
            if stored is None:
                found.append(_missing(record))
                continue
            differences = _compare(record, stored)
            if differences:
                found.append(_mismatch(record, stored, differences))
            else:
                matched += 1
        found.extend(_extra(p) for p in local if p.operation_id not in network)
        found.extend(
            _sale_total(sid, recorded, paid)
            for sid, (recorded, paid) in sorted(sums.items())
            if recorded != paid
        )
        found.extend(d for d in refund_checks if d.kind != REFUND)
        return ReconcileReport(
            start=start,
            end=end,
            horizon_url=self.horizon_url,
            network_count=len(network),
            local_count=len(local),
            matched_count=matched,
            pages_read=pages,
            discrepancies=tuple(found),
            checked_at=self._clock(),
            overpaid=tuple(_overpaid(p) for p in local if p.overpaid_stroops > 0),
            refunds=tuple(d for d in refund_checks if d.kind == REFUND),
            refunds_waiting=tuple(waiting),
        )

    async def _network_records(
        self,
        start: datetime,
        end: datetime,
        progress: Callable[[int, int], bool | None] | None,
    ) -> tuple[dict[str, PaymentRecord], dict[str, PaymentRecord], int]:
        """USDC credits to the merchant in [start, end), and the merchant's outgoing
        payments with a memo (refunds), newest page first."""
        source = self._source_factory()
        found: dict[str, PaymentRecord] = {}
        outgoing: dict[str, PaymentRecord] = {}
        pages = seen = 0
        cursor: str | None = None
        try:
            while True:
                page = await source.fetch_page(cursor, "desc", PAGE_LIMIT)
                pages += 1
                oldest: datetime | None = None
                for raw in page:
                    seen += 1
                    try:
                        records = parse_payment_record(raw)
                    except MalformedRecord:
                        continue
                    for record in records:
                        oldest = record.created_at
                        if not start <= record.created_at < end:
                            continue
                        if is_outgoing(record, self._merchant) and record.memo:
                            outgoing[record.operation_id] = record
                            continue
                        verdict = classify(record, self._merchant, self._issuer).verdict
                        if verdict is not Verdict.IGNORE:
                            found[record.operation_id] = record
                if progress is not None and progress(pages, seen) is False:
                    raise ReconcileCancelled(
                        QT_TRANSLATE_NOOP("errors", "reconciliation cancelled")
                    )
                if len(page) < PAGE_LIMIT or (oldest is not None and oldest < start):
                    return found, outgoing, pages
                token = page[-1].get("paging_token") if isinstance(page[-1], dict) else None
                if not isinstance(token, str) or token == cursor:
                    raise HorizonError(
                        QT_TRANSLATE_NOOP(
                            "errors", "Horizon returned a page without a usable paging token"
                        )
                    )
                cursor = token
        finally:
            await source.aclose()


def _refund_checks(
    session: Session, outgoing: dict[str, PaymentRecord], start: datetime, end: datetime
) -> list[Discrepancy]:
    """Outgoing refund payments on the network against what posapp stored of them."""
    stored = {p.operation_id: p for p in refunds_repo.outgoing(session, start=start, end=end)}
    checks = []
    for op, record in sorted(outgoing.items(), key=lambda kv: (kv[1].created_at, kv[0])):
        named = refunds_repo.by_memo(session, record.memo_type, record.memo)
        if not named:
            continue  # the owner's own payment with a memo
        seen = stored.get(op) or next(iter(refunds_repo.outgoing_by_id(session, op)), None)
        if seen is None:
            kind, detail = REFUND_MISSING, f"names refund {named[0].id}; not settled yet"
        elif seen.matched:
            kind, detail = REFUND, f"refund {seen.refund_id}"
        else:
            kind, detail = REFUND_FLAGGED, f"names refund {seen.refund_id} but {seen.reason}"
        refund = next((r for r in named if r.id == (seen.refund_id if seen else None)), named[0])
        checks.append(
            Discrepancy(
                kind,
                op,
                record.transaction_hash,
                record.created_at,
                record.amount,
                refund.amount,
                refund.session_id,
                detail,
            )
        )
    return checks


def _compare(record: PaymentRecord, stored: LedgerPayment) -> list[str]:
    differences = []
    if to_stroops(record.amount) != stored.amount_stroops:
        differences.append(f"amount {record.amount} on the network, {stored.amount} stored")
    if record.transaction_hash != stored.tx_hash:
        differences.append("transaction hash differs")
    if record.source_account != stored.from_account:
        differences.append("payer differs")
    if (record.memo or None) != (stored.memo or None):
        differences.append(f"memo {record.memo!r} on the network, {stored.memo!r} stored")
    return differences


def _missing(record: PaymentRecord) -> Discrepancy:
    memo = f" memo {record.memo!r}" if record.memo else " no memo"
    return Discrepancy(
        MISSING, record.operation_id, record.transaction_hash, record.created_at,
        record.amount, None, None,
        f"on the network but not stored: {record.amount} USDC from"
        f" {record.source_account},{memo}",
    )  # fmt: skip


def _mismatch(record: PaymentRecord, stored: LedgerPayment, differences: list[str]) -> Discrepancy:
    return Discrepancy(
        MISMATCH, record.operation_id, record.transaction_hash, record.created_at,
        record.amount, stored.amount, stored.session_id, "; ".join(differences),
    )  # fmt: skip


def _extra(p: LedgerPayment) -> Discrepancy:
    return Discrepancy(
        EXTRA, p.operation_id, p.tx_hash, p.ledger_time, None, p.amount, p.session_id,
        "stored locally but not on the network",
    )  # fmt: skip


def _overpaid(p: LedgerPayment) -> Discrepancy:
    return Discrepancy(
        OVERPAID, p.operation_id, p.tx_hash, p.ledger_time, p.amount, p.overpaid, p.session_id,
        f"{p.overpaid} USDC more than the sale asked for, from {p.from_account}: refundable",
    )  # fmt: skip


def _sale_total(session_id: str, recorded: int, paid: int) -> Discrepancy:
    return Discrepancy(
        SALE_TOTAL, "", "", None, from_stroops(paid), from_stroops(recorded), session_id,
        f"the sale records {from_stroops(recorded)} USDC received but its payments add up"
        f" to {from_stroops(paid)}",
    )  # fmt: skip
