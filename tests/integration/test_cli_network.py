"""`verbind network list|add|rename|archive|unarchive`: exit codes, Dutch and English, names
checked as in the window; an archived network keeps its report, export and `info` line, and its
archiving (and a rename) travels to a teammate with the exchange bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.demo import create_demo_vault
from app.vault import Vault

PASS = "een lange wachtwoordzin"


def _list(vault: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["network", "list", str(vault), "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_network_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "v.verbind"
    Vault.create(vault, PASS)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    assert main(["network", "list", str(vault)]) == 0
    assert "Nog geen netwerken" in capsys.readouterr().out
    assert main(["network", "add", str(vault), "Verbinders Gent"]) == 0
    assert "Netwerk ‘Verbinders Gent’ gemaakt (Verbindingsambassadeurs jeugdwerk)" in capsys.readouterr().out
    assert main(["network", "add", str(vault), "Wijk Mol", "--kind", "neighbourhood", "--lang", "en"]) == 0
    assert "Network ‘Wijk Mol’ created (Neighbourhood ambassadors)" in capsys.readouterr().out
    # refused names: exit 1, a clear message, nothing written
    assert main(["network", "add", str(vault), "verbinders GENT"]) == 1
    assert "Er is al een netwerk ‘Verbinders Gent’" in capsys.readouterr().err
    assert main(["network", "add", str(vault), "  "]) == 1
    assert "Geef het netwerk een naam." in capsys.readouterr().err
    assert main(["network", "add", str(vault), "X", "--kind", "club"]) == 1
    assert "kies uit connection, local, entrepreneur, neighbourhood" in capsys.readouterr().err
    assert [(r["name"], r["kind"], r["archived"]) for r in _list(vault, capsys)] == [
        ("Verbinders Gent", "connection", False), ("Wijk Mol", "neighbourhood", False)]
    assert main(["network", "rename", str(vault), "wijk mol", "Wijkambassadeurs Mol"]) == 0
    assert "heet nu ‘Wijkambassadeurs Mol’" in capsys.readouterr().out
    assert main(["network", "rename", str(vault), "Wijkambassadeurs Mol", "VERBINDERS GENT"]) == 1
    assert main(["network", "rename", str(vault), "Bestaat niet", "Y"]) == 1
    assert "geen netwerk met naam of id" in capsys.readouterr().err
    assert main(["network", "archive", str(vault), "Wijkambassadeurs Mol"]) == 0
    assert "het verdwijnt uit de keuzelijst; gegevens en verslagen blijven bewaard" in capsys.readouterr().out
    assert main(["network", "archive", str(vault), "Verbinders Gent", "--lang", "en"]) == 1  # the last one in use
    assert "the only network in use" in capsys.readouterr().err
    assert main(["network", "list", str(vault)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("Verbinders Gent  [Verbindingsambassadeurs jeugdwerk]")
    assert lines[1].endswith("Wijkambassadeurs Mol  [Wijkambassadeurs]  (gearchiveerd)")
    rows = _list(vault, capsys)
    assert rows[1]["archived"] is True and rows[1]["archived_at"]
    mol_id = str(rows[1]["id"])
    assert main(["network", "unarchive", str(vault), mol_id]) == 0
    assert "terug uit het archief" in capsys.readouterr().out
    assert main(["network", "unarchive", str(vault), mol_id]) == 1
    assert all(r["archived"] is False for r in _list(vault, capsys))
    monkeypatch.setenv("VERBIND_PASSPHRASE", "een verkeerde wachtwoordzin")
    assert main(["network", "list", str(vault)]) == 2


def test_an_archived_network_still_reports_and_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.verbind"
    create_demo_vault(path)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    assert main(["network", "archive", str(path), "Verbindingsambassadeurs Gent"]) == 0
    assert main(["report", str(path), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "-o", str(tmp_path / "r.pdf")]) == 0
    text = "".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "Verbindingsambassadeurs Gent" in text
    assert main(["export", str(path), "--kind", "trajectories", "--format", "json", "-o", str(tmp_path / "t.json"),
                 "--network", "Verbindingsambassadeurs Gent"]) == 0
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    assert "Verbindingsambassadeurs Gent" in {n["name"] for n in json.loads(capsys.readouterr().out)["networks"]}


def test_archiving_and_renaming_travel_with_the_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from app.team import team as svc

    lead, ann = tmp_path / "lead" / "lead.verbind", tmp_path / "ann" / "ann.verbind"
    lead.parent.mkdir()
    ann.parent.mkdir()
    Vault.create(lead, PASS)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    assert main(["network", "add", str(lead), "Verbinders Gent"]) == 0
    assert main(["network", "add", str(lead), "Wijk Mol", "--kind", "neighbourhood"]) == 0
    assert main(["team", "init", str(lead), "--member", "lead"]) == 0
    code = svc.invite(lead, PASS, "ann", tmp_path / "ann.invite")
    monkeypatch.setenv("VERBIND_INVITE_CODE", code)
    monkeypatch.setenv("VERBIND_PASSPHRASE", "ann haar wachtwoordzin")
    assert main(["team", "join", str(tmp_path / "ann.invite"), str(ann)]) == 0
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    assert main(["network", "archive", str(lead), "Wijk Mol"]) == 0
    assert main(["network", "rename", str(lead), "Verbinders Gent", "Verbinders Gent-Centrum"]) == 0
    assert main(["exchange", "export", str(lead), "-o", str(tmp_path / "lead-1.verbind-bundle")]) == 0
    monkeypatch.setenv("VERBIND_PASSPHRASE", "ann haar wachtwoordzin")
    assert main(["exchange", "import", str(ann), str(tmp_path / "lead-1.verbind-bundle")]) == 0
    assert [(r["name"], r["archived"]) for r in _list(ann, capsys)] == [
        ("Verbinders Gent-Centrum", False), ("Wijk Mol", True)]
