"""The per-day sums count days in the shop's zone (``storage.day_zone``): a range splits
into whole days and cut parts that together are exactly the range, and the triggers put a
sale in the very day Python says, around every midnight and daylight-saving change. On
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from posapp.core.errors import InvalidInput
from posapp.storage import day_sums
from posapp.storage.day_zone import DayZone, offset_rows, split, zone_info
from posapp.storage.engine import Database
from posapp.storage.models import DaySumRow
from tests.storage.test_day_sums import a_sale

ZONES = (
    "UTC",
    "Asia/Kolkata",  # +05:30, no daylight saving
    "Europe/Paris",  # spring forward at 02:00, fall back at 03:00
    "America/Sao_Paulo",  # until 2019 fell back from midnight to 23:00 the day before
    "Asia/Tehran",  # until 2022 fell back from 24:00 to 23:00
    "Australia/Lord_Howe",  # half-hour daylight saving
    "America/St_Johns",  # -03:30
)
moments = st.datetimes(datetime(1975, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC))


def zone(name: str) -> DayZone:
    return DayZone.of(name, offset_rows(name))


def test_offsets_are_the_tz_database_s() -> None:
    for name in ZONES:
        info = zone_info(name)
        rows = offset_rows(name)
        for at, offset in rows[1:]:
            assert at.astimezone(info).utcoffset() == timedelta(seconds=offset)
            before = (at - timedelta(seconds=1)).astimezone(info).utcoffset()
            assert before != timedelta(seconds=offset)
    assert len(offset_rows("Asia/Kolkata")) == 1
    assert len(offset_rows("Europe/Paris")) > 200
    with pytest.raises(InvalidInput, match="unknown time zone"):
        zone_info("Mars/Olympus_Mons")


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(ZONES),
    start=moments,
    length=st.one_of(
        st.timedeltas(timedelta(0), timedelta(days=3)),
        st.timedeltas(timedelta(days=3), timedelta(days=400)),
    ),
    probes=st.lists(st.timedeltas(timedelta(days=-3), timedelta(days=403)), max_size=40),
)
def test_whole_days_and_cut_parts_are_exactly_the_range(name, start, length, probes) -> None:
    z = zone(name)
    end = start + length
    part = split(z, start, end)
    assert part.first is not None and part.end is not None
    edges = [start, end, *(e for pair in part.edges for e in pair)]
    near = [m + timedelta(microseconds=d) for m in edges for d in (-1, 0, 1)]
    for moment in [*near, *(start + p for p in probes)]:
        in_range = start <= moment < end
        whole = part.first <= z.day_of(moment) < part.end
        cut = any(lo <= moment < hi for lo, hi in part.edges)
        assert not (whole and cut), moment
        assert (whole or cut) == in_range, (moment, part)


def test_open_ranges_have_open_whole_days() -> None:
    z = zone("Asia/Kolkata")
    at = datetime(2026, 11, 29, 18, 30, tzinfo=UTC)  # midnight in India
    assert split(z, None, None).edges == ()
    since = split(z, at, None)
    assert str(since.first) == "2026-11-30" and since.end is None and since.edges == ()
    up_to = split(z, None, at)
    assert up_to.first is None and up_to.edges == ()
    assert str(up_to.end) == "2026-11-30"
    cut = split(z, None, at + timedelta(hours=1))
    assert cut.edges == ((at, at + timedelta(hours=1)),)


def test_the_triggers_file_each_sale_under_python_s_day(db: Database) -> None:
    """Sales a second, half a second and a microsecond around every midnight and offset
    change of 2016–2026 land in the day ``DayZone.day_of`` gives, whatever the zone."""
    import random

    rng = random.Random(10)
    for name in ("Asia/Kolkata", "America/Sao_Paulo", "Asia/Tehran", "Australia/Lord_Howe"):
        with db.write() as session:
            day_sums.rezone(session, name)
        with db.read() as session:
            z = day_sums.zone(session)
        assert z.name == name
        lo, hi = datetime(2016, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
        turns = [at for at in z.starts if lo <= at < hi][:24]
        midnights = [e for p in z.pieces(lo, lo + timedelta(days=3)) for e in p[:2]]
        moments = []
        for m in [*turns, *midnights]:
            for d in (-1, -0.5, -0.000001, 0, 0.000001, 0.5, 1):
                moments.append(m + timedelta(seconds=d))
        with db.write() as session:
            session.execute(DaySumRow.__table__.delete())
            session.execute(a_sale(rng, 0).__table__.delete())
            for n, moment in enumerate(moments):
                sale = a_sale(rng, n)
                sale.created_at, sale.cashier = moment, f"c{n}"
                session.add(sale)
        with db.read() as session:
            filed = dict(session.execute(select(DaySumRow.cashier, DaySumRow.day)).all())
            assert day_sums.differences(session) == []
        want = {f"c{n}": z.day_of(m).isoformat() for n, m in enumerate(moments)}
        assert filed == want, name
