"""Pushing to the hub against a real PostgreSQL server: repeated pushes in any order converge to
exactly one current row per record; each organisation writes and reads only its own rows (RLS
with real roles) and the coordinator only the views; a push that fails or is killed half-way
leaves the hub as it was; no person's name or trajectory code ever reaches a hub table."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.hub import HubError, admin
from app.hub import push as hub_push
from app.hub.dsn import connected
from tests.hub.conftest import Hub, add_org


def _send(target: Any, outgoing: hub_push.Outgoing) -> hub_push.PushResult:
    with connected(target) as conn:
        return hub_push.push(conn, outgoing)


def _rows(hub: Hub, table: str) -> dict[str, dict[str, Any]]:
    with hub.admin() as conn:
        return {str(r.id): dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM hub.{table}"))}


def test_schema_is_at_head_and_init_runs_again(hub: Hub) -> None:
    from app.hub.migrations import HEAD, current_revision, head_revision

    assert head_revision() == HEAD
    with hub.admin() as conn:
        assert admin.init(conn) == HEAD  # a second init changes nothing and does not fail
        assert current_revision(conn) == HEAD
        tables = {r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'hub' AND rowsecurity"))}
    assert tables == {"organisation", "network", "report_snapshot", "organisation_stakeholder"}


def test_pushes_in_random_order_converge_to_one_current_row_per_record(hub: Hub, make_vault: Any) -> None:
    vaults = {name: make_vault(seed) for name, seed in (("Stad Genk", 11), ("Gemeente Lommel", 12), ("Provincie", 13))}
    targets = {name: add_org(hub, name)[1] for name in vaults}
    pushes: list[tuple[str, hub_push.Outgoing]] = []
    newest: dict[str, hub_push.Outgoing] = {}
    orgs_turned: dict[str, str] = {}
    for name, maker in vaults.items():
        with maker() as s:
            pushes.append((name, hub_push.collect(s)))  # an older state of the vault
            from app.domain import ReportSnapshot, Stakeholder

            orgs = s.scalars(select(Stakeholder).where(Stakeholder.kind == "organisation").order_by(Stakeholder.id)).all()
            orgs[0].stage = "partner" if orgs[0].stage != "partner" else "mapped"  # a change
            orgs[1].deleted_at = orgs[1].updated_at  # a tombstone
            orgs[2].kind = "person"  # an organisation that turns out to be a person: must leave the hub
            orgs_turned[name] = orgs[2].id
            snap = s.scalars(select(ReportSnapshot).where(ReportSnapshot.status == "final")).first()
            assert snap is not None
            snap.deleted_at = snap.updated_at  # a withdrawn report
            if name == "Provincie":  # a whole network deleted: its reports and organisations go with it
                from app.domain import Network
                from app.domain.base import utcnow

                doomed = s.scalars(select(Network).where(Network.kind == "local")).one()
                doomed.deleted_at = utcnow()
            s.commit()
            newest[name] = hub_push.collect(s)
            pushes.append((name, newest[name]))
    rng = random.Random(21)
    order = pushes * 3
    rng.shuffle(order)
    order = pushes[::2] + order  # the older states first at least once: what was in the hub must give way
    for name, outgoing in order:
        _send(targets[name], outgoing)
    for table in hub_push.TABLES:
        rows = _rows(hub, table)
        expected = {r["id"]: r for o in newest.values() for r in o.rows[table]}
        assert set(rows) == set(expected), table  # exactly one row per record, nothing else
        for rid, row in rows.items():
            assert row["updated_at"] == expected[rid]["updated_at"]
            assert (row["deleted_at"] is None) == (expected[rid]["deleted_at"] is None)
    stakeholders = _rows(hub, "organisation_stakeholder")
    turned = [orgs_turned[name] for name in vaults]
    for sid in turned + [r["id"] for o in newest.values() for r in o.retract]:
        row = stakeholders[sid]  # a person: a tombstone, nothing else
        assert row["deleted_at"] is not None and row["name"] == row["municipality"] == row["category"] == ""
    with hub.admin() as conn:  # the deleted network's rows are tombstones, without names or figures
        alive = conn.execute(text("SELECT count(*) FROM hub.organisation_stakeholder st JOIN hub.network n "
                                  "ON n.id = st.network_id WHERE n.deleted_at IS NOT NULL AND "
                                  "(st.deleted_at IS NULL OR st.name <> '')")).scalar_one()
        figures = conn.execute(text("SELECT count(*) FROM hub.report_snapshot s JOIN hub.network n "
                                    "ON n.id = s.network_id WHERE n.deleted_at IS NOT NULL AND "
                                    "(s.deleted_at IS NULL OR s.figures <> '{}')")).scalar_one()
        deleted = conn.execute(text("SELECT count(*) FROM hub.network WHERE deleted_at IS NOT NULL")).scalar_one()
    assert (deleted, alive, figures) == (1, 0, 0)
    before = hub.dump()
    for name, outgoing in order[:4]:  # again: nothing changes
        assert _send(targets[name], outgoing).changed == 0
    assert hub.dump() == before


def test_each_organisation_sees_and_writes_only_its_own_rows(hub: Hub, make_vault: Any) -> None:
    import psycopg

    _role_a, a = add_org(hub, "Organisatie A", "secret-a")
    role_b, b = add_org(hub, "Organisatie B", "secret-b")
    with make_vault(11)() as s:
        _send(a, hub_push.collect(s))
    with make_vault(12)() as s:
        out_b = hub_push.collect(s)
        _send(b, out_b)
    b_ids = {r["id"] for r in out_b.rows["network"]}
    b_network = sorted(b_ids)[0]
    with hub.admin() as conn:
        coordinator = admin.add_coordinator(conn, "provincie", "secret-c")
    with psycopg.connect(a.dsn, password="secret-a") as conn:
        seen = {str(r[0]) for r in conn.execute("SELECT id FROM hub.network")}
        assert seen and not seen & b_ids
        assert [r[0] for r in conn.execute("SELECT name FROM hub.organisation")] == ["Organisatie A"]
        assert conn.execute("UPDATE hub.network SET name = 'overgenomen' WHERE id = %s", (b_network,)).rowcount == 0
        assert conn.execute("UPDATE hub.report_snapshot SET figures = '{}' WHERE network_id = %s",
                            (b_network,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM hub.organisation_stakeholder WHERE network_id = %s", (b_network,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a row in B's name: refused by the policy
            conn.execute("INSERT INTO hub.network (id, organisation_id, name, kind, created_at, updated_at) VALUES "
                         "(gen_random_uuid(), %s, 'nep', 'local', now(), now())", (role_b.organisation_id,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the coordinator's views are not for A
            conn.execute("SELECT * FROM hub.v_network_period")
        conn.rollback()
    # A's vault claiming B's network id (a copied vault): the upsert is refused, nothing changes
    before = hub.dump()
    stolen = hub_push.Outgoing({"network": [dict(out_b.rows["network"][0], name="overgenomen",
                                                 updated_at=out_b.rows["network"][0]["updated_at"].replace(year=2099))],
                                "report_snapshot": [], "organisation_stakeholder": []}, [], [])
    with pytest.raises(HubError) as refused:
        _send(a, stolen)
    assert refused.value.reason == "permission"
    assert hub.dump() == before
    with psycopg.connect(hub.dsn(coordinator.role), password="secret-c") as conn:
        networks = conn.execute("SELECT count(*) FROM hub.v_network_period").fetchone()
        assert networks is not None and networks[0] == 8  # both organisations' four networks
        for table in ("network", "report_snapshot", "organisation_stakeholder", "organisation"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM hub.{table}")
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE hub.network SET name = 'x'")
        conn.rollback()


def test_a_push_that_fails_half_way_leaves_the_hub_as_it_was(hub: Hub, make_vault: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _role, a = add_org(hub, "Stad Genk")
    maker = make_vault(11)
    with maker() as s:
        first = hub_push.collect(s)
    _send(a, first)
    with maker() as s:
        from app.domain import Network

        for net in s.scalars(select(Network)):
            net.fte = (net.fte or 0) + 1  # a newer profile for every network
        s.commit()
        second = hub_push.collect(s)
    before = hub.dump()
    real = hub_push.execute_batch
    for fail_at in (0, 1, 2):  # the first, second or last of the three statements
        calls = {"n": 0}

        def flaky(conn: Any, sql: str, rows: list[dict[str, Any]], fail_at: int = fail_at,
                  calls: dict[str, int] = calls) -> int:
            calls["n"] += 1
            if calls["n"] == fail_at + 1:
                raise ConnectionResetError("the train went into a tunnel")
            return real(conn, sql, rows)

        monkeypatch.setattr(hub_push, "execute_batch", flaky)
        with pytest.raises(ConnectionResetError):
            _send(a, second)
        assert hub.dump() == before, f"changed after failing at statement {fail_at + 1}"
    monkeypatch.setattr(hub_push, "execute_batch", real)
    assert _send(a, second).changed == 4  # repeated: it goes through
    assert {r["fte"] for r in _rows(hub, "network").values()} == {r["fte"] for r in second.rows["network"]}


KILLED_PUSH = r"""
import sys, time
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from app.hub import push
from app.hub.dsn import HubTarget, connected
real = push.execute_batch
def slow(conn, sql, rows):
    n = real(conn, sql, rows)
    print("MID", flush=True)
    time.sleep(60)
    return n
