"""pytest-qt, the import wizard end to end: a register with a title row, a problem row and a
look-alike; columns suggested and one left out; a preset saved; the dry run lists the problem and
blocks; after fixing the file and re-reading, the look-alike is kept as a separate record; the import
runs and the summary appears. Cancelling an import writes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Network, Stakeholder
from app.io import importer, presets
from tests.ui.shots import shot
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportWizard


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: date(2026, 11, 24))
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        s.add(Stakeholder(network_id=net.id, name="VZW De Speelvogel", municipality="Gent", side="supply"))
        s.commit()
        c.network_id = net.id
    return c


def write(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


HEAD = [["Stakeholderregister Gent 2026"], [], ["Naam", "Gemeente", "Relatiefase", "Intern nr"]]


def test_wizard_end_to_end(ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = write(tmp_path / "register.xlsx", HEAD + [["Chiro Sint-Jozef", "Gent", "Kennismaking", "A1"],
                                                  ["De Speelvogel vzw", "Gent", "", "A2"],
                                                  ["Jeugdhuis Kavka", "Gent", "Verliefd", "A3"]])
    changed: list[str] = []
    ctx.data_changed.connect(changed.append)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(f))
    page._load_sheets()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page
    suggested = [c.currentData() for c in mapping.combos]
    assert suggested == ["name", "municipality", "stage", importer.NOTES]
    mapping.combos[3].setCurrentIndex(mapping.combos[3].findData(importer.IGNORE))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Register Gent", True))
    mapping.save_button.click()
    assert presets.load("stakeholders", "Register Gent")["Intern nr"] == importer.IGNORE
    shot(wizard, "import-1-columns")
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.problems.rowCount() == 1 and not preview.isComplete()
    # the row number Excel shows (title, blank row and header counted)
    assert preview.problems.text(0, 0) == "6" and "Verliefd" in preview.problems.text(0, 2)
    shot(wizard, "import-2-problem")
    # fixed in Excel, read again
    write(f, HEAD + [["Chiro Sint-Jozef", "Gent", "Kennismaking", "A1"], ["De Speelvogel vzw", "Gent", "", "A2"],
                     ["Jeugdhuis Kavka", "Gent", "Onderhouden", "A3"]])
    preview.rerun()
    assert preview.isComplete() and preview.duplicates.rowCount() == 1
    assert preview.duplicates.item(0, 2).text() == "VZW De Speelvogel"
    assert "2 nieuw, 1 bijgewerkt" in preview.summary.text()
    box = preview.decision_boxes[5]
    box.setCurrentIndex(box.findData("new"))  # keep both
    assert "3 nieuw, 0 bijgewerkt" in preview.summary.text()
    shot(wizard, "import-3-preview")
    wizard.next()
    done = wizard.import_page
    qtbot.waitUntil(lambda: done.done, timeout=30_000)
    assert "3 nieuw" in done.label.text() and changed == ["stakeholder"]
    with ctx.vault.session() as s:
        rows = {x.name: x for x in s.query(Stakeholder)}
    assert set(rows) == {"VZW De Speelvogel", "De Speelvogel vzw", "Chiro Sint-Jozef", "Jeugdhuis Kavka"}
    assert rows["Chiro Sint-Jozef"].stage == "introduced" and "A1" not in rows["Chiro Sint-Jozef"].notes


def test_unreadable_file_is_explained(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "register.xlsx"
    junk.write_bytes(b"\x00\x01 dit is geen excel" * 100)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(junk))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "geen geldig Excel-bestand" in wizard.file_page.error.text()


def test_cancelled_import_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    f = write(tmp_path / "r.xlsx", [["Naam", "Gemeente"]] + [[f"Club {i}", "Gent"] for i in range(500)])
    plan = importer.plan(f, "stakeholders")
    calls: list[int] = []

    def stop_after_first(done: int, _total: int) -> bool:
        calls.append(done)
        return done == 0

    assert ctx.network_id is not None
    with ctx.vault.session() as s, pytest.raises(importer.Cancelled):
        importer.execute(s, plan, ctx.network_id, progress=stop_after_first)
    assert calls == [0, 200]
    with ctx.vault.session() as s:
        assert s.query(Stakeholder).count() == 1


def test_dry_run_shows_the_encoding_and_what_is_left_out(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """A cp1252 CSV from Excel: the dry run says how it was read, with a sample line, and another
    encoding can be chosen there; columns and footer rows that are left out are listed."""
    f = tmp_path / "register.csv"
    f.write_bytes("Naam;Gemeente;Intern nr\r\nCrèche Zonneke;Gent;A1\r\nChiro Gent;Gent;A2\r\nTotaal;;2\r\n"
                  .encode("cp1252"))
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(f))
    wizard.next()
    mapping = wizard.mapping_page
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData(importer.IGNORE))
    wizard.next()
    preview = wizard.preview_page
    assert preview.encoding_row.isVisible()
    assert "Windows-1252" in preview.encoding_sample.text() and "Crèche Zonneke" in preview.encoding_sample.text()
    assert "Niet ingevoerd: Intern nr" in preview.left_out.text()
    assert "regel 4 weggelaten (totaalrij)" in preview.left_out.text()
    assert "2 nieuw" in preview.summary.text()
    box = preview.encoding_box
    box.setCurrentIndex(box.findData("cp1250"))
    box.activated.emit(box.currentIndex())
    assert wizard.encoding == "cp1250" and "Crčche Zonneke" in preview.encoding_sample.text()
    box.setCurrentIndex(box.findData("utf-8"))
    box.activated.emit(box.currentIndex())
    assert not preview.isComplete() and "niet leesbaar als UTF-8" in preview.summary.text()
    box.setCurrentIndex(box.findData("cp1252"))
    box.activated.emit(box.currentIndex())
    assert preview.isComplete()
    shot(wizard, "import-4-encoding")
    wizard.next()
    done = wizard.import_page
    qtbot.waitUntil(lambda: done.done, timeout=30_000)
    assert "2 nieuw" in done.label.text() and "weggelaten" in done.label.text()
    with ctx.vault.session() as s:
        assert {x.name for x in s.query(Stakeholder)} == {"VZW De Speelvogel", "Crèche Zonneke", "Chiro Gent"}


def test_a_database_error_shows_no_sql_parameters(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    f = write(tmp_path / "r.xlsx", [["Naam", "Gemeente"], ["Amira El Amrani", "Gent"]])
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(f))
    wizard.next()
    wizard.next()
    assert wizard.preview_page.isComplete()

    def locked(*_a: Any, **_k: Any) -> None:
        raise OperationalError("INSERT INTO stakeholder (name) VALUES (?)", ("Amira El Amrani",),
                               sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr("sqlalchemy.orm.Session.flush", locked)
    wizard.next()
    done = wizard.import_page
    qtbot.waitUntil(lambda: done.done, timeout=30_000)
    text = done.label.text()
    assert "database is locked" in text and "Amira" not in text and "INSERT" not in text
