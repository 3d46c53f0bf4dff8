"""``posapp database check``: the per-day sums behind the history's totals agree with the
sales, and a disagreement is named, one line each, with exit status 1."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_items_cmd import posapp, shop  # noqa: F401 - the fixture, shared


def test_the_sums_agree_until_someone_edits_them_by_hand(shop: Path) -> None:  # noqa: F811
    for amount in ("100", "250.50", "99"):
        assert posapp(shop, "charge", amount, "--no-wait").returncode == 0
    done = posapp(shop, "database", "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "day sums agree with the sales"

    with sqlite3.connect(shop / "posapp.db") as conn:
        conn.execute("UPDATE day_sums SET sales = sales + 1")
    done = posapp(shop, "database", "check")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines and all(line.startswith("day sums differ: ") for line in lines)
    assert " INR " in lines[0] and "sales say [3, " in lines[0] and "sums [4, " in lines[0]


def test_the_sums_count_days_in_the_zone_the_shop_sets(shop: Path) -> None:  # noqa: F811
    assert posapp(shop, "charge", "100", "--no-wait").returncode == 0
    shown = posapp(shop, "database", "zone")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].startswith("this computer's zone: ")

    moved = posapp(shop, "database", "zone", "Asia/Kolkata")
    assert moved.returncode == 0, moved.stderr
    assert "days counted in Asia/Kolkata from now on" in moved.stdout
    assert posapp(shop, "database", "zone").stdout.splitlines()[0] == (
        "days counted in Asia/Kolkata"
    )
    assert posapp(shop, "database", "check").returncode == 0
    with sqlite3.connect(shop / "posapp.db") as conn:
        (offset,) = conn.execute("SELECT offset_seconds FROM day_offsets").fetchone()
    assert offset == 5 * 3600 + 1800

    wrong = posapp(shop, "database", "zone", "Nowhere/Special")
    assert wrong.returncode != 0
    assert wrong.stderr.strip().splitlines() == ["posapp: unknown time zone 'Nowhere/Special'"]
    assert "Asia/Kolkata" in posapp(shop, "database", "zone").stdout
