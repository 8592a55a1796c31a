"""Signal rules: routing by area to the responsible person and by topic to the portfolio holder
(seed 004: the neighbourhood ambassador passes it on to "de verantwoordelijke wethouder"), due dates, the allowed status
transitions with a dated history, overdue signals. Commands take ids (what screens hold) or loaded
objects (the importer, the CLI); the read models give plain rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import RoutingRule, Signal, SignalStatusChange, TopicRule
from app.domain.vocabulary import RaisedByKind, SignalStatus
from app.errors import ValidationError
from app.i18n import tr
from app.services import drafts
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

#: where a signal can go from each status (the ambassadors' are AMBASSADOR_TRANSITIONS)
SIGNAL_TRANSITIONS: dict[SignalStatus, frozenset[SignalStatus]] = {
    SignalStatus.NEW: frozenset({SignalStatus.FORWARDED, SignalStatus.ANSWERED, SignalStatus.CLOSED}),
    SignalStatus.FORWARDED: frozenset({SignalStatus.ANSWERED, SignalStatus.CLOSED}),
    SignalStatus.ANSWERED: frozenset({SignalStatus.CLOSED, SignalStatus.FORWARDED}),
    SignalStatus.CLOSED: frozenset({SignalStatus.FORWARDED}),
}
OPEN = (SignalStatus.NEW.value, SignalStatus.FORWARDED.value)


def next_statuses(status: str | None) -> list[SignalStatus]:
    """The statuses a signal in `status` may move to, in workflow order (none for a signal not
    saved yet, or an unknown status)."""
    try:
        allowed = SIGNAL_TRANSITIONS[SignalStatus(status)] if status else frozenset()
    except ValueError:
        return []
    return [s for s in SignalStatus if s in allowed]


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Still open and past its answer date (the rule overdue_signals applies in SQL)."""
    return status in OPEN and due_on is not None and due_on < today


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
    """Add a rule, or change the responsible of the rule for the same area (any case)."""
    if not area.strip() or not responsible.strip():
        raise ValidationError("Vul zowel de wijk of deelgemeente als de verantwoordelijke in.",
                              field="area" if not area.strip() else "responsible")
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


def delete_route(session: Session, rule: RoutingRule | str) -> None:
    soft_delete(session, resolve(session, RoutingRule, rule))


# -- routing by topic to the portfolio holder ----------------------------------------------------------
def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def route_topic(session: Session, network_id: str, topic: str) -> str | None:
    """The portfolio holder for a signal's topic, from the topic rules: a rule whose topic is the
    signal's topic (any case) or whose words occur in it in a row ("Mobiliteit" routes "Mobiliteit:
    de belbus rijdt niet"); of several, the longest rule wins."""
    words = _words(topic)
    if not words:
        return None
    best: tuple[int, str] | None = None
    for rule in topic_rules(session, network_id):
        wanted = _words(rule.topic)
        n = len(wanted)
        matches = n and any(words[i:i + n] == wanted for i in range(len(words) - n + 1))
        if matches and (best is None or n > best[0]):
            best = (n, rule.portfolio_holder)
    return best[1] if best else None


def set_topic_route(session: Session, network_id: str, topic: str, portfolio_holder: str) -> TopicRule:
    """Add a topic rule, or change the portfolio holder of the rule for the same topic (any case)."""
    network(session, network_id)
    if not (topic or "").strip():
        raise ValidationError(tr("Vul het thema in (bv. Mobiliteit).", "Fill in the topic (e.g. Mobility)."),
                              field="topic")
    if not _words(topic):
        raise ValidationError(tr("Een thema heeft minstens één woord met letters of cijfers.",
                                 "A topic needs at least one word with letters or digits."), field="topic")
    if not (portfolio_holder or "").strip():
        raise ValidationError(tr("Vul de portefeuillehouder in (bv. schepen van Mobiliteit).",
                                 "Fill in the portfolio holder (e.g. alderman for mobility)."),
                              field="portfolio_holder")
    topic, holder = topic.strip()[:120], portfolio_holder.strip()[:200]
    for rule in topic_rules(session, network_id):
        if rule.topic.casefold() == topic.casefold():
            rule.portfolio_holder = holder
            session.flush()
            return rule
    rule = TopicRule(network_id=network_id, topic=topic, portfolio_holder=holder)
    session.add(rule)
    session.flush()
    return rule


