"""Properties of ``posapp.core.money.usdc_due`` (Hypothesis).

Every comparison is done in a Decimal context wide enough to be exact, with ``Inexact``
trapped, so no check can pass by rounding.
"""

from __future__ import annotations

from decimal import Context, Decimal, Inexact, localcontext

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from posapp.core.errors import InvalidAmount
from posapp.core.money import CENT, MAX_FIAT_AMOUNT, MAX_STELLAR_AMOUNT, usdc_due

EXACT = Context(prec=1000, traps=[Inexact])

fiat_amounts = st.decimals(min_value=CENT, max_value=MAX_FIAT_AMOUNT, places=2)
# What posapp.rates lets through (its generic sanity band), with up to 12 decimals.
rates = st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(10**9), places=12)
spreads = st.decimals(min_value=Decimal(0), max_value=Decimal("99.99"), places=2)


def owed(fiat: Decimal, rate: Decimal, spread: Decimal) -> Decimal:
    """fiat × (1 + spread/100), exactly: the fiat value the USDC paid must cover."""
    with localcontext(EXACT):
        return fiat * (1 + spread / 100)


@given(fiat=fiat_amounts, rate=rates, spread=spreads)
@example(fiat=Decimal("1999"), rate=Decimal("84.1"), spread=Decimal("1.5"))
@example(fiat=Decimal("0.01"), rate=Decimal(10**9), spread=Decimal(0))
@example(fiat=Decimal("100000000"), rate=Decimal("0.000001"), spread=Decimal("99.99"))
@example(fiat=Decimal("1"), rate=Decimal("3"), spread=Decimal(0))
def test_usdc_due_never_undercharges_and_is_whole_cents(
    fiat: Decimal, rate: Decimal, spread: Decimal
) -> None:
    with localcontext(EXACT):
        too_large = owed(fiat, rate, spread) > MAX_STELLAR_AMOUNT * rate
    if too_large:  # more than one Stellar payment can carry: refused, never wrapped
        with pytest.raises(InvalidAmount):
            usdc_due(fiat, rate, spread)
        return
    due = usdc_due(fiat, rate, spread)
    assert isinstance(due, Decimal)
    assert due.as_tuple().exponent >= -2  # at most two decimals
    assert due >= CENT
    with localcontext(EXACT):
        assert due * rate >= owed(fiat, rate, spread)  # never under-charges
        # ...and never by a whole cent or more over (unless the one-cent floor applied).
        assert due == CENT or (due - CENT) * rate < owed(fiat, rate, spread)


def test_usdc_due_never_undercharges_even_for_long_rates() -> None:
    rate = Decimal("99.99999999999999999999999999999")  # 31 significant digits
    due = usdc_due(Decimal(1), rate, Decimal(0))
    with localcontext(EXACT):
        assert due * rate >= 1
