"""Trajecten (toeleiding): pseudonymous list with filters, the trajectory form (referral, worker,
offers with their places, barriers, support), the milestone timeline with one-click outcomes,
closing with a reason, and the insight view (retention funnel against the seed-001 benchmark)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.domain import Ambassador, Stakeholder, SupportGiven, Trajectory, TrajectoryBarrier
from app.domain.vocabulary import (
    MILESTONE_ORDER,
    Barrier,
    ClosingReason,
    MilestoneKind,
    SupportKind,
    TrajectoryStatus,
    label,
)
from app.errors import ValidationError
from app.formatting import fmt_date, fmt_eur, fmt_number
from app.periods import period_of
from app.services import trajectory as service
from app.services.common import network
from ui.context import AppContext
from ui.widgets.bars import BarChart
from ui.widgets.common import DateEdit, ListModel, enum_combo, set_combo


def title(lang: str) -> str:
    return "Trajectories" if lang == "en" else "Trajecten"


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
        self.error.setStyleSheet("color: #b3261e;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        try:
            if self.when.value() is None:
                raise ValueError(self.tr("vul de datum in (dd/mm/jjjj)"))
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class Timeline(QWidget):
    """The six milestones in a row: achieved (green, date), due (amber/red, due date), to come (grey)."""

    def __init__(self, tab: Tab) -> None:
        super().__init__()
        self.tab = tab
        self.grid = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for i, kind in enumerate(MILESTONE_ORDER):
            b = QPushButton()
            b.setMinimumHeight(52)
            b.clicked.connect(lambda _c=False, k=kind: self.tab.record(k))
            self.grid.addWidget(b, i // 3, i % 3)
            b.setMinimumWidth(120)
            self.buttons[kind.value] = b

    def show_trajectory(self, traj: Trajectory | None, today: date, lang: str) -> None:
        by_kind = {m.kind: m for m in traj.milestones if m.deleted_at is None} if traj else {}
        for kind in MILESTONE_ORDER:
            b = self.buttons[kind.value]
            m = by_kind.get(kind.value)
            name = label(kind, lang)
            style = "background: #eceff1; color: #607d8b;"
            text = name
            if m is not None and m.achieved_on is not None:
                mark = "✗" if m.outcome is False else "✓"
                extra = f" ({m.count}×)" if kind is MilestoneKind.TRIAL and m.count else ""
                text = f"{mark} {name}{extra}\n{fmt_date(m.achieved_on)}"
                style = "background: #ffebee; color: #b3261e;" if m.outcome is False else "background: #e8f5e9; color: #1b5e20;"
            elif m is not None and m.due_on is not None:
                overdue = m.due_on < today
                text = f"{name}\n{self.tr('te checken')} {fmt_date(m.due_on)}"
                style = "background: #ffcdd2; color: #b3261e; font-weight: 600;" if overdue else "background: #fff3e0; color: #8a5300;"
            b.setText(text)
            b.setStyleSheet(style)
            b.setEnabled(traj is not None and traj.status == TrajectoryStatus.OPEN.value and kind is not MilestoneKind.CLOSED
                         and kind is not MilestoneKind.FIRST_CONTACT)


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current_id: str | None = None
        lang = ctx.lang
        self.model = ListModel([
            ("Code", "Code", lambda r: r.code), ("Geboortejaar", "Birth year", lambda r: r.birth_year),
            ("Wijk", "Neighbourhood", lambda r: r.neighbourhood), ("Begeleider", "Worker", lambda r: r.worker),
            ("Status", "Status", lambda r: label(TrajectoryStatus(r.status), self.ctx.lang)),
            ("Volgende mijlpaal", "Next milestone", lambda r: label(MilestoneKind(r.next_kind), self.ctx.lang) if r.next_kind else ""),
            ("Te checken", "Due", lambda r: r.next_due),
        ], lang, colour=lambda r: "#b3261e" if r.next_due and r.next_due < self.ctx.today() else None,
            colour_columns=[5, 6])

        left = QWidget()
        ll = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        ll.addWidget(self.search)
        row = QHBoxLayout()
        self.f_status = enum_combo(TrajectoryStatus, lang, self.tr("Alle statussen"))
        self.f_barrier = enum_combo(Barrier, lang, self.tr("Alle drempels"))
        self.f_due = QCheckBox(self.tr("Mijlpaal te checken (14 dagen)"))
        self.f_year = QComboBox()
        self.f_year.addItem(self.tr("Alle jaren"), None)
        self.f_worker = QComboBox()
        self.f_hood = QComboBox()
        for w in (self.f_worker, self.f_hood):
            w.currentIndexChanged.connect(lambda _i: self.refresh_list())
        for w in (self.f_status, self.f_barrier, self.f_year):
            w.currentIndexChanged.connect(lambda _i: self.refresh_list())
            row.addWidget(w)
        self.f_due.toggled.connect(lambda _b: self.refresh_list())
        ll.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.f_worker)
        row2.addWidget(self.f_hood)
        row2.addWidget(self.f_due)
        ll.addLayout(row2)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        ll.addWidget(self.table, 1)
        self.count_label = QLabel()
        ll.addWidget(self.count_label)
        self.empty = QLabel(self.tr("Nog geen trajecten. Klik op ‘Nieuw traject’ (Ctrl+N) na een eerste contact."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 12px;")
        ll.addWidget(self.empty)
        new = QPushButton(self.tr("Nieuw traject"))
        new.setToolTip("Ctrl+N")
        new.clicked.connect(self.new_record)
        ll.addWidget(new)

        form_w = QWidget()
        fl = QVBoxLayout(form_w)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        fl.addWidget(self.heading)
        self.timeline = Timeline(self)
        fl.addWidget(self.timeline)
        box = QGroupBox(self.tr("Traject"))
        form = QFormLayout(box)
        self.started = DateEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(self.tr("onbekend"))
        self.gender = QComboBox()
        for value, text in (("", self.tr("niet ingevuld")), ("meisje", self.tr("meisje")), ("jongen", self.tr("jongen")),
                            ("x", self.tr("x / anders"))):
            self.gender.addItem(text, value)
        self.neighbourhood = QLineEdit()
        self.family = QLineEdit()
        self.family.setPlaceholderText(self.tr("bv. GZN-1042 — groepeert broers en zussen"))
        self.name_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setEchoMode(QLineEdit.EchoMode.Password)
        self.name.setToolTip(self.tr("Optioneel. Blijft op deze laptop: nooit in lijsten, exports of rapporten."))
        self.show_name = QCheckBox(self.tr("Naam tonen"))
        self.show_name.toggled.connect(lambda on: self.name.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.name_row.addWidget(self.name)
        self.name_row.addWidget(self.show_name)
        self.referral = QComboBox()
        self.worker = QComboBox()
        self.wishes = QPlainTextEdit()
        self.wishes.setMaximumHeight(60)
        form.addRow(self.tr("Eerste contact"), self.started)
        form.addRow(self.tr("Geboortejaar"), self.birth_year)
        form.addRow(self.tr("Geslacht"), self.gender)
        form.addRow(self.tr("Wijk"), self.neighbourhood)
        form.addRow(self.tr("Gezinscode"), self.family)
        form.addRow(self.tr("Naam (optioneel, lokaal)"), self.name_row)
        form.addRow(self.tr("Doorverwezen door"), self.referral)
        form.addRow(self.tr("Begeleider"), self.worker)
        form.addRow(self.tr("Wensen en interesses"), self.wishes)
        fl.addWidget(box)
        offers = QGroupBox(self.tr("Aanbod (vrije plaatsen · wachtlijst)"))
        ol = QVBoxLayout(offers)
        self.offers = QListWidget()
        self.offers.setMaximumHeight(80)
        ol.addWidget(self.offers)
        orow = QHBoxLayout()
        self.offer_pick = QComboBox()
        add_offer = QPushButton(self.tr("Toevoegen"))
        add_offer.clicked.connect(self.add_offer)
        orow.addWidget(self.offer_pick, 1)
        orow.addWidget(add_offer)
        ol.addLayout(orow)
        fl.addWidget(offers)
        barriers = QGroupBox(self.tr("Drempels"))
        bl = QGridLayout(barriers)
        self.barrier_boxes: dict[str, QCheckBox] = {}
        for i, b in enumerate(x for x in Barrier if x is not Barrier.OTHER):
            cb = QCheckBox(label(b, lang))
            self.barrier_boxes[b.value] = cb
            bl.addWidget(cb, i, 0)
        self.custom_barrier = QLineEdit()
        self.custom_barrier.setPlaceholderText(self.tr("andere drempel (vrij in te vullen)"))
        bl.addWidget(self.custom_barrier, 12, 0)
        fl.addWidget(barriers)
        support = QGroupBox(self.tr("Ondersteuning"))
        sl = QVBoxLayout(support)
        self.support = QListWidget()
        self.support.setMaximumHeight(80)
        sl.addWidget(self.support)
        srow = QHBoxLayout()
        self.support_kind = enum_combo(SupportKind, lang)
        self.support_amount = QDoubleSpinBox()
        self.support_amount.setRange(0, 10000)
        self.support_amount.setPrefix("€ ")
        add_support = QPushButton(self.tr("Toevoegen"))
        add_support.clicked.connect(self.add_support)
        for w in (self.support_kind, self.support_amount, add_support):
            srow.addWidget(w)
        sl.addLayout(srow)
        fl.addWidget(support)
        closing = QGroupBox(self.tr("Afsluiten"))
        cl = QHBoxLayout(closing)
        self.close_reason = enum_combo(ClosingReason, lang)
        self.close_note = QLineEdit()
        self.close_note.setPlaceholderText(self.tr("toelichting"))
        self.close_button = QPushButton(self.tr("Traject afsluiten"))
        self.close_button.clicked.connect(self.close_current)
        for w in (self.close_reason, self.close_note, self.close_button):
            cl.addWidget(w)
        fl.addWidget(closing)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        fl.addWidget(self.error)
        save = QPushButton(self.tr("Bewaren"))
        save.setToolTip("Ctrl+S")
        save.clicked.connect(self.save)
        fl.addWidget(save)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_w)
        scroll.setMinimumWidth(640)
        split = self.split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        for box in (self.referral, self.worker, self.offer_pick, self.f_barrier, self.close_reason):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)

        insight = QWidget()
        il = QVBoxLayout(insight)
        self.insight_year = QComboBox()
        self.insight_year.currentIndexChanged.connect(lambda _i: self.refresh_insight())
        il.addWidget(self.insight_year)
        il.addWidget(QLabel(self.tr("<b>Retentiefunnel</b> (trajecten gestart in deze periode)")))
        self.funnel = BarChart("#1e88e5")
        il.addWidget(self.funnel)
        self.benchmark = QLabel()
        self.benchmark.setWordWrap(True)
        self.benchmark.setStyleSheet("color: #8a5300;")
        il.addWidget(self.benchmark)
        il.addWidget(QLabel(self.tr("<b>Drempels</b>")))
        self.barrier_chart = BarChart("#8e24aa", 430)
        il.addWidget(self.barrier_chart)
        self.support_label = QLabel()
        self.offers_label = QLabel()
        self.referrals_label = QLabel()
        for w in (self.support_label, self.offers_label, self.referrals_label):
            w.setWordWrap(True)
            il.addWidget(w)
        il.addStretch(1)
        iscroll = QScrollArea()
        iscroll.setWidgetResizable(True)
        iscroll.setWidget(insight)

        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Trajecten"))
        self.views.addTab(iscroll, self.tr("Inzicht"))
        self.views.currentChanged.connect(lambda _i: self.refresh_insight())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+F"), self, lambda: (self.views.setCurrentIndex(0), self.search.setFocus()))

    # -- loading -------------------------------------------------------------------------------
    def filters(self) -> service.TrajectoryFilters:
        return service.TrajectoryFilters(
            text=self.search.text(), status=self.f_status.currentData(), barrier=self.f_barrier.currentData(),
            year=self.f_year.currentData(), worker_id=self.f_worker.currentData(),
            neighbourhood=self.f_hood.currentData(), due_within_days=14 if self.f_due.isChecked() else None)

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        with self.ctx.session() as session:
            sides = ("demand", "intermediary", "policy")
            refs = session.scalars(select(Stakeholder).where(Stakeholder.network_id == self.ctx.network_id,
                                                             Stakeholder.deleted_at.is_(None), Stakeholder.side.in_(sides))
                                   .order_by(Stakeholder.name).limit(2000)).all()
            supply = session.scalars(select(Stakeholder).where(Stakeholder.network_id == self.ctx.network_id,
                                                               Stakeholder.deleted_at.is_(None), Stakeholder.side == "supply")
                                     .order_by(Stakeholder.name).limit(2000)).all()
            workers = session.scalars(select(Ambassador).where(Ambassador.network_id == self.ctx.network_id,
                                                               Ambassador.deleted_at.is_(None)).order_by(Ambassador.name)).all()
            all_rows = service.list_rows(session, self.ctx.network_id)
            years = sorted({r.started_on.year for r in all_rows}, reverse=True)
            hoods = sorted({r.neighbourhood for r in all_rows if r.neighbourhood})
            net = network(session, self.ctx.network_id)
            start_month = net.working_year_start_month or 9
        for box, rows, empty in ((self.referral, refs, self.tr("— niet ingevuld —")), (self.worker, workers, self.tr("— niet ingevuld —"))):
            box.clear()
            box.addItem(empty, None)
            for r in rows:
                box.addItem(r.name, r.id)
        self.offer_pick.clear()
        for s in supply:
            places = "?" if s.places_available is None else s.places_available
            waiting = 0 if s.waiting_list is None else s.waiting_list
            self.offer_pick.addItem(f"{s.name}  ({places} · {waiting})", s.id)
        for box, values, everything in ((self.f_worker, [(w.id, w.name) for w in workers], self.tr("Alle begeleiders")),
                                        (self.f_hood, [(h, h) for h in hoods], self.tr("Alle wijken"))):
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value, text in values:
                box.addItem(text, value)
            box.blockSignals(False)
        self.f_year.blockSignals(True)
        self.f_year.clear()
        self.f_year.addItem(self.tr("Alle jaren"), None)
        for y in years:
            self.f_year.addItem(str(y), y)
        self.f_year.blockSignals(False)
        self.insight_year.blockSignals(True)
        self.insight_year.clear()
        today = self.ctx.today()
        period = period_of(today, self.ctx.settings.year_mode, start_month)
        for _ in range(4):
            self.insight_year.addItem(period.label, period)
            period = period.previous()
        self.insight_year.blockSignals(False)
        self.refresh_list()
        self.refresh_insight()
        if self.current_id:
            self._load(self.current_id)
        elif self.model.rows:
            self.table.selectRow(0)
        else:
            self.new_record()

    def refresh_list(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        with self.ctx.session() as session:
            rows = service.list_rows(session, self.ctx.network_id, self.filters(), self.ctx.today())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} trajecten").format(len(rows)))
        self.empty.setVisible(not rows)

    def refresh_insight(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id or self.views.currentIndex() != 1:
            return
        period = self.insight_year.currentData()
        if period is None:
            return
        lang = self.ctx.lang
        with self.ctx.session() as session:
            net = network(session, self.ctx.network_id)
            funnel = service.funnel(session, self.ctx.network_id, period)
            started_b, low, high = service.benchmark(net)
            success = funnel.get(net.success_milestone or "still_active", 0)
            barriers = service.barrier_frequency(session, self.ctx.network_id, period)
            support = service.support_totals(session, self.ctx.network_id, period)
            offers = service.top_offers(session, self.ctx.network_id, period)
            referrals = service.referral_sources(session, self.ctx.network_id, period)
        names = [(self.tr("Gestart"), "started")] + [(label(k, lang), k.value) for k in
                                                      (MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED)]
        self.funnel.set_items([(n, funnel[k], str(funnel[k])) for n, k in names],
                              marker=(started_b, self.tr("indicatie: ± {0} gestart per jaar").format(round(started_b))))
        self.benchmark.setText(self.tr(
            "Indicatie uit de praktijk (geen norm): een ervaren voltijdse verbindingsambassadeur met een uitgebouwd "
            "netwerk start ongeveer 80 trajecten per jaar en leidt er 60 à 70 succesvol toe. Voor {0} VTE: ± {1} "
            "gestart, {2}–{3} geslaagd. Dit netwerk: {4} gestart, {5} geslaagd.").format(
            fmt_number(net.fte if net.fte is not None else 1, 1), round(started_b), round(low), round(high), funnel["started"], success))
        self.barrier_chart.set_items([(label(Barrier(b), lang) if b in Barrier._value2member_map_ else b, n, str(n))
                                      for b, n in barriers])
        self.support_label.setText("<b>" + self.tr("Ondersteuning") + "</b><br>" + ("<br>".join(
            f"{label(SupportKind(k), lang)}: {n}×" + (f" · {fmt_eur(total)}" if total else "") for k, n, total in support) or self.tr("geen")))
        self.offers_label.setText("<b>" + self.tr("Aanbod met de meeste inschrijvingen") + "</b><br>" + (
            "<br>".join(f"{n}: {c}" for n, c in offers) or self.tr("geen")))
        self.referrals_label.setText("<b>" + self.tr("Doorverwijzers") + "</b><br>" + (
            "<br>".join(f"{n}: {c}" for n, c in referrals) or self.tr("geen")))

    def clear(self) -> None:
        self.model.set_rows([])
        self.current_id = None
        for w in (self.name, self.neighbourhood, self.family, self.started, self.custom_barrier, self.close_note):
            w.clear()
        self.wishes.clear()
        self.offers.clear()
        self.support.clear()
        self.referral.clear()
        self.worker.clear()
        self.offer_pick.clear()
        self.heading.clear()
        self.timeline.show_trajectory(None, self.ctx.today(), self.ctx.lang)

    def open_record(self, record_id: str) -> None:
        self.views.setCurrentIndex(0)
        self._load(record_id)
        for row, r in enumerate(self.model.rows):
            if r.id == record_id:
                self.table.selectRow(row)

    def _selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        idx = selected.indexes()
        if idx:
            record_id = self.model.data(idx[0], Qt.ItemDataRole.UserRole)
            if record_id and record_id != self.current_id:
                self._load(record_id)

    def _load(self, record_id: str) -> None:
        with self.ctx.session() as session:
            t = session.get(Trajectory, record_id)
            if t is None or t.deleted_at is not None:
                return
            _ = (t.milestones, t.offers, t.barriers, t.support)
            self.current_id = t.id
            state = label(TrajectoryStatus(t.status), self.ctx.lang)
            if t.closing_reason:
                state += " — " + label(ClosingReason(t.closing_reason), self.ctx.lang)
            self.heading.setText(f"{t.code}  ·  {state}")
            self.started.set_value(t.started_on)
            self.birth_year.setValue(t.birth_year or 0)
            set_combo(self.gender, t.gender)
            self.neighbourhood.setText(t.neighbourhood)
            self.family.setText(t.family_code)
            self.show_name.setChecked(False)
            self.name.setText(t.name)
            set_combo(self.referral, t.referral_source_id)
            set_combo(self.worker, t.worker_ambassador_id)
            self.wishes.setPlainText(t.wishes)
            self.offers.clear()
            for o in t.offers:
                if o.deleted_at is None:
                    s = session.get(Stakeholder, o.stakeholder_id)
                    if s is not None:
                        places = "?" if s.places_available is None else s.places_available
                        item = QListWidgetItem(self.tr("{0}  ·  vrije plaatsen {1} · wachtlijst {2}").format(
                            s.name, places, s.waiting_list or 0))
                        self.offers.addItem(item)
            chosen = {b.barrier for b in t.barriers if b.deleted_at is None}
            for value, cb in self.barrier_boxes.items():
                cb.setChecked(value in chosen)
            self.custom_barrier.setText(next((b.custom for b in t.barriers if b.barrier == "other" and b.deleted_at is None), ""))
            self.support.clear()
            for sg in t.support:
                if sg.deleted_at is None:
                    amount = f" · {fmt_eur(sg.amount_eur)}" if sg.amount_eur else ""
                    self.support.addItem(f"{fmt_date(sg.given_on)}  {label(SupportKind(sg.kind), self.ctx.lang)}{amount}")
            self.timeline.show_trajectory(t, self.ctx.today(), self.ctx.lang)
            self.close_button.setEnabled(t.status == TrajectoryStatus.OPEN.value)
        self.error.clear()

    # -- writing -------------------------------------------------------------------------------
    def new_record(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        self.heading.setText(self.tr("Nieuw traject"))
        self.heading.setToolTip(self.tr("De code wordt automatisch toegekend bij het bewaren."))
        for w in (self.name, self.neighbourhood, self.family, self.custom_barrier, self.close_note):
            w.clear()
        self.wishes.clear()
        self.started.set_value(self.ctx.today())
        self.birth_year.setValue(0)
        self.offers.clear()
        self.support.clear()
        for cb in self.barrier_boxes.values():
            cb.setChecked(False)
        self.timeline.show_trajectory(None, self.ctx.today(), self.ctx.lang)
        self.error.clear()

    def _values(self) -> dict[str, Any]:
        return {
            "birth_year": self.birth_year.value() or None, "gender": self.gender.currentData(),
            "neighbourhood": self.neighbourhood.text().strip(), "family_code": self.family.text().strip(),
            "name": self.name.text().strip(), "referral_source_id": self.referral.currentData(),
            "worker_ambassador_id": self.worker.currentData(), "wishes": self.wishes.toPlainText(),
        }

    def save(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            started = self.started.value()
            if started is None:
                raise ValueError(self.tr("Vul de datum van het eerste contact in (dd/mm/jjjj)."))
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        values = self._values()
        try:
            with self.ctx.session() as session:
                if self.current_id is None:
                    t = service.create(session, self.ctx.network_id, started, **values)
                else:
                    found = session.get(Trajectory, self.current_id)
                    assert found is not None
                    t = found
                    by = values["birth_year"]
                    if by is not None and not 1990 <= by <= t.started_on.year:
                        raise ValidationError(self.tr("Geboortejaar {0} is niet mogelijk.").format(by))
                    for k, v in values.items():
                        setattr(t, k, v)
                self._save_barriers(session, t)
                session.commit()
                record_id = t.id
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.current_id = record_id
        self.ctx.data_changed.emit("trajectory")
        self.refresh_list()
        self.open_record(record_id)
        self.ctx.status_message.emit(self.tr("Traject bewaard."))

    def _save_barriers(self, session: Any, t: Trajectory) -> None:
        wanted = {v for v, cb in self.barrier_boxes.items() if cb.isChecked()}
        custom = self.custom_barrier.text().strip()
        if custom:
            wanted.add("other")
        existing = {b.barrier: b for b in session.scalars(select(TrajectoryBarrier).where(
            TrajectoryBarrier.trajectory_id == t.id, TrajectoryBarrier.deleted_at.is_(None)))}
        for value, row in existing.items():
            if value not in wanted:
                session.delete(row)
        for value in wanted - set(existing):
            session.add(TrajectoryBarrier(trajectory_id=t.id, barrier=value, custom=custom if value == "other" else ""))
        if "other" in existing and "other" in wanted:
            existing["other"].custom = custom

    def record(self, kind: MilestoneKind) -> None:
        if self.current_id is None:
            self.error.setText(self.tr("Bewaar het traject eerst."))
            return
        dialog = MilestoneDialog(kind, self.ctx.today(), self.ctx.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when = dialog.when.value()
        assert when is not None
        self.record_outcome(kind, when, dialog.reached.isChecked(),
                            dialog.count.value() if kind is MilestoneKind.TRIAL else None, dialog.note.text())

    def record_outcome(self, kind: MilestoneKind, when: date, reached: bool = True, count: int | None = None,
                       note: str = "") -> None:
        assert self.current_id is not None
        try:
            with self.ctx.session() as session:
                t = session.get(Trajectory, self.current_id)
                assert t is not None
                offer = next((o.stakeholder_id for o in t.offers if o.deleted_at is None), None)
                service.record_milestone(session, t, kind.value, when, outcome=reached, count=count,
                                         offer_id=offer, note=note)
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("trajectory")
        self.refresh_list()
        self._load(self.current_id)

    def close_current(self) -> None:
        if self.current_id is None:
            return
        try:
            with self.ctx.session() as session:
                t = session.get(Trajectory, self.current_id)
                assert t is not None
                service.close(session, t, self.close_reason.currentData(), self.ctx.today(), self.close_note.text())
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("trajectory")
        self.refresh_list()
        self._load(self.current_id)

    def add_offer(self) -> None:
        if self.current_id is None or self.offer_pick.currentData() is None:
            self.error.setText(self.tr("Bewaar het traject eerst en kies dan een aanbod."))
            return
        try:
            with self.ctx.session() as session:
                t = session.get(Trajectory, self.current_id)
                s = session.get(Stakeholder, self.offer_pick.currentData())
                assert t is not None and s is not None
                if any(o.stakeholder_id == s.id and o.deleted_at is None for o in t.offers):
                    return
                service.add_offer(session, t, s)
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self._load(self.current_id)

    def add_support(self) -> None:
        if self.current_id is None:
            self.error.setText(self.tr("Bewaar het traject eerst."))
            return
        with self.ctx.session() as session:
            amount = self.support_amount.value() or None
            session.add(SupportGiven(trajectory_id=self.current_id, kind=self.support_kind.currentData(),
                                     given_on=self.ctx.today(), amount_eur=amount))
            session.commit()
        self.support_amount.setValue(0)
        self._load(self.current_id)

    def delete_current(self) -> None:
        if self.current_id is None:
            return
        if QMessageBox.question(self, self.tr("Verwijderen"), self.tr("Dit traject verwijderen?")) != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.session() as session:
            t = session.get(Trajectory, self.current_id)
            if t is not None:
                from app.services.common import soft_delete

                soft_delete(session, t)
                session.commit()
        self.current_id = None
        self.refresh_list()


