"""Webhook outbox rows: written in the caller's transaction, read by the delivery worker."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from posapp.core.events import new_event_id
from posapp.storage.models import WebhookEventRow

PENDING = "pending"


def enqueue(
    session: Session, payload: dict[str, Any], *, session_id: str | None, now: datetime
) -> str:
    """Add one event to the outbox inside the caller's transaction; return its ``msg_`` id.

    The body is frozen here (compact JSON) so every retry sends the same bytes.
    """
    event_id = new_event_id()
    session.add(
        WebhookEventRow(
            id=event_id,
            type=payload["type"],
            session_id=session_id,
            payload=json.dumps(payload, separators=(",", ":"), sort_keys=True),
            status=PENDING,
            attempts=0,
            created_at=now,
            next_attempt_at=now,
            last_error="",
        )
    )
    return event_id
