"""Receipts: a store-wide receipt number and the receipts issued.

``counters`` holds named sequences; the row ``receipt`` (created with the first receipt) is
the last receipt number handed out. A counter takes the next number with
``UPDATE counters SET value = value + 1`` inside the write transaction that records the
receipt, so several counters on one PostgreSQL database never hand out the same number (the
UPDATE locks the row until commit) and SQLite gets the same from its single writer.
``receipts`` keeps each issued receipt: its number, what it is for (a sale, or a refund of
one) and how often it was printed (reprints say COPY).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _identifier(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "receipts",
        sa.Column("number", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("ref", _identifier(40), nullable=False),
        sa.Column("session_id", _identifier(28), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(64), nullable=False, server_default=""),
        sa.Column("prints", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint("kind", "ref", name="uq_receipts_kind_ref"),
    )
    op.create_index("ix_receipts_session_id", "receipts", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_receipts_session_id", table_name="receipts")
    op.drop_table("receipts")
    op.drop_table("counters")
