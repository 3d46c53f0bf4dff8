"""Payment sessions in SQL: insert, read as ``PaymentSession``, conditional transitions.

Every function runs inside the caller's ``Database.read()``/``write()`` session, on the
caller's thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from posapp.core.cart import SoldItem
from posapp.core.money import format_plain, from_stroops, to_stroops
from posapp.core.session import FROM_STATES, PaymentSession, SessionStatus
from posapp.storage.change_feed import announce_session_change
from posapp.storage.models import SaleLineRow, SessionRow


def to_e7(amount: Decimal) -> int:
    """A fiat amount as integer 10⁻⁷ units (exact)."""
    return to_stroops(amount)


def from_e7(units: int) -> Decimal:
    """Integer 10⁻⁷ units back to a Decimal: two places when exact, else every needed place."""
    value = from_stroops(units)
    cents = value.quantize(Decimal("0.01"))
    return cents if cents == value else Decimal(format_plain(value))


def row_to_session(row: SessionRow) -> PaymentSession:
    """Freeze an ORM row into the immutable domain object."""
    return PaymentSession(
        id=row.id,
        muxed_id=row.muxed_id,
        status=SessionStatus(row.status),
        fiat_amount=from_e7(row.fiat_amount_e7),
        fiat_currency=row.fiat_currency,
        usdc_due=from_stroops(row.usdc_due_stroops),
        usdc_received=from_stroops(row.usdc_received_stroops),
        rate=Decimal(row.rate),
        rate_source=row.rate_source,
        rate_time=row.rate_time,
        spread_percent=Decimal(row.spread_percent),
        network=row.network,
        destination=row.destination,
        note=row.note,
        cashier=row.cashier,
        terminal=row.terminal,
        created_at=row.created_at,
        expires_at=row.expires_at,
        updated_at=row.updated_at,
        paid_at=row.paid_at,
        last_tx_hash=row.last_tx_hash,
        settled_by=row.settled_by,
        settled_fiat=from_e7(row.settled_fiat_e7 or 0),
        refund_state=row.refund_state,
        parked_at=row.parked_at,
        refunded=from_stroops(row.refunded_stroops or 0),
        refunded_fiat=from_e7(row.refunded_fiat_e7 or 0),
        items=items_from_json(row.items_json),
        subtotal=from_e7(row.subtotal_e7 or 0),
        discount=from_e7(row.discount_e7 or 0),
        tax=from_e7(row.tax_e7 or 0),
        tip=from_e7(row.tip_e7 or 0),
    )


def items_from_json(text: str | None) -> tuple[SoldItem, ...]:
    """The lines stored with a sale (none for a keyed amount)."""
    if not text:
        return ()
    return tuple(SoldItem.from_json(entry) for entry in json.loads(text))


def items_to_json(items: tuple[SoldItem, ...]) -> str | None:
    """What ``items_from_json`` reads back (None for no lines)."""
    if not items:
        return None
    return json.dumps([i.to_json() for i in items], separators=(",", ":"), ensure_ascii=False)


def insert(session: Session, s: PaymentSession) -> None:
    """Insert a new session row."""
    session.add(
        SessionRow(
            id=s.id,
            muxed_id=s.muxed_id,
            status=s.status.value,
            fiat_amount_e7=to_e7(s.fiat_amount),
            fiat_currency=s.fiat_currency,
            usdc_due_stroops=to_stroops(s.usdc_due),
            usdc_received_stroops=to_stroops(s.usdc_received),
            rate=str(s.rate),
            rate_source=s.rate_source,
            rate_time=s.rate_time,
            spread_percent=str(s.spread_percent),
            network=s.network,
            destination=s.destination,
            note=s.note,
            cashier=s.cashier,
            terminal=s.terminal,
            created_at=s.created_at,
            expires_at=s.expires_at,
            updated_at=s.updated_at,
            paid_at=s.paid_at,
            last_tx_hash=s.last_tx_hash,
            settled_by=s.settled_by,
            settled_fiat_e7=to_e7(s.settled_fiat),
            refund_state=s.refund_state,
            parked_at=s.parked_at,
            items_json=items_to_json(s.items),
            subtotal_e7=to_e7(s.subtotal),
            discount_e7=to_e7(s.discount),
            tax_e7=to_e7(s.tax),
            tip_e7=to_e7(s.tip),
        )
    )
    if s.items:
        session.flush()  # the sale first: its lines refer to it
    for position, item in enumerate(s.items, start=1):
        session.add(
            SaleLineRow(
                session_id=s.id,
                position=position,
                sku=item.sku,
                name=item.name,
                category=item.category,
                quantity=item.quantity,
                unit_price_e7=to_e7(item.unit_price),
                discount_e7=to_e7(item.discount),
                net_e7=to_e7(item.net),
                tax_e7=to_e7(item.tax),
                tax_rate=f"{item.tax_rate.normalize():f}",
            )
        )
    session.flush()


def get(session: Session, session_id: str) -> PaymentSession | None:
    """The session with ``session_id``, or None."""
    row = session.get(SessionRow, session_id, populate_existing=True)
    return None if row is None else row_to_session(row)


def get_many(
    session: Session, ids: Sequence[str], muxed_ids: Sequence[int] = ()
) -> dict[str, PaymentSession]:
    """Sessions by id or muxed id, in one query per 500 keys; missing ones are absent."""
    found: dict[str, PaymentSession] = {}
    keys = [("id", k) for k in set(ids)] + [("muxed", k) for k in set(muxed_ids) if k < 2**63]
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        by_id = [k for kind, k in chunk if kind == "id"]
        by_muxed = [k for kind, k in chunk if kind == "muxed"]
        query = select(SessionRow).where(
            SessionRow.id.in_(by_id) | SessionRow.muxed_id.in_(by_muxed)
        )
        for row in session.scalars(query.execution_options(populate_existing=True)):
            found[row.id] = row_to_session(row)
    return found


def list_recent(
    session: Session, *, statuses: Iterable[SessionStatus] | None = None, limit: int = 50
) -> list[PaymentSession]:
    """Newest sessions first, optionally only those in ``statuses``."""
    query = (
        select(SessionRow).order_by(SessionRow.created_at.desc(), SessionRow.id.desc()).limit(limit)
    )
    if statuses is not None:
        query = query.where(SessionRow.status.in_([s.value for s in statuses]))
    return [row_to_session(r) for r in session.scalars(query)]


def transition(
    session: Session,
    session_id: str,
    target: SessionStatus,
    now: datetime,
    *,
    received: Decimal | None = None,
    expected_from: Iterable[SessionStatus] | None = None,
    paid_at: datetime | None = None,
    tx_hash: str | None = None,
) -> bool:
    """Conditional UPDATE to ``target``: succeeds only from the allowed states.

    ``expected_from`` narrows the allowed states (e.g. to the status the caller read), so a
    concurrent writer that changed the row first makes this one fail. Returns True when
    the row changed.
    """
    allowed = set(FROM_STATES[target]) if target in FROM_STATES else {target}
    if expected_from is not None:
        allowed &= set(expected_from)
    values: dict[str, object] = {"status": target.value, "updated_at": now}
    if received is not None:
        values["usdc_received_stroops"] = to_stroops(received)
    if paid_at is not None:
        values["paid_at"] = paid_at
    if tx_hash is not None:
        values["last_tx_hash"] = tx_hash
    # Core execution: no ORM autoflush or identity-map sync on this hot path.
    result = session.connection().execute(
        update(SessionRow)
        .where(SessionRow.id == session_id, SessionRow.status.in_([s.value for s in allowed]))
        .values(**values)
    )
    if result.rowcount == 1:
        announce_session_change(session)
        return True
    return False


def write_states(session: Session, changes: Sequence[tuple[SessionStatus, PaymentSession]]) -> bool:
    """Write sessions' new status/amounts in one executemany of conditional UPDATEs
    (``WHERE id = … AND status = <status as read>``); True only if every row matched.

    The state machine (``core.session.apply_credit``) has already decided each change.
    """
    if not changes:
        return True
    statement = (
        update(SessionRow)
        .where(SessionRow.id == bindparam("sid"), SessionRow.status == bindparam("expected"))
        .values(
            status=bindparam("new_status"),
            usdc_received_stroops=bindparam("received"),
            updated_at=bindparam("now"),
            paid_at=bindparam("paid"),
            last_tx_hash=bindparam("tx"),
        )
    )
    params = [
        {
            "sid": s.id,
            "expected": expected.value,
            "new_status": s.status.value,
            "received": to_stroops(s.usdc_received),
            "now": s.updated_at,
            "paid": s.paid_at,
            "tx": s.last_tx_hash,
        }
        for expected, s in changes
    ]
    result = session.connection().execute(statement, params)
    announce_session_change(session)
    return result.rowcount == len(changes)


CHANGES_PAGE = 500


def changed_since(
    session: Session,
    since: datetime,
    *,
    after: tuple[datetime, str] | None = None,
    limit: int = CHANGES_PAGE,
) -> list[PaymentSession]:
    """Sessions whose ``updated_at`` ≥ ``since``, oldest change first (``ix_sessions_updated_at``),
    one keyset page: pass the last row's ``(updated_at, id)`` as ``after`` for the next. How
    counters that don't run detection see the others' changes."""
    query = select(SessionRow).where(SessionRow.updated_at >= since)
    if after is not None:
        query = query.where(
            (SessionRow.updated_at > after[0])
            | ((SessionRow.updated_at == after[0]) & (SessionRow.id > after[1]))
        )
    query = (
        query.order_by(SessionRow.updated_at, SessionRow.id)
        .limit(limit)
        .execution_options(populate_existing=True)
    )
    return [row_to_session(r) for r in session.scalars(query)]


def due_for_expiry(session: Session, now: datetime, limit: int = 500) -> list[str]:
    """Ids of awaiting sessions whose window has passed."""
    query = (
        select(SessionRow.id)
        .where(
            SessionRow.status.in_([SessionStatus.OPEN.value, SessionStatus.PARTIALLY_PAID.value]),
            SessionRow.expires_at <= now,
        )
        .limit(limit)
    )
    return list(session.scalars(query))


def oldest_created(
    session: Session, statuses: Sequence[SessionStatus], network: str, destination: str
) -> datetime | None:
    """When the oldest session in ``statuses`` charged to ``destination`` on ``network`` was
    created (``ix_sessions_status_created_at``), or None."""
    query = select(func.min(SessionRow.created_at)).where(
        SessionRow.status.in_([s.value for s in statuses]),
        SessionRow.network == network,
        SessionRow.destination == destination,
    )
    return session.scalar(query)
