"""Export queries for the sales CSV: rows streamed in time order, or finished CSV lines
built by SQLite itself (the fast path). No per-row lookups: a session's last payment hash
is on its row, and the few sessions paid in several payments are found index-only.

Every function runs inside the caller's ``Database.read()`` session on the caller's
thread (the export's reader thread) and streams batches; nothing holds all rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from posapp.storage.history_repo import (
    HistoryFilter,
    QueryPlan,
    SortField,
    SortOrder,
    raw_column,
)
from posapp.storage.history_sums import narrowed
from posapp.storage.models import PaymentRow, SessionRow

OLDEST_FIRST = SortOrder(SortField.TIME, descending=False)

EXPORT_COLUMNS = (
    SessionRow.id,
    SessionRow.created_at,
    SessionRow.status,
    SessionRow.fiat_amount_e7,
    SessionRow.fiat_currency,
    SessionRow.rate,
    SessionRow.rate_source,
    SessionRow.rate_time,
    SessionRow.spread_percent,
    SessionRow.usdc_due_stroops,
    SessionRow.usdc_received_stroops,
    SessionRow.paid_at,
    SessionRow.cashier,
    SessionRow.terminal,
    SessionRow.note,
    SessionRow.refunded_stroops,
    SessionRow.refunded_fiat_e7,
    SessionRow.subtotal_e7,
    SessionRow.discount_e7,
    SessionRow.tax_e7,
    SessionRow.tip_e7,
)
"""What ``export_rows`` yields first, in this order (then the payments column)."""


def export_rows(
    session: Session,
    filt: HistoryFilter,
    sort: SortOrder = OLDEST_FIRST,
    batch: int = 5000,
) -> Iterator[Sequence[Any]]:
    """Stream every session of ``filt`` as a tuple of ``EXPORT_COLUMNS`` plus its
    transaction hashes (space-separated; None when it received nothing).

    Built for speed: Core rows, no ORM, no per-row lookups. A session's last payment hash
    is on the session row; the few sessions paid in several payments are found first
    (``multi_payment_hashes``, one index-only pass). On SQLite the datetime columns come
    back as the stored text ``YYYY-MM-DD HH:MM:SS.ffffff`` (UTC), elsewhere as datetimes.
    Rows come in ``sort`` order; nothing is buffered beyond ``batch`` rows.
    """
    several = multi_payment_hashes(session)
    plan = QueryPlan(session, filt)
    query = (
        select(*(raw_column(c) for c in EXPORT_COLUMNS), SessionRow.last_tx_hash)
        .where(*plan.where())
        .order_by(*plan.order(sort))
    )
    result = session.connection().execution_options(yield_per=batch).execute(query)
    for part in result.partitions(batch):
        if several:
            for row in part:
                hashes = several.get(row[0])
                yield (*row[:-1], hashes) if hashes else row
        else:
            yield from part


def multi_payment_hashes(session: Session) -> dict[str, str]:
    """``{session id: "hash hash …"}`` for the sessions credited by more than one payment
    (partial payments, top-ups), oldest payment first. Index-only over
    ``ix_payments_session_id`` plus one lookup per such session."""
    ids = list(
        session.scalars(
            select(PaymentRow.session_id)
            .where(PaymentRow.session_id.is_not(None))
            .group_by(PaymentRow.session_id)
            .having(func.count() > 1)
        )
    )
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(PaymentRow.session_id, PaymentRow.tx_hash)
            .where(PaymentRow.session_id.in_(ids[start : start + 500]))
            .order_by(PaymentRow.session_id, PaymentRow.id)
        )
        for sid, tx_hash in rows:
            found.setdefault(str(sid), []).append(tx_hash)
    return {sid: " ".join(hashes) for sid, hashes in found.items()}


def export_csv_lines(
    session: Session,
    filt: HistoryFilter,
    segments: Sequence[tuple[datetime | None, datetime | None, int]],
    places: dict[str, int],
    batch: int = 5000,
) -> Iterator[list[str]]:
    """SQLite only: the export of ``filt`` oldest first as finished CSV lines (no line
    end), built by SQLite, in batches of ``batch`` lines.

    Cells follow ``services.export.COLUMNS`` and Python's ``csv`` dialect exactly (a cell
    holding a comma, quote or line break is quoted, quotes doubled). ``segments`` are
    consecutive [start, end) ranges with the shop zone's UTC offset in minutes during
    each (split at daylight-saving changes) for the local time column; ``places`` gives
    the minor-unit digits of currencies that do not use 2. Amounts are cut from the
    stored integers (exact); text cells that a spreadsheet would run as a formula get a
    leading apostrophe. All per-row work runs in SQLite's C code: Python only joins the
    lines of a batch.
    """
    # sessions paid in several payments: found index-only, then only their rows are read
    multi = (
        select(PaymentRow.session_id)
        .where(PaymentRow.session_id.is_not(None))
        .group_by(PaymentRow.session_id)
        .having(func.count() > 1)
    )
    several = (
        select(PaymentRow.session_id, func.group_concat(PaymentRow.tx_hash, " ").label("h"))
        .where(PaymentRow.session_id.in_(multi))
        .group_by(PaymentRow.session_id)
        .subquery()
    )
    fiat_places = case(places, value=SessionRow.fiat_currency, else_=2) if places else 2
    for start, end, offset in segments:
        part = narrowed(filt, start, end)
        plan = QueryPlan(session, part)
        cells = (
            type_coerce(SessionRow.id, String),
            _iso_text(SessionRow.created_at),
            func.datetime(
                func.substr(type_coerce(SessionRow.created_at, String), 1, 19),
                f"{offset:+d} minutes",
                type_=String,
            ),
            type_coerce(SessionRow.status, String),
            _units_text(SessionRow.fiat_amount_e7, fiat_places),
            type_coerce(SessionRow.fiat_currency, String),
            _csv_text(SessionRow.rate),
            _csv_text(_safe_text(SessionRow.rate_source)),
            _iso_text(SessionRow.rate_time),
            _csv_text(SessionRow.spread_percent),
            _units_text(SessionRow.usdc_due_stroops, 2),
            _units_text(SessionRow.usdc_received_stroops, 2),
            func.coalesce(_iso_text(SessionRow.paid_at), "", type_=String),
            func.coalesce(several.c.h, SessionRow.last_tx_hash, "", type_=String),
            _csv_text(_safe_text(SessionRow.cashier)),
            _csv_text(_safe_text(SessionRow.terminal)),
            _csv_text(_safe_text(SessionRow.note)),
            _units_text(SessionRow.refunded_stroops, 2),
            _units_text(SessionRow.refunded_fiat_e7, fiat_places),
            case(
                (SessionRow.refunded_stroops <= 0, ""),
                (SessionRow.refunded_stroops >= SessionRow.usdc_received_stroops, "refunded"),
                else_="partially_refunded",
            ),
            _units_text(SessionRow.subtotal_e7, fiat_places),
            _units_text(SessionRow.discount_e7, fiat_places),
            _units_text(SessionRow.tax_e7, fiat_places),
            _units_text(SessionRow.tip_e7, fiat_places),
        )
        line: ColumnElement[str] = cells[0]
        for cell in cells[1:]:
            line = line + "," + cell
        query = (
            select(line)
            .select_from(SessionRow)
            .outerjoin(several, several.c.session_id == SessionRow.id)
            .where(*plan.where())
            .order_by(*plan.order(OLDEST_FIRST))
        )
        cursor = session.connection().execute(query).cursor
        while rows := cursor.fetchmany(batch):
            yield [r[0] for r in rows]


CSV_SPECIAL_GLOB = '*[",\r\n]*'


def _csv_text(cell: Any) -> Any:
    """A text cell as Python's ``csv`` writes it: quoted (quotes doubled) only when it
    holds a comma, a quote or a line break."""
    cell = type_coerce(cell, String)
    quoted = '"' + func.replace(cell, '"', '""', type_=String) + '"'
    return case((cell.op("GLOB")(CSV_SPECIAL_GLOB), quoted), else_=cell)


def _iso_text(column: Any) -> Any:
    """Stored ``YYYY-MM-DD HH:MM:SS.ffffff`` → ``YYYY-MM-DDTHH:MM:SSZ`` (NULL stays NULL)."""
    raw = type_coerce(column, String)
    return func.substr(raw, 1, 10, type_=String) + "T" + func.substr(raw, 12, 8) + "Z"


def _units_text(column: Any, places: Any) -> Any:
    """Integer 10⁻⁷ units → plain decimal text with at least ``places`` digits, more only
    when the stored value has them (never rounded). Whole cents take one ``printf``."""
    cents = func.printf(
        "%d.%02d",
        column.op("/")(10_000_000),
        column.op("%")(10_000_000).op("/")(100_000),
        type_=String,
    )
    frac7 = func.printf("%07d", column.op("%")(10_000_000), type_=String)
    trimmed = func.rtrim(frac7, "0", type_=String)
    frac = case(
        (func.length(trimmed) <= places, func.substr(frac7, 1, places, type_=String)),
        else_=trimmed,
    )
    whole = func.printf("%d", column.op("/")(10_000_000), type_=String)
    general = case((frac == "", whole), else_=whole + "." + frac)
    if isinstance(places, int) and places == 2:
        return case((column == 0, "0.00"), (column.op("%")(100_000) == 0, cents), else_=general)
    zero = case((places == 0, "0"), else_="0." + func.substr("0000000", 1, places, type_=String))
    return case(
        (column == 0, zero),
        ((places == 2) & (column.op("%")(100_000) == 0), cents),
        else_=general,
    )


def _safe_text(column: Any) -> Any:
    """A text cell with a leading apostrophe when it starts like a formula
    (``= + - @``, tab or carriage return)."""
    return case((column.op("GLOB")(FORMULA_GLOB), "'" + column), else_=column)


FORMULA_GLOB = "[=+@\t\r-]*"
