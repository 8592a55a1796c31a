"""A button's clicked(bool) and an action's triggered(bool) are passed to a slot that accepts an
argument: a method like `export(self, path=None)` connected directly receives False as the path (this
silently broke the report's PDF export once). Such slots must be connected through a lambda."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).parents[2] / "ui"


def _methods_with_params(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            params = node.args.posonlyargs + node.args.args
            if len(params) > 1 and params[0].arg == "self":
                found.add(node.name)
    return found


def test_no_clicked_or_triggered_into_a_slot_with_parameters() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        with_params = _methods_with_params(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in ("clicked", "triggered")):
                continue
            if node.args and isinstance(node.args[0], ast.Attribute) and isinstance(node.args[0].value, ast.Name) \
                    and node.args[0].value.id == "self" and node.args[0].attr in with_params:
                offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno} {signal.attr} → {node.args[0].attr}")
    assert not offenders, "connect these through a lambda: " + "; ".join(offenders)
