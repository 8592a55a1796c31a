"""Import a register (stakeholders, ambassadors, trajectories, contact moments, activities, signals)
with column mapping suggested from
Dutch/English headers, a dry run listing every problem (line, column, value, what is wrong), and
an all-or-nothing import. Re-importing the same register updates instead of doubling records."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    Ambassador,
    ContactPerson,
    Interaction,
    Signal,
    Stakeholder,
    Trajectory,
    TrajectoryOffer,
    new_id,
)
from app.domain.vocabulary import (
    ActivityKind,
    Category,
    InteractionKind,
    RaisedByKind,
    Side,
    Stage,
    label,
)
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
        "target_offer": ("aanbod", "doelaanbod", "vrijetijdsaanbod", "target offer", "offer"),
        "worker": ("toeleider", "begeleider", "worker", "ambassadeur"),
    },
}
SYNONYMS["interactions"] = {
    "stakeholder": ("stakeholder", "organisatie", "organisation", "vereniging", "partner", "naam", "name"),
    "occurred_on": ("datum", "date", "contactdatum", "wanneer", "datum contact"),
    "kind": ("soort", "type", "soort contact", "kind", "contact"),
    "note": ("verslag", "notitie", "notities", "opmerkingen", "note", "notes", "inhoud"),
    "next_contact_on": ("volgend contact", "volgende afspraak", "next contact", "opvolgen op"),
    "ambassador": ("ambassadeur", "ambassador", "door"),
}
SYNONYMS["activities"] = {
    "title": ("titel", "activiteit", "title", "naam", "onderwerp"),
    "kind": ("soort", "type", "kind", "soort activiteit"),
    "held_on": ("datum", "date", "wanneer"),
    "place": ("plaats", "locatie", "place", "location", "waar"),
    "notes": ("notities", "opmerkingen", "notes", "verslag"),
    "participants": ("deelnemers", "ambassadeurs", "participants", "aanwezigen"),
}
SYNONYMS["signals"] = {
    "topic": ("onderwerp", "signaal", "topic", "titel", "melding"),
    "raised_on": ("datum", "gemeld op", "date", "datum melding"),
    "area": ("wijk", "buurt", "deelgemeente", "area", "dorp"),
    "description": ("beschrijving", "omschrijving", "description", "toelichting"),
    "raised_by": ("melder", "gemeld door", "raised by", "bron"),
    "responsible": ("verantwoordelijke", "doorgestuurd naar", "responsible", "bevoegde dienst"),
}
SUPPORTED = tuple(SYNONYMS)
# the one column a row cannot do without, per kind
REQUIRED = {"stakeholders": "name", "ambassadors": "name", "trajectories": "code", "interactions": "stakeholder",
            "activities": "held_on", "signals": "topic"}
IGNORE = "_ignore"  # a column mapped to this is left out (not even in the notes)
NOTES = "_notes"  # a column mapped to this goes to the notes ("Kolom: waarde"), like any unmapped column


class Cancelled(Exception):
    """The user stopped the import; nothing was written."""
# words that do not tell two organisations apart ("VZW De Speelvogel" ~ "De Speelvogel vzw")
LEGAL_FORMS = frozenset({"vzw", "v", "z", "w", "bv", "bvba", "nv", "cv", "cvba", "vof", "asbl", "de", "het", "den",
                         "der", "the", "van"})
FUZZY_RATIO = 0.9


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
    duplicates: list[Duplicate] = field(default_factory=list)
    samples: list[list[Any]] = field(default_factory=list)  # the first data rows as read, for previews


@dataclass(frozen=True)
class Duplicate:
    """A row that looks like an existing record without being the same name: merge, skip or keep both."""

    line: int
    name: str
    existing_id: str
    existing_name: str


def suggest_mapping(kind: str, headers: list[Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for i, h in enumerate(headers):
        nh = norm(h)
        for fld, names in SYNONYMS[kind].items():
            if nh in names and fld not in mapping.values():
                mapping[i] = fld
                break
    return mapping


_ENUM_CACHE: dict[tuple[Any, str], str | None] = {}


def _enum_value(enum: Any, raw: Any) -> str | None:
    """The enum value a cell means (value, Dutch or English label, a label's start or its part after
    ': '); None when none fits. Cached: a register repeats the same few words thousands of times."""
    n = norm(raw)
    key = (enum, n)
    if key not in _ENUM_CACHE:
        _ENUM_CACHE[key] = _match_enum(enum, n)
    return _ENUM_CACHE[key]


def _match_enum(enum: Any, n: str) -> str | None:
    for member in enum:
        if n in (norm(member.value), norm(label(member, "nl")), norm(label(member, "en"))):
            return str(member.value)
    for member in enum:  # "School (zorgcoördinator)" matches "school"
        if norm(label(member, "nl")).startswith(n) and n:
            return str(member.value)
    for member in enum:  # "Podium: workshop" matches "workshop"
        if n and n in (norm(label(member, "nl")).split(": ")[-1], norm(label(member, "en")).split(": ")[-1]):
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
    named = {norm(c) for c in (overrides or {})}

    def header_score(row: list[Any]) -> int:
        return len(suggest_mapping(kind, row)) + sum(1 for c in row if c not in (None, "") and norm(c) in named)

    header_i = next((i for i, r in enumerate(rows[:20]) if header_score(r) >= 2), None)
    if header_i is None:
        raise BadInputError(f"Geen kopregel gevonden in {Path(path).name}: zet de kolomnamen (bv. Naam, Gemeente) "
                            "in één rij boven de gegevens.")
    headers = ["" if h is None else str(h) for h in rows[header_i]]
    mapping = suggest_mapping(kind, headers)
    for col, fld in (overrides or {}).items():
        idx = next((i for i, h in enumerate(headers) if norm(h) == norm(col)), None)
        if idx is None:
            raise UsageError(f"--map: geen kolom {col!r}; kolommen: {', '.join(h for h in headers if h)}")
        if fld not in SYNONYMS[kind] and fld not in (IGNORE, NOTES):
            raise UsageError(f"--map: onbekend veld {fld!r}; velden: {', '.join(SYNONYMS[kind])} (of {IGNORE}, {NOTES})")
        for other in [i for i, f in mapping.items() if f == fld and i != idx and fld not in (IGNORE, NOTES)]:
            del mapping[other]  # one column per field: the chosen one wins over a suggestion
        if fld == NOTES:
            mapping.pop(idx, None)
        else:
            mapping[idx] = fld
    required = REQUIRED[kind]
    if required not in mapping.values():
        raise BadInputError(f"Er is geen kolom voor '{required}': geef ze aan met --map KOLOM={required} "
                            "(of kies ze in de stap Kolommen).")
    out = Plan(kind, mapping, headers, [])
    out.samples = [list(r) for r in rows[header_i + 1:header_i + 4]]
    for offset, row in enumerate(rows[header_i + 1:], start=header_i + 2):
        record: dict[str, Any] = {}
        extra = []
        for i, value in enumerate(row):
            if mapping.get(i) == IGNORE:
                continue
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
    values["notes"] = _with_extra(r, str(r.get("notes") or "").strip())
    values["contact_name"] = str(r.get("contact_name") or "").strip()
    return values


def _text(r: dict[str, Any], key: str) -> str:
    return str(r.get(key) or "").strip()


def _with_extra(r: dict[str, Any], *parts: str) -> str:
    """Free text and, after it, the row's unmapped columns ("Kolom: waarde"), joined with " — "."""
    return " — ".join(x for x in (*parts, r.get("_extra", "")) if x)


