"""Verified backups: online copy to a temp name, verified (integrity + cipher integrity), then
renamed atomically; rotation (7 daily, 4 weekly, 12 monthly) and a verified restore."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.config import backup_dir_for
from app.errors import DamagedVaultError, UsageError, VerbindError
from app.fileutil import copy_private, create_private, fsync_dir, fsync_file
from app.i18n import tr
from app.vault import staging
from app.vault.engine import storage_error
from app.vault.keyfile import KeyFile, key_path_for

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


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?(?P<manual>-manual)?\.verbind$")


def is_manual(backup_path: Path) -> bool:
    m = _NAME.match(Path(backup_path).name)
    return bool(m and m.group("manual"))



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


def clean_partials(folder: Path, stem: str) -> list[Path]:
    """Remove what a killed backup of the vault named `stem` left in `folder` (`.NAME-….partial`
    and its -wal/-shm); returns the partial files removed."""
    removed: list[Path] = []
    for p in Path(folder).glob(f".{glob.escape(stem)}-*.verbind.partial*"):
        if not p.name.endswith((".partial", ".partial-wal", ".partial-shm")):
            continue
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            if p.name.endswith(".partial"):
                removed.append(p)
    # a key file is copied just before its database is renamed into place: killed between the two,
    # the key stays behind alone
    for key in Path(folder).glob(f"{glob.escape(stem)}-*.verbind.key"):
        db = key.with_name(key.name[: -len(".key")])
        m = _NAME.match(db.name)
        if m and m.group("stem") == stem and not db.exists():
            with contextlib.suppress(FileNotFoundError):
                key.unlink()
    return removed


def backup_vault(vault: Vault, dest_dir: Path | None = None, *, now: datetime | None = None,
                 manual: bool = False, cleaned: list[Path] | None = None) -> Path:
    """Online backup of an open vault; returns the path of the verified copy. A `manual` backup
    (made on request) is named `…-manual.verbind` and never rotated away by automatic ones.
    Leftovers of a killed backup are removed first and added to `cleaned`."""
    dest = Path(dest_dir) if dest_dir is not None else backup_dir_for(vault.path)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (storage_error(exc, dest) or exc) from exc
    removed = clean_partials(dest, vault.path.stem)
    if cleaned is not None:
        cleaned.extend(removed)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = "-manual" if manual else ""
    target = dest / f"{vault.path.stem}-{stamp}{suffix}.verbind"
    counter = 1
    while target.exists():
        target = dest / f"{vault.path.stem}-{stamp}-{counter}{suffix}.verbind"
        counter += 1
    tmp = dest / f".{target.name}.partial"
    try:
        create_private(tmp)  # the copy holds vault data: owner-only from its first byte
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
        fsync_file(tmp)
        problems = verify_backup(tmp, vault.data_key)
        for side in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{tmp}{side}").unlink()
        if problems:
            raise DamagedVaultError("backup failed verification: " + "; ".join(problems))
        copy_private(vault.key_path, key_path_for(target))
        os.replace(tmp, target)
        fsync_dir(dest)
    except BaseException as exc:
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                p.unlink()
        if not target.exists():  # no half backup: a key file without its database goes too
            with contextlib.suppress(OSError):
                key_path_for(target).unlink()
        problem = storage_error(exc, dest)
        if problem is not None:
            raise problem from exc
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
    """Keep the newest automatic backup of each of the last `daily` days, `weekly` ISO weeks and
    `monthly` months, for each vault in the folder separately; remove the rest (with their
    key files). Manual backups are never removed here. Returns what was removed."""
    stems: dict[str, list[tuple[datetime, Path]]] = {}
    for stamp, path in list_backups(folder):
        m = _NAME.match(path.name)
        assert m is not None
        if m.group("manual"):
            continue
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


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the replaced vault was kept (None when there was none). Whether
    the backup belongs to another vault is asked before, with `is_other_vault`."""

    kept: Path | None


def vault_id_of(db_path: Path) -> str | None:
    """The vault id in the key file beside `db_path`, or None when it is missing or unreadable."""
    try:
        return KeyFile.load(key_path_for(db_path)).vault_id
    except (VerbindError, OSError):
        return None


def is_other_vault(backup_path: Path, vault_path: Path) -> bool:
    """Whether restoring `backup_path` over `vault_path` would put another vault in its place."""
    current = vault_id_of(vault_path)
    return current is not None and vault_id_of(backup_path) not in (None, current)


