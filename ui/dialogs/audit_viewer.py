"""Auditlogboek: who changed which record and which fields, when — never the values. Filters on the
kind of record, the action and a date range; rows are read from SQL page by page (the log grows)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
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
from ui.widgets.table import Column, TableModel

ACTION_LABELS = {
    "create": ("aangemaakt", "created"), "update": ("gewijzigd", "changed"), "delete": ("verwijderd", "deleted"),
    "erase": ("gewist (AVG)", "erased (GDPR)"), "purge": ("opgeschoond", "purged"),
    "export": ("geëxporteerd", "exported"),
}
PAGE = 500
Index = QModelIndex | QPersistentModelIndex


def audit_columns(lang: str) -> list[Column]:
    i = 0 if lang == "nl" else 1
    return [
        Column("at", "Wanneer", "When", lambda e: e.at, text=lambda e: fmt_datetime(e.at)),
        Column("actor", "Wie", "Who", lambda e: e.actor),
        Column("action", "Wat", "What", lambda e: ACTION_LABELS.get(e.action, (e.action, e.action))[i]),
        Column("table", "Soort record", "Kind of record", lambda e: table_label(e.table_name, lang)),
        Column("record", "Record", "Record", lambda e: e.record_id[:8]),
        Column("fields", "Velden", "Fields",
               lambda e: ", ".join(field_label(f, lang) for f in (e.fields or []) if f != "id")),
    ]


class AuditModel(TableModel):
    """Audit entries, newest first, read from SQL PAGE rows at a time (the log only grows)."""

    PAGE = PAGE

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.filters = audit_log.AuditFilters()
        super().__init__(audit_columns(ctx.lang), ctx.lang, source=self, id_of=lambda e: (e.at, e.record_id))

    def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[Any], int]:
        wanted = self.filters  # always newest first: the order of a log
        return ops.read(self.ctx, lambda s: (audit_log.page(s, wanted, offset, limit), audit_log.count(s, wanted)))

    @property
    def total(self) -> int:
        return self.rowCount()

    def pages_read(self) -> int:
        return len(self._pages)

    def set_filters(self, filters: audit_log.AuditFilters) -> None:
        self.filters = filters
        self.reload()


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
        self.model = AuditModel(ctx)
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
        self.model.set_filters(audit_log.AuditFilters(self.kind.currentData() or "", self.action.currentData() or "",
                                                      start, end))
        self.view.resizeColumnsToContents()
        total = self.model.total
        filtered = bool(self.kind.currentData() or self.action.currentData() or start or end)
        empty = (self.tr("Geen regels die aan de filter voldoen.") if filtered else
                 self.tr("Het logboek is nog leeg: elke wijziging die iemand in deze kluis maakt, komt hier te staan."))
        self.count.setText(self.tr("1 regel") if total == 1 else self.tr("{0} regels").format(total) if total else empty)


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    AuditViewer(ctx, parent).exec()
