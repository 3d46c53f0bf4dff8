"""The CSV export against a plain reference: the ORM's rows formatted one by one in this
file (Decimal amounts, ``astimezone`` local times, Python's ``csv`` quoting), for random
sales with odd, zero and negative amounts, refunds, currencies with 0 and 3 decimals,
several payments, sales created in the same microsecond, non-ASCII notes and notes with
quotes, commas, line breaks and formula starts. SQLite's fast path (in one part or read
in several at once, in blocks of any size) and the portable Python path must write the
reference's very bytes; a cancel leaves nothing behind."""

from __future__ import annotations

import base64
import csv
import io
import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import OperationalError

from posapp.core.currency import currency_places
from posapp.core.refund import refund_marker
from posapp.core.roles import Actor, Role
from posapp.services.backoffice.export import (
    COLUMNS,
    ExportCancelled,
    cut_segments,
    export_history_csv,
    offset_segments,
)
from posapp.storage import export_lines
from posapp.storage.engine import Database
from posapp.storage.history_repo import ALL_STATUSES, HistoryFilter
from posapp.storage.models import PaymentRow, SessionRow

OWNER = Actor("owner", Role.OWNER)
SALES = 1500
START = datetime(2025, 3, 1, tzinfo=UTC)
ZONES = ["Asia/Kolkata", "Europe/Berlin", "America/St_Johns", "UTC"]
NOTES = [
    "", "", "", "table 4", "chai, samosa", 'said "thanks"', "gift card\nline two",
    "cr\r\nlf", "=SUM(A1:A9)", "+1 extra shot", "-discount", "@vip", "\ttab", "\rreturn",
    "नमस्ते", "café crème", "zoë, \"quoted\"", "🍕 pizza", '=a,"b"', "-", "'already",
    " leading space", "trailing space ",
]  # fmt: skip
NAMES = ["anita", "zoë", "li wei", "=boss", "o'brien", "sam, jr", '"q"', "-dash", ""]
CURRENCIES = ["INR", "INR", "USD", "EUR", "JPY", "BHD"]


def random_units(rng: random.Random) -> int:
    """Amounts of every shape in 10⁻⁷ units: zero, whole units, cents, odd digits."""
    kind = rng.randrange(9)
    if kind == 0:
        return 0
    if kind == 1:
        return rng.randrange(1, 5000) * 10_000_000
    if kind == 2:
        return rng.randrange(1, 500_000) * 100_000
    if kind == 3:
        return rng.randrange(1, 10)  # 0.0000001 …
    if kind == 4:
        return rng.randrange(1, 10**7) * 10 ** rng.randrange(0, 7)
    if kind == 5:
        return -rng.randrange(1, 10**9)  # never written by posapp; still exact
    return rng.randrange(1, 10**13)


