"""Text for the history window: amounts, times, statuses. No widgets, so the page loader
can format rows on its pool thread and the GUI thread only indexes tuples (the status words
are translated with ``QCoreApplication.translate``, which is thread-safe).
"""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QCoreApplication

from posapp.core.currency import currency_places
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain, from_stroops
from posapp.services.backoffice.history import HistoryRow
from posapp.ui.common.formatting import local_datetime, short_hash
from posapp.ui.common.session_view import STATUS_LABELS

PAYMENT_STATUS_LABELS = {
    "credited": QT_TRANSLATE_NOOP("HistoryWindow", "Matched"),
    "unmatched": QT_TRANSLATE_NOOP("HistoryWindow", "Unmatched"),
    "attached": QT_TRANSLATE_NOOP("HistoryWindow", "Attached"),
    "refund": QT_TRANSLATE_NOOP("HistoryWindow", "To refund"),
    "refused": QT_TRANSLATE_NOOP("HistoryWindow", "Refused (fake USDC)"),
}
"""A ledger payment's status in words, by stored status (translate with ``payment_status``)."""
SALE_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("HistoryWindow", "Waiting for payment"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Partially paid"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Paid"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Paid late"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Expired"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Cancelled"),
)
"""The texts of ``STATUS_LABELS`` marked for this window's catalog context (``sale_status``
translates them), so the history window's status words never depend on another context."""


def sale_status(status: str) -> str:
    """A sale's status (``SessionStatus`` value) in words, in the current language."""
    return QCoreApplication.translate("HistoryWindow", STATUS_LABELS.get(status, status))


def payment_status(status: str) -> str:
    """A ledger payment's status in words, in the current language."""
    return QCoreApplication.translate("HistoryWindow", PAYMENT_STATUS_LABELS.get(status, status))


@cache
def places(currency: str) -> int:
    """Minor-unit digits of ``currency`` (2 when unknown)."""
    try:
        return currency_places(currency)
    except Exception:  # an odd stored code still displays
        return 2


def fiat(amount: Decimal, currency: str, *, code: bool = True) -> str:
    """``INR 1,999.00`` (grouped, the currency's places; more only when present)."""
    p = places(currency)
    exponent = amount.normalize().as_tuple().exponent
    shown = max(p, -exponent) if isinstance(exponent, int) else p
    text = f"{amount:,.{shown}f}"
    return f"{currency} {text}" if code else text


def fiat_e7(units: int, currency: str, *, code: bool = True) -> str:
    """A fiat amount stored in 10⁻⁷ units, as ``fiat`` shows it."""
    return fiat(Decimal(units).scaleb(-7), currency, code=code)


def usdc(amount: Decimal) -> str:
    """``1,234.5`` → ``1,234.50``: grouped, 2 to 7 places, never rounded."""
    plain = format_plain(amount)
    whole, _, frac = plain.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    return f"{sign}{int(whole):,}.{frac}"


def usdc_stroops(units: int) -> str:
    """USDC stored in stroops, as ``usdc`` shows it."""
    return usdc(from_stroops(units))


def one_line(text: str, limit: int = 80) -> str:
    """A note on one table line: newlines shown as ⏎, cut with … past ``limit``."""
    flat = " ⏎ ".join(part.strip() for part in text.splitlines()) if "\n" in text else text
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def display_row(row: HistoryRow, tz: tzinfo | None) -> tuple[str, ...]:
    """The texts of one table row, in ``SalesTableModel.COLUMNS`` order (any thread)."""
    return (
        local_datetime(row.created_at, tz),
        fiat_e7(row.fiat_amount_e7, row.fiat_currency),
        usdc_stroops(row.usdc_due_stroops),
        usdc_stroops(row.usdc_received_stroops) if row.usdc_received_stroops else "–",
        sale_status(row.status),
        row.cashier,
        row.terminal,
        one_line(row.note),
        short_hash(row.last_tx_hash),
    )
