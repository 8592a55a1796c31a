"""Activities with participants: create, update, soft delete (by id or object), list and filter, the
list's rows with the attended count, the period choices, the participant picker's people."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network, Stakeholder
from app.errors import NotFoundError, ValidationError
from app.periods import calendar_year
from app.services import activity as svc
from app.services import ambassador, drafts


def test_create_with_participants_and_attendance(db_session: Session, network: Network) -> None:
    a = ambassador.create(db_session, network.id, "Amal", on=date(2026, 1, 1))
    sh = Stakeholder(network_id=network.id, name="Jeugdhuis Kavka")
    db_session.add(sh)
    db_session.flush()
    act = svc.create(
        db_session,
        network.id,
        "network_meeting",
        date(2026, 2, 1),
        " Netwerkavond ",
        " Zaal ",
        ambassador_ids=[a.id, a.id],
        stakeholder_ids=[sh.id],
        absent_ids=[sh.id],
    )
    assert act.title == "Netwerkavond" and act.place == "Zaal"
    got = {(p.ambassador_id, p.stakeholder_id, p.attended) for p in act.participants}
    assert got == {(a.id, None, True), (None, sh.id, False)}


def test_create_rejects_unknown_kind_and_missing_date(
    db_session: Session, network: Network
) -> None:
    with pytest.raises(ValidationError, match="Onbekend"):
        svc.create(db_session, network.id, "party", date(2026, 1, 1))
    with pytest.raises(ValidationError, match="datum"):
        svc.create(db_session, network.id, "training", None)  # type: ignore[arg-type]


def test_update_replaces_participants(db_session: Session, network: Network) -> None:
    a = ambassador.create(db_session, network.id, "Bert", on=date(2026, 1, 1))
    b = ambassador.create(db_session, network.id, "Cleo", on=date(2026, 1, 1))
    act = svc.create(db_session, network.id, "training", date(2026, 2, 1), ambassador_ids=[a.id])
    svc.update(
        db_session,
        act,
        kind="podium_workshop",
        held_on=date(2026, 2, 2),
        title="Workshop",
        participants=([b.id], [], []),
    )
    assert act.kind == "podium_workshop" and [p.ambassador_id for p in act.participants] == [b.id]
    with pytest.raises(ValidationError):
        svc.update(db_session, act, kind="nope", held_on=date(2026, 2, 2))


def test_list_filters_by_kind_and_period_and_hides_deleted(
    db_session: Session, network: Network
) -> None:
    t = svc.create(db_session, network.id, "training", date(2026, 2, 1))
    p = svc.create(db_session, network.id, "podium_article", date(2026, 3, 1))
    old = svc.create(db_session, network.id, "training", date(2025, 3, 1))
    assert svc.list_activities(db_session, network.id) == [p, t, old]
    assert svc.list_activities(db_session, network.id, calendar_year(2026)) == [p, t]
    assert svc.list_activities(db_session, network.id, kind="training") == [t, old]
    svc.delete(db_session, t)
    assert svc.list_activities(db_session, network.id, calendar_year(2026), "training") == []


def test_commands_take_ids_and_refuse_a_deleted_activity(db_session: Session, network: Network) -> None:
    a = ambassador.create(db_session, network.id, "Dina", on=date(2026, 1, 1))
    act = svc.create(db_session, network.id, "training", date(2026, 2, 1))
    assert svc.get(db_session, act.id) is act
    svc.update(db_session, act.id, kind="podium_article", held_on=date(2026, 2, 3), title=" Blog ",
               participants=([a.id], [], [a.id]))
    assert act.title == "Blog" and [(p.ambassador_id, p.attended) for p in act.participants] == [(a.id, False)]
    svc.set_participants(db_session, act.id, [a.id], [])
    assert [p.attended for p in act.participants] == [True]
    drafts.save(db_session, "activity", network.id, act.id, {"title": "half getypt"})
    svc.delete(db_session, act.id)
    assert drafts.all_drafts(db_session) == []  # its draft went with it
    with pytest.raises(NotFoundError):
        svc.get(db_session, act.id)
    with pytest.raises(NotFoundError):
        svc.update(db_session, act.id, kind="training", held_on=date(2026, 2, 1))


def test_validation_names_the_field(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError) as kind:
        svc.create(db_session, network.id, "party", date(2026, 1, 1))
    with pytest.raises(ValidationError) as held_on:
        svc.create(db_session, network.id, "training", None)  # type: ignore[arg-type]
    assert (kind.value.field, held_on.value.field) == ("kind", "held_on")


def test_activity_rows_count_who_attended_and_filter_in_sql(db_session: Session, network: Network) -> None:
    a = ambassador.create(db_session, network.id, "Ella", on=date(2026, 1, 1))
    b = ambassador.create(db_session, network.id, "Fien", on=date(2026, 1, 1))
    podium = svc.create(db_session, network.id, "podium_workshop", date(2026, 3, 1), "Workshop", "Bib",
                        ambassador_ids=[a.id, b.id], absent_ids=[b.id])
    empty = svc.create(db_session, network.id, "training", date(2026, 2, 1), "Vorming")
    old = svc.create(db_session, network.id, "training", date(2025, 2, 1))
    gone = svc.create(db_session, network.id, "training", date(2026, 2, 2))
    svc.delete(db_session, gone)
    other = Network(name="Ander netwerk", kind="local")
    db_session.add(other)
    db_session.flush()
    svc.create(db_session, other.id, "training", date(2026, 2, 1))
    rows = svc.activity_rows(db_session, network.id)
    assert [(r.id, r.attended) for r in rows] == [(podium.id, 1), (empty.id, 0), (old.id, 0)]
    assert rows[0] == svc.ActivityRow(podium.id, date(2026, 3, 1), "podium_workshop", "Workshop", "Bib", 1)
    assert [r.id for r in svc.activity_rows(db_session, network.id, calendar_year(2026), "training")] == [empty.id]


def test_period_choices_follow_year_mode_and_the_networks_working_year(db_session: Session, network: Network) -> None:
    network.working_year_start_month = 1
    today = date(2026, 11, 24)
    assert [p.label for p in svc.period_choices(db_session, network.id, today, "calendar")] == ["2026", "2025"]
    working = svc.period_choices(db_session, network.id, today, "working")
    assert working[0].start == date(2026, 1, 1) and working[1].start == date(2025, 1, 1)
    network.working_year_start_month = 9
    assert [p.label for p in svc.period_choices(db_session, network.id, today, "working")] == ["2026-2027",
                                                                                               "2025-2026"]


def test_people_offers_live_people_and_keeps_a_chosen_stakeholder_beyond_the_limit(
    db_session: Session, network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(svc, "STAKEHOLDER_PICK_LIMIT", 2)
    amb = ambassador.create(db_session, network.id, "Gust", on=date(2026, 1, 1))
    gone = ambassador.create(db_session, network.id, "Hanne", on=date(2026, 1, 1))
    ambassador.delete(db_session, gone)
    shs = [Stakeholder(network_id=network.id, name=n) for n in ("Atelier", "Bib", "Cultuurhuis", "Dorpshuis")]
    db_session.add_all(shs)
    db_session.flush()
    found = svc.people(db_session, network.id)
    assert found.ambassadors == [(amb.id, "Gust")]
    assert [n for _, n in found.stakeholders] == ["Atelier", "Bib"]
    kept = svc.people(db_session, network.id, chosen=[shs[3].id, amb.id])
    assert [n for _, n in kept.stakeholders] == ["Atelier", "Bib", "Dorpshuis"]
    act = svc.create(db_session, network.id, "event", date(2026, 5, 1), ambassador_ids=[amb.id],
                     stakeholder_ids=[shs[3].id], absent_ids=[shs[3].id])
    assert svc.attendance(act) == {amb.id: True, shs[3].id: False}
