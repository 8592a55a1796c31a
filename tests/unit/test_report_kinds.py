"""The annual report in the shape of each kind of network (#17).

Per kind a small network is built through the services with a history known day by day; the
kind's headline figures are recomputed here from the raw tables (plain SQL, not
app/reports/kind_figures.py) and compared; then the PDF is rendered and its text must hold that
kind's sections and none of another kind's. Suppression of the new tables, older payloads, the
previous year's kind figures from a frozen report, the three-year trend and the recommendations."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.demo import populate
from app.domain import (
    Ambassador,
    AuditEntry,
    GroupPhaseEntry,
    Network,
    SteeringMeeting,
    SteeringMember,
)
from app.periods import working_year
from app.reports import kind_sections, wizard
from app.reports import snapshot as snap
from app.reports.kind_figures import headline, kind_figures, trend_figures, trend_kind
from app.reports.pdf import Report, write_report
from app.services import activity as act
from app.services import ambassador as amb
from app.services import signal as sig
from app.services import stakeholder as sh
from app.services import trajectory as traj
from app.services.figures import cut_off, yearly_figures

TODAY = date(2026, 11, 24)
CURRENT, PREVIOUS = working_year(2025), working_year(2024)  # 2025-2026 and 2024-2025
IN_CURRENT = date(2025, 10, 15)

# the sections (headings and rows) only one kind's report has
OWN: dict[str, list[str]] = {
    "connection": ["Drempels die de trajecten tegenkwamen", "Ondersteuning gegeven in de periode",
                   "Doorverwezen door (per soort organisatie)", "Leeftijd bij de start", "Wijken van de trajecten",
                   "Trajecten gestart", "Indicatie (geen norm)", "Bijlage: procescriteria en resultaten"],
    "entrepreneur": ["Podiumactiviteiten per ambassadeur", "Groepsfase in de loop van de periode", "Motivatieprofielen",
                     "Diversiteit van het netwerk", "Aanstellingen, hernieuwingen en vernieuwing"],
    "neighbourhood": ["Signalen per dorp of wijk", "Signalen per verantwoordelijke", "Signalen per onderwerp",
                      "Signalen tijdig beantwoord", "Aanwezigheid op evenementen en dorpsraden"],
    "local": ["Relaties opgebouwd, onderhouden en uitgebouwd", "Charters en engagementsverklaringen",
              "Bedank- en wervingsmomenten", "Deelname aan activiteiten"],
}
EVERY = ["Het netwerk in het kort", "Hoe de stuurgroep werkte", "Wat de werking duurzaam maakt"]


def _flat(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def _render(session: Session, net: Network, tmp_path: Path, lang: str = "nl", **state: Any) -> tuple[str, Report]:
    payload = wizard.new_state(net.id, CURRENT.label, lang)
    payload.update(state)
    payload["data"] = snap.compute(session, net.id, CURRENT.label, TODAY)
    out = tmp_path / f"{net.kind}-{lang}.pdf"
    write_report(payload, out)
    return _flat(out), Report(payload)


def _table(report: Report, first_header: str) -> list[list[str]]:
    tables = [t for t in report.tables() if t.rows and t.rows[0] and t.rows[0][0] == first_header]
    assert tables, f"no table headed {first_header!r}"
    return tables[0].rows


def _steering(s: Session, net: Network) -> None:
    for i in range(4):
        s.add(SteeringMember(network_id=net.id, name=f"Lid {i}", group_kind="steering"))
    s.add(SteeringMember(network_id=net.id, name="Steun", group_kind="support"))
    for on, kind in ((date(2025, 9, 20), "steering"), (date(2026, 2, 3), "steering"), (date(2026, 5, 5), "support"),
                     (date(2025, 3, 1), "steering"), (date(2026, 9, 10), "steering")):  # last two: other periods
        s.add(SteeringMeeting(network_id=net.id, held_on=on, group_kind=kind))


def _meetings_sql(s: Session, net: Network) -> dict[str, int]:
    return {k: n for k, n in s.execute(text(
        "SELECT group_kind, count(*) FROM steering_meeting WHERE network_id = :n AND deleted_at IS NULL "
        "AND held_on BETWEEN :a AND :b GROUP BY group_kind"),
        {"n": net.id, "a": CURRENT.start.isoformat(), "b": CURRENT.end.isoformat()})}


def _profile(**kw: Any) -> dict[str, Any]:
    return {"beliefs": "Iedereen verdient een plek in het verenigingsleven.", "fte": 0.8, "budget_eur": 50_000,
            "staff_budget_eur": 40_000, "term_kind": "fixed", "term_years": 3,
            "intervision": "Tweemaandelijkse intervisie met collega's uit de regio.", **kw}


# -- connection ambassadors --------------------------------------------------------------------------

@pytest.fixture
def connection(db_session: Session) -> Network:
    s = db_session
    net = Network(name="Verbinders Aalst", kind="connection", municipality="Aalst",
                  strategies=["individual_guidance", "structural"], **_profile())
    s.add(net)
    s.flush()
    _steering(s, net)
    school = sh.create(s, net.id, "School Noord", side="demand", category="school", on=date(2024, 9, 1))
    ocmw = sh.create(s, net.id, "OCMW Aalst", side="demand", category="ocmw", on=date(2024, 9, 1))
    club = sh.create(s, net.id, "VC Aalst", side="supply", category="sports_club", on=date(2024, 9, 1))
    scouts = sh.create(s, net.id, "Scouts", side="supply", category="youth_movement", on=date(2024, 9, 1))
    plan = [  # neighbourhood, referrer, birth year, barriers, offer: 14 trajectories in the period
        *[("Rabot", school, 2015, ["unaffordable", "not_aware"], club)] * 6,
        *[("Ledeberg", ocmw, 2011, ["unaffordable"], scouts)] * 3,
        *[("Muide", school, 2009, ["knows_nobody"], club)] * 5,
    ]
    for i, (hood, ref, born, barriers, offer) in enumerate(plan):
        t = traj.create(s, net.id, date(2025, 9, 10 + i), neighbourhood=hood, referral_source_id=ref.id, birth_year=born)
        traj.set_barriers(s, t, barriers)
        traj.add_offer(s, t, offer)
        traj.add_support(s, t, "fee", date(2025, 11, 1), amount_eur=40.0)
        if i % 2 == 0:
            traj.add_support(s, t, "transport", date(2026, 1, 1))
    old = traj.create(s, net.id, date(2024, 10, 1), neighbourhood="Rabot")  # last year's cohort
    traj.set_barriers(s, old, ["offer_missing"])
    traj.add_support(s, old, "material", date(2025, 9, 2), amount_eur=15.0)  # given in this period
    traj.add_support(s, old, "fee", date(2024, 11, 2), amount_eur=99.0)  # given last period
    s.commit()
    return net


def test_connection_figures_recomputed_from_the_raw_tables(db_session: Session, connection: Network) -> None:
    s = db_session
    fig = kind_figures(s, connection, CURRENT, cut_off(CURRENT, TODAY))
    c = fig["connection"]
    window = {"n": connection.id, "a": CURRENT.start.isoformat(), "b": CURRENT.end.isoformat()}
    cohort = ("SELECT id FROM trajectory WHERE network_id = :n AND deleted_at IS NULL "
              "AND started_on BETWEEN :a AND :b")
    barriers = dict(s.execute(text(f"SELECT barrier, count(DISTINCT trajectory_id) FROM trajectory_barrier "
                                   f"WHERE deleted_at IS NULL AND trajectory_id IN ({cohort}) GROUP BY barrier"), window).all())
    assert c["barrier_counts"] == barriers == {"unaffordable": 9, "not_aware": 6, "knows_nobody": 5}
    assert [b["barrier"] for b in c["barriers"]] == ["unaffordable", "not_aware", "knows_nobody"]
    top = c["barriers"][0]
    assert top["strategies"] == ["structural", "individual_guidance"]  # the network's, that work on it
    support_on = dict(s.execute(text(
        f"SELECT kind, count(*) FROM support_given WHERE deleted_at IS NULL AND trajectory_id IN "
        f"(SELECT trajectory_id FROM trajectory_barrier WHERE barrier = 'unaffordable' AND trajectory_id IN ({cohort})) "
        f"GROUP BY kind"), window).all())
    assert top["support"] == support_on
    support = {k: (n, round(e or 0, 2)) for k, n, e in s.execute(text(
        "SELECT g.kind, count(*), sum(g.amount_eur) FROM support_given g JOIN trajectory t ON t.id = g.trajectory_id "
        "WHERE t.network_id = :n AND g.deleted_at IS NULL AND g.given_on BETWEEN :a AND :b GROUP BY g.kind"), window)}
    assert {k: (v["count"], v["eur"]) for k, v in c["support"].items()} == support
    assert support["material"] == (1, 15.0) and support["fee"] == (14, 560.0)  # last period's fee not counted
    referrers = dict(s.execute(text(
        f"SELECT st.category, count(*) FROM trajectory t JOIN stakeholder st ON st.id = t.referral_source_id "
        f"WHERE t.id IN ({cohort}) GROUP BY st.category"), window).all())
    assert c["referrers"] == referrers == {"school": 11, "ocmw": 3}
    assert c["neighbourhoods"] == {"Rabot": 6, "Muide": 5, "Ledeberg": 3}
    assert c["age_bands"] == {"6-11": 6, "12-15": 3, "16-18": 5}  # born 2015 / 2011 / 2009, started 2025
    assert c["offers"] == {"sports_club": 11, "youth_movement": 3}
    assert fig["steering"]["meetings"] == _meetings_sql(s, connection) == {"steering": 2, "support": 1}


def test_connection_report_holds_its_sections_and_suppresses_small_counts(db_session: Session, connection: Network,
                                                                         tmp_path: Path) -> None:
    pdf, report = _render(db_session, connection, tmp_path)
    for heading in OWN["connection"] + EVERY:
        assert heading in pdf, heading
    for kind in ("entrepreneur", "neighbourhood", "local"):
        for heading in OWN[kind]:
            assert heading not in pdf, heading
    # neighbourhoods add up to the 14 started: Ledeberg (3) is "< 5", and Muide (5) must go too, or 14 − 6 − 5 gives 3
    rows = {r[0]: r[1] for r in _table(report, "Wijk")[1:]}
    assert rows == {"Rabot": "6", "Muide": "x", "Ledeberg": "< 5", "Totaal": "14"}
    # referrers: OCMW 3 of 14 with only one other category — school is hidden as well
    rows = {r[0]: r[1] for r in _table(report, "Soort doorverwijzer")[1:]}
    assert rows["OCMW"] == "< 5" and rows["School (zorgcoördinator)"] == "x"
    # support: every kind given to at least 5 children except material (1): no count and no amount for it
    rows = {r[0]: r[1:] for r in _table(report, "Soort ondersteuning")[1:]}
    assert rows["Materiaal"] == ["–", "< 5", "–"]
    assert rows["Tussenkomst in inschrijvingsgeld"] == ["14", "14", "€ 560,00"]
    assert "Tweemaandelijkse intervisie" in pdf and "Iedereen verdient een plek" in pdf
    with pytest.raises(AssertionError):
        _table(report, "Groepsfase")


def test_connection_report_in_english(db_session: Session, connection: Network, tmp_path: Path) -> None:
    pdf, _report = _render(db_session, connection, tmp_path, lang="en")
    for heading in ("Barriers the trajectories met", "Support given in the period", "Age at the start",
                    "How the steering group worked", "What makes the work last", "Indication (not a norm)"):
        assert heading in pdf, heading
    assert "Drempels die" not in pdf and "Podium activities per ambassador" not in pdf


# -- entrepreneur network ------------------------------------------------------------------------------------

@pytest.fixture
def entrepreneur(db_session: Session) -> Network:
    s = db_session
    net = Network(name="Ondernemers Kempen", kind="entrepreneur", municipality="Geel", podium_target=3,
                  strategies=["cooperation"], **_profile())
    s.add(net)
    s.flush()
    _steering(s, net)

    def person(name: str, *steps: tuple[str, date], profile: str | None = None, consent: bool = False,
               **diversity: str) -> Ambassador:
        a = amb.create(s, net.id, name, on=date(2024, 6, 1))
        for status, on in steps:
            amb.change_status(s, a, status, on, reason="verhuisd" if status == "former" else "")
        a.motivation_profile, a.diversity_consent = profile, consent
        for k, v in diversity.items():
            setattr(a, k, v)
        return a

    ann = person("Ann", ("appointed", date(2024, 9, 1)), ("active", date(2024, 10, 1)), profile="teacher",
                 consent=True, sector="bouw", gender="vrouw")
    bart = person("Bart", ("appointed", date(2024, 9, 1)), ("active", date(2024, 10, 1)),
                  ("honorary", date(2026, 1, 15)), profile="teacher", consent=True, sector="bouw", gender="man")
    cora = person("Cora", ("appointed", date(2025, 11, 1)), ("former", date(2026, 5, 1)), profile="coach",
                  consent=True, sector="zorg", gender="vrouw")
    person("Dirk", profile="player")  # only nominated: holds no podium
    person("Eva", ("appointed", date(2026, 10, 1)))  # appointed after the period
    person("Fien", ("appointed", date(2023, 9, 1)), ("active", date(2023, 10, 1)), ("former", date(2025, 6, 1)))
    for i in range(3):
        act.create(s, net.id, "podium_presentation", date(2025, 10, 1 + i), ambassador_ids=[ann.id])
    act.create(s, net.id, "podium_article", date(2025, 12, 1), ambassador_ids=[bart.id])
    act.create(s, net.id, "podium_workshop", date(2024, 12, 1), ambassador_ids=[ann.id, bart.id])  # last year
    act.create(s, net.id, "thank_you", date(2026, 1, 20), ambassador_ids=[ann.id, bart.id, cora.id], absent_ids=[cora.id])
    s.add(GroupPhaseEntry(network_id=net.id, phase="storming", noted_on=date(2025, 5, 1), intervention="x"))
    s.add(GroupPhaseEntry(network_id=net.id, phase="norming", noted_on=date(2025, 12, 1), intervention="y"))
    s.flush()
    # a term renewed in the period (the audit log keeps which field changed and when)
    s.add(AuditEntry(at=datetime(2026, 3, 1, 10), actor="t", action="update", table_name="ambassador",
                     record_id=ann.id, fields=["term_end"]))
    s.commit()
    return net


def _eligible(s: Session, net: Network) -> set[str]:
    """Ambassadors appointed or active at some time in the period, from the raw status history."""
    changes: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for aid, on, to in s.execute(text(
            "SELECT c.ambassador_id, c.changed_on, c.to_status FROM ambassador_status_change c JOIN ambassador a "
            "ON a.id = c.ambassador_id WHERE a.network_id = :n AND c.deleted_at IS NULL"), {"n": net.id}):
        changes[aid].append((date.fromisoformat(str(on)), to))
    out = set()
    for aid, rows in changes.items():
        rows.sort()
        at_start = [to for on, to in rows if on <= CURRENT.start][-1:]
        during = [to for on, to in rows if CURRENT.start < on <= CURRENT.end]
        if {"appointed", "active"} & set(at_start + during):
            out.add(aid)
    return out


def test_entrepreneur_figures_recomputed_from_the_raw_tables(db_session: Session, entrepreneur: Network) -> None:
    s = db_session
    e = kind_figures(s, entrepreneur, CURRENT, cut_off(CURRENT, TODAY))["entrepreneur"]
    eligible = _eligible(s, entrepreneur)
    names = {n for aid, n in s.execute(text("SELECT id, name FROM ambassador")) if aid in eligible}
    assert names == {"Ann", "Bart", "Cora"}  # honorary and former in the period count; Dirk, Eva, Fien do not
    podium = Counter(dict(s.execute(text(
        "SELECT p.ambassador_id, count(*) FROM activity_participant p JOIN activity a ON a.id = p.activity_id "
        "WHERE a.network_id = :n AND a.kind LIKE 'podium_%' AND p.attended = 1 AND a.held_on BETWEEN :a AND :b "
        "GROUP BY p.ambassador_id"), {"n": entrepreneur.id, "a": CURRENT.start.isoformat(),
                                      "b": CURRENT.end.isoformat()}).all()))
    per = [podium[a] for a in eligible]
    assert e["eligible"] == 3 and e["podium_total"] == sum(per) == 4
    assert e["podium_distribution"] == {"none": sum(n == 0 for n in per), "some": sum(0 < n < 3 for n in per),
                                        "target": sum(n >= 3 for n in per)} == {"none": 1, "some": 1, "target": 1}
    assert e["motivation"] == {"teacher": 2, "coach": 1}
    assert e["diversity_consent"] == 3 and e["diversity"]["sector"] == {"bouw": 2, "zorg": 1}
    assert e["phases"] == [{"phase": "norming", "on": "2025-12-01"}] and e["phase_before"] == "storming"
    assert (e["appointed"], e["honorary"], e["left"], e["renewed"]) == (1, 1, 1, 1)
    assert e["thank_you"] == {"count": 1, "days": ["2026-01-20"], "ambassadors": 2}  # Cora was absent


def test_entrepreneur_report_holds_its_sections_only(db_session: Session, entrepreneur: Network, tmp_path: Path) -> None:
    pdf, report = _render(db_session, entrepreneur, tmp_path)
    for heading in OWN["entrepreneur"] + EVERY:
        assert heading in pdf, heading
    for kind in ("connection", "neighbourhood", "local"):
        for heading in OWN[kind]:
            assert heading not in pdf, heading
    assert "Retentiefunnel" not in pdf and "Mijlpaal" not in pdf and "Relaties opbouwen en onderhouden" not in pdf
    rows = {r[0]: r[1:] for r in _table(report, "Ambassadeurs")[1:]}
    assert rows["Geen podiumactiviteit"][0] == "1" and rows["3 of meer (norm gehaald)"][0] == "1"
    assert rows["Totaal"][0] == "3"
    # three ambassadors, each profile and diversity value below 5: nothing but "< 5" (and the total)
    mix = {r[0]: r[1] for r in _table(report, "Motivatieprofiel")[1:]}
    assert mix == {"Leraar (kennis delen)": "< 5", "Coach (hulp bieden)": "< 5", "Totaal": "3"}
    assert "1 bedankmoment, op 20/01/2026; 2 ambassadeurs waren erbij." in pdf
    summary = [r[0] for r in _table(report, "Cijfer")[1:]]
    assert "Podiumactiviteiten" in summary and "Signalen gemeld" not in summary


# -- neighbourhood ambassadors --------------------------------------------------------------------------------

@pytest.fixture
def neighbourhood(db_session: Session) -> Network:
    s = db_session
    net = Network(name="Wijkambassadeurs Mol", kind="neighbourhood", municipality="Mol", signal_due_days=30,
                  **_profile())
    s.add(net)
    s.flush()
    _steering(s, net)
    alderman = amb.create(s, net.id, "Schepen Jansen", on=date(2024, 1, 1))
    amb.change_status(s, alderman, "appointed", date(2024, 1, 15))
    amb.change_status(s, alderman, "active", date(2024, 2, 1))
    council = sh.create(s, net.id, "Dorpsraad Ezaart", side="intermediary", category="village_council", on=date(2024, 1, 1))
    sig.set_route(s, net.id, "Ezaart", "Schepen Jansen")
    sig.set_route(s, net.id, "Rauw", "Schepen Peeters")

    def signal(raised: date, area: str, topic: str, answered: date | None = None, reopened: date | None = None) -> None:
        x = sig.create(s, net.id, raised, topic, area=area)
        if answered is not None:
            sig.change_status(s, x, "answered", answered, response="Opgelost")
        if reopened is not None:
            sig.change_status(s, x, "forwarded", reopened)

    signal(date(2025, 10, 1), "Ezaart", "Verkeer", answered=date(2025, 10, 20))  # in time
    signal(date(2025, 10, 5), "Ezaart", "Verkeer", answered=date(2025, 12, 1))  # late
    signal(date(2025, 11, 1), "Rauw", "Groen", answered=date(2025, 11, 5), reopened=date(2025, 11, 20))  # open again
    signal(date(2026, 8, 20), "Rauw", "Groen")  # open, not yet due at the period's end
    signal(date(2026, 3, 1), "Ezaart", "Jeugd")  # open and overdue
    signal(date(2025, 6, 1), "Ezaart", "Verkeer")  # raised last period, still open and overdue
    act.create(s, net.id, "event", date(2025, 11, 10), "Dorpsraad", ambassador_ids=[alderman.id],
               stakeholder_ids=[council.id])
    act.create(s, net.id, "event", date(2026, 4, 10), "Opening", ambassador_ids=[alderman.id], absent_ids=[alderman.id])
    act.create(s, net.id, "event", date(2026, 6, 10), "Dorpsfeest", ambassador_ids=[alderman.id])
    s.commit()
    return net


def test_neighbourhood_figures_recomputed_from_the_raw_tables(db_session: Session, neighbourhood: Network) -> None:
    s = db_session
    n = kind_figures(s, neighbourhood, CURRENT, cut_off(CURRENT, TODAY))["neighbourhood"]
    window = {"n": neighbourhood.id, "a": CURRENT.start.isoformat(), "b": CURRENT.end.isoformat()}
    per_area = dict(s.execute(text("SELECT area, count(*) FROM signal WHERE network_id = :n AND deleted_at IS NULL "
                                   "AND raised_on BETWEEN :a AND :b GROUP BY area"), window).all())
    assert {k: v["raised"] for k, v in n["by_area"].items()} == per_area == {"Ezaart": 3, "Rauw": 2}
    per_person = dict(s.execute(text("SELECT responsible, count(*) FROM signal WHERE network_id = :n "
                                     "AND raised_on BETWEEN :a AND :b GROUP BY responsible"), window).all())
    assert {k: v["raised"] for k, v in n["by_responsible"].items()} == per_person
    in_time = s.execute(text(
        "SELECT count(*) FROM signal g WHERE g.network_id = :n AND g.raised_on BETWEEN :a AND :b AND EXISTS ("
        "SELECT 1 FROM signal_status_change c WHERE c.signal_id = g.id AND c.to_status IN ('answered', 'closed') "
        "AND c.changed_on <= g.due_on)"), window).scalar_one()
    assert n["raised"] == 5 and n["answered_in_time"] == in_time == 2  # the reopened one was answered in time
    # open on the last day: the last status change by then is new or forwarded
    last = {}
    for sid, to in s.execute(text("SELECT signal_id, to_status FROM signal_status_change "
                                      "WHERE changed_on <= :b ORDER BY changed_on, created_at"), window):
        last[sid] = to
    due = dict(s.execute(text("SELECT id, due_on FROM signal WHERE network_id = :n"), window).all())
    still_open = [sid for sid, to in last.items() if to in ("new", "forwarded")]
    assert n["open_at_end"] == len(still_open) == 4
    assert n["overdue_at_end"] == sum(str(due[x]) < CURRENT.end.isoformat() for x in still_open) == 3
    assert n["presence"]["council"] == {"activities": 1, "with_ambassador": 1, "attendances": 1, "invited": 1,
                                        "ambassadors": 1}
    assert n["presence"]["event"]["activities"] == 2 and n["presence"]["event"]["with_ambassador"] == 1


def test_neighbourhood_report_holds_its_sections_only(db_session: Session, neighbourhood: Network, tmp_path: Path) -> None:
    pdf, report = _render(db_session, neighbourhood, tmp_path)
    for heading in OWN["neighbourhood"] + EVERY:
        assert heading in pdf, heading
    for kind in ("connection", "entrepreneur", "local"):
        for heading in OWN[kind]:
            assert heading not in pdf, heading
    rows = [r for t in report.tables() for r in t.rows if r[0] == "Aandeel tijdig beantwoord"]
    assert rows == [["Aandeel tijdig beantwoord", "40 %", "0 %"]]  # 2 of 5; last year 0 of 1
    people = {r[0]: r[1:] for r in _table(report, "Verantwoordelijke")[1:]}
    assert people["Schepen Jansen"] == ["3", "2", "1"] and people["Schepen Peeters"] == ["2", "1", "1"]


# -- local ambassadorship -----------------------------------------------------------------------------------

@pytest.fixture
def local(db_session: Session) -> Network:
    s = db_session
    net = Network(name="Ambassadeurs Kasteel", kind="local", municipality="Gaasbeek", **_profile())
    s.add(net)
    s.flush()
    _steering(s, net)
    a = sh.create(s, net.id, "Bakkerij", side="supply", category="entrepreneur", on=date(2024, 9, 1))
    sh.change_stage(s, a, "introduced", date(2025, 10, 1))
    sh.change_stage(s, a, "maintained", date(2026, 2, 1))
    b = sh.create(s, net.id, "Natuurpunt", side="supply", category="nature_association", on=date(2024, 9, 1))
    sh.change_stage(s, b, "introduced", date(2025, 3, 1))  # last period
    sh.change_stage(s, b, "involved", date(2026, 3, 1))
    b.engagement_signed_on = date(2026, 3, 1)
    c = sh.create(s, net.id, "De Lijn", side="policy", category="transport", on=date(2024, 9, 1))
    sh.change_stage(s, c, "introduced", date(2026, 1, 5))
    sh.change_stage(s, c, "partner", date(2026, 8, 1))
    c.engagement_signed_on = date(2024, 5, 1)  # before the period
    resident = amb.create(s, net.id, "Lies", on=date(2025, 9, 20))
    amb.change_status(s, resident, "appointed", date(2025, 10, 1))
    resident.charter_signed_on = date(2025, 10, 1)
    other = amb.create(s, net.id, "Omar", on=date(2024, 3, 1))
    act.create(s, net.id, "thank_you", date(2026, 6, 1), "Bedankdiner", ambassador_ids=[resident.id, other.id])
    act.create(s, net.id, "info_moment", date(2025, 11, 1), "Infomoment", ambassador_ids=[resident.id],
               stakeholder_ids=[a.id, b.id])
    act.create(s, net.id, "info_moment", date(2024, 11, 1), "Infomoment vorig jaar", ambassador_ids=[other.id])
    s.commit()
    return net


def test_local_figures_recomputed_from_the_raw_tables(db_session: Session, local: Network) -> None:
    s = db_session
    loc = kind_figures(s, local, CURRENT, cut_off(CURRENT, TODAY))["local"]
    window = {"n": local.id, "a": CURRENT.start.isoformat(), "b": CURRENT.end.isoformat()}
    moved = dict(s.execute(text(
        "SELECT c.to_stage, count(DISTINCT c.stakeholder_id) FROM stage_change c JOIN stakeholder st "
        "ON st.id = c.stakeholder_id WHERE st.network_id = :n AND c.deleted_at IS NULL "
        "AND c.changed_on BETWEEN :a AND :b GROUP BY c.to_stage"), window).all())
    assert loc["relations"] == {"built": moved.get("introduced", 0), "maintained": moved.get("maintained", 0),
                                "expanded": moved.get("involved", 0) + moved.get("partner", 0)}
    assert loc["relations"] == {"built": 2, "maintained": 1, "expanded": 2}
    signed = s.execute(text("SELECT count(*) FROM stakeholder WHERE network_id = :n "
                            "AND engagement_signed_on BETWEEN :a AND :b"), window).scalar_one()
    assert loc["engagement_declarations"] == signed == 1 and loc["charters"] == 1
    assert loc["thank_you"]["count"] == 1 and loc["thank_you"]["ambassadors"] == 2
    assert loc["recruiting"] == {"info_moments": 1, "nominated": 1}
    assert loc["participation"]["info_moment"] == {"activities": 1, "ambassadors": 1, "stakeholders": 2}


def test_local_report_holds_its_sections_only(db_session: Session, local: Network, tmp_path: Path) -> None:
    state = {"recommendations": [{"text": "Een tweede bedankmoment in de winter.", "owner": "Projectleider",
                                  "due": "2026-12-31"}, {"text": "  ", "owner": "", "due": ""}],
             "narrative": {**wizard.new_state()["narrative"], "introduction": "Mijn eigen inleiding."}}
    pdf, report = _render(db_session, local, tmp_path, **state)
    for heading in OWN["local"] + EVERY:
        assert heading in pdf, heading
    for kind in ("connection", "entrepreneur", "neighbourhood"):
        for heading in OWN[kind]:
            assert heading not in pdf, heading
    assert "Podiumactiviteiten" not in pdf and "Signalen gemeld" not in " ".join(
        r[0] for r in _table(report, "Cijfer"))
    # the profile comes before the lead's own introduction
    assert pdf.index("Iedereen verdient een plek") < pdf.index("Mijn eigen inleiding.")
    recs = _table(report, "Aanbeveling")
    assert recs == [["Aanbeveling", "Wie", "Tegen wanneer"],
                    ["Een tweede bedankmoment in de winter.", "Projectleider", "31/12/2026"]]
    steering = _table(report, "Groep")
    assert steering[1:] == [["Stuurgroep", "4", "2", "1"], ["Steungroep", "1", "1", "0"]]


# -- every kind: snapshots, the trend, older payloads -------------------------------------------------------

def test_previous_kind_figures_come_from_the_frozen_report(db_session: Session, local: Network, tmp_path: Path) -> None:
    s = db_session
    frozen = snap.freeze(s, local.id, wizard.new_state(local.id, PREVIOUS.label), today=TODAY)
    assert frozen.payload["data"]["format"] == snap.FORMAT == 3
    before = frozen.payload["data"]["kind"]
    # later, a thank-you moment of last year is added: the frozen report's figures still stand
    act.create(s, local.id, "thank_you", date(2025, 1, 10), "Nieuwjaarsdrink")
    s.commit()
    data = snap.compute(s, local.id, CURRENT.label, TODAY)
    assert data["kind_previous"] == before and data["kind_previous"]["local"]["thank_you"]["count"] == 0
    assert kind_figures(s, local, PREVIOUS, PREVIOUS.end)["local"]["thank_you"]["count"] == 1
    assert [(e["label"], e["source"]) for e in data["trend"]] == [
        ("2025-2026", "computed"), ("2024-2025", "snapshot"), ("2023-2024", "computed")]
    payload = {**wizard.new_state(local.id, CURRENT.label), "data": data}
    trend = [t.rows for t in Report(payload).tables() if t.rows[0][1:] and "bevroren" in " ".join(t.rows[0])][0]
    assert trend[0] == ["Cijfer", "2023-2024 (berekend)", "2024-2025 (bevroren)", "2025-2026 (berekend)"]
    assert ["Bedankmomenten", "0", "0", "1"] in trend


def test_no_trend_without_an_earlier_period_with_data(db_session: Session, tmp_path: Path) -> None:
    net = Network(name="Nieuw netwerk", kind="local")
    db_session.add(net)
    db_session.commit()
    sh.create(db_session, net.id, "Eerste partner", on=date(2025, 10, 1), stage="introduced")
    db_session.commit()
    pdf, _report = _render(db_session, net, tmp_path)
    assert "Drie jaar vergeleken" not in pdf and "Relaties opgebouwd" in pdf


def test_older_payload_without_kind_figures_still_renders(db_session: Session, entrepreneur: Network,
                                                          tmp_path: Path) -> None:
    payload = wizard.new_state(entrepreneur.id, CURRENT.label)
    data = snap.compute(db_session, entrepreneur.id, CURRENT.label, TODAY)
    for key in ("kind", "kind_previous", "trend"):
        data.pop(key)
    data["format"] = 2
    data["network"] = {k: v for k, v in data["network"].items() if k not in snap.PROFILE_TEXTS}
    payload["data"] = data
    out = tmp_path / "old.pdf"
    write_report(payload, out)
    pdf = _flat(out)
    assert "Throughput" in pdf and "Podiumactiviteiten per ambassadeur" not in pdf
    assert "Trajecten gestart" not in pdf  # still the entrepreneur's frame


def test_distribution_hides_one_more_where_a_small_count_could_be_worked_out() -> None:
    payload = wizard.new_state("n", CURRENT.label)
    payload["data"] = {"network": {"kind": "connection"}, "figures": {"current": {"trajectories": {}}}}
    report = Report(payload)
    assert kind_sections.distribution(report, {"a": 10, "b": 2}, 12) == {"a": "x", "b": "< 5", "total": "12"}
    assert kind_sections.distribution(report, {"a": 10, "b": 6, "c": 2}, 18)["b"] == "x"
    assert kind_sections.distribution(report, {"a": 10, "b": 2, "c": 3}, 15) == {
        "a": "10", "b": "< 5", "c": "< 5", "total": "15"}  # two unknowns adding up to 5: neither pinned down
    assert kind_sections.distribution(report, {"a": 10, "b": 2}) == {"a": "10", "b": "< 5"}  # no total printed
    # a total printed as it is (ambassadors who consented): a lone small count that equals it is hidden
    assert kind_sections.distribution(report, {"a": 3}, 3, public_total=True) == {"a": "x", "total": "3"}
    assert kind_sections.distribution(report, {"a": 6, "b": 2}, 8, public_total=True) == {
        "a": "x", "b": "< 5", "total": "8"}


@pytest.mark.parametrize("kind", ["connection", "local", "entrepreneur", "neighbourhood"])
def test_trend_figures_count_as_the_yearly_figures_do(db_session: Session, kind: str) -> None:
    """The trend's earliest column is counted by a lighter path: the same headline as the full figures."""
    populate(db_session, "small", seed=7, today=TODAY)
    net = db_session.scalars(select(Network).where(Network.kind == kind)).one()
    for period in (CURRENT, PREVIOUS, PREVIOUS.previous()):
        full = yearly_figures(db_session, net.id, period, TODAY).to_json()
        day = cut_off(period, TODAY)
        own = kind_figures(db_session, net, period, day)
        assert headline(kind, trend_figures(db_session, net, period, TODAY), trend_kind(db_session, net, period, day)) \
            == headline(kind, full, own)
