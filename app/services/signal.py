"""Signal rules: routing by area to the responsible person, due dates, dated status history."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import RoutingRule, Signal, SignalStatusChange
from app.domain.vocabulary import RaisedByKind, SignalStatus
from app.errors import ValidationError
from app.services.attention import AttentionItem
from app.services.common import alive, network, soft_delete

_NEXT = {
    SignalStatus.NEW: {SignalStatus.FORWARDED, SignalStatus.ANSWERED, SignalStatus.CLOSED},
    SignalStatus.FORWARDED: {SignalStatus.ANSWERED, SignalStatus.CLOSED},
    SignalStatus.ANSWERED: {SignalStatus.CLOSED, SignalStatus.FORWARDED},
    SignalStatus.CLOSED: {SignalStatus.FORWARDED},
}
OPEN = (SignalStatus.NEW.value, SignalStatus.FORWARDED.value)


def route(session: Session, network_id: str, area: str) -> str | None:
    """The responsible person for an area (case-insensitive), from the routing rules."""
    if not area.strip():
        return None
    q = select(RoutingRule.responsible).where(
        RoutingRule.network_id == network_id,
        alive(RoutingRule),
        func.lower(RoutingRule.area) == area.strip().lower(),
    )
    return session.scalars(q).first()


def set_route(session: Session, network_id: str, area: str, responsible: str) -> RoutingRule:
    if not area.strip() or not responsible.strip():
        raise ValidationError("Vul zowel de wijk of deelgemeente als de verantwoordelijke in.")
    for rule in session.scalars(
        select(RoutingRule).where(RoutingRule.network_id == network_id, alive(RoutingRule))
    ):
        if rule.area.lower() == area.strip().lower():
            rule.responsible = responsible.strip()
            session.flush()
            return rule
    rule = RoutingRule(network_id=network_id, area=area.strip(), responsible=responsible.strip())
    session.add(rule)
    session.flush()
    return rule


def routing_rules(session: Session, network_id: str) -> list[RoutingRule]:
    q = select(RoutingRule).where(RoutingRule.network_id == network_id, alive(RoutingRule))
    return list(session.scalars(q.order_by(func.lower(RoutingRule.area))))


def delete_route(session: Session, rule: RoutingRule) -> None:
    soft_delete(session, rule)


def create(
    session: Session,
    network_id: str,
    raised_on: date,
    topic: str,
    *,
    area: str = "",
    responsible: str | None = None,
    raised_by_kind: str = RaisedByKind.RESIDENT.value,
    **fields: Any,
) -> Signal:
    if not topic.strip():
        raise ValidationError("Geef het signaal een onderwerp.")
    if raised_on is None:
        raise ValidationError("Vul de datum van de melding in.")
    if raised_by_kind not in {k.value for k in RaisedByKind}:
        raise ValidationError(f"Onbekende melder: {raised_by_kind!r}")
    net = network(session, network_id)
    if responsible is None:
        responsible = route(session, network_id, area) or ""
    sig = Signal(
        network_id=network_id,
        raised_on=raised_on,
        topic=topic.strip(),
        area=area.strip(),
        responsible=responsible,
        raised_by_kind=raised_by_kind,
        due_on=raised_on + timedelta(days=net.signal_due_days or 30),
        **fields,
    )
    session.add(sig)
    session.flush()
    session.add(
        SignalStatusChange(
            signal_id=sig.id,
            from_status=None,
            to_status=SignalStatus.NEW.value,
            changed_on=raised_on,
        )
    )
    session.flush()
    return sig


def change_status(
    session: Session,
    sig: Signal,
    to_status: str,
    on: date,
    note: str = "",
    response: str | None = None,
) -> SignalStatusChange:
    try:
        target, current = SignalStatus(to_status), SignalStatus(sig.status)
    except ValueError as exc:
        raise ValidationError(f"Onbekende status: {to_status!r}") from exc
    if target not in _NEXT[current]:
        raise ValidationError(
            f"Een signaal met status '{current.value}' kan niet naar '{target.value}'."
        )
    if on < sig.raised_on:
        raise ValidationError("Die datum valt vóór de melding van het signaal.")
    if response is not None:
        sig.response = response
    if target in (SignalStatus.ANSWERED, SignalStatus.CLOSED) and not (
        sig.response.strip() or note.strip()
    ):
        raise ValidationError(
            "Noteer het antwoord of een toelichting voor je het signaal beantwoordt of afsluit."
        )
    if target is SignalStatus.FORWARDED:
        sig.forwarded_on = on
    elif target is SignalStatus.ANSWERED:
        sig.answered_on = on
    elif target is SignalStatus.CLOSED:
        sig.closed_on = on
    change = SignalStatusChange(
        signal_id=sig.id,
        from_status=current.value,
        to_status=target.value,
        changed_on=on,
        note=note,
    )
    session.add(change)
    sig.status = target.value
    session.flush()
    return change


EDITABLE = {
    "raised_on",
    "raised_by_kind",
    "raised_by_ambassador_id",
    "raised_by_stakeholder_id",
    "area",
    "topic",
    "description",
    "responsible",
    "due_on",
    "response",
}


def update(session: Session, sig: Signal, **fields: Any) -> Signal:
    """Edit a signal's details; its status changes only through change_status."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(
            f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}"
        )
    if "topic" in fields:
        if not str(fields["topic"] or "").strip():
            raise ValidationError("Geef het signaal een onderwerp.")
        fields["topic"] = str(fields["topic"]).strip()
    if "raised_by_kind" in fields and fields["raised_by_kind"] not in {
        k.value for k in RaisedByKind
    }:
        raise ValidationError(f"Onbekende melder: {fields['raised_by_kind']!r}")
    if "raised_on" in fields and fields["raised_on"] is None:
        raise ValidationError("Vul de datum van de melding in.")
    for key, value in fields.items():
        setattr(
            sig,
            key,
            value.strip() if key in ("area", "responsible") and isinstance(value, str) else value,
        )
    if sig.due_on is not None and sig.due_on < sig.raised_on:
        raise ValidationError("De antwoorddatum valt vóór de melding.")
    session.flush()
    return sig


