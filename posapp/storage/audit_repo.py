"""The audit log in SQL: append-only rows of who did what, when.

Every function runs inside the caller's ``Database.read()``/``write()`` session, on the
caller's thread, so an audit row can commit together with the change it describes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.storage.models import AuditRow

ACTOR_LENGTH = 64
ACTION_LENGTH = 64
DETAIL_LENGTH = 1000


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit row."""

    id: int
    at: datetime
    actor: str
    action: str
    detail: str


def append(session: Session, at: datetime, actor: str, action: str, detail: str = "") -> None:
    """Add one row (values cut to the column sizes) inside the caller's transaction."""
    session.add(
        AuditRow(
            at=at,
            actor=actor[:ACTOR_LENGTH],
            action=action[:ACTION_LENGTH],
            detail=detail[:DETAIL_LENGTH],
        )
    )


def recent(
    session: Session,
    *,
    limit: int = 200,
    action_prefix: str | None = None,
    actor: str | None = None,
) -> list[AuditEntry]:
    """The newest rows first, optionally only actions starting with ``action_prefix``."""
    query = select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit)
    if action_prefix:
        query = query.where(AuditRow.action.startswith(action_prefix, autoescape=True))
    if actor is not None:
        query = query.where(AuditRow.actor == actor)
    return [
        AuditEntry(id=r.id, at=r.at, actor=r.actor, action=r.action, detail=r.detail)
        for r in session.scalars(query)
    ]
