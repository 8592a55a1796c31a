"""The record of processing activities (GDPR art. 30), generated from the schema and the vault's
settings: which tables hold personal data about whom, for which purposes, how long it is kept,
who receives it, and how it is protected. Output as Markdown or PDF. Only counts and column names
appear, never a person's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Base, Consent, Network, Setting
from app.domain.trajectory import LOCAL_ONLY_COLUMNS
from app.errors import UsageError
from app.outputs import output_path, write_output_bytes


@dataclass(frozen=True)
class PersonalTable:
    subjects: str  # categories of data subjects
    data: str  # what kind of data, in words
    sensitive: bool = False  # data about children or vulnerable families


# the tables that hold personal data (a test keeps this in step with the schema)
PERSONAL: dict[str, PersonalTable] = {
    "stakeholder": PersonalTable("contactpersonen en bewoners die als stakeholder opgenomen zijn",
                                 "naam, contactgegevens, rol in het netwerk, notities"),
    "contact_person": PersonalTable("contactpersonen van organisaties", "naam, functie, e-mail, telefoon"),
    "interaction": PersonalTable("contactpersonen", "datum, soort en verslag van contactmomenten"),
    "ambassador": PersonalTable("ambassadeurs (vrijwilligers, ondernemers, bewoners)",
                                "naam, contactgegevens, motivatie, status, optionele diversiteitsgegevens "
                                "(enkel met toestemming, enkel als totalen gerapporteerd)"),
    "ambassador_status_change": PersonalTable("ambassadeurs", "statuswijzigingen met datum"),
    "activity_participant": PersonalTable("ambassadeurs en stakeholders", "deelname aan activiteiten"),
    "trajectory": PersonalTable("kinderen en jongeren uit kwetsbare gezinnen en hun ouders/voogden",
                                "pseudoniem trajectcode, geboortejaar, wijk, doorverwijzer, wensen, drempels, "
                                "optionele voornaam (blijft op de laptop waar ze ingevuld werd)", sensitive=True),
    "trajectory_offer": PersonalTable("kinderen en jongeren", "vrijetijdsaanbod in het traject", sensitive=True),
    "trajectory_barrier": PersonalTable("kinderen en jongeren", "drempels (financieel, vervoer, taal, …)",
                                        sensitive=True),
    "support_given": PersonalTable("kinderen en jongeren", "gegeven ondersteuning", sensitive=True),
    "milestone": PersonalTable("kinderen en jongeren", "mijlpalen in het traject", sensitive=True),
    "signal": PersonalTable("bewoners die een signaal gaven", "inhoud en opvolging van signalen"),
    "steering_member": PersonalTable("leden van de stuurgroep", "naam, organisatie, rol"),
    "consent": PersonalTable("alle betrokkenen hierboven", "gegeven en ingetrokken toestemmingen"),
    "audit_entry": PersonalTable("gebruikers van Verbind", "wie wanneer welk record wijzigde (zonder waarden)"),
}

PURPOSE_BY_KIND = {
    "connection": "kinderen uit kwetsbare gezinnen begeleiden naar vrijetijdsaanbod (verbindingsambassadeurs)",
    "local": "lokaal ambassadeurschap rond een site of toeristisch project opbouwen",
    "entrepreneur": "een netwerk van ondernemers-ambassadeurs opbouwen en opvolgen",
    "neighbourhood": "een netwerk van buurtambassadeurs opbouwen en signalen uit de wijk opvolgen",
}


def build(session: Session, vault_path: Path, today: date) -> dict[str, Any]:
    """The register's content as data (the Markdown and PDF render this)."""
    from app.io.gdpr import retention_years
    from app.vault.backup import cloud_folder_warning

    networks = list(session.scalars(select(Network).where(Network.deleted_at.is_(None)).order_by(Network.name)))
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    personal = []
    for name, info in PERSONAL.items():
        table = tables[name]
        count = session.scalar(select(func.count()).select_from(table)) or 0
        cols = [c.name for c in table.columns if c.name not in ("id", "created_at", "updated_at", "deleted_at")]
        personal.append({"table": name, "subjects": info.subjects, "data": info.data, "sensitive": info.sensitive,
                         "columns": cols, "records": int(count),
                         "local_only": sorted(LOCAL_ONLY_COLUMNS.get(name, frozenset()))})
    from app.team.team import members_from

    settings = {r.key: r.value for r in session.scalars(select(Setting))}
    team = bool(settings.get("team.id"))
    members = [m.name for m in members_from(settings)]
    purposes = [str(p) for p in session.scalars(select(Consent.purpose).where(Consent.deleted_at.is_(None))
                                                 .distinct().order_by(Consent.purpose))]
    return {
        "made_on": today.isoformat(),
        "controller": [{"name": n.name, "municipality": n.municipality or "", "kind": n.kind} for n in networks],
        "purposes": sorted({PURPOSE_BY_KIND.get(n.kind, n.kind) for n in networks}),
        "legal_basis": "Toestemming van de betrokkene of diens ouder/voogd (art. 6.1.a) en, voor de opvolging van "
                       "het project, het gerechtvaardigd belang of een taak van algemeen belang van de organisatie "
                       "(art. 6.1.e/f) — te bevestigen door de verwerkingsverantwoordelijke",
        "personal": personal,
        "consent_purposes": purposes,
        "retention": {"trajectory": retention_years(session, "trajectory")},
        "recipients": (["teamleden (elk met een eigen versleutelde kluis): " + ", ".join(members)] if team else [])
        + ["de stuurgroep ontvangt enkel het jaarverslag met totalen, zonder namen of trajectcodes"],
        "transfers": "geen doorgifte buiten de EER; Verbind werkt zonder server of cloud",
        "security": [
            "alle gegevens staan in één versleuteld bestand (SQLCipher 4, AES-256) op de laptop",
            "de sleutel is beschermd met de wachtwoordzin (Argon2id) en een herstelsleutel op papier",
            "automatisch vergrendelen na inactiviteit; sleutel gewist bij vergrendelen",
            "gecontroleerde, versleutelde reservekopieën (dagelijks, bij afsluiten) met rotatie",
            "auditlogboek van wie wat wijzigde, zonder de waarden",
            "optionele namen van kinderen verlaten de laptop nooit (niet in uitwisseling of export)",
            "uitwisseling tussen teamleden in bundels versleuteld met AES-256-GCM onder de teamsleutel",
            "exportbestanden enkel na uitdrukkelijke bevestiging; formules in cellen geneutraliseerd",
        ],
        "vault": {"file": Path(vault_path).name, "synced_folder": cloud_folder_warning(Path(vault_path)) or "",
                  "team_vault": team},
    }


