"""pytest-qt: the export dialog writes nothing until the user acknowledges the file is not
encrypted, then writes a neutralised file of the chosen kind and network; the audit viewer shows who
changed which fields — never the values — and filters by kind, action and date."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import AuditEntry, Network, Stakeholder
from tests.ui.shots import shot
from ui.context import AppContext
from ui.dialogs.audit_viewer import AuditViewer
from ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: date(2026, 11, 24))
    c.vault = vault
    with vault.session() as s:
        mine, other = Network(name="Wijkambassadeurs Mol"), Network(name="Ander netwerk")
        s.add_all([mine, other])
        s.flush()
        s.add_all([Stakeholder(network_id=mine.id, name="=HYPERLINK(\"http://x\")", side="supply",
                               notes="geheime notitie"),
                   Stakeholder(network_id=mine.id, name="Chiro Balen", side="supply"),
                   Stakeholder(network_id=other.id, name="Elders", side="demand")])
        s.commit()
        c.network_id = mine.id
    return c


def test_export_needs_acknowledgement_and_neutralises(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("verbind-stakeholders-2026-11-24.xlsx")
    target = tmp_path / "register.csv"
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(target))
    dialog.path.setModified(True)
    assert not dialog.export_button.isEnabled()
    dialog.export()  # not acknowledged: refused, nothing written
    assert not target.exists() and "niet versleuteld" in dialog.error.text()
    dialog.understood.setChecked(True)
    shot(dialog, "export-dialog")
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert sorted(r["name"] for r in rows) == ["'=HYPERLINK(\"http://x\")", "Chiro Balen"]
    assert "2 rijen" in dialog.done_label.text()
    # all networks, as JSON
    dialog.written = None
    dialog.scope.setCurrentIndex(dialog.scope.findData("all"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.path.setText(str(tmp_path / "alles"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert len(json.loads((tmp_path / "alles.json").read_text(encoding="utf-8"))) == 3
    # a folder that does not exist: a clear message
    dialog.path.setText(str(tmp_path / "nergens" / "x.xlsx"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.export()
    assert "bestaat niet" in dialog.error.text()
    dialog.written = None
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    wb = load_workbook(tmp_path / "x.xlsx")
    assert wb.active.max_row == 4  # header + 3
    wb.close()


def test_audit_viewer_fields_never_values_and_filters(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.vault.session() as s:
        sh = s.query(Stakeholder).filter_by(name="Chiro Balen").one()
        sh.notes = "zeer geheime waarde"
        sh.places_available = 4
        s.commit()
        s.add(AuditEntry(at=datetime(2025, 1, 2, 10, 0), actor="oud", action="erase", table_name="trajectory",
                         record_id="abcdef12-0000", fields=[]))
        s.commit()
    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    model = viewer.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    flat = " ".join(str(x) for row in texts for x in row)
    assert "zeer geheime waarde" not in flat and "geheime notitie" not in flat
    update = next(row for row in texts if row[2] == "gewijzigd")
    assert update[3] == "Stakeholder" and "Notities" in update[5] and "Vrije plaatsen" in update[5]
    shot(viewer, "audit-viewer")
    viewer.action.setCurrentIndex(viewer.action.findData("erase"))
    assert model.rowCount() == 1 and model.index(0, 3).data() == "Traject"
    viewer.action.setCurrentIndex(0)
    viewer.date_to.setText("31/12/2025")
    viewer.apply()
    assert model.rowCount() == 1
    viewer.date_to.setText("31/02/2025")
    viewer.apply()
    assert "datum" in viewer.count.text().lower() or "31/02" in viewer.count.text()


def test_audit_model_pages(ctx: AppContext, qtbot: QtBot, qtmodeltester: Any) -> None:
    from ui.dialogs import audit_viewer

    with ctx.vault.session() as s:
        before = s.query(AuditEntry).count()
        s.add_all([AuditEntry(actor="x", action="update", table_name="stakeholder", record_id=f"r{i}",
                              fields=["notes"]) for i in range(2 * audit_viewer.PAGE + 20)])
        s.commit()
    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    model = viewer.model
    assert model.rowCount() == before + 2 * audit_viewer.PAGE + 20
    read = model.pages_read()
    assert read < 3  # not every page is read before the user scrolls to it (the view samples a few rows)
    assert model.index(audit_viewer.PAGE + 5, 1).data() == "x"
    assert model.pages_read() >= read
    qtmodeltester.check(model)


def test_export_over_a_vault_file_through_a_symlink_is_refused(ctx: AppContext, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    key = Path(f"{ctx.vault.path}.key")  # type: ignore[union-attr]
    before = key.read_bytes()
    link = tmp_path / "register.csv"
    link.symlink_to(key)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(link))
    dialog.understood.setChecked(True)
    dialog.export()
    qtbot.waitUntil(lambda: "nooit overheen" in dialog.error.text(), timeout=30_000)
    assert key.read_bytes() == before and dialog.written is None
