"""CSV export of sales (a worker thread or the command line): streamed, atomic, exact.

The file opens correctly in spreadsheets:

* one header row, then one row per session, oldest first;
* amounts are exact plain decimals with a ``.`` (from integer stroops, never floats);
* ``created_at`` / ``rate_time`` / ``paid_at`` are ISO 8601 UTC (``2026-11-29T12:00:00Z``)
  and ``created_local`` is the shop's wall-clock time as ``2026-11-29 17:30:00``, which
  Excel, LibreOffice and Google Sheets read as a date-time;
* text cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or
  carriage return) get a leading apostrophe;
* optionally a UTF-8 byte-order mark, so Excel detects UTF-8 (names like "zoë", notes in
  Hindi);
* after the note: what refunds gave back (``refunded_usdc``, ``refunded_fiat``, ``refund``
  = ``partially_refunded`` / ``refunded``) and the parts of a sale rung up from items
  (``subtotal``, ``discount``, ``tax``, ``tip``; 0 for a keyed amount).

The file is written beside the target under a temporary name and renamed when complete,
so a failure or a cancel leaves nothing half-written.
"""

from __future__ import annotations

import csv
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy.orm import Session

from posapp.core.currency import currency_places
from posapp.core.errors import InvalidInput, PosappError, StorageError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.refund import refund_marker
from posapp.core.roles import CLI_ACTOR, Actor, Permission
from posapp.services.backoffice import parallel_write
from posapp.storage import export_lines, export_repo, history_repo, history_sums
from posapp.storage.engine import Database
from posapp.storage.export_lines import Segment
from posapp.storage.history_repo import HistoryFilter, SortField, SortOrder

COLUMNS = (
    "session_id", "created_at", "created_local", "status", "fiat_amount", "fiat_currency",
    "rate", "rate_source", "rate_time", "spread_percent", "usdc_due", "usdc_received",
    "paid_at", "tx_hashes", "cashier", "terminal", "note", "refunded_usdc", "refunded_fiat",
    "refund", "subtotal", "discount", "tax", "tip",
)  # fmt: skip
BATCH = 5_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(PosappError, InterruptedError):
    """The export was cancelled; nothing was written."""


def parse_date_range(
    date_from: str | None, date_to: str | None, tz: tzinfo | None = UTC
) -> tuple[datetime | None, datetime | None]:
    """``YYYY-MM-DD`` bounds (days on the ``tz`` wall clock, UTC by default; None = the
    computer's zone) → [start, end) as aware UTC instants; InvalidInput on a bad or
    reversed range."""

    def day(text: str, what: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise InvalidInput(f"{what} date {text[:20]!r} is not YYYY-MM-DD") from None

    def midnight(d: date) -> datetime:
        wall = datetime.combine(d, time())
        return (wall.replace(tzinfo=tz) if tz else wall.astimezone()).astimezone(UTC)

    start = midnight(day(date_from, "from")) if date_from else None
    end = midnight(day(date_to, "to") + timedelta(days=1)) if date_to else None
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
    progress: Callable[[int], bool | None] | None = None,
    tz: tzinfo | None = UTC,
) -> int:
    """Write every session created in [start, end) to ``target``; return the row count.

    The command line's export (acts as the local admin). Blocking; any thread.
    """
    return export_history_csv(
        db, target, HistoryFilter(start=start, end=end), CLI_ACTOR, tz=tz, bom=bom,
        progress=progress,
    )  # fmt: skip


