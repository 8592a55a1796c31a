"""What needs attention today, gathered from every area (the dashboard's extension point).

Each area's service module may define
    attention_items(session, network_id, today) -> list[AttentionItem]
and is listed in AREAS; the dashboard shows the union, most urgent first.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

AREAS = ("stakeholder", "ambassador", "ambassador_advice", "recruiting", "requests", "activity", "signal", "governance",
         "trajectory", "barriers", "privacy")


@dataclass(frozen=True)
class AttentionItem:
    area: str  # "stakeholder", "ambassador", ...: also the GUI tab key that opens the record
    severity: int  # 2 = overdue/red, 1 = due soon/amber, 0 = info
    title: str  # Dutch, short ("Contact met Jeugdhuis Kavka is 5 dagen te laat")
    title_en: str
    record_id: str
    due_on: date | None = None


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    items: list[AttentionItem] = []
    for area in AREAS:
        try:
            module = importlib.import_module(f"app.services.{area}")
        except ModuleNotFoundError:
            continue
        provider = getattr(module, "attention_items", None)
        if provider is not None:
            items.extend(provider(session, network_id, today))
    items.sort(key=lambda i: (-i.severity, i.due_on or date.max, i.title))
    return items
