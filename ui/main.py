"""Start the desktop application: QApplication (name, High-DPI, Fusion style with a calm palette and
a small stylesheet, window icon, Belgian locale, translators) and the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app import __version__
from app.config import Settings
from app.resources import resource_path


def calm_palette() -> QPalette:
    """Light, low-contrast surfaces with one blue accent (the icon's), readable text."""
    pal = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#f5f6f8", role.WindowText: "#1f2933", role.Base: "#ffffff",
        role.AlternateBase: "#f0f3f7", role.ToolTipBase: "#fffbe6", role.ToolTipText: "#1f2933",
        role.PlaceholderText: "#7b8794", role.Text: "#1f2933", role.Button: "#eef1f5",
        role.ButtonText: "#1f2933", role.BrightText: "#ffffff", role.Light: "#ffffff",
        role.Midlight: "#e4e7eb", role.Mid: "#9aa5b1", role.Dark: "#7b8794", role.Shadow: "#52606d",
        role.Highlight: "#1f4e79", role.HighlightedText: "#ffffff", role.Link: "#1f4e79",
        role.LinkVisited: "#5a3e85",
    }
    for r, c in colours.items():
        pal.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor("#9aa5b1"))
    return pal


def make_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created once; reused by tests and the screenshot command)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # 125 % and 150 % scaling: use the exact factor instead of rounding to 100 % or 200 %
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Fusion chosen on the command line Qt reads, not with setStyle: that hands the style back to
    # Python, and building its Python type costs the first window about 5 ms (#20)
    app = QApplication([*(argv or sys.argv[:1]), "-style", "Fusion"])
    app.setApplicationName("Verbind")
    app.setApplicationDisplayName("Verbind")
    app.setOrganizationName("Verbind")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("verbind")
    apply_style(app, set_style=False)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    return app


def apply_style(app: QApplication, set_style: bool = True) -> None:
    if set_style:
        app.setStyle("Fusion")
    app.setPalette(calm_palette())
    icon = resource_path("icons", "verbind.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = resource_path("styles", "verbind.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def run(vault: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Open the welcome screen (or the unlock dialog for `vault`, or the demo vault) and run."""
    app = make_app()
    from ui import i18n
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workers import wait_for_workers

    settings = Settings.load()
    if lang in ("nl", "en"):
        settings.language = lang
    i18n.install(settings.language)
    window = MainWindow(AppContext(settings))
    from app.io.open_copies import remove_open_copies

    QTimer.singleShot(0, remove_open_copies)  # copies of opened files a crash left behind
    from ui import preload

    QTimer.singleShot(0, preload.start)  # the data layer loads while the user types the passphrase
    app.aboutToQuit.connect(window.shutdown)
    # Ctrl+C or a polite kill closes the window (and so the vault) instead of leaving it open
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: (window.close(), app.quit()))
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)  # lets Python run its signal handlers during app.exec()
    heartbeat.start(500)
    window.show()
    if demo:
        window.open_demo()
    elif vault is not None:
        window.unlock(Path(vault))
    code = app.exec()
    wait_for_workers()
    return code