def delete(session: Session, sig: Signal) -> None:
    soft_delete(session, sig)


def list_signals(
    session: Session, network_id: str, *, area: str = "", responsible: str = "", status: str = ""
) -> list[Signal]:
    """Signals filtered by area and responsible (case-insensitive, exact) and status; newest first."""
    q = select(Signal).where(Signal.network_id == network_id, alive(Signal))
    if area.strip():
        q = q.where(func.lower(Signal.area) == area.strip().lower())
    if responsible.strip():
        q = q.where(func.lower(Signal.responsible) == responsible.strip().lower())
    if status:
        q = q.where(Signal.status == status)
    return list(session.scalars(q.order_by(Signal.raised_on.desc())))


def overdue_signals(session: Session, network_id: str, today: date) -> list[Signal]:
    q = select(Signal).where(
        Signal.network_id == network_id,
        alive(Signal),
        Signal.status.in_(OPEN),
        Signal.due_on < today,
    )
    return list(session.scalars(q.order_by(Signal.due_on)))


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    items = [
        AttentionItem(
            "signal",
            2,
            f"Signaal '{s.topic}' ({s.area}) wacht op antwoord",
            f"Signal '{s.topic}' ({s.area}) awaits an answer",
            s.id,
            s.due_on,
        )
        for s in overdue_signals(session, network_id, today)
    ]
    soon = select(Signal).where(
        Signal.network_id == network_id,
        alive(Signal),
        Signal.status.in_(OPEN),
        Signal.due_on >= today,
        Signal.due_on <= today + timedelta(days=7),
    )
    items += [
        AttentionItem(
            "signal",
            1,
            f"Signaal '{s.topic}' ({s.area}) binnenkort te beantwoorden",
            f"Signal '{s.topic}' ({s.area}) due soon",
            s.id,
            s.due_on,
        )
        for s in session.scalars(soon)
    ]
    return items
