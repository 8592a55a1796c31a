"""Gesprekken met de projectleider: the one-to-one contacts seed 002 calls the project lead's main
job, logged with the date of the next one (which the overview and the agenda then remind of)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from app.domain.vocabulary import AmbassadorContactKind
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit, enum_combo


class ContactDialog(QDialog):
    """Quick 'add a talk': kind, date (today), notes, next contact."""

    def __init__(self, name: str, today: date, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gesprek met {0}").format(name))
        form = QFormLayout(self)
        self.kind = enum_combo(AmbassadorContactKind, lang)
        self.when = DateEdit()
        self.when.set_value(today)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Wat leeft er? Wat vraagt de ambassadeur, wat spraken jullie af?"))
        self.note.setMaximumHeight(90)
        self.next_contact = DateEdit()
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Datum"), self.when)
        form.addRow(self.tr("Verslag"), self.note)
        form.addRow(self.tr("Volgend gesprek"), self.next_contact)
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.setFocus()

    def _check(self) -> None:
        try:
            when, later = self.when.value(), self.next_contact.value()
        except ValueError as exc:
            self.error.say(str(exc))
            return
        if when is None:
            self.error.say(self.tr("Vul de datum van het gesprek in (dd/mm/jjjj)."))
            return
        if later is not None and later < when:
            self.error.say(self.tr("Het volgende gesprek kan niet vóór dit gesprek liggen."))
            return
        self.accept()

    def chosen(self) -> tuple[str, date, str, date | None]:
        when = self.when.value()
        assert when is not None
        return str(self.kind.currentData()), when, self.note.toPlainText(), self.next_contact.value()
