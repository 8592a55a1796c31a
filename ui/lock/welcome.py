"""The welcome screen: recent vaults (paths only), create, open, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    open_path = Signal(str)
    create_requested = Signal()
    browse_requested = Signal()
    demo_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        title = QLabel(self.tr("Welkom bij Verbind"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        outer.addWidget(title)
        intro = QLabel(self.tr("Breng je lokale spelers in kaart, volg je ambassadeurs en trajecten op en maak "
                               "het jaarverslag voor de stuurgroep. Alles staat versleuteld op deze laptop."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addSpacing(16)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuwe kluis maken…"))
        self.open_button = QPushButton(self.tr("Kluis openen…"))
        self.demo_button = QPushButton(self.tr("Demokluis openen"))
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.browse_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        outer.addLayout(buttons)
        outer.addSpacing(16)
        outer.addWidget(QLabel(self.tr("<b>Recente kluizen</b>")))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_path.emit(item.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.recent, 1)
        self.empty = QLabel(self.tr("Nog geen recente kluizen. Maak een nieuwe kluis of probeer de demokluis."))
        self.empty.setStyleSheet("color: #666;")
        outer.addWidget(self.empty)
        self.set_recent(recent)

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not Path(path).exists():
                item.setToolTip(self.tr("Dit bestand bestaat niet meer op deze plaats."))
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent.setVisible(bool(recent))
        self.empty.setVisible(not recent)
