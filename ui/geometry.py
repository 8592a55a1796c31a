"""The main window's size: it opens within the screen's available area (an old 1366×768 laptop
shows the status bar too) and comes back at the size, or maximised, as the user left it."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.config import Settings

# room for the window manager's title bar and borders, which `resize()` does not count
FRAME_ALLOWANCE = QSize(16, 40)
SMALLEST = QSize(640, 480)


def remembered_size(settings: Settings) -> QSize | None:
    """The size the window had when it was last closed, if the settings hold a sensible one."""
    raw = settings.window_size
    if not isinstance(raw, list | tuple) or len(raw) != 2 or not all(isinstance(n, int) for n in raw):
        return None
    size = QSize(int(raw[0]), int(raw[1]))
    return size if size.width() >= SMALLEST.width() and size.height() >= SMALLEST.height() else None


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen not taken by task bars and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(window: QWidget, settings: Settings) -> None:
    """Before the window is shown: the remembered size (the first time the default size, or all of a
    screen too small for it), never larger than the available screen area minus the window frame,
    centred on it; maximised again when it was left maximised."""
    area = available_area(window)
    room = area.size() - FRAME_ALLOWANCE
    wanted = remembered_size(settings)
    if wanted is None:  # the first time: the default size, or all the room a small screen has
        default = window.size()
        fits = default.width() <= room.width() and default.height() <= room.height()
        wanted = default if fits else room
    size = wanted.boundedTo(room).expandedTo(SMALLEST.boundedTo(room))
    window.resize(size)
    left = area.x() + max(0, (area.width() - size.width() - FRAME_ALLOWANCE.width()) // 2)
    top = area.y() + max(0, (area.height() - size.height() - FRAME_ALLOWANCE.height()) // 2)
    window.move(left, top)
    if settings.window_maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: Settings) -> None:
    """On close: keep the window's size (its normal size when maximised) in the settings."""
    maximised = window.isMaximized()
    size = window.normalGeometry().size() if maximised and window.normalGeometry().isValid() else window.size()
    settings.window_size = [size.width(), size.height()]
    settings.window_maximized = maximised
    with contextlib.suppress(OSError):  # a read-only settings folder never keeps the window (and vault) open
        settings.save()
