"""Table model of the dashboard's attention items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.formatting import fmt_date
from app.services.attention import AttentionItem

_Index = QModelIndex | QPersistentModelIndex
AREA_LABELS = {"stakeholder": ("Stakeholder", "Stakeholder"), "ambassador": ("Ambassadeur", "Ambassador"),
               "trajectory": ("Traject", "Trajectory"), "signal": ("Signaal", "Signal"),
               "activity": ("Activiteit", "Activity"), "privacy": ("Privacy", "Privacy")}


class AttentionModel(QAbstractTableModel):
    HEADERS = (("Wat", "What"), ("Soort", "Kind"), ("Datum", "Date"))

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.items: list[AttentionItem] = []
        self.lang = lang

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            nl, en = self.HEADERS[section]
            return en if self.lang == "en" else nl
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.title_en if self.lang == "en" else item.title
            if col == 1:
                nl, en = AREA_LABELS.get(item.area, (item.area, item.area))
                return en if self.lang == "en" else nl
            return fmt_date(item.due_on)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return QColor("#b3261e") if item.severity >= 2 else QColor("#8a5300") if item.severity == 1 else None
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None
