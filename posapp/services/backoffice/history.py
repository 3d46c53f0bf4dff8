"""The owner's sales history: filtered pages, exact totals, chart buckets, one sale's details.

``HistoryService`` methods are plain blocking calls that are safe on any thread; the
history window calls them from pool threads (``workers.tasks.run_task``), never while painting.
Each call opens its own short read session. Every method checks that the actor may view
the history (``Permission.VIEW_HISTORY``).

Time zones: filters hold aware UTC instants; presets ("today", "this week"…) and chart
buckets follow the shop's local wall clock, ``tz`` (``None`` = the computer's zone, with
its daylight-saving rules).

Totals (``HistoryTotals``) are exact: SQL sums integers (stroops, 10⁻⁷ fiat units) and
Python turns them into ``Decimal``. Their meaning:

    ================= =========================================================
    count             sessions the filter selects, any status
    paid_count        of those, ``paid`` or ``paid_late`` (completed sales)
    sales[currency]   fiat amount of the completed sales, per currency
    average[currency] sales / completed sales in that currency (to the cent)
    refunded[curr.]   what refunds gave back of those sales (their fiat share)
    net_sales[curr.]  sales − refunded (the chart shows this)
    usdc_received     USDC received by the selected sessions (partials included)
    usdc_refunded     USDC that succeeded refunds of those sessions sent back
    ================= =========================================================
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from posapp.core.clock import Clock, utc_now
from posapp.core.currency import currency_places
from posapp.core.errors import SessionNotFound
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import from_stroops
from posapp.core.roles import Actor, Permission
from posapp.core.session import PaymentSession
from posapp.services.backoffice.localtime import (
    DatePreset,
    Granularity,
    bucket_edges,
    bucket_label,
    from_local,
    granularity_for,
    preset_range,
    to_local,
)
from posapp.stellar.networks import NETWORKS
from posapp.storage import (
    day_sums,
    history_repo,
    history_sums,
    payments_repo,
    sessions_repo,
    webhook_repo,
)
from posapp.storage.day_zone import zone_info
from posapp.storage.engine import Database
from posapp.storage.history_repo import (
    ALL_STATUSES,
    PAID_STATUSES,
    HistoryFilter,
    HistoryRow,
    SortField,
    SortOrder,
)
from posapp.storage.history_sums import GroupSum
from posapp.storage.payments_repo import StoredPayment
from posapp.storage.webhook_repo import EventWithAttempts

__all__ = [
    "ALL_STATUSES",
    "PAID_STATUSES",
    "ChartBucket",
    "CurrencyTotal",
    "DatePreset",
    "HistoryFilter",
    "HistoryPage",
    "HistoryRow",
    "HistoryService",
    "HistoryTotals",
    "PaymentLine",
    "SaleDetails",
    "SalesChart",
    "SortField",
    "SortOrder",
    "explorer_url",
    "from_local",
    "preset_range",
    "to_local",
]

E7 = 10_000_000
DEFAULT_SORT = SortOrder()
"""Newest first."""


# ---- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryPage:
    """One page of rows and whether more follow (``next_key`` is where they start)."""

    rows: tuple[HistoryRow, ...]
    next_key: tuple[Any, ...] | None

    @property
    def has_more(self) -> bool:
        """True when another page may follow."""
        return self.next_key is not None


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """Completed sales in one fiat currency."""

    currency: str
    sessions: int
    """Sessions of any status in this currency."""
    paid_count: int
    sales: Decimal
    average: Decimal | None
    """``sales / paid_count`` to the currency's minor unit (None without sales)."""
    refunded: Decimal = Decimal(0)
    """What refunds gave back of the completed sales (their fiat share)."""
    refunded_count: int = 0
    """Completed sales with a refund."""

    @property
    def net_sales(self) -> Decimal:
        """Completed sales less what refunds gave back."""
        return self.sales - self.refunded


@dataclass(frozen=True, slots=True)
class HistoryTotals:
    """Exact totals of one filter (see the module docstring for each figure)."""

    count: int
    paid_count: int
    by_status: Mapping[str, int]
    currencies: tuple[CurrencyTotal, ...]
    usdc_received: Decimal
    usdc_refunded: Decimal = Decimal(0)
    """USDC that succeeded refunds of the selected sessions gave back."""

    @property
    def usdc_net(self) -> Decimal:
        """USDC received less USDC refunded."""
        return self.usdc_received - self.usdc_refunded

    def sales(self, currency: str) -> Decimal:
        """Completed sales in ``currency`` (0 when none)."""
        for c in self.currencies:
            if c.currency == currency:
                return c.sales
        return Decimal(0)


