"""Networks: creating, renaming and archiving them (archived ones leave the switcher, never the
reports), and the profile rules: the six steps' guidance as checks, steering group and indicators."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Indicator, IndicatorTarget, Network, utcnow
from app.domain.vocabulary import MilestoneKind, NetworkKind, Strategy, TermKind, label
from app.errors import UsageError, ValidationError
from app.i18n import tr
from app.periods import Period, parse_period, period_of
from app.services.common import alive, resolve

NAME_MAX = 200  # the column's length


@dataclass(frozen=True)
class Guidance:
    step: int  # 1..6, the six steps of seed 001
    severity: str  # "warning" or "hint"
    nl: str
    en: str


def validate(fields: dict[str, Any]) -> None:
    name = fields.get("name")
    if name is not None and not str(name).strip():
        raise ValidationError(tr("Geef het netwerk een naam.", "Give the network a name."), field="name")
    fte = fields.get("fte")
    if fte is not None and not 0 <= float(fte) <= 5:
        raise ValidationError("VTE moet tussen 0 en 5 liggen (bijvoorbeeld 0,8).")
    for key in ("budget_eur", "staff_budget_eur"):
        value = fields.get(key)
        if value is not None and float(value) < 0:
            raise ValidationError("Een budget kan niet negatief zijn.")
    if "kind" in fields and fields["kind"] not in {k.value for k in NetworkKind}:
        raise ValidationError(f"Onbekend soort netwerk: {fields['kind']}")
    for s in fields.get("strategies") or []:
        if s not in {k.value for k in Strategy}:
            raise ValidationError(f"Onbekende strategie: {s}")
    partners = fields.get("strategy_partners")
    if partners is not None:
        if not isinstance(partners, dict):
            raise ValidationError("Partners per strategie: geef per strategie een tekst.", field="strategy_partners")
        for key, text in partners.items():
            if key not in {k.value for k in Strategy}:
                raise ValidationError(f"Partners bij een onbekende strategie: {key}", field="strategy_partners")
            if not isinstance(text, str) or len(text) > 500:
                raise ValidationError(tr(f"De partners bij ‘{label(Strategy(key))}’ zijn te lang: houd het bij "
                                         "hoogstens 500 tekens (namen, gescheiden door komma's).",
                                         f"The partners of ‘{label(Strategy(key), 'en')}’ are too long: keep it to "
                                         "500 characters at most (names, separated by commas)."),
                                      field=f"p_{key}")
    cap = fields.get("size_cap")
    if cap is not None and not 1 <= int(cap) <= 500:
        raise ValidationError("De maximale netwerkgrootte moet tussen 1 en 500 liggen.")
    months = fields.get("followup_months")
    if months is not None and not 6 <= int(months) <= 8:
        raise ValidationError("De opvolging 'nog actief' valt 6 tot 8 maanden na de inschrijving.")


def create_network(session: Session, name: str, kind: str = NetworkKind.CONNECTION.value, **fields: Any) -> Network:
    """A new network of `kind` (one of the four; a connection network by default). Its name must
    not be empty nor already used by another network of the vault (case ignored, archived ones too,
    so a report's `--network NAME` stays unambiguous)."""
    validate({"name": name, "kind": kind, **fields})
    net = Network(name=check_name(session, name), kind=kind, **fields)
    session.add(net)
    session.flush()
    return net


def update_network(session: Session, net: Network | str, **fields: Any) -> Network:
    net = resolve(session, Network, net)
    validate(fields)
    if "name" in fields and str(fields["name"]).strip().lower() != net.name.strip().lower():
        fields["name"] = check_name(session, str(fields["name"]), net.id)
    for key, value in fields.items():
        if not hasattr(Network, key):
            raise ValidationError(f"Onbekend veld: {key}")
        setattr(net, key, value)
    session.flush()
    return net


# -- creating, renaming, archiving ----------------------------------------------------------------

def check_name(session: Session, name: str, except_id: str | None = None) -> str:
    """The name stripped, or ValidationError (field "name") when it is empty or another network
    of the vault (not deleted; archived ones count) already has it, case ignored."""
    wanted = (name or "").strip()
    if not wanted:
        raise ValidationError(tr("Geef het netwerk een naam.", "Give the network a name."), field="name")
    if len(wanted) > NAME_MAX:
        raise ValidationError(tr(f"Een netwerknaam telt hoogstens {NAME_MAX} tekens.",
                                 f"A network name has at most {NAME_MAX} characters."), field="name")
    for other in session.scalars(select(Network).where(alive(Network))):
        if other.id != except_id and other.name.strip().casefold() == wanted.casefold():
            if other.archived_at is not None:
                raise ValidationError(tr(f"Er is al een gearchiveerd netwerk ‘{other.name}’: kies een andere naam, "
                                         "of haal het uit het archief.",
                                         f"There is already an archived network ‘{other.name}’: choose another "
                                         "name, or unarchive it."), field="name")
            raise ValidationError(tr(f"Er is al een netwerk ‘{other.name}’: kies een andere naam.",
                                     f"There is already a network ‘{other.name}’: choose another name."), field="name")
    return wanted


def rename_network(session: Session, net: Network | str, name: str) -> Network:
    """Give a network (archived or not) another name; its records and reports follow it."""
    net = resolve(session, Network, net)
    net.name = check_name(session, name, net.id)
    session.flush()
    return net


def archive_refusal(session: Session, net: Network | str) -> str | None:
    """Why this network cannot be archived (already archived; the vault's last one in use), or
    None: the window asks this before it asks the user to confirm."""
    net = resolve(session, Network, net)
    if net.archived_at is not None:
        return tr(f"Netwerk ‘{net.name}’ is al gearchiveerd.", f"Network ‘{net.name}’ is already archived.")
    if not any(other.id != net.id for other in list_networks(session)):
        return tr(f"‘{net.name}’ is het enige netwerk in gebruik: maak eerst een ander netwerk of haal er een uit "
                  "het archief.",
                  f"‘{net.name}’ is the only network in use: first create another network or unarchive one.")
    return None


def archive_network(session: Session, net: Network | str) -> Network:
    """Hide a network from the switcher. Nothing is deleted: its records stay in exports, team
    exchange and the reports of its periods, and `unarchive_network` brings it back. The vault's
    last network in use cannot be archived (the window would have none to show)."""
    net = resolve(session, Network, net)
    refusal = archive_refusal(session, net)
    if refusal:
        raise ValidationError(refusal)
    net.archived_at = utcnow()
    session.flush()
    return net


def unarchive_network(session: Session, net: Network | str) -> Network:
    """Bring an archived network back into the switcher, as it was."""
    net = resolve(session, Network, net)
    if net.archived_at is None:
        raise ValidationError(tr(f"Netwerk ‘{net.name}’ is niet gearchiveerd.", f"Network ‘{net.name}’ is not archived."))
    net.archived_at = None
    session.flush()
    return net


@dataclass(frozen=True)
class NetworkRow:
    """A network as lists show it (plain data, safe after the session closed)."""

    id: str
    name: str
    kind: str
    archived_at: datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


def network_rows(session: Session, include_archived: bool = True) -> list[NetworkRow]:
    """Every network of the vault by name (archived ones too unless told otherwise)."""
    return [NetworkRow(n.id, n.name, n.kind, n.archived_at)
            for n in list_networks(session, include_archived=include_archived)]


def current_period(net: Network, today: date, mode: str = "working") -> Period:
    """The period 'now' means for this network: its working year (from its start month, default
    September) or the calendar year, as the user chose in the settings."""
    return period_of(today, mode, net.working_year_start_month or 9)


def network_choices(session: Session, default_name: str = "Mijn netwerk",
                    include_archived: bool = False) -> list[tuple[str, str]]:
    """(id, name) of every network in use, by name (archived ones too with `include_archived`).
    A vault without any network gets `default_name`, a connection network (the caller's unit of
    work commits it); one whose networks are all archived shows those rather than inventing one."""
    choices = [(n.id, n.name) for n in list_networks(session, include_archived=include_archived)]
    if not choices:
        choices = [(n.id, n.name) for n in list_networks(session, include_archived=True)]
    if not choices:
        net = create_network(session, default_name)
        choices = [(net.id, net.name)]
    return choices


def list_networks(session: Session, include_archived: bool = False) -> list[Network]:
    """The vault's networks by name (never deleted ones); archived ones only when asked for."""
    q = select(Network).where(alive(Network))
    if not include_archived:
        q = q.where(Network.archived_at.is_(None))
    return list(session.scalars(q.order_by(func.lower(Network.name), Network.name)))


def profile_guidance(net: Network, steering_members: int | None = None) -> list[Guidance]:
    """The seeds' guidance as checks on a profile (staff, term, strategies, support, follow-up)."""
    out: list[Guidance] = []
    if not (net.beliefs or "").strip():
        out.append(Guidance(1, "hint", "Schrijf kort op welke overtuigingen en verwachtingen het project dragen.",
                            "Write down the beliefs and expectations behind the project."))
    if not net.strategies:
        out.append(Guidance(3, "warning", "Kies minstens één van de zes strategieën.",
                            "Choose at least one of the six strategies."))
    if net.fte is not None:
        if net.fte < 0.5:
            out.append(Guidance(3, "warning", "Voorzie minstens 50 % VTE voor de verbindingsambassadeur, liefst 80–100 %.",
                                "Provide at least 50% FTE for the connection ambassador, preferably 80–100%."))
        elif net.fte < 0.8:
            out.append(Guidance(3, "hint", "Met 80–100 % VTE bouwt de ambassadeur sneller een netwerk uit.",
                                "With 80–100% FTE the ambassador builds a network faster."))
    if net.term_kind == TermKind.FIXED.value and (net.term_years or 0) < 3:
        out.append(Guidance(3, "warning", "Voorzie een looptijd van minstens drie jaar: een netwerk opbouwen vraagt tijd.",
                            "Plan a term of at least three years: building a network takes time."))
    if steering_members is not None and steering_members == 0:
        out.append(Guidance(5, "warning", "Stel een stuurgroep of steungroep samen.",
                            "Set up a steering or support group."))
    if not net.success_milestone or net.success_milestone not in {m.value for m in MilestoneKind}:
        out.append(Guidance(6, "warning", "Kies welke mijlpaal telt als geslaagde toeleiding.",
                            "Choose which milestone counts as a successful guidance."))
    return out


_KEEP: Any = object()  # "leave as it is" for set_target's optional values


def set_target(session: Session, indicator: Indicator, year: str, target: float | None = _KEEP,
               actual_manual: float | None = _KEEP, note: str = _KEEP) -> IndicatorTarget:
    """The row of `year`: only what is given changes (saving a target keeps the actual that was
    reported, and the other way round)."""
    if target is not _KEEP and target is not None and target < 0:
        raise ValidationError("Een streefcijfer kan niet negatief zijn.", field="target")
    row = next((t for t in indicator.targets if t.year == year and t.deleted_at is None), None)
    if row is None:
        row = IndicatorTarget(indicator_id=indicator.id, year=year, target=None, actual_manual=None, note="")
        session.add(row)
        indicator.targets.append(row)
    if target is not _KEEP:
        row.target = target
    if actual_manual is not _KEEP:
        row.actual_manual = actual_manual
    if note is not _KEEP:
        row.note = (note or "").strip()
    session.flush()
    return row


# -- support: steering group members and meetings -------------------------------------------------

METRICS = ("trajectories_started", "successful_guidances", "stakeholders_reached", "podium_activities",
           "signals_handled", "new_relations", "places_offered")


def add_member(session: Session, network_id: str, name: str, role: str = "", organisation: str = "",
               group_kind: str = "steering") -> Any:
    from app.domain import SteeringMember

    if not name.strip():
        raise ValidationError("Geef het lid van de stuurgroep een naam.")
    if group_kind not in ("steering", "support"):
        raise ValidationError("Kies stuurgroep of steungroep.")
    m = SteeringMember(network_id=network_id, name=name.strip(), role=role.strip(), organisation=organisation.strip(),
                       group_kind=group_kind)
    session.add(m)
    session.flush()
    return m


def add_meeting(session: Session, network_id: str, held_on: Any, notes: str = "", group_kind: str = "steering") -> Any:
    from app.domain import SteeringMeeting

    if held_on is None:
        raise ValidationError("Vul de datum van de vergadering in (dd/mm/jjjj).")
    m = SteeringMeeting(network_id=network_id, held_on=held_on, notes=notes, group_kind=group_kind)
    session.add(m)
    session.flush()
    return m


def members(session: Session, network_id: str) -> list[Any]:
    from app.domain import SteeringMember

    return list(session.scalars(select(SteeringMember).where(SteeringMember.network_id == network_id,
                                                             alive(SteeringMember)).order_by(SteeringMember.name)))


def meetings(session: Session, network_id: str) -> list[Any]:
    from app.domain import SteeringMeeting

    return list(session.scalars(select(SteeringMeeting).where(SteeringMeeting.network_id == network_id,
                                                              alive(SteeringMeeting)).order_by(SteeringMeeting.held_on.desc())))


# -- follow-up: indicators with yearly targets ----------------------------------------------------------

def add_indicator(session: Session, network_id: str, name: str, metric: str = "", unit: str = "") -> Indicator:
    if not name.strip():
        raise ValidationError("Geef de indicator een naam.")
    if metric and metric not in METRICS:
        raise ValidationError(f"Onbekende berekening {metric!r}: kies uit {', '.join(METRICS)} of laat leeg.")
    ind = Indicator(network_id=network_id, name=name.strip(), metric=metric, unit=unit.strip())
    session.add(ind)
    session.flush()
    return ind


def indicators(session: Session, network_id: str) -> list[Indicator]:
    return list(session.scalars(select(Indicator).where(Indicator.network_id == network_id, alive(Indicator))
                                .order_by(Indicator.name)))


def _period_label(session: Session, network_id: str, year: str, field: str = "i_year") -> str:
    net = resolve(session, Network, network_id)
    try:
        return parse_period(year, net.working_year_start_month or 9).label
    except UsageError as exc:
        raise ValidationError(str(exc), field=field) from exc


def save_indicator_target(session: Session, network_id: str, name: str, metric: str = "", year: str = "",
                          target: float | None = None) -> Indicator:
    """The Netwerk tab's "Streefcijfer bewaren": the indicator of that name (made when new, names
    compared case-insensitively), with the target for `year` (a working or calendar year label);
    an actual reported for that year stays."""
    return save_indicator(session, network_id, name, metric, year, target=target)


def save_indicator(session: Session, network_id: str, name: str, metric: str = "", year: str = "", *,
                   target: float | None = _KEEP, actual: float | None = _KEEP, note: str = _KEEP,
                   baseline: float | None = _KEEP, baseline_note: str = _KEEP) -> Indicator:
    """Step 6's follow-up in one command: the indicator of that name (made when new), its starting
    point, and for `year` the target and, for an indicator the user reports on (no computed
    metric), the actual with a note. Only what is given changes."""
    if not name.strip():
        raise ValidationError("Geef de indicator een naam.", field="i_name")
    for value, widget in ((baseline, "i_baseline"), (actual, "i_actual")):
        if value is not _KEEP and value is not None and value < 0:
            raise ValidationError("Een indicator telt vanaf 0: geef een positief getal.", field=widget)
    label = _period_label(session, network_id, year) if year.strip() else ""
    wanted = name.strip().lower()
    ind = next((i for i in indicators(session, network_id) if i.name.lower() == wanted), None)
    ind = ind or add_indicator(session, network_id, name, metric)
    if (actual is not _KEEP and actual is not None) and ind.metric:
        raise ValidationError("Deze indicator wordt berekend uit de kluis; je vult enkel een streefcijfer in.",
                              field="i_actual")
    if (target is not _KEEP or actual is not _KEEP or note is not _KEEP) and not label:
        raise ValidationError("Kies het werkjaar of kalenderjaar van dit streefcijfer (bv. 2026-2027).",
                              field="i_year")
    if baseline is not _KEEP:
        ind.baseline = baseline
    if baseline_note is not _KEEP:
        ind.baseline_note = (baseline_note or "").strip()[:200]
    if label:
        set_target(session, ind, label, target, actual, note)
    session.flush()
    return ind


@dataclass(frozen=True)
class IndicatorYear:
    year: str
    target: float | None
    actual: float | None  # reported (an indicator without a metric); computed ones are in the report
    note: str


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    unit: str
    metric: str
    baseline: float | None
    baseline_note: str
    years: list[IndicatorYear]


def progress(baseline: float | None, target: float | None, actual: float | None) -> float | None:
    """How far along the way from the starting point (or 0) to the target the actual is: 0.6 is 60 %.
    Direction, not a verdict (seed 001: numeric targets can stress the worker)."""
    if target is None or actual is None:
        return None
    start = baseline or 0.0
    if target == start:
        return None
    return (actual - start) / (target - start)


@dataclass(frozen=True)
class SupportView:
    """What step 5 shows: the group's members and meetings as lines, and how many members."""

    members: list[tuple[str, str, str, str]]  # name, role, organisation, group kind
    meetings: list[tuple[date, str]]
    indicators: list[IndicatorView]
    meeting_ids: list[str] = field(default_factory=list)  # the meetings' ids, in the same order


def support_view(session: Session, network_id: str) -> SupportView:
    found = meetings(session, network_id)
    return SupportView(
        [(m.name, m.role, m.organisation, m.group_kind) for m in members(session, network_id)],
        [(m.held_on, m.notes) for m in found],
        [IndicatorView(i.id, i.name, i.unit, i.metric, i.baseline, i.baseline_note,
                       sorted((IndicatorYear(t.year, t.target, t.actual_manual, t.note) for t in i.targets
                               if t.deleted_at is None), key=lambda y: y.year))
         for i in indicators(session, network_id)],
        [m.id for m in found])
