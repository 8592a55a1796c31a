"""Recruiting calls and the nominations they brought (seed 000), requests from third parties
routed to an ambassador and followed until answered (seed 002), and their overview reminders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network, Stakeholder
from app.errors import ValidationError
from app.periods import working_year
from app.services import ambassador as amb_svc
from app.services import attention
from app.services import recruiting as rec
from app.services import requests as req_svc

TODAY = date(2026, 11, 20)  # working year 2026-2027


@pytest.fixture
def local(db_session: Session) -> Network:
    net = Network(name="Ambassadeurs Abdijsite Herkenrode", kind="local", municipality="Hasselt", size_cap=20)
    db_session.add(net)
    db_session.commit()
    return net


def _active(s: Session, net: Network, name: str, on: date, term_years: int = 3) -> Ambassador:
    a = amb_svc.create(s, net.id, name, nominated_by="Lead", on=on)
    amb_svc.change_status(s, a, "appointed", on, term_years=term_years)
    amb_svc.change_status(s, a, "active", on)
    return a


def test_a_call_needs_a_title_a_date_and_known_sectors(db_session: Session, local: Network) -> None:
    with pytest.raises(ValidationError) as caught:
        rec.create_call(db_session, local.id, date(2026, 10, 1), "  ", ["culture"], today=TODAY)
    assert caught.value.field == "title"
    with pytest.raises(ValidationError) as caught:
        rec.create_call(db_session, local.id, date(2026, 10, 1), "Oproep nieuwsbrief", [], today=TODAY)
    assert caught.value.field == "sectors" and "minstens één sector" in str(caught.value)
    with pytest.raises(ValidationError, match="Onbekende sector: circus"):
        rec.create_call(db_session, local.id, date(2026, 10, 1), "Oproep", ["circus"], today=TODAY)
    with pytest.raises(ValidationError) as caught:
        rec.create_call(db_session, local.id, date(2028, 1, 1), "Oproep", ["culture"], today=TODAY)
    assert caught.value.field == "held_on"
    call = rec.create_call(db_session, local.id, date(2026, 10, 1), " Oproep nieuwsbrief ",
                           ["transport", "culture", "culture"], today=TODAY)
    assert call.title == "Oproep nieuwsbrief" and call.sectors == ["culture", "transport"]  # vocabulary order


def test_nominations_a_call_brought_and_how_many_were_appointed(db_session: Session, local: Network) -> None:
    call = rec.create_call(db_session, local.id, date(2026, 9, 15), "Oproep in Het Belang van Limburg",
                           ["culture", "nature"], today=TODAY)
    early = amb_svc.create(db_session, local.id, "Ilse", on=date(2026, 9, 1))
    with pytest.raises(ValidationError) as caught:
        rec.link_nomination(db_session, early.id, call.id)
    assert caught.value.field == "recruiting_call_id" and "na de voordracht" in str(caught.value)
    a = amb_svc.create(db_session, local.id, "Jef", on=date(2026, 9, 20))
    b = amb_svc.create(db_session, local.id, "Mieke", on=date(2026, 10, 2))
    rec.link_nomination(db_session, a.id, call.id)
    rec.link_nomination(db_session, b.id, call.id)
    amb_svc.change_status(db_session, a, "appointed", date(2026, 11, 1))
    [row] = rec.call_rows(db_session, local.id)
    assert (row.nominations, row.appointed, row.names) == (2, 1, ("Jef", "Mieke"))
    with pytest.raises(ValidationError) as caught:  # a later date would no longer have brought Jef
        rec.update_call(db_session, call.id, held_on=date(2026, 9, 25), today=TODAY)
    assert caught.value.field == "held_on" and "Jef" in str(caught.value)
    rec.link_nomination(db_session, b.id, None)
    assert rec.call_rows(db_session, local.id)[0].nominations == 1
    rec.delete_call(db_session, call.id)
    assert rec.call_rows(db_session, local.id) == [] and a.recruiting_call_id is None


def test_a_call_of_another_network_cannot_be_linked(db_session: Session, local: Network, network: Network) -> None:
    call = rec.create_call(db_session, network.id, date(2026, 9, 1), "Oproep", ["care"], today=TODAY)
    a = amb_svc.create(db_session, local.id, "Jef", on=date(2026, 9, 20))
    with pytest.raises(ValidationError, match="ander netwerk"):
        rec.link_nomination(db_session, a.id, call.id)


def test_coverage_names_the_sectors_no_call_reached(db_session: Session, local: Network) -> None:
    year = working_year(2026)
    rec.create_call(db_session, local.id, date(2026, 9, 15), "Nieuwsbrief", ["culture", "nature"], today=TODAY)
    rec.create_call(db_session, local.id, date(2026, 10, 15), "Infoavond", ["government", "culture"], today=TODAY)
    rec.create_call(db_session, local.id, date(2025, 10, 15), "Vorig jaar", ["education"], today=TODAY)
    cov = rec.coverage(db_session, local.id, year)
    assert cov.calls == 2 and cov.covered == ("culture", "nature", "government")
    assert "education" in cov.not_reached and "culture" not in cov.not_reached
    assert "onderwijs" in cov.line() and cov.line().startswith("Geen oproep naar ")
    assert "education" in cov.line("en")
    assert rec.coverage(db_session, local.id, working_year(2023)).line() == "Nog geen wervingsoproep in deze periode."


def test_overview_reminds_of_a_call_when_terms_end_or_the_network_has_room(db_session: Session, local: Network,
                                                                           network: Network) -> None:
    def titles(net: Network, today: date = TODAY) -> list[tuple[int, str]]:
        return [(i.severity, i.title) for i in rec.attention_items(db_session, net.id, today)]

    assert titles(local) == [(0, "Nog geen wervingsoproep dit werkjaar; het netwerk telt 0 van 20 ambassadeurs")]
    _active(db_session, local, "Jef", date(2024, 3, 1), term_years=3)  # ends 01/03/2027
    assert titles(local) == [(1, "Nog geen wervingsoproep dit werkjaar, terwijl 1 mandaat binnenkort afloopt")]
    [item] = rec.attention_items(db_session, local.id, TODAY)
    assert item.record_id == rec.REMINDER_ID and item.due_on == date(2027, 8, 31)
    rec.create_call(db_session, local.id, date(2025, 10, 1), "Vorig werkjaar", ["culture"], today=TODAY)
    assert titles(local) != []  # last working year's call does not count
    rec.create_call(db_session, local.id, date(2026, 9, 10), "Dit werkjaar", ["culture"], today=TODAY)
    assert titles(local) == []
    assert titles(network) == []  # connection networks: the seeds ask nothing of the kind
    assert any(i.record_id == rec.REMINDER_ID for i in attention.attention_items(db_session, local.id,
                                                                                   date(2027, 9, 5)))


def test_recruiting_belongs_to_local_and_entrepreneur_networks(db_session: Session, local: Network,
                                                               network: Network) -> None:
    assert rec.recruiting_matters(db_session, local) and not rec.recruiting_matters(db_session, network)
    assert not req_svc.requests_matter(db_session, network) and req_svc.requests_matter(db_session, local)
    rec.create_call(db_session, network.id, date(2026, 9, 1), "Oproep", ["care"], today=TODAY)
    assert rec.recruiting_matters(db_session, network)


def test_a_request_is_checked_and_gets_an_answer_date(db_session: Session, local: Network) -> None:
    with pytest.raises(ValidationError) as caught:
        req_svc.create(db_session, local.id, date(2026, 11, 2), "", "workshop", "Erfgoed en toerisme")
    assert caught.value.field == "requester"
    with pytest.raises(ValidationError) as caught:
        req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "workshop", " ")
    assert caught.value.field == "topic"
    with pytest.raises(ValidationError) as caught:
        req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "dance", "x")
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "x",
                       wanted_on=date(2026, 11, 1))
    assert caught.value.field == "wanted_on"
    with pytest.raises(ValidationError) as caught:
        req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "x",
                       wanted_on=date(2026, 11, 20), due_on=date(2026, 11, 25))
    assert caught.value.field == "due_on" and "20/11/2026" in str(caught.value)
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "Erfgoed en toerisme")
    assert r.due_on == date(2026, 11, 16) and r.status == "new"
    soon = req_svc.create(db_session, local.id, date(2026, 11, 2), "PXL", "workshop", "Gastcollege",
                          wanted_on=date(2026, 11, 10))
    assert soon.due_on == date(2026, 11, 10)  # never after the wanted date


def test_a_stakeholder_can_be_the_requester(db_session: Session, local: Network) -> None:
    sh = Stakeholder(network_id=local.id, name="Toerisme Limburg", category="government", side="policy")
    db_session.add(sh)
    db_session.flush()
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "", "talk", "Lokale trots",
                       requester_stakeholder_id=sh.id)
    assert r.requester == "Toerisme Limburg" and r.requester_stakeholder_id == sh.id


def test_a_request_is_routed_answered_and_held(db_session: Session, local: Network) -> None:
    jef = _active(db_session, local, "Jef", date(2025, 9, 1))
    nominee = amb_svc.create(db_session, local.id, "Nog voorgedragen", on=date(2026, 10, 1))
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "Erfgoed",
                       wanted_on=date(2026, 12, 10), due_on=date(2026, 11, 16))
    with pytest.raises(ValidationError, match="geen actieve ambassadeur"):
        req_svc.assign(db_session, r.id, nominee.id, date(2026, 11, 3))
    with pytest.raises(ValidationError) as caught:
        req_svc.change_status(db_session, r.id, "held", date(2026, 11, 3))
    assert caught.value.field == "status" and "Mogelijk" in str(caught.value)
    with pytest.raises(ValidationError):
        req_svc.assign(db_session, r.id, jef.id, date(2026, 11, 1))  # before it came in
    req_svc.assign(db_session, r.id, jef.id, date(2026, 11, 3))
    row = req_svc.request_row(db_session, r.id, TODAY)
    assert (row.status, row.ambassador, row.status_on, row.overdue) == ("assigned", "Jef", date(2026, 11, 3), True)
    assert row.next_statuses == ("new", "accepted", "declined")
    req_svc.change_status(db_session, r.id, "accepted", date(2026, 11, 21), "Jef komt graag")
    assert not req_svc.request_row(db_session, r.id, date(2026, 11, 25)).overdue  # answered
    with pytest.raises(ValidationError, match="Ambassadeur vragen"):
        req_svc.change_status(db_session, r.id, "assigned", date(2026, 11, 21))
    req_svc.change_status(db_session, r.id, "held", date(2026, 12, 10))
    assert "21/11/2026 Toegezegd: Jef komt graag" in r.note
    s = req_svc.summary(db_session, local.id, working_year(2026), TODAY)
    assert (s.open, s.overdue, s.received, s.held, s.held_by) == (0, 0, 1, 1, (("Jef", 1),))
    assert req_svc.held_counts(db_session, local.id, working_year(2026)) == {jef.id: 1}
    # a held request is reported beside the podium activities, not among them
    assert amb_svc.podium_counts(db_session, local.id, working_year(2026)) == {}


def test_declined_and_reopened_requests(db_session: Session, local: Network) -> None:
    jef = _active(db_session, local, "Jef", date(2025, 9, 1))
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "Basisschool De Linde", "visit", "Bezoek abdij")
    req_svc.assign(db_session, r.id, jef.id, date(2026, 11, 3))
    req_svc.change_status(db_session, r.id, "declined", date(2026, 11, 5))
    assert req_svc.request_rows(db_session, local.id, TODAY, "open") == []
    req_svc.change_status(db_session, r.id, "new", date(2026, 11, 6))
    assert r.ambassador_id is None and r.status == "new" and r.declined_on is None
    assert [x.id for x in req_svc.request_rows(db_session, local.id, TODAY, "overdue")] == [r.id]


def test_overview_warns_of_requests_without_answer(db_session: Session, local: Network) -> None:
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "Erfgoed",
                       due_on=date(2026, 11, 22))
    def titles(today: date) -> list[tuple[int, str]]:
        return [(i.severity, i.title) for i in req_svc.attention_items(db_session, local.id, today)]

    assert titles(date(2026, 11, 10)) == []
    assert titles(date(2026, 11, 20)) == [(1, "Aanvraag van Stad Hasselt: antwoord tegen 22/11/2026")]
    assert titles(date(2026, 11, 23)) == [(2, "Aanvraag van Stad Hasselt wacht op antwoord sinds 22/11/2026")]
    req_svc.change_status(db_session, r.id, "declined", date(2026, 11, 23))
    assert titles(date(2026, 11, 24)) == []


def test_an_erased_ambassador_leaves_the_request_without_a_name(db_session: Session, local: Network) -> None:
    jef = _active(db_session, local, "Jef", date(2025, 9, 1))
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "Stad Hasselt", "talk", "Erfgoed")
    req_svc.assign(db_session, r.id, jef.id, date(2026, 11, 3))
    db_session.commit()
    db_session.delete(jef)
    db_session.commit()
    db_session.expire_all()
    assert req_svc.get(db_session, r.id).ambassador_id is None


def test_migration_0013_keeps_every_ambassador_and_what_refers_to_them(tmp_path: Path) -> None:
    """Adding the call's column rebuilds the ambassador table: the rows and the references to them
    (status history, signals) survive, with foreign keys on afterwards and no broken reference."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app import migrations

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0009")
        conn.execute(text("INSERT INTO network (id, name, kind, municipality, beliefs, needs, existing_offer, "
                          "barriers_seen, exploratory_talks, focus_target_group, focus_area, focus_youth_work, "
                          "strategies, ambassador_profile, term_kind, hiring_mode, hiring_partner, training_plan, "
                          "intervision, coaching, registration_agreements, reporting_moments, success_milestone, "
                          "size_cap, followup_months, working_year_start_month, podium_target, signal_due_days, "
                          "extra, created_at, updated_at) VALUES ('n', 'N', 'local', '', '', '', '', '', '', '', '', "
                          "'', '[]', '', 'indefinite', 'in_house', '', '', '', '', '', '', 'still_active', 25, 6, 9, 3, "
                          "30, '{}', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO ambassador (id, network_id, name, email, phone, organisation, role, status, "
                          "nominated_by, left_reason, likes, strengths, engagement_types, area, feedback, "
                          "diversity_consent, sector, company_size, theme_phase, age_band, gender, background, "
                          "created_at, updated_at) VALUES ('a', 'n', 'Jef', '', '', '', '', 'active', '', '', '', '', "
                          "'[]', '', '', 0, '', '', '', '', '', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO ambassador_status_change (id, ambassador_id, to_status, changed_on, note, "
                          "created_at, updated_at) VALUES ('c', 'a', 'nominated', '2025-01-01', '', "
                          "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
    migrations.upgrade(engine)
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.HEAD
        assert conn.execute(text("SELECT name, recruiting_call_id FROM ambassador")).all() == [("Jef", None)]
        assert conn.execute(text("SELECT ambassador_id FROM ambassador_status_change")).all() == [("a",)]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        fks = conn.exec_driver_sql("PRAGMA foreign_key_list(ambassador)").all()
        assert any(fk[2] == "recruiting_call" and fk[6] == "SET NULL" for fk in fks)
    engine.dispose()


def test_erasing_a_person_who_asked_removes_their_name_from_the_request(db_session: Session, local: Network) -> None:
    from app.io import gdpr

    person = Stakeholder(network_id=local.id, name="Greet Claessens", kind="person", category="resident",
                         side="demand")
    db_session.add(person)
    db_session.commit()
    r = req_svc.create(db_session, local.id, date(2026, 11, 2), "", "talk", "Verhalen van de abdij",
                       requester_stakeholder_id=person.id)
    db_session.commit()
    assert r.requester == "Greet Claessens"
    data = gdpr.subject_access(db_session, person.id, TODAY)
    assert [x["topic"] for x in data["requests_made"]] == ["Verhalen van de abdij"]
    gdpr.erase(db_session, person.id)
    db_session.expire_all()
    kept = req_svc.get(db_session, r.id)
    assert kept.requester == "" and kept.requester_stakeholder_id is None and kept.topic == "Verhalen van de abdij"
