"""The subject access letter (GDPR art. 15) as a readable PDF: a letter to the person, or to the
parent or guardian of a child in a trajectory, in Dutch or English, with what the organisation
does with the data (purposes, recipients, retention, source, rights) and then every piece of data
in labelled sections — field names and values in the reader's words, names instead of internal
ids, labels instead of codes. `facts` gathers what the letter needs from the vault while the
session is open; `write_letter` needs no session. The JSON of `app.io.gdpr` stays for machines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.labels import field_label, table_label
from app.domain.vocabulary import (
    ActivityKind,
    AmbassadorContactKind,
    AmbassadorStatus,
    Barrier,
    Category,
    ClosingReason,
    EngagementType,
    InteractionKind,
    MilestoneKind,
    MotivationProfile,
    RaisedByKind,
    RequestKind,
    RequestStatus,
    Side,
    SignalStatus,
    Stage,
    StakeholderKind,
    SupplyBarrier,
    SupportKind,
    TrajectoryStatus,
    label,
)
from app.reports import companion

# --- how each field reads ----------------------------------------------------------------------------
# A field is (column, Dutch label, English label, kind). Kinds: "text", "date", "datetime", "bool",
# "int", "eur", "outcome", a StrEnum class, ("list", StrEnum), "ref" (an id shown as its name), or
# "hide" (the record's own bookkeeping, never data about the person). The order is the letter's.
Field = tuple[str, str, str, Any]

_COMMON: list[Field] = [("id", "", "", "hide"), ("created_at", "", "", "hide"), ("updated_at", "", "", "hide"),
                        ("deleted_at", "Verwijderd op (nog bewaard)", "Deleted on (still kept)", "datetime")]

FIELDS: dict[str, list[Field]] = {
    "trajectory": [
        ("code", "Trajectcode", "Trajectory code", "text"), ("name", "Naam", "Name", "text"),
        ("birth_year", "Geboortejaar", "Birth year", "int"), ("age_band", "Leeftijdsgroep", "Age band", "text"),
        ("gender", "Geslacht", "Gender", "text"), ("neighbourhood", "Wijk", "Neighbourhood", "text"),
        ("family_code", "Gezinscode", "Family code", "text"), ("network_id", "Netwerk", "Network", "ref"),
        ("referral_source_id", "Doorverwezen door", "Referred by", "ref"),
        ("worker_ambassador_id", "Toeleider", "Worker", "ref"), ("worker_name", "Toeleider", "Worker", "text"),
        ("wishes", "Wensen", "Wishes", "text"), ("status", "Status", "Status", TrajectoryStatus),
        ("started_on", "Gestart op", "Started on", "date"), ("closed_on", "Afgesloten op", "Closed on", "date"),
        ("closing_reason", "Reden van afsluiten", "Reason for closing", ClosingReason),
        ("closing_note", "Toelichting bij het afsluiten", "Note on closing", "text"),
        ("notes", "Notities", "Notes", "text"),
    ],
    "milestone": [
        ("trajectory_id", "", "", "hide"), ("kind", "Mijlpaal", "Milestone", MilestoneKind),
        ("achieved_on", "Bereikt op", "Reached on", "date"), ("due_on", "Na te gaan op", "To check on", "date"),
        ("outcome", "Uitkomst", "Outcome", "outcome"), ("count", "Aantal proefmomenten", "Trial sessions", "int"),
        ("offer_id", "Aanbod", "Offer", "ref"), ("note", "Notitie", "Note", "text"),
    ],
    "support_given": [
        ("trajectory_id", "", "", "hide"), ("kind", "Ondersteuning", "Support", SupportKind),
        ("given_on", "Datum", "Date", "date"), ("amount_eur", "Bedrag", "Amount", "eur"),
        ("note", "Notitie", "Note", "text"),
    ],
    "trajectory_barrier": [
        ("trajectory_id", "", "", "hide"), ("barrier", "Drempel", "Barrier", Barrier),
        ("custom", "Toelichting", "Details", "text"),
    ],
    "trajectory_offer": [
        ("trajectory_id", "", "", "hide"), ("stakeholder_id", "Aanbod", "Offer", "ref"),
        ("note", "Notitie", "Note", "text"),
    ],
    "ambassador": [
        ("name", "Naam", "Name", "text"), ("email", "E-mail", "E-mail", "text"), ("phone", "Telefoon", "Phone", "text"),
        ("organisation", "Organisatie", "Organisation", "text"), ("role", "Rol", "Role", "text"),
        ("network_id", "Netwerk", "Network", "ref"), ("status", "Status", "Status", AmbassadorStatus),
        ("nominated_by", "Voorgedragen door", "Nominated by", "text"),
        ("nominated_on", "Voorgedragen op", "Nominated on", "date"),
        ("screened_on", "Kennismakingsgesprek op", "Screened on", "date"),
        ("appointed_on", "Aangesteld op", "Appointed on", "date"), ("term_start", "Mandaat van", "Term from", "date"),
        ("term_end", "Mandaat tot", "Term until", "date"), ("honorary_on", "Erelid sinds", "Honorary member since", "date"),
        ("left_on", "Gestopt op", "Left on", "date"), ("left_reason", "Reden van stoppen", "Reason for leaving", "text"),
        ("motivation_profile", "Motivatieprofiel", "Motivation profile", MotivationProfile),
        ("likes", "Doet graag", "Likes to do", "text"), ("strengths", "Is goed in", "Is good at", "text"),
        ("engagement_types", "Wil zich engageren voor", "Wants to engage in", ("list", EngagementType)),
        ("charter_signed_on", "Charter getekend op", "Charter signed on", "date"),
        ("area", "Dorp of wijk", "Village or area", "text"), ("feedback", "Feedback", "Feedback", "text"),
        ("diversity_consent", "Toestemming voor diversiteitsgegevens", "Consent to diversity data", "bool"),
        ("sector", "Sector", "Sector", "text"), ("company_size", "Grootte van het bedrijf", "Company size", "text"),
        ("theme_phase", "Fase in het thema", "Phase in the theme", "text"),
        ("age_band", "Leeftijdsgroep", "Age band", "text"), ("gender", "Geslacht", "Gender", "text"),
        ("background", "Achtergrond", "Background", "text"),
        ("stakeholder_id", "Ook opgenomen als stakeholder", "Also recorded as stakeholder", "ref"),
        ("recruiting_call_id", "Aangemeld via de wervingsoproep", "Came through the recruiting call", "ref"),
    ],
    "ambassador_status_change": [
        ("ambassador_id", "", "", "hide"), ("changed_on", "Datum", "Date", "date"),
        ("from_status", "Van", "From", AmbassadorStatus), ("to_status", "Naar", "To", AmbassadorStatus),
        ("note", "Notitie", "Note", "text"),
    ],
    "ambassador_contact": [
        ("ambassador_id", "", "", "hide"), ("occurred_on", "Datum", "Date", "date"),
        ("kind", "Soort", "Kind", AmbassadorContactKind), ("note", "Verslag", "Notes", "text"),
        ("next_contact_on", "Volgend contact", "Next contact", "date"),
    ],
    "attachment": [
        ("filename", "Bestand", "File", "text"), ("size", "Grootte (bytes)", "Size (bytes)", "text"),
        ("note", "Notitie", "Note", "text"), ("created_at", "Toegevoegd op", "Added on", "datetime"),
        ("network_id", "", "", "hide"), ("stakeholder_id", "", "", "hide"), ("ambassador_id", "", "", "hide"),
        ("meeting_id", "", "", "hide"), ("media_type", "", "", "hide"), ("sha256", "", "", "hide"),
        ("shared", "Gedeeld met het team", "Shared with the team", "bool"), ("content_base64", "", "", "hide"),
        ("content", "", "", "hide"),
    ],
    "third_party_request": [
        ("network_id", "Netwerk", "Network", "ref"), ("received_on", "Binnengekomen op", "Received on", "date"),
        ("requester", "Aanvrager", "Requester", "text"),
        ("requester_stakeholder_id", "Aanvrager (stakeholder)", "Requester (stakeholder)", "ref"),
        ("kind", "Soort", "Kind", RequestKind), ("topic", "Onderwerp", "Topic", "text"),
        ("wanted_on", "Gevraagde datum", "Date asked for", "date"),
        ("ambassador_id", "Gevraagde ambassadeur", "Ambassador asked", "ref"),
        ("status", "Status", "Status", RequestStatus), ("assigned_on", "Gevraagd op", "Asked on", "date"),
        ("accepted_on", "Toegezegd op", "Accepted on", "date"), ("held_on", "Gegeven op", "Held on", "date"),
        ("declined_on", "Afgewezen op", "Declined on", "date"),
        ("due_on", "Antwoord verwacht op", "Answer due on", "date"), ("note", "Notitie", "Note", "text"),
    ],
    "activity_participant": [
        ("activity_id", "Activiteit", "Activity", "ref"), ("ambassador_id", "Ambassadeur", "Ambassador", "ref"),
        ("stakeholder_id", "Stakeholder", "Stakeholder", "ref"), ("role", "Rol", "Role", "text"),
        ("attended", "Aanwezig", "Attended", "bool"),
    ],
    "signal": [
        ("raised_on", "Gemeld op", "Raised on", "date"), ("topic", "Onderwerp", "Topic", "text"),
        ("description", "Beschrijving", "Description", "text"), ("area", "Wijk of dorp", "Area or village", "text"),
        ("network_id", "Netwerk", "Network", "ref"), ("raised_by_kind", "Gemeld door", "Raised by", RaisedByKind),
        ("raised_by_ambassador_id", "Ambassadeur", "Ambassador", "ref"),
        ("raised_by_stakeholder_id", "Stakeholder", "Stakeholder", "ref"),
        ("responsible", "Verantwoordelijke", "Responsible", "text"),
        ("portfolio_holder", "Portefeuillehouder", "Portfolio holder", "text"),
        ("status", "Status", "Status", SignalStatus),
        ("due_on", "Antwoord verwacht op", "Answer due on", "date"),
        ("forwarded_on", "Doorgegeven op", "Forwarded on", "date"),
        ("answered_on", "Beantwoord op", "Answered on", "date"), ("closed_on", "Afgesloten op", "Closed on", "date"),
        ("response", "Antwoord", "Response", "text"),
    ],
    "interaction": [
        ("occurred_on", "Datum", "Date", "date"), ("kind", "Soort", "Kind", InteractionKind),
        ("stakeholder_id", "Met", "With", "ref"), ("ambassador_id", "Door", "By", "ref"),
        ("note", "Verslag", "Notes", "text"), ("next_contact_on", "Volgend contact", "Next contact", "date"),
        ("network_id", "", "", "hide"),  # the stakeholder's network, kept for counting (migration 0014)
    ],
    "stakeholder": [
        ("name", "Naam", "Name", "text"), ("kind", "Soort", "Kind", StakeholderKind),
        ("category", "Categorie", "Category", Category), ("side", "Zijde", "Side", Side),
        ("network_id", "Netwerk", "Network", "ref"), ("municipality", "Gemeente", "Municipality", "text"),
        ("area", "Wijk", "Area", "text"), ("address", "Adres", "Address", "text"),
        ("email", "E-mail", "E-mail", "text"), ("phone", "Telefoon", "Phone", "text"),
        ("website", "Website", "Website", "text"), ("stage", "Relatiefase", "Relationship stage", Stage),
        ("strength", "Sterkte van de band (1–5)", "Strength of the bond (1–5)", "int"),
        ("influence", "Invloed (0–100)", "Influence (0–100)", "int"),
        ("interest", "Interesse (0–100)", "Interest (0–100)", "int"),
        ("concerns", "Bezorgdheden", "Concerns", "text"), ("priorities", "Prioriteiten", "Priorities", "text"),
        ("agenda_room", "Ruimte in de agenda", "Room in the agenda", "text"),
        ("places_available", "Vrije plaatsen", "Places available", "int"),
        ("waiting_list", "Wachtlijst", "Waiting list", "int"),
        ("engagement_signed_on", "Engagementsverklaring getekend op", "Engagement declaration signed on", "date"),
        ("supply_barriers", "Drempels bij de aanbieder", "Barriers at the provider", ("list", SupplyBarrier)),
        ("next_contact_on", "Volgend contact", "Next contact", "date"),
        ("last_contact_on", "Laatste contact", "Last contact", "date"), ("notes", "Notities", "Notes", "text"),
    ],
    "stage_change": [
        ("stakeholder_id", "", "", "hide"), ("changed_on", "Datum", "Date", "date"),
        ("from_stage", "Van", "From", Stage), ("to_stage", "Naar", "To", Stage), ("note", "Notitie", "Note", "text"),
    ],
    "contact_person": [
        ("name", "Naam", "Name", "text"), ("role", "Functie", "Role", "text"), ("email", "E-mail", "E-mail", "text"),
        ("phone", "Telefoon", "Phone", "text"), ("stakeholder_id", "Organisatie", "Organisation", "ref"),
    ],
    "consent": [
        ("person_kind", "", "", "hide"), ("person_id", "", "", "hide"), ("purpose", "Doel", "Purpose", "text"),
        ("given_on", "Gegeven op", "Given on", "date"), ("expires_on", "Geldig tot", "Valid until", "date"),
        ("withdrawn_on", "Ingetrokken op", "Withdrawn on", "date"), ("note", "Notitie", "Note", "text"),
    ],
    "exchange_conflict": [
        ("record_id", "", "", "hide"), ("created_at", "Datum", "Date", "datetime"),
        ("table_name", "Soort gegeven", "Kind of data", "table"), ("column", "Veld", "Field", "column"),
        ("kept_value", "Bewaarde waarde", "Value kept", "value"), ("other_value", "Andere waarde", "Other value", "value"),
        ("kept", "", "", "hide"), ("sender", "Van teamlid", "From team member", "text"),
        ("resolved_at", "Bekeken op", "Reviewed on", "datetime"),
    ],
}
# tables whose rows the letter shows, and the section title of each (the JSON's keys)
SECTIONS: list[tuple[str, str, str, str]] = [
    ("organisation", "", "", ""),  # a contact person's organisation: shown with the record
    ("status_history", "ambassador_status_change", "Statusgeschiedenis", "Status history"),
    ("one_to_one", "ambassador_contact", "Gesprekken met de projectleider", "Talks with the project lead"),
    ("stage_history", "stage_change", "Relatiefasen", "Relationship stages"),
    ("milestones", "milestone", "Mijlpalen", "Milestones"),
    ("offers", "trajectory_offer", "Vrijetijdsaanbod", "Leisure offers"),
    ("barriers", "trajectory_barrier", "Drempels", "Barriers"),
    ("support", "support_given", "Ondersteuning", "Support"),
    ("contact_moments", "interaction", "Contactmomenten", "Contact moments"),
    ("activities", "activity_participant", "Activiteiten", "Activities"),
    ("signals_raised", "signal", "Gemelde signalen", "Signals raised"),
    ("attachments", "attachment", "Bewaarde bestanden (de bestanden zelf zitten in de JSON-export)",
     "Files kept (the files themselves are in the JSON export)"),
    ("requests", "third_party_request", "Aanvragen van derden voor een workshop of inleiding",
     "Requests from third parties for a workshop or talk"),
    ("requests_made", "third_party_request", "Aanvragen voor een workshop of inleiding", "Requests for a workshop or talk"),
    ("consents", "consent", "Toestemmingen", "Consents"),
    ("exchange_conflicts", "exchange_conflict", "Waarden die bij teamuitwisseling opzij gezet werden",
     "Values set aside in team exchange"),
    ("audit", "", "Wie wanneer iets wijzigde", "Who changed what when"),
]
KIND_TABLE = {"trajectory": "trajectory", "ambassador": "ambassador", "stakeholder": "stakeholder",
              "contact_person": "contact_person"}
_ACTIONS = {"create": ("aangemaakt", "created"), "update": ("gewijzigd", "changed"), "delete": ("verwijderd", "deleted"),
            "erase": ("gewist", "erased"), "purge": ("opgeschoond", "purged"), "export": ("geëxporteerd", "exported")}
MAX_COLUMNS = 5  # a section whose records have at most this many fields is one table
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def fields_of(table: str) -> list[Field]:
    own = FIELDS.get(table, [])
    names = {f[0] for f in own}
    return own + [f for f in _COMMON if f[0] not in names]


# --- facts gathered while the session is open ------------------------------------------------------------

def _ids_in(data: dict[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(v: Any, key: str = "") -> None:
        if isinstance(v, dict):
            for k, item in v.items():
                walk(item, k)
        elif isinstance(v, list):
            for item in v:
                walk(item, key)
        elif isinstance(v, str) and key.endswith("_id") and UUID.fullmatch(v):
            found.add(v)

    walk(data)
    return found


def facts(session: Session, data: dict[str, Any], today: date | None = None, *, retention_years: int = 5) -> dict[str, Any]:
    """Names for every id the data mentions, the network, controller and DPO, consent status,
    retention (trajectories: `retention_years` after closing) and team: all the letter needs, as
    plain data."""
    from app.config import Settings
    from app.domain import (
        Activity,
        Ambassador,
        Consent,
        Network,
        RecruitingCall,
        Setting,
        Stakeholder,
        TrajectoryOffer,
    )
    from app.io.controller import privacy_contacts, sharing_consent
    from app.services.privacy import status
    from app.team.team import members_from

    today = today or date.today()
    ids = _ids_in(data)
    names: dict[str, str] = {}
    if ids:
        for model in (Stakeholder, Ambassador, Network):
            for rid, name in session.execute(select(model.id, model.name).where(model.id.in_(ids))):
                names[rid] = name
        for rid, title, held_on in session.execute(
                select(RecruitingCall.id, RecruitingCall.title, RecruitingCall.held_on).where(
                    RecruitingCall.id.in_(ids))):
            names[rid] = f"{title} ({held_on:%d/%m/%Y})"
        for rid, title, held_on, kind in session.execute(
                select(Activity.id, Activity.title, Activity.held_on, Activity.kind).where(Activity.id.in_(ids))):
            names[rid] = f"{title}\x00{held_on.isoformat() if held_on else ''}\x00{kind}"
    record = data.get("record", {})
    network = names.get(record.get("network_id") or "", "")
    network_kind = ""
    if record.get("network_id"):
        net = session.get(Network, record["network_id"])
        network_kind = net.kind if net else ""
    elif data.get("kind") == "contact_person" and record.get("stakeholder_id"):
        org = session.get(Stakeholder, record["stakeholder_id"])
        net = session.get(Network, org.network_id) if org else None
        network, network_kind = (net.name, net.kind) if net else ("", "")
    settings = {r.key: r.value for r in session.scalars(select(Setting).where(Setting.key.like("team.%")))}
    consents = []
    for c in data.get("consents", []):
        given = date.fromisoformat(c["given_on"]) if c.get("given_on") else today
        probe = Consent(purpose=c.get("purpose", ""), given_on=given,
                        expires_on=date.fromisoformat(c["expires_on"]) if c.get("expires_on") else None,
                        withdrawn_on=date.fromisoformat(c["withdrawn_on"]) if c.get("withdrawn_on") else None)
        consents.append({"purpose": probe.purpose, "status": status(probe, today),
                         "given_on": c.get("given_on"), "sharing": sharing_consent(probe.purpose)})
    offers = []
    if data.get("kind") == "trajectory":
        rows = session.execute(select(Stakeholder.name).join(TrajectoryOffer, TrajectoryOffer.stakeholder_id == Stakeholder.id)
                               .where(TrajectoryOffer.trajectory_id == record.get("id"),
                                      TrajectoryOffer.deleted_at.is_(None)))
        offers = sorted({n for (n,) in rows})
    return {
        "made_on": today.isoformat(), "names": names, "network": network, "network_kind": network_kind,
        "contacts": asdict(privacy_contacts(session)), "consents": consents, "offers": offers,
        "retention_years": retention_years,
        "team_members": sorted(m.name for m in members_from(settings) if m.name) if settings.get("team.id") else [],
        "auto_backup": bool(Settings.load().auto_backup),
    }


# --- values in the reader's words ----------------------------------------------------------------------

class _Reader:
    def __init__(self, data: dict[str, Any], facts: dict[str, Any], lang: str) -> None:
        self.data, self.facts, self.lang = data, facts, lang
        self.en = lang == "en"
        self.day: Callable[[date | None, str], str] = companion.day
        self.person_id = str(data.get("record", {}).get("id", ""))

    def tr(self, nl: str, en: str) -> str:
        return en if self.en else nl

    def ref(self, value: str) -> str:
        name = self.facts.get("names", {}).get(value)
        if name is None and "names" not in self.facts:
            return self.tr("(naam niet opgezocht)", "(name not looked up)")
        if name is None:
            return self.tr("(niet meer in de kluis)", "(no longer in the vault)")
        if "\x00" in name:  # an activity: title, date, kind
            title, held, kind = name.split("\x00")
            parts = [title or self.tr("(zonder titel)", "(untitled)")]
            if held:
                parts.append(self.day(date.fromisoformat(held), self.lang))
            if kind in ActivityKind._value2member_map_:
                parts.append(label(ActivityKind(kind), self.lang))
            return ", ".join(parts)
        return str(name)

    def enum(self, enum: type[StrEnum], value: str) -> str:
        if value in enum._value2member_map_:
            return label(enum(value), self.lang)
        return value

    def value(self, table: str, column: str, kind: Any, value: Any) -> str:
        """The value as the reader should see it; "" for an empty one."""
        if value is None or value == "" or value == []:
            return ""
        if kind == "date":
            return self.day(date.fromisoformat(str(value)[:10]), self.lang)
        if kind == "datetime":  # stored as naive UTC: shown in this laptop's time
            moment = datetime.fromisoformat(str(value))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            moment = moment.astimezone()
            return f"{self.day(moment.date(), self.lang)} {moment:%H:%M}"
        if kind == "bool":
            return self.tr("ja", "yes") if value else self.tr("nee", "no")
        if kind == "outcome":
            return self.tr("bereikt", "reached") if value else self.tr("niet bereikt", "not reached")
        if kind == "int":
            return str(value) if isinstance(value, int) and column == "birth_year" else companion.number(value, self.lang)
        if kind == "eur":
            return companion.euro(float(value), self.lang)
        if kind == "ref":
            return self.ref(str(value))
        if kind == "table":
            return table_label(str(value), self.lang)
        if kind == "column":
            return self.column(str(self._row_table), str(value))
        if kind == "value":
            return self.stored(str(self._row_table), str(self._row_column), value)
        if isinstance(kind, tuple) and kind[0] == "list":
            return ", ".join(self.enum(kind[1], str(v)) for v in value)
        if isinstance(kind, type) and issubclass(kind, StrEnum):
            return self.enum(kind, str(value))
        return str(value)

    _row_table: str = ""
    _row_column: str = ""

    def column(self, table: str, column: str) -> str:
        for col, nl, en, kind in fields_of(table):
            if col == column and kind != "hide" and nl:
                return en if self.en else nl
        return field_label(column, self.lang)

    def stored(self, table: str, column: str, value: Any) -> str:
        """A value kept aside by team exchange (stored as text) in the words of its field."""
        for col, _, _, kind in fields_of(table):
            if col == column and kind not in ("hide", "value", "column", "table"):
                try:
                    return self.value(table, column, kind, value)
                except (ValueError, TypeError):
                    break
        return str(value)

    def rows(self, table: str, record: dict[str, Any]) -> list[tuple[str, str]]:
        """(label, value) of every field with a value, in the letter's order; a reference to the
        person themselves is left out; a column the letter does not know yet still shows."""
        out: list[tuple[str, str]] = []
        known = fields_of(table)
        self._row_table = str(record.get("table_name", ""))
        self._row_column = str(record.get("column", ""))
        for col, nl, en, kind in known:
            if kind == "hide" or col not in record:
                continue
            if kind == "ref" and record[col] == self.person_id:
                continue
            text = self.value(table, col, kind, record[col])
            if text:
                out.append((en if self.en else nl, text))
        names = {f[0] for f in known}
        for col, v in record.items():
            if col not in names and not col.endswith("_id") and v not in (None, "", []):
                out.append((field_label(col, self.lang), str(v)))
        return out


# --- the letter -------------------------------------------------------------------------------------

def _who(data: dict[str, Any]) -> tuple[str, str]:
    """The name to greet and the label of the person's data (code for a child)."""
    record = data.get("record", {})
    if data.get("kind") == "trajectory":
        return "", str(record.get("code") or "")
    return str(record.get("name") or ""), str(record.get("name") or "")


