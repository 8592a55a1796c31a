"""The record of processing activities (GDPR art. 30), generated from the schema, the vault's
records and settings and this laptop's settings, so that every statement in it is true of the
software as it runs here: which data about whom, for which purposes, how long, who receives it
(team members, leisure providers where a sharing consent exists, the steering group), and how
it is protected. Controller and data protection officer come from the vault (`verbind gdpr
controller`). Markdown or PDF, Dutch or English; only counts and kinds of data appear, never a
person's data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Base, Consent, Network, Setting, TrajectoryOffer
from app.domain.labels import table_label
from app.domain.trajectory import LOCAL_ONLY_COLUMNS
from app.domain.vocabulary import NetworkKind, label
from app.errors import UsageError
from app.io.controller import (
    PURPOSE_BY_KIND,
    PrivacyContacts,
    privacy_contacts,
    set_privacy_contacts,
    sharing_consent,
)
from app.outputs import write_output_bytes

__all__ = ["PERSONAL", "PURPOSE_BY_KIND", "PersonalTable", "PrivacyContacts", "build", "kind_label",
           "privacy_contacts", "sections", "set_privacy_contacts", "sharing_consent", "to_markdown", "write"]


@dataclass(frozen=True)
class PersonalTable:
    subjects: str  # categories of data subjects (Dutch)
    data: str  # what kind of data, in words (Dutch)
    sensitive: bool = False  # data about children or vulnerable families
    subjects_en: str = ""
    data_en: str = ""


# the tables that hold personal data (a test keeps this in step with the schema)
PERSONAL: dict[str, PersonalTable] = {
    "stakeholder": PersonalTable("bewoners en andere personen die als stakeholder opgenomen zijn; contactgegevens "
                                 "van organisaties", "naam, contactgegevens, rol in het netwerk, notities",
                                 subjects_en="residents and other people recorded as stakeholders; contact details "
                                 "of organisations", data_en="name, contact details, role in the network, notes"),
    "contact_person": PersonalTable("contactpersonen van organisaties", "naam, functie, e-mail, telefoon",
                                    subjects_en="contact persons of organisations",
                                    data_en="name, role, e-mail, phone"),
    "interaction": PersonalTable("contactpersonen en stakeholders", "datum, soort en verslag van contactmomenten",
                                 subjects_en="contact persons and stakeholders",
                                 data_en="date, kind and notes of contact moments"),
    "ambassador": PersonalTable("ambassadeurs (vrijwilligers, ondernemers, bewoners, schepenen)",
                                "naam, contactgegevens, motivatie, status, optionele diversiteitsgegevens "
                                "(enkel met toestemming, enkel als totalen gerapporteerd)",
                                subjects_en="ambassadors (volunteers, entrepreneurs, residents, aldermen)",
                                data_en="name, contact details, motivation, status, optional diversity data (only "
                                "with consent, reported as totals only)"),
    "ambassador_status_change": PersonalTable("ambassadeurs", "statuswijzigingen met datum",
                                              subjects_en="ambassadors", data_en="status changes with their date"),
    "ambassador_contact": PersonalTable("ambassadeurs", "een-op-eengesprekken met de projectleider: datum, soort, "
                                        "verslag en het volgende contact", subjects_en="ambassadors",
                                        data_en="one-to-one talks with the project lead: date, kind, notes and the "
                                        "next contact"),
    "attachment": PersonalTable("stakeholders, ambassadeurs en deelnemers aan vergaderingen",
                                "bestanden die bij hen horen (een getekende verklaring, een verslag), versleuteld in "
                                "de kluis; enkel in teambundels als de gebruiker het bestand als gedeeld markeert",
                                subjects_en="stakeholders, ambassadors and people at meetings",
                                data_en="files that belong to them (a signed declaration, minutes), encrypted in the "
                                "vault; in team bundles only when the user marks the file as shared"),
    "agreement_version": PersonalTable("ambassadeurs en partners die een tekst onderschreven",
                                       "tekst van charter, engagementsverklaring of convenant met wie akkoord ging en "
                                       "wanneer", subjects_en="ambassadors and partners who agreed to a text",
                                       data_en="text of a charter, engagement declaration or covenant with who agreed "
                                       "and when"),
    "third_party_request": PersonalTable("ambassadeurs die gevraagd worden; personen die een workshop of "
                                         "inleiding aanvragen", "wie wat aanvraagt, de gevraagde ambassadeur, data en "
                                         "opvolging van de aanvraag", subjects_en="ambassadors who are asked; people "
                                         "who ask for a workshop or talk", data_en="who asks for what, the "
                                         "ambassador asked, dates and follow-up of the request"),
    "recruiting_call": PersonalTable("ambassadeurs die zich via een oproep aanmeldden",
                                     "datum, kanaal en aangesproken sectoren van wervingsoproepen; welke voordracht "
                                     "via welke oproep kwam", subjects_en="ambassadors who came through a call",
                                     data_en="date, channel and sectors approached of recruiting calls; which "
                                     "nomination came through which call"),
    "barrier_action": PersonalTable("medewerkers en partners die een actie opnemen",
                                    "wie welke actie tegen een drempel opneemt en tegen wanneer",
                                    subjects_en="staff and partners who take on an action",
                                    data_en="who takes on which action against a barrier, and by when"),
    "activity_participant": PersonalTable("ambassadeurs en stakeholders", "deelname aan activiteiten",
                                          subjects_en="ambassadors and stakeholders",
                                          data_en="taking part in activities"),
    "trajectory": PersonalTable("kinderen en jongeren uit kwetsbare gezinnen en hun ouders of voogden",
                                "trajectcode (pseudoniem), geboortejaar, wijk, gezinscode, doorverwijzer, "
                                "toeleider, wensen, notities, optionele naam", sensitive=True,
                                subjects_en="children and young people from vulnerable families and their parents "
                                "or guardians", data_en="trajectory code (pseudonym), birth year, neighbourhood, "
                                "family code, referrer, worker, wishes, notes, optional name"),
    "trajectory_offer": PersonalTable("kinderen en jongeren", "het vrijetijdsaanbod waar het kind naartoe geleid wordt",
                                      sensitive=True, subjects_en="children and young people",
                                      data_en="the leisure offer the child is guided to"),
    "trajectory_barrier": PersonalTable("kinderen en jongeren en hun gezin",
                                        "drempels (bijvoorbeeld geld, vervoer, geen gezinsgewoonte)", sensitive=True,
                                        subjects_en="children and young people and their family",
                                        data_en="barriers (for example money, transport, no family habit)"),
    "support_given": PersonalTable("kinderen en jongeren en hun gezin", "gegeven ondersteuning en bedragen",
                                   sensitive=True, subjects_en="children and young people and their family",
                                   data_en="support given and amounts"),
    "milestone": PersonalTable("kinderen en jongeren", "mijlpalen in het traject (ingeschreven, nog actief, …)",
                               sensitive=True, subjects_en="children and young people",
                               data_en="milestones of the trajectory (enrolled, still taking part, …)"),
    "signal": PersonalTable("bewoners en partners die een signaal gaven", "inhoud en opvolging van signalen",
                            subjects_en="residents and partners who raised a signal",
                            data_en="content and follow-up of signals"),
    "steering_member": PersonalTable("leden van de stuurgroep of steungroep", "naam, organisatie, rol",
                                     subjects_en="members of the steering or support group",
                                     data_en="name, organisation, role"),
    "stage_change": PersonalTable("stakeholders (ook personen)", "wijzigingen van de relatiefase met datum en notitie",
                                  subjects_en="stakeholders (people too)",
                                  data_en="changes of the relationship stage with date and note"),
    "activity": PersonalTable("deelnemers en genodigden", "titel, datum, plaats en notities van activiteiten",
                              subjects_en="participants and guests", data_en="title, date, place and notes of activities"),
    "signal_status_change": PersonalTable("bewoners en partners die een signaal gaven",
                                          "statuswijzigingen van signalen met notitie",
                                          subjects_en="residents and partners who raised a signal",
                                          data_en="status changes of signals with a note"),
    "routing_rule": PersonalTable("schepenen en andere verantwoordelijken", "wie per wijk of dorp signalen krijgt",
                                  subjects_en="aldermen and others responsible",
                                  data_en="who receives the signals of each area or village"),
    "topic_rule": PersonalTable("schepenen en andere portefeuillehouders", "wie per thema signalen krijgt",
                                subjects_en="aldermen and other portfolio holders",
                                data_en="who receives the signals of each topic"),
    "commitment": PersonalTable("schepenen, dorpsraden en anderen die een afspraak opnemen",
                                "afspraken voor de bestuursperiode: wie, wat, tegen wanneer en hoe het afliep",
                                subjects_en="aldermen, village councils and others who take on an agreement",
                                data_en="agreements for the term: who, what, by when and how it ended"),
    "council_meeting": PersonalTable("wijkambassadeurs (schepenen) en gebiedsmanagers",
                                     "vergaderingen van dorpsraden: ontvangen uitnodiging en notulen, aanwezigheid "
                                     "van de wijkambassadeur en de gebiedsmanager, notities",
                                     subjects_en="neighbourhood ambassadors (aldermen) and area managers",
                                     data_en="village council meetings: invitation and minutes received, attendance "
                                     "of the neighbourhood ambassador and the area manager, notes"),
    "steering_meeting": PersonalTable("leden van de stuurgroep of steungroep", "datum en notities van vergaderingen",
                                      subjects_en="members of the steering or support group",
                                      data_en="date and notes of meetings"),
    "exchange_conflict": PersonalTable("alle betrokkenen hierboven (teamkluis)",
                                       "waarden die bij teamuitwisseling opzij gezet werden tot iemand ze bekijkt",
                                       subjects_en="everyone above (team vault)",
                                       data_en="values set aside in team exchange until someone reviews them"),
    "vault_setting": PersonalTable("alle betrokkenen hierboven", "concepten: getypte, nog niet bewaarde wijzigingen "
                                   "(gaan mee weg als de persoon gewist wordt)", subjects_en="everyone above",
                                   data_en="drafts: typed changes not saved yet (go when the person is erased)"),
    "consent": PersonalTable("alle betrokkenen hierboven", "gegeven, verlopen en ingetrokken toestemmingen",
                             subjects_en="everyone above", data_en="consents given, expired and withdrawn"),
    "audit_entry": PersonalTable("gebruikers van Verbind", "wie wanneer welk record wijzigde (zonder de waarden)",
                                 subjects_en="users of Verbind",
                                 data_en="who changed which record when (without the values)"),
}

# kinds of records the shared labels (app.domain.labels) do not name
_TABLE_NAMES = {"audit_entry": ("Auditlogboek", "Audit log"), "exchange_conflict": ("Uitwisselingsconflict",
                "Exchange conflict"), "vault_setting": ("Concept", "Draft")}


def kind_label(table: str, lang: str) -> str:
    if table in _TABLE_NAMES:
        return _TABLE_NAMES[table][1 if lang == "en" else 0]
    return table_label(table, lang)


# --- the register's facts ---------------------------------------------------------------------------

def build(session: Session, vault_path: Path, today: date) -> dict[str, Any]:
    """The register's facts as plain data (`to_markdown` and `write` turn them into text)."""
    from app.config import Settings
    from app.io.gdpr import retention_years
    from app.services.privacy import status
    from app.team.team import members_from
    from app.vault.backup import cloud_folder_warning

    networks = list(session.scalars(select(Network).where(Network.deleted_at.is_(None)).order_by(Network.name)))
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    personal = []
    for name, info in PERSONAL.items():
        table = tables[name]
        counted = select(func.count()).select_from(table)
        if name == "vault_setting":  # only the drafts hold personal data; the rest is team and vault settings
            counted = counted.where(table.c.key.like("draft.%"))
        count = session.scalar(counted) or 0
        cols = [c.name for c in table.columns if c.name not in ("id", "created_at", "updated_at", "deleted_at")]
        personal.append({"table": name, "subjects": info.subjects, "data": info.data, "sensitive": info.sensitive,
                         "subjects_en": info.subjects_en, "data_en": info.data_en, "columns": cols,
                         "records": int(count), "local_only": sorted(LOCAL_ONLY_COLUMNS.get(name, frozenset()))})
    settings = {r.key: r.value for r in session.scalars(select(Setting))}
    members = members_from(settings)
    consents = list(session.scalars(select(Consent).where(Consent.deleted_at.is_(None))))
    purposes: dict[str, dict[str, int]] = {}
    sharing_children: set[str] = set()
    for c in consents:
        valid = status(c, today) in ("valid", "expiring")
        entry = purposes.setdefault(c.purpose, {"valid": 0, "other": 0})
        entry["valid" if valid else "other"] += 1
        if valid and c.person_kind == "trajectory" and sharing_consent(c.purpose):
            sharing_children.add(c.person_id)
    providers = 0
    if sharing_children:
        providers = session.scalar(select(func.count(func.distinct(TrajectoryOffer.stakeholder_id))).where(
            TrajectoryOffer.trajectory_id.in_(sharing_children), TrajectoryOffer.deleted_at.is_(None))) or 0
    laptop = Settings.load()
    return {
        "made_on": today.isoformat(),
        "contacts": asdict(privacy_contacts(session)),
        "networks": [{"name": n.name, "municipality": n.municipality or "", "kind": n.kind} for n in networks],
        "personal": personal,
        "consents": [{"purpose": p, **counts} for p, counts in sorted(purposes.items())],
        "sharing": {"children": len(sharing_children), "providers": int(providers)},
        "retention": {"trajectory": retention_years(session, "trajectory")},
        "team": {"vault": bool(settings.get("team.id")), "members": sorted(m.name for m in members if m.name),
                 "removed": sum(1 for k in settings if k.startswith("team.removed."))},
        "laptop": {"idle_lock_minutes": int(laptop.idle_lock_minutes), "auto_backup": bool(laptop.auto_backup)},
        "vault": {"file": Path(vault_path).name, "synced_folder": cloud_folder_warning(Path(vault_path)) or ""},
        # the regional hub this vault pushes figures to (issue 21; settings written by app.hub.push)
        "hub": {"where": settings.get("hub.where", ""), "organisation": settings.get("hub.organisation_name", ""),
                "last_push": settings.get("hub.last_push", "")[:10]},
    }


