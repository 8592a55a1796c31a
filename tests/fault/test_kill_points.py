"""Kill -9 at chosen points of the paths around the vault: restore, backup, demo, init and export.

Each command runs in a child process whose `os.replace`, `shutil.copyfile` or `os.fsync` ends the
process (`os._exit`, no cleanup, like kill -9) just before its n-th call; n walks every call the
command makes. After each kill the vault must open with a passphrase it had (the old one, or —
once a restore committed — the backup's, with the old vault kept beside it) and hold every row
that was acknowledged; nothing may sit at a final name half written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import Network
from app.errors import WrongPassphraseError
from app.vault import Vault
from app.vault.backup import backup_vault, kept_copies, list_backups
from tests.conftest import PASSPHRASE

FULL = os.environ.get("VERBIND_SOAK") == "full"
ROOT = Path(__file__).parents[2]
OTHER = "another vault's passphrase"
KILLED = 137

KILLER = """
import importlib, os, sys
module, attr = os.environ["KILL_FN"].rsplit(".", 1)
mod = importlib.import_module(module)
real = getattr(mod, attr)
at = int(os.environ["KILL_AT"])
count = 0
def wrapped(*a, **k):
    global count
    count += 1
    if count == at:
        os._exit(137)
    return real(*a, **k)
setattr(mod, attr, wrapped)
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""

CRASHED_WRITER = """
import os, sys
from app.vault import Vault
from app.domain import Network
vault = Vault.open(sys.argv[1], sys.argv[2])
with vault.session() as s:
    s.add(Network(name="in the WAL only"))
    s.commit()
os._exit(0)   # acknowledged, never checkpointed: the row lives in the -wal file
"""

POINTS = ("os.replace", "shutil.copyfile") + (("os.fsync",) if FULL else ())


def _run(argv: list[str], env: dict[str, str], kill_fn: str | None = None, kill_at: int = 0) -> int:
    full_env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    if kill_fn is None:
        code = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    else:
        code = KILLER
        full_env.update(KILL_FN=kill_fn, KILL_AT=str(kill_at))
    proc = subprocess.run([sys.executable, "-c", code, *argv], env=full_env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, KILLED):
        print(argv, kill_fn, kill_at, proc.stderr)
    return proc.returncode


def _names(path: Path, passphrase: str) -> set[str]:
    with Vault.open(path, passphrase) as v:
        assert v.check() == []
        with v.session() as s:
            return {n.name for n in s.query(Network)}


