"""A database under a new data key: `export_rekeyed` writes a fresh SQLCipher file (sqlcipher_export,
so no page of the new file was ever encrypted under the old key)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from app.fileutil import create_private, fsync_file


def export_rekeyed(src: Path, src_key: bytes, dst: Path, dst_key: bytes) -> None:
    """Copy the database `src` (under `src_key`) into the new file `dst` under `dst_key`: schema,
    rows and user_version, in rollback-journal mode. Call with no other library holding `src`
    in this process. `dst` must not exist; on failure it is removed."""
    src, dst = Path(src), Path(dst)
    create_private(dst)  # SQLite takes an empty file as a new database
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
        fsync_file(dst)
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


# -- re-encrypting a vault under a new data key -------------------------------------------------
#
# Three files change together: the database, its exchange base (a copy under the same key, for
# team vaults) and the key file. Each new one is first staged beside the old under a `.rekey`
# name and fsynced; the staged key file, written last and atomically, is the commit point:
#
#   no staged key file  → the old pair is intact; staged leftovers are removed (roll back)
#   a staged key file   → every staged file is complete; they replace the old ones (roll forward)
#
# `settle` does this and runs whenever a vault is opened, so a crash at any step leaves a vault
# that opens with its passphrase and holds every row. The operation that stages and commits is
# app.vault.rekeying.rekey_vault (it needs `Vault`, which needs `settle`: so it lives there).

def staged_paths(path: Path) -> tuple[Path, Path, Path]:
    """(database, exchange base, key file) staged by an unfinished rekey of the vault at `path`."""
    return Path(f"{path}.rekey"), Path(f"{path}.exchange-base.rekey"), Path(f"{path}.key.rekey")


def pending(path: Path) -> bool:
    return any(p.exists() for p in staged_paths(path))


def roll_forward(path: Path) -> None:
    """Put every staged file in place of the old one; only once the staged key file is complete."""
    from app.fileutil import fsync_dir
    from app.vault.keyfile import key_path_for

    db, base, key = staged_paths(path)
    if db.exists():
        for suffix in ("-wal", "-shm"):  # the old WAL was checkpointed; its salt belongs to the old file
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        os.replace(db, path)
    if base.exists():
        os.replace(base, Path(f"{path}.exchange-base"))
    os.replace(key, key_path_for(path))
    fsync_dir(Path(path).parent)


def settle(path: Path) -> None:
    """Finish or undo a rekey that stopped half-way (see above). Call holding the vault's lock."""
    db, base, key = staged_paths(path)
    if key.exists():
        roll_forward(path)
        return
    for leftover in (db, base):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def settle_unlocked(path: Path) -> None:
    """`settle` taking the vault's process lock; nothing happens when another process holds it
    (that process is using the vault, and opening will say so)."""
    from app.errors import VaultInUseError
    from app.vault.lock import ProcessLock

    if not pending(path):
        return
    lock = ProcessLock(path)
    try:
        lock.acquire()
    except VaultInUseError:
        return
    try:
        settle(path)
    finally:
        lock.release()
