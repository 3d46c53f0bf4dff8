from decimal import Decimal

import pytest

from posapp.core.errors import InvalidAmount
from posapp.core.money import (
    format_plain,
    from_stroops,
    parse_amount,
    parse_stellar_amount,
    to_stroops,
    usdc_due,
)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "-1", "0", "0.00", "NaN", "Infinity", "1e400", "12.345", "1" * 30, "1,5"],
)
def test_parse_amount_refuses_bad_input(text: str) -> None:
    with pytest.raises(InvalidAmount):
        parse_amount(text, places=2)


@pytest.mark.parametrize("value", [1.5, True, None, [1]])
def test_parse_amount_refuses_floats_and_other_types(value: object) -> None:
    with pytest.raises(InvalidAmount):
        parse_amount(value, places=2)


def test_parse_amount_accepts_plain_and_trailing_zeros() -> None:
    assert parse_amount(" 1999 ", places=2) == Decimal("1999")
    assert parse_amount("12.50", places=2) == Decimal("12.5")
    assert parse_amount("12.500", places=2) == Decimal("12.5")  # trailing zero is not precision
    assert parse_amount(Decimal("7"), places=0) == 7


def test_stroops_round_trip_and_precision_guard() -> None:
    assert to_stroops(Decimal("23.77")) == 237_700_000
    assert from_stroops(1) == Decimal("0.0000001")
    with pytest.raises(InvalidAmount):
        to_stroops(Decimal("0.00000001"))


def test_usdc_due_rounds_up_to_the_cent() -> None:
    # 1999 INR at 84.10 = 23.7693… → 23.77
    assert usdc_due(Decimal("1999"), Decimal("84.10"), Decimal("0")) == Decimal("23.77")
    # spread 1 %: 23.9070… → 23.91
    assert usdc_due(Decimal("1999"), Decimal("84.10"), Decimal("1")) == Decimal("24.01")
    # exact stays exact
    assert usdc_due(Decimal("10"), Decimal("1"), Decimal("0")) == Decimal("10.00")
    # never below a cent
    assert usdc_due(Decimal("0.01"), Decimal("1000"), Decimal("0")) == Decimal("0.01")


@pytest.mark.parametrize(
    ("fiat", "rate", "spread"),
    [("0", "1", "0"), ("1", "0", "0"), ("1", "-2", "0"), ("1", "1", "100"), ("1", "1", "-1")],
)
def test_usdc_due_refuses_nonsense(fiat: str, rate: str, spread: str) -> None:
    with pytest.raises(InvalidAmount):
        usdc_due(Decimal(fiat), Decimal(rate), Decimal(spread))


def test_format_plain_never_uses_exponents() -> None:
    assert format_plain(Decimal("1E-7")) == "0.0000001"
    assert format_plain(Decimal("23.7700000")) == "23.77"
    assert format_plain(Decimal("1E+3")) == "1000.00"
    assert format_plain(Decimal("5"), min_places=0) == "5"


def test_parse_stellar_amount() -> None:
    assert parse_stellar_amount("5.0000000") == Decimal("5.0000000")
    with pytest.raises(InvalidAmount):
        parse_stellar_amount("5.00000001")


def test_absurd_values_raise_invalid_amount_not_decimal_errors() -> None:
    with pytest.raises(InvalidAmount):
        usdc_due(Decimal("1e8"), Decimal("1E-20"), Decimal(0))
    with pytest.raises(InvalidAmount):
        format_plain(Decimal("1e999999999"))
    assert format_plain(Decimal("1.2345678901234567890123456789012")) == (
        "1.2345678901234567890123456789012"
    )
