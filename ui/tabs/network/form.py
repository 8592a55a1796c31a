"""The Netwerk tab's form: the six steps of seed 001, one page each (each scrolls on its own, so
the Save button below them stays in view), with the seeds' guidance per step."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import (
    STRATEGY_SIDE,
    HiringMode,
    MilestoneKind,
    NetworkKind,
    Strategy,
    TermKind,
    label,
)
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



class NetworkForm(QWidget):
    """Every input of the profile is an attribute (the free texts as `t_<field>`), so its state can
    be captured for the dirty check and a draft."""

    def _number(self, placeholder: str) -> QLineEdit:
        """A number that may stay empty (not measured yet), unlike a spin box's 0."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(140)
        return edit

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.texts: dict[str, QPlainTextEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
            self.kind.addItem(label(k, lang), k.value)
        head.addWidget(self.name, 2)
        head.addWidget(self.kind, 1)
        right.addLayout(head)
        self.pages = QStackedWidget()
        for step in range(1, 7):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self._page(step))
            self.pages.addWidget(scroll)
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.steps.setCurrentRow(0)

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
            setattr(self, f"t_{key}", edit)
            form.addRow(self.tr(text), edit)
        if step == 3:
            box = QGroupBox(self.tr("Strategieën"))
            bl = QVBoxLayout(box)
            self.strategy_boxes: dict[str, QCheckBox] = {}
            self.partner_edits: dict[str, QLineEdit] = {}  # partners per strategy, shown when it is chosen
            for side, heading in (("demand", self.tr("Vraagzijde")), ("supply", self.tr("Aanbodzijde"))):
                bl.addWidget(QLabel(f"<b>{heading}</b>"))
                for s in Strategy:
                    if STRATEGY_SIDE[s] == side:
                        cb = QCheckBox(label(s, self.lang))
                        self.strategy_boxes[s.value] = cb
                        setattr(self, f"s_{s.value}", cb)
                        bl.addWidget(cb)
                        partners = QLineEdit()
                        partners.setMaxLength(500)
                        partners.setPlaceholderText(self.tr("partners voor deze strategie, bv. OCMW, Huis van het Kind"))
                        partners.setAccessibleName(self.tr("Partners: %s") % label(s, self.lang))
                        partners.setContentsMargins(24, 0, 0, 4)
                        partners.setVisible(False)
                        cb.toggled.connect(partners.setVisible)
                        self.partner_edits[s.value] = partners
                        setattr(self, f"p_{s.value}", partners)
                        bl.addWidget(partners)
            form.addRow(box)
            self.budget = QDoubleSpinBox()
            self.budget.setRange(0, 10_000_000)
            self.budget.setPrefix("€ ")
            self.budget.setDecimals(0)
            self.budget.setGroupSeparatorShown(True)
            self.staff_budget = QDoubleSpinBox()
            self.staff_budget.setRange(0, 10_000_000)
            self.staff_budget.setPrefix("€ ")
            self.staff_budget.setDecimals(0)
            self.staff_budget.setGroupSeparatorShown(True)
            self.fte = QDoubleSpinBox()
            self.fte.setRange(0, 5)
            self.fte.setSingleStep(0.1)
            self.fte.setDecimals(2)
            self.term_kind = QComboBox()
            for k in TermKind:
                self.term_kind.addItem(label(k, self.lang), k.value)
            self.term_years = QSpinBox()
            self.term_years.setRange(0, 20)
            self.term_years.setSuffix(self.tr(" jaar"))
            form.addRow(self.tr("Werkingsbudget"), self.budget)
            form.addRow(self.tr("waarvan personeel"), self.staff_budget)
            form.addRow(self.tr("VTE (voltijds equivalent)"), self.fte)
            form.addRow(self.tr("Looptijd"), self.term_kind)
            form.addRow(self.tr("Aantal jaar"), self.term_years)
        if step == 4:
            self.hiring = QComboBox()
            for k in HiringMode:
                self.hiring.addItem(label(k, self.lang), k.value)
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
            self.add_member_button = add_member
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
            self.add_meeting_button = add_meeting
            for w in (self.meeting_date, self.meeting_notes, add_meeting):
                mrow.addWidget(w)
            form.addRow("", mrow)
            self.meeting_files_button = QPushButton(self.tr("Verslag of bestanden bij de gekozen vergadering…"))
            self.meeting_files_button.setEnabled(False)
            self.meetings.currentRowChanged.connect(lambda row: self.meeting_files_button.setEnabled(row >= 0))
            form.addRow("", self.meeting_files_button)
        if step == 6:
            self.success = QComboBox()
            for k in MilestoneKind:
                if k is not MilestoneKind.CLOSED:
                    self.success.addItem(label(k, self.lang), k.value)
            self.followup = QSpinBox()
            self.followup.setRange(6, 8)
            self.followup.setSuffix(self.tr(" maanden"))
            self.cap = QSpinBox()
            self.cap.setRange(1, 500)
            form.addRow(self.tr("Geslaagde toeleiding = mijlpaal"), self.success)
            form.addRow(self.tr("Opvolging 'nog actief' na"), self.followup)
            form.addRow(self.tr("Maximale netwerkgrootte"), self.cap)
            self.indicator_list = QListWidget()
            self.indicator_list.setMaximumHeight(140)
            self.indicator_list.setWordWrap(True)
            form.addRow(self.tr("Indicatoren: vertrekpunt, streefcijfer en stand"), self.indicator_list)
            self.registration_hint = QLabel(self.tr(
                "Let op: harde cijfers kunnen druk zetten op de ambassadeur. Gebruik streefcijfers als richting, niet "
                "als norm: het verslag toont hoe ver je op weg bent vanaf het vertrekpunt, niet ‘gehaald’ of ‘niet "
                "gehaald’."))
            self.registration_hint.setWordWrap(True)
            self.registration_hint.setStyleSheet("color: #8a5300;")
            form.addRow(self.registration_hint)
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
            self.i_year.setMinimumWidth(self.i_year.fontMetrics().horizontalAdvance(self.i_year.placeholderText()) + 16)
            for w in (self.i_name, self.i_metric, self.i_year):
                irow.addWidget(w, 1 if w is self.i_name else 0)
            form.addRow(self.tr("Indicator en jaar"), irow)
            vrow = QHBoxLayout()
            self.i_baseline = self._number(self.tr("vertrekpunt"))
            self.i_target = QSpinBox()
            self.i_target.setRange(0, 100000)
            self.i_target.setPrefix(self.tr("streefcijfer "))
            self.i_target.setMaximumWidth(180)
            self.i_actual = self._number(self.tr("stand"))
            for w in (self.i_baseline, self.i_target, self.i_actual):
                vrow.addWidget(w)
            vrow.addStretch(1)
            form.addRow(self.tr("Vertrekpunt, streefcijfer, stand"), vrow)
            self.i_note = QLineEdit()
            self.i_note.setPlaceholderText(self.tr("toelichting bij de stand (bv. hoe ze gemeten werd)"))
            add_ind = QPushButton(self.tr("Indicator bewaren"))
            self.add_indicator_button = add_ind
            nrow = QHBoxLayout()
            nrow.addWidget(self.i_note, 1)
            nrow.addWidget(add_ind)
            form.addRow(self.tr("Toelichting"), nrow)
        return page
