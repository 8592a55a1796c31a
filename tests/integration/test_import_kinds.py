"""Import of contact moments, activities and signals (names resolve to records of the network or
are reported), look-alike duplicates with merge/skip/keep-both, ignored columns, and presets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.cli import main
from app.domain import Activity, Ambassador, Interaction, Network, Signal, Stakeholder
from app.io import importer, presets
from app.vault import Vault

PW = "import passphrase 1"


@pytest.fixture
def vault_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "v.verbind"
    v, _ = Vault.create(path, PW)
    with v.session() as s:
        net = Network(name="Wijkambassadeurs Mol", kind="neighbourhood")
        s.add(net)
        s.flush()
        s.add_all([Stakeholder(network_id=net.id, name="VZW De Speelvogel", municipality="Mol", side="supply"),
                   Stakeholder(network_id=net.id, name="Jeugdhuis Kavka", municipality="Mol", side="supply"),
                   Ambassador(network_id=net.id, name="Samir El Idrissi"),
                   Ambassador(network_id=net.id, name="Lotte Claes")])
        s.commit()
    v.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", PW)
    return path


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_interactions_activities_signals(vault_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    moments = xlsx(tmp_path / "contacten.xlsx", [
        ["Contactmomenten 2026"], [],
        ["Organisatie", "Datum", "Soort", "Verslag", "Volgend contact", "Ambassadeur"],
        ["Jeugdhuis Kavka", "03/10/2026", "Bezoek", "Kennismaking met de nieuwe coördinator", "15/11/2026", "Lotte Claes"],
        ["jeugdhuis kavka", date(2026, 10, 20), "telefoon", "Afspraak bevestigd", None, None],
    ])
    assert main(["import", str(vault_path), str(moments), "--kind", "interactions"]) == 0
    assert main(["import", str(vault_path), str(moments), "--kind", "interactions"]) == 0  # again: no doubles
    acts = xlsx(tmp_path / "activiteiten.xlsx", [
        ["Titel", "Soort", "Datum", "Plaats", "Deelnemers"],
        ["Workshop bij de bakker", "Workshop", "12/10/2026", "Bakkerij", "Samir El Idrissi; Lotte Claes"],
        ["Netwerkmoment najaar", "Netwerkmoment", "05/11/2026", "Zaal", ""],
    ])
    assert main(["import", str(vault_path), str(acts), "--kind", "activities"]) == 0
    sigs = tmp_path / "signalen.csv"
    sigs.write_text("Onderwerp;Datum melding;Wijk;Melder;Beschrijving\n"
                    "Kapotte straatlamp;02/11/2026;Centrum;Samir El Idrissi;Aan de kerk\n"
                    "Zwerfvuil speelplein;04/11/2026;Achterbos;buurtbewoner;Na het weekend\n", encoding="utf-8")
    assert main(["import", str(vault_path), str(sigs), "--kind", "signals"]) == 0
    with Vault.open(vault_path, PW) as v, v.session() as s:
        kavka = s.query(Stakeholder).filter_by(name="Jeugdhuis Kavka").one()
        assert s.query(Interaction).count() == 2
        assert kavka.last_contact_on == date(2026, 10, 20) and kavka.stage == "introduced"
        workshop = s.query(Activity).filter_by(title="Workshop bij de bakker").one()
        assert workshop.kind == "podium_workshop" and len(workshop.participants) == 2
        lamp = s.query(Signal).filter_by(topic="Kapotte straatlamp").one()
        assert lamp.raised_by_kind == "ambassador" and lamp.status == "new" and lamp.due_on is not None
        trash = s.query(Signal).filter_by(topic="Zwerfvuil speelplein").one()
        assert trash.raised_by_kind == "resident" and "buurtbewoner" in trash.description
    # an unknown name is reported with line and column; nothing is imported
    bad = xlsx(tmp_path / "fout.xlsx", [["Organisatie", "Datum", "Soort"],
                                        ["Jeugdhuis Kafka", "03/10/2026", "Bezoek"],
                                        ["Jeugdhuis Kavka", "31/02/2026", "Bezoek"]])
    capsys.readouterr()
    assert main(["import", str(vault_path), str(bad), "--kind", "interactions"]) == 4
    out = capsys.readouterr().out
    assert "regel 2, kolom 'stakeholder'" in out and "Jeugdhuis Kafka" in out and "regel 3" in out
    assert "bedoel je 'Jeugdhuis Kavka'" in out


def test_look_alike_duplicates_merge_skip_keep_both(vault_path: Path, tmp_path: Path) -> None:
    f = xlsx(tmp_path / "register.xlsx", [["Naam", "Gemeente", "Opmerkingen", "Intern nummer"],
                                          ["De Speelvogel vzw", "Mol", "zomerkamp", "A-17"],
                                          ["Jeugdhuis Kavkaa", "Mol", "", "A-18"],
                                          ["Nieuwe Club", "Mol", "", "A-19"]])
    p = importer.plan(f, "stakeholders", overrides={"Intern nummer": importer.IGNORE})
    with Vault.open(vault_path, PW) as v, v.session() as s:
        net_id = s.query(Network).one().id
        importer.execute(s, p, net_id, dry_run=True)
        assert [(d.line, d.existing_name) for d in p.duplicates] == [(2, "VZW De Speelvogel"), (3, "Jeugdhuis Kavka")]
        assert (p.created, p.updated) == (1, 2)  # default (update): look-alikes merge
        importer.execute(s, p, net_id, decisions={2: "merge", 3: "new"})
        assert (p.created, p.updated, p.skipped) == (2, 1, 0)
    with Vault.open(vault_path, PW) as v, v.session() as s:
        names = sorted(x.name for x in s.query(Stakeholder))
        assert names == ["Jeugdhuis Kavka", "Jeugdhuis Kavkaa", "Nieuwe Club", "VZW De Speelvogel"]
        vogel = s.query(Stakeholder).filter_by(name="VZW De Speelvogel").one()
        assert "zomerkamp" in vogel.notes and "A-17" not in vogel.notes  # the ignored column stays out


def test_presets_save_and_use(vault_path: Path, tmp_path: Path) -> None:
    f = xlsx(tmp_path / "r.xlsx", [["Club", "Stad", "Plekken"], ["Chiro Balen", "Balen", 4]])
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders", "--map", "Club=name",
                 "--map", "Stad=municipality", "--map", "Plekken=places_available", "--save-preset", "chiro",
                 "--dry-run"]) == 0
    assert presets.names("stakeholders") == ["chiro"]
    assert presets.load("stakeholders", "chiro") == {"Club": "name", "Stad": "municipality",
                                                      "Plekken": "places_available"}
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders", "--preset", "chiro"]) == 0
    with Vault.open(vault_path, PW) as v, v.session() as s:
        assert s.query(Stakeholder).filter_by(name="Chiro Balen").one().places_available == 4
    assert main(["import", str(vault_path), str(f), "--kind", "stakeholders", "--preset", "onbekend"]) == 1


def test_trajectories_with_target_offers_and_worker(vault_path: Path, tmp_path: Path) -> None:
    """Target offers by name become the trajectory's offers (again: no doubles); the worker is an
    ambassador when the name is one, otherwise kept as a name."""
    from app.domain import Trajectory

    f = xlsx(tmp_path / "trajecten.xlsx", [
        ["Code", "Startdatum", "Aanbod", "Toeleider"],
        ["MOL-2026-001", "01/10/2026", "Jeugdhuis Kavka; VZW De Speelvogel", "Lotte Claes"],
        ["MOL-2026-002", "05/10/2026", "", "Ilse (CAW)"],
    ])
    assert main(["import", str(vault_path), str(f), "--kind", "trajectories"]) == 0
    assert main(["import", str(vault_path), str(f), "--kind", "trajectories"]) == 0
    with Vault.open(vault_path, PW) as v, v.session() as s:
        one = s.query(Trajectory).filter_by(code="MOL-2026-001").one()
        assert sorted(s.get(Stakeholder, o.stakeholder_id).name for o in one.offers) == ["Jeugdhuis Kavka",
                                                                                          "VZW De Speelvogel"]
        assert s.get(Ambassador, one.worker_ambassador_id).name == "Lotte Claes"
        two = s.query(Trajectory).filter_by(code="MOL-2026-002").one()
        assert two.worker_ambassador_id is None and two.worker_name == "Ilse (CAW)"
    bad = xlsx(tmp_path / "fout.xlsx", [["Code", "Aanbod"], ["MOL-2026-003", "Chiro Onbekend"]])
    assert main(["import", str(vault_path), str(bad), "--kind", "trajectories"]) == 4
