"""Cijfers naar de regionale hub (issue 21): what this vault will send — per network its profile,
the figures of its final annual reports as printed and the organisations it maps, never a
person — shown before anything goes, then the push in the background with progress and a
message that says what to do when the hub cannot be reached, the password is wrong or the role
may not write. The same as `verbind hub push`; the vault keeps the hub's DSN without password."""

from __future__ import annotations

import contextlib
import os
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.messages import explain
from ui.widgets.common import wrapped
from ui.workers import run_in_thread


class _Progress(QObject):
    """Made on the GUI thread: the push's progress reaches the bar through a queued signal."""

    step = Signal(int, int)


class HubDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.outgoing: Any = None
        self.stored: dict[str, str] = {}
        self.setWindowTitle(self.tr("Cijfers naar de regionale hub"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Stuur de cijfers van je definitieve jaarverslagen naar de regionale hub van wie de netwerken samen "
            "opvolgt (provincie, stad, onderzoeksgroep). Cijfers, geen mensen: per netwerk het profiel, de cijfers "
            "zoals de stuurgroep ze zag (kleine aantallen verborgen) en de organisaties die je in kaart bracht.")))
        form = QFormLayout()
        self.dsn = QLineEdit()
        self.dsn.setPlaceholderText("host=hub.voorbeeld.be port=5432 dbname=verbind user=verbind_org_…")
        form.addRow(self.tr("&Hub (DSN)"), self.dsn)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("het wachtwoord van je rol (wordt niet bewaard)"))
        form.addRow(self.tr("&Wachtwoord"), self.password)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Alle netwerken in deze kluis"), "all")
        self.scope.addItem(self.tr("Het gekozen netwerk"), "network")
        if not ctx.network_id:
            self.scope.setEnabled(False)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        form.addRow(self.tr("&Van"), self.scope)
        layout.addLayout(form)
        layout.addWidget(wrapped(self.tr("<b>Dit wordt verstuurd:</b>")))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(180)
        layout.addWidget(self.preview, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.done_label = wrapped()
        layout.addWidget(self.done_label)
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("&Versturen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._signals = _Progress(self)
        self._signals.step.connect(self._step)
        self.refresh()

    def _tr(self, nl: str, en: str) -> str:
        return en if self.ctx.lang == "en" else nl

    def refresh(self) -> None:
        """Gather what would be sent (plain rows) and show it."""
        from app.hub import push as hub_push

        one = self.ctx.network_id if self.scope.currentData() == "network" else None

        def gather(s: ops.Session) -> tuple[Any, dict[str, str]]:
            return hub_push.collect(s, [one] if one else None), hub_push.settings(s)

        self.outgoing, stored = ops.read(self.ctx, gather)
        self.stored = stored
        if not self.dsn.text():
            self.dsn.setText(stored.get(hub_push.DSN) or os.environ.get("VERBIND_HUB_DSN", ""))
        lines = hub_push.summary_lines(self.outgoing, stored.get(hub_push.ORGANISATION_NAME, ""), self.ctx.lang)
        self.preview.setPlainText("\n".join(lines))
        self.send_button.setEnabled(not self.outgoing.empty)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def send(self) -> None:
        from app.errors import VerbindError
        from app.hub import dsn

        self.error.hide()
        self.done_label.setText("")
        try:
            target = dsn.from_text(self.dsn.text(), self.password.text() or None, self._tr)
        except VerbindError as exc:
            self.error.say(str(exc))
            return
        from app.hub import push as hub_push

        outgoing, signals = self.outgoing, self._signals
        known = hub_push.known_organisation(self.stored, target.identity())

        def job() -> Any:
            with dsn.connected(target, self._tr) as conn:
                return hub_push.push(conn, outgoing, known, progress=signals.step.emit, tr=self._tr)

        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first statement is through
        self.progress.show()
        run_in_thread(job, lambda result: self._done(result, target), self._failed, context=self)

    def _done(self, result: Any, target: Any) -> None:
        from app.hub import push as hub_push

        self.progress.hide()
        self.send_button.setEnabled(True)
        self.result_value = result
        with contextlib.suppress(ops.Locked):  # locked meanwhile: the hub has the figures all the same
            ops.write(self.ctx, lambda s: hub_push.remember(s, result, target.public, target.describe(),
                                                           target.identity()))
        sent = result.sent
        self.done_label.setText(self.tr(
            "Verstuurd als ‘{0}’: {1} netwerken, {2} verslagen, {3} organisaties; {4} rijen nieuw of gewijzigd in de "
            "hub.").format(result.organisation, sent["network"], sent["report_snapshot"],
                           sent["organisation_stakeholder"], result.changed))
        self.ctx.status_message.emit(self.tr("Cijfers verstuurd naar de regionale hub."))

    def _failed(self, exc: BaseException) -> None:
        from app.errors import VerbindError

        self.progress.hide()
        self.send_button.setEnabled(True)
        if getattr(exc, "reason", "") == "password":  # the CLI's hint names an environment variable
            self.error.say(self.tr("Verkeerd of ontbrekend wachtwoord voor de hub. Er werd niets verzonden. Typ het "
                                   "wachtwoord dat je bij je rol kreeg (hoofdletters tellen mee) en probeer opnieuw; "
                                   "ben je het kwijt, vraag dan de beheerder van de hub om een nieuw."))
            self.password.setFocus()
            self.password.selectAll()
            return
        self.error.say(str(exc) if isinstance(exc, VerbindError) else explain(exc))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    HubDialog(ctx, parent).exec()
