"""Ambassador rules: status pipeline, podium count and light, size vs cap, terms, nominations,
diversity aggregates, yearly moments, group phases, motivation questionnaire, attention."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network
from app.domain.vocabulary import AmbassadorStatus, MotivationProfile
from app.errors import ValidationError
from app.periods import calendar_year, working_year
from app.services import activity
from app.services import ambassador as svc

D = date(2026, 3, 1)


def _active(s: Session, net: Network, name: str, on: date = D) -> Ambassador:
    a = svc.create(s, net.id, name, nominated_by="Lead", on=on)
    svc.change_status(s, a, "appointed", on)
    svc.change_status(s, a, "active", on)
    return a


def test_create_requires_name(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError, match="naam"):
        svc.create(db_session, network.id, "   ")
    a = svc.create(db_session, network.id, " Jan ", nominated_by="Els", on=D)
    assert (
        a.name == "Jan"
        and a.status == "nominated"
        and a.nominated_on == D
        and a.nominated_by == "Els"
    )
    assert [c.to_status for c in a.status_changes] == ["nominated"]


def test_pipeline_sets_dates_and_logs(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, "An", on=D)
    svc.change_status(db_session, a, "appointed", date(2026, 9, 15), term_years=4)
    assert a.appointed_on == a.term_start == date(2026, 9, 15) and a.term_end == date(2030, 9, 15)
    assert a.screened_on == date(2026, 9, 15)
    svc.change_status(db_session, a, "active", date(2026, 9, 16))
    svc.change_status(db_session, a, "honorary", date(2029, 9, 1))
    assert a.honorary_on == date(2029, 9, 1)
    svc.change_status(db_session, a, "former", date(2030, 1, 1), reason="verhuisd")
    assert a.left_on == date(2030, 1, 1) and a.left_reason == "verhuisd"
    db_session.refresh(a)
    assert [c.to_status for c in a.status_changes] == [
        "nominated",
        "appointed",
        "active",
        "honorary",
        "former",
    ]


def test_pipeline_refuses_skips_and_unknown(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, "Bo", on=D)
    with pytest.raises(ValidationError, match="kan je niet"):
        svc.change_status(db_session, a, "honorary", D)
    with pytest.raises(ValidationError, match="Onbekende status"):
        svc.change_status(db_session, a, "boss", D)
    assert a.status == "nominated"


def test_leaving_needs_a_reason(db_session: Session, network: Network) -> None:
    a = _active(db_session, network, "Cas")
    with pytest.raises(ValidationError, match="reden"):
        svc.change_status(db_session, a, "former", D)


def test_update_validates_and_wipes_diversity_without_consent(
    db_session: Session, network: Network
) -> None:
    a = svc.create(db_session, network.id, "Dirk", on=D)
    svc.update(
        db_session,
        a,
        diversity_consent=True,
        sector="bouw",
        motivation_profile="coach",
        engagement_types=["podium", "podium"],
    )
    assert a.sector == "bouw" and a.engagement_types == ["podium"]
    svc.update(db_session, a, diversity_consent=False)
    assert a.sector == ""
    with pytest.raises(ValidationError):
        svc.update(db_session, a, name=" ")
    with pytest.raises(ValidationError):
        svc.update(db_session, a, motivation_profile="boss")
    with pytest.raises(ValidationError):
        svc.update(db_session, a, status="active")
    svc.delete(db_session, a)
    assert svc.roster(db_session, network.id) == []


def test_podium_counts_only_attended_podium_in_period(
    db_session: Session, network: Network
) -> None:
    a = _active(db_session, network, "Eva")
    b = _active(db_session, network, "Fien")
    year = calendar_year(2026)
    activity.create(
        db_session,
        network.id,
        "podium_presentation",
        date(2026, 4, 1),
        ambassador_ids=[a.id, b.id],
        absent_ids=[b.id],
    )
    activity.create(
        db_session, network.id, "podium_article", date(2026, 5, 1), ambassador_ids=[a.id]
    )
    activity.create(
        db_session, network.id, "training", date(2026, 5, 1), ambassador_ids=[a.id, b.id]
    )
    activity.create(
        db_session, network.id, "podium_interview", date(2025, 5, 1), ambassador_ids=[a.id]
    )
    gone = activity.create(
        db_session, network.id, "podium_workshop", date(2026, 6, 1), ambassador_ids=[b.id]
    )
    activity.delete(db_session, gone)
    assert svc.podium_counts(db_session, network.id, year) == {a.id: 2}


@pytest.mark.parametrize(
    ("count", "light"), [(0, "red"), (1, "amber"), (2, "amber"), (3, "green"), (7, "green")]
)
def test_podium_light(count: int, light: str) -> None:
    assert svc.podium_light(count) == light


def test_podium_light_other_target() -> None:
    assert svc.podium_light(3, target=4) == "amber" and svc.podium_light(4, target=4) == "green"


def test_network_size_against_cap(db_session: Session, network: Network) -> None:
    network.size_cap = 2
    for name in ("G", "H"):
        _active(db_session, network, name)
    svc.create(db_session, network.id, "nominee", on=D)
    check = svc.network_size(db_session, network.id)
    assert check.size == 2 and not check.over and check.status == "ok"
    _active(db_session, network, "I")
    check = svc.network_size(db_session, network.id)
    assert (
        check.over
        and check.status == "warning"
        and "20 à 25" in check.nl
        and "20 to 25" in check.en
    )


def test_terms_ending_and_nominations(db_session: Session, network: Network) -> None:
    soon = _active(db_session, network, "J", on=date(2023, 6, 1))  # term ends 01/06/2026
    _active(db_session, network, "K", on=date(2025, 6, 1))
    today = date(2026, 1, 10)
    assert svc.terms_ending(db_session, network.id, today) == [soon]
    assert svc.terms_ending(db_session, network.id, today, months=3) == []
    n = svc.create(db_session, network.id, "L", on=date(2025, 11, 1))
    assert svc.nominations_waiting(db_session, network.id) == [n]


def test_diversity_aggregates_hide_small_groups(db_session: Session, network: Network) -> None:
    sectors = ["bouw"] * 3 + ["zorg"] * 3 + ["horeca"]
    for i, sector in enumerate(sectors):
        a = _active(db_session, network, f"P{i}")
        svc.update(db_session, a, diversity_consent=True, sector=sector)
    refuser = _active(db_session, network, "Q")
    svc.update(db_session, refuser, diversity_consent=False, sector="horeca")
    result = svc.diversity(db_session, network.id, "sector")
    # horeca alone (1) is too small; merged with the smallest shown group so it cannot be singled out
    assert "horeca" not in result and result[svc.HIDDEN_GROUP] >= 3
    assert sum(result.values()) == 7
    assert all(v >= 3 for v in result.values())
    with pytest.raises(ValidationError):
        svc.diversity(db_session, network.id, "name")


def test_yearly_moments(db_session: Session, network: Network) -> None:
    year = calendar_year(2026)
    assert svc.yearly_moments(db_session, network.id, year) == svc.YearlyMoments(False, 0, False)
    _active(db_session, network, "R", on=date(2026, 9, 1))
    activity.create(db_session, network.id, "thank_you", date(2026, 12, 10), "Dankdiner")
    assert svc.yearly_moments(db_session, network.id, year) == svc.YearlyMoments(
        True, 1, True, 1, date(2026, 9, 1), 1, ("R",))  # a thank-you that did not invite R
    assert (
        svc.yearly_moments(db_session, network.id, calendar_year(2025)).appointment_moment is False
    )


def test_engagement_summary(db_session: Session, network: Network) -> None:
    a = _active(db_session, network, "S")
    activity.create(db_session, network.id, "training", date(2026, 2, 1), ambassador_ids=[a.id])
    activity.create(
        db_session, network.id, "network_meeting", date(2026, 3, 1), ambassador_ids=[a.id]
    )
    activity.create(
        db_session,
        network.id,
        "network_meeting",
        date(2026, 4, 1),
        ambassador_ids=[a.id],
        absent_ids=[a.id],
    )
    activity.create(db_session, network.id, "thank_you", date(2026, 6, 1), ambassador_ids=[a.id])
    summary = svc.engagement_summary(db_session, a.id)
    assert (summary.trainings, summary.meetings, summary.thanks, summary.podium) == (1, 1, 1, 0)
    assert summary.last_thanked_on == date(2026, 6, 1)


def test_group_phase_crud(db_session: Session, network: Network) -> None:
    e = svc.add_group_phase(db_session, network.id, "forming", D, " kennismaking ")
    assert e.intervention == "kennismaking"
    with pytest.raises(ValidationError):
        svc.add_group_phase(db_session, network.id, "chaos", D)
    svc.update_group_phase(db_session, e, phase="storming", intervention="gesprek")
    assert [p.phase for p in svc.group_phases(db_session, network.id)] == ["storming"]
    svc.delete_group_phase(db_session, e)
    assert svc.group_phases(db_session, network.id) == []


def test_questionnaire_scores_a_profile() -> None:
    assert 5 <= len(svc.MOTIVATION_QUESTIONS) <= 10
    assert {q[2] for q in svc.MOTIVATION_QUESTIONS} == set(MotivationProfile)
    for profile in MotivationProfile:
        answers = {i: (4 if q[2] is profile else 1) for i, q in enumerate(svc.MOTIVATION_QUESTIONS)}
        assert svc.score_motivation(answers) is profile
    with pytest.raises(ValidationError):
        svc.score_motivation({0: 9})


def test_profile_advice_from_seed_002() -> None:
    assert set(svc.PROFILE_ADVICE) == set(MotivationProfile)
    assert "interview" in svc.PROFILE_ADVICE[MotivationProfile.DIRECTOR][1]
    assert "Workshops" in svc.PROFILE_ADVICE[MotivationProfile.TEACHER][1]
    assert "intervisie" in svc.PROFILE_ADVICE[MotivationProfile.COACH][1]
    assert "beurzen" in svc.PROFILE_ADVICE[MotivationProfile.SELLER][1]
    assert "Benchmarks" in svc.PROFILE_ADVICE[MotivationProfile.PLAYER][1]


def test_attention_items(db_session: Session, network: Network) -> None:
    a = _active(db_session, network, "T", on=date(2026, 9, 1))
    # a connection network's workers are not judged on podium activities
    assert not [i for i in svc.attention_items(db_session, network.id, date(2026, 10, 1))
                if i.record_id == a.id and "podium" in i.title]
    network.kind = "entrepreneur"
    early = svc.attention_items(db_session, network.id, date(2026, 10, 1))
    podium = [i for i in early if i.record_id == a.id]
    assert podium and podium[0].severity == 1  # 0 podium but early in the working year: amber
    late = [
        i
        for i in svc.attention_items(db_session, network.id, date(2027, 5, 1))
        if i.record_id == a.id
    ]
    assert late[0].severity == 2  # past half of the working year: red
    activity.create(
        db_session, network.id, "podium_article", date(2026, 10, 2), ambassador_ids=[a.id]
    )
    activity.create(
        db_session, network.id, "podium_article", date(2026, 10, 3), ambassador_ids=[a.id]
    )
    activity.create(
        db_session, network.id, "podium_article", date(2026, 10, 4), ambassador_ids=[a.id]
    )
    assert not [
        i
        for i in svc.attention_items(db_session, network.id, date(2027, 5, 1))
        if "podium" in i.title
    ]
    n = svc.create(db_session, network.id, "U", on=date(2026, 9, 1))
    waiting = [
        i
        for i in svc.attention_items(db_session, network.id, date(2026, 10, 15))
        if i.record_id == n.id
    ]
    assert waiting and "Voordracht" in waiting[0].title
    assert not [
        i
        for i in svc.attention_items(db_session, network.id, date(2026, 9, 20))
        if i.record_id == n.id
    ]
    assert AmbassadorStatus.ACTIVE.value == a.status


# -- commands take ids (what screens hold), name the field to blame, rules are public ---------------


def test_commands_take_ids_and_refuse_tombstones(db_session: Session, network: Network) -> None:
    from app.errors import NotFoundError
    from app.services import drafts

    a = svc.create(db_session, network.id, "Vera", on=D, email=" vera@example.org ", role="schepen ",
                   likes="  koken")
    assert (a.email, a.role, a.likes) == ("vera@example.org", "schepen", "  koken")
    assert svc.get(db_session, a.id) is a
    svc.update(db_session, a.id, organisation=" Bakkerij Vera ")
    assert a.organisation == "Bakkerij Vera"
    svc.change_status(db_session, a.id, "appointed", D)
    assert a.status == "appointed"
    drafts.save(db_session, "ambassador", network.id, a.id, {"name": "Ver"}, "Vera")
    svc.delete(db_session, a.id)
    assert drafts.all_drafts(db_session) == []  # the draft of a deleted record goes with it
    for write in (lambda: svc.update(db_session, a.id, name="Vera B"), lambda: svc.delete(db_session, a.id),
                  lambda: svc.change_status(db_session, a.id, "active", D)):
        with pytest.raises(NotFoundError):
            write()


def test_validation_names_the_field(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError) as name:
        svc.create(db_session, network.id, " ")
    assert name.value.field == "name"
    with pytest.raises(ValidationError) as bad_profile:
        svc.create(db_session, network.id, "Wout", motivation_profile="boss")
    assert bad_profile.value.field == "motivation_profile"
    assert svc.roster(db_session, network.id) == []  # nothing half-created
    a = svc.create(db_session, network.id, "Wout", on=D)
    with pytest.raises(ValidationError) as bad_engagement:
        svc.update(db_session, a.id, engagement_types=["juggling"])
    assert bad_engagement.value.field == "engagement_types"
    svc.change_status(db_session, a, "appointed", D)
    with pytest.raises(ValidationError) as reason:
        svc.change_status(db_session, a, "former", D, reason="  ")
    assert reason.value.field == "reason"


def test_create_takes_every_detail_and_keeps_consent_rule(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, "Xavier", on=D, nominated_by=" Els ", sector="zorg",
                   engagement_types=["hosting", "hosting"], charter_signed_on=D)
    assert a.nominated_by == "Els" and a.engagement_types == ["hosting"] and a.charter_signed_on == D
    assert a.sector == ""  # no consent, no diversity data
    b = svc.create(db_session, network.id, "Yara", diversity_consent=True, sector="zorg")
    assert b.sector == "zorg"


def test_next_statuses_follow_the_pipeline() -> None:
    assert svc.next_statuses("nominated") == [AmbassadorStatus.APPOINTED, AmbassadorStatus.FORMER]
    assert svc.next_statuses("honorary") == [AmbassadorStatus.ACTIVE, AmbassadorStatus.FORMER]
    assert svc.next_statuses("former") == [AmbassadorStatus.NOMINATED]


@pytest.mark.parametrize(("nominated_on", "overdue"), [
    (date(2026, 10, 25), False), (date(2026, 10, 24), False), (date(2026, 10, 23), True), (None, False)])
def test_nomination_waits_more_than_30_days(nominated_on: date | None, overdue: bool) -> None:
    assert svc.NOMINATION_WAIT_DAYS == 30
    assert svc.nomination_overdue(nominated_on, date(2026, 11, 23)) is overdue


def test_podium_period_follows_the_networks_working_year(db_session: Session, network: Network) -> None:
    assert svc.podium_period(db_session, network.id, date(2026, 8, 31)).label == "2025-2026"
    assert svc.podium_period(db_session, network.id, date(2026, 9, 1)).label == "2026-2027"
    assert svc.podium_period(db_session, network.id, date(2026, 9, 1), "calendar").label == "2026"
    network.working_year_start_month = 1
    assert svc.podium_period(db_session, network.id, date(2026, 1, 5)).label == "2026-2027"


def test_group_phase_commands_take_ids(db_session: Session, network: Network) -> None:
    e = svc.add_group_phase(db_session, network.id, "norming", D, "afspraken")
    svc.update_group_phase(db_session, e.id, intervention="nieuwe afspraken")
    assert e.intervention == "nieuwe afspraken"
    svc.delete_group_phase(db_session, e.id)
    assert svc.group_phases(db_session, network.id) == []
    with pytest.raises(ValidationError) as bad:
        svc.add_group_phase(db_session, network.id, "chaos", D)
    assert bad.value.field == "phase"


# -- read models ---------------------------------------------------------------------------------------


def test_roster_rows_with_their_podium_light(db_session: Session, network: Network) -> None:
    from app.services import ambassador_views as views

    network.podium_target = 2
    zoe = _active(db_session, network, "Zoë Maes", on=date(2026, 9, 2))
    seyma = _active(db_session, network, "Şeyma Yılmaz", on=date(2026, 9, 2))
    svc.update(db_session, seyma, organisation="Atelier Noord", area="Rabot", motivation_profile="coach")
    nominee = svc.create(db_session, network.id, "Bram", on=date(2026, 9, 3))
    activity.create(db_session, network.id, "podium_article", date(2026, 10, 1), ambassador_ids=[zoe.id])
    activity.create(db_session, network.id, "podium_interview", date(2026, 10, 2), ambassador_ids=[zoe.id])
    activity.create(db_session, network.id, "podium_interview", date(2026, 10, 2), ambassador_ids=[seyma.id])
    activity.create(db_session, network.id, "podium_interview", date(2026, 8, 2), ambassador_ids=[seyma.id])
    result = views.roster(db_session, network.id, date(2026, 11, 24))
    assert result.period_label == "2026-2027" and result.target == 2
    assert [(r.name, r.podium, r.light) for r in result.rows] == [
        ("Bram", 0, None), ("Zoë Maes", 2, "green"), ("Şeyma Yılmaz", 1, "amber")]
    assert views.roster(db_session, network.id, date(2026, 11, 24), "calendar").rows[2].podium == 2
    find = views.RosterFilters
    assert [r.id for r in views.roster(db_session, network.id, D, filters=find(text="şeyma")).rows] == [seyma.id]
    assert [r.id for r in views.roster(db_session, network.id, D, filters=find(text="NOORD")).rows] == [seyma.id]
    assert [r.id for r in views.roster(db_session, network.id, D, filters=find(status="nominated")).rows] == [
        nominee.id]
    assert [r.id for r in views.roster(db_session, network.id, D, filters=find(profile="coach")).rows] == [
        seyma.id]
    svc.delete(db_session, nominee)
    assert len(views.roster(db_session, network.id, D).rows) == 2


def test_detail_is_plain_data(db_session: Session, network: Network) -> None:
    from app.services import ambassador_views as views

    a = _active(db_session, network, "Ahmed", on=date(2026, 9, 1))
    svc.update(db_session, a, engagement_types=["podium"], charter_signed_on=D, diversity_consent=True,
               gender="man")
    activity.create(db_session, network.id, "training", date(2026, 10, 1), "Vorming", ambassador_ids=[a.id])
    found = views.detail(db_session, a.id)
    assert found.status == "active" and found.next_statuses == [AmbassadorStatus.HONORARY, AmbassadorStatus.FORMER]
    assert found.fields["name"] == "Ahmed" and found.fields["engagement_types"] == ["podium"]
    assert found.fields["gender"] == "man" and found.fields["charter_signed_on"] == D
    assert set(found.fields) == set(views.DETAIL_FIELDS)
    assert [s.status for s in found.history] == ["nominated", "appointed", "active"]
    assert found.term_end == date(2029, 9, 1) and found.summary.trainings == 1
    assert [(p.kind, p.title, p.attended) for p in found.participations] == [("training", "Vorming", True)]


def test_network_health(db_session: Session, network: Network) -> None:
    from app.services import ambassador_views as views

    today = date(2026, 11, 24)
    network.size_cap = 1
    _active(db_session, network, "Old", on=date(2023, 12, 1))  # term ends 01/12/2026
    _active(db_session, network, "New", on=date(2026, 9, 15))
    svc.create(db_session, network.id, "Late", on=date(2026, 10, 1))
    svc.create(db_session, network.id, "Fresh", on=date(2026, 11, 1))
    svc.add_group_phase(db_session, network.id, "storming", date(2026, 11, 1), "gesprek")
    health = views.network_health(db_session, network.id, today)
    assert health.size.over and health.size.size == 2 and health.period_label == "2026-2027"
    assert health.moments.appointment_moment and health.moments.appointed == 1 and not health.moments.thank_you
    assert [(t.name, t.term_end) for t in health.terms_ending] == [("Old", date(2026, 12, 1))]
    assert [(w.name, w.overdue) for w in health.waiting] == [("Fresh", False), ("Late", True)]
    assert set(health.diversity) == set(svc.DIVERSITY_ATTRIBUTES)
    assert [(p.phase, p.intervention) for p in health.phases] == [("storming", "gesprek")]


def test_an_appointment_moment_is_one_day_for_most_appointments(db_session: Session, network: Network) -> None:
    """Seed 002: ideally all appointed at one moment a year; twelve appointments on twelve days
    are no appointment moment, however many there were."""
    year = calendar_year(2026)
    for month in range(1, 13):
        _active(db_session, network, f"A{month}", on=date(2026, month, 10))
    spread = svc.yearly_moments(db_session, network.id, year)
    assert (spread.appointed, spread.appointment_days, spread.appointment_moment) == (12, 12, False)
    year27 = calendar_year(2027)
    for n in range(4):
        _active(db_session, network, f"B{n}", on=date(2027, 1, 15))
    _active(db_session, network, "Late", on=date(2027, 6, 1))
    together = svc.yearly_moments(db_session, network.id, year27)
    assert together.appointment_moment and (together.main_day, together.main_count) == (date(2027, 1, 15), 4)
    _active(db_session, network, "Later", on=date(2027, 7, 1))
    assert not svc.yearly_moments(db_session, network.id, year27).appointment_moment  # 4 of 6: under ¾


def test_who_was_not_thanked_and_which_honorary_members_were_not_invited(db_session: Session,
                                                                        network: Network) -> None:
    network.kind = "entrepreneur"
    year = working_year(2026)
    a, b = _active(db_session, network, "Anna", on=date(2026, 9, 1)), _active(db_session, network, "Bram", on=date(2026, 9, 1))
    h = _active(db_session, network, "Hilde", on=date(2020, 9, 1))
    svc.change_status(db_session, h, "honorary", date(2025, 9, 1))
    assert svc.yearly_moments(db_session, network.id, year).not_thanked == ("Anna", "Bram")
    dinner = activity.create(db_session, network.id, "thank_you", date(2027, 6, 20), "Bedankdiner")
    activity.set_participants(db_session, dinner, [a.id], [])
    moments = svc.yearly_moments(db_session, network.id, year)
    assert moments.thank_you and moments.not_thanked == ("Bram",) and moments.honorary_not_invited == ("Hilde",)
    meeting = activity.create(db_session, network.id, "network_meeting", date(2027, 3, 1), "Netwerkmoment")
    activity.set_participants(db_session, meeting, [h.id], [])
    assert svc.yearly_moments(db_session, network.id, year).honorary_not_invited == ()
    # the overview: the thanks in the last two months of the working year, urgent in the last two weeks
    early = [i for i in svc.attention_items(db_session, network.id, date(2027, 5, 1)) if "bedankt" in i.title]
    assert early == []
    soon = [i for i in svc.attention_items(db_session, network.id, date(2027, 7, 10)) if "bedankt" in i.title]
    assert [(i.severity, i.title, i.record_id) for i in soon] == [(1, "Nog niet bedankt dit werkjaar: Bram", b.id)]
    late = [i for i in svc.attention_items(db_session, network.id, date(2027, 8, 25)) if "bedankt" in i.title]
    assert late[0].severity == 2


def test_names_line() -> None:
    assert svc.names_line(()) == ""
    assert svc.names_line(("Anna",)) == "Anna"
    assert svc.names_line(("Anna", "Bram")) == "Anna en Bram"
    assert svc.names_line(("A", "B", "C", "D", "E"), "nl", 3) == "A, B, C en 2 anderen"
    assert svc.names_line(("A", "B", "C", "D"), "en", 3) == "A, B, C and 1 other"


def test_appoint_many_at_one_moment_all_or_none(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, "Anna", nominated_by="Lead", on=date(2026, 10, 1))
    b = svc.create(db_session, network.id, "Bram", nominated_by="Lead", on=date(2026, 10, 5))
    c = _active(db_session, network, "Cas", on=date(2025, 9, 1))
    with pytest.raises(ValidationError, match="Cas"):
        svc.appoint_many(db_session, network.id, [a.id, c.id], date(2027, 1, 15))
    assert a.status == "nominated"  # none appointed when one cannot be
    with pytest.raises(ValidationError, match="vóór de voordracht van Bram"):
        svc.appoint_many(db_session, network.id, [a.id, b.id], date(2026, 10, 2))
    with pytest.raises(ValidationError, match="Kies wie"):
        svc.appoint_many(db_session, network.id, [], date(2027, 1, 15))
    done = svc.appoint_many(db_session, network.id, [a.id, b.id], date(2027, 1, 15), term_years=2)
    assert [(x.status, x.appointed_on, x.term_end) for x in done] == [
        ("appointed", date(2027, 1, 15), date(2029, 1, 15))] * 2
    moments = svc.yearly_moments(db_session, network.id, calendar_year(2027))
    assert moments.appointment_moment and moments.main_count == 2


def test_one_to_one_contacts_and_their_reminders(db_session: Session, network: Network) -> None:
    a = _active(db_session, network, "Anna", on=date(2026, 9, 1))
    with pytest.raises(ValidationError) as caught:
        svc.log_contact(db_session, a.id, "conversation", date(2026, 10, 1), next_contact_on=date(2026, 9, 1))
    assert caught.value.field == "next_contact_on"
    with pytest.raises(ValidationError, match="soort"):
        svc.log_contact(db_session, a.id, "telepathy", date(2026, 10, 1))
    svc.log_contact(db_session, a.id, "conversation", date(2026, 10, 1), "wil een workshop geven", date(2026, 12, 1))
    assert svc.next_contact(a) == date(2026, 12, 1)
    far = [i for i in svc.attention_items(db_session, network.id, date(2026, 11, 1)) if "Gesprek" in i.title]
    assert far == []
    soon = [i for i in svc.attention_items(db_session, network.id, date(2026, 11, 28)) if "Gesprek" in i.title]
    assert [(i.severity, i.title) for i in soon] == [(1, "Gesprek met Anna gepland op 01/12/2026")]
    late = [i for i in svc.attention_items(db_session, network.id, date(2026, 12, 5)) if "Gesprek" in i.title]
    assert [(i.severity, i.title) for i in late] == [(2, "Gesprek met Anna was gepland op 01/12/2026")]
    newest = svc.log_contact(db_session, a.id, "call", date(2026, 12, 3), "gebeld")  # nothing planned after it
    assert svc.next_contact(a) is None
    assert not [i for i in svc.attention_items(db_session, network.id, date(2026, 12, 5)) if "Gesprek" in i.title]
    svc.delete_contact(db_session, newest.id)
    assert svc.next_contact(a) == date(2026, 12, 1) and len(svc.contacts(a)) == 1