def to_markdown(data: dict[str, Any]) -> str:
    lines = ["# Register van verwerkingsactiviteiten (AVG art. 30)", "",
             f"Opgemaakt door Verbind op {date.fromisoformat(data['made_on']):%d/%m/%Y} voor kluis "
             f"`{data['vault']['file']}`. Vul aan waar nodig en laat het nakijken door je functionaris "
             "voor gegevensbescherming.", "",
             "## Verwerkingsverantwoordelijke", ""]
    controllers = [f"- {c['name']}" + (f" ({c['municipality']})" if c["municipality"] else "")
                   for c in data["controller"]]
    lines += controllers or ["- (nog geen netwerk)"]
    lines += ["", "## Doeleinden", ""] + [f"- {p}" for p in data["purposes"]] + [
        "", "## Rechtsgrond", "", data["legal_basis"], "",
        "## Betrokkenen en gegevens", "",
        "| Gegevens | Betrokkenen | Welke gegevens | Records | Bijzonder |", "|---|---|---|---:|---|"]
    for p in data["personal"]:
        extra = " (kinderen / kwetsbare gezinnen)" if p["sensitive"] else ""
        local = f"; enkel lokaal: {', '.join(p['local_only'])}" if p["local_only"] else ""
        lines.append(f"| `{p['table']}` | {p['subjects']} | {p['data']}{local} | {p['records']} | "
                     f"{'ja' + extra if p['sensitive'] else 'nee'} |")
    lines += ["", "## Toestemmingen in gebruik", ""]
    lines += [f"- {p}" for p in data["consent_purposes"]] or ["- (nog geen toestemmingen geregistreerd)"]
    lines += ["", "## Bewaartermijnen", "",
              f"- Trajecten: {data['retention']['trajectory']} jaar na afsluiten; daarna worden vrije tekst en "
              "optionele namen gewist ('verbind gdpr purge'), de totalen blijven kloppen.",
              "- Andere gegevens: zolang de samenwerking loopt; wissen op verzoek ('verbind gdpr erase').",
              "- Gewiste personen: weg uit de kluis, de uitwisselingsbasis en de conflictlijst meteen, en bij "
              "teamleden zodra ze een bundel van na het wissen inlezen (oudere bundels brengen de persoon niet "
              "terug). Reservekopieën (en de kopie van vóór een herstel) bevatten de persoon nog tot ze "
              "uitroteren: 7 dagelijkse, 4 wekelijkse en 12 maandelijkse, dus tot ongeveer een jaar; al "
              "verstuurde uitwisselingsbundels tot ze verwijderd worden. Verwijder die eerder met de hand als "
              "het verzoek dat vraagt.",
              "", "## Ontvangers", ""] + [f"- {r}" for r in data["recipients"]] + [
        "", "## Doorgifte", "", data["transfers"], "", "## Beveiliging", ""] + [f"- {s}" for s in data["security"]]
    if data["vault"]["synced_folder"]:
        lines += ["", f"**Let op:** de kluis staat in een gesynchroniseerde map ({data['vault']['synced_folder']})."]
    return "\n".join(lines) + "\n"


