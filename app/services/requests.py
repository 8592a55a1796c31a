"""Requests from third parties (seed 002: "ambassadeurs kunnen door derden (bv een gemeente, een
onderwijsinstelling) gevraagd worden voor een workshop of inleiding. Dat kan rechtstreeks of via de
projectleider/facilitators"): received, routed to an ambassador and followed until held or
declined, like a signal. The requester waits for an answer by `due_on`; a request still open after
that date is overdue and shows on the overview.

A request held is reported beside the podium activities, not counted among them: the podium count
reads attended activities (ambassador.podium_counts), and a held request becomes one only when the
user records the activity. Rules only: ui/tabs/ambassadors/requests.py draws them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network, Stakeholder, ThirdPartyRequest
from app.domain.vocabulary import AmbassadorStatus, RequestKind, RequestStatus, label
from app.errors import ValidationError
from app.periods import Period
from app.services.ambassador import IN_NETWORK
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

#: the kinds of network where third parties ask ambassadors (seed 002; a local ambassador may be asked too)
REQUEST_KINDS = ("entrepreneur", "local")
#: the requester's answer is due this many days after the request came in, unless the user says otherwise
ANSWER_DAYS = 14
#: the overview warns this many days before the answer is due
SOON_DAYS = 3
OPEN = (RequestStatus.NEW.value, RequestStatus.ASSIGNED.value)  # no answer given yet
#: who can be asked: ambassadors in the network and honorary members
ASKABLE = (*IN_NETWORK, AmbassadorStatus.HONORARY.value)

TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.NEW: frozenset({RequestStatus.ASSIGNED, RequestStatus.DECLINED}),
    RequestStatus.ASSIGNED: frozenset({RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.NEW}),
    RequestStatus.ACCEPTED: frozenset({RequestStatus.HELD, RequestStatus.DECLINED}),
    RequestStatus.HELD: frozenset({RequestStatus.ACCEPTED}),  # marked held by mistake
    RequestStatus.DECLINED: frozenset({RequestStatus.NEW}),  # reopened
}
EDITABLE = {"received_on", "requester", "requester_stakeholder_id", "kind", "topic", "wanted_on", "due_on", "note"}
_DATE_OF = {RequestStatus.ASSIGNED: "assigned_on", RequestStatus.ACCEPTED: "accepted_on",
            RequestStatus.HELD: "held_on", RequestStatus.DECLINED: "declined_on"}


def requests_matter(session: Session, net: Network) -> bool:
    """Requests belong to entrepreneur and local networks, and to any network that recorded one."""
    if net.kind in REQUEST_KINDS:
        return True
    return session.scalar(select(ThirdPartyRequest.id).where(
        ThirdPartyRequest.network_id == net.id, alive(ThirdPartyRequest)).limit(1)) is not None


def shown_for(session: Session, network_id: str) -> bool:
    """Whether the screens offer requests from third parties for this network (by id)."""
    return requests_matter(session, network(session, network_id))


def next_statuses(status: str | None) -> list[RequestStatus]:
    try:
        allowed = TRANSITIONS[RequestStatus(status)] if status else frozenset()
    except ValueError:
        return []
    return [s for s in RequestStatus if s in allowed]


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """No answer yet and past the date the requester expects one."""
    return status in OPEN and due_on is not None and due_on < today


def exists(session: Session, record_id: str) -> bool:
    req = session.get(ThirdPartyRequest, record_id)
    return req is not None and req.deleted_at is None


def _validate(session: Session, network_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}")
    tidy = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}
    if "kind" in tidy and tidy["kind"] not in {k.value for k in RequestKind}:
        raise ValidationError(f"Onbekende soort aanvraag: {tidy['kind']!r}. Kies workshop, inleiding, bezoek of "
                              "iets anders.", field="kind")
    if "topic" in tidy and not tidy["topic"]:
        raise ValidationError("Waarover gaat de aanvraag? Vul het onderwerp in.", field="topic")
    if "received_on" in tidy and tidy["received_on"] is None:
        raise ValidationError("Vul de datum in waarop de aanvraag binnenkwam (dd/mm/jjjj).", field="received_on")
    stakeholder_id = tidy.get("requester_stakeholder_id")
    if stakeholder_id:
        sh = resolve(session, Stakeholder, stakeholder_id)
        if sh.network_id != network_id:
            raise ValidationError("Die stakeholder hoort bij een ander netwerk.", field="requester_stakeholder_id")
        if not tidy.get("requester"):
            tidy["requester"] = sh.name
    elif "requester_stakeholder_id" in tidy:
        tidy["requester_stakeholder_id"] = None
    return tidy


def _check_dates(req: ThirdPartyRequest) -> None:
    if not req.requester and not req.requester_stakeholder_id:
        raise ValidationError("Wie vraagt het? Vul de organisatie in of kies een stakeholder.", field="requester")
    if req.wanted_on is not None and req.wanted_on < req.received_on:
        raise ValidationError("De gevraagde datum valt vóór de aanvraag binnenkwam.", field="wanted_on")
    if req.due_on is not None and req.due_on < req.received_on:
        raise ValidationError("De antwoorddatum valt vóór de aanvraag binnenkwam.", field="due_on")
    if req.due_on is not None and req.wanted_on is not None and req.due_on > req.wanted_on:
        raise ValidationError("Het antwoord moet er zijn vóór de gevraagde datum: kies een antwoorddatum op of "
                              f"vóór {req.wanted_on:%d/%m/%Y}.", field="due_on")


def create(session: Session, network_id: str, received_on: date, requester: str, kind: str, topic: str, *,
           requester_stakeholder_id: str | None = None, wanted_on: date | None = None, due_on: date | None = None,
           note: str = "") -> ThirdPartyRequest:
    """A request as it came in. Without `due_on` the answer is due ANSWER_DAYS later (and never
    after the wanted date)."""
    network(session, network_id)
    fields = _validate(session, network_id, {
        "received_on": received_on, "requester": requester, "requester_stakeholder_id": requester_stakeholder_id,
        "kind": kind, "topic": topic, "wanted_on": wanted_on, "due_on": due_on, "note": note})
    if fields["due_on"] is None and received_on is not None:
        answer_by = received_on + timedelta(days=ANSWER_DAYS)
        if wanted_on is not None and received_on <= wanted_on < answer_by:
            answer_by = wanted_on
        fields["due_on"] = answer_by
    req = ThirdPartyRequest(network_id=network_id, status=RequestStatus.NEW.value, **fields)
    _check_dates(req)
    session.add(req)
    session.flush()
    return req


def get(session: Session, request_id: str) -> ThirdPartyRequest:
    return resolve(session, ThirdPartyRequest, request_id)


def update(session: Session, req: ThirdPartyRequest | str, **fields: Any) -> ThirdPartyRequest:
    req = resolve(session, ThirdPartyRequest, req)
    tidy = _validate(session, req.network_id, fields)
    for key, value in tidy.items():
        setattr(req, key, value)
    _check_dates(req)
    session.flush()
    return req


def delete(session: Session, req: ThirdPartyRequest | str) -> None:
    soft_delete(session, resolve(session, ThirdPartyRequest, req))


def assign(session: Session, req: ThirdPartyRequest | str, ambassador_id: str, on: date) -> ThirdPartyRequest:
    """Route the request to an ambassador (asked, not yet accepted); a new ambassador may be
    asked instead while no answer was given."""
    req = resolve(session, ThirdPartyRequest, req)
    amb = resolve(session, Ambassador, ambassador_id)
    if amb.network_id != req.network_id:
        raise ValidationError("Die ambassadeur hoort bij een ander netwerk.", field="ambassador_id")
    if amb.status not in ASKABLE:
        raise ValidationError(f"{amb.name} is nu geen actieve ambassadeur of erelid; vraag iemand anders.",
                              field="ambassador_id")
    if req.status not in OPEN:
        raise ValidationError("Deze aanvraag is al beantwoord. Zet ze eerst terug op ‘Nieuw’ om iemand anders te "
                              "vragen.", field="ambassador_id")
    if on < req.received_on:
        raise ValidationError("Die datum valt vóór de aanvraag binnenkwam.", field="on")
    req.ambassador_id = amb.id
    req.status = RequestStatus.ASSIGNED.value
    req.assigned_on = on
    session.flush()
    return req


def change_status(session: Session, req: ThirdPartyRequest | str, to_status: str, on: date,
                  note: str = "") -> ThirdPartyRequest:
    """Move the request on (asked → accepted → held, or declined), dated; back to new clears the
    ambassador asked. A note is added to the request's note, dated."""
    req = resolve(session, ThirdPartyRequest, req)
    try:
        target, current = RequestStatus(to_status), RequestStatus(req.status)
    except ValueError as exc:
        raise ValidationError(f"Onbekende status: {to_status!r}", field="status") from exc
    if target is RequestStatus.ASSIGNED:
        raise ValidationError("Kies de ambassadeur die je vraagt (‘Ambassadeur vragen…’).", field="ambassador_id")
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(label(s) for s in next_statuses(current.value)) or "geen"
        raise ValidationError(f"Van ‘{label(current)}’ kan de aanvraag niet naar ‘{label(target)}’. Mogelijk: "
                              f"{allowed}.", field="status")
    if on < req.received_on:
        raise ValidationError("Die datum valt vóór de aanvraag binnenkwam.", field="on")
    if target is RequestStatus.HELD and req.accepted_on is not None and on < req.accepted_on:
        raise ValidationError("Die datum valt vóór de toezegging.", field="on")
    if target is RequestStatus.NEW:
        req.ambassador_id = None
        req.assigned_on = req.accepted_on = req.declined_on = None
    elif target is RequestStatus.ACCEPTED and current is RequestStatus.HELD:
        req.held_on = None
    else:
        setattr(req, _DATE_OF[target], on)
    req.status = target.value
    if note.strip():
        req.note = (req.note + "\n" if req.note else "") + f"{on:%d/%m/%Y} {label(target)}: {note.strip()}"
    session.flush()
    return req


