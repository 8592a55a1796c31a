"""A database and its key file change together, as a pair, or not at all.

Restoring a backup of another vault, or creating a vault, writes two files that only work
together: the database and the key file holding its data key. They are switched like this:

1. both new files are written under staged names beside the vault, the database first
   (`NAME.staged`, then `NAME.staged.key`: a complete vault of its own) and fsynced;
2. a WAL the old database still has is moved aside (`NAME.old-wal`), never deleted yet;
3. the staged database is renamed over `NAME` — **the commit point** — then the staged key
   over `NAME.key`, then the old WAL is removed.

A crash before step 3's first rename leaves the old pair as it was (plus staged files); a crash
after it leaves the new database with its key still under the staged name. `settle()`, which
every open and every writer of staged files runs while holding the vault's process lock, rolls the
first case back and finishes the second, so a database is never opened with a key file that
does not belong to it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
from pathlib import Path

from app.fileutil import fsync_dir, fsync_file
from app.vault.keyfile import key_path_for


def staged_path_for(db_path: Path) -> Path:
    return Path(f"{db_path}.staged")


def old_wal_path_for(db_path: Path) -> Path:
    return Path(f"{db_path}.old-wal")


def _sidecars(db_path: Path) -> tuple[Path, Path]:
    return Path(f"{db_path}-wal"), Path(f"{db_path}-shm")


def _temporaries(db_path: Path) -> list[Path]:
    """Temporary files of atomic writes (app.fileutil.atomic_path: `.TARGET.xxxxxxxx.tmp`) of the
    vault's own files — database and key, staged files, kept pre-restore copies — that a killed
    process left behind. Outputs named after the vault (`NAME-report.pdf`) are not among them."""
    own = re.compile(r"^\." + re.escape(Path(db_path).name)
                     + r"(\.key|\.staged|\.staged\.key|\.before-restore-\d{8}-\d{6}(-\d+)?(\.key|-wal)?)?"
                     r"\.[a-z0-9_]{8}\.tmp$")
    return [p for p in Path(db_path).parent.glob(f".{glob.escape(Path(db_path).name)}*.tmp")
            if own.match(p.name) and p.is_file() and not p.is_symlink()]


def pending(db_path: Path) -> bool:
    """Whether a switch was interrupted (or staged or temporary files were left) beside this vault."""
    staged = staged_path_for(db_path)
    return any(p.exists() or p.is_symlink() for p in (staged, key_path_for(staged),
                                                       old_wal_path_for(db_path))) \
        or bool(_temporaries(db_path))


def settle(db_path: Path) -> str | None:
    """Finish or roll back an interrupted switch. The caller holds the vault's process lock.
    Returns "rolled-back", "completed" or None when nothing was pending."""
    db_path = Path(db_path)
    staged = staged_path_for(db_path)
    staged_key = key_path_for(staged)
    old_wal = old_wal_path_for(db_path)
    wal, shm = _sidecars(db_path)
    for tmp in _temporaries(db_path):  # nobody else writes them while we hold the lock
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    if staged.exists() or staged.is_symlink():
        # not committed: the old pair is intact; its WAL goes back where it was
        if old_wal.exists() and not wal.exists():
            os.replace(old_wal, wal)
        for p in (staged, staged_key, *_sidecars(staged), Path(f"{staged}.lock")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        with contextlib.suppress(FileNotFoundError):
            old_wal.unlink()
        fsync_dir(db_path.parent)
        return "rolled-back"
    if staged_key.exists():
        # committed: the database is the new one; its key follows
        os.replace(staged_key, key_path_for(db_path))
        with contextlib.suppress(FileNotFoundError):
            old_wal.unlink()
        fsync_dir(db_path.parent)
        return "completed"
    if old_wal.exists():
        old_wal.unlink()
        return "completed"
    return None


def switch(db_path: Path) -> None:
    """Steps 2 and 3 above, for a staged pair that is complete and fsynced. The caller holds
    the vault's process lock."""
    db_path = Path(db_path)
    staged = staged_path_for(db_path)
    staged_key = key_path_for(staged)
    if not staged.is_file() or not staged_key.is_file():
        raise FileNotFoundError(f"staged vault incomplete: {staged}")
    for p in (staged, staged_key):
        fsync_file(p)
    fsync_dir(db_path.parent)
    wal, shm = _sidecars(db_path)
    if wal.exists():
        os.replace(wal, old_wal_path_for(db_path))
    with contextlib.suppress(FileNotFoundError):
        shm.unlink()
    staged_wal, staged_shm = _sidecars(staged)
    if staged_wal.exists() and staged_wal.stat().st_size > 0:
        raise OSError(f"staged vault still has unsaved pages in {staged_wal.name}")
    for p in (staged_wal, staged_shm):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    fsync_dir(db_path.parent)
    os.replace(staged, db_path)  # the commit point
    fsync_dir(db_path.parent)
    os.replace(staged_key, key_path_for(db_path))
    with contextlib.suppress(FileNotFoundError):
        old_wal_path_for(db_path).unlink()
    with contextlib.suppress(FileNotFoundError):
        Path(f"{staged}.lock").unlink()
    fsync_dir(db_path.parent)


__all__ = ["old_wal_path_for", "pending", "settle", "staged_path_for", "switch"]
