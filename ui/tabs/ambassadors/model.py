"""The roster's columns (the rows are `app.services.ambassador_views.RosterRow`): each column sorts
on its raw value — the status in pipeline order, the term end as a date, the podium as a number."""

from __future__ import annotations

from app.domain.vocabulary import AmbassadorStatus, MotivationProfile, label
from app.services import ambassador as service
from app.services.ambassador_views import RosterRow
from ui.widgets.table import Column

LIGHT_COLOURS = {"red": "#c62828", "amber": "#ef8f00", "green": "#2e7d32"}
PODIUM_COLUMN = 4


def _status(r: RosterRow, lang: str) -> str:
    return label(AmbassadorStatus(r.status), lang) if r.status in AmbassadorStatus._value2member_map_ else r.status


def _profile(r: RosterRow, lang: str) -> str:
    value = r.motivation_profile or ""
    return label(MotivationProfile(value), lang) if value in MotivationProfile._value2member_map_ else ""


def _step(r: RosterRow) -> tuple[int, str]:
    """Sorts in pipeline order (a pair, not a bare number, so the text stays left-aligned)."""
    step = next((i for i, s in enumerate(service.PIPELINE) if s.value == r.status), len(service.PIPELINE))
    return step, r.status


def roster_columns(lang: str) -> list[Column]:
    return [
        Column("name", "Naam", "Name", lambda r: r.name),
        Column("status", "Status", "Status", _step, text=lambda r: _status(r, lang)),
        Column("term_end", "Mandaat tot", "Term until", lambda r: r.term_end),
        Column("motivation_profile", "Motivatieprofiel", "Motivation", lambda r: _profile(r, lang)),
        Column("podium", "Podium", "Podium", lambda r: r.podium if r.light else None,
               text=lambda r: f"●  {r.podium}" if r.light else "",
               colour=lambda r: LIGHT_COLOURS[r.light] if r.light else None),
        Column("area", "Dorp/wijk", "Area", lambda r: r.area),
    ]