def kept_copies(vault_path: Path) -> list[Path]:
    """Every copy a restore kept of the vault it replaced, newest first."""
    vault_path = Path(vault_path)
    pattern = re.compile(re.escape(vault_path.name) + r"\.before-restore(-\d{8}-\d{6}(-\d+)?)?$")
    found = [p for p in vault_path.parent.glob(f"{vault_path.name}.before-restore*")
             if pattern.match(p.name)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _same_bytes(a: Path, b: Path) -> bool:
    def digest(p: Path) -> bytes:
        h = hashlib.sha256()
        with open(p, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.digest()

    return a.stat().st_size == b.stat().st_size and digest(a) == digest(b)


def _keep_current(vault_path: Path, now: datetime | None) -> Path:
    """Copy the vault about to be replaced (database, WAL with unsaved pages, key file) to
    `<vault>.before-restore-<stamp>`, never over an earlier copy, and check the copy is exact."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = Path(f"{vault_path}.before-restore-{stamp}")
    counter = 1
    while kept.exists() or key_path_for(kept).exists():
        kept = Path(f"{vault_path}.before-restore-{stamp}-{counter}")
        counter += 1
    pairs = [(vault_path, kept)]
    wal = Path(f"{vault_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # committed changes may still be in the WAL
        pairs.append((wal, Path(f"{kept}-wal")))
    if key_path_for(vault_path).exists():
        pairs.append((key_path_for(vault_path), key_path_for(kept)))
    try:
        for source, target in pairs:
            if target.exists():
                raise FileExistsError(str(target))
            copy_private(source, target)
            if not _same_bytes(source, target):
                raise DamagedVaultError(f"the copy of the current vault differs from it ({target.name}): "
                                        "nothing was restored")
    except BaseException:
        for _source, target in pairs:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    return kept


def restore_backup(backup_path: Path, vault_path: Path, passphrase: str, *,
                   now: datetime | None = None) -> RestoreResult:
    """Replace `vault_path` with a verified backup (opened with its own key file, so
    `passphrase` is the one valid at backup time). The vault it replaces is kept as
    `<vault>.before-restore-<stamp>` (+ `.key`, + `-wal`), one copy per restore. Database and key
    file are staged and switched as a pair (app.vault.staging): whatever fails, the vault opens
    with its old passphrase or, once switched, with the backup's. Refused while the vault is open."""
    from app.vault.lock import ProcessLock
    from app.vault.unlock import derive_key

    backup_path, vault_path = Path(backup_path), Path(vault_path)
    if not vault_path.parent.is_dir():
        raise UsageError(tr(f"De map {vault_path.parent} bestaat niet: kies een bestaande map of maak ze eerst "
                            "aan.", f"The folder {vault_path.parent} does not exist: choose an existing folder or "
                            "create it first."))
    if not backup_path.is_file():
        raise UsageError(tr(f"Geen reservekopie gevonden: {backup_path}", f"No backup found: {backup_path}"))
    if vault_path.exists() and os.path.samefile(backup_path, vault_path):
        raise UsageError(tr("Dat is de kluis zelf: kies een reservekopie.",
                            "That is the vault itself: choose a backup file."))
    data_key = derive_key(backup_path, passphrase)
    problems = verify_backup(backup_path, data_key)
    if problems:
        raise DamagedVaultError("backup failed verification: " + "; ".join(problems))
    lock = ProcessLock(vault_path)
    lock.acquire()
    try:
        staging.settle(vault_path)
        kept = _keep_current(vault_path, now) if vault_path.exists() else None
        staged = staging.staged_path_for(vault_path)
        try:
            # the staged database first: a staged key without one means "committed" (staging.settle)
            copy_private(backup_path, staged)
            copy_private(key_path_for(backup_path), key_path_for(staged))
            problems = verify_backup(staged, data_key)
            if problems:
                raise DamagedVaultError("the copied backup failed verification: " + "; ".join(problems))
            staging.switch(vault_path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                staging.settle(vault_path)  # roll back whatever was staged
            if kept is not None and vault_path.exists() and _same_bytes(vault_path, kept):
                _remove_kept(kept)  # the vault is as it was: its copy only takes space
            problem = storage_error(exc, vault_path.parent)
            if problem is not None:
                raise problem from exc
            raise
        return RestoreResult(kept)
    finally:
        lock.release()


def _remove_kept(kept: Path) -> None:
    for p in (kept, Path(f"{kept}-wal"), key_path_for(kept)):
        with contextlib.suppress(OSError):
            p.unlink()
