"""History sums from the per-day sums (``day_sums``, kept by triggers on ``sessions``).

A range of time is answered by the whole UTC days inside it, read from ``day_sums`` (a few
rows per day, whatever the sales), plus the parts of the two edge days it cuts, read from
the sales themselves (``history_sums.scan_group_sums``). Every local midnight, hour or
month start is such a cut, so the answer is exact in any time zone.

``day_sums`` answers filters on period, status, cashier, terminal and currency; a text search
(note, payer, session id, transaction) is not in the sums and is read from the sales by the
caller. ``differences`` compares the sums with a full scan (``posapp database check``).
Every function runs inside the caller's ``Database.read()`` session on the caller's thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from posapp.storage.history_repo import ALL_STATUSES, HistoryFilter
from posapp.storage.models import DAY_SUMS, DaySumRow, SessionRow

SUMMED = DAY_SUMS
"""The summed columns of ``day_sums``, in the order the queries return them."""


@dataclass(frozen=True, slots=True)
class Split:
    """A range of time as whole UTC days [``first``, ``end``) and the cut edges around them."""

    first: date | None
    """The first whole day (None: from the first sale)."""
    end: date | None
    """The day after the last whole day (None: up to the last sale)."""
    edges: tuple[tuple[datetime, datetime], ...]
    """Parts of days to read from the sales themselves."""


def split(start: datetime | None, end: datetime | None) -> Split:
    """``[start, end)`` as whole UTC days plus the parts of days at its ends."""
    lo = start.astimezone(UTC) if start is not None else None
    hi = end.astimezone(UTC) if end is not None else None
    first = _ceil_day(lo) if lo is not None else None
    last = hi.date() if hi is not None else None  # whole days end before the day of ``hi``
    if first is not None and last is not None and first > last:  # inside one day
        assert lo is not None and hi is not None
        return Split(first, first, ((lo, hi),) if lo < hi else ())
    edges = []
    if lo is not None and first is not None and _midnight(first) > lo:
        edges.append((lo, _midnight(first)))
    if hi is not None and last is not None and hi > _midnight(last):
        edges.append((_midnight(last), hi))
    return Split(first, last, tuple(edges))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _ceil_day(moment: datetime) -> date:
    day = moment.date()
    return day if moment == _midnight(day) else day + timedelta(days=1)


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


def _summed() -> list[Any]:
    return [func.coalesce(func.sum(getattr(DaySumRow, name)), 0) for name in SUMMED]


def whole_day_sums(
    session: Session, filt: HistoryFilter, first: date | None, end: date | None
) -> dict[tuple[str, str], list[int]]:
    """(currency, status) → the summed columns over the whole days [``first``, ``end``)."""
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
    """(day, currency, status, summed columns) for each whole day in [``first``, ``end``)."""
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
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        day: Any = func.substr(SessionRow.created_at, 1, 10)
    else:
        day = func.to_char(func.timezone("UTC", SessionRow.created_at), "YYYY-MM-DD")
    refunded = func.sum(case((SessionRow.refunded_stroops > 0, 1), else_=0))
    scan = select(
        day,
        SessionRow.fiat_currency,
        SessionRow.status,
        SessionRow.cashier,
        SessionRow.terminal,
        func.count(),
        func.sum(SessionRow.fiat_amount_e7),
        func.sum(SessionRow.usdc_received_stroops),
        refunded,
        func.sum(SessionRow.refunded_fiat_e7),
        func.sum(SessionRow.refunded_stroops),
        func.sum(SessionRow.subtotal_e7),
        func.sum(SessionRow.discount_e7),
        func.sum(SessionRow.tax_e7),
        func.sum(SessionRow.tip_e7),
    ).group_by(day, SessionRow.fiat_currency, SessionRow.status, SessionRow.cashier,
               SessionRow.terminal)  # fmt: skip
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
