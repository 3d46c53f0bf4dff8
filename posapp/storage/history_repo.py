"""Sales-history queries: the filter as SQL (``QueryPlan``), keyset pages, counts and the
lookups the filter bar needs. The sums (totals, chart, Z-report) are in ``history_sums``.

Everything is filtered and sorted in SQL; nothing here loads all sessions. Every function
runs inside the caller's ``Database.read()`` session on the caller's thread (the history
window calls them from pool threads) and returns frozen dataclasses or plain tuples.

Indexes the queries are shaped for (declared in ``models``):

    ========================== =========================================================
    query                      index
    ========================== =========================================================
    page, default sort         ix_sessions_created_at (existing)
    page, one status           ix_sessions_status_created_at (existing); several
                               statuses run as a UNION ALL of one indexed page each
    page, cashier              ix_sessions_cashier_created_at (existing)
    page, amount sorts         ix_sessions_fiat_amount, ix_sessions_usdc_received
    totals, chart, Z-report    ix_sessions_rollup: index-only, ``IN`` lists on the two
                               leading columns make SQLite seek per (currency, status)
                               instead of sorting a million rows into a GROUP BY tree;
                               ix_sessions_totals, half as wide, when there is no date
                               or cashier term (all-time totals)
    text: note                 ix_sessions_note (partial: ``note != ''``)
    text: tx hash / payer      ix_payments_tx_hash (existing), ix_payments_from_account
    ========================== =========================================================
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    String,
    and_,
    false,
    func,
    literal,
    literal_column,
    select,
    tuple_,
    type_coerce,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from posapp.core.session import SessionStatus
from posapp.storage.models import PaymentRow, SessionRow
from posapp.storage.types import UTCDateTime

ALL_STATUSES: tuple[str, ...] = tuple(s.value for s in SessionStatus)
PAID_STATUSES: frozenset[str] = frozenset({SessionStatus.PAID.value, SessionStatus.PAID_LATE.value})

_SESSION_ID_PREFIX = re.compile(r"pay_[a-z2-7]{1,24}")
_HEX_PREFIX = re.compile(r"[0-9a-f]{8,64}")
_ACCOUNT_PREFIX = re.compile(r"G[A-Z2-7]{7,55}")


class SortField(StrEnum):
    """Columns the history can be sorted by (each backed by an index)."""

    TIME = "time"
    AMOUNT = "amount"
    RECEIVED = "received"
    STATUS = "status"
    CASHIER = "cashier"


_SORT_COLUMNS: dict[SortField, tuple[Any, ...]] = {
    SortField.TIME: (SessionRow.created_at, SessionRow.id),
    SortField.AMOUNT: (SessionRow.fiat_amount_e7, SessionRow.id),
    SortField.RECEIVED: (SessionRow.usdc_received_stroops, SessionRow.id),
    SortField.STATUS: (SessionRow.status, SessionRow.created_at, SessionRow.id),
    SortField.CASHIER: (SessionRow.cashier, SessionRow.created_at, SessionRow.id),
}


@dataclass(frozen=True, slots=True)
class SortOrder:
    """How pages are ordered: a field and a direction (ties broken by session id)."""

    field: SortField = SortField.TIME
    descending: bool = True


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which sessions the history shows. Empty parts do not filter.

    ``start`` is inclusive and ``end`` exclusive, both aware datetimes (compared in UTC).
    ``statuses`` holds ``SessionStatus`` values. ``text`` is matched by its shape: a
    ``pay_…`` session id prefix, 8–64 hex digits (a transaction hash prefix), ``G…`` in
    capitals (a payer address prefix), otherwise a case-insensitive substring of the note.
    """

    start: datetime | None = None
    end: datetime | None = None
    statuses: frozenset[str] = field(default_factory=frozenset)
    cashier: str | None = None
    terminal: str | None = None
    text: str = ""

    def text_kind(self) -> str:
        """How ``text`` is searched: ``""``, ``session``, ``tx``, ``payer`` or ``note``."""
        return _text_kind(self.text.strip())


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One session as the history table lists it (raw integers; format in the UI)."""

    id: str
    created_at: datetime
    status: str
    fiat_amount_e7: int
    fiat_currency: str
    usdc_due_stroops: int
    usdc_received_stroops: int
    cashier: str
    terminal: str
    note: str
    last_tx_hash: str | None

    def sort_key(self, sort: SortOrder) -> tuple[Any, ...]:
        """This row's values of the sort columns: the keyset position after it."""
        values = {
            SortField.TIME: (self.created_at, self.id),
            SortField.AMOUNT: (self.fiat_amount_e7, self.id),
            SortField.RECEIVED: (self.usdc_received_stroops, self.id),
            SortField.STATUS: (self.status, self.created_at, self.id),
            SortField.CASHIER: (self.cashier, self.created_at, self.id),
        }
        return values[sort.field]


