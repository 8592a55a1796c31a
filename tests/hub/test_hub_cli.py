"""`verbind hub …` end to end on a real PostgreSQL server: init, organisations and a coordinator,
a push from a real (encrypted) vault, the regional report whose figures are the sums of the
pushed snapshots (PDF text and xlsx), the art. 30 register naming the hub, and the messages and
exit codes for an unreachable server, a wrong password, a period without reports and a password
on the command line."""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from app.cli import main
from app.hub import push as hub_push
from app.hub.dsn import connected
from app.hub.report import fmt
from tests.hub.conftest import PERIOD, Hub, add_org
from tests.hub.pgcluster import _free_port

PASS = "een lange wachtwoordzin"


def _demo_vault(path: Path) -> Path:
    from app.demo import create_demo_vault
    from app.domain import Network
    from app.reports import snapshot as snap
    from app.reports import wizard

    vault, _ = create_demo_vault(path, seed=31, passphrase=PASS)
    try:
        with vault.session() as s:
            for net in s.scalars(select(Network)).all():
                snap.freeze(s, net.id, wizard.new_state(net.id, PERIOD))
            s.commit()
    finally:
        vault.close()
    return path


def _totals(path: Path) -> dict[str, dict[str, Any]]:
    """Per table title: {column header: value of the Totaal row}."""
    ws = load_workbook(path).active
    out: dict[str, dict[str, Any]] = {}
    rows = list(ws.iter_rows(values_only=True))
    for i, row in enumerate(rows):
        if row[0] == "Totaal":
            j = i
            while rows[j][0] not in (None, "") and j > 0 and rows[j - 1][0] not in (None, ""):
                j -= 1
            title, header = rows[j][0], rows[j + 1]
            out[str(title)] = {str(h): v for h, v in zip(header[1:], row[1:], strict=False) if h}
    return out


