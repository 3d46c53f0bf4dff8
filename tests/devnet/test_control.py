"""Control endpoints under /_devnet/ and the Python API's input checks."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx
import pytest
from httpx_sse import connect_sse
from stellar_sdk import Keypair

from posapp.devnet import AccountExists, Devnet, DevnetError


def test_create_account_and_pay_over_http(devnet: Devnet, client: httpx.Client) -> None:
    wanted = Keypair.random().public_key
    created = client.post("/_devnet/accounts", json={"account_id": wanted, "memo_required": True})
    assert created.status_code == 200
    assert created.json() == {"account_id": wanted}
    account = client.get(f"/accounts/{wanted}").json()
    assert account["data"] == {"config.memo_required": "MQ=="}

    paid = client.post("/_devnet/pay", json={"to": wanted, "amount": "3.10", "memo": "pay_http"})
    assert paid.status_code == 200, paid.text
    body = paid.json()
    assert set(body) == {"operation_id", "paging_token", "tx_hash"}
    assert body["operation_id"] == body["paging_token"]
    assert devnet.balance(wanted) == Decimal("3.1")
    tx = client.get(f"/transactions/{body['tx_hash']}").json()
    assert tx["memo"] == "pay_http"

    random_one = client.post("/_devnet/accounts", json={"usdc_trustline": False}).json()
    balances = client.get(f"/accounts/{random_one['account_id']}").json()["balances"]
    assert [b["asset_type"] for b in balances] == ["native"]
    assert client.post("/_devnet/accounts").status_code == 200  # empty body = defaults


def test_pay_over_http_all_kinds(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    for extra in (
        {"path_from": "XLM"},
        {"muxed_id": 7},
        {"muxed_id": "8"},
        {"failed": True},
        {"asset_code": "XLM"},
        {"op_type": "path_payment_strict_receive", "path_from": "EURC"},
    ):
        response = client.post("/_devnet/pay", json={"to": merchant, "amount": "1", **extra})
        assert response.status_code == 200, (extra, response.text)
    types = [r["type"] for r in devnet.snapshot_payments(merchant)]
    assert types == [
        "create_account",
        "path_payment_strict_send",
        "invoke_host_function",
        "invoke_host_function",
        "payment",
        "payment",
        "path_payment_strict_receive",
    ]


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("/_devnet/pay", b"{not json", "not valid JSON"),
        ("/_devnet/pay", b"[]", "JSON object"),
        ("/_devnet/pay", b'{"to": "G", "amount": "1"}', "to must be"),
        ("/_devnet/pay", b'{"amount": "1"}', "missing field 'to'"),
        ("/_devnet/pay", b'{"to": "%M", "amount": 1.5}', "JSON string"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "-1"}', "greater than zero"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "0.00000001"}', "decimal places"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "colour": "red"}', "unknown field"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "memo": "' + b"x" * 29 + b'"}', "28"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "memo_type": "id", "memo": "x"}', "memo"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "op_type": "swap"}', "op_type"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "failed": "yes"}', "failed"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "muxed_id": -1}', "muxed_id"),
        ("/_devnet/pay", b'{"to": "%M", "amount": "1", "asset_issuer": "x"}', "asset_issuer"),
        ("/_devnet/pay", b'{"to": "%U", "amount": "1"}', "unknown destination"),
        ("/_devnet/accounts", b'{"account_id": "nope"}', "account_id"),
        ("/_devnet/accounts", b'{"memo_required": "yes"}', "memo_required"),
        ("/_devnet/fail_for", b'{"seconds": "x"}', "seconds"),
        ("/_devnet/fail_for", b'{"seconds": 1, "status": 200}', "status"),
        ("/_devnet/fail_for", b"{}", "seconds"),
        ("/_devnet/hang_streams", b'{"seconds": -1}', "seconds"),
        ("/_devnet/drop_streams", b'{"x": 1}', "no parameters"),
    ],
)
def test_control_rejects_bad_input(
    merchant: str, client: httpx.Client, path: str, body: bytes, message: str
) -> None:
    unknown = Keypair.random().public_key
    payload = body.replace(b"%M", merchant.encode()).replace(b"%U", unknown.encode())
    response = client.post(path, content=payload, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    problem = response.json()
    assert problem["status"] == 400
    assert problem["type"] == "https://stellar.org/horizon-errors/bad_request"
    assert message in problem["detail"]
    assert "\n" not in problem["detail"]


def test_existing_account_is_409(merchant: str, client: httpx.Client) -> None:
    response = client.post("/_devnet/accounts", json={"account_id": merchant})
    assert response.status_code == 409
    assert "already exists" in response.json()["detail"]


def test_control_methods_and_paths(client: httpx.Client) -> None:
    assert client.get("/_devnet/pay").status_code == 405
    assert client.post("/_devnet/nothing", json={}).status_code == 404
    assert client.post("/accounts", json={}).status_code == 405


def test_faults_over_http(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    assert client.post("/_devnet/fail_for", json={"seconds": 0.3, "status": 500}).json() == {
        "seconds": 0.3,
        "status": 500,
    }
    assert client.get("/").status_code == 500
    time.sleep(0.35)
    assert client.get("/").status_code == 200

    with (
        httpx.Client(base_url=devnet.url, timeout=5) as other,
        connect_sse(
            other, "GET", f"/accounts/{merchant}/payments", params={"cursor": "now"}
        ) as source,
    ):
        events = source.iter_sse()
        assert next(events).event == "open"
        assert client.post("/_devnet/hang_streams", json={"seconds": 0}).json()["hung"] == 1
        assert client.post("/_devnet/drop_streams").json() == {"dropped": 1}
        with pytest.raises(httpx.RemoteProtocolError):
            next(events)


def test_python_api_checks(devnet: Devnet, merchant: str) -> None:
    with pytest.raises(AccountExists):
        devnet.create_account(merchant)
    with pytest.raises(DevnetError, match="float"):
        devnet.pay(to=merchant, amount=1.5)  # type: ignore[arg-type]
    with pytest.raises(DevnetError, match="only applies"):
        devnet.pay(to=merchant, amount="1", muxed_id=1, op_type="path_payment_strict_send")
    with pytest.raises(DevnetError, match="status"):
        devnet.fail_for(1, status=302)
    with pytest.raises(DevnetError, match="loopback"):
        Devnet(host="0.0.0.0")
    with pytest.raises(DevnetError, match="loopback"):
        Devnet(host="192.168.1.10")
    with pytest.raises(DevnetError, match="started once"):
        devnet.start()


def test_devnet_works_on_ipv6_loopback() -> None:
    try:
        net = Devnet(host="::1")
        url = net.start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        assert url.startswith("http://[::1]:")
        assert httpx.get(url + "/", timeout=5).status_code == 200
    finally:
        net.stop()


def test_tokens_increase_across_devnets() -> None:
    first = Devnet()
    a = first.create_account()
    last = first.pay(to=a, amount="1").paging_token
    time.sleep(1.05)
    second = Devnet()
    b = second.create_account()
    assert int(second.pay(to=b, amount="1").paging_token) > int(last)
