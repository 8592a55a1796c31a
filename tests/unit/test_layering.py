"""Layering, checked on the source (the AST of every module, nothing is imported):

- the headless core `app/` imports neither Qt nor anything of the GUI package `ui/`, anywhere —
  at module level or inside a function (the CLI finds the GUI's commands by module name);
- the modules of `app/` and `ui/` import each other without a cycle.

What the import graph counts: every `import` and `from … import` statement in a module, also the
ones inside functions, classes and `try` blocks (a lazy import is still a dependency); not the ones
under `if TYPE_CHECKING:` (never run) and not `importlib.import_module(name)` calls (a name chosen at
run time: that is how the CLI discovers its command modules). An edge goes to the module a statement
names: `import a.b` → `a.b`; `from a import b` → `a.b` when `a/b.py` (or `a/b/`) is a module, else
`a`; relative imports are resolved against the importing module's package. The implicit import of
the parent packages (`a` for `import a.b`) is not an edge of its own.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import app

QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "shiboken2")
ROOT = Path(app.__file__).resolve().parent.parent
LAYERS = ("app", "ui")

Graph = dict[str, dict[str, str]]  # module -> {imported module: "file:line" of the first such import}


def _imports(tree: ast.AST) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.lineno))
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: anywhere in the module except under `if TYPE_CHECKING:`."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node):
            yield from _import_nodes(ast.Module(body=node.orelse, type_ignores=[]))
        else:
            yield from _import_nodes(node)


def module_files(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    """Dotted module name -> file, for every module of `packages` (folders directly under `root`)."""
    modules: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def import_graph(root: Path, packages: tuple[str, ...]) -> Graph:
    """The import graph among the modules of `packages` (see the module docstring for what counts)."""
    modules = module_files(root, packages)
    graph: Graph = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges: dict[str, str] = {}
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            where = f"{path.relative_to(root)}:{node.lineno}"
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    package = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = package[: len(package) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                for alias in node.names:
                    sub = f"{base}.{alias.name}" if base else alias.name
                    targets.append(sub if sub in modules else base)
            for target in targets:
                # `import a.b.c` of something that is not a file of its own (an attribute): its module
                while target and target not in modules and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target in modules and target != name:
                    edges.setdefault(target, where)
        graph[name] = edges
    return graph


def find_cycles(graph: Mapping[str, Mapping[str, str]]) -> list[list[str]]:
    """One cycle (first module repeated at the end) per strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, {})):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, {}):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_cycle_in(graph, set(group), group[0]) for group in sorted(groups)]


