"""Where this data dir keeps its webhook secret, and creating one (CLI or worker thread)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from posapp.storage import settings_repo
from posapp.storage.engine import Database
from posapp.webhooks.secret_store import SecretStore

SECRET_STORE_SETTING = "secret_store"


def secret_store_for(data_dir: Path, db: Database) -> SecretStore:
    """The secret store this data dir was set up with (keyring unless the file was opted in)."""
    with db.read() as session:
        backend = settings_repo.get_setting(session, SECRET_STORE_SETTING, "keyring")
    return SecretStore(data_dir, "file" if backend == "file" else "keyring")


def create_webhook_secret(data_dir: Path, db: Database, *, file_store: bool, now: datetime) -> str:
    """Generate and store a new signing secret; return it (to show once).

    Raises SecretStoreUnavailable (with how to fix it) when no keyring works and the file
    store was not chosen.
    """
    store = SecretStore(data_dir, "file" if file_store else "keyring")
    store.check()
    secret = store.set_new(now)
    with db.write() as session:
        settings_repo.set_setting(session, SECRET_STORE_SETTING, store.backend, now)
    return secret
