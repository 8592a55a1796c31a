"""Small widgets shared by the tabs: Belgian date field, enum combo boxes, a list table model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.domain.vocabulary import label
from app.formatting import fmt_date, parse_date

_Index = QModelIndex | QPersistentModelIndex


class DateEdit(QLineEdit):
    """A date typed as dd/mm/jjjj (empty allowed); `value()` raises ValueError with a Dutch hint."""

    def __init__(self, placeholder: str = "dd/mm/jjjj") -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(140)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, d: date | None) -> None:
        self.setText(fmt_date(d))


def enum_combo(enum: type[StrEnum], lang: str, empty: str | None = None,
               skip: Sequence[StrEnum] = ()) -> QComboBox:
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for member in enum:
        if member not in skip:
            box.addItem(label(member, lang), member.value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class ListModel(QAbstractTableModel):
    """A read-only table over a list of rows: columns are (header nl, header en, getter)."""

    def __init__(self, columns: Sequence[tuple[str, str, Callable[[Any], Any]]], lang: str = "nl",
                 colour: Callable[[Any], str | None] | None = None, colour_columns: Sequence[int] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.lang = lang
        self.colour = colour
        self.colour_columns = set(colour_columns) if colour_columns is not None else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            nl, en, _ = self.columns[section]
            return en if self.lang == "en" else nl
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][2](row)
            return fmt_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None and (
                self.colour_columns is None or index.column() in self.colour_columns):
            c = self.colour(row)
            return QColor(c) if c else None
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        getter = self.columns[column][2]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: (getter(r) is None, str(getter(r) or "")),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def wrapped(text: str = "", object_name: str | None = None) -> QLabel:
    """A label that wraps its text (explanations, hints, results)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if object_name:
        widget.setObjectName(object_name)
    return widget
