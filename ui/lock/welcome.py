"""The welcome screen, shown whenever no vault is open: recent vaults (paths only), create, open,
and the demo vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.lock.passphrase import BusyBar


class WelcomePage(QWidget):
    open_path = Signal(str)
    create_requested = Signal()
    browse_requested = Signal()
    demo_requested = Signal()
    join_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(900)
        outer.addWidget(card, 6)
        outer.addStretch(1)
        col = QVBoxLayout(card)
        col.setSpacing(12)
        title = QLabel(self.tr("Welkom bij Verbind"))
        title.setObjectName("title")
        col.addWidget(title)
        intro = QLabel(self.tr("Breng je lokale spelers in kaart, volg je ambassadeurs en trajecten op en maak het "
                               "jaarverslag voor de stuurgroep. Alles staat versleuteld in één kluis op deze laptop."))
        intro.setWordWrap(True)
        col.addWidget(intro)
        col.addSpacing(8)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe kluis maken…"))
        self.open_button = QPushButton(self.tr("Kluis &openen…"))
        self.demo_button = QPushButton(self.tr("&Demokluis openen"))
        self.demo_button.setToolTip(self.tr("Een kluis met verzonnen voorbeeldgegevens om Verbind te verkennen."))
        self.join_button = QPushButton(self.tr("Deelnemen aan een &team…"))
        self.join_button.setToolTip(self.tr("Je kreeg een uitnodiging van je projectleider: maak er je eigen kluis mee."))
        for b in (self.new_button, self.open_button, self.demo_button, self.join_button):
            b.setObjectName("big")
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.browse_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.join_button.clicked.connect(self.join_requested)
        col.addLayout(buttons)
        self.busy = BusyBar()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("muted")
        self.busy_label.hide()
        col.addWidget(self.busy_label)
        col.addWidget(self.busy)
        col.addSpacing(12)
        heading = QLabel(self.tr("&Recente kluizen"))
        heading.setObjectName("heading")
        col.addWidget(heading)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.itemActivated.connect(self._activated)
        heading.setBuddy(self.recent)
        col.addWidget(self.recent, 1)
        self.empty = QLabel(self.tr("Nog geen recente kluizen. Maak een nieuwe kluis of verken eerst de demokluis."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        col.addStretch(1)
        self.set_recent(recent)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_path.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not Path(path).exists():
                item.setText(self.tr("{0}  (niet gevonden)").format(path))
                item.setToolTip(self.tr("Dit bestand staat niet meer op deze plaats."))
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent.setVisible(bool(recent))
        self.empty.setVisible(not recent)
        if recent:
            self.recent.setCurrentRow(0)

    def set_busy(self, text: str | None) -> None:
        """Show a busy bar with `text` (demo vault being made) or hide it with None."""
        busy = text is not None
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy_label.setText(text or "")
        for b in (self.new_button, self.open_button, self.demo_button, self.recent):
            b.setEnabled(not busy)