def requests(session: Session, network_id: str) -> list[ThirdPartyRequest]:
    """The network's requests, newest first."""
    return list(session.scalars(select(ThirdPartyRequest).where(
        ThirdPartyRequest.network_id == network_id, alive(ThirdPartyRequest)).order_by(
        ThirdPartyRequest.received_on.desc(), ThirdPartyRequest.created_at.desc())))


@dataclass(frozen=True)
class RequestRow:
    id: str
    received_on: date
    requester: str
    requester_stakeholder_id: str | None
    kind: str
    topic: str
    wanted_on: date | None
    due_on: date | None
    ambassador_id: str | None
    ambassador: str  # the name, "" when nobody was asked
    status: str
    status_on: date | None  # the date of the current status
    overdue: bool
    note: str
    next_statuses: tuple[str, ...]


def _row(req: ThirdPartyRequest, names: dict[str, str], today: date) -> RequestRow:
    status_on = getattr(req, _DATE_OF[RequestStatus(req.status)]) if req.status in _DATE_OF else req.received_on
    return RequestRow(req.id, req.received_on, req.requester, req.requester_stakeholder_id, req.kind, req.topic,
                      req.wanted_on, req.due_on, req.ambassador_id, names.get(req.ambassador_id or "", ""),
                      req.status, status_on, is_overdue(req.status, req.due_on, today), req.note,
                      tuple(s.value for s in next_statuses(req.status)))


