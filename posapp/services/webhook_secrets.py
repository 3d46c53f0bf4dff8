"""Creating the webhook signing secret during setup (CLI or worker thread)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from posapp.storage.engine import Database
from posapp.webhooks.secret_store import SecretStore, enable_file_store


def create_webhook_secret(data_dir: Path, db: Database, *, file_store: bool, now: datetime) -> str:
    """Generate and store a new signing secret; return it (to show once).

    Raises SecretStoreUnavailable (with how to fix it) when no keyring works and the file
    store was not chosen.
    """
    store = enable_file_store(db, data_dir, now) if file_store else SecretStore(data_dir)
    store.check()
    return store.set_new(now)
