"""Demo recruiting calls and requests from third parties for the local (Herkenrode) and
entrepreneur (Limburg) demo networks: a few calls with the sectors they approached, linked to the
nominations made after them, and requests in every state. Built after every other demo table, with
its own random source, so the rest of the demo stays exactly as it was."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Network, RecruitingCall, Stakeholder, ThirdPartyRequest
from app.domain.vocabulary import (
    AmbassadorStatus,
    NetworkKind,
    RecruitingSector,
    RequestKind,
    RequestStatus,
)

S = RecruitingSector
K = RequestKind
R = RequestStatus

# (days before the first waiting nomination, or None: the oldest nominations, title, sectors, note)
CALLS: dict[str, list[tuple[int, str, list[S], str]]] = {
    NetworkKind.LOCAL.value: [
        (720, "Infoavond voor handelaars en horeca in Kuringen", [S.TOURISM, S.RETAIL],
         "Samen met de handelaarsvereniging; 25 aanwezigen."),
        (400, "Oproep via De Lijn en Toerisme Limburg", [S.TRANSPORT, S.GOVERNMENT],
         "Affiche in de bussen van lijn 2 en op de website van Toerisme Limburg."),
        (12, "Oproep in de nieuwsbrief van Stad Hasselt en bij de verenigingen", [S.CULTURE, S.NATURE,
                                                                                  S.ASSOCIATIONS, S.RESIDENTS],
         "Ook gedeeld door Natuurpunt Demervallei en de heemkundige kring."),
    ],
    NetworkKind.ENTREPRENEUR.value: [
        (730, "Oproep ‘Limburgse Besten’ via VOKA en UNIZO", [S.INDUSTRY, S.SERVICES, S.RETAIL],
         "Voordrachten door ambassadeurs en door de werkgeversorganisaties."),
        (380, "Oproep in Het Belang van Limburg", [S.INDUSTRY, S.CARE, S.TOURISM],
         "Artikel met een getuigenis van een ambassadeur."),
        (9, "Oproep op het netwerkmoment: ambassadeurs dragen voor", [S.CARE, S.TRANSPORT, S.SERVICES],
         "Elke ambassadeur bracht één naam uit het eigen netwerk mee."),
    ],
}

# (requester, stakeholder name or "", kind, topic, received days ago, wanted in days or None,
#  status, days after receipt of the status, note)
REQUESTS: dict[str, list[tuple[str, str, K, str, int, int | None, R, int, str]]] = {
    NetworkKind.LOCAL.value: [
        ("Basisschool De Linde", "", K.VISIT, "Rondleiding op de abdijsite voor het vijfde leerjaar", 50, -20,
         R.HELD, 30, "De klas maakte een tekening voor de ambassadeur."),
        ("Toerisme Limburg", "Toerisme Limburg", K.TALK, "Getuigenis op het toeristisch forum", 21, 30, R.ACCEPTED, 6,
         ""),
        ("Stad Hasselt — dienst Toerisme", "Stad Hasselt — dienst Toerisme", K.WORKSHOP,
         "Gastvrijheid voor handelaars in de binnenstad", 4, 40, R.NEW, 0, "Graag iemand uit de horeca."),
        ("Davidsfonds Kuringen", "", K.TALK, "Verhalen van de abdij voor een seniorennamiddag", 35, -5, R.DECLINED, 8,
         "Geen ambassadeur vrij op die datum; voorgesteld om in het voorjaar opnieuw te vragen."),
    ],
    NetworkKind.ENTREPRENEUR.value: [
        ("Gemeente Genk", "", K.TALK, "Inclusief ondernemen in de praktijk", 45, -12, R.HELD, 33, ""),
        ("Hogeschool PXL", "Hogeschool PXL", K.WORKSHOP, "Sociale innovatie voor studenten bedrijfsmanagement", 20,
         26, R.ACCEPTED, 5, "Twee uur, in de week van de ondernemer."),
        ("UNIZO Limburg", "UNIZO Limburg", K.VISIT, "Bedrijfsbezoek voor startende ondernemers", 18, 30,
         R.ASSIGNED, 2, ""),
        ("Provincie Limburg — Economie", "Provincie Limburg — Economie", K.TALK,
         "Inleiding op het Limburgs congres sociale innovatie", 3, 50, R.NEW, 0, ""),
        ("Stad Hasselt — economische raad", "", K.WORKSHOP, "Werkbaar werk in kleine bedrijven", 70, -40,
         R.DECLINED, 9, "Datum viel samen met het nieuwjaarsdiner."),
    ],
}


class _Ids:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 1009 + 19)

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _calls(session: Session, net: Network, today: date, ids: _Ids) -> None:
    people = list(session.scalars(select(Ambassador).where(Ambassador.network_id == net.id).order_by(
        Ambassador.nominated_on, Ambassador.name)))
    waiting = [a.nominated_on for a in people if a.status == AmbassadorStatus.NOMINATED.value and a.nominated_on]
    anchor = min(waiting) if waiting else today - timedelta(days=30)
    made: list[RecruitingCall] = []
    for days, title, sectors, note in CALLS[net.kind]:
        held_on = min(anchor - timedelta(days=days), today)
        call = RecruitingCall(id=ids(), network_id=net.id, held_on=held_on, title=title,
                              sectors=[s.value for s in S if s in sectors], note=note)
        session.add(call)
        made.append(call)
    session.flush()
    made.sort(key=lambda c: c.held_on)
    for amb in people:  # a nomination came through the latest call before it, within a year
        if amb.nominated_on is None:
            continue
        before = [c for c in made if c.held_on <= amb.nominated_on and (amb.nominated_on - c.held_on).days <= 366]
        if before:
            amb.recruiting_call_id = before[-1].id


def _requests(session: Session, net: Network, today: date, ids: _Ids) -> None:
    askable = list(session.scalars(select(Ambassador).where(
        Ambassador.network_id == net.id, Ambassador.status.in_((AmbassadorStatus.ACTIVE.value,
                                                                AmbassadorStatus.APPOINTED.value))).order_by(
        Ambassador.name)))
    stakeholders = {sh.name: sh.id for sh in session.scalars(select(Stakeholder).where(
        Stakeholder.network_id == net.id))}
    for i, (who, sh_name, kind, topic, ago, wanted, status, after, note) in enumerate(REQUESTS[net.kind]):
        received = today - timedelta(days=ago)
        wanted_on = today + timedelta(days=wanted) if wanted is not None else None
        due_on = received + timedelta(days=14)
        if wanted_on is not None and received <= wanted_on < due_on:
            due_on = wanted_on
        req = ThirdPartyRequest(id=ids(), network_id=net.id, received_on=received, requester=who,
                                requester_stakeholder_id=stakeholders.get(sh_name), kind=kind.value, topic=topic,
                                wanted_on=wanted_on, due_on=due_on, status=status.value, note=note)
        on = min(received + timedelta(days=after), today)
        if status in (R.ASSIGNED, R.ACCEPTED, R.HELD) and askable:
            req.ambassador_id = askable[(3 * i + 1) % len(askable)].id
            req.assigned_on = min(received + timedelta(days=1), on)
            if status is not R.ASSIGNED:
                req.accepted_on = on if status is R.ACCEPTED else min(received + timedelta(days=3), on)
            if status is R.HELD:
                req.held_on = wanted_on or on
        elif status is R.DECLINED:
            req.declined_on = on
        else:
            req.status = R.NEW.value  # new, or nobody to ask in a tiny demo
        session.add(req)
    session.flush()


def add_recruiting_and_requests(session: Session, today: date, seed: int) -> None:
    """The calls and requests of the demo's local and entrepreneur networks."""
    ids = _Ids(seed)
    for net in session.scalars(select(Network).where(Network.kind.in_((NetworkKind.LOCAL.value,
                                                                      NetworkKind.ENTREPRENEUR.value))).order_by(
            Network.kind)):
        _calls(session, net, today, ids)
        _requests(session, net, today, ids)
