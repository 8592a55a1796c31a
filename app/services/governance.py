"""Neighbourhood governance (seed 004): the agreements for the term (the village-council covenant:
"welke werkafspraken maken we samen voor de komende vier jaar?"), followed up like milestones, and
the village councils' meetings — whether their invitations and minutes reached the municipality
("notulen en uitnodigingen vanuit dorpsraden bij de betrokken wijkambassadeur en gebiedsmanager")
and whether the neighbourhood ambassador and the area manager attended.

Commands take ids (what screens hold); rules that depend on the day take `today`. The overview's
reminders are for neighbourhood networks only; `figures` gives the neighbourhood report its
numbers for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Commitment, CouncilMeeting, Network
from app.domain.vocabulary import CommitmentStatus, NetworkKind
from app.errors import ValidationError
from app.i18n import tr
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

DUE_SOON_DAYS = 14  # an open agreement due within two weeks is on the overview (amber)
MINUTES_WAIT_DAYS = 30  # minutes not received a month after the meeting: on the overview
INVITATION_SOON_DAYS = 14  # a meeting within two weeks without an invitation: on the overview
TITLE_MAX, NAME_MAX = 2000, 200


# -- agreements for the term (commitments) -------------------------------------------------------------
def _check_status(status: str) -> CommitmentStatus:
    try:
        return CommitmentStatus(status)
    except ValueError:
        raise ValidationError(tr(f"Onbekende status van een afspraak: {status!r}. Kies lopend, gerealiseerd of "
                                 "geschrapt.", f"Unknown status of an agreement: {status!r}. Choose open, done or "
                                 "dropped."), field="status") from None


def _check_commitment(title: str, owner: str, status: CommitmentStatus, done_on: date | None,
                      today: date) -> None:
    if not (title or "").strip():
        raise ValidationError(tr("Beschrijf de afspraak: wat wordt er afgesproken?",
                                 "Describe the agreement: what is agreed?"), field="title")
    if len(title.strip()) > TITLE_MAX:
        raise ValidationError(tr(f"Een afspraak telt hoogstens {TITLE_MAX} tekens; zet de uitleg in de notitie.",
                                 f"An agreement has at most {TITLE_MAX} characters; put the explanation in the "
                                 "note."), field="title")
    if not (owner or "").strip():
        raise ValidationError(tr("Wie neemt de afspraak op? Vul een naam of een rol in (bv. de gemeente, de "
                                 "dorpsraad, de wijkambassadeur).", "Who takes on the agreement? Fill in a name "
                                 "or a role (e.g. the municipality, the village council, the ambassador)."),
                              field="owner")
    if len(owner.strip()) > NAME_MAX:
        raise ValidationError(tr(f"Een trekker telt hoogstens {NAME_MAX} tekens.",
                                 f"An owner has at most {NAME_MAX} characters."), field="owner")
    if status is CommitmentStatus.DONE and done_on is None:
        raise ValidationError(tr("Vul in wanneer de afspraak gerealiseerd werd.",
                                 "Fill in when the agreement was done."), field="done_on")
    if done_on is not None and done_on > today:
        raise ValidationError(tr("De afspraak kan niet in de toekomst gerealiseerd zijn: kies vandaag of een "
                                 "vroegere dag.", "The agreement cannot be done in the future: choose today or "
                                 "an earlier day."), field="done_on")


def commitments(session: Session, network_id: str) -> list[Commitment]:
    """The agreements: open ones first (soonest due first, undated last), then done and dropped
    ones (most recently finished first)."""
    found = list(session.scalars(select(Commitment).where(Commitment.network_id == network_id,
                                                          alive(Commitment))))
    open_ = sorted((c for c in found if c.status == CommitmentStatus.OPEN.value),
                   key=lambda c: (c.due_on or date.max, c.title.casefold()))
    closed = sorted((c for c in found if c.status != CommitmentStatus.OPEN.value),
                    key=lambda c: (c.done_on or date.min, c.title.casefold()), reverse=True)
    return open_ + closed


def get_commitment(session: Session, commitment_id: str) -> Commitment:
    return resolve(session, Commitment, commitment_id)


def add_commitment(session: Session, network_id: str, title: str, owner: str, due_on: date | None = None,
                   *, note: str = "", status: str = CommitmentStatus.OPEN.value, done_on: date | None = None,
                   today: date | None = None) -> Commitment:
    """A new agreement for the term: what, whose (a name or a role), by when."""
    network(session, network_id)
    st = _check_status(status)
    _check_commitment(title, owner, st, done_on, today or date.today())
    row = Commitment(network_id=network_id, title=title.strip(), owner=owner.strip(), due_on=due_on,
                     status=st.value, done_on=done_on if st is not CommitmentStatus.OPEN else None,
                     note=(note or "").strip())
    session.add(row)
    session.flush()
    return row


COMMITMENT_FIELDS = {"title", "owner", "due_on", "note", "status", "done_on"}


def update_commitment(session: Session, commitment_id: str, *, today: date | None = None,
                      **fields: Any) -> Commitment:
    row = resolve(session, Commitment, commitment_id)
    unknown = set(fields) - COMMITMENT_FIELDS
    if unknown:
        raise ValidationError(tr(f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}",
                                 f"These fields cannot be changed here: {', '.join(sorted(unknown))}"))
    merged = {k: getattr(row, k) for k in COMMITMENT_FIELDS} | fields
    st = _check_status(str(merged["status"]))
    _check_commitment(str(merged["title"] or ""), str(merged["owner"] or ""), st, merged["done_on"],
                      today or date.today())
    row.title, row.owner = str(merged["title"]).strip(), str(merged["owner"]).strip()
    row.due_on, row.note, row.status = merged["due_on"], str(merged["note"] or "").strip(), st.value
    row.done_on = merged["done_on"] if st is not CommitmentStatus.OPEN else None
    session.flush()
    return row


def set_commitment_status(session: Session, commitment_id: str, status: str, on: date | None,
                          today: date) -> Commitment:
    """Mark an agreement done (on a day) or dropped, or open it again."""
    st = _check_status(status)
    done_on = on if st is CommitmentStatus.DONE else (on or today) if st is CommitmentStatus.DROPPED else None
    return update_commitment(session, commitment_id, status=st.value, done_on=done_on, today=today)


def delete_commitment(session: Session, commitment_id: str) -> None:
    soft_delete(session, resolve(session, Commitment, commitment_id))


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Still open and past its date (what the overview and the list in red show)."""
    return status == CommitmentStatus.OPEN.value and due_on is not None and due_on < today


