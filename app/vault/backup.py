"""Verified backups: online copy to a temp name, verified (integrity + cipher integrity), then
renamed atomically; rotation (7 daily, 4 weekly, 12 monthly) and a verified restore."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.config import backup_dir_for
from app.errors import DamagedVaultError
from app.fileutil import atomic_path, fsync_dir
from app.vault import engine as engine_mod
from app.vault.keyfile import key_path_for

if TYPE_CHECKING:
    from app.vault import Vault

CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "nextcloud", "owncloud")


def cloud_folder_warning(path: Path) -> str | None:
    """A warning when the vault sits in a folder a sync client may copy while it is open."""
    lowered = str(Path(path).resolve()).lower()
    for marker in CLOUD_MARKERS:
        if marker in lowered:
            return marker
    return None


_STAMP = re.compile(r"-(\d{8}-\d{6})\.verbind$")


def _keyed(path: Path, data_key: bytes) -> sqlcipher3.dbapi2.Connection:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def verify_backup(path: Path, data_key: bytes) -> list[str]:
    """Problems found when opening the backup and checking it; [] when it is sound."""
    try:
        eng = engine_mod.make_engine(path, data_key)
    except DamagedVaultError as exc:
        return [str(exc)]
    try:
        return engine_mod.integrity_problems(eng)
    finally:
        eng.dispose()


def backup_vault(vault: Vault, dest_dir: Path | None = None, *, now: datetime | None = None) -> Path:
    """Online backup of an open vault; returns the path of the verified copy."""
    dest = Path(dest_dir) if dest_dir is not None else backup_dir_for(vault.path)
    dest.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = dest / f"{vault.path.stem}-{stamp}.verbind"
    counter = 1
    while target.exists():
        target = dest / f"{vault.path.stem}-{stamp}-{counter}.verbind"
        counter += 1
    tmp = dest / f".{target.name}.partial"
    with contextlib.suppress(OSError):
        tmp.unlink()
    try:
        source = vault.engine.raw_connection()
        try:
            out = _keyed(tmp, vault.data_key)
            try:
                source.driver_connection.backup(out)  # type: ignore[union-attr]
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        problems = verify_backup(tmp, vault.data_key)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{tmp}{suffix}").unlink()
        if problems:
            raise DamagedVaultError("backup failed verification: " + "; ".join(problems))
        with atomic_path(key_path_for(target)) as ktmp:
            shutil.copyfile(vault.key_path, ktmp)
        os.replace(tmp, target)
        fsync_dir(dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if not target.exists():  # no half backup: a key file without its database goes too
            with contextlib.suppress(OSError):
                key_path_for(target).unlink()
        raise
    return target


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    for p in Path(folder).glob("*.verbind"):
        m = _STAMP.search(p.name)
        if m:
            found.append((datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), p))
    return sorted(found, reverse=True)


def rotate_backups(folder: Path, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Keep the newest backup of each of the last `daily` days, `weekly` ISO weeks and
    `monthly` months; remove the rest (with their key files). Returns what was removed."""
    backups = list_backups(folder)
    keep: set[Path] = set()
    for count, bucket in ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
                          (monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for stamp, path in backups:
            b = bucket(stamp)
            if b not in seen:
                seen.append(b)
                if len(seen) <= count:
                    keep.add(path)
    removed = []
    for _stamp, path in backups:
        if path not in keep:
            for p in (path, key_path_for(path)):
                with contextlib.suppress(OSError):
                    p.unlink()
            removed.append(path)
    return removed


def restore_backup(backup_path: Path, vault_path: Path, passphrase: str) -> Path | None:
    """Replace `vault_path` with a verified backup. The previous vault (if any) is kept as
    `<vault>.before-restore`. The backup is opened with its own key file and passphrase."""
    from app.vault import derive_key
    from app.vault.lock import ProcessLock

    backup_path, vault_path = Path(backup_path), Path(vault_path)
    data_key = derive_key(backup_path, passphrase)
    problems = verify_backup(backup_path, data_key)
    if problems:
        raise DamagedVaultError("backup failed verification: " + "; ".join(problems))
    lock = ProcessLock(vault_path)
    lock.acquire()
    try:
        kept: Path | None = None
        if vault_path.exists():
            kept = Path(f"{vault_path}.before-restore")
            if Path(f"{vault_path}-wal").exists():
                # fold the WAL into the old file before keeping it aside (best effort: the
                # old vault may have had another passphrase)
                with contextlib.suppress(Exception):
                    eng = engine_mod.make_engine(vault_path, derive_key(vault_path, passphrase))
                    engine_mod.checkpoint(eng)
                    eng.dispose()
            shutil.copyfile(vault_path, kept)
            if key_path_for(vault_path).exists():
                shutil.copyfile(key_path_for(vault_path), key_path_for(kept))
        with atomic_path(key_path_for(vault_path)) as ktmp:
            shutil.copyfile(key_path_for(backup_path), ktmp)
        with atomic_path(vault_path) as tmp:
            shutil.copyfile(backup_path, tmp)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{vault_path}{suffix}").unlink()
        return kept
    finally:
        lock.release()
