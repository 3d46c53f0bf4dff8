"""JSON endpoints of the devnet: paging, join=transactions, accounts, errors, fail_for."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import httpx
import pytest

from posapp.devnet import Devnet
from posapp.stellar.networks import TESTNET


def _payments(client: httpx.Client, account: str, **params: str) -> list[dict]:
    response = client.get(f"/accounts/{account}/payments", params=params)
    assert response.status_code == 200, response.text
    return response.json()["_embedded"]["records"]


def test_root_mimics_testnet(devnet: Devnet, client: httpx.Client) -> None:
    body = client.get("/").json()
    assert body["network_passphrase"] == "Test SDF Network ; September 2015"
    assert isinstance(body["history_latest_ledger"], int)
    assert body["horizon_version"]
    assert devnet.network.horizon_url == devnet.url
    assert devnet.network.usdc_issuer == TESTNET.usdc_issuer


def test_paging_asc_and_desc_with_cursor_and_limit(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    paid = [devnet.pay(to=merchant, amount=f"{n}.00", memo=f"pay_{n}") for n in range(1, 6)]
    tokens = [p.paging_token for p in paid]
    assert [int(t) for t in tokens] == sorted(int(t) for t in tokens)

    everything = _payments(client, merchant, limit="200")
    assert [r["type"] for r in everything] == ["create_account"] + ["payment"] * 5
    assert [r["paging_token"] for r in everything[1:]] == tokens
    assert all(r["id"] == r["paging_token"] for r in everything)

    first = client.get(f"/accounts/{merchant}/payments", params={"limit": "2"}).json()
    assert [r["paging_token"] for r in first["_embedded"]["records"]] == [
        everything[0]["paging_token"],
        tokens[0],
    ]
    next_href = first["_links"]["next"]["href"]
    assert f"cursor={tokens[0]}" in next_href and "order=asc" in next_href
    second = client.get(next_href).json()["_embedded"]["records"]
    assert [r["paging_token"] for r in second] == tokens[1:3]

    after = _payments(client, merchant, cursor=tokens[1], limit="10")
    assert [r["paging_token"] for r in after] == tokens[2:]

    desc = _payments(client, merchant, order="desc", limit="2")
    assert [r["paging_token"] for r in desc] == [tokens[4], tokens[3]]
    before = _payments(client, merchant, order="desc", cursor=tokens[3], limit="2")
    assert [r["paging_token"] for r in before] == [tokens[2], tokens[1]]

    latest = _payments(client, merchant, order="desc", limit="1")
    assert latest[0]["paging_token"] == tokens[-1]
    assert _payments(client, merchant, cursor="now") == []
    assert _payments(client, merchant, cursor="now", order="desc", limit="1") == latest


def test_default_page_size_is_ten(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    for n in range(12):
        devnet.pay(to=merchant, amount="1", memo=f"m{n}")
    assert len(_payments(client, merchant)) == 10


def test_record_fields_and_join_transactions(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    paid = devnet.pay(to=merchant, amount=Decimal("23.77"), memo="pay_abc123")
    plain = _payments(client, merchant, cursor="now", order="desc", limit="1")[0]
    assert "transaction" not in plain
    record = _payments(client, merchant, order="desc", limit="1", join="transactions")[0]
    expected = {
        "id": paid.operation_id,
        "paging_token": paid.paging_token,
        "transaction_successful": True,
        "source_account": devnet.customer,
        "type": "payment",
        "type_i": 1,
        "transaction_hash": paid.tx_hash,
        "asset_type": "credit_alphanum4",
        "asset_code": "USDC",
        "asset_issuer": TESTNET.usdc_issuer,
        "from": devnet.customer,
        "to": merchant,
        "amount": "23.7700000",
    }
    assert {k: record[k] for k in expected} == expected
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["created_at"])
    assert set(record["_links"]) == {"self", "transaction", "effects", "succeeds", "precedes"}
    op_id = int(record["id"])
    assert op_id & 0xFFF == 1  # operation index 1
    assert (op_id >> 12) & 0xFFFFF >= 1  # transaction index in its ledger
    tx = record["transaction"]
    assert tx["memo_type"] == "text"
    assert tx["memo"] == "pay_abc123"
    assert tx["memo_bytes"] == "cGF5X2FiYzEyMw=="
    assert tx["successful"] is True
    assert tx["hash"] == tx["id"] == paid.tx_hash
    assert tx["ledger"] == op_id >> 32
    assert tx["created_at"] == record["created_at"]
    assert tx["fee_charged"] == "100"
    assert client.get(f"/transactions/{paid.tx_hash}").json() == tx
    assert client.get(f"/operations/{paid.operation_id}").json() == plain


def test_memo_none_omits_memo(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    devnet.pay(to=merchant, amount="1")
    tx = _payments(client, merchant, order="desc", limit="1", join="transactions")[0]["transaction"]
    assert tx["memo_type"] == "none"
    assert "memo" not in tx and "memo_bytes" not in tx


@pytest.mark.parametrize(
    ("memo_type", "memo", "shown"),
    [
        ("id", "18446744073709551615", "18446744073709551615"),
        ("hash", "ab" * 32, "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s="),
        (
            "return",
            "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=",
            "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=",
        ),
    ],
)
def test_other_memo_types(
    devnet: Devnet, merchant: str, client: httpx.Client, memo_type: str, memo: str, shown: str
) -> None:
    devnet.pay(to=merchant, amount="1", memo=memo, memo_type=memo_type)
    tx = _payments(client, merchant, order="desc", limit="1", join="transactions")[0]["transaction"]
    assert (tx["memo_type"], tx["memo"]) == (memo_type, shown)
    assert "memo_bytes" not in tx


def test_failed_payments_need_include_failed(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    paid = devnet.pay(to=merchant, amount="5", memo="pay_x", failed=True)
    assert [r["type"] for r in _payments(client, merchant)] == ["create_account"]
    shown = _payments(client, merchant, include_failed="true", join="transactions")[-1]
    assert shown["id"] == paid.operation_id
    assert shown["transaction_successful"] is False
    assert shown["transaction"]["successful"] is False
    assert devnet.balance(merchant) == Decimal("0")


def test_balances_move_with_payments(devnet: Devnet, client: httpx.Client) -> None:
    shop = devnet.create_account(memo_required=True)
    other = devnet.create_account()
    devnet.pay(to=shop, amount="10.5", memo="a")
    devnet.pay(to=shop, amount="0.0000001", memo="b")
    devnet.pay(to=other, amount="2.25", from_account=shop)
    account = client.get(f"/accounts/{shop}").json()
    usdc = account["balances"][0]
    assert usdc["asset_type"] == "credit_alphanum4"
    assert (usdc["asset_code"], usdc["asset_issuer"]) == ("USDC", TESTNET.usdc_issuer)
    assert usdc["balance"] == "8.2500001"
    assert usdc["limit"] == "922337203685.4775807"
    assert account["balances"][-1]["asset_type"] == "native"
    assert account["balances"][-1]["balance"] == "9999.9999900"  # one fee paid
    assert account["data"] == {"config.memo_required": "MQ=="}
    assert account["id"] == account["account_id"] == shop
    assert int(account["sequence"]) > 0
    assert client.get(f"/accounts/{other}").json()["data"] == {}
    assert devnet.balance(other) == Decimal("2.25")


def test_outgoing_payment_is_in_senders_feed(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    other = devnet.create_account()
    devnet.pay(to=merchant, amount="3")
    refund = devnet.pay(to=other, amount="1", from_account=merchant, memo="refund")
    last = _payments(client, merchant, order="desc", limit="1")[0]
    assert last["id"] == refund.operation_id
    assert last["from"] == last["source_account"] == merchant
    assert last["to"] == other
    assert devnet.balance(merchant) == Decimal("2")


def test_underfunded_sender_is_refused(devnet: Devnet, merchant: str) -> None:
    from posapp.devnet import DevnetError

    with pytest.raises(DevnetError, match="underfunded"):
        devnet.pay(to=devnet.customer, amount="1", from_account=merchant)


def test_path_payment_strict_send(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    devnet.pay(to=merchant, amount="12", path_from="XLM", memo="pay_p")
    record = _payments(client, merchant, order="desc", limit="1")[0]
    assert record["type"] == "path_payment_strict_send"
    assert record["type_i"] == 13
    assert record["amount"] == "12.0000000"
    assert record["destination_min"] == "12.0000000"
    assert record["source_amount"] != record["amount"]
    assert record["source_asset_type"] == "native"
    assert record["path"] == []
    assert devnet.balance(merchant) == Decimal("12")

    devnet.pay(to=merchant, amount="1", path_from="EURC", op_type="path_payment_strict_receive")
    record = _payments(client, merchant, order="desc", limit="1")[0]
    assert record["type"] == "path_payment_strict_receive"
    assert record["source_asset_code"] == "EURC"
    assert record["path"] == [{"asset_type": "native"}]
    assert "source_max" in record


def test_invoke_host_function_with_muxed_id(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    devnet.pay(to=merchant, amount="0.01", muxed_id=123)
    record = _payments(client, merchant, order="desc", limit="1")[0]
    assert record["type"] == "invoke_host_function"
    assert record["type_i"] == 24
    assert record["function"] == "HostFunctionTypeHostFunctionTypeInvokeContract"
    assert [p["type"] for p in record["parameters"]] == [
        "Address",
        "Sym",
        "Address",
        "Address",
        "I128",
    ]
    assert record["parameters"][1]["value"] == "AAAADwAAAAh0cmFuc2Zlcg=="
    assert record["asset_balance_changes"] == [
        {
            "asset_type": "credit_alphanum4",
            "asset_code": "USDC",
            "asset_issuer": TESTNET.usdc_issuer,
            "type": "transfer",
            "from": devnet.customer,
            "to": merchant,
            "amount": "0.0100000",
            "destination_muxed_id": "123",
        }
    ]
    assert devnet.balance(merchant) == Decimal("0.01")


def test_classic_payment_to_muxed_address(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    from stellar_sdk import MuxedAccount

    address = MuxedAccount(merchant, 42).account_muxed
    devnet.pay(to=address, amount="1")
    record = _payments(client, merchant, order="desc", limit="1")[0]
    assert (record["to"], record["to_muxed"], record["to_muxed_id"]) == (merchant, address, "42")


def test_transaction_endpoints(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    paid = devnet.pay(to=merchant, amount="1", memo="x")
    ops = client.get(f"/transactions/{paid.tx_hash}/payments").json()["_embedded"]["records"]
    assert [o["id"] for o in ops] == [paid.operation_id]
    assert client.get(f"/transactions/{'0' * 64}").status_code == 404
    assert client.get("/transactions/nothex").status_code == 400


def test_unknown_account_is_404_problem(client: httpx.Client) -> None:
    from stellar_sdk import Keypair

    nobody = Keypair.random().public_key
    for path in (f"/accounts/{nobody}", f"/accounts/{nobody}/payments"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert body["type"] == "https://stellar.org/horizon-errors/not_found"
        assert body["title"] == "Resource Missing"
        assert body["status"] == 404
        assert body["detail"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "201"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"order": "sideways"}, "order"),
        ({"cursor": "-1"}, "cursor"),
        ({"cursor": "abc"}, "cursor"),
        ({"join": "ledgers"}, "join"),
        ({"include_failed": "maybe"}, "include_failed"),
    ],
)
def test_bad_params_are_400(
    merchant: str, client: httpx.Client, params: dict[str, str], field: str
) -> None:
    response = client.get(f"/accounts/{merchant}/payments", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "https://stellar.org/horizon-errors/bad_request"
    assert body["extras"]["invalid_field"] == field


def test_bad_account_id_is_400(client: httpx.Client) -> None:
    assert client.get("/accounts/GNOTANACCOUNT/payments").json()["extras"]["invalid_field"] == (
        "account_id"
    )


def test_fail_for_returns_503_then_recovers(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    devnet.fail_for(0.4)
    for path in ("/", f"/accounts/{merchant}", f"/accounts/{merchant}/payments"):
        response = client.get(path)
        assert response.status_code == 503
        assert response.json()["status"] == 503
    paid = devnet.pay(to=merchant, amount="1")  # control keeps working
    time.sleep(0.5)
    assert _payments(client, merchant, order="desc", limit="1")[0]["id"] == paid.operation_id


def test_fail_for_other_status(devnet: Devnet, client: httpx.Client) -> None:
    devnet.fail_for(5, status=429)
    assert client.get("/").status_code == 429
    devnet.fail_for(0)
    assert client.get("/").status_code == 200


def test_snapshot_payments(devnet: Devnet, merchant: str) -> None:
    paid = devnet.pay(to=merchant, amount="1", memo="s", failed=True)
    snap = devnet.snapshot_payments(merchant)
    assert [r["type"] for r in snap] == ["create_account", "payment"]
    assert snap[-1]["id"] == paid.operation_id
    assert snap[-1]["transaction"]["successful"] is False
    assert len(devnet.snapshot_payments(merchant, include_failed=False)) == 1


def test_json_escapes_like_go(merchant: str, client: httpx.Client) -> None:
    raw = client.get(f"/accounts/{merchant}/payments").text
    assert "\\u0026limit=" in raw and "&limit" not in raw
