"""Aanstellen: the date of appointment and the term in one step (seed 002: ideally everyone at one
moment a year, for a fixed term), instead of today and three years without asking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.formatting import fmt_date
from app.services.ambassador import DEFAULT_TERM_YEARS
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit


class AppointDialog(QDialog):
    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} aanstellen").format(name))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Stel ambassadeurs bij voorkeur samen aan, op één moment in het jaar, voor een vaste "
                               "termijn. Het mandaat loopt tot de aanstellingsdatum plus de termijn."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.when = DateEdit()
        self.when.set_value(today)
        self.term = QSpinBox()
        self.term.setRange(1, 10)
        self.term.setValue(DEFAULT_TERM_YEARS)
        self.term.setSuffix(self.tr(" jaar"))
        form.addRow(self.tr("Aangesteld op"), self.when)
        form.addRow(self.tr("Termijn"), self.term)
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanstellen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        try:
            when = self.when.value()
        except ValueError as exc:
            self.error.say(str(exc))
            return
        if when is None:
            self.error.say(self.tr("Vul de datum van de aanstelling in (dd/mm/jjjj)."))
            return
        self.accept()

    def chosen(self) -> tuple[date, int]:
        when = self.when.value()
        assert when is not None
        return when, self.term.value()

    @classmethod
    def ask(cls, name: str, today: date, parent: QWidget | None = None) -> tuple[date, int] | None:
        """The date and term the user chose, or None when they cancelled."""
        dialog = cls(name, today, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AppointMomentDialog(QDialog):
    """Het aanstellingsmoment: everyone nominated, ticked by default, appointed on one day for one
    term (seed 002), instead of one by one through the year."""

    def __init__(self, nominees: list[tuple[str, str, date | None]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanstellingsmoment"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Stel de voorgedragen ambassadeurs samen aan, op één moment in het jaar, voor dezelfde "
                               "termijn. Vink uit wie (nog) niet aangesteld wordt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.people = QListWidget()
        for amb_id, name, nominated_on in nominees:
            text = name if nominated_on is None else self.tr("{0} (voorgedragen op {1})").format(
                name, fmt_date(nominated_on))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, amb_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        layout.addWidget(self.people, 1)
        form = QFormLayout()
        self.when = DateEdit()
        self.when.set_value(today)
        self.term = QSpinBox()
        self.term.setRange(1, 10)
        self.term.setValue(DEFAULT_TERM_YEARS)
        self.term.setSuffix(self.tr(" jaar"))
        form.addRow(self.tr("Aangesteld op"), self.when)
        form.addRow(self.tr("Termijn"), self.term)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.people.itemChanged.connect(lambda _item: self._count())
        self._count()

    def ticked(self) -> list[str]:
        return [str(self.people.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.ticked())
        self.ok.setText(self.tr("1 ambassadeur aanstellen") if n == 1 else
                        self.tr("{0} ambassadeurs aanstellen").format(n))
        self.ok.setEnabled(n > 0)

    def _check(self) -> None:
        try:
            when = self.when.value()
        except ValueError as exc:
            self.error.say(str(exc))
            return
        if when is None:
            self.error.say(self.tr("Vul de datum van de aanstelling in (dd/mm/jjjj)."))
            return
        self.accept()

    def chosen(self) -> tuple[list[str], date, int]:
        when = self.when.value()
        assert when is not None
        return self.ticked(), when, self.term.value()
