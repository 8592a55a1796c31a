"""Overzicht: counts at a glance and what needs attention today, each item opening its record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.attention import attention_items
from app.services.overview import counts
from ui.context import AppContext
from ui.tabs.overview.model import AttentionModel

TAB_FOR_AREA = {"stakeholder": "stakeholders", "ambassador": "ambassadors", "trajectory": "trajectories",
                "signal": "activities", "activity": "activities", "privacy": "overview"}


def title(lang: str) -> str:
    return "Overview" if lang == "en" else "Overzicht"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.tiles = QGridLayout()
        self.tile_labels: dict[str, QLabel] = {}
        names = [("stakeholders", self.tr("stakeholders")), ("ambassadors", self.tr("ambassadeurs")),
                 ("trajectories", self.tr("trajecten")), ("signals", self.tr("signalen")),
                 ("activities", self.tr("activiteiten")), ("interactions", self.tr("contactmomenten"))]
        for i, (key, text) in enumerate(names):
            box = QLabel()
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setStyleSheet("QLabel { background: #f1f4f8; border-radius: 8px; padding: 12px; }")
            box.setProperty("caption", text)
            self.tile_labels[key] = box
            self.tiles.addWidget(box, 0, i)
        layout.addLayout(self.tiles)
        layout.addSpacing(8)
        self.attention_title = QLabel(self.tr("<b>Wat vraagt aandacht</b> (dubbelklik om te openen)"))
        layout.addWidget(self.attention_title)
        self.model = AttentionModel(ctx.lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Niets dringends vandaag: geen achterstallige contacten, mijlpalen of signalen."))
        self.empty.setStyleSheet("color: #2e7d32; padding: 12px;")
        layout.addWidget(self.empty)
        ctx.data_changed.connect(lambda _kind: self.refresh())

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        with self.ctx.session() as session:
            from app.services.common import network

            net = network(session, self.ctx.network_id)
            self.heading.setText(net.name)
            numbers = counts(session, self.ctx.network_id)
            items = attention_items(session, self.ctx.network_id, self.ctx.today())
        for key, box in self.tile_labels.items():
            box.setText(f"<span style='font-size:20pt; font-weight:600'>{numbers.get(key, 0)}</span><br>"
                        f"{box.property('caption')}")
        self.model.lang = self.ctx.lang
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def clear(self) -> None:
        self.heading.clear()
        for box in self.tile_labels.values():
            box.clear()
        self.model.set_items([])

    def open_record(self, record_id: str) -> None:
        del record_id

    def _open(self, index: QModelIndex) -> None:
        item = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if item is not None:
            self.ctx.navigate.emit(TAB_FOR_AREA.get(item.area, "overview"), item.record_id)
