"""The selected activity's form: kind, date, title, place, notes, and who took part (ambassadors
and stakeholders: checked = attended, half checked = invited but absent)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import Activity
from app.domain.vocabulary import ActivityKind
from app.services.activity import People
from ui.widgets.common import DateEdit, enum_combo, set_combo
from ui.widgets.record import FieldError

PRESENT, ABSENT = "present", "absent"


class ActivityForm(QWidget):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Activiteit"))
        form = QFormLayout(box)
        self.kind = enum_combo(ActivityKind, lang)
        self.held_on = DateEdit()
        self.title = QLineEdit()
        self.place = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        for text, w in (
            (self.tr("Soort"), self.kind),
            (self.tr("Datum"), self.held_on),
            (self.tr("Titel"), self.title),
            (self.tr("Plaats"), self.place),
            (self.tr("Notities"), self.notes),
        ):
            form.addRow(text, w)
        layout.addWidget(box)
        hint = QLabel(self.tr("Vink aan wie deelnam. Half aangevinkt = uitgenodigd maar afwezig."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        lists = QHBoxLayout()
        # The pickers are private (the form's captured state skips them): their three-way check
        # states live in `attendance`, which the dirty state and the drafts read and restore.
        self._ambassadors = QListWidget()
        self._stakeholders = QListWidget()
        for title_text, pick in (
            (self.tr("Ambassadeurs"), self._ambassadors),
            (self.tr("Stakeholders"), self._stakeholders),
        ):
            g = QGroupBox(title_text)
            gl = QVBoxLayout(g)
            gl.addWidget(pick)
            lists.addWidget(g)
            pick.itemChanged.connect(lambda _item: self._attendance_from_lists())
        layout.addLayout(lists, 1)
        self.attendance = QLineEdit(self)  # hidden: {id: "present" | "absent"} as JSON
        self.attendance.hide()
        self.attendance.textChanged.connect(lambda _t: self._lists_from_attendance())
        self._syncing = False

    @property
    def ambassadors(self) -> QListWidget:
        return self._ambassadors

    @property
    def stakeholders(self) -> QListWidget:
        return self._stakeholders

    # -- filling -------------------------------------------------------------------------------
    def load(self, act: Activity | None, people: People, chosen: dict[str, bool], today: date) -> None:
        """Show `act` (None: a new one held today, of the kind chosen last) with its participants."""
        if act is None:
            self.held_on.set_value(today)
            for w in (self.title, self.place):
                w.clear()
            self.notes.clear()
        else:
            set_combo(self.kind, act.kind)
            self.held_on.set_value(act.held_on)
            self.title.setText(act.title)
            self.place.setText(act.place)
            self.notes.setPlainText(act.notes)
        self._fill(self._ambassadors, people.ambassadors, chosen)
        self._fill(self._stakeholders, people.stakeholders, chosen)
        self._attendance_from_lists()

    def _fill(self, widget: QListWidget, options: list[tuple[str, str]], chosen: dict[str, bool]) -> None:
        widget.blockSignals(True)
        widget.clear()
        for rid, name in options:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate)
            state = Qt.CheckState.Unchecked
            if rid in chosen:
                state = Qt.CheckState.Checked if chosen[rid] else Qt.CheckState.PartiallyChecked
            item.setCheckState(state)
            widget.addItem(item)
        widget.blockSignals(False)

    def clear(self) -> None:
        """Nothing stays on screen (the vault was locked)."""
        for w in (self.held_on, self.title, self.place):
            w.clear()
        self.notes.clear()
        for widget in (self._ambassadors, self._stakeholders):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self._attendance_from_lists()

    # -- attendance: the pickers' check states as text ----------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [w.item(i) for w in (self._ambassadors, self._stakeholders) for i in range(w.count())]

    def _attendance_from_lists(self) -> None:
        if self._syncing:
            return
        state = {str(item.data(Qt.ItemDataRole.UserRole)): PRESENT if item.checkState() == Qt.CheckState.Checked
                 else ABSENT for item in self._items() if item.checkState() != Qt.CheckState.Unchecked}
        self._syncing = True
        try:
            self.attendance.setText(json.dumps(state, sort_keys=True))
        finally:
            self._syncing = False

    def _lists_from_attendance(self) -> None:
        if self._syncing:
            return
        try:
            state = json.loads(self.attendance.text() or "{}")
        except ValueError:
            return
        self._syncing = True
        try:
            for item in self._items():
                found = state.get(str(item.data(Qt.ItemDataRole.UserRole)))
                item.setCheckState(Qt.CheckState.Checked if found == PRESENT else
                                   Qt.CheckState.PartiallyChecked if found == ABSENT else Qt.CheckState.Unchecked)
        finally:
            self._syncing = False

    def set_participant(self, record_id: str, state: Qt.CheckState) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                item.setCheckState(state)

    # -- reading ---------------------------------------------------------------------------------------
    def _checked(self, widget: QListWidget) -> tuple[list[str], list[str]]:
        chosen, absent = [], []
        for i in range(widget.count()):
            item = widget.item(i)
            if item.checkState() != Qt.CheckState.Unchecked:
                rid = item.data(Qt.ItemDataRole.UserRole)
                chosen.append(rid)
                if item.checkState() == Qt.CheckState.PartiallyChecked:
                    absent.append(rid)
        return chosen, absent

    def values(self) -> dict[str, Any]:
        try:
            held_on = self.held_on.value()
        except ValueError as exc:
            raise FieldError("held_on", str(exc)) from exc
        ambassadors, amb_absent = self._checked(self._ambassadors)
        stakeholders, sh_absent = self._checked(self._stakeholders)
        return {"kind": self.kind.currentData(), "held_on": held_on, "title": self.title.text(),
                "place": self.place.text(), "notes": self.notes.toPlainText(), "ambassador_ids": ambassadors,
                "stakeholder_ids": stakeholders, "absent_ids": amb_absent + sh_absent}
