"""Seed 002's advice as checks: a podium that fits the motivation profile, the profile mix, the
group phase's interventions and newcomers, and what of it the overview lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.domain import Ambassador, Network
from app.periods import working_year
from app.services import activity
from app.services import ambassador as svc
from app.services import ambassador_advice as advice
from app.services import ambassador_views as views

YEAR = working_year(2026)  # 01/09/2026 – 31/08/2027


def _member(s: Session, net: Network, name: str, profile: str | None, on: date = date(2026, 9, 1)) -> Ambassador:
    a = svc.create(s, net.id, name, nominated_by="Lead", on=on)
    svc.change_status(s, a, "appointed", on)
    svc.change_status(s, a, "active", on)
    a.motivation_profile = profile
    return a


def _podium(s: Session, net: Network, kind: str, on: date, *members: Ambassador) -> None:
    act = activity.create(s, net.id, kind, on, "Podium")
    activity.set_participants(s, act, [m.id for m in members], [])


def test_a_director_without_a_stage_is_flagged_and_a_workshop_does_not_count(db_session: Session,
                                                                          network: Network) -> None:
    network.kind = "entrepreneur"
    director = _member(db_session, network, "Dirk", "director")
    teacher = _member(db_session, network, "Tine", "teacher")
    _podium(db_session, network, "podium_workshop", date(2026, 10, 1), director, teacher)
    fits = {f.name: f for f in advice.podium_fit(db_session, network.id, YEAR)}
    assert (fits["Dirk"].fitting, fits["Dirk"].other, fits["Dirk"].flagged) == (0, 1, True)
    assert (fits["Tine"].fitting, fits["Tine"].flagged) == (1, False)
    assert advice.fitting_kinds("director") == "interview of presentatie"
    before_half = advice.attention_items(db_session, network.id, date(2026, 12, 1))
    assert not any("Dirk" in i.title for i in before_half)  # the year is young: no nagging yet
    later = [i for i in advice.attention_items(db_session, network.id, date(2027, 3, 15)) if "Dirk" in i.title]
    assert [(i.title, i.record_id) for i in later] == [
        ("Dirk (directeur) kreeg dit werkjaar nog geen interview of presentatie", director.id)]
    _podium(db_session, network, "podium_interview", date(2027, 3, 1), director)
    assert not any("Dirk" in i.title for i in advice.attention_items(db_session, network.id, date(2027, 3, 15)))


def test_profile_mix_and_the_overview_when_most_profiles_are_unknown(db_session: Session, network: Network) -> None:
    network.kind = "entrepreneur"
    _member(db_session, network, "A", "director")
    for name in "BCDE":
        _member(db_session, network, name, None)
    mix = advice.profile_mix(db_session, network.id)
    assert mix.counts["director"] == 1 and mix.unknown == 4 and mix.total == 5
    assert set(mix.missing) == {"teacher", "coach", "seller", "player"}
    titles = [i.title for i in advice.attention_items(db_session, network.id, date(2026, 10, 1))]
    assert "Motivatieprofiel onbekend bij 4 van 5 ambassadeurs" in titles
    network.kind = "connection"  # seed 002's profiles do not apply to paid connection ambassadors
    assert not any("Motivatieprofiel" in t for t in
                   (i.title for i in advice.attention_items(db_session, network.id, date(2026, 10, 1))))


def test_a_network_above_its_cap_is_on_the_overview(db_session: Session, network: Network) -> None:
    network.size_cap = 2
    for name in "ABC":
        _member(db_session, network, name, None)
    items = [i for i in advice.attention_items(db_session, network.id, date(2026, 10, 1)) if "telt" in i.title]
    assert [i.title for i in items] == ["Het netwerk telt 3 ambassadeurs (meer dan 2)"]


def test_the_group_phase_brings_its_advice_and_newcomers(db_session: Session, network: Network) -> None:
    assert advice.phase_view(db_session, network.id, date(2026, 10, 1)).phase is None
    _member(db_session, network, "Oud", None, on=date(2024, 9, 1))
    svc.add_group_phase(db_session, network.id, "storming", date(2025, 3, 1), "")
    svc.add_group_phase(db_session, network.id, "performing", date(2026, 6, 1), "loopt")
    _member(db_session, network, "Nieuw", None, on=date(2026, 9, 1))
    view = advice.phase_view(db_session, network.id, date(2026, 10, 1))
    assert view.phase == "performing" and view.noted_on == date(2026, 6, 1)
    assert "relatiegericht" in view.advice_nl and "relation" in view.advice_en
    assert view.newcomers == ("Nieuw",)
    health = views.network_health(db_session, network.id, date(2026, 10, 1))
    assert health.phase == view and health.mix is not None and health.mix.unknown == 2
    svc.add_group_phase(db_session, network.id, "forming", date(2026, 9, 20), "nieuwe start")
    assert advice.phase_view(db_session, network.id, date(2026, 10, 1)).newcomers == ()  # all in one phase
    assert set(advice.PHASE_ADVICE) == set(advice.GroupPhase)
