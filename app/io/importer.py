"""Import a register (stakeholders, ambassadors, trajectories, contact moments, activities, signals)
with column mapping suggested from Dutch/English headers, a dry run listing every problem (line as
the file numbers it, column, value, what is wrong), the columns and footer rows (totals, notes below
the data) left out, and an all-or-nothing import written in batches inside one transaction.
Re-importing the same register updates instead of doubling records."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
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
from app.i18n import tr
from app.io.readers import MAX_ROWS, column_letter, is_blank, open_table, sums_rows_above

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
        "last_contact_on": ("laatste contact", "laatst contact", "datum laatste contact", "last contact",
                            "last contacted"),
        "next_contact_on": ("volgend contact", "volgende contact", "volgende afspraak", "next contact",
                            "opvolgen op"),
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
# kinds whose unmapped columns go to the notes unless left out; a trajectory register's other
# columns (a child's name, a school) stay out unless the user maps them to the notes: trajectories
# are kept pseudonymous
NOTES_BY_DEFAULT = frozenset({"stakeholders", "ambassadors", "interactions", "activities", "signals"})
MAX_COUNT = 1_000_000  # places, waiting list: more is a typing error (or a total)
MAX_SERIAL = 2_958_465  # Excel's last date, 31/12/9999
EXCEL_ERRORS = frozenset({"#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#WAARDE!", "#VERW!", "#DEEL/0!", "#N/B", "#NAAM?", "#GETAL!", "#LEEG!"})
TOTAL_LABELS = frozenset({"totaal", "totalen", "total", "totals", "subtotaal", "subtotal", "eindtotaal",
                          "grand total", "som", "sum", "totaal aantal", "algemeen totaal"})
NOTE_STARTS = ("bron", "opmerking", "noot", "nb", "n.b.", "let op", "legende", "bijgewerkt", "laatst bijgewerkt",
               "versie", "source", "note", "updated", "*", "(")
_FORMULA_TEXT = re.compile(r"^=\s*(?:_xlfn\.)?(?:SUM|SOM|SUBTOTAL|SUBTOTAAL|AGGREGATE|COUNTA?|AANTALARG|AANTAL|"
                           r"AVERAGE|GEMIDDELDE|MIN|MAX|PRODUCT)\s*\((.*)", re.IGNORECASE)
MAX_FOOTER_ROWS = 10  # more footer-like rows in a row at the bottom are data (or problems), not a footer
_NUMBER_TEXT = re.compile(r"^[-+]?(?:€\s*)?[\d.,\s]+%?$")


def norm(text: Any) -> str:
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Problem:
    line: int
    column: str
    value: str
    message: str
    header: str = ""  # the column's name in the file, when it differs from the field

    def __str__(self) -> str:
        where = f"'{self.column}'" + (f" ({self.header})" if self.header and self.header != self.column else "")
        return tr(f"regel {self.line}, kolom {where}: {self.value!r} — {self.message}",
                  f"line {self.line}, column {where}: {self.value!r} — {self.message}")


@dataclass(frozen=True)
class Footer:
    """A row below the data that is not a record (a totals row, a note): left out, and said so."""

    line: int
    text: str
    why: str  # "total", "formula" or "note"

    def __str__(self) -> str:
        reason = {"total": tr("totaalrij", "totals row"), "formula": tr("rij met een formule (=SOM/SUM)",
                                                                     "row with a formula (=SUM)"),
                  "note": tr("notitie onder de gegevens", "note below the data")}[self.why]
        return tr(f"regel {self.line} weggelaten ({reason}): {self.text}",
                  f"line {self.line} left out ({reason}): {self.text}")


@dataclass
class Plan:
    kind: str
    mapping: dict[int, str]
    headers: list[str]
    # per data row: its line and the mapped cells in `fields` order, then the notes text of the
    # unmapped columns; tuples, not dicts (a 200,000-row register)
    rows: list[tuple[int, tuple[Any, ...]]]
    problems: list[Problem] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    skipped: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    samples: list[list[Any]] = field(default_factory=list)  # the first data rows as read, for previews
    encoding: str | None = None  # the CSV encoding used (None for xlsx)
    encoding_sample: list[str] = field(default_factory=list)  # decoded lines with accents, to check it by
    footers: list[Footer] = field(default_factory=list)  # rows below the data that were left out
    to_notes: list[str] = field(default_factory=list)  # columns kept in the notes ("Kolom: waarde")
    not_imported: list[str] = field(default_factory=list)  # columns left out, with values in them
    fields: tuple[str, ...] = ()  # the mapped fields, in the order of the values in `rows`

    def records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Each data row as {field: cell} (and "_extra": the notes text), made as it is needed."""
        fields = self.fields
        for line, values in self.rows:
            record = dict(zip(fields, values, strict=False))
            if values[-1]:
                record["_extra"] = values[-1]
            yield line, record

    def column_name(self, index: int) -> str:
        """A column as the user knows it: its header, or its letter when it has none."""
        header = self.headers[index] if index < len(self.headers) else ""
        return header.strip() or tr(f"kolom {column_letter(index)} (zonder naam)", f"column {column_letter(index)} "
                                                                                    "(no name)")

    def header_of(self, fld: str) -> str:
        index = next((i for i, f in self.mapping.items() if f == fld), None)
        return self.column_name(index) if index is not None else ""


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


