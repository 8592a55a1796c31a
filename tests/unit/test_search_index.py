"""The stakeholder search index (revision 0015, `app.domain.search_index`): a search through the
trigram index finds exactly what the scan of the list's own index finds, the index follows every
write (the app's, raw SQL's, a migration's), leaves an erased name nothing to be found by, and is
rebuilt by `verbind check` when it is out of step. The list counts only up to a cap as the user
types and gives the exact count at the end (`count_cap`)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import migrations
from app.domain import Network, Stakeholder, search_index
from app.services import stakeholder as service
from tests.conftest import PASSPHRASE, insert_old_row, scratch_engine

NAMES = ["Sportclub Ledeberg", "Speelplein De Vlieger", "Café Ñandú", "ÉCOLE Saint-Éloi", "100% Sport vzw",
         "Club_Ninja", 'De "Kleine" Prins', "Back\\slash Jeugdhuis", "Jeugdhuis 't Kapoentje", "KSA Oostakker",
         "Chiro Sint-Jozef", "Bibliotheek Zuid", "Zwembad Rooigem", "Muziekschool Gentbrugge", "Scouts 66ste"]
PLACES = ["Gent", "Ledeberg", "Sint-Amandsberg", "Oostakker", "Gentbrugge", "Mariakerke"]
AREAS = ["Brugse Poort", "Rabot", "Sluizeken", "Nieuw Gent", "Dampoort", ""]


def _fill(session: Session, n: int = 240, seed: int = 7) -> Network:
    rng = random.Random(seed)
    net = Network(name="Verbinders Gent", kind="connection")
    other = Network(name="Elders", kind="connection")
    session.add_all([net, other])
    session.flush()
    for i in range(n):
        session.add(Stakeholder(network_id=rng.choice([net.id, net.id, other.id]), side="supply",
                                name=f"{rng.choice(NAMES)} {i:03d}", municipality=rng.choice(PLACES),
                                area=rng.choice(AREAS)))
    session.commit()
    return net


PATHS = {"by rowid": (10**9, 10**9), "index walk with the trigram index": (-1, 10**9), "scan": (-1, -1)}


def _both(session: Session, net: str, f: service.Filters, monkeypatch: pytest.MonkeyPatch,
          **page: Any) -> tuple[Any, Any]:
    """The same search through the trigram index (rows by rowid, and a walk of the list's index
    keeping what the trigram index names) and through the scan: both trigram paths give the
    scan's result (the first of the pair) or the pair shows which differs."""
    found = {}
    for path, (by_rowid, candidates) in PATHS.items():
        monkeypatch.setattr(service, "FTS_BY_ROWID", by_rowid)
        monkeypatch.setattr(service, "FTS_CANDIDATES", candidates)
        found[path] = (service.search_page(session, net, f, **page),
                       [s.id for s in service.search(session, net, f)], service.count(session, net, f))
    scanned = found.pop("scan")
    differing = {path: result for path, result in found.items() if result != scanned}
    return (differing or scanned), scanned


QUERIES = ["spo", "SPORT", "ledeb", "café", "CAFÉ", "ñandú", "école", "100%", "% s", "b_n", "club_", '"kleine"',
           '"', '""', "\\sl", "back\\", "'t k", "  jeugd  ", "66ste", "oost", "xyz", "gent", "en", "s", "%", "_",
           "sint-", "poort 0", "rabot", "sporabot"]


