"""Migrations: the head revision the start-up shortcut trusts is the scripts' real head, and
a new database, an up-to-date one and one left at an older revision all end at head."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from posapp.storage.engine import Database
from posapp.storage.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    upgrade_to_head,
)


def test_the_shortcut_head_is_the_newest_script() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_new_current_and_older_databases_reach_head(database_url: str) -> None:
    db = Database(database_url, migrate=False)
    try:
        if db.is_sqlite:  # a new file; the PostgreSQL test database starts migrated
            assert current_revision(db.engine) is None
            upgrade_to_head(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        upgrade_to_head(db.engine)  # nothing to do
        assert current_revision(db.engine) == HEAD_REVISION
        with db.engine.begin() as conn:  # an older release's database
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        assert current_revision(db.engine) == "0002"
        upgrade_to_head(db.engine)
        assert current_revision(db.engine) == HEAD_REVISION
        assert "sessions" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()


def test_an_older_store_learns_which_payments_overpaid_their_sale(database_url: str) -> None:
    """0004 on a store of an older release: the excess of each overpaid sale is spread over
    its payments in arrival order; other payments and unmatched ones stay at zero."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    db = Database(database_url)
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
            now = datetime(2026, 12, 1, tzinfo=UTC)
            for sid, due, received in (("pay_over", 100, 180), ("pay_even", 100, 100)):
                conn.execute(
                    text(
                        "INSERT INTO sessions (id, muxed_id, status, fiat_amount_e7,"
                        " fiat_currency, usdc_due_stroops, usdc_received_stroops, rate,"
                        " rate_source, rate_time, spread_percent, network, destination, note,"
                        " cashier, terminal, created_at, expires_at, updated_at) VALUES (:id,"
                        " :mux, 'paid', 1, 'INR', :due, :received, '84', 'fixed', :now, '0',"
                        " 'testnet', 'GMERCHANT', '', 'c', 't', :now, :now, :now)"
                    ),
                    {"id": sid, "mux": len(sid) + due + received, "due": due,
                     "received": received, "now": now},
                )  # fmt: skip
            payments = [  # (operation, session, amount, status)
                ("1", "pay_over", 60, "credited"),
                ("2", "pay_over", 70, "credited"),  # 30 over
                ("3", "pay_over", 50, "attached"),  # all over
                ("4", "pay_even", 100, "credited"),
                ("5", None, 40, "unmatched"),
            ]
            for op_id, sid, amount, status in payments:
                conn.execute(
                    text(
                        "INSERT INTO payments (operation_id, paging_token, tx_hash, type,"
                        " session_id, status, reason, from_account, to_account, amount_stroops,"
                        " asset_code, asset_issuer, ledger_time, received_at) VALUES (:op, :op,"
                        " :op, 'payment', :sid, :status, '', 'GPAYER', 'GMERCHANT', :amount,"
                        " 'USDC', 'GISSUER', :now, :now)"
                    ),
                    {"op": op_id, "sid": sid, "status": status, "amount": amount, "now": now},
                )  # fmt: skip
        upgrade_to_head(db.engine)
        with db.engine.connect() as conn:
            got = dict(
                conn.execute(text("SELECT operation_id, overpaid_stroops FROM payments")).all()
            )
        assert got == {"1": 0, "2": 30, "3": 50, "4": 0, "5": 0}
    finally:
        db.dispose()
