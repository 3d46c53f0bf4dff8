"""Signed transactions through stellar-sdk's own ``Server``, unchanged, against the devnet.

Every refusal carries Horizon's result codes and leaves balances and records as they were
(a ``tx_failed`` transaction is recorded as failed and only charges its fee, as on Stellar).
"""

from __future__ import annotations

import base64
import threading
from decimal import Decimal
from typing import Any

import httpx
import pytest
from stellar_sdk import (
    Asset,
    Keypair,
    Network,
    Server,
    TransactionBuilder,
    TransactionEnvelope,
)
from stellar_sdk.exceptions import BadRequestError
from stellar_sdk.sep.exceptions import AccountRequiresMemoError

from posapp.devnet import Devnet

PASSPHRASE = Network.TESTNET_NETWORK_PASSPHRASE


@pytest.fixture
def server(devnet: Devnet) -> Server:
    """stellar-sdk's synchronous Horizon client pointed at the devnet."""
    return Server(horizon_url=devnet.url)


def friendbot(devnet: Devnet) -> Keypair:
    """A new account funded by the devnet's friendbot."""
    keypair = Keypair.random()
    response = httpx.get(f"{devnet.url}/friendbot", params={"addr": keypair.public_key})
    assert response.status_code == 200, response.text
    return keypair


def build(server: Server, signer: Keypair, *, base_fee: int = 100, source: str | None = None):
    """A TransactionBuilder on the freshly loaded source account."""
    account = server.load_account(source or signer.public_key)
    return TransactionBuilder(account, PASSPHRASE, base_fee=base_fee).set_timeout(60)


def submit(server: Server, builder: TransactionBuilder, *signers: Keypair) -> dict[str, Any]:
    """Build, sign and submit; the Horizon answer."""
    envelope = builder.build()
    for keypair in signers:
        envelope.sign(keypair)
    return server.submit_transaction(envelope)


@pytest.fixture
def usdc(devnet: Devnet) -> Asset:
    """Circle's testnet USDC, as the devnet knows it."""
    return Asset("USDC", devnet.usdc_issuer)


@pytest.fixture
def customer(devnet: Devnet, server: Server, usdc: Asset) -> Keypair:
    """A friendbot account that trusts USDC and bought 100 of it with XLM (signed txs)."""
    keypair = friendbot(devnet)
    builder = build(server, keypair)
    builder.append_change_trust_op(usdc)
    builder.append_path_payment_strict_receive_op(
        keypair.public_key, Asset.native(), "2000", usdc, "100", []
    )
    assert submit(server, builder, keypair)["successful"] is True
    return keypair


def state(devnet: Devnet, *accounts: str) -> tuple[Any, ...]:
    """Balances (USDC, XLM) and every record (with failed ones) of ``accounts``."""
    return tuple(
        (devnet.balance(a), devnet.balance(a, "XLM"), devnet.snapshot_payments(a)) for a in accounts
    )


def refusal(error: pytest.ExceptionInfo[BadRequestError]) -> dict[str, Any]:
    """``extras.result_codes`` of a refused submission."""
    assert error.value.status == 400
    assert error.value.type == "https://stellar.org/horizon-errors/transaction_failed"
    return error.value.extras["result_codes"]


def test_friendbot_and_account_fields(devnet: Devnet, server: Server) -> None:
    keypair = friendbot(devnet)
    account = server.accounts().account_id(keypair.public_key).call()
    assert account["balances"] == [
        {
            "balance": "10000.0000000",
            "buying_liabilities": "0.0000000",
            "selling_liabilities": "0.0000000",
            "asset_type": "native",
        }
    ]
    assert account["thresholds"] == {"low_threshold": 0, "med_threshold": 0, "high_threshold": 0}
    assert account["signers"] == [
        {"weight": 1, "key": keypair.public_key, "type": "ed25519_public_key"}
    ]
    assert set(account["flags"]) >= {"auth_required", "auth_revocable", "auth_immutable"}
    assert int(account["sequence"]) == server.load_account(keypair.public_key).sequence
    again = httpx.get(f"{devnet.url}/friendbot", params={"addr": keypair.public_key})
    assert again.status_code == 400
    assert server.fetch_base_fee() == 100
    latest = server.ledgers().order(desc=True).limit(1).call()["_embedded"]["records"]
    assert latest[0]["sequence"] >= 1


