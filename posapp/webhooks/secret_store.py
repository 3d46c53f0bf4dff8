"""Where the webhook signing secret lives: the OS keyring, or (opt-in) a 0600 file.

The database never holds the secret (settings only record *which* store is used).

* ``keyring`` (default): one entry, service ``"posapp"``, username
  ``"webhook-secret:<16 hex of sha256(resolved data dir)>"`` so several data dirs on one
  machine keep separate secrets. A missing or locked keyring (``fail.Keyring``, ``null``,
  a chainer with no backend, or any backend error) raises ``SecretStoreUnavailable`` whose
  one-line message says how to fix it.
* ``file``: ``<data dir>/webhook-secret.json``, created with mode 0600 (POSIX; on Windows the
  file inherits the user-profile ACL). Chosen explicitly with
  ``posapp webhooks secret --file-store`` (``enable_file_store``), recorded as the setting
  ``secret_store: "file"``.

Both hold one JSON record ``{"current", "previous", "previous_until"}``. ``rotate`` keeps the
previous secret for 24 h: until then every request carries two ``v1,`` signatures so the
merchant can switch keys without losing a delivery.

Thread: any. Reads and writes are short (a D-Bus call or a small file); a process-wide lock
serialises read-modify-write. No message, log line or exception text contains a secret.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors

from posapp.core.errors import SecretStoreUnavailable, WebhookError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.storage.engine import Database
from posapp.storage.settings_repo import get_setting, set_setting
from posapp.webhooks.signing import (
    MIN_SECRET_BYTES,
    InvalidSecret,
    decode_secret,
    generate_secret,
)

log = logging.getLogger(__name__)

SERVICE_NAME = "posapp"
SECRET_FILENAME = "webhook-secret.json"
SETTING_KEY = "secret_store"
ROTATION_OVERLAP = timedelta(hours=24)
FIX_HINT = (
    "install and unlock a Secret Service (e.g. gnome-keyring or KWallet), "
    "or opt in to the file store with `posapp webhooks secret --file-store`"
)

Backend = Literal["keyring", "file"]
_lock = threading.RLock()


@dataclass(frozen=True, slots=True)
class _Record:
    current: str
    previous: str | None = None
    previous_until: datetime | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "current": self.current,
                "previous": self.previous,
                "previous_until": self.previous_until.isoformat() if self.previous_until else None,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> _Record:
        try:
            raw = json.loads(text)
            until = raw.get("previous_until")
            record = cls(
                current=str(raw["current"]),
                previous=raw.get("previous") or None,
                previous_until=datetime.fromisoformat(until) if until else None,
            )
            decode_secret(record.current)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise WebhookError(
                QT_TRANSLATE_NOOP(
                    "errors", "the stored webhook secret is unreadable; set a new one"
                )
            ) from None
        return record


def check_importable(secret: str) -> None:
    """Raise ``InvalidSecret`` unless ``secret`` is a ``whsec_`` secret as strong as the
    ones posapp creates (so one counter's mistake can't weaken the store's signatures)."""
    if len(decode_secret(secret)) < MIN_SECRET_BYTES:
        raise InvalidSecret(
            QT_TRANSLATE_NOOP("errors", "webhook secret is shorter than {minimum} bytes"),
            minimum=MIN_SECRET_BYTES,
        )


def keyring_username(data_dir: Path) -> str:
    """The keyring username for ``data_dir``: stable per resolved path, reveals nothing."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"webhook-secret:{digest}"


def keyring_problem() -> str | None:
    """Why the active keyring backend cannot hold a secret, or ``None`` when it looks usable."""
    from keyring.backends import chainer, fail, null

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring config raises all sorts of things
        return f"keyring failed to load ({type(exc).__name__})"
    if isinstance(backend, fail.Keyring):
        return "no OS keyring backend found"
    if isinstance(backend, null.Keyring):
        return "the keyring backend is disabled (null)"
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return "no OS keyring backend found"
    return None


class SecretStore:
    """The webhook secret of one data dir, in the OS keyring or the opt-in file.

    ``get_signing_secrets`` is called by the delivery thread; ``set_new`` / ``rotate`` by the
    CLI or the settings window (any thread).
    """

    def __init__(self, data_dir: Path | str, backend: Backend = "keyring") -> None:
        if backend not in ("keyring", "file"):
            raise ValueError(f"unknown secret store {backend!r}")
        self.data_dir = Path(data_dir)
        self.backend: Backend = backend
        self.username = keyring_username(self.data_dir)
        self.path = self.data_dir / SECRET_FILENAME

    # ---- public API -------------------------------------------------------------------------

    def describe_backend(self) -> str:
        """A line for ``self-check`` / settings: where the secret is kept (never the secret)."""
        if self.backend == "file":
            return f"file {self.path} (mode 0600, opted in)"
        problem = keyring_problem()
        if problem:
            return f"OS keyring unavailable: {problem}"
        return f"OS keyring ({keyring.get_keyring().name}), entry {SERVICE_NAME}/{self.username}"

    def check(self) -> None:
        """Raise ``SecretStoreUnavailable`` (with the fix) unless the store can be used."""
        if self.backend == "keyring":
            self._read()

    def has_secret(self) -> bool:
        """True when a secret is stored."""
        return self._read() is not None

    def get_signing_secrets(self, now: datetime) -> tuple[str, ...]:
        """The secrets to sign with at ``now``: the current one, plus the previous one during
        the 24 h after a rotation. Empty when none was ever set. Delivery thread."""
        record = self._read()
        if record is None:
            return ()
        if record.previous and record.previous_until and now < record.previous_until:
            return (record.current, record.previous)
        return (record.current,)

    def set_new(self, now: datetime) -> str:
        """Replace the secret with a fresh one (no overlap) and return it: the only time the
        caller sees it, to show once. ``now`` is accepted for symmetry with ``rotate``."""
        del now
        secret = generate_secret()
        with _lock:
            self._write(_Record(current=secret))
        return secret

    def import_secret(self, secret: str) -> None:
        """Store the secret another counter of the same store created (several counters sign
        with one secret). Raises ``InvalidSecret`` for anything that is not a usable
        ``whsec_…`` secret; never echoes it."""
        check_importable(secret)
        with _lock:
            self._write(_Record(current=secret.strip()))

    def rotate(self, now: datetime) -> str:
        """A fresh current secret; the old one keeps signing until ``now + 24 h``. Returns the
        new secret once. With no secret stored yet this is ``set_new``."""
        with _lock:
            old = self._read()
            secret = generate_secret()
            if old is None:
                self._write(_Record(current=secret))
            else:
                self._write(_Record(secret, old.current, now + ROTATION_OVERLAP))
        return secret

    def delete(self) -> None:
        """Forget the secret (tests, reset). Missing is fine."""
        with _lock:
            if self.backend == "file":
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return
            self._ensure_keyring()
            try:
                keyring.delete_password(SERVICE_NAME, self.username)
            except keyring.errors.PasswordDeleteError:
                pass
            except Exception as exc:
                raise self._keyring_error(exc) from None

    # ---- storage ----------------------------------------------------------------------------

    def _read(self) -> _Record | None:
        if self.backend == "file":
            return self._read_file()
        self._ensure_keyring()
        try:
            text = keyring.get_password(SERVICE_NAME, self.username)
        except keyring.errors.KeyringLocked:
            raise self._locked() from None
        except Exception as exc:
            raise self._keyring_error(exc) from None
        return None if text is None else _Record.from_json(text)

    def _write(self, record: _Record) -> None:
        if self.backend == "file":
            self._write_file(record)
            return
        self._ensure_keyring()
        try:
            keyring.set_password(SERVICE_NAME, self.username, record.to_json())
        except keyring.errors.KeyringLocked:
            raise self._locked() from None
        except Exception as exc:
            raise self._keyring_error(exc) from None

    def _ensure_keyring(self) -> None:
        problem = keyring_problem()
        if problem:
            raise self._unavailable(problem)

    @staticmethod
    def _unavailable(problem: str) -> SecretStoreUnavailable:
        return SecretStoreUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "cannot keep the webhook secret: {problem}; install and unlock a Secret Service "
                "(e.g. gnome-keyring or KWallet), or opt in to the file store with "
                "`posapp webhooks secret --file-store`",
            ),
            problem=problem,
        )

    @staticmethod
    def _locked() -> SecretStoreUnavailable:
        return SecretStoreUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "cannot keep the webhook secret: the OS keyring is locked; install and unlock a "
                "Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store "
                "with `posapp webhooks secret --file-store`",
            )
        )

    @staticmethod
    def _keyring_error(exc: Exception) -> SecretStoreUnavailable:
        return SecretStoreUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "cannot keep the webhook secret: keyring error ({error}); install and unlock a "
                "Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store "
                "with `posapp webhooks secret --file-store`",
            ),
            error=type(exc).__name__,
        )

    def _read_file(self) -> _Record | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise WebhookError(
                QT_TRANSLATE_NOOP("errors", "cannot read {path}: {error}"),
                path=self.path,
                error=exc.strerror,
            ) from None
        if os.name == "posix":
            mode = self.path.stat().st_mode & 0o777
            if mode & 0o077:
                log.warning("tightening permissions of %s from %o to 600", self.path, mode)
                os.chmod(self.path, 0o600)
        return _Record.from_json(text)

    def _write_file(self, record: _Record) -> None:
        """Atomic replace through a 0600 temp file in the same directory, fsynced."""
        tmp = self.path.with_name(f".{SECRET_FILENAME}.{os.getpid()}.tmp")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(record.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise WebhookError(
                QT_TRANSLATE_NOOP("errors", "cannot write {path}: {error}"),
                path=self.path,
                error=exc.strerror,
            ) from None


def configured_backend(db: Database) -> Backend:
    """The store this data dir uses: ``"file"`` only after the explicit opt-in."""
    with db.read() as session:
        return "file" if get_setting(session, SETTING_KEY) == "file" else "keyring"


def open_secret_store(db: Database, data_dir: Path | str) -> SecretStore:
    """The ``SecretStore`` the settings select for ``data_dir`` (composition root, CLI)."""
    return SecretStore(data_dir, configured_backend(db))


def enable_file_store(db: Database, data_dir: Path | str, now: datetime) -> SecretStore:
    """Opt in to the 0600 file store (``posapp webhooks secret --file-store``).

    Records ``secret_store: "file"``; a secret already in a usable keyring is copied to the
    file so signing continues unchanged. Any thread (one short write transaction).
    """
    store = SecretStore(data_dir, "file")
    if not store.has_secret() and keyring_problem() is None:
        try:
            record = SecretStore(data_dir, "keyring")._read()
        except WebhookError:
            record = None
        if record is not None:
            with _lock:
                store._write_file(record)
    with db.write() as session:
        set_setting(session, SETTING_KEY, "file", now)
    return store


def create_webhook_secret(data_dir: Path, db: Database, *, file_store: bool, now: datetime) -> str:
    """Generate and store a new signing secret during setup; return it (to show once). CLI
    or worker thread.

    Raises SecretStoreUnavailable (with how to fix it) when no keyring works and the file
    store was not chosen.
    """
    store = enable_file_store(db, data_dir, now) if file_store else SecretStore(data_dir)
    store.check()
    return store.set_new(now)
