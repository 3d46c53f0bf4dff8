"""PINs and passwords: what is acceptable, and bcrypt hashing (cost ≥ 12).

A *PIN* is 4 to 8 digits (typed on the PIN pad); anything else is a *password* of 8 to 72
bytes in UTF-8 (bcrypt's limit: longer input is refused with a message, never truncated and
never a crash). Messages never repeat what was typed.

``hash_secret`` and ``verify_secret`` take about a quarter of a second on purpose: call them
on a worker thread (``workers.tasks.run_task``) or the command line, never the GUI thread. The
policy checks are instant and pure (any thread).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from itertools import pairwise

import bcrypt

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

MIN_ROUNDS = 12
"""bcrypt cost factor: 2¹² rounds. Lower is refused."""
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
PASSWORD_MIN_BYTES = 8
PASSWORD_MAX_BYTES = 72
"""bcrypt reads at most 72 bytes; a longer password is refused, not cut."""


class SecretKind(StrEnum):
    """What a secret is, by its shape."""

    PIN = "pin"
    PASSWORD = "password"


class SecretRefused(InvalidInput):
    """A new PIN or password does not meet the rules (the message says which, never what)."""


def _has_control_characters(secret: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in secret)


def _is_trivial_pin(pin: str) -> bool:
    """All one digit (``0000``) or a straight run up or down (``1234``, ``9876``)."""
    if len(set(pin)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    return steps in ({1}, {9})


def classify_secret(secret: str) -> SecretKind:
    """``PIN`` when ``secret`` is all ASCII digits and at most 8 long, else ``PASSWORD``."""
    if secret.isascii() and secret.isdigit() and len(secret) <= PIN_MAX_DIGITS:
        return SecretKind.PIN
    return SecretKind.PASSWORD


def validate_new_secret(secret: object) -> SecretKind:
    """Check a new PIN or password; return its kind or raise ``SecretRefused``.

    Rules: a PIN has 4 to 8 digits and is not ``0000``-like or ``1234``-like; a password has
    8 to 72 bytes (UTF-8), no control characters, and is not only spaces. Pure; any thread.
    """
    if not isinstance(secret, str):
        raise SecretRefused(QT_TRANSLATE_NOOP("errors", "a PIN or password must be text"))
    if not secret:
        raise SecretRefused(
            QT_TRANSLATE_NOOP("errors", "enter a PIN (4 to 8 digits) or a password (8 to 72 bytes)")
        )
    kind = classify_secret(secret)
    if kind is SecretKind.PIN:
        if len(secret) < PIN_MIN_DIGITS:
            raise SecretRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "a PIN needs {pin_min_digits} to {pin_max_digits} digits; this one has "
                    "{length}",
                ),
                pin_min_digits=PIN_MIN_DIGITS,
                pin_max_digits=PIN_MAX_DIGITS,
                length=len(secret),
            )
        if _is_trivial_pin(secret):
            raise SecretRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "that PIN is too easy to guess (one digit repeated, or a run like "
                    "4-5-6-7): pick another",
                )
            )
        return kind
    if _has_control_characters(secret):
        raise SecretRefused(
            QT_TRANSLATE_NOOP("errors", "a password cannot contain control characters")
        )
    if not secret.strip():
        raise SecretRefused(QT_TRANSLATE_NOOP("errors", "a password cannot be only spaces"))
    size = len(secret.encode("utf-8"))
    if size > PASSWORD_MAX_BYTES:
        raise SecretRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "that password is too long: {size} bytes, at most {password_max_bytes} "
                "(letters outside A–Z can take 2–4 bytes each)",
            ),
            size=size,
            password_max_bytes=PASSWORD_MAX_BYTES,
        )
    if size < PASSWORD_MIN_BYTES:
        raise SecretRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "a password needs at least {password_min_bytes} characters (or use a PIN "
                "of {pin_min_digits} to {pin_max_digits} digits)",
            ),
            password_min_bytes=PASSWORD_MIN_BYTES,
            pin_min_digits=PIN_MIN_DIGITS,
            pin_max_digits=PIN_MAX_DIGITS,
        )
    return kind


def check_confirmation(secret: str, again: str) -> None:
    """Raise ``SecretRefused`` when the two entries differ (nothing about either is said)."""
    if secret != again:
        raise SecretRefused(
            QT_TRANSLATE_NOOP(
                "errors", "the two entries differ: type the same PIN or password twice"
            )
        )


def hash_secret(secret: str, rounds: int = MIN_ROUNDS) -> str:
    """Validate ``secret`` and return its bcrypt hash (60 ASCII characters).

    Slow on purpose (cost ``rounds`` ≥ 12): worker thread or command line only.
    """
    if rounds < MIN_ROUNDS:
        raise ValueError(f"bcrypt cost must be at least {MIN_ROUNDS}")
    validate_new_secret(secret)
    return bcrypt.hashpw(secret.encode("utf-8"), bcrypt.gensalt(rounds)).decode("ascii")


_DUMMY_HASH: str | None = None


def dummy_hash() -> str:
    """A hash of nothing anyone knows, so an unknown name costs as long as a wrong PIN.
    Computed once (first call: worker thread)."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = bcrypt.hashpw(b"posapp-no-such-user", bcrypt.gensalt(MIN_ROUNDS)).decode()
    return _DUMMY_HASH


def verify_secret(secret: str, secret_hash: str | None) -> bool:
    """True when ``secret`` matches ``secret_hash``. Never raises for odd input: over-long,
    empty or non-text secrets and damaged hashes are simply ``False``.

    Slow on purpose: worker thread or command line only. With ``secret_hash=None`` (no such
    user) a dummy hash is checked so the time taken gives nothing away.
    """
    target = secret_hash or dummy_hash()
    if not isinstance(secret, str) or not secret:
        bcrypt.checkpw(b"x", dummy_hash().encode())
        return False
    data = secret.encode("utf-8", errors="replace")
    if len(data) > PASSWORD_MAX_BYTES:
        return False
    try:
        ok = bcrypt.checkpw(data, target.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return False
    return ok and secret_hash is not None


def needs_rehash(secret_hash: str, rounds: int = MIN_ROUNDS) -> bool:
    """True when the stored hash used a lower cost than ``rounds`` (upgrade on next login)."""
    try:
        return int(secret_hash.split("$")[2]) < rounds
    except (IndexError, ValueError):
        return True