def test_init_push_and_regional_report(hub: Hub, make_vault: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", hub.cluster.password)
    monkeypatch.setenv("VERBIND_HUB_NEW_PASSWORD", "genk-geheim")
    assert main(["hub", "init", "--dsn", hub.dsn(), "--organisation", "Stad Genk"]) == 0
    out = capsys.readouterr().out
    assert "Hub klaar op 127.0.0.1" in out and "‘Stad Genk’ toegevoegd: rol verbind_org_" in out
    role = re.search(r"rol (verbind_org_[0-9a-f]+)", out)
    assert role is not None
    monkeypatch.delenv("VERBIND_HUB_NEW_PASSWORD")
    vault = _demo_vault(tmp_path / "genk.verbind")
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", "genk-geheim")
    assert main(["hub", "push", str(vault), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Verbindingsambassadeurs Gent [Verbindingsambassadeurs jeugdwerk]: profiel; verslagen: 2025-2026" in out
    assert "Nooit: personen, contactpersonen" in out and "Proefdraai: er werd niets verzonden." in out
    assert main(["hub", "push", str(vault), "--dsn", hub.dsn(role.group(1))]) == 0
    out = capsys.readouterr().out
    assert "als ‘Stad Genk’: 4 netwerken, 4 verslagen" in out
    assert main(["hub", "push", str(vault)]) == 0  # the vault remembers its hub (without the password)
    assert "0 rijen nieuw of gewijzigd" in capsys.readouterr().out
    # the art. 30 register names the hub as a recipient once the vault pushes to one
    assert main(["gdpr", "register", str(vault), "-o", str(tmp_path / "register.md")]) == 0
    register = (tmp_path / "register.md").read_text(encoding="utf-8")
    assert f"127.0.0.1:{hub.cluster.port}/{hub.dbname}" in register and "regionale hub" in register
    # two more organisations, one with a strict threshold (small counts hidden in its reports)
    for name, seed, threshold in (("Gemeente Lommel", 12, 5), ("Stad Hasselt", 13, 30)):
        _role, target = add_org(hub, name)
        with make_vault(seed, threshold)() as s, connected(target) as conn:
            hub_push.push(conn, hub_push.collect(s))
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", hub.cluster.password)
    assert main(["hub", "add-coordinator", "provincie", "--dsn", hub.dsn()]) == 0
    out = capsys.readouterr().out
    password = out.split("pass it on in person): ")[-1].split("geef het persoonlijk door): ")[-1].strip()
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", password)
    pdf, xlsx = tmp_path / "regio.pdf", tmp_path / "regio.xlsx"
    coordinator = hub.dsn("verbind_coord_provincie")
    assert main(["hub", "report", "--dsn", coordinator, "--period", PERIOD, "-o", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert "12 netwerken van 3 organisaties" in capsys.readouterr().out
    # what the hub holds, read as the administrator
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", hub.cluster.password)
    with hub.admin() as conn:
        pushed = [dict(r._mapping) for r in conn.execute(text(
            "SELECT kind, figures FROM hub.v_network_period WHERE period = :p"), {"p": PERIOD})]
    assert len(pushed) == 12
    connection = [p["figures"] for p in pushed if p["kind"] == "connection"]
    started = [f["trajectories"]["started"] for f in connection]
    successful = [f["trajectories"]["successful"] for f in connection]
    assert any(isinstance(v, str) and v.startswith("<") for v in successful)  # Hasselt's: "< 30"
    totals = _totals(xlsx)
    conn_totals = totals["Verbindingsambassadeurs jeugdwerk"]
    assert conn_totals["Trajecten gestart"] == sum(started)  # all printed: an exact sum
    exact = sum(v for v in successful if isinstance(v, int))
    assert conn_totals["Geslaagd"] == f"≥ {exact}"  # one hidden: a lower bound, never a number to subtract from
    reached = sum(p["figures"]["reached"] for p in pushed if p["kind"] == "neighbourhood")
    assert totals["Wijkambassadeurs"]["Organisaties bereikt"] == reached
    podium = sum(p["figures"]["podium_total"] for p in pushed if p["kind"] == "entrepreneur")
    assert totals["Ambassadeursnetwerk ondernemers"]["Podiumactiviteiten"] == podium
    budget = [p["figures"]["budget_eur"] for p in pushed if p["kind"] == "local"]
    assert totals["Lokaal ambassadeurschap"]["Budget"] == pytest.approx(sum(budget))
    stage_totals = totals["Organisaties per fase van de relatie"]
    assert stage_totals["Partner/ambassadeur"] == sum(p["figures"]["by_stage"].get("partner", 0) for p in pushed)
    rates = [f["trajectories"]["success_rate"] for f in connection if f["trajectories"]["success_rate"] is not None]
    assert rates  # the networks whose rate may be shown
    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    pdf_text = re.sub(r"\s+", " ", pdf_text)
    assert "Regionaal overzicht 2025-2026" in pdf_text
    assert f"Totaal {fmt(sum(started), 'child', 'nl')} ≥ {exact}" in pdf_text
    assert f"Mediaan {fmt(statistics.median(started), 'child', 'nl')}" in pdf_text
    assert f"Totaal {fmt(sum(v for p in pushed if p['kind'] == 'neighbourhood' for v in [p['figures']['signals_raised']]), 'count', 'nl')}" in pdf_text
    assert "Verbindingsambassadeurs Gent (Stad Genk): " in pdf_text and "nog te recent om te beoordelen" in pdf_text
    for person_word in ("Schepen", "@"):  # nothing of a person in the coordinator's PDF
        assert person_word not in pdf_text
    # the xlsx holds the same tables as the PDF, row by row (numbers as numbers)
    from app.hub import report

    with hub.admin() as conn:
        regional = report.build(report.fetch(conn, PERIOD), PERIOD)
    sheet = [tuple(r) for r in load_workbook(xlsx).active.iter_rows(values_only=True)]
    checked = 0
    for table in regional.tables:
        lines = table.rows + [r for r in (table.total, table.median) if r is not None]
        for row, printed in zip(lines, report._formatted(table, "nl")[1:], strict=True):
            match = [r for r in sheet if r[0] == row[0] and list(r[1:len(row)]) == [
                pytest.approx(v) if isinstance(v, float) else v for v in row[1:]]]
            assert match, (table.title, row)
            numbers = " ".join(printed[1:])
            assert numbers in pdf_text, (table.title, numbers)
            checked += 1
    assert checked > 40


def test_messages_and_exit_codes(hub: Hub, make_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    role, target = add_org(hub, "Stad Genk", "genk-geheim")
    with make_vault(11)() as s, connected(target) as conn:
        hub_push.push(conn, hub_push.collect(s))
    out = str(tmp_path / "r.pdf")
    # a password on the command line: refused before anything is sent
    assert main(["hub", "report", "--dsn", f"postgresql://x:geheim@127.0.0.1:{hub.cluster.port}/{hub.dbname}",
                 "--period", PERIOD, "-o", out]) == 1
    err = capsys.readouterr().err
    assert "Zet het wachtwoord van de hub niet in --dsn" in err and "VERBIND_HUB_PASSWORD" in err
    # no hub given at all
    assert main(["hub", "report", "--period", PERIOD, "-o", out]) == 1
    assert "Geen hub opgegeven" in capsys.readouterr().err
    # a server that is not there
    closed = f"host=127.0.0.1 port={_free_port()} dbname=hub user=verbind_coord_provincie connect_timeout=3"
    assert main(["hub", "report", "--dsn", closed, "--period", PERIOD, "-o", out]) == 1
    err = capsys.readouterr().err
    assert "is niet bereikbaar" in err and "Controleer je internetverbinding" in err
    assert main(["hub", "report", "--dsn", closed, "--period", PERIOD, "-o", out, "--lang", "en"]) == 1
    assert "cannot be reached" in capsys.readouterr().err
    # a wrong password: exit 2, as for a wrong passphrase
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", "fout")
    assert main(["hub", "report", "--dsn", hub.dsn(role.role), "--period", PERIOD, "-o", out]) == 2
    assert "Verkeerd of ontbrekend wachtwoord voor de hub" in capsys.readouterr().err
    # an organisation's role may not read the coordinator's views
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", "genk-geheim")
    assert main(["hub", "report", "--dsn", hub.dsn(role.role), "--period", PERIOD, "-o", out]) == 1
    assert "geen rechten" in capsys.readouterr().err
    # a period of which no report was pushed: which periods there are, and how to make one
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", hub.cluster.password)
    dsn_file = tmp_path / "hub.dsn"
    dsn_file.write_text(hub.dsn() + "\n", encoding="utf-8")
    assert main(["hub", "report", "--dsn-file", str(dsn_file), "--period", "2019-2020", "-o", out]) == 1
    err = capsys.readouterr().err
    assert "Geen bevroren jaarverslag van 2019-2020 in de hub. De hub heeft wel verslagen van: 2025-2026." in err
    assert "Afronden en bevriezen" in err
    assert not Path(out).exists()
    # the administrator is no organisation: a push as that role is refused, nothing sent
    vault = tmp_path / "v.verbind"
    from app.demo import create_demo_vault

    create_demo_vault(vault, seed=41, passphrase=PASS)[0].close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PASS)
    before = hub.dump()
    assert main(["hub", "push", str(vault), "--dsn", hub.dsn()]) == 1
    assert "Deze rol hoort bij geen organisatie in de hub" in capsys.readouterr().err
    assert hub.dump() == before
    # pushed once as Stad Genk, the vault refuses to push to this hub under another organisation's role
    other, _t = add_org(hub, "Gemeente Lommel", "lommel-geheim")
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", "genk-geheim")
    assert main(["hub", "push", str(vault), "--dsn", hub.dsn(role.role)]) == 0
    capsys.readouterr()
    before = hub.dump()
    monkeypatch.setenv("VERBIND_HUB_PASSWORD", "lommel-geheim")
    assert main(["hub", "push", str(vault), "--dsn", hub.dsn(other.role)]) == 1
    assert "stuurde eerder cijfers naar deze hub als een andere organisatie" in capsys.readouterr().err
    assert hub.dump() == before
