"""Recruiting calls (seed 000: "Lanceer ook regelmatig oproepen voor nieuwe ambassadeurs. Ga op
zoek in verschillende sectoren: culturele organisaties, natuurverenigingen, overheden,
vervoersmaatschappijen,..."): a call with its date, title or channel and the sectors it approached;
the nominations it brought (Ambassador.recruiting_call_id) and how many of them were appointed; per
period the sectors covered and those no call reached; and a reminder on the overview when a local
or entrepreneur network has had no call this working year while terms end or the network has room.

Rules only: ui/tabs/ambassadors/recruiting.py draws them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network, RecruitingCall
from app.domain.vocabulary import RecruitingSector, label
from app.errors import ValidationError
from app.periods import Period
from app.services.ambassador import IN_NETWORK, network_size, podium_period, terms_ending
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

#: the network kinds whose seed asks for recruiting calls (000 local, 002 entrepreneur: "vanuit het
#: brede netwerk kunnen steeds nieuwe ambassadeurs worden voorgedragen")
RECRUITING_KINDS = ("local", "entrepreneur")
#: the overview's record id for "no call this working year" (there is no call to open yet)
REMINDER_ID = "recruiting-calls"
#: a call may be planned ahead, but not further than this
PLAN_AHEAD_DAYS = 366
EDITABLE = {"held_on", "title", "sectors", "note"}
SECTORS = tuple(s.value for s in RecruitingSector)


def recruiting_matters(session: Session, net: Network) -> bool:
    """Recruiting calls belong to local ambassadorship and entrepreneur networks (seeds 000, 002),
    and to any network that recorded a call before."""
    if net.kind in RECRUITING_KINDS:
        return True
    return session.scalar(select(RecruitingCall.id).where(
        RecruitingCall.network_id == net.id, alive(RecruitingCall)).limit(1)) is not None


def shown_for(session: Session, network_id: str) -> bool:
    """Whether the screens offer recruiting calls for this network (recruiting_matters by id)."""
    return recruiting_matters(session, network(session, network_id))


def _validate(fields: dict[str, Any], today: date) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}")
    tidy = dict(fields)
    if "title" in tidy:
        tidy["title"] = str(tidy["title"] or "").strip()
        if not tidy["title"]:
            raise ValidationError("Geef de oproep een titel of het kanaal, bv. ‘Oproep in de nieuwsbrief van de "
                                  "gemeente’.", field="title")
    if "held_on" in tidy:
        held_on = tidy["held_on"]
        if held_on is None:
            raise ValidationError("Vul de datum van de oproep in (dd/mm/jjjj).", field="held_on")
        if held_on > today + timedelta(days=PLAN_AHEAD_DAYS):
            raise ValidationError("Die datum ligt meer dan een jaar in de toekomst. Kijk het jaartal na.",
                                  field="held_on")
    if "sectors" in tidy:
        sectors = list(dict.fromkeys(tidy["sectors"] or []))
        bad = [s for s in sectors if s not in SECTORS]
        if bad:
            raise ValidationError(f"Onbekende sector: {', '.join(bad)}.", field="sectors")
        if not sectors:
            raise ValidationError("Vink minstens één sector aan die je met deze oproep aanspreekt.", field="sectors")
        tidy["sectors"] = [s for s in SECTORS if s in sectors]  # in the vocabulary's order
    if "note" in tidy:
        tidy["note"] = str(tidy["note"] or "").strip()
    return tidy


def create_call(session: Session, network_id: str, held_on: date, title: str, sectors: list[str], note: str = "",
                *, today: date | None = None) -> RecruitingCall:
    """A new recruiting call; `today` (default: the clock) bounds how far ahead it may be planned."""
    network(session, network_id)
    fields = _validate({"held_on": held_on, "title": title, "sectors": sectors, "note": note},
                       today or date.today())
    call = RecruitingCall(network_id=network_id, **fields)
    session.add(call)
    session.flush()
    return call


def update_call(session: Session, call: RecruitingCall | str, *, today: date | None = None,
                **fields: Any) -> RecruitingCall:
    call = resolve(session, RecruitingCall, call)
    tidy = _validate(fields, today or date.today())
    if "held_on" in tidy:
        late = [a for a in _brought(session, call.id) if a.nominated_on is not None and a.nominated_on < tidy["held_on"]]
        if late:
            raise ValidationError(f"Op die datum kan de oproep {late[0].name} niet hebben aangebracht: de voordracht "
                                  f"was op {late[0].nominated_on:%d/%m/%Y}.", field="held_on")
    for key, value in tidy.items():
        setattr(call, key, value)
    session.flush()
    return call


def delete_call(session: Session, call: RecruitingCall | str) -> None:
    """Soft delete; the nominations it brought stay, without the link to the call."""
    call = resolve(session, RecruitingCall, call)
    for amb in _brought(session, call.id):
        amb.recruiting_call_id = None
    soft_delete(session, call)


def calls(session: Session, network_id: str) -> list[RecruitingCall]:
    """The network's calls, newest first."""
    return list(session.scalars(select(RecruitingCall).where(
        RecruitingCall.network_id == network_id, alive(RecruitingCall)).order_by(
        RecruitingCall.held_on.desc(), RecruitingCall.created_at.desc())))


