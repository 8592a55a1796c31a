"""Install and switch Qt translators at runtime. Dutch is the source language of every string;
English loads every resources/i18n/*_en.qm. Qt's own strings (standard buttons, context menus)
come from Qt's qtbase_<lang>.qm in both languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

_installed: list[QTranslator] = []


def install(lang: str) -> list[str]:
    """Switch the application's language ("nl" or "en"); returns the translation files loaded."""
    from app.i18n import set_language

    set_language(lang)  # messages of the headless core follow the window's language
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    if app is None:
        return loaded
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{lang}.qm")
    if lang == "en":
        for qm in sorted(resource_path("i18n").glob("*_en.qm")):
            tr = QTranslator()
            if tr.load(str(qm)):
                QCoreApplication.installTranslator(tr)
                _installed.append(tr)
                loaded.append(qm.name)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    return loaded
