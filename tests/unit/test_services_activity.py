"""Activities with participants: create, update, soft delete, list and filter."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network, Stakeholder
from app.errors import ValidationError
from app.periods import calendar_year
from app.services import activity as svc
from app.services import ambassador


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