def overdue_commitments(session: Session, network_id: str, today: date) -> list[Commitment]:
    return [c for c in commitments(session, network_id) if is_overdue(c.status, c.due_on, today)]


@dataclass(frozen=True)
class CommitmentRow:
    id: str
    title: str
    owner: str
    due_on: date | None
    status: str
    done_on: date | None


def commitment_rows(session: Session, network_id: str) -> list[CommitmentRow]:
    return [CommitmentRow(c.id, c.title, c.owner, c.due_on, c.status, c.done_on)
            for c in commitments(session, network_id)]


# -- village council meetings ---------------------------------------------------------------------------
MEETING_FIELDS = {"council", "held_on", "invitation_received_on", "minutes_received_on", "ambassador_present",
                  "area_manager_present", "note"}


def _check_meeting(values: dict[str, Any], today: date) -> None:
    council = str(values.get("council") or "").strip()
    held_on: date | None = values.get("held_on")
    if not council:
        raise ValidationError(tr("Welke dorpsraad vergadert? Vul de naam in (bv. Dorpsraad Kolonie).",
                                 "Which village council meets? Fill in its name (e.g. Dorpsraad Kolonie)."),
                              field="council")
    if len(council) > NAME_MAX:
        raise ValidationError(tr(f"De naam van de dorpsraad telt hoogstens {NAME_MAX} tekens.",
                                 f"The village council's name has at most {NAME_MAX} characters."), field="council")
    if held_on is None:
        raise ValidationError(tr("Vul de datum van de vergadering in.", "Fill in the date of the meeting."),
                              field="held_on")
    invited, minutes = values.get("invitation_received_on"), values.get("minutes_received_on")
    if invited is not None and invited > today:
        raise ValidationError(tr("De uitnodiging kan niet in de toekomst ontvangen zijn: kies vandaag of een vroegere "
                                 "dag.", "The invitation cannot be received in the future: choose today or an "
                                 "earlier day."), field="invitation_received_on")
    if invited is not None and invited > held_on:
        raise ValidationError(tr("De uitnodiging kwam na de vergadering: kies een dag vóór of op de vergadering.",
                                 "The invitation came after the meeting: choose a day before or on the meeting."),
                              field="invitation_received_on")
    if minutes is not None and minutes < held_on:
        raise ValidationError(tr("De notulen kunnen niet vóór de vergadering ontvangen zijn: kies de dag van de "
                                 "vergadering of later.", "The minutes cannot be received before the meeting: "
                                 "choose the day of the meeting or later."), field="minutes_received_on")
    if minutes is not None and minutes > today:
        raise ValidationError(tr("De notulen kunnen niet in de toekomst ontvangen zijn: kies vandaag of een vroegere "
                                 "dag.", "The minutes cannot be received in the future: choose today or an "
                                 "earlier day."), field="minutes_received_on")
    if held_on > today and (values.get("ambassador_present") or values.get("area_manager_present")):
        raise ValidationError(tr("De vergadering moet nog plaatsvinden: duid de aanwezigheid aan na de vergadering.",
                                 "The meeting is still to come: mark who attended after the meeting."),
                              field="ambassador_present")


