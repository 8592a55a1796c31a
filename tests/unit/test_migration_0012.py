"""Revision 0012 (neighbourhood governance): a vault at 0009 keeps its signals, which get an empty
portfolio holder; the three new tables are there and go again on a downgrade."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app import migrations
from app.domain import Network, Signal
from tests.conftest import insert_old_row, scratch_engine


def test_upgrade_from_0009_keeps_signals_and_adds_the_governance_tables() -> None:
    with scratch_engine() as engine, engine.begin() as conn:
        cfg = migrations._config(conn)
        command.upgrade(cfg, "0009")
        insert_old_row(conn, Network, id="n1", name="Wijkambassadeurs Lommel", kind="neighbourhood", strategies=[],
                       extra={})
        old = [c for c in Signal.__table__.columns if c.name != "portfolio_holder"]  # the columns of 0009
        values = {c.name: c.default.arg for c in old if c.default is not None and not callable(c.default.arg)}
        values.update(id="s1", network_id="n1", raised_on="2026-05-04", area="Kolonie", topic="Mobiliteit",
                      responsible="Schepen Ilse", created_at="2026-05-04 00:00:00.000000",
                      updated_at="2026-05-04 00:00:00.000000")
        conn.exec_driver_sql(f"INSERT INTO signal ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                             tuple(values.values()))
        command.upgrade(cfg, "0012")
        assert migrations.current_revision(conn) == "0012"
        tables = set(inspect(conn).get_table_names())
        assert {"commitment", "council_meeting", "topic_rule"} <= tables
        assert conn.execute(text("SELECT responsible, portfolio_holder FROM signal")).one() == ("Schepen Ilse", "")
        command.downgrade(cfg, "0009")
        tables = set(inspect(conn).get_table_names())
        assert not {"commitment", "council_meeting", "topic_rule"} & tables
        assert "portfolio_holder" not in {c["name"] for c in inspect(conn).get_columns("signal")}
        assert conn.execute(text("SELECT topic FROM signal")).scalar_one() == "Mobiliteit"
