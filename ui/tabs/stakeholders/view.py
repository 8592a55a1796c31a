"""Stakeholders (lokale spelers): a searchable list read from SQL page by page, filters, the form
with contact persons and the interaction log, the power–interest grid and the stage funnel."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import Category, Side, Stage, label
from app.services import stakeholder as service
from ui import ops
from ui.context import AppContext
from ui.tabs.stakeholders.form import InteractionDialog, StakeholderForm
from ui.tabs.stakeholders.funnel import StageFunnel
from ui.tabs.stakeholders.grid import PowerGrid
from ui.tabs.stakeholders.model import stakeholder_columns
from ui.widgets.record import RecordEditor

GRID_LIMIT = 500
COUNT_CAP = 1000  # the list counts this far as the user types; scrolling to the end counts all


def title(lang: str) -> str:
    return "Stakeholders"


class _Source:
    """The list's pages, searched, filtered and sorted in SQL; counted up to `count_cap` as the user
    types (`ui.widgets.table.CappedSource`)."""

    count_cap = COUNT_CAP

    def __init__(self, tab: Tab) -> None:
        self.tab = tab

    def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[Any], int]:
        network_id, filters = self.tab.ctx.network_id, self.tab.filters()
        assert network_id is not None
        # a later page needs no count: the model has it from the first
        cap = self.count_cap if offset == 0 else 0
        return ops.read(self.tab.ctx, lambda s: service.search_page(
            s, network_id, filters, order_by=order_by, descending=descending, limit=limit, offset=offset,
            count_cap=cap))

    def count(self) -> int:
        network_id, filters = self.tab.ctx.network_id, self.tab.filters()
        assert network_id is not None
        return ops.read(self.tab.ctx, lambda s: service.count(s, network_id, filters))


class Tab(RecordEditor):
    files_owner = "stakeholder_id"
    area = "stakeholder"
    field_widgets = {"places_available": "places", "waiting_list": "waiting", "engagement_signed_on": "engagement",
                     "next_contact_on": "next_contact"}
    form: StakeholderForm

    def __init__(self, ctx: AppContext) -> None:
        self.search_placeholder = self.tr("Zoeken op naam, gemeente of wijk (Ctrl+F)")
        self.empty_text = self.tr("Nog geen stakeholders. Klik op ‘Nieuw’ (Ctrl+N) om een eerste lokale speler "
                                  "toe te voegen.")
        self.filtered_empty_text = self.tr("Geen stakeholders gevonden met deze zoekterm of filters.")
        super().__init__(ctx, StakeholderForm(ctx.lang))
        self.contact_button = self.add_button(self.tr("Contactmoment…"), self.add_interaction, "Ctrl+K")
        self.buttons.insertWidget(2, self.contact_button)
        self.form.cp_add.clicked.connect(self.add_contact_person)
        self.form.cp_remove.clicked.connect(self.remove_contact_person)
        QShortcut(QKeySequence("Ctrl+K"), self, self.add_interaction)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.grid.undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.grid.undo.redo)

    # -- layout: the list and form, the grid, the funnel ------------------------------------------
    def place(self, split: QSplitter) -> None:
        self.grid = PowerGrid(self._save_position, self.ctx.lang)
        self.grid.open_requested.connect(self.open_record)
        self.funnel = StageFunnel()
        grid_page = QWidget()
        gl = QVBoxLayout(grid_page)
        self.grid_note = QLabel()
        self.grid_note.setWordWrap(True)
        gl.addWidget(self.grid_note)
        # the grid scales to the room there is (it fits its scene in view), so the note and legend stay
        # in sight on a 768-px screen instead of the page scrolling
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.grid.setMinimumSize(240, 240)
        gl.addWidget(self.grid, 1)
        self.grid_legend = QLabel(self._legend())
        self.grid_legend.setWordWrap(True)
        gl.addWidget(self.grid_legend)
        funnel_page = QWidget()
        fl = QVBoxLayout(funnel_page)
        self.funnel_note = QLabel(self.tr("De relatiefasen tellen alle stakeholders van dit netwerk: de zoekterm en "
                                          "filters van de lijst gelden hier niet."))
        self.funnel_note.setWordWrap(True)
        self.funnel_note.setObjectName("muted")
        fl.addWidget(self.funnel_note)
        fl.addWidget(self.funnel, 1)
        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Lijst"))
        self.views.addTab(grid_page, self.tr("Invloed en interesse"))
        self.views.addTab(funnel_page, self.tr("Relatiefasen"))
        self.views.currentChanged.connect(lambda _i: self._refresh_views())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def build_filters(self, row: QHBoxLayout) -> None:
        self.f_category = self._filter_combo(self.tr("Alle categorieën"), Category)
        self.f_side = self._filter_combo(self.tr("Alle zijden"), Side)
        self.f_stage = self._filter_combo(self.tr("Alle fasen"), Stage)
        for box in (self.f_category, self.f_side, self.f_stage):
            box.currentIndexChanged.connect(lambda _i: self.filters_changed())
            row.addWidget(box)
        self.f_overdue = QCheckBox(self.tr("Achterstallig contact"))
        self.f_places = QCheckBox(self.tr("Heeft vrije plaatsen"))
        for c in (self.f_overdue, self.f_places):
            c.toggled.connect(lambda _b: self.filters_changed())
            row.addWidget(c)

    def _filter_combo(self, everything: str, enum: type[Category] | type[Side] | type[Stage]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for member in enum:
            box.addItem(label(member, self.ctx.lang), member.value)
        return box

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        super().focus_search()

    # -- hooks -------------------------------------------------------------------------------------
    def columns(self) -> Any:
        return stakeholder_columns(self.ctx.lang, self.ctx.today)

    def paged_source(self) -> _Source:
        return _Source(self)

    def _size_columns(self) -> None:
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 170)

    def filters(self) -> service.Filters:
        return service.Filters(
            text=self.search.text() if self.search else "", category=self.f_category.currentData(),
            side=self.f_side.currentData(), stage=self.f_stage.currentData(),
            overdue_on=self.ctx.today() if self.f_overdue.isChecked() else None,
            has_places=True if self.f_places.isChecked() else None)

    def is_filtered(self) -> bool:
        return self.filters() != service.Filters()

    def apply_filters(self) -> None:
        self.filters_changed()

    def filters_changed(self) -> None:
        super().filters_changed()
        self._refresh_views()

    def count_text(self, n: int) -> str:
        return self.tr("1 stakeholder") if n == 1 else self.tr("{0} stakeholders").format(n)

    def refresh(self) -> None:
        super().refresh()
        self._refresh_views()

    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        if record_id is None:
            self.form.load(None)
            return self.tr("Nieuwe stakeholder")
        sh = service.get(session, record_id)
        self.form.load(sh)
        return sh.name

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        values = dict(values)
        if record_id is None:
            stage, name = values.pop("stage"), values.pop("name")
            return service.create(session, self.ctx.network_id or "", name, stage=stage, on=self.ctx.today(),
                                  **values).id
        return service.update(session, record_id, on=self.ctx.today(), **values).id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete(session, record_id)

    def delete_question(self) -> str:
        return self.tr("Stakeholder ‘{0}’ verwijderen? De contactmomenten verdwijnen mee uit de lijsten."
                       ).format(self.record_title())

    def after_load(self) -> None:
        self.contact_button.setEnabled(self.current_id is not None)

    def clear(self) -> None:
        super().clear()
        self.grid.set_points([], 0)
        self.funnel.set_counts([])

    def clear_form(self) -> None:
        self.form.load(None)
        self.form.setEnabled(False)

    def open_record(self, record_id: str) -> None:
        self.views.setCurrentIndex(0)
        super().open_record(record_id)

    # -- views ---------------------------------------------------------------------------------------
    def _refresh_views(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        index, network_id, filters = self.views.currentIndex(), self.ctx.network_id, self.filters()
        if index == 1:
            rows, total = ops.read(self.ctx, lambda s: (
                [(x.id, x.name, x.stage, x.strength, x.influence, x.interest)
                 for x in service.search(s, network_id, filters, limit=GRID_LIMIT)],
                service.count(s, network_id, filters)))
            self.grid.set_points(rows, total)
            self.grid_note.setText(self._grid_note(len(rows), total))
        elif index == 2:
            funnel = ops.read(self.ctx, lambda s: service.stage_funnel(s, network_id))
            self.funnel.set_counts([(st.value, label(st, self.ctx.lang), n) for st, n in funnel])

    def _active_filters(self) -> list[str]:
        """The list's search and filters in words, as they also apply to the grid."""
        found = [self.tr("zoekterm ‘{0}’").format(self.search.text().strip())] if self.search and \
            self.search.text().strip() else []
        found += [box.currentText() for box in (self.f_category, self.f_side, self.f_stage) if box.currentData()]
        found += [c.text().lower() for c in (self.f_overdue, self.f_places) if c.isChecked()]
        return found

    def _grid_note(self, shown: int, total: int) -> str:
        active = self._active_filters()
        text = (self.tr("De filters van de lijst gelden ook hier: {0}.").format(", ".join(active)) + " "
                if active else "")
        if shown < total:
            return text + self.tr("{0} van {1} stakeholders op het raster; verfijn met de filters om de rest te "
                                  "zien.").format(shown, total)
        return text + (self.tr("1 stakeholder op het raster.") if shown == 1 else
                       self.tr("{0} stakeholders op het raster.").format(shown))

    def _legend(self) -> str:
        from ui.tabs.stakeholders.grid import STAGE_COLOURS

        stages = " ".join(f"<span style='color:{STAGE_COLOURS.get(st.value, '#9e9e9e')}'>●</span> "
                          f"{label(st, self.ctx.lang)}" for st in Stage)
        return self.tr("Kleur: relatiefase — {0}. Grootte: sterkte van de band (1–5). Sleep een punt om invloed "
                       "en interesse aan te passen (Ctrl+Z maakt ongedaan).").format(stages)

    # -- contact moments, contact persons, the grid ----------------------------------------------
    def add_interaction(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            self.error.setText(self.tr("Kies eerst een stakeholder in de lijst."))
            return
        dialog = InteractionDialog(self.form.name.text(), self.ctx.today(), self.ctx.lang, self)
        if dialog.exec() != InteractionDialog.DialogCode.Accepted:
            return
        self.log_interaction(dialog.kind.currentData(), dialog.when.value(), dialog.note.toPlainText(),
                             dialog.next_contact.value())

    def log_interaction(self, kind: str, when: date | None, note: str, next_contact: date | None) -> None:
        record_id = self.current_id
        if record_id is None or when is None:
            return
        self.keep_work()
        outcome = ops.write(self.ctx, lambda s: service.log_interaction(s, record_id, kind, when, note, next_contact),
                            changed=self.area, errors=self.error)
        if outcome.ok:
            self.reload_list()
            self._load(record_id)
            self._select_row(record_id)

    def add_contact_person(self) -> None:
        record_id = self.current_id
        if self.ctx.vault is None or record_id is None:
            self.error.setText(self.tr("Bewaar de stakeholder eerst."))
            return
        contact = self.form.cp_contact.text().strip()
        fields = {"role": self.form.cp_role.text().strip(), "email" if "@" in contact else "phone": contact}
        name = self.form.cp_name.text()
        self.keep_work()
        outcome = ops.write(self.ctx, lambda s: service.add_contact_person(s, record_id, name, **fields),
                            changed=self.area, errors=self.show_error)
        if outcome.ok:
            for w in (self.form.cp_name, self.form.cp_role, self.form.cp_contact):
                w.clear()
            self._load(record_id)

    def remove_contact_person(self) -> None:
        item = self.form.contacts.currentItem()
        cp_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        record_id = self.current_id
        if self.ctx.vault is None or record_id is None or not cp_id:
            return
        self.keep_work()
        if ops.write(self.ctx, lambda s: service.remove_contact_person(s, cp_id), changed=self.area,
                     errors=self.error).ok:
            self._load(record_id)

    def _save_position(self, record_id: str, influence: int, interest: int) -> None:
        ops.write(self.ctx, lambda s: service.set_influence_interest(s, record_id, influence, interest),
                  changed=self.area, errors=self.error)
        if record_id == self.current_id:
            self.form.influence.setValue(influence)
            self.form.interest.setValue(interest)
            if self._snapshot is not None:
                self._snapshot.update(influence=influence, interest=interest)
