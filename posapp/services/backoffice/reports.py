"""End-of-day (Z) report per cashier and terminal, and its printable HTML.

``ReportService.z_report`` is a blocking read, safe on any thread (the window runs it on a
pool thread). ``render_z_report_html`` is pure: the UI prints its result with ``QPrinter``
(paper or PDF); nothing here imports Qt.

Figures per (cashier, terminal) for the sessions created that local day:

    ============== ==========================================================
    sessions       every session, any status
    paid           paid on time
    late           ``paid_late``: full amount after expiry
    partial        ``partially_paid``, or expired after a partial payment
    expired        expired with nothing received
    cancelled      cancelled by the cashier
    open           still awaiting payment when the report was made ("Waiting")
    sales          fiat of paid + late sales, per currency (exact)
    usdc_received  USDC received by those sessions (partials included)
    ============== ==========================================================

Unmatched payments belong to no cashier: the report counts those that arrived that day
for the whole shop (and how many still wait for the owner). So do overpayments: the
payments of that day with a part beyond what their sale asked for, and that part's total
(money the owner may refund).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from babel.dates import format_date

from posapp.core.clock import Clock, utc_now
from posapp.core.i18n import QT_TRANSLATE_NOOP, Words, english
from posapp.core.money import from_stroops
from posapp.core.refund import Refund
from posapp.core.roles import Actor, Permission
from posapp.core.session import SessionStatus
from posapp.services.backoffice.localtime import day_start, to_local
from posapp.storage import counter_repo, history_sums, ledger_repo, lines_repo, refunds_repo
from posapp.storage.engine import Database
from posapp.storage.history_repo import PAID_STATUSES, HistoryFilter
from posapp.storage.history_sums import CashierSum

E7 = Decimal(10_000_000)
_S = SessionStatus


@dataclass(frozen=True, slots=True)
class ZLine:
    """One row of the Z-report (see the module docstring for each figure)."""

    cashier: str
    terminal: str
    sessions: int = 0
    paid: int = 0
    late: int = 0
    partial: int = 0
    expired: int = 0
    cancelled: int = 0
    open: int = 0
    sales: Mapping[str, Decimal] | None = None
    usdc_received: Decimal = Decimal(0)

    def sales_text(self) -> str:
        """``INR 12,345.00 · USD 10.00`` (``-`` without sales)."""
        if not self.sales:
            return "-"
        return " · ".join(f"{code} {amount:,}" for code, amount in self.sales.items())


@dataclass(frozen=True, slots=True)
class ZReport:
    """The end-of-day report of one local day."""

    shop_name: str
    day: date
    start: datetime
    end: datetime
    zone: str
    generated_at: datetime
    generated_by: str
    cashier: str | None
    terminal: str | None
    lines: tuple[ZLine, ...]
    total: ZLine
    unmatched_count: int
    unmatched_usdc: Decimal
    unresolved_count: int
    overpaid_count: int = 0
    overpaid_usdc: Decimal = Decimal(0)
    """USDC received beyond what the sales asked for, that day (whole shop)."""
    settled_other: tuple[tuple[str, str, int, Decimal], ...] = ()
    """(``cash``/``card``, currency, sales, fiat amount) of partly paid sales whose rest
    was taken another way at the counter (the USDC part is in ``usdc_received``)."""
    refunds_queued: int = 0
    """Partly paid sales whose USDC the counter gave back (queued for refund)."""
    refunds_queued_usdc: Decimal = Decimal(0)
    refunds: tuple[Refund, ...] = ()
    """Refunds that went out this day (succeeded, by ledger time)."""
    refunded_sales: Mapping[str, Decimal] | None = None
    """What refunds gave back of this day's sales, per currency (their fiat share)."""
    by_item: tuple[tuple[str, str, int, Decimal, Decimal], ...] = ()
    """(currency, item, quantity, net, tax) of the completed sales rung up from items."""
    by_category: tuple[tuple[str, str, int, Decimal, Decimal], ...] = ()
    """The same per category."""
    by_cashier_parts: tuple[tuple[str, str, Decimal, Decimal, Decimal], ...] = ()
    """(cashier, currency, tax, tips, discounts) of the completed sales."""

    @property
    def refunds_usdc(self) -> Decimal:
        """USDC the refunds of this day sent back."""
        return sum((r.amount for r in self.refunds), Decimal(0))

    def net_sales_text(self) -> str:
        """This day's sales less what refunds gave back of them, per currency."""
        sales = dict(self.total.sales or {})
        for code, amount in (self.refunded_sales or {}).items():
            sales[code] = sales.get(code, Decimal(0)) - amount
        return " · ".join(f"{code} {amount:,}" for code, amount in sales.items()) or "-"

    def refunds_by_person(self) -> list[tuple[str, int, Decimal]]:
        """(who, refunds, USDC) for each person who made this day's refunds."""
        people: dict[str, list[Any]] = {}
        for r in self.refunds:
            slot = people.setdefault(r.created_by, [0, Decimal(0)])
            slot[0] += 1
            slot[1] += r.amount
        return [(who, n, usdc) for who, (n, usdc) in sorted(people.items())]


