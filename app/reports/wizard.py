"""The annual report wizard as a step graph without Qt: which steps, what each needs, what is
valid, and the serialisable state (saved as a draft snapshot and resumed). ui/ only draws it."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.periods import parse_period
from app.reports.content import NARRATIVE_SECTIONS, PROCESS_CRITERIA, RESULTS, SECTIONS
from app.reports.snapshot import default_options


@dataclass(frozen=True)
class Step:
    key: str
    nl: str
    en: str


STEPS: list[Step] = [
    Step("period", "Netwerk en periode", "Network and period"),
    Step("figures", "Cijfers nakijken", "Review the figures"),
    Step("criteria", "Procescriteria en resultaten", "Process criteria and results"),
    Step("narrative", "Toelichting", "Narrative"),
    Step("options", "Opties", "Options"),
    Step("preview", "Voorbeeld en export", "Preview and export"),
]


def new_state(network_id: str | None = None, period: str = "", lang: str = "nl") -> dict[str, Any]:
    return {
        "network_id": network_id, "period": period, "step": "period",
        "criteria": {k: {"ticked": False, "evidence": ""} for k, _, _ in PROCESS_CRITERIA},
        "results": {k: {"ticked": False, "evidence": ""} for k, _, _ in RESULTS},
        "narrative": dict.fromkeys(NARRATIVE_SECTIONS, ""), "highlights": "",
        # {"text": ..., "owner": ..., "due": "YYYY-MM-DD" or ""}: printed under Conclusies en aanbevelingen
        "recommendations": [],
        "options": default_options(lang),
    }


def validate(step: str, state: dict[str, Any]) -> list[str]:
    """Problems that keep the user on `step` (Dutch; the UI shows them as they are)."""
    problems: list[str] = []
    if step in ("period", "preview"):
        if not state.get("network_id"):
            problems.append("Kies een netwerk.")
        try:
            parse_period(state.get("period") or "")
        except Exception:
            problems.append("Kies een periode: een kalenderjaar (2026) of een werkjaar (2025-2026).")
    if step in ("criteria", "preview"):
        for group in ("criteria", "results"):
            for key, item in state.get(group, {}).items():
                if item.get("evidence") and not item.get("ticked"):
                    problems.append(f"Er staat bewijs bij '{key}' maar het is niet aangevinkt.")
    if step in ("options", "preview"):
        opts = state.get("options", {})
        if not opts.get("sections"):
            problems.append("Kies minstens één onderdeel voor het verslag.")
        unknown = set(opts.get("sections", [])) - {k for k, _, _ in SECTIONS}
        if unknown:
            problems.append(f"Onbekende onderdelen: {', '.join(sorted(unknown))}")
        if opts.get("lang") not in ("nl", "en"):
            problems.append("Kies Nederlands of Engels.")
        if len(str(opts.get("author") or "")) > 200:
            problems.append("‘Opgesteld door’ is te lang: houd het bij een naam of dienst (hoogstens 200 tekens).")
        threshold = opts.get("suppression", 0)
        if not isinstance(threshold, int) or not 0 <= threshold <= 20:
            problems.append("Kleine aantallen verbergen: kies een drempel van 0 tot 20.")
    return problems


def next_step(step: str) -> str | None:
    keys = [s.key for s in STEPS]
    i = keys.index(step)
    return keys[i + 1] if i + 1 < len(keys) else None


def previous_step(step: str) -> str | None:
    keys = [s.key for s in STEPS]
    i = keys.index(step)
    return keys[i - 1] if i > 0 else None


def advance(state: dict[str, Any]) -> dict[str, Any]:
    """Move to the next step when the current one is valid; raises ValueError with the problems."""
    problems = validate(state["step"], state)
    if problems:
        raise ValueError("\n".join(problems))
    out = copy.deepcopy(state)
    nxt = next_step(state["step"])
    if nxt is not None:
        out["step"] = nxt
    return out


def can_finish(state: dict[str, Any]) -> list[str]:
    return validate("preview", state)


def freeze_warnings(state: dict[str, Any], period_end: date | None, today: date,
                    lang: str = "nl") -> list[str]:
    """What the user should know before freezing a valid report: a period that has not ended yet,
    outcomes not yet assessable, a comparison with a provisional frozen report, narrative sections
    the report will include without text (a final report leaves them out), recommendations without
    an owner or a date, criteria and results not ticked."""
    en = lang == "en"
    out: list[str] = []
    if period_end is not None and period_end >= today:
        when = period_end.strftime("%d/%m/%Y")
        out.append(f"The period has not ended yet (it runs until {when}): what happens after today is not in "
                   "these figures." if en else
                   f"De periode is nog niet afgelopen (ze loopt tot {when}): wat na vandaag gebeurt, staat niet "
                   "in deze cijfers.")
    figures = (state.get("data") or {}).get("figures") or {}
    current = figures.get("current") or {}
    success = current.get("success_milestone")
    pending = int((current.get("not_yet_assessable") or {}).get(success or "", 0) or 0)
    if pending:
        out.append(f"{pending} trajectories of this period cannot be assessed yet (their check was not due): the report "
                   "shows them apart, and they do not count as failures." if en else
                   f"{pending} trajecten van deze periode zijn nog niet te beoordelen (hun controle was nog niet aan de "
                   "beurt): het verslag toont ze apart, ze tellen niet als mislukt.")
    previous = figures.get("previous_period") or {}
    if figures.get("previous_source") == "snapshot" and previous.get("provisional"):
        out.append("Last year's figures come from a report frozen before that period had ended: the comparison is "
                   "provisional." if en else
                   "De cijfers van vorig jaar komen uit een verslag dat bevroren werd vóór die periode afgelopen was: "
                   "de vergelijking is voorlopig.")
    chosen = set(state.get("options", {}).get("sections") or [])
    empty = [(en_title if en else nl_title) for key, nl_title, en_title in SECTIONS
             if key in NARRATIVE_SECTIONS and key in chosen and not str(state.get("narrative", {}).get(key, "")).strip()]
    if empty:
        out.append(("Sections without text: " if en else "Onderdelen zonder tekst: ") + ", ".join(empty))
    loose = [str(r.get("text") or "").strip() for r in state.get("recommendations") or []
             if str(r.get("text") or "").strip() and not (str(r.get("owner") or "").strip() and r.get("due"))]
    if loose:
        out.append(("Recommendations without an owner or a date: " if en else
                    "Aanbevelingen zonder wie of zonder datum: ") + ", ".join(f"‘{t}’" for t in loose))
    for group, nl_name, en_name, items in (("criteria", "procescriteria", "process criteria", PROCESS_CRITERIA),
                                            ("results", "resultaten", "results", RESULTS)):
        unticked = [k for k, _, _ in items if not state.get(group, {}).get(k, {}).get("ticked")]
        if unticked:
            out.append(f"{len(unticked)} of {len(items)} {en_name} not ticked" if en else
                       f"{len(unticked)} van de {len(items)} {nl_name} niet aangevinkt")
    return out
