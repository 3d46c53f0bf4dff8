"""Receipts in SQL: the store-wide receipt number, issued receipts, and the payment facts a
receipt prints (transaction hash, ledger).

The next number comes from ``UPDATE counters SET value = value + 1`` in the caller's write
transaction: the row lock (PostgreSQL) or the single writer (SQLite) means two counters can
never take the same number, and a rolled-back transaction gives its number back. Every
function runs inside the caller's ``Database.read()``/``write()`` session, on its thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from posapp.core.money import from_stroops
from posapp.storage.models import CounterRow, PaymentRow, ReceiptRow

RECEIPT_COUNTER = "receipt"
SALE = "sale"
REFUND = "refund"
_PAID_IN = ("credited", "attached")
"""Payment statuses that count toward a sale (matched by detection or attached by the owner)."""


@dataclass(frozen=True, slots=True)
class IssuedReceipt:
    """A receipt's number and history; immutable, safe across threads."""

    number: int
    kind: str
    ref: str
    session_id: str
    issued_at: datetime
    terminal: str
    prints: int


@dataclass(frozen=True, slots=True)
class ReceiptPayment:
    """A payment a sale's receipt lists: the amount, when the ledger closed it, where."""

    tx_hash: str
    amount: Decimal
    ledger_time: datetime
    ledger: int
    """The ledger sequence, from the operation's paging token (its upper 32 bits)."""


def next_number(session: Session, counter: str = RECEIPT_COUNTER) -> int:
    """Advance ``counter`` by one and return the new value, inside the caller's write
    transaction (the first use creates the row, continuing after any receipt already
    stored)."""
    result = session.execute(
        update(CounterRow).where(CounterRow.name == counter).values(value=CounterRow.value + 1)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        start = (session.scalar(select(func.max(ReceiptRow.number))) or 0) + 1
        session.execute(insert(CounterRow).values(name=counter, value=start))
        return int(start)
    value = session.scalar(select(CounterRow.value).where(CounterRow.name == counter))
    assert value is not None
    return int(value)


def _freeze(row: ReceiptRow) -> IssuedReceipt:
    return IssuedReceipt(
        number=row.number,
        kind=row.kind,
        ref=row.ref,
        session_id=row.session_id,
        issued_at=row.issued_at,
        terminal=row.terminal,
        prints=row.prints,
    )


def find(session: Session, kind: str, ref: str) -> IssuedReceipt | None:
    """The receipt issued for (``kind``, ``ref``), or None."""
    row = session.scalars(
        select(ReceiptRow).where(ReceiptRow.kind == kind, ReceiptRow.ref == ref)
    ).first()
    return None if row is None else _freeze(row)


def issue(
    session: Session, kind: str, ref: str, session_id: str, now: datetime, terminal: str
) -> IssuedReceipt:
    """The receipt of (``kind``, ``ref``): the one already issued, else a new one with the
    next store-wide number. Write transaction."""
    found = find(session, kind, ref)
    if found is not None:
        return found
    number = next_number(session)
    row = ReceiptRow(
        number=number,
        kind=kind,
        ref=ref,
        session_id=session_id,
        issued_at=now,
        terminal=terminal,
        prints=0,
    )
    session.add(row)
    session.flush()
    return _freeze(row)


def count_print(session: Session, number: int) -> None:
    """Record that receipt ``number`` was printed or written once more. Write transaction."""
    session.execute(
        update(ReceiptRow).where(ReceiptRow.number == number).values(prints=ReceiptRow.prints + 1)
    )


def for_session(session: Session, session_id: str) -> list[IssuedReceipt]:
    """Every receipt of a sale (the sale's and its refunds'), by number."""
    query = (
        select(ReceiptRow).where(ReceiptRow.session_id == session_id).order_by(ReceiptRow.number)
    )
    return [_freeze(r) for r in session.scalars(query)]


def payments(session: Session, session_id: str) -> list[ReceiptPayment]:
    """The payments counted toward ``session_id``, oldest first."""
    query = (
        select(
            PaymentRow.tx_hash,
            PaymentRow.amount_stroops,
            PaymentRow.ledger_time,
            PaymentRow.paging_token,
        )
        .where(PaymentRow.session_id == session_id, PaymentRow.status.in_(_PAID_IN))
        .order_by(PaymentRow.id)
    )
    return [
        ReceiptPayment(tx, from_stroops(stroops), at, ledger_of(token))
        for tx, stroops, at, token in session.execute(query)
    ]


def ledger_of(paging_token: str) -> int:
    """The ledger sequence of an operation's paging token (its TOID: ledger << 32 | …);
    0 when the token is not a number."""
    try:
        return int(paging_token) >> 32
    except (TypeError, ValueError):
        return 0
