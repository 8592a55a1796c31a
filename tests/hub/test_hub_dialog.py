"""Extra → Cijfers naar de regionale hub…: the dialog shows what will be sent before anything
goes, pushes in the background, says in Dutch what to do when the hub cannot be reached or the
password is wrong, and keeps the hub's DSN in the vault without the password."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from tests.conftest import PASSPHRASE
from tests.hub.conftest import PERIOD, Hub, add_org
from tests.hub.pgcluster import _free_port
from tests.ui.shots import shot


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[Any]:
    from app.config import Settings
    from app.demo import create_demo_vault
    from app.domain import Network
    from app.reports import snapshot as snap
    from app.reports import wizard
    from ui.context import AppContext
    from ui.main_window import MainWindow

    vault, _ = create_demo_vault(tmp_path / "genk.verbind", seed=51, passphrase=PASSPHRASE)
    with vault.session() as s:
        for net in s.scalars(select(Network)).all():
            snap.freeze(s, net.id, wizard.new_state(net.id, PERIOD))
        s.commit()
    w = MainWindow(AppContext(Settings(), clock=lambda: date(2026, 11, 24)))
    qtbot.addWidget(w)
    w.vault_opened(vault)
    yield w
    w.close()


def test_the_hub_dialog_shows_then_sends(window: Any, hub: Hub, qtbot: QtBot) -> None:
    from app.hub import push as hub_push
    from ui import ops
    from ui.dialogs.hub_dialog import HubDialog

    role, _target = add_org(hub, "Stad Genk", "genk-geheim")
    dialog = HubDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "hub-dialog-preview")
    shown = dialog.preview.toPlainText()
    assert "Verbindingsambassadeurs Gent [Verbindingsambassadeurs jeugdwerk]: profiel; verslagen: 2025-2026" in shown
    assert "Nooit: personen, contactpersonen, ambassadeurs, trajecten" in shown
    # nothing typed: said, nothing sent
    dialog.send()
    assert "Geef de DSN van de hub" in dialog.error.text()
    # a hub that is not there
    dialog.dsn.setText(f"host=127.0.0.1 port={_free_port()} dbname={hub.dbname} user={role.role} connect_timeout=3")
    dialog.password.setText("genk-geheim")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15000)
    assert "is niet bereikbaar" in dialog.error.text() and "Controleer je internetverbinding" in dialog.error.text()
    # a wrong password
    dialog.error.hide()
    dialog.dsn.setText(hub.dsn(role.role))
    dialog.password.setText("fout")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15000)
    assert "Verkeerd of ontbrekend wachtwoord voor de hub" in dialog.error.text()
    assert "Typ het wachtwoord" in dialog.error.text() and "VERBIND_HUB_PASSWORD" not in dialog.error.text()
    shot(dialog, "hub-dialog-wrong-password")
    with hub.admin() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub.network")).scalar_one() == 0
    # the right one: sent, progress shown, the vault keeps the DSN without the password
    dialog.password.setText("genk-geheim")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=15000)
    assert "Verstuurd als ‘Stad Genk’: 4 netwerken, 4 verslagen" in dialog.done_label.text()
    assert not dialog.error.isVisible()
    shot(dialog, "hub-dialog-sent")
    with hub.admin() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub.network")).scalar_one() == 4
    stored = ops.read(window.ctx, hub_push.settings)
    assert f"user={role.role}" in stored[hub_push.DSN] and "password" not in stored[hub_push.DSN]
    assert "genk-geheim" not in "".join(stored.values())
    assert stored[hub_push.ORGANISATION_NAME] == "Stad Genk"
    dialog.close()
    again = HubDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert f"port={hub.cluster.port}" in again.dsn.text() and again.password.text() == ""
    assert "als organisatie ‘Stad Genk’" in again.preview.toPlainText()
    again.close()
