"""docs/vault-format.md must stay true: its example program opens a real vault."""

from __future__ import annotations

import re
from pathlib import Path

from app.demo import create_demo_vault

DOC = Path(__file__).parents[2] / "docs" / "vault-format.md"


def test_documented_example_opens_a_vault(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    vault, _ = create_demo_vault(tmp_path / "demo.verbind")
    vault.close()
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert code is not None
    program = code.group(1).replace('"demo.verbind"', repr(str(tmp_path / "demo.verbind")))
    exec(compile(program, str(DOC), "exec"), {})
    assert "Verbindingsambassadeurs Gent" in capsys.readouterr().out
