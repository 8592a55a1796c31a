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


def test_no_qt_import_under_app() -> None:
    root = Path(app.__file__).parent
    offenders = []
    modules = list(root.rglob("*.py"))
    assert len(modules) > 10
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for name, line in _imports(tree):
            if name.startswith(QT_PREFIXES) or name == "ui" or name.startswith("ui."):
                offenders.append(f"{module.relative_to(root.parent)}:{line} imports {name}")
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
