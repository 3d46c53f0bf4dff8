"""CSV export of sales (worker thread or command line): streamed, atomic, exact amounts."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from posapp.core.errors import InvalidInput, StorageError
from posapp.core.events import iso
from posapp.core.money import format_plain
from posapp.storage.engine import Database
from posapp.storage.models import SessionRow
from posapp.storage.sessions_repo import row_to_session

COLUMNS = (
    "session_id", "created_at", "status", "fiat_amount", "fiat_currency", "rate",
    "rate_source", "rate_time", "usdc_due", "usdc_received", "paid_at", "tx_hash",
    "cashier", "terminal", "note",
)  # fmt: skip
BATCH = 5_000


def parse_date_range(
    date_from: str | None, date_to: str | None
) -> tuple[datetime | None, datetime | None]:
    """``YYYY-MM-DD`` bounds → [start, end) in UTC; InvalidInput on a bad or reversed range."""

    def day(text: str, what: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise InvalidInput(f"{what} date {text[:20]!r} is not YYYY-MM-DD") from None

    start = datetime.combine(day(date_from, "from"), time(), UTC) if date_from else None
    end = datetime.combine(day(date_to, "to"), time(), UTC) + timedelta(days=1) if date_to else None
    if start and end and end <= start:
        raise InvalidInput("the --to date is before the --from date")
    return start, end


def export_sessions_csv(
    db: Database,
    target: Path,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    bom: bool = False,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write sessions created in [start, end) to ``target``; return the row count.

    Writes to a temp file beside ``target`` and renames it when complete, so a failure or a
    cancel (``progress`` returning False) leaves nothing half-written.
    """
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidInput(f"folder {directory} does not exist")
    query = select(SessionRow).order_by(SessionRow.created_at, SessionRow.id)
    if start:
        query = query.where(SessionRow.created_at >= start)
    if end:
        query = query.where(SessionRow.created_at < end)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=".posapp-export-", suffix=".csv")
    except OSError as exc:
        raise StorageError(f"cannot write in {directory}: {exc.strerror}") from None
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            with db.read() as session:
                for row in session.scalars(query.execution_options(yield_per=BATCH)):
                    s = row_to_session(row)
                    writer.writerow((
                        s.id, iso(s.created_at), s.status.value, format_plain(s.fiat_amount),
                        s.fiat_currency, format_plain(s.rate), s.rate_source, iso(s.rate_time),
                        format_plain(s.usdc_due), format_plain(s.usdc_received),
                        iso(s.paid_at) if s.paid_at else "", s.last_tx_hash or "",
                        s.cashier, s.terminal, _safe_cell(s.note),
                    ))  # fmt: skip
                    count += 1
                    if progress is not None and count % BATCH == 0 and not progress(count):
                        raise InterruptedError("export cancelled")
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


def _safe_cell(text: str) -> str:
    """Neutralise spreadsheet formula injection in free text (=, +, -, @ at the start)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
