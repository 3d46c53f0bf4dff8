"""Sales-history sums: totals per (currency, status), chart buckets and the Z-report's
split by cashier and terminal, for the sessions a ``HistoryFilter`` selects.

Exact integer sums in SQL, shaped for ``ix_sessions_rollup`` (index-only: ``IN`` lists on
its two leading columns make SQLite seek per (currency, status) instead of sorting a million
rows into a GROUP BY tree) and ``ix_sessions_totals`` when there is no date or cashier term.
A text search is summed in Python over its few matching rows. Every function runs inside
the caller's ``Database.read()`` session on the caller's thread.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, column, false, func, literal_column, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join

from posapp.storage import day_sums
from posapp.storage.day_zone import split
from posapp.storage.history_repo import ALL_STATUSES, HistoryFilter, QueryPlan, raw_column
from posapp.storage.models import SessionRow


@dataclass(frozen=True, slots=True)
class GroupSum:
    """Count and exact integer sums of the sessions of one (currency, status) group."""

    currency: str
    status: str
    count: int
    fiat_e7: int
    usdc_received_stroops: int
    refunded_count: int = 0
    """Sessions of the group with a succeeded refund."""
    refunded_fiat_e7: int = 0
    refunded_stroops: int = 0


@dataclass(frozen=True, slots=True)
class CashierSum:
    """``GroupSum`` split further by cashier, terminal and whether any USDC arrived."""

    cashier: str
    terminal: str
    currency: str
    status: str
    received_any: bool
    count: int
    fiat_e7: int
    usdc_received_stroops: int


def currencies(session: Session) -> list[str]:
    """Every fiat currency used by any session: a loose index scan, a few seeks."""
    found: list[str] = []
    last = ""
    while True:
        nxt = session.scalar(
            select(func.min(SessionRow.fiat_currency)).where(SessionRow.fiat_currency > last)
        )
        if nxt is None:
            return found
        found.append(nxt)
        last = nxt


def _rollup_terms(
    session: Session, filt: HistoryFilter, known_currencies: Sequence[str] | None
) -> list[ColumnElement[bool]]:
    """Explicit ``IN`` lists on the rollup index's two leading columns (no GROUP BY sort)."""
    plan = QueryPlan(session, filt, for_page=False)
    if filt.text.strip():
        return plan.where()  # a text search picks its own driving index
    codes = list(known_currencies) if known_currencies is not None else currencies(session)
    statuses = sorted(filt.statuses) if filt.statuses else list(ALL_STATUSES)
    if not codes:
        return [false()]
    return [
        SessionRow.fiat_currency.in_(codes),
        SessionRow.status.in_(statuses),
        *plan.where(statuses=False),
    ]


