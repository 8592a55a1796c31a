"""Activiteiten & signalen: activities with participants and attendance (podium activities feed
the ambassadors' traffic light), and signals routed by area to the responsible person with a dated
status history and the routing rules. A neighbourhood network (seed 004) also routes signals by topic
to the portfolio holder and gets two more pages: "Afspraken (convenant)", the agreements for the
term, and "Dorpsraden", the village councils' meetings. One record editor per page; the tab keeps
every editor's work."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services import governance
from app.services import signal as sig_service
from ui import ops
from ui.context import AppContext
from ui.tabs.activities.activities import ActivityEditor
from ui.tabs.activities.governance import CommitmentEditor, MeetingEditor
from ui.tabs.activities.signals import SignalEditor

ACTIVITIES, SIGNALS, COMMITMENTS, MEETINGS = 0, 1, 2, 3


def title(lang: str) -> str:
    return "Activities & signals" if lang == "en" else "Activiteiten & signalen"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.activities = ActivityEditor(ctx)
        self.signals = SignalEditor(ctx)
        self.commitments = CommitmentEditor(ctx)
        self.meetings = MeetingEditor(ctx)
        self.views = QTabWidget()
        self.views.addTab(self.activities, self.tr("Activiteiten"))
        self.views.addTab(self.signals, self.tr("Signalen"))
        self.views.addTab(self.commitments, self.tr("Afspraken (convenant)"))
        self.views.addTab(self.meetings, self.tr("Dorpsraden"))
        self.neighbourhood = False
        self._show_governance(False)
        self._shown = self.views.currentIndex()
        self.views.currentChanged.connect(self._view_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def _show_governance(self, on: bool) -> None:
        """The governance pages belong to neighbourhood networks only."""
        self.neighbourhood = on
        if not on and self.views.currentIndex() in (COMMITMENTS, MEETINGS):
            self.views.setCurrentIndex(ACTIVITIES)
        for page in (COMMITMENTS, MEETINGS):
            self.views.setTabVisible(page, on)
        self.signals.set_by_topic(on)

    def refresh(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is not None and network_id:
            self._show_governance(ops.read(self.ctx, lambda s: governance.is_neighbourhood(s, network_id)))
        self.activities.refresh()
        self.signals.refresh()
        if self.neighbourhood:
            self.commitments.refresh()
            self.meetings.refresh()
        else:
            self.commitments.clear()
            self.meetings.clear()

    def clear(self) -> None:
        """The vault was locked or the network left (`keep_work` first): nothing stays on screen."""
        self.activities.clear()
        self.signals.clear()
        self.commitments.clear()
        self.meetings.clear()

    def keep_work(self) -> str | None:
        """Every editor's typed work (and a routing rule being typed): saved, or kept as a draft."""
        return self._keep(ACTIVITIES, SIGNALS, COMMITMENTS, MEETINGS)

    def _keep(self, *pages: int) -> str | None:
        said: list[str] = []
        for page in pages:
            keepers: tuple[Any, ...] = {
                ACTIVITIES: (self.activities,),
                SIGNALS: (self.signals, self.signals.routing, self.signals.topic_routing),
                COMMITMENTS: (self.commitments,),
                MEETINGS: (self.meetings,),
            }[page]
            said += [m for m in (k.keep_work() for k in keepers) if m]
        return " ".join(said) or None

    def _view_changed(self, index: int) -> None:
        left, self._shown = self._shown, index
        if left != index and self.ctx.vault is not None:
            message = self._keep(left)
            if message:
                self.ctx.status_message.emit(message)

    def open_record(self, record_id: str) -> None:
        """Show an activity, a signal, an agreement or a council meeting (whichever `record_id`
        names) on its page."""
        if self.ctx.vault is None:
            return

        def which(session: ops.Session) -> str:
            if sig_service.exists(session, record_id):
                return "signal"
            return governance.record_kind(session, record_id) or "activity"

        kind = ops.read(self.ctx, which)
        editor = {"signal": self.signals, "commitment": self.commitments,
                  "council_meeting": self.meetings}.get(kind, self.activities)
        if editor in (self.commitments, self.meetings) and not self.neighbourhood:
            self.refresh()
        self.views.setCurrentWidget(editor)
        editor.open_record(record_id)
