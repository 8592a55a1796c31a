"""Drempels: analyse en actieplan — the barriers the network met most this period (the children's,
from the trajectories started; the providers', from the supply side), the strategies and support
that answer them, and the action plan against them: what, who, by when (seed 001's structural
approach). The plan is what the annual report's Borging section prints."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.domain.vocabulary import Strategy, SupportKind, label
from app.formatting import fmt_date
from app.periods import Period
from app.services import barriers as service
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit

DONE_ROLE = Qt.ItemDataRole.UserRole + 1


def _strategy(value: str, lang: str) -> str:
    return label(Strategy(value), lang) if value in Strategy._value2member_map_ else value


def _support(value: str, lang: str) -> str:
    return label(SupportKind(value), lang) if value in SupportKind._value2member_map_ else value


class ActionPlan(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._period: Period | None = None
        self.setTitle(self.tr("Drempels: analyse en actieplan"))
        layout = QVBoxLayout(self)
        self.analysis = QLabel()
        self.analysis.setWordWrap(True)
        self.analysis.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.analysis)
        self.plan = QListWidget()
        self.plan.setWordWrap(True)
        self.plan.setMinimumHeight(90)
        layout.addWidget(self.plan)
        row = QHBoxLayout()
        self.barrier = QComboBox()
        self.barrier.addItem(self.tr("— kies een drempel —"), None)
        for key in service.barrier_keys():
            prefix = self.tr("aanbod: ") if key.startswith(service.SUPPLY) else ""
            self.barrier.addItem(prefix + service.barrier_label(key, ctx.lang), key)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("wat (bv. vervoer regelen met de buurtwerking)"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("wie"))
        self.due = DateEdit(self.tr("tegen dd/mm/jjjj"))
        for w, stretch in ((self.barrier, 0), (self.what, 2), (self.owner, 1), (self.due, 0)):
            row.addWidget(w, stretch)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Actie toevoegen"))
        add.clicked.connect(self.add_action)
        self.done_button = QPushButton(self.tr("Afgerond / weer open"))
        self.done_button.clicked.connect(self.toggle_done)
        remove = QPushButton(self.tr("Verwijderen"))
        remove.clicked.connect(self.delete_action)
        for b in (add, self.done_button, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def show_for(self, period: Period) -> None:
        self._period = period
        network_id = self.ctx.network_id
        if self.ctx.vault is None or network_id is None:
            return
        rows, plan = ops.read(self.ctx, lambda s: (service.analysis(s, network_id, period),
                                                   [(a.id, a.barrier, a.action, a.owner, a.due_on, a.done_on)
                                                    for a in service.actions(s, network_id)]))
        self.analysis.setText(self._analysis_text(rows))
        self.plan.clear()
        for action_id, barrier, what, owner, due, done in plan:
            when = self.tr("tegen {0}").format(fmt_date(due)) if due else self.tr("geen datum")
            state = self.tr("afgerond op {0}").format(fmt_date(done)) if done else when
            item = QListWidgetItem(f"{service.barrier_label(barrier, self.ctx.lang)}: {what} — {owner} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, action_id)
            item.setData(DONE_ROLE, done is not None)
            if done:
                item.setForeground(Qt.GlobalColor.gray)
            self.plan.addItem(item)
        if not plan:
            self.plan.addItem(self.tr("Nog geen acties. Kies een drempel die vaak voorkomt, beschrijf wat je doet, "
                                      "wie het opneemt en tegen wanneer."))

    def _analysis_text(self, rows: list[service.BarrierRow]) -> str:
        lang = self.ctx.lang
        if not rows:
            return escape(self.tr("Geen drempels geregistreerd in deze periode: vink ze aan bij de trajecten en, "
                                  "aan de aanbodzijde, bij de stakeholders."))
        lines = []
        for side, title in ((False, self.tr("Bij de kinderen en gezinnen (trajecten gestart in de periode)")),
                            (True, self.tr("Bij de aanbieders"))):
            chosen = [r for r in rows if r.supply == side][:5]
            if not chosen:
                continue
            lines.append(f"<b>{escape(title)}</b>")
            for r in chosen:
                parts = [f"{escape(service.barrier_label(r.key, lang))}: {r.count}"]
                if r.chosen:
                    parts.append(escape(self.tr("aanpak: {0}").format(", ".join(_strategy(s, lang) for s in r.chosen))))
                if r.suggested:
                    parts.append("<span style='color:#8a5300'>" + escape(self.tr("ook mogelijk: {0}").format(
                        ", ".join(_strategy(s, lang) for s in r.suggested))) + "</span>")
                if r.support:
                    parts.append(escape(self.tr("ondersteuning: {0}").format(
                        ", ".join(f"{_support(k, lang)} {n}×" for k, n in r.support))))
                if r.actions:
                    parts.append(escape(self.tr("open acties: {0}").format(r.actions)))
                lines.append(" · ".join(parts))
        return "<br>".join(lines)

    def _selected(self) -> str | None:
        item = self.plan.currentItem()
        value: Any = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _write(self, fn: Any) -> bool:
        ok = ops.write(self.ctx, fn, changed="trajectory", errors=self.error).ok
        if ok:
            self.error.hide()
            if self._period is not None:
                self.show_for(self._period)
        return ok

    def add_action(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or network_id is None:
            return
        try:
            due = self.due.value()
        except ValueError as exc:
            self.error.say(str(exc))
            return
        barrier, what, owner = self.barrier.currentData(), self.what.text(), self.owner.text()
        if barrier is None:
            self.error.say(self.tr("Kies de drempel waar de actie over gaat."))
            return
        if self._write(lambda s: service.add_action(s, network_id, barrier, what, owner, due)):
            for w in (self.what, self.owner, self.due):
                w.clear()

    def toggle_done(self) -> None:
        action_id, today = self._selected(), self.ctx.today()
        if action_id is None:
            self.error.say(self.tr("Kies eerst een actie in de lijst."))
            return
        item = self.plan.currentItem()
        done = bool(item.data(DONE_ROLE)) if item is not None else False
        when: date | None = None if done else today
        self._write(lambda s: service.complete_action(s, action_id, when))

    def delete_action(self) -> None:
        action_id = self._selected()
        if action_id is None:
            self.error.say(self.tr("Kies eerst een actie in de lijst."))
            return
        answer = QMessageBox.question(self, self.title(), self.tr("Deze actie uit het actieplan verwijderen?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: service.delete_action(s, action_id))

    def clear(self) -> None:
        self.analysis.clear()
        self.plan.clear()
        for w in (self.what, self.owner, self.due):
            w.clear()
        self.error.hide()

