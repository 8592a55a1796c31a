"""Aanvragen van derden: a municipality or a school asks for a workshop or talk by an ambassador
(seed 002). The request is noted, routed to an ambassador and followed until it is held or
declined, like a signal; one without an answer past its date is marked "te laat" here and on the
overview. The rules are `app.services.requests`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import RequestKind, RequestStatus, label
from app.formatting import fmt_date
from app.services import ambassador as amb_service
from app.services import requests as service
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit, FlowLayout, enum_combo, set_combo, wrapped
from ui.widgets.record import ERROR_STYLE

Submit = Callable[[dict[str, Any]], str | None]  # writes; returns the refusal to show (None: saved)


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _Dialog(QDialog):
    """Labels above their fields, an error line, and a submit that keeps the dialog open when refused."""

    submit: Submit
    error: ErrorLabel

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _check(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            self.error.say(str(exc))
            return
        refused = self.submit(values)
        if refused:
            self.error.say(refused)
            return
        self.accept()


class RequestDialog(_Dialog):
    """A new or edited request: when it came in, who asks (an organisation or a stakeholder), what,
    the wanted date and the date the requester expects an answer."""

    def __init__(self, lang: str, today: date, stakeholders: list[tuple[str, str]], submit: Submit,
                 row: service.RequestRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Aanvraag bewerken") if row else self.tr("Nieuwe aanvraag van derden"))
        layout = QVBoxLayout(self)
        self.setMinimumWidth(420)
        self.received_on = DateEdit()
        self.received_on.set_value(row.received_on if row else today)
        self.requester = QLineEdit(row.requester if row else "")
        self.requester.setPlaceholderText(self.tr("bv. Gemeente Hasselt, Hogeschool PXL"))
        self.stakeholder = QComboBox()
        self.stakeholder.addItem(self.tr("— geen stakeholder —"), None)
        for sid, name in stakeholders:
            self.stakeholder.addItem(name, sid)
        set_combo(self.stakeholder, row.requester_stakeholder_id if row else None)
        self.kind = enum_combo(RequestKind, lang)
        set_combo(self.kind, row.kind if row else None)
        self.topic = QLineEdit(row.topic if row else "")
        self.wanted_on = DateEdit()
        self.wanted_on.set_value(row.wanted_on if row else None)
        self.due_on = DateEdit()
        self.due_on.set_value(row.due_on if row else None)
        self.note = QPlainTextEdit(row.note if row else "")
        self.note.setMaximumHeight(70)
        for text, widget in ((self.tr("Binnengekomen op"), self.received_on), (self.tr("Aanvrager"), self.requester),
                             (self.tr("Of een stakeholder uit je lijst"), self.stakeholder),
                             (self.tr("Soort"), self.kind), (self.tr("Onderwerp"), self.topic),
                             (self.tr("Gevraagde datum"), self.wanted_on),
                             (self.tr("Antwoord verwacht tegen (leeg: 14 dagen na ontvangst)"), self.due_on),
                             (self.tr("Notitie"), self.note)):
            layout.addWidget(QLabel(text))
            layout.addWidget(widget)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = _buttons(self, self.tr("Bewaren"), self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        layout.addWidget(buttons)
        self.requester.setFocus()

    def values(self) -> dict[str, Any]:
        return {"received_on": self.received_on.value(), "requester": self.requester.text(),
                "requester_stakeholder_id": self.stakeholder.currentData(), "kind": str(self.kind.currentData()),
                "topic": self.topic.text(), "wanted_on": self.wanted_on.value(), "due_on": self.due_on.value(),
                "note": self.note.toPlainText()}


class AssignDialog(_Dialog):
    """Ask an ambassador (or an honorary member) to take the request."""

    def __init__(self, people: list[tuple[str, str]], today: date, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Ambassadeur vragen"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Kies wie je vraagt; past het profiel bij een workshop of inleiding? Een "
                                         "‘leraar’ deelt graag kennis, een ‘directeur’ staat graag op het podium.")))
        self.person = QComboBox()
        for pid, name in people:
            self.person.addItem(name, pid)
        self.on = DateEdit()
        self.on.set_value(today)
        layout.addWidget(QLabel(self.tr("Ambassadeur")))
        layout.addWidget(self.person)
        layout.addWidget(QLabel(self.tr("Gevraagd op")))
        layout.addWidget(self.on)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = _buttons(self, self.tr("Vragen"), self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"ambassador_id": self.person.currentData(), "on": self.on.value()}


class StatusDialog(_Dialog):
    """Move the request on: accepted, held, declined or back to new, dated, with a short note."""

    def __init__(self, lang: str, allowed: list[str], today: date, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Status van de aanvraag"))
        layout = QVBoxLayout(self)
        self.status = QComboBox()
        for key in allowed:
            self.status.addItem(label(RequestStatus(key), lang), key)
        self.on = DateEdit()
        self.on.set_value(today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("bv. antwoord gemaild aan de aanvrager"))
        for text, widget in ((self.tr("Nieuwe status"), self.status), (self.tr("Datum"), self.on),
                             (self.tr("Notitie (optioneel)"), self.note)):
            layout.addWidget(QLabel(text))
            layout.addWidget(widget)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = _buttons(self, self.tr("Wijzigen"), self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"status": self.status.currentData(), "on": self.on.value(), "note": self.note.text()}


FILTERS = ("", "open", "overdue", *[s.value for s in RequestStatus])


class RequestsPanel(QWidget):
    """The list of requests, newest first, with a filter; new (Ctrl+Shift+N), edit, ask an
    ambassador, change the status, delete with confirmation."""

    def __init__(self, ctx: AppContext, changed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.changed = changed or (lambda: None)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Een gemeente of een school vraagt een ambassadeur voor een workshop of "
                                         "inleiding. Noteer de aanvraag, vraag een ambassadeur en volg ze op tot ze "
                                         "gegeven of afgewezen is.")))
        self.filter = QComboBox()
        names = {"": self.tr("Alle aanvragen"), "open": self.tr("Zonder antwoord"), "overdue": self.tr("Te laat")}
        for key in FILTERS:
            self.filter.addItem(names.get(key) or label(RequestStatus(key), ctx.lang), key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.filter)
        self.summary = wrapped()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_request())
        layout.addWidget(self.list, 1)
        row = FlowLayout()
        self.new_button = QPushButton(self.tr("Nieuwe aanvraag… (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.assign_button = QPushButton(self.tr("Ambassadeur vragen…"))
        self.status_button = QPushButton(self.tr("Status wijzigen…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        for button, slot in ((self.new_button, self.new_request), (self.edit_button, self.edit_request),
                             (self.assign_button, self.assign), (self.status_button, self.change_status),
                             (self.delete_button, self.delete_request)):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_request)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rows: list[service.RequestRow] = []

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            self.clear()
            return
        today, mode, chosen = self.ctx.today(), self.ctx.settings.year_mode, self.filter.currentData() or None

        def read(s: ops.Session) -> tuple[list[service.RequestRow], service.RequestSummary, str]:
            period = amb_service.podium_period(s, network_id, today, mode)
            return (service.request_rows(s, network_id, today, chosen), service.summary(s, network_id, period, today),
                    period.label)

        rows, summary, period = ops.read(self.ctx, read)
        self.show_requests(rows, summary, period)

    def line(self, r: service.RequestRow) -> str:
        lang = self.ctx.lang
        kind = label(RequestKind(r.kind), lang) if r.kind in RequestKind._value2member_map_ else r.kind
        parts = [f"{fmt_date(r.received_on)}  {r.requester} — {kind}: {r.topic}"]
        if r.wanted_on:
            parts.append(self.tr("gevraagd voor {0}").format(fmt_date(r.wanted_on)))
        status = label(RequestStatus(r.status), lang) if r.status in RequestStatus._value2member_map_ else r.status
        who = f": {r.ambassador}" if r.ambassador else ""
        parts.append(f"{status}{who} ({fmt_date(r.status_on)})")
        if r.status in service.OPEN and r.due_on:
            parts.append(self.tr("antwoord tegen {0}").format(fmt_date(r.due_on)) +
                         (self.tr(" — te laat") if r.overdue else ""))
        return " · ".join(parts)

    def show_requests(self, rows: list[service.RequestRow], summary: service.RequestSummary, period: str) -> None:
        chosen = self.current_id()
        self.rows = rows
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(self.line(r))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
            if r.id == chosen:
                self.list.setCurrentItem(item)
        if not rows:
            self.list.addItem(self.tr("Geen aanvragen met deze filter.") if self.filter.currentData() else
                              self.tr("Nog geen aanvragen van derden. Vraagt een gemeente of school een workshop of "
                                      "inleiding? Noteer ze met ‘Nieuwe aanvraag…’ en vraag een ambassadeur."))
        by = ", ".join(f"{name} {n}" for name, n in summary.held_by)
        text = self.tr("Zonder antwoord: {0} · te laat: {1} · gegeven in {2}: {3}").format(
            summary.open, summary.overdue, period, summary.held)
        self.summary.setText(text + (f" ({by})" if by else ""))
        for button in (self.edit_button, self.assign_button, self.status_button, self.delete_button):
            button.setEnabled(bool(rows))

    def clear(self) -> None:
        self.rows = []
        self.list.clear()
        self.summary.clear()
        self.error.clear()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def current(self) -> service.RequestRow | None:
        chosen = self.current_id()
        return next((r for r in self.rows if r.id == chosen), None)

    def select(self, request_id: str) -> None:
        if not any(r.id == request_id for r in self.rows) and self.filter.currentIndex() != 0:
            self.filter.setCurrentIndex(0)  # refreshes with every request
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == request_id:
                self.list.setCurrentRow(i)
                return

    # -- writing -------------------------------------------------------------------------------------
    def _write(self, work: Callable[[ops.Session], str], message: str) -> Callable[[], str | None]:
        def run() -> str | None:
            refused: list[str] = []
            outcome = ops.write(self.ctx, work, changed="ambassador", message=message,
                                errors=lambda exc: refused.append(ops.describe(exc)))
            if outcome.ok and outcome.value:
                self.refresh()
                self.select(outcome.value)
                self.changed()
            return refused[0] if refused else None

        return run

    def _pick(self, missing: str) -> service.RequestRow | None:
        """The request chosen in the list; none chosen: `missing` is said."""
        row = self.current()
        if row is None:
            self.error.setText(missing)
        else:
            self.error.clear()
        return row

    def _stakeholders(self) -> list[tuple[str, str]]:
        network_id = self.ctx.network_id or ""
        return ops.read(self.ctx, lambda s: service.requester_options(s, network_id))

    def new_request(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        self.error.clear()

        def submit(v: dict[str, Any]) -> str | None:
            if v["received_on"] is None:
                return self.tr("Vul de datum in waarop de aanvraag binnenkwam (dd/mm/jjjj).")
            fields = {k: v[k] for k in ("requester_stakeholder_id", "wanted_on", "due_on", "note")}
            return self._write(lambda s: service.create(s, network_id, v["received_on"], v["requester"], v["kind"],
                                                        v["topic"], **fields).id,
                               self.tr("Aanvraag bewaard."))()

        RequestDialog(self.ctx.lang, self.ctx.today(), self._stakeholders(), submit, None, self).exec()

    def edit_request(self) -> None:
        row = self._pick(self.tr("Kies eerst de aanvraag die je wilt bewerken."))
        if row is None:
            return

        def submit(v: dict[str, Any]) -> str | None:
            return self._write(lambda s: service.update(s, row.id, **v).id, self.tr("Aanvraag bewaard."))()

        RequestDialog(self.ctx.lang, self.ctx.today(), self._stakeholders(), submit, row, self).exec()

    def assign(self) -> None:
        row = self._pick(self.tr("Kies eerst de aanvraag waarvoor je een ambassadeur vraagt."))
        if row is None:
            return
        network_id = self.ctx.network_id or ""
        people = ops.read(self.ctx, lambda s: service.askable(s, network_id))
        if not people:
            self.error.setText(self.tr("Er is nog geen actieve ambassadeur om te vragen."))
            return

        def submit(v: dict[str, Any]) -> str | None:
            if v["on"] is None:
                return self.tr("Vul de datum in waarop je de ambassadeur vroeg (dd/mm/jjjj).")
            return self._write(lambda s: service.assign(s, row.id, v["ambassador_id"], v["on"]).id,
                               self.tr("Ambassadeur gevraagd."))()

        AssignDialog(people, self.ctx.today(), submit, self).exec()

    def change_status(self) -> None:
        row = self._pick(self.tr("Kies eerst de aanvraag die je wilt opvolgen."))
        if row is None:
            return
        allowed = [s for s in row.next_statuses if s != RequestStatus.ASSIGNED.value]
        if not allowed:
            self.error.setText(self.tr("Vraag eerst een ambassadeur met ‘Ambassadeur vragen…’."))
            return

        def submit(v: dict[str, Any]) -> str | None:
            if v["on"] is None:
                return self.tr("Vul de datum in (dd/mm/jjjj).")
            return self._write(lambda s: service.change_status(s, row.id, v["status"], v["on"], v["note"]).id,
                               self.tr("Status gewijzigd."))()

        StatusDialog(self.ctx.lang, allowed, self.ctx.today(), submit, self).exec()

    def delete_request(self) -> None:
        row = self._pick(self.tr("Kies eerst de aanvraag die je wilt verwijderen."))
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Aanvraag verwijderen"),
            self.tr("Aanvraag van {0} ({1}) verwijderen?").format(row.requester, row.topic),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.write(self.ctx, lambda s: service.delete(s, row.id), changed="ambassador", errors=self.error,
                     message=self.tr("Aanvraag verwijderd.")).ok:
            self.refresh()
            self.changed()