def _names(session: Session, network_id: str) -> dict[str, str]:
    return {str(i): str(n) for i, n in session.execute(select(Ambassador.id, Ambassador.name).where(
        Ambassador.network_id == network_id, alive(Ambassador)))}


def request_rows(session: Session, network_id: str, today: date, status: str | None = None) -> list[RequestRow]:
    """The requests as plain rows, newest first; `status` "open" (no answer yet), "overdue" or one
    RequestStatus key narrows the list."""
    names = _names(session, network_id)
    rows = [_row(r, names, today) for r in requests(session, network_id)]
    if status == "open":
        return [r for r in rows if r.status in OPEN]
    if status == "overdue":
        return [r for r in rows if r.overdue]
    if status:
        return [r for r in rows if r.status == status]
    return rows


def request_row(session: Session, request_id: str, today: date) -> RequestRow:
    req = get(session, request_id)
    return _row(req, _names(session, req.network_id), today)


def askable(session: Session, network_id: str) -> list[tuple[str, str]]:
    """(id, name) of who can be asked: ambassadors in the network and honorary members."""
    return [(str(i), str(n)) for i, n in session.execute(select(Ambassador.id, Ambassador.name).where(
        Ambassador.network_id == network_id, alive(Ambassador), Ambassador.status.in_(ASKABLE)).order_by(
        Ambassador.name))]