push.execute_batch = slow
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as s:
    out = push.collect(s)
with connected(HubTarget(sys.argv[2], sys.argv[3])) as conn:
    push.push(conn, out)
"""


def test_a_killed_push_leaves_the_hub_unchanged(hub: Hub, make_vault: Any, tmp_path: Path) -> None:
    _role, a = add_org(hub, "Stad Genk", "kill-secret")
    maker = make_vault(11)
    before = hub.dump()
    database = str(maker.kw["bind"].url.database)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", KILLED_PUSH, database, a.dsn, "kill-secret"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "MID", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert hub.dump() == before  # the first statement's rows were never committed
    with maker() as s:
        assert _send(a, hub_push.collect(s)).changed > 0  # and the server lets the next push through
    assert _rows(hub, "network")


CANARY = "ZQXKANARIE"


def _plant_canaries(session: Any) -> int:
    """The canary in every personal or free-text column of the vault that must never travel."""
    from sqlalchemy import String, Text

    from app.domain import Base
    from app.io.controller import set_privacy_contacts

    skip = {"vault_setting", "audit_entry", "report_snapshot", "alembic_version", "network", "stakeholder"}
    planted = 0
    conn = session.connection()
    for table in Base.metadata.sorted_tables:
        if table.name in skip or "id" not in table.c:
            continue
        cols = [c.name for c in table.columns if not c.foreign_keys and c.name != "id" and (
            isinstance(c.type, Text) or (isinstance(c.type, String) and (c.type.length or 0) >= 40))]
        for col in cols:
            planted += conn.execute(text(f"UPDATE {table.name} SET {col} = '{CANARY}-' || id")).rowcount
    # a person who is a stakeholder: everything; an organisation: all but its name and municipality
    person_cols = ["name", "municipality", "area", "address", "email", "phone", "website", "concerns", "priorities",
                   "agenda_room", "notes"]
    conn.execute(text("UPDATE stakeholder SET kind = 'person' WHERE id IN (SELECT id FROM stakeholder ORDER BY id "
                      "LIMIT 12)"))  # the demo maps organisations only: some people too
    sets = ", ".join(f"{c} = '{CANARY}-' || id" for c in person_cols)
    planted += conn.execute(text(f"UPDATE stakeholder SET {sets} WHERE kind = 'person'")).rowcount
    org_sets = ", ".join(f"{c} = '{CANARY}-' || id" for c in person_cols if c not in ("name", "municipality"))
    planted += conn.execute(text(f"UPDATE stakeholder SET {org_sets} WHERE kind = 'organisation'")).rowcount
    network_texts = ["beliefs", "needs", "existing_offer", "barriers_seen", "exploratory_talks", "focus_target_group",
                     "focus_area", "focus_youth_work", "ambassador_profile", "hiring_partner", "training_plan",
                     "intervision", "coaching", "registration_agreements", "reporting_moments"]
    planted += conn.execute(text("UPDATE network SET " + ", ".join(f"{c} = '{CANARY}'" for c in network_texts)
                                 + f", strategy_partners = json_object('cooperation', '{CANARY}')")).rowcount
    set_privacy_contacts(session, controller=f"{CANARY} vzw", controller_contact=f"{CANARY}@example.org",
                         dpo=f"{CANARY} DPO")
    return planted


def test_canary_sweep_no_person_or_trajectory_reaches_the_hub(hub: Hub, make_vault: Any) -> None:
    from app.domain import Network, ReportSnapshot, Stakeholder
    from app.reports import snapshot as snap
    from app.reports import wizard

    _role, a = add_org(hub, "Stad Genk")
    with make_vault(11)() as s:
        assert _plant_canaries(s) > 500
        s.commit()
        for net in s.scalars(select(Network)).all():  # reports frozen after the canaries were planted
            snap.freeze(s, net.id, wizard.new_state(net.id, "2024-2025"))
        s.commit()
        payloads = json.dumps([r.payload for r in s.scalars(select(ReportSnapshot))], default=str)
        assert CANARY in payloads  # the vault's own snapshots do hold names (responsible, owners, controller)
        persons = s.scalar(select(Stakeholder.id).where(Stakeholder.kind == "person"))
        assert persons is not None
        _send(a, hub_push.collect(s))
        org_name = s.scalar(select(Stakeholder.name).where(Stakeholder.kind == "organisation",
                                                           Stakeholder.deleted_at.is_(None)))
    found: list[str] = []
    with hub.admin() as conn:
        for table in ("organisation", "network", "report_snapshot", "organisation_stakeholder"):
            total = conn.execute(text(f"SELECT count(*) FROM hub.{table}")).scalar_one()
            assert total > 0, table
            hits = conn.execute(text(f"SELECT x::text FROM hub.{table} x WHERE x::text LIKE :c"),
                                {"c": f"%{CANARY}%"}).all()
            found += [f"{table}: {h[0][:200]}" for h in hits]
        names = {r[0] for r in conn.execute(text("SELECT name FROM hub.organisation_stakeholder"))}
        assert org_name in names  # organisations do travel (the sweep looks where data is)
    assert not found, "\n".join(found)
