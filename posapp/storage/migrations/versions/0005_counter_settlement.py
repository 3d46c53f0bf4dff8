"""The counter's hard cases: a partly paid sale settled another way, given back, or parked.

``sessions.settled_by`` (``cash`` or ``card``) and ``sessions.settled_fiat_e7`` record the
rest of a partly paid sale that the cashier took another way (the sale is then ``paid``;
the Z-report shows the split). ``sessions.refund_state`` is ``queued`` when the cashier gave
back what was received (the sale is ``cancelled``; the refund itself is built elsewhere).
``sessions.parked_at`` is set while a sale waits aside so the counter can take the next one.

Payments of USDC from a foreign issuer are now stored too, with status ``refused`` (never
credited): no schema change, the status column already takes any short word.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEX = "ix_sessions_terminal_status"


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("settled_by", sa.String(8), nullable=True))
        batch_op.add_column(
            sa.Column("settled_fiat_e7", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("refund_state", sa.String(16), nullable=True))
        batch_op.add_column(sa.Column("parked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(INDEX, "sessions", ["terminal", "status"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="sessions")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("parked_at")
        batch_op.drop_column("refund_state")
        batch_op.drop_column("settled_fiat_e7")
        batch_op.drop_column("settled_by")
