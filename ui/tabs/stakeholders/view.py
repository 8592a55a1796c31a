"""Stakeholders (lokale spelers): searchable lazy list, filters, detail form with the interaction
log, the power–interest grid and the stage funnel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Stakeholder
from app.domain.vocabulary import Category, Side, Stage, label
from app.errors import ValidationError
from app.services import stakeholder as service
from ui.context import AppContext
from ui.tabs.stakeholders.form import InteractionDialog, StakeholderForm
from ui.tabs.stakeholders.funnel import StageFunnel
from ui.tabs.stakeholders.grid import PowerGrid
from ui.tabs.stakeholders.model import StakeholderModel

GRID_LIMIT = 500


def title(lang: str) -> str:
    return "Stakeholders"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model: StakeholderModel | None = None
        self.current_id: str | None = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.apply_filters)

        # left: search, filters, list
        left = QWidget()
        ll = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam, gemeente of wijk (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        ll.addWidget(self.search)
        filters = QHBoxLayout()
        self.f_category = self._filter_combo(self.tr("Alle categorieën"), Category)
        self.f_side = self._filter_combo(self.tr("Alle zijden"), Side)
        self.f_stage = self._filter_combo(self.tr("Alle fasen"), Stage)
        for box in (self.f_category, self.f_side, self.f_stage):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(box)
        ll.addLayout(filters)
        checks = QHBoxLayout()
        self.f_overdue = QCheckBox(self.tr("Achterstallig contact"))
        self.f_places = QCheckBox(self.tr("Heeft vrije plaatsen"))
        for c in (self.f_overdue, self.f_places):
            c.toggled.connect(lambda _b: self.apply_filters())
            checks.addWidget(c)
        checks.addStretch(1)
        self.count_label = QLabel()
        checks.addWidget(self.count_label)
        ll.addLayout(checks)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        ll.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen stakeholders. Klik op ‘Nieuw’ (Ctrl+N) om een eerste lokale speler toe te voegen."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 16px;")
        ll.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_record)
        self.contact_button = QPushButton(self.tr("Contactmoment…"))
        self.contact_button.setToolTip("Ctrl+K")
        self.contact_button.clicked.connect(self.add_interaction)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_record)
        for b in (self.new_button, self.contact_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        ll.addLayout(buttons)

        # right: form (scrollable) with save
        self.form = StakeholderForm(ctx.lang)
        self.form.cp_add.clicked.connect(self.add_contact_person)
        self.form.cp_remove.clicked.connect(self.remove_contact_person)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        rl.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        rl.addWidget(self.save_button)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.grid = PowerGrid(self._save_position, ctx.lang)
        self.grid.open_requested.connect(self._open_from_grid)
        self.funnel = StageFunnel()
        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Lijst"))
        self.views.addTab(self.grid, self.tr("Invloed en interesse"))
        self.views.addTab(self.funnel, self.tr("Relatiefasen"))
        self.views.currentChanged.connect(lambda _i: self._refresh_views())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence("Ctrl+F"), self, lambda: (self.views.setCurrentIndex(0), self.search.setFocus()))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+K"), self, self.add_interaction)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.grid.undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.grid.undo.redo)
        self.form.setEnabled(False)

    def _filter_combo(self, everything: str, enum: type[Category] | type[Side] | type[Stage]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for member in enum:
            box.addItem(label(member, self.ctx.lang), member.value)
        return box

    # -- data --------------------------------------------------------------------------------
    def filters(self) -> service.Filters:
        return service.Filters(
            text=self.search.text(), category=self.f_category.currentData(), side=self.f_side.currentData(),
            stage=self.f_stage.currentData(), overdue_on=self.ctx.today() if self.f_overdue.isChecked() else None,
            has_places=True if self.f_places.isChecked() else None)

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        if self.model is None or self.model.network_id != self.ctx.network_id:
            self.model = StakeholderModel(self.ctx.session, self.ctx.network_id, self.ctx.today, self.ctx.lang)
            self.model.set_filters(self.filters())
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._selected)
            self.table.setColumnWidth(0, 260)
            self.table.setColumnWidth(1, 170)
            if self.model.rowCount() and self.current_id is None:
                self.table.selectRow(0)
        else:
            self.apply_filters()
        self._update_count()
        self._refresh_views()

    def apply_filters(self) -> None:
        if self.model is None:
            return
        self.model.set_filters(self.filters())
        self._update_count()
        self._refresh_views()

    def _update_count(self) -> None:
        n = self.model.rowCount() if self.model else 0
        self.count_label.setText(self.tr("{0} stakeholders").format(n))
        unfiltered = self.filters() == service.Filters()
        self.empty.setVisible(n == 0)
        self.empty.setText(self.tr("Nog geen stakeholders. Klik op ‘Nieuw’ (Ctrl+N) om een eerste lokale speler toe te voegen.")
                           if unfiltered else self.tr("Geen stakeholders gevonden met deze zoekterm of filters."))

    def _refresh_views(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        index = self.views.currentIndex()
        with self.ctx.session() as session:
            if index == 1:
                rows = service.search(session, self.ctx.network_id, self.filters(), limit=GRID_LIMIT)
                total = service.count(session, self.ctx.network_id, self.filters())
                self.grid.set_points([(s.id, s.name, s.stage, s.strength, s.influence, s.interest) for s in rows], total)
            elif index == 2:
                funnel = service.stage_funnel(session, self.ctx.network_id)
                self.funnel.set_counts([(st.value, label(st, self.ctx.lang), n) for st, n in funnel])

    def clear(self) -> None:
        self.table.setModel(None)
        self.model = None
        self.current_id = None
        self.form.load(None)
        self.form.setEnabled(False)
        self.grid.set_points([], 0)
        self.funnel.set_counts([])

    def open_record(self, record_id: str) -> None:
        self.views.setCurrentIndex(0)
        self._load(record_id)
        if self.model is not None:
            row = self.model.row_of(record_id)
            if row >= 0:
                self.table.selectRow(row)

    # -- interaction ---------------------------------------------------------------------------
    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and self.model is not None:
            record_id = self.model.data(indexes[0], Qt.ItemDataRole.UserRole)
            if record_id:
                self._load(record_id)

    def _load(self, record_id: str) -> None:
        with self.ctx.session() as session:
            sh = session.get(Stakeholder, record_id)
            if sh is None or sh.deleted_at is not None:
                return
            _ = (sh.stage_changes, sh.interactions, sh.contacts)
            self.form.load(sh)
        self.current_id = record_id
        self.error.clear()

    def _open_from_grid(self, record_id: str) -> None:
        self.open_record(record_id)

    def new_record(self) -> None:
        if self.ctx.vault is None:
            return
        self.views.setCurrentIndex(0)
        self.current_id = None
        self.table.clearSelection()
        self.form.load(None)
        self.error.clear()

    def save(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        try:
            values = self.form.values()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        try:
            with self.ctx.session() as session:
                if self.current_id is None:
                    stage = values.pop("stage")
                    name = values.pop("name")
                    sh = service.create(session, self.ctx.network_id, name, stage=stage, on=self.ctx.today(), **values)
                else:
                    found = session.get(Stakeholder, self.current_id)
                    assert found is not None
                    sh = service.update(session, found, on=self.ctx.today(), **values)
                session.commit()
                record_id = sh.id
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.current_id = record_id
        self.ctx.status_message.emit(self.tr("Bewaard."))
        self.ctx.data_changed.emit("stakeholder")
        self.apply_filters()
        self.open_record(record_id)

    def add_interaction(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            self.error.setText(self.tr("Kies eerst een stakeholder in de lijst."))
            return
        dialog = InteractionDialog(self.form.name.text(), self.ctx.today(), self.ctx.lang, self)
        if dialog.exec() != InteractionDialog.DialogCode.Accepted:
            return
        self.log_interaction(dialog.kind.currentData(), dialog.when.value(), dialog.note.toPlainText(),
                             dialog.next_contact.value())

    def log_interaction(self, kind: str, when: object, note: str, next_contact: object) -> None:
        assert self.current_id is not None
        try:
            with self.ctx.session() as session:
                sh = session.get(Stakeholder, self.current_id)
                assert sh is not None
                service.log_interaction(session, sh, kind, when, note, next_contact)  # type: ignore[arg-type]
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.data_changed.emit("stakeholder")
        record_id = self.current_id
        self.apply_filters()
        self.open_record(record_id)

    def delete_record(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Verwijderen"),
                                      self.tr("Stakeholder ‘{0}’ verwijderen? De contactmomenten verdwijnen mee uit de lijsten.").format(self.form.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_current()

    def delete_current(self) -> None:
        assert self.current_id is not None
        with self.ctx.session() as session:
            sh = session.get(Stakeholder, self.current_id)
            if sh is not None:
                service.delete(session, sh)
                session.commit()
        self.current_id = None
        self.form.load(None)
        self.form.setEnabled(False)
        self.ctx.data_changed.emit("stakeholder")
        self.apply_filters()

    def add_contact_person(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            self.error.setText(self.tr("Bewaar de stakeholder eerst."))
            return
        contact = self.form.cp_contact.text().strip()
        fields = {"role": self.form.cp_role.text().strip(),
                  "email" if "@" in contact else "phone": contact}
        try:
            with self.ctx.session() as session:
                sh = session.get(Stakeholder, self.current_id)
                assert sh is not None
                service.add_contact_person(session, sh, self.form.cp_name.text(), **fields)
                session.commit()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        for w in (self.form.cp_name, self.form.cp_role, self.form.cp_contact):
            w.clear()
        self._load(self.current_id)

    def remove_contact_person(self) -> None:
        item = self.form.contacts.currentItem()
        cp_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.ctx.vault is None or self.current_id is None or not cp_id:
            return
        with self.ctx.session() as session:
            from app.domain import ContactPerson

            cp = session.get(ContactPerson, cp_id)
            if cp is not None:
                service.remove_contact_person(session, cp)
                session.commit()
        self._load(self.current_id)

    def _save_position(self, record_id: str, influence: int, interest: int) -> None:
        with self.ctx.session() as session:
            sh = session.get(Stakeholder, record_id)
            if sh is not None:
                service.set_influence_interest(session, sh, influence, interest)
                session.commit()
        if record_id == self.current_id:
            self.form.influence.setValue(influence)
            self.form.interest.setValue(interest)


