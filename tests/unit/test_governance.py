"""Neighbourhood governance (seed 004): agreements for the term followed up like milestones, the
village councils' meetings (invitations, minutes, attendance), their reminders on the overview for
neighbourhood networks only, the figures per period; and signals routed by topic to the
portfolio holder beside the area's ambassador."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network
from app.errors import ValidationError
from app.i18n import language
from app.services import attention, governance
from app.services import signal as sig

TODAY = date(2026, 11, 24)


@pytest.fixture
def hood(db_session: Session) -> Network:
    net = Network(name="Wijkambassadeurs Lommel", kind="neighbourhood", municipality="Lommel", signal_due_days=30)
    db_session.add(net)
    db_session.flush()
    return net


def _titles(session: Session, net: Network, today: date = TODAY) -> list[tuple[int, str]]:
    found = governance.attention_items(session, net.id, today)
    return sorted(((i.severity, i.title) for i in found), key=lambda t: -t[0])


# -- agreements -------------------------------------------------------------------------------------------
def test_commitment_needs_what_and_whose(db_session: Session, hood: Network) -> None:
    with pytest.raises(ValidationError) as caught:
        governance.add_commitment(db_session, hood.id, "  ", "Gemeente", today=TODAY)
    assert caught.value.field == "title" and "afspraak" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        governance.add_commitment(db_session, hood.id, "Notulen naar de gebiedsmanager", "", today=TODAY)
    assert caught.value.field == "owner" and "naam of een rol" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        governance.add_commitment(db_session, hood.id, "x", "Gemeente", status="done", today=TODAY)
    assert caught.value.field == "done_on"
    with pytest.raises(ValidationError) as caught:
        governance.add_commitment(db_session, hood.id, "x", "Gemeente", status="maybe", today=TODAY)
    assert caught.value.field == "status"
    with language("en"), pytest.raises(ValidationError, match="Who takes on the agreement"):
        governance.add_commitment(db_session, hood.id, "x", " ", today=TODAY)


def test_commitments_followed_up_like_milestones(db_session: Session, hood: Network) -> None:
    late = governance.add_commitment(db_session, hood.id, "Alle afdelingen kennen het dorpsradenconvenant",
                                     "Gemeente", date(2026, 11, 1), today=TODAY)
    soon = governance.add_commitment(db_session, hood.id, "Jaarplanning delen", "Dorpsraad Kolonie",
                                     date(2026, 12, 5), today=TODAY)
    governance.add_commitment(db_session, hood.id, "Evaluatie convenant", "Wijkambassadeur", date(2027, 6, 30),
                              today=TODAY)
    governance.add_commitment(db_session, hood.id, "Zonder datum", "Gemeente", today=TODAY)
    assert [c.title for c in governance.overdue_commitments(db_session, hood.id, TODAY)] == [late.title]
    assert _titles(db_session, hood) == [
        (2, "Afspraak: Alle afdelingen kennen het dorpsradenconvenant (Gemeente) — was voorzien tegen 01/11/2026"),
        (1, "Afspraak: Jaarplanning delen (Dorpsraad Kolonie) — tegen 05/12/2026"),
    ]
    with pytest.raises(ValidationError) as caught:
        governance.set_commitment_status(db_session, late.id, "done", date(2026, 12, 1), TODAY)
    assert caught.value.field == "done_on"  # not in the future
    governance.set_commitment_status(db_session, late.id, "done", date(2026, 11, 20), TODAY)
    governance.set_commitment_status(db_session, soon.id, "dropped", None, TODAY)
    assert (soon.status, soon.done_on) == ("dropped", TODAY)
    assert _titles(db_session, hood) == []
    rows = governance.commitment_rows(db_session, hood.id)
    assert [r.title for r in rows] == ["Evaluatie convenant", "Zonder datum", soon.title, late.title]
    governance.set_commitment_status(db_session, late.id, "open", None, TODAY)
    assert late.done_on is None and governance.is_overdue(late.status, late.due_on, TODAY)
    governance.update_commitment(db_session, late.id, due_on=date(2027, 3, 1), owner="Schepen Verhaegen",
                                 today=TODAY)
    assert not governance.overdue_commitments(db_session, hood.id, TODAY)
    with pytest.raises(ValidationError):
        governance.update_commitment(db_session, late.id, network_id="x", today=TODAY)
    governance.delete_commitment(db_session, late.id)
    assert late.id not in {r.id for r in governance.commitment_rows(db_session, hood.id)}


def test_reminders_only_for_neighbourhood_networks(db_session: Session, hood: Network, network: Network) -> None:
    governance.add_commitment(db_session, network.id, "Te laat", "Gemeente", date(2026, 1, 1), today=TODAY)
    governance.add_meeting(db_session, network.id, "Dorpsraad X", date(2026, 9, 1), today=TODAY)
    assert governance.attention_items(db_session, network.id, TODAY) == []
    governance.add_commitment(db_session, hood.id, "Te laat", "Gemeente", date(2026, 1, 1), today=TODAY)
    found = attention.attention_items(db_session, hood.id, TODAY)
    assert [(i.area, i.severity) for i in found if i.title.startswith("Afspraak")] == [("activity", 2)]


# -- village council meetings ------------------------------------------------------------------------------
def test_meeting_rules(db_session: Session, hood: Network) -> None:
    def add(**kw: object) -> None:
        values: dict[str, object] = {"council": "Dorpsraad Kolonie", "held_on": date(2026, 10, 6)} | kw
        governance.add_meeting(db_session, hood.id, values.pop("council"), values.pop("held_on"),  # type: ignore[arg-type]
                               today=TODAY, **values)  # type: ignore[arg-type]

    for kw, field in (
        ({"council": " "}, "council"),
        ({"held_on": None}, "held_on"),
        ({"minutes_received_on": date(2026, 10, 1)}, "minutes_received_on"),
        ({"minutes_received_on": date(2026, 12, 1)}, "minutes_received_on"),
        ({"invitation_received_on": date(2026, 10, 8)}, "invitation_received_on"),
        ({"held_on": date(2026, 12, 10), "ambassador_present": True}, "ambassador_present"),
    ):
        with pytest.raises(ValidationError) as caught:
            add(**kw)
        assert caught.value.field == field, kw
    with pytest.raises(ValidationError, match="na de vergadering"):
        add(held_on=date(2026, 12, 10), area_manager_present=True)
    add(invitation_received_on=date(2026, 9, 28), minutes_received_on=date(2026, 10, 20), ambassador_present=True)
    assert governance.councils(db_session, hood.id) == ["Dorpsraad Kolonie"]


def test_minutes_and_invitation_reminders(db_session: Session, hood: Network) -> None:
    old = governance.add_meeting(db_session, hood.id, "Dorpsraad Kolonie", date(2026, 10, 6), today=TODAY,
                                 invitation_received_on=date(2026, 9, 28), ambassador_present=True)
    governance.add_meeting(db_session, hood.id, "Dorpsraad Lutlommel", date(2026, 11, 3), today=TODAY,
                           area_manager_present=True)  # 21 days ago: minutes not due yet
    coming = governance.add_meeting(db_session, hood.id, "Dorpsraad Achterbos", date(2026, 12, 1), today=TODAY)
    governance.add_meeting(db_session, hood.id, "Dorpsraad Barrier", date(2027, 1, 12), today=TODAY)  # far off
    assert _titles(db_session, hood) == [
        (2, "Notulen van Dorpsraad Kolonie (06/10/2026) nog niet ontvangen"),
        (1, "Dorpsraad Achterbos vergadert op 01/12/2026: nog geen uitnodiging ontvangen"),
    ]
    assert "Minutes of Dorpsraad Kolonie (06/10/2026) not received yet" in {
        i.title_en for i in governance.attention_items(db_session, hood.id, TODAY)}
    governance.minutes_received(db_session, old.id, date(2026, 11, 20), TODAY)
    governance.update_meeting(db_session, coming.id, invitation_received_on=date(2026, 11, 20), today=TODAY)
    assert _titles(db_session, hood) == []
    assert [r.council for r in governance.meeting_rows(db_session, hood.id)][0] == "Dorpsraad Barrier"  # newest first
    governance.delete_meeting(db_session, coming.id)
    assert len(governance.meetings(db_session, hood.id)) == 3


def test_attendance_and_minutes_per_period(db_session: Session, hood: Network) -> None:
    add = governance.add_meeting
    add(db_session, hood.id, "Dorpsraad Kolonie", date(2026, 2, 3), today=TODAY, ambassador_present=True,
        area_manager_present=True, invitation_received_on=date(2026, 1, 25), minutes_received_on=date(2026, 2, 20))
    add(db_session, hood.id, "Dorpsraad Kolonie", date(2026, 6, 2), today=TODAY, ambassador_present=True,
        minutes_received_on=date(2026, 7, 1))
    add(db_session, hood.id, "Dorpsraad Lutlommel", date(2026, 9, 8), today=TODAY, area_manager_present=True,
        invitation_received_on=date(2026, 9, 1))  # minutes never came
    add(db_session, hood.id, "Dorpsraad Heide-Heuvel", date(2026, 11, 10), today=TODAY)  # minutes not due yet
    add(db_session, hood.id, "Dorpsraad Barrier", date(2026, 12, 8), today=TODAY)  # still to come
    add(db_session, hood.id, "Dorpsraad Kolonie", date(2025, 12, 2), today=TODAY, ambassador_present=True)  # before
    year = (date(2026, 1, 1), date(2026, 12, 31))
    att = governance.attendance(db_session, hood.id, *year, TODAY)
    assert (att.held, att.ambassador, att.area_manager) == (4, 2, 2) and att.ambassador_rate == 0.5
    comp = governance.completeness(db_session, hood.id, *year, TODAY)
    assert (comp.expected, comp.received, comp.held, comp.invitations) == (3, 2, 4, 2)
    assert comp.minutes_rate == pytest.approx(2 / 3) and comp.invitation_rate == 0.5
    empty = governance.attendance(db_session, hood.id, date(2024, 1, 1), date(2024, 12, 31), TODAY)
    assert empty.held == 0 and empty.ambassador_rate is None


def test_figures_for_the_report(db_session: Session, hood: Network) -> None:
    done = governance.add_commitment(db_session, hood.id, "Notulen naar wijkambassadeur en gebiedsmanager",
                                     "Dorpsraden", date(2026, 6, 30), today=TODAY)
    governance.set_commitment_status(db_session, done.id, "done", date(2026, 5, 15), TODAY)
    governance.add_commitment(db_session, hood.id, "Presentaties aan de afdelingen", "Team wijkregie",
                              date(2026, 9, 30), today=TODAY)
    governance.add_commitment(db_session, hood.id, "Evaluatie", "College", date(2027, 12, 31), today=TODAY)
    governance.add_meeting(db_session, hood.id, "Dorpsraad Kolonie", date(2026, 3, 3), today=TODAY,
                           ambassador_present=True, minutes_received_on=date(2026, 3, 20))
    governance.add_meeting(db_session, hood.id, "dorpsraad kolonie", date(2026, 9, 1), today=TODAY)
    f = governance.figures(db_session, hood.id, date(2026, 1, 1), date(2026, 12, 31), TODAY)
    assert f["commitments_total"] == 3 and f["commitments_done"] == 1 and f["commitments_open"] == 2
    assert f["commitments_overdue"] == 1 and f["commitments_dropped"] == 0
    assert (f["meetings_held"], f["councils_met"], f["ambassador_present"], f["ambassador_rate"]) == (2, 1, 1, 0.5)
    assert (f["minutes_expected"], f["minutes_received"], f["minutes_rate"]) == (2, 1, 0.5)
    assert f["area_manager_rate"] == 0.0 and f["invitation_rate"] == 0.0
    before = governance.figures(db_session, hood.id, date(2025, 1, 1), date(2025, 12, 31), TODAY)
    assert before["meetings_held"] == 0 and before["minutes_rate"] is None and before["commitments_done"] == 0


# -- routing by topic ---------------------------------------------------------------------------------------
def test_topic_rules_route_to_the_portfolio_holder(db_session: Session, hood: Network) -> None:
    with pytest.raises(ValidationError) as caught:
        sig.set_topic_route(db_session, hood.id, " ", "Schepen van Mobiliteit")
    assert caught.value.field == "topic"
    with pytest.raises(ValidationError) as caught:
        sig.set_topic_route(db_session, hood.id, "Mobiliteit", "")
    assert caught.value.field == "portfolio_holder"
    with pytest.raises(ValidationError, match="woord"):
        sig.set_topic_route(db_session, hood.id, "--", "x")
    sig.set_topic_route(db_session, hood.id, "Mobiliteit", "Schepen Tom")
    rule = sig.set_topic_route(db_session, hood.id, "MOBILITEIT", "Schepen Karim Bouzid")
    sig.set_topic_route(db_session, hood.id, "Groen", "Schepen Greet Claessens")
    sig.set_topic_route(db_session, hood.id, "Openbare verlichting", "Schepen Tom Reynders")
    sig.set_topic_route(db_session, hood.id, "Verlichting", "Dienst Openbare Werken")
    assert [(r.topic, r.portfolio_holder) for r in sig.topic_route_rows(db_session, hood.id)] == [
        ("Groen", "Schepen Greet Claessens"), ("Mobiliteit", "Schepen Karim Bouzid"),
        ("Openbare verlichting", "Schepen Tom Reynders"), ("Verlichting", "Dienst Openbare Werken")]
    assert sig.route_topic(db_session, hood.id, "mobiliteit") == "Schepen Karim Bouzid"
    assert sig.route_topic(db_session, hood.id, "Mobiliteit: de belbus rijdt niet") == "Schepen Karim Bouzid"
    assert sig.route_topic(db_session, hood.id, "Openbare verlichting defect") == "Schepen Tom Reynders"  # longest
    assert sig.route_topic(db_session, hood.id, "Groenonderhoud") is None  # whole words only
    assert sig.route_topic(db_session, hood.id, "") is None
    sig.delete_topic_route(db_session, rule.id)
    assert sig.route_topic(db_session, hood.id, "Mobiliteit") is None


def test_routing_a_signal_fills_both_names(db_session: Session, hood: Network) -> None:
    sig.set_route(db_session, hood.id, "Kolonie", "Schepen Ilse Verhaegen")
    sig.set_topic_route(db_session, hood.id, "Mobiliteit", "Schepen Karim Bouzid")
    s = sig.create(db_session, hood.id, TODAY, "Mobiliteit", area="kolonie",
                   description="De belbus komt niet meer tot in het gehucht.")
    assert (s.responsible, s.portfolio_holder) == ("Schepen Ilse Verhaegen", "Schepen Karim Bouzid")
    typed = sig.create(db_session, hood.id, TODAY, "Mobiliteit", area="Kolonie", portfolio_holder="Schepen X")
    assert typed.portfolio_holder == "Schepen X"
    other = sig.create(db_session, hood.id, TODAY, "Afval", area="Barrier")
    assert (other.responsible, other.portfolio_holder) == ("", "")
    sig.set_route(db_session, hood.id, "Barrier", "Schepen Tom Reynders")
    sig.set_topic_route(db_session, hood.id, "Afval", "Schepen Greet Claessens")
    sig.reroute(db_session, other.id)
    assert (other.responsible, other.portfolio_holder) == ("Schepen Tom Reynders", "Schepen Greet Claessens")
    sig.update(db_session, other.id, portfolio_holder="  Schepen van Milieu ")
    assert other.portfolio_holder == "Schepen van Milieu"


def test_the_demo_neighbourhood_network_shows_governance() -> None:
    from sqlalchemy import select

    from app.demo import populate
    from app.domain import Base, Signal
    from tests.conftest import scratch_engine

    with scratch_engine() as engine, Session(engine) as s:
        Base.metadata.create_all(engine)
        populate(s, "small", today=TODAY)
        net = s.scalars(select(Network).where(Network.kind == "neighbourhood")).one()
        rows = governance.commitment_rows(s, net.id)
        assert 4 <= len(rows) <= 6 and {r.status for r in rows} == {"open", "done", "dropped"}
        assert len(governance.overdue_commitments(s, net.id, TODAY)) == 1
        assert len(governance.meetings(s, net.id)) == 4
        year = (date(2026, 1, 1), date(2026, 12, 31))
        att = governance.attendance(s, net.id, *year, TODAY)
        assert att.held == 3 and 0 < att.ambassador < 3 and 0 < att.area_manager < 3
        titles = [i.title for i in governance.attention_items(s, net.id, TODAY)]
        assert any(t.startswith("Notulen van Dorpsraad") for t in titles)
        assert any("nog geen uitnodiging" in t for t in titles) and any(t.startswith("Afspraak:") for t in titles)
        assert sig.route_topic(s, net.id, "Mobiliteit") == "Karim Bouzid, schepen van Mobiliteit"
        signals = s.scalars(select(Signal).where(Signal.network_id == net.id)).all()
        assert all(x.responsible and x.portfolio_holder for x in signals)
        other = s.scalars(select(Network).where(Network.kind == "connection")).one()
        assert governance.commitments(s, other.id) == [] and governance.attention_items(s, other.id, TODAY) == []
