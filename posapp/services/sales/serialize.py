"""Plain JSON views of domain objects for the command line and exports (any thread)."""

from __future__ import annotations

from typing import Any

from posapp.core.events import iso
from posapp.core.money import format_plain
from posapp.core.session import PaymentSession
from posapp.storage.payments_repo import StoredPayment


def session_to_json(s: PaymentSession) -> dict[str, Any]:
    """A session as a JSON-safe dict: amounts as plain decimal strings, ISO times."""
    return {
        "id": s.id,
        "status": s.status.value,
        "fiat_amount": format_plain(s.fiat_amount),
        "fiat_currency": s.fiat_currency,
        "usdc_due": format_plain(s.usdc_due),
        "usdc_received": format_plain(s.usdc_received),
        "rate": format_plain(s.rate),
        "rate_source": s.rate_source,
        "rate_time": iso(s.rate_time),
        "spread_percent": format_plain(s.spread_percent, min_places=0),
        "network": s.network,
        "destination": s.destination,
        "memo": s.memo,
        "muxed_id": str(s.muxed_id),
        "note": s.note,
        "cashier": s.cashier,
        "terminal": s.terminal,
        "created_at": iso(s.created_at),
        "expires_at": iso(s.expires_at),
        "paid_at": iso(s.paid_at) if s.paid_at else None,
        "tx_hash": s.last_tx_hash,
        "refunded_amount": format_plain(s.refunded),
        "refund": s.refund_marker.value if s.refund_marker else None,
        "items": [item.to_json() for item in s.items],
        "subtotal": format_plain(s.subtotal),
        "discount": format_plain(s.discount),
        "tax": format_plain(s.tax),
        "tip": format_plain(s.tip),
    }


def payment_to_json(p: StoredPayment) -> dict[str, Any]:
    """A stored payment as a JSON-safe dict."""
    return {
        "operation_id": p.operation_id,
        "tx_hash": p.tx_hash,
        "session_id": p.session_id,
        "status": p.status,
        "reason": p.reason,
        "from": p.from_account,
        "amount": format_plain(p.amount),
        "memo_type": p.memo_type,
        "memo": p.memo,
        "paid_at": iso(p.ledger_time),
        "received_at": iso(p.received_at),
    }
