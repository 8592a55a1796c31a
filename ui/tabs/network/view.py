"""Netwerk: the six steps of seed 001 as an editable profile, with live warnings (staff at least
50 % FTE, a term of at least three years, ...). Save sits below the step pages, always in view;
leaving the tab (or locking, or quitting) keeps the typed work like every record form does."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Network
from app.formatting import fmt_date, fmt_number
from app.services import drafts
from app.services import network as service
from ui import ops
from ui.context import AppContext
from ui.tabs.network.form import NetworkForm
from ui.widgets.form_state import capture, restore
from ui.widgets.record import ERROR_STYLE, DraftBar

AREA = "network"
PROFILE_WIDGETS = ("name", "kind", "budget", "staff_budget", "fte", "term_kind", "term_years", "hiring", "partner", "success",
                   "followup", "cap")


def _number(text: str) -> float | None:
    """A typed number: Dutch (12,5 or 1.250) or English (12.5 or 1,250.5); empty is 'not known'.
    Raises ValueError for anything else."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # 1.250: a thousands point
    value = float(text)
    if value < 0 or value != value or value in (float("inf"),):
        raise ValueError(text)
    return value


def _shown(value: float) -> str:
    """12 or 12,5 as the list shows it (no ",0" after a whole number)."""
    return fmt_number(value, 0 if value == int(value) else 1)


