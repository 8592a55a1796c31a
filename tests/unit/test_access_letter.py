"""Subject access (art. 15) as the person or the parent reads it: a letter with purposes,
recipients, retention, source and rights, then the data in labelled sections with Dutch (or
English) labels and values — names instead of ids, labels instead of codes; every column of the
schema has its label; the JSON stays as it was, for machines."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    ActivityParticipant,
    Ambassador,
    AmbassadorContact,
    AmbassadorStatusChange,
    Base,
    Consent,
    ExchangeConflict,
    Interaction,
    Milestone,
    Network,
    Stakeholder,
    SupportGiven,
    ThirdPartyRequest,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
)
from app.domain import vocabulary as vocab
from app.io import access_letter, gdpr, register
from app.services.privacy import PURPOSES

TODAY = date(2026, 11, 24)


def flat_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def _codes() -> set[str]:
    """Stored codes that must never reach a reader (those that are not plain words anyway)."""
    enums: list[type[StrEnum]] = [vocab.Barrier, vocab.MilestoneKind, vocab.ClosingReason, vocab.SupportKind,
                                  vocab.AmbassadorStatus, vocab.ActivityKind, vocab.InteractionKind, vocab.Category,
                                  vocab.MotivationProfile, vocab.EngagementType]
    return {m.value for e in enums for m in e if "_" in m.value or m.value in ("honorary", "nominated")}


def _child(session: Session) -> Trajectory:
    net = Network(name="Verbindingsambassadeurs Gent", kind="connection", municipality="Gent")
    session.add(net)
    session.flush()
    school = Stakeholder(network_id=net.id, name="Basisschool Ledeberg", category="school", side="demand")
    club = Stakeholder(network_id=net.id, name="Sportclub Muide", category="sports_club")
    worker = Ambassador(network_id=net.id, name="Mohamed El Amrani", status="active")
    session.add_all([school, club, worker])
    session.flush()
    child = Trajectory(network_id=net.id, code="GNT-2025-007", birth_year=2014, neighbourhood="Ledeberg",
                       name="Zoë", referral_source_id=school.id, worker_ambassador_id=worker.id,
                       wishes="Wil graag voetballen", started_on=date(2025, 9, 8), status="closed",
                       closed_on=date(2026, 6, 30), closing_reason="success")
    session.add(child)
    session.flush()
    session.add_all([
        TrajectoryOffer(trajectory_id=child.id, stakeholder_id=club.id),
        TrajectoryBarrier(trajectory_id=child.id, barrier="no_family_habit"),
        TrajectoryBarrier(trajectory_id=child.id, barrier="unaffordable"),
        SupportGiven(trajectory_id=child.id, kind="fee", given_on=date(2025, 9, 20), amount_eur=25.0),
        Milestone(trajectory_id=child.id, kind="first_contact", achieved_on=date(2025, 9, 8), outcome=True),
        Milestone(trajectory_id=child.id, kind="still_active", due_on=date(2026, 4, 1), achieved_on=date(2026, 4, 2),
                  outcome=True, offer_id=club.id),
        Consent(person_kind="trajectory", person_id=child.id, purpose=PURPOSES[2][0], given_on=date(2025, 9, 8),
                expires_on=date(2027, 9, 8)),
    ])
    session.commit()
    return child


def test_letter_to_a_parent_reads_as_a_letter_in_dutch(db_session: Session, tmp_path: Path) -> None:
    child = _child(db_session)
    db_session.add(ExchangeConflict(table_name="trajectory", record_id=child.id, column="closing_reason",
                                    kept_value="success", other_value="dropped_out", kept="local", sender="Amina"))
    register.set_privacy_contacts(db_session, controller="Stad Gent, Dienst Jeugd", controller_contact="jeugd@stad.gent",
                                  dpo="Team Informatieveiligheid", dpo_contact="privacy@stad.gent")
    db_session.commit()
    data = gdpr.subject_access(db_session, child.id, today=TODAY)
    out = tmp_path / "inzage.pdf"
    gdpr.write_subject_access(data, out, "nl")
    text = flat_text(out)
    # a letter to the parent, from the controller, with the art. 15 information
    assert "Beste ouder of voogd," in text and "Betreft: je vraag om inzage (artikel 15 AVG)" in text
    assert text.count("Stad Gent, Dienst Jeugd") >= 2 and "jeugd@stad.gent" in text
    assert "Team Informatieveiligheid (privacy@stad.gent)" in text
    for heading in ("Wat we met de gegevens doen", "Wie de gegevens krijgt", "Hoe lang we ze bewaren",
                    "Waar de gegevens vandaan komen", "Je rechten"):
        assert heading in text
    assert "de aanbieder van het vrijetijdsaanbod (Sportclub Muide)" in text  # a sharing consent exists
    assert "toestemming voor gaf" in text and "08/09/2025" in text
    assert "5 jaar na het afsluiten van het traject" in text
    assert "doorverwezen door Basisschool Ledeberg" in text and "Gegevensbeschermingsautoriteit" in text
    # the data in the reader's words: labels, names, Belgian dates and amounts
    for shown in ("Trajectcode GNT-2025-007", "Geboortejaar 2014", "Wijk Ledeberg", "Toeleider Mohamed El Amrani",
                  "Geen gezinsgewoonte van georganiseerde vrije tijd", "Aanbod onbetaalbaar", "Nog actief na 6 maanden",
                  "Tussenkomst in inschrijvingsgeld", "€ 25,00", "Geslaagde toeleiding", "Afgesloten op 30/06/2026",
                  "Gegevens delen met de aanbieder van een vrijetijdsaanbod", "geldig", "Naam Zoë"):
        assert shown in text, shown
    # what team exchange set aside, in the words of its field; the audit log with field names only
    assert "Veld Reden van afsluiten Bewaarde waarde Geslaagde toeleiding Andere waarde Afgehaakt Van teamlid Amina" in text
    assert "Wie wanneer iets wijzigde" in text and "aangemaakt Traject" in text and " id," not in text
    assert not access_letter.UUID.search(text)  # no internal ids
    words = set(text.replace(",", " ").split())
    assert not words & _codes(), words & _codes()  # no codes like no_family_habit
    reader = PdfReader(str(out))
    assert reader.metadata is not None and reader.metadata.author == "Stad Gent, Dienst Jeugd"
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE" and "VERTROUWELIJK" in text

    # the JSON stays the machine's: the same ids and codes as before, nothing of the letter
    js = tmp_path / "inzage.json"
    gdpr.write_subject_access(data, js)
    loaded = json.loads(js.read_text(encoding="utf-8"))
    assert loaded["record"]["id"] == child.id and loaded["barriers"][0]["barrier"] in ("no_family_habit", "unaffordable")
    assert set(loaded) == {"kind", "record", "milestones", "support", "barriers", "offers", "consents",
                           "exchange_conflicts", "audit"}


def test_letter_in_english_without_a_sharing_consent(db_session: Session, tmp_path: Path) -> None:
    child = _child(db_session)
    for c in db_session.query(Consent).all():
        c.withdrawn_on = date(2026, 1, 10)
    db_session.commit()
    out = tmp_path / "access.pdf"
    gdpr.write_subject_access(gdpr.subject_access(db_session, child.id, today=TODAY), out, "en")
    text = flat_text(out)
    assert "Dear parent or guardian," in text and "Re: your request for access (article 15 GDPR)" in text
    assert "no leisure providers: no consent of yours to share data with them is recorded" in text
    assert "No family habit of organised leisure" in text and "Still taking part after 6 months" in text
    assert "€ 25.00" in text and "30 June 2026" in text and "withdrawn" in text and "CONFIDENTIAL" in text
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en-GB"


def test_letter_to_an_ambassador_names_activities_and_status(db_session: Session, tmp_path: Path) -> None:
    net = Network(name="Ambassadeursnetwerk Limburg", kind="entrepreneur")
    db_session.add(net)
    db_session.flush()
    amb = Ambassador(network_id=net.id, name="Elif Dupré", email="elif@example.be", status="honorary",
                     motivation_profile="teacher", engagement_types=["podium", "mentoring"], nominated_by="Amira")
    shop = Stakeholder(network_id=net.id, name="Bakkerij Dupré", category="entrepreneur")
    db_session.add_all([amb, shop])
    db_session.flush()
    act = Activity(network_id=net.id, kind="podium_workshop", title="Workshop circulair ondernemen",
                   held_on=date(2026, 3, 12))
    db_session.add(act)
    db_session.flush()
    db_session.add_all([
        ActivityParticipant(activity_id=act.id, ambassador_id=amb.id, role="spreker"),
        AmbassadorStatusChange(ambassador_id=amb.id, from_status="active", to_status="honorary",
                               changed_on=date(2026, 6, 1)),
        Interaction(stakeholder_id=shop.id, kind="visit", occurred_on=date(2026, 2, 2), ambassador_id=amb.id),
        AmbassadorContact(ambassador_id=amb.id, kind="conversation", occurred_on=date(2026, 4, 2),
                          note="wil meer workshops geven", next_contact_on=date(2026, 9, 1)),
        ThirdPartyRequest(network_id=net.id, received_on=date(2026, 5, 1), requester="Hogeschool PXL",
                          kind="workshop", topic="Gastcollege circulair bouwen", ambassador_id=amb.id,
                          status="accepted", assigned_on=date(2026, 5, 2), accepted_on=date(2026, 5, 4), note=""),
    ])
    db_session.commit()
    out = tmp_path / "elif.pdf"
    gdpr.write_subject_access(gdpr.subject_access(db_session, amb.id, today=TODAY), out, "nl")
    text = flat_text(out)
    assert "Beste Elif Dupré," in text and "je werd voorgedragen door Amira" in text
    assert "Workshop circulair ondernemen, 12/03/2026, Podium: workshop" in text
    assert "Erelid" in text and "Actief" in text and "Leraar (kennis delen)" in text
    assert "Podium (presentaties, interviews), Coachen en begeleiden" in text
    assert "Gesprekken met de projectleider" in text and "wil meer workshops geven" in text
    assert "Aanvragen van derden voor een workshop of inleiding" in text and "Gastcollege circulair bouwen" in text
    assert "Toegezegd" in text and "Hogeschool PXL" in text
    assert "Een-op-eengesprek" in text and "01/09/2026" in text
    assert "Bezoek" in text and "Bakkerij Dupré" in text and "het motivatieprofiel kiest de projectleider" in text
    assert not access_letter.UUID.search(text)
    assert not set(text.replace(",", " ").split()) & _codes()


def test_every_column_of_a_person_s_records_has_a_label() -> None:
    """A column added to the schema must get its label here, or the letter would show its raw name."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    shown = {"trajectory", "ambassador", "stakeholder", "contact_person"} | {t for _, t, _, _ in access_letter.SECTIONS if t}
    for name in shown:
        labelled = {f[0] for f in access_letter.fields_of(name)}
        missing = {c.name for c in tables[name].columns} - labelled
        assert not missing, (name, missing)
        for column, nl, en, kind in access_letter.fields_of(name):
            assert kind == "hide" or (nl and en), (name, column)
