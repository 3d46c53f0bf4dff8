"""Standard Webhooks v1 signing against the official vectors and the official verifier."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from posapp.core.errors import WebhookError
from posapp.webhooks.signing import (
    InvalidSecret,
    SignatureMismatch,
    decode_secret,
    generate_secret,
    sign,
    signature_header,
    verify,
    verify_headers,
)

V1_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
V1_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
V1_TS = 1614265330
V1_BODY = b'{"test": 2432232314}'
V1_SIG = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

V2_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"
V2_ID = "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk"
V2_TS = 1649367553
V2_BODY = b'{"email":"test@example.com","username":"test_user"}'
V2_SIG = "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw="
V2_BAD_SIG = "v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU="


def test_official_vector_1_with_and_without_prefix() -> None:
    assert len(V1_BODY) == 20
    assert decode_secret(V1_SECRET).hex() == "31f290f6bf06298aab4f08d43c3f082cf648a362da2da4b0"
    assert sign(V1_SECRET, V1_ID, V1_TS, V1_BODY) == V1_SIG
    assert sign(V1_SECRET.removeprefix("whsec_"), V1_ID, V1_TS, V1_BODY) == V1_SIG
    verify(V1_SECRET, V1_ID, V1_TS, V1_SIG, V1_BODY, now=V1_TS)


def test_official_vector_2() -> None:
    assert sign(V2_SECRET, V2_ID, V2_TS, V2_BODY) == V2_SIG
    verify(V2_SECRET, V2_ID, str(V2_TS), V2_SIG, V2_BODY, now=V2_TS + 10)


def test_official_negative_vector_is_rejected() -> None:
    now = int(time.time())
    with pytest.raises(SignatureMismatch):
        verify(V2_SECRET, V2_ID, now, V2_BAD_SIG, V2_BODY)
    with pytest.raises(WebhookVerificationError):
        headers = {
            "webhook-id": V2_ID,
            "webhook-timestamp": str(now),
            "webhook-signature": V2_BAD_SIG,
        }
        Webhook(V2_SECRET).verify(V2_BODY, headers)


def test_multi_signature_list_from_the_library_tests() -> None:
    valid = sign(V1_SECRET, V1_ID, V1_TS, V1_BODY)
    header = " ".join(
        [
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            valid,
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
        ]
    )
    verify(V1_SECRET, V1_ID, V1_TS, header, V1_BODY, now=V1_TS)
    # a v2 entry carrying the right digest must not count
    with pytest.raises(SignatureMismatch):
        verify(V1_SECRET, V1_ID, V1_TS, "v2," + valid[3:], V1_BODY, now=V1_TS)


@pytest.mark.parametrize(
    ("offset", "message"), [(-301, "too old"), (301, "too new")], ids=["old", "new"]
)
def test_timestamp_tolerance_is_five_minutes(offset: int, message: str) -> None:
    ts = V1_TS + offset
    sig = sign(V1_SECRET, V1_ID, ts, V1_BODY)
    with pytest.raises(SignatureMismatch, match=message):
        verify(V1_SECRET, V1_ID, ts, sig, V1_BODY, now=V1_TS)
    inside = V1_TS + (299 if offset > 0 else -299)
    verify(V1_SECRET, V1_ID, inside, sign(V1_SECRET, V1_ID, inside, V1_BODY), V1_BODY, now=V1_TS)


def test_bad_or_missing_headers_are_rejected() -> None:
    with pytest.raises(SignatureMismatch, match="not a number"):
        verify(V1_SECRET, V1_ID, "soon", V1_SIG, V1_BODY, now=V1_TS)
    for headers in (
        {"webhook-timestamp": str(V1_TS), "webhook-signature": V1_SIG},
        {"webhook-id": V1_ID, "webhook-signature": V1_SIG},
        {"webhook-id": V1_ID, "webhook-timestamp": str(V1_TS)},
    ):
        with pytest.raises(SignatureMismatch, match="missing"):
            verify_headers(V1_SECRET, headers, V1_BODY, now=V1_TS)
    ok = {"Webhook-Id": V1_ID, "WEBHOOK-TIMESTAMP": str(V1_TS), "webhook-signature": V1_SIG}
    verify_headers(V1_SECRET, ok, V1_BODY, now=V1_TS)


def test_tampering_is_detected() -> None:
    for args in (
        (V1_ID, V1_TS, V1_SIG, V1_BODY + b" "),
        (V1_ID + "x", V1_TS, V1_SIG, V1_BODY),
        (V1_ID, V1_TS + 1, V1_SIG, V1_BODY),
    ):
        with pytest.raises(SignatureMismatch):
            verify(V1_SECRET, *args, now=V1_TS)
    with pytest.raises(SignatureMismatch):
        verify(generate_secret(), V1_ID, V1_TS, V1_SIG, V1_BODY, now=V1_TS)


@pytest.mark.parametrize("secret", ["", "whsec_", "   "])
def test_empty_secret_is_an_error(secret: str) -> None:
    with pytest.raises(InvalidSecret):
        sign(secret, V1_ID, V1_TS, V1_BODY)


def test_unpadded_base64_secret_is_accepted() -> None:
    raw = b"\x01" * 25  # 25 bytes → base64 with "==" padding
    padded = base64.b64encode(raw).decode()
    assert padded.endswith("==")
    assert decode_secret("whsec_" + padded.rstrip("=")) == raw


def test_invalid_secret_message_never_contains_the_secret() -> None:
    secret = "whsec_not*base64*at*all*SECRETSECRET"
    with pytest.raises(InvalidSecret) as info:
        sign(secret, V1_ID, V1_TS, V1_BODY)
    assert "SECRETSECRET" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert isinstance(info.value, WebhookError)


def test_signature_header_joins_one_signature_per_secret() -> None:
    old, new = generate_secret(), generate_secret()
    header = signature_header([new, old], V1_ID, V1_TS, V1_BODY)
    parts = header.split(" ")
    assert parts == [sign(new, V1_ID, V1_TS, V1_BODY), sign(old, V1_ID, V1_TS, V1_BODY)]
    for secret in (old, new):
        verify(secret, V1_ID, V1_TS, header, V1_BODY, now=V1_TS)
    verify([generate_secret(), old], V1_ID, V1_TS, header, V1_BODY, now=V1_TS)
    with pytest.raises(InvalidSecret):
        signature_header([], V1_ID, V1_TS, V1_BODY)


def test_generate_secret_is_whsec_32_random_bytes() -> None:
    secrets = {generate_secret() for _ in range(50)}
    assert len(secrets) == 50
    for secret in secrets:
        assert secret.startswith("whsec_")
        assert len(decode_secret(secret)) == 32
    assert len(decode_secret(generate_secret(64))) == 64
    with pytest.raises(ValueError):
        generate_secret(16)


@given(
    body=st.binary(max_size=300).map(lambda b: b.decode("latin-1").encode("utf-8")),
    msg_id=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=40),
    offset=st.integers(min_value=-290, max_value=290),
)
def test_official_library_accepts_what_we_sign(body: bytes, msg_id: str, offset: int) -> None:
    secret = "whsec_" + base64.b64encode(bytes(range(32))).decode()
    ts = int(datetime.now(UTC).timestamp()) + offset
    headers = {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature_header([secret], msg_id, ts, body),
    }
    Webhook(secret).verify(body, headers, json_parse=False)
    verify_headers(secret, headers, body)
