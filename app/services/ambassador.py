"""Ambassador rules: the dated status pipeline, podium activities per year with a traffic light,
network size against the cap, terms ending, and diversity shown only as aggregates."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    ActivityParticipant,
    Ambassador,
    AmbassadorContact,
    AmbassadorStatusChange,
    GroupPhaseEntry,
)
from app.domain.vocabulary import (
    AMBASSADOR_TRANSITIONS,
    PODIUM_KINDS,
    ActivityKind,
    AmbassadorContactKind,
    AmbassadorStatus,
    EngagementType,
    GroupPhase,
    MotivationProfile,
    label,
)
from app.errors import ValidationError
from app.periods import Period, add_months, period_of
from app.services import drafts
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

DEFAULT_TERM_YEARS = 3
IN_NETWORK = (AmbassadorStatus.APPOINTED.value, AmbassadorStatus.ACTIVE.value)
#: a nomination waits too long when no decision came this many days after it
NOMINATION_WAIT_DAYS = 30
PIPELINE = tuple(AmbassadorStatus)  # the order the status buttons and the history follow

EDITABLE = {
    "name",
    "email",
    "phone",
    "organisation",
    "role",
    "nominated_by",
    "motivation_profile",
    "likes",
    "strengths",
    "engagement_types",
    "charter_signed_on",
    "area",
    "feedback",
    "diversity_consent",
    "stakeholder_id",
    *("sector", "company_size", "theme_phase", "age_band", "gender", "background"),
}
DIVERSITY_ATTRIBUTES = ("sector", "company_size", "theme_phase", "age_band", "gender", "background")
HIDDEN_GROUP = "andere/verborgen"
# one-line fields whose surrounding spaces are never meant (likes, strengths, feedback keep theirs)
_STRIPPED = {"name", "email", "phone", "organisation", "role", "area", "nominated_by", *DIVERSITY_ATTRIBUTES}


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    """Check the person's details and return them tidied (spaces trimmed, engagement without
    repeats); a ValidationError names the field to blame."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(
            f"Deze velden kan je hier niet aanpassen: {', '.join(sorted(unknown))}"
        )
    tidy = {k: v.strip() if k in _STRIPPED and isinstance(v, str) else v for k, v in fields.items()}
    if "name" in tidy and not str(tidy["name"] or "").strip():
        raise ValidationError("Geef de ambassadeur een naam.", field="name")
    profile = tidy.get("motivation_profile")
    if profile and profile not in {p.value for p in MotivationProfile}:
        raise ValidationError(f"Onbekend motivatieprofiel: {profile!r}", field="motivation_profile")
    engagement = tidy.get("engagement_types")
    if engagement is not None:
        known = {e.value for e in EngagementType}
        bad = [e for e in engagement if e not in known]
        if bad:
            raise ValidationError(
                f"Onbekende vorm van engagement: {', '.join(bad)}", field="engagement_types"
            )
        tidy["engagement_types"] = list(dict.fromkeys(engagement))
    return tidy


def create(
    session: Session,
    network_id: str,
    name: str,
    *,
    nominated_by: str = "",
    on: date | None = None,
    **fields: Any,
) -> Ambassador:
    """A new ambassador starts as nominated (voorgedragen), with the date and who nominated;
    `fields` are the other details (checked as in `update`)."""
    details = validate({"name": name, "nominated_by": nominated_by, **fields})
    on = on or date.today()
    amb = Ambassador(
        network_id=network_id,
        status=AmbassadorStatus.NOMINATED.value,
        nominated_on=on,
        engagement_types=[],
    )
    _apply(amb, details)
    session.add(amb)
    session.flush()
    session.add(
        AmbassadorStatusChange(
            ambassador_id=amb.id,
            from_status=None,
            to_status=AmbassadorStatus.NOMINATED.value,
            changed_on=on,
        )
    )
    session.flush()
    return amb


def get(session: Session, ambassador_id: str) -> Ambassador:
    """One live ambassador (NotFoundError when deleted or unknown)."""
    return resolve(session, Ambassador, ambassador_id)