def _parse_date(line: int, r: dict[str, Any], key: str, problems: list[Problem], required: bool) -> date | None:
    try:
        value = _date(r.get(key))
    except ValueError as exc:
        problems.append(Problem(line, key, str(r.get(key)), str(exc)))
        return None
    if value is None and required:
        problems.append(Problem(line, key, "", "de datum ontbreekt (dd/mm/jjjj)"))
    return value


class _Names:
    """Records of one network by normalised name, to resolve references in a row."""

    def __init__(self, session: Session, model: Any, network_id: str) -> None:
        self.by_name: dict[str, list[Any]] = {}
        for obj in session.scalars(select(model).where(model.network_id == network_id, model.deleted_at.is_(None))):
            self.by_name.setdefault(norm(obj.name), []).append(obj)

    def find(self, name: str) -> Any | None:
        found = self.by_name.get(norm(name), [])
        return found[0] if len(found) == 1 else None

    def ambiguous(self, name: str) -> bool:
        return len(self.by_name.get(norm(name), [])) > 1


def _validate(session: Session, p: Plan, network_id: str) -> list[tuple[int, dict[str, Any]]]:
    prepared: list[tuple[int, dict[str, Any]]] = []
    stakeholders = ambassadors = None
    if p.kind in ("interactions", "activities", "signals", "trajectories"):
        stakeholders = _Names(session, Stakeholder, network_id)
        ambassadors = _Names(session, Ambassador, network_id)

    def resolve(line: int, column: str, name: str, names: _Names | None, what: str) -> str | None:
        if not name or names is None:
            return None
        obj = names.find(name)
        if obj is None:
            if names.ambiguous(name):
                why = f"meer dan één {what} met die naam: maak de namen uniek"
            else:
                why = f"geen {what} met die naam in dit netwerk: voeg hem eerst toe of verbeter de naam"
                close = difflib.get_close_matches(norm(name), list(names.by_name), n=1, cutoff=0.8)
                if close:
                    why += f" (bedoel je '{names.by_name[close[0]][0].name}'?)"
            p.problems.append(Problem(line, column, name, why))
            return None
        return str(obj.id)

    for line, r in p.rows:
        if p.kind == "stakeholders":
            prepared.append((line, _validate_stakeholder(line, r, p.problems)))
        elif p.kind == "ambassadors":
            name = _text(r, "name")
            if not name:
                p.problems.append(Problem(line, "name", "", "de naam ontbreekt"))
            feedback = _with_extra(r, _text(r, "notes"))
            prepared.append((line, {"name": name, **{k: _text(r, k) for k in
                                                      ("email", "phone", "organisation", "area", "nominated_by")},
                                    "feedback": feedback}))
        elif p.kind == "trajectories":
            values: dict[str, Any] = {"code": _text(r, "code"), "neighbourhood": _text(r, "neighbourhood"),
                                      "wishes": _text(r, "wishes"), "family_code": _text(r, "family_code")}
            values["started_on"] = _parse_date(line, r, "started_on", p.problems, False) or date.today()
            try:
                by = _int(r.get("birth_year"))
                if by is not None and not 1990 <= by <= date.today().year:
                    raise ValueError
                values["birth_year"] = by
            except (TypeError, ValueError):
                p.problems.append(Problem(line, "birth_year", str(r.get("birth_year")), "geen geldig geboortejaar"))
            ref = _text(r, "referral")
            if ref:
                values["referral_source_id"] = resolve(line, "referral", ref, stakeholders, "stakeholder")
            offers = [resolve(line, "target_offer", n.strip(), stakeholders, "stakeholder")
                      for n in re.split(r"[;,\n]", _text(r, "target_offer")) if n.strip()]
            values["_offers"] = [o for o in offers if o]
            worker = _text(r, "worker")
            if worker:  # an ambassador of the network, or another professional by name
                amb = ambassadors.find(worker) if ambassadors is not None else None
                values["worker_ambassador_id"] = str(amb.id) if amb is not None else None
                values["worker_name"] = "" if amb is not None else worker
            if not values["code"]:
                p.problems.append(Problem(line, "code", "", "de code ontbreekt"))
            prepared.append((line, values))
        elif p.kind == "interactions":
            who = _text(r, "stakeholder")
            if not who:
                p.problems.append(Problem(line, "stakeholder", "", "de stakeholder ontbreekt"))
            values = {"stakeholder_id": resolve(line, "stakeholder", who, stakeholders, "stakeholder"),
                      "occurred_on": _parse_date(line, r, "occurred_on", p.problems, True),
                      "next_contact_on": _parse_date(line, r, "next_contact_on", p.problems, False),
                      "note": _with_extra(r, _text(r, "note")),
                      "ambassador_id": resolve(line, "ambassador", _text(r, "ambassador"), ambassadors, "ambassadeur")}
            kind = _enum_value(InteractionKind, r.get("kind")) if r.get("kind") not in (None, "") else "other"
            if kind is None:
                p.problems.append(Problem(line, "kind", str(r.get("kind")), "onbekend soort contact; kies uit "
                                          + ", ".join(label(m) for m in InteractionKind)))
            values["kind"] = kind
            if values["next_contact_on"] and values["occurred_on"] and values["next_contact_on"] < values["occurred_on"]:
                p.problems.append(Problem(line, "next_contact_on", str(r.get("next_contact_on")),
                                          "het volgende contact ligt vóór dit contactmoment"))
            prepared.append((line, values))
        elif p.kind == "activities":
            kind = _enum_value(ActivityKind, r.get("kind")) if r.get("kind") not in (None, "") else None
            if kind is None:
                p.problems.append(Problem(line, "kind", _text(r, "kind"), "onbekend of leeg soort activiteit; kies uit "
                                          + ", ".join(label(m) for m in ActivityKind)))
            people: list[str] = []
            for name in re.split(r"[;,\n]", _text(r, "participants")):
                if name.strip():
                    found = resolve(line, "participants", name.strip(), ambassadors, "ambassadeur")
                    if found:
                        people.append(found)
            prepared.append((line, {"kind": kind, "held_on": _parse_date(line, r, "held_on", p.problems, True),
                                    "title": _text(r, "title"), "place": _text(r, "place"),
                                    "notes": _with_extra(r, _text(r, "notes")),
                                    "ambassador_ids": people}))
        else:  # signals
            topic = _text(r, "topic")
            if not topic:
                p.problems.append(Problem(line, "topic", "", "het onderwerp ontbreekt"))
            raised_by = _text(r, "raised_by")
            by_kind, by_amb, by_sh = RaisedByKind.RESIDENT.value, None, None
            amb = ambassadors.find(raised_by) if raised_by and ambassadors is not None else None
            org = stakeholders.find(raised_by) if raised_by and stakeholders is not None else None
            if amb is not None:
                by_kind, by_amb = RaisedByKind.AMBASSADOR.value, str(amb.id)
            elif org is not None:
                by_kind, by_sh = RaisedByKind.STAKEHOLDER.value, str(org.id)
            description = _with_extra(r, _text(r, "description"),
                                      f"Gemeld door: {raised_by}" if raised_by and by_kind == "resident" else "")
            prepared.append((line, {"topic": topic, "raised_on": _parse_date(line, r, "raised_on", p.problems, True),
                                    "area": _text(r, "area"), "description": description,
                                    "responsible": _text(r, "responsible") or None, "raised_by_kind": by_kind,
                                    "raised_by_ambassador_id": by_amb, "raised_by_stakeholder_id": by_sh}))
    return prepared


