"""Vault edge cases: empty and malformed files, creation races, migration safety, backups of
several vaults in one folder, restore keeping uncheckpointed changes."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app import migrations
from app.domain import Network
from app.errors import (
    DamagedVaultError,
    NewerVaultError,
    VaultExistsError,
    VaultInUseError,
    WrongPassphraseError,
)
from app.vault import Vault, derive_key, key_path_for
from app.vault import keyfile as kf
from app.vault.backup import (
    backup_vault,
    list_backups,
    restore_backup,
    rotate_backups,
    verify_backup,
)
from app.vault.lock import lock_path_for
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERBIND_KDF_PROFILE", "fast")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _add_network(vault: Vault, name: str = "Net") -> str:
    with vault.session() as s:
        net = Network(name=name)
        s.add(net)
        s.commit()
        return net.id


# -- database file -------------------------------------------------------------------------

def test_empty_database_file_is_damage_not_a_new_vault(vault: Vault, vault_path: Path) -> None:
    _add_network(vault)
    vault.close()
    vault_path.write_bytes(b"")
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == b""
    assert not Path(f"{vault_path}-wal").exists()


@pytest.mark.parametrize("pages", [1, 3])
def test_truncated_at_a_page_boundary_is_damage(vault: Vault, vault_path: Path, pages: int) -> None:
    with vault.session() as s:
        s.add_all(Network(name=f"n{i}", beliefs="x" * 300) for i in range(200))
        s.commit()
    vault.close()
    cut = vault_path.read_bytes()[: 4096 * pages]
    vault_path.write_bytes(cut)
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == cut


def test_tables_without_schema_version_are_refused(vault: Vault, vault_path: Path) -> None:
    with vault.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    vault.close()
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_path, PASSPHRASE)


def test_newer_schema_is_refused_even_without_migration(vault: Vault, vault_path: Path) -> None:
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    vault.close()
    before = _files(vault_path.parent)
    with pytest.raises(NewerVaultError):
        Vault.open(vault_path, PASSPHRASE, migrate=False)
    assert _files(vault_path.parent) == before


# -- key file ------------------------------------------------------------------------------

def _mutations() -> list[tuple[str, Callable[[dict[str, Any]], object]]]:
    def setter(*keys: str, value: object) -> Callable[[dict[str, Any]], object]:
        def apply(doc: dict[str, Any]) -> object:
            target = doc
            for k in keys[:-1]:
                target = target[k]
            target[keys[-1]] = value
            return doc
        return apply

    return [
        ("json list", lambda _d: []),
        ("json string", lambda _d: "verbind"),
        ("wrong format", setter("format", value="other")),
        ("no version", lambda d: {k: v for k, v in d.items() if k != "version"}),
        ("version text", setter("version", value="1")),
        ("vault_id not uuid", setter("vault_id", value="abc")),
        ("kdf not object", setter("kdf", value=[1])),
        ("unknown kdf", setter("kdf", "name", value="scrypt")),
        ("huge memory", setter("kdf", "memory_kib", value=10**9)),
        ("zero memory", setter("kdf", "memory_kib", value=0)),
        ("zero iterations", setter("kdf", "iterations", value=0)),
        ("zero lanes", setter("kdf", "lanes", value=0)),
        ("bool lanes", setter("kdf", "lanes", value=True)),
        ("short salt", setter("kdf", "salt", value="AAAA")),
        ("salt not base64", setter("kdf", "salt", value="***")),
        ("wraps list", setter("wraps", value=[])),
        ("no recovery wrap", lambda d: {**d, "wraps": {"passphrase": d["wraps"]["passphrase"]}}),
        ("wrap string", setter("wraps", "passphrase", value="x")),
        ("short nonce", setter("wraps", "passphrase", "nonce", value="AAAA")),
        ("short ciphertext", setter("wraps", "passphrase", "ciphertext", value="AAAA")),
    ]


@pytest.mark.parametrize(("label", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_malformed_key_file_is_damage_with_a_reason(
    vault: Vault, vault_path: Path, label: str, mutate: Callable[[dict[str, Any]], object]
) -> None:
    vault.close()
    kp = key_path_for(vault_path)
    doc = json.loads(kp.read_text())
    kp.write_text(json.dumps(mutate(copy.deepcopy(doc))))
    with pytest.raises(DamagedVaultError, match="key file"):
        Vault.open(vault_path, PASSPHRASE)


def test_key_file_that_is_not_utf8_is_damage(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key_path_for(vault_path).write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DamagedVaultError):
        Vault.open(vault_path, PASSPHRASE)


def test_newer_key_file_version_is_refused(vault: Vault, vault_path: Path) -> None:
    vault.close()
    kp = key_path_for(vault_path)
    doc = json.loads(kp.read_text())
    doc["version"] = 2
    kp.write_text(json.dumps(doc))
    with pytest.raises(NewerVaultError):
        Vault.open(vault_path, PASSPHRASE)


def test_wrap_is_bound_to_its_vault_and_name(vault: Vault, vault_path: Path) -> None:
    vault.close()
    kp = key_path_for(vault_path)
    doc = json.loads(kp.read_text())
    swapped = copy.deepcopy(doc)
    swapped["vault_id"] = "00000000-0000-4000-8000-000000000000"
    kp.write_text(json.dumps(swapped))
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    # the recovery wrap put in the passphrase slot does not open with the recovery-derived key
    swapped = copy.deepcopy(doc)
    swapped["wraps"]["passphrase"] = doc["wraps"]["recovery"]
    kp.write_text(json.dumps(swapped))
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Zoë en Ştefan gaan naar Café Ürük")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "nfc.verbind"
    vault, _ = Vault.create(path, decomposed)
    key = vault.data_key
    vault.close()
    assert derive_key(path, composed) == key
    assert derive_key(path, decomposed) == key


def test_key_file_of_an_older_build_without_normalisation_still_opens(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "wachtwoord met ë en é")
    path = tmp_path / "old.verbind"
    vault, _ = Vault.create(path, PASSPHRASE)
    key = vault.data_key
    vault.close()
    # rewrap the way a build without NFC did: the raw UTF-8 of what was typed
    keyfile = kf.KeyFile.load(key_path_for(path))
    raw_key = keyfile.kdf.derive(decomposed.encode("utf-8"))
    keyfile.wraps["passphrase"] = kf._wrap(raw_key, key, keyfile.vault_id, "passphrase")
    keyfile.save()
    assert derive_key(path, decomposed) == key
    with pytest.raises(WrongPassphraseError):
        derive_key(path, "something else entirely")


def test_rewrap_keeps_recovery_wrap_and_vault_id(vault: Vault, vault_path: Path) -> None:
    before = json.loads(key_path_for(vault_path).read_text())
    vault.change_passphrase("een nieuwe wachtwoordzin")
    after = json.loads(key_path_for(vault_path).read_text())
    assert after["wraps"]["recovery"] == before["wraps"]["recovery"]
    assert after["vault_id"] == before["vault_id"]
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["wraps"]["passphrase"] != before["wraps"]["passphrase"]


def test_fast_profile_is_exactly_the_floor() -> None:
    params = kf.calibrate()
    assert (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)
    assert len(params.salt) == 16


# -- creation --------------------------------------------------------------------------------

def test_create_refuses_an_existing_key_file_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "v.verbind"
    key_path_for(path).write_text("precious")
    with pytest.raises(VaultExistsError):
        Vault.create(path, PASSPHRASE)
    assert key_path_for(path).read_text() == "precious"
    assert not path.exists()


def test_create_refuses_a_leftover_wal(tmp_path: Path) -> None:
    path = tmp_path / "v.verbind"
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"left behind")
    with pytest.raises(VaultExistsError):
        Vault.create(path, PASSPHRASE)
    assert wal.read_bytes() == b"left behind" and not path.exists()


def test_failed_create_removes_only_what_it_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.verbind"
    (tmp_path / "other.txt").write_text("not ours")

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("migration failed")

    monkeypatch.setattr(migrations, "upgrade", boom)
    with pytest.raises(RuntimeError):
        Vault.create(path, PASSPHRASE)
    names = {p.name for p in tmp_path.iterdir()}
    assert names <= {"other.txt", "v.verbind.lock"}
    monkeypatch.undo()
    # and the name is free again
    vault, _ = Vault.create(path, PASSPHRASE)
    vault.close()


def test_new_vault_files_are_owner_only(vault: Vault, vault_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert vault_path.stat().st_mode & 0o077 == 0


# -- process lock ------------------------------------------------------------------------------

def test_lock_file_holds_only_a_pid_and_is_released(vault: Vault, vault_path: Path) -> None:
    assert lock_path_for(vault_path).read_text() == str(os.getpid())
    vault.close()
    vault.close()  # idempotent
    with Vault.open(vault_path, PASSPHRASE):
        pass


def test_restore_onto_an_open_vault_is_refused(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    backup = backup_vault(vault, tmp_path / "b")
    with pytest.raises(VaultInUseError):
        restore_backup(backup, vault_path, PASSPHRASE)


# -- migrations ----------------------------------------------------------------------------------

def _roll_back_to_0001(vault: Vault) -> None:
    """Make the vault look like one written by the first release (whatever head is now)."""
    from alembic import command

    with vault.engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0001")
        assert migrations.current_revision(conn) == "0001"


def test_older_vault_is_backed_up_then_migrated(vault: Vault, vault_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    net_id = _add_network(vault, "Voor de migratie")
    _roll_back_to_0001(vault)
    vault.close()
    seen: dict[str, int] = {}
    from alembic import command

    original = command.upgrade

    def spy(cfg: Any, rev: str) -> None:
        conn = cfg.attributes["connection"]
        seen["foreign_keys"] = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        original(cfg, rev)

    monkeypatch.setattr(command, "upgrade", spy)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_revision() == migrations.head_revision()
        with v.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with v.session() as s:
            assert s.get(Network, net_id) is not None
        backups = list_backups(v.path.parent / f"{v.path.name}.backups")
        assert len(backups) == 1
        old = backups[0][1]
        assert verify_backup(old, v.data_key) == []
    assert seen["foreign_keys"] == 0  # batch migrations must not cascade


def test_migrate_false_leaves_an_older_schema_alone(vault: Vault, vault_path: Path) -> None:
    _roll_back_to_0001(vault)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE, migrate=False) as v:
        assert v.schema_revision() == "0001"
    assert not (vault_path.parent / f"{vault_path.name}.backups").exists()


def test_new_vault_is_not_backed_up(vault: Vault, vault_path: Path) -> None:
    assert vault.schema_revision() == migrations.head_revision()
    assert not (vault_path.parent / f"{vault_path.name}.backups").exists()


# -- backups ----------------------------------------------------------------------------------

def test_backup_is_not_modified_by_verification(vault: Vault, tmp_path: Path) -> None:
    _add_network(vault)
    backup = backup_vault(vault, tmp_path / "b")
    before = _files(backup.parent)
    assert verify_backup(backup, vault.data_key) == []
    assert verify_backup(backup, vault.data_key) == []
    assert _files(backup.parent) == before
    assert verify_backup(backup, bytes(32)) != []
    assert verify_backup(tmp_path / "none.verbind", vault.data_key) != []
    empty = tmp_path / "empty.verbind"
    empty.write_bytes(b"")
    assert verify_backup(empty, vault.data_key) != []


def test_backup_contains_the_data_and_opens_on_its_own(vault: Vault, tmp_path: Path) -> None:
    net_id = _add_network(vault, "In de kopie")
    backup = backup_vault(vault, tmp_path / "b")
    with Vault.open(backup, PASSPHRASE) as copy_, copy_.session() as s:
        assert s.get(Network, net_id).name == "In de kopie"  # type: ignore[union-attr]


def test_rotation_keeps_each_vault_separately(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    start = datetime(2026, 3, 1, 9, 0)
    for name in ("team", "eigen"):
        path = tmp_path / f"{name}.verbind"
        v, _ = Vault.create(path, PASSPHRASE)
        with v:
            for day in range(10):
                backup_vault(v, dest, now=start + timedelta(days=day))
            # two in the same second: the second one gets a counter and is still listed
            backup_vault(v, dest, now=start + timedelta(days=9))
    assert len(list_backups(dest, "team")) == 11
    removed = rotate_backups(dest, daily=3, weekly=0, monthly=0)
    assert len(removed) == 16
    for name in ("team", "eigen"):
        kept = list_backups(dest, name)
        assert len(kept) == 3, name
        assert all(key_path_for(p).exists() for _, p in kept)
    assert not [p for p in dest.iterdir() if p.name.endswith(".key")
                and not Path(str(p)[: -len(".key")]).exists()]


def test_restore_keeps_uncheckpointed_changes_in_the_kept_copy(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    _add_network(vault, "Eerste")
    backup = backup_vault(vault, tmp_path / "b")
    vault.close()
    # another process commits a change and dies before any checkpoint: it lives in the WAL only
    code = (
        "import os, sys\nfrom app.vault import Vault\nfrom app.domain import Network\n"
        f"v = Vault.open({str(vault_path)!r}, {PASSPHRASE!r})\n"
        "s = v.session()\nn = Network(name='Na de reservekopie')\ns.add(n)\ns.commit()\n"
        "print(n.id, flush=True)\nos._exit(0)\n"
    )
    env = {**os.environ, "VERBIND_KDF_PROFILE": "fast"}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=Path(__file__).parents[2],
                          capture_output=True, text=True, timeout=60, check=True)
    late_id = done.stdout.strip()
    assert Path(f"{vault_path}-wal").stat().st_size > 0
    kept = restore_backup(backup, vault_path, PASSPHRASE).kept
    assert kept is not None
    assert not Path(f"{vault_path}-wal").exists()
    with Vault.open(vault_path, PASSPHRASE) as v, v.session() as s:
        assert s.get(Network, late_id) is None
        assert v.check() == []
    with Vault.open(kept, PASSPHRASE) as old, old.session() as s:
        assert s.get(Network, late_id) is not None
