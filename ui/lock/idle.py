"""Idle lock: any keyboard, mouse or touch input anywhere in the app resets the idle time; a timer
tick compares an injectable monotonic clock against the limit, so tests use a fake clock instead
of sleeping.

Input reaches the application through its windows (QWindow) first: the system delivers every key,
mouse, wheel, touch and tablet event to a window, which hands it to its widgets. So the watcher, while
started (a vault is open), has an event filter on each top-level window and on every window that
gets the focus (a dialog). An application-wide filter would be called for every event of every
object instead, and the first events of Qt's private classes (an animation timer) would make
PySide6 build its Python types for most of QtWidgets, about 30 ms, at the moment a vault opens (#20)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

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
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window)

    def start(self) -> None:
        self.last_input = self.clock()
        self.active = True
        self.timer.start()
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # once: installing again only moves it to the front

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)

    def _focus_window(self, window: QWindow | None) -> None:
        if self.active and window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.active and self.minutes > 0 and self.clock() - self.last_input >= self.minutes * 60:
            self.stop()
            self.idle.emit()
