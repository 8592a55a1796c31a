"""The encrypted vault: one SQLCipher 4 database plus a key file beside it.

Opening never creates, overwrites or downgrades anything: the key file's GCM tag proves the
passphrase first (WrongPassphraseError), then the database must decrypt and read
(DamagedVaultError), then the schema must not be newer than this program (NewerVaultError).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.errors import VaultExistsError, VaultNotFoundError
from app.fileutil import create_private
from app.vault import engine as engine_mod
from app.vault import keyfile, rekey, staging
from app.vault.keyfile import key_path_for
from app.vault.lock import ProcessLock, lock_path_for
from app.vault.unlock import derive_key


class Vault:
    def __init__(self, path: Path, data_key: bytes, engine: Engine, lock: ProcessLock) -> None:
        self.path = Path(path)
        self.key_path = key_path_for(self.path)
        self.engine = engine
        self._data_key = data_key
        self._lock = lock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        # nothing is written before a pending page check has passed (`verify="background"`)
        event.listen(self._sessions, "before_flush", self._before_flush)
        self.vault_id = keyfile.KeyFile.load(self.key_path).vault_id
        self.closed = False
        self._background = threading.Lock()  # held by a worker thread's read; `close` waits for it
        self._page_check: threading.Thread | None = None  # `verify="background"`
        self._page_problem: BaseException | None = None

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def begin_create(cls, path: Path, passphrase: str) -> PendingVault:
        """A new vault, built under a staged name while nothing exists at `path` yet; it appears
        there (database and key file together) only on `PendingVault.commit()`, after its recovery
        key was shown. Refuses (VaultExistsError) when the database, its key file or a leftover WAL
        exists. A creation killed before its commit is rolled back by the next one."""
        path = Path(path)
        kp = key_path_for(path)
        leftovers = [path, kp, Path(f"{path}-wal"), Path(f"{path}-shm")]
        if any(p.exists() or p.is_symlink() for p in leftovers):
            raise VaultExistsError(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = ProcessLock(path)  # serialises creators (and restores) of this name
        lock.acquire()
        staged = staging.staged_path_for(path)
        created: list[Path] = []
        try:
            staging.settle(path)  # a killed creation's staged vault goes: its recovery key was never shown
            if any(p.exists() or p.is_symlink() for p in leftovers):
                raise VaultExistsError(str(path))
            kf, data_key, recovery = keyfile.create_keyfile(staged, passphrase)
            # claim both staged names exclusively, so a file that appears meanwhile is never
            # overwritten or removed; the key file's content then replaces its placeholder atomically
            for claim in (staged, key_path_for(staged)):
                try:
                    create_private(claim)
                except FileExistsError as exc:
                    raise VaultExistsError(str(claim)) from exc
                created.append(claim)
            kf.save()
            vault = cls.open_with_key(staged, data_key, _create=True)
        except BaseException:
            for p in created:
                with contextlib.suppress(OSError):
                    p.unlink()
            lock.release()
            raise
        return PendingVault(path, vault, recovery, data_key, lock)

    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple[Vault, str]:
        """A new vault at once; returns it open, with its recovery key (the caller shows it)."""
        pending = cls.begin_create(path, passphrase)
        return pending.commit(), pending.recovery

    @classmethod
    def open(
        cls, path: Path, passphrase: str | None = None, *, recovery_key: str | None = None,
        migrate: bool = True, verify: bool | Literal["background"] = True, allow_slow: bool = False,
    ) -> Vault:
        data_key = derive_key(Path(path), passphrase, recovery_key, allow_slow=allow_slow)
        return cls.open_with_key(Path(path), data_key, migrate=migrate, verify=verify)

    @classmethod
    def open_with_key(cls, path: Path, data_key: bytes, *, migrate: bool = True,
                      verify: bool | Literal["background"] = True, _create: bool = False) -> Vault:
        """Open with an already unwrapped data key. `verify` checks every page's HMAC first (about
        0.1 s for 40 MB); `verify="background"` checks them in a thread of its own while the caller
        goes on reading (the window builds its views meanwhile), and `wait_verified` gives the
        outcome: a caller shows nothing of the vault before it, and a session's first write waits
        for it (a damaged vault raises DamagedVaultError there, having written nothing). A vault that
        needs a migration is checked before it is migrated, either way. With `migrate=False` an
        older schema is left as it is (the caller may run app.migrations.upgrade); a newer one is
        always refused."""
        from app import migrations

        path = Path(path)
        if not _create and not path.exists():
            raise VaultNotFoundError(str(path))
        lock = ProcessLock(path)
        lock.acquire()
        engine: Engine | None = None
        try:
            if not _create:
                staging.settle(path)
                rekey.settle(path)
                engine_mod.probe(path, data_key, verify_pages=verify is True)
            engine = engine_mod.make_engine(path, data_key, create=_create)
            vault = cls(path, data_key, engine, lock)
            # a newer schema raises NewerVaultError here, before anything is written
            if migrations.needs_upgrade(engine) and migrate:
                if verify == "background":
                    engine_mod.probe(path, data_key, verify_pages=True)
                migrations.upgrade(engine, backup_first=vault._backup_before_migration)
            elif verify == "background" and not _create:
                vault._start_page_check()
            return vault
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    def _start_page_check(self) -> None:
        def check() -> None:
            try:
                engine_mod.probe(self.path, self._data_key, verify_pages=True)  # a connection of its own
            except BaseException as exc:  # handed to `wait_verified`, on the caller's thread
                self._page_problem = exc

        self._page_check = threading.Thread(target=check, name="verbind-page-check", daemon=True)
        self._page_check.start()

    def _before_flush(self, _session: Session, _context: Any, _instances: Any) -> None:
        self.wait_verified()  # at once when no check is pending or failed

    def wait_verified(self) -> None:
        """Wait for the page check of `open_with_key(verify="background")` and raise what it found
        (DamagedVaultError: a page failed its HMAC); returns at once when there was none."""
        if self._page_check is not None:
            self._page_check.join()
            self._page_check = None
        if self._page_problem is not None:
            raise self._page_problem

    def _backup_before_migration(self) -> Path:
        from app.vault.backup import backup_vault

        return backup_vault(self, manual=True)  # kept until the user removes it

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

    def repair_search_index(self) -> bool:
        """Rebuild the stakeholder search index when it is out of step with the table (it is derived
        from the table, so nothing is lost); True when it was rebuilt."""
        from app.domain import search_index

        with self.engine.begin() as conn:
            raw = conn.connection.driver_connection
            if search_index.in_step(raw):
                return False
            search_index.rebuild(raw)
            return True

    def warm_search(self, network_id: str) -> None:
        """Fill the page cache of each pooled connection with what searching `network_id`'s
        stakeholders reads (`stakeholder.warm_search`), so whichever connection the list gets next
        has it. For a worker thread: `close` waits until it is done, and a closed vault is left."""
        from app.services import stakeholder

        with self._background:
            if self.closed:
                return
            with contextlib.ExitStack() as stack:
                # sessions held together: each reads through a connection of its own
                sessions = [stack.enter_context(self.session()) for _ in range(engine_mod.POOL_SIZE)]
                for session in sessions:
                    stakeholder.warm_search(session, network_id)

    def schema_revision(self) -> str | None:
        from app.migrations import current_revision

        with self.engine.connect() as conn:
            return current_revision(conn)

    def checkpoint(self) -> None:
        engine_mod.checkpoint(self.engine)

    def close(self) -> None:
        with self._background:  # a worker's read (`warm_search`) ends before the engine goes
            self._close()

    def _close(self) -> None:
        if self.closed:
            return
        if self._page_check is not None:
            self._page_check.join()  # its connection ends before the checkpoint and the unlock
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


class PendingVault:
    """A vault being created: open under its staged name, nothing at its final name yet."""

    def __init__(self, path: Path, vault: Vault, recovery: str, data_key: bytes, lock: ProcessLock) -> None:
        self.path = path
        self.vault = vault
        self.recovery = recovery
        self._data_key = data_key
        self._lock = lock
        self.done = False

    def commit(self) -> Vault:
        """Switch the staged vault to its final name and return it open there."""
        if self.done:
            raise RuntimeError("already committed or aborted")
        try:
            self.vault.close()
            staging.switch(self.path)
        except BaseException:
            self.abort()
            raise
        self.done = True
        self._lock.release()
        return Vault.open_with_key(self.path, self._data_key, verify=False)

    def abort(self) -> None:
        """Remove the staged vault: nothing was created."""
        if self.done:
            return
        self.done = True
        try:
            self.vault.close()
            staging.settle(self.path)
        finally:
            self._data_key = b""
            self._lock.release()


__all__ = ["PendingVault", "Vault", "derive_key", "key_path_for", "lock_path_for"]
