"""Import a register (stakeholders, ambassadors, trajectories) with column mapping suggested from
Dutch/English headers, a dry run listing every problem (line, column, value, what is wrong), and
an all-or-nothing import. Re-importing the same register updates instead of doubling records."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, ContactPerson, Stakeholder, Trajectory, new_id
from app.domain.vocabulary import Category, Side, Stage, label
from app.errors import BadInputError, UsageError
from app.formatting import excel_serial_to_date, parse_date
from app.io.readers import read_rows

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "stakeholders": {
        "name": ("naam", "name", "organisatie", "organisation", "organization", "vereniging", "stakeholder"),
        "category": ("categorie", "category", "type", "soort"),
        "side": ("zijde", "side", "vraag/aanbod"),
        "stage": ("fase", "relatiefase", "stage"),
        "municipality": ("gemeente", "stad", "municipality", "city", "plaats"),
        "area": ("wijk", "deelgemeente", "buurt", "area", "neighbourhood"),
        "email": ("e-mail", "email", "mail"),
        "phone": ("telefoon", "tel", "gsm", "phone"),
        "places_available": ("vrije plaatsen", "plaatsen", "places", "available places"),
        "waiting_list": ("wachtlijst", "waiting list"),
        "notes": ("opmerkingen", "notities", "notes", "opmerking"),
        "contact_name": ("contactpersoon", "contact", "contact person"),
    },
    "ambassadors": {
        "name": ("naam", "name", "ambassadeur"),
        "email": ("e-mail", "email", "mail"),
        "phone": ("telefoon", "tel", "gsm", "phone"),
        "organisation": ("organisatie", "bedrijf", "organisation", "company"),
        "area": ("dorp", "wijk", "deelgemeente", "area", "village"),
        "nominated_by": ("voorgedragen door", "nominated by"),
        "notes": ("opmerkingen", "notities", "notes"),
    },
    "trajectories": {
        "code": ("code", "traject", "id"),
        "birth_year": ("geboortejaar", "birth year", "jaar"),
        "neighbourhood": ("wijk", "buurt", "neighbourhood"),
        "started_on": ("startdatum", "eerste contact", "start", "datum", "started"),
        "referral": ("doorverwezen door", "doorverwijzer", "referral", "referred by"),
        "wishes": ("wensen", "interesses", "wishes"),
        "family_code": ("gezinscode", "gezin", "family"),
    },
}
SUPPORTED = tuple(SYNONYMS)


def norm(text: Any) -> str:
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Problem:
    line: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}, kolom '{self.column}': {self.value!r} — {self.message}"


@dataclass
class Plan:
    kind: str
    mapping: dict[int, str]
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]]
    problems: list[Problem] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    skipped: int = 0


def suggest_mapping(kind: str, headers: list[Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for i, h in enumerate(headers):
        nh = norm(h)
        for fld, names in SYNONYMS[kind].items():
            if nh in names and fld not in mapping.values():
                mapping[i] = fld
                break
    return mapping


def _enum_value(enum: Any, raw: Any) -> str | None:
    n = norm(raw)
    for member in enum:
        if n in (norm(member.value), norm(label(member, "nl")), norm(label(member, "en"))):
            return str(member.value)
    for member in enum:  # "School (zorgcoördinator)" matches "school"
        if norm(label(member, "nl")).startswith(n) and n:
            return str(member.value)
    return None


def _date(raw: Any) -> date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)):
        return excel_serial_to_date(float(raw))
    text = str(raw).strip()
    if text.isdigit() and 20000 <= int(text) <= 80000:  # an Excel date serial that went through CSV
        return excel_serial_to_date(float(text))
    return parse_date(text)


def _int(raw: Any) -> int | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, (int, float)):
        return int(raw)
    text = str(raw).strip().lower()
    if text in ("ja", "j", "x", "yes"):
        return 1
    if text in ("nee", "n", "no"):
        return 0
    return int(text.replace(".", ""))


def plan(path: Path, kind: str, sheet: str | None = None, overrides: dict[str, str] | None = None) -> Plan:
    if kind not in SUPPORTED:
        raise UsageError(f"Importeren van '{kind}' kan nog niet; wel: {', '.join(SUPPORTED)}.")
    rows = read_rows(path, sheet)
    header_i = next((i for i, r in enumerate(rows[:20]) if len(suggest_mapping(kind, r)) >= 2), None)
    if header_i is None:
        raise BadInputError(f"Geen kopregel gevonden in {Path(path).name}: zet de kolomnamen (bv. Naam, Gemeente) "
                            "in één rij boven de gegevens.")
    headers = ["" if h is None else str(h) for h in rows[header_i]]
    mapping = suggest_mapping(kind, headers)
    for col, fld in (overrides or {}).items():
        idx = next((i for i, h in enumerate(headers) if norm(h) == norm(col)), None)
        if idx is None:
            raise UsageError(f"--map: geen kolom {col!r}; kolommen: {', '.join(h for h in headers if h)}")
        if fld not in SYNONYMS[kind]:
            raise UsageError(f"--map: onbekend veld {fld!r}; velden: {', '.join(SYNONYMS[kind])}")
        mapping[idx] = fld
    if "name" not in mapping.values() and "code" not in mapping.values():
        raise BadInputError("Er is geen kolom met de naam (of code): geef ze aan met --map KOLOM=name.")
    out = Plan(kind, mapping, headers, [])
    for offset, row in enumerate(rows[header_i + 1:], start=header_i + 2):
        record: dict[str, Any] = {}
        extra = []
        for i, value in enumerate(row):
            if i in mapping:
                record[mapping[i]] = value
            elif value not in (None, "") and i < len(headers) and headers[i]:
                extra.append(f"{headers[i]}: {value}")
        if extra:
            record["_extra"] = "; ".join(extra)
        out.rows.append((offset, record))
    return out


def _validate_stakeholder(line: int, r: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    name = str(r.get("name") or "").strip()
    if not name:
        problems.append(Problem(line, "name", "", "de naam ontbreekt"))
    values["name"] = name
    for fld, enum in (("category", Category), ("side", Side), ("stage", Stage)):
        if r.get(fld) not in (None, ""):
            v = _enum_value(enum, r[fld])
            if v is None:
                problems.append(Problem(line, fld, str(r[fld]), "onbekende waarde; kies uit "
                                        + ", ".join(label(m) for m in enum)))
            values[fld] = v
    for fld in ("municipality", "area", "email", "phone"):
        values[fld] = str(r.get(fld) or "").strip()
    for fld in ("places_available", "waiting_list"):
        try:
            values[fld] = _int(r.get(fld))
            if values[fld] is not None and values[fld] < 0:
                raise ValueError
        except (TypeError, ValueError):
            problems.append(Problem(line, fld, str(r.get(fld)), "geen geldig aantal (0 of meer)"))
    notes = " — ".join(x for x in (str(r.get("notes") or "").strip(), r.get("_extra", "")) if x)
    values["notes"] = notes
    values["contact_name"] = str(r.get("contact_name") or "").strip()
    return values


def execute(session: Session, p: Plan, network_id: str, on_duplicate: str = "update", dry_run: bool = False) -> Plan:
    """Validate every row; when a problem exists nothing is written (dry run or not)."""
    if on_duplicate not in ("update", "skip", "new"):
        raise UsageError("--on-duplicate: kies update, skip of new")
    p.problems.clear()
    prepared: list[tuple[int, dict[str, Any]]] = []
    for line, r in p.rows:
        if p.kind == "stakeholders":
            prepared.append((line, _validate_stakeholder(line, r, p.problems)))
        elif p.kind == "ambassadors":
            name = str(r.get("name") or "").strip()
            if not name:
                p.problems.append(Problem(line, "name", "", "de naam ontbreekt"))
            prepared.append((line, {"name": name, **{k: str(r.get(k) or "").strip() for k in
                                                      ("email", "phone", "organisation", "area", "nominated_by")},
                                    "feedback": r.get("_extra", "")}))
        else:
            values: dict[str, Any] = {"code": str(r.get("code") or "").strip(), "neighbourhood": str(r.get("neighbourhood") or ""),
                                      "wishes": str(r.get("wishes") or ""), "family_code": str(r.get("family_code") or "")}
            try:
                values["started_on"] = _date(r.get("started_on")) or date.today()
            except ValueError as exc:
                p.problems.append(Problem(line, "started_on", str(r.get("started_on")), str(exc)))
            try:
                by = _int(r.get("birth_year"))
                if by is not None and not 1990 <= by <= date.today().year:
                    raise ValueError
                values["birth_year"] = by
            except (TypeError, ValueError):
                p.problems.append(Problem(line, "birth_year", str(r.get("birth_year")), "geen geldig geboortejaar"))
            ref = str(r.get("referral") or "").strip()
            if ref:
                found = session.scalars(select(Stakeholder).where(Stakeholder.network_id == network_id,
                                                                   Stakeholder.deleted_at.is_(None))).all()
                match = [s for s in found if norm(s.name) == norm(ref)]
                if not match:
                    p.problems.append(Problem(line, "referral", ref, "geen stakeholder met die naam: voeg hem eerst toe"))
                values["referral_source_id"] = match[0].id if match else None
            if not values["code"]:
                p.problems.append(Problem(line, "code", "", "de code ontbreekt"))
            prepared.append((line, values))
    if p.problems or dry_run:
        _count(session, p, prepared, network_id, on_duplicate, write=False)
        return p
    try:
        _count(session, p, prepared, network_id, on_duplicate, write=True)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return p


def _count(session: Session, p: Plan, prepared: list[tuple[int, dict[str, Any]]], network_id: str,
           on_duplicate: str, write: bool) -> None:
    p.created = p.updated = p.skipped = 0
    model: Any = {"stakeholders": Stakeholder, "ambassadors": Ambassador, "trajectories": Trajectory}[p.kind]
    existing: dict[str, Any] = {}
    for obj in session.scalars(select(model).where(model.network_id == network_id, model.deleted_at.is_(None))):
        existing[_key(p.kind, obj)] = obj
    for _line, values in prepared:
        key = _key(p.kind, values)
        found = existing.get(key)
        if found is not None and on_duplicate == "skip":
            p.skipped += 1
            continue
        if found is not None and on_duplicate == "update":
            p.updated += 1
            if write:
                for k, v in values.items():
                    if k in ("contact_name",) or v in (None, ""):
                        continue
                    setattr(found, k, v)
            continue
        p.created += 1
        if write:
            contact = values.pop("contact_name", "")
            clean = {k: v for k, v in values.items() if v is not None}
            obj = model(id=new_id(), network_id=network_id, **clean)
            session.add(obj)  # one flush at the commit, not one per row
            existing[key] = obj
            if contact and p.kind == "stakeholders":
                session.add(ContactPerson(stakeholder_id=obj.id, name=contact))


def _key(kind: str, obj: Any) -> str:
    get = obj.get if isinstance(obj, dict) else lambda k: getattr(obj, k, "")
    if kind == "trajectories":
        return norm(get("code"))
    return f"{norm(get('name'))}|{norm(get('municipality') if kind == 'stakeholders' else '')}"