class _Acc:
    """Mutable running sums of one report line (only inside ``fold_lines``)."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(_COUNTS, 0)
        self.sales: dict[str, int] = {}
        self.usdc = 0

    def add(self, s: CashierSum) -> None:
        """Count one (currency, status) group into this line."""
        status = SessionStatus(s.status)
        self.counts["sessions"] += s.count
        self.counts[_bucket(status, s.received_any)] += s.count
        if status in (_S.PAID, _S.PAID_LATE):
            self.sales[s.currency] = self.sales.get(s.currency, 0) + s.fiat_e7
        self.usdc += s.usdc_received_stroops

    def line(self, cashier: str, terminal: str) -> ZLine:
        """The finished, immutable report line."""
        order = sorted(self.sales, key=lambda c: (-self.sales[c], c))
        return ZLine(
            cashier,
            terminal,
            **self.counts,
            sales={code: _money(self.sales[code]) for code in order},
            usdc_received=from_stroops(self.usdc),
        )


_COUNTS = ("sessions", "paid", "late", "partial", "expired", "cancelled", "open")


def _bucket(status: SessionStatus, received_any: bool) -> str:
    if status is _S.PAID:
        return "paid"
    if status is _S.PAID_LATE:
        return "late"
    if status is _S.PARTIALLY_PAID or (status is _S.EXPIRED and received_any):
        return "partial"
    if status is _S.EXPIRED:
        return "expired"
    if status is _S.CANCELLED:
        return "cancelled"
    return "open"


def fold_lines(sums: list[CashierSum]) -> tuple[list[ZLine], ZLine]:
    """Group per-(cashier, terminal, currency, status) sums into report lines (sorted by
    cashier, terminal) and a total line; pure."""
    per: dict[tuple[str, str], _Acc] = {}
    total = _Acc()
    for s in sums:
        per.setdefault((s.cashier, s.terminal), _Acc()).add(s)
        total.add(s)
    lines = [per[key].line(*key) for key in sorted(per)]
    return lines, total.line("", "")


def _money(units_e7: int) -> Decimal:
    value = Decimal(units_e7) / E7
    cents = value.quantize(Decimal("0.01"))
    return cents if cents == value else value.normalize()


class ReportService:
    """Builds Z-reports; checks that the actor may view the history."""

    def __init__(
        self,
        db: Database,
        *,
        shop_name: str = "posapp shop",
        clock: Clock = utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        self._db = db
        self._shop_name = shop_name
        self._clock = clock
        self.tz = tz

    def today(self) -> date:
        """The shop's current local date."""
        return to_local(self._clock(), self.tz).date()

    def z_report(
        self,
        day: date,
        actor: Actor,
        *,
        cashier: str | None = None,
        terminal: str | None = None,
    ) -> ZReport:
        """The Z-report of local ``day``, optionally for one cashier and/or terminal."""
        actor.require(Permission.VIEW_HISTORY)
        start = day_start(day, self.tz)
        end = day_start(day + timedelta(days=1), self.tz)
        filt = HistoryFilter(start=start, end=end, cashier=cashier, terminal=terminal)
        with self._db.read() as session:
            sums = history_sums.cashier_sums(session, filt)
            arrived = ledger_repo.count_between(
                session,
                start,
                end,
                (ledger_repo.UNMATCHED, ledger_repo.ATTACHED, ledger_repo.REFUND),
            )
            waiting = ledger_repo.count_between(session, start, end, (ledger_repo.UNMATCHED,))
            overpaid = ledger_repo.overpaid_between(session, start, end)
            other = counter_repo.settled_other_sums(
                session, start, end, cashier=cashier, terminal=terminal
            )
            refunds = counter_repo.refunds_queued(
                session, start, end, cashier=cashier, terminal=terminal
            )
            went_back = refunds_repo.settled_between(session, start, end, created_by=cashier)
            scope = {"cashier": cashier, "terminal": terminal}
            items = lines_repo.sold_by(session, start, end, by_category=False, **scope)
            categories = lines_repo.sold_by(session, start, end, by_category=True, **scope)
            parts = lines_repo.parts_by_cashier(session, start, end, **scope)
            refunded = history_sums.refund_sums(session, filt)
        lines, total = fold_lines(sums)
        now = self._clock()
        zone = to_local(start, self.tz).tzname() or ""
        return ZReport(
            shop_name=self._shop_name,
            day=day,
            start=start,
            end=end,
            zone=zone,
            generated_at=now,
            generated_by=actor.name,
            cashier=cashier,
            terminal=terminal,
            lines=tuple(lines),
            total=total,
            unmatched_count=arrived[0],
            unmatched_usdc=from_stroops(arrived[1]),
            unresolved_count=waiting[0],
            overpaid_count=overpaid[0],
            overpaid_usdc=from_stroops(overpaid[1]),
            settled_other=tuple((m, c, n, _money(e7)) for m, c, n, e7 in other),
            refunds_queued=refunds[0],
            refunds_queued_usdc=from_stroops(refunds[1]),
            refunds=tuple(went_back),
            refunded_sales=_refunded_sales(refunded),
            by_item=tuple((c, k, q, _money(n), _money(t)) for c, k, q, n, t in items),
            by_category=tuple((c, k, q, _money(n), _money(t)) for c, k, q, n, t in categories),
            by_cashier_parts=tuple(
                (who, c, _money(t), _money(p), _money(d)) for who, c, t, p, d in parts
            ),
        )


