"""Demo data for the follow-up views of issue #19 (kept apart from app/demo.py's networks):
partners per strategy,
indicator starting points and reported actuals, the barrier action plan, supply-side barriers of
leisure providers and the project lead's one-to-one contacts with ambassadors. Deterministic."""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AgreementVersion,
    Ambassador,
    AmbassadorContact,
    Attachment,
    BarrierAction,
    Indicator,
    IndicatorTarget,
    Network,
    Stakeholder,
)
from app.domain.vocabulary import (
    AmbassadorContactKind,
    AmbassadorStatus,
    Barrier,
    NetworkKind,
    SupplyBarrier,
)
from app.periods import working_year_of
from app.services.barriers import SUPPLY

# a starting point (vertrekpunt) per built-in indicator name, measured before the network started
BASELINES = {"Trajecten gestart": 40.0, "Geslaagde toeleidingen": 25.0, "Organisaties bereikt": 35.0,
             "Nieuwe samenwerking met scholen": 0.0, "Podiumactiviteiten": 20.0}
CONTACT_NOTES = ["Koffie na het netwerkmoment: wil graag een podium bij de provincie.",
                 "Telefonisch: drukke periode in het bedrijf, volgende maand opnieuw.",
                 "Bedrijfsbezoek; nieuwe ideeën voor een getuigenis op een ondernemersavond.",
                 "Gesprek over de verlenging van het mandaat.",
                 "Kort bericht na de vorming storytelling."]


# partners per strategy (seed 001, step 3), by kind of network
PARTNERS = {
    NetworkKind.CONNECTION.value: {
        "individual_guidance": "OCMW Gent, Huizen van het Kind, brugfiguren van de basisscholen",
        "support_associations": "Jeugddienst, Sportdienst, Chiro- en KSA-groepen in Rabot en Ledeberg",
        "cooperation": "Samenlevingsopbouw Gent, Vormingplus, UiTPAS Gent"},
    NetworkKind.LOCAL.value: {"cooperation": "Toerisme Vlaanderen, de dienst toerisme, de handelaarsvereniging"},
    NetworkKind.ENTREPRENEUR.value: {"cooperation": "Voka Limburg, UNIZO Limburg, PXL",
                                     "structural": "Provincie Limburg, POM Limburg"},
    NetworkKind.NEIGHBOURHOOD.value: {"structural": "de dorpsraden, de gebiedsmanagers, het college van burgemeester en schepenen"},
}


def populate_followup(session: Session, today: date, seed: int = 7) -> None:
    rng = random.Random(seed * 31 + 5)
    nets = {n.kind: n for n in session.scalars(select(Network))}
    for net in nets.values():
        _indicators(session, net, today)
        net.strategy_partners = {k: v for k, v in PARTNERS.get(net.kind, {}).items() if k in (net.strategies or [])}
    connection = nets.get(NetworkKind.CONNECTION.value)
    if connection is not None:
        _action_plan(session, connection, today)
        _supply_barriers(session, connection, rng)
    for kind in (NetworkKind.ENTREPRENEUR.value, NetworkKind.LOCAL.value):
        if kind in nets:
            _contacts(session, nets[kind], today, rng)
    _documents(session, nets, today)


AGREEMENTS = {  # kind of network -> (kind of text, title, versions as (years back, text, agreed by))
    NetworkKind.LOCAL.value: ("charter", "Charter ambassadeurs", [
        (2, "Als ambassadeur vertellen we met trots over onze site, brengen we mensen samen en geven we ideeën "
            "door aan het projectteam.", "de 9 eerste ambassadeurs en de schepen van toerisme"),
        (1, "Als ambassadeur vertellen we met trots over onze site, brengen we mensen samen en geven we ideeën "
            "door aan het projectteam. We komen minstens twee keer per jaar samen en worden elk jaar bedankt.",
         "14 ambassadeurs en de schepen van toerisme")]),
    NetworkKind.ENTREPRENEUR.value: ("charter", "Charter ambassadeursnetwerk", [
        (1, "We delen onze ervaring met sociale innovatie op minstens drie podia per jaar en nemen deel aan de "
            "netwerkmomenten.", "de ambassadeurs op het aanstellingsmoment")]),
    NetworkKind.NEIGHBOURHOOD.value: ("covenant", "Convenant met de dorpsraden", [
        (1, "Het bestuur antwoordt binnen 30 dagen op een signaal van een dorpsraad; de wijkambassadeur en de "
            "gebiedsmanager zijn op elke dorpsraad aanwezig.", "de vijf dorpsraden en het college")]),
}


