"""Deterministic demo vault: realistic Flemish data for each of the four kinds of network.

Everything is drawn from one seeded random generator, ids included, and dates are relative to
`today`, so the same seed on the same day gives the same vault and the demo always looks current.
Sizes above `small` add bulk volume (stakeholders, interactions, trajectories) to the connection
network with Core executemany inserts inside one transaction.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import demo_data as data
from app.demo_followup import populate_followup
from app.domain import (
    Activity,
    ActivityParticipant,
    Ambassador,
    AmbassadorStatusChange,
    Base,
    Commitment,
    ContactPerson,
    CouncilMeeting,
    GroupPhaseEntry,
    Indicator,
    IndicatorTarget,
    Interaction,
    Milestone,
    Network,
    RoutingRule,
    Signal,
    SignalStatusChange,
    StageChange,
    Stakeholder,
    SteeringMeeting,
    SteeringMember,
    SupportGiven,
    TopicRule,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
    utcnow,
)
from app.domain.vocabulary import (
    ActivityKind,
    AmbassadorStatus,
    Barrier,
    ClosingReason,
    EngagementType,
    GroupPhase,
    InteractionKind,
    MilestoneKind,
    MotivationProfile,
    NetworkKind,
    SignalStatus,
    Stage,
    Strategy,
    SupportKind,
)
from app.errors import UsageError
from app.periods import add_months, next_working_year_start, working_year_of

if TYPE_CHECKING:
    from app.vault import PendingVault, Vault

DEMO_PASSPHRASE = "verbind-demo"
SIZES = ("small", "medium", "large", "huge")
# extra (stakeholders, interactions, trajectories) bulk-added to the connection network
_BULK = {"small": (0, 0, 0), "medium": (750, 3_000, 400), "large": (10_000, 50_000, 2_000),
         "huge": (100_000, 500_000, 20_000)}
_BATCH = 20_000

T = TypeVar("T", bound=Base)


class _Gen:
    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.s = session
        self.rng = random.Random(seed)
        self.today = today

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, obj: T) -> T:
        obj.id = self.uid()  # type: ignore[attr-defined]
        self.s.add(obj)
        if isinstance(obj, Network):
            self.s.flush()  # column defaults (working year start, follow-up months) are needed now
        return obj

    def person(self) -> str:
        return f"{self.rng.choice(data.FIRST_NAMES)} {self.rng.choice(data.LAST_NAMES)}"

    def email(self, name: str, domain: str = "voorbeeld.be") -> str:
        local = "".join(c for c in name.lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c == "."))
        return f"{local}@{domain}"

    def phone(self) -> str:
        return f"04{self.rng.randint(70, 99)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}"

    def day_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def ago(self, lo_days: int, hi_days: int) -> date:
        return self.today - timedelta(days=self.rng.randint(lo_days, hi_days))

    def pick(self, seq: Sequence[Any], k: int) -> list[Any]:
        return self.rng.sample(list(seq), min(k, len(seq)))

    # -- shared building blocks ----------------------------------------------------------
    def stakeholder(self, net: Network, name: str, category: str, side: str, municipality: str,
                    area: str = "", kind: str = "organisation") -> Stakeholder:
        rng = self.rng
        stage_index = rng.choices(range(5), weights=[3, 3, 4, 3, 2])[0]
        sh = self.add(Stakeholder(
            network_id=net.id, name=name, kind=kind, category=category, side=side,
            municipality=municipality, area=area, strength=min(5, 1 + stage_index + rng.randint(-1, 1)) or 1,
            influence=rng.randint(5, 95), interest=rng.randint(5, 95), stage=list(Stage)[stage_index].value,
            email=self.email(name.split(" — ")[0], "organisatie.be"), phone=self.phone(),
        ))
        if side == "supply" and category not in ("government", "alderman"):
            sh.places_available = rng.choice([0, 2, 4, 5, 8, 10, 15])
            sh.waiting_list = rng.choice([0, 0, 0, 3, 6, 12])
        if stage_index >= 2:
            sh.concerns = rng.choice(["Weinig vrijwilligers om nieuwe kinderen op te vangen.",
                                      "Zoekt meer diversiteit in de groep.",
                                      "Lidgeld is voor sommige gezinnen een drempel.",
                                      "Wil graag meer samenwerken met scholen in de buurt."])
        if stage_index >= 3 and rng.random() < 0.6:
            sh.engagement_signed_on = self.ago(30, 600)
        on = self.ago(500, 900)
        prev: str | None = None
        for stage in list(Stage)[: stage_index + 1]:
            self.add(StageChange(stakeholder_id=sh.id, from_stage=prev, to_stage=stage.value, changed_on=on))
            prev = stage.value
            on = min(self.today, on + timedelta(days=rng.randint(20, 160)))
        for _ in range(rng.choice([0, 1, 1, 2])):
            person = self.person()
            self.add(ContactPerson(stakeholder_id=sh.id, name=person,
                                   role=rng.choice(["coördinator", "voorzitter", "leiding", "directeur", "medewerker"]),
                                   email=self.email(person), phone=self.phone()))
        last: date | None = None
        for _ in range(rng.randint(1 if stage_index else 0, 2 + stage_index)):
            when = self.ago(0, 600)
            self.add(Interaction(stakeholder_id=sh.id, network_id=sh.network_id,
                                 kind=rng.choice(list(InteractionKind)).value,
                                 occurred_on=when, note=rng.choice(["Kennismaking met de werking.",
                                 "Infomoment over het project.", "Afspraken rond vrije plaatsen.",
                                 "Uitnodiging netwerkmoment bezorgd.", "Telefonisch opgevolgd."])))
            last = max(last or when, when)
        if last is not None:
            sh.last_contact_on = last
            sh.next_contact_on = self.today + timedelta(days=rng.randint(-40, 90))
        self.s.flush()  # rows that refer to it by id (no relationship) are inserted later
        return sh

    def ambassador(self, net: Network, status: AmbassadorStatus, *, role: str = "", area: str = "",
                   name: str | None = None, appointed: date | None = None, term_years: int = 3) -> Ambassador:
        rng = self.rng
        name = name or self.person()
        amb = self.add(Ambassador(network_id=net.id, name=name, email=self.email(name), phone=self.phone(),
                                  role=role, area=area, status=AmbassadorStatus.NOMINATED.value))
        before = timedelta(days=rng.randint(20, 90))
        amb.nominated_by = self.person()
        # nominated some weeks before the appointment (never after it)
        app_on = None if status is AmbassadorStatus.NOMINATED else appointed or self.ago(100, 900)
        nominated = (app_on or self.today) - before
        amb.nominated_on = nominated
        self.add(AmbassadorStatusChange(ambassador_id=amb.id, from_status=None, to_status="nominated",
                                        changed_on=nominated, note="Voorgedragen"))
        if app_on is None:
            self.s.flush()
            return amb
        amb.screened_on = app_on - timedelta(days=10)
        amb.appointed_on = app_on
        amb.term_start = app_on
        amb.term_end = add_months(app_on, 12 * term_years)
        amb.charter_signed_on = app_on
        chain = [AmbassadorStatus.APPOINTED]
        if status in (AmbassadorStatus.ACTIVE, AmbassadorStatus.HONORARY, AmbassadorStatus.FORMER):
            chain.append(AmbassadorStatus.ACTIVE)
        if status is AmbassadorStatus.HONORARY:
            chain.append(AmbassadorStatus.HONORARY)
            amb.honorary_on = min(self.today, app_on + timedelta(days=700))
        if status is AmbassadorStatus.FORMER:
            chain.append(AmbassadorStatus.FORMER)
            amb.left_on = min(self.today, app_on + timedelta(days=400))
            amb.left_reason = "Verhuisd naar een andere regio"
        prev, on = "nominated", app_on
        for st in chain:
            self.add(AmbassadorStatusChange(ambassador_id=amb.id, from_status=prev, to_status=st.value, changed_on=on))
            prev, on = st.value, min(self.today, on + timedelta(days=30))
        amb.status = status.value
        self.s.flush()
        return amb

    def activity(self, net: Network, kind: ActivityKind, held_on: date, title: str, place: str,
                 ambassadors: Sequence[Ambassador] = (), stakeholders: Sequence[Stakeholder] = ()) -> Activity:
        act = self.add(Activity(network_id=net.id, kind=kind.value, held_on=held_on, title=title, place=place))
        for amb in ambassadors:
            self.add(ActivityParticipant(activity_id=act.id, ambassador_id=amb.id,
                                         attended=self.rng.random() > 0.1 or kind.value.startswith("podium")))
        for sh in stakeholders:
            self.add(ActivityParticipant(activity_id=act.id, stakeholder_id=sh.id, attended=True))
        return act

    def steering(self, net: Network, members: int = 5) -> None:
        roles = ["voorzitter", "schepen van Jeugd", "jeugddienst", "OCMW", "onderwijs", "vrijetijdsaanbieder"]
        for role in roles[:members]:
            self.add(SteeringMember(network_id=net.id, name=self.person(), role=role,
                                    organisation=net.municipality, group_kind="steering"))
        for months_back in (2, 6, 10, 14, 18, 22):
            self.add(SteeringMeeting(network_id=net.id, held_on=add_months(self.today, -months_back),
                                     notes="Stand van zaken, cijfers en signalen besproken."))

    def indicators(self, net: Network, targets: dict[str, tuple[str, str, float]]) -> None:
        wy = working_year_of(self.today, net.working_year_start_month)
        years = [wy.previous().previous().label, wy.previous().label, wy.label]
        for metric, (name, unit, target) in targets.items():
            ind = self.add(Indicator(network_id=net.id, name=name, metric=metric, unit=unit))
            for y in years:
                self.add(IndicatorTarget(indicator_id=ind.id, year=y, target=target))


# -- the four networks ------------------------------------------------------------------------


def _connection(g: _Gen) -> Network:
    rng = g.rng
    net = g.add(Network(
        name="Verbindingsambassadeurs Gent", kind=NetworkKind.CONNECTION.value, municipality="Gent",
        beliefs="Elk kind heeft recht op vrije tijd. Kinderen uit kwetsbare gezinnen vinden de weg naar het "
                "jeugdwerk als iemand hen persoonlijk begeleidt en het aanbod zich openstelt.",
        needs="Veel kinderen in Rabot, Brugse Poort en Ledeberg nemen niet deel aan georganiseerde vrije tijd.",
        existing_offer="Ruim aanbod aan jeugdbewegingen, sportclubs en speelpleinwerkingen, maar weinig vrije plaatsen op woensdag.",
        barriers_seen="Kostprijs, onbekendheid met het aanbod, vervoer en weinig vertrouwen.",
        exploratory_talks="Verkennende gesprekken met OCMW, Huizen van het Kind, scholen en jeugdwerk.",
        focus_target_group="Kinderen en jongeren van 6 tot 16 jaar uit gezinnen in armoede en nieuwkomers.",
        focus_area="Rabot, Brugse Poort, Ledeberg, Nieuw Gent", focus_youth_work="Jeugdbewegingen, sport en speelpleinwerk",
        strategies=[Strategy.INDIVIDUAL_GUIDANCE.value, Strategy.SUPPORT_ASSOCIATIONS.value, Strategy.COOPERATION.value],
        ambassador_profile="Verbinder met kennis van het jeugdwerk en ervaring met kwetsbare gezinnen.",
        budget_eur=92_000, staff_budget_eur=74_000, fte=1.0, term_kind="indefinite",
        start_date=working_year_of(g.today).start.replace(year=working_year_of(g.today).start.year - 2),
        hiring_mode="in_house", training_plan="Basisvorming toeleiding, vorming armoede en diversiteit.",
        intervision="Maandelijkse intervisie met verbindingsambassadeurs uit andere steden.",
        coaching="Coaching door de jeugddienst.",
        registration_agreements="Elk traject wordt gepseudonimiseerd geregistreerd binnen de week.",
        reporting_moments="Halfjaarlijks aan de stuurgroep; jaarverslag in oktober.",
        success_milestone=MilestoneKind.STILL_ACTIVE.value, followup_months=6,
    ))
    g.steering(net, 6)
    g.indicators(net, {
        "trajectories_started": ("Trajecten gestart", "trajecten", 80),
        "successful_guidances": ("Geslaagde toeleidingen", "kinderen", 60),
        "stakeholders_reached": ("Organisaties bereikt", "organisaties", 60),
        "": ("Nieuwe samenwerking met scholen", "scholen", 4),
    })
    demand = [g.stakeholder(net, n, c, s, "Gent", rng.choice(data.GHENT_AREAS)) for n, c, s in data.CONNECTION_DEMAND]
    supply = [g.stakeholder(net, n, c, "supply", "Gent", rng.choice(data.GHENT_AREAS)) for n, c in data.CONNECTION_SUPPLY]
    kinds = [("Sportclub", "sports_club", "supply"), ("Jeugdbeweging", "youth_movement", "supply"),
             ("Basisschool", "school", "demand"), ("Buurtcentrum", "neighbourhood_work", "intermediary"),
             ("Speelpleinwerking", "playground", "supply"), ("Kunstacademie", "cultural_education", "supply")]
    for i in range(110):
        _label, cat, side = kinds[i % len(kinds)]
        area = data.GHENT_AREAS[(i // len(kinds)) % len(data.GHENT_AREAS)]
        names = data.CONNECTION_ORG_NAMES[cat]
        stem = names[(i // len(kinds)) % len(names)]
        name = stem if i < len(kinds) * len(names) else f"{stem} {area}"
        sh = g.stakeholder(net, name, cat, side, "Gent", area)
        (supply if side == "supply" else demand).append(sh)
    workers = [g.ambassador(net, AmbassadorStatus.ACTIVE, role="verbindingsambassadeur", area=a,
                            appointed=g.ago(700, 800)) for a in ("Rabot", "Ledeberg", "Brugse Poort")]
    _trajectories(g, net, demand, supply, workers)
    for months_back in range(0, 24, 3):
        g.activity(net, ActivityKind.NETWORK_MEETING, add_months(g.today, -months_back) - timedelta(days=5),
                   "Netwerkmoment vrijetijdsaanbieders", "De Krook", workers, g.pick(supply, 6))
    return net


def _trajectories(g: _Gen, net: Network, demand: list[Stakeholder], supply: list[Stakeholder],
                  workers: list[Ambassador]) -> None:
    rng, today = g.rng, g.today
    current = working_year_of(today, net.working_year_start_month)
    years = [current.previous().previous(), current.previous(), current]
    referrers = [s for s in demand if s.side in ("demand", "intermediary")]
    family_pool: list[str] = []
    for wy in years:
        end = min(wy.end, today)
        fraction = max(0.05, (end - wy.start).days / 365)
        count = round(80 * fraction) + rng.randint(-4, 4)
        starts = sorted(g.day_between(wy.start, end) for _ in range(max(count, 1)))
        for n, started in enumerate(starts, start=1):
            code = f"GNT-{wy.start.year}-{n:03d}"
            if family_pool and rng.random() < 0.15:
                family = rng.choice(family_pool)
            else:
                family = f"GZN-{rng.randint(1000, 9999)}"
                family_pool.append(family)
            birth = started.year - rng.randint(6, 16)
            traj = g.add(Trajectory(
                network_id=net.id, code=code, birth_year=birth, neighbourhood=rng.choice(data.GHENT_AREAS),
                family_code=family, gender=rng.choice(["jongen", "meisje", ""]),
                referral_source_id=rng.choice(referrers).id, worker_ambassador_id=rng.choice(workers).id,
                wishes=rng.choice(["Wil graag voetballen.", "Zoekt een jeugdbeweging met vriendjes.",
                                   "Interesse in dans en muziek.", "Wil leren zwemmen.", "Houdt van tekenen."]),
                started_on=started,
                name=g.person() if rng.random() < 0.05 else "",
            ))
            offers = g.pick(supply, rng.choice([1, 1, 2]))
            for sh in offers:
                g.add(TrajectoryOffer(trajectory_id=traj.id, stakeholder_id=sh.id))
            for b in g.pick([b for b in Barrier if b is not Barrier.OTHER], rng.randint(1, 3)):
                g.add(TrajectoryBarrier(trajectory_id=traj.id, barrier=b.value))
            _milestones(g, net, traj, offers[0])


def _milestones(g: _Gen, net: Network, traj: Trajectory, offer: Stakeholder) -> None:
    rng, today = g.rng, g.today

    def ms(kind: MilestoneKind, achieved: date | None, due: date | None = None, outcome: bool | None = True,
           count: int | None = None) -> None:
        g.add(Milestone(trajectory_id=traj.id, kind=kind.value, achieved_on=achieved, due_on=due,
                        outcome=outcome if achieved or outcome is False else None, count=count,
                        offer_id=offer.id))

    def close(on: date, reason: ClosingReason) -> None:
        on = min(on, today)
        traj.status, traj.closed_on, traj.closing_reason = "closed", on, reason.value
        ms(MilestoneKind.CLOSED, on)

    started = traj.started_on
    ms(MilestoneKind.FIRST_CONTACT, started)
    trial_on = started + timedelta(days=rng.randint(7, 35))
    if trial_on > today:
        ms(MilestoneKind.TRIAL, None, due=started + timedelta(days=28))
        return
    if rng.random() > 0.88:
        close(trial_on + timedelta(days=20), rng.choice([ClosingReason.NO_SUITABLE_OFFER,
                                                          ClosingReason.FAMILY_DECLINED, ClosingReason.NO_CONTACT]))
        return
    ms(MilestoneKind.TRIAL, trial_on, count=rng.randint(1, 4))
    if rng.random() < 0.5:
        g.add(SupportGiven(trajectory_id=traj.id, kind=SupportKind.ACCOMPANIMENT.value, given_on=trial_on))
    enrolled_on = trial_on + timedelta(days=rng.randint(7, 30))
    if enrolled_on > today:
        return
    if rng.random() > 0.88:
        close(enrolled_on, ClosingReason.DROPPED_OUT)
        return
    ms(MilestoneKind.ENROLLED, enrolled_on)
    if rng.random() < 0.7:
        g.add(SupportGiven(trajectory_id=traj.id, kind=SupportKind.FEE.value, given_on=enrolled_on,
                           amount_eur=float(rng.choice([25, 35, 40, 50, 60, 75, 90, 120]))))
    for kind in g.pick([SupportKind.TRANSPORT, SupportKind.MATERIAL], rng.randint(0, 2)):
        g.add(SupportGiven(trajectory_id=traj.id, kind=kind.value, given_on=enrolled_on,
                           amount_eur=float(rng.choice([15, 20, 30, 45])) if kind is SupportKind.MATERIAL else None))
    check_due = add_months(enrolled_on, net.followup_months)
    if check_due > today or (today - check_due).days < 20 and rng.random() < 0.6:
        ms(MilestoneKind.STILL_ACTIVE, None, due=check_due)
        return
    if rng.random() > 0.82:
        ms(MilestoneKind.STILL_ACTIVE, check_due, outcome=False)
        close(check_due, ClosingReason.DROPPED_OUT)
        return
    ms(MilestoneKind.STILL_ACTIVE, check_due, due=check_due)
    re_due = next_working_year_start(enrolled_on, net.working_year_start_month)
    if re_due > today or (today - re_due).days < 15:
        ms(MilestoneKind.RE_ENROLLED, None, due=re_due)
        return
    if rng.random() < 0.8:
        ms(MilestoneKind.RE_ENROLLED, re_due + timedelta(days=rng.randint(0, 20)), due=re_due)
        if rng.random() < 0.5:
            close(re_due + timedelta(days=30), ClosingReason.SUCCESS)
    else:
        ms(MilestoneKind.RE_ENROLLED, re_due, due=re_due, outcome=False)
        close(re_due, ClosingReason.DROPPED_OUT)


def _local(g: _Gen) -> Network:
    net = g.add(Network(
        name="Ambassadeurs Abdijsite Herkenrode", kind=NetworkKind.LOCAL.value, municipality="Hasselt",
        beliefs="Bewoners en ondernemers zijn de beste gastheren van de site.",
        focus_target_group="Bewoners, lokale ondernemers en vrijwilligers rond de abdijsite.",
        strategies=[Strategy.COOPERATION.value], fte=0.5, budget_eur=30_000, staff_budget_eur=24_000,
        term_kind="fixed", term_years=3, success_milestone=MilestoneKind.ENROLLED.value,
    ))
    g.steering(net, 4)
    shs = [g.stakeholder(net, n, c, s, "Hasselt", "Kuringen") for n, c, s in data.LOCAL_STAKEHOLDERS]
    roles = ["bewoner", "ondernemer", "vrijwilliger"]
    ambs = [g.ambassador(net, g.rng.choice([AmbassadorStatus.ACTIVE] * 4 + [AmbassadorStatus.NOMINATED]),
                         role=roles[i % 3], area="Kuringen") for i in range(12)]
    active = [a for a in ambs if a.status == "active"]
    wy = working_year_of(g.today)
    for year in (wy.previous(), wy):
        g.activity(net, ActivityKind.THANK_YOU, year.start + timedelta(days=100), "Jaarlijks bedankdiner",
                   "Brasserie Het Abdijhof", active)
    for months_back in (1, 4, 7, 10):
        g.activity(net, ActivityKind.INFO_MOMENT, add_months(g.today, -months_back), "Infomoment nieuwe expo",
                   "Abdijsite Herkenrode", g.pick(active, 6), g.pick(shs, 3))
    g.activity(net, ActivityKind.EVENT, add_months(g.today, -3), "Open Monumentendag", "Abdijsite Herkenrode",
               g.pick(active, 8))
    return net


def _entrepreneur(g: _Gen) -> Network:
    rng = g.rng
    net = g.add(Network(
        name="Ambassadeursnetwerk Sociale Innovatie Limburg", kind=NetworkKind.ENTREPRENEUR.value,
        municipality="Limburg", beliefs="Ondernemers die sociale innovatie uitdragen, inspireren andere ondernemers.",
        focus_target_group="Limburgse ondernemers", strategies=[Strategy.COOPERATION.value, Strategy.STRUCTURAL.value],
        fte=0.6, budget_eur=45_000, staff_budget_eur=35_000, term_kind="fixed", term_years=4,
        size_cap=25, podium_target=3,
    ))
    g.steering(net, 5)
    g.indicators(net, {"podium_activities": ("Podiumactiviteiten", "activiteiten", 60)})
    shs = [g.stakeholder(net, n, c, s, "Hasselt") for n, c, s in data.ENTREPRENEUR_STAKEHOLDERS]
    plan = ([AmbassadorStatus.NOMINATED] * 2 + [AmbassadorStatus.ACTIVE] * 14 + [AmbassadorStatus.APPOINTED] * 3
            + [AmbassadorStatus.HONORARY] * 2 + [AmbassadorStatus.FORMER])
    ambs = []
    for i, status in enumerate(plan):
        appointed = date(g.today.year if status is AmbassadorStatus.APPOINTED and g.today.month > 1 else g.today.year - 1 - i % 3, 1, 20)
        amb = g.ambassador(net, status, role="ondernemer", appointed=min(appointed, g.today), term_years=4)
        amb.organisation = f"{rng.choice(['Bouwbedrijf', 'Zorgcollectief', 'Softwarehuis', 'Bakkerij', 'Transport', 'Atelier'])} {amb.name.split()[-1]}"
        amb.motivation_profile = rng.choice(list(MotivationProfile)).value
        amb.engagement_types = sorted(e.value for e in g.pick(list(EngagementType), rng.randint(1, 3)))
        amb.likes = rng.choice(["Spreken voor groepen", "Bedrijfsbezoeken ontvangen", "Jonge ondernemers coachen",
                                "Cijfers en benchmarks delen"])
        amb.strengths = rng.choice(["Netwerker", "Verteller", "Analyticus", "Bruggenbouwer"])
        if rng.random() < 0.75:
            amb.diversity_consent = True
            amb.sector = rng.choice(data.ENTREPRENEUR_SECTORS)
            amb.company_size = rng.choice(["1-9", "10-49", "50-249", "250+"])
            amb.theme_phase = rng.choice(["starter", "gevorderd", "voortrekker"])
            amb.age_band = rng.choice(["25-34", "35-44", "45-54", "55+"])
            amb.gender = rng.choice(["vrouw", "man", "vrouw", "man", "x"])
            amb.background = rng.choice(["Belgisch", "Turks", "Marokkaans", "Pools", "Italiaans"])
        ambs.append(amb)
    active = [a for a in ambs if a.status in ("active", "appointed")]
    wy = working_year_of(g.today)
    podium_kinds = [k for k in ActivityKind if k.value.startswith("podium")]
    places = ["Corda Campus", "C-mine Genk", "PXL Hasselt", "Provinciehuis", "Radio 2 Limburg"]
    plan_counts = [0, 1, 2, 3, 4, 5]
    for i, amb in enumerate(active):
        for _ in range(plan_counts[i % len(plan_counts)]):
            when = g.day_between(wy.start, g.today)
            kind = rng.choice(podium_kinds)
            g.activity(net, kind, when, f"Sociale innovatie in de praktijk — {amb.name}", rng.choice(places), [amb])
        for _ in range(rng.randint(1, 3)):  # last year too, for year-on-year comparison
            g.activity(net, rng.choice(podium_kinds), g.day_between(wy.previous().start, wy.previous().end),
                       "Getuigenis op ondernemersavond", rng.choice(places), [amb])
    for months_back in (1, 4, 8):
        g.activity(net, ActivityKind.NETWORK_MEETING, add_months(g.today, -months_back), "Netwerkmoment ambassadeurs",
                   "Corda Campus", g.pick(active, 12), g.pick(shs, 2))
    g.activity(net, ActivityKind.TRAINING, add_months(g.today, -5), "Vorming storytelling", "PXL Hasselt", g.pick(active, 9))
    for year in (wy.previous(), wy):
        g.activity(net, ActivityKind.THANK_YOU, year.start + timedelta(days=95), "Nieuwjaarsdiner ambassadeurs",
                   "Kasteel Vlaamse Ardennen", active)
    for phase, back, note in ((GroupPhase.FORMING, 30, "Kennismakingsavond, verwachtingen op tafel."),
                              (GroupPhase.STORMING, 20, "Discussie over rolverdeling; duidelijke afspraken gemaakt."),
                              (GroupPhase.NORMING, 12, "Charter samen herschreven."),
                              (GroupPhase.PERFORMING, 4, "Ambassadeurs nemen zelf initiatief voor podia.")):
        g.add(GroupPhaseEntry(network_id=net.id, phase=phase.value, noted_on=add_months(g.today, -back), intervention=note))
    return net


def _neighbourhood(g: _Gen) -> Network:
    rng = g.rng
    net = g.add(Network(
        name="Wijkambassadeurs Lommel", kind=NetworkKind.NEIGHBOURHOOD.value, municipality="Lommel",
        beliefs="Elk dorp heeft een schepen als aanspreekpunt; signalen van bewoners krijgen snel een antwoord.",
        strategies=[Strategy.STRUCTURAL.value], fte=0.5, term_kind="fixed", term_years=4, signal_due_days=30,
    ))
    villages = data.NEIGHBOURHOOD_VILLAGES
    aldermen = []
    for i, name in enumerate(data.ALDERMEN):
        served = villages[i * 2 : i * 2 + 2]
        amb = g.ambassador(net, AmbassadorStatus.ACTIVE, role="schepen", area=", ".join(served),
                           name=name.replace("Schepen ", ""), appointed=date(g.today.year - 1, 1, 15), term_years=4)
        aldermen.append(amb)
        for v in served:
            g.add(RoutingRule(network_id=net.id, area=v, responsible=name))
    councils = [g.stakeholder(net, f"Dorpsraad {v}", "village_council", "intermediary", "Lommel", v) for v in villages]
    g.stakeholder(net, "Gebiedsmanager Lommel-Noord", "area_manager", "policy", "Lommel")
    g.stakeholder(net, "Dienst Openbare Werken", "municipal_department", "policy", "Lommel")
    g.stakeholder(net, "Bewonersplatform Kolonie", "residents_platform", "demand", "Lommel", "Kolonie")
    for _ in range(40):
        village = rng.choice(villages)
        topic, text = rng.choice(data.SIGNAL_TOPICS)
        raised = g.ago(0, 330)
        alderman = data.ALDERMEN[villages.index(village) // 2]
        by_kind = rng.choice(["resident", "resident", "stakeholder", "ambassador"])
        sig = g.add(Signal(network_id=net.id, raised_on=raised, raised_by_kind=by_kind, area=village, topic=topic,
                           description=text, responsible=alderman, status="new",
                           portfolio_holder=data.PORTFOLIO_HOLDERS.get(topic, ""),
                           due_on=raised + timedelta(days=net.signal_due_days)))
        if by_kind == "stakeholder":
            sig.raised_by_stakeholder_id = councils[villages.index(village)].id
        elif by_kind == "ambassador":
            sig.raised_by_ambassador_id = aldermen[villages.index(village) // 2].id
        g.add(SignalStatusChange(signal_id=sig.id, from_status=None, to_status="new", changed_on=raised))
        steps = rng.choices([0, 1, 2, 3], weights=[2, 2, 3, 5])[0] if (g.today - raised).days > 10 else 0
        on, prev = raised, "new"
        for status in [SignalStatus.FORWARDED, SignalStatus.ANSWERED, SignalStatus.CLOSED][:steps]:
            on = min(g.today, on + timedelta(days=rng.randint(2, 20)))
            g.add(SignalStatusChange(signal_id=sig.id, from_status=prev, to_status=status.value, changed_on=on))
            prev = status.value
            if status is SignalStatus.FORWARDED:
                sig.forwarded_on = on
            elif status is SignalStatus.ANSWERED:
                sig.answered_on = on
                sig.response = "De dienst plant een interventie; de dorpsraad werd ingelicht."
            else:
                sig.closed_on = on
        sig.status = prev
    for months_back in (1, 3, 6, 9):
        g.activity(net, ActivityKind.EVENT, add_months(g.today, -months_back), "Dorpsraad: open vergadering",
                   rng.choice(villages), g.pick(aldermen, 2), g.pick(councils, 2))
    for months_back, title in ((5, "Opening speelplein"), (11, "Dorpsfeest")):  # events without a village council
        g.activity(net, ActivityKind.EVENT, add_months(g.today, -months_back), title, rng.choice(villages),
                   g.pick(aldermen, 3))
    _governance(g, net)
    return net


def _governance(g: _Gen, net: Network) -> None:
    """Seed 004's governance: topic rules to the portfolio holders, the agreements for the term (some
    done, one overdue, one dropped) and four village council meetings (one without minutes after a
    month, one coming without an invitation)."""
    for topic, holder in sorted(data.PORTFOLIO_HOLDERS.items()):
        g.add(TopicRule(network_id=net.id, topic=topic, portfolio_holder=holder))
    for title, owner, due, finished, status, note in data.COMMITMENTS:
        g.add(Commitment(network_id=net.id, title=title, owner=owner, due_on=g.today + timedelta(days=due),
                         status=status, note=note,
                         done_on=None if finished is None else g.today - timedelta(days=finished)))
    for village, held, invited, minutes, ambassador, manager, note in data.COUNCIL_MEETINGS:
        on = g.today + timedelta(days=held)
        g.add(CouncilMeeting(network_id=net.id, council=f"Dorpsraad {village}", held_on=on,
                             invitation_received_on=None if invited is None else on - timedelta(days=invited),
                             minutes_received_on=None if minutes is None else on + timedelta(days=minutes),
                             ambassador_present=ambassador, area_manager_present=manager, note=note))


# -- bulk volume --------------------------------------------------------------------------------


class _RawInserter:
    """Fast executemany straight on the DBAPI cursor: every column in table order, Python-side
    column defaults filled once per table, dates as the ISO text SQLAlchemy's SQLite types use."""

    def __init__(self, session: Session, model: type[Base]) -> None:
        self.table: Any = model.__table__
        self.columns = [c.name for c in self.table.columns]
        self.defaults: dict[str, Any] = {}
        for col in self.table.columns:
            default = col.default
            if default is None or col.name in ("id", "created_at", "updated_at"):
                self.defaults[col.name] = None
            elif getattr(default, "is_scalar", False):
                self.defaults[col.name] = default.arg
            elif col.name in ("strategies", "engagement_types", "fields"):
                self.defaults[col.name] = "[]"
            else:
                value = default.arg(None)
                self.defaults[col.name] = json.dumps(value) if isinstance(value, (list, dict)) else value
        placeholders = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO {model.__tablename__} ({', '.join(self.columns)}) VALUES ({placeholders})"
        self.cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.rows: list[tuple[Any, ...]] = []

    def add(self, values: dict[str, Any]) -> None:
        row = []
        for name in self.columns:
            value = values.get(name, self.defaults[name])
            if isinstance(value, date):
                value = value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()  # type: ignore[call-arg]
            elif isinstance(value, bool):
                value = int(value)
            row.append(value)
        self.rows.append(tuple(row))
        if len(self.rows) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.cursor.executemany(self.sql, self.rows)
            self.rows = []