def default_for_unmapped(kind: str) -> str:
    """What a column that matches no field becomes: the notes (NOTES) or nothing (IGNORE)."""
    return NOTES if kind in NOTES_BY_DEFAULT else IGNORE


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


def _serial(value: float) -> date:
    if not math.isfinite(value) or not 1 <= value <= MAX_SERIAL:
        raise ValueError(tr(f"geen geldige datum: het getal {value:g} ligt buiten de Excel-datums (1 t/m {MAX_SERIAL}); "
                            "typ de datum als dd/mm/jjjj",
                            f"not a valid date: the number {value:g} is outside Excel's dates (1 to {MAX_SERIAL}); "
                            "type the date as dd/mm/yyyy"))
    return excel_serial_to_date(value)


def _date(raw: Any) -> date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, bool):
        raise ValueError(tr("geen datum (ja/nee)", "not a date (yes/no)"))
    if isinstance(raw, (int, float)):
        return _serial(float(raw))
    text = str(raw).strip()
    if text.upper() in EXCEL_ERRORS:
        raise ValueError(tr(f"Excel toont hier een fout ({text}) in plaats van een datum: verbeter de cel in Excel",
                            f"Excel shows an error ({text}) instead of a date: fix the cell in Excel"))
    if text.isdigit() and 20000 <= int(text) <= 80000:  # an Excel date serial that went through CSV
        return excel_serial_to_date(float(text))
    try:
        return parse_date(text)
    except ValueError:
        raise ValueError(tr(f"onbekende datum {text[:40]!r}: gebruik dd/mm/jjjj",
                            f"unknown date {text[:40]!r}: use dd/mm/yyyy")) from None


def _too_big(shown: str, hi: int) -> ValueError:
    return ValueError(tr(f"het getal {shown} is te groot (hoogstens {hi}): verbeter de cel",
                         f"the number {shown} is too large (at most {hi}): fix the cell"))


def _int(raw: Any, lo: int = 0, hi: int = MAX_COUNT) -> int | None:
    """A whole number between lo and hi; ja/nee count as 1/0; "1.500" is fifteen hundred (Flemish
    thousands), but "1.5" or 1.5 is a decimal where a whole number belongs: a ValueError saying so."""
    if raw in (None, ""):
        return None

    def decimal() -> ValueError:  # made only when raised: the message is translated per call
        return ValueError(tr(f"{raw!s:.40} is een kommagetal; hier hoort een geheel getal: rond af in het bestand",
                             f"{raw!s:.40} is a decimal; a whole number belongs here: round it in the file"))

    if isinstance(raw, bool):
        value = int(raw)
    elif isinstance(raw, int):
        value = raw
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise _too_big(f"{raw}", hi)
        if abs(raw) > hi:
            raise _too_big(f"{raw:g}", hi)
        if raw != int(raw):
            raise decimal()
        value = int(raw)
    else:
        text = str(raw).strip().lower().replace("\u00a0", "").replace(" ", "")
        if text in ("ja", "j", "x", "yes", "y"):
            return 1
        if text in ("nee", "n", "no"):
            return 0
        if re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", text):  # 1.500 → 1500
            text = text.replace(".", "")
        m = re.fullmatch(r"[-+]?(\d+)(?:[.,](\d+))?", text)
        if m is None:
            if re.fullmatch(r"[-+]?\d*[.,]?\d+e[-+]?\d+", text):  # 1e300
                raise _too_big(str(raw).strip()[:40], hi)
            raise ValueError(tr(f"geen getal: typ een geheel getal ({lo} of meer)",
                                f"not a number: type a whole number ({lo} or more)"))
        if m.group(2) and m.group(2).strip("0"):
            raise decimal()
        if len(m.group(1)) > 15:
            raise _too_big(text[:40], hi)
        value = int(m.group(1)) * (-1 if text.startswith("-") else 1)
    if value > hi:
        raise _too_big(str(value)[:40], hi)
    if value < lo:
        raise ValueError(tr(f"het getal {value} is te klein ({lo} of meer)", f"the number {value} is too small "
                                                                          f"({lo} or more)"))
    return value


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(_NUMBER_TEXT.match(value.strip())) and any(c.isdigit() for c in value)


