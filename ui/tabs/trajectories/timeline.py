"""The six milestones of a trajectory in a row, each a button that records its outcome, and the
small dialog that asks for it (date, reached or not, the number of trial sessions, a note)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.vocabulary import MILESTONE_ORDER, MilestoneKind, label
from app.formatting import fmt_date
from app.services.trajectory import RECORDABLE
from app.services.trajectory_views import TrajectoryDetail
from ui.widgets.common import DateEdit
from ui.widgets.record import ERROR_STYLE

GREY = "background: #eceff1; color: #607d8b;"
REACHED = "background: #e8f5e9; color: #1b5e20;"
NOT_REACHED = "background: #ffebee; color: #b3261e;"
DUE = "background: #fff3e0; color: #8a5300;"
OVERDUE = "background: #ffcdd2; color: #b3261e; font-weight: 600;"


class Timeline(QWidget):
    """Achieved (green, with its date), checked and not reached (red), due (amber; red when
    overdue, with the due date), to come (grey). A click asks to record that milestone."""

    record_requested = Signal(str)  # the MilestoneKind value

    def __init__(self, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for i, kind in enumerate(MILESTONE_ORDER):
            button = QPushButton()
            button.setMinimumHeight(52)
            button.setMinimumWidth(120)
            button.clicked.connect(lambda _c=False, k=kind: self.record_requested.emit(k.value))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[kind.value] = button
        self.show_trajectory(None, date.today())

    def show_trajectory(self, traj: TrajectoryDetail | None, today: date) -> None:
        milestones = traj.milestones if traj is not None else {}
        for kind in MILESTONE_ORDER:
            button = self.buttons[kind.value]
            m = milestones.get(kind.value)
            name = label(kind, self.lang)
            text, style = name, GREY
            if m is not None and m.achieved_on is not None:
                mark = "✗" if m.outcome is False else "✓"
                extra = f" ({m.count}×)" if kind is MilestoneKind.TRIAL and m.count else ""
                text = f"{mark} {name}{extra}\n{fmt_date(m.achieved_on)}"
                style = NOT_REACHED if m.outcome is False else REACHED
            elif m is not None and m.due_on is not None:
                text = name + "\n" + self.tr("te checken op {0}").format(fmt_date(m.due_on))
                style = OVERDUE if m.due_on < today else DUE
            button.setText(text)
            button.setStyleSheet(style)
            button.setEnabled(traj is not None and traj.is_open and kind in RECORDABLE)


class MilestoneDialog(QDialog):
    """Record the outcome of a milestone: date (today), reached or not, trial count, note."""

    def __init__(self, kind: MilestoneKind, today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(label(kind, lang))
        form = QFormLayout(self)
        self.when = DateEdit()
        self.when.set_value(today)
        self.reached = QCheckBox(self.tr("Bereikt"))
        self.reached.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.note = QLineEdit()
        form.addRow(self.tr("Datum"), self.when)
        form.addRow("", self.reached)
        if kind is MilestoneKind.TRIAL:
            form.addRow(self.tr("Aantal proefmomenten"), self.count)
        form.addRow(self.tr("Notitie"), self.note)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def when_value(self) -> date | None:
        try:
            return self.when.value()
        except ValueError:
            return None

    def _check(self) -> None:
        try:
            if self.when.value() is None:
                raise ValueError(self.tr("vul de datum in (dd/mm/jjjj)"))
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
