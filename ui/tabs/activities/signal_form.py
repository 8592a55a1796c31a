"""The selected signal's form: the next steps it can take (buttons), its dated status history, and
who raised it where, about what, who answers it (the area's ambassador, and in a neighbourhood
network the portfolio holder of its topic) and by when, and the answer."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Signal
from app.domain.vocabulary import RaisedByKind, SignalStatus, label
from app.formatting import fmt_date
from app.services.activity import People
from ui.widgets.common import DateEdit, enum_combo, set_combo
from ui.widgets.record import FieldError


class SignalForm(QWidget):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        self._people = People([], [])
        layout = QVBoxLayout(self)
        steps = QHBoxLayout()
        self.status_buttons: dict[SignalStatus, QPushButton] = {}
        for status, verb in (
            (SignalStatus.FORWARDED, self.tr("Doorgeven")),
            (SignalStatus.ANSWERED, self.tr("Beantwoord")),
            (SignalStatus.CLOSED, self.tr("Afsluiten")),
        ):
            button = QPushButton(verb)
            self.status_buttons[status] = button
            steps.addWidget(button)
        layout.addLayout(steps)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        layout.addWidget(self.history)
        box = QGroupBox(self.tr("Signaal"))
        form = QFormLayout(box)
        # the attribute names are the service's field names (errors land beside their field)
        self.raised_on = DateEdit()
        self.raised_by_kind = enum_combo(RaisedByKind, lang)
        self.raised_by_kind.currentIndexChanged.connect(lambda _i: self._raised_by_options())
        self.raised_by = QComboBox()
        self.area = QLineEdit()
        self.topic = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.responsible = QLineEdit()
        self.portfolio_holder = QLineEdit()
        self.portfolio_holder.setPlaceholderText(self.tr("schepen die het thema in portefeuille heeft"))
        self.due_on = DateEdit()
        self.response = QPlainTextEdit()
        self.response.setMaximumHeight(70)
        field: QWidget
        for text, field in (
            (self.tr("Gemeld op"), self.raised_on),
            (self.tr("Gemeld door"), self.raised_by_kind),
            ("", self.raised_by),
            (self.tr("Wijk/deelgemeente"), self.area),
            (self.tr("Onderwerp"), self.topic),
            (self.tr("Omschrijving"), self.description),
            (self.tr("Verantwoordelijke"), self.responsible),
            (self.tr("Portefeuillehouder"), self.portfolio_holder),
            (self.tr("Antwoord tegen"), self.due_on),
            (self.tr("Antwoord"), self.response),
        ):
            form.addRow(text, field)
        self._form = form
        layout.addWidget(box)
        layout.addStretch(1)

    def show_portfolio_holder(self, on: bool) -> None:
        """The portfolio holder's row: neighbourhood networks route signals by topic too."""
        self._form.setRowVisible(self.portfolio_holder, on)

    def _raised_by_options(self) -> None:
        """The people of the chosen kind (ambassadors or stakeholders; a resident has none)."""
        kind = self.raised_by_kind.currentData()
        options = (self._people.ambassadors if kind == RaisedByKind.AMBASSADOR.value
                   else self._people.stakeholders if kind == RaisedByKind.STAKEHOLDER.value else [])
        self.raised_by.clear()
        self.raised_by.setVisible(bool(options))
        for rid, name in options:
            self.raised_by.addItem(name, rid)

    def load(self, sig: Signal | None, people: People, today: date, next_steps: list[SignalStatus]) -> None:
        """Show `sig` (None: a new one raised today by a resident)."""
        self._people = people
        self.history.clear()
        if sig is None:
            self.raised_on.set_value(today)
            for w in (self.area, self.topic, self.responsible, self.portfolio_holder, self.due_on):
                w.clear()
            self.description.clear()
            self.response.clear()
            set_combo(self.raised_by_kind, RaisedByKind.RESIDENT.value)
            self._raised_by_options()
        else:
            self.raised_on.set_value(sig.raised_on)
            set_combo(self.raised_by_kind, sig.raised_by_kind)
            self._raised_by_options()
            set_combo(self.raised_by, sig.raised_by_ambassador_id or sig.raised_by_stakeholder_id)
            self.area.setText(sig.area)
            self.topic.setText(sig.topic)
            self.description.setPlainText(sig.description)
            self.responsible.setText(sig.responsible)
            self.portfolio_holder.setText(sig.portfolio_holder)
            self.due_on.set_value(sig.due_on)
            self.response.setPlainText(sig.response)
            for change in sig.status_changes:
                note = f" — {change.note}" if change.note else ""
                self.history.addItem(f"{fmt_date(change.changed_on)}  "
                                     f"{label(SignalStatus(change.to_status), self.lang)}{note}")
        for status, button in self.status_buttons.items():
            button.setVisible(status in next_steps)

    def clear(self) -> None:
        """Nothing stays on screen (the vault was locked)."""
        self._people = People([], [])
        for w in (self.raised_on, self.area, self.topic, self.responsible, self.portfolio_holder, self.due_on):
            w.clear()
        self.description.clear()
        self.response.clear()
        self.history.clear()
        self.raised_by.clear()
        for button in self.status_buttons.values():
            button.setVisible(False)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name in ("raised_on", "due_on"):
            try:
                found[name] = getattr(self, name).value()
            except ValueError as exc:
                raise FieldError(name, str(exc)) from exc
        return {**found, "raised_by_kind": self.raised_by_kind.currentData(),
                "raised_by": self.raised_by.currentData() if self.raised_by.count() else None,
                "area": self.area.text(), "topic": self.topic.text(), "description": self.description.toPlainText(),
                "responsible": self.responsible.text(), "portfolio_holder": self.portfolio_holder.text(),
                "response": self.response.toPlainText()}
