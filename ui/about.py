"""Over Verbind: version, what the program is for, where data and settings live, and the open
vault format (the users' data is never locked into Verbind)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.config import config_dir, data_dir
from app.resources import resource_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Verbind"))
        self.setMinimumWidth(520)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "verbind.svg"))).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        text = QLabel(
            self.tr("<h2>Verbind {0}</h2>"
                    "<p>Voor wie ambassadeursnetwerken trekt: stakeholders in kaart brengen, ambassadeurs en "
                    "trajecten opvolgen en het jaarverslag voor de stuurgroep maken.</p>"
                    "<p>Alle gegevens staan versleuteld (SQLCipher, AES-256) in één kluisbestand op deze "
                    "laptop. Er gaat niets naar het internet. Het kluisformaat is open beschreven in "
                    "<i>docs/vault-format.md</i>: je gegevens zitten nooit vast in Verbind.</p>"
                    "<p>Instellingen: {1}<br>Gegevens: {2}</p>"
                    "<p><small>Python {3} · PySide6 {4}</small></p>").format(
                __version__, config_dir(), data_dir(), platform.python_version(), pyside_version))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