def meetings(session: Session, network_id: str) -> list[CouncilMeeting]:
    """The village councils' meetings, newest first."""
    q = select(CouncilMeeting).where(CouncilMeeting.network_id == network_id, alive(CouncilMeeting))
    return list(session.scalars(q.order_by(CouncilMeeting.held_on.desc(), CouncilMeeting.council)))


def get_meeting(session: Session, meeting_id: str) -> CouncilMeeting:
    return resolve(session, CouncilMeeting, meeting_id)


def add_meeting(session: Session, network_id: str, council: str, held_on: date | None, *, today: date,
                invitation_received_on: date | None = None, minutes_received_on: date | None = None,
                ambassador_present: bool = False, area_manager_present: bool = False,
                note: str = "") -> CouncilMeeting:
    network(session, network_id)
    values: dict[str, Any] = {
        "council": council, "held_on": held_on, "invitation_received_on": invitation_received_on,
        "minutes_received_on": minutes_received_on, "ambassador_present": bool(ambassador_present),
        "area_manager_present": bool(area_manager_present), "note": (note or "").strip()}
    _check_meeting(values, today)
    values["council"] = str(council).strip()
    row = CouncilMeeting(network_id=network_id, **values)
    session.add(row)
    session.flush()
    return row


def update_meeting(session: Session, meeting_id: str, *, today: date, **fields: Any) -> CouncilMeeting:
    row = resolve(session, CouncilMeeting, meeting_id)
    unknown = set(fields) - MEETING_FIELDS
    if unknown:
        raise ValidationError(tr(f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}",
                                 f"These fields cannot be changed here: {', '.join(sorted(unknown))}"))
    merged = {k: getattr(row, k) for k in MEETING_FIELDS} | fields
    _check_meeting(merged, today)
    for key, value in merged.items():
        setattr(row, key, value.strip() if isinstance(value, str) else bool(value)
                if key.endswith("_present") else value)
    session.flush()
    return row


def minutes_received(session: Session, meeting_id: str, on: date, today: date) -> CouncilMeeting:
    """The minutes of the meeting arrived on `on`."""
    return update_meeting(session, meeting_id, minutes_received_on=on, today=today)


def delete_meeting(session: Session, meeting_id: str) -> None:
    soft_delete(session, resolve(session, CouncilMeeting, meeting_id))


