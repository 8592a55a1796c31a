"""GDPR: subject access, erasure (the name is gone even from a decrypted copy), purge idempotent
with yearly totals unchanged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.cli import main
from app.demo import create_demo_vault
from app.domain import (
    Ambassador,
    AmbassadorContact,
    AuditEntry,
    Network,
    ThirdPartyRequest,
    Trajectory,
)
from app.periods import working_year
from app.services.figures import yearly_figures
from app.vault import Vault, derive_key

NAME = "Zoë Wisbaar-Ştefan"
TALK = "gesprek-kanarie-7731 over haar burn-out"
REQUEST = "Inleiding werkbaar werk"


@pytest.fixture
def vault_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "folder" / "g.verbind"
    v, _ = create_demo_vault(path)
    with v.session() as s:
        net = s.query(Network).filter_by(kind="entrepreneur").one()
        amb = Ambassador(network_id=net.id, name=NAME, email="zoe@example.be", feedback="gevoelig")
        s.add(amb)
        s.flush()
        s.add(AmbassadorContact(ambassador_id=amb.id, kind="conversation", occurred_on=date(2026, 5, 4),
                                note=TALK))
        s.add(ThirdPartyRequest(network_id=net.id, received_on=date(2026, 5, 1), requester="Gemeente Genk",
                                kind="talk", topic=REQUEST, ambassador_id=amb.id, status="assigned",
                                assigned_on=date(2026, 5, 2), note=""))
        s.commit()
    v.close()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "verbind-demo")
    return path


def _id(path: Path) -> str:
    with Vault.open(path, "verbind-demo") as v, v.session() as s:
        return s.query(Ambassador).filter_by(name=NAME).one().id


def test_subject_access_json_and_pdf(vault_path: Path, tmp_path: Path) -> None:
    pid = _id(vault_path)
    out = tmp_path / "inzage.json"
    assert main(["gdpr", "export", str(vault_path), "--person", pid, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["record"]["name"] == NAME and data["kind"] == "ambassador" and data["status_history"] == []
    assert [c["note"] for c in data["one_to_one"]] == [TALK]
    assert [r["topic"] for r in data["requests"]] == [REQUEST]  # the requests this ambassador was asked for
    assert main(["gdpr", "export", str(vault_path), "--person", pid, "-o", str(tmp_path / "inzage.pdf")]) == 0
    assert main(["gdpr", "export", str(vault_path), "--person", "nope", "-o", str(out)]) == 1


def test_erasure_leaves_no_trace(vault_path: Path, tmp_path: Path) -> None:
    pid = _id(vault_path)
    assert main(["gdpr", "erase", str(vault_path), "--person", pid]) == 0
    for f in vault_path.parent.rglob("*"):
        if f.is_file():
            assert NAME.encode() not in f.read_bytes(), f
    key = derive_key(vault_path, "verbind-demo")
    plain = tmp_path / "plain.db"
    conn = sqlcipher3.dbapi2.connect(str(vault_path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    assert NAME.encode() not in plain.read_bytes() and b"zoe@example.be" not in plain.read_bytes()
    assert TALK.encode() not in plain.read_bytes()  # the one-to-one talks go with the ambassador
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        assert s.get(Ambassador, pid) is None
        erasures = s.query(AuditEntry).filter_by(record_id=pid, action="erase").all()
        assert len(erasures) == 1 and erasures[0].fields == []
        request = s.query(ThirdPartyRequest).filter_by(topic=REQUEST).one()
        assert request.ambassador_id is None  # the request stays, without the person


def test_purge_is_idempotent_and_keeps_totals(vault_path: Path) -> None:
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        net = s.query(Network).filter_by(kind="connection").one()
        old = s.query(Trajectory).filter(Trajectory.network_id == net.id).limit(3).all()
        for t in old:
            t.closed_on, t.status, t.closing_reason = date(2019, 6, 1), "closed", "success"
            t.name, t.wishes = "Oude Naam", "oude wens"
        s.commit()
        before = yearly_figures(s, net.id, working_year(2025))
    assert main(["gdpr", "purge", str(vault_path), "--dry-run"]) == 0
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        assert s.query(Trajectory).filter_by(name="Oude Naam").count() == 3
    assert main(["gdpr", "purge", str(vault_path)]) == 0
    assert main(["gdpr", "purge", str(vault_path)]) == 0
    with Vault.open(vault_path, "verbind-demo") as v, v.session() as s:
        assert s.query(Trajectory).filter_by(name="Oude Naam").count() == 0
        assert s.query(Trajectory).filter_by(wishes="oude wens").count() == 0
        assert yearly_figures(s, net.id, working_year(2025)) == before


def test_register_of_processing_activities(vault_path: Path, tmp_path: Path) -> None:
    """Art. 30: every table with personal data, purposes, retention, security; never a person's data."""
    from pypdf import PdfReader

    from app.domain import Base
    from app.io.register import PERSONAL

    assert set(PERSONAL) <= {t.name for t in Base.metadata.sorted_tables}  # kept in step with the schema
    md, pdf = tmp_path / "register.md", tmp_path / "register.pdf"
    assert main(["gdpr", "register", str(vault_path), "-o", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    for table in PERSONAL:
        assert f"`{table}`" in text
    assert "5 jaar na afsluiten" in text and "SQLCipher" in text and "Doeleinden" in text
    assert NAME not in text and "zoe@example.be" not in text
    assert main(["gdpr", "register", str(vault_path), "-o", str(pdf)]) == 0
    pdf_text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Register van verwerkingsactiviteiten" in pdf_text and NAME not in pdf_text
    assert main(["gdpr", "register", str(vault_path), "-o", str(tmp_path / "register.txt")]) == 1
    assert not (tmp_path / "register.txt").exists()
