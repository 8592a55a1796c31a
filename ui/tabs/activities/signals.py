"""The signal list (filtered on area, responsible and status; overdue ones in red) with the
routing rules beneath it (by area; in a neighbourhood network also by topic, on a second page),
beside the signal form and its next steps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSplitter, QTabWidget

from app.domain.vocabulary import SignalStatus, label
from app.services import activity as act_service
from app.services import signal as service
from ui import ops
from ui.context import AppContext
from ui.tabs.activities.model import signal_columns
from ui.tabs.activities.routing import RoutingRules, TopicRules
from ui.tabs.activities.signal_form import SignalForm
from ui.widgets.common import enum_combo
from ui.widgets.record import RecordEditor
from ui.widgets.table import Column


class SignalEditor(RecordEditor):
    area = "signal"
    title_widget = "topic"
    form: SignalForm

    def __init__(self, ctx: AppContext) -> None:
        self.empty_text = self.tr("Nog geen signalen. Klik op ‘Nieuw signaal’ wanneer een bewoner of partner iets "
                                  "meldt.")
        self.filtered_empty_text = self.tr("Geen signalen met deze filters.")
        super().__init__(ctx, SignalForm(ctx.lang))
        self.new_button.setText(self.tr("Nieuw signaal"))
        for status, button in self.form.status_buttons.items():
            button.clicked.connect(lambda _c=False, st=status: self.change_status(st))
        self.form.area.editingFinished.connect(self.fill_responsible)
        self.form.topic.editingFinished.connect(self.fill_portfolio_holder)
        self.by_topic = False  # a neighbourhood network: signals go by topic to the portfolio holder too

    def place(self, split: QSplitter) -> None:
        self.routing = RoutingRules(self.ctx)
        self.topic_routing = TopicRules(self.ctx)
        self.rule_pages = QTabWidget()
        self.rule_pages.addTab(self.routing, self.tr("Per wijk"))
        self.rule_pages.addTab(self.topic_routing, self.tr("Per thema"))
        self.rule_pages.setTabVisible(1, False)
        self.rule_pages.tabBar().setVisible(False)
        left = split.widget(0)
        column = left.layout() if left is not None else None
        assert column is not None
        column.addWidget(self.rule_pages)  # under the list and its buttons
        super().place(split)

    def set_by_topic(self, on: bool) -> None:
        """Neighbourhood networks route by topic as well: the topic rules and the portfolio holder show."""
        self.by_topic = on
        self.rule_pages.setTabVisible(1, on)
        self.rule_pages.tabBar().setVisible(on)
        if not on:
            self.rule_pages.setCurrentIndex(0)
        self.form.show_portfolio_holder(on)

    # -- the list ----------------------------------------------------------------------------------
    def build_filters(self, row: QHBoxLayout) -> None:
        self.f_area = QComboBox()
        self.f_area.addItem(self.tr("Alle wijken"), None)
        self.f_responsible = QComboBox()
        self.f_responsible.addItem(self.tr("Alle verantwoordelijken"), None)
        self.f_status = enum_combo(SignalStatus, self.ctx.lang, self.tr("Alle statussen"))
        for box in (self.f_area, self.f_responsible, self.f_status):
            box.currentIndexChanged.connect(lambda _i: self.filters_changed())
            row.addWidget(box)

    def is_filtered(self) -> bool:
        return any(box.currentData() for box in (self.f_area, self.f_responsible, self.f_status))

    def columns(self) -> Sequence[Column]:
        return signal_columns(self.ctx.lang, self.ctx.today)

    def list_rows(self, session: ops.Session) -> list[Any]:
        assert self.ctx.network_id is not None
        return service.signal_rows(session, self.ctx.network_id, area=self.f_area.currentData() or "",
                                   responsible=self.f_responsible.currentData() or "",
                                   status=self.f_status.currentData() or "")

    def _size_columns(self) -> None:
        for column, width in enumerate((95, 190, 140, 150, 90)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, n: int) -> str:
        return self.tr("1 signaal") if n == 1 else self.tr("{0} signalen").format(n)

    def refresh(self) -> None:
        if self.ctx.vault is not None and self.ctx.network_id:
            network_id = self.ctx.network_id
            areas, responsibles = ops.read(self.ctx, lambda s: service.filter_choices(s, network_id))
            self._fill_choices(self.f_area, areas)
            self._fill_choices(self.f_responsible, responsibles)
        super().refresh()
        self.routing.refresh()
        self.topic_routing.refresh()

    def _fill_choices(self, box: QComboBox, values: list[str]) -> None:
        """The values that occur, after the 'all' item; the choice is kept while it still occurs."""
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
        box.blockSignals(False)

    def clear(self) -> None:
        super().clear()
        self.routing.clear()
        self.topic_routing.clear()
        for box in (self.f_area, self.f_responsible):
            self._fill_choices(box, [])  # areas and names are data: nothing stays on screen

    # -- the form -----------------------------------------------------------------------------------
    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        assert self.ctx.network_id is not None
        sig = service.get(session, record_id) if record_id is not None else None
        raiser = [i for i in (sig.raised_by_stakeholder_id,) if i] if sig is not None else []
        people = act_service.people(session, self.ctx.network_id, raiser)
        self.form.load(sig, people, self.ctx.today(), service.next_statuses(sig.status if sig else None))
        if sig is None:
            return self.tr("Nieuw signaal")
        return f"{sig.topic}  ·  {label(SignalStatus(sig.status), self.ctx.lang)}"

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        values = dict(values)
        if record_id is None:
            assert self.ctx.network_id is not None
            raised_on, topic = values.pop("raised_on"), values.pop("topic")
            responsible = values.pop("responsible").strip() or None  # none typed: the routing rule's
            holder = values.pop("portfolio_holder").strip() or None  # none typed: the topic rule's
            return service.create(session, self.ctx.network_id, raised_on, topic, responsible=responsible,
                                  portfolio_holder=holder, **values).id
        if values["due_on"] is None:
            del values["due_on"]  # left empty: the answer date stays
        return service.update(session, record_id, **values).id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete(session, record_id)

    def delete_question(self) -> str:
        return self.tr("Dit signaal verwijderen?")

    def clear_form(self) -> None:
        self.form.clear()

    # -- routing and the next steps -------------------------------------------------------------------
    def fill_responsible(self) -> None:
        """A responsible not typed yet comes from the routing rule of the area."""
        network_id, area = self.ctx.network_id, self.form.area.text()
        if self.ctx.vault is None or not network_id or self.form.responsible.text().strip():
            return
        who = ops.read(self.ctx, lambda s: service.route(s, network_id, area))
        if who:
            self.form.responsible.setText(who)

    def fill_portfolio_holder(self) -> None:
        """A portfolio holder not typed yet comes from the topic rule of the topic."""
        network_id, topic = self.ctx.network_id, self.form.topic.text()
        if self.ctx.vault is None or not network_id or self.form.portfolio_holder.text().strip():
            return
        who = ops.read(self.ctx, lambda s: service.route_topic(s, network_id, topic))
        if who:
            self.form.portfolio_holder.setText(who)

    def change_status(self, target: SignalStatus) -> None:
        """Forward, answer or close the signal. What was typed is saved first (a form that cannot
        be saved shows why, and the status stays); the typed answer goes along."""
        if self.ctx.vault is None or self.current_id is None:
            return
        if self.dirty() and not self.save(announce=False):
            return
        record_id, today = self.current_id, self.ctx.today()
        if record_id is None:
            return
        response = self.form.response.toPlainText() or None
        self.error.clear()
        self._clear_field_errors()
        outcome = ops.write(self.ctx, lambda s: service.change_status(s, record_id, target.value, today,
                                                                      response=response),
                            changed=self.area, errors=self.show_error,
                            message=self.tr("Signaal: {0}.").format(label(target, self.ctx.lang)))
        if outcome.ok:
            self.reload_list()
            self._load(record_id)
            self._select_row(record_id)