def minutes_late(held_on: date, minutes_on: date | None, today: date) -> bool:
    """The meeting was held at least MINUTES_WAIT_DAYS ago and its minutes have not come in."""
    return minutes_on is None and (today - held_on).days >= MINUTES_WAIT_DAYS


def councils(session: Session, network_id: str) -> list[str]:
    """The councils that met before, sorted (the form offers them)."""
    found = {m.council for m in meetings(session, network_id)}
    return sorted(found, key=str.casefold)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    council: str
    held_on: date
    invitation_received_on: date | None
    minutes_received_on: date | None
    ambassador_present: bool
    area_manager_present: bool


def meeting_rows(session: Session, network_id: str) -> list[MeetingRow]:
    return [MeetingRow(m.id, m.council, m.held_on, m.invitation_received_on, m.minutes_received_on,
                       m.ambassador_present, m.area_manager_present) for m in meetings(session, network_id)]


@dataclass(frozen=True)
class Attendance:
    held: int  # meetings held in the period (up to today)
    ambassador: int  # of which the neighbourhood ambassador attended
    area_manager: int  # of which the area manager attended

    @property
    def ambassador_rate(self) -> float | None:
        return self.ambassador / self.held if self.held else None

    @property
    def area_manager_rate(self) -> float | None:
        return self.area_manager / self.held if self.held else None


def _held(session: Session, network_id: str, start: date, end: date, today: date) -> list[CouncilMeeting]:
    last = min(end, today)
    return [m for m in meetings(session, network_id) if start <= m.held_on <= last]


def attendance(session: Session, network_id: str, start: date, end: date, today: date) -> Attendance:
    """How often the neighbourhood ambassador and the area manager attended the village councils'
    meetings held between start and end (inclusive; meetings still to come do not count)."""
    return _attendance(_held(session, network_id, start, end, today))


def _attendance(held: list[CouncilMeeting]) -> Attendance:
    return Attendance(len(held), sum(m.ambassador_present for m in held),
                      sum(m.area_manager_present for m in held))


@dataclass(frozen=True)
class Completeness:
    expected: int  # meetings held in the period whose minutes are due by today
    received: int  # of which the minutes came in
    invitations: int  # meetings held in the period with an invitation received beforehand
    held: int

    @property
    def minutes_rate(self) -> float | None:
        return self.received / self.expected if self.expected else None

    @property
    def invitation_rate(self) -> float | None:
        return self.invitations / self.held if self.held else None


def completeness(session: Session, network_id: str, start: date, end: date, today: date) -> Completeness:
    """Whether the minutes and invitations of the meetings held in the period reached the
    municipality. A meeting's minutes count as expected once MINUTES_WAIT_DAYS have passed (or when
    they came in sooner), so a meeting of last week is not a missing set of minutes."""
    return _completeness(_held(session, network_id, start, end, today), today)


def _completeness(held: list[CouncilMeeting], today: date) -> Completeness:
    due = [m for m in held if m.minutes_received_on is not None or (today - m.held_on).days >= MINUTES_WAIT_DAYS]
    return Completeness(len(due), sum(m.minutes_received_on is not None for m in due),
                        sum(m.invitation_received_on is not None for m in held), len(held))