# --- the register's text ----------------------------------------------------------------------------

Block = tuple[str, Any]  # ("p", text) | ("ul", [text, …]) | ("table", (header, rows, note))


def _lang(lang: str | None) -> str:
    from app.i18n import current

    chosen = lang or current()
    return "en" if chosen == "en" else "nl"


def sections(data: dict[str, Any], lang: str | None = None) -> tuple[str, list[tuple[str, list[Block]]]]:
    """The title and the sections (heading, blocks) of the register in `lang`."""
    from app.reports.companion import day, number

    lang = _lang(lang)
    en = lang == "en"

    def tr(nl: str, english: str) -> str:
        return english if en else nl

    made = date.fromisoformat(data["made_on"])
    c = data["contacts"]
    todo = tr("(nog in te vullen: 'verbind gdpr controller KLUIS --name …')",
              "(to be filled in: 'verbind gdpr controller VAULT --name …')")
    out: list[tuple[str, list[Block]]] = []
    intro = tr(f"Opgemaakt door Verbind op {day(made, lang)} voor de kluis '{data['vault']['file']}'. Alles hieronder "
               "volgt uit de kluis en de instellingen van deze laptop. Vul aan waar nodig en laat het nakijken door je "
               "functionaris voor gegevensbescherming.",
               f"Made by Verbind on {day(made, lang)} for the vault '{data['vault']['file']}'. Everything below follows "
               "from the vault and this laptop's settings. Complete it where needed and have it checked by your data "
               "protection officer.")
    out.append(("", [("p", intro)]))

    nets = [f"{n['name']}" + (f" ({n['municipality']})" if n["municipality"] else "") + " — "
            + (label(NetworkKind(n["kind"]), lang) if n["kind"] in NetworkKind._value2member_map_ else n["kind"])
            for n in data["networks"]]
    controller = [("p", (c["controller"] or todo) + (f" — {c['controller_contact']}" if c["controller_contact"] else ""))]
    controller.append(("p", tr("Deze kluis bevat de netwerken:", "This vault holds the networks:")))
    controller.append(("ul", nets or [tr("(nog geen netwerk)", "(no network yet)")]))
    out.append((tr("Verwerkingsverantwoordelijke", "Controller"), controller))
    out.append((tr("Functionaris voor gegevensbescherming", "Data protection officer"),
                [("p", (c["dpo"] or todo.replace("--name", "--dpo")) + (f" — {c['dpo_contact']}" if c["dpo_contact"] else ""))]))

    kinds = sorted({n["kind"] for n in data["networks"]})
    purposes = [PURPOSE_BY_KIND[k][1 if en else 0] for k in kinds if k in PURPOSE_BY_KIND]
    purposes.append(tr("de werking opvolgen en er jaarlijks verslag over uitbrengen aan de stuurgroep, met totalen",
                       "following up the work and reporting on it to the steering group once a year, in totals"))
    out.append((tr("Doeleinden", "Purposes"), [("ul", purposes)]))
    out.append((tr("Rechtsgrond", "Legal basis"), [("p", tr(
        "Toestemming van de betrokkene of diens ouder of voogd (art. 6.1.a AVG) en, voor de opvolging van het project, "
        "het gerechtvaardigd belang of een taak van algemeen belang van de organisatie (art. 6.1.e/f) — te bevestigen "
        "door de verwerkingsverantwoordelijke.",
        "Consent of the data subject or their parent or guardian (art. 6(1)(a) GDPR) and, for following up the project, "
        "the legitimate interest or a task in the public interest of the organisation (art. 6(1)(e)/(f)) — to be "
        "confirmed by the controller."))]))

    header = [tr("Gegevens", "Data"), tr("Over wie", "About whom"), tr("Welke gegevens", "Which data"),
              tr("Aantal", "Records"), tr("Kinderen of kwetsbaar", "Children or vulnerable")]
    rows = []
    for p in data["personal"]:
        what = p["data_en"] if en else p["data"]
        if "name" in p["local_only"]:
            what += tr("; de naam blijft op de laptop waar ze getypt werd", "; the name stays on the laptop where it was typed")
        rows.append([kind_label(p["table"], lang), p["subjects_en"] if en else p["subjects"], what,
                     number(p["records"], lang), tr("ja", "yes") if p["sensitive"] else tr("nee", "no")])
    note = tr("Aantal: rijen in de kluis, ook records die in Verbind verwijderd zijn (zie Bewaartermijnen).",
              "Records: rows in the vault, including records deleted in Verbind (see Retention).")
    out.append((tr("Betrokkenen en gegevens", "Data subjects and data"), [("table", (header, rows, note))]))

    consent_lines = [tr(f"{k['purpose']}: {number(k['valid'], lang)} geldig, {number(k['other'], lang)} verlopen of "
                        "ingetrokken", f"{k['purpose']}: {number(k['valid'], lang)} valid, {number(k['other'], lang)} "
                        "expired or withdrawn") for k in data["consents"]]
    out.append((tr("Toestemmingen in gebruik", "Consents in use"),
                [("ul", consent_lines or [tr("(nog geen toestemmingen geregistreerd)", "(no consents recorded yet)")])]))

    recipients = []
    team = data["team"]
    if team["vault"]:
        names = ", ".join(team["members"]) or "—"
        recipients.append(tr(f"teamleden, elk met een eigen versleutelde kluis ({names}): ze krijgen alle gegevens van "
                             "de kluis behalve de optionele namen van kinderen. Een verwijderd teamlid houdt wat het al "
                             "ontving, maar leest geen latere bundels.",
                             f"team members, each with their own encrypted vault ({names}): they receive all data of "
                             "the vault except children's optional names. A removed member keeps what they already "
                             "received but reads no later bundle."))
    share = data["sharing"]

    def count(n: int, one: str, many: str) -> str:
        return f"{number(n, lang)} {one if n == 1 else many}"

    if share["children"]:
        kids, providers = share["children"], share["providers"]
        recipients.append(tr(
            "aanbieders van vrijetijdsaanbod (clubs, jeugdwerkingen, …) waar een kind naartoe geleid wordt, enkel voor "
            "kinderen met een geldige toestemming om gegevens met de aanbieder te delen: nu "
            f"{count(kids, 'kind', 'kinderen')}, bij {count(providers, 'aanbieder', 'aanbieders')}. Verbind stuurt zelf "
            "niets door: de toeleider geeft de nodige gegevens.",
            "providers of leisure offers (clubs, youth work, …) a child is guided to, only for children with a valid "
            f"consent to share data with the provider: now {count(kids, 'child', 'children')}, with "
            f"{count(providers, 'provider', 'providers')}. Verbind sends nothing itself: the worker passes on what is "
            "needed."))
    else:
        recipients.append(tr("geen aanbieders van vrijetijdsaanbod: er is geen geldige toestemming geregistreerd om "
                             "gegevens van een kind met een aanbieder te delen",
                             "no leisure providers: no valid consent to share a child's data with a provider is recorded"))
    recipients += [
        tr("de stuurgroep ontvangt het jaarverslag: totalen, zonder namen of codes van kinderen; kleine aantallen "
           "(standaard onder 5) als '< 5'. De stakeholderkaart, als ze gedeeld wordt, noemt organisaties en personen "
           "die stakeholder zijn.",
           "the steering group receives the annual report: totals, without children's names or codes; small numbers "
           "(below 5 by default) as '< 5'. The stakeholder map, if shared, names the organisations and people who are "
           "stakeholders."),
        tr("de betrokkene zelf (of de ouder of voogd) bij een inzageverzoek: alle gegevens over die persoon",
           "the data subject (or the parent or guardian) on a subject access request: all data about that person"),
        tr("wie een export (Excel, CSV, JSON) krijgt die een gebruiker maakt: zo'n bestand is niet versleuteld; de "
           "optionele namen van kinderen staan er enkel in als daar uitdrukkelijk om gevraagd wordt",
           "whoever receives an export (Excel, CSV, JSON) a user makes: such a file is not encrypted; children's "
           "optional names are in it only when explicitly asked for"),
    ]
    hub = data.get("hub") or {}
    if hub.get("where"):
        recipients.append(tr(
            f"de regionale hub ({hub['where']}, PostgreSQL) van wie de netwerken samen opvolgt (provincie, stad, "
            f"onderzoeksgroep), als organisatie ‘{hub.get('organisation') or '—'}’: per netwerk de cijfers van de "
            "definitieve jaarverslagen zoals de stuurgroep ze zag (kleine aantallen verborgen), het netwerkprofiel "
            "(soort, strategieën, VTE, budget, looptijd) en de organisaties die stakeholder zijn (naam, soort, fase, "
            "invloed en belang, gemeente). Nooit personen, contactpersonen, ambassadeurs, trajecten of kinderen. "
            f"Laatst verstuurd op {hub.get('last_push') or '—'}.",
            f"the regional hub ({hub['where']}, PostgreSQL) of whoever follows the networks together (province, "
            f"city, research group), as organisation ‘{hub.get('organisation') or '—'}’: per network the figures of "
            "the final annual reports as the steering group saw them (small counts hidden), the network profile "
            "(kind, strategies, FTE, budget, term) and the organisations that are stakeholders (name, kind, stage, "
            "influence and interest, municipality). Never people, contact persons, ambassadors, trajectories or "
            f"children. Last sent on {hub.get('last_push') or '—'}."))
    out.append((tr("Ontvangers", "Recipients"), [("ul", recipients)]))

    transfers = [tr("Verbind werkt zonder server of cloud en geeft zelf niets door buiten de EER.",
                    "Verbind works without a server or cloud and transfers nothing outside the EEA itself.")]
    if team["vault"]:
        transfers.append(tr("Uitwisselingsbundels gaan langs de gedeelde map of USB-stick die het team kiest; ze zijn "
                            "versleuteld.", "Exchange bundles travel through the shared folder or USB stick the team "
                            "chooses; they are encrypted."))
    if hub.get("where"):
        transfers.append(tr(f"De regionale hub ({hub['where']}) staat op een server die de beheerder van de hub kiest: "
                            "ga na dat die in de EER staat en dat er een verwerkersovereenkomst is.",
                            f"The regional hub ({hub['where']}) runs on a server its administrator chooses: check "
                            "that it is in the EEA and that a processing agreement is in place."))
    if data["vault"]["synced_folder"]:
        transfers.append(tr(f"Let op: de kluis staat in een gesynchroniseerde map ({data['vault']['synced_folder']}): het "
                            "versleutelde bestand gaat naar die dienst. Ga na waar die de gegevens bewaart.",
                            f"Note: the vault sits in a synchronised folder ({data['vault']['synced_folder']}): the "
                            "encrypted file goes to that service. Check where it keeps the data."))
    out.append((tr("Doorgifte", "Transfers"), [("p", " ".join(transfers))]))

    years = data["retention"]["trajectory"]
    laptop = data["laptop"]
    backups = (tr("De automatische reservekopieën (7 dagelijkse, 4 wekelijkse en 12 maandelijkse) bevatten gewiste "
                  "personen nog tot ze uitroteren, dus tot ongeveer een jaar; ",
                  "The automatic backups (7 daily, 4 weekly and 12 monthly) still hold erased people until they rotate "
                  "out, so up to about a year; ") if laptop["auto_backup"] else "")
    backups += tr("reservekopieën op verzoek en de kopie van vóór een herstel blijven tot je ze zelf verwijdert; al "
                  "verstuurde uitwisselingsbundels tot ze verwijderd worden. Verwijder die eerder met de hand als een "
                  "verzoek dat vraagt.",
                  "backups made on request and the copy kept before a restore stay until you delete them; exchange "
                  "bundles already handed on until they are deleted. Delete those by hand earlier when a request asks "
                  "for it.")
    out.append((tr("Bewaartermijnen", "Retention"), [("ul", [
        tr(f"Trajecten: {years} jaar na afsluiten. Opschonen (Extra → Privacy en toestemmingen, of 'verbind gdpr purge') wist dan de "
           "vrije tekst en de optionele naam; code, geboortejaar, wijk, data en mijlpalen blijven, zodat de jaartotalen "
           "kloppen. Verbind schoont niet vanzelf op: doe dat geregeld.",
           f"Trajectories: {years} years after closing. Purging (Extra → Privacy and consents, or 'verbind gdpr purge') then wipes "
           "the free text and the optional name; code, birth year, neighbourhood, dates and milestones stay so that "
           "yearly totals stay right. Verbind does not purge by itself: do it regularly."),
        tr("Andere gegevens: Verbind wist ze niet vanzelf. Een record verwijderen in Verbind markeert het als "
           "verwijderd (zo verdwijnt het ook bij teamleden) maar houdt de gegevens; pas 'Definitief wissen' (Extra → "
           "Privacy en toestemmingen, of 'verbind gdpr erase') haalt een persoon echt weg.",
           "Other data: Verbind does not erase it by itself. Deleting a record in Verbind marks it as deleted (so it "
           "also disappears for team members) but keeps the data; only 'Erase for good' (Extra → Privacy and "
           "consents, or 'verbind gdpr erase') really removes a person."),
        tr("Gewiste personen: meteen weg uit de kluis, de uitwisselingsbasis en de conflictlijst, en bij teamleden "
           "zodra ze een bundel van na het wissen inlezen (oudere bundels brengen de persoon niet terug). ",
           "Erased people: gone at once from the vault, the exchange base and the conflict list, and from team members "
           "as soon as they read a bundle made after the erasure (older bundles do not bring the person back). ")
        + backups,
    ])]))

    idle = laptop["idle_lock_minutes"]
    security = [
        tr("alle gegevens staan in één versleuteld bestand (SQLCipher 4, AES-256) met een sleutelbestand ernaast",
           "all data is in one encrypted file (SQLCipher 4, AES-256) with a key file beside it"),
        tr("de sleutel is beschermd met de wachtwoordzin (Argon2id) en met een herstelsleutel (op het herstelblad; "
           "opnieuw af te drukken met 'verbind recovery-sheet')",
           "the key is protected by the passphrase (Argon2id) and by a recovery key (on the recovery sheet; reprinted "
           "with 'verbind recovery-sheet')"),
        (tr(f"de app vergrendelt na {idle} minuten zonder gebruik (instelling op deze laptop) en wist dan de sleutel "
            "uit het geheugen", f"the app locks after {idle} minutes without use (setting on this laptop) and then "
            "drops the key from memory") if idle > 0 else
         tr("automatisch vergrendelen staat uit op deze laptop (afgeraden); vergrendelen met Ctrl+L of bij afsluiten "
            "wist de sleutel uit het geheugen", "automatic locking is off on this laptop (not recommended); locking "
            "with Ctrl+L or on closing drops the key from memory")),
        (tr("elke dag en bij afsluiten een gecontroleerde, versleutelde reservekopie (instelling op deze laptop)",
            "every day and on closing a verified, encrypted backup (setting on this laptop)") if laptop["auto_backup"]
         else tr("automatische reservekopieën staan uit op deze laptop", "automatic backups are off on this laptop")),
        tr("een auditlogboek houdt bij wie wanneer welk record wijzigde, zonder de waarden",
           "an audit log records who changed which record when, without the values"),
        tr("de optionele naam van een kind blijft op de laptop waar ze getypt werd: nooit in een uitwisselingsbundel of "
           "een jaarverslag; in een export enkel als daar uitdrukkelijk om gevraagd wordt ('--include-names' of het "
           "vinkje in het exportvenster), en in een inzage voor dat kind",
           "a child's optional name stays on the laptop where it was typed: never in an exchange bundle or an annual "
           "report; in an export only when explicitly asked for ('--include-names' or the tick box in the export "
           "window), and in a subject access response for that child"),
        tr("wat Verbind buiten de kluis schrijft (exports, jaarverslagen, inzage, dit register, het herstelblad) is "
           "niet versleuteld; het wordt alleen-voor-jou weggeschreven (0600 op Linux en macOS); een export in de app "
           "pas na een bevestiging, op de opdrachtregel met een waarschuwing; formules in cellen worden onschadelijk "
           "gemaakt",
           "what Verbind writes outside the vault (exports, annual reports, subject access, this register, the "
           "recovery sheet) is not encrypted; it is written for you only (0600 on Linux and macOS); an export in "
           "the app only after a confirmation, on the command line with a warning; formulas in cells are neutralised"),
        (tr("uitwisseling tussen teamleden in bundels versleuteld met AES-256-GCM onder de teamsleutel, die wisselt "
            "wanneer een lid verwijderd wordt", "exchange between team members in bundles encrypted with AES-256-GCM "
            "under the team key, which changes when a member is removed") if team["vault"] else
         tr("deze kluis is geen teamkluis: er wordt niets met andere laptops uitgewisseld",
            "this vault is not a team vault: nothing is exchanged with other laptops")),
    ]
    out.append((tr("Beveiliging", "Security"), [("ul", security)]))

    tech_header = [tr("Gegevens", "Data"), tr("Tabel", "Table"), tr("Kolommen", "Columns")]
    tech_rows = [[kind_label(p["table"], lang), p["table"], ", ".join(p["columns"])] for p in data["personal"]]
    out.append((tr("Bijlage: tabellen in de kluis", "Annex: tables in the vault"), [
        ("p", tr("Voor wie het nakijkt: waar de gegevens hierboven in de kluis staan (zie docs/vault-schema.md).",
                 "For whoever checks it: where the data above is kept in the vault (see docs/vault-schema.md).")),
        ("table", (tech_header, tech_rows, ""))]))
    title = tr("Register van verwerkingsactiviteiten (AVG art.\u00a030)",
               "Record of processing activities (GDPR art.\u00a030)")
    return title, out


