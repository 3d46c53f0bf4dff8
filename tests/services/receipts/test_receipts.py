"""Receipts without Qt or a printer: store-wide numbers on a real database (SQLite and
PostgreSQL), what a receipt says for paid, late, partial and overpaid sales and refunds, and
the layout never running past the paper."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posapp.core.cart import CartLine, Discount, Tip
from posapp.core.errors import InvalidTransition, PermissionDenied
from posapp.core.roles import Actor, Role
from posapp.core.session import SessionStatus
from posapp.services.receipts.charset import ASCII
from posapp.services.receipts.escpos_output import EscposCharset
from posapp.services.receipts.layout import (
    QrBlock,
    TextLine,
    as_text,
    fiat_text,
    lay_out,
)
from posapp.services.receipts.model import TEST_NETWORK_WARNING
from posapp.services.receipts.service import ReceiptService
from posapp.storage.engine import Database
from tests.support.receipts import CASHIER, LEDGER, make_shop

OWNER = Actor("meera", Role.OWNER)


@pytest.fixture
def shop(database_url: str):
    shop = make_shop(database_url)
    yield shop
    shop.db.dispose()


def service(shop, **kwargs) -> ReceiptService:
    return ReceiptService(shop.db, shop.config, shop.clock, locale="en_IN", **kwargs)


def test_a_paid_sale_s_receipt_holds_every_fact(shop) -> None:
    sale = shop.paid_sale("1250")
    receipt = service(shop).issue(sale.id)
    text = as_text(lay_out(receipt, 48))
    for fact in (
        "Café Zoë", "12 MG Road", "Bengaluru 560001", "Tel. +91 80 1234 5678",
        "GSTIN 29ABCDE1234F1Z5", "Receipt no.", "000001", "Zoë", "counter-1",
        "Note: table 4 — José", "TOTAL ₹1,250.00", "14.87 USDC", "1 USDC = ₹84.10",
        "fixed, ", "Stellar testnet", sale.id, str(LEDGER), "PAID", "Merci, à bientôt!",
        receipt.proof.tx_hash[:10],
    ):  # fmt: skip
        assert fact in text, fact
    assert receipt.qr_url == f"https://stellar.expert/explorer/testnet/tx/{shop.tx_hashes[0]}"
    assert lay_out(receipt, 48).qr_data == receipt.qr_url
    assert text.splitlines()[1].strip() == TEST_NETWORK_WARNING
    assert "COPY" not in text


def test_numbers_are_unique_sequential_and_kept_per_sale(shop) -> None:
    receipts = service(shop)
    first, second = shop.paid_sale("100"), shop.paid_sale("200")
    a = receipts.issue(first.id)
    b = receipts.issue(second.id)
    assert (a.number, b.number) == (1, 2)
    again = receipts.issue(first.id)
    assert again.number == 1 and not again.copy
    printed = receipts.record_printed(again)
    assert printed.copy
    assert receipts.issue(first.id).copy  # printed once: the next one is a copy
    assert receipts.reprint(second.id, OWNER).copy
    with pytest.raises(PermissionDenied):
        receipts.reprint(second.id, Actor("asha", Role.CASHIER))


def test_counters_on_one_database_never_share_a_number(shop, database_url: str) -> None:
    """Four counters (each its own engine, as separate machines would have) issue receipts
    for 40 sales at once: 40 different numbers, 1 to 40."""
    sales = [shop.paid_sale(str(100 + i)) for i in range(40)]
    counters = [Database(database_url) for _ in range(4)]
    numbers: list[int] = []
    lock = threading.Lock()

    def work(db: Database, chunk: list) -> None:
        receipts = ReceiptService(db, shop.config, shop.clock, locale="en_IN")
        for sale in chunk:
            number = receipts.issue(sale.id).number
            with lock:
                numbers.append(number)

    threads = [
        threading.Thread(target=work, args=(db, sales[i::4])) for i, db in enumerate(counters)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for db in counters:
        db.dispose()
    assert sorted(numbers) == list(range(1, 41))


def test_no_receipt_for_a_sale_nothing_was_paid_for(shop) -> None:
    sale = shop.sale("500")
    with pytest.raises(InvalidTransition, match="nothing was received"):
        service(shop).issue(sale.id)


def test_partial_overpaid_and_late_wording(shop) -> None:
    receipts = service(shop)
    partial = shop.sale("841")  # 10.00 USDC
    shop.pay(partial, Decimal("4"))
    text = as_text(lay_out(receipts.issue(partial.id), 48))
    assert "PARTIALLY PAID" in text and "6.00 USDC still due." in text
    over = shop.sale("841")
    shop.pay(over, Decimal("12.5"))
    text = as_text(lay_out(receipts.issue(over.id), 48))
    assert "PAID" in text and "Overpaid by 2.50 USDC (refundable)." in text
    late = shop.sale("841")
    shop.clock.now += timedelta(minutes=30)
    shop.pay(late, Decimal("10"))
    assert shop.sessions.get(late.id).status is SessionStatus.PAID_LATE
    text = as_text(lay_out(receipts.issue(late.id), 48))
    assert "PAID LATE" in text and "after the payment window" in text


def test_refund_lines_and_a_refund_receipt_of_its_own(shop) -> None:
    from posapp.services.receipts.model import RefundLine

    receipts = service(shop)
    sale = shop.paid_sale("1250")
    refund_tx = "ab" * 32
    refunds = [RefundLine(Decimal("5"), shop.clock(), refund_tx, "broken cup")]
    text = as_text(lay_out(receipts.issue(sale.id, refunds=refunds), 48))
    assert "Refunds" in text and "-5.00 USDC" in text
    refund = receipts.refund_receipt(
        sale.id, "rf_1", amount=Decimal("5"), at=shop.clock(), tx_hash=refund_tx,
        reason="broken cup",
    )  # fmt: skip
    layout = lay_out(refund, 32)
    text = as_text(layout)
    assert refund.number == 2 and "For sale receipt no.      000001" in text
    assert "REFUND RECEIPT" in text and "REFUND 5.00 USDC" in text
    assert "Reason: broken cup" in text
    assert layout.qr_data == f"https://stellar.expert/explorer/testnet/tx/{refund_tx}"
    assert receipts.refund_receipt(
        sale.id, "rf_1", amount=Decimal("5"), at=shop.clock()
    ).number == 2  # fmt: skip


def test_the_public_network_prints_no_warning_and_its_own_explorer(tmp_path: Path) -> None:
    shop = make_shop(f"sqlite:///{tmp_path / 'p.db'}", network="public")
    try:
        sale = shop.paid_sale("99")
        receipt = service(shop).issue(sale.id)
        text = as_text(lay_out(receipt, 32))
        assert "TEST NETWORK" not in text and "Stellar public network" in text
        assert receipt.qr_url.startswith("https://stellar.expert/explorer/public/tx/")
    finally:
        shop.db.dispose()


def test_a_thermal_printer_gets_the_iso_code_for_rupees_but_keeps_accents() -> None:
    printer = EscposCharset()
    assert fiat_text(Decimal("1250"), "INR", "en_IN", printer) == "INR 1,250.00"
    assert fiat_text(Decimal("1250"), "EUR", "de_DE", printer) == "1.250,00 €"  # CP858/1252
    assert fiat_text(Decimal("1250"), "INR", "de_DE", printer) == "INR 1.250,00"
    assert printer.fit("Zoë — José") == "Zoë — José"
    assert printer.fit("₹ 5 for Ω≈") != "? 5 for ??"
    assert ASCII.fit("Zoë — José ₹") == "Zoe - Jose Rs"
    assert "?" not in printer.fit("Łódź Straße")


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=names.filter(lambda s: s.strip() and len(s) <= 80 and s.isprintable()),
    note=names.filter(lambda s: s.isprintable()),
    amount=st.decimals(min_value=1, max_value=99_999_999, places=2),
)
def test_no_line_is_ever_wider_than_the_paper(shop, name: str, note: str, amount) -> None:
    from dataclasses import replace

    sale = shop.paid_sale("10")
    receipt = service(shop).issue(sale.id)
    receipt = replace(
        receipt, shop=replace(receipt.shop, name=name), note=note.strip(), fiat_amount=amount
    )
    for columns in (32, 48):
        for charset in (EscposCharset(), ASCII):
            layout = lay_out(receipt, columns, charset)
            for block in layout.blocks:
                if isinstance(block, TextLine):
                    limit = columns // 2 if block.big else columns
                    assert len(block.text) <= limit, (columns, block)
            assert all(len(line) <= columns for line in as_text(layout).splitlines())
            assert any(isinstance(b, QrBlock) for b in layout.blocks)


def test_a_sale_of_items_lists_its_lines_tax_discount_and_tip(shop) -> None:
    chai = CartLine("Masala chai", Decimal("20.00"), 2, Decimal(5), "CHAI", "Drinks")
    sale = shop.sessions.create_cart(
        [chai, CartLine("Samosa", Decimal("15.00"), 1, Decimal(12), "SAM", "Food")],
        CASHIER,
        cart_discount=Discount(percent=Decimal(10)),
        tip=Tip(amount=Decimal("5.00")),
    )
    shop.pay(sale)
    lines = as_text(lay_out(service(shop).issue(sale.id), 48)).splitlines()
    for expected in (
        "2 x Masala chai                           ₹40.00",
        "  discount                                -₹4.00",
        "1 x Samosa                                ₹15.00",
        "Subtotal                                  ₹55.00",
        "Discount                                  -₹5.50",
        "incl. tax                                  ₹3.16",
        "Tip                                        ₹5.00",
    ):
        assert expected in lines, expected
    assert any("TOTAL ₹54.50" in line for line in lines)
