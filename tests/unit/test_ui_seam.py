"""The seam between the screens and the data: under ui/, only ui/ops.py imports SQLAlchemy, opens
sessions or commits; everything else reaches the data through it (and app/ never imports ui/,
checked in test_layering.py). Also: no view module grows past ~400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import ui

ROOT = Path(ui.__file__).parent
SEAM = ROOT / "ops.py"
MAX_LINES = 420
ALLOWED_COMMIT_RECEIVERS = {"self.pending"}  # a PendingVault's commit (the new vault's files), not a session's


def offences(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):  # typing-only imports too: a screen has no use for SQLAlchemy's types
        if isinstance(node, ast.Import):
            found += [f"{name}:{node.lineno} imports {a.name}" for a in node.names if a.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            found.append(f"{name}:{node.lineno} imports {node.module}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = ast.unparse(node.func.value)
            if node.func.attr == "commit" and receiver not in ALLOWED_COMMIT_RECEIVERS:
                found.append(f"{name}:{node.lineno} calls {receiver}.commit()")
            if node.func.attr == "session" and not node.args:
                found.append(f"{name}:{node.lineno} opens {receiver}.session()")
    return found


def test_only_the_seam_touches_the_database() -> None:
    modules = [p for p in ROOT.rglob("*.py") if p != SEAM]
    assert len(modules) > 20
    found = [o for p in modules for o in offences(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT.parent)))]
    assert found == []


def test_the_check_catches_each_kind_of_offence() -> None:
    source = ("from sqlalchemy import select\nimport sqlalchemy.orm\nsession.commit()\nctx.vault.session()\n"
              "self.pending.commit()\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
              "    from sqlalchemy.orm import Session\n")
    assert sorted(o.split(" ", 1)[1] for o in offences(source, "x.py")) == sorted(
        ["imports sqlalchemy", "imports sqlalchemy.orm", "imports sqlalchemy.orm", "calls session.commit()",
         "opens ctx.vault.session()"])


def test_no_view_module_is_too_long() -> None:
    long = [f"{p.relative_to(ROOT.parent)}: {n} lines" for p in (ROOT / "tabs").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert long == []
