"""Keep the English translations complete: every Dutch string the screens pass to tr() must have an
English translation in resources/i18n/*_en.ts, in its class's context (PySide6 looks the text up
in the class and then in its base classes).

    python -m tests.i18n_sync          # list what is missing
    python -m tests.i18n_sync --fill   # add strings moved to another class, reusing their
                                       # translation, to resources/i18n/moved_en.ts (+ .qm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
MOVED = I18N / "moved_en.ts"


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else name


def dynamic_strings() -> list[tuple[str, str]]:
    """Texts passed to tr() from a table (lupdate cannot see those)."""
    from ui.tabs.network import form

    texts = list(form.GUIDANCE.values()) + list(form.STEPS)
    texts += [text for fields in form.TEXT_FIELDS.values() for _key, text in fields]
    return [("NetworkForm", t) for t in texts]


def tr_inside_fstrings() -> list[str]:
    """tr() calls inside an f-string's braces, which lupdate cannot see (so their English would be
    missing without anyone noticing): file:line of each."""
    import ast

    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", getattr(inner.func, "id", "")) in (
                            "tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    return found


def source_strings() -> list[tuple[str, str]]:
    """(context, Dutch source) of every tr() in ui/, as Qt's lupdate finds them, and the tables'."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all_en.ts"
        files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
        subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(out), "-source-language", "nl",
                        "-target-language", "en"], check=True, capture_output=True)
        found = [(ctx.findtext("name") or "", msg.findtext("source") or "")
                 for ctx in ET.parse(out).getroot().iter("context") for msg in ctx.iter("message")]
    return found + dynamic_strings()


def translations() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for ts in sorted(I18N.glob("*_en.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and tr.text:
                    found[(name, msg.findtext("source") or "")] = tr.text
    return found


def missing() -> list[tuple[str, str]]:
    have = translations()
    return [(c, s) for c, s in source_strings() if (c, s) not in have]


def _write(root: ET.Element) -> None:
    """Write moved_en.ts with one message per (context, source), contexts sorted, and compile it."""
    merged: dict[str, dict[str, str]] = {}
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            merged.setdefault(ctx.findtext("name") or "", {})[msg.findtext("source") or ""] = msg.findtext(
                "translation") or ""
    out = ET.Element("TS", version="2.1", language="en_US")
    for name in sorted(merged):
        ctx = ET.SubElement(out, "context")
        ET.SubElement(ctx, "name").text = name
        for source, english in merged[name].items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = english
    ET.indent(out)
    MOVED.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + ET.tostring(out, encoding="unicode")
                     + "\n", encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(MOVED), "-qm", str(MOVED.with_suffix(".qm"))], check=True,
                   capture_output=True)


def fill() -> list[tuple[str, str]]:
    """Add every missing string whose Dutch text is translated in another context; return the rest."""
    have = translations()
    by_source = {s: t for (_c, s), t in have.items()}
    root = ET.parse(MOVED).getroot() if MOVED.exists() else ET.Element("TS", version="2.1", language="en_US")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    left = []
    for context, source in missing():
        if source not in by_source:
            left.append((context, source))
            continue
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation").text = by_source[source]
    _write(root)
    return left


if __name__ == "__main__":
    rest = fill() if "--fill" in sys.argv else missing()
    for context, source in rest:
        print(f"{context}\t{source}")
    sys.exit(1 if rest else 0)


def add(entries: list[tuple[str, str, str]]) -> None:
    """Add new translations (context, Dutch, English) to moved_en.ts and compile it."""
    root = ET.parse(MOVED).getroot() if MOVED.exists() else ET.Element("TS", version="2.1", language="en_US")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for context, source, english in entries:
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation").text = english
    _write(root)