def totals_from_groups(groups: Sequence[GroupSum]) -> HistoryTotals:
    """Fold per-(currency, status) integer sums into ``HistoryTotals``; pure."""
    by_status = dict.fromkeys(ALL_STATUSES, 0)
    per: dict[str, list[int]] = {}
    received = refunded = 0
    for g in groups:
        by_status[g.status] = by_status.get(g.status, 0) + g.count
        slot = per.setdefault(g.currency, [0, 0, 0, 0, 0])
        slot[0] += g.count
        if g.status in PAID_STATUSES:
            slot[1] += g.count
            slot[2] += g.fiat_e7
            slot[3] += g.refunded_fiat_e7
            slot[4] += g.refunded_count
        received += g.usdc_received_stroops
        refunded += g.refunded_stroops
    currencies = []
    for code in sorted(per, key=lambda c: (-per[c][2], c)):
        sessions, paid, sales_e7, refunded_e7, refunded_count = per[code]
        sales = _e7(sales_e7, code)
        average = None
        if paid:
            quantum = Decimal(1).scaleb(-_places(code))
            average = (Decimal(sales_e7) / E7 / paid).quantize(quantum, ROUND_HALF_EVEN)
        currencies.append(
            CurrencyTotal(
                code, sessions, paid, sales, average, _e7(refunded_e7, code), refunded_count
            )
        )
    return HistoryTotals(
        count=sum(by_status.values()),
        paid_count=sum(by_status[s] for s in PAID_STATUSES),
        by_status=by_status,
        currencies=tuple(currencies),
        usdc_received=from_stroops(received),
        usdc_refunded=from_stroops(refunded),
    )


def _places(code: str) -> int:
    try:
        return currency_places(code)
    except Exception:  # an odd stored code still totals with 2 places
        return 2


def _e7(units: int, code: str) -> Decimal:
    """Integer 10⁻⁷ units as a Decimal with at least the currency's places (exact)."""
    value = (Decimal(units) / E7).normalize()
    places = _places(code)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent < places:
        value = value.quantize(Decimal(1).scaleb(-places))
    return value


@dataclass(frozen=True, slots=True)
class ChartBucket:
    """One bar of the sales chart: a local hour, day or month."""

    start: datetime
    """Aware UTC instant the bucket starts at."""
    label: str
    count: int
    paid_count: int
    sales: Mapping[str, Decimal]
    usdc_received: Decimal


@dataclass(frozen=True, slots=True)
class SalesChart:
    """Sales per local hour, day or month over the filter's range."""

    granularity: Granularity
    buckets: tuple[ChartBucket, ...]
    currencies: tuple[str, ...]
    """Currencies with sales, the largest first."""


@dataclass(frozen=True, slots=True)
class PaymentLine:
    """A payment of a sale with a block-explorer link for its transaction."""

    payment: StoredPayment
    explorer_url: str | None


@dataclass(frozen=True, slots=True)
class SaleDetails:
    """Everything about one sale: the session (with its rate quote), its payments and the
    webhook events it caused with every delivery attempt."""

    session: PaymentSession
    payments: tuple[PaymentLine, ...]
    events: tuple[EventWithAttempts, ...] = field(default_factory=tuple)


def explorer_url(network: str, tx_hash: str) -> str | None:
    """The block-explorer page of ``tx_hash`` on ``network`` (None for unknown networks)."""
    known = NETWORKS.get(network)
    return known.explorer_tx_url.format(hash=tx_hash) if known else None


# ---- the service -----------------------------------------------------------------------


