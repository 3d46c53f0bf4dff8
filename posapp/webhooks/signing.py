"""Standard Webhooks v1 signatures (docs/design.md "Webhooks"; the official test vectors are in
tests/webhooks/test_signing.py, copied from docs/webhook-test-vectors.md).

The signed content is ``f"{msg_id}.{timestamp}."`` followed by the exact body bytes; the
signature is HMAC-SHA256 keyed with the secret's base64-decoded bytes (after an optional
``whsec_`` prefix) and sent as ``v1,<base64>``. Several signatures (secret rotation) are
joined with single spaces in one ``webhook-signature`` header.

Verifying on the merchant's side (any language; in Python without posapp)::

    from standardwebhooks.webhooks import Webhook
    Webhook(secret).verify(raw_body, request_headers)    # raises if not authentic

or with this module: ``verify_headers(secret, request.headers, raw_body)``. Always verify
the raw body bytes exactly as received (never a re-serialised JSON), reject timestamps more
than five minutes away from now, and de-duplicate on ``webhook-id`` (stable across retries).

Pure functions, safe on any thread. No error message ever contains a secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets as _secrets
import time
from collections.abc import Mapping, Sequence

from posapp.core.errors import WebhookError
from posapp.core.i18n import QT_TRANSLATE_NOOP

SECRET_PREFIX = "whsec_"
SIGNATURE_VERSION = "v1"
TOLERANCE_SECONDS = 5 * 60
SECRET_BYTES = 32
MIN_SECRET_BYTES = 24
MAX_SECRET_BYTES = 64


class InvalidSecret(WebhookError, ValueError):
    """A webhook secret is empty or not base64 (the message never repeats the secret)."""


class SignatureMismatch(WebhookError):
    """A webhook request failed verification: headers missing, timestamp out of range, or
    no ``v1`` signature matches."""


def decode_secret(secret: str | bytes) -> bytes:
    """The HMAC key of ``secret``: base64 after an optional ``whsec_`` prefix (padding optional).

    ``bytes`` are taken as the raw key. Raises ``InvalidSecret``; any thread.
    """
    if isinstance(secret, bytes):
        key = secret
    elif isinstance(secret, str):
        text = secret.strip()
        text = text.removeprefix(SECRET_PREFIX)
        try:
            key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidSecret(
                QT_TRANSLATE_NOOP("errors", "webhook secret is not valid base64 (expected whsec_…)")
            ) from None
    else:
        raise InvalidSecret(QT_TRANSLATE_NOOP("errors", "webhook secret must be text"))
    if not key:
        raise InvalidSecret(QT_TRANSLATE_NOOP("errors", "webhook secret is empty"))
    return key


def generate_secret(nbytes: int = SECRET_BYTES) -> str:
    """A fresh secret ``whsec_`` + base64 of ``nbytes`` (24–64) bytes from ``secrets``."""
    if not MIN_SECRET_BYTES <= nbytes <= MAX_SECRET_BYTES:
        raise ValueError(f"secret length must be {MIN_SECRET_BYTES}–{MAX_SECRET_BYTES} bytes")
    return SECRET_PREFIX + base64.b64encode(_secrets.token_bytes(nbytes)).decode("ascii")


def _signed_content(msg_id: str, timestamp: int, body: bytes) -> bytes:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("webhook body must be bytes (sign exactly what is sent)")
    return f"{msg_id}.{int(timestamp)}.".encode() + bytes(body)


def _digest(key: bytes, msg_id: str, timestamp: int, body: bytes) -> bytes:
    return hmac.new(key, _signed_content(msg_id, timestamp, body), hashlib.sha256).digest()


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """One signature ``v1,<base64 HMAC-SHA256 of "id.timestamp.body">``; any thread."""
    digest = _digest(decode_secret(secret), msg_id, timestamp, body)
    return f"{SIGNATURE_VERSION}," + base64.b64encode(digest).decode("ascii")


def signature_header(secrets: Sequence[str], msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value: one ``v1,`` signature per secret, space-separated.

    Used while a rotated-out secret is still honoured (both sign). Any thread.
    """
    if isinstance(secrets, str):
        secrets = (secrets,)
    if not secrets:
        raise InvalidSecret(QT_TRANSLATE_NOOP("errors", "no webhook secret to sign with"))
    return " ".join(sign(s, msg_id, timestamp, body) for s in secrets)


def verify(
    secrets: str | Sequence[str],
    msg_id: str,
    timestamp: str | int,
    signature: str,
    body: bytes,
    *,
    now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> None:
    """Check one request; return quietly when authentic, raise ``SignatureMismatch`` if not.

    ``secrets`` may be one secret or several (a receiver mid-rotation). ``signature`` is the
    whole header: entries are split on spaces, non-``v1`` entries skipped, comparisons are
    constant-time. ``timestamp`` must be within ``tolerance`` seconds of ``now`` (default:
    the wall clock). Any thread.
    """
    keys = [decode_secret(s) for s in ((secrets,) if isinstance(secrets, str) else secrets)]
    if not keys:
        raise InvalidSecret(QT_TRANSLATE_NOOP("errors", "no webhook secret to verify with"))
    if not msg_id or timestamp in (None, "") or not signature:
        raise SignatureMismatch(
            QT_TRANSLATE_NOOP(
                "errors", "missing webhook-id, webhook-timestamp or webhook-signature"
            )
        )
    try:
        ts = int(str(timestamp).strip())
    except ValueError:
        raise SignatureMismatch(
            QT_TRANSLATE_NOOP("errors", "webhook-timestamp is not a number")
        ) from None
    current = time.time() if now is None else now
    if ts < current - tolerance:
        raise SignatureMismatch(QT_TRANSLATE_NOOP("errors", "webhook timestamp too old"))
    if ts > current + tolerance:
        raise SignatureMismatch(QT_TRANSLATE_NOOP("errors", "webhook timestamp too new"))
    expected = [_digest(key, msg_id, ts, body) for key in keys]
    for entry in signature.split(" "):
        version, _, encoded = entry.partition(",")
        if version != SIGNATURE_VERSION or not encoded:
            continue
        try:
            candidate = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        matched = False
        for digest in expected:  # no early exit: same work whichever secret matches
            matched |= hmac.compare_digest(digest, candidate)
        if matched:
            return
    raise SignatureMismatch(QT_TRANSLATE_NOOP("errors", "no matching webhook signature"))


def verify_headers(
    secrets: str | Sequence[str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> None:
    """``verify`` taking the request's headers (any case) as a mapping; any thread."""
    lowered = {k.lower(): v for k, v in headers.items()}
    verify(
        secrets,
        lowered.get("webhook-id", ""),
        lowered.get("webhook-timestamp", ""),
        lowered.get("webhook-signature", ""),
        body,
        now=now,
        tolerance=tolerance,
    )
