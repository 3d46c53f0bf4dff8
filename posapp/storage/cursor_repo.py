"""The watcher's persisted Horizon cursor, keyed by network and account."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from posapp.storage import settings_repo
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


START_MARKS_KEY = "detection_start_marks"
"""Setting: {cursor name: ISO time} for feeds whose cursor could not be found at setup."""


def mark_start(session: Session, name: str, since: datetime, now: datetime) -> None:
    """Remember that feed ``name`` must be read from no later than ``since`` (setup could not
    reach Horizon, so no cursor was stored); the earliest mark is kept."""
    marks = dict(settings_repo.get_setting(session, START_MARKS_KEY, {}) or {})
    known = marks.get(name)
    if known is None or datetime.fromisoformat(known) > since:
        marks[name] = since.isoformat()
        settings_repo.set_setting(session, START_MARKS_KEY, marks, now)


def start_mark(session: Session, name: str) -> datetime | None:
    """The time ``mark_start`` recorded for feed ``name``, or None."""
    known = (settings_repo.get_setting(session, START_MARKS_KEY, {}) or {}).get(name)
    return None if known is None else datetime.fromisoformat(known)
