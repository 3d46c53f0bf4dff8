"""Checking what a person typed as the merchant's Stellar account (setup wizard, ``posapp init``).

posapp is non-custodial: it only ever needs the shop's public ``G…`` address. A secret seed
(``S…``) pasted by mistake is refused loudly, and no message or exception ever repeats it.
Error messages never echo the input at all, so nothing typed here can leak into logs.

Pure functions; any thread.
"""

from __future__ import annotations

from typing import Any

from posapp.core.errors import InvalidAddress, SecretSeedRefused
from posapp.core.i18n import QT_TRANSLATE_NOOP

STRKEY_LENGTH = 56
"""Characters in a G… account id or an S… secret seed."""
_PARTIAL_SEED_LENGTH = 20
"""An ``S…`` input this long is treated as a (partial or mangled) secret seed."""
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

SECRET_SEED_WARNING = (
    "that looks like a secret key (S…): never enter a secret key anywhere. posapp never "
    "needs it; it only watches your public G… address. If you think someone saw it, move your "
    "funds to a new account"
)


def _strkey() -> Any:
    """stellar_sdk's StrKey, imported on first use: stellar_sdk takes most of a second to
    load, and the app imports this module before its first window."""
    from stellar_sdk import StrKey

    return StrKey


def _compact(text: str) -> str:
    """``text`` without any whitespace (inside too: wrapped copies), in upper case.

    StrKey's alphabet is upper-case only and its checksum covers the decoded bytes, so upper-
    casing never turns one valid key into another.
    """
    return "".join(text.split()).upper()


def is_secret_seed(text: str) -> bool:
    """True when ``text`` is, or merely looks like, a Stellar secret seed (``S…``).

    Deliberately broad (a mistyped seed with a bad checksum is still a secret): anything that
    after removing whitespace is ``S`` + 55 base32 characters counts, in either case. Use it
    to refuse or mask input before it is stored, logged or shown. Pure; any thread.
    """
    if not isinstance(text, str):
        return False
    compact = _compact(text)
    if _strkey().is_valid_ed25519_secret_seed(compact):
        return True
    return len(compact) == STRKEY_LENGTH and compact[0] == "S" and set(compact) <= _BASE32


def validate_merchant_account(text: str) -> str:
    """Return the canonical ``G…`` account id in ``text``, or raise a one-line InvalidAddress.

    For the setup wizard and ``posapp init --account``: whitespace (also inside, from wrapped
    copies) is removed and lower case accepted. Raises

    - SecretSeedRefused for a secret seed, or anything of 20+ characters starting with ``S``
      (a partial or mangled seed is still secret); the message warns and never quotes it;
    - InvalidAddress for a muxed ``M…`` address (the merchant account must be the base
      ``G…`` account: posapp makes muxed ids per payment itself), a contract ``C…`` address,
      an empty string, a wrong length, characters outside base32 or a bad checksum.

    The input is never echoed in a message, and no exception is chained to one that might
    quote it. Pure; any thread.
    """
    if not isinstance(text, str):
        raise InvalidAddress(QT_TRANSLATE_NOOP("errors", "the merchant account must be text"))
    compact = _compact(text)
    if not compact:
        raise InvalidAddress(
            QT_TRANSLATE_NOOP(
                "errors", "the merchant account is empty: enter the shop's public G… address"
            )
        )
    if is_secret_seed(compact) or (compact[0] == "S" and len(compact) >= _PARTIAL_SEED_LENGTH):
        raise SecretSeedRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "that looks like a secret key (S…): never enter a secret key anywhere. posapp "
                "never needs it; it only watches your public G… address. If you think someone "
                "saw it, move your funds to a new account",
            )
        )
    if _strkey().is_valid_ed25519_public_key(compact):
        return compact
    if _strkey().is_valid_med25519_public_key(compact):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP(
                "errors",
                "that is a muxed M… address: the merchant account must be the base G… "
                "account (posapp gives each payment its own muxed id)",
            )
        )
    if _strkey().is_valid_contract(compact):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP(
                "errors", "that is a contract C… address: the merchant account must be a G… account"
            )
        )
    if compact[0] != "G":
        raise InvalidAddress(QT_TRANSLATE_NOOP("errors", "a Stellar account address starts with G"))
    if len(compact) != STRKEY_LENGTH:
        raise InvalidAddress(
            QT_TRANSLATE_NOOP(
                "errors",
                "wrong length: a Stellar account address has {expected} characters, this "
                "has {length}",
            ),
            expected=STRKEY_LENGTH,
            length=len(compact),
        )
    if not set(compact) <= _BASE32:
        raise InvalidAddress(
            QT_TRANSLATE_NOOP(
                "errors",
                "invalid characters: a Stellar address has only letters A–Z and digits 2–7",
            )
        )
    raise InvalidAddress(
        QT_TRANSLATE_NOOP("errors", "bad checksum: the address has a typo, copy it again")
    )


def short_address(g: str) -> str:
    """Abbreviate an address for display: ``"GABC…WXYZ"`` (first 4, ``…``, last 4).

    Short strings come back unchanged. A secret seed is never shown, even in part: it comes
    back as ``"[secret key hidden]"``. Pure; any thread.
    """
    if is_secret_seed(g):
        return "[secret key hidden]"
    text = g.strip()
    if len(text) <= 9:
        return text
    return f"{text[:4]}…{text[-4:]}"
