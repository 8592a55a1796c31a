"""Opening a file kept in the vault through a private temporary copy, and removing such copies
again (on lock, on quit, and at the next start for copies a crash left behind). Standard library
only: the window calls it without loading the data layer."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

OPEN_PREFIX = "verbind-open-"


def safe_name(name: str) -> str:
    """The last path part without control or path characters, at most 255 characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    base = re.sub(r'[<>:"|?*]', "_", base).strip().strip(".")
    if not base:
        return "bijlage"
    stem, dot, ext = base.rpartition(".")
    if dot and len(ext) <= 10 and len(base) > 255:
        return stem[: 254 - len(ext)] + "." + ext
    return base[:255]


def open_copy(data: bytes, filename: str, root: Path | None = None) -> Path:
    """A private copy (folder 0700, file 0600 and read-only) for another program to open."""
    folder = Path(tempfile.mkdtemp(prefix=OPEN_PREFIX, dir=root))
    target = folder / safe_name(filename)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(target, 0o400)
    return target


def remove_open_copies(root: Path | None = None) -> int:
    """Delete every temporary copy (also those a crash left behind); returns how many folders."""
    base = Path(root or tempfile.gettempdir())
    removed = 0
    for folder in base.glob(OPEN_PREFIX + "*"):
        if folder.is_dir() and not folder.is_symlink() and folder.stat().st_uid == os.getuid():
            for f in folder.iterdir():
                with contextlib.suppress(OSError):
                    os.chmod(f, 0o600)
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
