"""Table model of the dashboard's "Wat vraagt aandacht" list (AttentionItem rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.formatting import fmt_date
from app.services.attention import AttentionItem

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

AREA_LABELS = {"stakeholder": ("Stakeholder", "Stakeholder"), "ambassador": ("Ambassadeur", "Ambassador"),
               "trajectory": ("Traject", "Trajectory"), "signal": ("Signaal", "Signal"),
               "activity": ("Activiteit", "Activity"), "privacy": ("Privacy", "Privacy")}
SEVERITY = {2: ("Te laat", "Overdue", "#b3261e"), 1: ("Binnenkort", "Due soon", "#b26a00"),
            0: ("Ter info", "For info", "#52606d")}


class AttentionModel(QAbstractTableModel):
    HEADERS = (("Urgentie", "Urgency"), ("Wat", "What"), ("Soort", "Kind"), ("Datum", "Date"))
    TITLE_COLUMN = 1

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.items: list[AttentionItem] = []
        self.lang = lang

    def _pick(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.lang == "en" else pair[0]

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        self.endResetModel()

    def item(self, row: int) -> AttentionItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return self._pick(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        col = index.column()
        nl, en, colour = SEVERITY.get(item.severity, SEVERITY[0])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return en if self.lang == "en" else nl
            if col == 1:
                return item.title_en if self.lang == "en" else item.title
            if col == 2:
                return self._pick(AREA_LABELS.get(item.area, (item.area, item.area)))
            return fmt_date(item.due_on) if item.due_on else ""
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(colour)
        if role == Qt.ItemDataRole.ForegroundRole and col in (0, 1):
            return QColor(colour)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return item.title_en if self.lang == "en" else item.title
        if role == Qt.ItemDataRole.UserRole:
            return item.record_id
        return None