def execute(session: Session, p: Plan, network_id: str, on_duplicate: str = "update", dry_run: bool = False,
            decisions: dict[int, str] | None = None, progress: Callable[[int, int], bool] | None = None) -> Plan:
    """Validate every row; when a problem exists nothing is written (dry run or not).

    Exact duplicates (same name and municipality, same code, same date and title, …) follow
    `on_duplicate`. Look-alikes (`plan.duplicates`: "VZW De Speelvogel" for "De Speelvogel vzw")
    follow `decisions[line]` — "merge" (update the existing record), "skip" or "new" (keep both) —
    and otherwise `on_duplicate` (update → merge). `progress(done, total)` is called while writing;
    when it returns False the import stops (Cancelled) and nothing is written."""
    if on_duplicate not in ("update", "skip", "new"):
        raise UsageError("--on-duplicate: kies update, skip of new")
    p.problems.clear()
    prepared = _validate(session, p, network_id)
    if p.problems or dry_run:
        _count(session, p, prepared, network_id, on_duplicate, decisions or {}, write=False)
        return p
    try:
        _count(session, p, prepared, network_id, on_duplicate, decisions or {}, write=True, progress=progress)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return p


MODELS: dict[str, Any] = {"stakeholders": Stakeholder, "ambassadors": Ambassador, "trajectories": Trajectory,
                          "interactions": Interaction, "activities": Activity, "signals": Signal}


