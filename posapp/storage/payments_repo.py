"""USDC payments received: matched ones and the unmatched ones the owner must resolve."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import insert as sql_insert
from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.core.money import from_stroops, to_stroops
from posapp.core.records import PaymentRecord
from posapp.storage.models import PaymentRow

CREDITED = "credited"
UNMATCHED = "unmatched"
REFUSED = "refused"
"""USDC from a foreign issuer: stored for the owner to see, never credited."""


@dataclass(frozen=True, slots=True)
class StoredPayment:
    """A payment as stored: immutable, safe across threads."""

    operation_id: str
    tx_hash: str
    session_id: str | None
    status: str
    reason: str
    from_account: str
    amount: Decimal
    memo_type: str | None
    memo: str | None
    ledger_time: datetime
    received_at: datetime


def existing_ids(session: Session, operation_ids: Sequence[str]) -> set[str]:
    """Which of these operations are already stored (one query per 500 ids)."""
    found: set[str] = set()
    for i in range(0, len(operation_ids), 500):
        chunk = operation_ids[i : i + 500]
        query = select(PaymentRow.operation_id).where(PaymentRow.operation_id.in_(chunk))
        found.update(session.scalars(query))
    return found


@dataclass(frozen=True, slots=True)
class NewPayment:
    """A credit to store: the record, the session it went to (None = unmatched), why."""

    record: PaymentRecord
    session_id: str | None
    status: str
    reason: str
    overpaid: Decimal = Decimal(0)
    """The part beyond what the session asked for."""


def insert_many(
    session: Session, payments: Sequence[NewPayment], now: datetime | None = None
) -> None:
    """Store credits in one multi-row INSERT; a repeated operation id fails the transaction."""
    if not payments:
        return
    session.execute(
        sql_insert(PaymentRow),
        [
            _row_values(p.record, p.session_id, p.status, p.reason, now, p.overpaid)
            for p in payments
        ],
    )


def _row_values(
    record: PaymentRecord,
    session_id: str | None,
    status: str,
    reason: str,
    now: datetime | None,
    overpaid: Decimal = Decimal(0),
) -> dict[str, object]:
    return {
        "operation_id": record.operation_id,
        "paging_token": record.paging_token,
        "tx_hash": record.transaction_hash,
        "type": record.type,
        "session_id": session_id,
        "status": status,
        "reason": reason,
        "from_account": record.source_account,
        "to_account": record.destination,
        "amount_stroops": to_stroops(record.amount),
        "asset_code": record.asset_code or "",
        "asset_issuer": record.asset_issuer or "",
        "memo_type": record.memo_type,
        "memo": record.memo,
        "muxed_id": _storable_muxed_id(record.destination_muxed_id),
        "ledger_time": record.created_at,
        "received_at": now or datetime.now(UTC),
        "overpaid_stroops": to_stroops(overpaid),
        "from_muxed": record.source_muxed,
    }


def insert(
    session: Session,
    record: PaymentRecord,
    *,
    session_id: str | None,
    status: str,
    reason: str,
    now: datetime,
) -> None:
    """Store one credit; the UNIQUE operation id makes a second insert fail loudly."""
    insert_many(session, [NewPayment(record, session_id, status, reason)], now)


def _storable_muxed_id(muxed_id: int | None) -> int | None:
    """Muxed ids are uint64; a signed BIGINT holds posapp's own (< 2⁶³), not every stranger's."""
    return muxed_id if muxed_id is not None and 0 <= muxed_id < 2**63 else None


def _freeze(row: PaymentRow) -> StoredPayment:
    return StoredPayment(
        operation_id=row.operation_id,
        tx_hash=row.tx_hash,
        session_id=row.session_id,
        status=row.status,
        reason=row.reason,
        from_account=row.from_account,
        amount=from_stroops(row.amount_stroops),
        memo_type=row.memo_type,
        memo=row.memo,
        ledger_time=row.ledger_time,
        received_at=row.received_at,
    )


def for_session(session: Session, session_id: str) -> list[StoredPayment]:
    """Every payment credited to ``session_id``, oldest first."""
    query = select(PaymentRow).where(PaymentRow.session_id == session_id).order_by(PaymentRow.id)
    return [_freeze(r) for r in session.scalars(query)]


def unmatched(session: Session, limit: int = 200) -> list[StoredPayment]:
    """Unmatched USDC payments awaiting the owner, newest first."""
    query = (
        select(PaymentRow)
        .where(PaymentRow.status == UNMATCHED)
        .order_by(PaymentRow.id.desc())
        .limit(limit)
    )
    return [_freeze(r) for r in session.scalars(query)]


def count_all(session: Session) -> int:
    """How many payments are stored (for tests and reports)."""
    from sqlalchemy import func

    return session.scalar(select(func.count()).select_from(PaymentRow)) or 0
