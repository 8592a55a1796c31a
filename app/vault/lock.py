"""Process lock on a vault: `<db>.lock` held with an OS file lock while the vault is open."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import threading
from pathlib import Path
from typing import IO, Any

from app.errors import UnsafePathError, VaultInUseError

_HELD: set[str] = set()
_GUARD = threading.Lock()


def lock_path_for(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


def _open_regular(path: Path) -> int:
    """Open (or create) the lock file without following a symlink; refuse anything that is not a
    regular file, so a lock path pointing at the key file (or a FIFO, a device) is never written."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    if sys.platform == "win32" and path.is_symlink():  # pragma: no cover
        raise UnsafePathError(str(path))
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) or path.is_symlink():
            raise UnsafePathError(str(path)) from exc
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnsafePathError(str(path))
    return fd


class ProcessLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._key = str(Path(db_path).resolve())
        self._fh: IO[Any] | None = None

    def acquire(self) -> None:
        with _GUARD:
            if self._key in _HELD:
                raise VaultInUseError("already open in this program")
            for _attempt in range(20):
                # unbuffered: a pid that cannot be written (disk full) must not linger in a buffer
                # and fail again when the file is closed
                fh = os.fdopen(_open_regular(self.path), "r+b", buffering=0)
                try:
                    # lock byte 0 in every process (msvcrt locks from the current position)
                    fh.seek(0)
                    if sys.platform == "win32":  # pragma: no cover
                        import msvcrt

                        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                    else:
                        import fcntl

                        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError as exc:
                    fh.close()
                    raise VaultInUseError(f"lock held by another process ({self.path.name})") from exc
                # a process releasing the lock unlinks its file: the one locked here must still be
                # the one at the path, or another process may lock a new file at the same time
                try:
                    now = os.stat(self.path, follow_symlinks=False)
                except FileNotFoundError:
                    fh.close()
                    continue
                held = os.fstat(fh.fileno())
                if (now.st_ino, now.st_dev) != (held.st_ino, held.st_dev):
                    fh.close()
                    continue
                break
            else:  # pragma: no cover - twenty lost races in a row
                raise VaultInUseError(f"lock file keeps changing ({self.path.name})")
            try:
                fh.seek(0)
                fh.truncate()
                fh.write(str(os.getpid()).encode("ascii"))
            except OSError:  # the pid is informative only
                pass
            self._fh = fh
            _HELD.add(self._key)

    def release(self) -> None:
        with _GUARD:
            if self._fh is None:
                return
            try:
                if sys.platform == "win32":  # pragma: no cover
                    import msvcrt

                    self._fh.seek(0)
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    # unlinked while still locked: whoever opened it meanwhile sees it is gone
                    with contextlib.suppress(OSError):
                        self.path.unlink()
                    import fcntl

                    fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            except OSError:
                pass  # closing the file releases the lock anyway
            finally:
                with contextlib.suppress(OSError):
                    self._fh.close()
                self._fh = None
                _HELD.discard(self._key)
                if sys.platform == "win32":  # pragma: no cover - fails while another process has it open
                    with contextlib.suppress(OSError):
                        self.path.unlink()
