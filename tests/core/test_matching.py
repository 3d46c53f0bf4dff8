"""Each matching rule, accepted and rejected, with records shaped like Horizon's."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from posapp.core.errors import InvalidInput
from posapp.core.matching import Verdict, classify
from posapp.core.records import PaymentRecord
from posapp.core.session import PaymentSession, SessionStatus, apply_credit, new_session_id
from posapp.core.tolerance import allowed_shortfall, is_fully_paid, parse_tolerance
from posapp.stellar.networks import PUBLIC, TESTNET

MERCHANT = "GC2QCKFI3DOBEYVBONPVNA2PMLU225IKKI6XPENMWR2CTWSFBAOU7T34"
PAYER = "GCAXBKU3AKYJPLQ6PEJ6L47KOATCYCBJ2NFRGAK7FUUA2DCEUC265SU2"
ISSUER = TESTNET.usdc_issuer
SID = new_session_id()
T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

GOOD = PaymentRecord(
    operation_id="122511124621283329", paging_token="122511124621283329",
    transaction_hash="452a180790caf4dbe658d996316cd727ce5573f5f0a77790da540cc49214fe80",
    transaction_successful=True, type="payment", source_account=PAYER, destination=MERCHANT,
    asset_type="credit_alphanum4", asset_code="USDC", asset_issuer=ISSUER,
    amount=Decimal("5.0000000"), created_at=datetime(2020, 3, 4, 22, 46, 47, tzinfo=UTC),
    memo_type="text", memo=SID,
)  # fmt: skip


def verdict(record: PaymentRecord) -> Verdict:
    return classify(record, MERCHANT, ISSUER).verdict


def test_good_payment_credits_the_session_named_by_its_memo() -> None:
    decision = classify(GOOD, MERCHANT, ISSUER)
    assert decision.verdict is Verdict.CREDIT and decision.session_id == SID


@pytest.mark.parametrize(
    "type_", ["path_payment_strict_receive", "path_payment_strict_send", "invoke_host_function"]
)
def test_other_credit_types_are_accepted(type_: str) -> None:
    assert verdict(replace(GOOD, type=type_)) is Verdict.CREDIT


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"transaction_successful": False}, "transaction failed"),
        ({"type": "create_account"}, "moves no payment"),
        ({"type": "account_merge"}, "moves no payment"),
        ({"destination": PAYER, "source_account": MERCHANT}, "not a payment to the merchant"),
        ({"asset_type": "native", "asset_code": None, "asset_issuer": None}, "not USDC"),
        ({"asset_code": "NGNT"}, "not USDC"),
    ],
)
def test_records_that_must_never_credit(change: dict, reason: str) -> None:
    decision = classify(replace(GOOD, **change), MERCHANT, ISSUER)
    assert decision.verdict is Verdict.IGNORE
    assert reason in decision.reason


@pytest.mark.parametrize(
    "change",
    [
        {"asset_code": "USDC", "asset_issuer": PUBLIC.usdc_issuer},
        {"asset_code": "USDC", "asset_issuer": PAYER},
        {"asset_type": "credit_alphanum12"},
    ],
)
def test_usdc_of_a_foreign_issuer_is_refused_for_the_owner_to_see(change: dict) -> None:
    """A fake USDC never credits, but is recorded (not ignored) so the owner sees it."""
    decision = classify(replace(GOOD, **change), MERCHANT, ISSUER)
    assert decision.verdict is Verdict.REFUSE
    assert "foreign issuer" in decision.reason
    assert decision.session_id is None


def test_usdc_without_a_usable_memo_is_kept_unmatched() -> None:
    assert verdict(replace(GOOD, memo_type="none", memo=None)) is Verdict.UNMATCHED
    assert verdict(replace(GOOD, memo="298424")) is Verdict.UNMATCHED
    assert verdict(replace(GOOD, memo_type="hash", memo="abc=")) is Verdict.UNMATCHED
    assert verdict(replace(GOOD, memo=SID.upper())) is Verdict.UNMATCHED


def test_muxed_id_credits_by_id() -> None:
    decision = classify(replace(GOOD, memo=None, memo_type="none", destination_muxed_id=123),
                        MERCHANT, ISSUER)  # fmt: skip
    assert decision.verdict is Verdict.CREDIT and decision.muxed_id == 123


def test_memo_wins_over_a_muxed_id_and_huge_muxed_ids_never_match() -> None:
    both = classify(replace(GOOD, destination_muxed_id=5), MERCHANT, ISSUER)
    assert both.session_id == SID and both.muxed_id is None
    huge = replace(GOOD, memo=None, memo_type="none", destination_muxed_id=2**64 - 1)
    assert verdict(huge) is Verdict.UNMATCHED


# ---- tolerance: bounded by the amount due ------------------------------------------------

STROOP = Decimal("0.0000001")
_dues = st.integers(min_value=1, max_value=10**13).map(lambda n: Decimal(n) * STROOP)
_tolerances = st.integers(min_value=0, max_value=10**7).map(lambda n: Decimal(n) * STROOP)


def _session(due: Decimal) -> PaymentSession:
    return PaymentSession(
        id=new_session_id(), muxed_id=7, status=SessionStatus.OPEN, fiat_amount=Decimal("1"),
        fiat_currency="INR", usdc_due=due, usdc_received=Decimal(0), rate=Decimal("84"),
        rate_source="fixed", rate_time=T0, spread_percent=Decimal(0), network="testnet",
        destination="G" + "A" * 55, note="", cashier="c", terminal="t", created_at=T0,
        expires_at=T0 + timedelta(minutes=15), updated_at=T0,
    )  # fmt: skip


@given(due=_dues, tolerance=_tolerances, data=st.data())
def test_paid_iff_received_reaches_due_minus_the_bounded_tolerance(
    due: Decimal, tolerance: Decimal, data: st.DataObject
) -> None:
    allowed = min(tolerance, due / 100)
    edge = due - allowed
    # around the edge (a stroop either side), and anywhere from nothing to twice the due
    near = data.draw(st.integers(min_value=-2, max_value=2)) * STROOP
    received = data.draw(
        st.one_of(
            st.just((edge + near).quantize(STROOP, rounding=ROUND_CEILING)),
            st.integers(min_value=1, max_value=int(due * 2 / STROOP)).map(lambda n: n * STROOP),
        )
    )
    assume(received > 0)
    expected = received >= edge
    assert is_fully_paid(received, due, tolerance) is expected
    outcome = apply_credit(
        _session(due), received, T0, tolerance=tolerance, monitoring_window=timedelta(hours=24)
    )
    assert outcome is not None
    assert (outcome.new_status is SessionStatus.PAID) is expected


def test_one_stroop_never_pays_a_half_usdc_sale_whatever_the_tolerance() -> None:
    outcome = apply_credit(
        _session(Decimal("0.50")), STROOP, T0, tolerance=Decimal(1),
        monitoring_window=timedelta(hours=24),
    )  # fmt: skip
    assert outcome is not None and outcome.new_status is SessionStatus.PARTIALLY_PAID
    assert allowed_shortfall(Decimal("0.50"), Decimal(1)) == Decimal("0.005")
    assert allowed_shortfall(Decimal("1000"), Decimal("0.01")) == Decimal("0.01")


@pytest.mark.parametrize("text", ["-0.01", "1.5", "NaN", "Infinity", "0.00000001", "abc", ""])
def test_absurd_tolerance_settings_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="tolerance"):
        parse_tolerance(text)
    assert parse_tolerance("0.05") == Decimal("0.05")
