"""The selected stakeholder's form: every field, contact persons, stage history, interaction log."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import Stakeholder
from app.domain.vocabulary import (
    Category,
    InteractionKind,
    Side,
    Stage,
    StakeholderKind,
    SupplyBarrier,
    label,
)
from app.formatting import fmt_date
from ui.widgets.common import DateEdit, FlowLayout, enum_combo, set_combo
from ui.widgets.record import FieldError


class StakeholderForm(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        main = QGroupBox(self.tr("Gegevens"))
        form = QFormLayout(main)
        self.name = QLineEdit()
        self.kind = enum_combo(StakeholderKind, lang)
        # a new stakeholder starts without a category or side: the user chooses them (no silent default)
        self.category = enum_combo(Category, lang, empty=self.tr("— kies een categorie —"))
        self.side = enum_combo(Side, lang, empty=self.tr("— kies een zijde —"))
        self.stage = enum_combo(Stage, lang)
        self.municipality = QLineEdit()
        self.area = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.strength = QSpinBox()
        self.strength.setRange(1, 5)
        self.influence = QSpinBox()
        self.influence.setRange(0, 100)
        self.interest = QSpinBox()
        self.interest.setRange(0, 100)
        self.places = QSpinBox()
        self.places.setRange(-1, 100000)
        self.places.setSpecialValueText(self.tr("onbekend"))
        self.waiting = QSpinBox()
        self.waiting.setRange(-1, 100000)
        self.waiting.setSpecialValueText(self.tr("onbekend"))
        self.engagement = DateEdit()
        self.next_contact = DateEdit()
        self.concerns = QPlainTextEdit()
        self.concerns.setMaximumHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        rows = [
            (self.tr("Naam"), self.name), (self.tr("Soort"), self.kind), (self.tr("Categorie"), self.category),
            (self.tr("Zijde"), self.side), (self.tr("Relatiefase"), self.stage),
            (self.tr("Gemeente"), self.municipality), (self.tr("Wijk"), self.area), (self.tr("E-mail"), self.email),
            (self.tr("Telefoon"), self.phone), (self.tr("Sterkte van de band (1–5)"), self.strength),
            (self.tr("Invloed (0–100)"), self.influence), (self.tr("Interesse (0–100)"), self.interest),
            (self.tr("Vrije plaatsen"), self.places), (self.tr("Wachtlijst"), self.waiting),
            (self.tr("Engagementsverklaring getekend op"), self.engagement),
            (self.tr("Volgend contact"), self.next_contact),
            (self.tr("Zorgen en prioriteiten"), self.concerns), (self.tr("Notities"), self.notes),
        ]
        for text, widget in rows:
            form.addRow(text, widget)
        layout.addWidget(main)
        self.supply_box = QGroupBox(self.tr("Drempels bij deze aanbieder"))
        sbl = QVBoxLayout(self.supply_box)
        flow = FlowLayout()
        self.supply_barriers: dict[str, QCheckBox] = {}
        for b in SupplyBarrier:
            box = QCheckBox(label(b, lang))
            setattr(self, f"supply_{b.value}", box)  # an attribute: part of the form's state (drafts)
            self.supply_barriers[b.value] = box
            flow.addWidget(box)
        sbl.addLayout(flow)
        layout.addWidget(self.supply_box)
        self.side.currentIndexChanged.connect(lambda _i: self._show_supply())
        self._show_supply()
        hist = QGroupBox(self.tr("Relatiefase: geschiedenis"))
        hl = QVBoxLayout(hist)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        hl.addWidget(self.history)
        layout.addWidget(hist)
        log = QGroupBox(self.tr("Contactmomenten (Ctrl+K: contactmoment toevoegen)"))
        ll = QVBoxLayout(log)
        self.interactions = QListWidget()
        ll.addWidget(self.interactions)
        layout.addWidget(log, 1)
        people = QGroupBox(self.tr("Contactpersonen"))
        pl = QVBoxLayout(people)
        self.contacts = QListWidget()
        self.contacts.setMaximumHeight(90)
        pl.addWidget(self.contacts)
        row = QHBoxLayout()  # the new person's fields on one line, the buttons below them
        self.cp_name = QLineEdit()
        self.cp_name.setPlaceholderText(self.tr("naam"))
        self.cp_role = QLineEdit()
        self.cp_role.setPlaceholderText(self.tr("rol"))
        self.cp_contact = QLineEdit()
        self.cp_contact.setPlaceholderText(self.tr("e-mail of telefoon"))
        for w in (self.cp_name, self.cp_role, self.cp_contact):
            row.addWidget(w)
        pl.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cp_add = QPushButton(self.tr("Toevoegen"))
        self.cp_remove = QPushButton(self.tr("Verwijderen"))
        for w in (self.cp_add, self.cp_remove):
            row.addWidget(w)
        pl.addLayout(row)
        layout.addWidget(people)

    def load(self, sh: Stakeholder | None) -> None:
        self.setEnabled(True)
        if sh is None:
            for w in (self.name, self.municipality, self.area, self.email, self.phone, self.engagement,
                      self.next_contact):
                w.clear()
            for pt in (self.concerns, self.notes):
                pt.clear()
            set_combo(self.category, None)
            set_combo(self.side, None)
            for box in self.supply_barriers.values():
                box.setChecked(False)
            set_combo(self.stage, "mapped")
            self.strength.setValue(1)
            self.influence.setValue(50)
            self.interest.setValue(50)
            self.places.setValue(-1)
            self.waiting.setValue(-1)
            self.history.clear()
            self.interactions.clear()
            self.contacts.clear()
            self.contacts.addItem(self.tr("Bewaar de stakeholder eerst; daarna kan je contactpersonen toevoegen."))
            self.name.setFocus()
            return
        self.name.setText(sh.name)
        set_combo(self.kind, sh.kind)
        set_combo(self.category, sh.category)
        set_combo(self.side, sh.side)
        set_combo(self.stage, sh.stage)
        self.municipality.setText(sh.municipality)
        self.area.setText(sh.area)
        self.email.setText(sh.email)
        self.phone.setText(sh.phone)
        self.strength.setValue(sh.strength or 1)
        self.influence.setValue(sh.influence)
        self.interest.setValue(sh.interest)
        self.places.setValue(-1 if sh.places_available is None else sh.places_available)
        self.waiting.setValue(-1 if sh.waiting_list is None else sh.waiting_list)
        self.engagement.set_value(sh.engagement_signed_on)
        self.next_contact.set_value(sh.next_contact_on)
        self.concerns.setPlainText(sh.concerns)
        self.notes.setPlainText(sh.notes)
        for value, box in self.supply_barriers.items():
            box.setChecked(value in (sh.supply_barriers or []))
        self.history.clear()
        for ch in sh.stage_changes:
            if ch.deleted_at is None:
                self.history.addItem(f"{fmt_date(ch.changed_on)}  →  {label(Stage(ch.to_stage), self.lang)}"
                                     + (f"  ({ch.note})" if ch.note else ""))
        self.interactions.clear()
        for it in sorted((i for i in sh.interactions if i.deleted_at is None), key=lambda i: i.occurred_on, reverse=True):
            kind = label(InteractionKind(it.kind), self.lang) if it.kind in InteractionKind._value2member_map_ else it.kind
            nxt = self.tr("  · volgend contact {0}").format(fmt_date(it.next_contact_on)) if it.next_contact_on else ""
            self.interactions.addItem(f"{fmt_date(it.occurred_on)}  {kind}: {it.note}{nxt}")
        self.contacts.clear()
        for c in sh.contacts:
            if c.deleted_at is None:
                details = " · ".join(x for x in (c.role, c.email, c.phone) if x)
                item = QListWidgetItem(f"{c.name}  —  {details}" if details else c.name)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.contacts.addItem(item)
        if not self.contacts.count():
            self.contacts.addItem(self.tr("Nog geen contactpersonen."))

    def values(self) -> dict[str, Any]:
        """Field values; raises FieldError with a Dutch message for a bad date."""
        try:
            engagement = self.engagement.value()
        except ValueError as exc:
            raise FieldError("engagement", self.tr("Engagementsverklaring: {0}").format(exc)) from exc
        try:
            next_contact = self.next_contact.value()
        except ValueError as exc:
            raise FieldError("next_contact", self.tr("Volgend contact: {0}").format(exc)) from exc
        if self.category.currentData() is None:
            raise FieldError("category", self.tr("Kies een categorie: wat voor organisatie of persoon is dit?"))
        if self.side.currentData() is None:
            raise FieldError("side", self.tr("Kies de zijde: vraag (gezinnen, doorverwijzers), aanbod "
                                             "(vrijetijdsaanbieders), intermediair of beleid."))
        return {
            "name": self.name.text(), "kind": self.kind.currentData(), "category": self.category.currentData(),
            "side": self.side.currentData(), "stage": self.stage.currentData(),
            "municipality": self.municipality.text(), "area": self.area.text(), "email": self.email.text(),
            "phone": self.phone.text(), "strength": self.strength.value(), "influence": self.influence.value(),
            "interest": self.interest.value(),
            "places_available": None if self.places.value() < 0 else self.places.value(),
            "waiting_list": None if self.waiting.value() < 0 else self.waiting.value(),
            "engagement_signed_on": engagement, "next_contact_on": next_contact,
            "concerns": self.concerns.toPlainText(), "notes": self.notes.toPlainText(),
            "supply_barriers": [v for v, box in self.supply_barriers.items() if box.isChecked()]
            if self.side.currentData() == Side.SUPPLY.value else [],
        }

    def _show_supply(self) -> None:
        """Seed 003's barriers of a leisure provider: only on the supply side."""
        self.supply_box.setVisible(self.side.currentData() == Side.SUPPLY.value)


class InteractionDialog(QDialog):
    """Quick 'add contact moment': type, date (today), note, next contact."""

    def __init__(self, name: str, today: date, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contactmoment met {0}").format(name))
        form = QFormLayout(self)
        self.kind = enum_combo(InteractionKind, lang)
        self.when = DateEdit()
        self.when.set_value(today)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.next_contact = DateEdit()
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Datum"), self.when)
        form.addRow(self.tr("Notitie"), self.note)
        form.addRow(self.tr("Volgend contact"), self.next_contact)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
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
            if self.when.value() is None:
                raise ValueError(self.tr("vul de datum in (dd/mm/jjjj)"))
            self.next_contact.value()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
