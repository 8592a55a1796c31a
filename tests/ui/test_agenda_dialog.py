"""pytest-qt: Extra → Agenda exporteren… writes the chosen kinds of coming events to an .ics file."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.unit.test_agenda import CHILD, fill
from ui.dialogs.agenda_dialog import AgendaDialog
from ui.main_window import MainWindow


def test_agenda_from_the_extra_menu(opened: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = opened
    ctx = window.ctx
    assert ctx.vault is not None and ctx.network_id
    with ctx.vault.session() as s:
        from app.domain import Network

        net = s.get(Network, ctx.network_id)
        assert net is not None
        fill(s, net, TODAY)
        s.commit()
    action = next(a for m in window.menuBar().actions() if m.menu() is not None
                  for a in m.menu().actions() if a.text() == "Agenda exporteren…")
    assert action.isEnabled()
    dialog = AgendaDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for check in dialog.kinds.values():
        check.setChecked(False)
    dialog.path.setText(str(tmp_path / "agenda"))
    dialog.export()
    assert dialog.error.isVisible() and "minstens één" in dialog.error.text()
    dialog.kinds["terms"].setChecked(True)
    dialog.kinds["milestones"].setChecked(True)
    dialog.export()
    written = tmp_path / "agenda.ics"  # the extension is added
    assert dialog.written == (written, len(Calendar.from_ical(written.read_bytes()).walk("VEVENT")))
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]).split("-")[0] for e in events} == {"term", "milestone"}
    assert CHILD not in written.read_text()
    assert "afspraken bewaard in" in dialog.done_label.text()
    dialog.path.setText(str(tmp_path / "no-such-folder" / "a.ics"))
    dialog.export()
    assert "bestaat niet" in dialog.error.text()
    dialog.close()