def _apply(amb: Ambassador, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        setattr(amb, key, value)
    if not amb.diversity_consent:
        for key in DIVERSITY_ATTRIBUTES:
            setattr(amb, key, "")


def update(session: Session, amb: Ambassador | str, **fields: Any) -> Ambassador:
    """Edit the person's details; the status and its dates change only through change_status.
    Without consent the diversity attributes are wiped."""
    amb = resolve(session, Ambassador, amb)
    _apply(amb, validate(fields))
    session.flush()
    return amb


def delete(session: Session, amb: Ambassador | str) -> None:
    """Soft delete (tombstone): the ambassador disappears from lists, counts and reports, and a
    draft of their form with them."""
    amb = resolve(session, Ambassador, amb)
    soft_delete(session, amb)
    drafts.discard_record(session, amb.id)


def next_statuses(status: str) -> list[AmbassadorStatus]:
    """Where an ambassador with this status can go next, in pipeline order."""
    allowed = AMBASSADOR_TRANSITIONS.get(AmbassadorStatus(status), set())
    return [s for s in PIPELINE if s in allowed]


def nomination_overdue(nominated_on: date | None, today: date) -> bool:
    """A nomination waits too long when more than NOMINATION_WAIT_DAYS passed without a decision."""
    return nominated_on is not None and (today - nominated_on).days > NOMINATION_WAIT_DAYS


def change_status(
    session: Session,
    amb: Ambassador | str,
    to_status: str,
    on: date,
    note: str = "",
    *,
    reason: str = "",
    term_years: int = DEFAULT_TERM_YEARS,
) -> AmbassadorStatusChange:
    """Move along the pipeline (nominated → appointed → active → honorary → former), dated."""
    amb = resolve(session, Ambassador, amb)
    try:
        target = AmbassadorStatus(to_status)
        current = AmbassadorStatus(amb.status)
    except ValueError as exc:
        raise ValidationError(f"Onbekende status: {to_status!r}") from exc
    if target not in AMBASSADOR_TRANSITIONS[current]:
        allowed = ", ".join(label(s) for s in next_statuses(current)) or "geen"
        raise ValidationError(
            f"Van '{label(current)}' kan je niet naar '{label(target)}'. Mogelijk: {allowed}."
        )
    if target is AmbassadorStatus.FORMER and not (reason or note).strip():
        raise ValidationError("Geef een reden waarom de ambassadeur stopt.", field="reason")
    if target is AmbassadorStatus.APPOINTED:
        amb.appointed_on = on
        amb.term_start = on
        amb.term_end = add_months(on, 12 * term_years)
        amb.screened_on = amb.screened_on or on
    elif target is AmbassadorStatus.HONORARY:
        amb.honorary_on = on
    elif target is AmbassadorStatus.FORMER:
        amb.left_on = on
        amb.left_reason = reason or note
    elif target is AmbassadorStatus.NOMINATED:
        amb.nominated_on = on
    change = AmbassadorStatusChange(
        ambassador_id=amb.id,
        from_status=current.value,
        to_status=target.value,
        changed_on=on,
        note=note,
    )
    session.add(change)
    amb.status = target.value
    session.flush()
    return change


def podium_counts(session: Session, network_id: str, period: Period) -> dict[str, int]:
    """Attended podium activities per ambassador in the period (ambassadors with none are absent)."""
    q = (
        select(ActivityParticipant.ambassador_id, func.count())
        .join(Activity, Activity.id == ActivityParticipant.activity_id)
        .where(
            Activity.network_id == network_id,
            alive(Activity),
            alive(ActivityParticipant),
            ActivityParticipant.attended.is_(True),
            ActivityParticipant.ambassador_id.is_not(None),
            Activity.kind.in_([k.value for k in PODIUM_KINDS]),
            Activity.held_on >= period.start,
            Activity.held_on <= period.end,
        )
        .group_by(ActivityParticipant.ambassador_id)
    )
    return {str(amb_id): int(n) for amb_id, n in session.execute(q)}


def podium_period(session: Session, network_id: str, today: date, year_mode: str = "working") -> Period:
    """The year podium activities and the yearly moments are counted in: the working year from the
    network's start month (September when none is set), or the calendar year."""
    net = network(session, network_id)
    return period_of(today, year_mode, net.working_year_start_month or 9)


def podium_light(count: int, target: int = 3) -> str:
    """0 red, 1 up to target-1 amber, target or more green (default target 3 a year)."""
    if count <= 0:
        return "red"
    return "green" if count >= target else "amber"


def roster(
    session: Session, network_id: str, statuses: tuple[str, ...] | None = None
) -> list[Ambassador]:
    q = select(Ambassador).where(Ambassador.network_id == network_id, alive(Ambassador))
    if statuses:
        q = q.where(Ambassador.status.in_(statuses))
    return list(session.scalars(q.order_by(Ambassador.name)))


@dataclass(frozen=True)
class SizeCheck:
    size: int
    cap: int
    over: bool
    nl: str
    en: str

    @property
    def status(self) -> str:
        """Warning above the cap, otherwise ok."""
        return "warning" if self.over else "ok"


def network_size(session: Session, network_id: str) -> SizeCheck:
    net = network(session, network_id)
    size = len(roster(session, network_id, IN_NETWORK))
    cap = net.size_cap or 25
    over = size > cap
    if over:
        nl = (
            f"Het netwerk telt {size} ambassadeurs, meer dan de {cap} die je vooropstelde. Een netwerk van 20 à 25 "
            "mensen blijft persoonlijk; overweeg een tweede netwerk of erelidmaatschap voor wie langer meedraait."
        )
        en = (
            f"The network has {size} ambassadors, more than the cap of {cap}. A network of 20 to 25 people stays "
            "personal; consider a second network or honorary membership for long-standing members."
        )
    else:
        nl = f"{size} van maximaal {cap} ambassadeurs."
        en = f"{size} of at most {cap} ambassadors."
    return SizeCheck(size, cap, over, nl, en)


def terms_ending(
    session: Session, network_id: str, today: date, months: int = 6
) -> list[Ambassador]:
    q = select(Ambassador).where(
        Ambassador.network_id == network_id,
        alive(Ambassador),
        Ambassador.status.in_(IN_NETWORK),
        Ambassador.term_end.is_not(None),
        Ambassador.term_end <= add_months(today, months),
    )
    return list(session.scalars(q.order_by(Ambassador.term_end)))


def nominations_waiting(session: Session, network_id: str) -> list[Ambassador]:
    return roster(session, network_id, (AmbassadorStatus.NOMINATED.value,))


def log_contact(session: Session, amb: Ambassador | str, kind: str, occurred_on: date, note: str = "",
                next_contact_on: date | None = None) -> AmbassadorContact:
    """A one-to-one contact of the project lead with an ambassador (seed 002), with the next one."""
    amb = resolve(session, Ambassador, amb)
    if kind not in {k.value for k in AmbassadorContactKind}:
        raise ValidationError(f"Onbekend soort contact: {kind!r}.", field="kind")
    if next_contact_on is not None and next_contact_on < occurred_on:
        raise ValidationError("Het volgende contact kan niet vóór dit contact liggen.", field="next_contact_on")
    row = AmbassadorContact(kind=kind, occurred_on=occurred_on, note=(note or "").strip(),
                            next_contact_on=next_contact_on)
    amb.contacts.append(row)  # through the relationship only: a second path would list it twice
    session.flush()
    return row


def delete_contact(session: Session, contact_id: str) -> None:
    soft_delete(session, resolve(session, AmbassadorContact, contact_id))


def contacts(amb: Ambassador) -> list[AmbassadorContact]:
    """The ambassador's contacts, newest first."""
    return sorted((c for c in amb.contacts if c.deleted_at is None), key=lambda c: (c.occurred_on, c.created_at),
                  reverse=True)


def next_contact(amb: Ambassador) -> date | None:
    """The next contact planned at the newest contact (none planned: None)."""
    found = contacts(amb)
    return found[0].next_contact_on if found else None


CONTACT_SOON_DAYS = 7


def appoint_many(session: Session, network_id: str, ids: list[str], on: date,
                 term_years: int = DEFAULT_TERM_YEARS, note: str = "") -> list[Ambassador]:
    """The appointment moment (seed 002: ideally everyone at one moment a year): several nominees
    appointed on one day for one term, all or none."""
    if not ids:
        raise ValidationError("Kies wie je aanstelt.", field="ids")
    if not 1 <= term_years <= 10:
        raise ValidationError("Kies een termijn van 1 tot 10 jaar.", field="term_years")
    people = [resolve(session, Ambassador, i) for i in dict.fromkeys(ids)]
    stray = [a.name for a in people if a.network_id != network_id]
    if stray:
        raise ValidationError(f"Niet van dit netwerk: {', '.join(stray)}.", field="ids")
    not_nominated = [a.name for a in people if a.status != AmbassadorStatus.NOMINATED.value]
    if not_nominated:
        raise ValidationError(f"Alleen wie voorgedragen is, kan je aanstellen; niet: {', '.join(not_nominated)}.",
                              field="ids")
    early = [a.name for a in people if a.nominated_on is not None and a.nominated_on > on]
    if early:
        raise ValidationError(f"De aanstelling valt vóór de voordracht van {', '.join(early)}.", field="on")
    for amb in people:
        change_status(session, amb, AmbassadorStatus.APPOINTED.value, on, note, term_years=term_years)
    return people


def diversity(
    session: Session, network_id: str, attribute: str, min_group: int = 3
) -> dict[str, int]:
    """Counts per value among consenting ambassadors in the network; groups smaller than
    `min_group` are merged into "andere/verborgen" so that nobody can be singled out. If that merged
    group would itself be smaller than `min_group`, the smallest shown group joins it too."""
    if attribute not in DIVERSITY_ATTRIBUTES:
        raise ValidationError(f"Geen diversiteitskenmerk: {attribute!r}")
    people = [a for a in roster(session, network_id, IN_NETWORK) if a.diversity_consent]
    counts = Counter(getattr(a, attribute) or "onbekend" for a in people)
    shown = {k: v for k, v in counts.items() if v >= min_group}
    hidden = sum(v for k, v in counts.items() if v < min_group)
    while 0 < hidden < min_group and shown:
        smallest = min(shown, key=lambda k: (shown[k], k))
        hidden += shown.pop(smallest)
    result = dict(sorted(shown.items()))
    if hidden:
        result[HIDDEN_GROUP] = hidden
    return result


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    net = network(session, network_id)
    period = podium_period(session, network_id, today)
    counts = podium_counts(session, network_id, period)
    target = net.podium_target or 3
    half_way = period.start + (period.end - period.start) / 2
    items: list[AttentionItem] = []
    # podium activities are the entrepreneur networks' yardstick (seed 002); elsewhere they are noise
    podium_matters = net.kind == "entrepreneur" or bool(counts)
    for amb in roster(session, network_id, (AmbassadorStatus.ACTIVE.value,)) if podium_matters else []:
        n = counts.get(amb.id, 0)
        if n < target:
            severity = 2 if n == 0 and today >= half_way else 1
            items.append(
                AttentionItem(
                    "ambassador",
                    severity,
                    f"{amb.name}: {n} van {target} podiumactiviteiten dit werkjaar",
                    f"{amb.name}: {n} of {target} podium activities this working year",
                    amb.id,
                    period.end,
                )
            )
    for amb in terms_ending(session, network_id, today):
        assert amb.term_end is not None
        items.append(
            AttentionItem(
                "ambassador",
                2 if amb.term_end < today else 1,
                f"Mandaat van {amb.name} loopt af",
                f"Term of {amb.name} ends",
                amb.id,
                amb.term_end,
            )
        )
    for amb in roster(session, network_id, (*IN_NETWORK, AmbassadorStatus.HONORARY.value)):
        planned = next_contact(amb)
        if planned is not None and (planned - today).days <= CONTACT_SOON_DAYS:
            late = planned < today
            items.append(AttentionItem(
                "ambassador", 2 if late else 1,
                f"Gesprek met {amb.name} " + (f"was gepland op {planned:%d/%m/%Y}" if late else
                                              f"gepland op {planned:%d/%m/%Y}"),
                f"Talk with {amb.name} " + (f"was planned for {planned:%d/%m/%Y}" if late else
                                            f"planned for {planned:%d/%m/%Y}"), amb.id, planned))
    moments = yearly_moments(session, network_id, period)
    if moments.not_thanked and (period.end - today).days <= THANKS_REMINDER_DAYS:
        first = moments.first_not_thanked or ""
        items.append(AttentionItem(
            "ambassador", 2 if (period.end - today).days <= 14 else 1,
            f"Nog niet bedankt dit werkjaar: {names_line(moments.not_thanked)}",
            f"Not thanked yet this working year: {names_line(moments.not_thanked, 'en')}", first, period.end))
    if moments.honorary_not_invited and today >= half_way:
        first = moments.first_not_invited or ""
        items.append(AttentionItem(
            "ambassador", 1, f"Ereleden nog niet uitgenodigd dit werkjaar: {names_line(moments.honorary_not_invited)}",
            f"Honorary members not invited yet this working year: {names_line(moments.honorary_not_invited, 'en')}",
            first, period.end))
    for amb in nominations_waiting(session, network_id):
        if nomination_overdue(amb.nominated_on, today):
            items.append(
                AttentionItem(
                    "ambassador",
                    1,
                    f"Voordracht van {amb.name} wacht op een beslissing",
                    f"Nomination of {amb.name} awaits a decision",
                    amb.id,
                    amb.nominated_on,
                )
            )
    return items


# -- motivation profiles (seed 002) --------------------------------------------------------------

MOTIVATION_QUESTIONS: list[tuple[str, str, MotivationProfile]] = [
    (
        "Ik sta graag op een podium of word graag geïnterviewd.",
        "I like being on stage or being interviewed.",
        MotivationProfile.DIRECTOR,
    ),
    (
        "Ik ontmoet graag mensen met aanzien.",
        "I like meeting people of standing.",
        MotivationProfile.DIRECTOR,
    ),
    (
        "Ik deel graag wat ik weet in een workshop of bedrijfsbezoek.",
        "I like sharing what I know in a workshop or company visit.",
        MotivationProfile.TEACHER,
    ),
    (
        "Ik geef graag voorbeelden van goede praktijk door.",
        "I like passing on good practice.",
        MotivationProfile.TEACHER,
    ),
    (
        "Ik help graag iemand één op één verder.",
        "I like helping someone one to one.",
        MotivationProfile.COACH,
    ),
    (
        "Ik neem graag deel aan intervisie.",
        "I like taking part in intervision.",
        MotivationProfile.COACH,
    ),
    (
        "Ik zie het netwerk als kans voor mijn merk en nieuwe klanten.",
        "I see the network as a chance for my brand and new clients.",
        MotivationProfile.SELLER,
    ),
    (
        "Ik sta graag op beurzen of in de media.",
        "I like being at fairs or in the media.",
        MotivationProfile.SELLER,
    ),
    (
        "Ik vergelijk mij graag met anderen in cijfers en benchmarks.",
        "I like comparing myself with others in figures and benchmarks.",
        MotivationProfile.PLAYER,
    ),
    (
        "Een wedstrijd of uitdaging motiveert mij.",
        "A contest or challenge motivates me.",
        MotivationProfile.PLAYER,
    ),
]

# profile -> (the project lead's role, instruments) in Dutch and English (seed 002)
PROFILE_ADVICE: dict[MotivationProfile, tuple[str, str, str, str]] = {
    MotivationProfile.DIRECTOR: (
        "Geef een podium en zichtbaarheid.",
        "Een plaats op het podium, contact met mensen met aanzien, interviews.",
        "Give a stage and visibility.",
        "A place on stage, contact with people of standing, interviews.",
    ),
    MotivationProfile.TEACHER: (
        "Laat kennis delen.",
        "Workshops, bedrijfsbezoeken, goede praktijken uitwisselen.",
        "Let them share knowledge.",
        "Workshops, company visits, exchanging best practices.",
    ),
    MotivationProfile.COACH: (
        "Laat anderen helpen.",
        "Eén-op-éénbegeleiding, intervisie, peterschap.",
        "Let them help others.",
        "One-to-one guidance, intervision, mentoring.",
    ),
    MotivationProfile.SELLER: (
        "Verbind met merk en klanten.",
        "Media-aandacht, beurzen, presentaties.",
        "Connect with brand and clients.",
        "Media attention, fairs, presentations.",
    ),
    MotivationProfile.PLAYER: (
        "Daag uit met cijfers.",
        "Benchmarks, wedstrijden, feiten en cijfers.",
        "Challenge with figures.",
        "Benchmarks, contests, facts and figures.",
    ),
}


def score_motivation(answers: dict[int, int]) -> MotivationProfile:
    """answers: question index -> agreement 0..4. The profile with the highest total wins
    (ties: the order of MotivationProfile)."""
    totals = dict.fromkeys(MotivationProfile, 0)
    for index, value in answers.items():
        if not 0 <= index < len(MOTIVATION_QUESTIONS) or not 0 <= value <= 4:
            raise ValidationError("Antwoorden gaan van 0 (helemaal niet) tot 4 (helemaal wel).")
        totals[MOTIVATION_QUESTIONS[index][2]] += value
    return max(MotivationProfile, key=lambda p: (totals[p], -list(MotivationProfile).index(p)))


@dataclass(frozen=True)
class YearlyMoments:
    """The yearly moments of seeds 000 and 002 in a period. An appointment moment is one day on
    which at least three quarters of the period's appointments were made (seed 002: ideally all at
    one moment a year), not merely "someone was appointed"."""

    appointment_moment: bool
    appointed: int
    thank_you: bool
    appointment_days: int = 0  # distinct days with an appointment
    main_day: date | None = None  # the day with the most appointments
    main_count: int = 0
    not_thanked: tuple[str, ...] = ()  # in the network, no thank-you invitation in the period
    honorary_not_invited: tuple[str, ...] = ()  # honorary members invited to nothing in the period
    # the first of each list, so the overview opens that very record (two people may share a name)
    first_not_thanked: str | None = field(default=None, compare=False)
    first_not_invited: str | None = field(default=None, compare=False)


MOMENT_SHARE = 0.75
THANKS_REMINDER_DAYS = 60  # the overview reminds of the yearly thanks in the working year's last two months


def _invited(session: Session, network_id: str, period: Period, kind: str | None = None) -> set[str]:
    """Ambassadors invited to (a `kind` of) activity in the period, whether they came or not."""
    q = (select(ActivityParticipant.ambassador_id)
         .join(Activity, Activity.id == ActivityParticipant.activity_id)
         .where(Activity.network_id == network_id, alive(Activity), alive(ActivityParticipant),
                ActivityParticipant.ambassador_id.is_not(None), Activity.held_on.between(period.start, period.end)))
    if kind is not None:
        q = q.where(Activity.kind == kind)
    return {str(a) for a in session.scalars(q)}


def thanks_matter(session: Session, net: Any) -> bool:
    """The yearly thanks belong to local ambassadorship and entrepreneur networks (seeds 000, 002),
    and to any network that held a thank-you moment before."""
    if net.kind in ("local", "entrepreneur"):
        return True
    return session.scalar(select(Activity.id).where(Activity.network_id == net.id, alive(Activity),
                                                    Activity.kind == "thank_you").limit(1)) is not None


def thanked_in(session: Session, network_id: str, period: Period) -> bool:
    """A thank-you moment was held in the period."""
    return session.scalar(select(Activity.id).where(
        Activity.network_id == network_id, alive(Activity), Activity.kind == ActivityKind.THANK_YOU.value,
        Activity.held_on.between(period.start, period.end)).limit(1)) is not None


def yearly_moments(session: Session, network_id: str, period: Period) -> YearlyMoments:
    members = roster(session, network_id)
    days = Counter(a.appointed_on for a in members if period.contains(a.appointed_on))
    appointed = sum(days.values())
    main_day, main_count = days.most_common(1)[0] if days else (None, 0)
    moment = appointed > 0 and main_count >= MOMENT_SHARE * appointed
    net = network(session, network_id)
    unthanked: list[Ambassador] = []
    if thanks_matter(session, net):
        thanked = _invited(session, network_id, period, "thank_you")
        unthanked = [a for a in members if a.status in IN_NETWORK and a.id not in thanked]
    invited = _invited(session, network_id, period)
    uninvited = [a for a in members if a.status == AmbassadorStatus.HONORARY.value and a.id not in invited]
    return YearlyMoments(moment, appointed, thanked_in(session, network_id, period), len(days), main_day, main_count,
                         tuple(a.name for a in unthanked), tuple(a.name for a in uninvited),
                         unthanked[0].id if unthanked else None, uninvited[0].id if uninvited else None)


def names_line(names: tuple[str, ...], lang: str = "nl", shown: int = 3) -> str:
    """"Noor, Karim en 3 anderen": a few names and how many more."""
    head = list(names[:shown])
    rest = len(names) - len(head)
    if rest > 0:
        more = (f"{rest} other" if rest == 1 else f"{rest} others") if lang == "en" else \
            (f"{rest} andere" if rest == 1 else f"{rest} anderen")
        return ", ".join(head) + (" and " if lang == "en" else " en ") + more
    if len(head) > 1:
        return ", ".join(head[:-1]) + (" and " if lang == "en" else " en ") + head[-1]
    return head[0] if head else ""


def participations(session: Session, ambassador_id: str) -> list[tuple[date, str, str, bool]]:
    """(date, kind, title, attended) of every activity the ambassador was invited to, newest first."""
    q = (
        select(Activity.held_on, Activity.kind, Activity.title, ActivityParticipant.attended)
        .join(ActivityParticipant, ActivityParticipant.activity_id == Activity.id)
        .where(
            ActivityParticipant.ambassador_id == ambassador_id,
            alive(Activity),
            alive(ActivityParticipant),
        )
        .order_by(Activity.held_on.desc())
    )
    return [(d, str(k), str(t), bool(a)) for d, k, t, a in session.execute(q)]


@dataclass(frozen=True)
class EngagementSummary:
    """What an ambassador took part in, read from the activities (attended only)."""

    trainings: int
    meetings: int
    thanks: int
    podium: int
    last_thanked_on: date | None


def engagement_summary(
    session: Session, ambassador_id: str, period: Period | None = None
) -> EngagementSummary:
    rows = [
        r
        for r in participations(session, ambassador_id)
        if r[3] and (period is None or period.contains(r[0]))
    ]
    kinds = Counter(kind for _d, kind, _t, _a in rows)
    podium = sum(n for k, n in kinds.items() if k in {p.value for p in PODIUM_KINDS})
    thanked = [d for d, kind, _t, _a in rows if kind == ActivityKind.THANK_YOU.value]
    return EngagementSummary(
        kinds[ActivityKind.TRAINING.value],
        kinds[ActivityKind.NETWORK_MEETING.value],
        len(thanked),
        podium,
        max(thanked) if thanked else None,
    )


def add_group_phase(
    session: Session, network_id: str, phase: str, on: date, intervention: str = ""
) -> GroupPhaseEntry:
    if phase not in {p.value for p in GroupPhase}:
        raise ValidationError(f"Onbekende groepsfase: {phase!r}", field="phase")
    entry = GroupPhaseEntry(
        network_id=network_id, phase=phase, noted_on=on, intervention=intervention.strip()
    )
    session.add(entry)
    session.flush()
    return entry


def update_group_phase(
    session: Session,
    entry: GroupPhaseEntry | str,
    *,
    phase: str | None = None,
    on: date | None = None,
    intervention: str | None = None,
) -> GroupPhaseEntry:
    entry = resolve(session, GroupPhaseEntry, entry)
    if phase is not None:
        if phase not in {p.value for p in GroupPhase}:
            raise ValidationError(f"Onbekende groepsfase: {phase!r}")
        entry.phase = phase
    if on is not None:
        entry.noted_on = on
    if intervention is not None:
        entry.intervention = intervention.strip()
    session.flush()
    return entry


def delete_group_phase(session: Session, entry: GroupPhaseEntry | str) -> None:
    soft_delete(session, resolve(session, GroupPhaseEntry, entry))


def group_phases(session: Session, network_id: str) -> list[GroupPhaseEntry]:
    return list(
        session.scalars(
            select(GroupPhaseEntry)
            .where(GroupPhaseEntry.network_id == network_id, alive(GroupPhaseEntry))
            .order_by(GroupPhaseEntry.noted_on.desc())
        )
    )
