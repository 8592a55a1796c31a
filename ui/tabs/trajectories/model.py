"""The trajectory list's columns (the rows are `app.services.trajectory_views.TrajectoryRow`, read
from SQL a page at a time; the column keys are that module's sort keys). Never the name."""

from __future__ import annotations

from app.domain.vocabulary import MilestoneKind, TrajectoryStatus, label
from app.services.trajectory_views import TrajectoryRow
from ui.widgets.table import Column

OVERDUE = "#b3261e"
STARTED_COLUMN = 7  # the list opens newest first, as it always did


def _milestone(kind: str | None, lang: str) -> str:
    if kind and kind in MilestoneKind._value2member_map_:
        return label(MilestoneKind(kind), lang)
    return kind or ""


def trajectory_columns(lang: str) -> list[Column]:
    def red(r: TrajectoryRow) -> str | None:
        return OVERDUE if r.overdue else None

    def overdue_tip(r: TrajectoryRow) -> str | None:
        if not r.overdue:
            return None
        return "This milestone should have been checked" if lang == "en" else "Deze mijlpaal had gecheckt moeten zijn"

    return [
        Column("code", "Code", "Code", lambda r: r.code),
        Column("birth_year", "Geboortejaar", "Birth year", lambda r: r.birth_year),
        Column("neighbourhood", "Wijk", "Neighbourhood", lambda r: r.neighbourhood),
        Column("worker", "Begeleider", "Worker", lambda r: r.worker),
        Column("status", "Status", "Status", lambda r: r.status,
               text=lambda r: label(TrajectoryStatus(r.status), lang)
               if r.status in TrajectoryStatus._value2member_map_ else r.status),
        Column("next_kind", "Volgende mijlpaal", "Next milestone", lambda r: r.next_kind,
               text=lambda r: _milestone(r.next_kind, lang), colour=red),
        Column("next_due", "Te checken", "Due", lambda r: r.next_due, colour=red, tooltip=overdue_tip),
        Column("started_on", "Eerste contact", "First contact", lambda r: r.started_on),
    ]
