"""What an exchange changed, per kind of record, in the user's words."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.labels import TABLE_LABELS, table_label

# the tabs' data kinds (AppContext.data_changed) each table belongs to
DATA_KIND: dict[str, str] = {
    "stakeholder": "stakeholder", "contact_person": "stakeholder", "interaction": "stakeholder",
    "stage_change": "stakeholder", "ambassador": "ambassador", "ambassador_status_change": "ambassador", "ambassador_contact": "ambassador", "recruiting_call": "ambassador",
    "third_party_request": "ambassador",
    "trajectory": "trajectory", "trajectory_offer": "trajectory", "trajectory_barrier": "trajectory",
    "support_given": "trajectory", "milestone": "trajectory", "activity": "activity",
    "activity_participant": "activity", "signal": "signal", "signal_status_change": "signal",
    "routing_rule": "signal", "network": "network", "steering_member": "network", "steering_meeting": "network",
    "indicator": "network", "barrier_action": "network", "indicator_target": "network", "group_phase_entry": "network",
    "attachment": "network", "agreement_version": "network",
    "topic_rule": "signal", "commitment": "activity", "council_meeting": "activity",
}


@dataclass(frozen=True)
class KindSummary:
    kind: str  # label, e.g. "Stakeholder"
    new: int
    changed: int
    deleted: int


def summarize(ops: dict[str, dict[str, int]], lang: str = "nl") -> list[KindSummary]:
    """Per kind of record the user knows; bookkeeping (the audit log) is left out."""
    rows = [KindSummary(table_label(t, lang), n.get("INSERT", 0), n.get("UPDATE", 0), n.get("DELETE", 0))
            for t, n in ops.items() if t in TABLE_LABELS]
    return sorted(rows, key=lambda r: r.kind)


def data_kinds(ops: dict[str, dict[str, int]]) -> set[str]:
    return {DATA_KIND[t] for t in ops if t in DATA_KIND}