def _cycle_in(graph: Mapping[str, Mapping[str, str]], group: set[str], start: str) -> list[str]:
    """A shortest path from `start` back to itself inside its group (breadth first)."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for nxt in sorted(graph.get(node, {})):
                if nxt not in group:
                    continue
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if nxt not in previous:
                    previous[nxt] = node
                    nxt_frontier.append(nxt)
        frontier = nxt_frontier
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - a group always has one


def _describe(graph: Mapping[str, Mapping[str, str]], cycle: list[str]) -> str:
    steps = [f"{a} imports {b} ({graph[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)]
    return " → ".join(steps)


def test_app_imports_neither_qt_nor_ui() -> None:
    offenders = []
    modules = module_files(ROOT, ("app",))
    assert len(modules) > 10
    for path in modules.values():
        for name, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if name.startswith(QT_PREFIXES) or name == "ui" or name.startswith("ui."):
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offenders == []


def test_layering_check_detects_a_qt_import(tmp_path: Path) -> None:
    tree = ast.parse("from PySide6.QtCore import QObject\nimport os\n")
    names = [n for n, _ in _imports(tree)]
    assert any(n.startswith(QT_PREFIXES) for n in names)


def test_no_import_cycle_in_app_and_ui() -> None:
    graph = import_graph(ROOT, LAYERS)
    assert len(graph) > 50 and sum(map(len, graph.values())) > 100
    cycles = find_cycles(graph)
    assert [_describe(graph, c) for c in cycles] == []


def test_cycle_check_detects_a_cycle(tmp_path: Path) -> None:
    """A synthetic package whose cycle runs through a relative import, `from pkg import submodule`
    and an import inside a function; a TYPE_CHECKING import is no edge."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text('"""The package."""\n')
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "b.py").write_text("def later():\n    from pkg import c\n    return c\n")
    (pkg / "c.py").write_text("import pkg.a\n")
    (pkg / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import e\n")
    (pkg / "e.py").write_text("from pkg.d import TYPE_CHECKING\n")
    graph = import_graph(tmp_path, ("pkg",))
    assert graph["pkg.a"] == {"pkg.sub.b": "pkg/a.py:1"}
    assert graph["pkg.sub.b"] == {"pkg.c": "pkg/sub/b.py:2"}
    assert graph["pkg.e"] == {"pkg.d": "pkg/e.py:1"} and graph["pkg.d"] == {}
    cycles = find_cycles(graph)
    assert cycles == [["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"]]
    assert "pkg.c imports pkg.a (pkg/c.py:1)" in _describe(graph, cycles[0])
    assert find_cycles({"x": {"x": "x.py:1"}, "y": {}}) == [["x", "x"]]
    assert find_cycles({"x": {"y": ""}, "y": {}}) == []


def test_cli_start_up_loads_no_qt() -> None:
    """Building the parser (every `verbind` run, `--version` too) finds the GUI's commands without Qt."""
    code = ("import sys; from app.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _run_without_ui(*argv: str) -> subprocess.CompletedProcess[str]:
    """`verbind ARGV` where the GUI package cannot be imported (as if only app/ were installed)."""
    code = ("import sys; sys.modules['ui'] = None; from app.cli import main; "
            "raise SystemExit(main(sys.argv[1:]))")
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_cli_without_ui_says_the_window_is_missing() -> None:
    for argv in ([], ["gui", "mijn.verbind", "--demo"], ["screenshot", "v.verbind", "--tab", "overview"]):
        result = _run_without_ui(*argv)
        assert result.returncode == 1, (argv, result.stderr)
        assert "Traceback" not in result.stderr
        assert "het venster van Verbind is niet geïnstalleerd (het pakket ui ontbreekt)" in result.stderr
    english = _run_without_ui("gui", "--lang", "en")
    assert english.returncode == 1 and "the Verbind window is not installed" in english.stderr
    listing = _run_without_ui("--help")
    assert listing.returncode == 0
    for command in ("init", "check", "report", "team", "gui", "screenshot"):
        assert f"    {command} " in listing.stdout, command
    assert "niet beschikbaar" in listing.stdout
    assert _run_without_ui("--version").returncode == 0


def test_the_frozen_build_bundles_every_command_package() -> None:
    """The CLI finds its command packages by name, so PyInstaller cannot see them: build.spec must
    collect them as hidden imports."""
    from app.cli import COMMAND_PACKAGES

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for package in COMMAND_PACKAGES:
        assert f'modules_under("{package.split(".")[0]}")' in spec, package


def test_no_module_of_ours_needs_what_the_frozen_build_leaves_out() -> None:
    """build.spec leaves Python's own sqlite3 (the vault goes through sqlcipher3) and ssl (nothing
    connects through Python; the hub's libpq has its own TLS) out of the bundle. Every module of
    app/ and ui/ imports without them, and what imports ssl optionally (asyncio) copes."""
    import re

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    left_out = ["sqlite3", "ssl"]
    for name in left_out:
        assert re.search(rf'UNUSED_PY = \[[^\]]*"{name}"', spec), name
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
               for top in ("app", "ui") for p in sorted((ROOT / top).rglob("*.py"))
               if "versions" not in p.parts and p.name != "env.py"]  # Alembic runs env.py itself
    code = ("import importlib, sys\n"
            f"for name in {left_out!r}:\n    sys.modules[name] = None  # an import of it fails, as when frozen\n"
            f"for module in {modules!r}:\n    importlib.import_module(module)\n"
            "import ui.preload\nui.preload.load()\nprint('ok')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_nothing_of_ours_asks_for_source_code_the_frozen_build_cannot_give() -> None:
    """build.spec leaves PyInstaller's inspect hook out (start-up time): inspect.getsource and
    friends would not find frozen modules' source. No module of app/ or ui/ uses the standard
    library's inspect (one that needs it: check whether the hook must come back)."""
    import re

    assert re.search(r'UNUSED_RTHOOKS = \([^)]*"pyi_rth_inspect"', (ROOT / "build.spec").read_text(encoding="utf-8"))
    uses = re.compile(r"^\s*(import inspect\b|from inspect import)")
    found = [f"{p.relative_to(ROOT)}:{n}" for top in ("app", "ui") for p in sorted((ROOT / top).rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if uses.search(line)]
    assert found == []


def test_version_matches_pyproject() -> None:
    import tomllib

    pyproject = ROOT / "pyproject.toml"
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert data["project"]["version"] == app.__version__


def test_version_and_the_cli_module_load_no_data_layer() -> None:
    """#20: `verbind --version` answers without SQLAlchemy, cryptography, Qt or any command: a
    heavy import slipping back into app.cli's path fails here (measured as a figure in tests/perf)."""
    code = ("import sys\nfrom app.cli import main\nassert main(['--version']) == 0\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'cryptography', 'PySide6',"
            " 'reportlab', 'sqlcipher3', 'apsw', 'psycopg') or m.startswith('app.commands.') and m != 'app.commands.common')\n"
            "print(heavy)\nassert heavy == [], heavy\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("verbind ")


def test_the_window_is_fusion_whatever_the_desktop_asks() -> None:
    """Fusion comes from the command line make_app gives Qt (#20: cheaper than setStyle), and wins
    over a desktop's QT_STYLE_OVERRIDE as setStyle did."""
    code = ("from ui.main import make_app\napp = make_app()\napp.setStyleSheet('')\n"
            "print(app.style().name())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "Windows"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "fusion"


def test_the_first_window_needs_only_qt() -> None:
    """#20: the welcome and unlock windows import no SQLAlchemy, cryptography or report code (the
    welcome window not even the unlock and create dialogs); the data layer loads in the background
    (ui.preload) while the passphrase is typed."""
    code = ("import sys\nfrom app.config import Settings\nfrom ui.main import make_app\nfrom ui.context import AppContext\n"
            "from ui.main_window import MainWindow\n"
            "app = make_app()\nw = MainWindow(AppContext(Settings()))\nw.show()\napp.processEvents()\n"
            # the dialogs to unlock or make a vault are loaded when asked for, or by ui.preload
            "later = sorted(m for m in sys.modules if m in ('ui.lock.unlock_dialog', 'ui.lock.create_dialog'))\n"
            "assert later == [], later\n"
            "from ui.lock.unlock_dialog import UnlockDialog\nfrom ui.lock.create_dialog import CreateVaultDialog\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'cryptography', 'reportlab',"
            " 'sqlcipher3', 'apsw', 'argon2', 'psycopg'))\nprint(heavy)\nassert heavy == [], heavy\n"
            "from ui import preload\npreload.start().join()\nassert 'sqlalchemy.orm' in sys.modules and 'app.domain' in sys.modules\n"
            # the mappers are configured too: the first query after the unlock does not do it
            "from app.domain import Base\nassert not Base.registry._new_mappers, 'mappers left to configure'\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
