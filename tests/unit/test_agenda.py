"""The agenda export: the events a network's coming weeks hold, parsed back with icalendar, never a
child's identity, stable UIDs, only the chosen kinds; and `verbind agenda` from the CLI."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from app.cli import main
from app.domain import Network
from app.errors import ValidationError
from app.io import agenda
from app.services import activity
from app.services import ambassador as amb_service
from app.services import signal as signal_service
from app.services import stakeholder as sh
from app.services import trajectory as traj
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 24)
CHILD = "Yasmine Benali"


def fill(session: Session, net: Network, today: date) -> dict[str, str]:
    """One of every kind of coming event, and a few that fall outside the window."""
    club = sh.create(session, net.id, "Chiro Sint-Jozef", category="youth_movement", side="supply",
                     next_contact_on=today + timedelta(days=10))
    sh.create(session, net.id, "Voetbalclub Later", category="sports_club", side="supply",
              next_contact_on=today + timedelta(days=200))
    late = sh.create(session, net.id, "OCMW Gent", category="ocmw", side="demand",
                     next_contact_on=today - timedelta(days=5))
    child = traj.create(session, net.id, today - timedelta(days=20), name=CHILD, neighbourhood="Rabot")
    signal = signal_service.create(session, net.id, today - timedelta(days=3), "Speelplein", area="Brugse Poort",
                                   responsible="Schepen Jeugd", due_on=today + timedelta(days=14))
    ending = amb_service.create(session, net.id, "Noor Claes", nominated_by="Jeugddienst", on=today - timedelta(days=400))
    ending.status, ending.appointed_on = "appointed", today - timedelta(days=380)
    ending.term_end = today + timedelta(days=30)
    waiting = amb_service.create(session, net.id, "Karim Aydin", nominated_by="Buurtwerk", on=today - timedelta(days=10))
    session.flush()
    return {"club": club.id, "late": late.id, "trajectory": child.id, "code": child.code, "signal": signal.id,
            "ending": ending.id, "waiting": waiting.id}


def parsed(found: list[agenda.AgendaEvent]) -> list[dict[str, str]]:
    cal = Calendar.from_ical(agenda.to_ics(found))
    return [{"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "description": str(e.get("DESCRIPTION", "")),
             "start": e.decoded("DTSTART").isoformat(), "categories": e["CATEGORIES"].to_ical().decode()}
            for e in cal.walk("VEVENT")]


def test_every_kind_of_coming_event_is_there_and_nothing_outside_the_window(db_session: Session,
                                                                          network: Network) -> None:
    ids = fill(db_session, network, TODAY)
    found = agenda.events(db_session, [network], TODAY, days=60)
    by_uid = {e["uid"]: e for e in parsed(found)}
    assert by_uid[f"contact-{ids['club']}@verbind"]["start"] == (TODAY + timedelta(days=10)).isoformat()
    overdue = by_uid[f"contact-{ids['late']}@verbind"]
    assert overdue["start"] == TODAY.isoformat() and "te laat" in overdue["description"]  # overdue: today
    assert not any("Voetbalclub Later" in e["summary"] for e in by_uid.values())  # 200 days ahead
    assert by_uid[f"signal-{ids['signal']}@verbind"]["start"] == (TODAY + timedelta(days=14)).isoformat()
    assert "Schepen Jeugd" in by_uid[f"signal-{ids['signal']}@verbind"]["summary"]
    assert by_uid[f"term-{ids['ending']}@verbind"]["summary"] == "Mandaat van Noor Claes loopt af"
    decide = by_uid[f"nomination-{ids['waiting']}@verbind"]
    assert decide["start"] == (TODAY + timedelta(days=20)).isoformat()  # 30 days after the nomination
    milestones = [e for e in by_uid.values() if e["uid"].startswith(f"milestone-{ids['trajectory']}-")]
    assert milestones and all(e["summary"].startswith("Mijlpaal traject: ") for e in milestones)
    thanks = [e for e in by_uid.values() if e["uid"].startswith("thanks-")]
    assert thanks == []  # the working year ends on 31/08/2027: the reminder falls in August
    later = {e["uid"] for e in parsed(agenda.events(db_session, [network], TODAY, days=300))}
    assert not any(u.startswith("thanks-") for u in later)  # connection ambassadors are paid workers
    network.kind = "entrepreneur"  # seed 002: a yearly thank-you
    later = {e["uid"] for e in parsed(agenda.events(db_session, [network], TODAY, days=300))}
    assert f"thanks-{network.id}-2026-2027@verbind" in later


def test_no_child_identity_and_the_code_only_when_asked(db_session: Session, network: Network) -> None:
    ids = fill(db_session, network, TODAY)
    text = agenda.to_ics(agenda.events(db_session, [network], TODAY, days=120)).decode()
    assert CHILD not in text and "Yasmine" not in text and "Rabot" not in text
    assert ids["code"] not in text
    coded = agenda.to_ics(agenda.events(db_session, [network], TODAY, days=120, codes=True)).decode()
    assert f"Mijlpaal traject {ids['code']}" in coded and CHILD not in coded


def test_uids_are_stable_so_a_newer_export_updates_the_same_events(db_session: Session, network: Network) -> None:
    fill(db_session, network, TODAY)
    first = {e["uid"] for e in parsed(agenda.events(db_session, [network], TODAY, days=60))}
    again = {e["uid"] for e in parsed(agenda.events(db_session, [network], TODAY + timedelta(days=1), days=60))}
    assert first and first <= again | {u for u in first if u.startswith("contact-")}
    assert len(first) == len(set(first))


def test_only_the_chosen_kinds_and_clear_refusals(db_session: Session, network: Network) -> None:
    fill(db_session, network, TODAY)
    found = agenda.events(db_session, [network], TODAY, days=60, kinds=["signals", "terms"])
    assert {e.kind for e in found} == {"signals", "terms"}
    with pytest.raises(ValidationError, match="Onbekende soort"):
        agenda.events(db_session, [network], TODAY, kinds=["birthdays"])
    with pytest.raises(ValidationError, match="minstens één"):
        agenda.events(db_session, [network], TODAY, kinds=[])
    with pytest.raises(ValidationError, match="1 tot"):
        agenda.events(db_session, [network], TODAY, days=0)


def test_a_thank_you_held_this_working_year_ends_the_reminder(db_session: Session, network: Network) -> None:
    network.kind = "local"
    fill(db_session, network, TODAY)
    assert any(e.kind == "thanks" for e in agenda.events(db_session, [network], TODAY, days=300))
    activity.create(db_session, network.id, "thank_you", date(2026, 10, 2), title="Bedankdiner")
    db_session.flush()
    assert not any(e.kind == "thanks" for e in agenda.events(db_session, [network], TODAY, days=300))


def test_english_events(db_session: Session, network: Network) -> None:
    ids = fill(db_session, network, TODAY)
    by_uid = {e["uid"]: e for e in parsed(agenda.events(db_session, [network], TODAY, days=60, lang="en"))}
    assert by_uid[f"term-{ids['ending']}@verbind"]["summary"] == "Term of Noor Claes ends"


# -- the CLI ---------------------------------------------------------------------------------------------
@pytest.fixture
def filled_vault(vault_path: Path) -> Path:
    from app.services.network import create_network
    from app.vault import Vault

    v, _ = Vault.create(vault_path, PASSPHRASE)
    with v.session() as s:
        net = create_network(s, "Verbindingsambassadeurs Gent")
        s.flush()
        fill(s, net, date.today())
        from app.services import requests as req_service

        req_service.create(s, net.id, date.today(), "Stad Gent", "talk", "Toeleiding naar de jeugdbeweging",
                           wanted_on=date.today() + timedelta(days=20))
        s.commit()
    v.close()
    return vault_path


def test_cli_writes_a_calendar_and_refuses_bad_input(filled_vault: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "agenda.ics"
    assert main(["agenda", str(filled_vault), "-o", str(out), "--days", "45"]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert "Mandaat van Noor Claes loopt af" in summaries and CHILD not in out.read_text()
    assert "afspraken voor de komende 45 dagen" in capsys.readouterr().out
    only = tmp_path / "signals.ics"
    assert main(["agenda", str(filled_vault), "-o", str(only), "--include", "signals"]) == 0
    assert all(str(e["UID"]).startswith("signal-") for e in Calendar.from_ical(only.read_bytes()).walk("VEVENT"))
    asked = tmp_path / "requests.ics"
    assert main(["agenda", str(filled_vault), "-o", str(asked), "--include", "requests,signals"]) == 0
    uids = [str(e["UID"]) for e in Calendar.from_ical(asked.read_bytes()).walk("VEVENT")]
    assert all(u.startswith(("signal-", "request-")) for u in uids)
    assert sum(u.startswith("request-") for u in uids) == 2  # its answer date and the date it asks for
    assert main(["agenda", str(filled_vault), "-o", str(tmp_path / "x.ics"), "--include", "birthdays"]) == 1
    assert "birthdays" in capsys.readouterr().err and not (tmp_path / "x.ics").exists()
    assert main(["agenda", str(filled_vault), "-o", str(tmp_path / "x.ics"), "--days", "0"]) == 1
    key = Path(f"{filled_vault}.key")
    before = key.read_bytes()
    assert main(["agenda", str(filled_vault), "-o", str(key)]) != 0  # a vault's own file: never
    assert key.read_bytes() == before
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    assert main(["agenda", str(filled_vault), "-o", str(photo)]) == 1  # another kind of file: only with --force
    assert photo.read_bytes().startswith(b"\x89PNG")
    assert main(["agenda", str(filled_vault), "-o", str(out), "--network", "Verbindingsambassadeurs Gent",
                 "--codes", "--lang", "en"]) == 0
    assert "Term of Noor Claes ends" in out.read_text()


# -- neighbourhood governance: agreements due and village council meetings ------------------------------------
def _governance(session: Session, today: date) -> tuple[Network, dict[str, str]]:
    from app.services import governance

    net = Network(name="Wijkambassadeurs Lommel", kind="neighbourhood", municipality="Lommel")
    session.add(net)
    session.flush()
    due = governance.add_commitment(session, net.id, "Convenant toelichten aan alle afdelingen", "Gemeente",
                                    today + timedelta(days=20), today=today)
    late = governance.add_commitment(session, net.id, "Jaarplanning delen", "Dorpsraad Kolonie",
                                     today - timedelta(days=3), today=today)
    governance.add_commitment(session, net.id, "Evaluatie na vier jaar", "College", today + timedelta(days=900),
                              today=today)
    done = governance.add_commitment(session, net.id, "Contactlijst", "Gebiedsmanager", today + timedelta(days=5),
                                     today=today)
    governance.set_commitment_status(session, done.id, "done", today, today)
    coming = governance.add_meeting(session, net.id, "Dorpsraad Achterbos", today + timedelta(days=9), today=today)
    no_minutes = governance.add_meeting(session, net.id, "Dorpsraad Kolonie", today - timedelta(days=40),
                                        today=today, ambassador_present=True)
    governance.add_meeting(session, net.id, "Dorpsraad Barrier", today - timedelta(days=50), today=today,
                           minutes_received_on=today - timedelta(days=30))
    session.flush()
    return net, {"due": due.id, "late": late.id, "done": done.id, "coming": coming.id, "no_minutes": no_minutes.id}


def test_agreements_and_council_meetings_in_the_agenda(db_session: Session) -> None:
    net, ids = _governance(db_session, TODAY)
    by_uid = {e["uid"]: e for e in parsed(agenda.events(db_session, [net], TODAY, days=60))}
    due = by_uid[f"commitment-{ids['due']}@verbind"]
    assert due["start"] == (TODAY + timedelta(days=20)).isoformat()
    assert due["summary"] == "Afspraak af: Convenant toelichten aan alle afdelingen"
    assert due["description"] == "Trekker: Gemeente."
    late = by_uid[f"commitment-{ids['late']}@verbind"]
    assert late["start"] == TODAY.isoformat() and "te laat" in late["description"]
    assert f"commitment-{ids['done']}@verbind" not in by_uid  # done: nothing to do
    assert not any("Evaluatie" in e["summary"] for e in by_uid.values())  # beyond the window
    meeting = by_uid[f"council-{ids['coming']}@verbind"]
    assert meeting["summary"] == "Vergadering Dorpsraad Achterbos" and "uitnodiging" in meeting["description"]
    minutes = by_uid[f"minutes-{ids['no_minutes']}@verbind"]
    assert minutes["start"] == TODAY.isoformat() and minutes["summary"] == "Notulen opvragen bij Dorpsraad Kolonie"
    assert not any("Barrier" in e["summary"] for e in by_uid.values())  # its minutes came in
    only = agenda.events(db_session, [net], TODAY, days=60, kinds=["meetings"])
    assert {e.kind for e in only} == {"meetings"}
    english = {e["uid"]: e for e in parsed(agenda.events(db_session, [net], TODAY, days=60, lang="en"))}
    assert english[f"council-{ids['coming']}@verbind"]["summary"] == "Village council meeting: Dorpsraad Achterbos"
    cal = Calendar.from_ical(agenda.to_ics(agenda.events(db_session, [net], TODAY, days=60)))
    categories = {str(e["CATEGORIES"].cats[0]) for e in cal.walk("VEVENT")}
    assert {"Afspraken (convenant) die af moeten zijn", "Vergaderingen van dorpsraden"} <= categories


def test_cli_includes_agreements_and_meetings(vault_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault import Vault

    v, _ = Vault.create(vault_path, PASSPHRASE)
    with v.session() as s:
        _governance(s, date.today())
        s.commit()
    v.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "bestuur.ics"
    assert main(["agenda", str(vault_path), "-o", str(out), "--include", "commitments,meetings"]) == 0
    uids = [str(e["UID"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert sorted(u.split("-")[0] for u in uids) == ["commitment", "commitment", "council", "minutes"]
def test_requests_answer_date_and_wanted_date(db_session: Session, network: Network) -> None:
    from app.services import requests as req_service

    jef = amb_service.create(db_session, network.id, "Jef Vanhoyland", on=TODAY - timedelta(days=300))
    amb_service.change_status(db_session, jef, "appointed", TODAY - timedelta(days=280))
    waiting = req_service.create(db_session, network.id, TODAY - timedelta(days=20), "Stad Hasselt", "talk",
                                 "Erfgoed en toerisme", wanted_on=TODAY + timedelta(days=30))  # answer was due
    accepted = req_service.create(db_session, network.id, TODAY - timedelta(days=5), "Hogeschool PXL", "workshop",
                                  "Gastcollege", wanted_on=TODAY + timedelta(days=20))
    req_service.assign(db_session, accepted.id, jef.id, TODAY - timedelta(days=4))
    req_service.change_status(db_session, accepted.id, "accepted", TODAY - timedelta(days=3))
    declined = req_service.create(db_session, network.id, TODAY - timedelta(days=5), "Davidsfonds", "talk",
                                  "Seniorennamiddag", wanted_on=TODAY + timedelta(days=10))
    req_service.change_status(db_session, declined.id, "declined", TODAY - timedelta(days=2))
    by_uid = {e["uid"]: e for e in parsed(agenda.events(db_session, [network], TODAY, days=60, kinds=["requests"]))}
    answer = by_uid[f"request-answer-{waiting.id}@verbind"]
    assert answer["start"] == TODAY.isoformat() and answer["summary"] == "Aanvraag beantwoorden: inleiding of lezing " \
        "Stad Hasselt" and "te laat" in answer["description"]
    assert by_uid[f"request-{waiting.id}@verbind"]["start"] == (TODAY + timedelta(days=30)).isoformat()
    held_by = by_uid[f"request-{accepted.id}@verbind"]
    assert held_by["summary"] == "Workshop: Gastcollege (Hogeschool PXL) — Jef Vanhoyland"
    assert f"request-answer-{accepted.id}@verbind" not in by_uid  # answered
    assert not any(declined.id in uid for uid in by_uid)  # declined: nothing to do
    assert all(e["categories"].startswith("Aanvragen van derden") for e in by_uid.values())
    everything = {e.uid for e in agenda.events(db_session, [network], TODAY, days=60)}
    assert set(by_uid) <= everything  # in the default choice too
    short = {e.uid for e in agenda.events(db_session, [network], TODAY, days=15, kinds=["requests"])}
    assert short == {f"request-answer-{waiting.id}@verbind"}  # the wanted dates lie beyond 15 days
