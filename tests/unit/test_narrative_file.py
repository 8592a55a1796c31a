"""The narrative file of `verbind report --narrative`: what a good file fills in, each mistake
refused with its line and a way to fix it, the CLI end to end; and a final report that leaves
out the narrative sections without text while a draft shows the gaps."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.cli import main
from app.demo import create_demo_vault
from app.domain import Network, ReportSnapshot
from app.errors import BadInputError
from app.reports import snapshot as snap
from app.reports.content import NARRATIVE_SECTIONS, PROCESS_CRITERIA, RESULTS
from app.reports.narrative_file import parse_markdown, read_narrative_file
from app.reports.pdf import write_report
from app.reports.wizard import new_state
from app.vault import Vault

TODAY = date(2026, 11, 24)

GOOD = """\
# Samenvatting
Een **goed** jaar: meer scholen aan boord.

- drie nieuwe clubs
- een tweede wijk

# Highlights
"Mijn dochter zit nu bij de scouts."

# sustainability
De gemeente neemt de functie op in het meerjarenplan.

# Procescriteria
- [x] connect: 30 kinderen toegeleid naar 12 clubs
- [ ] inform
- [X] signals

# Results
- [x] vision: visietekst goedgekeurd

# Aanbevelingen
- Een tweede ambassadeur aanwerven | Schepen van Jeugd | 2027-03-31
- Scholen vroeger betrekken
- Meer ouders bereiken | Team |
"""


def test_a_good_file_fills_every_part() -> None:
    parts = parse_markdown(GOOD, "n.md")
    assert parts.narrative == {
        "summary": "Een **goed** jaar: meer scholen aan boord.\n\n- drie nieuwe clubs\n- een tweede wijk",
        "sustainability": "De gemeente neemt de functie op in het meerjarenplan."}
    assert parts.highlights == '"Mijn dochter zit nu bij de scouts."'
    assert parts.criteria is not None and parts.results is not None
    assert parts.criteria["connect"] == {"ticked": True, "evidence": "30 kinderen toegeleid naar 12 clubs"}
    assert parts.criteria["inform"] == {"ticked": False, "evidence": ""}
    assert parts.criteria["signals"] == {"ticked": True, "evidence": ""}
    assert set(parts.criteria) == {k for k, _, _ in PROCESS_CRITERIA}
    assert parts.results["vision"]["ticked"] and set(parts.results) == {k for k, _, _ in RESULTS}
    assert parts.recommendations == [
        {"text": "Een tweede ambassadeur aanwerven", "owner": "Schepen van Jeugd", "due": "2027-03-31"},
        {"text": "Scholen vroeger betrekken", "owner": "", "due": ""},
        {"text": "Meer ouders bereiken", "owner": "Team", "due": ""}]
    state = parts.apply(new_state("n1", "2025-2026"))
    assert state["narrative"]["summary"].startswith("Een **goed** jaar")
    assert state["narrative"]["introduction"] == ""  # not in the file: left as it was
    assert set(state["narrative"]) == set(NARRATIVE_SECTIONS)
    assert state["recommendations"] == parts.recommendations and state["criteria"]["connect"]["ticked"]


def test_english_titles_and_keys_are_headings_too() -> None:
    parts = parse_markdown("# Summary\nA good year.\n\n# Conclusions and recommendations\nGo on.\n# factors\nTime.\n")
    assert parts.narrative == {"summary": "A good year.", "conclusions": "Go on.", "factors": "Time."}
    assert parts.criteria is None and parts.recommendations is None and parts.highlights is None
    state = parts.apply(new_state("n1", "2025"))
    assert state["criteria"] == new_state("n1", "2025")["criteria"]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("# Samenvating\nx\n", 1, ["onbekende kop ‘# Samenvating’", "# Samenvatting", "# Borging", "# Aanbevelingen"]),
    ("Een jaar\n# Samenvatting\n", 1, ["tekst vóór de eerste kop", "# Samenvatting"]),
    ("\n\n", 1, ["geen enkele kop"]),
    ("# Samenvatting\na\n# Summary\nb\n", 3, ["twee keer", "regel 1"]),
    ("# Procescriteria\n- [x] verbinden: ja\n", 2, ["onbekend criterium ‘verbinden’", "relations, inform, connect"]),
    ("# Resultaten\n- [x] connect\n", 2, ["onbekend criterium ‘connect’", "exchange, accessibility"]),
    ("# Procescriteria\n- [ ] connect: 30 kinderen\n", 2, ["niet aangevinkt", "- [x] connect"]),
    ("# Procescriteria\nconnect gedaan\n", 2, ["geen regel van de procescriteria", "- [x] sleutel: bewijs"]),
    ("# Aanbevelingen\n\n- Doen | Jan | 31/12/2026\n", 3, ["‘31/12/2026’ is geen datum", "JJJJ-MM-DD"]),
    ("# Aanbevelingen\n- Doen | Jan | 2026-02-30\n", 2, ["geen datum"]),
    ("# Aanbevelingen\n- a | b | 2026-01-01 | d\n", 2, ["geen aanbeveling", "- tekst | wie | JJJJ-MM-DD"]),
    ("# Aanbevelingen\n- | Jan | 2026-01-01\n", 2, ["geen aanbeveling"]),
    ("# Aanbevelingen\nDoen\n", 2, ["geen aanbeveling"]),
])
def test_each_mistake_names_the_file_the_line_and_the_fix(text: str, line: int, words: list[str]) -> None:
    with pytest.raises(BadInputError) as info:
        parse_markdown(text, "toelichting.md")
    message = str(info.value)
    assert message.startswith(f"toelichting.md, regel {line}: "), message
    for w in words:
        assert w in message, message
    assert info.value.exit_code == 4


def test_messages_in_english_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match=r"^n\.md, line 1: unknown heading ‘# Samenvating’\. Use one of: # Summary"):
        parse_markdown("# Samenvating\n", "n.md", "en")
    with pytest.raises(BadInputError, match="kan .* niet lezen"):
        read_narrative_file(tmp_path / "missing.md")
    (tmp_path / "latin.md").write_bytes("# Samenvatting\ncaf\xe9\n".encode("latin-1"))
    with pytest.raises(BadInputError, match="UTF-8"):
        read_narrative_file(tmp_path / "latin.md")
    (tmp_path / "n.yaml").write_text("narrative: {}\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="YAML wordt niet ondersteund.*Markdown"):
        read_narrative_file(tmp_path / "n.yaml")
    (tmp_path / "bom.md").write_text("\ufeff# Samenvatting\nMet BOM.\n", encoding="utf-8")
    assert read_narrative_file(tmp_path / "bom.md").narrative == {"summary": "Met BOM."}


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.verbind"
    vault, _ = create_demo_vault(path, today=TODAY)
    vault.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    monkeypatch.setenv("VERBIND_HOME", str(tmp_path / "home"))
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_cli_narrative_fills_the_report_headless(demo: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "n.md").write_text(GOOD, encoding="utf-8")
    args = ["report", str(demo), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026"]
    assert main([*args, "--narrative", str(tmp_path / "n.md"), "-o", str(tmp_path / "r.pdf")]) == 0
    text = pdf_text(tmp_path / "r.pdf")
    for piece in ("meer scholen aan boord", "dochter zit nu bij de scouts", "meerjarenplan",
                  "30 kinderen toegeleid naar 12 clubs", "visietekst goedgekeurd"):
        assert piece in text, piece
    assert "Geen toelichting toegevoegd." in text  # made without freezing: a draft shows the gaps
    # the workbook takes the same file (criteria and evidence are in the annex table)
    assert main([*args, "--narrative", str(tmp_path / "n.md"), "-o", str(tmp_path / "r.xlsx")]) == 0
    from openpyxl import load_workbook

    annex = [r for ws in load_workbook(tmp_path / "r.xlsx") for r in ws.iter_rows(values_only=True)]
    assert any(r[2] == "30 kinderen toegeleid naar 12 clubs" and r[1] == "ja" for r in annex if len(r) > 2)
    capsys.readouterr()
    (tmp_path / "bad.md").write_text("# Samenvatting\nok\n# Aanbevelingen\n- Doen | Jan | morgen\n", encoding="utf-8")
    assert main([*args, "--narrative", str(tmp_path / "bad.md"), "-o", str(tmp_path / "bad.pdf")]) == 4
    err = capsys.readouterr().err
    assert "bad.md, regel 4: ‘morgen’ is geen datum" in err and not (tmp_path / "bad.pdf").exists()
    assert main([*args, "--narrative", str(tmp_path / "none.md"), "-o", str(tmp_path / "x.pdf")]) == 4
    assert main([*args, "--narrative", str(tmp_path / "n.md"), "--from-snapshot", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--narrative kan niet samen met --from-snapshot" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def frozen_payload(demo: Path, narrative: dict[str, str]) -> tuple[dict[str, Any], str]:
    with Vault.open(demo, "verbind-demo") as vault, vault.session() as s:
        net = s.query(Network).filter_by(kind="connection").one()
        state = new_state(net.id, "2025-2026", "nl")
        state["narrative"].update(narrative)
        row = snap.freeze(s, net.id, state, today=TODAY)
        s.commit()
        return dict(row.payload), row.id


def test_a_final_report_leaves_out_empty_narrative_sections_a_draft_shows_them(demo: Path, tmp_path: Path) -> None:
    payload, snap_id = frozen_payload(demo, {"summary": "Samen sterk.", "factors": "Tijd en vertrouwen."})
    assert payload["status"] == "final"
    with Vault.open(demo, "verbind-demo") as vault, vault.session() as s:
        assert s.get(ReportSnapshot, snap_id).status == payload["status"]  # type: ignore[union-attr]
    write_report(payload, tmp_path / "final.pdf")
    final = pdf_text(tmp_path / "final.pdf")
    assert "Geen toelichting toegevoegd." not in final
    assert "Samen sterk." in final and "Succes- en faalfactoren" in final and "Tijd en vertrouwen." in final
    assert "Conclusies en aanbevelingen" not in final  # narrative only, no text: gone
    # the introduction and the borging section print the network profile's facts: they stay,
    # with the facts and without a placeholder for the missing text
    assert "Inleiding" in final and "Het netwerk in het kort" in final
    assert "Borging" in final and "Wat de werking duurzaam maakt" in final
    for title in ("Throughput", "Output: bereik", "Doelen en indicatoren", "Bijlage"):  # figures stay
        assert title in final, title
    write_report({**payload, "status": "draft"}, tmp_path / "draft.pdf")
    draft = pdf_text(tmp_path / "draft.pdf")
    assert "Geen toelichting toegevoegd." in draft and "Inleiding" in draft and "Borging" in draft


def test_cli_from_snapshot_makes_the_final_pdf_even_of_an_older_payload(demo: Path, tmp_path: Path) -> None:
    payload, snap_id = frozen_payload(demo, {"summary": "Samen sterk."})
    with Vault.open(demo, "verbind-demo") as vault, vault.session() as s:
        row = s.get(ReportSnapshot, snap_id)
        assert row is not None
        row.payload = {k: v for k, v in payload.items() if k != "status"}  # frozen before "status" existed
        s.commit()
    assert main(["report", str(demo), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026",
                 "--from-snapshot", "-o", str(tmp_path / "s.pdf")]) == 0
    text = pdf_text(tmp_path / "s.pdf")
    assert "Samen sterk." in text and "Geen toelichting toegevoegd." not in text
    assert "Conclusies en aanbevelingen" not in text
