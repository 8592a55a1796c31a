"""The files a vault owns: their modes, the lock file, and output paths that point at them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.vault import Vault
from app.vault.keyfile import KeyFile, key_path_for
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parents[2]


def _cli(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # umask 022 as on most desktops: a file that holds vault data must still be owner-only
    code = "import os, sys; os.umask(0o022); from app.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "VERBIND_PASSPHRASE": PASSPHRASE,
                               **(env or {})}, timeout=300)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_every_file_a_vault_command_creates_is_owner_only(tmp_path: Path) -> None:
    v = tmp_path / "v.verbind"
    assert _cli(["demo", str(v)]).returncode == 0
    assert _cli(["backup", str(v)]).returncode == 0
    assert _cli(["backup", str(v), "--to", str(tmp_path / "usb")]).returncode == 0
    backup = sorted((tmp_path / "usb").glob("*.verbind"))[0]
    assert _cli(["restore", str(backup), str(v)]).returncode == 0
    assert _cli(["passwd", str(v)], {"VERBIND_NEW_PASSPHRASE": PASSPHRASE + " nieuw"}).returncode == 0
    env = {"VERBIND_PASSPHRASE": PASSPHRASE + " nieuw"}
    assert _cli(["export", str(v), "--kind", "stakeholders", "--format", "csv", "-o",
                 str(tmp_path / "out" / "s.csv")], env).returncode == 0
    report = _cli(["report", str(v), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                   "-o", str(tmp_path / "out" / "r.pdf")], env)
    assert report.returncode == 0, report.stderr
    assert _cli(["team", "init", str(v), "--member", "Lead"], env).returncode == 0
    assert _cli(["exchange", "export", str(v), "-o", str(tmp_path / "out" / "b.verbind-bundle")],
                env).returncode == 0
    loose = []
    for p in tmp_path.rglob("*"):
        if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077:
            loose.append(f"{p.relative_to(tmp_path)} {oct(stat.S_IMODE(p.stat().st_mode))}")
    assert loose == []
    assert any(p.name.endswith(".exchange-base") for p in tmp_path.iterdir())
    assert any(".before-restore-" in p.name for p in tmp_path.iterdir())


def test_a_lock_symlinked_to_the_key_file_is_refused_and_the_key_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    v = tmp_path / "v.verbind"
    Vault.create(v, PASSPHRASE)[0].close()
    key = key_path_for(v)
    before = key.read_bytes()
    os.symlink(key.name, f"{v}.lock")
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["info", str(v)]) == 1
    assert key.read_bytes() == before
    KeyFile.load(key)
    assert "v.verbind.lock" in capsys.readouterr().err


def test_a_lock_that_is_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    from app.errors import UnsafePathError

    v = tmp_path / "v.verbind"
    Vault.create(v, PASSPHRASE)[0].close()
    os.mkfifo(f"{v}.lock")
    with pytest.raises(UnsafePathError):
        Vault.open(v, PASSPHRASE)


def test_the_lock_file_goes_when_the_vault_closes_and_a_stale_one_is_stale(tmp_path: Path) -> None:
    v = tmp_path / "v.verbind"
    Vault.create(v, PASSPHRASE)[0].close()
    lock = Path(f"{v}.lock")
    assert not lock.exists()
    with Vault.open(v, PASSPHRASE):
        assert lock.exists()
    assert not lock.exists()
    lock.write_text("999999999")  # left by a process that died: nobody holds it
    with Vault.open(v, PASSPHRASE):
        pass
    assert not lock.exists()
    assert _cli(["info", str(v)]).returncode == 0
    assert not lock.exists()
