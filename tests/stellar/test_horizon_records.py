"""parse_payment_record on every real Horizon shape in tests/fixtures/horizon (sources in its
SOURCES.md), plus fuzzing."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stellar_sdk import MuxedAccount

from posapp.core.errors import HorizonError
from posapp.core.matching import Verdict, classify
from posapp.stellar.horizon_records import MalformedRecord, paging_token_of, parse_payment_record

FIXTURES = Path(__file__).parents[1] / "fixtures" / "horizon"
MAINNET_USDC = "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def page_records(name: str) -> list[dict[str, Any]]:
    return load(name)["_embedded"]["records"]


def host_function_record() -> dict[str, Any]:
    """The docs excerpt made valid JSON: drop the ``...`` around it and inside ``_links``."""
    text = (FIXTURES / "invoke_host_function_sac_transfer_record_excerpt_docs.txt").read_text()
    text = text.strip().removeprefix("...,").removesuffix("...").strip().rstrip(",")
    start = text.index('"_links":{')
    end = text.index("},", start) + 2
    text = text[:start] + '"_links":{},' + text[end:]
    return json.loads(text)


def with_transaction(raw: dict[str, Any], **fields: Any) -> dict[str, Any]:
    out = copy.deepcopy(raw)
    out["transaction"] = fields
    return out


def only(raw: Any):
    records = parse_payment_record(raw)
    assert len(records) == 1
    return records[0]


# ----------------------------------------------------------------- real shapes


def test_payment_credit_alphanum4() -> None:
    record = only(load("payment_record_credit_alphanum4_testnet.json"))
    assert record.operation_id == "122511124621283329"
    assert record.paging_token == "122511124621283329"
    assert record.type == "payment"
    assert record.transaction_successful is True
    assert record.transaction_hash.startswith("452a1807")
    assert record.source_account == "GCAXBKU3AKYJPLQ6PEJ6L47KOATCYCBJ2NFRGAK7FUUA2DCEUC265SU2"
    assert record.destination == "GC2QCKFI3DOBEYVBONPVNA2PMLU225IKKI6XPENMWR2CTWSFBAOU7T34"
    assert (record.asset_type, record.asset_code) == ("credit_alphanum4", "NGNT")
    assert record.asset_issuer == "GAWODAROMJ33V5YDFY3NPYTHVYQG7MJXVJ2ND3AOGIHYRWINES6ACCPD"
    assert record.amount == Decimal("5.0000000") and isinstance(record.amount, Decimal)
    assert record.created_at == datetime(2020, 3, 4, 22, 46, 47, tzinfo=UTC)
    assert (record.memo_type, record.memo, record.destination_muxed_id) == (None, None, None)


def test_path_payment_strict_send_credits_amount_not_source_amount() -> None:
    record = only(load("path_payment_strict_send_record_testnet.json"))
    assert record.type == "path_payment_strict_send"
    assert record.amount == Decimal("26.5544244")
    assert record.amount != Decimal("5.0000000")  # source_amount
    assert (record.asset_code, record.asset_issuer) == (
        "BRL",
        "GDVKY2GU2DRXWTBEYJJWSFXIGBZV6AZNBVVSUHEPZI54LIS6BA7DVVSP",
    )


def test_path_payment_strict_receive_uses_amount() -> None:
    raw = load("path_payment_strict_send_record_testnet.json")
    raw["type"] = "path_payment_strict_receive"
    raw["source_max"] = raw.pop("destination_min")
    assert only(raw).amount == Decimal("26.5544244")


def test_account_page_parses_every_record() -> None:
    records = page_records("payments_page_account_testnet.json")
    assert len(records) == 10
    parsed = [parse_payment_record(raw) for raw in records]
    create, merge, *payments = parsed
    assert merge == []
    assert all(len(p) == 1 for p in payments) and len(payments) == 8
    account = create[0]
    assert account.type == "create_account"
    assert account.asset_type == "native" and account.asset_code is None
    assert account.amount == Decimal("1.0000000")
    assert account.destination == "GCNL55IJTH2HX26HLNIGYD2JIQLTBAQL3SVPNZA6PXK7NAVHU423WOTE"
    assert account.source_account == "GB44UMO65PK5NWMRP4S2OSZA5BD4ACOW5KQ6TWLLO2MP7S7N5MJ2MJVI"
    dust = [p[0] for p in payments if p[0].amount == Decimal("0.0000001")]
    assert len(dust) == 5
    outgoing = payments[2][0]
    assert outgoing.asset_code == "USD" and outgoing.destination != account.destination
    tokens = [paging_token_of(raw) for raw in records]
    assert tokens == [raw["id"] for raw in records]


def test_go_client_page_and_stream_event() -> None:
    for raw in page_records("payments_page_all_testnet_go_horizonclient.json"):
        assert len(parse_payment_record(raw)) == 1
    line = (FIXTURES / "sse_operations_stream_event_testnet_go_horizonclient.txt").read_text()
    record = only(json.loads(line.strip().removeprefix("data: ")))
    assert record.type == "create_account" and record.amount == Decimal("10000")


def test_memo_comes_from_the_joined_transaction() -> None:
    tx = load("transaction_record_memo_text_testnet.json")
    raw = load("payment_record_credit_alphanum4_testnet.json")
    raw["transaction"] = tx
    record = only(raw)
    assert (record.memo_type, record.memo) == ("text", "298424")
    for tx in page_records("transactions_page_account_memos_testnet.json"):
        raw["transaction"] = tx
        record = only(raw)
        assert record.memo_type == tx["memo_type"]
        assert record.memo == (None if tx["memo_type"] == "none" else tx.get("memo"))
    raw["transaction"] = page_records("transactions_page_ledger_memo_hash_testnet.json")[0]
    assert only(raw).memo_type == "hash"


def test_invoke_host_function_transfer_with_muxed_id() -> None:
    raw = with_transaction(host_function_record(), memo_type="text", memo="12345")
    record = only(raw)
    assert record.type == "invoke_host_function"
    assert record.operation_id == "258816945460609125"
    assert record.paging_token == "258816945460609025"
    assert record.destination == "GB5FM5GICRYGBFMEGPMYEFDZQHGUYF75Z7WNB2JL5A3A57HIB4CP3TCL"
    assert record.source_account == "CA6ZW2UWYV4Z4XARCQ66S2DCWEXPDZTMFNOK63FH2SAWXAIS56EGHGH5"
    assert (record.asset_code, record.asset_issuer) == ("USDC", MAINNET_USDC)
    assert record.amount == Decimal("0.0100000")
    assert record.destination_muxed_id == 123
    assert (record.memo_type, record.memo) == ("text", "12345")
    decision = classify(record, record.destination, MAINNET_USDC)
    assert (decision.verdict, decision.muxed_id) == (Verdict.CREDIT, 123)


def test_invoke_host_function_several_transfers_get_suffixed_ids() -> None:
    raw = host_function_record()
    first = raw["asset_balance_changes"][0]
    mint = dict(first, type="mint", **{"from": "GAAAA"})
    second = dict(first, amount="2.0000000")
    second.pop("destination_muxed_id")
    third = dict(first, amount="3.0000000", destination_muxed_id="18446744073709551615")
    raw["asset_balance_changes"] = [first, mint, second, third]
    records = parse_payment_record(raw)
    assert [r.operation_id for r in records] == [
        "258816945460609125",
        "258816945460609125:1",
        "258816945460609125:2",
    ]
    assert [r.amount for r in records] == [Decimal("0.01"), Decimal(2), Decimal(3)]
    assert [r.destination_muxed_id for r in records] == [123, None, 2**64 - 1]
    assert all(r.memo is None for r in records)


def test_invoke_host_function_without_transfers() -> None:
    raw = host_function_record()
    del raw["asset_balance_changes"]
    assert parse_payment_record(raw) == []
    raw["asset_balance_changes"] = [dict(host_function_record()["asset_balance_changes"][0])]
    raw["asset_balance_changes"][0]["type"] = "burn"
    assert parse_payment_record(raw) == []


def test_classic_payment_to_muxed_account() -> None:
    raw = load("payment_record_credit_alphanum4_testnet.json")
    muxed = MuxedAccount(raw["to"], 2**64 - 1).account_muxed
    raw.update(to_muxed=muxed, to_muxed_id=str(2**64 - 1))
    record = only(raw)
    assert record.destination == raw["to"] and record.destination_muxed_id == 2**64 - 1
    # Horizon omits to_muxed_id when the id is 0 (omitempty): decode the M address instead.
    del raw["to_muxed_id"]
    raw["to_muxed"] = MuxedAccount(raw["to"], 0).account_muxed
    assert only(raw).destination_muxed_id == 0
    raw["to_muxed"] = MuxedAccount(raw["from"], 7).account_muxed  # not the same account
    with pytest.raises(MalformedRecord):
        parse_payment_record(raw)


def test_successful_falls_back_to_the_joined_transaction() -> None:
    raw = load("payment_record_credit_alphanum4_testnet.json")
    del raw["transaction_successful"]
    with pytest.raises(MalformedRecord):
        parse_payment_record(raw)
    raw["transaction"] = {"successful": False, "memo_type": "none"}
    assert only(raw).transaction_successful is False


def test_zero_starting_balance_is_accepted() -> None:
    raw = page_records("payments_page_account_testnet.json")[0]
    raw["starting_balance"] = "0.0000000"
    assert only(raw).amount == Decimal(0)


def test_unknown_type_moves_nothing() -> None:
    assert parse_payment_record({"type": "set_trust_line_flags"}) == []


def _payment() -> dict[str, Any]:
    return load("payment_record_credit_alphanum4_testnet.json")


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda r: r.pop("paging_token"), "paging_token"),
        (lambda r: r.update(paging_token="12a"), "paging_token"),
        (lambda r: r.update(amount=5.0), "amount"),
        (lambda r: r.update(amount=5), "amount"),
        (lambda r: r.update(amount="five"), "amount"),
        (lambda r: r.update(amount="-1.0000000"), "amount"),
        (lambda r: r.update(amount="1.00000001"), "amount"),
        (lambda r: r.update(amount="1e3"), "amount"),
        (lambda r: r.update(amount="NaN"), "amount"),
        (lambda r: r.update(amount="922337203685.4775808"), "amount"),
        (lambda r: r.update(created_at="2020-03-04T22:46:47"), "time zone"),
        (lambda r: r.update(created_at="yesterday"), "created_at"),
        (lambda r: r.update(asset_type="liquidity_pool_shares"), "asset_type"),
        (lambda r: r.pop("asset_issuer"), "asset_issuer"),
        (lambda r: r.update(to=None), "to"),
        (lambda r: r.update(transaction_successful="true"), "transaction_successful"),
        (lambda r: r.update(transaction=[]), "transaction"),
        (lambda r: r.update(transaction={"memo_type": "text", "memo": 5}), "memo"),
        (lambda r: r.update(to_muxed_id="-1"), "to_muxed_id"),
        (lambda r: r.update(to_muxed_id=str(2**64)), "to_muxed_id"),
        (lambda r: r.update(to_muxed="GABC"), "to_muxed"),
        (lambda r: r.update(type=1), "type"),
    ],
)
def test_malformed_payments_raise_malformed_record(mutate: Any, reason: str) -> None:
    raw = _payment()
    mutate(raw)
    with pytest.raises(MalformedRecord, match=reason) as info:
        parse_payment_record(raw)
    assert isinstance(info.value, HorizonError)


@pytest.mark.parametrize("value", [None, [], "payment", 5, 1.5, True])
def test_non_objects_are_malformed(value: Any) -> None:
    with pytest.raises(MalformedRecord):
        parse_payment_record(value)


def test_malformed_host_function_changes() -> None:
    raw = host_function_record()
    raw["asset_balance_changes"] = {"type": "transfer"}
    with pytest.raises(MalformedRecord):
        parse_payment_record(raw)
    raw["asset_balance_changes"] = ["transfer"]
    with pytest.raises(MalformedRecord):
        parse_payment_record(raw)
    raw = host_function_record()
    raw["asset_balance_changes"][0]["destination_muxed_id"] = "１２３"  # full-width digits
    with pytest.raises(MalformedRecord):
        parse_payment_record(raw)


def test_paging_token_of() -> None:
    assert paging_token_of({"paging_token": "123"}) == "123"
    for bad in ({"paging_token": 123}, {"paging_token": ""}, {"paging_token": "1 2"}, [], None):
        assert paging_token_of(bad) is None


# ----------------------------------------------------------------- fuzzing

KEY_NAMES = ["type", "memo", "memo_type", "successful", "destination_muxed_id"]
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["0", "1.0000000", "123", "2020-01-01T00:00:00Z", "native", "transfer"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(KEY_NAMES) | st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)
TYPES = st.sampled_from(
    [
        "payment",
        "path_payment_strict_receive",
        "path_payment_strict_send",
        "create_account",
        "account_merge",
        "invoke_host_function",
    ]
)
KEYS = [
    "id",
    "paging_token",
    "transaction_successful",
    "transaction_hash",
    "created_at",
    "asset_type",
    "asset_code",
    "asset_issuer",
    "from",
    "to",
    "amount",
    "to_muxed",
    "to_muxed_id",
    "funder",
    "account",
    "starting_balance",
    "asset_balance_changes",
    "transaction",
]


def real_records() -> list[dict[str, Any]]:
    records = [
        load("payment_record_credit_alphanum4_testnet.json"),
        load("path_payment_strict_send_record_testnet.json"),
        with_transaction(host_function_record(), memo_type="text", memo="12345", successful=True),
        with_transaction(_payment(), **load("transaction_record_memo_text_testnet.json")),
    ]
    return records + page_records("payments_page_account_testnet.json")


REAL = real_records()


def check(raw: Any) -> None:
    try:
        out = parse_payment_record(raw)
    except MalformedRecord as exc:
        assert str(exc)
        return
    assert isinstance(out, list)
    for record in out:
        assert isinstance(record.amount, Decimal)
        assert record.created_at.tzinfo is not None


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_fuzz_arbitrary_json_values(value: Any) -> None:
    check(value)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(TYPES, st.dictionaries(st.sampled_from(KEYS), JSON, max_size=len(KEYS)))
def test_fuzz_records_with_known_keys(op_type: str, fields: dict[str, Any]) -> None:
    check({"type": op_type, **fields})


def _containers(value: Any, out: list[Any]) -> list[Any]:
    if isinstance(value, dict | list):
        out.append(value)
        items = value.values() if isinstance(value, dict) else value
        for item in items:
            _containers(item, out)
    return out


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(REAL))), st.data())
def test_fuzz_mutated_real_records(index: int, data: st.DataObject) -> None:
    raw = copy.deepcopy(REAL[index])
    for _ in range(data.draw(st.integers(1, 3))):
        container = data.draw(st.sampled_from(_containers(raw, [])))
        if not container:
            continue
        if isinstance(container, dict):
            key = data.draw(st.sampled_from(sorted(container)))
        else:
            key = data.draw(st.integers(0, len(container) - 1))
        action = data.draw(st.sampled_from(["delete", "replace", "text"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = data.draw(JSON)
        else:
            container[key] = data.draw(st.text(max_size=25))
    check(raw)


@given(st.decimals(min_value=Decimal("0.0000001"), max_value=Decimal("922337203685"), places=7))
def test_amounts_round_trip_exactly(amount: Decimal) -> None:
    raw = _payment()
    raw["amount"] = f"{amount:.7f}"
    assert only(raw).amount == amount