def _bulk(g: _Gen, net: Network, size: str) -> None:
    n_sh, n_int, n_traj = _BULK[size]
    if not n_sh:
        return
    rng, today, s = g.rng, g.today, g.s
    s.flush()
    # random UUID keys scatter index writes: a large page cache keeps the B-trees in memory
    s.connection().exec_driver_sql("PRAGMA cache_size = -400000")
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    cats = ["sports_club", "youth_movement", "school", "neighbourhood_work", "playground", "cultural_education",
            "library", "ocmw", "self_organisation", "youth_house"]
    sides = {"school": "demand", "ocmw": "demand", "neighbourhood_work": "intermediary", "library": "intermediary",
             "self_organisation": "intermediary"}
    words = ["De Toekomst", "Sint-Jan", "Vooruit", "Groeninge", "Sportief", "Zonneweide", "De Linde", "Horizon",
             "Kiekeboe", "Het Anker", "Molenberg", "Parkzicht", "Kouter", "Boomgaard", "Ter Beke"]
    stages = [st.value for st in Stage]
    sh_ids: list[str] = []
    out = _RawInserter(s, Stakeholder)
    for i in range(n_sh):
        cat = cats[i % len(cats)]
        sid = g.uid()
        sh_ids.append(sid)
        out.add({"id": sid, **stamp, "network_id": net.id,
                 "name": f"{rng.choice(words)} {data.GHENT_AREAS[i % 10]} {i:06d}", "category": cat,
                 "side": sides.get(cat, "supply"), "municipality": "Gent", "area": data.GHENT_AREAS[i % 10],
                 "stage": stages[rng.randrange(5)], "strength": rng.randint(1, 5), "influence": rng.randint(0, 100),
                 "interest": rng.randint(0, 100), "places_available": rng.choice([None, 0, 3, 5, 10]),
                 "next_contact_on": today + timedelta(days=rng.randint(-60, 120))})
    out.flush()
    kinds = [k.value for k in InteractionKind]
    out = _RawInserter(s, Interaction)
    for _ in range(n_int):
        out.add({"id": g.uid(), **stamp, "stakeholder_id": rng.choice(sh_ids), "kind": rng.choice(kinds),
                 "occurred_on": today - timedelta(days=rng.randint(0, 1000))})
    out.flush()
    trajectories, milestones = _RawInserter(s, Trajectory), _RawInserter(s, Milestone)
    for i in range(n_traj):
        tid = g.uid()
        started = today - timedelta(days=rng.randint(0, 1000))
        trajectories.add({"id": tid, **stamp, "network_id": net.id, "code": f"BLK-{started.year}-{i:05d}",
                          "birth_year": started.year - rng.randint(6, 16), "neighbourhood": data.GHENT_AREAS[i % 10],
                          "started_on": started, "status": "open", "referral_source_id": rng.choice(sh_ids)})
        milestones.add({"id": g.uid(), **stamp, "trajectory_id": tid, "kind": MilestoneKind.FIRST_CONTACT.value,
                        "achieved_on": started, "outcome": True})
    trajectories.flush()
    milestones.flush()
    s.connection().exec_driver_sql("PRAGMA cache_size = -2000")