def _documents(session: Session, nets: dict[str, Network], today: date) -> None:
    """Texts agreed together in versions and a few small files (minutes, a signed declaration)."""
    for kind, (text_kind, title, versions) in AGREEMENTS.items():
        net = nets.get(kind)
        if net is None:
            continue
        for number, (back, text, who) in enumerate(versions, start=1):
            session.add(AgreementVersion(network_id=net.id, kind=text_kind, title=title, version=number, text=text,
                                         agreed_on=today.replace(year=today.year - back, day=1), agreed_by=who))
    for net in nets.values():
        minutes = (f"Verslag stuurgroep {net.name}\n\nAanwezig: voorzitter, jeugddienst, OCMW.\n"
                   "Besproken: cijfers van het werkjaar, signalen, volgende stappen.\n").encode()
        session.add(Attachment(network_id=net.id, filename="verslag-stuurgroep.txt", media_type="text/plain",
                               size=len(minutes), sha256=hashlib.sha256(minutes).hexdigest(),
                               note="verslag van de laatste stuurgroep", shared=True, content=minutes))


def _indicators(session: Session, net: Network, today: date) -> None:
    wy = working_year_of(today, net.working_year_start_month or 9)
    for ind in session.scalars(select(Indicator).where(Indicator.network_id == net.id)):
        if ind.name in BASELINES:
            ind.baseline = BASELINES[ind.name]
            ind.baseline_note = "gemeten in het jaar voor de start van het netwerk"
        if ind.metric:
            continue  # computed: no actual to report
        reported = {wy.previous().previous().label: (1.0, "eerste school: basisschool De Toekomst"),
                    wy.previous().label: (3.0, "telling bij de dienst onderwijs aan het einde van het schooljaar"),
                    wy.label: (2.0, "tussenstand; twee scholen in gesprek")}
        for t in session.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)):
            if t.year in reported:
                t.actual_manual, t.note = reported[t.year]


def _action_plan(session: Session, net: Network, today: date) -> None:
    wy = working_year_of(today, net.working_year_start_month or 9)
    plan = [  # barrier, action, owner, planned (days before today), due, done
        (Barrier.UNAFFORDABLE.value, "Afspraak met het OCMW over de UiTPAS met kansentarief voor elk kind in een traject",
         "Sara (jeugddienst)", 330, wy.previous().end - timedelta(days=60), wy.previous().end - timedelta(days=75)),
        (Barrier.HARD_TO_REACH.value, "Fietsbrigade van vrijwilligers naar de Chiro op zaterdag",
         "Karim (verbindingsambassadeur)", 200, today - timedelta(days=20), None),
        (Barrier.NOT_AWARE.value, "Vrijetijdsbeurs in de bib met alle clubs uit Rabot en Ledeberg",
         "Lies (verbindingsambassadeur)", 90, today + timedelta(days=45), None),
        (SUPPLY + SupplyBarrier.VOLUNTEER_CAPACITY.value, "Vorming ‘kinderen in armoede’ voor leiding van drie jeugdbewegingen",
         "Sara (jeugddienst)", 150, today - timedelta(days=60), today - timedelta(days=70)),
    ]
    for barrier, action, owner, back, due, done in plan:
        row = BarrierAction(network_id=net.id, barrier=barrier, action=action, owner=owner, due_on=due, done_on=done)
        made = datetime.combine(today - timedelta(days=back), datetime.min.time()).replace(hour=10)
        row.created_at = row.updated_at = made
        session.add(row)


def _supply_barriers(session: Session, net: Network, rng: random.Random) -> None:
    providers = list(session.scalars(select(Stakeholder).where(Stakeholder.network_id == net.id,
                                                               Stakeholder.side == "supply")
                                     .order_by(Stakeholder.name)))
    often = {SupplyBarrier.VOLUNTEER_CAPACITY: 5, SupplyBarrier.WAITING_LIST: 3, SupplyBarrier.TURNOVER: 3}
    choices = [b.value for b in SupplyBarrier]
    weights = [often.get(b, 1) for b in SupplyBarrier]  # volunteer capacity and waiting lists most (seed 003)
    for sh in providers[::3]:
        sh.supply_barriers = sorted(set(rng.choices(choices, weights, k=rng.randint(1, 2))))


def _contacts(session: Session, net: Network, today: date, rng: random.Random) -> None:
    people = session.scalars(select(Ambassador).where(
        Ambassador.network_id == net.id,
        Ambassador.status.in_([AmbassadorStatus.ACTIVE.value, AmbassadorStatus.APPOINTED.value]))
        .order_by(Ambassador.name)).all()
    kinds = [k.value for k in AmbassadorContactKind]
    for i, amb in enumerate(people):
        last = today - timedelta(days=rng.randint(10, 120))
        for n in range(rng.randint(1, 3)):
            on = last - timedelta(days=90 * n)
            nxt = on + timedelta(days=rng.choice([30, 60, 90])) if n == 0 else None
            if i % 4 == 0 and n == 0:  # every fourth is overdue: the overview's attention list shows it
                nxt = today - timedelta(days=rng.randint(3, 25))
            session.add(AmbassadorContact(ambassador_id=amb.id, occurred_on=on, kind=rng.choice(kinds),
                                          note=rng.choice(CONTACT_NOTES), next_contact_on=nxt))