def letter_parts(data: dict[str, Any], facts: dict[str, Any], lang: str) -> dict[str, Any]:
    """The letter as text: greeting, paragraphs per heading, and the data sections as rows of
    (label, value) or tables; shared by the PDF and the tests."""
    from app.io.controller import PURPOSE_BY_KIND

    r = _Reader(data, facts, lang)
    tr = r.tr
    kind = str(data.get("kind", ""))
    child = kind == "trajectory"
    record = data.get("record", {})
    name, subject = _who(data)
    contacts = facts.get("contacts", {})
    org = contacts.get("controller") or facts.get("network") or tr("onze organisatie", "our organisation")
    made = date.fromisoformat(facts.get("made_on") or date.today().isoformat())
    greeting = (tr("Beste ouder of voogd,", "Dear parent or guardian,") if child
                else tr(f"Beste {name},", f"Dear {name},") if name else tr("Beste,", "Dear Sir or Madam,"))
    about = (tr(f"je kind (traject {subject})", f"your child (trajectory {subject})") if child else tr("jou", "you"))
    intro = tr(f"Je vroeg welke gegevens {org} over {about} bijhoudt. In deze brief lees je wat we met die gegevens "
               "doen, wie ze krijgt, hoe lang we ze bewaren en welke rechten je hebt. Daarna volgen alle gegevens die "
               "in Verbind, het programma waarmee we het netwerk opvolgen, over "
               + ("je kind" if child else "jou") + " bewaard worden. Velden zonder waarde zijn weggelaten.",
               f"You asked which data {org} keeps about {about}. This letter tells you what we do with the data, who "
               "receives it, how long we keep it and what your rights are. After that come all the data kept about "
               + ("your child" if child else "you") + " in Verbind, the program we use to follow up the network. "
               "Fields without a value are left out.")
    if record.get("deleted_at"):
        intro += " " + tr("Dit record werd in Verbind als verwijderd gemarkeerd, maar de gegevens zijn nog bewaard; "
                          "vraag gerust om ze te wissen.", "This record was marked as deleted in Verbind, but the "
                          "data is still kept; feel free to ask us to erase it.")

    net_kind = str(facts.get("network_kind") or "")
    purposes = []
    if child:
        purposes.append(tr("om je kind te helpen een vrijetijdsaanbod te vinden dat past (een club, een "
                           "jeugdbeweging, een kamp, …), om drempels weg te nemen en de stappen op te volgen",
                           "to help your child find a leisure offer that suits them (a club, a youth movement, a "
                           "camp, …), to remove barriers and to follow up the steps"))
    elif kind == "ambassador":
        purposes.append(tr("om het ambassadeursnetwerk te organiseren: je aanstelling en mandaat, activiteiten, "
                           "vormingen en bedankmomenten; diversiteitsgegevens enkel met je toestemming, en enkel als "
                           "totalen", "to organise the ambassador network: your appointment and term, activities, "
                           "trainings and thank-you moments; diversity data only with your consent, and only as "
                           "totals"))
    elif kind == "contact_person":
        purposes.append(tr("om contact te houden met je organisatie binnen het netwerk (uitnodigingen, afspraken, "
                           "opvolging)", "to keep in touch with your organisation within the network (invitations, "
                           "appointments, follow-up)"))
    else:
        purposes.append(tr("om je als lokale speler bij het netwerk te betrekken en onze contacten op te volgen",
                           "to involve you in the network as a local player and to follow up our contacts"))
    if net_kind in PURPOSE_BY_KIND:
        purposes.append(tr("het doel van het netwerk", "the aim of the network") + f" {facts.get('network')}: "
                        + PURPOSE_BY_KIND[net_kind][1 if r.en else 0])
    purposes.append(tr("om jaarlijks verslag uit te brengen aan de stuurgroep, met totalen",
                       "to report to the steering group once a year, in totals"))
    if kind == "ambassador" and record.get("motivation_profile"):
        purposes.append(tr("het motivatieprofiel kiest de projectleider samen met jou, om je rol in het netwerk af "
                           "te stemmen; Verbind neemt zelf geen beslissingen over personen",
                           "the project lead chooses the motivation profile together with you, to fit your role in "
                           "the network; Verbind makes no decisions about people by itself"))
    else:
        purposes.append(tr("Verbind neemt zelf geen beslissingen over personen en stelt geen profielen op",
                           "Verbind makes no decisions about people by itself and builds no profiles"))

    recipients = []
    team = facts.get("team_members") or []
    if team:
        recipients.append(tr(f"collega's van ons team, elk met een eigen versleutelde kluis: {', '.join(team)}"
                             + (" (de naam van je kind krijgen zij niet)" if child and record.get("name") else ""),
                             f"colleagues of our team, each with their own encrypted vault: {', '.join(team)}"
                             + (" (they do not receive your child's name)" if child and record.get("name") else "")))
    if child:
        shared = [c for c in facts.get("consents", []) if c["sharing"] and c["status"] in ("valid", "expiring")]
        offers = facts.get("offers") or []
        if shared and offers:
            when = r.day(date.fromisoformat(shared[0]["given_on"]), lang) if shared[0].get("given_on") else ""
            recipients.append(tr(f"de aanbieder van het vrijetijdsaanbod ({', '.join(offers)}): wat die nodig heeft om "
                                 f"je kind te laten deelnemen, omdat je daar op {when} toestemming voor gaf",
                                 f"the provider of the leisure offer ({', '.join(offers)}): what they need for your "
                                 f"child to take part, because you gave consent for it on {when}"))
        else:
            recipients.append(tr("geen aanbieders van vrijetijdsaanbod: er is geen toestemming van je geregistreerd "
                                 "om gegevens met hen te delen", "no leisure providers: no consent of yours to share "
                                 "data with them is recorded"))
        recipients.append(tr("de stuurgroep krijgt een jaarverslag met totalen; Verbind zet er nooit de naam of de "
                             "code van je kind in", "the steering group receives an annual report in totals; Verbind "
                             "never puts your child's name or code in it"))
    else:
        recipients.append(tr("de stuurgroep krijgt een jaarverslag met totalen en de toelichting van de projectleider",
                             "the steering group receives an annual report with totals and the project lead's notes"))
    recipients.append(tr("niemand anders: Verbind werkt zonder server of cloud en geeft zelf niets door",
                         "nobody else: Verbind works without a server or cloud and passes nothing on by itself"))

    years = int(facts.get("retention_years") or 5)
    retention = [tr(f"{years} jaar na het afsluiten van het traject wissen we de vrije tekst en de naam; de code, het "
                    "geboortejaar, de wijk en de data blijven, zonder naam, voor de jaartotalen",
                    f"{years} years after the trajectory is closed we erase the free text and the name; the code, "
                    "birth year, neighbourhood and dates stay, without a name, for the yearly totals")
                 if child else tr("zolang je deel uitmaakt van het netwerk of we samenwerken; daarna wissen we ze als "
                                  "je dat vraagt", "as long as you are part of the network or we work together; after "
                                  "that we erase them when you ask")]
    if facts.get("auto_backup"):
        retention.append(tr("in onze versleutelde reservekopieën blijven gewiste gegevens nog tot ongeveer een jaar",
                            "erased data stays in our encrypted backups for up to about a year"))

    sources = []
    if child:
        referred = record.get("referral_source_id")
        sources.append(tr("van jou en je kind, uit onze gesprekken", "from you and your child, from our talks"))
        if referred:
            sources.append(tr(f"je kind werd naar ons doorverwezen door {r.ref(str(referred))}",
                              f"your child was referred to us by {r.ref(str(referred))}"))
    elif kind == "ambassador":
        sources.append(tr("van jezelf", "from you"))
        if record.get("nominated_by"):
            sources.append(tr(f"je werd voorgedragen door {record['nominated_by']}",
                              f"you were nominated by {record['nominated_by']}"))
    elif kind == "contact_person":
        org_name = data.get("organisation") or ""
        sources.append(tr(f"van jezelf of van je organisatie{f' ({org_name})' if org_name else ''}",
                          f"from you or your organisation{f' ({org_name})' if org_name else ''}"))
    else:
        sources.append(tr("van jezelf, of uit onze contacten in het netwerk", "from you, or from our contacts in the network"))
    if team:
        sources.append(tr("of van een collega van het team", "or from a colleague of the team"))

    dpo = contacts.get("dpo") or ""
    reach = contacts.get("controller_contact") or ""
    contact_line = (tr(f"Je bereikt ons via {reach}.", f"You can reach us at {reach}.") if reach else "")
    if dpo:
        contact_line += " " + tr(f"Onze functionaris voor gegevensbescherming is {dpo}", f"Our data protection officer "
                                 f"is {dpo}") + (f" ({contacts['dpo_contact']})." if contacts.get("dpo_contact") else ".")
    rights = [
        tr("je kan vragen om gegevens te verbeteren of aan te vullen", "you can ask us to correct or complete data"),
        tr("je kan vragen om gegevens te wissen, of om ze even niet te gebruiken", "you can ask us to erase data, or "
           "not to use it for a while"),
        tr("je kan bezwaar maken tegen het gebruik van je gegevens", "you can object to the use of your data"),
        tr("je kan een toestemming altijd intrekken; wat eerder gebeurde, blijft geldig", "you can withdraw a consent "
           "at any time; what happened before stays valid"),
        tr("je kan de gegevens ook als bestand krijgen (JSON), om ze mee te nemen", "you can also get the data as a "
           "file (JSON), to take it elsewhere"),
        tr("ben je het niet eens met hoe we met je gegevens omgaan, dan kan je klacht indienen bij de "
           "Gegevensbeschermingsautoriteit (België, www.gegevensbeschermingsautoriteit.be) of de Autoriteit "
           "Persoonsgegevens (Nederland, www.autoriteitpersoonsgegevens.nl)",
           "if you disagree with how we handle your data, you can complain to the Data Protection Authority "
           "(Belgium, www.dataprotectionauthority.be) or the Autoriteit Persoonsgegevens (the Netherlands, "
           "www.autoriteitpersoonsgegevens.nl)"),
    ]

    sections: list[tuple[str, Any]] = []
    main_table = KIND_TABLE.get(kind, kind)
    main_rows = r.rows(main_table, record)
    if kind == "contact_person" and data.get("organisation") and not any(
            lbl == r.tr("Organisatie", "Organisation") for lbl, _ in main_rows):
        main_rows.append((tr("Organisatie", "Organisation"), str(data["organisation"])))
    if record.get("created_at"):
        main_rows.append((tr("Eerst geregistreerd op", "First recorded on"),
                          r.value(main_table, "created_at", "datetime", record["created_at"])))
    if record.get("updated_at"):
        main_rows.append((tr("Laatst gewijzigd op", "Last changed on"),
                          r.value(main_table, "updated_at", "datetime", record["updated_at"])))
    titles = {"trajectory": tr("Het traject", "The trajectory"), "ambassador": tr("Je gegevens als ambassadeur",
              "Your details as an ambassador"), "contact_person": tr("Je gegevens als contactpersoon",
              "Your details as a contact person"), "stakeholder": tr("Je gegevens als stakeholder",
              "Your details as a stakeholder")}
    sections.append((titles.get(kind, kind), ("rows", main_rows)))
    for key, table, nl, en in SECTIONS:
        if key not in data or not table and key != "audit":
            continue
        items = data[key]
        if not isinstance(items, list) or not items:
            continue
        title = en if r.en else nl
        if key == "audit":
            rows = []
            for a in items:
                when = r.value("", "at", "datetime", a.get("at"))
                action = _ACTIONS.get(str(a.get("action")), (str(a.get("action")), str(a.get("action"))))
                hidden = {f[0] for f in fields_of(str(a.get("table"))) if f[3] == "hide"}
                what = ", ".join(r.column(str(a.get("table")), str(f)) for f in a.get("fields") or [] if f not in hidden)
                rows.append([when, action[1 if r.en else 0], table_label(str(a.get("table")), lang), what])
            header = [tr("Wanneer", "When"), tr("Wat", "What"), tr("Gegeven", "Record"),
                      tr("Velden (zonder de waarden)", "Fields (without the values)")]
            sections.append((title, ("table", (header, rows))))
            continue
        blocks = [r.rows(table, item) for item in items]
        if key == "consents":
            for rows_of, fact in zip(blocks, facts.get("consents", []), strict=False):
                rows_of.append((tr("Nu", "Now"), _STATUS[fact["status"]][1 if r.en else 0]))
        sections.append((title, ("records", [_by_spec(table, rows, r.en) for rows in blocks])))
    closing = [tr("Klopt er iets niet, of wil je iets laten verbeteren of wissen? Laat het ons weten.",
                  "Is something wrong, or would you like something corrected or erased? Let us know."), contact_line]
    return {"title": tr("Inzage in je persoonsgegevens", "Access to your personal data"),
            "subject": tr("Betreft: je vraag om inzage (artikel 15 AVG)", "Re: your request for access (article 15 GDPR)"),
            "date": r.day(made, lang), "org": org, "greeting": greeting, "intro": intro,
            "info": [(tr("Wat we met de gegevens doen", "What we do with the data"), purposes),
                     (tr("Wie de gegevens krijgt", "Who receives the data"), recipients),
                     (tr("Hoe lang we ze bewaren", "How long we keep them"), retention),
                     (tr("Waar de gegevens vandaan komen", "Where the data comes from"), sources),
                     (tr("Je rechten", "Your rights"), rights)],
            "sections": sections, "closing": [c for c in closing if c], "sign": tr("Met vriendelijke groet,",
                                                                                   "Kind regards,"),
            "subject_label": subject}


