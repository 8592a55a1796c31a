"""The CLI contract: commands, flags, exit codes (0 ok, 1 usage, 2 wrong passphrase, 3 damaged,
4 bad input file), environment variables, Dutch by default and English on request."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.demo import DEMO_PASSPHRASE

ROOT = Path(__file__).parents[2]
PASS = "een lange wachtwoordzin"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    full_env = {**base, **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], env=full_env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.verbind"
    result = run("demo", str(path), env={"VERBIND_KDF_PROFILE": "fast"})
    assert result.returncode == 0, result.stderr
    assert DEMO_PASSPHRASE in result.stdout and "Herstelsleutel" in result.stdout
    return path


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and re.match(r"verbind \d+\.\d+\.\d+", result.stdout)


def test_init_info_passwd_recover(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "team.verbind"
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    assert main(["init", str(vault)]) == 0
    out = capsys.readouterr().out
    recovery = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", out)
    assert recovery, out
    assert main(["init", str(vault)]) == 1  # never over an existing vault
    assert "bestaat al" in capsys.readouterr().err
    assert main(["info", str(vault), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["networks"] == [] and info["schema"]
    monkeypatch.setenv("VERBIND_NEW_PASSPHRASE", "nog een andere wachtwoordzin")
    assert main(["passwd", str(vault)]) == 0
    assert main(["info", str(vault)]) == 2
    assert "Verkeerd wachtwoord" in capsys.readouterr().err
    monkeypatch.setenv("VERBIND_RECOVERY_KEY", recovery.group(1))
    monkeypatch.setenv("VERBIND_NEW_PASSPHRASE", "hersteld met de sleutel")
    assert main(["recover", str(vault)]) == 0
    monkeypatch.setenv("VERBIND_PASSPHRASE", "hersteld met de sleutel")
    assert main(["check", str(vault)]) == 0


def test_short_passphrase_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERBIND_PASSPHRASE", "kort")
    assert main(["init", str(tmp_path / "x.verbind")]) == 1
    assert not (tmp_path / "x.verbind").exists()


def test_info_json_lists_every_network(demo_vault: Path) -> None:
    result = run("info", str(demo_vault), "--json", env={"VERBIND_PASSPHRASE": DEMO_PASSPHRASE})
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    kinds = {n["kind"] for n in info["networks"]}
    assert kinds == {"connection", "local", "entrepreneur", "neighbourhood"}
    for net in info["networks"]:
        assert set(net) >= {"id", "name", "kind", "counts"}
        assert set(net["counts"]) == {"stakeholders", "interactions", "ambassadors", "trajectories",
                                      "activities", "signals"}
    entrepreneurs = next(n for n in info["networks"] if n["kind"] == "entrepreneur")
    assert entrepreneurs["counts"]["ambassadors"] == 22


def test_passphrase_file_and_english(demo_vault: Path, tmp_path: Path) -> None:
    pf = tmp_path / "pass.txt"
    pf.write_text(DEMO_PASSPHRASE + "\n")
    result = run("info", str(demo_vault), "--passphrase-file", str(pf), "--lang", "en")
    assert result.returncode == 0 and "contact moments" in result.stdout
    result = run("info", str(demo_vault), env={"VERBIND_PASSPHRASE": "wrong one", "LANG": "en_GB.UTF-8"})
    assert result.returncode == 2 and "Wrong passphrase" in result.stderr
    result = run("info", str(demo_vault), "--passphrase-file", str(tmp_path / "missing.txt"))
    assert result.returncode == 4 and "wachtwoordbestand" in result.stderr


def test_wrong_passphrase_exit_2_leaves_files_identical(demo_vault: Path) -> None:
    before = {p.name: p.read_bytes() for p in demo_vault.parent.iterdir()}
    result = run("check", str(demo_vault), env={"VERBIND_PASSPHRASE": "niet juist"})
    assert result.returncode == 2 and "Verkeerd wachtwoord" in result.stderr
    assert {p.name: p.read_bytes() for p in demo_vault.parent.iterdir()} == before


def test_damaged_vault_exit_3_never_empty(tmp_path: Path) -> None:
    vault = tmp_path / "d.verbind"
    assert run("demo", str(vault), env={"VERBIND_KDF_PROFILE": "fast"}).returncode == 0
    data = bytearray(vault.read_bytes())
    data[len(data) // 2] ^= 0x10
    vault.write_bytes(bytes(data))
    for command in (["check"], ["info"], ["info", "--json"], ["export", "--kind", "signals", "-o", str(tmp_path / "s.csv")]):
        result = run(command[0], str(vault), *command[1:], env={"VERBIND_PASSPHRASE": DEMO_PASSPHRASE})
        assert result.returncode == 3, (command, result.stdout, result.stderr)
        assert "beschadigd" in result.stderr
    assert vault.read_bytes() == bytes(data)
    assert not (tmp_path / "s.csv").exists()


def test_missing_vault_and_usage_errors(tmp_path: Path) -> None:
    result = run("info", str(tmp_path / "nope.verbind"), env={"VERBIND_PASSPHRASE": PASS})
    assert result.returncode == 1 and "Geen kluis" in result.stderr
    assert not (tmp_path / "nope.verbind").exists()
    assert run("export", "x").returncode != 0  # argparse usage error
    assert run("demo", str(tmp_path / "z.verbind"), "--size", "enormous").returncode != 0


def test_export_every_kind(demo_vault: Path, tmp_path: Path) -> None:
    env = {"VERBIND_PASSPHRASE": DEMO_PASSPHRASE}
    for kind in ("stakeholders", "ambassadors", "trajectories", "interactions", "activities", "signals"):
        out = tmp_path / f"{kind}.json"
        result = run("export", str(demo_vault), "--kind", kind, "--format", "json", "-o", str(out), env=env)
        assert result.returncode == 0, result.stderr
        assert "NIET versleuteld" in result.stderr
        rows = json.loads(out.read_text(encoding="utf-8"))
        assert rows and all("id" in r for r in rows)
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    rows = json.loads((tmp_path / "trajectories.json").read_text(encoding="utf-8"))
    assert all("name" not in r for r in rows)
    out = tmp_path / "t.csv"
    assert run("export", str(demo_vault), "--kind", "trajectories", "--include-names", "-o", str(out),
               "--network", "Verbindingsambassadeurs Gent", env=env).returncode == 0
    header = next(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert "name" in header


def test_no_personal_name_in_vault_files(demo_vault: Path, tmp_path: Path) -> None:
    env = {"VERBIND_PASSPHRASE": DEMO_PASSPHRASE}
    names: set[str] = set()
    for kind in ("stakeholders", "ambassadors"):
        out = tmp_path / f"{kind}.json"
        assert run("export", str(demo_vault), "--kind", kind, "--format", "json", "-o", str(out), env=env).returncode == 0
        names |= {r["name"] for r in json.loads(out.read_text(encoding="utf-8")) if len(r["name"]) >= 6}
    assert len(names) > 100
    blobs = [p.read_bytes() for p in demo_vault.parent.iterdir() if p.is_file() and "verbind" in p.name]
    assert any(p.name.endswith("-wal") for p in demo_vault.parent.iterdir()) or blobs
    for name in names:
        encoded = name.encode("utf-8")
        assert not any(encoded in blob for blob in blobs), name
