"""posapp.stellar.addresses: the merchant account field refuses secrets and anything not G…."""

from __future__ import annotations

import traceback

import pytest
from stellar_sdk import Keypair, StrKey

from posapp.core.errors import InvalidAddress, SecretSeedRefused
from posapp.stellar.addresses import is_secret_seed, short_address, validate_merchant_account


def _full_text(exc: BaseException) -> str:
    """Everything a log could show about an exception: str, repr, args, chained causes."""
    return "".join(traceback.format_exception(exc)) + repr(exc) + repr(exc.args)


def test_valid_public_key_is_returned() -> None:
    g = Keypair.random().public_key
    assert validate_merchant_account(g) == g


@pytest.mark.parametrize("wrap", [" {} ", "\t{}\n", "{}\r\n", "  {}"])
def test_surrounding_whitespace_is_stripped(wrap: str) -> None:
    g = Keypair.random().public_key
    assert validate_merchant_account(wrap.format(g)) == g


def test_whitespace_inside_and_lower_case_are_tolerated() -> None:
    g = Keypair.random().public_key
    assert validate_merchant_account(g[:28] + "\n" + g[28:]) == g
    assert validate_merchant_account(g.lower()) == g


def test_secret_seed_is_refused_without_echo() -> None:
    seed = Keypair.random().secret
    with pytest.raises(SecretSeedRefused) as info:
        validate_merchant_account(seed)
    text = _full_text(info.value)
    assert seed not in text
    assert seed[1:20] not in text  # not even a fragment
    assert "never" in str(info.value)
    assert "secret key" in str(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert isinstance(info.value, InvalidAddress)  # callers catching InvalidAddress see it too


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: f"  {s}\n",
        str.lower,
        lambda s: s[:-1] + ("A" if s[-1] != "A" else "B"),  # bad checksum: still a secret
        lambda s: s[:30],  # partial paste
        lambda s: s[:20] + " " + s[20:],
    ],
)
def test_mangled_secret_seed_is_still_refused_without_echo(mangle) -> None:
    seed = Keypair.random().secret
    text = mangle(seed)
    with pytest.raises(SecretSeedRefused) as info:
        validate_merchant_account(text)
    assert seed[1:20] not in _full_text(info.value)
    assert text.strip() not in _full_text(info.value)


def test_is_secret_seed() -> None:
    seed = Keypair.random().secret
    assert is_secret_seed(seed)
    assert is_secret_seed(f" {seed.lower()} ")
    assert is_secret_seed(seed[:-1] + ("A" if seed[-1] != "A" else "B"))
    assert not is_secret_seed(Keypair.random().public_key)
    assert not is_secret_seed("")
    assert not is_secret_seed("Shop")


def test_muxed_address_is_refused_with_reason() -> None:
    g = Keypair.random().public_key
    muxed = StrKey.encode_med25519_public_key(
        StrKey.decode_ed25519_public_key(g) + (1234).to_bytes(8, "big")
    )
    assert muxed.startswith("M")
    with pytest.raises(InvalidAddress) as info:
        validate_merchant_account(muxed)
    assert not isinstance(info.value, SecretSeedRefused)
    message = str(info.value)
    assert "muxed" in message and "G…" in message
    assert muxed not in message


def test_contract_address_is_refused() -> None:
    contract = StrKey.encode_contract(bytes(range(32)))
    with pytest.raises(InvalidAddress, match="contract"):
        validate_merchant_account(contract)


def test_bad_checksum() -> None:
    g = Keypair.random().public_key
    bad = g[:-1] + ("A" if g[-1] != "A" else "B")
    with pytest.raises(InvalidAddress, match="checksum") as info:
        validate_merchant_account(bad)
    assert bad not in str(info.value)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty(text: str) -> None:
    with pytest.raises(InvalidAddress, match="empty"):
        validate_merchant_account(text)


def test_wrong_length() -> None:
    g = Keypair.random().public_key
    with pytest.raises(InvalidAddress, match="length"):
        validate_merchant_account(g[:-3])
    with pytest.raises(InvalidAddress, match="length"):
        validate_merchant_account(g + "AAA")


def test_invalid_characters_and_prefix() -> None:
    g = Keypair.random().public_key
    with pytest.raises(InvalidAddress, match="characters"):
        validate_merchant_account(g[:10] + "1" + g[11:])
    with pytest.raises(InvalidAddress, match="starts with G"):
        validate_merchant_account("https://example.com/GABC")


def test_errors_are_one_line() -> None:
    for text in ["", "x", Keypair.random().secret, "G" * 56, "G" * 10]:
        with pytest.raises(InvalidAddress) as info:
            validate_merchant_account(text)
        assert "\n" not in str(info.value)


def test_short_address() -> None:
    g = Keypair.random().public_key
    assert short_address(g) == f"{g[:4]}…{g[-4:]}"
    assert short_address("GABC") == "GABC"
    seed = Keypair.random().secret
    assert seed[:4] not in short_address(seed) and seed[-4:] not in short_address(seed)
