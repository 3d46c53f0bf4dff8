"""Items, cart, tax, discounts and tips.

``catalog_items`` is the shop's item list (shared by every counter on PostgreSQL).
``sessions`` gains the parts of its total — ``subtotal_e7``, ``discount_e7``, ``tax_e7``,
``tip_e7`` (0 for a keyed amount) — and ``items_json``, the priced lines as sold (frozen with
the sale, for receipts and webhooks). ``sale_lines`` holds the same lines as rows, for sales
by item and category in reports and the line-items export.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PARTS = ("subtotal_e7", "discount_e7", "tax_e7", "tip_e7")


def _identifier(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "catalog_items",
        sa.Column("sku", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("price_e7", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(64), nullable=False, server_default=""),
        sa.Column("tax_rate", sa.String(16), nullable=False, server_default="0"),
        sa.Column("barcode", sa.String(64), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_catalog_items_barcode", "catalog_items", ["barcode"])
    op.create_index("ix_catalog_items_category_name", "catalog_items", ["category", "name"])
    with op.batch_alter_table("sessions") as batch_op:
        for name in PARTS:
            batch_op.add_column(
                sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")
            )
        batch_op.add_column(sa.Column("items_json", sa.Text(), nullable=True))
    op.create_table(
        "sale_lines",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("session_id", _identifier(28), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("category", sa.String(64), nullable=False, server_default=""),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_e7", sa.BigInteger(), nullable=False),
        sa.Column("discount_e7", sa.BigInteger(), nullable=False),
        sa.Column("net_e7", sa.BigInteger(), nullable=False),
        sa.Column("tax_e7", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate", sa.String(16), nullable=False),
    )
    op.create_index("ix_sale_lines_session_id", "sale_lines", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_sale_lines_session_id", table_name="sale_lines")
    op.drop_table("sale_lines")
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.drop_column("items_json")
        for name in reversed(PARTS):
            batch_op.drop_column(name)
    op.drop_index("ix_catalog_items_category_name", table_name="catalog_items")
    op.drop_index("ix_catalog_items_barcode", table_name="catalog_items")
    op.drop_table("catalog_items")
