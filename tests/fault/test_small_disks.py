"""Full and read-only disks, for real: a small tmpfs (root only; skipped where it cannot be
mounted). A full or read-only disk is said to be one — never called damage, never with the advice
to restore a backup — and the vault stays whole."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.demo import create_demo_vault
from app.vault import Vault


@contextlib.contextmanager
def _mounted(size_kib: int) -> Iterator[Path]:
    where = Path("/tmp") / f"verbind-disk-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(where)],
                              capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here (needs root)")
        try:
            yield where
        finally:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)
    finally:
        with contextlib.suppress(OSError):
            where.rmdir()


@pytest.fixture
def small_disk() -> Iterator[Path]:
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("POSIX mounts only")
    with _mounted(3072) as where:
        yield where


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)


def _remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


@pytest.fixture
def demo_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault, _ = create_demo_vault(tmp_path / "d.verbind")
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    return tmp_path / "d.verbind"


def test_backup_to_a_full_disk_says_so_and_leaves_nothing(small_disk: Path, demo_on_disk: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _fill(small_disk)
    assert main(["backup", str(demo_on_disk), "--to", str(small_disk / "usb")]) == 1
    err = capsys.readouterr().err
    assert "schijf is vol" in err and "kluis is beschadigd" not in err and "restore" not in err
    assert [p.name for p in small_disk.rglob("*") if p.is_file()] == ["filler"]
    with Vault.open(demo_on_disk, "verbind-demo") as v:
        assert v.check() == []


def test_backup_to_a_read_only_disk_says_so(small_disk: Path, demo_on_disk: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (small_disk / "usb").mkdir()
    _remount_read_only(small_disk)
    assert main(["backup", str(demo_on_disk), "--to", str(small_disk / "usb"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "damaged" not in err.replace("not damaged", "")


def test_opening_on_a_full_disk_is_not_called_damage(small_disk: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = small_disk / "v.verbind"
    Vault.create(path, "verbind-demo")[0].close()
    _fill(small_disk)
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    monkeypatch.setenv("VERBIND_NEW_PASSPHRASE", "een nieuwe wachtwoordzin")
    for command in (["check", str(path)], ["passwd", str(path)], ["info", str(path)]):
        code = main(command)
        err = capsys.readouterr().err
        assert code == 1 and "schijf is vol" in err and "verbind restore" not in err, (command, err)
    (small_disk / "filler").unlink()
    with Vault.open(path, "verbind-demo") as v:  # the old passphrase still opens it
        assert v.check() == []


def test_opening_on_a_read_only_disk_is_not_called_damage(small_disk: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = small_disk / "v.verbind"
    Vault.create(path, "verbind-demo")[0].close()
    _remount_read_only(small_disk)
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "alleen-lezen" in err and "verbind restore" not in err