_ROW_COLUMNS = (
    SessionRow.id,
    SessionRow.created_at,
    SessionRow.status,
    SessionRow.fiat_amount_e7,
    SessionRow.fiat_currency,
    SessionRow.usdc_due_stroops,
    SessionRow.usdc_received_stroops,
    SessionRow.cashier,
    SessionRow.terminal,
    SessionRow.note,
    SessionRow.last_tx_hash,
)


# ---- filter → SQL ----------------------------------------------------------------------


def _text_kind(text: str) -> str:
    if not text:
        return ""
    if _SESSION_ID_PREFIX.fullmatch(text.lower()):
        return "session"
    if _HEX_PREFIX.fullmatch(text.lower()):
        return "tx"
    if _ACCOUNT_PREFIX.fullmatch(text):
        return "payer"
    return "note"


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix`` as an index range (ASCII prefixes only)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _FoldedLike(ColumnElement[bool]):
    """``column LIKE pattern ESCAPE '\\'`` ignoring case on every backend: SQLite's LIKE
    already ignores ASCII case (and a bare LIKE keeps the partial note index usable);
    PostgreSQL's LIKE does not, so it gets ILIKE."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, column: Any, pattern: str) -> None:
        self.column = column
        self.pattern = pattern


@compiles(_FoldedLike)
def _compile_folded_like(element: _FoldedLike, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.like(element.pattern, escape="\\"), **kw)


@compiles(_FoldedLike, "postgresql")
def _compile_folded_ilike(element: _FoldedLike, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.ilike(element.pattern, escape="\\"), **kw)


def _note_match(text: str) -> ColumnElement[bool]:
    # The literal '' (not a bound parameter) lets SQLite use the partial note index.
    return and_(
        SessionRow.note != literal_column("''"),
        _FoldedLike(SessionRow.note, f"%{_like_escape(text.strip())}%"),
    )


def _note_matches(session: Session, text: str, cap: int) -> list[str]:
    """Ids of sessions whose note contains ``text``, at most ``cap + 1`` of them (a scan
    of the partial note index that stops early for common words)."""
    return list(session.scalars(select(SessionRow.id).where(_note_match(text)).limit(cap + 1)))


def text_clause(query: str) -> ColumnElement[bool] | None:
    """The WHERE term for the free-text search (see ``HistoryFilter``), or None."""
    query = query.strip()
    kind = _text_kind(query)
    if kind == "session":
        return _prefix_range(SessionRow.id, query.lower())
    if kind in ("tx", "payer"):
        column = PaymentRow.tx_hash if kind == "tx" else PaymentRow.from_account
        prefix = query.lower() if kind == "tx" else query
        ids = select(PaymentRow.session_id).where(
            _prefix_range(column, prefix), PaymentRow.session_id.is_not(None)
        )
        return SessionRow.id.in_(ids)
    if kind == "note":
        return _note_match(query)
    return None


NARROW_RANGE = timedelta(days=31)
"""A note search within a date range this short walks the range in time order."""
COMMON_NOTE_MATCHES = 3000
"""A note search matching more sessions than this walks the time index for a page (a
match turns up every few rows); fewer, and the page starts from the matching ids."""


class QueryPlan:
    """How one filter becomes SQL: which index should drive the query.

    ``by_id`` is set when the text search should drive the query (session id, tx hash,
    payer, or a rare note text over a long range; for sums any note text over a long
    range): the other indexed terms are then wrapped in a unary ``+`` on SQLite, which
    stops the planner from walking a time or status index and testing a million rows
    against the text instead of reading the few matches from the id, payments or note
    index. For a page, a note text over a long range is first looked up in the note
    index: up to ``COMMON_NOTE_MATCHES`` matches become an id list (``note_ids``), more
    mean a common word, found every few rows by walking the time index.
    """

    def __init__(self, session: Session, filt: HistoryFilter, *, for_page: bool = True) -> None:
        self.filt = filt
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        kind = filt.text_kind()
        narrow = (
            filt.start is not None
            and filt.end is not None
            and filt.end - filt.start <= NARROW_RANGE
        )
        self.note_ids: list[str] | None = None
        if kind == "note" and not narrow and for_page:
            ids = _note_matches(session, filt.text, COMMON_NOTE_MATCHES)
            if len(ids) <= COMMON_NOTE_MATCHES:
                self.note_ids = ids  # rare text: page through these ids only
            self.by_id = self.note_ids is not None
        elif kind == "note":
            self.by_id = not narrow
        else:
            self.by_id = kind in ("session", "tx", "payer")

    def col(self, column: Any) -> Any:
        """``column``, or ``+column`` when it must not drive the query (SQLite only)."""
        if self.by_id and self.sqlite:
            return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)
        return column

    def where(self, *, statuses: bool = True) -> list[ColumnElement[bool]]:
        """The filter's WHERE terms (``statuses=False`` leaves the status out)."""
        filt, col = self.filt, self.col
        terms: list[ColumnElement[bool]] = []
        if filt.start is not None:
            terms.append(col(SessionRow.created_at) >= filt.start)
        if filt.end is not None:
            terms.append(col(SessionRow.created_at) < filt.end)
        if statuses and filt.statuses and set(filt.statuses) != set(ALL_STATUSES):
            terms.append(col(SessionRow.status).in_(sorted(filt.statuses)))
        if filt.cashier is not None:
            terms.append(col(SessionRow.cashier) == filt.cashier)
        if filt.terminal is not None:
            terms.append(SessionRow.terminal == filt.terminal)
        text = text_clause(filt.text) if self.note_ids is None else self._ids_clause()
        if text is not None:
            terms.append(text)
        return terms

    def _ids_clause(self) -> ColumnElement[bool]:
        return SessionRow.id.in_(self.note_ids) if self.note_ids else false()

    def keyset(self, sort: SortOrder, after: Sequence[Any] | None) -> list[ColumnElement[bool]]:
        """The keyset term: rows strictly after ``after`` in ``sort`` order."""
        if after is None:
            return []
        columns = _SORT_COLUMNS[sort.field]
        left = tuple_(*(self.col(c) for c in columns))
        right = tuple_(*(literal(v, c.type) for c, v in zip(columns, after, strict=True)))
        return [left < right if sort.descending else left > right]

    def order(self, sort: SortOrder) -> list[Any]:
        """ORDER BY terms for ``sort`` (ties broken by id)."""
        columns = [self.col(c) for c in _SORT_COLUMNS[sort.field]]
        return [c.desc() if sort.descending else c.asc() for c in columns]


