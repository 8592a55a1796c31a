"""Netwerk: the six steps of seed 001 as an editable profile, with the seeds' guidance per step and
live warnings (staff at least 50 % FTE, a term of at least three years, ...)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from app.domain import Network, SteeringMeeting, SteeringMember
from app.domain.vocabulary import (
    STRATEGY_SIDE,
    HiringMode,
    MilestoneKind,
    NetworkKind,
    Strategy,
    TermKind,
    label,
)
from app.errors import UsageError, ValidationError
from app.formatting import fmt_date, fmt_number
from app.periods import parse_period
from app.services import network as service
from ui.context import AppContext
from ui.widgets.common import DateEdit

GUIDANCE = {
    1: "Welke overtuigingen dragen het project? Wat verwacht je van de verbindingsambassadeur, van de "
       "partners en van het lokaal bestuur? Schrijf het kort en eerlijk op: het is je toetssteen later.",
    2: "Breng de huidige situatie in kaart: welke noden zijn er, welk vrijetijdsaanbod bestaat al, welke "
       "drempels zie je? Verkennende gesprekken met partners aan vraag- en aanbodzijde helpen hierbij.",
    3: "Kies je focus (doelgroep, buurt, vorm van jeugdwerk), één of meer strategieën, het profiel van de "
       "ambassadeur, het budget en de looptijd. Personeel is de grootste kost: minstens 50 % VTE, liefst "
       "80 tot 100 %. Voorzie een onbepaalde looptijd of minstens drie jaar.",
    4: "Stel je de verbindingsambassadeur zelf aan (eigen bestuur) of besteed je de opdracht uit aan een partner?",
    5: "Wie ondersteunt de ambassadeur? Een stuurgroep of steungroep, vorming, intervisie en coaching.",
    6: "Leg doelen en indicatoren vast, met streefcijfers waar dat zinvol is — let op: harde cijfers kunnen "
       "druk zetten op de ambassadeur. Spreek af wat je registreert en wanneer je rapporteert.",
}
STEPS = ["1. Visie en verwachtingen", "2. Omgevingsanalyse", "3. Keuze", "4. Aanstelling", "5. Ondersteuning",
         "6. Opvolging"]
TEXT_FIELDS = {
    1: [("beliefs", "Overtuigingen en verwachtingen")],
    2: [("needs", "Noden"), ("existing_offer", "Bestaand aanbod"), ("barriers_seen", "Drempels"),
        ("exploratory_talks", "Verkennende gesprekken")],
    3: [("focus_target_group", "Doelgroep"), ("focus_area", "Buurt of gebied"),
        ("focus_youth_work", "Vorm van jeugdwerk"), ("ambassador_profile", "Profiel van de ambassadeur")],
    5: [("training_plan", "Vorming"), ("intervision", "Intervisie"), ("coaching", "Coaching")],
    6: [("registration_agreements", "Registratieafspraken"), ("reporting_moments", "Rapporteringsmomenten")],
}


def title(lang: str) -> str:
    return "Network" if lang == "en" else "Netwerk"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.texts: dict[str, QPlainTextEdit] = {}
        layout = QHBoxLayout(self)
        self.steps = QListWidget()
        self.steps.addItems([self.tr(s) for s in STEPS])
        self.steps.setMaximumWidth(230)
        layout.addWidget(self.steps)
        right = QVBoxLayout()
        head = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.kind = QComboBox()
        for k in NetworkKind:
            self.kind.addItem(label(k, ctx.lang), k.value)
        head.addWidget(self.name, 2)
        head.addWidget(self.kind, 1)
        right.addLayout(head)
        self.pages = QStackedWidget()
        for step in range(1, 7):
            self.pages.addWidget(self._page(step))
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        right.addWidget(self.pages, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        right.addWidget(self.warnings)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        right.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button)
        layout.addLayout(right, 1)
        self.steps.setCurrentRow(0)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for w in (self.fte, self.term_years):
            w.valueChanged.connect(lambda _v: self._live_warnings())
        self.term_kind.currentIndexChanged.connect(lambda _i: self._live_warnings())

    def _page(self, step: int) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        guide = QLabel(self.tr(GUIDANCE[step]))
        guide.setWordWrap(True)
        guide.setStyleSheet("background: #eef3f8; border-radius: 6px; padding: 8px; color: #37474f;")
        form.addRow(guide)
        for key, text in TEXT_FIELDS.get(step, []):
            edit = QPlainTextEdit()
            edit.setMinimumHeight(60)
            self.texts[key] = edit
            form.addRow(self.tr(text), edit)
        if step == 3:
            box = QGroupBox(self.tr("Strategieën"))
            bl = QVBoxLayout(box)
            self.strategy_boxes: dict[str, QCheckBox] = {}
            for side, heading in (("demand", self.tr("Vraagzijde")), ("supply", self.tr("Aanbodzijde"))):
                bl.addWidget(QLabel(f"<b>{heading}</b>"))
                for s in Strategy:
                    if STRATEGY_SIDE[s] == side:
                        cb = QCheckBox(label(s, self.ctx.lang))
                        self.strategy_boxes[s.value] = cb
                        bl.addWidget(cb)
            form.addRow(box)
            self.budget = QDoubleSpinBox()
            self.budget.setRange(0, 10_000_000)
            self.budget.setPrefix("€ ")
            self.budget.setDecimals(0)
            self.budget.setGroupSeparatorShown(True)
            self.fte = QDoubleSpinBox()
            self.fte.setRange(0, 5)
            self.fte.setSingleStep(0.1)
            self.fte.setDecimals(2)
            self.term_kind = QComboBox()
            for k in TermKind:
                self.term_kind.addItem(label(k, self.ctx.lang), k.value)
            self.term_years = QSpinBox()
            self.term_years.setRange(0, 20)
            self.term_years.setSuffix(self.tr(" jaar"))
            form.addRow(self.tr("Budget"), self.budget)
            form.addRow(self.tr("VTE (voltijds equivalent)"), self.fte)
            form.addRow(self.tr("Looptijd"), self.term_kind)
            form.addRow(self.tr("Aantal jaar"), self.term_years)
        if step == 4:
            self.hiring = QComboBox()
            for k in HiringMode:
                self.hiring.addItem(label(k, self.ctx.lang), k.value)
            self.partner = QLineEdit()
            form.addRow(self.tr("Aanstelling"), self.hiring)
            form.addRow(self.tr("Partner (bij uitbesteding)"), self.partner)
        if step == 5:
            self.steering = QLabel()
            self.steering.setWordWrap(True)
            form.addRow(self.tr("Stuurgroep"), self.steering)
            self.members = QListWidget()
            self.members.setMaximumHeight(100)
            form.addRow(self.tr("Leden"), self.members)
            row = QHBoxLayout()
            self.m_name, self.m_role, self.m_org = QLineEdit(), QLineEdit(), QLineEdit()
            for w, ph in ((self.m_name, self.tr("naam")), (self.m_role, self.tr("rol")), (self.m_org, self.tr("organisatie"))):
                w.setPlaceholderText(ph)
                row.addWidget(w)
            self.m_kind = QComboBox()
            self.m_kind.addItem(self.tr("Stuurgroep"), "steering")
            self.m_kind.addItem(self.tr("Steungroep"), "support")
            row.addWidget(self.m_kind)
            add_member = QPushButton(self.tr("Lid toevoegen"))
            add_member.clicked.connect(self.add_member)
            row.addWidget(add_member)
            form.addRow("", row)
            self.meetings = QListWidget()
            self.meetings.setMaximumHeight(100)
            form.addRow(self.tr("Vergaderingen"), self.meetings)
            mrow = QHBoxLayout()
            self.meeting_date = DateEdit()
            self.meeting_notes = QLineEdit()
            self.meeting_notes.setPlaceholderText(self.tr("verslag in het kort"))
            add_meeting = QPushButton(self.tr("Vergadering toevoegen"))
            add_meeting.clicked.connect(self.add_meeting)
            for w in (self.meeting_date, self.meeting_notes, add_meeting):
                mrow.addWidget(w)
            form.addRow("", mrow)
        if step == 6:
            self.success = QComboBox()
            for k in MilestoneKind:
                if k is not MilestoneKind.CLOSED:
                    self.success.addItem(label(k, self.ctx.lang), k.value)
            self.followup = QSpinBox()
            self.followup.setRange(6, 8)
            self.followup.setSuffix(self.tr(" maanden"))
            self.cap = QSpinBox()
            self.cap.setRange(1, 500)
            form.addRow(self.tr("Geslaagde toeleiding = mijlpaal"), self.success)
            form.addRow(self.tr("Opvolging 'nog actief' na"), self.followup)
            form.addRow(self.tr("Maximale netwerkgrootte"), self.cap)
            self.indicator_list = QListWidget()
            self.indicator_list.setMaximumHeight(120)
            form.addRow(self.tr("Indicatoren en streefcijfers"), self.indicator_list)
            irow = QHBoxLayout()
            self.i_name = QLineEdit()
            self.i_name.setPlaceholderText(self.tr("indicator"))
            self.i_metric = QComboBox()
            self.i_metric.addItem(self.tr("zelf in te vullen"), "")
            for metric, text in (("trajectories_started", self.tr("trajecten gestart")),
                                 ("successful_guidances", self.tr("geslaagde toeleidingen")),
                                 ("stakeholders_reached", self.tr("organisaties bereikt")),
                                 ("podium_activities", self.tr("podiumactiviteiten")),
                                 ("signals_handled", self.tr("signalen beantwoord")),
                                 ("new_relations", self.tr("nieuwe relaties")),
                                 ("places_offered", self.tr("vrije plaatsen"))):
                self.i_metric.addItem(text, metric)
            self.i_year = QLineEdit()
            self.i_year.setPlaceholderText(self.tr("werkjaar, bv. 2026-2027"))
            self.i_target = QSpinBox()
            self.i_target.setRange(0, 100000)
            add_ind = QPushButton(self.tr("Streefcijfer bewaren"))
            add_ind.clicked.connect(self.save_indicator)
            for w in (self.i_name, self.i_metric, self.i_year, self.i_target, add_ind):
                irow.addWidget(w)
            form.addRow("", irow)
            self.registration_hint = QLabel(self.tr("Let op: harde cijfers kunnen druk zetten op de ambassadeur. "
                                                    "Gebruik streefcijfers als richting, niet als norm."))
            self.registration_hint.setWordWrap(True)
            self.registration_hint.setStyleSheet("color: #8a5300;")
            form.addRow(self.registration_hint)
        return page

    def _network(self, session: Any) -> Network:
        from app.services.common import network

        assert self.ctx.network_id is not None
        return network(session, self.ctx.network_id)

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        self.setEnabled(True)
        with self.ctx.session() as session:
            net = self._network(session)
            self.name.setText(net.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(net.kind)))
            for key, edit in self.texts.items():
                edit.setPlainText(getattr(net, key) or "")
            for value, cb in self.strategy_boxes.items():
                cb.setChecked(value in (net.strategies or []))
            self.budget.setValue(net.budget_eur or 0)
            self.fte.setValue(net.fte or 0)
            self.term_kind.setCurrentIndex(max(0, self.term_kind.findData(net.term_kind)))
            self.term_years.setValue(net.term_years or 0)
            self.hiring.setCurrentIndex(max(0, self.hiring.findData(net.hiring_mode)))
            self.partner.setText(net.hiring_partner)
            self.success.setCurrentIndex(max(0, self.success.findData(net.success_milestone)))
            self.followup.setValue(net.followup_months or 6)
            self.cap.setValue(net.size_cap or 25)
            members = session.scalars(select(SteeringMember).where(SteeringMember.network_id == net.id,
                                                                   SteeringMember.deleted_at.is_(None))).all()
            last = session.scalar(select(func.max(SteeringMeeting.held_on)).where(SteeringMeeting.network_id == net.id))
            text = ", ".join(f"{m.name} ({m.role})" for m in members) or self.tr("nog geen leden")
            if last:
                text += "\n" + self.tr("Laatste vergadering: {0}").format(fmt_date(last))
            self.steering.setText(text)
            self._members = len(members)
            self._fill_support_lists(session, net.id)
        self._live_warnings()

    def _fill_support_lists(self, session: Any, network_id: str) -> None:
        group = {"steering": self.tr("stuurgroep"), "support": self.tr("steungroep")}
        self.members.clear()
        for m in service.members(session, network_id):
            details = ", ".join(x for x in (m.role, m.organisation) if x)
            self.members.addItem(f"{m.name}" + (f" — {details}" if details else "") + f"  ({group.get(m.group_kind, '')})")
        self.meetings.clear()
        for m in service.meetings(session, network_id):
            self.meetings.addItem(f"{fmt_date(m.held_on)}  {m.notes}")
        self.indicator_list.clear()
        for ind in service.indicators(session, network_id):
            targets = ", ".join(f"{t.year}: {fmt_number(t.target) if t.target is not None else '–'}"
                                for t in sorted(ind.targets, key=lambda t: t.year) if t.deleted_at is None)
            self.indicator_list.addItem(f"{ind.name}" + (f" [{ind.unit}]" if ind.unit else "") + f" — {targets or self.tr('geen streefcijfer')}")

    def add_member(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            with self.ctx.session() as session:
                service.add_member(session, self.ctx.network_id, self.m_name.text(), self.m_role.text(),
                                   self.m_org.text(), self.m_kind.currentData())
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        for w in (self.m_name, self.m_role, self.m_org):
            w.clear()
        self.error.clear()
        self.refresh()

    def add_meeting(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            when = self.meeting_date.value()
            with self.ctx.session() as session:
                service.add_meeting(session, self.ctx.network_id, when, self.meeting_notes.text())
                session.commit()
        except (ValidationError, ValueError) as exc:
            self.error.setText(str(exc))
            return
        self.meeting_date.clear()
        self.meeting_notes.clear()
        self.error.clear()
        self.refresh()

    def save_indicator(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            year = parse_period(self.i_year.text()).label if self.i_year.text().strip() else None
            with self.ctx.session() as session:
                existing = next((i for i in service.indicators(session, self.ctx.network_id)
                                 if i.name.lower() == self.i_name.text().strip().lower()), None)
                ind = existing or service.add_indicator(session, self.ctx.network_id, self.i_name.text(),
                                                        self.i_metric.currentData())
                if year:
                    service.set_target(session, ind, year, float(self.i_target.value()))
                session.commit()
        except (ValidationError, UsageError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.refresh()

    def _live_warnings(self) -> None:
        probe = Network(name="", fte=self.fte.value(), term_kind=self.term_kind.currentData(),
                        term_years=self.term_years.value(), strategies=[k for k, cb in self.strategy_boxes.items()
                                                                         if cb.isChecked()],
                        success_milestone=self.success.currentData(), beliefs=self.texts["beliefs"].toPlainText())
        notes = service.profile_guidance(probe, getattr(self, "_members", None))
        self.warnings.setText("\n".join(("⚠ " if g.severity == "warning" else "ℹ ") +
                                        (g.en if self.ctx.lang == "en" else g.nl) for g in notes))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            name=self.name.text(), kind=self.kind.currentData(),
            strategies=[k for k, cb in self.strategy_boxes.items() if cb.isChecked()],
            budget_eur=self.budget.value() or None, fte=self.fte.value(), term_kind=self.term_kind.currentData(),
            term_years=self.term_years.value() or None, hiring_mode=self.hiring.currentData(),
            hiring_partner=self.partner.text(), success_milestone=self.success.currentData(),
            followup_months=self.followup.value(), size_cap=self.cap.value())
        return values

    def save(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            with self.ctx.session() as session:
                service.update_network(session, self._network(session), **self.values())
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._live_warnings()
        self.ctx.status_message.emit(self.tr("Netwerkprofiel bewaard."))
        self.ctx.data_changed.emit("network")

    def clear(self) -> None:
        self.name.clear()
        for edit in self.texts.values():
            edit.clear()
        self.steering.clear()
        self.warnings.clear()

    def open_record(self, record_id: str) -> None:
        del record_id
