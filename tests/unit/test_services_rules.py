"""The domain rules held by the services (each test pins one rule)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Activity, ActivityParticipant, AuditEntry, Milestone, Network, StageChange
from app.errors import ValidationError
from app.periods import calendar_year, working_year
from app.services import ambassador as amb
from app.services import network as net_service
from app.services import signal as sig
from app.services import stakeholder as sh
from app.services import trajectory as traj
from app.services.attention import attention_items
from app.services.figures import yearly_figures

TODAY = date(2026, 11, 24)


# -- stakeholders ---------------------------------------------------------------------------
def test_stage_changes_are_always_logged(db_session: Session, network: Network) -> None:
    s = sh.create(db_session, network.id, "Chiro Sint-Jozef", category="youth_movement", side="supply", on=TODAY)
    sh.update(db_session, s, stage="maintained", on=date(2026, 12, 1))
    sh.change_stage(db_session, s, "partner", date(2027, 1, 5), "engagementsverklaring getekend")
    history = db_session.scalars(select(StageChange).where(StageChange.stakeholder_id == s.id)
                                 .order_by(StageChange.changed_on)).all()
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, "mapped"), ("mapped", "maintained"), ("maintained", "partner")]
    with pytest.raises(ValidationError):
        sh.change_stage(db_session, s, "partner", TODAY)
    with pytest.raises(ValidationError):
        sh.change_stage(db_session, s, "bestie", TODAY)


def test_validation_messages(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError, match="naam"):
        sh.create(db_session, network.id, "  ")
    with pytest.raises(ValidationError, match="Invloed"):
        sh.create(db_session, network.id, "X", influence=120)
    with pytest.raises(ValidationError, match="negatief"):
        sh.create(db_session, network.id, "X", places_available=-1)


def test_interaction_sets_next_contact_and_introduces(db_session: Session, network: Network) -> None:
    s = sh.create(db_session, network.id, "OCMW Gent", category="ocmw", side="demand")
    sh.log_interaction(db_session, s, "visit", date(2026, 11, 1), "kennismaking", date(2026, 11, 20))
    assert s.stage == "introduced" and s.last_contact_on == date(2026, 11, 1)
    assert [x.id for x in sh.overdue_contacts(db_session, network.id, TODAY)] == [s.id]
    # an older moment logged later does not move the dates back
    sh.log_interaction(db_session, s, "call", date(2026, 10, 1))
    assert s.next_contact_on == date(2026, 11, 20)
    sh.log_interaction(db_session, s, "call", date(2026, 11, 24), next_contact_on=date(2026, 12, 3))
    assert sh.overdue_contacts(db_session, network.id, TODAY) == []
    assert [x.id for x in sh.upcoming_contacts(db_session, network.id, TODAY)] == [s.id]
    with pytest.raises(ValidationError):
        sh.log_interaction(db_session, s, "call", TODAY, next_contact_on=date(2026, 1, 1))
    items = attention_items(db_session, network.id, TODAY)
    assert any(i.area == "stakeholder" and i.record_id == s.id and i.severity == 1 for i in items)


def test_quadrant_funnel_and_search(db_session: Session, network: Network) -> None:
    a = sh.create(db_session, network.id, "Schepen van Jeugd", category="alderman", side="policy",
                  influence=90, interest=80)
    b = sh.create(db_session, network.id, "Sportclub Ledeberg", category="sports_club", side="supply",
                  influence=20, interest=70, places_available=4)
    sh.create(db_session, network.id, "Bakkerij", category="entrepreneur", side="supply", influence=10, interest=10)
    assert sh.quadrant(a).value == "manage_closely" and sh.quadrant(b).value == "keep_informed"
    funnel = dict(sh.stage_funnel(db_session, network.id))
    assert sum(funnel.values()) == 3
    found = sh.search(db_session, network.id, sh.Filters(text="ledeb"))
    assert [x.name for x in found] == ["Sportclub Ledeberg"]
    assert sh.count(db_session, network.id, sh.Filters(has_places=True)) == 1
    ordered = sh.search(db_session, network.id, order_by="influence", descending=True)
    assert ordered[0].id == a.id
    sh.delete(db_session, b)
    assert sh.count(db_session, network.id) == 2


# -- ambassadors ------------------------------------------------------------------------------
def test_status_pipeline_with_dated_history(db_session: Session, network: Network) -> None:
    a = amb.create(db_session, network.id, "Zoë Van den Broeck", nominated_by="Ahmed", on=date(2026, 1, 2))
    with pytest.raises(ValidationError, match="kan je niet"):
        amb.change_status(db_session, a, "honorary", date(2026, 1, 3))
    amb.change_status(db_session, a, "appointed", date(2026, 1, 20))
    assert a.term_end == date(2029, 1, 20)
    amb.change_status(db_session, a, "active", date(2026, 2, 1))
    amb.change_status(db_session, a, "honorary", date(2028, 1, 20))
    with pytest.raises(ValidationError, match="reden"):
        amb.change_status(db_session, a, "former", date(2028, 6, 1))
    amb.change_status(db_session, a, "former", date(2028, 6, 1), reason="verhuisd")
    assert [c.to_status for c in a.status_changes] == ["nominated", "appointed", "active", "honorary", "former"]
    assert a.left_reason == "verhuisd"


def _podium(db: Session, network: Network, ambassador_id: str, on: date, kind: str = "podium_workshop",
            attended: bool = True) -> None:
    act = Activity(network_id=network.id, kind=kind, held_on=on, title="x")
    db.add(act)
    db.flush()
    db.add(ActivityParticipant(activity_id=act.id, ambassador_id=ambassador_id, attended=attended))
    db.flush()


def test_podium_traffic_light(db_session: Session, network: Network) -> None:
    a = amb.create(db_session, network.id, "Łukasz Nowak")
    year = calendar_year(2026)
    assert amb.podium_light(amb.podium_counts(db_session, network.id, year).get(a.id, 0)) == "red"
    _podium(db_session, network, a.id, date(2026, 3, 1))
    _podium(db_session, network, a.id, date(2026, 4, 1), kind="network_meeting")  # not a podium
    _podium(db_session, network, a.id, date(2026, 5, 1), attended=False)  # did not attend
    _podium(db_session, network, a.id, date(2025, 5, 1))  # other year
    assert amb.podium_counts(db_session, network.id, year)[a.id] == 1
    assert amb.podium_light(1) == "amber" and amb.podium_light(2) == "amber"
    _podium(db_session, network, a.id, date(2026, 6, 1), kind="podium_interview")
    _podium(db_session, network, a.id, date(2026, 7, 1), kind="podium_article")
    assert amb.podium_light(amb.podium_counts(db_session, network.id, year)[a.id]) == "green"


def test_network_size_cap_and_terms_ending(db_session: Session, network: Network) -> None:
    network.size_cap = 2
    people = [amb.create(db_session, network.id, f"Ambassadeur {i}") for i in range(3)]
    for i, p in enumerate(people):
        amb.change_status(db_session, p, "appointed", date(2024 - i, 1, 15))
    check = amb.network_size(db_session, network.id)
    assert (check.size, check.cap, check.over) == (3, 2, True) and "20 à 25" in check.nl
    # terms of three years: ended 15/01/2025, ended 15/01/2026, ends 15/01/2027
    ending = amb.terms_ending(db_session, network.id, date(2026, 11, 1), months=6)
    assert [p.name for p in ending] == ["Ambassadeur 2", "Ambassadeur 1", "Ambassadeur 0"]
    ending = amb.terms_ending(db_session, network.id, date(2026, 11, 1), months=2)
    assert [p.name for p in ending] == ["Ambassadeur 2", "Ambassadeur 1"]


def test_diversity_hides_small_groups(db_session: Session, network: Network) -> None:
    for i, sector in enumerate(["bouw"] * 3 + ["zorg"] * 2 + ["ICT"]):
        a = amb.create(db_session, network.id, f"A{i}")
        amb.change_status(db_session, a, "appointed", date(2026, 1, 1))
        a.diversity_consent, a.sector = True, sector
    hidden = amb.create(db_session, network.id, "No consent")
    amb.change_status(db_session, hidden, "appointed", date(2026, 1, 1))
    hidden.sector = "bouw"
    assert amb.diversity(db_session, network.id, "sector") == {"andere/verborgen": 3, "bouw": 3}


# -- trajectories -----------------------------------------------------------------------------
def test_milestone_due_dates_across_working_years(db_session: Session, network: Network) -> None:
    network.municipality = "Gent"
    t = traj.create(db_session, network.id, date(2026, 8, 20), birth_year=2016)
    assert t.code == "GNT-2026-001"
    assert traj.next_code(db_session, network.id, 2026) == "GNT-2026-002"
    due = {m.kind: m.due_on for m in t.milestones}
    assert due["trial"] == date(2026, 9, 17)
    with pytest.raises(ValidationError, match="Proefmomenten"):
        traj.record_milestone(db_session, t, "enrolled", date(2026, 9, 1))
    traj.record_milestone(db_session, t, "trial", date(2026, 8, 29), count=2)
    traj.record_milestone(db_session, t, "enrolled", date(2026, 8, 31))
    still = next(m for m in t.milestones if m.kind == "still_active")
    assert still.due_on == date(2027, 2, 28)  # 31 Aug + 6 months, clamped to month end
    network.followup_months = 8
    traj.record_milestone(db_session, t, "still_active", date(2027, 3, 1))
    re_enrol = next(m for m in t.milestones if m.kind == "re_enrolled")
    assert re_enrol.due_on == date(2027, 9, 1)  # next working year's start after 1 March 2027
    due_list = traj.due_milestones(db_session, network.id, date(2027, 9, 10))
    assert [(d.kind, d.overdue) for d in due_list] == [("re_enrolled", True)]
    assert traj.is_successful(t, network)  # default success milestone: still taking part
    traj.close(db_session, t, "success", date(2027, 9, 15))
    assert traj.due_milestones(db_session, network.id, date(2027, 9, 20)) == []
    with pytest.raises(ValidationError):
        traj.record_milestone(db_session, t, "re_enrolled", date(2027, 9, 16))


def test_enrolment_in_june_is_due_for_reenrolment_in_september(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 5, 1))
    traj.record_milestone(db_session, t, "trial", date(2026, 5, 10))
    traj.record_milestone(db_session, t, "enrolled", date(2026, 6, 1))
    traj.record_milestone(db_session, t, "still_active", date(2026, 12, 1))
    assert next(m for m in t.milestones if m.kind == "re_enrolled").due_on == date(2027, 9, 1)
    t2 = traj.create(db_session, network.id, date(2026, 1, 10))
    traj.record_milestone(db_session, t2, "trial", date(2026, 1, 20))
    traj.record_milestone(db_session, t2, "enrolled", date(2026, 2, 1))
    traj.record_milestone(db_session, t2, "still_active", date(2026, 8, 1))
    assert next(m for m in t2.milestones if m.kind == "re_enrolled").due_on == date(2026, 9, 1)


def test_trajectory_validation_and_privacy(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError, match="Geboortejaar"):
        traj.create(db_session, network.id, TODAY, birth_year=1850)
    t = traj.create(db_session, network.id, TODAY, code="X-1", name="Amira")
    with pytest.raises(ValidationError, match="bestaat al"):
        traj.create(db_session, network.id, TODAY, code="X-1")
    assert traj.display_label(t) == "X-1" and "Amira" in traj.display_label(t, show_name=True)
    club = sh.create(db_session, network.id, "School", category="school", side="demand")
    with pytest.raises(ValidationError, match="aanbodzijde"):
        traj.add_offer(db_session, t, club)
    with pytest.raises(ValidationError, match="andere"):
        traj.close(db_session, t, "other", TODAY)


def test_funnel_and_benchmark(db_session: Session, network: Network) -> None:
    for i in range(4):
        t = traj.create(db_session, network.id, date(2025, 10, 1 + i))
        if i < 3:
            traj.record_milestone(db_session, t, "trial", date(2025, 10, 10))
        if i < 2:
            traj.record_milestone(db_session, t, "enrolled", date(2025, 10, 20))
        if i < 1:
            traj.record_milestone(db_session, t, "still_active", date(2026, 4, 20))
    f = traj.funnel(db_session, network.id, working_year(2025))
    assert f == {"started": 4, "trial": 3, "enrolled": 2, "still_active": 1, "re_enrolled": 0}
    network.fte = 0.5
    assert traj.benchmark(network) == (40, 30, 35)
    figures = yearly_figures(db_session, network.id, working_year(2025))
    assert figures.successful == 1 and figures.trajectories["started"] == 4


# -- signals ----------------------------------------------------------------------------------
def test_signal_routing_and_closing(db_session: Session, network: Network) -> None:
    sig.set_route(db_session, network.id, "Achterbos", "Schepen Ilse Verhaegen")
    s = sig.create(db_session, network.id, date(2026, 10, 1), "Verlichting", area="achterbos")
    assert s.responsible == "Schepen Ilse Verhaegen" and s.due_on == date(2026, 10, 31)
    assert [x.id for x in sig.overdue_signals(db_session, network.id, TODAY)] == [s.id]
    sig.change_status(db_session, s, "forwarded", date(2026, 10, 2))
    with pytest.raises(ValidationError, match="antwoord"):
        sig.change_status(db_session, s, "closed", date(2026, 10, 5))
    sig.change_status(db_session, s, "answered", date(2026, 10, 9), response="Lamp vervangen.")
    sig.change_status(db_session, s, "closed", date(2026, 10, 10))
    assert [c.to_status for c in s.status_changes] == ["new", "forwarded", "answered", "closed"]
    assert sig.overdue_signals(db_session, network.id, TODAY) == []
    unrouted = sig.create(db_session, network.id, TODAY, "Afval", area="Nergens")
    assert unrouted.responsible == ""
    fig = yearly_figures(db_session, network.id, calendar_year(2026))
    assert (fig.signals_raised, fig.signals_handled, fig.signal_median_days) == (2, 1, 8.0)


# -- network profile and audit ----------------------------------------------------------------
def test_profile_guidance(db_session: Session, network: Network) -> None:
    network.fte, network.term_kind, network.term_years, network.strategies = 0.3, "fixed", 2, []
    steps = {(g.step, g.severity) for g in net_service.profile_guidance(network, steering_members=0)}
    assert {(3, "warning"), (5, "warning")} <= steps
    network.fte, network.term_years, network.strategies = 0.9, 3, ["outreach"]
    assert not [g for g in net_service.profile_guidance(network, 2) if g.severity == "warning"]
    with pytest.raises(ValidationError, match="VTE"):
        net_service.update_network(db_session, network, fte=7)
    with pytest.raises(ValidationError, match="6 tot 8"):
        net_service.update_network(db_session, network, followup_months=12)


def test_audit_log_records_fields_never_values(db_session: Session, network: Network) -> None:
    s = sh.create(db_session, network.id, "Geheime Naam", category="school", side="demand")
    db_session.commit()
    sh.update(db_session, s, notes="gevoelige notitie")
    db_session.commit()
    rows = db_session.scalars(select(AuditEntry).where(AuditEntry.record_id == s.id)).all()
    assert {r.action for r in rows} == {"create", "update"}
    assert ["notes"] in [r.fields for r in rows]
    dumped = repr([(r.fields, r.table_name, r.actor) for r in rows])
    assert "Geheime" not in dumped and "gevoelige" not in dumped


def test_milestone_rows_have_single_kind(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 1, 1))
    traj.record_milestone(db_session, t, "trial", date(2026, 1, 5), count=1)
    traj.record_milestone(db_session, t, "trial", date(2026, 1, 8), count=3)  # updated, not duplicated
    kinds = db_session.scalars(select(Milestone.kind).where(Milestone.trajectory_id == t.id)).all()
    assert sorted(kinds) == ["first_contact", "trial"]
