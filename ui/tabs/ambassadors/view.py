"""Ambassadeurs: the roster with status, term end, motivation profile and podium traffic light; the
ambassador's form with the dated status pipeline and the seed-002 advice per motivation profile;
the network-health panel (size vs cap, diversity as aggregates, terms ending, yearly moments,
group phases)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Ambassador
from app.domain.vocabulary import (
    AMBASSADOR_TRANSITIONS,
    ActivityKind,
    AmbassadorStatus,
    EngagementType,
    GroupPhase,
    MotivationProfile,
    label,
)
from app.errors import ValidationError
from app.formatting import fmt_date
from app.periods import period_of
from app.services import ambassador as service
from app.services.common import network
from ui.context import AppContext
from ui.widgets.common import DateEdit, ListModel, enum_combo, set_combo

LIGHT_COLOURS = {"red": "#c62828", "amber": "#ef8f00", "green": "#2e7d32"}


def title(lang: str) -> str:
    return "Ambassadors" if lang == "en" else "Ambassadeurs"


class QuestionnaireDialog(QDialog):
    """The short motivation questionnaire: agreement 0–4 per statement."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Motivatieprofiel: vragenlijst"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Hoe sterk herken je jezelf in elke uitspraak? (0 = helemaal niet, 4 = helemaal)"
                )
            )
        )
        self.sliders: list[QSlider] = []
        for nl, en, _profile in service.MOTIVATION_QUESTIONS:
            s = QSlider(Qt.Orientation.Horizontal)
            s.setRange(0, 4)
            s.setValue(2)
            s.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.sliders.append(s)
            text = QLabel(en if lang == "en" else nl)
            text.setWordWrap(True)
            form.addRow(text, s)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_profile(self) -> MotivationProfile:
        return service.score_motivation({i: s.value() for i, s in enumerate(self.sliders)})


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current_id: str | None = None
        self.podium: dict[str, int] = {}
        self.target = 3
        lang = ctx.lang
        self.model = ListModel(
            [
                ("Naam", "Name", lambda a: a.name),
                ("Status", "Status", lambda a: label(AmbassadorStatus(a.status), self.ctx.lang)),
                ("Mandaat tot", "Term until", lambda a: a.term_end),
                (
                    "Motivatieprofiel",
                    "Motivation",
                    lambda a: (
                        label(MotivationProfile(a.motivation_profile), self.ctx.lang)
                        if a.motivation_profile
                        else ""
                    ),
                ),
                (
                    "Podium",
                    "Podium",
                    lambda a: f"●  {self.podium.get(a.id, 0)}" if a.status == "active" else "",
                ),
                ("Dorp/wijk", "Area", lambda a: a.area),
            ],
            lang,
            colour=self._light_colour,
            colour_columns=[4],
        )

        left = QWidget()
        ll = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam, organisatie of dorp (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        ll.addWidget(self.search)
        row = QHBoxLayout()
        self.f_status = enum_combo(AmbassadorStatus, lang, self.tr("Alle statussen"))
        self.f_profile = enum_combo(MotivationProfile, lang, self.tr("Alle profielen"))
        for combo in (self.f_status, self.f_profile):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
            row.addWidget(combo)
        ll.addLayout(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        ll.addWidget(self.table, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        ll.addWidget(self.legend)
        self.empty = QLabel(
            self.tr(
                "Nog geen ambassadeurs. Draag een eerste ambassadeur voor met ‘Voordragen’ (Ctrl+N)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 12px;")
        ll.addWidget(self.empty)
        new = QPushButton(self.tr("Voordragen…"))
        new.setToolTip("Ctrl+N")
        new.clicked.connect(self.new_record)
        ll.addWidget(new)

        form_w = QWidget()
        fl = QVBoxLayout(form_w)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        fl.addWidget(self.heading)
        steps = QHBoxLayout()
        self.step_buttons: dict[AmbassadorStatus, QPushButton] = {}
        verbs = {
            AmbassadorStatus.NOMINATED: self.tr("Opnieuw voordragen"),
            AmbassadorStatus.APPOINTED: self.tr("Aanstellen"),
            AmbassadorStatus.ACTIVE: self.tr("Actief maken"),
            AmbassadorStatus.HONORARY: self.tr("Erelid maken"),
            AmbassadorStatus.FORMER: self.tr("Stopzetten…"),
        }
        for status, verb in verbs.items():
            b = QPushButton(verb)
            b.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.step_buttons[status] = b
            steps.addWidget(b)
        fl.addLayout(steps)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        fl.addWidget(self.history)
        box = QGroupBox(self.tr("Persoon"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.area = QLineEdit()
        self.nominated_by = QLineEdit()
        self.charter = DateEdit()
        for text, w in (
            (self.tr("Naam"), self.name),
            (self.tr("E-mail"), self.email),
            (self.tr("Telefoon"), self.phone),
            (self.tr("Organisatie"), self.organisation),
            (self.tr("Rol"), self.role),
            (self.tr("Dorp of wijk"), self.area),
            (self.tr("Voorgedragen door"), self.nominated_by),
            (self.tr("Charter getekend op"), self.charter),
        ):
            form.addRow(text, w)
        fl.addWidget(box)
        mot = QGroupBox(self.tr("Motivatieprofiel"))
        ml = QVBoxLayout(mot)
        mrow = QHBoxLayout()
        self.profile = enum_combo(MotivationProfile, lang, self.tr("— nog niet gekozen —"))
        self.profile.currentIndexChanged.connect(lambda _i: self._show_advice())
        quiz = QPushButton(self.tr("Vragenlijst…"))
        quiz.clicked.connect(self.questionnaire)
        mrow.addWidget(self.profile, 1)
        mrow.addWidget(quiz)
        ml.addLayout(mrow)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("background: #eef3f8; border-radius: 6px; padding: 8px;")
        ml.addWidget(self.advice)
        fl.addWidget(mot)
        eng = QGroupBox(self.tr("Engagement"))
        el = QGridLayout(eng)
        self.engagement: dict[str, QCheckBox] = {}
        for i, e in enumerate(EngagementType):
            cb = QCheckBox(label(e, lang))
            self.engagement[e.value] = cb
            el.addWidget(cb, i // 2, i % 2)
        self.likes = QLineEdit()
        self.strengths = QLineEdit()
        self.feedback = QPlainTextEdit()
        self.feedback.setMaximumHeight(60)
        el.addWidget(QLabel(self.tr("Doet graag")), 4, 0)
        el.addWidget(self.likes, 4, 1)
        el.addWidget(QLabel(self.tr("Sterktes")), 5, 0)
        el.addWidget(self.strengths, 5, 1)
        el.addWidget(QLabel(self.tr("Feedback")), 6, 0)
        el.addWidget(self.feedback, 6, 1)
        fl.addWidget(eng)
        div = QGroupBox(
            self.tr("Diversiteit (optioneel, enkel met toestemming; alleen als totalen getoond)")
        )
        dl = QFormLayout(div)
        self.consent = QCheckBox(self.tr("Toestemming gegeven"))
        self.consent.toggled.connect(self._consent_changed)
        dl.addRow(self.consent)
        self.diversity: dict[str, QLineEdit] = {}
        for key, text in (
            ("sector", self.tr("Sector")),
            ("company_size", self.tr("Grootte bedrijf")),
            ("theme_phase", self.tr("Fase in het thema")),
            ("age_band", self.tr("Leeftijd")),
            ("gender", self.tr("Gender")),
            ("background", self.tr("Achtergrond")),
        ):
            edit = QLineEdit()
            self.diversity[key] = edit
            dl.addRow(text, edit)
        fl.addWidget(div)
        part = QGroupBox(self.tr("Vormingen, netwerkmomenten en bedankmomenten"))
        pl = QVBoxLayout(part)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pl.addWidget(self.summary)
        self.participations = QListWidget()
        self.participations.setMaximumHeight(110)
        pl.addWidget(self.participations)
        fl.addWidget(part)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        fl.addWidget(self.error)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("Bewaren"))
        save.setToolTip("Ctrl+S")
        save.clicked.connect(self.save)
        delete = QPushButton(self.tr("Verwijderen…"))
        delete.clicked.connect(self.delete)
        buttons.addWidget(save, 1)
        buttons.addWidget(delete)
        fl.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_w)
        scroll.setMinimumWidth(520)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 580])

        health = QWidget()
        hl = QVBoxLayout(health)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        self.moments_label = QLabel()
        self.terms_label = QLabel()
        self.nominations_label = QLabel()
        self.diversity_label = QLabel()
        for lbl in (
            self.size_label,
            self.moments_label,
            self.terms_label,
            self.nominations_label,
            self.diversity_label,
        ):
            lbl.setWordWrap(True)
            lbl.setTextFormat(Qt.TextFormat.RichText)
            hl.addWidget(lbl)
        phase_box = QGroupBox(self.tr("Groepsfasen (Tuckman)"))
        pbl = QVBoxLayout(phase_box)
        self.phases = QListWidget()
        pbl.addWidget(self.phases)
        prow = QHBoxLayout()
        self.phase = enum_combo(GroupPhase, lang)
        self.intervention = QLineEdit()
        self.intervention.setPlaceholderText(self.tr("interventie of vaststelling"))
        add_phase = QPushButton(self.tr("Toevoegen"))
        add_phase.clicked.connect(self.add_phase)
        del_phase = QPushButton(self.tr("Verwijderen"))
        del_phase.clicked.connect(self.delete_phase)
        prow.addWidget(self.phase)
        prow.addWidget(self.intervention, 1)
        prow.addWidget(add_phase)
        prow.addWidget(del_phase)
        pbl.addLayout(prow)
        hl.addWidget(phase_box, 1)
        hscroll = QScrollArea()
        hscroll.setWidgetResizable(True)
        hscroll.setWidget(health)

        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Ambassadeurs"))
        self.views.addTab(hscroll, self.tr("Netwerkgezondheid"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self._consent_changed(False)

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _light_colour(self, a: Any) -> str | None:
        if a.status != "active":
            return None
        return LIGHT_COLOURS[service.podium_light(self.podium.get(a.id, 0), self.target)]

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        self.refresh_list()
        self.refresh_health()
        if self.current_id:
            self._load(self.current_id)
        elif self.model.rows:
            self.table.selectRow(0)
        else:
            self.clear_form()

    def refresh_list(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        with self.ctx.session() as session:
            net = network(session, self.ctx.network_id)
            period = period_of(
                self.ctx.today(), self.ctx.settings.year_mode, net.working_year_start_month or 9
            )
            self.target = net.podium_target or 3
            self.podium = service.podium_counts(session, self.ctx.network_id, period)
            rows = service.roster(session, self.ctx.network_id)
        text = self.search.text().strip().lower()
        status, profile = self.f_status.currentData(), self.f_profile.currentData()
        rows = [
            a
            for a in rows
            if (not text or text in f"{a.name} {a.organisation} {a.area}".lower())
            and (not status or a.status == status)
            and (not profile or a.motivation_profile == profile)
        ]
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.legend.setText(
            self.tr(
                "Podium {0}: ● groen = {1} of meer, oranje = 1 tot {2}, rood = nog geen."
            ).format(period.label, self.target, self.target - 1)
        )
        self.empty.setVisible(not rows)

    def refresh_health(self) -> None:
        assert self.ctx.network_id is not None
        lang = self.ctx.lang
        with self.ctx.session() as session:
            net = network(session, self.ctx.network_id)
            period = period_of(
                self.ctx.today(), self.ctx.settings.year_mode, net.working_year_start_month or 9
            )
            size = service.network_size(session, self.ctx.network_id)
            moments = service.yearly_moments(session, self.ctx.network_id, period)
            ending = service.terms_ending(session, self.ctx.network_id, self.ctx.today())
            waiting = service.nominations_waiting(session, self.ctx.network_id)
            div = {
                k: service.diversity(session, self.ctx.network_id, k)
                for k in service.DIVERSITY_ATTRIBUTES
            }
            phases = service.group_phases(session, self.ctx.network_id)
        colour = "#b3261e" if size.over else "#2e7d32"
        t_size = self.tr("Netwerkgrootte")
        t_moments = self.tr("Jaarlijkse momenten")
        t_terms = self.tr("Mandaten die binnen 6 maanden aflopen")
        t_waiting = self.tr("Voordrachten die wachten")
        t_div = self.tr("Diversiteit")
        self.size_label.setText(
            f"<b>{t_size}</b><br><span style='color:{colour}'>"
            f"{size.en if lang == 'en' else size.nl}</span>"
        )
        yes, no = self.tr("ja"), self.tr("nog niet")
        self.moments_label.setText(
            f"<b>{t_moments} {period.label}</b><br>"
            + self.tr("Aanstellingsmoment: {0} ({1} aangesteld)").format(
                yes if moments.appointment_moment else no, moments.appointed
            )
            + "<br>"
            + self.tr("Bedankmoment: {0}").format(yes if moments.thank_you else no)
        )
        self.terms_label.setText(
            f"<b>{t_terms}</b><br>"
            + ("<br>".join(f"{a.name}: {fmt_date(a.term_end)}" for a in ending) or self.tr("geen"))
        )
        self.nominations_label.setText(
            f"<b>{t_waiting}</b><br>"
            + (
                "<br>".join(self._waiting_line(a.name, a.nominated_on) for a in waiting)
                or self.tr("geen")
            )
        )
        parts = []
        hidden = self.tr("andere/verborgen")
        for key, title_text in (
            ("sector", self.tr("Sector")),
            ("company_size", self.tr("Grootte bedrijf")),
            ("theme_phase", self.tr("Fase in het thema")),
            ("age_band", self.tr("Leeftijd")),
            ("gender", self.tr("Gender")),
            ("background", self.tr("Achtergrond")),
        ):
            values = ", ".join(
                f"{hidden if k == service.HIDDEN_GROUP else k}: {v}" for k, v in div[key].items()
            ) or self.tr("geen gegevens")
            parts.append(f"{title_text}: {values}")
        self.diversity_label.setText(
            f"<b>{t_div}</b> "
            + self.tr(
                "(enkel wie toestemming gaf; groepen kleiner dan 3 samengevoegd tot ‘andere/verborgen’)"
            )
            + "<br>"
            + "<br>".join(parts)
        )
        self.phases.clear()
        for p in phases:
            item = QListWidgetItem(
                f"{fmt_date(p.noted_on)}  {label(GroupPhase(p.phase), lang)} — {p.intervention}"
            )
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.phases.addItem(item)
        if not phases:
            self.phases.addItem(
                self.tr("Nog geen groepsfase genoteerd. Noteer waar de groep staat en wat je doet.")
            )

    def _waiting_line(self, name: str, nominated_on: Any) -> str:
        text = f"{name} ({fmt_date(nominated_on)})"
        if nominated_on is not None and (self.ctx.today() - nominated_on).days > 30:
            late = self.tr("wacht langer dan 30 dagen")
            return f"<span style='color:#b26a00'>{text} — {late}</span>"
        return text

    def clear(self) -> None:
        """Drop every piece of data from the screen (the vault is locked)."""
        self.model.set_rows([])
        self.podium = {}
        self.current_id = None
        self.clear_form()
        self.heading.clear()
        self.search.clear()
        self.profile.setCurrentIndex(0)
        self.consent.setChecked(False)
        for cb in self.engagement.values():
            cb.setChecked(False)
        self.phases.clear()
        for lbl in (
            self.size_label,
            self.moments_label,
            self.terms_label,
            self.nominations_label,
            self.diversity_label,
        ):
            lbl.clear()

    def open_record(self, record_id: str) -> None:
        self.views.setCurrentIndex(0)
        self._load(record_id)
        for row, a in enumerate(self.model.rows):
            if a.id == record_id:
                self.table.selectRow(row)

    def _selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        idx = selected.indexes()
        if idx:
            record_id = self.model.data(idx[0], Qt.ItemDataRole.UserRole)
            if record_id and record_id != self.current_id:
                self._load(record_id)

    def _load(self, record_id: str) -> None:
        lang = self.ctx.lang
        with self.ctx.session() as session:
            a = session.get(Ambassador, record_id)
            if a is None or a.deleted_at is not None:
                return
            self.current_id = a.id
            status = AmbassadorStatus(a.status)
            self.heading.setText(f"{a.name}  ·  {label(status, lang)}")
            for target, b in self.step_buttons.items():
                b.setVisible(target in AMBASSADOR_TRANSITIONS[status])
            self.history.clear()
            for ch in a.status_changes:
                note = f" — {ch.note}" if ch.note else ""
                self.history.addItem(
                    f"{fmt_date(ch.changed_on)}  {label(AmbassadorStatus(ch.to_status), lang)}{note}"
                )
            if a.term_end:
                self.history.addItem(
                    self.tr("Mandaat: {0} tot {1}").format(
                        fmt_date(a.term_start), fmt_date(a.term_end)
                    )
                )
            for w, v in (
                (self.name, a.name),
                (self.email, a.email),
                (self.phone, a.phone),
                (self.organisation, a.organisation),
                (self.role, a.role),
                (self.area, a.area),
                (self.nominated_by, a.nominated_by),
                (self.likes, a.likes),
                (self.strengths, a.strengths),
            ):
                w.setText(v or "")
            self.charter.set_value(a.charter_signed_on)
            self.feedback.setPlainText(a.feedback)
            set_combo(self.profile, a.motivation_profile)
            for value, cb in self.engagement.items():
                cb.setChecked(value in (a.engagement_types or []))
            self.consent.setChecked(a.diversity_consent)
            for key, edit in self.diversity.items():
                edit.setText(getattr(a, key) or "")
            self._consent_changed(a.diversity_consent)
            summary = service.engagement_summary(session, a.id)
            self.summary.setText(
                self.tr(
                    "Vormingen: {0} · netwerkmomenten: {1} · bedankt: {2}{3} · podium: {4}"
                ).format(
                    summary.trainings,
                    summary.meetings,
                    summary.thanks,
                    self.tr(" (laatst {0})").format(fmt_date(summary.last_thanked_on))
                    if summary.last_thanked_on
                    else "",
                    summary.podium,
                )
            )
            self.participations.clear()
            for d, kind, act_title, attended in service.participations(session, a.id):
                kind_label = (
                    label(ActivityKind(kind), lang)
                    if kind in ActivityKind._value2member_map_
                    else kind
                )
                mark = "" if attended else self.tr(" (afwezig)")
                self.participations.addItem(f"{fmt_date(d)}  {kind_label}: {act_title}{mark}")
        self._show_advice()
        self.error.clear()

    def _show_advice(self) -> None:
        value = self.profile.currentData()
        if not value:
            self.advice.setText(
                self.tr(
                    "Kies een profiel of vul de vragenlijst in om te zien hoe je deze ambassadeur best ondersteunt."
                )
            )
            return
        role_nl, instr_nl, role_en, instr_en = service.PROFILE_ADVICE[MotivationProfile(value)]
        role, instruments = (role_en, instr_en) if self.ctx.lang == "en" else (role_nl, instr_nl)
        role_title, instruments_title = (
            self.tr("Jouw rol als projectleider"),
            self.tr("Instrumenten"),
        )
        self.advice.setText(
            f"<b>{role_title}:</b> {role}<br><b>{instruments_title}:</b> {instruments}"
        )

    def _consent_changed(self, on: bool) -> None:
        for edit in self.diversity.values():
            edit.setEnabled(on)
            if not on:
                edit.clear()

    # -- writing --------------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Voordragen"), self.tr("Naam van de nieuwe ambassadeur:")
        )
        if ok and name.strip():
            by, _ok = QInputDialog.getText(
                self, self.tr("Voordragen"), self.tr("Voorgedragen door:")
            )
            self.nominate(name, by)

    def nominate(self, name: str, nominated_by: str = "") -> None:
        assert self.ctx.network_id is not None
        try:
            with self.ctx.session() as session:
                a = service.create(
                    session,
                    self.ctx.network_id,
                    name,
                    nominated_by=nominated_by,
                    on=self.ctx.today(),
                )
                session.commit()
                record_id = a.id
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("ambassador")
        self.refresh_list()
        self.refresh_health()
        self.open_record(record_id)

    def change_status(self, target: AmbassadorStatus, reason: str | None = None) -> None:
        if self.current_id is None:
            return
        if target is AmbassadorStatus.FORMER and reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Stopzetten"), self.tr("Waarom stopt deze ambassadeur?")
            )
            if not ok:
                return
        try:
            with self.ctx.session() as session:
                a = session.get(Ambassador, self.current_id)
                assert a is not None
                service.change_status(
                    session, a, target.value, self.ctx.today(), reason=reason or ""
                )
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("ambassador")
        self.refresh_list()
        self.refresh_health()
        self._load(self.current_id)

    def questionnaire(self) -> None:
        dialog = QuestionnaireDialog(self.ctx.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            set_combo(self.profile, dialog.result_profile().value)

    def save(self) -> None:
        if self.current_id is None:
            return
        try:
            charter = self.charter.value()
        except ValueError as exc:
            self.error.setText(self.tr("Charter: {0}").format(exc))
            return
        consent = self.consent.isChecked()
        fields: dict[str, Any] = {
            "name": self.name.text(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "organisation": self.organisation.text().strip(),
            "role": self.role.text().strip(),
            "area": self.area.text().strip(),
            "nominated_by": self.nominated_by.text().strip(),
            "likes": self.likes.text(),
            "strengths": self.strengths.text(),
            "feedback": self.feedback.toPlainText(),
            "charter_signed_on": charter,
            "motivation_profile": self.profile.currentData(),
            "engagement_types": [v for v, cb in self.engagement.items() if cb.isChecked()],
            "diversity_consent": consent,
        }
        if consent:
            fields.update({key: edit.text().strip() for key, edit in self.diversity.items()})
        try:
            with self.ctx.session() as session:
                a = session.get(Ambassador, self.current_id)
                assert a is not None
                service.update(session, a, **fields)
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("ambassador")
        self.ctx.status_message.emit(self.tr("Bewaard."))
        self.refresh_list()
        self.refresh_health()
        self._load(self.current_id)

    def add_phase(self) -> None:
        if self.ctx.network_id is None or self.ctx.vault is None:
            return
        with self.ctx.session() as session:
            service.add_group_phase(
                session,
                self.ctx.network_id,
                self.phase.currentData(),
                self.ctx.today(),
                self.intervention.text(),
            )
            session.commit()
        self.intervention.clear()
        self.refresh_health()

    def delete_phase(self) -> None:
        item = self.phases.currentItem()
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not entry_id or self.ctx.vault is None:
            return
        from app.domain import GroupPhaseEntry

        with self.ctx.session() as session:
            entry = session.get(GroupPhaseEntry, entry_id)
            if entry is not None:
                service.delete_group_phase(session, entry)
                session.commit()
        self.refresh_health()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Verwijderen"), question)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self.current_id is None or self.ctx.vault is None:
            return
        if not self.confirm(
            self.tr(
                "Deze ambassadeur verwijderen? De gegevens verdwijnen uit lijsten en verslagen."
            )
        ):
            return
        with self.ctx.session() as session:
            a = session.get(Ambassador, self.current_id)
            if a is not None:
                service.delete(session, a)
                session.commit()
        self.current_id = None
        self.clear_form()
        self.ctx.data_changed.emit("ambassador")
        self.refresh_list()
        self.refresh_health()

    def clear_form(self) -> None:
        self.history.clear()
        self.participations.clear()
        self.summary.clear()
        for w in (
            self.name,
            self.email,
            self.phone,
            self.organisation,
            self.role,
            self.area,
            self.nominated_by,
            self.charter,
            self.likes,
            self.strengths,
            *self.diversity.values(),
        ):
            w.clear()
        self.feedback.clear()
        self.heading.setText(
            self.tr("Kies een ambassadeur in de lijst of draag iemand voor (Ctrl+N).")
        )
        for b in self.step_buttons.values():
            b.setVisible(False)
