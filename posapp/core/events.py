"""Webhook event payloads (docs/design.md "Webhooks"): built here, stored in the outbox as JSON.

Pure functions; any thread. Amounts are strings of plain decimals, times ISO 8601 UTC.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from posapp.core.money import format_plain
from posapp.core.refund import Refund
from posapp.core.session import PaymentSession

EVENT_TYPES = frozenset(
    {
        "payment.success",
        "payment.partial",
        "payment.late",
        "payment.overpaid",
        "session.expired",
        "session.cancelled",
        "payment.unmatched",
        "refund.created",
        "refund.succeeded",
        "refund.expired",
        "refund.cancelled",
        "webhook.test",
    }
)


_ids_lock = threading.Lock()
_last_micros = 0


def new_event_id() -> str:
    """A fresh webhook message id ``msg_…``, reused on every retry of that event.

    The id starts with the creation time in microseconds (strictly increasing within this
    process), so ids sort in the order their events were made: events written in one
    transaction share their due time, and the id keeps them in order (``webhook_repo``
    claims by due time, then id). Base32-hex keeps byte order and text order the same;
    7 random bytes keep ids from different counters apart. Any thread."""
    global _last_micros
    with _ids_lock:
        _last_micros = max(time.time_ns() // 1000, _last_micros + 1)
        micros = _last_micros
    raw = micros.to_bytes(8, "big") + secrets.token_bytes(7)
    return "msg_" + base64.b32hexencode(raw).decode().lower()


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def session_event(
    event_type: str, session: PaymentSession, now: datetime, tx_hash: str | None = None
) -> dict[str, Any]:
    """Payload for an event about ``session`` (after its change)."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type}")
    return {
        "type": event_type,
        "timestamp": iso(now),
        "data": {
            "session_id": session.id,
            "status": session.status.value,
            "amount": format_plain(session.usdc_due),
            "amount_received": format_plain(session.usdc_received),
            "asset": "USDC",
            "fiat_amount": format_plain(session.fiat_amount),
            "fiat_currency": session.fiat_currency,
            "rate": format_plain(session.rate),
            "rate_source": session.rate_source,
            "network": session.network,
            "destination": session.destination,
            "tx_hash": tx_hash or session.last_tx_hash,
            "paid_at": iso(session.paid_at) if session.paid_at else None,
            "note": session.note,
            "items": [item.to_json() for item in session.items],
            "subtotal": format_plain(session.subtotal),
            "discount": format_plain(session.discount),
            "tax": format_plain(session.tax),
            "tip": format_plain(session.tip),
        },
    }


def overpaid_event(
    session: PaymentSession,
    overpaid: Decimal,
    payer: str,
    operation_id: str,
    tx_hash: str,
    now: datetime,
) -> dict[str, Any]:
    """Payload of ``payment.overpaid``: ``session`` (after the credit) received
    ``overpaid`` USDC more than it asked for, in ``tx_hash`` from ``payer`` (refundable)."""
    event = session_event("payment.overpaid", session, now, tx_hash)
    event["data"].update(
        overpaid_amount=format_plain(overpaid),
        payer=payer,
        operation_id=operation_id,
    )
    return event


def refund_event(event_type: str, refund: Refund, now: datetime) -> dict[str, Any]:
    """Payload of ``refund.created`` / ``succeeded`` / ``expired`` / ``cancelled``."""
    if event_type not in EVENT_TYPES or not event_type.startswith("refund."):
        raise ValueError(f"unknown refund event type {event_type}")
    return {
        "type": event_type,
        "timestamp": iso(now),
        "data": {
            "refund_id": refund.id,
            "session_id": refund.session_id,
            "operation_id": refund.operation_id,
            "state": refund.state.value,
            "amount": format_plain(refund.amount),
            "asset": "USDC",
            "destination": refund.destination,
            "memo_type": refund.memo_type,
            "memo": refund.memo,
            "reason": refund.reason,
            "network": refund.network,
            "valid_until": iso(refund.valid_until),
            "tx_hash": refund.tx_hash,
            "created_by": refund.created_by,
        },
    }
