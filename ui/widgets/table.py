"""One table model for every list in the app, built from column definitions.

A `Column` names its key, its Dutch and English title, the raw value of a row (a number, a date, a
text) and optionally how that value is shown. Sorting uses the raw value, so 9 sorts before 10 and
31/01 before 01/02, whatever the display says. Rows come from a `ListSource` (a small list held in
memory, sorted in Python) or a `PagedSource` (a long list read from SQL a page at a time, sorted
and filtered in the database: the huge demo vault's 100k stakeholders never sit in memory)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.formatting import fmt_date

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts on


def shown(value: Any) -> str:
    """The default display of a raw value: dates as dd/mm/jjjj, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return fmt_date(value.date())
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


@dataclass(frozen=True)
class Column:
    key: str
    nl: str
    en: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None  # display; default `shown(value(row))`
    colour: Callable[[Any], str | None] | None = None  # text colour
    mark: Callable[[Any], str | None] | None = None  # a coloured square before the text
    tooltip: Callable[[Any], str | None] | None = None
    order_by: str | None = None  # the SQL sort key a PagedSource understands (default: key)

    def title(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


def sort_key(value: Any) -> tuple[int, Any]:
    """None last; texts case- and accent-insensitively; numbers and dates as themselves."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        import unicodedata

        folded = unicodedata.normalize("NFKD", value.casefold())
        return (0, "".join(c for c in folded if not unicodedata.combining(c)))
    return (0, value)


class PagedSource(Protocol):
    def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[Any], int]:
        """One page of rows in this order, and the total number of rows."""
        ...


class CappedSource(PagedSource, Protocol):
    """A paged source whose first page counts no further than `count_cap` rows (a total above it
    means "more"), so a search that matches most of a huge list is not counted to the end on every
    keystroke; `count` gives the exact number when the user scrolls to the end."""

    count_cap: int

    def count(self) -> int:
        ...


class TableModel(QAbstractTableModel):
    """Read-only rows under `columns`. `UserRole` gives a row's id, `SORT_ROLE` its raw value."""

    PAGE = 200
    MAX_PAGES = 25

    def __init__(self, columns: Sequence[Column], lang: str = "nl", source: PagedSource | None = None,
                 id_of: Callable[[Any], Any] = lambda row: getattr(row, "id", None)) -> None:
        super().__init__()
        self.columns = list(columns)
        self.lang = lang
        self.source = source
        self.id_of = id_of
        self.rows: list[Any] = []  # a list source's rows
        self.order: tuple[int, bool] | None = None  # (column, descending)
        self._count = 0
        self.more = False  # a capped source has more rows than the `_count` shown (see `fetchMore`)
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        if source is not None:
            self.order = (0, False)
            self.reload()

    # -- rows ------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace a list source's rows (kept in the current sort order)."""
        self.beginResetModel()
        self.rows = list(rows)
        if self.order is not None:
            self._sort_rows(*self.order)
        self.endResetModel()

    def reload(self) -> None:
        """A paged source: the first page and the total again (after a filter or a write)."""
        assert self.source is not None
        self.beginResetModel()
        self._pages.clear()
        first, total = self._fetch(0)
        cap: int | None = getattr(self.source, "count_cap", None)
        self.more = cap is not None and total > cap
        self._count = cap if cap is not None and self.more else total
        self._pages[0] = first
        self.endResetModel()

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self.more

    def fetchMore(self, parent: _Index = _ROOT) -> None:  # noqa: N802
        """The view reached the last of the capped rows: count them all and show the rest."""
        if parent.isValid() or not self.more:
            return
        self.more = False  # asked once, however the count goes
        total = self.source.count()  # type: ignore[union-attr]
        if total > self._count:
            self.beginInsertRows(_ROOT, self._count, total - 1)
            self._count = total
            self.endInsertRows()

    def _fetch(self, page: int) -> tuple[list[Any], int]:
        assert self.source is not None
        column, descending = self.order or (0, False)
        col = self.columns[column]
        return self.source.fetch(col.order_by or col.key, descending, self.PAGE, page * self.PAGE)

    def _page(self, number: int) -> list[Any]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        rows, _total = self._fetch(number)
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> Any:
        if self.source is None:
            return self.rows[row] if 0 <= row < len(self.rows) else None
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: Any) -> int:
        """The row showing `record_id` (of the pages loaded so far), or -1."""
        if self.source is None:
            return next((i for i, r in enumerate(self.rows) if self.id_of(r) == record_id), -1)
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if self.id_of(r) == record_id:
                    return number * self.PAGE + i
        return -1

    def set_lang(self, lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        self.endResetModel()

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self.rows) if self.source is None else self._count

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].title(self.lang)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row) if col.text is not None else shown(col.value(row))
        if role == Qt.ItemDataRole.UserRole:
            return self.id_of(row)
        if role == SORT_ROLE:
            return col.value(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.DecorationRole and col.mark is not None:
            colour = col.mark(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(col.value(row), int | float) \
                and not isinstance(col.value(row), bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_rows(self, column: int, descending: bool) -> None:
        value = self.columns[column].value
        self.rows.sort(key=lambda r: sort_key(value(r)), reverse=False)
        if descending:  # None stays last either way
            present = [r for r in self.rows if sort_key(value(r))[0] == 0]
            self.rows = present[::-1] + self.rows[len(present):]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.order = (column, descending)
        if self.source is not None:
            self.reload()
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self.rows[i.row()], i.column()) for i in before]
        self._sort_rows(column, descending)
        position = {id(r): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(before, [self.index(position[id(r)], c) for r, c in held])
        self.layoutChanged.emit()


def read_only_rows(view: QTableView) -> None:
    """How every list in Verbind behaves: one whole row chosen at a time, nothing edited in a cell,
    no row numbers, one line per row."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)


class Table(QTableView):
    """A read-only, sortable list view over a TableModel of plain rows: what dialogs use instead of
    copying cells into a QTableWidget (so numbers and dates sort as themselves)."""

    def __init__(self, columns: Sequence[Column], lang: str = "nl", sortable: bool = True,
                 id_of: Callable[[Any], Any] = lambda row: getattr(row, "id", None)) -> None:
        super().__init__()
        self.table_model = TableModel(columns, lang, id_of=id_of)
        self.setModel(self.table_model)
        read_only_rows(self)
        # rows keep the order they were given in until the user clicks a column header
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sortable)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.table_model.set_rows(rows)

    def rowCount(self) -> int:  # noqa: N802 - reads like the QTableWidget it replaces
        return self.table_model.rowCount()

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        return str(self.table_model.data(self.table_model.index(row, column)) or "")

    def selected(self) -> Any:
        """The selected row's data (None when nothing is selected)."""
        chosen = self.selectionModel().selectedRows()
        return self.table_model.row_at(chosen[0].row()) if chosen else None
