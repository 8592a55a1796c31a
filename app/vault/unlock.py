"""The slow part of unlocking a vault (the data key from its key file), after finishing or rolling
back whatever an interrupted restore, creation or rekey left beside it. Below `app.vault.Vault` and
the operations on a closed vault (restore, rekey): they all start here."""

from __future__ import annotations

from pathlib import Path

from app.errors import VaultInUseError, VaultNotFoundError
from app.vault import keyfile, rekey, staging
from app.vault.keyfile import key_path_for
from app.vault.lock import ProcessLock


def settle_pending(path: Path) -> None:
    """Finish or roll back a restore or creation that was interrupted (app.vault.staging), under
    the vault's process lock; nothing to do (and no lock taken) in the usual case."""
    path = Path(path)
    if not staging.pending(path) and not rekey.pending(path):
        return
    lock = ProcessLock(path)
    try:
        lock.acquire()
    except VaultInUseError:
        return  # whoever holds it settles
    try:
        staging.settle(path)
        rekey.settle(path)  # a rekey that stopped half-way: the key file must match the database
    finally:
        lock.release()


def derive_key(path: Path, passphrase: str | None = None, recovery_key: str | None = None, *,
               allow_slow: bool = False) -> bytes:
    """The slow part of unlocking (Argon2id + unwrap); safe to run on a worker thread.
    `allow_slow`: the user agreed to unlock although the key file asks for an unusually slow
    derivation (SlowUnlockError otherwise)."""
    path = Path(path)
    settle_pending(path)
    if not path.exists():
        raise VaultNotFoundError(str(path))
    if recovery_key is not None:
        return keyfile.unwrap_with_recovery(key_path_for(path), recovery_key)
    if passphrase is None:
        raise ValueError("a passphrase or a recovery key is needed")
    return keyfile.unwrap_with_passphrase(key_path_for(path), passphrase, allow_slow=allow_slow)
