"""`verbind report` headless: fresh figures, --from-snapshot, stakeholder map, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.demo import create_demo_vault
from app.reports import snapshot as snap
from app.reports.wizard import new_state


@pytest.fixture
def demo_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.verbind"
    vault, _ = create_demo_vault(path)
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    return path


def test_report_fresh_and_from_snapshot(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", str(demo_path), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "-o", str(out)]) == 0
    assert PdfReader(str(out)).pages
    # several networks: --network is needed
    assert main(["report", str(demo_path), "--period", "2025-2026", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--network" in capsys.readouterr().err
    assert main(["report", str(demo_path), "--network", "Wijkambassadeurs Lommel", "--period", "2025-2026",
                 "--from-snapshot", "-o", str(tmp_path / "s.pdf")]) == 1
    assert "bevroren" in capsys.readouterr().err
    assert not (tmp_path / "s.pdf").exists()
    from app.vault import Vault

    with Vault.open(demo_path, "verbind-demo") as vault, vault.session() as session:
        from app.commands.common import resolve_network

        net = resolve_network(session, "Wijkambassadeurs Lommel")
        state = new_state(net.id, "2025-2026", "en")
        state["narrative"]["summary"] = "Signals were answered faster."
        snap.freeze(session, net.id, state)
        session.commit()
    assert main(["report", str(demo_path), "--network", "Wijkambassadeurs Lommel", "--period", "2025-2026",
                 "--from-snapshot", "-o", str(tmp_path / "s.pdf")]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "Signals were answered faster." in text
    assert main(["report", str(demo_path), "--network", "Wijkambassadeurs Lommel", "--period", "2026",
                 "--stakeholder-map", "-o", str(tmp_path / "map.pdf")]) == 0
    assert "Dorpsraad" in PdfReader(str(tmp_path / "map.pdf")).pages[0].extract_text()
    assert main(["report", str(demo_path), "--network", "Wijkambassadeurs Lommel", "--period", "26",
                 "-o", str(tmp_path / "y.pdf")]) == 1


def test_report_author_is_on_the_cover_and_in_the_metadata(demo_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", str(demo_path), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "--author", "Sara  De Smet, jeugddienst", "-o", str(out)]) == 0
    reader = PdfReader(str(out))
    assert reader.metadata is not None and reader.metadata.author == "Sara De Smet, jeugddienst"
    assert "Opgesteld door" in (reader.pages[0].extract_text() or "")
    assert "Sara De Smet, jeugddienst" in " ".join((reader.pages[0].extract_text() or "").split())
    assert main(["report", str(demo_path), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "--author", "X", "--from-snapshot", "-o", str(tmp_path / "s.pdf")]) == 1
    assert "--author" in capsys.readouterr().err and not (tmp_path / "s.pdf").exists()
