"""SEP-7 ``web+stellar:pay`` URIs: the text behind the customer-display QR (docs/design.md step 2).

``build_pay_uri`` writes the URI itself instead of using stellar-sdk's ``PayStellarUri.to_uri``
because that prints ``Decimal("0.0000001")`` as ``1E-7``. ``parse_pay_uri`` reads a URI with
stellar-sdk's own SEP-7 parser, so tests check our output against an independent reader.

Parameter order is fixed: ``destination, amount, asset_code, asset_issuer, memo, memo_type,
msg, network_passphrase``. Every value is percent-encoded with nothing left "safe" (a space
is ``%20``, never ``+``). ``network_passphrase`` is present on every network except the
public one, because wallets assume the public network when it is missing.

Pure functions; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from stellar_sdk import Asset, StrKey
from stellar_sdk.sep.stellar_uri import PayStellarUri

from posapp.core.errors import InvalidAddress, InvalidAmount, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import MAX_STELLAR_AMOUNT, format_plain, parse_amount
from posapp.stellar.networks import PUBLIC, Network

SCHEME_PREFIX = "web+stellar:pay?"
MAX_MSG_CHARS = 300
"""SEP-7 limit for ``msg``; a longer message is cut to this, ending in ``…``."""
MAX_TEXT_MEMO_BYTES = 28
"""A Stellar text memo holds at most 28 bytes (UTF-8)."""
MEMO_TEXT = "MEMO_TEXT"


@dataclass(frozen=True, slots=True)
class PayRequest:
    """A parsed SEP-7 pay request; immutable, safe across threads.

    Optional SEP-7 fields absent from the URI are None. ``memo`` is the memo as written in
    the URI (for ``MEMO_ID`` the decimal id, for hash memos base64).
    """

    destination: str
    amount: Decimal | None
    asset_code: str | None
    asset_issuer: str | None
    memo: str | None
    memo_type: str | None
    network_passphrase: str | None
    msg: str | None


def _encode(value: str) -> str:
    return quote(value, safe="")


def _is_utf8_encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text_memo(memo: str) -> None:
    if not isinstance(memo, str) or not memo:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the payment memo is empty"))
    if not _is_utf8_encodable(memo):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the payment memo is not valid text"))
    size = len(memo.encode("utf-8"))
    if size > MAX_TEXT_MEMO_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "the payment memo is {size} bytes; a Stellar text memo holds {limit}"
            ),
            size=size,
            limit=MAX_TEXT_MEMO_BYTES,
        )


def _check_amount(amount: Decimal) -> Decimal:
    if not isinstance(amount, Decimal):
        raise InvalidAmount("the payment amount must be a Decimal")
    return parse_amount(amount, places=7, maximum=MAX_STELLAR_AMOUNT)


def build_pay_uri(
    *,
    destination: str,
    amount: Decimal,
    asset_code: str,
    asset_issuer: str,
    memo: str,
    network: Network,
    msg: str | None = None,
) -> str:
    """The SEP-7 pay URI a customer's wallet scans to pay one session.

    ``destination`` and ``asset_issuer`` must be valid ``G…`` accounts; ``amount`` a positive
    Decimal with at most 7 decimals, printed plainly (``0.0000001``, ``23.77``, never an
    exponent); ``memo`` a non-empty text memo of at most 28 UTF-8 bytes (sent as
    ``MEMO_TEXT``). ``msg`` (optional, omitted when empty) is cut to 300 characters.
    Raises InvalidAddress, InvalidAmount or InvalidInput. Pure; any thread.
    """
    if not isinstance(destination, str) or not StrKey.is_valid_ed25519_public_key(destination):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP("errors", "the payment destination must be a valid G… account")
        )
    if not isinstance(asset_issuer, str) or not StrKey.is_valid_ed25519_public_key(asset_issuer):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP("errors", "the asset issuer must be a valid G… account")
        )
    try:
        Asset.check_if_asset_code_is_valid(asset_code)
    except (ValueError, TypeError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the asset code must be 1–12 letters or digits")
        ) from None
    value = _check_amount(amount)
    _check_text_memo(memo)

    params = [
        ("destination", destination),
        ("amount", format_plain(value)),
        ("asset_code", asset_code),
        ("asset_issuer", asset_issuer),
        ("memo", memo),
        ("memo_type", MEMO_TEXT),
    ]
    if msg:
        if not isinstance(msg, str) or not _is_utf8_encodable(msg):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the payment message is not valid text"))
        if len(msg) > MAX_MSG_CHARS:
            msg = msg[: MAX_MSG_CHARS - 1] + "…"
        params.append(("msg", msg))
    if not network.is_public or network.passphrase != PUBLIC.passphrase:
        params.append(("network_passphrase", network.passphrase))
    return SCHEME_PREFIX + "&".join(f"{key}={_encode(val)}" for key, val in params)


def parse_pay_uri(uri: str) -> PayRequest:
    """Read a SEP-7 ``web+stellar:pay`` URI with stellar-sdk's parser into a PayRequest.

    For tests (round-trips against an independent reader) and for checking URIs from
    elsewhere. The destination must be a ``G…`` or muxed ``M…`` account; an amount, when
    present, positive with at most 7 decimals; a text memo at most 28 bytes. Raises
    InvalidAddress, InvalidAmount or InvalidInput. Pure; any thread.
    """
    if not isinstance(uri, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a SEP-7 URI must be text"))
    try:
        parsed = PayStellarUri.from_uri(uri.strip())
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "not a usable SEP-7 pay URI: {error}"), error=exc
        ) from None
    destination = parsed.destination
    if not (
        StrKey.is_valid_ed25519_public_key(destination)
        or StrKey.is_valid_med25519_public_key(destination)
    ):
        raise InvalidAddress(
            QT_TRANSLATE_NOOP("errors", "the SEP-7 destination is not a valid G… or M… account")
        )
    amount = None
    if parsed.amount is not None:
        amount = parse_amount(str(parsed.amount), places=7, maximum=MAX_STELLAR_AMOUNT)
    return PayRequest(
        destination=destination,
        amount=amount,
        asset_code=parsed.asset_code,
        asset_issuer=parsed.asset_issuer,
        memo=None if parsed.memo is None else str(parsed.memo),
        memo_type=parsed.memo_type,
        network_passphrase=parsed.network_passphrase,
        msg=parsed.msg,
    )
