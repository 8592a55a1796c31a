"""pytest-qt, Teamuitwisseling: make a team vault, invite (the code shown large), a member joins,
both edit the same field, the lead writes a bundle to a 'USB stick' and reads the member's folder,
the summary per kind appears, the conflict is reviewed ('Andere waarde nemen'), and a tampered
bundle is refused with a message and changes nothing. The exchange runs in a child process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import ExchangeConflict, Network, Stakeholder
from app.team import team as team_svc
from app.vault import Vault
from tests.ui.shots import shot
from ui.context import AppContext
from ui.dialogs.team_panel import ConflictsDialog, ExchangeDialog, InviteDialog, TeamPanel
from ui.lock.join_dialog import JoinTeamDialog

LEAD_PW = "lead passphrase 1"
ANN_PW = "ann passphrase 22"
TIMEOUT = 60_000


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    vault, _ = Vault.create(tmp_path / "lead" / "lead.verbind", LEAD_PW)
    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        s.add(Stakeholder(network_id=net.id, name="Chiro Sint-Jozef", side="supply"))
        s.commit()
        network_id = net.id
    c = AppContext(Settings(), clock=lambda: date(2026, 11, 24))
    c.vault = vault
    c.network_id = network_id
    yield c
    if c.vault is not None:
        c.vault.close()


def notes(c: AppContext) -> str:
    with c.vault.session() as s:  # type: ignore[union-attr]
        return s.query(Stakeholder).one().notes


def test_team_panel_invite_exchange_and_conflict_review(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    panel = TeamPanel(ctx)
    qtbot.addWidget(panel)
    assert "nog geen teamkluis" in panel.findChildren(type(panel.layout_.itemAt(0).widget()))[0].text()
    shot(panel, "team-0-not-a-team")
    panel.member.setText("lead")
    panel.make_team.click()
    qtbot.waitUntil(lambda: ctx.vault is not None and team_svc.info(ctx.vault) is not None
                    and hasattr(panel, "members"), timeout=TIMEOUT)
    assert ctx.vault is not None and team_svc.info(ctx.vault).member == "lead"  # type: ignore[union-attr]

    # invite: the one-time code appears in large type
    invite = InviteDialog(ctx)
    qtbot.addWidget(invite)
    invite.member.setText("ann")
    assert invite.out.text().endswith("uitnodiging-ann.verbind-bundle")
    invite.create()
    qtbot.waitUntil(lambda: bool(invite.code), timeout=TIMEOUT)
    assert invite.code_label.text() == invite.code and len(invite.code) == 19
    shot(invite, "team-1-invite")
    ann_path = tmp_path / "ann" / "ann.verbind"
    # Ann joins from the welcome screen's "Deelnemen aan een team…"
    join = JoinTeamDialog(None, invite=Path(invite.out.text()))
    qtbot.addWidget(join)
    join.path.setText(str(ann_path))
    join.pass1.setText(ANN_PW)
    join.pass2.setText(ANN_PW)
    join.code.setText("AAAA-BBBB-CCCC-DDDD")  # a wrong code: refused, nothing made
    join.submit()
    qtbot.waitUntil(lambda: join.busy.isHidden() and not join.error.isHidden(), timeout=TIMEOUT)
    assert "code" in join.error.text().lower() and not ann_path.exists()
    join.code.setText(invite.code.lower())
    join.submit()
    qtbot.waitUntil(lambda: join.stack.currentIndex() == 1, timeout=TIMEOUT)
    shot(join, "team-1b-joined")
    opened: list[Vault] = []
    join.created.connect(opened.append)
    join.confirm.setText(join.recovery_key.split("-")[-1])
    join.submit()
    assert opened and opened[0].path == ann_path
    with opened[0].session():
        assert team_svc.info(opened[0]).member == "ann"  # type: ignore[union-attr]
    opened[0].close()

    # both change the same field; Ann later, and Ann also changes another field
    with ctx.vault.session() as s:
        s.query(Stakeholder).one().notes = "lead: woensdag"
        s.commit()
    with Vault.open(ann_path, ANN_PW) as ann, ann.session() as s:
        sh = s.query(Stakeholder).one()
        sh.notes = "ann: zaterdag"
        sh.places_available = 7
        s.commit()
    ann_folder = tmp_path / "ann-usb"
    ann_folder.mkdir()
    team_svc.export_changes(ann_path, ANN_PW, ann_folder / "verbind-ann-0001.verbind-bundle")

    changed: list[str] = []
    ctx.data_changed.connect(changed.append)
    dialog = ExchangeDialog(ctx)
    qtbot.addWidget(dialog)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(str(usb))
    dialog.write_bundle()
    qtbot.waitUntil(lambda: dialog.last_result is not None and dialog.write_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.last_result and dialog.last_result["ok"], dialog.last_result
    assert [p.name for p in usb.iterdir()] == ["verbind-lead-0001.verbind-bundle"]
    assert "weggeschreven" in dialog.result_title.text()

    dialog.last_result = None
    dialog.read_folder(ann_folder)
    qtbot.waitUntil(lambda: dialog.last_result is not None and dialog.write_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.last_result and dialog.last_result["ok"], dialog.last_result
    assert not dialog.table.isHidden()
    kinds = [dialog.table.text(r, 0) for r in range(dialog.table.rowCount())]
    assert "Stakeholder" in kinds
    row = kinds.index("Stakeholder")
    assert dialog.table.text(row, 2) == "1"  # one stakeholder changed
    assert "1 conflict wacht" in dialog.result_title.text()
    shot(dialog, "team-2-exchange")
    assert "stakeholder" in changed
    assert notes(ctx) == "ann: zaterdag"  # the newest edit won
    with ctx.vault.session() as s:
        assert s.query(Stakeholder).one().places_available == 7

    # the conflict review: take the other value (the lead's own)
    review = ConflictsDialog(ctx)
    qtbot.addWidget(review)
    assert review.table.rowCount() == 1 and review.empty.isHidden()
    assert review.table.text(0, 1) == "Chiro Sint-Jozef"
    assert review.table.text(0, 2) == "Notities"
    assert review.table.text(0, 4) == "lead: woensdag"
    shot(review, "team-3-conflicts")
    review.take_other()
    assert notes(ctx) == "lead: woensdag"
    assert review.table.isHidden() and not review.empty.isHidden()
    with ctx.vault.session() as s:
        assert s.query(ExchangeConflict).one().resolved_at is not None

    # a tampered bundle: refused with a message, nothing changes
    good = ann_folder / "verbind-ann-0001.verbind-bundle"
    bad = tmp_path / "bad.verbind-bundle"
    data = bytearray(good.read_bytes())
    data[-3] ^= 1
    bad.write_bytes(bytes(data))
    dialog.last_result = None
    dialog.read_bundles([bad])
    qtbot.waitUntil(lambda: dialog.last_result is not None and dialog.write_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.last_result and not dialog.last_result["ok"]
    assert warnings and "geweigerd" in warnings[-1]
    assert "niets veranderd" in dialog.result_title.text()
    assert notes(ctx) == "lead: woensdag"

    # the panel lists Ann with her bundle number and no pending conflicts
    panel.refresh()
    names = [panel.members.text(r, 0) for r in range(panel.members.rowCount())]
    assert names == ["lead (jij)", "ann"]
    assert panel.members.text(1, 2) == "1"
    assert panel.conflict_label.text() == "Geen conflicten."
    shot(panel, "team-4-panel")


def test_conflict_service_types_and_keep(ctx: AppContext) -> None:
    """take_other puts the stored text back in the column's type; keep only closes the conflict."""
    from app.team import conflicts

    with ctx.vault.session() as s:
        sh = s.query(Stakeholder).one()
        s.add_all([
            ExchangeConflict(table_name="stakeholder", record_id=sh.id, column="places_available", kept_value="3",
                             other_value="12", kept="incoming", sender="ann"),
            ExchangeConflict(table_name="stakeholder", record_id=sh.id, column="notes", kept_value="x",
                             other_value="y", kept="local", sender="bob"),
        ])
        s.commit()
    with ctx.vault.session() as s:
        items: list[Any] = conflicts.pending(s)
        assert {c.field_label for c in items} == {"Vrije plaatsen", "Notities"}
        places = next(c for c in items if c.field == "places_available")
        conflicts.take_other(s, places.id)
        other = next(c for c in items if c.field == "notes")
        conflicts.keep(s, other.id)
        assert conflicts.count_pending(s) == 0
        with pytest.raises(Exception, match="al afgehandeld"):
            conflicts.keep(s, other.id)
        s.commit()
    with ctx.vault.session() as s:
        sh = s.query(Stakeholder).one()
        assert sh.places_available == 12 and sh.notes == ""


def test_the_lead_removes_a_member_from_the_team_panel(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert ctx.vault is not None
    team_svc.init(ctx.vault, "lead")
    path, key = ctx.vault.path, ctx.vault.data_key
    ctx.vault.close()
    team_svc.start_base(path, key)
    team_svc.invite(path, key, "ann", tmp_path / "ann.verbind-bundle")
    ctx.vault = Vault.open_with_key(path, key)
    generation = team_svc.info(ctx.vault).generation  # type: ignore[union-attr]
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    panel = TeamPanel(ctx)
    qtbot.addWidget(panel)
    assert not panel.remove_button.isEnabled()
    row = next(i for i, m in enumerate(panel.people) if m.name == "ann")
    panel.members.selectRow(next(i for i, m in enumerate(panel.people) if m.is_self))
    assert not panel.remove_button.isEnabled()  # never yourself
    panel.members.selectRow(row)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert "ann" in asked[0] and "verwijderd" in told[0]
    assert ctx.vault is not None
    assert team_svc.info(ctx.vault).generation == generation + 1  # type: ignore[union-attr]
    assert "ann" not in {m.name for m in team_svc.members(ctx.vault)}