def requester_options(session: Session, network_id: str) -> list[tuple[str, str]]:
    """(id, name) of the network's stakeholders, by name: a requester may be one of them."""
    return [(str(i), str(n)) for i, n in session.execute(select(Stakeholder.id, Stakeholder.name).where(
        Stakeholder.network_id == network_id, alive(Stakeholder)).order_by(Stakeholder.name))]


@dataclass(frozen=True)
class RequestSummary:
    open: int  # no answer yet
    overdue: int  # no answer and past the answer date
    received: int  # received in the period
    held: int  # held in the period
    declined: int  # declined in the period
    held_by: tuple[tuple[str, int], ...]  # (name, requests held in the period), most first


def summary(session: Session, network_id: str, period: Period, today: date) -> RequestSummary:
    rows = request_rows(session, network_id, today)
    held = [r for r in rows if r.status == RequestStatus.HELD.value and period.contains(r.status_on)]
    by = Counter(r.ambassador or "?" for r in held)
    return RequestSummary(
        sum(1 for r in rows if r.status in OPEN), sum(1 for r in rows if r.overdue),
        sum(1 for r in rows if period.contains(r.received_on)), len(held),
        sum(1 for r in rows if r.status == RequestStatus.DECLINED.value and period.contains(r.status_on)),
        tuple(sorted(by.items(), key=lambda kv: (-kv[1], kv[0]))))


def held_counts(session: Session, network_id: str, period: Period) -> dict[str, int]:
    """Requests held in the period per ambassador id (shown beside the podium count)."""
    out: Counter[str] = Counter()
    for req in requests(session, network_id):
        if req.status == RequestStatus.HELD.value and req.ambassador_id and period.contains(req.held_on):
            out[req.ambassador_id] += 1
    return dict(out)


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """A request without an answer past its due date (red), or due within SOON_DAYS (amber)."""
    items: list[AttentionItem] = []
    for req in requests(session, network_id):
        if req.status not in OPEN or req.due_on is None or (req.due_on - today).days > SOON_DAYS:
            continue
        who = req.requester or "?"
        if req.due_on < today:
            items.append(AttentionItem(
                "ambassador", 2, f"Aanvraag van {who} wacht op antwoord sinds {req.due_on:%d/%m/%Y}",
                f"Request from {who} awaits an answer since {req.due_on:%d/%m/%Y}", req.id, req.due_on))
        else:
            items.append(AttentionItem(
                "ambassador", 1, f"Aanvraag van {who}: antwoord tegen {req.due_on:%d/%m/%Y}",
                f"Request from {who}: answer due by {req.due_on:%d/%m/%Y}", req.id, req.due_on))
    return items
