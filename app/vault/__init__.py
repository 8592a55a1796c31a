"""The encrypted vault: one SQLCipher 4 database plus a key file beside it.

Opening never creates, overwrites or downgrades anything: the key file's GCM tag proves the
passphrase first (WrongPassphraseError), then the database must decrypt and read
(DamagedVaultError), then the schema must not be newer than this program (NewerVaultError).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.errors import VaultExistsError, VaultNotFoundError
from app.vault import engine as engine_mod
from app.vault import keyfile, rekey
from app.vault.keyfile import key_path_for
from app.vault.lock import ProcessLock, lock_path_for


def derive_key(path: Path, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    """The slow part of unlocking (Argon2id + unwrap); safe to run on a worker thread."""
    path = Path(path)
    rekey.settle_unlocked(path)  # a rekey that stopped half-way: the key file must match the database
    if not path.exists():
        raise VaultNotFoundError(str(path))
    if recovery_key is not None:
        return keyfile.unwrap_with_recovery(key_path_for(path), recovery_key)
    if passphrase is None:
        raise ValueError("a passphrase or a recovery key is needed")
    return keyfile.unwrap_with_passphrase(key_path_for(path), passphrase)


class Vault:
    def __init__(self, path: Path, data_key: bytes, engine: Engine, lock: ProcessLock) -> None:
        self.path = Path(path)
        self.key_path = key_path_for(self.path)
        self.engine = engine
        self._data_key = data_key
        self._lock = lock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.vault_id = keyfile.KeyFile.load(self.key_path).vault_id
        self.closed = False

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple[Vault, str]:
        """A new vault; returns it open, with its recovery key. Refuses (VaultExistsError) when the
        database, its key file or a leftover WAL exists. On failure only files it made are removed."""
        path = Path(path)
        kp = key_path_for(path)
        leftovers = [kp, Path(f"{path}-wal"), Path(f"{path}-shm")]
        if path.exists() or any(p.exists() for p in leftovers):
            raise VaultExistsError(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        kf, data_key, recovery = keyfile.create_keyfile(path, passphrase)
        created: list[Path] = []
        try:
            # claim both names exclusively first, so a file that appears meanwhile is never
            # overwritten or removed; the key file's content then replaces its placeholder atomically
            for claim in (path, kp):
                try:
                    os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                except FileExistsError as exc:
                    raise VaultExistsError(str(claim)) from exc
                created.append(claim)
            created.extend(p for p in leftovers[1:] if not p.exists())
            kf.save()
            vault = cls.open_with_key(path, data_key, _create=True)
        except BaseException:
            for p in created:
                with contextlib.suppress(OSError):
                    p.unlink()
            raise
        return vault, recovery

    @classmethod
    def open(
        cls, path: Path, passphrase: str | None = None, *, recovery_key: str | None = None,
        migrate: bool = True, verify: bool = True,
    ) -> Vault:
        data_key = derive_key(Path(path), passphrase, recovery_key)
        return cls.open_with_key(Path(path), data_key, migrate=migrate, verify=verify)

    @classmethod
    def open_with_key(cls, path: Path, data_key: bytes, *, migrate: bool = True,
                      verify: bool = True, _create: bool = False) -> Vault:
        """Open with an already unwrapped data key. `verify` checks every page's HMAC first
        (milliseconds for a usual vault). With `migrate=False` an older schema is left as it is
        (the caller may run app.migrations.upgrade); a newer one is always refused."""
        from app import migrations

        path = Path(path)
        if not _create and not path.exists():
            raise VaultNotFoundError(str(path))
        lock = ProcessLock(path)
        lock.acquire()
        engine: Engine | None = None
        try:
            if not _create:
                rekey.settle(path)
                engine_mod.probe(path, data_key, verify_pages=verify)
            engine = engine_mod.make_engine(path, data_key, create=_create)
            vault = cls(path, data_key, engine, lock)
            # a newer schema raises NewerVaultError here, before anything is written
            if migrations.needs_upgrade(engine) and migrate:
                migrations.upgrade(engine, backup_first=vault._backup_before_migration)
            return vault
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    def _backup_before_migration(self) -> Path:
        from app.vault.backup import backup_vault

        return backup_vault(self)

    # -- use -----------------------------------------------------------------------------
    def session(self) -> Session:
        if self.closed:
            raise RuntimeError("vault is closed")
        return self._sessions()

    @property
    def data_key(self) -> bytes:
        return self._data_key

    def change_passphrase(self, new_passphrase: str) -> None:
        keyfile.rewrap_passphrase(self.key_path, self._data_key, new_passphrase)

    def check(self) -> list[str]:
        return engine_mod.integrity_problems(self.engine)

    def schema_revision(self) -> str | None:
        from app.migrations import current_revision

        with self.engine.connect() as conn:
            return current_revision(conn)

    def checkpoint(self) -> None:
        engine_mod.checkpoint(self.engine)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            with contextlib.suppress(Exception):
                engine_mod.checkpoint(self.engine)
            self.engine.dispose()
        finally:
            self._data_key = b""
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


__all__ = ["Vault", "derive_key", "key_path_for", "lock_path_for"]
