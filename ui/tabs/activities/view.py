"""Activiteiten & signalen: activities with participants and attendance (podium activities feed
the ambassadors' traffic light), and signals routed by area to the responsible person with a dated
status history; a small editor for the routing rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.domain import Activity, Ambassador, RoutingRule, Signal, Stakeholder
from app.domain.vocabulary import ActivityKind, RaisedByKind, SignalStatus, label
from app.errors import ValidationError
from app.formatting import fmt_date
from app.periods import Period, period_of
from app.services import activity as act_service
from app.services import signal as sig_service
from app.services.common import network
from ui.context import AppContext
from ui.widgets.common import DateEdit, ListModel, enum_combo, set_combo

NEXT_STATUS = {
    SignalStatus.NEW: [SignalStatus.FORWARDED, SignalStatus.ANSWERED, SignalStatus.CLOSED],
    SignalStatus.FORWARDED: [SignalStatus.ANSWERED, SignalStatus.CLOSED],
    SignalStatus.ANSWERED: [SignalStatus.CLOSED, SignalStatus.FORWARDED],
    SignalStatus.CLOSED: [SignalStatus.FORWARDED],
}
STAKEHOLDER_PICK_LIMIT = 400


def title(lang: str) -> str:
    return "Activities & signals" if lang == "en" else "Activiteiten & signalen"


def _table(model: ListModel) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSortingEnabled(True)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
    return t


def _resort(t: QTableView) -> None:
    """Keep the order the user chose in the header after the rows were reloaded."""
    header = t.horizontalHeader()
    t.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.activity_id: str | None = None
        self.signal_id: str | None = None
        lang = ctx.lang
        self.views = QTabWidget()
        self.views.addTab(self._activities_page(lang), self.tr("Activiteiten"))
        self.views.addTab(self._signals_page(lang), self.tr("Signalen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # -- construction ------------------------------------------------------------------------------
    def _activities_page(self, lang: str) -> QWidget:
        self.act_model = ListModel(
            [
                ("Datum", "Date", lambda a: a.held_on),
                ("Soort", "Kind", lambda a: label(ActivityKind(a.kind), self.ctx.lang)),
                ("Titel", "Title", lambda a: a.title),
                ("Plaats", "Place", lambda a: a.place),
                (
                    "Deelnemers",
                    "Participants",
                    lambda a: sum(1 for p in a.participants if p.attended),
                ),
            ],
            lang,
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        frow = QHBoxLayout()
        self.f_kind = enum_combo(ActivityKind, lang, self.tr("Alle soorten"))
        self.f_kind.currentIndexChanged.connect(lambda _i: self.refresh_activities())
        self.f_period = QComboBox()
        self.f_period.currentIndexChanged.connect(lambda _i: self.refresh_activities())
        frow.addWidget(self.f_kind, 1)
        frow.addWidget(self.f_period)
        ll.addLayout(frow)
        self.act_table = _table(self.act_model)
        self.act_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Interactive
        )
        self.act_table.setColumnWidth(2, 230)
        self.act_table.selectionModel().selectionChanged.connect(self._activity_selected)
        ll.addWidget(self.act_table, 1)
        self.act_empty = QLabel(
            self.tr("Nog geen activiteiten. Klik op ‘Nieuwe activiteit’ (Ctrl+N).")
        )
        self.act_empty.setStyleSheet("color: #666; padding: 12px;")
        ll.addWidget(self.act_empty)
        new = QPushButton(self.tr("Nieuwe activiteit"))
        new.clicked.connect(self.new_activity)
        ll.addWidget(new)
        form_w = QWidget()
        fl = QVBoxLayout(form_w)
        box = QGroupBox(self.tr("Activiteit"))
        form = QFormLayout(box)
        self.a_kind = enum_combo(ActivityKind, lang)
        self.a_date = DateEdit()
        self.a_title = QLineEdit()
        self.a_place = QLineEdit()
        self.a_notes = QPlainTextEdit()
        self.a_notes.setMaximumHeight(60)
        for text, w in (
            (self.tr("Soort"), self.a_kind),
            (self.tr("Datum"), self.a_date),
            (self.tr("Titel"), self.a_title),
            (self.tr("Plaats"), self.a_place),
            (self.tr("Notities"), self.a_notes),
        ):
            form.addRow(text, w)
        fl.addWidget(box)
        hint = QLabel(self.tr("Vink aan wie deelnam. Half aangevinkt = uitgenodigd maar afwezig."))
        hint.setWordWrap(True)
        fl.addWidget(hint)
        lists = QHBoxLayout()
        self.a_ambassadors = QListWidget()
        self.a_stakeholders = QListWidget()
        for title_text, pick in (
            (self.tr("Ambassadeurs"), self.a_ambassadors),
            (self.tr("Stakeholders"), self.a_stakeholders),
        ):
            g = QGroupBox(title_text)
            gl = QVBoxLayout(g)
            gl.addWidget(pick)
            lists.addWidget(g)
        fl.addLayout(lists, 1)
        self.a_error = QLabel()
        self.a_error.setStyleSheet("color: #b3261e;")
        fl.addWidget(self.a_error)
        arow = QHBoxLayout()
        save = QPushButton(self.tr("Bewaren"))
        save.setToolTip("Ctrl+S")
        save.clicked.connect(self.save_activity)
        self.a_delete = QPushButton(self.tr("Verwijderen…"))
        self.a_delete.clicked.connect(self.delete_activity)
        arow.addWidget(save, 1)
        arow.addWidget(self.a_delete)
        fl.addLayout(arow)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(form_w)
        split.setSizes([640, 640])
        return split

    def _signals_page(self, lang: str) -> QWidget:
        self.sig_model = ListModel(
            [
                ("Gemeld op", "Raised", lambda s: s.raised_on),
                ("Onderwerp", "Topic", lambda s: s.topic),
                ("Wijk/deelgemeente", "Area", lambda s: s.area),
                ("Verantwoordelijke", "Responsible", lambda s: s.responsible),
                ("Status", "Status", lambda s: label(SignalStatus(s.status), self.ctx.lang)),
                ("Antwoord tegen", "Due", lambda s: s.due_on),
            ],
            lang,
            colour=self._signal_colour,
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        self.f_area = QComboBox()
        self.f_responsible = QComboBox()
        self.f_status = enum_combo(SignalStatus, lang, self.tr("Alle statussen"))
        for combo in (self.f_area, self.f_responsible, self.f_status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_signals())
            row.addWidget(combo)
        ll.addLayout(row)
        self.sig_table = _table(self.sig_model)
        self.sig_table.selectionModel().selectionChanged.connect(self._signal_selected)
        ll.addWidget(self.sig_table, 1)
        self.sig_empty = QLabel(
            self.tr(
                "Nog geen signalen. Klik op ‘Nieuw signaal’ wanneer een bewoner of partner iets meldt."
            )
        )
        self.sig_empty.setWordWrap(True)
        self.sig_empty.setStyleSheet("color: #666; padding: 12px;")
        ll.addWidget(self.sig_empty)
        new = QPushButton(self.tr("Nieuw signaal"))
        new.clicked.connect(self.new_signal)
        ll.addWidget(new)
        rules = QGroupBox(self.tr("Doorverwijzing: wijk → verantwoordelijke"))
        rl = QVBoxLayout(rules)
        self.rules = QListWidget()
        self.rules.setMaximumHeight(110)
        rl.addWidget(self.rules)
        rrow = QHBoxLayout()
        self.rule_area = QLineEdit()
        self.rule_area.setPlaceholderText(self.tr("wijk of deelgemeente"))
        self.rule_responsible = QLineEdit()
        self.rule_responsible.setPlaceholderText(self.tr("verantwoordelijke (bv. schepen)"))
        add_rule = QPushButton(self.tr("Bewaren"))
        add_rule.clicked.connect(self.save_rule)
        del_rule = QPushButton(self.tr("Verwijderen"))
        del_rule.clicked.connect(self.delete_rule)
        for rule_widget in (self.rule_area, self.rule_responsible, add_rule, del_rule):
            rrow.addWidget(rule_widget)
        rl.addLayout(rrow)
        ll.addWidget(rules)

        form_w = QWidget()
        fl = QVBoxLayout(form_w)
        self.s_heading = QLabel()
        self.s_heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        fl.addWidget(self.s_heading)
        steps = QHBoxLayout()
        self.status_buttons: dict[SignalStatus, QPushButton] = {}
        for st, verb in (
            (SignalStatus.FORWARDED, self.tr("Doorgeven")),
            (SignalStatus.ANSWERED, self.tr("Beantwoord")),
            (SignalStatus.CLOSED, self.tr("Afsluiten")),
        ):
            b = QPushButton(verb)
            b.clicked.connect(lambda _c=False, s=st: self.signal_status(s))
            self.status_buttons[st] = b
            steps.addWidget(b)
        fl.addLayout(steps)
        self.s_history = QListWidget()
        self.s_history.setMaximumHeight(90)
        fl.addWidget(self.s_history)
        box = QGroupBox(self.tr("Signaal"))
        form = QFormLayout(box)
        self.s_date = DateEdit()
        self.s_by_kind = enum_combo(RaisedByKind, lang)
        self.s_by_kind.currentIndexChanged.connect(lambda _i: self._raised_by_options())
        self.s_by = QComboBox()
        self.s_area = QLineEdit()
        self.s_area.editingFinished.connect(self._route)
        self.s_topic = QLineEdit()
        self.s_description = QPlainTextEdit()
        self.s_description.setMaximumHeight(70)
        self.s_responsible = QLineEdit()
        self.s_due = DateEdit()
        self.s_response = QPlainTextEdit()
        self.s_response.setMaximumHeight(70)
        field: QWidget
        for text, field in (
            (self.tr("Gemeld op"), self.s_date),
            (self.tr("Gemeld door"), self.s_by_kind),
            ("", self.s_by),
            (self.tr("Wijk/deelgemeente"), self.s_area),
            (self.tr("Onderwerp"), self.s_topic),
            (self.tr("Omschrijving"), self.s_description),
            (self.tr("Verantwoordelijke"), self.s_responsible),
            (self.tr("Antwoord tegen"), self.s_due),
            (self.tr("Antwoord"), self.s_response),
        ):
            form.addRow(text, field)
        fl.addWidget(box)
        self.s_error = QLabel()
        self.s_error.setStyleSheet("color: #b3261e;")
        self.s_error.setWordWrap(True)
        fl.addWidget(self.s_error)
        srow = QHBoxLayout()
        save = QPushButton(self.tr("Bewaren"))
        save.setToolTip("Ctrl+S")
        save.clicked.connect(self.save_signal)
        self.s_delete = QPushButton(self.tr("Verwijderen…"))
        self.s_delete.clicked.connect(self.delete_signal)
        srow.addWidget(save, 1)
        srow.addWidget(self.s_delete)
        fl.addLayout(srow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_w)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setSizes([760, 520])
        return split

    def _signal_colour(self, s: Any) -> str | None:
        if s.status in sig_service.OPEN and s.due_on and s.due_on < self.ctx.today():
            return "#b3261e"
        return None

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        with self.ctx.session() as session:
            self._ambassadors = [
                (a.id, a.name)
                for a in session.scalars(
                    select(Ambassador)
                    .where(
                        Ambassador.network_id == self.ctx.network_id,
                        Ambassador.deleted_at.is_(None),
                    )
                    .order_by(Ambassador.name)
                )
            ]
            self._stakeholders = [
                (s.id, s.name)
                for s in session.scalars(
                    select(Stakeholder)
                    .where(
                        Stakeholder.network_id == self.ctx.network_id,
                        Stakeholder.deleted_at.is_(None),
                    )
                    .order_by(Stakeholder.name)
                    .limit(STAKEHOLDER_PICK_LIMIT)
                )
            ]
            signals = list(
                session.scalars(
                    select(Signal).where(
                        Signal.network_id == self.ctx.network_id, Signal.deleted_at.is_(None)
                    )
                )
            )
        for box, values, everything in (
            (self.f_area, sorted({s.area for s in signals if s.area}), self.tr("Alle wijken")),
            (
                self.f_responsible,
                sorted({s.responsible for s in signals if s.responsible}),
                self.tr("Alle verantwoordelijken"),
            ),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for v in values:
                box.addItem(v, v)
            box.blockSignals(False)
        with self.ctx.session() as session:
            net = network(session, self.ctx.network_id)
            current = period_of(
                self.ctx.today(), self.ctx.settings.year_mode, net.working_year_start_month or 9
            )
        chosen = self.f_period.currentIndex()
        self.f_period.blockSignals(True)
        self.f_period.clear()
        self.f_period.addItem(self.tr("Alle jaren"), None)
        self.f_period.addItem(current.label, current)
        self.f_period.addItem(current.previous().label, current.previous())
        self.f_period.setCurrentIndex(max(chosen, 0))
        self.f_period.blockSignals(False)
        self.refresh_activities()
        self.refresh_signals()
        if self.activity_id is None:
            self.new_activity()
        if self.signal_id is None:
            self.new_signal()

    def refresh_activities(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        with self.ctx.session() as session:
            period: Period | None = self.f_period.currentData()
            rows = act_service.list_activities(
                session, self.ctx.network_id, period, kind=self.f_kind.currentData()
            )
            for a in rows:
                _ = a.participants
        self.act_model.set_rows(rows)
        _resort(self.act_table)
        self.act_empty.setVisible(not rows)

    def refresh_signals(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        with self.ctx.session() as session:
            rows = sig_service.list_signals(
                session,
                self.ctx.network_id,
                area=self.f_area.currentData() or "",
                responsible=self.f_responsible.currentData() or "",
                status=self.f_status.currentData() or "",
            )
            rules = sig_service.routing_rules(session, self.ctx.network_id)
        self.sig_model.set_rows(rows)
        _resort(self.sig_table)
        self.sig_empty.setVisible(not rows)
        self.rules.clear()
        for r in rules:
            item = QListWidgetItem(f"{r.area}  →  {r.responsible}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rules.addItem(item)

    def clear(self) -> None:
        self.act_model.set_rows([])
        self.sig_model.set_rows([])
        self.activity_id = self.signal_id = None
        self.a_ambassadors.clear()
        self.a_stakeholders.clear()
        self.rules.clear()
        self.s_history.clear()
        for w in (self.a_title, self.a_place, self.s_area, self.s_topic, self.s_responsible):
            w.clear()
        self.s_description.clear()
        self.s_response.clear()

    def open_record(self, record_id: str) -> None:
        with self.ctx.session() as session:
            is_signal = session.get(Signal, record_id) is not None
        if is_signal:
            self.views.setCurrentIndex(1)
            self._load_signal(record_id)
        else:
            self.views.setCurrentIndex(0)
            self._load_activity(record_id)

    def new_record(self) -> None:
        (self.new_activity if self.views.currentIndex() == 0 else self.new_signal)()

    def save(self) -> None:
        (self.save_activity if self.views.currentIndex() == 0 else self.save_signal)()

    # -- activities -----------------------------------------------------------------------------------
    def _fill_participants(self, chosen: dict[str, bool]) -> None:
        for widget, options in (
            (self.a_ambassadors, getattr(self, "_ambassadors", [])),
            (self.a_stakeholders, getattr(self, "_stakeholders", [])),
        ):
            widget.clear()
            for rid, name in options:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, rid)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate
                )
                state = Qt.CheckState.Unchecked
                if rid in chosen:
                    state = Qt.CheckState.Checked if chosen[rid] else Qt.CheckState.PartiallyChecked
                item.setCheckState(state)
                widget.addItem(item)

    def new_activity(self) -> None:
        self.activity_id = None
        self.act_table.clearSelection()
        self.a_date.set_value(self.ctx.today())
        for w in (self.a_title, self.a_place):
            w.clear()
        self.a_notes.clear()
        self._fill_participants({})
        self.a_error.clear()

    def _activity_selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        idx = selected.indexes()
        if idx:
            row = self.act_model.rows[idx[0].row()]
            self._load_activity(row.id)

    def _load_activity(self, record_id: str) -> None:
        with self.ctx.session() as session:
            a = session.get(Activity, record_id)
            if a is None:
                return
            self.activity_id = a.id
            set_combo(self.a_kind, a.kind)
            self.a_date.set_value(a.held_on)
            self.a_title.setText(a.title)
            self.a_place.setText(a.place)
            self.a_notes.setPlainText(a.notes)
            chosen = {
                (p.ambassador_id or p.stakeholder_id or ""): p.attended
                for p in a.participants
                if p.deleted_at is None
            }
        self._fill_participants(chosen)
        self.a_error.clear()

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

    def set_participant(self, record_id: str, state: Qt.CheckState) -> None:
        for widget in (self.a_ambassadors, self.a_stakeholders):
            for i in range(widget.count()):
                if widget.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                    widget.item(i).setCheckState(state)

    def save_activity(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            held_on = self.a_date.value()
            if held_on is None:
                raise ValueError(self.tr("Vul de datum in (dd/mm/jjjj)."))
        except ValueError as exc:
            self.a_error.setText(str(exc))
            return
        ambs, amb_absent = self._checked(self.a_ambassadors)
        shs, sh_absent = self._checked(self.a_stakeholders)
        try:
            with self.ctx.session() as session:
                if self.activity_id is None:
                    a = act_service.create(
                        session,
                        self.ctx.network_id,
                        self.a_kind.currentData(),
                        held_on,
                        self.a_title.text(),
                        self.a_place.text(),
                        ambassador_ids=ambs,
                        stakeholder_ids=shs,
                        absent_ids=amb_absent + sh_absent,
                        notes=self.a_notes.toPlainText(),
                    )
                else:
                    found = session.get(Activity, self.activity_id)
                    assert found is not None
                    a = act_service.update(
                        session,
                        found,
                        kind=self.a_kind.currentData(),
                        held_on=held_on,
                        title=self.a_title.text(),
                        place=self.a_place.text(),
                        notes=self.a_notes.toPlainText(),
                        participants=(ambs, shs, amb_absent + sh_absent),
                    )
                session.commit()
                self.activity_id = a.id
        except ValidationError as exc:
            self.a_error.setText(str(exc))
            return
        self.ctx.data_changed.emit("activity")
        self.ctx.status_message.emit(self.tr("Activiteit bewaard."))
        self.refresh_activities()

    # -- signals --------------------------------------------------------------------------------------
    def _raised_by_options(self) -> None:
        kind = self.s_by_kind.currentData()
        self.s_by.clear()
        options = (
            getattr(self, "_ambassadors", [])
            if kind == "ambassador"
            else getattr(self, "_stakeholders", [])
            if kind == "stakeholder"
            else []
        )
        self.s_by.setVisible(bool(options))
        for rid, name in options:
            self.s_by.addItem(name, rid)

    def _route(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id or self.s_responsible.text().strip():
            return
        with self.ctx.session() as session:
            who = sig_service.route(session, self.ctx.network_id, self.s_area.text())
        if who:
            self.s_responsible.setText(who)

    def new_signal(self) -> None:
        self.signal_id = None
        self.sig_table.clearSelection()
        self.s_heading.setText(self.tr("Nieuw signaal"))
        self.s_date.set_value(self.ctx.today())
        for w in (self.s_area, self.s_topic, self.s_responsible, self.s_due):
            w.clear()
        self.s_description.clear()
        self.s_response.clear()
        self.s_history.clear()
        set_combo(self.s_by_kind, "resident")
        self._raised_by_options()
        for b in self.status_buttons.values():
            b.setVisible(False)
        self.s_error.clear()

    def _signal_selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        idx = selected.indexes()
        if idx:
            self._load_signal(self.sig_model.rows[idx[0].row()].id)

    def _load_signal(self, record_id: str) -> None:
        lang = self.ctx.lang
        with self.ctx.session() as session:
            s = session.get(Signal, record_id)
            if s is None:
                return
            self.signal_id = s.id
            status = SignalStatus(s.status)
            self.s_heading.setText(f"{s.topic}  ·  {label(status, lang)}")
            self.s_date.set_value(s.raised_on)
            set_combo(self.s_by_kind, s.raised_by_kind)
            self._raised_by_options()
            set_combo(self.s_by, s.raised_by_ambassador_id or s.raised_by_stakeholder_id)
            self.s_area.setText(s.area)
            self.s_topic.setText(s.topic)
            self.s_description.setPlainText(s.description)
            self.s_responsible.setText(s.responsible)
            self.s_due.set_value(s.due_on)
            self.s_response.setPlainText(s.response)
            self.s_history.clear()
            for ch in s.status_changes:
                note = f" — {ch.note}" if ch.note else ""
                self.s_history.addItem(
                    f"{fmt_date(ch.changed_on)}  {label(SignalStatus(ch.to_status), lang)}{note}"
                )
        for st, b in self.status_buttons.items():
            b.setVisible(st in NEXT_STATUS[status])
        self.s_error.clear()

    def save_signal(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            raised = self.s_date.value()
            due = self.s_due.value()
            if raised is None:
                raise ValueError(self.tr("Vul de datum van de melding in (dd/mm/jjjj)."))
        except ValueError as exc:
            self.s_error.setText(str(exc))
            return
        kind = self.s_by_kind.currentData()
        by = self.s_by.currentData() if self.s_by.isVisible() or self.s_by.count() else None
        try:
            with self.ctx.session() as session:
                if self.signal_id is None:
                    s = sig_service.create(
                        session,
                        self.ctx.network_id,
                        raised,
                        self.s_topic.text(),
                        area=self.s_area.text(),
                        responsible=self.s_responsible.text().strip() or None,
                        raised_by_kind=kind,
                        description=self.s_description.toPlainText(),
                    )
                    if due:
                        s.due_on = due
                else:
                    found = session.get(Signal, self.signal_id)
                    assert found is not None
                    s = sig_service.update(
                        session,
                        found,
                        raised_on=raised,
                        topic=self.s_topic.text(),
                        area=self.s_area.text(),
                        description=self.s_description.toPlainText(),
                        responsible=self.s_responsible.text(),
                        raised_by_kind=kind,
                        due_on=due or found.due_on,
                    )
                sig_service.update(
                    session,
                    s,
                    response=self.s_response.toPlainText(),
                    raised_by_ambassador_id=by if kind == "ambassador" else None,
                    raised_by_stakeholder_id=by if kind == "stakeholder" else None,
                )
                session.commit()
                self.signal_id = s.id
        except ValidationError as exc:
            self.s_error.setText(str(exc))
            return
        self.ctx.data_changed.emit("signal")
        self.refresh_signals()
        self._load_signal(self.signal_id)

    def signal_status(self, target: SignalStatus) -> None:
        if self.signal_id is None:
            return
        try:
            with self.ctx.session() as session:
                s = session.get(Signal, self.signal_id)
                assert s is not None
                sig_service.change_status(
                    session,
                    s,
                    target.value,
                    self.ctx.today(),
                    response=self.s_response.toPlainText() or None,
                )
                session.commit()
        except ValidationError as exc:
            self.s_error.setText(str(exc))
            return
        self.ctx.data_changed.emit("signal")
        self.refresh_signals()
        self._load_signal(self.signal_id)

    def save_rule(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            with self.ctx.session() as session:
                sig_service.set_route(
                    session,
                    self.ctx.network_id,
                    self.rule_area.text(),
                    self.rule_responsible.text(),
                )
                session.commit()
        except ValidationError as exc:
            self.s_error.setText(str(exc))
            return
        self.rule_area.clear()
        self.rule_responsible.clear()
        self.refresh_signals()

    def delete_rule(self) -> None:
        item = self.rules.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not rule_id or self.ctx.vault is None:
            return
        with self.ctx.session() as session:
            rule = session.get(RoutingRule, rule_id)
            if rule is not None:
                sig_service.delete_route(session, rule)
                session.commit()
        self.refresh_signals()

    # -- deleting ---------------------------------------------------------------------------------------
    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Verwijderen"), question)
        return answer == QMessageBox.StandardButton.Yes

    def delete_activity(self) -> None:
        if self.activity_id is None or self.ctx.vault is None:
            return
        if not self.confirm(
            self.tr("Deze activiteit verwijderen? Ze telt dan niet meer mee voor het podium.")
        ):
            return
        with self.ctx.session() as session:
            act = session.get(Activity, self.activity_id)
            if act is not None:
                act_service.delete(session, act)
                session.commit()
        self.ctx.data_changed.emit("activity")
        self.new_activity()
        self.refresh_activities()

    def delete_signal(self) -> None:
        if self.signal_id is None or self.ctx.vault is None:
            return
        if not self.confirm(self.tr("Dit signaal verwijderen?")):
            return
        with self.ctx.session() as session:
            sig = session.get(Signal, self.signal_id)
            if sig is not None:
                sig_service.delete(session, sig)
                session.commit()
        self.ctx.data_changed.emit("signal")
        self.new_signal()
        self.refresh_signals()
