"""The figures of a frozen annual report as they travel to the hub: the numbers the steering
group saw, with the report's own small-count suppression applied (app.reports.disclosure), and
nothing else — no name, no free text, no id of a person. A count the report printed as "< 5" or
"x" travels as that text, never as its number, so the hub cannot print what the report hid."""

from __future__ import annotations

from typing import Any

from app.domain.vocabulary import MilestoneKind, NetworkKind, Stage
from app.reports.disclosure import HIDDEN, SMALL, Shown

FORMAT = 1
STAGES = [s.value for s in Stage]

Count = int | str | None  # a number as printed, "< N" / "x" when suppressed, None when not counted


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(round(float(value)))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _small(value: Any, threshold: int) -> Count:
    """Primary suppression only, as the report's trend table prints a child count."""
    n = _int(value)
    if n is None:
        return None
    return f"< {threshold}" if 0 < n < threshold else n


def as_printed(payload: dict[str, Any]) -> dict[str, Any]:
    """The hub's copy of a final snapshot's figures (a plain, whitelisted dict)."""
    data = payload.get("data") or {}
    options = payload.get("options") or {}
    threshold = int(options.get("suppression", 5) or 0)
    figures = data.get("figures") or {}
    cur = figures.get("current") or {}
    net = data.get("network") or {}
    own_all = data.get("kind") or {}
    kind = str(net.get("kind") or own_all.get("kind") or NetworkKind.CONNECTION.value)
    own = own_all.get(kind) or {}
    success = str(cur.get("success_milestone") or net.get("success_milestone") or MilestoneKind.STILL_ACTIVE.value)
    shown = Shown.for_figures(cur, threshold, success)

    def cell(name: str) -> Count:
        if not shown.known(name):
            return None
        state = shown.state(name)
        if state == SMALL:
            return f"< {threshold}"
        if state == HIDDEN:
            return "x"
        return _int(shown.value(name))

    rate = shown.rate(success) if cur else None
    podium = cur.get("podium_per_ambassador")
    by_stage = {s: int(n) for s, n in (cur.get("stakeholders_by_stage") or {}).items() if s in STAGES and _int(n)}
    by_side = cur.get("stakeholders_by_side") or {}
    period = data.get("period") or {}
    trend = []
    for entry in data.get("trend") or []:
        values = entry.get("values") or {}
        trend.append({"label": str(entry.get("label") or ""),
                      "started": _small(values.get("started"), threshold),
                      "successful": _small(values.get("successful"), threshold),
                      "podium_total": _int(values.get("podium_total")),
                      "signals_handled": _int(values.get("signals_handled")),
                      "new_relations": _int(values.get("new_relations")),
                      "network_size": _int(values.get("network_size")),
                      "reached": _int(values.get("reached"))})
    distribution = own.get("podium_distribution") or {}
    relations = own.get("relations") or {}
    return {
        "format": FORMAT,
        "kind": kind,
        "threshold": threshold,
        "period": {"label": str(period.get("label") or ""), "start": period.get("start"), "end": period.get("end"),
                   "as_of": period.get("as_of"), "provisional": bool(period.get("provisional"))},
        "made_on": data.get("made_on"),
        "success_milestone": success,
        "followup_months": _int(cur.get("followup_months") or net.get("followup_months")),
        "trajectories": {"started": cell("started"), "successful": cell("successful"),
                         "not_yet_assessable": cell("pending.successful"),
                         "success_rate": None if rate is None else round(rate, 4)},
        "network_size": _int(cur.get("network_size")),
        "podium_total": sum(int(v) for v in podium.values()) if isinstance(podium, dict) else None,
        "podium_target_met": _int(distribution.get("target")) if kind == NetworkKind.ENTREPRENEUR.value else None,
        "signals_raised": _int(cur.get("signals_raised")),
        "signals_handled": _int(cur.get("signals_handled")),
        "answered_in_time": _int(own.get("answered_in_time")) if kind == NetworkKind.NEIGHBOURHOOD.value else None,
        "new_relations": _int(cur.get("new_relations")),
        "relations_expanded": _int(relations.get("expanded")) if kind == NetworkKind.LOCAL.value else None,
        "reached": sum(int(n) for n in by_side.values() if _int(n)) if cur else None,
        "by_stage": by_stage,
        "fte": _float(net.get("fte")),
        "budget_eur": _float(net.get("budget_eur")),
        "staff_budget_eur": _float(net.get("staff_budget_eur")),
        "trend": trend,
    }