def group_sums(
    session: Session,
    filt: HistoryFilter,
    *,
    known_currencies: Sequence[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[GroupSum]:
    """Count and integer sums per (currency, status) of the sessions ``filt`` selects,
    further limited to [``start``, ``end``) when given: the whole days from ``day_sums``,
    the edges cut from the sales. A text search is summed in Python over its matching rows
    (``bucket_sums``)."""
    return range_sums(session, narrowed(filt, start, end), [], known_currencies)[0]


def range_sums(
    session: Session,
    filt: HistoryFilter,
    edges: Sequence[datetime],
    known_currencies: Sequence[str] | None = None,
) -> list[list[GroupSum]]:
    """``group_sums`` of each range between consecutive ``edges`` (the filter's own range
    when ``edges`` is empty): one read of ``day_sums`` for every whole day, and the parts of
    days the ranges cut read from the sales."""
    if filt.text.strip():
        return bucket_sums(session, filt, edges)
    bounds = list(pairwise(edges)) if edges else [(filt.start, filt.end)]
    zone = day_sums.zone(session)
    splits = [split(zone, lo, hi) for lo, hi in bounds]
    if len(bounds) > 1 and all(part.first == part.end for part in splits):
        # hours of a day or two: no bar holds a whole day, one read of the sales beats two
        # grouped queries per bar
        return bucket_sums(session, narrowed(filt, edges[0], edges[-1]), edges)
    acc: list[dict[tuple[str, str], list[int]]] = [{} for _ in bounds]
    if len(splits) == 1:
        acc[0] = day_sums.whole_day_sums(session, filt, splits[0].first, splits[0].end)
    else:
        firsts = [s.first or date.min for s in splits]
        ends = [s.end or date.max for s in splits]
        first_days, end_days = [d.isoformat() for d in firsts], [d.isoformat() for d in ends]
        for day, currency, status, sums in day_sums.per_day_sums(
            session, filt, min(firsts), max(ends)
        ):
            at = bisect_right(first_days, day) - 1  # ISO days sort as text
            if at >= 0 and day < end_days[at]:
                _add_sums(acc[at], (currency, status), sums)
    for index, part in enumerate(splits):
        for lo, hi in part.edges:
            cut = replace(filt, start=lo, end=hi)
            for g in scan_group_sums(session, cut, known_currencies=known_currencies):
                _add_sums(acc[index], (g.currency, g.status), list(_as_sums(g)))
    return [
        [GroupSum(c, s, *sums) for (c, s), sums in sorted(bucket.items()) if sums[0]]
        for bucket in acc
    ]


def _as_sums(g: GroupSum) -> tuple[int, ...]:
    """A scanned group in ``day_sums.READ`` order."""
    return (
        g.count, g.fiat_e7, g.usdc_received_stroops, g.refunded_count, g.refunded_fiat_e7,
        g.refunded_stroops,
    )  # fmt: skip


Sums = dict[tuple[str, str], list[int]]
"""(currency, status) → the sums read (``day_sums.READ`` order)."""


def _add_sums(into: Sums, key: tuple[str, str], sums: list[int]) -> None:
    slot = into.setdefault(key, [0] * len(day_sums.READ))
    for i, value in enumerate(sums):
        slot[i] += value


def scan_group_sums(
    session: Session,
    filt: HistoryFilter,
    *,
    known_currencies: Sequence[str] | None = None,
) -> list[GroupSum]:
    """``group_sums`` read from the sales themselves (the parts of days ``day_sums`` cannot
    answer): one index-only grouped query."""
    terms = _rollup_terms(session, filt, known_currencies)
    query = (
        select(
            SessionRow.fiat_currency,
            SessionRow.status,
            func.count(),
            func.coalesce(func.sum(SessionRow.fiat_amount_e7), 0),
            func.coalesce(func.sum(SessionRow.usdc_received_stroops), 0),
        )
        .where(*terms)
        .group_by(SessionRow.fiat_currency, SessionRow.status)
    )
    sums = [GroupSum(c, s, int(n), int(f), int(r)) for c, s, n, f, r in session.execute(query)]
    return with_refunds(sums, refund_sums(session, filt))


REFUNDED = text("sessions.refunded_stroops > 0")
"""The partial index's own condition, as a literal (a bound parameter would not match it)."""


class _CrossJoin(Join):
    """A join SQLite must run left table first (``CROSS JOIN``: its planner never reorders
    one)."""

    inherit_cache = True


@compiles(_CrossJoin, "sqlite")
def _cross_join(join: _CrossJoin, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left, right = compiler.process(join.left, **kw), compiler.process(join.right, **kw)
    del kw["asfrom"]
    return f"{left} CROSS JOIN {right} ON {compiler.process(join.onclause, **kw)}"


def _refunded_sales(session: Session) -> tuple[Any, list[ColumnElement[bool]]]:
    """FROM and WHERE that read only the refunded sales. SQLite, without statistics, would
    rather scan a covering index than sort a GROUP BY, so there the few refunded rows come
    from the partial index by name and drive the join; PostgreSQL's planner picks the
    partial index from its statistics."""
    if session.get_bind().dialect.name != "sqlite":
        return SessionRow.__table__, [REFUNDED]  # type: ignore[list-item]
    ids = (
        select(literal_column("rowid").label("r"))
        .select_from(text("sessions INDEXED BY ix_sessions_refunded"))
        .where(REFUNDED)
        .subquery("refunded")
    )
    table = SessionRow.__table__
    rowid = column("rowid", BigInteger)
    rowid.table = table  # type: ignore[assignment]  # SQLite's implicit column of the table
    return _CrossJoin(ids, table, rowid == ids.c.r), []


RefundTotals = dict[tuple[str, str], tuple[int, int, int]]
"""(refunded sessions, refunded fiat e7, refunded stroops) per (currency, status)."""


def refund_sums(session: Session, filt: HistoryFilter) -> RefundTotals:
    """(refunded sessions, fiat e7, stroops) per (currency, status) among the sessions
    ``filt`` selects; driven by the partial index of refunded sales (few rows)."""
    plan = QueryPlan(session, filt, for_page=False)
    source, terms = _refunded_sales(session)
    query = (
        select(
            SessionRow.fiat_currency,
            SessionRow.status,
            func.count(),
            func.coalesce(func.sum(SessionRow.refunded_fiat_e7), 0),
            func.coalesce(func.sum(SessionRow.refunded_stroops), 0),
        )
        .select_from(source)
        .where(*terms, *plan.where())
        .group_by(SessionRow.fiat_currency, SessionRow.status)
    )
    return {(c, s): (int(n), int(f), int(r)) for c, s, n, f, r in session.execute(query)}


def with_refunds(sums: list[GroupSum], refunds: RefundTotals) -> list[GroupSum]:
    """``sums`` with the refunded figures of their group filled in."""
    out = []
    for g in sums:
        found = refunds.get((g.currency, g.status))
        if found is not None:
            count, fiat_e7, stroops = found
            g = replace(g, refunded_count=count, refunded_fiat_e7=fiat_e7, refunded_stroops=stroops)
        out.append(g)
    return out


def narrowed(filt: HistoryFilter, start: datetime | None, end: datetime | None) -> HistoryFilter:
    """``filt`` limited to [start, end) as well (one range, so one index range in SQL)."""
    if start is not None and (filt.start is None or start > filt.start):
        filt = replace(filt, start=start)
    if end is not None and (filt.end is None or end < filt.end):
        filt = replace(filt, end=end)
    return filt


def bucket_sums(
    session: Session, filt: HistoryFilter, edges: Sequence[datetime]
) -> list[list[GroupSum]]:
    """``group_sums`` of each range between consecutive ``edges`` (and of everything when
    ``edges`` is empty), summed in Python from one pass over the matching rows.

    For text searches: their few matches come from the id, payments or note index, so one
    read of them beats a grouped query per chart bar. Integers only: exact.
    """
    plan = QueryPlan(session, filt, for_page=False)
    query = select(
        raw_column(SessionRow.created_at),
        SessionRow.fiat_currency,
        SessionRow.status,
        SessionRow.fiat_amount_e7,
        SessionRow.usdc_received_stroops,
        SessionRow.refunded_fiat_e7,
        SessionRow.refunded_stroops,
    ).where(*plan.where())
    ranges = max(len(edges) - 1, 1)
    sums: list[dict[tuple[str, str], list[int]]] = [{} for _ in range(ranges)]
    keys: list[Any] = []
    if edges:
        keys = [_stored_time(session, e) for e in edges]
    rows: Any = session.execute(query)
    for created, currency, status, fiat_e7, usdc, refunded_e7, refunded in rows:
        if edges:
            where = bisect_right(keys, created) - 1
            if not 0 <= where < ranges:
                continue
        else:
            where = 0
        slot = sums[where].setdefault((currency, status), [0, 0, 0, 0, 0, 0])
        slot[0] += 1
        slot[1] += fiat_e7
        slot[2] += usdc
        if refunded:
            slot[3] += 1
            slot[4] += refunded_e7
            slot[5] += refunded
    return [[GroupSum(c, s, *v) for (c, s), v in sorted(bucket.items())] for bucket in sums]


def _stored_time(session: Session, moment: datetime) -> Any:
    """``moment`` as ``raw_column(created_at)`` returns it: SQLite's stored text, else itself."""
    if session.get_bind().dialect.name == "sqlite":
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return moment


def cashier_sums(
    session: Session, filt: HistoryFilter, *, known_currencies: Sequence[str] | None = None
) -> list[CashierSum]:
    """Like ``group_sums`` but per cashier and terminal too (the Z-report)."""
    received_any = SessionRow.usdc_received_stroops > 0
    query = (
        select(
            SessionRow.cashier,
            SessionRow.terminal,
            SessionRow.fiat_currency,
            SessionRow.status,
            received_any,
            func.count(),
            func.coalesce(func.sum(SessionRow.fiat_amount_e7), 0),
            func.coalesce(func.sum(SessionRow.usdc_received_stroops), 0),
        )
        .where(*_rollup_terms(session, filt, known_currencies))
        .group_by(
            SessionRow.cashier,
            SessionRow.terminal,
            SessionRow.fiat_currency,
            SessionRow.status,
            received_any,
        )
    )
    return [
        CashierSum(ca, te, cu, st, bool(ra), int(n), int(f), int(r))
        for ca, te, cu, st, ra, n, f, r in session.execute(query)
    ]
