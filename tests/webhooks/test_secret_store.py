"""Secret store: OS keyring (in-memory backend here), rotation overlap, refusal without a
usable keyring, and the opt-in 0600 file."""

from __future__ import annotations

import os
import stat
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from posapp.core.errors import SecretStoreUnavailable, WebhookError
from posapp.storage.engine import Database
from posapp.storage.settings_repo import get_setting
from posapp.webhooks.secret_store import (
    SERVICE_NAME,
    SecretStore,
    configured_backend,
    enable_file_store,
    keyring_username,
    open_secret_store,
)
from posapp.webhooks.signing import decode_secret
from tests.support.clock import T0
from tests.support.keyrings import MemoryKeyring


def test_set_new_stores_in_the_keyring_under_a_per_data_dir_name(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(tmp_path / "a", "keyring")
    assert store.get_signing_secrets(T0) == ()
    assert not store.has_secret()
    secret = store.set_new(T0)
    assert secret.startswith("whsec_") and len(decode_secret(secret)) == 32
    assert store.get_signing_secrets(T0) == (secret,)
    assert list(memory_keyring.entries) == [(SERVICE_NAME, keyring_username(tmp_path / "a"))]
    assert keyring_username(tmp_path / "a") != keyring_username(tmp_path / "b")
    assert keyring_username(tmp_path / "a").startswith("webhook-secret:")
    assert str(tmp_path) not in keyring_username(tmp_path / "a")
    other = SecretStore(tmp_path / "b", "keyring")
    assert other.get_signing_secrets(T0) == ()
    assert "OS keyring" in store.describe_backend() and secret not in store.describe_backend()
    store.check()
    store.delete()
    assert store.get_signing_secrets(T0) == ()
    store.delete()  # idempotent


@pytest.mark.parametrize("backend", ["keyring", "file"])
def test_rotation_keeps_the_old_secret_signing_for_24_hours(
    tmp_path: Path, memory_keyring: MemoryKeyring, backend: str
) -> None:
    store = SecretStore(tmp_path, backend)  # type: ignore[arg-type]
    old = store.set_new(T0)
    new = store.rotate(T0 + timedelta(hours=1))
    assert new != old
    assert store.get_signing_secrets(T0 + timedelta(hours=1)) == (new, old)
    assert store.get_signing_secrets(T0 + timedelta(hours=24, minutes=59)) == (new, old)
    assert store.get_signing_secrets(T0 + timedelta(hours=25)) == (new,)
    # a fresh store object over the same place sees the same state (survives restarts)
    again = SecretStore(tmp_path, backend)  # type: ignore[arg-type]
    assert again.get_signing_secrets(T0 + timedelta(hours=2)) == (new, old)
    # set_new drops the overlap at once
    newest = store.set_new(T0 + timedelta(hours=2))
    assert store.get_signing_secrets(T0 + timedelta(hours=2)) == (newest,)


def test_rotate_without_a_secret_just_creates_one(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(tmp_path)
    secret = store.rotate(T0)
    assert store.get_signing_secrets(T0) == (secret,)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("dbus exploded")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"dbus exploded storing {password}")


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring, null.Keyring, LockedKeyring, BrokenKeyring, "empty-chainer"],
    ids=["fail", "null", "locked", "broken", "empty-chainer"],
)
def test_no_usable_keyring_raises_with_the_fix_in_one_line(
    tmp_path: Path, memory_keyring: MemoryKeyring, backend: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend == "empty-chainer":
        chain = chainer.ChainerBackend()
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
        keyring.set_keyring(chain)
    else:
        keyring.set_keyring(backend())  # type: ignore[operator]
    store = SecretStore(tmp_path, "keyring")
    for action in (store.check, lambda: store.set_new(T0), lambda: store.get_signing_secrets(T0)):
        with pytest.raises(SecretStoreUnavailable) as info:
            action()
        message = str(info.value)
        assert "\n" not in message
        assert "gnome-keyring" in message
        assert "posapp webhooks secret --file-store" in message
        assert "whsec_" not in message
        assert info.value.__cause__ is None
    assert "unavailable" in store.describe_backend() or "keyring" in store.describe_backend()


def test_file_store_is_0600_and_atomic(tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "data", "file")
    secret = store.set_new(T0)
    path = tmp_path / "data" / "webhook-secret.json"
    assert store.path == path
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.rotate(T0)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["webhook-secret.json"]
    assert secret in path.read_text()
    assert "0600" in store.describe_backend()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_store_tightens_loose_permissions(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, "file")
    secret = store.set_new(T0)
    store.path.chmod(0o644)
    assert store.get_signing_secrets(T0) == (secret,)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_damaged_record_error_never_shows_the_content(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, "file")
    store.path.write_text('{"current": "whsec_***TOPSECRET***"}')
    with pytest.raises(WebhookError) as info:
        store.get_signing_secrets(T0)
    assert "TOPSECRET" not in str(info.value)


def test_opting_in_to_the_file_store_is_recorded_and_copies_the_keyring_secret(
    tmp_path: Path, db: Database, memory_keyring: MemoryKeyring
) -> None:
    data_dir = tmp_path / "data"
    assert configured_backend(db) == "keyring"
    secret = SecretStore(data_dir, "keyring").set_new(T0)
    store = enable_file_store(db, data_dir, T0)
    assert store.backend == "file"
    with db.read() as session:
        assert get_setting(session, "secret_store") == "file"
    reopened = open_secret_store(db, data_dir)
    assert reopened.backend == "file"
    assert reopened.get_signing_secrets(T0) == (secret,)


def test_opting_in_without_any_keyring_works(tmp_path: Path, db: Database) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = enable_file_store(db, tmp_path, T0)
        secret = store.set_new(T0)
        assert open_secret_store(db, tmp_path).get_signing_secrets(T0) == (secret,)
    finally:
        keyring.set_keyring(previous)


def test_unknown_backend_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        SecretStore(tmp_path, "plaintext")  # type: ignore[arg-type]
