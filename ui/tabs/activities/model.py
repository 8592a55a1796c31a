"""The columns of the activity list (rows: `app.services.activity.ActivityRow`) and of the signal
list (rows: `app.services.signal.SignalRow`). Values are raw (dates, counts) so they sort as such."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from app.domain.vocabulary import ActivityKind, SignalStatus, label
from app.services import signal as sig_service
from ui.widgets.table import Column

OVERDUE = "#b3261e"


def _label(enum: type[StrEnum], value: str, lang: str) -> str:
    return label(enum(value), lang) if value in enum._value2member_map_ else value


def activity_columns(lang: str) -> list[Column]:
    return [
        Column("held_on", "Datum", "Date", lambda r: r.held_on),
        Column("kind", "Soort", "Kind", lambda r: _label(ActivityKind, r.kind, lang)),
        Column("title", "Titel", "Title", lambda r: r.title),
        Column("place", "Plaats", "Place", lambda r: r.place),
        Column("attended", "Deelnemers", "Participants", lambda r: r.attended),
    ]


def signal_columns(lang: str, today: Callable[[], date]) -> list[Column]:
    def overdue(r: sig_service.SignalRow) -> str | None:
        return OVERDUE if sig_service.is_overdue(r.status, r.due_on, today()) else None

    def tip(r: sig_service.SignalRow) -> str | None:
        if not overdue(r):
            return None
        return "The answer is overdue" if lang == "en" else "Het antwoord is te laat"

    return [
        Column("raised_on", "Gemeld op", "Raised", lambda r: r.raised_on, colour=overdue, tooltip=tip),
        Column("topic", "Onderwerp", "Topic", lambda r: r.topic, colour=overdue),
        Column("area", "Wijk/deelgemeente", "Area", lambda r: r.area, colour=overdue),
        Column("responsible", "Verantwoordelijke", "Responsible", lambda r: r.responsible, colour=overdue),
        Column("status", "Status", "Status", lambda r: _label(SignalStatus, r.status, lang), colour=overdue),
        Column("due_on", "Antwoord tegen", "Due", lambda r: r.due_on, colour=overdue, tooltip=tip),
    ]
