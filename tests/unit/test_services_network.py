"""Networks: creating with a kind, renaming, archiving and unarchiving; names are checked (empty,
taken, case ignored) and nothing is written when they fail; archived networks leave the
switcher's choices but their reports, exports and CLI look-ups keep working."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands.common import resolve_network
from app.demo import populate
from app.domain import Network, utcnow
from app.errors import UsageError, ValidationError
from app.i18n import language
from app.io.export import export_rows
from app.periods import working_year
from app.reports import snapshot as snap
from app.services import network as service

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    """The core's messages in Dutch, whatever language an earlier test left the process in."""
    with language("nl"):
        yield


def _names(session: Session, **kw: bool) -> list[str]:
    return [n.name for n in service.list_networks(session, **kw)]


def test_create_with_each_kind(db_session: Session) -> None:
    for kind in ("connection", "local", "entrepreneur", "neighbourhood"):
        net = service.create_network(db_session, f"  Netwerk {kind}  ", kind=kind)
        assert net.kind == kind and net.name == f"Netwerk {kind}" and net.archived_at is None
    assert service.create_network(db_session, "Standaard").kind == "connection"
    with pytest.raises(ValidationError):
        service.create_network(db_session, "Vreemd", kind="club")


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_empty_or_too_long_name_is_refused_beside_the_field(db_session: Session, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        service.create_network(db_session, name)
    assert info.value.field == "name"
    assert db_session.scalars(select(Network)).all() == []


def test_duplicate_names_are_refused_case_insensitively(db_session: Session) -> None:
    gent = service.create_network(db_session, "Verbindingsambassadeurs Gent")
    with pytest.raises(ValidationError, match="Er is al een netwerk ‘Verbindingsambassadeurs Gent’") as info:
        service.create_network(db_session, "verbindingsambassadeurs GENT ")
    assert info.value.field == "name"
    other = service.create_network(db_session, "Wijkambassadeurs Mol", kind="neighbourhood")
    with pytest.raises(ValidationError):
        service.rename_network(db_session, other.id, "VERBINDINGSAMBASSADEURS gent")
    assert other.name == "Wijkambassadeurs Mol"
    # renaming to itself in another case is fine; so is a name only a deleted network had
    service.rename_network(db_session, gent.id, "verbindingsambassadeurs gent")
    assert gent.name == "verbindingsambassadeurs gent"
    other.deleted_at = utcnow()
    db_session.flush()
    assert service.create_network(db_session, "Wijkambassadeurs Mol").name == "Wijkambassadeurs Mol"


def test_an_archived_network_keeps_its_name(db_session: Session) -> None:
    service.create_network(db_session, "Gent")
    old = service.create_network(db_session, "Gent 2024")
    service.archive_network(db_session, old.id)
    with pytest.raises(ValidationError, match="gearchiveerd netwerk ‘Gent 2024’"):
        service.create_network(db_session, "gent 2024")
    with language("en"), pytest.raises(ValidationError, match="already an archived network"):
        service.create_network(db_session, "gent 2024")


def test_the_profile_save_checks_a_changed_name_only(db_session: Session) -> None:
    a = service.create_network(db_session, "A")
    service.create_network(db_session, "B")
    with pytest.raises(ValidationError):
        service.update_network(db_session, a.id, name="b", fte=1.0)
    assert a.name == "A" and a.fte is None
    # an old vault may hold two networks of one name (made on two laptops): saving the profile of
    # one of them without touching the name must keep working
    twin = Network(name="B")
    db_session.add(twin)
    db_session.flush()
    service.update_network(db_session, twin.id, name="B", fte=0.8)
    assert twin.fte == 0.8


def test_archive_hides_from_the_choices_and_unarchive_brings_it_back(db_session: Session) -> None:
    gent = service.create_network(db_session, "Gent")
    mol = service.create_network(db_session, "mol", kind="neighbourhood")
    assert _names(db_session) == ["Gent", "mol"]
    service.archive_network(db_session, mol.id)
    assert mol.archived_at is not None
    assert _names(db_session) == ["Gent"]
    assert _names(db_session, include_archived=True) == ["Gent", "mol"]
    assert service.network_choices(db_session) == [(gent.id, "Gent")]
    assert service.network_choices(db_session, include_archived=True) == [(gent.id, "Gent"), (mol.id, "mol")]
    rows = service.network_rows(db_session)
    assert [(r.name, r.archived) for r in rows] == [("Gent", False), ("mol", True)]
    with pytest.raises(ValidationError, match="al gearchiveerd"):
        service.archive_network(db_session, mol.id)
    service.unarchive_network(db_session, mol.id)
    assert mol.archived_at is None and _names(db_session) == ["Gent", "mol"]
    with pytest.raises(ValidationError, match="niet gearchiveerd"):
        service.unarchive_network(db_session, mol.id)


def test_the_last_network_in_use_cannot_be_archived(db_session: Session) -> None:
    gent = service.create_network(db_session, "Gent")
    with pytest.raises(ValidationError, match="enige netwerk in gebruik"):
        service.archive_network(db_session, gent.id)
    assert gent.archived_at is None


def test_choices_make_the_default_network_only_in_an_empty_vault(db_session: Session) -> None:
    [(nid, name)] = service.network_choices(db_session, "Mijn netwerk")
    net = db_session.get(Network, nid)
    assert name == "Mijn netwerk" and net is not None and net.kind == "connection"
    assert service.network_choices(db_session, "Mijn netwerk") == [(nid, "Mijn netwerk")]
    # all archived (two laptops each archived one, then exchanged): shown, not a new one invented
    other = service.create_network(db_session, "Ander")
    service.archive_network(db_session, nid)
    other.archived_at = net.archived_at
    db_session.flush()
    assert {n for _i, n in service.network_choices(db_session, "Mijn netwerk")} == {"Mijn netwerk", "Ander"}
    assert len(db_session.scalars(select(Network)).all()) == 2


def test_an_archived_network_keeps_its_reports_exports_and_cli_lookup(db_session: Session) -> None:
    populate(db_session, "small", seed=7, today=TODAY)
    gent = db_session.scalars(select(Network).where(Network.kind == "connection")).one()
    period = working_year(2025).label
    before = snap.compute(db_session, gent.id, period)
    rows_before = export_rows(db_session, "trajectories", gent.id)
    service.archive_network(db_session, gent.id)
    db_session.commit()
    assert gent.name not in _names(db_session)
    assert resolve_network(db_session, gent.name.upper()) is gent
    assert resolve_network(db_session, gent.id) is gent
    after = snap.compute(db_session, gent.id, period)
    assert after["figures"] == before["figures"] and after["figures"]["current"]
    assert export_rows(db_session, "trajectories", gent.id) == rows_before
    assert len(export_rows(db_session, "trajectories")) >= len(rows_before)  # "all networks" keeps it


def test_cli_default_network_is_the_only_one_in_use(db_session: Session) -> None:
    gent = service.create_network(db_session, "Gent")
    assert resolve_network(db_session, None) is gent
    mol = service.create_network(db_session, "Mol")
    with pytest.raises(UsageError):
        resolve_network(db_session, None)  # two in use: say which
    service.archive_network(db_session, mol.id)
    assert resolve_network(db_session, None) is gent


def test_migration_0005_keeps_every_network_in_use() -> None:
    from alembic import command
    from sqlalchemy import text

    from app import migrations
    from tests.conftest import scratch_engine

    with scratch_engine() as engine, engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0004")
        conn.execute(text("INSERT INTO network (id, name, kind, municipality, beliefs, needs, existing_offer, "
                          "barriers_seen, exploratory_talks, focus_target_group, focus_area, focus_youth_work, "
                          "strategies, ambassador_profile, term_kind, hiring_mode, hiring_partner, training_plan, "
                          "intervision, coaching, registration_agreements, reporting_moments, success_milestone, "
                          "size_cap, followup_months, working_year_start_month, podium_target, signal_due_days, "
                          "extra, created_at, updated_at) VALUES ('n1', 'Oud', 'local', '', '', '', '', '', '', '', "
                          "'', '', '[]', '', 'indefinite', 'in_house', '', '', '', '', '', '', 'enrolled', 25, 6, 9, "
                          "3, 30, '{}', '2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000')"))
        command.upgrade(migrations._config(conn), "head")
        assert conn.execute(text("SELECT name, archived_at FROM network")).all() == [("Oud", None)]
        command.downgrade(migrations._config(conn), "0004")
        assert "archived_at" not in {r[1] for r in conn.execute(text("PRAGMA table_info(network)"))}