# ---- pages -----------------------------------------------------------------------------


def page(
    session: Session,
    filt: HistoryFilter,
    sort: SortOrder = SortOrder(),
    after: Sequence[Any] | None = None,
    limit: int = 200,
) -> list[HistoryRow]:
    """Up to ``limit`` sessions of ``filt`` in ``sort`` order, strictly after the keyset
    position ``after`` (a previous row's ``sort_key``); None starts at the top.

    With several (but not all) statuses selected each status is paged through its own
    ``(status, created_at)`` index and the results merged, so a rare status never makes
    SQLite sort the whole table.
    """
    plan = QueryPlan(session, filt)
    statuses = sorted(filt.statuses) if filt.statuses else []
    if plan.by_id or not 1 < len(statuses) < len(ALL_STATUSES):
        query = (
            select(*_ROW_COLUMNS)
            .where(*plan.where(), *plan.keyset(sort, after))
            .order_by(*plan.order(sort))
            .limit(limit)
        )
        return [HistoryRow(*r) for r in session.execute(query)]
    parts: list[Select[Any]] = []
    for status in statuses:
        part = (
            select(*_ROW_COLUMNS)
            .where(
                SessionRow.status == status,
                *plan.where(statuses=False),
                *plan.keyset(sort, after),
            )
            .order_by(*plan.order(sort))
            .limit(limit)
        )
        parts.append(select(part.subquery()))
    merged = union_all(*parts).subquery()
    names = [c.key for c in _SORT_COLUMNS[sort.field]]
    order = [merged.c[n].desc() if sort.descending else merged.c[n].asc() for n in names]
    outer = select(*(merged.c[c.key] for c in _ROW_COLUMNS)).order_by(*order).limit(limit)
    rows: Any = session.execute(outer)  # untyped rows: HistoryRow's fields in order
    return [HistoryRow(*r) for r in rows]


def count(session: Session, filt: HistoryFilter) -> int:
    """How many sessions ``filt`` selects (index-only for date/status/cashier filters)."""
    plan = QueryPlan(session, filt, for_page=False)
    query = select(func.count()).select_from(SessionRow).where(*plan.where())
    return int(session.scalar(query) or 0)


# ---- lookups ---------------------------------------------------------------------------


def time_span(session: Session) -> tuple[datetime, datetime] | None:
    """The first and last ``created_at`` of all sessions (two index seeks), or None."""
    first = session.scalar(select(func.min(SessionRow.created_at)))
    last = session.scalar(select(func.max(SessionRow.created_at)))
    if first is None or last is None:
        return None
    return first, last


def distinct_cashiers(session: Session, limit: int = 500) -> list[str]:
    """Every cashier name in use, sorted (a loose scan of the cashier index)."""
    found: list[str] = []
    nxt = session.scalar(select(func.min(SessionRow.cashier)))
    while nxt is not None and len(found) < limit:
        found.append(nxt)
        nxt = session.scalar(select(func.min(SessionRow.cashier)).where(SessionRow.cashier > nxt))
    return found


# ---- helpers ---------------------------------------------------------------------------


def raw_column(column: Any) -> Any:
    """``column`` read without result processing: SQLite hands back its stored text."""
    return type_coerce(column, String) if isinstance(column.type, UTCDateTime) else column