def _refunded_sales(refunded: history_sums.RefundTotals) -> dict[str, Decimal]:
    """The fiat share refunds gave back of completed sales, per currency."""
    per: dict[str, int] = {}
    for (code, status), (_n, fiat_e7, _stroops) in refunded.items():
        if status in PAID_STATUSES:
            per[code] = per.get(code, 0) + fiat_e7
    return {code: _money(e7) for code, e7 in sorted(per.items())}


def render_z_report_html(
    report: ZReport,
    tz: tzinfo | None = None,
    words: Words = english,
    locale: str | None = None,
) -> str:
    """The report as simple HTML that ``QTextDocument`` lays out and ``QPrinter`` prints
    (tables, no scripts, every value escaped), its words through ``words`` and its date in
    ``locale`` (the GUI passes the counter's language; the words are marked in the
    ``ZReport`` context). Pure; any thread."""
    e = html.escape
    day = format_date(report.day, "full", locale=locale) if locale else f"{report.day:%A %d %B %Y}"
    t = words
    scope = []
    if report.cashier is not None:
        scope.append(
            t(QT_TRANSLATE_NOOP("ZReport", "cashier {name}")).format(name=e(report.cashier))
        )
    if report.terminal is not None:
        scope.append(
            t(QT_TRANSLATE_NOOP("ZReport", "terminal {name}")).format(name=e(report.terminal))
        )
    generated = to_local(report.generated_at, tz).strftime("%Y-%m-%d %H:%M")
    head = (
        "<tr>"
        + _header_cells(
            t,
            (QT_TRANSLATE_NOOP("ZReport", "Cashier"), "left"),
            (QT_TRANSLATE_NOOP("ZReport", "Terminal"), "left"),
            (QT_TRANSLATE_NOOP("ZReport", "Sessions"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Paid"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Late"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Partial"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Expired"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Cancelled"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Waiting"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Fiat sales"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "USDC received"), "right"),
        )
        + "</tr>"
    )

    def row(line: ZLine, bold: bool = False) -> str:
        cells = (
            (line.cashier or "—", "left"), (line.terminal or "—", "left"),
            (str(line.sessions), "right"), (str(line.paid), "right"), (str(line.late), "right"),
            (str(line.partial), "right"), (str(line.expired), "right"),
            (str(line.cancelled), "right"), (str(line.open), "right"),
            (line.sales_text(), "right"), (f"{line.usdc_received:,.2f}", "right"),
        )  # fmt: skip
        inner = "".join(
            f'<td align="{a}">{"<b>" if bold else ""}{e(text)}{"</b>" if bold else ""}</td>'
            for text, a in cells
        )
        return f"<tr>{inner}</tr>"

    body = "".join(row(line) for line in report.lines)
    total = replace(
        report.total,
        cashier=t(QT_TRANSLATE_NOOP("ZReport", "All cashiers")),
        terminal=t(QT_TRANSLATE_NOOP("ZReport", "All terminals")),
    )
    title = t(QT_TRANSLATE_NOOP("ZReport", "{shop} — Z-report")).format(shop=e(report.shop_name))
    unmatched = t(
        QT_TRANSLATE_NOOP(
            "ZReport",
            "Unmatched USDC payments received this day: <b>{count}</b> ({usdc} USDC); still to"
            " resolve: <b>{unresolved}</b>.",
        )
    ).format(
        count=report.unmatched_count,
        usdc=f"{report.unmatched_usdc:,.2f}",
        unresolved=report.unresolved_count,
    )
    overpaid = t(
        QT_TRANSLATE_NOOP(
            "ZReport",
            "Overpaid: payments beyond what their sale asked for: <b>{count}</b> ({usdc} USDC to"
            " refund to the payers).",
        )
    ).format(count=report.overpaid_count, usdc=f"{report.overpaid_usdc:,.2f}")
    settled = t(
        QT_TRANSLATE_NOOP(
            "ZReport",
            "Partly paid sales settled at the counter: the rest taken another way:"
            " <b>{settled}</b>; given back (queued for refund): <b>{count}</b> ({usdc} USDC).",
        )
    ).format(
        settled=e(_settled_other_text(report, t)),
        count=report.refunds_queued,
        usdc=f"{report.refunds_queued_usdc:,.2f}",
    )
    made = t(
        QT_TRANSLATE_NOOP(
            "ZReport",
            "Made {when} by {who}. Fiat sales count paid and late sales; USDC received includes"
            " partial payments.",
        )
    ).format(when=e(generated), who=e(report.generated_by))
    return (
        "<html><body>"
        f"<h2>{title}</h2>"
        f"<p><b>{e(day)}</b> ({e(report.zone)})"
        + (f" · {' · '.join(scope)}" if scope else "")
        + "</p>"
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"{head}{body}{row(total, bold=True)}</table>"
        f"<p>{unmatched}</p><p>{overpaid}</p><p>{settled}</p>"
        + _refunds_html(report, tz, t)
        + _items_html(report, t)
        + f"<p><small>{made}</small></p>"
        "</body></html>"
    )


def _settled_other_text(report: ZReport, t: Words) -> str:
    """``cash INR 500.00 (2 sales) · card INR 80.00 (1 sale)`` (``-`` when none)."""
    if not report.settled_other:
        return "-"
    texts = []
    for method, code, n, amount in report.settled_other:
        if method == "cash":
            text = t(QT_TRANSLATE_NOOP("ZReport", "cash {amount} ({count} sales)"))
        else:
            text = t(QT_TRANSLATE_NOOP("ZReport", "card {amount} ({count} sales)"))
        if n == 1:
            text = (
                t(QT_TRANSLATE_NOOP("ZReport", "cash {amount} (1 sale)"))
                if method == "cash"
                else t(QT_TRANSLATE_NOOP("ZReport", "card {amount} (1 sale)"))
            )
        texts.append(text.format(amount=f"{code} {amount:,}", count=n))
    return " · ".join(texts)


def _refunds_html(report: ZReport, tz: tzinfo | None, t: Words) -> str:
    """The refunds section: net sales, refunds by person, each refund of the day."""
    e = html.escape
    people = "".join(
        f"; {e(who)}: {n} ({usdc:,.2f} USDC)" for who, n, usdc in report.refunds_by_person()
    )
    parts = [
        "<p>"
        + t(
            QT_TRANSLATE_NOOP(
                "ZReport",
                "Refunds of this day's sales: <b>{refunded}</b>; net sales: <b>{net}</b>.",
            )
        ).format(refunded=e(_money_text(report.refunded_sales)), net=e(report.net_sales_text()))
        + "</p>",
        "<p>"
        + t(
            QT_TRANSLATE_NOOP("ZReport", "Refunds sent this day: <b>{count}</b> ({usdc} USDC)")
        ).format(count=len(report.refunds), usdc=f"{report.refunds_usdc:,.2f}")
        + people
        + ".</p>",
    ]
    if report.refunds:
        approved = t(QT_TRANSLATE_NOOP("ZReport", "{who} (approved by {approver})"))
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{e(text)}</td>"
                for text in (
                    to_local(r.settled_at or r.updated_at, tz).strftime("%H:%M"),
                    r.refers_to,
                    f"{r.amount:,.2f}",
                    approved.format(who=r.created_by, approver=r.approved_by)
                    if r.approved_by
                    else r.created_by,
                    r.reason,
                    r.tx_hash or "",
                )
            )
            + "</tr>"
            for r in report.refunds
        )
        head = "".join(
            f"<th>{e(t(h))}</th>"
            for h in (
                QT_TRANSLATE_NOOP("ZReport", "Time"),
                QT_TRANSLATE_NOOP("ZReport", "Sale / payment"),
                "USDC",
                QT_TRANSLATE_NOOP("ZReport", "By"),
                QT_TRANSLATE_NOOP("ZReport", "Why"),
                QT_TRANSLATE_NOOP("ZReport", "Transaction"),
            )
        )
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<tr>{head}</tr>{rows}</table>"
        )
    return "".join(parts)


