"""`verbind import`: odd but honest files work, hostile files are refused with exit 4, nothing
half-imported, re-import does not double records."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.domain import ContactPerson, Network, Stakeholder, Trajectory
from app.vault import Vault

PW = "import passphrase 1"


@pytest.fixture
def vault_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "i.verbind"
    v, _ = Vault.create(path, PW)
    with v.session() as s:
        s.add(Network(name="Verbinders Gent"))
        s.commit()
    v.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PW)
    return path


def names(path: Path) -> list[str]:
    with Vault.open(path, PW) as v, v.session() as s:
        return sorted(n for (n,) in s.query(Stakeholder.name))


def test_csv_cp1252_semicolons_title_rows_and_reimport(vault_path: Path, tmp_path: Path) -> None:
    f = tmp_path / "register.csv"
    text = ("Register lokale spelers 2026\n\n"
            "Naam;Gemeente;Categorie;Vrije plaatsen;Contactpersoon;Extra info\n"
            "Chiro Sint-Jozef;Gent;Jeugdbeweging;4;Hélène Dupré;leiding op zaterdag\n"
            ";;;;;\n"
            "Café-Théâtre Zoë;Gent;Culturele organisatie;;;\n")
    f.write_bytes(text.encode("cp1252"))
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders", "--dry-run"]) == 0
    assert names(vault_path) == []
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders"]) == 0
    assert names(vault_path) == ["Café-Théâtre Zoë", "Chiro Sint-Jozef"]
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders"]) == 0  # again: updates, no doubles
    assert names(vault_path) == ["Café-Théâtre Zoë", "Chiro Sint-Jozef"]
    with Vault.open(vault_path, PW) as v, v.session() as s:
        chiro = s.query(Stakeholder).filter_by(name="Chiro Sint-Jozef").one()
        assert (chiro.category, chiro.places_available) == ("youth_movement", 4)
        assert "Extra info: leiding op zaterdag" in chiro.notes
        assert s.query(ContactPerson).one().name == "Hélène Dupré"


def test_xlsx_with_bad_rows_imports_nothing(vault_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Naam", "Gemeente", "Fase", "Vrije plaatsen"])
    ws.append(["Sportclub Ledeberg", "Gent", "Kennismaking", 3])
    ws.append(["Jeugdhuis Kavka", "Gent", "vriendschap", "veel"])  # two problems
    ws.append(["=1+1", "Gent", "", ""])  # a formula is read as its cached value, never evaluated
    f = tmp_path / "register.xlsx"
    wb.save(f)
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders"]) == 4
    captured = capsys.readouterr()
    assert "regel 3, kolom 'stage'" in captured.out and "regel 3, kolom 'places_available'" in captured.out
    assert "regel 4, kolom 'name'" in captured.out  # the formula has no cached value: it is never evaluated
    assert "problemen" in captured.err
    assert names(vault_path) == []


def test_trajectories_resolve_referral_by_name(vault_path: Path, tmp_path: Path) -> None:
    with Vault.open(vault_path, PW) as v, v.session() as s:
        net = s.query(Network).one()
        s.add(Stakeholder(network_id=net.id, name="OCMW Gent", side="demand"))
        s.commit()
    f = tmp_path / "trajecten.csv"
    f.write_text("Code,Geboortejaar,Startdatum,Doorverwezen door\nGNT-1,2016,4/10/2025,ocmw gent\n"
                 "GNT-2,2015,45000,OCMW Gent\n", encoding="utf-8-sig")
    assert main(["import", str(vault_path), str(f), "--kind", "trajectories"]) == 0
    with Vault.open(vault_path, PW) as v, v.session() as s:
        rows = {t.code: t for t in s.query(Trajectory)}
        assert rows["GNT-1"].started_on.isoformat() == "2025-10-04" and rows["GNT-1"].referral_source_id
        assert rows["GNT-2"].started_on.year == 2023  # Excel serial 45000
    bad = tmp_path / "bad.csv"
    bad.write_text("Code,Doorverwezen door\nGNT-3,Onbekende School\n", encoding="utf-8")
    assert main(["import", str(vault_path), str(bad), "--kind", "trajectories"]) == 4


@pytest.mark.parametrize("case", ["junk", "bomb", "xxe", "huge_cell", "no_header"])
def test_hostile_files_are_refused(vault_path: Path, tmp_path: Path, case: str) -> None:
    if case == "junk":
        f = tmp_path / "junk.xlsx"
        f.write_bytes(b"\x00\x01binary junk" * 100)
    elif case == "bomb":
        f = tmp_path / "bomb.xlsx"
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("xl/worksheets/sheet1.xml", b"<a>" + b"0" * 50_000_000 + b"</a>")
    elif case == "xxe":
        wb = Workbook()
        wb.active.append(["Naam", "Gemeente"])
        clean = tmp_path / "clean.xlsx"
        wb.save(clean)
        f = tmp_path / "xxe.xlsx"
        with zipfile.ZipFile(clean) as src, zipfile.ZipFile(f, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "xl/workbook.xml":
                    doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    data = data.replace(b"?>", b"?>" + doctype, 1) if b"?>" in data[:200] else doctype + data
                dst.writestr(item, data)
    elif case == "huge_cell":
        f = tmp_path / "huge.csv"
        f.write_text("Naam;Gemeente\n" + "x" * (10 * 1024 * 1024) + ";Gent\n", encoding="utf-8")
    else:
        f = tmp_path / "noheader.csv"
        f.write_text("a;b\n1;2\n", encoding="utf-8")
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders"]) == 4
    assert names(vault_path) == []
