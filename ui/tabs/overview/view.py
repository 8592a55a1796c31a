"""Overzicht (dashboard): counts at a glance for the current network and working or calendar year,
and "Wat vraagt aandacht" — every area's attention items, each opening its record in its tab."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import fmt_date
from app.periods import Period
from app.services.attention import attention_items
from app.services.common import network
from app.services.network import current_period
from app.services.overview import dashboard_counts
from ui import ops
from ui.context import AppContext
from ui.tabs.overview.model import AttentionModel
from ui.widgets.table import read_only_rows

TAB_FOR_AREA = {"stakeholder": "stakeholders", "ambassador": "ambassadors", "trajectory": "trajectories",
                "signal": "activities", "activity": "activities"}


def title(lang: str) -> str:
    return "Overview" if lang == "en" else "Overzicht"


class Tile(QFrame):
    """A number with a caption underneath."""

    def __init__(self, caption: str, tooltip: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        self.number.setObjectName("tileNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setToolTip(tooltip)

    def set_value(self, value: int | None) -> None:
        self.number.setText("–" if value is None else str(value))


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.period: Period | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        self.heading.setObjectName("title")
        layout.addWidget(self.heading)
        self.subheading = QLabel()
        self.subheading.setObjectName("muted")
        layout.addWidget(self.subheading)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles: dict[str, Tile] = {}
        specs = self._specs()
        for i, (key, caption, tip) in enumerate(specs):
            tile = Tile(caption, tip)
            self.tiles[key] = tile
            grid.addWidget(tile, 0, i)
        layout.addLayout(grid)
        layout.addSpacing(12)
        self.attention_title = QLabel(self.tr("Wat vraagt aandacht"))
        self.attention_title.setObjectName("heading")
        layout.addWidget(self.attention_title)
        self.attention_hint = QLabel(self.tr("Dubbelklik of druk op Enter om het record te openen."))
        self.attention_hint.setObjectName("muted")
        layout.addWidget(self.attention_hint)
        self.model = AttentionModel(ctx.lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttentionModel.TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.attention_title.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Niets dringends vandaag. Geen contacten, mijlpalen, voordrachten of signalen "
                                    "die op je wachten."))
        self.empty.setObjectName("calm")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.empty, 1)
        self.empty.hide()

    def _specs(self) -> list[tuple[str, str, str]]:
        """Tile key, caption, tooltip; the captions follow the working/calendar year setting."""
        year = self.tr("dit werkjaar") if self.ctx.settings.year_mode == "working" else self.tr("dit jaar")
        return [
            ("stakeholders", self.tr("stakeholders"), self.tr("Lokale spelers in kaart gebracht")),
            ("ambassadors", self.tr("ambassadeurs"), self.tr("Aangestelde en actieve ambassadeurs")),
            ("open_trajectories", self.tr("lopende trajecten"), self.tr("Trajecten die nog niet afgesloten zijn")),
            ("started_trajectories", self.tr("trajecten gestart {0}").format(year),
             self.tr("Trajecten met een startdatum in deze periode")),
            ("open_signals", self.tr("open signalen"), self.tr("Signalen die nieuw of doorgegeven zijn")),
            ("activities", self.tr("activiteiten {0}").format(year), self.tr("Activiteiten in deze periode")),
            ("contacts", self.tr("contactmomenten {0}").format(year),
             self.tr("Contactmomenten met stakeholders in deze periode")),
        ]

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        today = self.ctx.today()
        network_id, mode = self.ctx.network_id, self.ctx.settings.year_mode
        with ops.reading(self.ctx) as session:
            net = network(session, network_id)
            name = net.name
            self.period = current_period(net, today, mode)  # the network's own working year
            numbers = dashboard_counts(session, network_id, self.period.start, self.period.end)
            items = attention_items(session, network_id, today)
        self.heading.setText(name)
        kind = self.tr("Werkjaar") if self.period.is_working_year else self.tr("Kalenderjaar")
        self.subheading.setText(self.tr("Stand op {0} · {1} {2} ({3} – {4})").format(
            fmt_date(today), kind, self.period.label, fmt_date(self.period.start), fmt_date(self.period.end)))
        for key, caption, _tip in self._specs():
            self.tiles[key].caption.setText(caption)
            self.tiles[key].set_value(numbers.get(key, 0))
        if self.model.lang != self.ctx.lang:
            self.model.set_lang(self.ctx.lang)
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.attention_hint.setVisible(bool(items))
        self.empty.setVisible(not items)

    def clear(self) -> None:
        self.heading.clear()
        self.subheading.clear()
        for tile in self.tiles.values():
            tile.set_value(None)
        self.model.set_items([])

    def open_record(self, record_id: str) -> None:
        """The dashboard has no records of its own; show the row for that record if it is listed."""
        for row, item in enumerate(self.model.items):
            if item.record_id == record_id:
                self.table.selectRow(row)
                return

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and item.area in TAB_FOR_AREA:
            self.ctx.navigate.emit(TAB_FOR_AREA[item.area], item.record_id)
