"""The application context shared by the main window and every tab: the open vault, the chosen
network, language, settings, an injectable clock, and signals that keep views in step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.config import Settings

if TYPE_CHECKING:
    from app.vault import Vault


class AppContext(QObject):
    """One per main window. Tabs read `vault`, `network_id`, `lang`, `today()`; they emit
    `data_changed(kind)` after a write so other tabs (and the dashboard) refresh, and
    `navigate(tab_key, record_id)` to ask the main window to show a record in another tab."""

    data_changed = Signal(str)  # "stakeholder", "ambassador", "trajectory", "activity", "signal", "network"
    network_changed = Signal(str)  # network id
    navigate = Signal(str, str)  # tab key, record id
    locked = Signal()
    status_message = Signal(str)

    def __init__(self, settings: Settings | None = None, clock: Callable[[], date] | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.vault: Vault | None = None
        self.network_id: str | None = None
        self._clock = clock or date.today

    @property
    def lang(self) -> str:
        return self.settings.language

    def today(self) -> date:
        return self._clock()

    def set_clock(self, clock: Callable[[], date]) -> None:
        self._clock = clock

    def set_network(self, network_id: str | None) -> None:
        self.network_id = network_id
        if network_id:
            self.network_changed.emit(network_id)
