"""Partners per strategy on the network profile (#19, seed 001 step 3): typed in the Netwerk tab,
kept in the vault, printed in the report's introduction."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.domain import Network
from app.reports import snapshot as snap
from app.reports.pdf import write_report
from app.reports.wizard import new_state
from ui.main_window import MainWindow


def test_partners_of_a_chosen_strategy_are_saved_and_reported(opened: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = opened
    window.select_tab("network")
    tab = window.tabs["network"]
    box, edit = tab.strategy_boxes["outreach"], tab.partner_edits["outreach"]
    box.setChecked(False)
    assert edit.isHidden()  # a strategy not chosen asks for no partners
    box.setChecked(True)
    assert not edit.isHidden()
    edit.setText("  Straathoekwerk,   de wijkagent ")
    assert tab.save(), tab.error.text()
    with window.ctx.vault.session() as s:
        net = s.get(Network, window.ctx.network_id)
        assert net is not None
        assert net.strategy_partners["outreach"] == "Straathoekwerk, de wijkagent"
        state = new_state(net.id, "2025-2026", "nl")
        state["data"] = snap.compute(s, net.id, "2025-2026")
    write_report(state, tmp_path / "r.pdf")
    text = " ".join("".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "r.pdf")).pages).split())
    assert "(met Straathoekwerk, de wijkagent)" in text
    # unticking keeps what was typed (nothing lost) but the report leaves it out
    box.setChecked(False)
    assert tab.save(), tab.error.text()
    with window.ctx.vault.session() as s:
        net = s.get(Network, window.ctx.network_id)
        assert net is not None and net.strategy_partners.get("outreach") == "Straathoekwerk, de wijkagent"
        assert "outreach" not in snap.compute(s, net.id, "2025-2026")["network"]["strategy_partners"]


def test_too_long_partners_are_refused_with_a_message() -> None:
    from app.errors import ValidationError
    from app.services import network as service

    try:
        service.validate({"strategy_partners": {"outreach": "x" * 501}})
    except ValidationError as exc:
        assert "500 tekens" in str(exc) and exc.field == "p_outreach"
    else:
        raise AssertionError("501 characters were accepted")