def test_the_index_finds_exactly_what_the_scan_finds(vault, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        net = _fill(s).id
        rng = random.Random(3)
        names = [n for (n,) in s.execute(text("SELECT name FROM stakeholder")).all()]
        sampled = [name[i:i + rng.randint(3, 8)] for name in rng.sample(names, 25) for i in [rng.randint(0, 5)]]
        for q in QUERIES + sampled:
            f = service.Filters(text=q)
            if search_index.phrase(q) is not None:
                monkeypatch.setattr(service, "FTS_CANDIDATES", 10**9)
                for by_rowid in (10**9, -1):  # the index is really used, in both ways
                    monkeypatch.setattr(service, "FTS_BY_ROWID", by_rowid)
                    used = service._use_index(s, f)
                    assert used is not None and used.by_rowid == (by_rowid > 0), q
            for page in ({"limit": 200}, {"limit": 7, "offset": 7}, {"limit": 5, "count_cap": 9},
                         {"order_by": "municipality", "descending": True, "limit": 20}):
                indexed, scanned = _both(s, net, f, monkeypatch, **page)
                assert indexed == scanned, (q, page)
        # the trigram index names rows holding the trigrams in other orders or other columns
        # ("spo" in the name, "rab" and "bot" in the area Rabot); the search drops them
        named = s.execute(text("SELECT count(*) FROM stakeholder_fts WHERE stakeholder_fts MATCH :q"),
                          {"q": search_index.phrase("sporabot")}).scalar_one()
        assert named > 0 and service.count(s, net, service.Filters(text="sporabot")) == 0
        # and with the other filters on top
        f = service.Filters(text="jeugd", side="supply")
        assert _both(s, net, f, monkeypatch)[0] == _both(s, net, f, monkeypatch)[1]


def test_the_index_follows_inserts_updates_and_deletes(vault) -> None:  # type: ignore[no-untyped-def]
    def hits(s: Session, word: str) -> int:
        return int(s.execute(text("SELECT count(*) FROM stakeholder_fts WHERE stakeholder_fts MATCH :q"),
                             {"q": search_index.phrase(word)}).scalar_one())

    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        sh = Stakeholder(network_id=net.id, name="Zwemclub Xyzzy", side="supply", municipality="Qwertyveld")
        s.add(sh)
        s.commit()
        assert hits(s, "xyzzy") == 1 and hits(s, "qwerty") == 1
        assert [r.name for r in service.search_page(s, net.id, service.Filters(text="xyzz"))[0]] == ["Zwemclub Xyzzy"]
        sh.name = "Zwemclub Plughstraat"
        sh.municipality = "Gent"
        s.commit()
        assert hits(s, "xyzzy") == 0 and hits(s, "qwerty") == 0 and hits(s, "plugh") == 1
        s.execute(text("UPDATE stakeholder SET area = 'Frobozzwijk' WHERE id = :i"), {"i": sh.id})  # raw SQL too
        assert hits(s, "frobozz") == 1
        service.delete(s, sh)  # a tombstone: still in the table, never in the list
        s.commit()
        assert service.search_page(s, net.id, service.Filters(text="plugh")) == ([], 0)
        s.delete(sh)  # erased for good
        s.commit()
        assert hits(s, "plugh") == 0 and hits(s, "frobozz") == 0
        assert search_index.in_step(s.connection().connection.driver_connection)
        # an erased name's trigrams are removed at once, not left in the index's pages
        assert s.execute(text("SELECT v FROM stakeholder_fts_config WHERE k = 'secure-delete'")).scalar_one() == 1


def test_phrase_quotes_what_the_user_typed() -> None:
    assert search_index.phrase("sp") is None and search_index.phrase("  ab ") is None
    assert search_index.phrase("spo") == '"spo"'
    assert search_index.phrase("sportief") == '"spo" "rti" "ief"'  # every third trigram and the last
    assert search_index.phrase("sporti") == '"spo" "rti"'
    assert search_index.phrase(' De "Kleine" ') == '"De " """Kl" "ein" "ne"""'
    assert search_index.phrase("a OR b") == '"a O" "R b"'  # no query syntax gets through


def test_upgrade_from_0014_indexes_existing_rows_and_downgrade_removes_it() -> None:
    with scratch_engine() as engine, engine.begin() as conn:
        cfg = migrations._config(conn)
        command.upgrade(cfg, "0014")
        insert_old_row(conn, Network, id="n1", name="Netwerk", kind="connection", strategies=[], extra={})
        insert_old_row(conn, Stakeholder, id="s1", network_id="n1", name="Speelplein De Vlieger", municipality="Gent")
        insert_old_row(conn, Stakeholder, id="s2", network_id="n1", name="Sportclub Olympia", municipality="Ledeberg")
        command.upgrade(cfg, "0015")
        raw = conn.connection.driver_connection
        assert search_index.in_step(raw)
        found = conn.execute(text("SELECT s.id FROM stakeholder s JOIN stakeholder_fts f ON f.rowid = s.rowid "
                                  "WHERE stakeholder_fts MATCH '\"ledeb\"'")).scalars().all()
        assert found == ["s2"]
        command.downgrade(cfg, "0014")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {t for t in tables if search_index.is_index_table(t)}
        assert not {t for t in tables if t.startswith("stakeholder_fts")}  # the triggers went too
        conn.exec_driver_sql("UPDATE stakeholder SET name = 'Speelplein' WHERE id = 's1'")  # writes still work


def test_upgrade_to_0016_widens_the_list_index_and_downgrade_narrows_it() -> None:
    def columns(conn: Any) -> list[str]:
        return [r[2] for r in conn.exec_driver_sql("PRAGMA index_info('ix_stakeholder_search')")]

    with scratch_engine() as engine, engine.begin() as conn:
        cfg = migrations._config(conn)
        command.upgrade(cfg, "0015")
        insert_old_row(conn, Network, id="n1", name="Netwerk", kind="connection", strategies=[], extra={})
        insert_old_row(conn, Stakeholder, id="s1", network_id="n1", name="Sportclub Olympia", municipality="Gent")
        assert columns(conn) == ["network_id", "deleted_at", "name", "municipality", "area"]
        command.upgrade(cfg, "0016")
        model = [c.name for c in next(i for i in Stakeholder.__table__.indexes if i.name == "ix_stakeholder_search").columns]
        assert columns(conn) == model and model[:4] == ["network_id", "deleted_at", "name", "id"]
        assert search_index.in_step(conn.connection.driver_connection)
        command.downgrade(cfg, "0015")
        assert columns(conn) == ["network_id", "deleted_at", "name", "municipality", "area"]


def test_check_rebuilds_an_index_out_of_step(vault_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.vault import Vault

    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault.session() as s:
        _fill(s, 30)
        # as an older program without the triggers would leave it: the table changed, the index did not
        s.execute(text("DROP TRIGGER stakeholder_fts_update"))
        s.execute(text("UPDATE stakeholder SET name = 'Verhuisde Vereniging' WHERE rowid = 1"))
        s.execute(text(search_index.DDL[-1]))
        s.commit()
        assert not search_index.in_step(s.connection().connection.driver_connection)
        monkeypatch.setattr(service, "FTS_CANDIDATES", 10**9)
        assert service.search_page(s, _network_of_row_1(s), service.Filters(text="verhuisde")) == ([], 0)  # what it costs
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["check", str(vault_path)]) == 0
    assert "zoekindex" in capsys.readouterr().out
    with Vault.open(vault_path, PASSPHRASE) as v, v.session() as s:
        assert search_index.in_step(s.connection().connection.driver_connection)
        monkeypatch.setattr(service, "FTS_CANDIDATES", 10**9)
        rows, total = service.search_page(s, _network_of_row_1(s), service.Filters(text="verhuisde"))
        assert [r.name for r in rows] == ["Verhuisde Vereniging"] and total == 1
    assert main(["check", str(vault_path)]) == 0
    assert "zoekindex" not in capsys.readouterr().out  # nothing to rebuild a second time


def _network_of_row_1(s: Session) -> str:
    return str(s.execute(text("SELECT network_id FROM stakeholder WHERE rowid = 1")).scalar_one())


def test_capped_count_stops_early_and_the_exact_count_is_there(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        for i in range(25):
            s.add(Stakeholder(network_id=net.id, name=f"Jeugdhuis {i:02d}", side="supply"))
        s.commit()
        for q in ("", "je", "jeugdhuis"):  # no search, the scan, the trigram index
            f = service.Filters(text=q)
            rows, total = service.search_page(s, net.id, f, limit=5, count_cap=10)
            assert [r.name for r in rows] == [f"Jeugdhuis {i:02d}" for i in range(5)]
            assert total == 11, q  # "more than 10"
            assert service.search_page(s, net.id, f, limit=5, count_cap=100) == (rows, 25)
            assert service.search_page(s, net.id, f, limit=5, offset=20, count_cap=0)[0][-1].name == "Jeugdhuis 24"
            assert service.search_page(s, net.id, f, limit=5, offset=40, count_cap=10) == ([], 25)
            assert service.count(s, net.id, f) == 25


def test_restore_after_a_recreated_stakeholder_table() -> None:
    """What a later batch migration does to the table (copy, drop, rename): the triggers go with the
    old table and the rowids change; `restore` makes both right again."""
    with scratch_engine() as engine, engine.begin() as conn:
        command.upgrade(migrations._config(conn), "head")
        insert_old_row(conn, Network, id="n1", name="Netwerk", kind="connection", strategies=[], extra={})
        for i, name in enumerate(["Atelier Ledeberg", "Bib Zuid", "Chiro Sint-Jozef"]):
            insert_old_row(conn, Stakeholder, id=f"s{i}", network_id="n1", name=name)
        conn.exec_driver_sql("CREATE TABLE stakeholder_copy AS SELECT * FROM stakeholder ORDER BY name DESC")
        conn.exec_driver_sql("DROP TABLE stakeholder")
        conn.exec_driver_sql("PRAGMA legacy_alter_table = ON")  # other tables' triggers name stakeholder
        conn.exec_driver_sql("ALTER TABLE stakeholder_copy RENAME TO stakeholder")
        conn.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
        raw = conn.connection.driver_connection
        triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stakeholder_fts_%'"
        assert conn.exec_driver_sql(triggers).scalar_one() == 0 and not search_index.in_step(raw)
        search_index.restore(raw)
        assert conn.exec_driver_sql(triggers).scalar_one() == 3 and search_index.in_step(raw)
        conn.exec_driver_sql("UPDATE stakeholder SET name = 'Bib Noord' WHERE id = 's1'")
        assert search_index.in_step(raw)  # the triggers work again


def test_upgrade_builds_the_index_once_and_restores_it_only_when_it_was_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import create_engine

    restored: list[bool] = []
    real = search_index.restore
    monkeypatch.setattr(search_index, "restore", lambda conn: restored.append(True) or real(conn))
    for name, since, expected in (("a.db", search_index.SINCE, []), ("b.db", "0014", [True])):
        monkeypatch.setattr(search_index, "SINCE", since)  # "b": as if the index had come before 0014
        restored.clear()
        engine = create_engine(f"sqlite:///{tmp_path / name}")
        with engine.begin() as conn:
            command.upgrade(migrations._config(conn), "0014")
            insert_old_row(conn, Network, id="n1", name="Netwerk", kind="connection", strategies=[], extra={})
            insert_old_row(conn, Stakeholder, id="s1", network_id="n1", name="Speelplein De Vlieger")
        migrations.upgrade(engine)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
            assert search_index.in_step(conn.connection.driver_connection)
        engine.dispose()
        assert restored == expected, name  # from 0014, migration 0015 alone builds it: no second rebuild


def _plan(session: Session, query: Any) -> str:
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return " | ".join(r[3] for r in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all())


def test_the_list_is_read_from_its_index_alone(vault, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A page of the list, unfiltered, filtered or searched (except through a few rows by rowid)
    reads no stakeholder row (revision 0016): a column added to the list must join the index."""
    from sqlalchemy import select

    with vault.session() as s:
        net = _fill(s).id
        monkeypatch.setattr(service, "FTS_CANDIDATES", 10**9)
        monkeypatch.setattr(service, "FTS_BY_ROWID", -1)
        for f in (service.Filters(), service.Filters(text="sp"), service.Filters(text="sport"),
                  service.Filters(text="jeugd", category="youth", side="supply", has_places=True)):
            q = service._filtered(select(*service._LIST_COLUMNS), net, f, service._use_index(s, f))
            plan = _plan(s, q.order_by(Stakeholder.name, Stakeholder.id).limit(1001))
            assert "COVERING INDEX ix_stakeholder_search" in plan, (f, plan)
            assert "TEMP B-TREE" not in plan, (f, plan)  # in the list's order: it stops after the page


def test_warming_reads_through_every_pooled_connection_and_close_waits_for_it(
        vault, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.vault import engine as engine_mod

    with vault.session() as s:
        net = _fill(s, n=30).id
    connections: list[int] = []
    started, release = threading.Event(), threading.Event()
    real = service.warm_search

    def slow_warm(session: Session, network_id: str) -> None:
        real(session, network_id)
        connections.append(id(session.connection().connection.driver_connection))
        started.set()
        release.wait(10)

    monkeypatch.setattr(service, "warm_search", slow_warm)
    worker = threading.Thread(target=vault.warm_search, args=(net,))
    worker.start()
    assert started.wait(10)
    closer = threading.Thread(target=vault.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive() and not vault.closed  # the close waits for the read in the worker
    release.set()
    worker.join(10)
    closer.join(10)
    assert vault.closed and len(set(connections)) == engine_mod.POOL_SIZE
    vault.warm_search(net)  # a closed vault: nothing is read, nothing raised