def _footer_kind(line: int, row: list[Any], mapping: dict[int, str], required_col: int | None,
                 formula_rows: frozenset[int], after_gap: bool, width: int) -> str | None:
    """Why a row at the bottom would be a footer rather than a record; None when it looks like data."""
    filled = [(i, c) for i, c in enumerate(row) if c is not None and str(c).strip()]
    if not filled:
        return None
    if line in formula_rows:
        return "formula"
    for _, c in filled:
        m = _FORMULA_TEXT.match(c.strip()) if isinstance(c, str) else None
        if m and sums_rows_above(line, m.group(1)):  # a formula typed into a CSV
            return "formula"
    texts = [(i, c) for i, c in filled if not _is_number(c)]
    if len(texts) == 1 and norm(texts[0][1]).rstrip(": ").strip() in TOTAL_LABELS:
        return "total"  # "Totaal:", 12, 40 — a label and numbers
    if not texts and (required_col is None or all(i != required_col for i, _ in filled)):
        return "total"  # only numbers, none where the name (or code, ...) belongs
    if after_gap and len(filled) == 1 and width >= 2:
        text = str(filled[0][1]).strip()
        n = norm(text)
        if ":" in text or n.startswith(NOTE_STARTS) or len(text.split()) >= 6:
            return "note"
    return None


