"""Refunds: prepared unsigned transactions and the outgoing payments that settle them.

``refunds`` holds each refund of a sale or of an unmatched payment with the transaction
posapp built for it (never signed here). ``refund_payments`` keeps every outgoing USDC
payment of the merchant whose memo named a refund: the one that settled it, or one flagged
because its amount or destination did not fit. ``sessions.refunded_stroops`` and
``refunded_fiat_e7`` are what succeeded refunds gave back, kept in the transaction that
settles them; ``ix_sessions_refunded`` finds the few refunded sales without a scan.
``payments.from_muxed`` is the payer's ``M…`` address when they paid from one, where the
refund must go.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _identifier(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.add_column(
            sa.Column("refunded_stroops", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("refunded_fiat_e7", sa.BigInteger(), nullable=False, server_default="0")
        )
    op.create_index(
        "ix_sessions_refunded",
        "sessions",
        ["created_at"],
        sqlite_where=sa.text("refunded_stroops > 0"),
        postgresql_where=sa.text("refunded_stroops > 0"),
    )
    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("from_muxed", sa.String(69), nullable=True))
    op.create_table(
        "refunds",
        sa.Column("id", _identifier(28), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("session_id", _identifier(28), sa.ForeignKey("sessions.id"), nullable=True),
        sa.Column("operation_id", sa.String(80), nullable=True),
        sa.Column("destination", _identifier(69), nullable=False),
        sa.Column("amount_stroops", sa.BigInteger(), nullable=False),
        sa.Column("memo_type", sa.String(8), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("approved_by", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_account", sa.String(56), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.Column("fee_stroops", sa.BigInteger(), nullable=False),
        sa.Column("envelope_xdr", sa.Text(), nullable=False),
        sa.Column("network", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tx_hash", sa.String(64), nullable=True),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_refunds_session_id", "refunds", ["session_id"])
    op.create_index("ix_refunds_operation_id", "refunds", ["operation_id"])
    op.create_index("ix_refunds_state_valid_until", "refunds", ["state", "valid_until"])
    op.create_index("ix_refunds_created_at", "refunds", ["created_at"])
    op.create_index("ix_refunds_memo", "refunds", ["memo"])
    op.create_table(
        "refund_payments",
        sa.Column("operation_id", sa.String(80), primary_key=True),
        sa.Column("tx_hash", sa.String(64), nullable=False),
        sa.Column("refund_id", _identifier(28), sa.ForeignKey("refunds.id"), nullable=True),
        sa.Column("destination", sa.String(69), nullable=False),
        sa.Column("amount_stroops", sa.BigInteger(), nullable=False),
        sa.Column("memo_type", sa.String(8), nullable=True),
        sa.Column("memo", sa.Text(), nullable=True),
        sa.Column("ledger_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("matched", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_refund_payments_refund_id", "refund_payments", ["refund_id"])
    op.create_index("ix_refund_payments_ledger_time", "refund_payments", ["ledger_time"])


def downgrade() -> None:
    op.drop_index("ix_refund_payments_ledger_time", table_name="refund_payments")
    op.drop_index("ix_refund_payments_refund_id", table_name="refund_payments")
    op.drop_table("refund_payments")
    for name in ("memo", "created_at", "state_valid_until", "operation_id", "session_id"):
        op.drop_index(f"ix_refunds_{name}", table_name="refunds")
    op.drop_table("refunds")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_column("from_muxed")
    op.drop_index("ix_sessions_refunded", table_name="sessions")
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.drop_column("refunded_fiat_e7")
        batch_op.drop_column("refunded_stroops")
