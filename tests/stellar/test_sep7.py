"""posapp.stellar.sep7: URIs are exact, plain-decimal, and read back by stellar-sdk's parser."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stellar_sdk import Keypair
from stellar_sdk.sep.stellar_uri import PayStellarUri

from posapp.core.errors import InvalidAddress, InvalidAmount, InvalidInput
from posapp.stellar.networks import PUBLIC, TESTNET, Network
from posapp.stellar.sep7 import PayRequest, build_pay_uri, parse_pay_uri

DEST = "GCFIRY65OQE7DFP5KLNS2PF2LVZMUZYJX4OZIEQ36N2IQANUB5XVYOJR"
MEMO = "pay_abcdefghijklmnopqrstuvwx"
DEVNET = Network(
    name="devnet",
    passphrase="Standalone Network ; February 2017",
    horizon_url="http://127.0.0.1:8000",
    usdc_issuer=TESTNET.usdc_issuer,
    explorer_tx_url="http://127.0.0.1:8000/tx/{hash}",
)


def _uri(**overrides: object) -> str:
    args: dict[str, object] = {
        "destination": DEST,
        "amount": Decimal("23.77"),
        "asset_code": "USDC",
        "asset_issuer": TESTNET.usdc_issuer,
        "memo": MEMO,
        "network": TESTNET,
        "msg": None,
    }
    args.update(overrides)
    return build_pay_uri(**args)  # type: ignore[arg-type]


def _query(uri: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(uri).query, keep_blank_values=True))


def test_exact_uri_testnet() -> None:
    uri = _uri(msg="Chai & Co: 1999 INR")
    assert uri == (
        "web+stellar:pay?destination=GCFIRY65OQE7DFP5KLNS2PF2LVZMUZYJX4OZIEQ36N2IQANUB5XVYOJR"
        "&amount=23.77&asset_code=USDC"
        "&asset_issuer=GBBD47IF6LWK7P7MDEVSCWR7DPUWV3NY3DTQEVFL4NAT4AQH3ZLLFLA5"
        "&memo=pay_abcdefghijklmnopqrstuvwx&memo_type=MEMO_TEXT"
        "&msg=Chai%20%26%20Co%3A%201999%20INR"
        "&network_passphrase=Test%20SDF%20Network%20%3B%20September%202015"
    )


def test_exact_uri_public_has_no_network_passphrase() -> None:
    uri = _uri(network=PUBLIC, asset_issuer=PUBLIC.usdc_issuer)
    assert uri == (
        "web+stellar:pay?destination=GCFIRY65OQE7DFP5KLNS2PF2LVZMUZYJX4OZIEQ36N2IQANUB5XVYOJR"
        "&amount=23.77&asset_code=USDC"
        "&asset_issuer=GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN"
        "&memo=pay_abcdefghijklmnopqrstuvwx&memo_type=MEMO_TEXT"
    )
    assert "network_passphrase" not in uri
    assert parse_pay_uri(uri).network_passphrase is None


@pytest.mark.parametrize("network", [TESTNET, DEVNET])
def test_other_networks_carry_their_passphrase(network: Network) -> None:
    uri = _uri(network=network)
    assert _query(uri)["network_passphrase"] == network.passphrase
    assert parse_pay_uri(uri).network_passphrase == network.passphrase


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("0.0000001"), "0.0000001"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("23.7700000"), "23.77"),
        (Decimal("5"), "5.00"),
        (Decimal("1E+3"), "1000.00"),
        (Decimal("922337203685.4775807"), "922337203685.4775807"),
    ],
)
def test_amount_is_plain_decimal(amount: Decimal, text: str) -> None:
    uri = _uri(amount=amount)
    assert f"&amount={text}&" in uri
    assert "E" not in _query(uri)["amount"]
    assert parse_pay_uri(uri).amount == amount


@pytest.mark.parametrize(
    "amount",
    [Decimal(0), Decimal("-1"), Decimal("0.00000001"), Decimal("NaN"), Decimal("Infinity")],
)
def test_bad_amounts_are_refused(amount: Decimal) -> None:
    with pytest.raises(InvalidAmount):
        _uri(amount=amount)


def test_float_amount_is_refused() -> None:
    with pytest.raises(InvalidAmount):
        _uri(amount=23.77)


def test_memo_limits() -> None:
    assert _query(_uri(memo="x" * 28))["memo"] == "x" * 28
    with pytest.raises(InvalidInput, match="28"):
        _uri(memo="x" * 29)
    with pytest.raises(InvalidInput, match="28"):
        _uri(memo="é" * 15)  # 15 characters, 30 bytes
    with pytest.raises(InvalidInput):
        _uri(memo="")


def test_msg_is_truncated_to_300_characters_and_read_back_by_stellar_sdk() -> None:
    uri = _uri(msg="é" * 400)
    msg = _query(uri)["msg"]
    assert len(msg) == 300 and msg.endswith("…")
    assert PayStellarUri.from_uri(uri).msg == msg  # stellar-sdk refuses > 300 characters
    assert "msg=" not in _uri(msg="")


def test_bad_addresses_are_refused() -> None:
    seed = Keypair.random().secret
    with pytest.raises(InvalidAddress) as info:
        _uri(destination=seed)
    assert seed not in str(info.value)
    with pytest.raises(InvalidAddress):
        _uri(asset_issuer="GABC")
    with pytest.raises(InvalidInput):
        _uri(asset_code="TOOLONGASSETCODE")


def test_parse_rejects_garbage() -> None:
    for bad in ["https://example.com", "web+stellar:tx?xdr=AAAA", "web+stellar:pay?amount=1"]:
        with pytest.raises(InvalidInput):
            parse_pay_uri(bad)
    with pytest.raises(InvalidAddress):
        parse_pay_uri("web+stellar:pay?destination=GABC")
    with pytest.raises(InvalidAmount):
        parse_pay_uri(f"web+stellar:pay?destination={DEST}&amount=abc")


def test_parse_returns_frozen_request() -> None:
    req = parse_pay_uri(_uri(msg="hi"))
    assert req == PayRequest(
        destination=DEST,
        amount=Decimal("23.77"),
        asset_code="USDC",
        asset_issuer=TESTNET.usdc_issuer,
        memo=MEMO,
        memo_type="MEMO_TEXT",
        network_passphrase=TESTNET.passphrase,
        msg="hi",
    )
    with pytest.raises(AttributeError):
        req.memo = "x"  # type: ignore[misc]


BASE32 = "abcdefghijklmnopqrstuvwxyz234567"


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    places = draw(st.integers(min_value=1, max_value=7))
    units = draw(st.integers(min_value=1, max_value=10**9 * 10**places))
    return Decimal(units).scaleb(-places)


@given(
    seed=st.binary(min_size=32, max_size=32),
    amount=amounts(),
    memo_tail=st.text(alphabet=BASE32, min_size=24, max_size=24),
    msg=st.none() | st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    network=st.sampled_from([PUBLIC, TESTNET, DEVNET]),
)
def test_round_trip_through_stellar_sdk(
    seed: bytes, amount: Decimal, memo_tail: str, msg: str | None, network: Network
) -> None:
    destination = Keypair.from_raw_ed25519_seed(seed).public_key
    memo = "pay_" + memo_tail
    uri = build_pay_uri(
        destination=destination,
        amount=amount,
        asset_code="USDC",
        asset_issuer=network.usdc_issuer,
        memo=memo,
        network=network,
        msg=msg,
    )
    assert "E" not in _query(uri)["amount"]
    expected_passphrase = None if network.is_public else network.passphrase
    expected_msg = msg or None

    # stellar-sdk's own parser, directly...
    sdk = PayStellarUri.from_uri(uri)
    assert sdk.destination == destination
    assert Decimal(sdk.amount) == amount
    assert (sdk.asset_code, sdk.asset_issuer) == ("USDC", network.usdc_issuer)
    assert (sdk.memo, sdk.memo_type) == (memo, "MEMO_TEXT")
    assert sdk.network_passphrase == expected_passphrase
    assert sdk.msg == expected_msg

    # ...and through our wrapper.
    assert parse_pay_uri(uri) == PayRequest(
        destination=destination,
        amount=amount,
        asset_code="USDC",
        asset_issuer=network.usdc_issuer,
        memo=memo,
        memo_type="MEMO_TEXT",
        network_passphrase=expected_passphrase,
        msg=expected_msg,
    )