def plan(path: Path, kind: str, sheet: str | None = None, overrides: dict[str, str] | None = None,
         encoding: str | None = None) -> Plan:
    """Read the register (streamed), find the header, map the columns and keep one small record per
    data row. Footers (a totals row, notes below a blank row) are left out and listed."""
    if kind not in SUPPORTED:
        raise UsageError(tr(f"Importeren van '{kind}' kan nog niet; wel: {', '.join(SUPPORTED)}.",
                            f"Importing '{kind}' is not possible yet; these are: {', '.join(SUPPORTED)}."))
    table = open_table(path, sheet, encoding)
    named = {norm(c) for c in (overrides or {})}

    def header_score(row: list[Any]) -> int:
        return len(suggest_mapping(kind, row)) + sum(1 for c in row if c not in (None, "") and norm(c) in named)

    header: tuple[int, list[Any]] | None = None
    seen = 0
    for line, row in table.rows:
        if is_blank(row):
            continue
        seen += 1
        if header_score(row) >= 2:
            header = (line, row)
            break
        if seen >= 20:
            break
    if header is None:
        raise BadInputError(tr(f"Geen kopregel gevonden in {Path(path).name}: zet de kolomnamen (bv. Naam, Gemeente) "
                               "in één rij boven de gegevens.",
                               f"No header row found in {Path(path).name}: put the column names (e.g. Name, City) "
                               "in one row above the data."))
    headers = ["" if h is None else str(h) for h in header[1]]
    mapping = suggest_mapping(kind, headers)
    for col, fld in (overrides or {}).items():
        idx = next((i for i, h in enumerate(headers) if norm(h) == norm(col)), None)
        if idx is None:
            raise UsageError(tr(f"--map: geen kolom {col!r}; kolommen: {', '.join(h for h in headers if h)}",
                                f"--map: no column {col!r}; columns: {', '.join(h for h in headers if h)}"))
        if fld not in SYNONYMS[kind] and fld not in (IGNORE, NOTES):
            raise UsageError(tr(f"--map: onbekend veld {fld!r}; velden: {', '.join(SYNONYMS[kind])} (of {IGNORE}, "
                                f"{NOTES})", f"--map: unknown field {fld!r}; fields: {', '.join(SYNONYMS[kind])} "
                                f"(or {IGNORE}, {NOTES})"))
        for other, f in list(mapping.items()):
            if f == fld and other != idx and fld not in (IGNORE, NOTES):
                del mapping[other]
        mapping[idx] = fld
    required = REQUIRED[kind]
    if required not in mapping.values():
        raise BadInputError(tr(f"Er is geen kolom voor '{required}': geef ze aan met --map KOLOM={required} "
                               "(of kies ze in de stap Kolommen).",
                               f"There is no column for '{required}': name it with --map COLUMN={required} "
                               "(or choose it in the Columns step)."))
    unmapped = default_for_unmapped(kind)
    # NOTES is the default for most kinds: only kept in the mapping where it is a choice
    out = Plan(kind, {i: f for i, f in mapping.items() if f != unmapped or f == IGNORE}, headers, [])
    out.encoding, out.encoding_sample = table.encoding, table.sample
    required_col = next(i for i, f in mapping.items() if f == required)
    used: set[int] = set()
    pending: list[tuple[int, list[Any], str]] = []  # footer-like rows below the last record, and why
    gap = False  # a blank row since the last record
    data_rows = 0
    columns = [i for i, f in sorted(mapping.items()) if f not in (IGNORE, NOTES)]
    out.fields = tuple(mapping[i] for i in columns)

    def what(i: int) -> str:
        return mapping.get(i) or unmapped

    def add(line: int, row: list[Any]) -> None:
        nonlocal data_rows
        data_rows += 1
        if data_rows > MAX_ROWS:
            raise BadInputError(tr(f"{Path(path).name} heeft meer dan {MAX_ROWS} rijen met gegevens: splits het register "
                                   "op.", f"{Path(path).name} has more than {MAX_ROWS} data rows: split the register."))
        if len(out.samples) < 3:
            out.samples.append(list(row))
        extra = []
        for i, value in enumerate(row):
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            used.add(i)
            if what(i) == NOTES:
                extra.append(f"{out.column_name(i)}: {value}")
        width = len(row)
        out.rows.append((line, (*(row[i] if i < width else None for i in columns), "; ".join(extra))))

    for line, row in table.rows:
        if is_blank(row):
            gap = True
            continue
        why = _footer_kind(line, row, mapping, required_col, table.formula_rows, gap, len(headers))
        if why is not None and len(pending) < MAX_FOOTER_ROWS:
            pending.append((line, row, why))
            continue
        for held_line, held, _why in pending:  # what looked like a footer had data below it: data after all
            add(held_line, held)
        pending.clear()
        gap = False
        add(line, row)
    for line, held, why in pending:
        text = "; ".join(str(c).strip() for c in held if c is not None and str(c).strip())
        out.footers.append(Footer(line, text[:120], why))
    for i in sorted(used):
        if i in mapping and mapping[i] not in (IGNORE, NOTES):
            continue
        (out.to_notes if what(i) == NOTES else out.not_imported).append(out.column_name(i))
    return out


