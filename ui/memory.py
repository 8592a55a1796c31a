"""Pauses of Python's garbage collector that a user would feel (#20). A full collection walks
every object the process holds (Qt's wrappers, SQLAlchemy's mappers, the compiled queries): about
50 ms once the vault is open, which lands in the middle of a keystroke of search-as-you-type.

`settle` moves what exists into the collector's permanent generation once the window is usable, so
later collections walk only what was made since (`gc.freeze`). Objects that were already garbage
then, or that die later in a reference cycle, stay in memory until `release`, which the lock runs:
it gives every such object back to the collector and collects at once, so no record read before
the lock stays behind in the process's memory because of the freeze."""

from __future__ import annotations

import gc


def settle() -> None:
    """Once the window is usable (the vault opened, a tab built): what exists is long-lived."""
    gc.freeze()


def release() -> None:
    """On lock: everything frozen goes back to the collector, and the garbage goes now."""
    gc.unfreeze()
    gc.collect()