def random_sales(rng: random.Random, count: int) -> list[SessionRow]:
    """``count`` sessions over 15 months (two daylight-saving years), some created in the
    same microsecond."""
    sales: list[SessionRow] = []
    moment = START
    for n in range(count):
        if not (sales and rng.random() < 0.03):  # else: same instant as the previous sale
            moment += timedelta(seconds=rng.randrange(1, 40_000), microseconds=rng.randrange(10**6))
        received = rng.choice([0, 0, random_units(rng), 237_700_000])
        refunded = rng.choice([0, 0, 0, received, received // 3, received + 5, 1])
        paid = rng.random() < 0.6
        sales.append(
            SessionRow(
                id="pay_" + base64.b32encode(rng.randbytes(15)).decode().lower(),
                muxed_id=n + 1,
                status=rng.choice(ALL_STATUSES),
                fiat_amount_e7=random_units(rng),
                fiat_currency=rng.choice(CURRENCIES),
                usdc_due_stroops=random_units(rng),
                usdc_received_stroops=received,
                rate=rng.choice(["84.10", "1", "0.92", "156.3", "0.00000012"]),
                rate_source=rng.choice(["fixed", "median(coingecko,kraken)", "=evil", "kraken"]),
                rate_time=moment - timedelta(seconds=rng.randrange(0, 90), microseconds=999_999),
                spread_percent=rng.choice(["1", "0", "2.5"]),
                network="testnet",
                destination="G" + "A" * 55,
                note=rng.choice(NOTES),
                cashier=rng.choice(NAMES),
                terminal=rng.choice(["counter-1", "bar", "=T", "a,b"]),
                created_at=moment,
                expires_at=moment + timedelta(minutes=15),
                updated_at=moment,
                paid_at=moment + timedelta(seconds=rng.randrange(1, 900)) if paid else None,
                last_tx_hash=None,
                refunded_stroops=refunded,
                refunded_fiat_e7=random_units(rng) if refunded else 0,
                subtotal_e7=rng.choice([0, random_units(rng)]),
                discount_e7=rng.choice([0, 0, random_units(rng)]),
                tax_e7=rng.choice([0, random_units(rng)]),
                tip_e7=rng.choice([0, 0, random_units(rng)]),
            )
        )
    return sales


def add_payments(rng: random.Random, sales: list[SessionRow]) -> list[PaymentRow]:
    """One payment for most paid sales, two or three for a few; the session's
    ``last_tx_hash`` is its newest."""
    payments: list[PaymentRow] = []
    for sale in sales:
        if sale.paid_at is None:
            continue
        for _ in range(rng.choice([1, 1, 1, 1, 2, 3])):
            tx = f"{rng.getrandbits(256):064x}"
            payments.append(
                PaymentRow(
                    operation_id=str(len(payments) + 1),
                    paging_token=str(len(payments) + 1),
                    tx_hash=tx,
                    type="payment",
                    session_id=sale.id,
                    status="credited",
                    from_account="G" + "B" * 55,
                    to_account="G" + "A" * 55,
                    amount_stroops=1,
                    asset_code="USDC",
                    asset_issuer="G" + "C" * 55,
                    ledger_time=sale.paid_at,
                    received_at=sale.paid_at,
                )
            )
            sale.last_tx_hash = tx
    return payments


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (``tmp_path`` holds the SQLite file)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def fill(db: Database) -> Database:
    """``db`` with the random sales and their payments."""
    rng = random.Random(20261129)
    sales = random_sales(rng, SALES)
    payments = add_payments(rng, sales)
    with db.write() as session:
        session.add_all(sales)
        session.flush()
        session.add_all(payments)
    return db


@pytest.fixture
def shop(db: Database) -> Database:
    """The random shop on SQLite and on PostgreSQL."""
    return fill(db)


@pytest.fixture
def sqlite_shop(sqlite_db: Database) -> Database:
    """The random shop on SQLite only (its own formatting and parallel reading)."""
    return fill(sqlite_db)


# ---- the reference ---------------------------------------------------------------------


def amount(units: int, places: int) -> str:
    """Exact decimal text with at least ``places`` digits, all the stored ones."""
    value = (Decimal(abs(units)) / 10**7).normalize()
    exponent = value.as_tuple().exponent
    shown = max(places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return ("-" if units < 0 else "") + f"{value:.{shown}f}"


def safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def reference_rows(db: Database, tz: tzinfo, keep: Callable[[SessionRow], bool]) -> list[list[str]]:
    """The export's rows from the ORM, one by one, oldest first (ties by id)."""
    with db.read() as session:
        hashes: dict[str, list[str]] = {}
        for payment in session.scalars(select(PaymentRow).order_by(PaymentRow.id)):
            hashes.setdefault(str(payment.session_id), []).append(payment.tx_hash)
        sales = session.scalars(select(SessionRow).order_by(SessionRow.created_at, SessionRow.id))
        rows = []
        for s in sales:
            if not keep(s):
                continue
            fiat = currency_places(s.fiat_currency)
            several = hashes.get(s.id, [])
            marker = refund_marker(s.usdc_received_stroops, s.refunded_stroops)
            rows.append([
                s.id, utc(s.created_at),
                s.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"), s.status,
                amount(s.fiat_amount_e7, fiat), s.fiat_currency,
                s.rate, safe(s.rate_source), utc(s.rate_time), s.spread_percent,
                amount(s.usdc_due_stroops, 2), amount(s.usdc_received_stroops, 2),
                utc(s.paid_at) if s.paid_at else "",
                " ".join(several) if len(several) > 1 else s.last_tx_hash or "",
                safe(s.cashier), safe(s.terminal), safe(s.note),
                amount(s.refunded_stroops, 2), amount(s.refunded_fiat_e7, fiat),
                marker.value if marker else "", amount(s.subtotal_e7, fiat),
                amount(s.discount_e7, fiat), amount(s.tax_e7, fiat), amount(s.tip_e7, fiat),
            ])  # fmt: skip
    return rows


def reference_csv(
    db: Database, tz: tzinfo, keep: Callable[[SessionRow], bool] = lambda s: True, *, bom: bool
) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(reference_rows(db, tz, keep))
    return (("\ufeff" if bom else "") + out.getvalue()).encode()


# ---- the tests ---------------------------------------------------------------------------


def test_the_reference_reads_what_it_writes(shop: Database) -> None:
    """The data covers what it should (else the comparisons below prove little)."""
    rows = reference_rows(shop, ZoneInfo("Europe/Berlin"), lambda s: True)
    cells = [cell for row in rows for cell in row]
    assert len(rows) == SALES
    assert any(r[1] == q[1] for r, q in pairwise(rows))  # ties
    assert any(" " in r[13] for r in rows)  # several payments
    assert any(c.startswith("-") and c[1:2].isdigit() for c in cells)
    assert any(r[5] == "JPY" and "." not in r[4] for r in rows)
    assert {"refunded", "partially_refunded"} <= {r[19] for r in rows}
    assert any("\n" in c for c in cells) and any('"' in c for c in cells)


@pytest.mark.parametrize("zone", ZONES)
def test_every_path_writes_the_reference(shop: Database, out: Path, zone: str) -> None:
    """Whole history: SQLite's fast path in one part and in several, and the Python path
    (the only one on PostgreSQL), byte for byte."""
    tz = ZoneInfo(zone)
    want = reference_csv(shop, tz, bom=zone == "UTC")
    for readers in (1, 2, 3, None):
        for python in (False, True):
            target = out / f"sales-{readers}-{python}.csv"
            rows = export_history_csv(
                shop, target, HistoryFilter(), OWNER, tz=tz, bom=zone == "UTC",
                readers=readers, python_formatting=python,
            )  # fmt: skip
            assert rows == SALES
            assert target.read_bytes() == want, (readers, python)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"sales-{r}-{p}.csv" for r in (1, 2, 3, None) for p in (False, True)
    )


def test_filtered_exports_hold_exactly_the_filtered_rows(shop: Database, out: Path) -> None:
    tz = ZoneInfo("Europe/Berlin")
    with shop.read() as session:
        moments = list(
            session.scalars(select(SessionRow.created_at).order_by(SessionRow.created_at))
        )
    lo, hi = moments[SALES // 5], moments[SALES * 3 // 4]  # a few of them shared by ties
    cases: list[tuple[HistoryFilter, Callable[[SessionRow], bool]]] = [
        (HistoryFilter(start=lo, end=hi), lambda s: lo <= s.created_at < hi),
        (HistoryFilter(start=lo), lambda s: lo <= s.created_at),
        (HistoryFilter(end=hi), lambda s: s.created_at < hi),
        (
            HistoryFilter(statuses=frozenset({"paid", "cancelled"})),
            lambda s: s.status in ("paid", "cancelled"),
        ),
        (
            HistoryFilter(cashier="zoë", start=lo),
            lambda s: s.cashier == "zoë" and lo <= s.created_at,
        ),
        (
            HistoryFilter(statuses=frozenset({"expired"}), end=hi),
            lambda s: s.status == "expired" and s.created_at < hi,
        ),
    ]
    for n, (filt, keep) in enumerate(cases):
        want = reference_csv(shop, tz, keep, bom=False)
        for readers in (1, 3):
            for python in (False, True):
                target = out / f"f{n}.csv"
                export_history_csv(
                    shop, target, filt, OWNER, tz=tz, readers=readers, python_formatting=python
                )
                assert target.read_bytes() == want, (filt, readers, python)


def test_text_searches_agree_on_every_path(shop: Database, out: Path) -> None:
    tz = ZoneInfo("Asia/Kolkata")
    with shop.read() as session:
        some_id = session.scalars(select(SessionRow.id).limit(1)).one()
    for search in ("samosa", "pizza", some_id[:12], '"'):
        got = []
        for readers, python in ((1, True), (1, False), (3, False), (None, False)):
            target = out / "t.csv"
            export_history_csv(
                shop, target, HistoryFilter(text=search), OWNER, tz=tz, readers=readers,
                python_formatting=python,
            )  # fmt: skip
            got.append(target.read_bytes())
        assert got.count(got[0]) == len(got), search
        assert got[0].count(b"\r\n") > 1, search  # the header and at least one sale


@pytest.mark.parametrize("batch", [1, 2, 7, 100])
def test_blocks_of_any_size_join_to_the_reference(sqlite_shop: Database, batch: int) -> None:
    """SQLite's blocks cut the time range every ``batch`` sessions; sales created in the
    same microsecond stay together even when there are more of them than ``batch``."""
    with sqlite_shop.write() as session:  # a run of same-instant sales longer than any small block
        first = session.scalars(select(func.min(SessionRow.created_at))).one()
        session.execute(
            update(SessionRow)
            .where(SessionRow.created_at < first + timedelta(days=3))
            .values(created_at=first)
        )
    tz = ZoneInfo("America/St_Johns")
    segments = offset_segments(first, datetime(2027, 1, 1, tzinfo=UTC), tz)
    places = {"JPY": 0, "BHD": 3}
    with sqlite_shop.read() as session:
        blocks = list(export_lines.csv_blocks(session, HistoryFilter(), segments, places, batch))
    want = reference_csv(sqlite_shop, tz, bom=False).split(b"\r\n", 1)[1]
    assert b"".join(data for data, _ in blocks) == want
    assert sum(rows for _, rows in blocks) == SALES
    assert len(blocks) >= SALES // max(batch, 10) // 2


def test_many_sales_paid_in_several_payments(
    sqlite_shop: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``SEVERAL_LISTED`` such sales every row looks at its payments instead of the
    list: the same bytes."""
    monkeypatch.setattr(export_lines, "SEVERAL_LISTED", 3)
    tz = ZoneInfo("Asia/Kolkata")
    export_history_csv(sqlite_shop, out / "sales.csv", HistoryFilter(), OWNER, tz=tz, readers=2)
    assert (out / "sales.csv").read_bytes() == reference_csv(sqlite_shop, tz, bom=False)


def test_shortcuts_give_the_same_bytes_as_testing_every_row(
    sqlite_shop: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cashier and terminal names listed beforehand, the usual rates and rate sources
    compared first: with neither (too many names, no usual value) the same bytes."""
    tz = ZoneInfo("Europe/Berlin")
    want = reference_csv(sqlite_shop, tz, bom=False)
    with sqlite_shop.read() as session:
        setup = export_lines.line_setup(session, {})
    assert setup.cashiers == {
        "=boss": "'=boss",
        "sam, jr": '"sam, jr"',
        '"q"': '"""q"""',
        "-dash": "'-dash",
    }
    assert setup.usual["rate_source"]["median(coingecko,kraken)"] == '"median(coingecko,kraken)"'
    monkeypatch.setattr(export_lines, "DISTINCT_NAMES", 2)
    monkeypatch.setattr(export_lines, "USUAL_SAMPLE", 0)
    with sqlite_shop.read() as session:
        setup = export_lines.line_setup(session, {})
    assert setup.cashiers is None and setup.terminals is None
    assert not any(setup.usual.values())
    export_history_csv(sqlite_shop, out / "sales.csv", HistoryFilter(), OWNER, tz=tz)
    assert (out / "sales.csv").read_bytes() == want


def test_parts_cut_the_range_at_sales_inside_it(sqlite_shop: Database) -> None:
    with sqlite_shop.read() as session:
        filt = HistoryFilter(start=START + timedelta(days=30), end=START + timedelta(days=300))
        cuts = export_lines.split_times(session, filt, 4, 1)
        assert export_lines.split_times(session, filt, 4, 10_000) == []
    assert len(cuts) == 3 and cuts == sorted(set(cuts))
    assert all(filt.start < c < filt.end for c in cuts)  # type: ignore[operator]
    segments = offset_segments(filt.start, filt.end, ZoneInfo("Europe/Berlin"))  # type: ignore[arg-type]
    parts = cut_segments(segments, cuts)
    assert len(parts) == 4
    flat = [s for part in parts for s in part]
    assert flat[0][0] == filt.start and flat[-1][1] == filt.end
    assert all(a[1] == b[0] for a, b in pairwise(flat))  # no gap, no overlap


def export_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("posapp-export")]


@pytest.mark.parametrize("readers", [1, 2, 3])
def test_cancel_mid_way_leaves_nothing_behind(
    big_db: Database, tmp_path: Path, readers: int
) -> None:
    """Cancelled at the third progress report (15,000 of 50,000 rows, the parts all
    reading): no file, no temporary file, no reader left running."""
    target = tmp_path / "sales.csv"
    calls: list[int] = []

    def progress(rows: int) -> bool:
        calls.append(rows)
        return len(calls) < 3

    with pytest.raises(ExportCancelled):
        export_history_csv(
            big_db, target, HistoryFilter(), OWNER, progress=progress, readers=readers
        )
    assert calls == [5000, 10000, 15000]
    assert list(tmp_path.iterdir()) == []
    assert export_threads() == []


def test_cancel_at_the_last_report_writes_nothing(shop: Database, out: Path) -> None:
    target = out / "sales.csv"
    seen: list[int] = []

    def progress(rows: int) -> bool:
        seen.append(rows)
        return False

    with pytest.raises(ExportCancelled):
        export_history_csv(shop, target, HistoryFilter(), OWNER, readers=2, progress=progress)
    assert seen == [SALES]
    assert list(out.iterdir()) == []
    assert export_threads() == []


def test_a_failing_reader_fails_the_export_and_leaves_nothing(
    sqlite_shop: Database, out: Path
) -> None:
    """A database error in the parts (a column gone from under them) reaches the caller;
    the other parts stop and nothing is left behind."""
    with sqlite_shop.write() as session:
        session.execute(text("ALTER TABLE sessions RENAME COLUMN tip_e7 TO tip_gone"))
    with pytest.raises(OperationalError, match="tip_e7"):
        export_history_csv(sqlite_shop, out / "sales.csv", HistoryFilter(), OWNER, readers=3)
    assert list(out.iterdir()) == []
    assert export_threads() == []
