"""The report's narrative from a Markdown file (`verbind report … --narrative FILE`), so a report
can be made headless with the lead's own text: a `# heading` per section (its Dutch or English
title or its key), `# In de kijker` for the highlights, `# Procescriteria` / `# Resultaten` with
`- [x] key: evidence` lines, `# Aanbevelingen` with `- text | owner | YYYY-MM-DD` lines.

A mistake is refused with the file, the line, what is wrong and how to fix it (BadInputError)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import BadInputError
from app.reports.content import NARRATIVE_SECTIONS, PROCESS_CRITERIA, RESULTS, SECTIONS

HIGHLIGHTS = ("In de kijker", "Highlights")
CRITERIA = ("Procescriteria", "Process criteria")
RESULTS_TITLES = ("Resultaten", "Results")
RECOMMENDATIONS = ("Aanbevelingen", "Recommendations")

_HEADING = re.compile(r"^#(?!#)\s*(.*?)\s*#*\s*$")
_TICK = re.compile(r"^[-*]\s+\[(?P<mark>[ xX])\]\s+(?P<key>[A-Za-z_]+)\s*(?::\s*(?P<evidence>.*))?$")
_ITEM = re.compile(r"^[-*]\s+(?P<body>.*)$")


@dataclass
class NarrativeParts:
    """What a narrative file fills in; None / empty = the file does not say (the state keeps its own)."""

    narrative: dict[str, str] = field(default_factory=dict)
    highlights: str | None = None
    criteria: dict[str, dict[str, Any]] | None = None
    results: dict[str, dict[str, Any]] | None = None
    recommendations: list[dict[str, str]] | None = None

    def apply(self, state: dict[str, Any]) -> dict[str, Any]:
        """A copy of the wizard state with the file's parts filled in."""
        out = copy.deepcopy(state)
        out.setdefault("narrative", {}).update(self.narrative)
        if self.highlights is not None:
            out["highlights"] = self.highlights
        for group, given in (("criteria", self.criteria), ("results", self.results)):
            if given is not None:
                out.setdefault(group, {}).update(copy.deepcopy(given))
        if self.recommendations is not None:
            out["recommendations"] = copy.deepcopy(self.recommendations)
        return out


def _targets() -> dict[str, str]:
    """Every heading the file may use (lower case) → what it fills: a section key, or one of
    highlights, criteria, results, recommendations."""
    out: dict[str, str] = {}
    for key, nl, en in SECTIONS:
        if key in NARRATIVE_SECTIONS:
            for name in (key, nl, en):
                out[name.lower()] = key
    for target, names in (("highlights", HIGHLIGHTS), ("criteria", CRITERIA), ("results", RESULTS_TITLES),
                          ("recommendations", RECOMMENDATIONS)):
        for name in (*names, target):
            out[name.lower()] = target
    return out


def known_headings(lang: str = "nl") -> list[str]:
    en = lang == "en"
    sections = [(en_t if en else nl) for key, nl, en_t in SECTIONS if key in NARRATIVE_SECTIONS]
    extra = [names[1] if en else names[0] for names in (HIGHLIGHTS, CRITERIA, RESULTS_TITLES, RECOMMENDATIONS)]
    return sections + extra


