"""The zone the per-day sums count their days in: the shop's own, so a local day is one row.

A sale's *sums day* is the calendar date of its time, cut to whole seconds, plus the offset
from UTC in force at that time. The offsets live in the ``day_offsets`` table (one row per
change, from ``offset_rows``), which the triggers of ``day_sums`` read too, so SQL and Python
always agree on which day a sale belongs to, whatever the tz database of either side says.

``DayZone.pieces`` cuts a stretch of time into runs of one sums day each; ``split`` uses it to
tell which days a range covers whole (read from the sums) and which parts it cuts (read from
the sales). Pure; any thread.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

EARLIEST = datetime(1, 1, 1, tzinfo=UTC)
"""Where the first offset starts (before any sale)."""
SCAN_FROM = datetime(1970, 1, 1, tzinfo=UTC)
SCAN_TO = datetime(2100, 1, 1, tzinfo=UTC)
"""Offset changes are looked for between these; the last offset holds after."""
WINDOW = timedelta(days=2)
"""Longer than any jump of a zone's clock: a day's parts lie within this of each other."""


def zone_info(name: str) -> ZoneInfo:
    """The IANA zone ``name``; InvalidInput when the tz database has no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown time zone {name!r}"), name=name[:60]
        ) from None


def computer_zone() -> str:
    """The IANA name of this computer's zone ('UTC' when it cannot be told)."""
    try:
        from babel.localtime import get_localzone

        name = getattr(get_localzone(), "key", None)
    except Exception:  # an unreadable /etc/localtime or registry: count days in UTC
        name = None
    return name if isinstance(name, str) and name else "UTC"


@cache
def offset_rows(name: str) -> tuple[tuple[datetime, int], ...]:
    """(from when, offset in seconds) of zone ``name``, the first from ``EARLIEST``: every
    change of its offset from UTC between 1970 and 2100, found to the second (a quarter of
    a second's work, so kept)."""
    zone = zone_info(name)

    def offset(moment: datetime) -> int:
        found = moment.astimezone(zone).utcoffset()
        return int(found.total_seconds()) if found is not None else 0

    rows = [(EARLIEST, offset(SCAN_FROM))]
    at = SCAN_FROM
    while at < SCAN_TO:
        nxt = at + timedelta(hours=6)
        if offset(nxt) != rows[-1][1]:
            lo, hi = at, nxt  # offset(lo) is the last row's, offset(hi) is new
            while hi - lo > timedelta(seconds=1):
                mid = (lo + (hi - lo) // 2).replace(microsecond=0)
                if offset(mid) == rows[-1][1]:
                    lo = mid
                else:
                    hi = mid
            rows.append((hi, offset(hi)))
        at = nxt
    return tuple(rows)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


@dataclass(frozen=True, slots=True)
class DayZone:
    """A zone's offsets as stored in ``day_offsets`` (ascending ``starts``)."""

    name: str
    starts: tuple[datetime, ...]
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, name: str, rows: Iterable[tuple[datetime, int]]) -> DayZone:
        """From ``offset_rows``-shaped rows (UTC when there are none)."""
        rows = sorted(rows) or [(EARLIEST, 0)]
        return cls(name, tuple(r[0] for r in rows), tuple(r[1] for r in rows))

    def offset_at(self, moment: datetime) -> int:
        """The offset in seconds in force at ``moment``."""
        return self.offsets[max(bisect_right(self.starts, moment) - 1, 0)]

    def day_of(self, moment: datetime) -> date:
        """The sums day of a sale made at ``moment``."""
        whole = moment.astimezone(UTC).replace(microsecond=0)
        return (whole + timedelta(seconds=self.offset_at(whole))).date()

    def pieces(self, lo: datetime, hi: datetime) -> list[tuple[datetime, datetime, date]]:
        """[``lo``, ``hi``) cut into runs (start, end, sums day), one day each, in order."""
        out: list[tuple[datetime, datetime, date]] = []
        at = lo
        index = max(bisect_right(self.starts, lo) - 1, 0)
        while at < hi:
            seg_end = self.starts[index + 1] if index + 1 < len(self.starts) else hi
            stop = min(seg_end, hi)
            shift = timedelta(seconds=self.offsets[index])
            while at < stop:
                day = self.day_of(at)
                nxt = min(_midnight(day + timedelta(days=1)) - shift, stop)
                if out and out[-1][2] == day and out[-1][1] == at:
                    out[-1] = (out[-1][0], nxt, day)
                else:
                    out.append((at, nxt, day))
                at = nxt
            index += 1
        return out


@dataclass(frozen=True, slots=True)
class Split:
    """A range of time as whole sums days [``first``, ``end``) and the parts it cuts."""

    first: date | None
    """The first whole day (None: from the first sale)."""
    end: date | None
    """The day after the last whole day (None: up to the last sale)."""
    edges: tuple[tuple[datetime, datetime], ...]
    """Parts of days to read from the sales themselves."""


def split(zone: DayZone, start: datetime | None, end: datetime | None) -> Split:
    """``[start, end)`` as the sums days it covers whole plus the parts of days it cuts.

    Exact in any zone, daylight-saving jumps across midnight included: a day is whole only
    when every part of it lies inside the range.
    """
    lo = start.astimezone(UTC) if start is not None else None
    hi = end.astimezone(UTC) if end is not None else None
    if lo is not None and hi is not None and lo >= hi:
        nothing = zone.day_of(lo)
        return Split(nothing, nothing, ())
    if lo is not None and hi is not None and hi - lo <= 3 * WINDOW:
        windows = [zone.pieces(lo - WINDOW, hi + WINDOW)]
    else:
        windows = [zone.pieces(m - WINDOW, m + WINDOW) for m in (lo, hi) if m is not None]
    near = [p for w in windows for p in w]
    first = end_day = None
    if lo is not None:
        first = max(d for s, _, d in near if s < lo) + timedelta(days=1)
    if hi is not None:
        end_day = min(d for _, e, d in near if e > hi)
    if first is not None and end_day is not None and first >= end_day:
        assert lo is not None and hi is not None
        return Split(first, first, ((lo, hi),))
    edges: list[tuple[datetime, datetime]] = []
    for s, e, d in sorted(set(near)):
        whole = (first is None or d >= first) and (end_day is None or d < end_day)
        s = max(s, lo) if lo is not None else s
        e = min(e, hi) if hi is not None else e
        if whole or s >= e:
            continue
        if edges and edges[-1][1] == s:
            edges[-1] = (edges[-1][0], e)
        else:
            edges.append((s, e))
    return Split(first, end_day, tuple(edges))
