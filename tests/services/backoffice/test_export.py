"""CSV export of the history: contents checked against the database, spreadsheet safety,
atomic writes and cancel."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench import history_data
from posapp.core.errors import InvalidInput, PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.backoffice.export import (
    COLUMNS,
    ExportCancelled,
    export_history_csv,
    export_sessions_csv,
    fiat_text,
    parse_date_range,
    stroops_text,
)
from posapp.services.backoffice.history import DatePreset, HistoryFilter, HistoryService
from posapp.storage.engine import Database

IST = ZoneInfo("Asia/Kolkata")
OWNER = Actor("owner", Role.OWNER)
ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
LOCAL = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


@pytest.fixture(scope="module")
def month(big_db: Database) -> HistoryFilter:
    end = history_data.END
    start, stop = HistoryService(big_db, clock=lambda: end, tz=IST).preset(DatePreset.LAST_30_DAYS)
    return HistoryFilter(start=start, end=stop)


@pytest.fixture(scope="module")
def exported(big_db: Database, month: HistoryFilter, tmp_path_factory) -> tuple[Path, int]:
    target = tmp_path_factory.mktemp("csv") / "sales.csv"
    rows = export_history_csv(big_db, target, month, OWNER, tz=IST, bom=True)
    return target, rows


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_file_starts_with_bom_and_header(exported) -> None:
    path, _rows = exported
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(COLUMNS)


def test_every_session_of_the_filter_is_exported_oldest_first(exported, big_sql, month) -> None:
    path, rows = exported
    records = read(path)
    want = [
        r[0]
        for r in big_sql.execute(
            "SELECT id FROM sessions WHERE created_at >= ? AND created_at < ?"
            " ORDER BY created_at, id",
            (history_data.sql_time(month.start), history_data.sql_time(month.end)),
        )
    ]
    assert rows == len(records) == len(want) > 3000
    assert [r["session_id"] for r in records] == want


def test_amounts_are_exact_and_add_up_to_the_database(exported, big_sql, month) -> None:
    records = read(exported[0])
    sales: dict[str, Decimal] = {}
    received = Decimal(0)
    for r in records:
        received += Decimal(r["usdc_received"])
        if r["status"] in ("paid", "paid_late"):
            sales[r["fiat_currency"]] = sales.get(r["fiat_currency"], 0) + Decimal(r["fiat_amount"])
    args = (history_data.sql_time(month.start), history_data.sql_time(month.end))
    want_sales = {
        code: Decimal(units) / 10_000_000
        for code, units in big_sql.execute(
            "SELECT fiat_currency, sum(fiat_amount_e7) FROM sessions WHERE created_at >= ? AND"
            " created_at < ? AND status IN ('paid', 'paid_late') GROUP BY 1",
            args,
        )
    }
    (want_received,) = big_sql.execute(
        "SELECT sum(usdc_received_stroops) FROM sessions WHERE created_at >= ? AND created_at < ?",
        args,
    ).fetchone()
    assert sales == want_sales
    assert received == Decimal(want_received) / 10_000_000
    assert all(re.fullmatch(r"\d+\.\d{2,7}", r["usdc_due"]) for r in records)
    assert all(re.fullmatch(r"\d+\.\d\d", r["fiat_amount"]) for r in records)


def test_dates_are_iso_and_local_time_follows_the_zone(exported) -> None:
    records = read(exported[0])
    for r in records[:500]:
        assert ISO_UTC.fullmatch(r["created_at"])
        assert ISO_UTC.fullmatch(r["rate_time"])
        assert LOCAL.fullmatch(r["created_local"])
        utc = datetime.strptime(r["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert utc.astimezone(IST).strftime("%Y-%m-%d %H:%M:%S") == r["created_local"]
        if r["status"] in ("paid", "paid_late"):
            assert ISO_UTC.fullmatch(r["paid_at"])


def test_tx_hashes_come_from_the_payments(exported, big_sql) -> None:
    records = {r["session_id"]: r for r in read(exported[0])}
    checked = 0
    for sid, tx in big_sql.execute(
        f"SELECT session_id, tx_hash FROM payments WHERE session_id IN ({','.join('?' * 300)})",
        list(records)[:300],
    ):
        assert records[sid]["tx_hashes"] == tx
        checked += 1
    assert checked > 100
    assert all(r["tx_hashes"] == "" for r in records.values() if r["usdc_received"] == "0.00")


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Europe/Berlin", "America/St_Johns"])
def test_sqlite_formatting_equals_python_formatting(big_db, tmp_path, zone) -> None:
    """The fast path (cells formatted by SQLite) writes the very bytes of the portable
    Python path, across daylight-saving changes and half-hour zones."""
    tz = ZoneInfo(zone)
    filt = HistoryFilter(start=datetime(2026, 1, 1, tzinfo=UTC))
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    n = export_history_csv(big_db, fast, filt, OWNER, tz=tz)
    m = export_history_csv(big_db, slow, filt, OWNER, tz=tz, python_formatting=True)
    assert n == m > 40_000
    assert fast.read_bytes() == slow.read_bytes()


def test_sales_paid_in_several_payments_list_every_hash(shop, tmp_path) -> None:
    from posapp.core.records import PaymentRecord
    from posapp.services.detection.applier import PaymentApplier
    from posapp.stellar.horizon_reader import ReceivedRecord
    from posapp.stellar.networks import TESTNET

    sale = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    other = shop.sessions.create("841", CLI_ACTOR)
    applier = PaymentApplier(shop.db, shop.config, shop.clock)
    for n, (sid, amount) in enumerate([(sale.id, "4"), (sale.id, "6"), (other.id, "10")]):
        token = str(9000 + n)
        record = PaymentRecord(
            operation_id=token, paging_token=token, transaction_hash=f"{n:064x}",
            transaction_successful=True, type="payment", source_account="G" + "B" * 55,
            destination=shop.config.merchant_account, asset_type="credit_alphanum4",
            asset_code="USDC", asset_issuer=TESTNET.usdc_issuer, amount=Decimal(amount),
            created_at=shop.clock(), memo_type="text", memo=sid,
        )  # fmt: skip
        applier.apply([ReceivedRecord(token, (record,))])
    for python in (False, True):
        target = tmp_path / f"several-{python}.csv"
        export_history_csv(shop.db, target, HistoryFilter(), OWNER, python_formatting=python)
        rows = {r["session_id"]: r for r in read(target)}
        assert rows[sale.id]["tx_hashes"] == f"{0:064x} {1:064x}"
        assert rows[other.id]["tx_hashes"] == f"{2:064x}"
        assert rows[sale.id]["usdc_received"] == "10.00"


def test_offset_segments_split_at_daylight_saving() -> None:
    from posapp.services.backoffice.export import offset_segments

    berlin = offset_segments(
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
        ZoneInfo("Europe/Berlin"),
    )
    assert [(b and b.isoformat(), o) for _a, b, o in berlin] == [
        ("2026-03-29T01:00:00+00:00", 60),
        ("2026-10-25T01:00:00+00:00", 120),
        ("2027-01-01T00:00:00+00:00", 60),
    ]
    india = offset_segments(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC), IST)
    assert [o for _a, _b, o in india] == [330]


def test_text_cells_cannot_run_as_formulas(exported) -> None:
    records = read(exported[0])
    notes = {r["note"] for r in records}
    assert "'=SUM(A1:A9)" in notes and "=SUM(A1:A9)" not in notes
    assert "'+1 extra shot" in notes and "'-discount" in notes and "'@vip" in notes
    assert "gift card\nline two" in notes  # quoted by the CSV writer, kept intact
    assert 'said "thanks"' in notes and "नमस्ते" in notes
    for r in records:
        for key in ("note", "cashier", "terminal", "rate_source"):
            assert not r[key].startswith(("=", "+", "-", "@")), r[key]


def test_cancel_leaves_nothing_behind(big_db, month, tmp_path) -> None:
    target = tmp_path / "cancelled.csv"
    calls: list[int] = []

    def progress(rows: int) -> bool:
        calls.append(rows)
        return False

    with pytest.raises(ExportCancelled):
        export_history_csv(big_db, target, HistoryFilter(), OWNER, progress=progress)
    assert calls == [5000]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportCancelled):
        export_history_csv(
            big_db, target, HistoryFilter(), OWNER, progress=progress, python_formatting=True
        )
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_and_final_count(big_db, month, tmp_path) -> None:
    seen: list[int] = []
    rows = export_history_csv(
        big_db, tmp_path / "p.csv", month, OWNER, tz=IST, progress=lambda n: seen.append(n) is None
    )
    assert seen[-1] == rows and seen[:-1] == list(range(5000, rows, 5000))
    assert not (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_filters_and_search_apply_to_the_export(big_db, big_sql, tmp_path) -> None:
    target = tmp_path / "cancelled-samosa.csv"
    filt = HistoryFilter(statuses=frozenset({"cancelled"}), text="samosa")
    rows = export_history_csv(big_db, target, filt, OWNER)
    (want,) = big_sql.execute(
        "SELECT count(*) FROM sessions WHERE status = 'cancelled' AND note LIKE '%samosa%'"
    ).fetchone()
    assert rows == want == len(read(target))


def test_only_owners_export(big_db, tmp_path) -> None:
    with pytest.raises(PermissionDenied):
        export_history_csv(big_db, tmp_path / "x.csv", HistoryFilter(), Actor("c", Role.CASHIER))
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(big_db, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        export_history_csv(big_db, tmp_path / "nope" / "x.csv", HistoryFilter(), CLI_ACTOR)


def test_command_line_export_keeps_working(big_db, big_sql, tmp_path) -> None:
    start, end = parse_date_range("2026-11-01", "2026-11-02")
    target = tmp_path / "cli.csv"
    rows = export_sessions_csv(big_db, target, start=start, end=end, bom=False)
    (want,) = big_sql.execute(
        "SELECT count(*) FROM sessions WHERE created_at >= '2026-11-01' AND"
        " created_at < '2026-11-03'"
    ).fetchone()
    assert rows == want == len(read(target))
    with pytest.raises(InvalidInput):
        parse_date_range("2026-11-02", "2026-11-01")
    with pytest.raises(InvalidInput):
        parse_date_range("yesterday", None)


def test_number_formatting_is_exact() -> None:
    assert stroops_text(237_700_000) == "23.77"
    assert stroops_text(1) == "0.0000001"
    assert stroops_text(0) == "0.00"
    assert fiat_text(19_990_000_000, "INR") == "1999.00"
    assert fiat_text(5_000_000_000, "JPY") == "500"
    assert fiat_text(12_350_000, "BHD") == "1.235"  # three minor digits
    assert fiat_text(10_000_000, "BHD") == "1.000"
    assert fiat_text(12_345_678, "USD") == "1.2345678"  # never rounded away


def test_csv_round_trips_through_a_reader(exported) -> None:
    text = exported[0].read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert all(len(r) == len(COLUMNS) for r in rows)
