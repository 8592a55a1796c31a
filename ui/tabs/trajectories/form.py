"""The selected trajectory's form: the timeline, the details (referral, worker, wishes, the name
kept on this laptop only), barriers, and three boxes that each do one thing at once — link an
offer, add support, close — with their error beside their own button.

Only the record's fields are attributes of the form, so only they count as the form's state (its
dirty check and its draft). The boxes' inputs wait for their button and are not the record's; the
"show name" switch is not kept either: a restored draft never shows a child's name by itself."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import Barrier, ClosingReason, SupportKind, label
from app.formatting import fmt_date, fmt_eur
from app.services.trajectory_views import FormChoices, TrajectoryDetail
from ui.tabs.trajectories.timeline import Timeline
from ui.widgets.common import DateEdit, enum_combo, set_combo
from ui.widgets.record import ERROR_STYLE, FieldError


def _compact(box: QComboBox) -> QComboBox:
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


def _error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("boxError")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    return error


def refill(box: QComboBox, items: list[tuple[Any, str]], first: str | None = None) -> None:
    """New choices in a combo box; what was chosen stays chosen when it is still there."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    if first is not None:
        box.addItem(first, None)
    for value, text in items:
        box.addItem(text, value)
    found = box.findData(chosen) if chosen is not None else -1
    box.setCurrentIndex(found if found >= 0 else 0 if box.count() else -1)
    box.blockSignals(False)


def choose(box: QComboBox, value: Any, text: str = "") -> None:
    """Select `value`, adding it when the list does not hold it (a long list's tail, a value from
    an import), so saving the form never silently drops it."""
    if value not in (None, "") and box.findData(value) < 0:
        box.addItem(text or str(value), value)
    set_combo(box, value)


class OfferBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("Aanbod (vrije plaatsen · wachtlijst)"))
        layout = QVBoxLayout(self)
        self.items = QListWidget()
        self.items.setMaximumHeight(80)
        layout.addWidget(self.items)
        row = QHBoxLayout()
        self.pick = _compact(QComboBox())
        self.add = QPushButton(self.tr("Toevoegen"))
        row.addWidget(self.pick, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.error = _error_label()
        layout.addWidget(self.error)


class SupportBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__(self.tr("Ondersteuning"))
        layout = QVBoxLayout(self)
        self.items = QListWidget()
        self.items.setMaximumHeight(80)
        layout.addWidget(self.items)
        row = QHBoxLayout()
        self.kind = enum_combo(SupportKind, lang)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10000)
        self.amount.setPrefix("€ ")
        self.add = QPushButton(self.tr("Toevoegen"))
        for w in (self.kind, self.amount, self.add):
            row.addWidget(w)
        layout.addLayout(row)
        self.error = _error_label()
        layout.addWidget(self.error)


class ClosingBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__(self.tr("Afsluiten"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.reason = _compact(enum_combo(ClosingReason, lang))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("toelichting"))
        self.button = QPushButton(self.tr("Traject afsluiten"))
        for w in (self.reason, self.note, self.button):
            row.addWidget(w)
        layout.addLayout(row)
        self.error = _error_label()
        layout.addWidget(self.error)


class TrajectoryForm(QWidget):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        self.timeline = Timeline(lang)
        layout.addWidget(self.timeline)

        main = QGroupBox(self.tr("Traject"))
        form = QFormLayout(main)
        self.started = DateEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(self.tr("onbekend"))
        self.gender = QComboBox()
        for value, text in (("", self.tr("niet ingevuld")), ("meisje", self.tr("meisje")),
                            ("jongen", self.tr("jongen")), ("x", self.tr("x / anders"))):
            self.gender.addItem(text, value)
        self.neighbourhood = QLineEdit()
        self.family = QLineEdit()
        self.family.setPlaceholderText(self.tr("bv. GZN-1042 — groepeert broers en zussen"))
        self.name = QLineEdit()
        self.name.setEchoMode(QLineEdit.EchoMode.Password)
        self.name.setToolTip(self.tr("Optioneel. Blijft op deze laptop: nooit in lijsten, exports of rapporten."))
        self._show_name = QCheckBox(self.tr("Naam tonen"))
        self._show_name.toggled.connect(lambda on: self.name.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name)
        name_row.addWidget(self._show_name)
        self.referral = _compact(QComboBox())
        self.worker = _compact(QComboBox())
        self.wishes = QPlainTextEdit()
        self.wishes.setMaximumHeight(60)
        form.addRow(self.tr("Eerste contact"), self.started)
        form.addRow(self.tr("Geboortejaar"), self.birth_year)
        form.addRow(self.tr("Geslacht"), self.gender)
        form.addRow(self.tr("Wijk"), self.neighbourhood)
        form.addRow(self.tr("Gezinscode"), self.family)
        form.addRow(self.tr("Naam (optioneel, lokaal)"), name_row)
        form.addRow(self.tr("Doorverwezen door"), self.referral)
        form.addRow(self.tr("Begeleider"), self.worker)
        form.addRow(self.tr("Wensen en interesses"), self.wishes)
        layout.addWidget(main)

        self.offer_box = OfferBox()
        layout.addWidget(self.offer_box)
        barriers = QGroupBox(self.tr("Drempels"))
        bl = QFormLayout(barriers)
        self.barrier_boxes: dict[str, QCheckBox] = {}
        for b in (x for x in Barrier if x is not Barrier.OTHER):
            box = QCheckBox(label(b, lang))
            setattr(self, f"barrier_{b.value}", box)  # an attribute: part of the form's state
            self.barrier_boxes[b.value] = box
            bl.addRow(box)
        self.custom_barrier = QLineEdit()
        self.custom_barrier.setPlaceholderText(self.tr("andere drempel (vrij in te vullen)"))
        bl.addRow(self.custom_barrier)
        layout.addWidget(barriers)
        self.support_box = SupportBox(lang)
        layout.addWidget(self.support_box)
        self.closing = ClosingBox(lang)
        layout.addWidget(self.closing)
        layout.addStretch(1)

    @property
    def show_name(self) -> QCheckBox:
        return self._show_name

    # -- choices -------------------------------------------------------------------------------
    def set_choices(self, choices: FormChoices) -> None:
        refill(self.referral, choices.referrals, self.tr("— niet ingevuld —"))
        refill(self.worker, choices.workers, self.tr("— niet ingevuld —"))
        refill(self.offer_box.pick, [(o.id, "{}  ({} · {})".format(
            o.name, "?" if o.places_available is None else o.places_available, o.waiting_list or 0))
            for o in choices.offers])

    # -- loading ---------------------------------------------------------------------------------
    def load(self, traj: TrajectoryDetail | None, today: date) -> None:
        """Show a trajectory, or the defaults of a new one (first contact today)."""
        self.setEnabled(True)
        self._show_name.setChecked(False)
        self.timeline.show_trajectory(traj, today)
        self.offer_box.items.clear()
        self.support_box.items.clear()
        if traj is None:
            for w in (self.name, self.neighbourhood, self.family, self.custom_barrier):
                w.clear()
            self.wishes.clear()
            self.started.set_value(today)
            self.birth_year.setValue(0)
            for x in (self.gender, self.referral, self.worker):
                x.setCurrentIndex(0)
            for box in self.barrier_boxes.values():
                box.setChecked(False)
            self.closing.button.setEnabled(False)
            return
        self.started.set_value(traj.started_on)
        self.birth_year.setValue(traj.birth_year or 0)
        choose(self.gender, traj.gender)
        self.neighbourhood.setText(traj.neighbourhood)
        self.family.setText(traj.family_code)
        self.name.setText(traj.name)
        choose(self.referral, traj.referral_source_id, traj.referral_name)
        choose(self.worker, traj.worker_ambassador_id, traj.worker_name)
        self.wishes.setPlainText(traj.wishes)
        for o in traj.offers:
            self.offer_box.items.addItem(self.tr("{0}  ·  vrije plaatsen {1} · wachtlijst {2}").format(
                o.name, "?" if o.places_available is None else o.places_available, o.waiting_list or 0))
        for value, box in self.barrier_boxes.items():
            box.setChecked(value in traj.barriers)
        self.custom_barrier.setText(traj.custom_barrier)
        for s in traj.support:
            kind = label(SupportKind(s.kind), self.lang) if s.kind in SupportKind._value2member_map_ else s.kind
            amount = f" · {fmt_eur(s.amount_eur)}" if s.amount_eur else ""
            self.support_box.items.addItem(f"{fmt_date(s.given_on)}  {kind}{amount}")
        self.closing.button.setEnabled(traj.is_open)

    def clear_actions(self) -> None:
        """Another record is shown: what waited for a button belonged to the one before."""
        self.closing.note.clear()
        self.closing.reason.setCurrentIndex(0)
        self.support_box.amount.setValue(0)
        for box in (self.offer_box, self.support_box, self.closing):
            box.error.clear()

    def clear_all(self) -> None:
        """Locked: nothing of the trajectory stays on screen."""
        self.load(None, date.today())
        self.started.clear()
        self.clear_actions()
        for x in (self.referral, self.worker, self.offer_box.pick):
            x.clear()
        self.timeline.show_trajectory(None, date.today())

    # -- reading ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The record's values for the service; FieldError for a first-contact date it cannot read."""
        try:
            started = self.started.value()
        except ValueError as exc:
            raise FieldError("started", self.tr("Eerste contact: {0}").format(exc)) from exc
        if started is None:
            raise FieldError("started", self.tr("Vul de datum van het eerste contact in (dd/mm/jjjj)."))
        return {
            "started_on": started, "birth_year": self.birth_year.value() or None,
            "gender": self.gender.currentData() or "", "neighbourhood": self.neighbourhood.text().strip(),
            "family_code": self.family.text().strip(), "name": self.name.text().strip(),
            "referral_source_id": self.referral.currentData(), "worker_ambassador_id": self.worker.currentData(),
            "wishes": self.wishes.toPlainText(),
            "barriers": [v for v, box in self.barrier_boxes.items() if box.isChecked()],
            "custom_barrier": self.custom_barrier.text().strip(),
        }
