"""Atomic file writes: temp file in the same folder, fsync, rename. A failure leaves no partial file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """A new, empty file only the owner can read and write; FileExistsError when something is
    already there (a file that appears meanwhile is never overwritten)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))


def make_private(path: Path) -> None:
    """Owner read/write only, like the vault itself: for every file that holds vault data.
    (On Windows the file inherits the folder's ACL; the user profile folders are private.)"""
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file that holds vault data to `target` atomically, owner-only, fsynced."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
        make_private(tmp)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` atomically."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(target: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[
    str
] | IO[bytes]]:
    with atomic_path(target) as tmp, open(tmp, mode, encoding=encoding) as fh:
        yield fh


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: Path, text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))
