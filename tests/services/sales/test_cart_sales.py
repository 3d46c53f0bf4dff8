"""Sales rung up from items on a real database: the catalog (CSV in and out, all or nothing),
a cart's lines, tax, discount and tip stored with the sale, the discount limit, and the
webhook payload carrying the lines (verified with standardwebhooks)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posapp.core.cart import CartLine, Discount, Tip
from posapp.core.catalog import CatalogImportError
from posapp.core.errors import PermissionDenied
from posapp.core.roles import CLI_ACTOR, Actor, Approval, Permission, Role
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.catalog import CatalogService
from posapp.storage.models import CatalogItemRow, SaleLineRow
from posapp.webhooks.delivery import WebhookDeliverer
from posapp.webhooks.signing import generate_secret
from tests.support.records import record
from tests.support.webhook_receiver import Receiver

D = Decimal
CASHIER = Actor("ravi", Role.CASHIER)
GOOD_CSV = """sku,name,price,category,tax_rate,barcode,enabled
CHAI,Masala chai,20.00,Drinks,5,8901234567890,yes
SAM,Samosa,15,Food,12,,
OLD,Old biscuit,5,Food,0,,no
"""


@pytest.fixture
def catalog(shop) -> CatalogService:
    return CatalogService(shop.db, "INR", shop.clock)


def write(tmp_path: Path, text: str, name: str = "items.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def item_count(shop) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(CatalogItemRow)) or 0)


def test_import_lookup_and_export_round_trip(shop, catalog, tmp_path: Path) -> None:
    assert catalog.import_csv(write(tmp_path, GOOD_CSV), CLI_ACTOR) == 3
    assert catalog.by_code("8901234567890").sku == "CHAI"  # a barcode scanner's code
    assert catalog.by_code("SAM").price == D("15.00")
    assert [i.sku for i in catalog.snapshot.search("chai")] == ["CHAI"]
    assert [i.sku for i in catalog.snapshot.search("", category="Food")] == ["SAM"]  # OLD is off
    out = tmp_path / "out.csv"
    assert catalog.export_csv(out) == 3
    again = CatalogService(shop.db, "INR")
    assert again.import_csv(out, CLI_ACTOR, replace=True) == 3
    assert again.all_items() == catalog.all_items()


def test_an_import_with_bad_rows_changes_nothing(shop, catalog, tmp_path: Path) -> None:
    catalog.import_csv(write(tmp_path, GOOD_CSV), CLI_ACTOR)
    before = catalog.all_items()
    bad = (
        "sku,name,price,tax_rate\n"
        "NEW,New thing,10,5\n"
        ",No sku,10,0\n"
        "CHAI,Cheaper chai,-1,5\n"
        "X,Too taxed,1,150\n"
        "NEW,Twice,3,0\n"
    )
    with pytest.raises(CatalogImportError) as refused:
        catalog.import_csv(write(tmp_path, bad), CLI_ACTOR, replace=True)
    assert [p.split(":")[0] for p in refused.value.problems] == [
        "line 3", "line 4", "line 5", "line 6",
    ]  # fmt: skip
    assert catalog.all_items() == before and item_count(shop) == 3
    with pytest.raises(CatalogImportError, match="header lacks price"):
        catalog.import_csv(write(tmp_path, "sku,name\nA,B\n"), CLI_ACTOR)
    with pytest.raises(PermissionDenied):
        catalog.import_csv(write(tmp_path, GOOD_CSV), CASHIER)


def test_a_cart_sale_keeps_its_lines_tax_discount_and_tip(shop) -> None:
    chai = CartLine("Masala chai", D("20.00"), 2, D(5), "CHAI", "Drinks")
    sale = shop.sessions.create_cart(
        [chai, CartLine("Samosa", D("15.00"), 1, D(12), "SAM", "Food")],
        CLI_ACTOR,
        tip=Tip(percent=D(10)),
    )
    assert (sale.subtotal, sale.tax, sale.tip, sale.fiat_amount) == (
        D("55.00"), D("3.51"), D("5.50"), D("60.50"),
    )  # fmt: skip
    assert sale.usdc_due == D("0.72")  # 60.50 / 84.10 = 0.7193… rounded up to the cent
    stored = shop.sessions.get(sale.id)
    assert stored.items == sale.items and stored.tip == D("5.50")
    with shop.db.read() as s:
        lines = s.scalars(select(SaleLineRow).order_by(SaleLineRow.position)).all()
        assert [(r.sku, r.quantity, r.net_e7) for r in lines] == [
            ("CHAI", 2, 400_000_000), ("SAM", 1, 150_000_000),
        ]  # fmt: skip


def test_a_cashiers_discount_above_the_limit_needs_an_owner(shop) -> None:
    line = CartLine("Shirt", D("1000.00"))
    small = shop.sessions.create_cart([line], CASHIER, cart_discount=Discount(percent=D(10)))
    assert small.discount == D("100.00")
    with pytest.raises(PermissionDenied):
        shop.sessions.create_cart([line], CASHIER, cart_discount=Discount(percent=D(25)))
    approved = CASHIER.with_approval(Approval(Permission.DISCOUNT_ABOVE_LIMIT, "meera"))
    big = shop.sessions.create_cart([line], approved, cart_discount=Discount(percent=D(25)))
    assert big.fiat_amount == D("750.00")


def test_the_paid_webhook_carries_the_lines(shop, merchant, receiver: Receiver) -> None:
    sale = shop.sessions.create_cart(
        [CartLine("Masala chai", D("20.00"), 2, D(5), "CHAI", "Drinks")],
        CLI_ACTOR,
        tip=Tip(amount=D("4.00")),
    )
    PaymentApplier(shop.db, shop.config, shop.clock).apply(
        [record(merchant, sale.id, str(sale.usdc_due), shop.clock())]
    )
    secret = generate_secret()
    receiver.secrets = [secret]
    deliverer = WebhookDeliverer(
        shop.db, endpoint_url=lambda: receiver.url, secrets=lambda _now: (secret,)
    )
    try:
        deliverer.deliver_due()
    finally:
        deliverer.close()
    (request,) = receiver.requests
    assert request.verified
    data = json.loads(request.body)["data"]
    assert data["items"] == [
        {
            "name": "Masala chai", "sku": "CHAI", "category": "Drinks", "quantity": 2,
            "unit_price": "20.00", "discount": "0.00", "net": "40.00", "tax": "1.90",
            "tax_rate": "5",
        }
    ]  # fmt: skip
    assert (data["tip"], data["tax"], data["discount"], data["fiat_amount"]) == (
        "4.00", "1.90", "0.00", "44.00",
    )  # fmt: skip
