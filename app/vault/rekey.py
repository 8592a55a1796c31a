"""A database under a new data key: `export_rekeyed` writes a fresh SQLCipher file (sqlcipher_export,
so no page of the new file was ever encrypted under the old key)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3


def _create_private(path: Path) -> None:
    """An empty file only the owner can read (SQLite takes an empty file as a new database)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def export_rekeyed(src: Path, src_key: bytes, dst: Path, dst_key: bytes) -> None:
    """Copy the database `src` (under `src_key`) into the new file `dst` under `dst_key`: schema,
    rows and user_version, in rollback-journal mode. Call with no other library holding `src`
    in this process. `dst` must not exist; on failure it is removed."""
    src, dst = Path(src), Path(dst)
    _create_private(dst)
    try:
        conn = sqlcipher3.dbapi2.connect(str(src), isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{src_key.hex()}'\"")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"ATTACH DATABASE ? AS fresh KEY \"x'{dst_key.hex()}'\"", (str(dst),))
            conn.execute("SELECT sqlcipher_export('fresh')")
            conn.execute(f"PRAGMA fresh.user_version = {int(version)}")
            conn.execute("DETACH DATABASE fresh")
        finally:
            conn.close()
        for suffix in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{dst}{suffix}").unlink()
        _fsync(dst)
    except BaseException:
        with contextlib.suppress(OSError):
            dst.unlink()
        raise


def opens_with(path: Path, key: bytes) -> bool:
    """Whether `key` decrypts the database at `path` (read-only; nothing is written)."""
    try:
        conn = sqlcipher3.dbapi2.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher3.dbapi2.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.dbapi2.Error:
        return False
    finally:
        conn.close()
