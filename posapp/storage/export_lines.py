"""The sales CSV built by SQLite itself (the export's fast path on SQLite).

Each row's finished line comes from one ``printf`` in SQLite's C code, and the lines of a
few thousand rows are concatenated in order by ``group_concat`` into one value: Python
handles one object per block, not per row (no tuple, no decoding, no join), and SQLite
works through a whole block without taking the GIL back.

Cells follow ``services.export.COLUMNS`` and Python's ``csv`` dialect exactly (a cell
holding a comma, quote or line break is quoted, quotes doubled); amounts are cut from the
stored integers (exact, never rounded); text cells that a spreadsheet would run as a
formula get a leading apostrophe. ``services.export``'s Python formatting writes the same
bytes (the tests compare them).

Every function runs inside the caller's ``Database.read()`` session on the caller's
thread (an export reader thread) and streams: nothing holds more than one block.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import chain
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    LargeBinary,
    Select,
    String,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from posapp.storage.history_repo import HistoryFilter, QueryPlan, SortField, SortOrder
from posapp.storage.history_sums import narrowed
from posapp.storage.models import PaymentRow, SessionRow

OLDEST_FIRST = SortOrder(SortField.TIME, descending=False)
Segment = tuple[datetime | None, datetime | None, int]
"""[start, end) (None: open) and the shop zone's UTC offset in minutes during it."""
Block = tuple[bytes, int]
"""UTF-8 CSV lines, each ending in CRLF, and how many."""


def csv_blocks(
    session: Session,
    filt: HistoryFilter,
    segments: Sequence[Segment],
    places: dict[str, int],
    batch: int = 5000,
) -> Iterator[Block]:
    """SQLite only: the export of ``filt`` oldest first, in blocks of about ``batch``
    lines.

    ``segments`` are consecutive ranges split where the shop zone's UTC offset changes
    (for the local time column); ``places`` gives the minor-unit digits of currencies
    that do not use 2. A block holds the sessions of a time range that starts ``batch``
    sessions after the previous one (found index-only); a text search (its few rows found
    through its own indexes) streams row by row instead.
    """
    setup = line_setup(session, places)
    params = {"several": json.dumps(setup.several_ids)} if setup.several == "listed" else {}
    for start, end, offset in segments:
        part = narrowed(filt, start, end)
        line = csv_line(offset, setup)
        if filt.text.strip():
            yield from _streamed(session, part, line, params, batch)
        else:
            yield from _aggregated(session, part, line, params, batch)


@dataclass(frozen=True)
class LineSetup:
    """What the line's SQL depends on besides the zone's offset, read once per part in
    its transaction."""

    fiat_places: Any = None
    """Minor-unit digits by currency (a CASE on the currency), None: 2 for all."""
    several: str = "none"
    """How sessions credited by several payments are found (see ``_tx_hashes``)."""
    several_ids: tuple[str, ...] = ()
    cashiers: dict[str, str] | None = None
    """Every cashier name whose cell is not the name itself (quoted, apostrophe) → that
    cell; None when there are too many names to list (each row is then tested)."""
    terminals: dict[str, str] | None = None
    """The same for terminal names."""
    usual: dict[str, dict[str, str]] = field(default_factory=dict)
    """For ``rate``, ``rate_source`` and ``spread_percent``: the values most sessions
    hold (a shop's rate sources and fixed rates) → their cells, compared before testing a
    value character by character."""


def line_setup(session: Session, places: dict[str, int]) -> LineSetup:
    """The ``LineSetup`` for the database as ``session`` sees it: one index-only pass over
    the payments' session ids, a loose scan of the cashier and terminal indexes and the
    newest few hundred sessions."""
    ids = several_ids(session)
    several = "none" if not ids else "listed" if len(ids) <= SEVERAL_LISTED else "looked_up"
    return LineSetup(
        fiat_places=case(places, value=SessionRow.fiat_currency, else_=2) if places else None,
        several=several,
        several_ids=tuple(ids) if several == "listed" else (),
        cashiers=_changed_cells(_distinct(session, SessionRow.cashier)),
        terminals=_changed_cells(_distinct(session, SessionRow.terminal)),
        usual=_usual_cells(session),
    )