def topic_rules(session: Session, network_id: str) -> list[TopicRule]:
    q = select(TopicRule).where(TopicRule.network_id == network_id, alive(TopicRule))
    return list(session.scalars(q.order_by(func.lower(TopicRule.topic))))


def delete_topic_route(session: Session, rule: TopicRule | str) -> None:
    soft_delete(session, resolve(session, TopicRule, rule))


@dataclass(frozen=True)
class TopicRouteRow:
    id: str
    topic: str
    portfolio_holder: str


def topic_route_rows(session: Session, network_id: str) -> list[TopicRouteRow]:
    """The topic rules as plain rows, by topic."""
    return [TopicRouteRow(r.id, r.topic, r.portfolio_holder) for r in topic_rules(session, network_id)]


def reroute(session: Session, sig: Signal | str) -> Signal:
    """Fill the signal's responsible (by area) and portfolio holder (by topic) from the rules where
    a rule applies; a name without a rule stays as it is."""
    sig = resolve(session, Signal, sig)
    by_area = route(session, sig.network_id, sig.area)
    by_topic = route_topic(session, sig.network_id, sig.topic)
    if by_area:
        sig.responsible = by_area
    if by_topic:
        sig.portfolio_holder = by_topic
    session.flush()
    return sig


@dataclass(frozen=True)
class RouteRow:
    id: str
    area: str
    responsible: str


def route_rows(session: Session, network_id: str) -> list[RouteRow]:
    """The routing rules as plain rows, by area."""
    return [RouteRow(r.id, r.area, r.responsible) for r in routing_rules(session, network_id)]


def get(session: Session, signal_id: str) -> Signal:
    """One live signal (NotFoundError when deleted or unknown)."""
    return resolve(session, Signal, signal_id)


def exists(session: Session, record_id: str) -> bool:
    """Whether `record_id` names a live signal (a screen holding an id of either kind asks)."""
    sig = session.get(Signal, record_id)
    return sig is not None and sig.deleted_at is None


_UNSET: Any = object()


def _check_kind(kind: Any) -> None:
    if kind not in {k.value for k in RaisedByKind}:
        raise ValidationError(f"Onbekende melder: {kind!r}", field="raised_by_kind")


def _set_raiser(sig: Signal, raised_by: Any) -> None:
    """Who raised it: `raised_by` (an ambassador's or stakeholder's id, after raised_by_kind) goes
    in the column of that kind; the other kind's column is cleared, a resident has neither."""
    if raised_by is not _UNSET:
        sig.raised_by_ambassador_id = raised_by if sig.raised_by_kind == RaisedByKind.AMBASSADOR.value else None
        sig.raised_by_stakeholder_id = raised_by if sig.raised_by_kind == RaisedByKind.STAKEHOLDER.value else None
    if sig.raised_by_kind != RaisedByKind.AMBASSADOR.value:
        sig.raised_by_ambassador_id = None
    if sig.raised_by_kind != RaisedByKind.STAKEHOLDER.value:
        sig.raised_by_stakeholder_id = None