def _money_text(amounts: Mapping[str, Decimal] | None) -> str:
    if not amounts:
        return "-"
    return " · ".join(f"{code} {amount:,}" for code, amount in amounts.items())


def _header_cells(t: Words, *cells: tuple[str, str]) -> str:
    """``<th>`` cells of (marked text, alignment), translated and escaped."""
    return "".join(f'<th align="{a}">{html.escape(t(h))}</th>' for h, a in cells)


def _items_html(report: ZReport, t: Words) -> str:
    """Sales by item and by category, and tax, tips and discounts by cashier (sales rung
    up from items; nothing when there were none)."""
    e = html.escape
    if not (report.by_item or report.by_cashier_parts):
        return ""

    columns = _header_cells(
        t,
        (QT_TRANSLATE_NOOP("ZReport", "Name"), "left"),
        (QT_TRANSLATE_NOOP("ZReport", "Quantity"), "right"),
        (QT_TRANSLATE_NOOP("ZReport", "Sales"), "right"),
        (QT_TRANSLATE_NOOP("ZReport", "Tax"), "right"),
    )

    def table(title: str, rows: tuple[tuple[str, str, int, Decimal, Decimal], ...]) -> str:
        body = "".join(
            f"<tr><td>{e(name or '—')}</td><td align='right'>{qty}</td>"
            f"<td align='right'>{e(code)} {net:,}</td><td align='right'>{e(code)} {tax:,}</td></tr>"
            for code, name, qty, net, tax in rows
        )
        return (
            f"<h3>{e(title)}</h3>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<tr>{columns}</tr>{body}</table>"
        )

    parts = [
        table(t(QT_TRANSLATE_NOOP("ZReport", "Sales by item")), report.by_item),
        table(t(QT_TRANSLATE_NOOP("ZReport", "Sales by category")), report.by_category),
    ]
    if report.by_cashier_parts:
        body = "".join(
            f"<tr><td>{e(who or '—')}</td><td align='right'>{e(code)} {tax:,}</td>"
            f"<td align='right'>{e(code)} {tips:,}</td>"
            f"<td align='right'>{e(code)} {off:,}</td></tr>"
            for who, code, tax, tips, off in report.by_cashier_parts
        )
        heads = _header_cells(
            t,
            (QT_TRANSLATE_NOOP("ZReport", "Cashier"), "left"),
            (QT_TRANSLATE_NOOP("ZReport", "Tax"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Tips"), "right"),
            (QT_TRANSLATE_NOOP("ZReport", "Discounts"), "right"),
        )
        title = t(QT_TRANSLATE_NOOP("ZReport", "Tax collected, tips and discounts by cashier"))
        parts.append(
            f"<h3>{e(title)}</h3>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<tr>{heads}</tr>{body}</table>"
        )
    return "".join(parts)