def reads_in_parallel_pay(session: Session) -> bool:
    """Whether reading an export in parts on several threads is faster with this SQLite.

    Without its per-connection "lookaside" memory (Debian's build omits it) every small
    allocation of every connection takes one process-wide mutex, dozens a row: two
    threads formatting rows then contend for it and are slower together than one alone
    (measured: 175k against 209k rows/s). With lookaside, a connection's small
    allocations stay its own.
    """
    global _PARALLEL
    if _PARALLEL is None:
        options: list[str] = list(session.execute(text("PRAGMA compile_options")).scalars())
        _PARALLEL = "OMIT_LOOKASIDE" not in options
    return _PARALLEL


_PARALLEL: bool | None = None


def several_ids(session: Session) -> list[str]:
    """The sessions credited by more than one payment (partial payments, top-ups):
    index-only over ``ix_payments_session_id``."""
    return [
        str(sid)
        for sid in session.scalars(
            select(PaymentRow.session_id)
            .where(PaymentRow.session_id.is_not(None))
            .group_by(PaymentRow.session_id)
            .having(func.count() > 1)
        )
    ]


def split_times(session: Session, filt: HistoryFilter, parts: int, min_rows: int) -> list[datetime]:
    """SQLite only: up to ``parts - 1`` ascending creation times inside ``filt``'s time
    range that cut it into parts of about as many sessions each, for reading the parts
    at once; [] when the range holds fewer than about ``min_rows`` per part.

    Estimated from rowids (sessions are inserted about in creation order): a few index
    seeks, no counting. A poor estimate only unbalances the parts: every cut is an exact
    creation-time boundary.
    """
    if parts < 2:
        return []
    rowid = literal_column("sessions.rowid", Integer)
    bounds: list[ColumnElement[bool]] = []
    if filt.start is not None:
        bounds.append(SessionRow.created_at >= filt.start)
    if filt.end is not None:
        bounds.append(SessionRow.created_at < filt.end)
    ends: list[int] = []
    for order in (SessionRow.created_at.asc(), SessionRow.created_at.desc()):
        found = session.scalar(
            select(rowid).select_from(SessionRow).where(*bounds).order_by(order).limit(1)
        )
        if found is None:
            return []
        ends.append(int(found))
    low, high = min(ends), max(ends)
    if high - low < parts * min_rows:
        return []
    cuts: list[datetime] = []
    for part in range(1, parts):
        moment: datetime | None = session.scalar(
            select(SessionRow.created_at)
            .where(rowid >= low + (high - low) * part // parts)
            .order_by(rowid)
            .limit(1)
        )
        if moment is None or (cuts and moment <= cuts[-1]):
            continue
        if (filt.start is None or moment > filt.start) and (filt.end is None or moment < filt.end):
            cuts.append(moment)
    return cuts


# ---- the blocks ------------------------------------------------------------------------


def _streamed(
    session: Session,
    filt: HistoryFilter,
    line: ColumnElement[str],
    params: dict[str, Any],
    batch: int,
) -> Iterator[Block]:
    """``filt``'s lines row by row (in the query plan of its text search), joined by
    ``batch``."""
    plan = QueryPlan(session, filt)
    query = (
        select(cast(line, LargeBinary))
        .select_from(SessionRow)
        .where(*plan.where())
        .order_by(*plan.order(OLDEST_FIRST))
    )
    result = session.connection().execute(query, params)
    try:
        while rows := result.cursor.fetchmany(batch):
            yield b"".join(chain.from_iterable(rows)), len(rows)
    finally:
        result.close()


def _aggregated(
    session: Session,
    filt: HistoryFilter,
    line: ColumnElement[str],
    params: dict[str, Any],
    batch: int,
) -> Iterator[Block]:
    """``filt``'s lines (no text search) block by block: [low, high) where ``high`` is
    the creation time ``batch`` sessions (of any kind) after ``low``."""
    others = QueryPlan(session, replace(filt, start=None, end=None)).where()
    statements: dict[tuple[bool, bool], Select[bytes, int]] = {}
    low, end = filt.start, filt.end
    while True:
        high = _cut_after(session, low, end, batch)
        upper = high if high is not None else end
        key = (low is not None, upper is not None)
        if key not in statements:
            statements[key] = _block_statement(line, others, *key)
        bounds = {"low": low, "high": upper}
        data, rows = session.connection().execute(statements[key], params | bounds).one()
        if rows:
            yield data, rows
        if high is None:
            return
        low = high


def _block_statement(
    line: ColumnElement[str], others: list[ColumnElement[bool]], low: bool, high: bool
) -> Select[bytes, int]:
    """The lines of the sessions created in [``:low``, ``:high``) (each bound only when
    set) that ``others`` select, concatenated in time order; and their count."""
    terms = list(others)
    if low:
        terms.append(SessionRow.created_at >= bindparam("low"))
    if high:
        terms.append(SessionRow.created_at < bindparam("high"))
    # SQLite keeps a subquery's ORDER BY under an aggregate other than count/min/max
    ordered = (
        select(line.label("line"))
        .where(*terms)
        .order_by(SessionRow.created_at, SessionRow.id)
        .subquery()
    )
    return select(cast(func.group_concat(ordered.c.line, ""), LargeBinary), func.count())


def _cut_after(
    session: Session, low: datetime | None, end: datetime | None, batch: int
) -> datetime | None:
    """The creation time ``batch`` sessions after ``low`` and before ``end``, read from
    the time index alone; None when fewer remain. Always after ``low``: sessions created
    in the same microsecond stay in one block."""
    created = SessionRow.created_at
    before = [created < end] if end is not None else []
    since = [created >= low] if low is not None else []
    cut: datetime | None = session.scalar(
        select(created).where(*since, *before).order_by(created).offset(batch).limit(1)
    )
    if cut is not None and low is not None and cut <= low:
        cut = session.scalar(select(func.min(created)).where(created > low, *before))
    return cut


DISTINCT_NAMES = 100
"""Up to this many cashier (terminal) names are read first and their cells made once."""


def _distinct(session: Session, column: Any) -> list[str] | None:
    """Every value of the indexed ``column`` (a loose scan of its index), or None when
    there are more than ``DISTINCT_NAMES``."""
    found: list[str] = []
    value = session.scalar(select(func.min(column)))
    while value is not None:
        if len(found) == DISTINCT_NAMES:
            return None
        found.append(value)
        value = session.scalar(select(func.min(column)).where(column > value))
    return found


def _changed_cells(values: list[str] | None) -> dict[str, str] | None:
    """``{value: cell}`` for the ``values`` whose CSV cell differs from the value."""
    if values is None:
        return None
    cells = {value: csv_cell(value) for value in values}
    return {value: cell for value, cell in cells.items() if cell != value}


USUAL_SAMPLE = 512
"""The newest sessions whose rate, rate source and spread are counted."""
USUAL_SHARE = 50
"""A value is usual when at least one sampled session in this many holds it."""
USUAL_COLUMNS = ("rate", "rate_source", "spread_percent")


def _usual_cells(session: Session) -> dict[str, dict[str, str]]:
    """``{column: {value: cell}}`` for the values of ``USUAL_COLUMNS`` that the newest
    sessions hold often (at most 4 a column; one index-less read of a few hundred rows).
    Only a shortcut: any other value is still tested in full."""
    rows = session.execute(
        select(*(getattr(SessionRow, c) for c in USUAL_COLUMNS))
        .order_by(literal_column("sessions.rowid").desc())
        .limit(USUAL_SAMPLE)
    ).all()
    usual: dict[str, dict[str, str]] = {}
    for index, column in enumerate(USUAL_COLUMNS):
        counts = Counter(row[index] for row in rows)
        often = [v for v, n in counts.most_common(4) if n * USUAL_SHARE >= len(rows)]
        formula_safe = column == "rate_source"
        usual[column] = {v: csv_cell(v, formula_safe=formula_safe) for v in often}
    return usual


def csv_cell(value: str, *, formula_safe: bool = True) -> str:
    """``value`` as one CSV cell the way the export writes it (apostrophe before a
    formula start, then quoted by Python's ``csv`` rules). Pure."""
    cell = "'" + value if formula_safe and value.startswith(FORMULA_START) else value
    if any(c in cell for c in CSV_SPECIAL):
        cell = '"' + cell.replace('"', '""') + '"'
    return cell


# ---- the cells of a line: (printf format, its arguments) --------------------------------

CSV_SPECIAL = ',"\r\n'
CSV_SPECIAL_GLOB = '*[",\r\n]*'
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GLOB = "[=+@\t\r-]*"
E7 = 10_000_000
SEVERAL_LISTED = 2000
"""Up to this many sessions credited by several payments are passed as a list."""
Cell = tuple[str, tuple[Any, ...]]


def csv_line(offset: int, setup: LineSetup = LineSetup()) -> ColumnElement[str]:
    """One session's CSV line (``services.export.COLUMNS``, CRLF at the end): one
    ``printf`` whose arguments are the cells (no chain of ``||`` copies). ``offset``: the
    shop zone's UTC offset in minutes."""
    row, fiat_places = SessionRow, setup.fiat_places
    cells: list[Cell] = [
        _plain(row.id),
        _iso(row.created_at),
        _local(row.created_at, offset),
        _plain(row.status),
        _amount(row.fiat_amount_e7, fiat_places),
        _plain(row.fiat_currency),
        _text(row.rate, formula_safe=False, usual=setup.usual.get("rate")),
        _text(row.rate_source, usual=setup.usual.get("rate_source")),
        _iso(row.rate_time),
        _text(row.spread_percent, formula_safe=False, usual=setup.usual.get("spread_percent")),
        _amount(row.usdc_due_stroops),
        _amount(row.usdc_received_stroops),
        _optional_iso(row.paid_at),
        _plain(_tx_hashes(several=setup.several)),
        _name(row.cashier, setup.cashiers),
        _name(row.terminal, setup.terminals),
        _text(row.note),
        _amount(row.refunded_stroops),
        _amount(row.refunded_fiat_e7, fiat_places),
        _plain(
            case(
                (row.refunded_stroops <= 0, ""),
                (row.refunded_stroops >= row.usdc_received_stroops, "refunded"),
                else_="partially_refunded",
            )
        ),
        _amount(row.subtotal_e7, fiat_places),
        _amount(row.discount_e7, fiat_places),
        _amount(row.tax_e7, fiat_places),
        _amount(row.tip_e7, fiat_places),
    ]
    fmt = ",".join(f for f, _ in cells) + "\r\n"
    args = [a for _, cell_args in cells for a in cell_args]
    return func.printf(fmt, *args, type_=String)


def _plain(value: Any) -> Cell:
    """A cell written as stored (NULL: empty)."""
    return "%s", (value,)


def _iso(column: Any) -> Cell:
    """Stored ``YYYY-MM-DD HH:MM:SS.ffffff`` → ``YYYY-MM-DDTHH:MM:SSZ``."""
    raw = type_coerce(column, String)
    return "%.10sT%.8sZ", (raw, func.substr(raw, 12, type_=String))


def _optional_iso(column: Any) -> Cell:
    """``_iso``, or an empty cell for NULL (NULL arguments print nothing)."""
    raw = type_coerce(column, String)
    t, z = (case((raw.is_(None), ""), else_=mark) for mark in ("T", "Z"))
    return "%.10s%s%.8s%s", (raw, t, func.substr(raw, 12, type_=String), z)


def _local(column: Any, offset: int) -> Cell:
    """The stored UTC time on the shop's wall clock (``offset`` minutes ahead), to the
    second."""
    raw = type_coerce(column, String)
    if offset == 0:
        return "%.19s", (raw,)
    shifted = func.datetime(func.substr(raw, 1, 19), f"{offset:+d} minutes", type_=String)
    return "%s", (shifted,)


def _text(column: Any, *, formula_safe: bool = True, usual: dict[str, str] | None = None) -> Cell:
    """A text cell as Python's ``csv`` writes it: in quotes, its quotes doubled, only
    when it holds a comma, a quote or a line break; with a leading apostrophe when it
    starts like a formula (``= + - @``, tab or carriage return; unless not
    ``formula_safe``). Each test runs at most once; empty cells and the ``usual`` values
    (``{value: cell}``) are not tested at all."""
    value = type_coerce(column, String)
    quoted = func.replace(value, '"', '""', type_=String)
    special = value.op("GLOB")(CSV_SPECIAL_GLOB)
    if formula_safe:
        formula = value.op("GLOB")(FORMULA_GLOB)
        apostrophe = case((formula, "'"), else_="")
        cell = case(
            (value == "", ""),
            (special, '"' + apostrophe + quoted + '"'),
            (formula, "'" + value),
            else_=value,
        )
    else:
        cell = case((value == "", ""), (special, '"' + quoted + '"'), else_=value)
    if usual:
        cell = case(usual, value=value, else_=cell)
    return "%s", (cell,)


def _name(column: Any, cells: dict[str, str] | None) -> Cell:
    """A cashier or terminal cell: the name, or the cell made for it beforehand
    (``_changed_cells``); tested row by row only when the names were too many to list."""
    if cells is None:
        return _text(column)
    if not cells:
        return _plain(column)
    return "%s", (case(cells, value=column, else_=column),)


def _amount(column: Any, places: Any = None) -> Cell:
    """Integer 10⁻⁷ units → plain decimal text with at least ``places`` digits (None: 2),
    more only when the stored value has them (never rounded); ``-`` before negatives.
    Zero (most refund and item columns) is a constant."""
    positive: Callable[[Any], Any] = _cents
    zero: Any = "0.00"
    if places is not None:
        positive = partial(_units, places=places)
        zero = case((places == 0, "0"), else_=func.printf("0.%.*s", places, "0000000"))
    cell = case((column > 0, positive(column)), (column == 0, zero), else_="-" + positive(-column))
    return "%s", (cell,)


def _cents(units: Any) -> Any:
    """``units`` > 0 with at least two places: whole cents take one ``printf``; finer
    values drop the trailing zeros of all seven (three or more digits remain)."""
    whole, frac = units.op("/")(E7), units.op("%")(E7)
    return case(
        (units.op("%")(100_000) == 0, func.printf("%d.%02d", whole, frac.op("/")(100_000))),
        else_=func.rtrim(func.printf("%d.%07d", whole, frac, type_=String), "0"),
    )


def _units(units: Any, *, places: Any) -> Any:
    """``units`` > 0 with max(places, significant fraction digits) digits after the
    point, and no point when that is 0."""
    significant = case(*((units.op("%")(10**k) == 0, 7 - k) for k in range(7, 0, -1)), else_=7)
    digits = func.max(places, significant)
    whole = units.op("/")(E7)
    seven = func.printf("%07d", units.op("%")(E7), type_=String)
    return case(
        (digits == 0, func.printf("%d", whole, type_=String)),
        else_=func.printf("%d.%.*s", whole, digits, seven, type_=String),
    )


def _tx_hashes(*, several: str) -> Any:
    """The session's transaction hashes, oldest payment first: the one on its row, or all
    of them for the sessions credited by several payments. ``several``: ``none`` (no such
    session), ``listed`` (their ids are the ``several`` parameter, a JSON array read once
    per block) or ``looked_up`` (too many to list: every row looks at its payments)."""
    if several == "none":
        return SessionRow.last_tx_hash
    every = (
        select(func.group_concat(PaymentRow.tx_hash, " "))
        .where(PaymentRow.session_id == SessionRow.id)
        .having(func.count() > 1)
        .scalar_subquery()
    )
    if several == "looked_up":
        return func.coalesce(every, SessionRow.last_tx_hash)
    listed: Select[Any] = select(literal_column("value")).select_from(
        func.json_each(bindparam("several"))
    )
    return case((SessionRow.id.in_(listed), every), else_=SessionRow.last_tx_hash)
