"""A cart's arithmetic against hand-computed receipts, and the parts always summing to the
total (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posapp.core.cart import (
    CartLine,
    Discount,
    TaxMode,
    Tip,
    price_cart,
    sold_items,
)
from posapp.core.errors import InvalidInput

D = Decimal
CHAI = CartLine("Chai", D("20.00"), 2, D(5), "CHAI", "Drinks")
SAMOSA = CartLine("Samosa", D("15.00"), 1, D(12), "SAM", "Food")


def test_inclusive_tax_is_the_part_of_the_price_that_is_tax() -> None:
    cart = price_cart([CHAI, SAMOSA], places=2)
    assert [p.gross for p in cart.lines] == [D("40.00"), D("15.00")]
    # 40 − 40/1.05 = 1.90 (38.0952… → 38.10); 15 − 15/1.12 = 1.61 (13.3928… → 13.39)
    assert [p.tax for p in cart.lines] == [D("1.90"), D("1.61")]
    assert (cart.subtotal, cart.discount, cart.tax, cart.tip, cart.total) == (
        D("55.00"), D("0"), D("3.51"), D("0"), D("55.00"),
    )  # fmt: skip


def test_exclusive_tax_and_a_percentage_tip_are_added() -> None:
    soda = CartLine("Soda", D("1.99"), 3, D("8.875"))
    cart = price_cart([soda], places=2, tax_mode=TaxMode.EXCLUSIVE, tip=Tip(percent=D(15)))
    # 5.97 × 8.875 % = 0.5298… → 0.53; (5.97 + 0.53) × 15 % = 0.975 → 0.98
    assert (cart.subtotal, cart.tax, cart.tip, cart.total) == (
        D("5.97"), D("0.53"), D("0.98"), D("7.48"),
    )  # fmt: skip


def test_a_cart_discount_is_shared_by_the_lines_before_tax() -> None:
    cart = price_cart([CHAI, SAMOSA], places=2, cart_discount=Discount(percent=D(10)))
    assert [p.cart_discount for p in cart.lines] == [D("4.00"), D("1.50")]
    assert [p.net for p in cart.lines] == [D("36.00"), D("13.50")]
    # 36 − 36/1.05 = 1.71 (34.2857… → 34.29); 13.50 − 13.50/1.12 = 1.45 (12.0535… → 12.05)
    assert [p.tax for p in cart.lines] == [D("1.71"), D("1.45")]
    assert (cart.discount, cart.total) == (D("5.50"), D("49.50"))


def test_shares_of_a_cart_discount_add_up_exactly() -> None:
    lines = [CartLine(f"Item {i}", D("1.00")) for i in range(3)]
    cart = price_cart(lines, places=2, cart_discount=Discount(amount=D("0.10")))
    assert [p.cart_discount for p in cart.lines] == [D("0.04"), D("0.03"), D("0.03")]
    assert cart.total == D("2.90")


def test_a_line_discount_never_goes_below_zero() -> None:
    line = CartLine("Pen", D("3.00"), discount=Discount(amount=D("5.00")))
    cart = price_cart([line, CartLine("Book", D("10.00"))], places=2)
    assert cart.lines[0].net == 0 and cart.discount == D("3.00") and cart.total == D("10.00")


def test_a_currency_without_decimals() -> None:
    tea = CartLine("Tea", D(333), 3, D(10))
    cart = price_cart(
        [tea], places=0, tax_mode=TaxMode.EXCLUSIVE, cart_discount=Discount(percent=D(10))
    )
    # 999 − 99.9 → 100 = 899; tax 89.9 → 90
    assert (cart.discount, cart.tax, cart.total) == (D(100), D(90), D(989))


def test_sold_items_keep_what_a_receipt_needs() -> None:
    (chai, _) = sold_items(price_cart([CHAI, SAMOSA], places=2))
    assert (chai.sku, chai.quantity, chai.unit_price, chai.net, chai.tax) == (
        "CHAI", 2, D("20.00"), D("40.00"), D("1.90"),
    )  # fmt: skip
    assert type(chai).from_json(chai.to_json()) == chai


@pytest.mark.parametrize(
    "make",
    [
        lambda: price_cart([], places=2),
        lambda: CartLine("x", D(1), 0),
        lambda: CartLine("x", D(1), 10_000),
        lambda: CartLine("x", D(-1)),
        lambda: CartLine("x", D(1), tax_rate=D(101)),
        lambda: Discount(percent=D(120)),
        lambda: Discount(),
        lambda: Tip(amount=D(-1)),
    ],
)
def test_bad_carts_are_refused(make) -> None:
    with pytest.raises(InvalidInput):
        make()


cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: D(c).scaleb(-2))
rates = st.integers(min_value=0, max_value=3000).map(lambda r: D(r).scaleb(-2))
percents = st.integers(min_value=0, max_value=100).map(D)
discounts = st.one_of(
    st.none(), percents.map(lambda p: Discount(percent=p)), cents.map(lambda a: Discount(amount=a))
)
lines = st.builds(
    CartLine,
    name=st.just("item"),
    unit_price=cents,
    quantity=st.integers(min_value=1, max_value=50),
    tax_rate=rates,
    discount=discounts,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(lines, min_size=1, max_size=12),
    discounts,
    st.one_of(
        st.none(), percents.map(lambda p: Tip(percent=p)), cents.map(lambda a: Tip(amount=a))
    ),
    st.sampled_from(TaxMode),
)
def test_the_parts_always_sum_to_the_total(items, cart_discount, tip, mode) -> None:
    cart = price_cart(items, places=2, tax_mode=mode, cart_discount=cart_discount, tip=tip)
    added_tax = cart.tax if mode is TaxMode.EXCLUSIVE else 0
    assert cart.total == cart.subtotal - cart.discount + added_tax + cart.tip
    assert cart.discount == sum(p.line_discount + p.cart_discount for p in cart.lines)
    assert cart.subtotal == sum(p.gross for p in cart.lines)
    assert all(p.net >= 0 and p.tax >= 0 for p in cart.lines)
    if mode is TaxMode.INCLUSIVE:
        assert all(p.tax <= p.net for p in cart.lines)
    every = [cart.total, cart.tax, cart.tip, cart.discount]
    every += [x for p in cart.lines for x in (p.net, p.tax, p.cart_discount)]
    assert all(x == x.quantize(D("0.01")) for x in every)
