"""Load the data layer while the user types the passphrase (#20): the welcome and unlock windows
need only Qt, so SQLAlchemy (with its SQLite dialect and its mappers configured), cryptography, the
models, the services the overview reads, the overview tab and the dialogs to unlock or make a vault
are imported on a background thread after the first window is painted. By the time the key is
derived they are there, and opening the vault does not wait for them. Importing defines classes
only (no widget is made off the GUI thread); a module that fails here is imported again, with its
error, where it is used."""

from __future__ import annotations

import contextlib
import importlib
import threading

MODULES = ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite", "app.vault", "app.domain", "app.migrations",
           "app.services.network", "app.services.overview", "app.services.figures", "app.services.attention",
           "app.services.stakeholder", "app.services.activity", "app.services.signal", "app.services.governance",
           "app.services.privacy", "app.services.recruiting", "app.services.requests",
           "app.services.ambassador_advice", "ui.tabs.overview.view", "ui.tabs.overview.model",
           "ui.lock.unlock_dialog", "ui.lock.create_dialog")
_started: threading.Thread | None = None


def load() -> None:
    for name in MODULES:
        with contextlib.suppress(Exception):  # said where it is really imported, not here
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from app.domain.base import configure_models

        configure_models()  # what the first query after the unlock would do (about 0.1 s)


def start() -> threading.Thread:
    """Begin (once) loading in the background; returns the thread."""
    global _started
    if _started is None:
        _started = threading.Thread(target=load, name="verbind-preload", daemon=True)
        _started.start()
    return _started
