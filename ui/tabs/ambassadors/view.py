"""Ambassadeurs: the roster with status, term end, motivation profile and podium traffic light
(the read model `ambassador_views.roster`); the form with the dated status pipeline, the seed-002
advice per motivation profile and the questionnaire; and the network-health panel. A nomination
is a new record: ‘Voordragen’ opens an empty form, saving it nominates the person."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from app.domain.vocabulary import AmbassadorStatus, MotivationProfile, label
from app.formatting import fmt_date
from app.services import ambassador as service
from app.services import ambassador_views as views
from app.services import recruiting
from app.services import requests as third_party
from ui import ops
from ui.context import AppContext
from ui.tabs.ambassadors.appoint import AppointDialog, AppointMomentDialog
from ui.tabs.ambassadors.contacts import ContactDialog
from ui.tabs.ambassadors.form import AmbassadorForm
from ui.tabs.ambassadors.health import HealthPanel
from ui.tabs.ambassadors.model import LIGHT_COLOURS, roster_columns
from ui.tabs.ambassadors.questionnaire import QuestionnaireDialog
from ui.tabs.ambassadors.recruiting import RecruitingPanel
from ui.tabs.ambassadors.requests import RequestsPanel
from ui.widgets.common import enum_combo
from ui.widgets.record import RecordEditor

__all__ = ["LIGHT_COLOURS", "QuestionnaireDialog", "Tab", "title"]


def title(lang: str) -> str:
    return "Ambassadors" if lang == "en" else "Ambassadeurs"


class Tab(RecordEditor):
    files_owner = "ambassador_id"
    area = "ambassador"
    field_widgets = {"charter_signed_on": "charter", "motivation_profile": "profile"}
    form: AmbassadorForm

    def __init__(self, ctx: AppContext) -> None:
        self.search_placeholder = self.tr("Zoeken op naam, organisatie of dorp (Ctrl+F)")
        self.empty_text = self.tr("Nog geen ambassadeurs. Draag een eerste ambassadeur voor met ‘Voordragen’ "
                                  "(Ctrl+N).")
        self.filtered_empty_text = self.tr("Geen ambassadeurs gevonden met deze zoekterm of filters.")
        self.podium: dict[str, int] = {}  # attended podium activities this year, per ambassador shown
        self._legend: tuple[str, int] | None = None  # (period, target) of the last roster read
        super().__init__(ctx, AmbassadorForm(ctx.lang))
        self.new_button.setText(self.tr("Voordragen"))
        self.moment_button = self.add_button(self.tr("Aanstellingsmoment…"), self.appointment_moment)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        holder = self.table.parentWidget()
        lists = holder.layout() if holder is not None else None
        assert isinstance(lists, QVBoxLayout)
        lists.insertWidget(lists.indexOf(self.table) + 1, self.legend)
        verbs = {
            AmbassadorStatus.NOMINATED: self.tr("Opnieuw voordragen"),
            AmbassadorStatus.APPOINTED: self.tr("Aanstellen"),
            AmbassadorStatus.ACTIVE: self.tr("Actief maken"),
            AmbassadorStatus.HONORARY: self.tr("Erelid maken"),
            AmbassadorStatus.FORMER: self.tr("Stopzetten…"),
        }
        self.step_buttons: dict[AmbassadorStatus, QPushButton] = {}
        for status, verb in verbs.items():
            button = QPushButton(verb)
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s, ask=True))
            button.setVisible(False)
            self.step_buttons[status] = button
            self.form.steps.addWidget(button)
        self.form.quiz.clicked.connect(self.questionnaire)
        self.form.add_contact.clicked.connect(self.add_contact)
        self.form.delete_contact.clicked.connect(self.delete_contact)
        QShortcut(QKeySequence("Ctrl+K"), self, self.add_contact)

    # -- layout: the roster and form, the health panel --------------------------------------------
    def place(self, split: QSplitter) -> None:
        self.health = HealthPanel(self.ctx)
        self.recruiting = RecruitingPanel(self.ctx, self._panel_changed)
        self.requests = RequestsPanel(self.ctx, self._panel_changed)
        self.views = QTabWidget()
        self.views.addTab(split, self.tr("Ambassadeurs"))
        self.views.addTab(self.health, self.tr("Netwerkgezondheid"))
        self.views.addTab(self.recruiting, self.tr("Wervingsoproepen"))
        self.views.addTab(self.requests, self.tr("Aanvragen van derden"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def build_filters(self, row: QHBoxLayout) -> None:
        self.f_status: QComboBox = enum_combo(AmbassadorStatus, self.ctx.lang, self.tr("Alle statussen"))
        self.f_profile: QComboBox = enum_combo(MotivationProfile, self.ctx.lang, self.tr("Alle profielen"))
        for combo in (self.f_status, self.f_profile):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed())
            row.addWidget(combo)

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        super().focus_search()

    # -- the roster ----------------------------------------------------------------------------------
    def columns(self) -> Any:
        return roster_columns(self.ctx.lang)

    def _size_columns(self) -> None:
        for column, width in enumerate((200, 110, 100, 130, 70)):
            self.table.setColumnWidth(column, width)

    def filters(self) -> views.RosterFilters:
        return views.RosterFilters(self.search.text() if self.search else "", self.f_status.currentData(),
                                   self.f_profile.currentData())

    def is_filtered(self) -> bool:
        return self.filters() != views.RosterFilters()

    def list_rows(self, session: ops.Session) -> list[Any]:
        assert self.ctx.network_id is not None
        roster = views.roster(session, self.ctx.network_id, self.ctx.today(), self.ctx.settings.year_mode,
                              self.filters())
        self.podium = {r.id: r.podium for r in roster.rows}
        self._legend = (roster.period_label, roster.target)
        return list(roster.rows)

    def reload_list(self) -> None:
        super().reload_list()
        if self._legend is not None and self.model is not None:
            period, target = self._legend
            self.legend.setText(self.tr("Podium {0}: ● groen = {1} of meer, oranje = 1 tot {2}, rood = nog geen.")
                                .format(period, target, target - 1))

    def refresh_list(self) -> None:
        """Read the roster again (another tab changed activities or ambassadors)."""
        self.filters_changed()

    def apply_filters(self) -> None:
        self.filters_changed()

    def count_text(self, n: int) -> str:
        return self.tr("1 ambassadeur") if n == 1 else self.tr("{0} ambassadeurs").format(n)

    def refresh(self) -> None:
        if self._network is not None and self._network != self.ctx.network_id:
            self.clear()  # another network: nothing of the last one stays in the form
        super().refresh()
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        if self.current_id is not None and self._snapshot is not None and not self.dirty():
            self._load(self.current_id)  # what other tabs changed (participations, the podium)
        self._hint()
        self.refresh_health()

    def refresh_health(self) -> None:
        self.health.refresh()
        self.refresh_panels()

    def refresh_panels(self) -> None:
        """The recruiting calls and the requests, shown only where they belong to the kind of network."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return

        calls, asks = ops.read(self.ctx, lambda s: (recruiting.shown_for(s, network_id),
                                                    third_party.shown_for(s, network_id)))
        for panel, shown in ((self.recruiting, calls), (self.requests, asks)):
            self.views.setTabVisible(self.views.indexOf(panel), shown)
            if shown:
                panel.refresh()
            else:
                panel.clear()

    def _panel_changed(self) -> None:
        """A call or request was written: the nomination form's list of calls and the roster follow."""
        if self.current_id is not None and self._snapshot is not None and not self.dirty():
            self._load(self.current_id)

    def _hint(self) -> None:
        if self._snapshot is None:
            self.heading.setText(self.tr("Kies een ambassadeur in de lijst of draag iemand voor (Ctrl+N)."))

    # -- the form ------------------------------------------------------------------------------------
    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        if record_id is None:
            self.form.load(None)
            self._load_calls(session)
            self._show_steps([])
            return self.tr("Nieuwe voordracht")
        d = views.detail(session, record_id)
        self._load_calls(session)
        self.form.load(d)
        self._show_steps(d.next_statuses)
        return f"{d.fields['name']}  ·  {label(AmbassadorStatus(d.status), self.ctx.lang)}"

    def _load_calls(self, session: ops.Session) -> None:
        network_id = self.ctx.network_id or ""
        shown = recruiting.shown_for(session, network_id)
        self.form.set_calls(recruiting.call_options(session, network_id) if shown else [], shown)

    def _show_steps(self, allowed: list[AmbassadorStatus]) -> None:
        for status, button in self.step_buttons.items():
            button.setVisible(status in allowed)

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        values = dict(values)
        call_id = values.pop("recruiting_call_id", None)
        if record_id is None:
            name, by = values.pop("name"), values.pop("nominated_by")
            amb = service.create(session, self.ctx.network_id or "", name, nominated_by=by, on=self.ctx.today(),
                                 **values)
        else:
            amb = service.update(session, record_id, **values)
        if call_id != amb.recruiting_call_id:
            recruiting.link_nomination(session, amb, call_id)
        return amb.id

    def save(self, announce: bool = True) -> bool:
        saved = super().save(announce)
        if saved:
            self.refresh_health()
        return saved

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete(session, record_id)

    def delete_question(self) -> str:
        return self.tr("Ambassadeur ‘{0}’ verwijderen? De gegevens verdwijnen uit lijsten en verslagen."
                       ).format(self.record_title())

    def delete_current(self) -> None:
        super().delete_current()
        self._show_steps([])
        self._hint()
        self.refresh_health()

    def clear(self) -> None:
        super().clear()
        self.podium = {}
        self._legend = None
        self.legend.clear()
        if self.search is not None:
            self.search.clear()
        self.health.clear()
        self.recruiting.clear()
        self.requests.clear()

    def clear_form(self) -> None:
        self.form.clear()
        self._show_steps([])

    def open_record(self, record_id: str) -> None:
        """An ambassador, or (from the overview) a request or the recruiting reminder."""
        if record_id == recruiting.REMINDER_ID:
            self.refresh_panels()
            self.views.setCurrentWidget(self.recruiting)
            return
        if self.ctx.vault is not None and ops.read(self.ctx, lambda s: third_party.exists(s, record_id)):
            self.refresh_panels()
            self.views.setCurrentWidget(self.requests)
            self.requests.select(record_id)
            return
        self.views.setCurrentIndex(0)
        super().open_record(record_id)

    def keep_work(self) -> str | None:
        said = [m for m in (super().keep_work(), self.health.keep_work()) if m]
        return " ".join(said) or None

    # -- nominations, the pipeline, the questionnaire -------------------------------------------------
    def nominate(self, name: str, nominated_by: str = "") -> None:
        """Nominate someone in one go (the form's ‘Voordragen’ does the same with every detail)."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        self.keep_work()
        today = self.ctx.today()
        outcome = ops.write(self.ctx, lambda s: service.create(s, network_id, name, nominated_by=nominated_by,
                                                               on=today).id,
                            changed=self.area, errors=self.error, message=self.tr("Voorgedragen."))
        if outcome.ok and outcome.value:
            self._after_write(outcome.value)

    def change_status(self, target: AmbassadorStatus, reason: str | None = None, *, ask: bool = False,
                      on: date | None = None, term_years: int | None = None) -> None:
        """`ask`: the button was clicked, so appointing asks for the date and the term."""
        record_id = self.current_id
        if self.ctx.vault is None or record_id is None:
            return
        if target is AmbassadorStatus.APPOINTED and ask and on is None:
            chosen = AppointDialog.ask(self.record_title(), self.ctx.today(), self)
            if chosen is None:
                return
            on, term_years = chosen
        if target is AmbassadorStatus.FORMER and reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Stopzetten"), self.tr("Waarom stopt deze ambassadeur?"))
            if not ok:
                return
        self.keep_work()  # typed details first: saved, or kept as a draft that comes back below
        when, why = on or self.ctx.today(), reason or ""
        term = term_years or service.DEFAULT_TERM_YEARS
        outcome = ops.write(self.ctx, lambda s: service.change_status(s, record_id, target.value, when, reason=why,
                                                                      term_years=term),
                            changed=self.area, errors=self.error)
        if outcome.ok:
            self._after_write(record_id)

    def add_contact(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            self.error.setText(self.tr("Kies eerst een ambassadeur in de lijst."))
            return
        dialog = ContactDialog(self.form.name.text(), self.ctx.today(), self.ctx.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.log_contact(*dialog.chosen())

    def log_contact(self, kind: str, when: date, note: str, next_contact: date | None) -> None:
        record_id = self.current_id
        if record_id is None:
            return
        self.keep_work()
        outcome = ops.write(self.ctx, lambda s: service.log_contact(s, record_id, kind, when, note, next_contact),
                            changed=self.area, errors=self.error, message=self.tr("Gesprek genoteerd."))
        if outcome.ok:
            self._after_write(record_id)

    def delete_contact(self) -> None:
        item = self.form.contacts.currentItem()
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        record_id = self.current_id
        if not contact_id or record_id is None:
            self.error.setText(self.tr("Kies eerst het gesprek dat je wilt verwijderen."))
            return
        answer = QMessageBox.question(self, self.tr("Gesprek verwijderen"),
                                      self.tr("Dit gesprek verwijderen? ‘{0}’").format(item.text() if item else ""),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.write(self.ctx, lambda s: service.delete_contact(s, contact_id), changed=self.area,
                     errors=self.error).ok:
            self._after_write(record_id)

    def appointment_moment(self) -> None:
        """Appoint several nominees at once, on one day for one term (seed 002)."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        waiting = ops.read(self.ctx, lambda s: [(a.id, a.name, a.nominated_on)
                                                for a in service.nominations_waiting(s, network_id)])
        if not waiting:
            self.error.setText(self.tr("Niemand wacht op een aanstelling: draag eerst ambassadeurs voor."))
            return
        dialog = AppointMomentDialog(waiting, self.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.appoint_many(*dialog.chosen())

    def appoint_many(self, ids: list[str], on: date, term_years: int) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        self.keep_work()
        n = len(ids)
        message = (self.tr("1 ambassadeur aangesteld op {0}.").format(fmt_date(on)) if n == 1 else
                   self.tr("{0} ambassadeurs aangesteld op {1}.").format(n, fmt_date(on)))
        outcome = ops.write(self.ctx, lambda s: [a.id for a in service.appoint_many(s, network_id, ids, on, term_years)],
                            changed=self.area, errors=self.error, message=message)
        if outcome.ok and outcome.value:
            self._after_write(outcome.value[0])

    def _after_write(self, record_id: str) -> None:
        self.reload_list()
        self._load(record_id)
        self._select_row(record_id)
        self.refresh_health()

    def questionnaire(self) -> None:
        dialog = QuestionnaireDialog(self.ctx.lang, self, keep=self.keep_profile)
        if dialog.exec() == QuestionnaireDialog.DialogCode.Accepted:
            self.form.set_profile(dialog.result_profile())

    def keep_profile(self, profile: MotivationProfile) -> str | None:
        """The questionnaire was left unanswered by a lock or quit: its profile goes into the form,
        and the form's work is kept as always."""
        if self._snapshot is None:
            return None
        self.form.set_profile(profile)
        return self.keep_work()
