"""CSV exports beside the sales export: every refund (who, when, why, how much, to whom,
state, transaction) and every line of the sales rung up from items.

Written atomically like the sales export (a temporary file renamed into place, 0600) and
with the same cell rules (exact plain decimals, ISO 8601 UTC, formula-looking text cells
prefixed with an apostrophe). Blocking: a worker thread or the command line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from posapp.core.money import format_plain
from posapp.core.roles import Actor, Permission
from posapp.services.backoffice.export import atomic_csv_file, fiat_text, iso_text, safe_cell
from posapp.storage import lines_repo, refunds_repo
from posapp.storage.engine import Database

REFUND_COLUMNS = (
    "refund_id", "created_at", "created_by", "approved_by", "state", "kind", "session_id",
    "operation_id", "amount_usdc", "destination", "memo", "reason", "valid_until",
    "settled_at", "tx_hash",
)  # fmt: skip
LINE_COLUMNS = (
    "session_id", "created_at", "status", "cashier", "line", "sku", "name", "category",
    "quantity", "unit_price", "discount", "net", "tax", "tax_rate", "currency",
)  # fmt: skip
MAX_REFUND_ROWS = 1_000_000


def export_refunds_csv(
    db: Database,
    target: Path,
    actor: Actor,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> int:
    """Every refund created in [start, end), newest first; the row count."""
    actor.require(Permission.EXPORT)
    with db.read() as session:
        refunds = refunds_repo.listing(session, start=start, end=end, limit=MAX_REFUND_ROWS)
    rows = (
        (
            r.id,
            iso_text(r.created_at),
            safe_cell(r.created_by),
            safe_cell(r.approved_by),
            r.state.value,
            r.kind.value,
            r.session_id or "",
            r.operation_id or "",
            format_plain(r.amount),
            r.destination,
            safe_cell(r.memo),
            safe_cell(r.reason),
            iso_text(r.valid_until),
            iso_text(r.settled_at) if r.settled_at else "",
            r.tx_hash or "",
        )
        for r in refunds
    )
    return _write(target, REFUND_COLUMNS, rows)


def export_lines_csv(
    db: Database,
    target: Path,
    actor: Actor,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> int:
    """Every line of the sales created in [start, end), oldest sale first; the row count."""
    actor.require(Permission.EXPORT)
    with db.read() as session:
        rows = [
            (
                sid,
                iso_text(created),
                status,
                safe_cell(cashier),
                str(position),
                safe_cell(sku or ""),
                safe_cell(name),
                safe_cell(category),
                str(quantity),
                fiat_text(unit, currency),
                fiat_text(discount, currency),
                fiat_text(net, currency),
                fiat_text(tax, currency),
                rate,
                currency,
            )
            for (
                sid,
                created,
                status,
                currency,
                cashier,
                position,
                sku,
                name,
                category,
                quantity,
                unit,
                discount,
                net,
                tax,
                rate,
            ) in lines_repo.lines_between(session, start, end)
        ]
    return _write(target, LINE_COLUMNS, rows)


def _write(target: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> int:
    count = 0
    with atomic_csv_file(target) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