def export_history_csv(
    db: Database,
    target: Path,
    filt: HistoryFilter,
    actor: Actor,
    *,
    tz: tzinfo | None = None,
    bom: bool = False,
    progress: Callable[[int], bool | None] | None = None,
    python_formatting: bool = False,
    readers: int | None = None,
) -> int:
    """Write the sessions ``filt`` selects to ``target`` as CSV; return the row count.

    ``progress(rows_so_far)`` is called on the calling thread at every ``BATCH`` rows
    and with the final count; when it returns ``False`` the export stops with
    ``ExportCancelled`` and nothing is left behind. ``tz`` is the shop's zone for
    ``created_local`` (None: the computer's). On SQLite the cells are formatted by SQLite
    while this thread writes, and a large export can be read in ``readers`` consecutive
    parts at once (None: one per core, at most ``MAX_READERS``, where that pays, see
    ``export_lines.reads_in_parallel_pay``; else one); ``python_formatting`` forces the
    portable Python formatting, which gives the same bytes. Blocking: run it on a worker
    thread. Raises PermissionDenied unless ``actor`` may export.
    """
    actor.require(Permission.EXPORT)
    told = _Progress(progress)
    with atomic_csv_file(target) as out:
        if bom:
            out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        if db.is_sqlite and not python_formatting:
            out.flush()
            count = _write_sqlite(db, out.buffer, _folder(target), filt, tz, readers, told.rows)
        else:
            count = 0
            with _Prefetch(db, lambda session: _python_batches(session, filt, tz)) as batches:
                for batch in batches:
                    writer.writerows(batch)
                    count += len(batch)
                    told.rows(count)
        told.rows(count, final=True)
    if count == 0:
        told.nothing()
    return count


MAX_READERS = 4
MIN_PART_ROWS = 20_000
"""Below about this many sessions per part an export is read in one part."""


class _Progress:
    """Relays the rows written so far to ``progress`` at every ``BATCH`` rows and at the
    end, whatever the size of the blocks; ExportCancelled when it answers False. Calling
    thread."""

    def __init__(self, progress: Callable[[int], bool | None] | None) -> None:
        self._progress = progress
        self._told = 0

    def rows(self, total: int, *, final: bool = False) -> None:
        if self._progress is None:
            return
        while total - self._told >= BATCH:
            self._ask(self._told + BATCH)
        if final and total != self._told:
            self._ask(total)

    def nothing(self) -> None:
        """An empty export: one call with 0 (after the file is in place)."""
        if self._progress is not None:
            self._progress(0)

    def _ask(self, rows: int) -> None:
        self._told = rows
        if self._progress is not None and self._progress(rows) is False:
            raise ExportCancelled(QT_TRANSLATE_NOOP("errors", "export cancelled"))


def _folder(target: Path) -> Path:
    """The folder ``target`` goes in (``.`` for a bare file name)."""
    return target.parent if str(target.parent) else Path(".")


def _write_sqlite(
    db: Database,
    out: BinaryIO,
    folder: Path,
    filt: HistoryFilter,
    tz: tzinfo | None,
    readers: int | None,
    on_rows: Callable[[int], None],
) -> int:
    """The SQLite fast path: lines built by SQLite (``export_lines``) on reader threads,
    written by this one. With several parts, each is read in its own read transaction
    (WAL readers do not wait for each other; the parts' snapshots are taken a few
    milliseconds apart, each part consistent). Returns the rows written."""
    with db.read() as session:
        start, end = filt.start, filt.end
        if start is None or end is None:
            span = history_repo.time_span(session)
            if span is None:
                return 0
            start = start or span[0]
            end = end or span[1] + timedelta(microseconds=1)
        places = {c: p for c in history_sums.currencies(session) if (p := _places(c)) != 2}
        if readers is None:
            alone = filt.text.strip() or not export_lines.reads_in_parallel_pay(session)
            wanted = 1 if alone else min(MAX_READERS, _cores())
            cuts = export_lines.split_times(session, filt, wanted, MIN_PART_ROWS)
        else:
            cuts = export_lines.split_times(session, filt, readers, 1)
    segments = offset_segments(start, end, tz)
    # the outer parts stay as open as the filter (rows created meanwhile are included)
    segments[0] = (filt.start, segments[0][1], segments[0][2])
    segments[-1] = (segments[-1][0], filt.end, segments[-1][2])

    def part(pieces: list[Segment]) -> parallel_write.Part:
        def blocks() -> Iterator[parallel_write.Block]:
            with db.read() as reader:
                yield from export_lines.csv_blocks(reader, filt, pieces, places, BATCH)

        return blocks

    parts = [part(p) for p in cut_segments(segments, cuts) if p]
    return parallel_write.write_parts(out, parts, folder, on_rows)


