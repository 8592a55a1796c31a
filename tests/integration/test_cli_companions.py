"""The companion PDFs from the command line: `recovery-sheet` reprints the sheet only with the
right recovery key (checked against the key file, never taken from the command line), `gdpr
controller` sets who is responsible, and the register and the subject access letter name them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.demo import create_demo_vault
from app.domain import Ambassador, Network
from app.vault import Vault


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def _fonts_embedded(path: Path) -> bool:
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            descriptor = ref.get_object().get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                return False
    return True


@pytest.fixture
def new_vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "kluis" / "gent.verbind"
    path.parent.mkdir()
    vault, recovery = Vault.create(path, "een lange wachtwoordzin")
    vault.close()
    return path, recovery


def test_recovery_sheet_is_reprinted_with_the_right_key_only(new_vault: tuple[Path, str], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery = new_vault
    out = tmp_path / "herstelblad.pdf"
    # typed sloppily (lower case, no dashes): accepted, printed as it was shown at creation
    monkeypatch.setenv("VERBIND_RECOVERY_KEY", recovery.lower().replace("-", ""))
    assert main(["recovery-sheet", str(path), "-o", str(out)]) == 0
    text = _text(out)
    first, second = " ".join(recovery.split("-")[:4]), " ".join(recovery.split("-")[4:])
    assert first in text and second in text and "gent.verbind" in text and "Herstelblad" in text
    assert "Kenmerk van de kluis" in text and "Afgedrukt op" not in text  # made today, printed today
    assert "De sleutel klopt voor deze kluis" in capsys.readouterr().out
    assert _fonts_embedded(out)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    # a wrong key: exit 2 and no sheet
    wrong = tmp_path / "fout.pdf"
    monkeypatch.setenv("VERBIND_RECOVERY_KEY", "7ZX2-R94V-GHBQ-N97B-E2SJ-PVTP-CPRV-Z8R1")
    assert main(["recovery-sheet", str(path), "-o", str(wrong)]) == 2
    assert not wrong.exists()
    # from a file, in English
    monkeypatch.delenv("VERBIND_RECOVERY_KEY")
    key_file = tmp_path / "sleutel.txt"
    key_file.write_text(recovery + "\n", encoding="utf-8")
    english = tmp_path / "sheet.pdf"
    assert main(["recovery-sheet", str(path), "--recovery-key-file", str(key_file), "--lang", "en",
                 "-o", str(english)]) == 0
    assert "Recovery sheet for your Verbind vault" in _text(english) and first in _text(english)
    # no key given and no terminal to ask at: a usage error, nothing written
    assert main(["recovery-sheet", str(path), "-o", str(tmp_path / "geen.pdf")]) == 1
    assert not (tmp_path / "geen.pdf").exists()
    # never over a vault's own file
    assert main(["recovery-sheet", str(path), "--recovery-key-file", str(key_file),
                 "-o", str(path.with_name("gent.verbind.key"))]) == 1
    with Vault.open(path, "een lange wachtwoordzin") as still:  # the vault is untouched
        assert still.check() == []


def test_controller_and_dpo_reach_the_register_and_the_letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.verbind"
    vault, _ = create_demo_vault(path)
    with vault.session() as s:
        net = s.query(Network).filter_by(kind="entrepreneur").one()
        person = s.query(Ambassador).filter_by(network_id=net.id).first()
        assert person is not None
        pid, name = person.id, person.name
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    assert main(["gdpr", "controller", str(path)]) == 0
    assert "Verwerkingsverantwoordelijke: (niet ingevuld)" in capsys.readouterr().out
    assert main(["gdpr", "register", str(path), "-o", str(tmp_path / "r0.md")]) == 0
    assert "nog niet ingevuld" in capsys.readouterr().out
    assert main(["gdpr", "controller", str(path), "--name", "Provincie Limburg", "--contact", "info@limburg.be",
                 "--dpo", "DPO Provincie Limburg", "--dpo-contact", "dpo@limburg.be"]) == 0
    shown = capsys.readouterr().out
    assert "Provincie Limburg" in shown and "dpo@limburg.be" in shown
    reg = tmp_path / "register.pdf"
    assert main(["gdpr", "register", str(path), "-o", str(reg)]) == 0
    text = _text(reg)
    assert "Provincie Limburg — info@limburg.be" in text and "DPO Provincie Limburg — dpo@limburg.be" in text
    assert _fonts_embedded(reg) and PdfReader(str(reg)).metadata.author == "Provincie Limburg"
    letter = tmp_path / "inzage.pdf"
    assert main(["gdpr", "export", str(path), "--person", pid, "-o", str(letter), "--lang", "en"]) == 0
    text = _text(letter)
    assert f"Dear {name}," in text and "Provincie Limburg keeps about you" in text
    assert "Our data protection officer is DPO Provincie Limburg (dpo@limburg.be)." in text
    assert _fonts_embedded(letter)
    # cleared again with an empty value
    assert main(["gdpr", "controller", str(path), "--dpo", ""]) == 0
    assert "Functionaris voor gegevensbescherming: (niet ingevuld)" in capsys.readouterr().out