def _consents(session: Session, seed: int, today: date) -> None:
    """Consents for the ambassadors with diversity data and for part of the trajectories (a parent's
    consent to share data with the leisure offer): most valid, some expiring soon, a few expired,
    one withdrawn — so the privacy dialog and the dashboard's reminders have something to show.
    A separate random stream keeps the rest of the demo unchanged."""
    from app.domain import Consent

    rng = random.Random(seed * 7919 + 1)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def add(kind: str, pid: str, purpose: str) -> None:
        roll = rng.random()
        expires = today + timedelta(days=rng.randint(40, 700))
        if roll < 0.12:
            expires = today + timedelta(days=rng.randint(3, 28))  # a reminder on the dashboard
        elif roll < 0.18:
            expires = today - timedelta(days=rng.randint(5, 60))  # expired
        given = add_months(expires, -24)
        withdrawn = today - timedelta(days=10) if 0.18 <= roll < 0.2 else None
        session.add(Consent(id=uid(), person_kind=kind, person_id=pid, purpose=purpose, given_on=given,
                            expires_on=expires, withdrawn_on=withdrawn, note="formulier in de map"))

    for (amb_id,) in session.execute(select(Ambassador.id).where(Ambassador.diversity_consent.is_(True))
                                     .order_by(Ambassador.id)):
        add("ambassador", amb_id, "Diversiteitsgegevens (anoniem in totalen)")
    for (traj_id,) in session.execute(select(Trajectory.id).where(Trajectory.closed_on.is_(None))
                                      .order_by(Trajectory.id).limit(40)):
        add("trajectory", traj_id, "Gegevens delen met de aanbieder van een vrijetijdsaanbod")