def figures(session: Session, network_id: str, start: date, end: date, today: date | None = None) -> dict[str, Any]:
    """The neighbourhood report's governance figures for a period (inclusive): agreements made,
    done and dropped in the period, open now (and of those, due by the period's end), and the village councils' meetings with
    attendance and minutes. Rates are fractions (None when there is nothing to divide by)."""
    today = today or date.today()
    last = min(end, today)
    found = commitments(session, network_id)
    made = [c for c in found if c.created_at is not None and start <= c.created_at.date() <= end]
    done = [c for c in found if c.status == CommitmentStatus.DONE.value and c.done_on is not None
            and start <= c.done_on <= end]
    dropped = [c for c in found if c.status == CommitmentStatus.DROPPED.value and c.done_on is not None
               and start <= c.done_on <= end]
    open_ = [c for c in found if c.status == CommitmentStatus.OPEN.value]
    # as they stood on the period's last day: made by then, not yet finished (done or dropped) then
    open_end = [c for c in found if c.created_at is not None and c.created_at.date() <= end
                and (c.done_on is None or c.done_on > end)]
    held = _held(session, network_id, start, end, today)  # one read of the meetings for all three figures
    att, comp = _attendance(held), _completeness(held, today)
    return {
        "commitments_total": len(found),
        "commitments_made": len(made),
        "commitments_done": len(done),
        "commitments_dropped": len(dropped),
        "commitments_open": len(open_),
        # still open and due on or before the period's last day (or today, for a period running)
        "commitments_overdue": sum(is_overdue(c.status, c.due_on, last + timedelta(days=1)) for c in open_),
        "commitments_open_end": len(open_end),
        "commitments_overdue_end": sum(1 for c in open_end if c.due_on is not None and c.due_on < end),
        "meetings_held": att.held,
        "councils_met": len({m.council.casefold() for m in held}),
        "ambassador_present": att.ambassador,
        "ambassador_rate": att.ambassador_rate,
        "area_manager_present": att.area_manager,
        "area_manager_rate": att.area_manager_rate,
        "minutes_expected": comp.expected,
        "minutes_received": comp.received,
        "minutes_rate": comp.minutes_rate,
        "invitations_received": comp.invitations,
        "invitation_rate": comp.invitation_rate,
    }


def record_kind(session: Session, record_id: str) -> str | None:
    """"commitment" or "council_meeting" when `record_id` names a live one of those (a screen holding
    an id of any kind asks), else None."""
    found: Commitment | CouncilMeeting | None = session.get(Commitment, record_id) or session.get(
        CouncilMeeting, record_id)
    if found is None or found.deleted_at is not None:
        return None
    return str(found.__tablename__)


# -- the overview ----------------------------------------------------------------------------------------
def is_neighbourhood(session: Session, network_id: str) -> bool:
    net = session.get(Network, network_id)
    return net is not None and net.kind == NetworkKind.NEIGHBOURHOOD.value


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """For a neighbourhood network: agreements overdue or due within two weeks, minutes still
    missing a month after a meeting, and a meeting within two weeks without an invitation (opened
    in the Activiteiten & signalen tab)."""
    if not is_neighbourhood(session, network_id):
        return []
    items: list[AttentionItem] = []
    for c in commitments(session, network_id):
        if c.status != CommitmentStatus.OPEN.value or c.due_on is None or (c.due_on - today).days > DUE_SOON_DAYS:
            continue
        late, what = c.due_on < today, " ".join(c.title.split())
        items.append(AttentionItem(
            "activity", 2 if late else 1,
            f"Afspraak: {what} ({c.owner}) — " + (f"was voorzien tegen {c.due_on:%d/%m/%Y}" if late else
                                                  f"tegen {c.due_on:%d/%m/%Y}"),
            f"Agreement: {what} ({c.owner}) — " + (f"was due by {c.due_on:%d/%m/%Y}" if late else
                                                   f"by {c.due_on:%d/%m/%Y}"),
            c.id, c.due_on))
    for m in meetings(session, network_id):
        if m.held_on <= today and minutes_late(m.held_on, m.minutes_received_on, today):
            items.append(AttentionItem(
                "activity", 2,
                f"Notulen van {m.council} ({m.held_on:%d/%m/%Y}) nog niet ontvangen",
                f"Minutes of {m.council} ({m.held_on:%d/%m/%Y}) not received yet",
                m.id, m.held_on + timedelta(days=MINUTES_WAIT_DAYS)))
        elif m.held_on >= today and (m.held_on - today).days <= INVITATION_SOON_DAYS \
                and m.invitation_received_on is None:
            items.append(AttentionItem(
                "activity", 1,
                f"{m.council} vergadert op {m.held_on:%d/%m/%Y}: nog geen uitnodiging ontvangen",
                f"{m.council} meets on {m.held_on:%d/%m/%Y}: no invitation received yet",
                m.id, m.held_on))
    return items
