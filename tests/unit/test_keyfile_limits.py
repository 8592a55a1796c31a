"""A tampered key file can neither hang the unlock nor make it take gigabytes or minutes."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from app.cli import main
from app.errors import DamagedVaultError, SlowUnlockError
from app.vault import Vault
from app.vault.keyfile import KeyFile, key_path_for
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed(tmp_path: Path) -> Path:
    path = tmp_path / "v.verbind"
    Vault.create(path, PASSPHRASE)[0].close()
    return path


def _edit(path: Path, **kdf: int) -> None:
    key = key_path_for(path)
    data = json.loads(key.read_text())
    data["kdf"].update(kdf)
    key.write_text(json.dumps(data))


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 4 * 1024 * 1024},  # 4 GiB: accepted before
    {"iterations": 256},
    {"lanes": 64, "memory_kib": 65536},
])
def test_parameters_beyond_what_calibration_makes_are_damage(closed: Path, kdf: dict[str, int]) -> None:
    _edit(closed, **kdf)
    start = time.perf_counter()
    with pytest.raises(DamagedVaultError):
        Vault.open(closed, PASSPHRASE)
    assert time.perf_counter() - start < 5  # refused before any derivation of that size


def test_parameters_far_above_this_machine_ask_first(closed: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(closed, memory_kib=256 * 1024, iterations=32)  # within bounds, ≈ 15 s on a 2-core VM
    import app.vault.keyfile as keyfile

    monkeypatch.setattr(keyfile, "_floor_seconds", 0.5)  # this machine, as measured once
    with pytest.raises(SlowUnlockError) as info:
        Vault.open(closed, PASSPHRASE)
    assert info.value.seconds > 10 and info.value.memory_mib == 256
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["info", str(closed), "--lang", "en"]) == 3
    assert "VERBIND_ALLOW_SLOW_UNLOCK" in capsys.readouterr().err


def test_a_key_file_that_is_dev_zero_or_a_fifo_neither_hangs_nor_fills_memory(closed: Path) -> None:
    key = key_path_for(closed)
    key.unlink()
    os.symlink("/dev/zero", key)
    with pytest.raises(DamagedVaultError):
        KeyFile.load(key)
    key.unlink()
    os.mkfifo(key)
    result: list[BaseException] = []

    def load() -> None:
        try:
            KeyFile.load(key)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            result.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive() and isinstance(result[0], DamagedVaultError)


def test_a_huge_or_deeply_nested_key_file_is_damage(closed: Path) -> None:
    key = key_path_for(closed)
    key.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DamagedVaultError):
        KeyFile.load(key)
    key.write_text(json.dumps({"format": "verbind-key", "pad": "x" * 200_000}))
    with pytest.raises(DamagedVaultError):
        KeyFile.load(key)
    key.write_text(json.dumps({"format": "verbind-key", "version": "1", "vault_id": 5}))
    with pytest.raises(DamagedVaultError):
        KeyFile.load(key)
