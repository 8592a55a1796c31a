"""Issue #20: an import writes new stakeholders and their contact persons one executemany per
batch (`importer._NewStakeholders`) instead of through the ORM's unit of work. What it writes must
be exactly what the unit of work and its flush hooks wrote: the same columns, contact persons,
audit entries and places history. And an import with a problem, now checked in the same pass that
writes, still writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.domain import AuditEntry, ContactPerson, Network, Stakeholder
from app.domain.stakeholder import PlacesChange
from app.io import importer
from app.vault import Vault

PW = "import passphrase 1"
HEADER = ["Naam", "Gemeente", "Categorie", "Zijde", "Vrije plaatsen", "Contactpersoon", "E-mail", "Fase",
          "Laatste contact", "Opmerking"]
ROWS = [
    ["Sportclub Ledeberg", "Gent", "Sportclub", "Aanbodzijde", 4, "An Peeters", "an@club.be", "", "", ""],
    ["Jeugdhuis 't Kapoentje", "Gent", "", "", None, "", "", "Kennismaking", "", "open op woensdag"],
    ["Bibliotheek Zuid", "", "Bibliotheek", "", "", "Jan", "", "", "03/10/2026", ""],  # a contact moment: the ORM
    ["Sportclub Ledeberg", "Gent", "", "", 6, "", "", "", "", "tweede rij, zelfde club"],  # updates the first
    ["Zwembad Rooigem", "Gent", "Sportclub", "Vraagzijde", 0, "Els", "", "", "", ""],
]


def _register(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for r in [HEADER, *rows]:
        wb.active.append(r)
    wb.save(path)
    return path


def _import(tmp_path: Path, name: str, rows: list[list[Any]]) -> dict[str, Any]:
    vault, _ = Vault.create(tmp_path / f"{name}.verbind", PW)
    with vault, vault.session() as s:
        net = Network(name="Verbinders Gent")
        s.add(net)
        s.commit()
        p = importer.execute(s, importer.plan(_register(tmp_path / f"{name}.xlsx", rows), "stakeholders"), net.id)
        skip = {"id", "created_at", "updated_at", "network_id"}

        def cols(obj: Any) -> dict[str, Any]:
            return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}

        by_id = {sh.id: sh.name for sh in s.scalars(select(Stakeholder))}
        return {
            "plan": (p.created, p.updated, p.skipped, [str(x) for x in p.problems]),
            "stakeholders": sorted((cols(sh) for sh in s.scalars(select(Stakeholder))), key=lambda c: c["name"]),
            "contacts": sorted((by_id[c.stakeholder_id], c.name, c.role, c.email, c.phone)
                               for c in s.scalars(select(ContactPerson))),
            "audit": sorted((e.actor, e.action, e.table_name, tuple(e.fields)) for e in s.scalars(select(AuditEntry))
                            if e.table_name in ("stakeholder", "contact_person")),
            "audited_ids": {e.record_id for e in s.scalars(select(AuditEntry))},
            "ids": set(by_id) | {c.id for c in s.scalars(select(ContactPerson))},
            "places": sorted((by_id[r.stakeholder_id], r.places_available, r.changed_on)
                             for r in s.scalars(select(PlacesChange))),
        }


def test_the_batch_writes_what_the_unit_of_work_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bulk = _import(tmp_path, "bulk", ROWS)
    monkeypatch.setattr(importer._NewStakeholders, "takes", staticmethod(lambda values: False))
    orm = _import(tmp_path, "orm", ROWS)
    assert bulk["plan"] == orm["plan"] == (4, 1, 0, [])
    for part in ("stakeholders", "contacts", "audit", "places"):
        assert bulk[part] == orm[part], part
    assert bulk["ids"] <= bulk["audited_ids"]  # every record made has its audit entry
    first = next(sh for sh in bulk["stakeholders"] if sh["name"] == "Sportclub Ledeberg")
    assert first["places_available"] == 6 and first["notes"] == "tweede rij, zelfde club"  # the second row merged


def test_a_problem_late_in_the_file_leaves_nothing_written(tmp_path: Path) -> None:
    rows = [[f"Vereniging {i:04d}", "Gent", "", "", i % 5, "", "", "", "", ""] for i in range(2500)]
    rows.insert(2300, ["Vereniging fout", "Gent", "", "", 2.5, "", "", "", "", ""])  # past the first batch
    rows.append(["", "Gent", "", "", 1, "", "", "", "", ""])  # and a second problem: both are reported
    found = _import(tmp_path, "bad", rows)
    created, _updated, _skipped, problems = found["plan"]
    assert len(problems) == 2 and "kommagetal" in problems[0] and "naam" in problems[1]
    assert found["stakeholders"] == [] and found["contacts"] == [] and found["places"] == [] and found["audit"] == []
    assert created == 2502  # counted as before: every row, also those with a problem
