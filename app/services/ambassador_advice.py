"""Seed 002's advice turned into checks on the roster: does each ambassador get the kind of podium
that fits their motivation profile, is the profile mix known, what does the group's phase ask of
the project lead, and who is new in the group (and so in another phase than the rest).

Rules only: the panels of ui/ draw them, the overview lists what needs doing (attention_items)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Activity, ActivityParticipant, Ambassador
from app.domain.vocabulary import ActivityKind, GroupPhase, MotivationProfile, label
from app.periods import Period
from app.services.ambassador import IN_NETWORK, group_phases, network_size, podium_period, roster
from app.services.attention import AttentionItem
from app.services.common import alive, network

# the podium that fits a profile (seed 002's instruments per profile, in the activity kinds Verbind knows)
FITTING_PODIUM: dict[MotivationProfile, frozenset[ActivityKind]] = {
    # grote bijeenkomsten, verbinden aan mensen met aanzien, interviews in kranten
    MotivationProfile.DIRECTOR: frozenset({ActivityKind.PODIUM_PRESENTATION, ActivityKind.PODIUM_INTERVIEW}),
    # workshops, bedrijfsbezoeken, diepte-interviews, beschrijving van best practices
    MotivationProfile.TEACHER: frozenset({ActivityKind.PODIUM_WORKSHOP, ActivityKind.PODIUM_COMPANY_VISIT,
                                          ActivityKind.PODIUM_INTERVIEW, ActivityKind.PODIUM_ARTICLE}),
    # 1 op 1 gesprekken, intervisie: in contact met individuele ondernemers
    MotivationProfile.COACH: frozenset({ActivityKind.PODIUM_COMPANY_VISIT, ActivityKind.INTERVISION,
                                        ActivityKind.PODIUM_WORKSHOP}),
    # media, beurzen, presentaties bij gemeenten/onderwijsinstellingen
    MotivationProfile.SELLER: frozenset({ActivityKind.PODIUM_ARTICLE, ActivityKind.PODIUM_PRESENTATION,
                                         ActivityKind.PODIUM_INTERVIEW}),
    # benchmark, prijsvragen, facts and figures
    MotivationProfile.PLAYER: frozenset({ActivityKind.PODIUM_PRESENTATION, ActivityKind.PODIUM_ARTICLE}),
}

PHASE_ADVICE: dict[GroupPhase, tuple[str, str]] = {
    GroupPhase.FORMING: (
        "Oriëntatie: de ambassadeurs vragen zich af wat ze gaan doen en wat het hun brengt. Werk vooral taakgericht: "
        "maak doel, aanpak en verwachtingen helder en geef instructies; zonder duidelijk kader duurt deze fase lang.",
        "Orientation: the ambassadors wonder what they will do and what is in it for them. Work mainly on the task: "
        "make goal, approach and expectations clear and give instructions; without a clear frame this phase lasts."),
    GroupPhase.STORMING: (
        "Ontevredenheid: verwachtingen botsen met de werkelijkheid (‘hoe belangrijk vindt de opdrachtgever ons?’). "
        "Toon het belang en de waarde van de ambassadeurs: een bezoek van of aan iemand met aanzien, een uitnodiging "
        "op een belangrijk moment, en voeg enthousiaste nieuwe ambassadeurs toe.",
        "Dissatisfaction: expectations meet reality (‘how much does the commissioner value us?’). Show the "
        "ambassadors' importance and value: a visit from or to someone of standing, an invitation to an important "
        "event, and add enthusiastic new ambassadors."),
    GroupPhase.NORMING: (
        "Oplossing: er groeit vertrouwen en een wij-gevoel. Motiveer en inspireer; geef ruimte aan afwijkende ideeën "
        "en twijfels, zodat de groep de prestatiefase bereikt.",
        "Resolution: trust and a sense of ‘we’ grow. Motivate and inspire; make room for dissenting ideas and doubts, "
        "so the group reaches the performing phase."),
    GroupPhase.PERFORMING: (
        "Productie: de ambassadeurs regelen zelf zaken en steunen elkaar. Werk meer relatiegericht: houd een-op-een "
        "contact, signaleer behoeften en zorg voor kennisverdieping.",
        "Performing: the ambassadors arrange things themselves and support each other. Work more on the relation: "
        "keep one-to-one contact, notice needs and deepen knowledge."),
    GroupPhase.ADJOURNING: (
        "Afscheid: deze fase begint pas als het project eindigt. Rond samen af, bedank en leg vast wat bereikt werd.",
        "Adjourning: this phase only starts when the project ends. Close together, thank and record what was "
        "achieved."),
}
NEWCOMER_DAYS = 183  # appointed in the last six months: still finding their place
MIX_ADVICE = (
    "Seed 002: een mix van profielen en een diverse samenstelling (sector, grootte, fase in het thema, leeftijd, "
    "achtergrond, vrouwelijke ondernemers) maakt het netwerk sterker. Vraag het profiel na met de vragenlijst.",
    "Seed 002: a mix of profiles and a diverse make-up (sector, size, phase in the theme, age, background, women "
    "entrepreneurs) makes the network stronger. Find out the profile with the questionnaire.")


@dataclass(frozen=True)
class PodiumFit:
    ambassador_id: str
    name: str
    profile: str
    fitting: int  # attended podium activities (or intervision) of a fitting kind in the period
    other: int  # attended podium activities of another kind

    @property
    def flagged(self) -> bool:
        return self.fitting == 0


def fitting_kinds(profile: str, lang: str = "nl") -> str:
    kinds = FITTING_PODIUM.get(MotivationProfile(profile), frozenset()) if profile in MotivationProfile._value2member_map_ \
        else frozenset()
    names = sorted(label(k, lang).split(": ")[-1].lower() for k in kinds)  # "Podium: interview" -> "interview"
    joiner = " or " if lang == "en" else " of "
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else "".join(names)


def podium_fit(session: Session, network_id: str, period: Period) -> list[PodiumFit]:
    """Per ambassador in the network with a profile: how many of the period's attended podium
    activities fit that profile."""
    rows = session.execute(
        select(ActivityParticipant.ambassador_id, Activity.kind, func.count())
        .join(Activity, Activity.id == ActivityParticipant.activity_id)
        .where(Activity.network_id == network_id, alive(Activity), alive(ActivityParticipant),
               ActivityParticipant.attended.is_(True), ActivityParticipant.ambassador_id.is_not(None),
               Activity.held_on.between(period.start, period.end))
        .group_by(ActivityParticipant.ambassador_id, Activity.kind))
    held: dict[str, Counter[str]] = {}
    for amb_id, kind, n in rows:
        held.setdefault(str(amb_id), Counter())[str(kind)] += int(n)
    podium = {k.value for k in ActivityKind if k.value.startswith("podium_")}
    out = []
    for amb in roster(session, network_id, IN_NETWORK):
        if amb.motivation_profile not in MotivationProfile._value2member_map_:
            continue
        fits = {k.value for k in FITTING_PODIUM[MotivationProfile(amb.motivation_profile or "")]}
        counts = held.get(amb.id, Counter())
        fitting = sum(n for k, n in counts.items() if k in fits)
        other = sum(n for k, n in counts.items() if k in podium and k not in fits)
        out.append(PodiumFit(amb.id, amb.name, amb.motivation_profile or "", fitting, other))
    return out


@dataclass(frozen=True)
class ProfileMix:
    counts: dict[str, int]  # profile -> ambassadors in the network with it
    unknown: int  # in the network without a profile
    missing: tuple[str, ...]  # profiles nobody in the network has

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.unknown


def profile_mix(session: Session, network_id: str) -> ProfileMix:
    members = roster(session, network_id, IN_NETWORK)
    counts = Counter(a.motivation_profile for a in members if a.motivation_profile in MotivationProfile._value2member_map_)
    unknown = len(members) - sum(counts.values())
    missing = tuple(p.value for p in MotivationProfile if not counts.get(p.value))
    return ProfileMix({p.value: counts.get(p.value, 0) for p in MotivationProfile}, unknown, missing)


@dataclass(frozen=True)
class PhaseView:
    phase: str | None  # the latest noted phase
    noted_on: date | None
    advice_nl: str
    advice_en: str
    newcomers: tuple[str, ...]  # appointed recently, in a group that is further along


def phase_view(session: Session, network_id: str, today: date) -> PhaseView:
    entries = group_phases(session, network_id)
    if not entries:
        return PhaseView(None, None, "", "", ())
    latest = entries[0]
    phase = GroupPhase(latest.phase) if latest.phase in GroupPhase._value2member_map_ else None
    nl, en = PHASE_ADVICE.get(phase, ("", "")) if phase is not None else ("", "")
    newcomers: tuple[str, ...] = ()
    if phase in (GroupPhase.NORMING, GroupPhase.PERFORMING):
        since = today - timedelta(days=NEWCOMER_DAYS)
        newcomers = tuple(a.name for a in roster(session, network_id, IN_NETWORK)
                          if a.appointed_on is not None and a.appointed_on >= since)
    return PhaseView(latest.phase, latest.noted_on, nl, en, newcomers)


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """On the overview: a network above its size cap, ambassadors without a fitting podium in the
    second half of the working year, and a profile mix nobody knows yet."""
    net = network(session, network_id)
    items: list[AttentionItem] = []
    size = network_size(session, network_id)
    if size.over:
        first = session.scalar(select(Ambassador.id).where(Ambassador.network_id == network_id, alive(Ambassador),
                                                           Ambassador.status.in_(IN_NETWORK)).limit(1))
        items.append(AttentionItem("ambassador", 1, f"Het netwerk telt {size.size} ambassadeurs (meer dan {size.cap})",
                                   f"The network has {size.size} ambassadors (more than {size.cap})", str(first or "")))
    if net.kind != "entrepreneur":
        return items  # profiles and podia are seed 002's
    period = podium_period(session, network_id, today)
    if today >= period.start + (period.end - period.start) / 2:
        for fit in podium_fit(session, network_id, period):
            if fit.flagged:
                profile = label(MotivationProfile(fit.profile), "nl").split(" (")[0].lower()
                profile_en = label(MotivationProfile(fit.profile), "en").split(" (")[0].lower()
                items.append(AttentionItem(
                    "ambassador", 1,
                    f"{fit.name} ({profile}) kreeg dit werkjaar nog geen {fitting_kinds(fit.profile)}",
                    f"{fit.name} ({profile_en}) has had no {fitting_kinds(fit.profile, 'en')} this working year",
                    fit.ambassador_id, period.end))
    mix = profile_mix(session, network_id)
    if mix.total >= 5 and mix.unknown * 2 > mix.total:
        first = next((a.id for a in roster(session, network_id, IN_NETWORK) if not a.motivation_profile), "")
        items.append(AttentionItem(
            "ambassador", 0, f"Motivatieprofiel onbekend bij {mix.unknown} van {mix.total} ambassadeurs",
            f"Motivation profile unknown for {mix.unknown} of {mix.total} ambassadors", first))
    return items
