"""The trajectory commands the screens call with ids, and the read models they show."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Ambassador,
    Milestone,
    Network,
    Setting,
    Stakeholder,
    SupportGiven,
    TrajectoryBarrier,
)
from app.errors import NotFoundError, ValidationError
from app.periods import working_year
from app.services import drafts
from app.services import stakeholder as sh
from app.services import trajectory as traj
from app.services import trajectory_views as views

TODAY = date(2026, 11, 24)


def _club(session: Session, network: Network, name: str = "Chiro Sint-Jozef", **fields: object) -> Stakeholder:
    return sh.create(session, network.id, name, category="youth_movement", side="supply", **fields)


def test_update_takes_an_id_and_names_the_field_it_refuses(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 9, 1), neighbourhood="Rabot")
    traj.update(db_session, t.id, birth_year=2016, neighbourhood=" Ledeberg ", wishes="voetbal\n")
    assert (t.birth_year, t.neighbourhood, t.wishes) == (2016, "Ledeberg", "voetbal\n")
    with pytest.raises(ValidationError) as caught:
        traj.update(db_session, t.id, birth_year=1985)
    assert caught.value.field == "birth_year" and "1990" in str(caught.value)
    with pytest.raises(ValidationError, match="Onbekende velden"):
        traj.update(db_session, t.id, status="closed")  # closing has its own command
    with pytest.raises(NotFoundError):
        traj.update(db_session, "no-such-id", wishes="x")


def test_a_new_first_contact_moves_its_milestone_and_the_trial_due_date(db_session: Session,
                                                                          network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 9, 1))
    traj.update(db_session, t.id, started_on=date(2026, 9, 10))
    by_kind = {m.kind: m for m in t.milestones}
    assert by_kind["first_contact"].achieved_on == date(2026, 9, 10)
    assert by_kind["trial"].due_on == date(2026, 10, 8)
    traj.record_milestone(db_session, t.id, "trial", date(2026, 9, 20))
    with pytest.raises(ValidationError) as caught:
        traj.update(db_session, t.id, started_on=date(2026, 9, 25))  # after the trial
    assert caught.value.field == "started_on"
    with pytest.raises(ValidationError, match="Geboortejaar"):
        traj.update(db_session, t.id, started_on=date(2026, 9, 5), birth_year=2027)


def test_links_must_be_of_the_same_network(db_session: Session, network: Network) -> None:
    other = Network(name="Elders", kind="connection")
    db_session.add(other)
    db_session.flush()
    school = sh.create(db_session, other.id, "School elders", category="school", side="demand")
    with pytest.raises(ValidationError) as caught:
        traj.create(db_session, network.id, TODAY, referral_source_id=school.id)
    assert caught.value.field == "referral_source_id"
    t = traj.create(db_session, network.id, TODAY)
    worker = Ambassador(network_id=other.id, name="Sara")
    db_session.add(worker)
    db_session.flush()
    with pytest.raises(ValidationError) as caught:
        traj.update(db_session, t.id, worker_ambassador_id=worker.id)
    assert caught.value.field == "worker_ambassador_id"


def test_set_barriers_makes_them_exactly_these(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, TODAY)
    assert traj.set_barriers(db_session, t.id, ["unaffordable", "knows_nobody"]) == ["knows_nobody", "unaffordable"]
    assert traj.set_barriers(db_session, t.id, ["unaffordable"], custom=" taal ") == ["other", "unaffordable"]
    traj.set_barriers(db_session, t.id, ["unaffordable"], custom="taal en vervoer")
    rows = db_session.scalars(select(TrajectoryBarrier).where(TrajectoryBarrier.trajectory_id == t.id)).all()
    assert sorted((b.barrier, b.custom) for b in rows) == [("other", "taal en vervoer"), ("unaffordable", "")]
    assert traj.set_barriers(db_session, t.id, []) == []
    assert db_session.scalars(select(TrajectoryBarrier)).all() == []
    with pytest.raises(ValidationError) as caught:
        traj.set_barriers(db_session, t.id, ["bored"])
    assert caught.value.field == "barriers"
    with pytest.raises(ValidationError) as caught:
        traj.set_barriers(db_session, t.id, ["other"])
    assert caught.value.field == "custom_barrier"


def test_offers_by_id_once_and_only_from_the_supply_side(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, TODAY)
    club = _club(db_session, network)
    first = traj.add_offer(db_session, t.id, club.id)
    assert traj.add_offer(db_session, t.id, club.id) is first  # a second click adds nothing
    school = sh.create(db_session, network.id, "School", category="school", side="demand")
    with pytest.raises(ValidationError) as caught:
        traj.add_offer(db_session, t.id, school.id)
    assert caught.value.field == "stakeholder"
    assert traj.first_offer_id(t) == club.id


def test_record_outcome_is_about_the_first_offer(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 9, 1))
    club = _club(db_session, network)
    traj.add_offer(db_session, t.id, club.id)
    trial = traj.record_outcome(db_session, t.id, "trial", date(2026, 9, 8), count=2)
    assert (trial.offer_id, trial.count, trial.outcome) == (club.id, 2, True)
    with pytest.raises(ValidationError) as caught:
        traj.record_outcome(db_session, t.id, "trial", date(2026, 9, 8), count=0)
    assert caught.value.field == "count"
    traj.record_outcome(db_session, t.id, "enrolled", date(2026, 9, 20))
    assert views.insight(db_session, network.id, working_year(2026)).offers == [("Chiro Sint-Jozef", 1)]


def test_support_is_validated(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, TODAY)
    traj.add_support(db_session, t.id, "fee", TODAY, 45.0)
    traj.add_support(db_session, t.id, "transport", TODAY, 0)
    rows = db_session.scalars(select(SupportGiven).order_by(SupportGiven.kind)).all()
    assert [(r.kind, r.amount_eur) for r in rows] == [("fee", 45.0), ("transport", None)]
    with pytest.raises(ValidationError) as caught:
        traj.add_support(db_session, t.id, "pocket money", TODAY)
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        traj.add_support(db_session, t.id, "fee", TODAY, -5)
    assert caught.value.field == "amount_eur"


def test_close_by_id_names_the_field_and_refuses_twice(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, date(2026, 9, 1))
    with pytest.raises(ValidationError) as caught:
        traj.close(db_session, t.id, "other", TODAY)
    assert caught.value.field == "note"
    with pytest.raises(ValidationError) as caught:
        traj.close(db_session, t.id, "bored", TODAY)
    assert caught.value.field == "reason"
    traj.close(db_session, t.id, "moved", TODAY, "naar Antwerpen")
    with pytest.raises(ValidationError, match="al afgesloten"):
        traj.close(db_session, t.id, "moved", TODAY)
    traj.reopen(db_session, t.id)
    assert t.status == "open"
    assert not [m for m in db_session.scalars(select(Milestone).where(Milestone.kind == "closed"))]


def test_delete_leaves_a_tombstone_and_drops_its_drafts(db_session: Session, network: Network) -> None:
    t = traj.create(db_session, network.id, TODAY)
    drafts.save(db_session, "trajectory", network.id, t.id, {"birth_year": 1850}, t.code)
    traj.delete(db_session, t.id)
    assert t.deleted_at is not None
    assert db_session.scalars(select(Setting).where(Setting.key.like("draft.%"))).all() == []
    assert views.list_rows(db_session, network.id) == []
    with pytest.raises(NotFoundError):
        traj.delete(db_session, t.id)


# -- read models -------------------------------------------------------------------------------------
def _three(db_session: Session, network: Network) -> list[str]:
    amb = Ambassador(network_id=network.id, name="Yusuf")
    db_session.add(amb)
    db_session.flush()
    a = traj.create(db_session, network.id, date(2026, 9, 1), birth_year=2016, neighbourhood="Rabot",
                    worker_ambassador_id=amb.id, name="Geheime Naam")
    b = traj.create(db_session, network.id, date(2026, 10, 15), birth_year=2009, neighbourhood="ledeberg")
    c = traj.create(db_session, network.id, date(2025, 3, 1))
    traj.record_milestone(db_session, c, "trial", date(2025, 3, 10))
    traj.record_milestone(db_session, c, "enrolled", date(2025, 3, 20))
    traj.set_barriers(db_session, b.id, ["unaffordable"])
    return [a.id, b.id, c.id]


def test_list_page_filters_sorts_and_pages_in_sql(db_session: Session, network: Network) -> None:
    a, b, c = _three(db_session, network)
    rows, total = views.list_page(db_session, network.id, today=TODAY)
    assert total == 3 and [r.id for r in rows] == [b, a, c]  # newest first
    assert all("Geheime" not in repr(r) for r in rows)
    by_birth, _ = views.list_page(db_session, network.id, today=TODAY, order_by="birth_year", descending=False)
    assert [r.birth_year for r in by_birth] == [2009, 2016, None]  # unknown last
    by_birth, _ = views.list_page(db_session, network.id, today=TODAY, order_by="birth_year", descending=True)
    assert [r.birth_year for r in by_birth] == [2016, 2009, None]  # unknown last either way
    hoods, _ = views.list_page(db_session, network.id, today=TODAY, order_by="neighbourhood", descending=False)
    assert [r.neighbourhood for r in hoods] == ["ledeberg", "Rabot", ""]  # case-insensitive
    due, _ = views.list_page(db_session, network.id, today=TODAY, order_by="next_due", descending=False)
    assert [(r.next_kind, r.next_due) for r in due] == [
        ("still_active", date(2025, 9, 20)), ("trial", date(2026, 9, 29)), ("trial", date(2026, 11, 12))]
    assert [r.overdue for r in due] == [True, True, True]
    kinds, _ = views.list_page(db_session, network.id, today=TODAY, order_by="next_kind", descending=False)
    assert [r.next_kind for r in kinds] == ["trial", "trial", "still_active"]  # in milestone order
    page, total = views.list_page(db_session, network.id, today=TODAY, limit=2, offset=2)
    assert total == 3 and [r.id for r in page] == [c]
    F = views.TrajectoryFilters
    assert [r.id for r in views.list_rows(db_session, network.id, F(neighbourhood="Rabot"), TODAY)] == [a]
    assert [r.id for r in views.list_rows(db_session, network.id, F(barrier="unaffordable"), TODAY)] == [b]
    assert [r.id for r in views.list_rows(db_session, network.id, F(year=2025), TODAY)] == [c]
    assert [r.worker for r in views.list_rows(db_session, network.id, F(text="2026-001"), TODAY)] == ["Yusuf"]
    assert views.list_rows(db_session, network.id, F(text="%"), TODAY) == []  # a wildcard is just a character
    soon = views.list_rows(db_session, network.id, F(due_within_days=14), date(2026, 9, 20))
    assert [r.id for r in soon] == [a, c]  # b's trial is due on 12/11; c's check is long overdue
    traj.close(db_session, c, "moved", TODAY)
    closed = views.list_rows(db_session, network.id, F(status="closed"), TODAY)
    assert [(r.id, r.next_kind, r.next_due) for r in closed] == [(c, None, None)]
    with pytest.raises(ValidationError):
        views.list_page(db_session, network.id, order_by="name")


def test_detail_and_choices(db_session: Session, network: Network) -> None:
    a, b, _c = _three(db_session, network)
    club = _club(db_session, network, places_available=3, waiting_list=2)
    school = sh.create(db_session, network.id, "Basisschool", category="school", side="demand")
    traj.update(db_session, b, referral_source_id=school.id)
    traj.add_offer(db_session, b, club.id)
    traj.set_barriers(db_session, b, ["unaffordable"], custom="taal")
    traj.add_support(db_session, b, "fee", TODAY, 30)
    d = views.detail(db_session, b)
    assert (d.referral_name, d.barriers, d.custom_barrier) == ("Basisschool", ["other", "unaffordable"], "taal")
    assert d.offers == [views.OfferView(club.id, "Chiro Sint-Jozef", 3, 2)]
    assert d.support == [views.SupportView(TODAY, "fee", 30.0)] and d.is_open
    assert set(d.milestones) == {"first_contact", "trial"} and d.milestones["first_contact"].reached()
    assert views.detail(db_session, a).worker_name == "Yusuf"
    choices = views.form_choices(db_session, network.id)
    assert choices.referrals == [(school.id, "Basisschool")]
    assert choices.offers == [views.OfferChoice(club.id, "Chiro Sint-Jozef", 3, 2)]
    assert [name for _id, name in choices.workers] == ["Yusuf"]
    filters = views.filter_choices(db_session, network.id)
    assert filters.years == [2026, 2025] and filters.neighbourhoods == ["Rabot", "ledeberg"]


def test_insight_periods_follow_the_networks_start_month(db_session: Session, network: Network) -> None:
    network.working_year_start_month = 9
    periods = views.insight_periods(db_session, network.id, TODAY, "working")
    assert [p.label for p in periods] == ["2026-2027", "2025-2026", "2024-2025", "2023-2024"]
    assert [p.label for p in views.insight_periods(db_session, network.id, TODAY, "calendar", 2)] == ["2026", "2025"]
    _three(db_session, network)
    found = views.insight(db_session, network.id, periods[0])
    assert found.funnel["started"] == 2 and found.benchmark == (80, 60, 70) and found.successful == 0


def test_an_unchanged_link_to_a_deleted_record_does_not_block_saving(db_session: Session, network: Network) -> None:
    school = sh.create(db_session, network.id, "Basisschool", category="school", side="demand")
    t = traj.create(db_session, network.id, TODAY, referral_source_id=school.id)
    sh.delete(db_session, school.id)
    traj.update(db_session, t.id, referral_source_id=school.id, wishes="zwemmen")
    assert views.detail(db_session, t.id).referral_name == "Basisschool"
    with pytest.raises(NotFoundError):
        traj.create(db_session, network.id, TODAY, referral_source_id=school.id)
