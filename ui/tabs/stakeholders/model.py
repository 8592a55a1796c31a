"""The stakeholder list's columns (the rows are `app.services.stakeholder.ListRow`, read from SQL a
page at a time; the column keys are the service's sort keys)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from app.domain.vocabulary import Category, Side, Stage, label
from ui.widgets.table import Column


def _label(enum: type[StrEnum], value: str, lang: str) -> str:
    return label(enum(value), lang) if value in enum._value2member_map_ else value


def stakeholder_columns(lang: str, today: Callable[[], date]) -> list[Column]:
    def overdue(r: object) -> bool:
        nxt = getattr(r, "next_contact_on", None)
        return nxt is not None and nxt < today()

    return [
        Column("name", "Naam", "Name", lambda r: r.name),
        Column("category", "Categorie", "Category", lambda r: r.category,
               text=lambda r: _label(Category, r.category, lang)),
        Column("side", "Zijde", "Side", lambda r: r.side, text=lambda r: _label(Side, r.side, lang)),
        Column("stage", "Relatiefase", "Stage", lambda r: r.stage, text=lambda r: _label(Stage, r.stage, lang)),
        Column("strength", "Band", "Strength", lambda r: r.strength,
               text=lambda r: "●" * max(1, min(5, r.strength or 1))),
        Column("places_available", "Vrije plaatsen", "Places", lambda r: r.places_available),
        Column("next_contact_on", "Volgend contact", "Next contact", lambda r: r.next_contact_on,
               colour=lambda r: "#b3261e" if overdue(r) else None,
               tooltip=lambda r: ("Contact is overdue" if lang == "en" else "Contact is achterstallig")
               if overdue(r) else None),
    ]