class HistoryService:
    """Reads for the history window and the command line; any thread, blocking."""

    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = utc_now,
        tz: tzinfo | None = None,
        shop_currency: str | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self.tz = tz
        self.shop_currency = shop_currency

    @property
    def db(self) -> Database:
        """The database read (for the export and report services built beside this one)."""
        return self._db

    def now(self) -> datetime:
        """The service clock's current instant (aware UTC)."""
        return self._clock()

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the shop's wall clock."""
        return to_local(moment, self.tz)

    def preset(
        self,
        preset: DatePreset,
        *,
        first_day: date | None = None,
        last_day: date | None = None,
    ) -> tuple[datetime | None, datetime | None]:
        """``preset_range`` at the service clock's now, in the shop's zone."""
        return preset_range(preset, self._clock(), self.tz, first_day=first_day, last_day=last_day)

    def page(
        self,
        filt: HistoryFilter,
        actor: Actor,
        *,
        sort: SortOrder = DEFAULT_SORT,
        after: Sequence[Any] | None = None,
        limit: int = 200,
    ) -> HistoryPage:
        """The next ``limit`` rows after the keyset position ``after`` (None: the top)."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            rows = history_repo.page(session, filt, sort, after, limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        next_key = rows[-1].sort_key(sort) if more and rows else None
        return HistoryPage(tuple(rows), next_key)

    def count(self, filt: HistoryFilter, actor: Actor) -> int:
        """How many sessions ``filt`` selects."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return history_repo.count(session, filt)

    def totals(self, filt: HistoryFilter, actor: Actor) -> HistoryTotals:
        """Exact totals of ``filt``: the per-day sums for its whole days and the sales of the
        two days its ends cut; a text search sums its matching rows."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            groups = history_sums.group_sums(session, filt)
        return totals_from_groups(groups)

    def chart(
        self,
        filt: HistoryFilter,
        actor: Actor,
        *,
        should_stop: Callable[[], bool] | None = None,
    ) -> SalesChart | None:
        """Sales per local hour (ranges up to one day), day (up to 62 days) or month over
        the filter's range; an open range runs from the first sale to now.

        The whole days of every bar come from one read of the per-day sums, the parts of
        days a bar's edges cut from the sales; a text search is read once and bucketed in
        Python. When ``should_stop()`` is already True (a newer filter superseded this one)
        the method gives up and returns None.
        """
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            start, end = filt.start, filt.end
            if start is None or end is None:
                span = history_repo.time_span(session)
                if span is None:
                    return SalesChart(Granularity.DAY, (), ())
                start = start or span[0]
                end = end or max(span[1] + timedelta(microseconds=1), self._clock())
            if end <= start:
                return SalesChart(Granularity.DAY, (), ())
            grain = granularity_for(end - start)
            edges = bucket_edges(start, end, grain, self.tz)
            if should_stop is not None and should_stop():
                return None
            per_bucket = history_sums.range_sums(session, filt, edges)
        buckets = []
        totals: dict[str, Decimal] = {}
        for lo, groups in zip(edges, per_bucket, strict=False):
            t = totals_from_groups(groups)
            sales = {c.currency: c.net_sales for c in t.currencies if c.paid_count}
            for code, value in sales.items():
                totals[code] = totals.get(code, Decimal(0)) + value
            label = bucket_label(to_local(lo, self.tz), grain)
            buckets.append(ChartBucket(lo, label, t.count, t.paid_count, sales, t.usdc_received))
        ordered = tuple(sorted(totals, key=lambda c: (-totals[c], c)))
        return SalesChart(grain, tuple(buckets), ordered)

    def sum_differences(self, actor: Actor) -> list[str]:
        """Where the per-day sums disagree with a full scan of the sales (empty: they agree;
        ``posapp database check``). Reads every sale: pool thread or the command line."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return day_sums.differences(session)

    def sums_zone(self, actor: Actor) -> str:
        """The zone the per-day sums count their days in (IANA name)."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return day_sums.zone(session).name

    def set_sums_zone(self, name: str, actor: Actor) -> int:
        """Count the per-day sums' days in zone ``name`` (the shop's): the sums are built
        again from every sale in one transaction; returns how many sums rows it wrote.
        InvalidInput for an unknown zone. Reads every sale: pool thread or command line."""
        actor.require(Permission.CHANGE_SETTINGS)
        zone_info(name)
        with self._db.write() as session:
            return day_sums.rezone(session, name)

    def cashiers(self, actor: Actor) -> list[str]:
        """Every cashier name that appears in the history, sorted."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return history_repo.distinct_cashiers(session)

    def details(self, session_id: str, actor: Actor) -> SaleDetails:
        """One sale with its payments and webhook deliveries; SessionNotFound if unknown."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            found = sessions_repo.get(session, session_id)
            if found is None:
                raise SessionNotFound(
                    QT_TRANSLATE_NOOP("errors", "no session {session_id!r}"),
                    session_id=session_id[:40],
                )
            payments = payments_repo.for_session(session, session_id)
            events = webhook_repo.events_of(session, session_id)
        lines = tuple(PaymentLine(p, explorer_url(found.network, p.tx_hash)) for p in payments)
        return SaleDetails(found, lines, tuple(events))

    def export_csv(
        self,
        target: Path,
        filt: HistoryFilter,
        actor: Actor,
        *,
        bom: bool = False,
        progress: Callable[[int], bool | None] | None = None,
    ) -> int:
        """Write the sessions of ``filt`` as CSV to ``target`` (see ``services.export``);
        return the row count. Blocking: call it from a worker thread."""
        from posapp.services.backoffice.export import export_history_csv

        return export_history_csv(
            self._db, target, filt, actor, tz=self.tz, bom=bom, progress=progress
        )
