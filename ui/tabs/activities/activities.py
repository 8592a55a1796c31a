"""The activity list (filtered on kind and period) beside the activity form. Podium activities
feed the ambassadors' traffic light; who attended counts, who was only invited does not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from app.domain.vocabulary import ActivityKind, label
from app.formatting import fmt_date
from app.periods import Period
from app.services import activity as service
from ui import ops
from ui.context import AppContext
from ui.tabs.activities.activity_form import ActivityForm
from ui.tabs.activities.model import activity_columns
from ui.widgets.common import enum_combo
from ui.widgets.record import RecordEditor
from ui.widgets.table import Column


class ActivityEditor(RecordEditor):
    area = "activity"
    title_widget = "title"
    form: ActivityForm

    def __init__(self, ctx: AppContext) -> None:
        self.empty_text = self.tr("Nog geen activiteiten. Klik op ‘Nieuwe activiteit’ (Ctrl+N).")
        self.filtered_empty_text = self.tr("Geen activiteiten van deze soort of in deze periode.")
        super().__init__(ctx, ActivityForm(ctx.lang))
        self.new_button.setText(self.tr("Nieuwe activiteit"))

    # -- the list ----------------------------------------------------------------------------------
    def build_filters(self, row: QHBoxLayout) -> None:
        self.f_kind = enum_combo(ActivityKind, self.ctx.lang, self.tr("Alle soorten"))
        self.f_period = QComboBox()
        self.f_period.addItem(self.tr("Alle jaren"), None)
        for box in (self.f_kind, self.f_period):
            box.currentIndexChanged.connect(lambda _i: self.filters_changed())
            row.addWidget(box)

    def is_filtered(self) -> bool:
        return bool(self.f_kind.currentData() or self.f_period.currentData())

    def columns(self) -> Sequence[Column]:
        return activity_columns(self.ctx.lang)

    def list_rows(self, session: ops.Session) -> list[Any]:
        assert self.ctx.network_id is not None
        period: Period | None = self.f_period.currentData()
        return service.activity_rows(session, self.ctx.network_id, period, self.f_kind.currentData())

    def _size_columns(self) -> None:
        for column, width in enumerate((95, 150, 190, 110)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, n: int) -> str:
        return self.tr("1 activiteit") if n == 1 else self.tr("{0} activiteiten").format(n)

    def refresh(self) -> None:
        if self.ctx.vault is not None and self.ctx.network_id:
            self._fill_periods()
        super().refresh()

    def _fill_periods(self) -> None:
        """The current period and the one before (the user's year mode), keeping the choice."""
        network_id, today, mode = self.ctx.network_id, self.ctx.today(), self.ctx.settings.year_mode
        assert network_id is not None
        periods = ops.read(self.ctx, lambda s: service.period_choices(s, network_id, today, mode))
        chosen = self.f_period.currentIndex()
        self.f_period.blockSignals(True)
        self.f_period.clear()
        self.f_period.addItem(self.tr("Alle jaren"), None)
        for period in periods:
            self.f_period.addItem(period.label, period)
        self.f_period.setCurrentIndex(max(chosen, 0))
        self.f_period.blockSignals(False)

    # -- the form -----------------------------------------------------------------------------------
    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        assert self.ctx.network_id is not None
        act = service.get(session, record_id) if record_id is not None else None
        chosen = service.attendance(act) if act is not None else {}
        people = service.people(session, self.ctx.network_id, chosen)
        self.form.load(act, people, chosen, self.ctx.today())
        if act is None:
            return self.tr("Nieuwe activiteit")
        return f"{act.title or label(ActivityKind(act.kind), self.ctx.lang)}  ·  {fmt_date(act.held_on)}"

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        values = dict(values)
        if record_id is None:
            assert self.ctx.network_id is not None
            return service.create(session, self.ctx.network_id, **values).id
        participants = (values.pop("ambassador_ids"), values.pop("stakeholder_ids"), values.pop("absent_ids"))
        return service.update(session, record_id, participants=participants, **values).id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete(session, record_id)

    def delete_question(self) -> str:
        return self.tr("Deze activiteit verwijderen? Ze telt dan niet meer mee voor het podium.")

    def clear_form(self) -> None:
        self.form.clear()