def cut_segments(segments: list[Segment], cuts: list[datetime]) -> list[list[Segment]]:
    """``segments`` (consecutive; None = open end) cut at each of the ascending ``cuts``:
    one list of segments per part. Pure; any thread."""
    bounds: list[datetime | None] = [None, *cuts, None]
    parts: list[list[Segment]] = []
    for low, high in pairwise(bounds):
        part: list[Segment] = []
        for start, end, offset in segments:
            a = start if low is None else low if start is None else max(start, low)
            b = end if high is None else high if end is None else min(end, high)
            if a is None or b is None or a < b:
                part.append((a, b, offset))
        parts.append(part)
    return parts


def _cores() -> int:
    """Cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


@contextmanager
def atomic_csv_file(target: Path) -> Iterator[TextIO]:
    """A text file for a CSV export at ``target``: written beside it under a temporary name
    (created 0600: exports are for the shop's account only) and renamed into place when the
    block ends; on any error or cancel nothing is left behind. Caller's thread."""
    directory = _folder(target)
    if not directory.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "folder {directory} does not exist"), directory=directory
        )
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=".posapp-export-", suffix=".csv")
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "cannot write in {directory}: {error}"),
            directory=directory,
            error=exc.strerror,
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            yield out
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


class _Prefetch:
    """Reads batches on a helper thread (its own read session) while the caller writes
    the previous ones (the Python formatting path): the database driver waits without
    holding the GIL, so reading and writing the CSV overlap. Iterate inside ``with``;
    leaving stops the reader."""

    DEPTH = 4

    def __init__(self, db: Database, batches: Callable[[Session], Iterator[list[Any]]]) -> None:
        self._db = db
        self._batches = batches
        self._queue: queue.Queue[object] = queue.Queue(self.DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="posapp-export-read", daemon=True)

    def _read(self) -> None:
        try:
            with self._db.read() as session:
                for batch in self._batches(session):
                    if not self._put(batch):
                        return
            self._put(_END)
        except BaseException as exc:  # handed to the writing thread
            self._put(exc)

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __enter__(self) -> Iterator[list[Any]]:
        self._thread.start()
        return self._iterate()

    def _iterate(self) -> Iterator[list[Any]]:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


_END = object()


