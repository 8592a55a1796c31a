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


def test_schema_appendix_is_current() -> None:
    from app.domain.schema_doc import schema_markdown

    appendix = DOC.with_name("vault-schema.md").read_text(encoding="utf-8")
    assert appendix == schema_markdown(), "run: python -m app.domain.schema_doc > docs/vault-schema.md"


def test_appendix_lists_every_table_of_a_real_vault_and_the_sqlite3mc_recipe_opens_it(tmp_path: Path) -> None:
    import apsw

    from app.domain.schema_doc import RECORD_COLUMNS

    vault, _ = create_demo_vault(tmp_path / "demo.verbind")
    key = vault.data_key
    vault.close()
    text = DOC.read_text(encoding="utf-8")
    recipe = re.search(r"```\n(PRAGMA cipher.*?)```", text, re.S)
    assert recipe is not None
    conn = apsw.Connection(str(tmp_path / "demo.verbind"))
    for statement in recipe.group(1).strip().splitlines():
        conn.execute(statement.replace("<64 hex digits>", key.hex()))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    appendix = DOC.with_name("vault-schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `(\w+)`", appendix, re.M))
    from app.domain import search_index

    index = {t for t in tables if search_index.is_index_table(t)}
    assert index == {"stakeholder_fts", "stakeholder_fts_data", "stakeholder_fts_idx", "stakeholder_fts_docsize",
                     "stakeholder_fts_config"}
    assert "`stakeholder_fts`" in text  # the search index is described in vault-format.md, not the appendix
    assert tables - {"alembic_version"} - index == documented
    lacking = set()
    for table in tables - {"alembic_version"} - index:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not set(RECORD_COLUMNS) <= columns:
            lacking.add(table)
            assert f"`{table}`" in text  # vault-format.md names every table without the record columns
    assert lacking == {"audit_entry", "exchange_clock", "vault_setting", "exchange_conflict"}
    conn.close()
