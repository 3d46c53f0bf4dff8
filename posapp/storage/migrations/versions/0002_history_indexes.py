"""Indexes for the sales history: rollups, totals, note search, sorting, payer search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_sessions_rollup": (
        "sessions",
        [
            "fiat_currency",
            "status",
            "created_at",
            "cashier",
            "terminal",
            "fiat_amount_e7",
            "usdc_received_stroops",
        ],
    ),
    "ix_sessions_totals": (
        "sessions",
        ["fiat_currency", "status", "fiat_amount_e7", "usdc_received_stroops"],
    ),
    "ix_sessions_fiat_amount": ("sessions", ["fiat_amount_e7", "id"]),
    "ix_sessions_usdc_received": ("sessions", ["usdc_received_stroops", "id"]),
    "ix_payments_from_account": ("payments", ["from_account", "session_id"]),
    "ix_payments_ledger_time": ("payments", ["ledger_time"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, if_not_exists=True)
    op.create_index(
        "ix_sessions_note",
        "sessions",
        ["note"],
        sqlite_where=sa.text("note != ''"),
        postgresql_where=sa.text("note <> ''"),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index("ix_sessions_note", table_name="sessions")
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