class _Parser:
    def __init__(self, name: str, lang: str) -> None:
        self.name = name
        self.en = lang == "en"
        self.lang = lang

    def fail(self, line_no: int, nl: str, en: str) -> BadInputError:
        where = f"{self.name}, {'line' if self.en else 'regel'} {line_no}"
        return BadInputError(f"{where}: {en if self.en else nl}")

    def parse(self, text: str) -> NarrativeParts:
        targets = _targets()
        parts = NarrativeParts()
        blocks: list[tuple[str, int, list[tuple[int, str]]]] = []
        seen: dict[str, int] = {}
        for no, raw in enumerate(text.splitlines(), start=1):
            line = raw.rstrip()
            m = _HEADING.match(line)
            if m:
                title = m.group(1)
                target = targets.get(title.lower())
                if target is None:
                    listed = ", ".join(f"# {h}" for h in known_headings(self.lang))
                    raise self.fail(no, f"onbekende kop ‘# {title}’. Gebruik een van: {listed} "
                                        "(of de sleutel van een onderdeel, zoals # summary).",
                                    f"unknown heading ‘# {title}’. Use one of: {listed} "
                                    "(or a section's key, such as # summary).")
                if target in seen:
                    raise self.fail(no, f"‘# {title}’ staat twee keer in het bestand (eerst op regel {seen[target]}): "
                                        "voeg de tekst samen onder één kop.",
                                    f"‘# {title}’ appears twice (first on line {seen[target]}): put the text "
                                    "under one heading.")
                seen[target] = no
                blocks.append((target, no, []))
                continue
            if not blocks:
                if line.strip():
                    raise self.fail(no, "tekst vóór de eerste kop. Begin met een kop zoals ‘# Samenvatting’ en zet "
                                        "de tekst eronder.",
                                    "text before the first heading. Start with a heading such as ‘# Summary’ and put "
                                    "the text under it.")
                continue
            blocks[-1][2].append((no, line))
        if not blocks:
            raise self.fail(1, "het bestand bevat geen enkele kop. Zet de tekst van elk onderdeel onder een kop zoals "
                               "‘# Samenvatting’.",
                            "the file holds no heading. Put each section's text under a heading such as ‘# Summary’.")
        for target, _no, lines in blocks:
            if target == "highlights":
                parts.highlights = _text(lines)
            elif target == "criteria":
                parts.criteria = self.ticks(lines, PROCESS_CRITERIA, "procescriteria", "process criteria")
            elif target == "results":
                parts.results = self.ticks(lines, RESULTS, "resultaten", "results")
            elif target == "recommendations":
                parts.recommendations = self.recommendations(lines)
            else:
                parts.narrative[target] = _text(lines)
        return parts

    def ticks(self, lines: list[tuple[int, str]], items: list[tuple[str, str, str]], nl_name: str,
              en_name: str) -> dict[str, dict[str, Any]]:
        keys = [k for k, _, _ in items]
        out: dict[str, dict[str, Any]] = {k: {"ticked": False, "evidence": ""} for k in keys}
        for no, line in lines:
            if not line.strip():
                continue
            m = _TICK.match(line.strip())
            if m is None:
                raise self.fail(no, f"‘{line.strip()}’ is geen regel van de {nl_name}. Schrijf ‘- [x] sleutel: bewijs’ "
                                    "(aangevinkt) of ‘- [ ] sleutel’ (niet aangevinkt).",
                                f"‘{line.strip()}’ is not a line of the {en_name}. Write ‘- [x] key: evidence’ "
                                "(ticked) or ‘- [ ] key’ (not ticked).")
            key = m.group("key")
            if key not in out:
                raise self.fail(no, f"onbekend criterium ‘{key}’ bij de {nl_name}. Kies uit: {', '.join(keys)}.",
                                f"unknown key ‘{key}’ in the {en_name}. Choose from: {', '.join(keys)}.")
            ticked = m.group("mark") in ("x", "X")
            evidence = (m.group("evidence") or "").strip()
            if evidence and not ticked:
                raise self.fail(no, f"er staat bewijs bij ‘{key}’ maar het is niet aangevinkt: schrijf ‘- [x] {key}: …’ "
                                    "of laat het bewijs weg.",
                                f"‘{key}’ has evidence but is not ticked: write ‘- [x] {key}: …’ or leave the "
                                "evidence out.")
            out[key] = {"ticked": ticked, "evidence": evidence}
        return out

    def recommendations(self, lines: list[tuple[int, str]]) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for no, line in lines:
            if not line.strip():
                continue
            m = _ITEM.match(line.strip())
            fields = [f.strip() for f in m.group("body").split("|")] if m else []
            if m is None or len(fields) > 3 or not fields[0]:
                raise self.fail(no, f"‘{line.strip()}’ is geen aanbeveling. Schrijf ‘- tekst | wie | JJJJ-MM-DD’ "
                                    "(wie en datum mogen leeg blijven; ‘|’ alleen als scheiding).",
                                f"‘{line.strip()}’ is not a recommendation. Write ‘- text | owner | YYYY-MM-DD’ "
                                "(owner and date may be left empty; ‘|’ only as a separator).")
            text, owner, due = (fields + ["", ""])[:3]
            if due:
                try:
                    due = date.fromisoformat(due).isoformat()
                except ValueError:
                    raise self.fail(no, f"‘{due}’ is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld "
                                        "2026-12-31.",
                                    f"‘{due}’ is not a date. Write the date as YYYY-MM-DD, for example "
                                    "2026-12-31.") from None
            out.append({"text": text, "owner": owner, "due": due})
        return out


def _text(lines: list[tuple[int, str]]) -> str:
    return "\n".join(line for _no, line in lines).strip("\n")


def parse_markdown(text: str, name: str = "toelichting", lang: str = "nl") -> NarrativeParts:
    """Parse the Markdown narrative format; `name` is how errors call the file."""
    return _Parser(name, lang).parse(text)


def read_narrative_file(path: Path, lang: str = "nl") -> NarrativeParts:
    """Read and parse a narrative file (Markdown). YAML is refused with a clear message: the
    YAML reader (PyYAML) is not among Verbind's dependencies."""
    path = Path(path)
    en = lang == "en"
    if path.suffix.lower() in (".yaml", ".yml"):
        raise BadInputError(f"{path}: YAML is not supported (no YAML reader is installed); write the narrative as "
                            "Markdown (.md) as described in the README." if en else
                            f"{path}: YAML wordt niet ondersteund (er is geen YAML-lezer geïnstalleerd); schrijf de "
                            "toelichting in Markdown (.md) zoals beschreven in de README.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{path}: not UTF-8 text ({exc.reason}); save the file as UTF-8." if en else
                            f"{path}: geen UTF-8-tekst ({exc.reason}); bewaar het bestand als UTF-8.") from exc
    except OSError as exc:
        raise BadInputError(f"cannot read {path} ({exc.strerror or exc}): check the path." if en else
                            f"kan {path} niet lezen ({exc.strerror or exc}): controleer het pad.") from exc
    return parse_markdown(text, str(path), lang)


__all__ = ["NarrativeParts", "known_headings", "parse_markdown", "read_narrative_file"]
