"""The language of import/export messages: set by the caller (CLI --lang, the GUI's language) for
the duration of a call, else taken from LC_ALL/LC_MESSAGES/LANG like the CLI does; Dutch by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_LANG: ContextVar[str | None] = ContextVar("verbind_io_lang", default=None)


def current() -> str:
    chosen = _LANG.get()
    if chosen in ("nl", "en"):
        return str(chosen)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def tr(nl: str, en: str) -> str:
    """The Dutch or the English text of a message, in the current language."""
    return en if current() == "en" else nl


@contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Messages made inside this block are in `lang` ("nl"/"en"; None: from the environment)."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)
