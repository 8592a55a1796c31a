"""Consent rules, statuses, reminders on the dashboard and retention rules."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Ambassador, ContactPerson, Network, Stakeholder, Trajectory
from app.errors import ValidationError
from app.services import attention
from app.services import privacy as svc

TODAY = date(2026, 11, 24)


@pytest.fixture
def people(db_session: Session, network: Network) -> dict[str, str]:
    org = Stakeholder(network_id=network.id, name="Jeugdhuis Kavka", side="supply")
    db_session.add(org)
    db_session.flush()
    cp = ContactPerson(stakeholder_id=org.id, name="Ines Peeters")
    amb = Ambassador(network_id=network.id, name="Samir El Idrissi")
    traj = Trajectory(network_id=network.id, code="GNT-2026-001", started_on=date(2026, 9, 1))
    other = Network(name="Ander netwerk")
    db_session.add_all([cp, amb, traj, other])
    db_session.flush()
    db_session.add(Ambassador(network_id=other.id, name="Elders"))
    db_session.commit()
    return {"org": org.id, "cp": cp.id, "amb": amb.id, "traj": traj.id}


def test_give_validates_and_status_follows_dates(db_session: Session, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="doel"):
        svc.give(db_session, "ambassador", people["amb"], "  ", date(2026, 1, 1))
    with pytest.raises(ValidationError, match="na de datum"):
        svc.give(db_session, "ambassador", people["amb"], "Foto's", date(2026, 1, 1), date(2025, 1, 1))
    c = svc.give(db_session, "ambassador", people["amb"], "Foto's gebruiken", date(2026, 1, 1), date(2026, 12, 10))
    assert svc.status(c, TODAY) == "expiring"
    assert svc.status(c, date(2026, 6, 1)) == "valid"
    assert svc.status(c, date(2026, 12, 11)) == "expired"
    svc.withdraw(db_session, c.id, TODAY)
    assert svc.status(c, TODAY) == "withdrawn"
    with pytest.raises(ValidationError, match="al ingetrokken"):
        svc.withdraw(db_session, c.id, TODAY)
    with pytest.raises(ValidationError, match="vóór"):
        svc.update(db_session, c.id, withdrawn_on=date(2025, 1, 1))


def test_reminders_on_the_dashboard(db_session: Session, network: Network, people: dict[str, str]) -> None:
    soon = svc.give(db_session, "contact_person", people["cp"], "Contactgegevens", date(2025, 1, 1), date(2026, 12, 1))
    svc.give(db_session, "trajectory", people["traj"], "Delen met aanbieder", date(2025, 1, 1), date(2026, 11, 1))
    svc.give(db_session, "ambassador", people["amb"], "Foto's", date(2025, 1, 1), date(2027, 6, 1))  # fine
    items = [i for i in attention.attention_items(db_session, network.id, TODAY) if "Toestemming" in i.title]
    assert [(i.severity, i.area) for i in items] == [(2, "trajectory"), (1, "stakeholder")]
    assert items[1].record_id == people["org"]  # opens the contact person's organisation
    assert "GNT-2026-001" in items[0].title and "verlopen" in items[0].title
    # renewed: a newer valid consent for the same purpose silences the reminder
    svc.give(db_session, "contact_person", people["cp"], "Contactgegevens", date(2026, 11, 20), date(2028, 11, 20))
    items = [i for i in attention.attention_items(db_session, network.id, TODAY) if "Toestemming" in i.title]
    assert [i.area for i in items] == ["trajectory"]
    svc.withdraw(db_session, soon.id, TODAY)
    assert len(svc.consents(db_session, network.id)) == 4
    assert "Ines Peeters (Jeugdhuis Kavka)" in [p.label for p in svc.persons(db_session, network.id)]
    assert len(svc.persons(db_session, None)) == 4


def test_retention_rules(db_session: Session) -> None:
    from app.io.gdpr import retention_years

    assert retention_years(db_session, "trajectory") == 5
    svc.set_retention(db_session, "trajectory", 7)
    assert svc.retention_rules(db_session) == {"trajectory": 7} and retention_years(db_session, "trajectory") == 7
    with pytest.raises(ValidationError, match="tussen 1 en 30"):
        svc.set_retention(db_session, "trajectory", 0)
    svc.set_retention(db_session, "trajectory", None)
    assert retention_years(db_session, "trajectory") == 5
