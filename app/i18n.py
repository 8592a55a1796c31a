"""The language of messages raised by the headless core (bundles, team, import…): Dutch by
default; the CLI sets it from --lang/LANG, the GUI from its settings. No Qt here."""

from __future__ import annotations

_language = "nl"


def set_language(lang: str | None) -> None:
    global _language
    _language = "en" if lang == "en" else "nl"


def language() -> str:
    return _language


def tr(nl: str, en: str) -> str:
    """The Dutch or English text of a message, in the language set."""
    return en if _language == "en" else nl


__all__ = ["language", "set_language", "tr"]