def _existing(session: Session, kind: str, network_id: str) -> list[Any]:
    model = MODELS[kind]
    if kind == "interactions":
        return list(session.scalars(select(Interaction).join(Stakeholder, Stakeholder.id == Interaction.stakeholder_id)
                                    .where(Stakeholder.network_id == network_id, Interaction.deleted_at.is_(None))))
    return list(session.scalars(select(model).where(model.network_id == network_id, model.deleted_at.is_(None))))


def core_name(name: Any) -> str:
    """A name without legal forms and articles, tokens sorted: the same for look-alike spellings."""
    tokens = re.findall(r"[a-z0-9]+", norm(name))
    return " ".join(sorted(t for t in tokens if t not in LEGAL_FORMS))


class _LookAlikes:
    """Existing stakeholders/ambassadors (not rows of the same file) by municipality and core name,
    for fuzzy duplicates."""

    def __init__(self, kind: str, objs: list[Any]) -> None:
        self.kind = kind
        self.blocks: dict[tuple[str, str], list[tuple[str, Any]]] = {}
        for obj in objs:
            self.add(obj)

    def _block(self, name: Any, muni: Any) -> tuple[tuple[str, str], str]:
        core = core_name(name)
        return (norm(muni) if self.kind == "stakeholders" else "", core[:1]), core

    def add(self, obj: Any) -> None:
        get = obj.get if isinstance(obj, dict) else lambda k: getattr(obj, k, "")
        block, core = self._block(get("name"), get("municipality"))
        if core:
            self.blocks.setdefault(block, []).append((core, obj))

    def match(self, values: dict[str, Any]) -> Any | None:
        block, core = self._block(values.get("name"), values.get("municipality"))
        if not core:
            return None
        best, best_ratio = None, FUZZY_RATIO
        digits = re.findall(r"\d+", core)
        for other_core, obj in self.blocks.get(block, []):
            if other_core == core:
                return obj
            if re.findall(r"\d+", other_core) != digits:
                continue  # "Club 1" and "Club 10" are different clubs
            ratio = difflib.SequenceMatcher(None, core, other_core).ratio()
            if ratio >= best_ratio:
                best, best_ratio = obj, ratio
        return best


