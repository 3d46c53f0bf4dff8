"""The shop's wall clock: local days, date presets and chart buckets (pure; any thread).

Filters hold aware UTC instants; presets ("today", "this week"…) and chart buckets follow
the shop's local wall clock, ``tz`` (``None`` = the computer's zone, with its
daylight-saving rules). History, reports and the history window share these helpers.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP


def to_local(moment: datetime, tz: tzinfo | None) -> datetime:
    """An aware instant on the shop's wall clock (aware, in ``tz`` or the system zone)."""
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def from_local(wall: datetime, tz: tzinfo | None) -> datetime:
    """A naive wall-clock time of the shop as an aware UTC instant."""
    if wall.tzinfo is not None:
        return wall.astimezone(UTC)
    if tz is None:
        return wall.astimezone(UTC)  # Python reads a naive time as system local time
    return wall.replace(tzinfo=tz).astimezone(UTC)


def day_start(day: date, tz: tzinfo | None) -> datetime:
    """UTC instant of local midnight starting ``day``."""
    return from_local(datetime.combine(day, time()), tz)


class DatePreset(StrEnum):
    """Date ranges the filter bar offers (``custom`` takes explicit days)."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    LAST_7_DAYS = "last_7_days"
    THIS_MONTH = "this_month"
    LAST_30_DAYS = "last_30_days"
    ALL = "all"
    CUSTOM = "custom"


def preset_range(
    preset: DatePreset,
    now: datetime,
    tz: tzinfo | None,
    *,
    first_day: date | None = None,
    last_day: date | None = None,
) -> tuple[datetime | None, datetime | None]:
    """[start, end) in UTC for ``preset`` as seen on the shop's wall clock at ``now``.

    ``custom`` covers ``first_day`` to ``last_day`` inclusive (either may be None: open).
    Weeks start on Monday. Pure; any thread.
    """
    preset = DatePreset(preset)
    today = to_local(now, tz).date()
    if preset is DatePreset.TODAY:
        return day_start(today, tz), day_start(today + timedelta(days=1), tz)
    if preset is DatePreset.YESTERDAY:
        return day_start(today - timedelta(days=1), tz), day_start(today, tz)
    if preset is DatePreset.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return day_start(monday, tz), day_start(today + timedelta(days=1), tz)
    if preset is DatePreset.LAST_7_DAYS:
        return day_start(today - timedelta(days=6), tz), day_start(today + timedelta(days=1), tz)
    if preset is DatePreset.THIS_MONTH:
        return day_start(today.replace(day=1), tz), day_start(today + timedelta(days=1), tz)
    if preset is DatePreset.LAST_30_DAYS:
        return day_start(today - timedelta(days=29), tz), day_start(today + timedelta(days=1), tz)
    if preset is DatePreset.ALL:
        return None, None
    if first_day and last_day and last_day < first_day:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the last day is before the first day"))
    start = day_start(first_day, tz) if first_day else None
    end = day_start(last_day + timedelta(days=1), tz) if last_day else None
    return start, end


class Granularity(StrEnum):
    """Chart bar width."""

    HOUR = "hour"
    DAY = "day"
    MONTH = "month"


def granularity_for(span: timedelta) -> Granularity:
    """The chart bar width for a range of ``span``: hours up to a day, days up to two
    months, months beyond. Pure."""
    if span <= timedelta(hours=26):
        return Granularity.HOUR
    if span <= timedelta(days=62):
        return Granularity.DAY
    return Granularity.MONTH


def bucket_edges(
    start: datetime, end: datetime, grain: Granularity, tz: tzinfo | None
) -> list[datetime]:
    """UTC instants where local hours/days/months begin, covering [start, end): the first
    edge is ``start`` itself, the last is ``end``. Pure; any thread."""
    wall = to_local(start, tz).replace(tzinfo=None)
    if grain is Granularity.HOUR:
        wall = wall.replace(minute=0, second=0, microsecond=0)
    elif grain is Granularity.DAY:
        wall = wall.replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        wall = wall.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    edges = [start]
    while True:
        wall = step(wall, grain)
        edge = from_local(wall, tz)
        if edge >= end:
            break
        if edge > edges[-1]:
            edges.append(edge)
    edges.append(end)
    return edges


def step(wall: datetime, grain: Granularity) -> datetime:
    """The next local bucket start after ``wall`` (naive wall clock). Pure."""
    if grain is Granularity.HOUR:
        return wall + timedelta(hours=1)
    if grain is Granularity.DAY:
        return wall + timedelta(days=1)
    year, month = (wall.year + 1, 1) if wall.month == 12 else (wall.year, wall.month + 1)
    return wall.replace(year=year, month=month)


def bucket_label(local: datetime, grain: Granularity) -> str:
    """The chart label of the bucket starting at ``local``. Pure."""
    if grain is Granularity.HOUR:
        return f"{local.hour:02d}:00"
    if grain is Granularity.DAY:
        return f"{local.day} {calendar.month_abbr[local.month]}"
    return f"{calendar.month_abbr[local.month]} {local.year}"
