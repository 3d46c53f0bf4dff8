"""Each matching rule, accepted and rejected, with records shaped like Horizon's."""

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from posapp.core.matching import Verdict, classify
from posapp.core.records import PaymentRecord
from posapp.core.session import new_session_id
from posapp.stellar.networks import PUBLIC, TESTNET

MERCHANT = "GC2QCKFI3DOBEYVBONPVNA2PMLU225IKKI6XPENMWR2CTWSFBAOU7T34"
PAYER = "GCAXBKU3AKYJPLQ6PEJ6L47KOATCYCBJ2NFRGAK7FUUA2DCEUC265SU2"
ISSUER = TESTNET.usdc_issuer
SID = new_session_id()

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
        ({"asset_code": "USDC", "asset_issuer": PUBLIC.usdc_issuer}, "foreign issuer"),
        ({"asset_code": "USDC", "asset_issuer": PAYER}, "foreign issuer"),
        ({"asset_type": "credit_alphanum12"}, "foreign issuer"),
        ({"asset_code": "NGNT"}, "not USDC"),
    ],
)
def test_records_that_must_never_credit(change: dict, reason: str) -> None:
    decision = classify(replace(GOOD, **change), MERCHANT, ISSUER)
    assert decision.verdict is Verdict.IGNORE
    assert reason in decision.reason


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