def _plain(value: float) -> str:
    """A number for an input field: no thousands point, a decimal comma only when needed."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def title(lang: str) -> str:
    return "Network" if lang == "en" else "Netwerk"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._snapshot: dict[str, Any] | None = None
        self._members: int | None = None
        self.form = NetworkForm(ctx.lang)
        f = self.form
        for name in ("name", "kind", "steps", "texts", "strategy_boxes", "partner_edits", "budget", "staff_budget", "fte", "term_kind", "term_years",
                     "hiring", "partner", "steering", "members", "meetings", "m_name", "m_role", "m_org", "m_kind",
                     "meeting_date", "meeting_notes", "success", "followup", "cap", "indicator_list", "i_name",
                     "i_metric", "i_year", "i_target", "i_baseline", "i_actual", "i_note"):
            setattr(self, name, getattr(f, name))  # the tests' and other tabs' names for them
        f.add_member_button.clicked.connect(self.add_member)
        f.add_meeting_button.clicked.connect(self.add_meeting)
        f.meeting_files_button.clicked.connect(lambda _c=False: self.meeting_files())
        f.add_indicator_button.clicked.connect(self.save_indicator)
        f.indicator_list.currentItemChanged.connect(lambda item, _old: self._pick_indicator(item))
        self._indicators: list[service.IndicatorView] = []
        layout = QVBoxLayout(self)
        self.draft_bar = DraftBar(self.discard_draft)
        layout.addWidget(self.draft_bar)
        layout.addWidget(f, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.warnings)
        bottom = QHBoxLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        bottom.addWidget(self.error, 1)
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for w in (self.fte, self.term_years):
            w.valueChanged.connect(lambda _v: self._live_warnings())
        self.term_kind.currentIndexChanged.connect(lambda _i: self._live_warnings())

    # -- reading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        self.setEnabled(True)
        network_id = self.ctx.network_id
        with ops.reading(self.ctx) as session:
            net = session.get(Network, network_id)
            if net is None:
                return
            self._load_profile(net)
            support = service.support_view(session, network_id)
            draft = drafts.get(session, AREA, network_id, network_id)
        self._show_support(support)
        self._snapshot = capture(self.form)
        self.draft_bar.show_draft(draft)
        if draft is not None:
            restore(self.form, draft.state)
        self._live_warnings()

    def _load_profile(self, net: Network) -> None:
        self.name.setText(net.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(net.kind)))
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(net, key) or "")
        for value, cb in self.strategy_boxes.items():
            cb.setChecked(value in (net.strategies or []))
        for value, edit in self.partner_edits.items():
            edit.setText((net.strategy_partners or {}).get(value, ""))
        self.budget.setValue(net.budget_eur or 0)
        self.staff_budget.setValue(net.staff_budget_eur or 0)
        self.fte.setValue(net.fte or 0)
        self.term_kind.setCurrentIndex(max(0, self.term_kind.findData(net.term_kind)))
        self.term_years.setValue(net.term_years or 0)
        self.hiring.setCurrentIndex(max(0, self.hiring.findData(net.hiring_mode)))
        self.partner.setText(net.hiring_partner)
        self.success.setCurrentIndex(max(0, self.success.findData(net.success_milestone)))
        self.followup.setValue(net.followup_months or 6)
        self.cap.setValue(net.size_cap or 25)

    def _show_support(self, view: service.SupportView) -> None:
        group = {"steering": self.tr("stuurgroep"), "support": self.tr("steungroep")}
        text = ", ".join(f"{name} ({role})" for name, role, _org, _kind in view.members) or self.tr("nog geen leden")
        if view.meetings:
            text += "\n" + self.tr("Laatste vergadering: {0}").format(fmt_date(max(d for d, _ in view.meetings)))
        self.steering.setText(text)
        self._members = len(view.members)
        self.members.clear()
        for name, role, org, kind in view.members:
            details = ", ".join(x for x in (role, org) if x)
            self.members.addItem(name + (f" — {details}" if details else "") + f"  ({group.get(kind, '')})")
        self.meetings.clear()
        for (held_on, notes), meeting_id in zip(view.meetings, view.meeting_ids, strict=False):
            item = QListWidgetItem(f"{fmt_date(held_on)}  {notes}")
            item.setData(Qt.ItemDataRole.UserRole, meeting_id)
            self.meetings.addItem(item)
        self._indicators = list(view.indicators)
        self.indicator_list.clear()
        for ind in view.indicators:
            item = QListWidgetItem(self._indicator_line(ind))
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            self.indicator_list.addItem(item)
        if not view.indicators:
            self.indicator_list.addItem(self.tr("Nog geen indicatoren. Geef hieronder een naam, het jaar en een "
                                                "streefcijfer; een vertrekpunt maakt de vooruitgang zichtbaar."))

    def _indicator_line(self, ind: service.IndicatorView) -> str:
        parts = [ind.name + (f" [{ind.unit}]" if ind.unit else "")
                 + (" (" + self.tr("berekend; de stand staat in het jaarverslag") + ")" if ind.metric else "")]
        if ind.baseline is not None:
            parts.append(self.tr("vertrekpunt {0}").format(_shown(ind.baseline))
                         + (f" ({ind.baseline_note})" if ind.baseline_note else ""))
        for y in ind.years:
            bits = [self.tr("streefcijfer {0}").format(_shown(y.target)) if y.target is not None
                    else self.tr("geen streefcijfer")]
            if ind.metric:
                pass
            elif y.actual is not None:
                bits.append(self.tr("stand {0}").format(_shown(y.actual)))
                share = service.progress(ind.baseline, y.target, y.actual)
                if share is not None:
                    bits.append(self.tr("{0} % van de weg").format(fmt_number(100 * share)))
            else:
                bits.append(self.tr("stand nog niet ingevuld"))
            parts.append(f"{y.year}: " + ", ".join(bits) + (f" — {y.note}" if y.note else ""))
        return " · ".join(parts)

    def _pick_indicator(self, item: QListWidgetItem | None) -> None:
        """Choosing an indicator fills the fields below, to report this year's stand or change it."""
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        ind = next((i for i in self._indicators if i.id == wanted), None)
        if ind is None:
            return
        self.i_name.setText(ind.name)
        self.i_metric.setCurrentIndex(max(0, self.i_metric.findData(ind.metric)))
        self.i_metric.setEnabled(False)  # what an indicator counts does not change under its name
        self.i_baseline.setText("" if ind.baseline is None else _plain(ind.baseline))
        year = ind.years[-1] if ind.years else None
        if year is not None:
            self.i_year.setText(year.year)
            self.i_target.setValue(int(year.target or 0))
            self.i_actual.setText("" if year.actual is None else _plain(year.actual))
            self.i_note.setText(year.note)
        self.i_actual.setEnabled(not ind.metric)

    # -- the profile ----------------------------------------------------------------------------------
    def _live_warnings(self) -> None:
        probe = Network(name="", fte=self.fte.value(), term_kind=self.term_kind.currentData(),
                        term_years=self.term_years.value(), strategies=[k for k, cb in self.strategy_boxes.items()
                                                                         if cb.isChecked()],
                        success_milestone=self.success.currentData(), beliefs=self.texts["beliefs"].toPlainText())
        notes = service.profile_guidance(probe, self._members)
        self.warnings.setText("\n".join(("⚠ " if g.severity == "warning" else "ℹ ") +
                                        (g.en if self.ctx.lang == "en" else g.nl) for g in notes))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            name=self.name.text(), kind=self.kind.currentData(),
            strategies=[k for k, cb in self.strategy_boxes.items() if cb.isChecked()],
            # partners of a strategy unticked now are kept: ticking it again brings them back
            strategy_partners={k: " ".join(e.text().split()) for k, e in self.partner_edits.items()
                               if e.text().strip()},
            budget_eur=self.budget.value() or None, staff_budget_eur=self.staff_budget.value() or None, fte=self.fte.value(), term_kind=self.term_kind.currentData(),
            term_years=self.term_years.value() or None, hiring_mode=self.hiring.currentData(),
            hiring_partner=self.partner.text(), success_milestone=self.success.currentData(),
            followup_months=self.followup.value(), size_cap=self.cap.value())
        return values

    def _profile_changed(self) -> bool:
        if self._snapshot is None:
            return False
        now = capture(self.form)
        profile = [k for k in now if k in PROFILE_WIDGETS or k.startswith(("t_", "s_", "p_"))]
        return any(now[k] != self._snapshot.get(k) for k in profile)

    def save(self, announce: bool = True) -> bool:
        if self.ctx.vault is None or not self.ctx.network_id:
            return False
        network_id, values = self.ctx.network_id, self.values()

        def work(session: ops.Session) -> None:
            service.update_network(session, network_id, **values)
            drafts.discard(session, AREA, network_id, network_id)

        self.error.clear()
        outcome = ops.write(self.ctx, work, changed="network", errors=self.error,
                            message=self.tr("Netwerkprofiel bewaard.") if announce else None)
        if outcome.ok:
            self.draft_bar.hide()
            self._snapshot = capture(self.form)
            self._live_warnings()
        return outcome.ok

    def keep_work(self) -> str | None:
        """Leaving the tab: a changed valid profile is saved; what cannot be saved yet (an invalid
        profile, a member or meeting typed but not added) is kept as a draft in the vault."""
        if self.ctx.vault is None or not self.ctx.network_id or self._snapshot is None:
            return None
        said = None
        if self._profile_changed() and self.save(announce=False):
            said = self.tr("Netwerkprofiel automatisch bewaard.")
        state = capture(self.form)
        if state != self._snapshot:
            network_id, name = self.ctx.network_id, self.name.text()
            ops.write(self.ctx, lambda s: drafts.save(s, AREA, network_id, network_id, state, name))
            self._snapshot = state
            said = self.tr("Wat je in het netwerkprofiel typte en nog niet bewaard kon worden, staat als concept in de "
                           "kluis en komt terug als je het tabblad opent.")
        if said:
            self.ctx.status_message.emit(said)
        return said

    def discard_draft(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        network_id = self.ctx.network_id
        ops.write(self.ctx, lambda s: drafts.discard(s, AREA, network_id, network_id))
        self.refresh()

    # -- steering group, meetings, indicators ----------------------------------------------------------
    def meeting_files(self) -> QDialog | None:
        """The minutes (or other files) of the meeting chosen in the list."""
        item = self.meetings.currentItem()
        meeting_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not meeting_id or self.ctx.vault is None:
            return None
        from ui.dialogs.documents_dialog import AttachmentsDialog, Owner

        label = self.tr("de vergadering van {0}").format(item.text().split("  ")[0])  # type: ignore[union-attr]
        dialog = AttachmentsDialog(self.ctx, Owner(label, meeting_id=str(meeting_id)), self)
        dialog.open()
        return dialog

    def _add(self, fn: Any, cleared: tuple[Any, ...]) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        self.keep_profile()
        self.error.clear()
        if ops.write(self.ctx, fn, changed="network", errors=self.error).ok:
            for w in cleared:
                w.clear()
            self.refresh()

    def keep_profile(self) -> None:
        """An add button also keeps the profile typed so far (the refresh after it reloads the form)."""
        if self._profile_changed():
            self.save(announce=False)

    def add_member(self) -> None:
        network_id = self.ctx.network_id or ""
        name, role, org, kind = self.m_name.text(), self.m_role.text(), self.m_org.text(), self.m_kind.currentData()
        self._add(lambda s: service.add_member(s, network_id, name, role, org, kind), (self.m_name, self.m_role, self.m_org))

    def add_meeting(self) -> None:
        network_id = self.ctx.network_id or ""
        try:
            when = self.meeting_date.value()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        notes = self.meeting_notes.text()
        self._add(lambda s: service.add_meeting(s, network_id, when, notes), (self.meeting_date, self.meeting_notes))

    def save_indicator(self) -> None:
        network_id = self.ctx.network_id or ""
        name, metric, year = self.i_name.text(), self.i_metric.currentData(), self.i_year.text()
        target = float(self.i_target.value())
        try:
            baseline = _number(self.i_baseline.text())
            actual = None if metric or not self.i_actual.isEnabled() else _number(self.i_actual.text())
        except ValueError:
            self.error.setText(self.tr("Vertrekpunt en stand zijn getallen, bv. 12 of 12,5; laat leeg wat je nog "
                                       "niet weet."))
            return
        note = self.i_note.text()
        reported: dict[str, Any] = {} if metric else {"actual": actual, "note": note}

        def work(s: ops.Session) -> None:
            service.save_indicator(s, network_id, name, metric, year, target=target, baseline=baseline, **reported)

        self._add(work, (self.i_baseline, self.i_actual, self.i_note))
        self.i_metric.setEnabled(True)
        self.i_actual.setEnabled(True)

    def clear(self) -> None:
        self._snapshot = None
        self.draft_bar.hide()
        self.name.clear()
        for edit in self.texts.values():
            edit.clear()
        for w in (self.m_name, self.m_role, self.m_org, self.meeting_date, self.meeting_notes, self.i_name, self.i_year,
                  self.i_baseline, self.i_actual, self.i_note):
            w.clear()
        self.members.clear()
        self.meetings.clear()
        self.indicator_list.clear()
        self.steering.clear()
        self.warnings.clear()
        self.error.clear()

    def open_record(self, record_id: str) -> None:
        del record_id

