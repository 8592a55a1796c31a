"""The headless core must never import Qt: walk the AST of every module under app/."""

from __future__ import annotations

import ast
from pathlib import Path

import app

QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "shiboken2")


def _imports(tree: ast.AST) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.lineno))
    return found


# The launcher may start the GUI package, lazily inside its handlers; nothing else under app/ may.
LAUNCHER = Path("app/commands/gui.py")


def test_no_qt_import_under_app() -> None:
    root = Path(app.__file__).parent
    offenders = []
    modules = list(root.rglob("*.py"))
    assert len(modules) > 10
    for module in modules:
        rel = module.relative_to(root.parent)
        tree = ast.parse(module.read_text(encoding="utf-8"))
        top_level = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for name, line in _imports(node):
                if name.startswith(QT_PREFIXES) or (name == "ui" or name.startswith("ui.")) and (rel != LAUNCHER or id(node) in top_level):
                    offenders.append(f"{rel}:{line} imports {name}")
    assert offenders == []


def test_layering_check_detects_a_qt_import(tmp_path: Path) -> None:
    tree = ast.parse("from PySide6.QtCore import QObject\nimport os\n")
    names = [n for n, _ in _imports(tree)]
    assert any(n.startswith(QT_PREFIXES) for n in names)


def test_version_matches_pyproject() -> None:
    import tomllib

    pyproject = Path(app.__file__).parent.parent / "pyproject.toml"
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert data["project"]["version"] == app.__version__