def to_markdown(data: dict[str, Any], lang: str | None = None) -> str:
    title, parts = sections(data, lang)
    lines = [f"# {title}", ""]
    for heading, blocks in parts:
        if heading:
            lines += [f"## {heading}", ""]
        for kind, content in blocks:
            if kind == "p":
                lines += [content, ""]
            elif kind == "ul":
                lines += [f"- {item}" for item in content] + [""]
            else:
                header, rows, note = content
                code = heading.startswith(("Bijlage", "Annex"))
                lines.append("| " + " | ".join(header) + " |")
                lines.append("|" + "|".join("---" for _ in header) + "|")
                for r in rows:
                    cells = [f"`{v}`" if code and i == 1 else v.replace("|", "/") for i, v in enumerate(r)]
                    lines.append("| " + " | ".join(cells) + " |")
                lines += [""] + ([note, ""] if note else [])
    return "\n".join(lines).rstrip() + "\n"


def write(data: dict[str, Any], path: Path, lang: str | None = None) -> None:
    """Markdown (.md) or PDF (.pdf), written atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        write_output_bytes(path, to_markdown(data, lang).encode("utf-8"))
        return
    if suffix != ".pdf":
        raise UsageError("Kies een bestandsnaam die eindigt op .pdf of .md.")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

    from app.reports import companion, fonts

    lang = _lang(lang)
    s = companion.styles()
    title, parts = sections(data, lang)
    story: list[Any] = [Paragraph(escape(title), s["title"])]
    usable = A4[0] - 4 * cm
    loose = ParagraphStyle("h2loose", parent=s["h2"], keepWithNext=0)
    for heading, blocks in parts:
        if heading:
            # a heading is never left alone at a page's foot; one above a table starts it where it fits
            story.append(CondPageBreak(3.5 * cm))
            story.append(Paragraph(escape(heading), loose if blocks[0][0] == "table" else s["h2"]))
        for kind, content in blocks:
            if kind == "p":
                story.append(Paragraph(escape(content), s["body"]))
            elif kind == "ul":
                story += [Paragraph(escape(item), s["bullet"], bulletText="•") for item in content]
                story.append(Spacer(1, 3))
            else:
                header, rows, note = content
                widths = companion.fit_columns([header, *rows], usable, fonts.REGULAR, 8.5, header_font=fonts.BOLD)
                cells = [[Paragraph(escape(h), s["cellb"]) for h in header]]
                cells += [[Paragraph(escape(v), s["cell"]) for v in r] for r in rows]
                table = Table(cells, colWidths=widths, repeatRows=1)
                table.setStyle(companion.table_style())
                story.append(table)
                if note:
                    story.append(Paragraph(escape(note), s["small"]))
    en = lang == "en"
    made = date.fromisoformat(data["made_on"])
    who = data["contacts"]["controller"] or ", ".join(n["name"] for n in data["networks"]) or "Verbind"
    companion.build({
        "lang": lang, "header": title, "title": title, "author": who,
        "subject": "Record of processing activities under art. 30 GDPR" if en else
        "Register van verwerkingsactiviteiten volgens art. 30 AVG",
        "footer": (f"Confidential — record of processing activities, {companion.day(made, lang)}" if en else
                   f"Vertrouwelijk — register van verwerkingsactiviteiten, {companion.day(made, lang)}"),
        "margins": (2 * cm, 2 * cm, 2.3 * cm, 2 * cm),
    }, story, path)
