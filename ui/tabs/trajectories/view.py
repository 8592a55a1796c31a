"""Trajecten (toeleiding): the pseudonymous list (searched, filtered and sorted in SQL a page at a
time), the trajectory form (referral, worker, offers with their places, barriers, support), the
milestone timeline with one-click outcomes, closing with a reason, and the insight view
(retention funnel against the seed-001 benchmark). The rules are in app/services/trajectory.py,
what is shown in app/services/trajectory_views.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from app.domain.vocabulary import Barrier, ClosingReason, MilestoneKind, TrajectoryStatus, label
from app.services import trajectory as service
from app.services import trajectory_views as views
from ui import ops
from ui.context import AppContext
from ui.tabs.trajectories.form import TrajectoryForm, refill
from ui.tabs.trajectories.insight import InsightPanel
from ui.tabs.trajectories.model import STARTED_COLUMN, trajectory_columns
from ui.tabs.trajectories.timeline import MilestoneDialog
from ui.widgets.common import enum_combo
from ui.widgets.record import RecordEditor

DUE_DAYS = service.DUE_SOON_DAYS


def title(lang: str) -> str:
    return "Trajectories" if lang == "en" else "Trajecten"


class _Source:
    """The list's pages, searched, filtered and sorted in SQL."""

    def __init__(self, tab: Tab) -> None:
        self.tab = tab

    def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[Any], int]:
        network_id, filters, today = self.tab.ctx.network_id, self.tab.filters(), self.tab.ctx.today()
        assert network_id is not None
        return ops.read(self.tab.ctx, lambda s: views.list_page(
            s, network_id, filters, today, order_by=order_by, descending=descending, limit=limit, offset=offset))