def _brought(session: Session, call_id: str) -> list[Ambassador]:
    return list(session.scalars(select(Ambassador).where(
        Ambassador.recruiting_call_id == call_id, alive(Ambassador)).order_by(Ambassador.name)))


def link_nomination(session: Session, amb: Ambassador | str, call_id: str | None) -> Ambassador:
    """Name the call that brought a nomination (None: no call). The call must be of the same
    network and held on or before the nomination."""
    amb = resolve(session, Ambassador, amb)
    if call_id is None:
        amb.recruiting_call_id = None
        session.flush()
        return amb
    call = resolve(session, RecruitingCall, call_id)
    if call.network_id != amb.network_id:
        raise ValidationError("Die oproep hoort bij een ander netwerk.", field="recruiting_call_id")
    if amb.nominated_on is not None and call.held_on > amb.nominated_on:
        raise ValidationError(f"De oproep ‘{call.title}’ van {call.held_on:%d/%m/%Y} valt na de voordracht "
                              f"({amb.nominated_on:%d/%m/%Y}); kies een eerdere oproep of geen.",
                              field="recruiting_call_id")
    amb.recruiting_call_id = call.id
    session.flush()
    return amb


def _ever_appointed(amb: Ambassador) -> bool:
    return amb.appointed_on is not None


@dataclass(frozen=True)
class CallRow:
    id: str
    held_on: date
    title: str
    sectors: tuple[str, ...]
    note: str
    nominations: int  # nominations it brought
    appointed: int  # of which were appointed (whatever their status today)
    names: tuple[str, ...]  # the people it brought, by name


def call_rows(session: Session, network_id: str) -> list[CallRow]:
    """Every call of the network, newest first, with the nominations it brought."""
    rows = []
    for call in calls(session, network_id):
        brought = _brought(session, call.id)
        rows.append(CallRow(call.id, call.held_on, call.title, tuple(call.sectors or ()), call.note, len(brought),
                            sum(1 for a in brought if _ever_appointed(a)), tuple(a.name for a in brought)))
    return rows


def call_options(session: Session, network_id: str) -> list[tuple[str, str]]:
    """(id, "dd/mm/jjjj — title") of the network's calls, newest first, for the nomination form."""
    return [(c.id, f"{c.held_on:%d/%m/%Y} — {c.title}") for c in calls(session, network_id)]


@dataclass(frozen=True)
class Coverage:
    """What the calls of a period reached (seed 000: look in different sectors)."""

    calls: int
    covered: tuple[str, ...]  # sector keys approached by at least one call
    not_reached: tuple[str, ...]  # sector keys no call approached
    nominations: int  # nominations the period's calls brought
    appointed: int

    def line(self, lang: str = "nl") -> str:
        """"Geen oproep naar onderwijs, zorg en welzijn in deze periode" (nothing missing: empty)."""
        if not self.calls:
            return "No recruiting call in this period." if lang == "en" else "Nog geen wervingsoproep in deze periode."
        if not self.not_reached:
            return ""
        names = [label(RecruitingSector(s), lang).lower() for s in self.not_reached]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (" and " if lang == "en" else " en ") + \
            names[-1]
        return (f"No call reached {joined} in this period." if lang == "en" else
                f"Geen oproep naar {joined} in deze periode.")


def coverage(session: Session, network_id: str, period: Period) -> Coverage:
    held = [c for c in calls(session, network_id) if period.contains(c.held_on)]
    covered = {s for c in held for s in (c.sectors or [])}
    brought = [a for c in held for a in _brought(session, c.id)]
    return Coverage(len(held), tuple(s for s in SECTORS if s in covered), tuple(s for s in SECTORS if s not in covered),
                    len(brought), sum(1 for a in brought if _ever_appointed(a)))


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """No recruiting call in the current working year while terms end within six months, or while
    the network is smaller than the size it set (seed 000: launch calls regularly; seed 002: the
    network refreshes itself yearly). Quiet for the other kinds of network."""
    net = network(session, network_id)
    if net.kind not in RECRUITING_KINDS:
        return []
    year = podium_period(session, network_id, today)
    if any(year.contains(c.held_on) for c in calls(session, network_id)):
        return []
    ending = [a for a in terms_ending(session, network_id, today) if a.status in IN_NETWORK]
    size = network_size(session, network_id)
    if ending:
        n = len(ending)
        nl = "1 mandaat binnenkort afloopt" if n == 1 else f"{n} mandaten binnenkort aflopen"
        en = "1 term ends soon" if n == 1 else f"{n} terms end soon"
        return [AttentionItem("ambassador", 1, f"Nog geen wervingsoproep dit werkjaar, terwijl {nl}",
                              f"No recruiting call this working year, while {en}", REMINDER_ID, year.end)]
    if size.size < size.cap:
        return [AttentionItem(
            "ambassador", 0,
            f"Nog geen wervingsoproep dit werkjaar; het netwerk telt {size.size} van {size.cap} ambassadeurs",
            f"No recruiting call this working year; the network has {size.size} of {size.cap} ambassadors",
            REMINDER_ID, year.end)]
    return []
