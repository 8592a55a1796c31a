"""The columns of the dashboard's "Wat vraagt aandacht" list (AttentionItem rows)."""

from __future__ import annotations

from app.services.attention import AttentionItem
from ui.widgets.table import Column, TableModel

AREA_LABELS = {"stakeholder": ("Stakeholder", "Stakeholder"), "ambassador": ("Ambassadeur", "Ambassador"),
               "trajectory": ("Traject", "Trajectory"), "signal": ("Signaal", "Signal"),
               "activity": ("Activiteit", "Activity"), "privacy": ("Privacy", "Privacy")}
SEVERITY = {2: ("Te laat", "Overdue", "#b3261e"), 1: ("Binnenkort", "Due soon", "#b26a00"),
            0: ("Ter info", "For info", "#52606d")}
TITLE_COLUMN = 1


def _severity(item: AttentionItem) -> tuple[str, str, str]:
    return SEVERITY.get(item.severity, SEVERITY[0])


def attention_columns(lang: str) -> list[Column]:
    en = lang == "en"

    def pick(pair: tuple[str, str]) -> str:
        return pair[1] if en else pair[0]

    return [
        # most urgent first when sorted ascending: the raw value is minus the severity
        Column("severity", "Urgentie", "Urgency", lambda i: -i.severity,
               text=lambda i: _severity(i)[1 if en else 0], colour=lambda i: _severity(i)[2],
               mark=lambda i: _severity(i)[2]),
        Column("title", "Wat", "What", lambda i: i.title_en if en else i.title, colour=lambda i: _severity(i)[2],
               tooltip=lambda i: i.title_en if en else i.title),
        Column("area", "Soort", "Kind", lambda i: pick(AREA_LABELS.get(i.area, (i.area, i.area)))),
        Column("due_on", "Datum", "Date", lambda i: i.due_on),
    ]


class AttentionModel(TableModel):
    """The attention list: a TableModel over AttentionItem rows (id: the record to open)."""

    TITLE_COLUMN = TITLE_COLUMN

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(attention_columns(lang), lang, id_of=lambda i: i.record_id)

    def set_lang(self, lang: str) -> None:
        self.columns = attention_columns(lang)
        super().set_lang(lang)

    def set_items(self, items: list[AttentionItem]) -> None:
        self.set_rows(items)

    @property
    def items(self) -> list[AttentionItem]:
        return self.rows

    def item(self, row: int) -> AttentionItem | None:
        found: AttentionItem | None = self.row_at(row)
        return found
