"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.config import Settings


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Verbind")
    app.setOrganizationName("Verbind")
    app.setStyle("Fusion")
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    icon = base / "resources" / "icons" / "verbind.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    return app


def run(vault: Path | None = None, demo: bool = False) -> int:
    app = make_app()
    from ui import i18n
    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = Settings.load()
    i18n.install(settings.language)
    window = MainWindow(AppContext(settings))
    window.show()
    if demo:
        window.open_demo()
    elif vault is not None:
        window.unlock(vault)
    return app.exec()
