"""Instellingen: language, idle lock minutes, working year or calendar year, and the data folder
(shown, not editable). Saved in Settings: paths and preferences only, never personal data."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.config import Settings, data_dir


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("nooit (afgeraden)"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setToolTip(self.tr("Na zoveel minuten zonder toetsenbord of muis sluit Verbind de kluis."))
        self.year = QComboBox()
        self.year.addItem(self.tr("Werkjaar (september–augustus)"), "working")
        self.year.addItem(self.tr("Kalenderjaar"), "calendar")
        self.year.setCurrentIndex(max(0, self.year.findData(settings.year_mode)))
        folder = QHBoxLayout()
        self.folder = QLineEdit(str(data_dir()))
        self.folder.setReadOnly(True)
        folder.addWidget(self.folder, 1)
        show = QPushButton(self.tr("Openen"))
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        folder.addWidget(show)
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(self.tr("&Automatisch vergrendelen na"), self.idle)
        form.addRow(self.tr("&Periode in het overzicht"), self.year)
        self.auto_backup = QCheckBox(self.tr("Elke dag en bij het afsluiten een gecontroleerde reservekopie maken"))
        self.auto_backup.setChecked(settings.auto_backup)
        self.auto_backup.setToolTip(self.tr("In de map <kluis>.backups naast de kluis; 7 dagelijkse, 4 wekelijkse en "
                                            "12 maandelijkse kopieën blijven bewaard."))
        form.addRow(self.tr("&Reservekopieën"), self.auto_backup)
        form.addRow(self.tr("Gegevensmap"), folder)
        note = QLabel(self.tr("Hier staan de demokluis en nieuwe kluizen, tenzij je bij het maken een andere map koos."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.idle_lock_minutes = self.idle.value()
        self.settings.year_mode = self.year.currentData()
        self.settings.auto_backup = self.auto_backup.isChecked()
        self.settings.save()
        self.accept()
