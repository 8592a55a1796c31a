"""Signals: routing by area, default due date, status history, closing rule, overdue, filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network
from app.errors import ValidationError
from app.services import signal as svc

D = date(2026, 5, 4)


def test_route_is_case_insensitive_and_rules_update(db_session: Session, network: Network) -> None:
    assert svc.route(db_session, network.id, "Achterbos") is None
    svc.set_route(db_session, network.id, "Achterbos", "Schepen Ilse")
    assert svc.route(db_session, network.id, "  achterBOS ") == "Schepen Ilse"
    rule = svc.set_route(db_session, network.id, "ACHTERBOS", "Schepen Tom")
    assert [r.responsible for r in svc.routing_rules(db_session, network.id)] == ["Schepen Tom"]
    with pytest.raises(ValidationError):
        svc.set_route(db_session, network.id, "", "x")
    svc.delete_route(db_session, rule)
    assert svc.route(db_session, network.id, "Achterbos") is None


def test_create_fills_responsible_and_due_date(db_session: Session, network: Network) -> None:
    network.signal_due_days = 14
    svc.set_route(db_session, network.id, "Mol-Centrum", "Schepen An")
    sig = svc.create(db_session, network.id, D, "Losliggende tegel", area="mol-centrum")
    assert (
        sig.responsible == "Schepen An" and sig.due_on == date(2026, 5, 18) and sig.status == "new"
    )
    explicit = svc.create(
        db_session, network.id, D, "Zwerfvuil", area="mol-centrum", responsible="Dienst"
    )
    assert explicit.responsible == "Dienst"
    with pytest.raises(ValidationError, match="onderwerp"):
        svc.create(db_session, network.id, D, " ")
    with pytest.raises(ValidationError, match="melder"):
        svc.create(db_session, network.id, D, "x", raised_by_kind="alien")


def test_status_history_and_dates(db_session: Session, network: Network) -> None:
    sig = svc.create(db_session, network.id, D, "Verlichting")
    svc.change_status(db_session, sig, "forwarded", date(2026, 5, 5))
    svc.change_status(db_session, sig, "answered", date(2026, 5, 10), response="Lamp vervangen")
    svc.change_status(db_session, sig, "closed", date(2026, 5, 11))
    assert (sig.forwarded_on, sig.answered_on, sig.closed_on) == (
        date(2026, 5, 5),
        date(2026, 5, 10),
        date(2026, 5, 11),
    )
    db_session.refresh(sig)
    assert [c.to_status for c in sig.status_changes] == ["new", "forwarded", "answered", "closed"]


def test_closing_requires_response_or_note(db_session: Session, network: Network) -> None:
    sig = svc.create(db_session, network.id, D, "Bankje kapot")
    with pytest.raises(ValidationError, match="antwoord"):
        svc.change_status(db_session, sig, "closed", D)
    assert sig.status == "new"
    svc.change_status(db_session, sig, "closed", D, note="Dubbel gemeld")
    assert sig.status == "closed"


def test_status_refuses_bad_moves_and_dates(db_session: Session, network: Network) -> None:
    sig = svc.create(db_session, network.id, D, "Parkeren")
    with pytest.raises(ValidationError):
        svc.change_status(db_session, sig, "new", D)
    with pytest.raises(ValidationError, match="Onbekende"):
        svc.change_status(db_session, sig, "lost", D)
    with pytest.raises(ValidationError, match="vóór"):
        svc.change_status(db_session, sig, "forwarded", date(2026, 1, 1))


def test_overdue_and_attention(db_session: Session, network: Network) -> None:
    late = svc.create(db_session, network.id, date(2026, 1, 1), "Late")  # due 31/01
    soon = svc.create(db_session, network.id, date(2026, 1, 28), "Soon")  # due 27/02
    done = svc.create(db_session, network.id, date(2026, 1, 1), "Done")
    svc.change_status(db_session, done, "closed", date(2026, 1, 2), response="ok")
    today = date(2026, 2, 22)
    assert svc.overdue_signals(db_session, network.id, today) == [late]
    items = {i.record_id: i.severity for i in svc.attention_items(db_session, network.id, today)}
    assert items == {late.id: 2, soon.id: 1}


def test_update_delete_and_filters(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, D, "A", area="Achterbos", responsible="Ilse")
    b = svc.create(db_session, network.id, date(2026, 5, 6), "B", area="Centrum", responsible="Tom")
    svc.change_status(db_session, b, "forwarded", date(2026, 5, 6))
    assert svc.list_signals(db_session, network.id, area="achterbos") == [a]
    assert svc.list_signals(db_session, network.id, responsible="TOM") == [b]
    assert svc.list_signals(db_session, network.id, status="new") == [a]
    assert svc.list_signals(db_session, network.id) == [b, a]
    svc.update(db_session, a, topic=" Nieuw ", area=" Centrum ")
    assert a.topic == "Nieuw" and a.area == "Centrum"
    with pytest.raises(ValidationError):
        svc.update(db_session, a, status="closed")
    with pytest.raises(ValidationError):
        svc.update(db_session, a, due_on=date(2026, 1, 1))
    svc.delete(db_session, a)
    assert svc.list_signals(db_session, network.id) == [b]