def _python_batches(
    session: Session, filt: HistoryFilter, tz: tzinfo | None
) -> Iterator[list[tuple[str, ...]]]:
    """Rows formatted in Python (any database)."""
    local = _LocalClock(tz)
    batch: list[tuple[str, ...]] = []
    rows = export_repo.export_rows(
        session, filt, SortOrder(SortField.TIME, descending=False), BATCH
    )
    for (
        sid, created, status, fiat_e7, currency, rate, source, rate_time,
        spread, due, received, paid_at, cashier, terminal, note,
        refunded, refunded_e7, subtotal_e7, discount_e7, tax_e7, tip_e7, hashes,
    ) in rows:  # fmt: skip
        marker = refund_marker(received, refunded)
        batch.append((
            sid, iso_text(created), local.text(created), status,
            fiat_text(fiat_e7, currency), currency, _decimal_text(rate),
            safe_cell(source), iso_text(rate_time), _decimal_text(spread),
            stroops_text(due), stroops_text(received),
            iso_text(paid_at) if paid_at else "", hashes or "",
            safe_cell(cashier), safe_cell(terminal), safe_cell(note),
            stroops_text(refunded), fiat_text(refunded_e7, currency),
            marker.value if marker else "", fiat_text(subtotal_e7, currency),
            fiat_text(discount_e7, currency), fiat_text(tax_e7, currency),
            fiat_text(tip_e7, currency),
        ))  # fmt: skip
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def offset_segments(
    start: datetime, end: datetime, tz: tzinfo | None
) -> list[tuple[datetime | None, datetime | None, int]]:
    """[start, end) split where the zone's UTC offset changes (daylight saving), each
    part with its offset in minutes. Looks once a day and narrows a change down to the
    quarter hour (every real transition falls on one). Pure; any thread."""

    def offset(moment: datetime) -> int:
        local = moment.astimezone(tz) if tz is not None else moment.astimezone()
        return int((local.utcoffset() or timedelta()).total_seconds() // 60)

    quarter = timedelta(minutes=15)
    segments: list[tuple[datetime | None, datetime | None, int]] = []
    seg_start, current, probe = start, offset(start), start
    while probe < end:
        nxt = min(probe + timedelta(days=1), end)
        if offset(nxt) == current:
            probe = nxt
            continue
        # first quarter hour at or after probe whose offset differs
        q = probe.replace(second=0, microsecond=0)
        q += timedelta(minutes=-q.minute % 15)
        q = max(q, probe)
        while q <= nxt and offset(q) == current:
            q += quarter
        if q >= end:
            break
        segments.append((seg_start, q, current))
        seg_start, current, probe = q, offset(q), q
    segments.append((seg_start, end, current))
    return segments


# ---- fast exact formatting (≈1 µs a cell) ----------------------------------------------


def stroops_text(units: int) -> str:
    """Integer 10⁻⁷ units as a plain decimal with at least two places (``23.77``)."""
    sign = "-" if units < 0 else ""
    whole, frac = divmod(abs(units), 10_000_000)
    digits = f"{frac:07d}".rstrip("0")
    return f"{sign}{whole}.{digits.ljust(2, '0')}"


def fiat_text(units: int, currency: str) -> str:
    """A fiat amount in 10⁻⁷ units with the currency's minor unit (JPY ``500``, INR
    ``1999.00``; more places only when the stored value has them)."""
    places = _places(currency)
    whole, frac = divmod(abs(units), 10_000_000)
    digits = f"{frac:07d}".rstrip("0").ljust(places, "0")
    sign = "-" if units < 0 else ""
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


@cache
def _places(currency: str) -> int:
    try:
        return currency_places(currency)
    except Exception:
        return 2


@cache
def _decimal_text(text: str) -> str:
    """A stored Decimal string as stored (``84.10``), but never in E notation."""
    if "E" not in text.upper():
        return text
    try:
        return format_plain(Decimal(text), min_places=0)
    except ArithmeticError:
        return text


def iso_text(moment: datetime | str) -> str:
    """ISO 8601 UTC to the second from a datetime or SQLite's stored UTC text."""
    if isinstance(moment, str):
        return f"{moment[:10]}T{moment[11:19]}Z"
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _LocalClock:
    """UTC → local wall-clock text, computing the zone's offset once per UTC quarter hour
    (offsets change only on quarter hours: St John's moves at 05:30 UTC)."""

    def __init__(self, tz: tzinfo | None) -> None:
        self._tz = tz
        self._offsets: dict[str, timedelta] = {}

    def text(self, moment: datetime | str) -> str:
        """``YYYY-MM-DD HH:MM:SS`` on the shop's wall clock."""
        if isinstance(moment, str):
            utc = moment[:19]
        else:
            utc = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        key = utc[:14] + str(int(utc[14:16]) // 15)
        offset = self._offsets.get(key)
        if offset is None:
            instant = datetime.fromisoformat(utc).replace(tzinfo=UTC)
            local = instant.astimezone(self._tz) if self._tz else instant.astimezone()
            offset = self._offsets[key] = local.utcoffset() or timedelta()
        if not offset:
            return utc
        return (datetime.fromisoformat(utc) + offset).isoformat(" ")


def safe_cell(text: str) -> str:
    """Neutralise spreadsheet formula injection in free text (``= + - @``, tab, CR)."""
    return "'" + text if text.startswith(FORMULA_START) else text