def _by_spec(table: str, rows: list[tuple[str, str]], en: bool) -> list[tuple[str, str]]:
    """The rows of one record, kept in the order of the table's fields (for shared columns)."""
    order = {(f[2] if en else f[1]): i for i, f in enumerate(fields_of(table)) if f[3] != "hide"}
    return sorted(rows, key=lambda kv: order.get(kv[0], len(order)))


def _columns(records: list[list[tuple[str, str]]]) -> list[str]:
    """The labels of a section's records in one order: each label after every label that comes
    before it in some record (the records are each in the table's field order)."""
    seen: list[str] = []
    for rows in records:
        at = 0
        for k, _ in rows:
            if k in seen:
                at = seen.index(k) + 1
            else:
                seen.insert(at, k)
                at += 1
    return seen


_STATUS = {"valid": ("geldig", "valid"), "expiring": ("geldig, verloopt binnenkort", "valid, expires soon"),
           "expired": ("verlopen", "expired"), "withdrawn": ("ingetrokken", "withdrawn")}


def write_letter(data: dict[str, Any], facts: dict[str, Any], path: Path, lang: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

    from app.reports import fonts

    lang = companion.lang_of(lang)
    parts = letter_parts(data, facts, lang)
    s = companion.styles()
    usable = A4[0] - 4.4 * cm
    story: list[Any] = [Paragraph(escape(parts["org"]), s["h3"]), Spacer(1, 4),
                        Paragraph(escape(parts["title"]), s["title"]),
                        Paragraph(escape(parts["date"]), s["small"]), Spacer(1, 6),
                        Paragraph(f"<b>{escape(parts['subject'])}</b>", s["body"]), Spacer(1, 4),
                        Paragraph(escape(parts["greeting"]), s["body"]), Paragraph(escape(parts["intro"]), s["body"])]
    for heading, items in parts["info"]:
        block = [Paragraph(escape(heading), s["h3"])]
        block += [Paragraph(escape(item), s["bullet"], bulletText="•") for item in items]
        story.append(KeepTogether(block))
    closing = [Paragraph(escape(line), s["body"]) for line in parts["closing"]]
    story.append(KeepTogether([Spacer(1, 6), *closing, Spacer(1, 6), Paragraph(escape(parts["sign"]), s["body"]),
                               Paragraph(escape(parts["org"]), s["body"])]))
    story.append(CondPageBreak(6 * cm))
    story.append(Paragraph(escape("De gegevens" if lang == "nl" else "The data"), s["h2"]))
    label_w = 5.2 * cm

    def cell(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), s[style])

    def pairs(rows: list[tuple[str, str]]) -> Table:
        table = Table([[cell(k, "cellb"), cell(v)] for k, v in rows], colWidths=[label_w, usable - label_w])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("BACKGROUND", (0, 0), (0, -1), companion.LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, companion.RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.25, companion.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return table

    def grid(header: list[str], rows: list[list[str]]) -> Table | None:
        try:
            widths = companion.fit_columns([header, *rows], usable, fonts.REGULAR, 8.5, header_font=fonts.BOLD)
        except ValueError:
            return None
        table = Table([[cell(h, "cellb") for h in header]] + [[cell(v) for v in row] for row in rows],
                      colWidths=widths, repeatRows=1)
        table.setStyle(companion.table_style())
        return table

    for title, (shape, content) in parts["sections"]:
        story.append(CondPageBreak(3 * cm))
        story.append(Paragraph(escape(title), s["h3"]))
        if shape == "rows":
            story.append(pairs(content))
        elif shape == "records":
            # records with few fields read best as one table; the others one block of fields each
            header = _columns(content)
            table = None
            if len(header) <= MAX_COLUMNS and all(len({k for k, _ in rows}) == len(rows) for rows in content):
                table = grid(header, [[dict(rows).get(h, "") for h in header] for rows in content])
            if table is not None:
                story.append(table)
                continue
            for i, rows in enumerate(content):
                if rows:
                    story.append(KeepTogether([pairs(rows), Spacer(1, 5 if i < len(content) - 1 else 0)]))
        else:
            header, rows = content
            story.append(grid(header, rows) or Paragraph("", s["cell"]))
    made = parts["date"]
    who = parts["subject_label"]
    companion.build({
        "lang": lang, "header": f"{parts['org']} — {parts['title']}", "title": f"{parts['title']} — {who}",
        "author": parts["org"], "subject": "Subject access under article 15 GDPR" if lang == "en" else
        "Inzage volgens artikel 15 AVG",
        "footer": (f"Confidential — personal data of {who}, {made}" if lang == "en" else
                   f"Vertrouwelijk — persoonsgegevens van {who}, {made}"),
    }, story, path)


__all__ = ["FIELDS", "SECTIONS", "UUID", "facts", "fields_of", "letter_parts", "write_letter"]