def test_signed_payment_is_recorded_like_a_control_payment(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    assert devnet.balance(customer.public_key) == Decimal("100")
    builder = build(server, customer).append_payment_op(merchant, usdc, "12.34")
    answer = submit(server, builder.add_text_memo("pay_signed"), customer)
    assert answer["successful"] is True
    assert set(answer) >= {"hash", "ledger", "successful", "envelope_xdr", "result_xdr"}
    envelope = TransactionEnvelope.from_xdr(answer["envelope_xdr"], PASSPHRASE)
    assert envelope.hash_hex() == answer["hash"]
    assert devnet.balance(merchant) == Decimal("12.34")
    assert devnet.balance(customer.public_key) == Decimal("87.66")

    control = devnet.pay(to=merchant, amount="1.00", memo="pay_control")
    signed_record, control_record = devnet.snapshot_payments(merchant)[-2:]
    assert control_record["transaction_hash"] == control.tx_hash
    assert signed_record.keys() == control_record.keys()
    assert signed_record["transaction"].keys() == control_record["transaction"].keys()
    assert signed_record["from"] == customer.public_key
    assert signed_record["amount"] == "12.3400000"
    assert signed_record["transaction"]["memo"] == "pay_signed"

    fetched = server.transactions().transaction(answer["hash"]).call()
    assert fetched["envelope_xdr"] == answer["envelope_xdr"]
    assert fetched["result_xdr"] == answer["result_xdr"]


def test_stream_sees_a_signed_payment(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    seen: list[dict[str, Any]] = []
    opened = threading.Event()

    def listen() -> None:
        stream = server.payments().for_account(merchant).cursor("now").stream()
        opened.set()
        for record in stream:
            seen.append(record)
            return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    opened.wait(5)
    while devnet.open_streams == 0 and thread.is_alive():
        threading.Event().wait(0.02)
    builder = build(server, customer).append_payment_op(merchant, usdc, "2.50")
    answer = submit(server, builder.add_text_memo("pay_stream"), customer)
    thread.join(10)
    assert [r["transaction_hash"] for r in seen] == [answer["hash"]]
    assert seen[0]["amount"] == "2.5000000"


def test_bad_signature_is_refused(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    before = state(devnet, customer.public_key, merchant)
    builder = build(server, customer).append_payment_op(merchant, usdc, "1")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, Keypair.random())
    assert refusal(refused) == {"transaction": "tx_bad_auth"}
    assert state(devnet, customer.public_key, merchant) == before


def test_other_network_signature_is_refused(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    before = state(devnet, customer.public_key, merchant)
    account = server.load_account(customer.public_key)
    envelope = (
        TransactionBuilder(account, Network.PUBLIC_NETWORK_PASSPHRASE, base_fee=100)
        .append_payment_op(merchant, usdc, "1")
        .set_timeout(60)
        .build()
    )
    envelope.sign(customer)
    with pytest.raises(BadRequestError) as refused:
        server.submit_transaction(envelope)
    assert refusal(refused) == {"transaction": "tx_bad_auth"}
    assert state(devnet, customer.public_key, merchant) == before


def test_reused_sequence_is_refused(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    envelope = build(server, customer).append_payment_op(merchant, usdc, "1").build()
    envelope.sign(customer)
    server.submit_transaction(envelope)
    before = state(devnet, customer.public_key, merchant)
    with pytest.raises(BadRequestError) as refused:
        server.submit_transaction(envelope)
    assert refusal(refused) == {"transaction": "tx_bad_seq"}
    assert state(devnet, customer.public_key, merchant) == before


def test_fee_below_minimum_is_refused(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    before = state(devnet, customer.public_key, merchant)
    builder = build(server, customer, base_fee=99).append_payment_op(merchant, usdc, "1")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {"transaction": "tx_insufficient_fee"}
    assert state(devnet, customer.public_key, merchant) == before


def test_expired_transaction_is_refused(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    account = server.load_account(customer.public_key)
    builder = TransactionBuilder(account, PASSPHRASE, base_fee=100)
    builder.add_time_bounds(1, 2).append_payment_op(merchant, usdc, "1")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {"transaction": "tx_too_late"}


def failed_only(devnet: Devnet, server: Server, account: str, tx_hash: str) -> None:
    """The transaction is listed only with include_failed=true, as failed."""
    plain = server.payments().for_account(account).limit(200).call()["_embedded"]["records"]
    assert tx_hash not in {r["transaction_hash"] for r in plain}
    every = (
        server.payments()
        .for_account(account)
        .include_failed(True)
        .limit(200)
        .call()["_embedded"]["records"]
    )
    failed = [r for r in every if r["transaction_hash"] == tx_hash]
    assert failed and all(r["transaction_successful"] is False for r in failed)
    assert server.transactions().transaction(tx_hash).call()["successful"] is False


def test_payment_beyond_the_balance_fails_and_moves_nothing(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    xlm_before = devnet.balance(customer.public_key, "XLM")
    builder = build(server, customer).append_payment_op(merchant, usdc, "100.0000001")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {"transaction": "tx_failed", "operations": ["op_underfunded"]}
    assert devnet.balance(customer.public_key) == Decimal("100")
    assert devnet.balance(merchant) == Decimal("0")
    assert devnet.balance(customer.public_key, "XLM") == xlm_before - Decimal("0.00001")
    tx_hash = TransactionEnvelope.from_xdr(
        refused.value.extras["envelope_xdr"], PASSPHRASE
    ).hash_hex()
    failed_only(devnet, server, merchant, tx_hash)


def test_payment_beyond_the_trustline_limit_fails(
    devnet: Devnet, server: Server, customer: Keypair, usdc: Asset
) -> None:
    shop = friendbot(devnet)
    submit(server, build(server, shop).append_change_trust_op(usdc, limit="10"), shop)
    assert server.accounts().account_id(shop.public_key).call()["balances"][0]["limit"] == (
        "10.0000000"
    )
    submit(server, build(server, customer).append_payment_op(shop.public_key, usdc, "9"), customer)
    builder = build(server, customer).append_payment_op(shop.public_key, usdc, "1.0000001")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {"transaction": "tx_failed", "operations": ["op_line_full"]}
    assert devnet.balance(shop.public_key) == Decimal("9")
    assert devnet.balance(customer.public_key) == Decimal("91")


def test_operations_apply_all_or_nothing(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    builder = build(server, customer)
    builder.append_payment_op(merchant, usdc, "60").append_payment_op(merchant, usdc, "60")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {
        "transaction": "tx_failed",
        "operations": ["op_success", "op_underfunded"],
    }
    assert devnet.balance(merchant) == Decimal("0")
    assert devnet.balance(customer.public_key) == Decimal("100")


@pytest.mark.parametrize(
    ("destination", "code"),
    [("unknown", "op_no_destination"), ("untrusting", "op_no_trust")],
)
def test_payment_to_an_account_that_cannot_receive(
    devnet: Devnet, server: Server, customer: Keypair, usdc: Asset, destination: str, code: str
) -> None:
    to = Keypair.random().public_key if destination == "unknown" else friendbot(devnet).public_key
    builder = build(server, customer).append_payment_op(to, usdc, "1")
    with pytest.raises(BadRequestError) as refused:
        submit(server, builder, customer)
    assert refusal(refused) == {"transaction": "tx_failed", "operations": [code]}
    assert devnet.balance(customer.public_key) == Decimal("100")


def test_path_payments_follow_the_devnet_price(
    devnet: Devnet, server: Server, customer: Keypair, merchant: str, usdc: Asset
) -> None:
    devnet.set_price("8")  # 8 XLM per USDC
    xlm = Asset.native()
    builder = build(server, customer)
    builder.append_path_payment_strict_send_op(merchant, xlm, "80", usdc, "10", [])
    builder.append_path_payment_strict_receive_op(merchant, xlm, "16", usdc, "2", [])
    answer = submit(server, builder.add_text_memo("pay_path"), customer)
    assert answer["successful"] is True
    assert devnet.balance(merchant) == Decimal("12")
    records = devnet.snapshot_payments(merchant)[-2:]
    assert [(r["type"], r["amount"], r["source_amount"]) for r in records] == [
        ("path_payment_strict_send", "10.0000000", "80.0000000"),
        ("path_payment_strict_receive", "2.0000000", "16.0000000"),
    ]
    for op, code in (
        (
            lambda b: b.append_path_payment_strict_send_op(merchant, xlm, "8", usdc, "1.01", []),
            "op_under_dest_min",
        ),
        (
            lambda b: b.append_path_payment_strict_receive_op(merchant, xlm, "7.99", usdc, "1", []),
            "op_over_source_max",
        ),
        (
            lambda b: b.append_path_payment_strict_send_op(
                merchant, xlm, "8", Asset("EURC", devnet.usdc_issuer), "1", []
            ),
            "op_too_few_offers",
        ),
    ):
        with pytest.raises(BadRequestError) as refused:
            submit(server, op(build(server, customer)), customer)
        assert refusal(refused) == {"transaction": "tx_failed", "operations": [code]}
    assert devnet.balance(merchant) == Decimal("12")


def test_create_account_and_fee_bump(
    devnet: Devnet, server: Server, customer: Keypair, usdc: Asset
) -> None:
    newcomer = Keypair.random()
    submit(
        server,
        build(server, customer).append_create_account_op(newcomer.public_key, "5"),
        customer,
    )
    assert devnet.balance(newcomer.public_key, "XLM") == Decimal("5")
    sponsor = friendbot(devnet)
    inner = build(server, newcomer).append_change_trust_op(usdc).build()
    inner.sign(newcomer)
    bump = TransactionBuilder.build_fee_bump_transaction(sponsor.public_key, 200, inner, PASSPHRASE)
    bump.sign(sponsor)
    answer = server.submit_transaction(bump)
    assert answer["successful"] is True
    assert answer["hash"] == bump.hash_hex()
    assert answer["inner_transaction"]["hash"] == inner.hash_hex()
    assert devnet.balance(newcomer.public_key, "XLM") == Decimal("5")
    assert devnet.balance(sponsor.public_key, "XLM") == Decimal("9999.9999800")
    assert devnet.balance(newcomer.public_key) == Decimal("0")


def test_memo_rules(devnet: Devnet, server: Server, customer: Keypair, usdc: Asset) -> None:
    """A text memo over 28 bytes is malformed; a memo_required account is honoured by the
    unchanged library (SEP-29 reads the account's data entry from the devnet)."""
    strict = devnet.create_account(memo_required=True)
    builder = build(server, customer).append_payment_op(strict, usdc, "1")
    with pytest.raises(AccountRequiresMemoError):
        submit(server, builder, customer)
    envelope = build(server, customer).append_payment_op(strict, usdc, "1")
    signed = envelope.add_text_memo("m" * 28).build()
    signed.sign(customer)
    raw = base64.b64decode(signed.to_xdr())
    too_long = raw.replace(b"\x00\x00\x00\x1c" + b"m" * 28, b"\x00\x00\x00\x20" + b"m" * 32)
    assert too_long != raw
    answer = httpx.post(
        f"{devnet.url}/transactions", data={"tx": base64.b64encode(too_long).decode()}
    )
    assert answer.status_code == 400
    assert answer.json()["type"] == "https://stellar.org/horizon-errors/transaction_malformed"
    assert devnet.balance(strict) == Decimal("0")
