"""The watcher's persisted Horizon cursor, keyed by network and account."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from posapp.storage.models import CursorRow


def cursor_name(network: str, account: str) -> str:
    """The key of the payments feed of ``account`` on ``network``."""
    return f"payments:{network}:{account}"


def load(session: Session, name: str) -> str | None:
    """The stored paging token, or None before the first start."""
    row = session.get(CursorRow, name)
    return None if row is None else row.paging_token


def save(session: Session, name: str, paging_token: str, now: datetime) -> None:
    """Move the cursor forward inside the caller's transaction (never backwards)."""
    row = session.get(CursorRow, name)
    if row is None:
        session.add(CursorRow(name=name, paging_token=paging_token, updated_at=now))
    elif int(paging_token) > int(row.paging_token):
        row.paging_token, row.updated_at = paging_token, now
