"""Re-encrypting a closed vault under a new random data key (`verbind rekey`, and "Opnieuw
versleutelen" in the window): a verified backup through `Vault`, then the database, its exchange
base and its key file switched by the protocol of app.vault.rekey. An operation above `Vault`, so
it lives apart from the file protocol that `Vault.open` settles."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from app.errors import DamagedVaultError
from app.fileutil import atomic_write_text
from app.vault import Vault
from app.vault.backup import backup_vault, verify_backup
from app.vault.keyfile import for_new_data_key, key_path_for
from app.vault.lock import ProcessLock
from app.vault.rekey import export_rekeyed, roll_forward, settle, staged_paths
from app.vault.unlock import derive_key


def rekey_vault(path: Path, passphrase: str, recovery_key: str | None = None) -> tuple[Path, str | None]:
    """Re-encrypt the vault at `path` (closed) under a new random data key: a verified backup
    first, then the database, its exchange base and its key file (passphrase and recovery wraps)
    switched as app.vault.rekey describes. `recovery_key` keeps the user's recovery key valid;
    None makes a new one, returned (the old one then opens only backups). Returns (backup, new
    recovery key or None)."""
    path = Path(path)
    old_key = derive_key(path, passphrase)
    new_key = secrets.token_bytes(32)
    db, staged_base, staged_key = staged_paths(path)
    # checked before anything is written: a wrong recovery key must not leave a half-done rekey
    kf, shown = for_new_data_key(key_path_for(path), new_key, passphrase, recovery_key, staged_key)
    with Vault.open_with_key(path, old_key) as vault:
        backup = backup_vault(vault, manual=True)  # the way back: never rotated away
        vault.checkpoint()
    lock = ProcessLock(path)
    lock.acquire()
    try:
        settle(path)
        export_rekeyed(path, old_key, db, new_key)
        problems = verify_backup(db, new_key)
        if problems:
            raise DamagedVaultError("the re-encrypted copy failed verification: " + "; ".join(problems))
        base = Path(f"{path}.exchange-base")
        if base.exists():
            export_rekeyed(base, old_key, staged_base, new_key)
        # a base an interrupted export staged is under the old key: dropped, the next export then
        # diffs against the older base and sends some changes again (merging them twice is harmless)
        with contextlib.suppress(FileNotFoundError):
            Path(f"{base}.next").unlink()
        atomic_write_text(staged_key, kf.to_json())  # the commit point
        roll_forward(path)
    except BaseException:
        if not staged_key.exists():
            settle(path)
        raise
    finally:
        lock.release()
    return backup, shown
