"""`verbind backup` and `verbind restore` through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.commands.backup import cloud_folder_warning
from app.demo import create_demo_vault
from app.domain import Network
from app.vault import Vault


def test_backup_restore_roundtrip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    vault_path = tmp_path / "v.verbind"
    vault, _ = create_demo_vault(vault_path)
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    usb = tmp_path / "usb"
    assert main(["backup", str(vault_path), "--to", str(usb)]) == 0
    backups = sorted(usb.glob("*.verbind"))
    assert len(backups) == 1 and "gecontroleerd" in capsys.readouterr().out
    assert main(["backup", str(vault_path)]) == 0  # default folder beside the vault, rotated
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        s.query(Network).delete()
        s.commit()
    assert main(["restore", str(backups[0]), str(vault_path)]) == 0
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        assert s.query(Network).count() == 4
    from app.vault.backup import kept_copies

    assert len(kept_copies(vault_path)) == 1
    data = bytearray(backups[0].read_bytes())
    data[len(data) // 2] ^= 4
    backups[0].write_bytes(bytes(data))
    assert main(["restore", str(backups[0]), str(vault_path)]) == 3  # damaged backup refused


def test_cloud_folder_warning(tmp_path: Path) -> None:
    assert cloud_folder_warning(tmp_path / "OneDrive - Stad Gent" / "v.verbind") == "onedrive"
    assert cloud_folder_warning(tmp_path / "Documenten" / "v.verbind") is None
