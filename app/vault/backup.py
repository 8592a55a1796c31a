"""Verified backups: online copy to a temp name, verified (integrity + cipher integrity), then
renamed atomically; rotation (7 daily, 4 weekly, 12 monthly) and a verified restore."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.config import backup_dir_for
from app.errors import DamagedVaultError
from app.fileutil import atomic_path, fsync_dir
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


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.verbind$")



def _keyed(path: Path, data_key: bytes) -> sqlcipher3.dbapi2.Connection:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def verify_backup(path: Path, data_key: bytes) -> list[str]:
    """Problems found when opening the backup read-only and checking it (integrity_check and
    cipher_integrity_check); [] when it is sound. The file is not modified."""
    path = Path(path)
    if not path.is_file():
        return ["backup file is missing"]
    if path.stat().st_size == 0:
        return ["backup file is empty"]
    # a copy in WAL mode makes even a read-only connection create -wal/-shm: tidy those after
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    made = [p for p in sidecars if not p.exists()]
    try:
        return _verify_readonly(path, data_key)
    finally:
        for p in made:
            with contextlib.suppress(OSError):
                if p.stat().st_size == 0 or p.name.endswith("-shm"):
                    p.unlink()


def _verify_readonly(path: Path, data_key: bytes) -> list[str]:
    try:
        conn = sqlcipher3.dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                         isolation_level=None)
    except sqlcipher3.dbapi2.Error as exc:
        return [f"cannot open backup: {exc}"]
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            return ["backup has no pages"]
        problems: list[str] = []
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(rows)
        problems.extend(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
        return problems
    except sqlcipher3.dbapi2.Error as exc:
        return [f"backup will not decrypt: {exc}"]
    finally:
        conn.close()


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


def list_backups(folder: Path, stem: str | None = None) -> list[tuple[datetime, Path]]:
    """Backups in `folder` (of the vault named `stem` if given), newest first."""
    found = []
    for p in Path(folder).glob("*.verbind"):
        m = _NAME.match(p.name)
        if m and (stem is None or m.group("stem") == stem):
            try:
                found.append((datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S"), p))
            except ValueError:
                continue
    return sorted(found, reverse=True)


def rotate_backups(folder: Path, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Keep the newest backup of each of the last `daily` days, `weekly` ISO weeks and
    `monthly` months, for each vault in the folder separately; remove the rest (with their
    key files). Returns what was removed."""
    stems: dict[str, list[tuple[datetime, Path]]] = {}
    for stamp, path in list_backups(folder):
        m = _NAME.match(path.name)
        assert m is not None
        stems.setdefault(m.group("stem"), []).append((stamp, path))
    removed: list[Path] = []
    for backups in stems.values():
        keep: set[Path] = set()
        buckets: tuple[tuple[int, Callable[[datetime], object]], ...] = (
            (daily, lambda d: d.date()),
            (weekly, lambda d: d.isocalendar()[:2]),
            (monthly, lambda d: (d.year, d.month)),
        )
        for count, bucket in buckets:
            seen: set[object] = set()
            for stamp, path in backups:  # newest first: the first of each bucket is kept
                b = bucket(stamp)
                if b not in seen and len(seen) < count:
                    seen.add(b)
                    keep.add(path)
        for _stamp, path in backups:
            if path not in keep:
                for p in (path, key_path_for(path)):
                    with contextlib.suppress(OSError):
                        p.unlink()
                removed.append(path)
    return removed


def restore_backup(backup_path: Path, vault_path: Path, passphrase: str) -> Path | None:
    """Replace `vault_path` with a verified backup. The previous vault (if any) is kept as
    `<vault>.before-restore` (+ `.key`, + `-wal` when it had uncheckpointed changes). The backup
    is opened with its own key file, so `passphrase` is the one that was valid at backup time.
    Refused while the vault is open (VaultInUseError). Returns the kept copy."""
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
        wal, shm = Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm")
        if vault_path.exists():
            kept = Path(f"{vault_path}.before-restore")
            kept_wal = Path(f"{kept}-wal")
            for stale in (kept_wal, Path(f"{kept}-shm")):  # an older kept WAL must not replay
                with contextlib.suppress(FileNotFoundError):
                    stale.unlink()
            # the WAL may hold committed changes: it travels with the kept copy
            if wal.exists() and wal.stat().st_size > 0:
                with atomic_path(kept_wal) as tmp:
                    shutil.copyfile(wal, tmp)
            with atomic_path(kept) as tmp:
                shutil.copyfile(vault_path, tmp)
            if key_path_for(vault_path).exists():
                with atomic_path(key_path_for(kept)) as tmp:
                    shutil.copyfile(key_path_for(vault_path), tmp)
        with atomic_path(key_path_for(vault_path)) as ktmp:
            shutil.copyfile(key_path_for(backup_path), ktmp)
        # a WAL left beside the restored file would be replayed onto it: remove it first
        for leftover in (wal, shm):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        with atomic_path(vault_path) as tmp:
            shutil.copyfile(backup_path, tmp)
        return kept
    finally:
        lock.release()
