"""API keys of HTTP rate sources: kept in the OS keyring (or, after the explicit file-store
opt-in, in a 0600 file beside the webhook secret) — never in the database or the settings.

Keyring entry: service ``"posapp"``, username ``"rate-api-key:<16 hex of sha256(data dir)>:
<source>"``; the value is JSON ``{"header": …, "key": …}``. Messages never contain a key.

Thread: any (a D-Bus call or a small file); the composition root reads the keys once at
start and hands them to ``build_rate_source(api_keys=…)``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from posapp.core.errors import InvalidInput, SecretStoreUnavailable
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.storage.engine import Database
from posapp.webhooks.secret_store import SERVICE_NAME, configured_backend, keyring_problem

FILE_NAME = "rate-api-keys.json"
HEADER_MAX = 64
KEY_MAX = 512
_lock = threading.Lock()


def _username(data_dir: Path, source: str) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"rate-api-key:{digest}:{source}"


def validate_api_key(header: str, key: str) -> tuple[str, str]:
    """The trimmed ``(header, key)`` or InvalidInput (never quoting the key). Pure."""
    name = (header or "").strip()
    value = (key or "").strip()
    if not name or len(name) > HEADER_MAX or not all(c.isalnum() or c in "-_" for c in name):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the API key header must be a name like x-cg-demo-api-key")
        )
    if not value or len(value) > KEY_MAX or any(ord(c) < 32 for c in value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the API key must be 1 to {limit} printable characters"),
            limit=KEY_MAX,
        )
    return name, value


class RateKeyStore:
    """The rate-source API keys of one data dir."""

    def __init__(self, data_dir: Path | str, backend: str = "keyring") -> None:
        self.data_dir = Path(data_dir)
        self.backend = "file" if backend == "file" else "keyring"
        self.path = self.data_dir / FILE_NAME

    @classmethod
    def for_data_dir(cls, data_dir: Path | str, db: Database) -> RateKeyStore:
        """The store the data dir's ``secret_store`` setting selects."""
        return cls(data_dir, configured_backend(db))

    def get(self, source: str) -> tuple[str, str] | None:
        """``(header, key)`` of ``source``, or None."""
        if self.backend == "file":
            entry = self._read_file().get(source)
        else:
            text = self._call(keyring.get_password, SERVICE_NAME, _username(self.data_dir, source))
            entry = None if text is None else _decode(text)
        if not isinstance(entry, dict):
            return None
        return str(entry.get("header", "")), str(entry.get("key", ""))

    def set(self, source: str, header: str, key: str) -> None:
        """Store (replace) the key of ``source``."""
        name, value = validate_api_key(header, key)
        with _lock:
            if self.backend == "file":
                data = self._read_file()
                data[source] = {"header": name, "key": value}
                self._write_file(data)
                return
            text = json.dumps({"header": name, "key": value})
            self._call(keyring.set_password, SERVICE_NAME, _username(self.data_dir, source), text)

    def delete(self, source: str) -> None:
        """Forget the key of ``source`` (missing is fine)."""
        with _lock:
            if self.backend == "file":
                data = self._read_file()
                if data.pop(source, None) is not None:
                    self._write_file(data)
                return
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._call(keyring.delete_password, SERVICE_NAME, _username(self.data_dir, source))

    def api_keys(self, sources: list[str] | tuple[str, ...]) -> dict[str, tuple[str, str]]:
        """The keys of those ``sources`` that have one, for ``build_rate_source``."""
        found = {name: self.get(name) for name in sources}
        return {name: pair for name, pair in found.items() if pair is not None}

    # ---- storage -----------------------------------------------------------------------

    @staticmethod
    def _call(fn: Callable[..., Any], *args: str) -> Any:
        problem = keyring_problem()
        if problem:
            raise SecretStoreUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "cannot keep the rate API key: {problem}; install and unlock a Secret "
                    "Service (e.g. gnome-keyring or KWallet), or opt in to the file store with "
                    "`posapp webhooks secret --file-store`",
                ),
                problem=problem,
            )
        try:
            return fn(*args)
        except keyring.errors.PasswordDeleteError:
            raise
        except keyring.errors.KeyringLocked:
            raise SecretStoreUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "cannot keep the rate API key: the OS keyring is locked; install and unlock "
                    "a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file "
                    "store with `posapp webhooks secret --file-store`",
                )
            ) from None
        except Exception as exc:
            raise SecretStoreUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "cannot keep the rate API key: keyring error ({error}); install and unlock "
                    "a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file "
                    "store with `posapp webhooks secret --file-store`",
                ),
                error=type(exc).__name__,
            ) from None

    def _read_file(self) -> dict[str, object]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SecretStoreUnavailable(
                QT_TRANSLATE_NOOP("errors", "cannot read {path}: {error}"),
                path=self.path,
                error=exc.strerror,
            ) from None
        data = _decode(text)
        return data if isinstance(data, dict) else {}

    def _write_file(self, data: dict[str, object]) -> None:
        tmp = self.path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(data))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise SecretStoreUnavailable(
                QT_TRANSLATE_NOOP("errors", "cannot write {path}: {error}"),
                path=self.path,
                error=exc.strerror,
            ) from None


def _decode(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None
