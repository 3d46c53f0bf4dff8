"""Overpayments: how much of each stored payment is more than its sale asked for.

``payments.overpaid_stroops`` is the part of a credited (or attached) payment beyond the
sale's USDC due: all of a payment to a sale already paid, the excess of the payment that
overpays it. The owner sees these beside unmatched payments, to refund. A partial index
lists them by arrival.

Existing stores: each sale that received more than it was due gets the excess spread over
its payments in the order they were stored, as detection would have recorded it.
Sessions already record their network (``sessions.network``, since 0001), so detection can
bind a sale to it without a new column.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from typing import Any, cast

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "ix_payments_overpaid"


def upgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("overpaid_stroops", sa.BigInteger(), nullable=False, server_default="0")
        )
    op.create_index(
        INDEX,
        "payments",
        ["received_at"],
        unique=False,
        sqlite_where=sa.text("overpaid_stroops > 0"),
        postgresql_where=sa.text("overpaid_stroops > 0"),
    )
    _backfill()


def _backfill() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT p.id, p.session_id, p.amount_stroops, s.usdc_due_stroops"
            " FROM payments p JOIN sessions s ON s.id = p.session_id"
            " WHERE p.status IN ('credited', 'attached')"
            " AND s.usdc_received_stroops > s.usdc_due_stroops"
            " ORDER BY p.session_id, p.id"
        )
    ).all()
    received: dict[str, int] = {}
    excess: list[dict[str, int]] = []
    for payment_id, session_id, amount, due in cast(Any, rows):
        before = received.get(session_id, 0)
        after = before + amount
        received[session_id] = after
        over = after - max(before, due)
        if over > 0:
            excess.append({"id": payment_id, "over": min(over, amount)})
    if excess:
        conn.execute(sa.text("UPDATE payments SET overpaid_stroops = :over WHERE id = :id"), excess)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="payments")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_column("overpaid_stroops")
