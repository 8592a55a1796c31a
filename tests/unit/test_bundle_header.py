"""A bundle header with odd JSON is a damaged header (exit 4), in the user's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.team.bundle import MAGIC
from app.vault import Vault
from tests.conftest import PASSPHRASE

GOOD = {"format": 1, "kind": "changes", "schema": "0004", "team_id": "t", "sender": "s", "sequence": 1,
        "base": ""}


@pytest.mark.parametrize("head", [
    json.dumps({**GOOD, "format": "1"}),
    json.dumps({**GOOD, "format": None}),
    json.dumps({**GOOD, "sequence": [1]}),
    json.dumps({**GOOD, "sequence": True}),
    json.dumps({**GOOD, "sender": {"a": 1}}),
    json.dumps({**GOOD, "extra": 1}),
    json.dumps([GOOD]),
    "[" * 50_000 + "]" * 50_000,
    '{"format": ' * 5000 + "1" + "}" * 5000,
    "\udcff",
])
def test_odd_headers_are_refused_cleanly(tmp_path: Path, head: str, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.verbind"
    Vault.create(path, PASSPHRASE)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["team", "init", str(path), "--member", "Lead"]) == 0
    bundle = tmp_path / "odd.verbind-bundle"
    bundle.write_bytes(MAGIC + head.encode("utf-8", "surrogateescape") + b"\n" + b"\0" * 64)
    capsys.readouterr()
    code = main(["exchange", "import", str(path), str(bundle), "--lang", "en"])
    err = capsys.readouterr().err
    if head == json.dumps({**GOOD, "extra": 1}):
        assert code == 4 and "Traceback" not in err  # a sound header of another team: refused as such
    else:
        assert code == 4 and "header" in err, err



def test_team_messages_follow_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.verbind"
    Vault.create(path, PASSPHRASE)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASSPHRASE)
    assert main(["team", "init", str(path), "--member", "Lead"]) == 0
    assert main(["team", "init", str(path), "--member", "Lead", "--lang", "en"]) == 1
    assert "already a team vault" in capsys.readouterr().err
    assert main(["team", "invite", str(path), "--member", "lead", "-o", str(tmp_path / "i.verbind-bundle")]) == 1
    assert "al in gebruik" in capsys.readouterr().err