def write(data: dict[str, Any], path: Path) -> None:
    """Markdown (.md) or PDF (.pdf), written atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        write_output_bytes(path, to_markdown(data).encode("utf-8"))
        return
    if suffix != ".pdf":
        raise UsageError("Kies een bestandsnaam die eindigt op .pdf of .md.")
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.reports import fonts

    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=9.5, leading=13)
    small = ParagraphStyle("s", fontName=fonts.REGULAR, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=3)
    story: list[Any] = []
    for line in to_markdown(data).splitlines():
        if line.startswith("| ") or line.startswith("|---"):
            continue
        if line.startswith("# "):
            story.append(Paragraph(escape(line[2:]), h1))
        elif line.startswith("## "):
            story.append(Paragraph(escape(line[3:]), h2))
            if line[3:] == "Betrokkenen en gegevens":
                rows = [[Paragraph(escape(h), small) for h in ("Gegevens", "Betrokkenen", "Welke gegevens",
                                                                 "Records", "Bijzonder")]]
                for p in data["personal"]:
                    local = f"; enkel lokaal: {', '.join(p['local_only'])}" if p["local_only"] else ""
                    rows.append([Paragraph(escape(p["table"]), small), Paragraph(escape(p["subjects"]), small),
                                 Paragraph(escape(p["data"] + local), small), Paragraph(str(p["records"]), small),
                                 Paragraph("ja" if p["sensitive"] else "nee", small)])
                table = Table(rows, colWidths=[3 * cm, 3.8 * cm, 6 * cm, 1.6 * cm, 2 * cm], repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(table)
        elif line.strip():
            text = escape(line[2:] if line.startswith("- ") else line).replace("`", "")
            text = text.replace("**", "")
            story.append(Paragraph(("• " if line.startswith("- ") else "") + text, body))
        else:
            story.append(Spacer(1, 4))
    with output_path(path) as tmp:
        SimpleDocTemplate(str(tmp), pagesize=A4, title="Register van verwerkingsactiviteiten", author="Verbind",
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm).build(story)
