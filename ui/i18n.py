"""Install Qt translators: Dutch is the source language; English loads every
resources/i18n/*_en.qm plus Qt's own translations."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[1]
    return base / "resources" / "i18n"


def install(lang: str) -> list[str]:
    """Switch the application's language; returns the translation files loaded."""
    app = QCoreApplication.instance()
    for tr in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(tr)
    _installed.clear()
    loaded: list[str] = []
    if lang != "en" or app is None:
        return loaded
    for qm in sorted(i18n_dir().glob("*_en.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            QCoreApplication.installTranslator(tr)
            _installed.append(tr)
            loaded.append(qm.name)
    qt = QTranslator()
    if qt.load("qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return loaded
