"""Initial schema: sessions, payments, cursors, settings, users, webhook outbox, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "cursors",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("paging_token", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=28), nullable=False),
        sa.Column("muxed_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("fiat_amount_e7", sa.BigInteger(), nullable=False),
        sa.Column("fiat_currency", sa.String(length=3), nullable=False),
        sa.Column("usdc_due_stroops", sa.BigInteger(), nullable=False),
        sa.Column("usdc_received_stroops", sa.BigInteger(), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("rate_source", sa.String(length=120), nullable=False),
        sa.Column("rate_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("spread_percent", sa.String(length=16), nullable=False),
        sa.Column("network", sa.String(length=16), nullable=False),
        sa.Column("destination", sa.String(length=56), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("cashier", sa.String(length=64), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_tx_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("muxed_id"),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sessions_cashier_created_at", ["cashier", "created_at"], unique=False
        )
        batch_op.create_index("ix_sessions_created_at", ["created_at"], unique=False)
        batch_op.create_index(
            "ix_sessions_status_created_at", ["status", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_sessions_status_expires_at", ["status", "expires_at"], unique=False
        )
        batch_op.create_index("ix_sessions_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "webhook_events",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("session_id", sa.String(length=28), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.create_index("ix_webhook_events_created_at", ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_webhook_events_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            "ix_webhook_events_status_next", ["status", "next_attempt_at"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("operation_id", sa.String(length=80), nullable=False),
        sa.Column("paging_token", sa.String(length=32), nullable=False),
        sa.Column("tx_hash", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("session_id", sa.String(length=28), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("from_account", sa.String(length=69), nullable=False),
        sa.Column("to_account", sa.String(length=69), nullable=False),
        sa.Column("amount_stroops", sa.BigInteger(), nullable=False),
        sa.Column("asset_code", sa.String(length=12), nullable=False),
        sa.Column("asset_issuer", sa.String(length=56), nullable=False),
        sa.Column("memo_type", sa.String(length=8), nullable=True),
        sa.Column("memo", sa.Text(), nullable=True),
        sa.Column("muxed_id", sa.BigInteger(), nullable=True),
        sa.Column("ledger_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("operation_id"),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            "ix_payments_status_received_at", ["status", "received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payments_tx_hash"), ["tx_hash"], unique=False)

    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("response_excerpt", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["webhook_events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_attempts_event_id"), ["event_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("webhook_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_attempts_event_id"))

    op.drop_table("webhook_attempts")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_tx_hash"))
        batch_op.drop_index("ix_payments_status_received_at")
        batch_op.drop_index(batch_op.f("ix_payments_session_id"))

    op.drop_table("payments")
    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_events_status_next")
        batch_op.drop_index(batch_op.f("ix_webhook_events_session_id"))
        batch_op.drop_index("ix_webhook_events_created_at")

    op.drop_table("webhook_events")
    op.drop_table("users")
    op.drop_table("settings")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_sessions_updated_at")
        batch_op.drop_index("ix_sessions_status_expires_at")
        batch_op.drop_index("ix_sessions_status_created_at")
        batch_op.drop_index("ix_sessions_created_at")
        batch_op.drop_index("ix_sessions_cashier_created_at")

    op.drop_table("sessions")
    op.drop_table("cursors")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