def _count(session: Session, p: Plan, prepared: list[tuple[int, dict[str, Any]]], network_id: str,
           on_duplicate: str, decisions: dict[int, str], write: bool,
           progress: Callable[[int, int], bool] | None = None) -> None:
    p.created = p.updated = p.skipped = 0
    p.duplicates = []
    objs = _existing(session, p.kind, network_id)
    existing: dict[str, Any] = {_key(p.kind, obj): obj for obj in objs}
    alikes = _LookAlikes(p.kind, objs) if p.kind in ("stakeholders", "ambassadors") else None
    default = {"update": "merge", "skip": "skip", "new": "new"}[on_duplicate]
    for done, (line, values) in enumerate(prepared):
        if progress is not None and done % 200 == 0 and not progress(done, len(prepared)):
            raise Cancelled
        key = _key(p.kind, values)
        found = existing.get(key)
        action = default if found is not None else "new"
        if found is None and alikes is not None:
            similar = alikes.match(values)
            if similar is not None:
                p.duplicates.append(Duplicate(line, str(values.get("name")), str(similar.id),
                                              str(similar.get("name") if isinstance(similar, dict) else similar.name)))
                found, action = similar, decisions.get(line, default)
        if action == "skip":
            p.skipped += 1
            continue
        if action == "merge" and found is not None:
            p.updated += 1
            if write and not isinstance(found, dict):
                for k, v in values.items():
                    # the existing record keeps its name: a look-alike spelling does not rename it
                    if k in ("name", "contact_name", "ambassador_ids") or k.startswith("_") or v in (None, "", []):
                        continue
                    setattr(found, k, v)
                if p.kind == "trajectories":
                    have = {o.stakeholder_id for o in found.offers}
                    for sid in values.get("_offers", []):
                        if sid not in have:
                            found.offers.append(TrajectoryOffer(stakeholder_id=sid))
            continue
        p.created += 1
        existing[key] = values  # the same name twice in one file: the second row updates the first
        if write:
            obj = _create(session, p.kind, network_id, dict(values))
            existing[key] = obj


def _create(session: Session, kind: str, network_id: str, values: dict[str, Any]) -> Any:
    if kind == "interactions":
        from app.services.stakeholder import log_interaction

        sh = session.get(Stakeholder, values["stakeholder_id"])
        assert sh is not None  # resolved while validating
        return log_interaction(session, sh, values["kind"], values["occurred_on"], values["note"],
                               values["next_contact_on"], values["ambassador_id"])
    if kind == "activities":
        from app.services import activity

        people = values.pop("ambassador_ids")
        return activity.create(session, network_id, values["kind"], values["held_on"], values["title"],
                               values["place"], ambassador_ids=people, notes=values["notes"])
    if kind == "signals":
        from app.services import signal

        return signal.create(session, network_id, values.pop("raised_on"), values.pop("topic"),
                             area=values.pop("area"), responsible=values.pop("responsible"),
                             raised_by_kind=values.pop("raised_by_kind"), **values)
    contact = values.pop("contact_name", "")
    offers = values.pop("_offers", [])
    clean = {k: v for k, v in values.items() if v is not None}
    obj = MODELS[kind](id=new_id(), network_id=network_id, **clean)
    session.add(obj)  # one flush at the commit, not one per row
    for sid in offers:
        session.add(TrajectoryOffer(trajectory_id=obj.id, stakeholder_id=sid))
    if contact and kind == "stakeholders":
        session.add(ContactPerson(stakeholder_id=obj.id, name=contact))
    return obj


def _key(kind: str, obj: Any) -> str:
    get = obj.get if isinstance(obj, dict) else lambda k: getattr(obj, k, "")
    if kind == "trajectories":
        return norm(get("code"))
    if kind == "interactions":
        return f"{get('stakeholder_id')}|{get('occurred_on')}|{get('kind')}"
    if kind == "activities":
        return f"{norm(get('title'))}|{get('held_on')}|{get('kind')}"
    if kind == "signals":
        return f"{norm(get('topic'))}|{get('raised_on')}"
    return f"{norm(get('name'))}|{norm(get('municipality') if kind == 'stakeholders' else '')}"
