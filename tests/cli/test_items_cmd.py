"""``posapp items list|import|export`` and ``posapp charge --item SKU[:QTY] --tip N%`` as
real processes on a real data dir."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from stellar_sdk import Keypair

CATALOG = """sku,name,price,category,tax_rate,barcode
CHAI,Masala chai,20.00,Drinks,5,8901234567890
SAM,Samosa,15,Food,12,
"""


def posapp(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    done = posapp(
        tmp_path, "init", "--network", "testnet", "--account", Keypair.random().public_key,
        "--currency", "INR", "--rate", "84.10", "--horizon-url", "http://127.0.0.1:9",
        "--skip-account-check", "--secret-file-store",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_import_list_export_and_charge_items_with_a_tip(shop: Path) -> None:
    source = shop / "items.csv"
    source.write_text(CATALOG, encoding="utf-8")
    done = posapp(shop, "items", "import", str(source))
    assert done.returncode == 0 and "2 items imported" in done.stdout
    listed = json.loads(posapp(shop, "items", "list", "--json").stdout)
    assert [(i["sku"], i["price"]) for i in listed] == [("CHAI", "20.00"), ("SAM", "15.00")]

    charged = posapp(
        shop, "charge", "--item", "CHAI:2", "--item", "8901234567890", "--item", "SAM",
        "--tip", "10%", "--no-wait", "--json",
    )  # fmt: skip
    assert charged.returncode == 0, charged.stderr
    sale = json.loads(charged.stdout)["session"]
    assert [(i["sku"], i["quantity"]) for i in sale["items"]] == [
        ("CHAI", 2), ("CHAI", 1), ("SAM", 1),
    ]  # fmt: skip
    # 75.00 with tax included (1.90 + 0.95 + 1.61), tip 10 % = 7.50
    assert (sale["subtotal"], sale["tax"], sale["tip"], sale["fiat_amount"]) == (
        "75.00", "4.46", "7.50", "82.50",
    )  # fmt: skip

    out = shop / "out.csv"
    assert posapp(shop, "items", "export", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("CHAI,Masala chai,20.00")


def test_a_bad_catalog_is_one_line_and_imports_nothing(shop: Path) -> None:
    bad = shop / "bad.csv"
    bad.write_text("sku,name,price\nA,Apple,1.5\nB,,2\nC,Cake,abc\n", encoding="utf-8")
    done = posapp(shop, "items", "import", str(bad))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "line 3" in done.stderr and "line 4" in done.stderr
    assert json.loads(posapp(shop, "items", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--item", "NOPE"], "no item with SKU or barcode 'NOPE'"),
        (["--item", "CHAI:x"], "quantity after ':' is a whole number"),
        (["--item", "CHAI:0"], "quantity is between 1 and 9999"),
        (["--item", "CHAI", "--tip", "150%"], "too large"),
        ([], "give an amount, or items"),
    ],
)
def test_bad_charges_are_one_line(shop: Path, args: list[str], message: str) -> None:
    source = shop / "items.csv"
    source.write_text(CATALOG, encoding="utf-8")
    posapp(shop, "items", "import", str(source))
    done = posapp(shop, "charge", *args, "--no-wait")
    assert done.returncode == 1 and message in done.stderr and done.stderr.count("\n") == 1
