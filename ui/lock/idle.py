"""Idle lock: any keyboard, mouse or touch input anywhere in the app resets the idle time; a timer
tick compares an injectable monotonic clock against the limit, so tests use a fake clock instead
of sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.clock = clock
        self.last_input = clock()
        self.active = False
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.last_input = self.clock()
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.active and self.minutes > 0 and self.clock() - self.last_input >= self.minutes * 60:
            self.stop()
            self.idle.emit()
