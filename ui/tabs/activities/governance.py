"""Neighbourhood governance in the Activiteiten & signalen tab (seed 004), for neighbourhood networks:
"Afspraken (convenant)", the agreements for the term with their owner and date, followed up like
milestones (overdue ones in red; "Gerealiseerd" marks one done today), and "Dorpsraden", the
village councils' meetings: invitation and minutes received, and whether the neighbourhood
ambassador and the area manager attended ("Notulen ontvangen" notes the minutes came in today).
Both are record editors: list, New (Ctrl+N), Save (Ctrl+S), Delete after a question, drafts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Commitment, CouncilMeeting
from app.domain.vocabulary import CommitmentStatus, label
from app.formatting import fmt_date
from app.services import governance as service
from ui import ops
from ui.context import AppContext
from ui.widgets.common import DateEdit, FlowLayout, enum_combo, set_combo, wrapped
from ui.widgets.record import FieldError, RecordEditor
from ui.widgets.table import Column

OVERDUE = "#b3261e"
DONE_SHORTCUT = "Ctrl+G"  # Gerealiseerd / notulen Gekregen


def _dates(form: QWidget, names: Sequence[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in names:
        try:
            found[name] = getattr(form, name).value()
        except ValueError as exc:
            raise FieldError(name, str(exc)) from exc
    return found


# -- agreements for the term -------------------------------------------------------------------------
class CommitmentForm(QWidget):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        steps = FlowLayout()
        self.done_button = QPushButton(self.tr("Gerealiseerd"))
        self.done_button.setToolTip(self.tr("Markeer de afspraak als gerealiseerd op vandaag ({0})")
                                    .format(DONE_SHORTCUT))
        steps.addWidget(self.done_button)
        layout.addLayout(steps)
        box = QGroupBox(self.tr("Afspraak"))
        form = QFormLayout(box)
        # the attribute names are the service's field names (errors land beside their field)
        self.title = QPlainTextEdit()  # agreements are sentences: room for two or three lines
        self.title.setPlaceholderText(self.tr("wat spreken jullie af?"))
        self.title.setMaximumHeight(64)
        self.title.setTabChangesFocus(True)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("bv. gemeente, dorpsraad, wijkambassadeur"))
        self.due_on = DateEdit()
        self.status = enum_combo(CommitmentStatus, lang)
        self.done_on = DateEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        field: QWidget
        for text, field in (
            (self.tr("Afspraak"), self.title),
            (self.tr("Trekker"), self.owner),
            (self.tr("Tegen"), self.due_on),
            (self.tr("Status"), self.status),
            (self.tr("Afgerond op"), self.done_on),
            (self.tr("Notitie"), self.note),
        ):
            form.addRow(text, field)
        layout.addWidget(box)
        layout.addWidget(wrapped(self.tr("Een afspraak die op haar datum nog loopt, komt op het overzicht, net "
                                         "als een mijlpaal."), "muted"))
        layout.addStretch(1)

    def load(self, row: Commitment | None, today: date) -> None:
        if row is None:
            for w in (self.title, self.owner, self.due_on, self.done_on):
                w.clear()
            self.note.clear()
            set_combo(self.status, CommitmentStatus.OPEN.value)
        else:
            self.title.setPlainText(row.title)
            self.owner.setText(row.owner)
            self.due_on.set_value(row.due_on)
            set_combo(self.status, row.status)
            self.done_on.set_value(row.done_on)
            self.note.setPlainText(row.note)
        self.done_button.setVisible(row is not None and row.status != CommitmentStatus.DONE.value)

    def clear(self) -> None:
        for w in (self.title, self.owner, self.due_on, self.done_on):
            w.clear()
        self.note.clear()
        self.done_button.setVisible(False)

    def values(self) -> dict[str, Any]:
        return {**_dates(self, ("due_on", "done_on")), "title": self.title.toPlainText(), "owner": self.owner.text(),
                "status": self.status.currentData(), "note": self.note.toPlainText()}


def commitment_columns(lang: str, today: Callable[[], date]) -> list[Column]:
    def late(r: service.CommitmentRow) -> str | None:
        return OVERDUE if service.is_overdue(r.status, r.due_on, today()) else None

    def tip(r: service.CommitmentRow) -> str | None:
        if not late(r):
            return None
        return "Overdue" if lang == "en" else "Te laat"

    def status(r: service.CommitmentRow) -> str:
        return label(CommitmentStatus(r.status), lang) if r.status in CommitmentStatus._value2member_map_ else r.status

    return [
        Column("due_on", "Tegen", "Due", lambda r: r.due_on, colour=late, tooltip=tip),
        Column("title", "Afspraak", "Agreement", lambda r: r.title, colour=late),
        Column("owner", "Trekker", "Owner", lambda r: r.owner, colour=late),
        Column("status", "Status", "Status", status, colour=late),
        Column("done_on", "Afgerond op", "Finished", lambda r: r.done_on),
    ]


class CommitmentEditor(RecordEditor):
    area = "commitment"
    title_widget = "title"
    form: CommitmentForm

    def __init__(self, ctx: AppContext) -> None:
        self.empty_text = self.tr("Nog geen afspraken. Noteer de werkafspraken voor de bestuursperiode (bv. uit het "
                                  "dorpsradenconvenant) met ‘Nieuwe afspraak’ (Ctrl+N): wat, wie en tegen wanneer.")
        super().__init__(ctx, CommitmentForm(ctx.lang))
        self.new_button.setText(self.tr("Nieuwe afspraak"))
        self.form.done_button.clicked.connect(lambda _c=False: self.mark_done())
        QShortcut(QKeySequence(DONE_SHORTCUT), self, self.mark_done)

    def columns(self) -> Sequence[Column]:
        return commitment_columns(self.ctx.lang, self.ctx.today)

    def list_rows(self, session: ops.Session) -> list[Any]:
        assert self.ctx.network_id is not None
        return service.commitment_rows(session, self.ctx.network_id)

    def _size_columns(self) -> None:
        for column, width in enumerate((95, 230, 140, 90)):
            self.table.setColumnWidth(column, width)

    def count_text(self, n: int) -> str:
        return self.tr("1 afspraak") if n == 1 else self.tr("{0} afspraken").format(n)

    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        row = service.get_commitment(session, record_id) if record_id is not None else None
        self.form.load(row, self.ctx.today())
        if row is None:
            return self.tr("Nieuwe afspraak")
        title = row.title if len(row.title) <= 90 else row.title[:89] + "…"
        return f"{title}  ·  {label(CommitmentStatus(row.status), self.ctx.lang)}"

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        today = self.ctx.today()
        if record_id is None:
            assert self.ctx.network_id is not None
            v = dict(values)
            return service.add_commitment(session, self.ctx.network_id, v.pop("title"), v.pop("owner"),
                                          v.pop("due_on"), today=today, **v).id
        return service.update_commitment(session, record_id, today=today, **values).id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete_commitment(session, record_id)

    def record_title(self) -> str:
        return " ".join(self.form.title.toPlainText().split()) or self.heading.text()

    def delete_question(self) -> str:
        return self.tr("De afspraak ‘{0}’ verwijderen? Gebruik ‘Geschrapt’ als ze niet doorgaat: dan blijft ze in "
                       "de opvolging zichtbaar.").format(self.record_title())

    def clear_form(self) -> None:
        self.form.clear()

    def mark_done(self) -> None:
        """The agreement is done today (what was typed is saved first)."""
        if self.ctx.vault is None or self.current_id is None or not self.form.done_button.isVisibleTo(self):
            return
        if self.dirty() and not self.save(announce=False):
            return
        record_id, today = self.current_id, self.ctx.today()
        if record_id is None:
            return
        outcome = ops.write(self.ctx, lambda s: service.set_commitment_status(
            s, record_id, CommitmentStatus.DONE.value, today, today), changed=self.area, errors=self.show_error,
            message=self.tr("Afspraak gerealiseerd."))
        if outcome.ok:
            self.reload_list()
            self._load(record_id)
            self._select_row(record_id)


# -- village council meetings -------------------------------------------------------------------------
class MeetingForm(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        steps = FlowLayout()
        self.minutes_button = QPushButton(self.tr("Notulen ontvangen"))
        self.minutes_button.setToolTip(self.tr("Noteer dat de notulen vandaag binnenkwamen ({0})")
                                       .format(DONE_SHORTCUT))
        steps.addWidget(self.minutes_button)
        layout.addLayout(steps)
        box = QGroupBox(self.tr("Vergadering van de dorpsraad"))
        form = QFormLayout(box)
        self.council = QLineEdit()
        self.council.setPlaceholderText(self.tr("bv. Dorpsraad Kolonie"))
        self._councils = QStringListModel(self)
        completer = QCompleter(self._councils, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.council.setCompleter(completer)
        self.held_on = DateEdit()
        self.invitation_received_on = DateEdit()
        self.minutes_received_on = DateEdit()
        self.ambassador_present = QCheckBox(self.tr("De wijkambassadeur was aanwezig"))
        self.area_manager_present = QCheckBox(self.tr("De gebiedsmanager was aanwezig"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        field: QWidget
        for text, field in (
            (self.tr("Dorpsraad"), self.council),
            (self.tr("Datum"), self.held_on),
            (self.tr("Uitnodiging ontvangen op"), self.invitation_received_on),
            (self.tr("Notulen ontvangen op"), self.minutes_received_on),
            (self.tr("Aanwezig"), self.ambassador_present),
            ("", self.area_manager_present),
            (self.tr("Notitie"), self.note),
        ):
            form.addRow(text, field)
        layout.addWidget(box)
        layout.addWidget(wrapped(self.tr("Uitnodigingen en notulen van de dorpsraden horen bij de wijkambassadeur en "
                                         "de gebiedsmanager terecht te komen. Ontbreken de notulen een maand na de "
                                         "vergadering, dan staat dat op het overzicht."), "muted"))
        layout.addStretch(1)

    def load(self, row: CouncilMeeting | None, councils: list[str], today: date) -> None:
        self._councils.setStringList(councils)
        if row is None:
            for w in (self.council, self.invitation_received_on, self.minutes_received_on):
                w.clear()
            self.held_on.set_value(today)
            self.ambassador_present.setChecked(False)
            self.area_manager_present.setChecked(False)
            self.note.clear()
        else:
            self.council.setText(row.council)
            self.held_on.set_value(row.held_on)
            self.invitation_received_on.set_value(row.invitation_received_on)
            self.minutes_received_on.set_value(row.minutes_received_on)
            self.ambassador_present.setChecked(row.ambassador_present)
            self.area_manager_present.setChecked(row.area_manager_present)
            self.note.setPlainText(row.note)
        self.minutes_button.setVisible(row is not None and row.minutes_received_on is None and row.held_on <= today)

    def clear(self) -> None:
        self._councils.setStringList([])
        for w in (self.council, self.held_on, self.invitation_received_on, self.minutes_received_on):
            w.clear()
        self.ambassador_present.setChecked(False)
        self.area_manager_present.setChecked(False)
        self.note.clear()
        self.minutes_button.setVisible(False)

    def values(self) -> dict[str, Any]:
        return {**_dates(self, ("held_on", "invitation_received_on", "minutes_received_on")),
                "council": self.council.text(), "ambassador_present": self.ambassador_present.isChecked(),
                "area_manager_present": self.area_manager_present.isChecked(), "note": self.note.toPlainText()}


def meeting_columns(lang: str, today: Callable[[], date]) -> list[Column]:
    en = lang == "en"

    def late(r: service.MeetingRow) -> str | None:
        return OVERDUE if r.held_on <= today() and service.minutes_late(r.held_on, r.minutes_received_on,
                                                                        today()) else None

    def minutes(r: service.MeetingRow) -> str:
        if r.minutes_received_on is not None:
            return fmt_date(r.minutes_received_on)
        if late(r):
            return "missing" if en else "ontbreken"
        return ""

    def invitation(r: service.MeetingRow) -> str:
        if r.invitation_received_on is not None:
            return fmt_date(r.invitation_received_on)
        return ("none" if en else "geen") if r.held_on <= today() else ""

    def present(value: bool, held_on: date) -> str:
        if held_on > today():
            return ""
        return ("yes" if value else "no") if en else ("ja" if value else "nee")

    return [
        Column("held_on", "Datum", "Date", lambda r: r.held_on),
        Column("council", "Dorpsraad", "Village council", lambda r: r.council),
        Column("invitation", "Uitnodiging", "Invitation", lambda r: r.invitation_received_on, text=invitation),
        Column("minutes", "Notulen", "Minutes", lambda r: r.minutes_received_on, text=minutes, colour=late),
        Column("ambassador", "Wijkambassadeur", "Ambassador", lambda r: r.ambassador_present,
               text=lambda r: present(r.ambassador_present, r.held_on)),
        Column("area_manager", "Gebiedsmanager", "Area manager", lambda r: r.area_manager_present,
               text=lambda r: present(r.area_manager_present, r.held_on)),
    ]


class MeetingEditor(RecordEditor):
    area = "council_meeting"
    title_widget = "council"
    form: MeetingForm

    def __init__(self, ctx: AppContext) -> None:
        self.empty_text = self.tr("Nog geen vergaderingen van dorpsraden. Noteer een vergadering met ‘Nieuwe "
                                  "vergadering’ (Ctrl+N) zodra de uitnodiging binnenkomt.")
        super().__init__(ctx, MeetingForm())
        self.new_button.setText(self.tr("Nieuwe vergadering"))
        self.form.minutes_button.clicked.connect(lambda _c=False: self.minutes_received())
        QShortcut(QKeySequence(DONE_SHORTCUT), self, self.minutes_received)

    def columns(self) -> Sequence[Column]:
        return meeting_columns(self.ctx.lang, self.ctx.today)

    def list_rows(self, session: ops.Session) -> list[Any]:
        assert self.ctx.network_id is not None
        return service.meeting_rows(session, self.ctx.network_id)

    def _size_columns(self) -> None:
        for column, width in enumerate((95, 170, 95, 95, 135)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, n: int) -> str:
        return self.tr("1 vergadering") if n == 1 else self.tr("{0} vergaderingen").format(n)

    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        assert self.ctx.network_id is not None
        row = service.get_meeting(session, record_id) if record_id is not None else None
        self.form.load(row, service.councils(session, self.ctx.network_id), self.ctx.today())
        if row is None:
            return self.tr("Nieuwe vergadering")
        return f"{row.council}  ·  {fmt_date(row.held_on)}"

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        today = self.ctx.today()
        if record_id is None:
            assert self.ctx.network_id is not None
            v = dict(values)
            return service.add_meeting(session, self.ctx.network_id, v.pop("council"), v.pop("held_on"),
                                       today=today, **v).id
        return service.update_meeting(session, record_id, today=today, **values).id

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        service.delete_meeting(session, record_id)

    def delete_question(self) -> str:
        return self.tr("De vergadering van ‘{0}’ verwijderen?").format(self.record_title())

    def clear_form(self) -> None:
        self.form.clear()

    def minutes_received(self) -> None:
        """The minutes came in today (what was typed is saved first)."""
        if self.ctx.vault is None or self.current_id is None or not self.form.minutes_button.isVisibleTo(self):
            return
        if self.dirty() and not self.save(announce=False):
            return
        record_id, today = self.current_id, self.ctx.today()
        if record_id is None:
            return
        outcome = ops.write(self.ctx, lambda s: service.minutes_received(s, record_id, today, today),
                            changed=self.area, errors=self.show_error, message=self.tr("Notulen ontvangen."))
        if outcome.ok:
            self.reload_list()
            self._load(record_id)
            self._select_row(record_id)
