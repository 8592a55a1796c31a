"""The language of messages raised by the headless core (bundles, team, import, export…). No Qt.

The CLI sets it from --lang/LANG and the GUI from its settings (`set_language`); a caller may
choose one for the duration of a call (`language(lang)`, per thread or task). Unset, it follows
LC_ALL/LC_MESSAGES/LANG like the CLI; Dutch by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_LANG: ContextVar[str | None] = ContextVar("verbind_lang", default=None)
_default: str | None = None


def set_language(lang: str | None) -> None:
    """The language of the whole process (None: from the environment)."""
    global _default
    _default = lang if lang in ("nl", "en") else None


def environment_language() -> str:
    """From LC_ALL, LC_MESSAGES or LANG (the first one set, other than C/POSIX): "en" or "nl"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def current() -> str:
    for chosen in (_LANG.get(), _default):
        if chosen in ("nl", "en"):
            return str(chosen)
    return environment_language()


def tr(nl: str, en: str) -> str:
    """The Dutch or the English text of a message, in the current language."""
    return en if current() == "en" else nl


@contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Messages made inside this block are in `lang` ("nl"/"en"; None: the process's language)."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


__all__ = ["current", "environment_language", "language", "set_language", "tr"]
