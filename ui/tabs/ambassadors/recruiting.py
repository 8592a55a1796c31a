"""Wervingsoproepen: the recruiting calls of a local or entrepreneur network (seed 000: "Lanceer
ook regelmatig oproepen voor nieuwe ambassadeurs. Ga op zoek in verschillende sectoren"), each
with the nominations it brought and how many were appointed, and this working year's sectors
covered and not reached. The rules are `app.services.recruiting`; a nomination is linked to its
call in the ambassador's form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
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

from app.domain.vocabulary import RecruitingSector, label
from app.formatting import fmt_date
from app.services import ambassador as amb_service
from app.services import recruiting as service
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit, FlowLayout, wrapped
from ui.widgets.record import ERROR_STYLE


class CallDialog(QDialog):
    """A new or edited call: date, title or channel, the sectors approached, a note. `submit`
    writes it and returns the refusal to show beside the field (None: saved)."""

    def __init__(self, lang: str, today: date, submit: Callable[[dict[str, Any]], str | None],
                 row: service.CallRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Wervingsoproep bewerken") if row else self.tr("Nieuwe wervingsoproep"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Zoek nieuwe ambassadeurs in verschillende sectoren. Noteer waar en hoe je de "
                                         "oproep deed; wie zich aanmeldt, koppel je bij de voordracht aan deze "
                                         "oproep.")))
        self.held_on = DateEdit()
        self.held_on.set_value(row.held_on if row else today)
        self.title = QLineEdit(row.title if row else "")
        self.title.setPlaceholderText(self.tr("bv. Oproep in de nieuwsbrief van de gemeente"))
        self.note = QPlainTextEdit(row.note if row else "")
        self.note.setMaximumHeight(70)
        layout.addWidget(QLabel(self.tr("Datum")))
        layout.addWidget(self.held_on)
        layout.addWidget(QLabel(self.tr("Titel of kanaal")))
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Aangesproken sectoren")))
        sectors = QGridLayout()  # two columns: the dialog stays narrow
        self.sectors: dict[str, QCheckBox] = {}
        for i, sector in enumerate(RecruitingSector):
            box = QCheckBox(label(sector, lang))
            box.setChecked(bool(row) and sector.value in (row.sectors if row else ()))
            self.sectors[sector.value] = box
            sectors.addWidget(box, i // 2, i % 2)
        layout.addLayout(sectors)
        layout.addWidget(QLabel(self.tr("Notitie")))
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        return {"held_on": self.held_on.value(), "title": self.title.text(),
                "sectors": [key for key, box in self.sectors.items() if box.isChecked()],
                "note": self.note.toPlainText()}

    def _check(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            self.error.say(str(exc))
            self.held_on.setFocus()
            return
        refused = self.submit(values)
        if refused:
            self.error.say(refused)
            return
        self.accept()


class RecruitingPanel(QWidget):
    """The list of calls with what they brought; new (Ctrl+Shift+N), edit, delete with confirmation."""

    def __init__(self, ctx: AppContext, changed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.changed = changed or (lambda: None)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Lanceer regelmatig oproepen voor nieuwe ambassadeurs en zoek in verschillende "
                                         "sectoren: culturele organisaties, natuurverenigingen, overheden, "
                                         "vervoersmaatschappijen, …")))
        self.coverage = wrapped()
        self.coverage.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.coverage)
        self.calls = QListWidget()
        self.calls.setWordWrap(True)
        self.calls.itemDoubleClicked.connect(lambda _item: self.edit_call())
        layout.addWidget(self.calls, 1)
        row = FlowLayout()
        self.new_button = QPushButton(self.tr("Nieuwe oproep… (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.new_button.clicked.connect(self.new_call)
        self.edit_button.clicked.connect(self.edit_call)
        self.delete_button.clicked.connect(self.delete_call)
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_call)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rows: list[service.CallRow] = []

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            self.clear()
            return
        today, mode = self.ctx.today(), self.ctx.settings.year_mode

        def read(s: ops.Session) -> tuple[list[service.CallRow], service.Coverage, str]:
            period = amb_service.podium_period(s, network_id, today, mode)
            return service.call_rows(s, network_id), service.coverage(s, network_id, period), period.label

        rows, cov, period = ops.read(self.ctx, read)
        self.show_calls(rows, cov, period)

    def show_calls(self, rows: list[service.CallRow], cov: service.Coverage, period: str) -> None:
        lang = self.ctx.lang
        chosen = self.current_id()
        self.rows = rows
        self.calls.clear()
        for r in rows:
            sectors = ", ".join(label(RecruitingSector(s), lang) for s in r.sectors if s in RecruitingSector._value2member_map_)
            brought = (self.tr("nog geen voordrachten") if not r.nominations else
                       self.tr("1 voordracht, {0} aangesteld").format(r.appointed) if r.nominations == 1 else
                       self.tr("{0} voordrachten, {1} aangesteld").format(r.nominations, r.appointed))
            names = f" ({', '.join(r.names)})" if r.names else ""
            item = QListWidgetItem(f"{fmt_date(r.held_on)}  {r.title} — {sectors} · {brought}{names}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.calls.addItem(item)
            if r.id == chosen:
                self.calls.setCurrentItem(item)
        if not rows:
            self.calls.addItem(self.tr("Nog geen wervingsoproepen. Lanceer er een met ‘Nieuwe oproep…’ en vink aan "
                                       "welke sectoren je aansprak; zo zie je welke sectoren nog niemand bereikte."))
        text = (self.tr("Werkjaar {0}: 1 oproep, {1} voordrachten, {2} aangesteld.").format(
            period, cov.nominations, cov.appointed) if cov.calls == 1 else
            self.tr("Werkjaar {0}: {1} oproepen, {2} voordrachten, {3} aangesteld.").format(
            period, cov.calls, cov.nominations, cov.appointed))
        missing = cov.line(lang)
        self.coverage.setText(f"{text} {missing}".strip())
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def clear(self) -> None:
        self.rows = []
        self.calls.clear()
        self.coverage.clear()
        self.error.clear()

    def current_id(self) -> str | None:
        item = self.calls.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def select(self, call_id: str) -> None:
        for i in range(self.calls.count()):
            if self.calls.item(i).data(Qt.ItemDataRole.UserRole) == call_id:
                self.calls.setCurrentRow(i)
                return

    # -- writing -------------------------------------------------------------------------------------
    def _submit(self, call_id: str | None) -> Callable[[dict[str, Any]], str | None]:
        network_id, today = self.ctx.network_id or "", self.ctx.today()

        def write(values: dict[str, Any]) -> str | None:
            def work(s: ops.Session) -> str:
                if call_id is None:
                    return service.create_call(s, network_id, values["held_on"], values["title"], values["sectors"],
                                               values["note"], today=today).id
                return service.update_call(s, call_id, today=today, **values).id

            refused: list[str] = []
            outcome = ops.write(self.ctx, work, changed="ambassador", errors=lambda exc: refused.append(ops.describe(exc)),
                                message=self.tr("Oproep bewaard."))
            if outcome.ok and outcome.value:
                self.refresh()
                self.select(outcome.value)
                self.changed()
            return refused[0] if refused else None

        return write

    def new_call(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        self.error.clear()
        CallDialog(self.ctx.lang, self.ctx.today(), self._submit(None), None, self).exec()

    def edit_call(self) -> None:
        call_id = self.current_id()
        row = next((r for r in self.rows if r.id == call_id), None)
        if row is None:
            self.error.setText(self.tr("Kies eerst de oproep die je wilt bewerken."))
            return
        self.error.clear()
        CallDialog(self.ctx.lang, self.ctx.today(), self._submit(row.id), row, self).exec()

    def delete_call(self) -> None:
        call_id = self.current_id()
        row = next((r for r in self.rows if r.id == call_id), None)
        if row is None:
            self.error.setText(self.tr("Kies eerst de oproep die je wilt verwijderen."))
            return
        answer = QMessageBox.question(
            self, self.tr("Oproep verwijderen"),
            self.tr("Oproep ‘{0}’ van {1} verwijderen? De voordrachten blijven, zonder verwijzing naar deze oproep.")
            .format(row.title, fmt_date(row.held_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.write(self.ctx, lambda s: service.delete_call(s, row.id), changed="ambassador", errors=self.error,
                     message=self.tr("Oproep verwijderd.")).ok:
            self.refresh()
            self.changed()
