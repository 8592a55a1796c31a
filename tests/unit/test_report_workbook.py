"""The report's figures as a workbook: every table of the PDF (the same RecordedTable source) on
the sheet of its section, numbers as real numbers that print back to exactly the PDF's text,
suppressed cells kept as text, the About sheet, and `verbind report --format xlsx` end to end."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from app.cli import main
from app.demo import create_demo_vault
from app.domain import Network
from app.reports import snapshot as snap
from app.reports.content import SECTIONS
from app.reports.pdf import Report
from app.reports.wizard import new_state
from app.reports.workbook import NumberStyle, by_section, parse_cell, sheet_names, write_workbook
from app.vault import Vault

TODAY = date(2026, 11, 24)
KINDS = ["connection", "entrepreneur", "neighbourhood", "local"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "demo.verbind"
    vault, _ = create_demo_vault(path, today=TODAY)
    vault.close()
    return path


def payload_for(demo: Path, kind: str, period: str = "2025-2026", lang: str = "nl") -> dict[str, Any]:
    with Vault.open(demo, "verbind-demo") as vault, vault.session() as s:
        net = s.query(Network).filter_by(kind=kind).one()
        label = snap.period_for(s, net.id, period).label
        state = new_state(net.id, label, lang)
        state["data"] = snap.compute(s, net.id, label, TODAY)
    return state


def printed(cell: Cell, report: Report) -> str:
    """A workbook number printed back the way the report prints it (independent of parse_cell)."""
    fmt, value = cell.number_format, cell.value
    assert isinstance(value, (int, float)), (cell.coordinate, value)
    places = len(re.search(r"\.(0+)", fmt).group(1)) if "." in fmt else 0  # type: ignore[union-attr]
    if fmt.endswith("%"):
        return f"{report.num(value * 100, places)} %"
    if fmt.startswith('"€"'):
        return f"€ {report.num(value, places)}"
    if fmt.startswith("+"):
        return f"{'+' if value >= 0 else ''}{report.num(value, places)}"
    return report.num(value, places)


def check_book(path: Path, payload: dict[str, Any]) -> Report:
    report = Report(payload)
    tables = report.tables()
    book = load_workbook(path)
    groups = by_section(tables)
    names = sheet_names(list(groups), report.lang)
    assert book.sheetnames == [("About" if report.lang == "en" else "Over dit bestand"), *names.values()]
    for section, group in groups.items():
        ws = book[names[section]]
        row_no = 0
        for n, table in enumerate(group):
            if n:
                row_no += 1
                assert all(c.value is None for c in ws[row_no]), "a blank row between tables"
            for i, cells in enumerate(table.rows):
                row_no += 1
                for col, text in enumerate(cells, start=1):
                    cell = ws.cell(row=row_no, column=col)
                    if i < table.header_rows:
                        assert cell.font.b and (cell.value or "") == text
                    elif isinstance(cell.value, (int, float)):
                        assert printed(cell, report) == text.strip()
                    else:
                        assert (cell.value or "") == text, (section, row_no, col)
        first = group[0].header_rows
        assert ws.freeze_panes == (f"A{first + 1}" if first else None)  # no heading row: nothing frozen
        assert ws.max_row == row_no
    return report


@pytest.mark.parametrize("kind", KINDS)
def test_every_table_of_the_pdf_is_in_the_workbook_as_printed(demo: Path, tmp_path: Path, kind: str) -> None:
    payload = payload_for(demo, kind)
    out = tmp_path / "cijfers.xlsx"
    write_workbook(payload, out)
    report = check_book(out, payload)
    sections = {t.section for t in report.tables()}
    assert sections >= {"summary", "input", "throughput"}
    # the annex holds seed 001's youth-work criteria: only a connection network's report has it
    assert ("annex" in sections) == (kind == "connection")
    assert [p.name for p in tmp_path.iterdir()] == ["cijfers.xlsx"]  # no temp file left behind


def test_numbers_are_numbers_and_suppressed_cells_stay_text(demo: Path, tmp_path: Path) -> None:
    payload = payload_for(demo, "connection")
    out = tmp_path / "c.xlsx"
    write_workbook(payload, out)
    tables = Report(payload).tables()
    small = [(t.section, r[0], j) for t in tables for r in t.rows[t.header_rows:] for j, c in enumerate(r) if c == "< 5"]
    assert small, "the demo's Gent network has suppressed closing reasons"
    book = load_workbook(out)
    names = sheet_names(list(by_section(tables)), "nl")
    for section, name, col in small:
        row = next(r for r in book[names[section]].iter_rows(values_only=True) if r[0] == name)
        assert row[col] == "< 5"
    summary = list(book["Samenvatting"].iter_rows(values_only=True))
    started = next(r for r in summary if r[0] == "Trajecten gestart")
    assert isinstance(started[1], int) and started[1] > 0
    outcome = book[names["outcome"]]
    shares = [c for row in outcome.iter_rows() for c in row if c.number_format.endswith("%")]
    assert shares and all(isinstance(c.value, float) and 0 <= c.value <= 1 for c in shares)
    budget = next(r for r in book[names["input"]].iter_rows() if r[0].value == "Budget")[1]
    assert isinstance(budget.value, (int, float)) and budget.number_format.startswith('"€"')


def test_english_report_and_about_sheet_of_a_final_report(demo: Path, tmp_path: Path) -> None:
    payload = payload_for(demo, "neighbourhood", "2025", "en")
    payload["status"] = "final"
    payload["options"]["suppression"] = 3
    out = tmp_path / "figures.xlsx"
    write_workbook(payload, out)
    report = check_book(out, payload)
    about = {r[0]: r[1] for r in load_workbook(out)["About"].iter_rows(values_only=True) if r[0]}
    assert about["Network"] == "Wijkambassadeurs Lommel" and about["Period"] == "2025"
    assert about["Starts on"] and about["Ends on"]
    assert about["Status"].startswith("final") and about["Provisional"] == "no"
    assert about["Small-count threshold"] == "3" and "below 3" in about["‘< 3’ means"]
    assert about["Confidential"] == payload["options"]["footer"]
    assert report.lang == "en"


def test_parse_cell_reads_the_printed_number_formats_back() -> None:
    nl, en = NumberStyle(".", ","), NumberStyle(",", ".")
    assert parse_cell("1.234", nl) == (1234, "#,##0")
    assert parse_cell("12,5", nl) == (12.5, "#,##0.0")
    assert parse_cell("45 %", nl) == (0.45, "0%")
    assert parse_cell("€ 1.234,50", nl) == (1234.5, '"€" #,##0.00')
    assert parse_cell("+12", nl) == (12, "+#,##0;-#,##0;0")
    assert parse_cell("-3", nl) == (-3, "#,##0")
    assert parse_cell("1,234", en) == (1234, "#,##0") and parse_cell("12.5", en) == (12.5, "#,##0.0")
    for text in ("< 5", "x", "–", "≈ 616", "+12 (+12 %)", "31/08/2026", "2025-2026", "1.23", "12,5 %x", ""):
        assert parse_cell(text, nl) == (text, None)


def test_sheet_names_are_valid_and_unique() -> None:
    for lang in ("nl", "en"):
        keys = [k for k, _, _ in SECTIONS]
        names = sheet_names(keys, lang)
        assert len(set(n.lower() for n in names.values())) == len(keys)
        for name in names.values():
            assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name)
    assert sheet_names(["throughput"], "nl") == {"throughput": "Throughput"}
    assert sheet_names(["input"], "nl") == {"input": "Input middelen en partners"}


@pytest.fixture
def cli_demo(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    monkeypatch.setenv("VERBIND_HOME", str(tmp_path / "home"))
    copy = tmp_path / "demo.verbind"
    copy.write_bytes(demo.read_bytes())
    Path(str(copy) + ".key").write_bytes(Path(str(demo) + ".key").read_bytes())
    return copy


def test_cli_format_xlsx_by_flag_suffix_and_from_snapshot(cli_demo: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", str(cli_demo), "--network", "Verbindingsambassadeurs Gent", "--period", "2025-2026"]
    assert main([*args, "--format", "xlsx", "-o", str(tmp_path / "a.xlsx")]) == 0
    assert main([*args, "-o", str(tmp_path / "b.xlsx")]) == 0  # the suffix says xlsx
    assert "Cijfers van het jaarverslag bewaard" in capsys.readouterr().out
    for name in ("a.xlsx", "b.xlsx"):
        book = load_workbook(tmp_path / name)
        assert book.sheetnames[:2] == ["Over dit bestand", "Samenvatting"]
        about = {r[0]: r[1] for r in book["Over dit bestand"].iter_rows(values_only=True) if r[0]}
        assert about["Status"].startswith("concept")
    # --format against the file's suffix: refused before anything is written
    assert main([*args, "--format", "xlsx", "-o", str(tmp_path / "c.pdf")]) == 1
    assert "--format xlsx past niet bij" in capsys.readouterr().err
    assert main([*args, "--format", "pdf", "-o", str(tmp_path / "c.xlsx")]) == 1
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "c.xlsx").exists()
    assert main([*args, "--stakeholder-map", "--format", "xlsx", "-o", str(tmp_path / "m")]) == 1
    assert "alleen als PDF" in capsys.readouterr().err
    # a PDF file in the way of a workbook: the usual refusal
    (tmp_path / "d.xlsx").write_bytes(b"%PDF-1.4 not a workbook")
    assert main([*args, "-o", str(tmp_path / "d.xlsx")]) == 1
    assert (tmp_path / "d.xlsx").read_bytes().startswith(b"%PDF")
    # from a frozen report: its own figures and its final status
    with Vault.open(cli_demo, "verbind-demo") as vault, vault.session() as s:
        net = s.query(Network).filter_by(name="Verbindingsambassadeurs Gent").one()
        state = new_state(net.id, "2025-2026", "nl")
        state["options"]["suppression"] = 7
        snap.freeze(s, net.id, state, today=TODAY)
        s.commit()
    assert main([*args, "--from-snapshot", "-o", str(tmp_path / "s.xlsx")]) == 0
    about = {r[0]: r[1] for r in load_workbook(tmp_path / "s.xlsx")["Over dit bestand"].iter_rows(values_only=True)
             if r[0]}
    assert about["Status"].startswith("definitief") and about["Drempel kleine aantallen"] == "7"
    assert about["Gemaakt op"] == "24/11/2026"
