"""Lazy stakeholder list model: rows come from SQL in pages (search, filters and sorting run in
the database), so the huge demo vault's 100k stakeholders never sit in memory or in widgets."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.domain.vocabulary import Category, Side, Stage, label
from app.formatting import fmt_date
from app.services import stakeholder as service

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 25


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    category: str
    side: str
    stage: str
    strength: int
    places: int | None
    next_contact: date | None


COLUMNS = (
    ("name", "Naam", "Name"), ("category", "Categorie", "Category"), ("side", "Zijde", "Side"),
    ("stage", "Relatiefase", "Stage"), ("strength", "Band", "Strength"),
    ("places_available", "Vrije plaatsen", "Places"), ("next_contact_on", "Volgend contact", "Next contact"),
)


class StakeholderModel(QAbstractTableModel):
    def __init__(self, session_factory: Callable[[], Session], network_id: str, today: Callable[[], date],
                 lang: str = "nl") -> None:
        super().__init__()
        self.session_factory = session_factory
        self.network_id = network_id
        self.today = today
        self.lang = lang
        self.filters = service.Filters()
        self.order_by = "name"
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Reset with the first page and the total from one query (search-as-you-type path)."""
        self.beginResetModel()
        self._pages.clear()
        with self.session_factory() as session:
            found, self._count = service.search_page(session, self.network_id, self.filters, order_by=self.order_by,
                                                     descending=self.descending, limit=PAGE, offset=0)
            self._pages[0] = [self._row(s) for s in found]
        self.endResetModel()

    @staticmethod
    def _row(s: Any) -> Row:
        return Row(s.id, s.name, s.category, s.side, s.stage, s.strength, s.places_available, s.next_contact_on)

    def set_filters(self, filters: service.Filters) -> None:
        self.filters = filters
        self.reload()

    def _page(self, number: int) -> list[Row]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        with self.session_factory() as session:
            found, _total = service.search_page(session, self.network_id, self.filters, order_by=self.order_by,
                                                descending=self.descending, limit=PAGE, offset=number * PAGE)
            rows = [self._row(s) for s in found]
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: str) -> int:
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == record_id:
                    return number * PAGE + i
        return -1

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][2 if self.lang == "en" else 1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col == 1:
                return label(Category(row.category), self.lang) if row.category in Category._value2member_map_ else row.category
            if col == 2:
                return label(Side(row.side), self.lang) if row.side in Side._value2member_map_ else row.side
            if col == 3:
                return label(Stage(row.stage), self.lang) if row.stage in Stage._value2member_map_ else row.stage
            if col == 4:
                return "●" * max(1, min(5, row.strength or 1))
            if col == 5:
                return "" if row.places is None else str(row.places)
            return fmt_date(row.next_contact)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and row.next_contact and row.next_contact < self.today():
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and row.next_contact and row.next_contact < self.today():
            return "Contact is achterstallig" if self.lang == "nl" else "Contact is overdue"
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order_by = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
