"""History sums from the per-day sums (``day_sums``, kept by triggers on ``sessions``).

Days are the shop's: counted in the zone of ``day_offsets`` (``storage.day_zone``; set by
``rezone``). A range of time is answered by the whole days inside it, read from
``day_sums`` (a few rows per day, whatever the sales), plus the parts of days it cuts, read
from the sales themselves (``history_sums.scan_group_sums``). In the shop's zone a day,
week or month cuts nothing; in another zone, or by the hour, the answer is as exact, only
slower.

``day_sums`` answers filters on period, status, cashier, terminal and currency; a text search
(note, payer, session id, transaction) is not in the sums and is read from the sales by the
caller. ``differences`` compares the sums with a full scan (``posapp database check``).
Every function runs inside the caller's ``Database.read()`` session on the caller's thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from posapp.storage.day_zone import DayZone, offset_rows
from posapp.storage.history_repo import ALL_STATUSES, HistoryFilter
from posapp.storage.models import DAY_SUMS, DayOffsetRow, DaySumRow, SessionRow

SUMMED = DAY_SUMS
"""The summed columns of ``day_sums``, in the order the queries return them."""


def day_sql(dialect: str, row: str) -> str:
    """SQL for the sums day of the sale ``row`` (a table alias, NEW or OLD): its time cut to
    whole seconds, moved by the offset ``day_offsets`` holds for it (the triggers' rule)."""
    offset = (
        "coalesce((SELECT o.offset_seconds FROM day_offsets AS o "
        f"WHERE o.starts_at <= {row}.created_at ORDER BY o.starts_at DESC LIMIT 1), 0)"
    )
    if dialect == "sqlite":
        return f"date(substr({row}.created_at, 1, 19), {offset} || ' seconds')"
    return (
        f"to_char(({row}.created_at + make_interval(secs => {offset})) AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD')"
    )


def zone(session: Session) -> DayZone:
    """The zone the sums count their days in (UTC when ``day_offsets`` is empty)."""
    rows = session.execute(
        select(DayOffsetRow.zone, DayOffsetRow.starts_at, DayOffsetRow.offset_seconds)
    ).all()
    name = rows[0][0] if rows else "UTC"
    return DayZone.of(name, [(r[1], int(r[2])) for r in rows])


def rezone(session: Session, name: str) -> int:
    """Count the sums' days in zone ``name`` from now on: new offsets, and every sum built
    again from the sales in the caller's transaction (a write session; it reads every sale).
    Returns the number of sums rows written."""
    rows = offset_rows(name)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # other counters' sales wait (their triggers would file them by the old offsets)
        session.execute(text("LOCK TABLE sessions, day_offsets, day_sums IN EXCLUSIVE MODE"))
    session.execute(delete(DayOffsetRow))
    session.add_all(DayOffsetRow(starts_at=at, offset_seconds=o, zone=name) for at, o in rows)
    session.flush()
    session.execute(delete(DaySumRow))
    keys = ("day", "fiat_currency", "status", "cashier", "terminal")
    written = session.execute(
        insert(DaySumRow).from_select([*keys, *SUMMED], _scanned_sums(dialect))
    )
    return int(getattr(written, "rowcount", 0) or 0)


def _scanned_sums(dialect: str) -> Select[Any]:
    """The sums read from the sales themselves: (day, currency, status, cashier, terminal,
    then ``SUMMED``) per group (``rezone`` writes them, ``differences`` compares them)."""
    day: Any = literal_column(day_sql(dialect, "sessions"))
    refunded = func.sum(case((SessionRow.refunded_stroops > 0, 1), else_=0))
    group = (day, SessionRow.fiat_currency, SessionRow.status, SessionRow.cashier,
             SessionRow.terminal)  # fmt: skip
    return select(
        *group,
        func.count(),
        func.sum(SessionRow.fiat_amount_e7),
        func.sum(SessionRow.usdc_received_stroops),
        refunded,
        *(func.sum(getattr(SessionRow, name)) for name in SUMMED[4:]),  # same-named columns
    ).group_by(*group)


def _terms(filt: HistoryFilter, first: date | None, end: date | None) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if first is not None:
        terms.append(DaySumRow.day >= first.isoformat())
    if end is not None:
        terms.append(DaySumRow.day < end.isoformat())
    if filt.statuses and set(filt.statuses) != set(ALL_STATUSES):
        terms.append(DaySumRow.status.in_(sorted(filt.statuses)))
    if filt.cashier is not None:
        terms.append(DaySumRow.cashier == filt.cashier)
    if filt.terminal is not None:
        terms.append(DaySumRow.terminal == filt.terminal)
    return terms


READ = SUMMED[:6]
"""The sums totals and chart read (count, fiat, USDC, refunds), in ``SUMMED`` order."""


def _summed() -> list[Any]:
    return [func.coalesce(func.sum(getattr(DaySumRow, name)), 0) for name in READ]


def whole_day_sums(
    session: Session, filt: HistoryFilter, first: date | None, end: date | None
) -> dict[tuple[str, str], list[int]]:
    """(currency, status) → the ``READ`` sums over the whole days [``first``, ``end``)."""
    if first is not None and end is not None and first >= end:
        return {}
    query = (
        select(DaySumRow.fiat_currency, DaySumRow.status, *_summed())
        .where(*_terms(filt, first, end))
        .group_by(DaySumRow.fiat_currency, DaySumRow.status)
    )
    rows: Any = session.execute(query)
    return {(c, s): [int(v) for v in rest] for c, s, *rest in rows}


def per_day_sums(
    session: Session, filt: HistoryFilter, first: date, end: date
) -> list[tuple[str, str, str, list[int]]]:
    """(day, currency, status, ``READ`` sums) for each whole day in [``first``, ``end``)."""
    if first >= end:
        return []
    query = (
        select(DaySumRow.day, DaySumRow.fiat_currency, DaySumRow.status, *_summed())
        .where(*_terms(filt, first, end))
        .group_by(DaySumRow.day, DaySumRow.fiat_currency, DaySumRow.status)
    )
    rows: Any = session.execute(query)
    return [(d, c, s, [int(v) for v in rest]) for d, c, s, *rest in rows]


def differences(session: Session) -> list[str]:
    """Where ``day_sums`` disagrees with a full scan of the sales (empty: they agree)."""
    scan = _scanned_sums(session.get_bind().dialect.name)
    want = {tuple(r[:5]): [int(v) for v in r[5:]] for r in session.execute(scan)}
    stored = select(
        DaySumRow.day,
        DaySumRow.fiat_currency,
        DaySumRow.status,
        DaySumRow.cashier,
        DaySumRow.terminal,
        *(getattr(DaySumRow, name) for name in SUMMED),
    )
    have = {
        tuple(r[:5]): [int(v) for v in r[5:]]
        for r in session.execute(stored)
        if any(r[5:])  # a group whose sales all moved on leaves zeros behind
    }
    found = []
    for key in sorted(set(want) | set(have)):
        if want.get(key) != have.get(key):
            where = " ".join(map(str, key))
            found.append(f"{where}: sales say {want.get(key)}, sums {have.get(key)}")
    return found
