"""Process lock on a vault: `<db>.lock` held with an OS file lock while the vault is open."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

from app.errors import VaultInUseError

_HELD: set[str] = set()
_GUARD = threading.Lock()


def lock_path_for(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


class ProcessLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._key = str(Path(db_path).resolve())
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        with _GUARD:
            if self._key in _HELD:
                raise VaultInUseError("already open in this program")
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fh = os.fdopen(fd, "r+", encoding="utf-8")
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
            try:
                fh.seek(0)
                fh.truncate()
                fh.write(str(os.getpid()))
                fh.flush()
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
                    import fcntl

                    fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            except OSError:
                pass  # closing the file releases the lock anyway
            finally:
                self._fh.close()
                self._fh = None
                _HELD.discard(self._key)
                # the lock file stays: unlinking it would race with a process that just opened it
