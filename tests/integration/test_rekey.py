"""`verbind rekey`: the database, its exchange base and the key file move to a new random data key
after a verified backup; the passphrase and recovery key stay valid; a crash at any step leaves a
vault that opens with the old passphrase and holds every row."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain import Network, Stakeholder, search_index
from app.team import exchange
from app.team import team as svc
from app.vault import Vault, derive_key
from app.vault.backup import list_backups
from app.vault.rekey import opens_with, pending
from app.vault.rekeying import rekey_vault

PW = "rekey passphrase 123"
ROWS = 40


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A team vault (so it has an exchange base) with ROWS stakeholders; returns (path, recovery key)."""
    path = tmp_path / "v" / "lead.verbind"
    vault, recovery = Vault.create(path, PW)
    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        for i in range(ROWS):
            s.add(Stakeholder(network_id=net.id, name=f"Jeugdhuis {i}", side="supply"))
        s.commit()
    svc.init(vault, "lead")
    key = vault.data_key
    vault.close()
    svc.start_base(path, key)
    return path, recovery


def _rows(path: Path, **how: str) -> int:
    with Vault.open(path, **how) as v, v.session() as s:  # type: ignore[arg-type]
        assert v.check() == []
        assert search_index.in_step(s.connection().connection.driver_connection)  # sqlcipher_export kept it whole
        return s.query(Stakeholder).count()


def test_rekey_moves_everything_to_a_new_key(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery = made
    old = derive_key(path, PW)
    base = exchange.base_path_for(path)
    assert opens_with(base, old)
    monkeypatch.setenv("VERBIND_PASSPHRASE", PW)
    monkeypatch.setenv("VERBIND_RECOVERY_KEY", recovery)
    assert main(["rekey", str(path)]) == 0
    assert "herstelsleutel blijft geldig" in capsys.readouterr().out.lower()
    new = derive_key(path, PW)
    assert new != old
    assert not opens_with(path, old) and opens_with(path, new)
    assert not opens_with(base, old) and opens_with(base, new)  # the base moved too
    assert not pending(path)
    assert _rows(path, passphrase=PW) == ROWS
    assert _rows(path, recovery_key=recovery) == ROWS  # the recovery key stays valid
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    # the verified backup made first still opens, under the old key
    (_, backup), *_ = list_backups(path.parent / f"{path.name}.backups")
    assert opens_with(backup, old) and derive_key(backup, PW) == old
    # the team exchange goes on: the base is usable under the new key
    counts = svc.export_changes(path, PW, path.parent / "after.verbind-bundle")
    assert sum(counts.values()) == 0


def test_rekey_needs_the_recovery_key_or_makes_a_new_one(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import re

    path, recovery = made
    old = derive_key(path, PW)
    monkeypatch.setenv("VERBIND_PASSPHRASE", PW)
    assert main(["rekey", str(path)]) == 1  # no recovery key, no terminal
    assert "--new-recovery-key" in capsys.readouterr().err
    monkeypatch.setenv("VERBIND_RECOVERY_KEY", "0000-0000-0000-0000-0000-0000-0000-0000")
    assert main(["rekey", str(path)]) == 2  # a wrong recovery key: nothing happens
    assert derive_key(path, PW) == old and not pending(path)
    monkeypatch.delenv("VERBIND_RECOVERY_KEY")
    assert main(["rekey", str(path), "--new-recovery-key"]) == 0
    shown = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", capsys.readouterr().out)
    assert shown and shown.group(1) != recovery
    assert _rows(path, recovery_key=shown.group(1)) == ROWS
    with pytest.raises(Exception, match="recovery"):
        derive_key(path, recovery_key=recovery)


class Crash(BaseException):
    """Stands for the process dying: no handler of the code under test catches it."""


def test_an_exception_at_any_replace_leaves_a_working_vault(made: tuple[Path, str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path, recovery = made
    real = os.replace
    n = 0
    while True:
        n += 1
        before = derive_key(path, PW)
        calls = 0

        def failing(src: object, dst: object, _n: int = n) -> None:
            nonlocal calls
            calls += 1
            if calls == _n:
                raise Crash(f"replace {calls}: {dst}")
            real(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", failing)
        try:
            rekey_vault(path, PW, recovery)
            finished = True
        except Crash:
            finished = False
        finally:
            monkeypatch.setattr(os, "replace", real)
        key = derive_key(path, PW)  # settles what the crash left
        assert not pending(path)
        assert _rows(path, passphrase=PW) == ROWS
        assert opens_with(exchange.base_path_for(path), key)
        if finished:
            assert key != before
            break
        # before the staged key file is complete the old key stays; after it the new one is taken
    assert n > 4  # backup, staged key, database, base, key file


KILLER = """
import os, sys
from pathlib import Path
from app.vault.rekeying import rekey_vault
real, calls, at = os.replace, [0], int(sys.argv[4])
def dying(src, dst):
    calls[0] += 1
    if calls[0] == at:
        os._exit(70)
    real(src, dst)
os.replace = dying
rekey_vault(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
"""


@pytest.mark.slow
def test_killed_at_each_step_the_vault_opens_with_the_old_passphrase(made: tuple[Path, str]) -> None:
    path, recovery = made
    root = Path(__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "VERBIND_KDF_PROFILE": "fast"}
    at = 0
    while True:
        at += 1
        proc = subprocess.run([sys.executable, "-c", KILLER, str(path), PW, recovery, str(at)], env=env, cwd=root,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode in (0, 70), proc.stderr
        key = derive_key(path, PW)
        assert not pending(path)
        assert _rows(path, passphrase=PW) == ROWS
        assert _rows(path, recovery_key=recovery) == ROWS
        assert opens_with(exchange.base_path_for(path), key)
        if proc.returncode == 0:
            break
    print(f"killed at {at - 1} steps")
    assert at > 4
