"""Auditlogboek: who changed which record and which fields, when — never the values. Filters on the
kind of record, the action and a date range; rows are read from SQL page by page (the log grows)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.labels import TABLE_LABELS, field_label, table_label
from app.formatting import fmt_datetime
from app.services import audit_log
from ui import ops
from ui.context import AppContext
from ui.widgets.common import DateEdit, wrapped

ACTION_LABELS = {
    "create": ("aangemaakt", "created"), "update": ("gewijzigd", "changed"), "delete": ("verwijderd", "deleted"),
    "erase": ("gewist (AVG)", "erased (GDPR)"), "purge": ("opgeschoond", "purged"),
    "export": ("geëxporteerd", "exported"),
}
PAGE = 500
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Audit entries, newest first, fetched PAGE rows at a time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[audit_log.AuditRow] = []
        self.total = 0
        self.filters: dict[str, Any] = {}
        self.headers = [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Soort record"),
                        self.tr("Record"), self.tr("Velden")]

    def _filters(self) -> audit_log.AuditFilters:
        f = self.filters
        return audit_log.AuditFilters(f.get("table") or "", f.get("action") or "", f.get("from"), f.get("to"))

    def reload(self, filters: dict[str, Any]) -> None:
        self.beginResetModel()
        self.filters = filters
        wanted = self._filters()
        self.total = ops.read(self.ctx, lambda s: audit_log.count(s, wanted))
        self.rows = ops.read(self.ctx, lambda s: audit_log.page(s, wanted, 0, PAGE))
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        start, wanted = len(self.rows), self._filters()
        more = ops.read(self.ctx, lambda s: audit_log.page(s, wanted, start, PAGE))
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        i = 0 if self.ctx.lang == "nl" else 1
        col = index.column()
        if col == 0:
            return fmt_datetime(e.at)
        if col == 1:
            return e.actor
        if col == 2:
            return ACTION_LABELS.get(e.action, (e.action, e.action))[i]
        if col == 3:
            return table_label(e.table_name, self.ctx.lang)
        if col == 4:
            return e.record_id[:8]
        return ", ".join(field_label(f, self.ctx.lang) for f in (e.fields or []) if f != "id")


class AuditViewer(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Auditlogboek"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        intro = wrapped(self.tr("Wie wanneer welk record wijzigde en welke velden. De waarden zelf staan nooit in het "
                               "logboek; na een wissing (AVG) blijft enkel staan dat er gewist werd."))
        layout.addWidget(intro)
        i = 0 if ctx.lang == "nl" else 1
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle soorten"), "")
        for table, labels in sorted(TABLE_LABELS.items(), key=lambda kv: kv[1][i]):
            self.kind.addItem(labels[i], table)
        self.action = QComboBox()
        self.action.addItem(self.tr("Alle acties"), "")
        for action, labels in ACTION_LABELS.items():
            self.action.addItem(labels[i], action)
        self.date_from = DateEdit(self.tr("van dd/mm/jjjj"))
        self.date_to = DateEdit(self.tr("tot dd/mm/jjjj"))
        self.date_from.returnPressed.connect(self.apply)
        self.date_to.returnPressed.connect(self.apply)
        apply = QPushButton(self.tr("&Filteren"))
        apply.setDefault(True)
        apply.clicked.connect(self.apply)
        for w in (self.kind, self.action, self.date_from, self.date_to, apply):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = AuditModel(ctx, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        layout.addWidget(self.count)
        self.kind.currentIndexChanged.connect(self.apply)
        self.action.currentIndexChanged.connect(self.apply)
        self.apply()

    def apply(self) -> None:
        try:
            start: date | None = self.date_from.value()
            end: date | None = self.date_to.value()
        except ValueError as exc:
            self.count.setText(str(exc))
            return
        self.model.reload({"table": self.kind.currentData(), "action": self.action.currentData(),
                           "from": start, "to": end})
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("{0} regels").format(self.model.total) if self.model.total else
                           self.tr("Geen regels die aan de filter voldoen."))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    AuditViewer(ctx, parent).exec()
