"""Settings as JSON values by key. Never a secret: those live in the OS keyring."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from posapp.storage.models import SettingRow

SHOP_CONFIG_KEY = "shop_config"
"""The row holding the shop configuration: ``posapp.services.config.ShopConfig`` as JSON."""
WEBHOOK_URL_FIELD = "webhook_url"
"""The configuration's webhook URL field, which delivery reads without the services."""


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The decoded value stored under ``key``, or ``default``."""
    row = session.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any, now: datetime) -> None:
    """Store ``value`` (JSON-serialisable) under ``key`` inside the caller's transaction."""
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text, updated_at=now))
    else:
        row.value, row.updated_at = text, now