def _copy_vault(src: Path, dst: Path) -> None:
    for suffix in ("", ".key", "-wal"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


@pytest.fixture
def two_vaults(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """Vault A (PASSPHRASE) with a row only in its WAL, and a backup of another vault B (OTHER)."""
    a = tmp_path / "template" / "a.verbind"
    a.parent.mkdir()
    vault, _ = Vault.create(a, PASSPHRASE)
    with vault.session() as s:
        s.add(Network(name="A checkpointed"))
        s.commit()
    vault.close()
    subprocess.run([sys.executable, "-c", CRASHED_WRITER, str(a), PASSPHRASE], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert Path(f"{a}-wal").stat().st_size > 0
    b_path = tmp_path / "template" / "b.verbind"
    b, _ = Vault.create(b_path, OTHER)
    with b.session() as s:
        s.add(Network(name="B"))
        s.commit()
    backup = backup_vault(b, tmp_path / "backups")
    b.close()
    return a, backup, {"A checkpointed", "in the WAL only"}


@pytest.mark.slow
def test_restore_killed_at_every_point_keeps_a_vault_that_opens(
        tmp_path: Path, two_vaults: tuple[Path, Path, set[str]]) -> None:
    template, backup, a_rows = two_vaults
    env = {"VERBIND_PASSPHRASE": OTHER}
    outcomes: set[str] = set()
    for fn in POINTS:
        n = 1
        while True:
            work = tmp_path / f"{fn}-{n}"
            work.mkdir()
            a = work / "a.verbind"
            _copy_vault(template, a)
            code = _run(["restore", str(backup), str(a)], env, fn, n)
            try:
                assert _names(a, PASSPHRASE) == a_rows, (fn, n)
                outcomes.add("old")
            except WrongPassphraseError:
                # switched: the backup is in place, the old vault (WAL included) kept beside it
                assert _names(a, OTHER) == {"B"}, (fn, n)
                kept = kept_copies(a)
                assert len(kept) == 1 and _names(kept[0], PASSPHRASE) == a_rows, (fn, n)
                outcomes.add("new")
            assert not list(work.glob("*.staged*")) and not list(work.glob("*.old-wal")), (fn, n)
            if code != KILLED:
                assert code == 0
                break
            n += 1
        assert n > 2, fn  # the walk really went through the restore
    assert outcomes == {"old", "new"}


def test_a_second_restore_keeps_the_first_kept_copy(tmp_path: Path) -> None:
    path = tmp_path / "v.verbind"
    vault, _ = Vault.create(path, PASSPHRASE)
    backup = backup_vault(vault, tmp_path / "b")
    for name in ("work after the backup", "more work"):
        with vault.session() as s:
            s.add(Network(name=name))
            s.commit()
        vault.close()
        from app.vault.backup import restore_backup

        restore_backup(backup, path, PASSPHRASE)
        vault = Vault.open(path, PASSPHRASE)
    vault.close()
    kept = kept_copies(path)
    assert len(kept) == 2
    assert {frozenset(_names(k, PASSPHRASE)) for k in kept} == {
        frozenset({"work after the backup"}), frozenset({"more work"})}


def test_restore_of_another_vaults_backup_warns(tmp_path: Path, two_vaults: tuple[Path, Path, set[str]],
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    template, backup, _rows = two_vaults
    monkeypatch.setenv("VERBIND_PASSPHRASE", OTHER)
    assert main(["restore", str(backup), str(template)]) == 0
    assert "andere kluis" in capsys.readouterr().err


def test_restore_into_a_missing_folder_says_so(tmp_path: Path, two_vaults: tuple[Path, Path, set[str]],
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    _template, backup, _rows = two_vaults
    monkeypatch.setenv("VERBIND_PASSPHRASE", OTHER)
    assert main(["restore", str(backup), str(tmp_path / "nowhere" / "v.verbind"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "free space" not in err


@pytest.mark.slow
def test_backup_killed_at_every_point_then_the_next_one_cleans_up(tmp_path: Path) -> None:
    path = tmp_path / "v.verbind"
    vault, _ = Vault.create(path, PASSPHRASE)
    with vault.session() as s:
        s.add(Network(name="kept"))
        s.commit()
    vault.close()
    env = {"VERBIND_PASSPHRASE": PASSPHRASE}
    folder = tmp_path / "usb"
    for fn in POINTS:
        n = 1
        while True:
            code = _run(["backup", str(path), "--to", str(folder)], env, fn, n)
            assert _names(path, PASSPHRASE) == {"kept"}
            if code != KILLED:
                break
            n += 1
    proc = subprocess.run([sys.executable, "-m", "app", "backup", str(path), "--to", str(folder)],
                          env={**os.environ, **env, "PYTHONPATH": str(ROOT)}, cwd=ROOT, capture_output=True,
                          text=True)
    assert proc.returncode == 0
    leftovers = [p for p in folder.iterdir() if ".partial" in p.name]
    assert leftovers == []
    # every backup that exists has its key, and every key its backup
    dbs = {p.name for p in folder.glob("*.verbind")}
    keys = {p.name[: -len(".key")] for p in folder.glob("*.verbind.key")}
    assert dbs == keys and len(dbs) >= 2
    for _stamp, b in list_backups(folder):
        assert _names(b, PASSPHRASE) == {"kept"}


def test_a_killed_backups_partial_is_cleaned_and_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    path = tmp_path / "v.verbind"
    Vault.create(path, PASSPHRASE)[0].close()
    folder = tmp_path / "usb"
    folder.mkdir()
    partial = folder / ".v-20261201-101010-manual.verbind.partial"
    partial.write_bytes(b"half a backup")
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["backup", str(path), "--to", str(folder)]) == 0
    assert not partial.exists()
    assert "afgebroken" in capsys.readouterr().out


def test_manual_backups_survive_the_automatic_ones_of_the_same_day(vault: Vault, tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from app.vault.backup import is_manual, rotate_backups

    folder = tmp_path / "b"
    morning = datetime(2026, 12, 2, 9, 0, 0)
    manual = backup_vault(vault, folder, now=morning, manual=True)
    for hours in (1, 2, 3):
        backup_vault(vault, folder, now=morning + timedelta(hours=hours))
    rotate_backups(folder)
    left = [p for _s, p in list_backups(folder)]
    assert manual in left and is_manual(manual)
    assert len([p for p in left if not is_manual(p)]) == 1  # one automatic backup per day


@pytest.mark.parametrize("command", ["demo", "init"])
def test_creation_killed_at_every_point_leaves_no_vault_without_its_recovery_key(
        tmp_path: Path, command: str) -> None:
    env = {"VERBIND_PASSPHRASE": PASSPHRASE}
    points = POINTS if FULL or command == "init" else ("os.replace",)
    for fn in points:
        n = 1
        while True:
            work = tmp_path / f"{command}-{fn}-{n}"
            work.mkdir()
            path = work / "new.verbind"
            code = _run([command, str(path)], env, fn, n)
            if code == KILLED and path.exists():
                # killed after the commit point: the recovery key was printed before it; the vault
                # is complete and opens (its key file follows on the next open if it was not there yet)
                with Vault.open(path, PASSPHRASE) as v:
                    assert v.check() == []
            elif code == KILLED:
                assert not Path(f"{path}.key").exists()
                # a re-run is not blocked by what the killed one left
                assert _run([command, str(path)], env) == 0
                with Vault.open(path, PASSPHRASE) as v:
                    assert v.check() == []
                assert sorted(p.name for p in work.iterdir()) == ["new.verbind", "new.verbind.key"]
            if code != KILLED:
                assert code == 0
                break
            n += 1
        if fn == "os.replace":
            assert n > 2  # the walk went through the key file's write and the switch


def test_export_killed_at_every_point_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    from app.demo import create_demo_vault

    path = tmp_path / "d.verbind"
    create_demo_vault(path)[0].close()
    out = tmp_path / "out" / "s.csv"
    out.parent.mkdir()
    out.write_text("oude export\n", encoding="utf-8")
    env = {"VERBIND_PASSPHRASE": "verbind-demo"}
    for fn in ("os.replace", "os.fsync"):
        n = 1
        while True:
            code = _run(["export", str(path), "--kind", "stakeholders", "-o", str(out)], env, fn, n)
            text = out.read_text(encoding="utf-8")
            assert text == "oude export\n" or (text.count("\n") > 50 and text.endswith("\n")), (fn, n)
            if code != KILLED:
                assert code == 0
                break
            n += 1
            out.write_text("oude export\n", encoding="utf-8")
    # the temporary file a killed export left is removed by the next export to that name
    assert [p.name for p in out.parent.iterdir()] == ["s.csv"]


def test_opening_removes_only_the_vaults_own_temporaries(tmp_path: Path) -> None:
    path = tmp_path / "v.verbind"
    Vault.create(path, PASSPHRASE)[0].close()
    own = [tmp_path / ".v.verbind.key.ab12cd34.tmp", tmp_path / ".v.verbind.before-restore-20261202-101010.zz9_aa00.tmp"]
    foreign = [tmp_path / ".v.verbind-report.pdf.ab12cd34.tmp", tmp_path / ".v.verbind.csv.ab12cd34.tmp"]
    for p in own + foreign:
        p.write_bytes(b"x")
    Vault.open(path, PASSPHRASE).close()
    assert not any(p.exists() for p in own) and all(p.exists() for p in foreign)
