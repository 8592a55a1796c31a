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


@pytest.fixture
def demo_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from app.demo import create_demo_vault
    from app.vault.backup import backup_vault

    v = tmp_path / "v.verbind"
    vault, _ = create_demo_vault(v)
    backup_vault(vault, tmp_path / "b")
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    return v


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


@pytest.mark.parametrize("argv", [
    ["export", "{v}", "--kind", "stakeholders", "-o", "{v}"],
    ["export", "{v}", "--kind", "stakeholders", "--format", "json", "-o", "{v}.key", "--force"],
    ["report", "{v}", "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026", "-o", "{backup}.key"],
    ["report", "{v}", "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026", "-o", "{backup}"],
    ["gdpr", "register", "{v}", "-o", "{link}"],
    ["export", "{v}", "--kind", "signals", "-o", "{v}-wal"],
    ["export", "{v}", "--kind", "signals", "-o", "{v}.exchange-base"],
])
def test_an_output_path_that_is_a_vault_file_is_refused(
        demo_vault: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    backup = sorted((tmp_path / "b").glob("*.verbind"))[0]
    link = tmp_path / "harmless.pdf"
    os.symlink(key_path_for(demo_vault), link)
    before = _snapshot(tmp_path)
    args = [a.format(v=demo_vault, backup=backup, link=link) for a in argv]
    assert main(args) == 1
    assert "kluis" in capsys.readouterr().err
    assert _snapshot(tmp_path) == before
    with Vault.open(demo_vault, "verbind-demo") as vault:
        assert vault.check() == []


def test_exchange_export_over_the_vault_is_refused(demo_vault: Path, tmp_path: Path) -> None:
    assert main(["team", "init", str(demo_vault), "--member", "Lead"]) == 0
    before = demo_vault.read_bytes()
    assert main(["exchange", "export", str(demo_vault), "-o", str(demo_vault)]) == 1
    assert main(["team", "invite", str(demo_vault), "--member", "Ann", "-o", f"{demo_vault}.key"]) == 1
    assert demo_vault.read_bytes() == before
    KeyFile.load(key_path_for(demo_vault))


def test_an_existing_file_of_another_kind_needs_force(demo_vault: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    photo = tmp_path / "foto.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["export", str(demo_vault), "--kind", "stakeholders", "-o", str(photo), "--lang", "en"]) == 1
    assert "--force" in capsys.readouterr().err and photo.read_bytes().startswith(b"\x89PNG")
    assert main(["export", str(demo_vault), "--kind", "stakeholders", "-o", str(photo), "--force"]) == 0
    assert not photo.read_bytes().startswith(b"\x89PNG")
    # a file of the same kind is simply replaced, as before
    assert main(["export", str(demo_vault), "--kind", "signals", "-o", str(photo)]) == 0
    report = tmp_path / "r.pdf"
    report.write_bytes(b"%PDF-1.4 old")
    assert main(["report", str(demo_vault), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "-o", str(report)]) == 0
