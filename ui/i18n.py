"""Install and switch Qt translators at runtime. Dutch is the source language of every string;
English loads every resources/i18n/*_en.qm. Qt's own strings (standard buttons, context menus)
come from Qt's qtbase_<lang>.qm in both languages; resources/i18n/*_nl.qm fills the few Dutch ones
it misses."""

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
    # English: our translations of every screen; Dutch: the few Qt strings qtbase_nl.qm misses
    # (the file dialog's "&Look in:" and "Files of &type:")
    for qm in sorted(resource_path("i18n").glob(f"*_{'en' if lang == 'en' else 'nl'}.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            QCoreApplication.installTranslator(tr)
            _installed.append(tr)
            loaded.append(qm.name)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    return loaded
