"""Where an output file (report, export, bundle, screenshot…) may be written.

A path that resolves to a file of a vault — its database, key file, WAL, lock, exchange base,
staged files, a backup or a pre-restore copy — is always refused: writing there would destroy the
vault or make it replay foreign pages. An existing file of another kind than the one being
written (a PDF over a spreadsheet, a CSV over a photo) is refused unless the user says `force`.
"""

from __future__ import annotations

import contextlib
import glob
import json
from collections.abc import Iterator
from pathlib import Path

from app.errors import UnsafePathError, UsageError
from app.fileutil import atomic_path

# suffixes Verbind adds to a vault's database name for the files that belong to it
_VAULT_SUFFIXES = ("-wal", "-shm", ".lock", ".exchange-base", ".exchange-base.tmp", ".exchange-base.next",
                   ".exchange-base.rekey", ".rekey", ".key.rekey", ".old-wal",
                   ".staged", ".staged.key", ".staged-wal", ".staged-shm", ".key")
_SNIFF = 4096
_MAGIC = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "xlsx": (b"PK\x03\x04",),
    "bundle": (b"VERBIND-BUNDLE ",),
    "ics": (b"BEGIN:VCALENDAR",),
}
_TEXT_KINDS = ("csv", "json", "md")


def _is_key_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
        data = json.loads(head.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("format") == "verbind-key"


def _is_vault_database(path: Path) -> bool:
    # imported here: the CLI imports this module at start-up, the key file module pulls in cryptography
    from app.vault.keyfile import key_path_for

    return path.is_file() and key_path_for(path).is_file()


def vault_file_of(path: Path) -> Path | None:
    """The vault (database path) that `path` belongs to, or None."""
    candidates = [Path(path)]
    with contextlib.suppress(OSError):
        candidates.append(Path(path).resolve())
    for p in candidates:
        if _is_vault_database(p):
            return p
        if p.exists() and p.suffix == ".key" and _is_key_file(p):
            return p.with_name(p.name[: -len(".key")])
        for suffix in _VAULT_SUFFIXES:
            if p.name.endswith(suffix):
                db = p.with_name(p.name[: -len(suffix)])
                if _is_vault_database(db) or (db.is_file() and suffix == ".key"):
                    return db
    return None


def _matches_kind(path: Path, kind: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF)
    except OSError:
        return False
    if not head:
        return True  # an empty file holds nothing to lose
    if kind in _MAGIC:
        return head.startswith(_MAGIC[kind])
    if kind in _TEXT_KINDS:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # a multi-byte character cut at the end of the sniffed block is still text
            return exc.start >= len(head) - 3
        return True
    return False


def guard_output(path: Path, kind: str, *, force: bool = False) -> Path:
    """Refuse an output path that is a vault's file (always) or an existing file of another
    kind (unless `force`); returns the path. `kind` is pdf, png, xlsx, csv, json, md, ics or bundle."""
    path = Path(path)
    vault = vault_file_of(path)
    if vault is not None:
        raise UnsafePathError(str(path), vault.name)
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give a file name")
    if path.exists() and not force and not _matches_kind(path, kind):
        raise OutputExistsError(str(path), kind)
    return path


@contextlib.contextmanager
def output_path(target: Path) -> Iterator[Path]:
    """`app.fileutil.atomic_path` for an output file: refused when it is a vault's own file."""
    target = Path(target)
    vault = vault_file_of(target)
    if vault is not None:
        raise UnsafePathError(str(target), vault.name)
    # a write to this name that was killed left its temporary file (unencrypted data): it goes now
    if target.parent.is_dir():
        for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if stale.is_file() and not stale.is_symlink():
                    stale.unlink()
    with atomic_path(target) as tmp:
        yield tmp


def write_output_bytes(target: Path, data: bytes) -> None:
    with output_path(target) as tmp:
        tmp.write_bytes(data)


class OutputExistsError(UsageError):
    """An existing file of another kind is in the way; --force overwrites it."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(path)
        self.path = path
        self.kind = kind


__all__ = ["OutputExistsError", "guard_output", "output_path", "vault_file_of", "write_output_bytes"]