def _validate_stakeholder(line: int, r: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    name = str(r.get("name") or "").strip()
    if not name:
        problems.append(Problem(line, "name", "", tr("de naam ontbreekt", "the name is missing")))
    values["name"] = name
    for fld, enum in (("category", Category), ("side", Side), ("stage", Stage)):
        if r.get(fld) not in (None, ""):
            v = _enum_value(enum, r[fld])
            if v is None:
                problems.append(Problem(line, fld, str(r[fld]), tr("onbekende waarde; kies uit ", "unknown value; choose "
                                                                   "from ") + ", ".join(label(m) for m in enum)))
            values[fld] = v
    for fld in ("municipality", "area", "email", "phone"):
        values[fld] = str(r.get(fld) or "").strip()
    for fld in ("places_available", "waiting_list"):
        try:
            values[fld] = _int(r.get(fld))
        except ValueError as exc:
            problems.append(Problem(line, fld, str(r.get(fld))[:60], str(exc)))
            values[fld] = None
    values["notes"] = _with_extra(r, str(r.get("notes") or "").strip())
    values["contact_name"] = str(r.get("contact_name") or "").strip()
    last = _parse_date(line, r, "last_contact_on", problems, False)
    following = _parse_date(line, r, "next_contact_on", problems, False)
    if last and following and following < last:
        problems.append(Problem(line, "next_contact_on", str(r.get("next_contact_on")),
                                tr("het volgende contact ligt vóór het laatste contact",
                                   "the next contact is before the last contact")))
    values["_last_contact"] = last
    values["next_contact_on"] = following
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
        problems.append(Problem(line, key, str(r.get(key))[:60], str(exc)))
        return None
    if value is None and required:
        problems.append(Problem(line, key, "", tr("de datum ontbreekt (dd/mm/jjjj)", "the date is missing (dd/mm/yyyy)")))
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


def _validate(session: Session, p: Plan, network_id: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each row's values, ready to write (streamed); problems go to p.problems."""
    stakeholders = ambassadors = None
    if p.kind in ("interactions", "activities", "signals", "trajectories"):
        stakeholders = _Names(session, Stakeholder, network_id)
        ambassadors = _Names(session, Ambassador, network_id)

    def resolve(line: int, column: str, name: str, names: _Names | None, what: str) -> str | None:
        if not name or names is None:
            return None
        obj = names.find(name)
        if obj is None:
            what_en = {"stakeholder": "stakeholder", "ambassadeur": "ambassador"}.get(what, what)
            if names.ambiguous(name):
                why = tr(f"meer dan één {what} met die naam: maak de namen uniek",
                         f"more than one {what_en} with that name: make the names unique")
            else:
                why = tr(f"geen {what} met die naam in dit netwerk: voeg hem eerst toe of verbeter de naam",
                         f"no {what_en} with that name in this network: add it first or correct the name")
                close = difflib.get_close_matches(norm(name), list(names.by_name), n=1, cutoff=0.8)
                if close:
                    why += tr(f" (bedoel je '{names.by_name[close[0]][0].name}'?)",
                              f" (did you mean '{names.by_name[close[0]][0].name}'?)")
            p.problems.append(Problem(line, column, name, why))
            return None
        return str(obj.id)

    for line, r in p.records():
        if p.kind == "stakeholders":
            yield line, _validate_stakeholder(line, r, p.problems)
        elif p.kind == "ambassadors":
            name = _text(r, "name")
            if not name:
                p.problems.append(Problem(line, "name", "", tr("de naam ontbreekt", "the name is missing")))
            feedback = _with_extra(r, _text(r, "notes"))
            yield (line, {"name": name, **{k: _text(r, k) for k in
                                                      ("email", "phone", "organisation", "area", "nominated_by")},
                                    "feedback": feedback})
        elif p.kind == "trajectories":
            values: dict[str, Any] = {"code": _text(r, "code"), "neighbourhood": _text(r, "neighbourhood"),
                                      "wishes": _text(r, "wishes"), "family_code": _text(r, "family_code"),
                                      "notes": _with_extra(r)}
            values["started_on"] = _parse_date(line, r, "started_on", p.problems, False) or date.today()
            try:
                values["birth_year"] = _int(r.get("birth_year"), 1990, date.today().year)
            except ValueError:
                p.problems.append(Problem(line, "birth_year", str(r.get("birth_year"))[:60],
                                          tr(f"geen geldig geboortejaar (1990 t/m {date.today().year})",
                                             f"not a valid birth year (1990 to {date.today().year})")))
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
                p.problems.append(Problem(line, "code", "", tr("de code ontbreekt", "the code is missing")))
            yield line, values
        elif p.kind == "interactions":
            who = _text(r, "stakeholder")
            if not who:
                p.problems.append(Problem(line, "stakeholder", "", tr("de stakeholder ontbreekt", "the stakeholder is missing")))
            values = {"stakeholder_id": resolve(line, "stakeholder", who, stakeholders, "stakeholder"),
                      "occurred_on": _parse_date(line, r, "occurred_on", p.problems, True),
                      "next_contact_on": _parse_date(line, r, "next_contact_on", p.problems, False),
                      "note": _with_extra(r, _text(r, "note")),
                      "ambassador_id": resolve(line, "ambassador", _text(r, "ambassador"), ambassadors, "ambassadeur")}
            kind = _enum_value(InteractionKind, r.get("kind")) if r.get("kind") not in (None, "") else "other"
            if kind is None:
                p.problems.append(Problem(line, "kind", str(r.get("kind")), tr("onbekend soort contact; kies uit ", "unknown kind of contact; choose from ")
                                          + ", ".join(label(m) for m in InteractionKind)))
            values["kind"] = kind
            if values["next_contact_on"] and values["occurred_on"] and values["next_contact_on"] < values["occurred_on"]:
                p.problems.append(Problem(line, "next_contact_on", str(r.get("next_contact_on")),
                                          tr("het volgende contact ligt vóór dit contactmoment",
                                             "the next contact is before this contact moment")))
            yield line, values
        elif p.kind == "activities":
            kind = _enum_value(ActivityKind, r.get("kind")) if r.get("kind") not in (None, "") else None
            if kind is None:
                p.problems.append(Problem(line, "kind", _text(r, "kind"), tr("onbekend of leeg soort activiteit; kies uit ",
                                                                     "unknown or empty kind of activity; choose from ")
                                          + ", ".join(label(m) for m in ActivityKind)))
            people: list[str] = []
            for name in re.split(r"[;,\n]", _text(r, "participants")):
                if name.strip():
                    found = resolve(line, "participants", name.strip(), ambassadors, "ambassadeur")
                    if found:
                        people.append(found)
            yield (line, {"kind": kind, "held_on": _parse_date(line, r, "held_on", p.problems, True),
                                    "title": _text(r, "title"), "place": _text(r, "place"),
                                    "notes": _with_extra(r, _text(r, "notes")),
                                    "ambassador_ids": people})
        else:  # signals
            topic = _text(r, "topic")
            if not topic:
                p.problems.append(Problem(line, "topic", "", tr("het onderwerp ontbreekt", "the topic is missing")))
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
            yield (line, {"topic": topic, "raised_on": _parse_date(line, r, "raised_on", p.problems, True),
                                    "area": _text(r, "area"), "description": description,
                                    "responsible": _text(r, "responsible") or None, "raised_by_kind": by_kind,
                                    "raised_by_ambassador_id": by_amb, "raised_by_stakeholder_id": by_sh})


def execute(session: Session, p: Plan, network_id: str, on_duplicate: str = "update", dry_run: bool = False,
            decisions: dict[int, str] | None = None, progress: Callable[[int, int], bool] | None = None) -> Plan:
    """Validate every row; when a problem exists nothing is written (dry run or not).

    Exact duplicates (same name and municipality, same code, same date and title, …) follow
    `on_duplicate`. Look-alikes (`plan.duplicates`: "VZW De Speelvogel" for "De Speelvogel vzw")
    follow `decisions[line]` — "merge" (update the existing record), "skip" or "new" (keep both) —
    and otherwise `on_duplicate` (update → merge). `progress(done, total)` is called while writing;
    when it returns False the import stops (Cancelled) and nothing is written."""
    if on_duplicate not in ("update", "skip", "new"):
        raise UsageError(tr("--on-duplicate: kies update, skip of new", "--on-duplicate: choose update, skip or new"))
    p.problems.clear()
    if dry_run:
        _count(session, p, _validate(session, p, network_id), network_id, on_duplicate, decisions or {}, write=False)
        _name_columns(p)
        return p
    # one pass, nothing held between rows: each row is validated, counted and written in the one
    # transaction; after the first problem nothing more is written (the rest is still checked, to
    # report every problem) and the transaction is rolled back, so nothing is written at all
    try:
        _count(session, p, _validate(session, p, network_id), network_id, on_duplicate, decisions or {},
               write=True, progress=progress)
        if p.problems:
            session.rollback()
            _name_columns(p)
            return p
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return p


def _name_columns(p: Plan) -> None:
    for problem in p.problems:
        problem.header = p.header_of(problem.column)


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
        if not self.blocks:
            return None  # nothing to look like (a first import into an empty network)
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


BATCH = 2000  # rows written between two flushes; their objects are let go after each flush


@dataclass(frozen=True)
class _Ref:
    """A record created earlier in this import, by id (None while counting): the second row with the
    same key updates it without the import holding every object it made."""

    id: str | None


class _NewStakeholders:
    """The new stakeholders of an import (and their contact persons), written one executemany per
    batch instead of through the ORM's unit of work, which spent seconds per 10,000 rows on its
    bookkeeping. The rows, audit entries and places history are those `_create`, `_merge` and the
    flush hooks give (a test compares both ways); a row with a last contact date (a contact moment,
    with its rules) still goes through the ORM."""

    def __init__(self, session: Session, network_id: str) -> None:
        self.session = session
        self.network_id = network_id
        self.rows: dict[str, dict[str, Any]] = {}  # by id, in the file's order
        self.contacts: list[dict[str, Any]] = []

    @property
    def pending(self) -> int:
        return len(self.rows)

    @staticmethod
    def takes(values: dict[str, Any]) -> bool:
        return not values.get("_last_contact")

    def add(self, values: dict[str, Any]) -> _Ref:
        values = dict(values)
        contact = values.pop("contact_name", "")
        values.pop("_last_contact", None)
        row = {"id": new_id(), "network_id": self.network_id, **_columns_given("stakeholders", values)}
        self.rows[row["id"]] = row
        if contact:
            self.contacts.append({"id": new_id(), "stakeholder_id": row["id"], "name": contact})
        return _Ref(row["id"])

    def merge(self, ref: _Ref, values: dict[str, Any]) -> bool:
        """A later row of the file for a stakeholder still waiting here: merged as `_merge` would
        into the ORM object not yet flushed (one row, one audit entry). False when it is not here
        or the row brings a contact moment."""
        row = self.rows.get(str(ref.id))
        if row is None or not self.takes(values):
            return False
        row.update(_merged(values))
        return True

    def write(self) -> None:
        if not self.rows:
            return
        from app.domain import audit
        from app.domain.stakeholder import record_places

        conn = self.session.connection()
        groups: dict[frozenset[str], list[dict[str, Any]]] = {}
        for row in self.rows.values():  # one insert per set of columns given (the rest: defaults)
            groups.setdefault(frozenset(row), []).append(row)
        created: list[tuple[str, list[str]]] = []
        for keys, rows in groups.items():
            conn.execute(insert(Stakeholder), rows)
            fields = audit.fields_given(Stakeholder, keys)
            created.extend((row["id"], fields) for row in rows)
        if self.contacts:
            conn.execute(insert(ContactPerson), self.contacts)
        audit.record_created(self.session, Stakeholder.__tablename__, created)
        contact_fields = audit.fields_given(ContactPerson, ("id", "stakeholder_id", "name"))
        audit.record_created(self.session, ContactPerson.__tablename__,
                             [(c["id"], contact_fields) for c in self.contacts])
        record_places(self.session, [{"stakeholder_id": row["id"], "places_available": row["places_available"]}
                                     for row in self.rows.values() if row.get("places_available") is not None])
        self.rows.clear()
        self.contacts.clear()


def _count(session: Session, p: Plan, prepared: Iterator[tuple[int, dict[str, Any]]], network_id: str,
           on_duplicate: str, decisions: dict[int, str], write: bool,
           progress: Callable[[int, int], bool] | None = None) -> None:
    p.created = p.updated = p.skipped = 0
    p.duplicates = []
    objs = _existing(session, p.kind, network_id)
    existing: dict[str, Any] = {_key(p.kind, obj): obj for obj in objs}
    alikes = _LookAlikes(p.kind, objs) if p.kind in ("stakeholders", "ambassadors") else None
    default = {"update": "merge", "skip": "skip", "new": "new"}[on_duplicate]
    batch: list[tuple[str, Any]] = []
    bulk = _NewStakeholders(session, network_id) if write and p.kind == "stakeholders" else None
    total = len(p.rows)
    for done, (line, values) in enumerate(prepared):
        if progress is not None and done % 200 == 0 and not progress(done, total):
            raise Cancelled
        key = _key(p.kind, values)
        found = existing.get(key)
        action = default if found is not None else "new"
        if found is None and alikes is not None:
            similar = alikes.match(values)
            if similar is not None:
                p.duplicates.append(Duplicate(line, str(values.get("name")), str(similar.id), str(similar.name)))
                found, action = similar, decisions.get(line, default)
        if action == "skip":
            p.skipped += 1
            continue
        if action == "merge" and found is not None:
            p.updated += 1
            if write and not p.problems:
                if isinstance(found, _Ref):
                    if bulk is not None:
                        if bulk.merge(found, values):
                            continue
                        bulk.write()  # a row made earlier in this file may still wait in the batch
                    found = session.get(MODELS[p.kind], found.id)
                    assert found is not None  # made earlier in this import
                _merge(session, p.kind, found, values)
            continue
        p.created += 1
        existing[key] = _Ref(None)  # the same key twice in one file: the second row updates the first
        if write and p.problems:
            continue  # counted and checked; nothing will be written (see `execute`)
        if write and bulk is not None and bulk.takes(values):
            existing[key] = bulk.add(values)
            if bulk.pending >= BATCH:
                bulk.write()
        elif write:
            obj = _create(session, p.kind, network_id, dict(values))
            existing[key] = obj  # until its batch is flushed, then by id
            batch.append((key, obj))
            if len(batch) >= BATCH:
                _flush(session, batch, existing)
    if write and batch and not p.problems:
        _flush(session, batch, existing)
    if bulk is not None and not p.problems:
        bulk.write()
    if progress is not None:
        progress(total, total)


def _flush(session: Session, batch: list[tuple[str, Any]], existing: dict[str, Any]) -> None:
    """Write the batch (inside the one transaction) and let its objects go: memory stays bounded."""
    session.flush()
    for key, obj in batch:
        existing[key] = _Ref(str(obj.id))
        if obj in session:
            session.expunge(obj)
    batch.clear()


def _columns_given(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """A new record's columns from a row's values (after the extras were taken out): those with a
    value; the column defaults give the rest."""
    clean = {k: v for k, v in values.items() if v is not None}
    if kind == "stakeholders":
        clean.setdefault("stage", Stage.MAPPED.value)  # the column default, set now: a contact moment reads it
    return clean


def _merged(values: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The columns a later row changes in a record it merges into: those it has a value for."""
    for k, v in values.items():
        # the existing record keeps its name: a look-alike spelling does not rename it
        if k in ("name", "contact_name", "ambassador_ids") or k.startswith("_") or v in (None, "", []):
            continue
        yield k, v


def _merge(session: Session, kind: str, found: Any, values: dict[str, Any]) -> None:
    for k, v in _merged(values):
        setattr(found, k, v)
    if kind == "trajectories":
        have = {o.stakeholder_id for o in found.offers}
        for sid in values.get("_offers", []):
            if sid not in have:
                found.offers.append(TrajectoryOffer(stakeholder_id=sid))
    if kind == "stakeholders" and values.get("_last_contact"):
        _log_last_contact(session, found, values["_last_contact"], values.get("next_contact_on"), new=False)


LAST_CONTACT_NOTE = "Laatste contact volgens het geïmporteerde register"


def _log_last_contact(session: Session, sh: Stakeholder, on: date, following: date | None, new: bool) -> None:
    """A register's "last contact" date becomes a contact moment (once: importing the same register
    again adds none), with the usual rules (last/next contact dates, first contact → introduced)."""
    from app.services.stakeholder import log_interaction

    if not new and session.scalar(select(Interaction.id).where(Interaction.stakeholder_id == sh.id,
                                                               Interaction.occurred_on == on,
                                                               Interaction.deleted_at.is_(None)).limit(1)):
        return
    # no flush per row: the batch is flushed by _count
    log_interaction(session, sh, InteractionKind.OTHER.value, on, LAST_CONTACT_NOTE, following, flush=False)


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
    last = values.pop("_last_contact", None)
    clean = _columns_given(kind, values)
    obj = MODELS[kind](id=new_id(), network_id=network_id, **clean)
    session.add(obj)  # flushed per batch (see _count), not one per row
    for sid in offers:
        session.add(TrajectoryOffer(trajectory_id=obj.id, stakeholder_id=sid))
    if contact and kind == "stakeholders":
        session.add(ContactPerson(stakeholder_id=obj.id, name=contact))
    if last is not None:
        _log_last_contact(session, obj, last, clean.get("next_contact_on"), new=True)
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
