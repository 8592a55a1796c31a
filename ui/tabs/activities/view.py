"""Activiteiten & signalen: activities with participants and attendance (podium activities feed
the ambassadors' traffic light), and signals routed by area to the responsible person with a dated
status history and the routing rules. Two record editors, one per page; the tab keeps both's work."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services import signal as sig_service
from ui import ops
from ui.context import AppContext
from ui.tabs.activities.activities import ActivityEditor
from ui.tabs.activities.signals import SignalEditor

ACTIVITIES, SIGNALS = 0, 1


def title(lang: str) -> str:
    return "Activities & signals" if lang == "en" else "Activiteiten & signalen"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.activities = ActivityEditor(ctx)
        self.signals = SignalEditor(ctx)
        self.views = QTabWidget()
        self.views.addTab(self.activities, self.tr("Activiteiten"))
        self.views.addTab(self.signals, self.tr("Signalen"))
        self._shown = self.views.currentIndex()
        self.views.currentChanged.connect(self._view_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def refresh(self) -> None:
        self.activities.refresh()
        self.signals.refresh()

    def clear(self) -> None:
        """The vault was locked or the network left (`keep_work` first): nothing stays on screen."""
        self.activities.clear()
        self.signals.clear()

    def keep_work(self) -> str | None:
        """Both editors' typed work (and a routing rule being typed): saved, or kept as a draft."""
        return self._keep(ACTIVITIES, SIGNALS)

    def _keep(self, *pages: int) -> str | None:
        said: list[str] = []
        for page in pages:
            keepers = (self.activities,) if page == ACTIVITIES else (self.signals, self.signals.routing)
            said += [m for m in (k.keep_work() for k in keepers) if m]
        return " ".join(said) or None

    def _view_changed(self, index: int) -> None:
        left, self._shown = self._shown, index
        if left != index and self.ctx.vault is not None:
            message = self._keep(left)
            if message:
                self.ctx.status_message.emit(message)

    def open_record(self, record_id: str) -> None:
        """Show an activity or a signal (whichever `record_id` names) on its page."""
        if self.ctx.vault is None:
            return
        is_signal = ops.read(self.ctx, lambda s: sig_service.exists(s, record_id))
        editor = self.signals if is_signal else self.activities
        self.views.setCurrentWidget(editor)
        editor.open_record(record_id)