class Tab(RecordEditor):
    area = "trajectory"
    title_widget = ""  # never the child's name: New focuses the first field as before
    field_widgets = {"started_on": "started", "family_code": "family", "referral_source_id": "referral",
                     "worker_ambassador_id": "worker", "barriers": "custom_barrier"}
    form: TrajectoryForm

    def __init__(self, ctx: AppContext) -> None:
        self.search_placeholder = self.tr("Zoeken op code (Ctrl+F)")
        self.empty_text = self.tr("Nog geen trajecten. Klik op ‘Nieuw traject’ (Ctrl+N) na een eerste contact.")
        self.filtered_empty_text = self.tr("Geen trajecten gevonden met deze zoekterm of filters.")
        self._code = ""
        super().__init__(ctx, TrajectoryForm(ctx.lang))
        self.new_button.setText(self.tr("Nieuw traject"))
        self.form.timeline.record_requested.connect(lambda kind: self.record(MilestoneKind(kind)))
        self.form.offer_box.add.clicked.connect(lambda _c=False: self.add_offer())
        self.form.support_box.add.clicked.connect(lambda _c=False: self.add_support())
        self.form.closing.button.clicked.connect(lambda _c=False: self.close_current())
        self.form_scroll.setMinimumWidth(640)

    # -- layout: the list and form, the insight view -----------------------------------------------
    split_ratio = (45, 55)  # the form holds the timeline's six steps

    def place(self, split: QSplitter) -> None:
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.insight = InsightPanel(self.ctx)
        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Trajecten"))
        self.views.addTab(self.insight, self.tr("Inzicht"))
        self.views.currentChanged.connect(lambda _i: self.refresh_insight())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def build_filters(self, row: QHBoxLayout) -> None:
        lang = self.ctx.lang
        self.f_status = enum_combo(TrajectoryStatus, lang, self.tr("Alle statussen"))
        self.f_barrier = enum_combo(Barrier, lang, self.tr("Alle drempels"))  # as wide as that: the list is narrow
        self.f_year = QComboBox()
        self.f_year.addItem(self.tr("Alle jaren"), None)
        self.f_worker = QComboBox()
        self.f_worker.addItem(self.tr("Alle begeleiders"), None)
        self.f_hood = QComboBox()
        self.f_hood.addItem(self.tr("Alle wijken"), None)
        self.f_due = QCheckBox(self.tr("Mijlpaal te checken ({0} dagen)").format(DUE_DAYS))
        self.f_due.toggled.connect(lambda _b: self.filters_changed())
        for w in (self.f_status, self.f_barrier, self.f_year, self.f_worker, self.f_hood, self.f_due):
            if isinstance(w, QComboBox):
                w.currentIndexChanged.connect(lambda _i: self.filters_changed())
            row.addWidget(w)  # the list's filter row goes on to a next line where it must

    def filters(self) -> views.TrajectoryFilters:
        return views.TrajectoryFilters(
            text=self.search.text() if self.search else "", status=self.f_status.currentData(),
            barrier=self.f_barrier.currentData(), year=self.f_year.currentData(),
            worker_id=self.f_worker.currentData(), neighbourhood=self.f_hood.currentData(),
            due_within_days=DUE_DAYS if self.f_due.isChecked() else None)

    def is_filtered(self) -> bool:
        return self.filters() != views.TrajectoryFilters()

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        super().focus_search()

    # -- hooks -------------------------------------------------------------------------------------
    def columns(self) -> Any:
        return trajectory_columns(self.ctx.lang)

    def paged_source(self) -> _Source:
        return _Source(self)

    def _size_columns(self) -> None:
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # as before
        self.table.sortByColumn(STARTED_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, n: int) -> str:
        return self.tr("1 traject") if n == 1 else self.tr("{0} trajecten").format(n)

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        shown = self.current_id if self._snapshot is not None else None
        self._fill_choices()
        super().refresh()
        if shown is not None and self.current_id == shown and not self.dirty():
            self._load(shown)  # places, names and milestones may have changed elsewhere
        self.refresh_insight()

    def _fill_choices(self) -> None:
        network_id, mode, today = self.ctx.network_id, self.ctx.settings.year_mode, self.ctx.today()
        assert network_id is not None
        with ops.reading(self.ctx) as s:
            form, found, periods = (views.form_choices(s, network_id), views.filter_choices(s, network_id),
                                    views.insight_periods(s, network_id, today, mode))
        self.form.set_choices(form)
        refill(self.f_worker, found.workers, self.tr("Alle begeleiders"))
        refill(self.f_hood, [(h, h) for h in found.neighbourhoods], self.tr("Alle wijken"))
        refill(self.f_year, [(y, str(y)) for y in found.years], self.tr("Alle jaren"))
        self.insight.set_periods(periods)

    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        if record_id != self.current_id:
            self.form.clear_actions()
        if record_id is None:
            self.form.load(None, self.ctx.today())
            self._code = ""
            self.heading.setToolTip(self.tr("De code wordt automatisch toegekend bij het bewaren."))
            return self.tr("Nieuw traject")
        traj = views.detail(session, record_id)
        self.form.load(traj, self.ctx.today())
        self._code = traj.code
        self.heading.setToolTip("")
        state = label(TrajectoryStatus(traj.status), self.ctx.lang)
        reason = traj.closing_reason or ""
        if reason in ClosingReason._value2member_map_:
            state += " — " + label(ClosingReason(reason), self.ctx.lang)
        return f"{traj.code}  ·  {state}"

    def record_title(self) -> str:
        return self._code or self.tr("nieuw traject")  # the code, never the name

    def form_values(self) -> dict[str, Any]:
        return self.form.values()

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        values = dict(values)
        barriers, custom = values.pop("barriers"), values.pop("custom_barrier")
        if record_id is None:
            started = values.pop("started_on")
            traj = service.create(session, self.ctx.network_id or "", started, **values)
        else:
            traj = service.update(session, record_id, **values)
        service.set_barriers(session, traj, barriers, custom)
        return traj.id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete(session, record_id)

    def delete_question(self) -> str:
        return self.tr("Traject ‘{0}’ verwijderen? De mijlpalen, drempels en ondersteuning verdwijnen mee uit de "
                       "lijsten en cijfers.").format(self.record_title())

    def delete_current(self) -> None:
        super().delete_current()
        if self.current_id is None:  # deleted: the child's details do not linger in the form
            self.form.load(None, self.ctx.today())
            self.form.setEnabled(False)

    def clear(self) -> None:
        super().clear()
        self._code = ""
        self.insight.clear()
        for box, everything in ((self.f_worker, self.tr("Alle begeleiders")), (self.f_hood, self.tr("Alle wijken")),
                                (self.f_year, self.tr("Alle jaren"))):
            refill(box, [], everything)

    def clear_form(self) -> None:
        self.form.clear_all()
        self.form.setEnabled(False)

    def open_record(self, record_id: str) -> None:
        self.views.setCurrentIndex(0)
        super().open_record(record_id)

    def refresh_insight(self) -> None:
        if self.views.currentIndex() == 1:
            self.insight.refresh()

    # -- what the form's buttons do --------------------------------------------------------------------
    def _done(self, record_id: str, list_changed: bool = True) -> None:
        if list_changed:
            self.reload_list()
        self._load(record_id)
        self._select_row(record_id)

    def record(self, kind: MilestoneKind) -> None:
        if self.current_id is None:
            self.error.setText(self.tr("Bewaar het traject eerst."))
            return
        dialog = MilestoneDialog(kind, self.ctx.today(), self.ctx.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when = dialog.when_value()
        if when is not None:
            self.record_outcome(kind, when, dialog.reached.isChecked(),
                                dialog.count.value() if kind is MilestoneKind.TRIAL else None, dialog.note.text())

    def record_outcome(self, kind: MilestoneKind, when: date, reached: bool = True, count: int | None = None,
                       note: str = "") -> bool:
        record_id = self.current_id
        if self.ctx.vault is None or record_id is None:
            return False
        self.keep_work()
        outcome = ops.write(self.ctx, lambda s: service.record_outcome(s, record_id, kind.value, when, reached=reached,
                                                                       count=count, note=note),
                            changed=self.area, errors=self.error)
        if outcome.ok:
            self._done(record_id)
        return outcome.ok

    def add_offer(self) -> bool:
        box = self.form.offer_box
        box.error.clear()
        record_id, stakeholder_id = self.current_id, box.pick.currentData()
        if self.ctx.vault is None or record_id is None or stakeholder_id is None:
            box.error.setText(self.tr("Bewaar het traject eerst; kies dan een aanbod en klik op Toevoegen.")
                              if record_id is None else self.tr("Kies een aanbod."))
            self.form_scroll.ensureWidgetVisible(box.error)
            return False
        self.keep_work()
        outcome = ops.write(self.ctx, lambda s: service.add_offer(s, record_id, stakeholder_id),
                            changed=self.area, errors=box.error)
        if outcome.ok:
            self._done(record_id, list_changed=False)
        return outcome.ok

    def add_support(self) -> bool:
        box = self.form.support_box
        box.error.clear()
        record_id, kind, amount = self.current_id, box.kind.currentData(), box.amount.value() or None
        if self.ctx.vault is None or record_id is None:
            box.error.setText(self.tr("Bewaar het traject eerst."))
            self.form_scroll.ensureWidgetVisible(box.error)
            return False
        self.keep_work()
        today = self.ctx.today()
        outcome = ops.write(self.ctx, lambda s: service.add_support(s, record_id, kind, today, amount),
                            changed=self.area, errors=box.error)
        if outcome.ok:
            box.amount.setValue(0)
            self._done(record_id, list_changed=False)
        return outcome.ok

    def close_current(self) -> bool:
        box = self.form.closing
        box.error.clear()
        record_id, reason, note = self.current_id, box.reason.currentData(), box.note.text()
        if self.ctx.vault is None or record_id is None:
            return False
        self.keep_work()
        today = self.ctx.today()
        outcome = ops.write(self.ctx, lambda s: service.close(s, record_id, reason, today, note),
                            changed=self.area, errors=box.error)
        if outcome.ok:
            box.note.clear()
            self._done(record_id)
        return outcome.ok
