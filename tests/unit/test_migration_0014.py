"""Revision 0014 (interaction.network_id): existing contact moments get their stakeholder's network,
a row written without it (an older team bundle, raw SQL) is filled by the trigger, and the
network's contact moments are counted from the new index exactly as through the stakeholders."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from app import migrations
from app.domain import Interaction, Network, Stakeholder
from app.services import stakeholder as sh_service
from app.services.common import soft_delete
from app.services.overview import contact_moments, dashboard_counts
from tests.conftest import insert_old_row, scratch_engine


def _triggers(conn) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_upgrade_from_0013_fills_the_network_and_keeps_it_filled() -> None:
    with scratch_engine() as engine, engine.begin() as conn:
        cfg = migrations._config(conn)
        command.upgrade(cfg, "0013")
        for nid in ("n1", "n2"):
            insert_old_row(conn, Network, id=nid, name=f"Netwerk {nid}", kind="connection", strategies=[], extra={})
        insert_old_row(conn, Stakeholder, id="s1", network_id="n1", name="Speelplein De Vlieger")
        insert_old_row(conn, Stakeholder, id="s2", network_id="n2", name="Sportclub Olympia")
        insert_old_row(conn, Interaction, id="i1", stakeholder_id="s1", kind="visit", occurred_on="2026-03-01", note="")
        insert_old_row(conn, Interaction, id="i2", stakeholder_id="s2", kind="call", occurred_on="2026-03-02", note="")
        command.upgrade(cfg, "0014")
        assert migrations.current_revision(conn) == "0014"
        rows = dict(conn.execute(text("SELECT id, network_id FROM interaction")).all())
        assert rows == {"i1": "n1", "i2": "n2"}
        assert "interaction_network_fill" in _triggers(conn)
        assert "ix_interaction_network_period" in {i["name"] for i in inspect(conn).get_indexes("interaction")}
        # a row as an older laptop's bundle writes it: no network named
        conn.exec_driver_sql("INSERT INTO interaction (id, created_at, updated_at, stakeholder_id, kind, occurred_on, "
                             "note) VALUES ('i3', '2026-03-03', '2026-03-03', 's2', 'visit', '2026-03-03', '')")
        assert conn.execute(text("SELECT network_id FROM interaction WHERE id = 'i3'")).scalar_one() == "n2"
        command.downgrade(cfg, "0013")
        assert "network_id" not in {c["name"] for c in inspect(conn).get_columns("interaction")}
        assert "interaction_network_fill" not in _triggers(conn)
        assert conn.execute(text("SELECT count(*) FROM interaction")).scalar_one() == 3


def test_a_new_schema_has_the_trigger(db_session: Session) -> None:
    assert "interaction_network_fill" in _triggers(db_session.connection())


def _through_stakeholders(session: Session, network_id: str, start: date | None = None,
                          end: date | None = None) -> int:
    """The count as it was made before 0014: through each live stakeholder of the network."""
    q = (select(func.count()).select_from(Interaction).join(Stakeholder)
         .where(Stakeholder.network_id == network_id, Stakeholder.deleted_at.is_(None),
                Interaction.deleted_at.is_(None)))
    if start is not None and end is not None:
        q = q.where(Interaction.occurred_on.between(start, end))
    return int(session.execute(q).scalar_one())


def test_contact_moments_leave_out_removed_stakeholders_removed_moments_and_other_networks(
        db_session: Session) -> None:
    gent, genk = Network(name="Gent", kind="connection"), Network(name="Genk", kind="connection")
    db_session.add_all([gent, genk])
    db_session.flush()
    kept = sh_service.create(db_session, gent.id, "Speelplein De Vlieger")
    gone = sh_service.create(db_session, gent.id, "Jeugdhuis Den Tap")
    other = sh_service.create(db_session, genk.id, "Sportclub Olympia")
    for sh in (kept, gone, other):
        for day in (date(2025, 8, 31), date(2025, 9, 1), date(2026, 2, 3), date(2026, 9, 1)):
            sh_service.log_interaction(db_session, sh, "visit", day)
    # written without a network (as the ORM of an older laptop would): the trigger fills it
    db_session.add(Interaction(stakeholder_id=kept.id, kind="call", occurred_on=date(2026, 1, 5)))
    db_session.flush()
    removed_moment = sh_service.log_interaction(db_session, kept, "call", date(2026, 1, 6))
    soft_delete(db_session, removed_moment)
    sh_service.delete(db_session, gone)
    db_session.flush()
    start, end = date(2025, 9, 1), date(2026, 8, 31)
    assert contact_moments(db_session, gent.id, start, end) == _through_stakeholders(db_session, gent.id, start, end) == 3
    assert contact_moments(db_session, gent.id) == _through_stakeholders(db_session, gent.id) == 5
    assert contact_moments(db_session, genk.id, start, end) == 2
    assert dashboard_counts(db_session, gent.id, start, end)["contacts"] == 3