def populate(session: Session, size: str = "small", seed: int = 7, today: date | None = None) -> dict[str, int]:
    """Fill an empty vault with the demo networks; commits. Returns row counts per table."""
    if size not in SIZES:
        raise UsageError(f"unknown demo size {size!r}: choose one of {', '.join(SIZES)}")
    g = _Gen(session, seed, today or date.today())
    session.info["audit_disabled"] = True
    try:
        connection = _connection(g)
        _local(g)
        _entrepreneur(g)
        _neighbourhood(g)
        session.flush()
        populate_followup(session, g.today, seed)
        _consents(session, seed, g.today)
        _bulk(g, connection, size)
        from app.demo_recruiting import add_recruiting_and_requests

        add_recruiting_and_requests(session, g.today, seed)  # last, with its own random source
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info.pop("audit_disabled", None)
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        counts[table.name] = int(session.execute(select(func.count()).select_from(table)).scalar_one())
    return counts


def begin_demo_vault(path: Path, size: str = "small", seed: int = 7, passphrase: str = DEMO_PASSPHRASE,
                     today: date | None = None) -> PendingVault:
    """A demo vault, filled under its staged name: it appears at `path` on `commit()`, so a
    killed run leaves nothing there (the next run clears what it left)."""
    from app.vault import Vault

    if size not in SIZES:
        raise UsageError(f"unknown demo size {size!r}: choose one of {', '.join(SIZES)}")
    pending = Vault.begin_create(Path(path), passphrase)
    try:
        with pending.vault.session() as session:
            populate(session, size, seed, today)
        pending.vault.checkpoint()
    except BaseException:
        pending.abort()
        raise
    return pending


def create_demo_vault(path: Path, size: str = "small", seed: int = 7, passphrase: str = DEMO_PASSPHRASE,
                      today: date | None = None) -> tuple[Vault, str]:
    """Create a vault at `path` and fill it with demo data; returns (open vault, recovery key)."""
    pending = begin_demo_vault(path, size, seed, passphrase, today)
    return pending.commit(), pending.recovery


__all__ = ["DEMO_PASSPHRASE", "SIZES", "begin_demo_vault", "create_demo_vault", "populate"]
