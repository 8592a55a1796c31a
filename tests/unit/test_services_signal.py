"""Signals: routing by area, default due date, status history and the allowed transitions, closing
rule, overdue, filters, commands by id, the list's rows and filter choices."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network, Stakeholder
from app.domain.vocabulary import SignalStatus
from app.errors import NotFoundError, ValidationError
from app.services import ambassador, drafts
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


def test_next_statuses_is_the_rule_the_screen_shows() -> None:
    assert svc.next_statuses("new") == [SignalStatus.FORWARDED, SignalStatus.ANSWERED, SignalStatus.CLOSED]
    assert svc.next_statuses("forwarded") == [SignalStatus.ANSWERED, SignalStatus.CLOSED]
    assert svc.next_statuses("answered") == [SignalStatus.FORWARDED, SignalStatus.CLOSED]
    assert svc.next_statuses("closed") == [SignalStatus.FORWARDED]
    assert svc.next_statuses(None) == [] and svc.next_statuses("lost") == []
    for status, allowed in svc.SIGNAL_TRANSITIONS.items():
        assert set(svc.next_statuses(status.value)) == allowed


def test_is_overdue_matches_overdue_signals(db_session: Session, network: Network) -> None:
    today = date(2026, 2, 22)
    assert svc.is_overdue("new", date(2026, 2, 21), today) and svc.is_overdue("forwarded", date(2026, 1, 1), today)
    assert not svc.is_overdue("new", today, today) and not svc.is_overdue("new", None, today)
    assert not svc.is_overdue("answered", date(2026, 1, 1), today)
    sig = svc.create(db_session, network.id, date(2026, 1, 1), "Late")
    assert svc.is_overdue(sig.status, sig.due_on, today) == (svc.overdue_signals(db_session, network.id, today) == [sig])


def test_create_takes_a_due_date_and_who_raised_it(db_session: Session, network: Network) -> None:
    amb = ambassador.create(db_session, network.id, "Ilse", on=D)
    sig = svc.create(db_session, network.id, D, "Speeltuin", due_on=date(2026, 5, 10), raised_by_kind="ambassador",
                     raised_by=amb.id, response="")
    assert sig.due_on == date(2026, 5, 10) and sig.raised_by_ambassador_id == amb.id
    assert sig.raised_by_stakeholder_id is None
    resident = svc.create(db_session, network.id, D, "Bankje", raised_by=amb.id)  # a resident: no one's id
    assert resident.raised_by_ambassador_id is None and resident.raised_by_stakeholder_id is None
    with pytest.raises(ValidationError) as late:
        svc.create(db_session, network.id, D, "Tegel", due_on=date(2026, 5, 1))
    with pytest.raises(ValidationError) as topic:
        svc.create(db_session, network.id, D, "")
    with pytest.raises(ValidationError) as raised_on:
        svc.create(db_session, network.id, None, "Tegel")  # type: ignore[arg-type]
    assert (late.value.field, topic.value.field, raised_on.value.field) == ("due_on", "topic", "raised_on")


def test_commands_take_ids(db_session: Session, network: Network) -> None:
    amb = ambassador.create(db_session, network.id, "Jonas", on=D)
    sh = Stakeholder(network_id=network.id, name="Dorpsraad")
    db_session.add(sh)
    db_session.flush()
    sig = svc.create(db_session, network.id, D, "Verlichting", raised_by_kind="ambassador", raised_by=amb.id)
    assert svc.get(db_session, sig.id) is sig and svc.exists(db_session, sig.id)
    assert not svc.exists(db_session, amb.id)
    svc.update(db_session, sig.id, raised_by_kind="stakeholder", raised_by=sh.id, topic="Lantaarn")
    assert (sig.raised_by_ambassador_id, sig.raised_by_stakeholder_id, sig.topic) == (None, sh.id, "Lantaarn")
    svc.update(db_session, sig.id, raised_by_kind="resident")  # the stakeholder's id goes with the kind
    assert sig.raised_by_stakeholder_id is None
    with pytest.raises(ValidationError) as no_answer:
        svc.change_status(db_session, sig.id, "closed", D)
    assert no_answer.value.field == "response" and sig.status == "new"
    svc.change_status(db_session, sig.id, "answered", D, response="Lamp besteld")
    assert sig.status == "answered" and sig.response == "Lamp besteld"
    with pytest.raises(ValidationError) as due:
        svc.update(db_session, sig.id, due_on=date(2026, 1, 1))
    assert due.value.field == "due_on" and sig.due_on == date(2026, 6, 3)  # refused before anything changed
    drafts.save(db_session, "signal", network.id, sig.id, {"topic": ""})
    svc.delete(db_session, sig.id)
    assert drafts.all_drafts(db_session) == [] and not svc.exists(db_session, sig.id)
    with pytest.raises(NotFoundError):
        svc.update(db_session, sig.id, topic="x")


def test_rows_choices_and_route_rows(db_session: Session, network: Network) -> None:
    a = svc.create(db_session, network.id, D, "A", area="Achterbos", responsible="Ilse")
    b = svc.create(db_session, network.id, date(2026, 5, 6), "B", area="centrum", responsible="Tom")
    svc.create(db_session, network.id, D, "C", area="Centrum", responsible="")
    gone = svc.create(db_session, network.id, D, "D", area="Zuid", responsible="Zoë")
    svc.delete(db_session, gone)
    rows = svc.signal_rows(db_session, network.id)
    assert [r.topic for r in rows][0] == "B" and len(rows) == 3
    assert svc.signal_rows(db_session, network.id, area="ACHTERBOS") == [
        svc.SignalRow(a.id, D, "A", "Achterbos", "Ilse", "new", date(2026, 6, 3))]
    assert [r.id for r in svc.signal_rows(db_session, network.id, responsible="tom", status="new")] == [b.id]
    assert svc.filter_choices(db_session, network.id) == (["Achterbos", "Centrum", "centrum"], ["Ilse", "Tom"])
    with pytest.raises(ValidationError) as area:
        svc.set_route(db_session, network.id, " ", "Ilse")
    with pytest.raises(ValidationError) as responsible:
        svc.set_route(db_session, network.id, "Achterbos", "")
    assert (area.value.field, responsible.value.field) == ("area", "responsible")
    rule = svc.set_route(db_session, network.id, "Achterbos", "Ilse")
    assert svc.route_rows(db_session, network.id) == [svc.RouteRow(rule.id, "Achterbos", "Ilse")]
    svc.delete_route(db_session, rule.id)
    assert svc.route_rows(db_session, network.id) == []