def create(
    session: Session,
    network_id: str,
    raised_on: date,
    topic: str,
    *,
    area: str = "",
    responsible: str | None = None,
    portfolio_holder: str | None = None,
    raised_by_kind: str = RaisedByKind.RESIDENT.value,
    due_on: date | None = None,
    raised_by: str | None = _UNSET,
    **fields: Any,
) -> Signal:
    """A new signal with status 'new' in its history. No responsible given: the routing rule of
    its area; no portfolio holder given: the topic rule of its topic; no answer date: the network's
    term (30 days when not set) after it was raised.
    `raised_by`: the id of the ambassador or stakeholder who raised it (see raised_by_kind)."""
    if not (topic or "").strip():
        raise ValidationError("Geef het signaal een onderwerp.", field="topic")
    if raised_on is None:
        raise ValidationError("Vul de datum van de melding in.", field="raised_on")
    _check_kind(raised_by_kind)
    if due_on is not None and due_on < raised_on:
        raise ValidationError("De antwoorddatum valt vóór de melding.", field="due_on")
    net = network(session, network_id)
    if responsible is None:
        responsible = route(session, network_id, area) or ""
    if portfolio_holder is None:
        portfolio_holder = route_topic(session, network_id, topic) or ""
    sig = Signal(
        network_id=network_id,
        raised_on=raised_on,
        topic=topic.strip(),
        area=area.strip(),
        responsible=responsible.strip(),
        portfolio_holder=portfolio_holder.strip()[:200],
        raised_by_kind=raised_by_kind,
        due_on=due_on or raised_on + timedelta(days=net.signal_due_days or 30),
        **fields,
    )
    _set_raiser(sig, raised_by)
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
    sig: Signal | str,
    to_status: str,
    on: date,
    note: str = "",
    response: str | None = None,
) -> SignalStatusChange:
    """Move a signal along SIGNAL_TRANSITIONS, dated and kept in its history. Answering or closing
    needs the answer (`response`, also saved) or a note."""
    sig = resolve(session, Signal, sig)
    try:
        target, current = SignalStatus(to_status), SignalStatus(sig.status)
    except ValueError as exc:
        raise ValidationError(f"Onbekende status: {to_status!r}") from exc
    if target not in SIGNAL_TRANSITIONS[current]:
        raise ValidationError(
            f"Een signaal met status '{current.value}' kan niet naar '{target.value}'."
        )
    if on < sig.raised_on:
        raise ValidationError("Die datum valt vóór de melding van het signaal.")
    if target in (SignalStatus.ANSWERED, SignalStatus.CLOSED) and not (
        (response if response is not None else sig.response).strip() or note.strip()
    ):
        raise ValidationError(
            "Noteer het antwoord of een toelichting voor je het signaal beantwoordt of afsluit.",
            field="response",
        )
    if response is not None:
        sig.response = response
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
    "portfolio_holder",
    "due_on",
    "response",
}


def update(session: Session, sig: Signal | str, *, raised_by: str | None = _UNSET, **fields: Any) -> Signal:
    """Edit a signal's details; its status changes only through change_status. `raised_by`: the
    id of the ambassador or stakeholder who raised it (see raised_by_kind)."""
    sig = resolve(session, Signal, sig)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(
            f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}"
        )
    if "topic" in fields:
        if not str(fields["topic"] or "").strip():
            raise ValidationError("Geef het signaal een onderwerp.", field="topic")
        fields["topic"] = str(fields["topic"]).strip()
    if "raised_by_kind" in fields:
        _check_kind(fields["raised_by_kind"])
    if "raised_on" in fields and fields["raised_on"] is None:
        raise ValidationError("Vul de datum van de melding in.", field="raised_on")
    raised_on = fields.get("raised_on", sig.raised_on)
    due_on = fields.get("due_on", sig.due_on)
    if due_on is not None and due_on < raised_on:
        raise ValidationError("De antwoorddatum valt vóór de melding.", field="due_on")
    for key, value in fields.items():
        setattr(
            sig,
            key,
            value.strip() if key in ("area", "responsible", "portfolio_holder") and isinstance(value, str) else value,
        )
    _set_raiser(sig, raised_by)
    session.flush()
    return sig


def delete(session: Session, sig: Signal | str) -> None:
    """Soft delete; the signal's drafts go with it."""
    sig = resolve(session, Signal, sig)
    soft_delete(session, sig)
    drafts.discard_record(session, sig.id)


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


@dataclass(frozen=True)
class SignalRow:
    """One line of the signal list."""

    id: str
    raised_on: date
    topic: str
    area: str
    responsible: str
    status: str
    due_on: date | None


def signal_rows(
    session: Session, network_id: str, *, area: str = "", responsible: str = "", status: str = ""
) -> list[SignalRow]:
    """The list's rows, filtered in SQL like list_signals; newest first."""
    q = select(Signal.id, Signal.raised_on, Signal.topic, Signal.area, Signal.responsible, Signal.status,
               Signal.due_on).where(Signal.network_id == network_id, alive(Signal))
    if area.strip():
        q = q.where(func.lower(Signal.area) == area.strip().lower())
    if responsible.strip():
        q = q.where(func.lower(Signal.responsible) == responsible.strip().lower())
    if status:
        q = q.where(Signal.status == status)
    return [SignalRow(*r) for r in session.execute(q.order_by(Signal.raised_on.desc(), Signal.id))]


def filter_choices(session: Session, network_id: str) -> tuple[list[str], list[str]]:
    """The areas and the responsibles that occur in the network's signals, sorted."""
    found = []
    for column in (Signal.area, Signal.responsible):
        q = select(column).distinct().where(Signal.network_id == network_id, alive(Signal), column != "")
        found.append(sorted(session.scalars(q), key=lambda v: (v.casefold(), v)))
    return found[0], found[1]


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
