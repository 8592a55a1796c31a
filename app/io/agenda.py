"""The agenda export: what is coming up in a network as all-day calendar events (iCalendar, for
Outlook, Thunderbird, Google or Apple calendars), only the kinds the user chose.

No child's identity ever leaves in an event: a milestone is "Mijlpaal traject" (or, when the user
opts in, "Mijlpaal traject TLD-2026-004"), never a child's name, neighbourhood or notes. Events
carry stable UIDs, so importing a newer export updates the events instead of doubling them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network, Signal, Stakeholder, ThirdPartyRequest
from app.domain.vocabulary import (
    AmbassadorStatus,
    CommitmentStatus,
    MilestoneKind,
    RequestKind,
    RequestStatus,
    label,
)
from app.errors import ValidationError
from app.outputs import output_path
from app.periods import working_year_of
from app.services import governance
from app.services.ambassador import (
    IN_NETWORK,
    NOMINATION_WAIT_DAYS,
    next_contact,
    thanked_in,
    thanks_matter,
)
from app.services.common import alive
from app.services.requests import OPEN as OPEN_REQUESTS
from app.services.signal import OPEN as OPEN_SIGNALS
from app.services.trajectory import due_milestones

# what an agenda can hold, in the order a user is offered them
KINDS: dict[str, tuple[str, str]] = {
    "contacts": ("Volgende contacten met stakeholders en ambassadeurs", "Next contacts with stakeholders and ambassadors"),
    "milestones": ("Mijlpalen van trajecten die aan de beurt zijn", "Trajectory milestones that are due"),
    "signals": ("Antwoorddatums van open signalen", "Answer dates of open signals"),
    "terms": ("Mandaten van ambassadeurs die aflopen", "Ambassadors' terms that end"),
    "nominations": ("Beslissingen over voordrachten", "Decisions on nominations"),
    "thanks": ("Het jaarlijkse bedankmoment", "The yearly thank-you moment"),
    "commitments": ("Afspraken (convenant) die af moeten zijn", "Agreements (covenant) that are due"),
    "meetings": ("Vergaderingen van dorpsraden", "Village council meetings"),
    "requests": ("Aanvragen van derden: antwoorddatum en gevraagde datum",
                 "Requests from third parties: answer date and the date asked for"),
}
DEFAULT_DAYS = 60
MAX_DAYS = 3 * 366
THANKS_BEFORE_YEAR_END = 30  # the thank-you reminder: a month before the working year ends


@dataclass(frozen=True)
class AgendaEvent:
    uid: str
    day: date
    kind: str
    summary: str
    description: str = ""


def _check(days: int, kinds: Iterable[str]) -> set[str]:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"Kies een aantal dagen van 1 tot {MAX_DAYS}.", field="days")
    chosen = set(kinds)
    unknown = chosen - set(KINDS)
    if unknown:
        raise ValidationError(f"Onbekende soort in de agenda: {', '.join(sorted(unknown))}. Kies uit "
                              f"{', '.join(KINDS)}.", field="kinds")
    if not chosen:
        raise ValidationError("Kies minstens één soort afspraak voor de agenda.", field="kinds")
    return chosen


def events(session: Session, networks: list[Network], today: date, *, days: int = DEFAULT_DAYS,
           kinds: Iterable[str] = tuple(KINDS), codes: bool = False, lang: str = "nl") -> list[AgendaEvent]:
    """The events from `today` up to `days` later (what is already overdue is dated today, so it
    shows up first thing), by day."""
    chosen = _check(days, kinds)
    end = today + timedelta(days=days)
    en = lang == "en"
    out: list[AgendaEvent] = []

    def when(day: date) -> date:
        return max(day, today)

    for net in networks:
        suffix = f" ({net.name})" if len(networks) > 1 else ""
        if "contacts" in chosen:
            for sh in session.scalars(select(Stakeholder).where(
                    Stakeholder.network_id == net.id, alive(Stakeholder), Stakeholder.next_contact_on.is_not(None),
                    Stakeholder.next_contact_on <= end)):
                assert sh.next_contact_on is not None
                late = sh.next_contact_on < today
                out.append(AgendaEvent(
                    f"contact-{sh.id}@verbind", when(sh.next_contact_on), "contacts",
                    (f"Contact with {sh.name}" if en else f"Contact met {sh.name}") + suffix,
                    ((f"Planned for {sh.next_contact_on:%d/%m/%Y}: overdue." if en else
                      f"Gepland op {sh.next_contact_on:%d/%m/%Y}: te laat.") if late else "")))
        if "contacts" in chosen:
            for amb in session.scalars(select(Ambassador).where(
                    Ambassador.network_id == net.id, alive(Ambassador),
                    Ambassador.status.in_((*IN_NETWORK, AmbassadorStatus.HONORARY.value)))):
                planned = next_contact(amb)
                if planned is not None and planned <= end:
                    out.append(AgendaEvent(
                        f"talk-{amb.id}@verbind", when(planned), "contacts",
                        (f"Talk with {amb.name}" if en else f"Gesprek met {amb.name}") + suffix,
                        ((f"Planned for {planned:%d/%m/%Y}: overdue." if en else
                          f"Gepland op {planned:%d/%m/%Y}: te laat.") if planned < today else "")))
        if "milestones" in chosen:
            for ms in due_milestones(session, net.id, today, within_days=days):
                name = label(MilestoneKind(ms.kind), lang) if ms.kind in MilestoneKind._value2member_map_ else ms.kind
                code = f" {ms.code}" if codes else ""
                out.append(AgendaEvent(
                    f"milestone-{ms.trajectory_id}-{ms.kind}@verbind", when(ms.due_on), "milestones",
                    (f"Trajectory milestone{code}: {name}" if en else f"Mijlpaal traject{code}: {name}") + suffix,
                    ((f"Due on {ms.due_on:%d/%m/%Y}: overdue." if en else f"Te checken op {ms.due_on:%d/%m/%Y}: "
                      "te laat.") if ms.overdue else "")))
        if "signals" in chosen:
            for sig in session.scalars(select(Signal).where(
                    Signal.network_id == net.id, alive(Signal), Signal.status.in_(OPEN_SIGNALS),
                    Signal.due_on.is_not(None), Signal.due_on <= end)):
                assert sig.due_on is not None
                about = sig.topic or sig.area
                who = f" — {sig.responsible}" if sig.responsible else ""
                out.append(AgendaEvent(
                    f"signal-{sig.id}@verbind", when(sig.due_on), "signals",
                    (f"Answer signal{': ' + about if about else ''}{who}" if en else
                     f"Signaal beantwoorden{': ' + about if about else ''}{who}") + suffix,
                    (f"Raised on {sig.raised_on:%d/%m/%Y}, due on {sig.due_on:%d/%m/%Y}." if en else
                      f"Gemeld op {sig.raised_on:%d/%m/%Y}, te beantwoorden op {sig.due_on:%d/%m/%Y}.")))
        if "terms" in chosen:
            for amb in session.scalars(select(Ambassador).where(
                    Ambassador.network_id == net.id, alive(Ambassador), Ambassador.status.in_(IN_NETWORK),
                    Ambassador.term_end.is_not(None), Ambassador.term_end <= end)):
                assert amb.term_end is not None
                out.append(AgendaEvent(
                    f"term-{amb.id}@verbind", when(amb.term_end), "terms",
                    (f"Term of {amb.name} ends" if en else f"Mandaat van {amb.name} loopt af") + suffix,
                    ("Renew the term, make them an honorary member, or say goodbye." if en else
                     "Verleng de termijn, maak een erelid of neem afscheid.")))
        if "nominations" in chosen:
            for amb in session.scalars(select(Ambassador).where(
                    Ambassador.network_id == net.id, alive(Ambassador),
                    Ambassador.status == AmbassadorStatus.NOMINATED.value, Ambassador.nominated_on.is_not(None))):
                assert amb.nominated_on is not None
                decide = amb.nominated_on + timedelta(days=NOMINATION_WAIT_DAYS)
                if decide <= end:
                    out.append(AgendaEvent(
                        f"nomination-{amb.id}@verbind", when(decide), "nominations",
                        (f"Decide on the nomination of {amb.name}" if en else
                         f"Beslissen over de voordracht van {amb.name}") + suffix,
                        (f"Nominated on {amb.nominated_on:%d/%m/%Y}." if en else
                         f"Voorgedragen op {amb.nominated_on:%d/%m/%Y}.")))
        if "thanks" in chosen and thanks_matter(session, net):
            year = working_year_of(today, net.working_year_start_month or 9)
            remind = year.end - timedelta(days=THANKS_BEFORE_YEAR_END)
            if not thanked_in(session, net.id, year) and remind <= end:
                out.append(AgendaEvent(
                    f"thanks-{net.id}-{year.label}@verbind", when(remind), "thanks",
                    (f"Thank the ambassadors (working year {year.label})" if en else
                     f"Ambassadeurs bedanken (werkjaar {year.label})") + suffix,
                    (f"No thank-you moment recorded yet; the working year ends on {year.end:%d/%m/%Y}." if en else
                     f"Er is nog geen bedankmoment geregistreerd; het werkjaar loopt tot {year.end:%d/%m/%Y}.")))
        if "commitments" in chosen:
            for c in governance.commitments(session, net.id):
                if c.status == CommitmentStatus.OPEN.value and c.due_on is not None and c.due_on <= end:
                    late = c.due_on < today
                    out.append(AgendaEvent(
                        f"commitment-{c.id}@verbind", when(c.due_on), "commitments",
                        (f"Agreement due: {c.title}" if en else f"Afspraak af: {c.title}") + suffix,
                        (f"Owner: {c.owner}." if en else f"Trekker: {c.owner}.")
                        + ((f" Due on {c.due_on:%d/%m/%Y}: overdue." if en else
                            f" Voorzien tegen {c.due_on:%d/%m/%Y}: te laat.") if late else "")))
        if "meetings" in chosen:
            for m in governance.meetings(session, net.id):
                if today <= m.held_on <= end:
                    out.append(AgendaEvent(
                        f"council-{m.id}@verbind", m.held_on, "meetings",
                        (f"Village council meeting: {m.council}" if en else f"Vergadering {m.council}") + suffix,
                        "" if m.invitation_received_on is not None else
                        ("No invitation received yet." if en else "Nog geen uitnodiging ontvangen.")))
                elif m.held_on < today and governance.minutes_late(m.held_on, m.minutes_received_on, today):
                    out.append(AgendaEvent(
                        f"minutes-{m.id}@verbind", today, "meetings",
                        (f"Ask for the minutes of {m.council}" if en else f"Notulen opvragen bij {m.council}") + suffix,
                        (f"Meeting of {m.held_on:%d/%m/%Y}; no minutes received yet." if en else
                         f"Vergadering van {m.held_on:%d/%m/%Y}; nog geen notulen ontvangen.")))
        if "requests" in chosen:
            out.extend(_requests(session, net, today, end, lang, suffix))
    out.sort(key=lambda e: (e.day, e.kind, e.summary))
    return out


def _requests(session: Session, net: Network, today: date, end: date, lang: str, suffix: str) -> list[AgendaEvent]:
    """A request's answer date while no answer was given, and the date it asks for while it may
    still happen (not declined, not held yet). The ambassador asked is named: it is their agenda."""
    en = lang == "en"
    found: list[AgendaEvent] = []
    names = {str(i): str(n) for i, n in session.execute(select(Ambassador.id, Ambassador.name).where(
        Ambassador.network_id == net.id, alive(Ambassador)))}
    for req in session.scalars(select(ThirdPartyRequest).where(
            ThirdPartyRequest.network_id == net.id, alive(ThirdPartyRequest))):
        kind = label(RequestKind(req.kind), lang) if req.kind in RequestKind._value2member_map_ else req.kind
        what = f"{kind.lower()} {req.requester}".strip()
        who = f" — {names[req.ambassador_id]}" if req.ambassador_id in names else ""
        if req.status in OPEN_REQUESTS and req.due_on is not None and req.due_on <= end:
            late = req.due_on < today
            found.append(AgendaEvent(
                f"request-answer-{req.id}@verbind", max(req.due_on, today), "requests",
                (f"Answer the request: {what}" if en else f"Aanvraag beantwoorden: {what}") + suffix,
                (f"Received on {req.received_on:%d/%m/%Y}, answer due on {req.due_on:%d/%m/%Y}" if en else
                 f"Binnengekomen op {req.received_on:%d/%m/%Y}, antwoord verwacht op {req.due_on:%d/%m/%Y}") +
                ((": overdue." if en else ": te laat.") if late else ".")))
        if (req.status not in (RequestStatus.DECLINED.value, RequestStatus.HELD.value) and req.wanted_on is not None
                and today <= req.wanted_on <= end):
            found.append(AgendaEvent(
                f"request-{req.id}@verbind", req.wanted_on, "requests",
                f"{kind}: {req.topic} ({req.requester}){who}{suffix}",
                (f"Status: {label(RequestStatus(req.status), lang)}." if req.status in RequestStatus._value2member_map_
                 else "")))
    return found


def to_ics(found: list[AgendaEvent], made: datetime | None = None, lang: str = "nl") -> bytes:
    from icalendar import Calendar, Event

    stamp = made or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//Verbind//Agenda//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Verbind")
    for e in found:
        ev = Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.day)
        ev.add("dtend", e.day + timedelta(days=1))
        ev.add("summary", e.summary)
        if e.description:
            ev.add("description", e.description)
        ev.add("categories", [KINDS[e.kind][1 if lang == "en" else 0]])
        ev.add("transp", "TRANSPARENT")  # a reminder, not a busy hour
        cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data


def write_agenda(found: list[AgendaEvent], path: Path, lang: str = "nl") -> Path:
    """Write the calendar file whole or not at all (temp file + rename)."""
    with output_path(Path(path)) as tmp:
        tmp.write_bytes(to_ics(found, lang=lang))
    return Path(path)
