"""Documents that belong to the work (#19): agreed texts with their versions, files kept in the
vault with a size limit, verified when read back, opened through a private temporary copy that is
removed again, in subject access and gone with an erased person."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain import Ambassador, Attachment, Network, Stakeholder, SteeringMeeting
from app.errors import DamagedVaultError, ValidationError
from app.io import gdpr, open_copies
from app.services import documents

TODAY = date(2026, 11, 24)


@pytest.fixture
def net(db_session: Session) -> Network:
    n = Network(name="Ambassadeurs Brugge", kind="local")
    db_session.add(n)
    db_session.flush()
    return n


def test_a_file_is_kept_and_read_back_verified(db_session: Session, net: Network) -> None:
    sh = Stakeholder(network_id=net.id, name="Toerisme Brugge", side="policy")
    db_session.add(sh)
    db_session.flush()
    row = documents.add_attachment(db_session, net.id, "C:\\scans\\charter\x07 getekend.pdf", b"%PDF-1.7 scan",
                                   stakeholder_id=sh.id, note=" getekend op de startavond ")
    assert row.filename == "charter getekend.pdf" and row.media_type == "application/pdf"
    assert row.size == 13 and row.note == "getekend op de startavond" and not row.shared
    assert documents.content(db_session, row.id) == b"%PDF-1.7 scan"
    assert [a.id for a in documents.attachments(db_session, net.id, stakeholder_id=sh.id)] == [row.id]
    assert documents.attachments(db_session, net.id, network_only=True) == []
    assert documents.count_for(db_session, stakeholder_id=sh.id) == 1
    row.content = b"%PDF-1.7 scam"  # a flipped byte: never handed out as if it were the file
    with pytest.raises(DamagedVaultError):
        documents.content(db_session, row.id)


def test_too_big_empty_and_foreign_files_are_refused_with_a_reason(db_session: Session, net: Network,
                                                                   tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="tot 10,0 MB") as exc:
        documents.add_attachment(db_session, net.id, "film.mp4", b"x" * (documents.MAX_BYTES + 1))
    assert exc.value.field == "file"
    with pytest.raises(ValidationError, match="leeg"):
        documents.add_attachment(db_session, net.id, "leeg.txt", b"")
    other = Network(name="Ander netwerk", kind="local")
    db_session.add(other)
    db_session.flush()
    amb = Ambassador(network_id=other.id, name="Lotte Peeters")
    db_session.add(amb)
    db_session.flush()
    with pytest.raises(ValidationError, match="ander netwerk"):
        documents.add_attachment(db_session, net.id, "a.pdf", b"x", ambassador_id=amb.id)
    big = tmp_path / "groot.pdf"
    with open(big, "wb") as fh:
        fh.truncate(documents.MAX_BYTES + 10)  # sparse: the size is known before anything is read
    with pytest.raises(ValidationError, match="MB"):
        documents.read_file(big)
    with pytest.raises(ValidationError, match="map"):
        documents.read_file(tmp_path)
    with pytest.raises(ValidationError, match="kan niet gelezen worden"):
        documents.read_file(tmp_path / "weg.pdf")
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="geen gewoon bestand"):
        documents.read_file(fifo)  # never opened: reading a pipe would block the window
    ok = tmp_path / "verslag.txt"
    ok.write_bytes(b"verslag")
    assert documents.read_file(ok) == ("verslag.txt", b"verslag")
    assert db_session.query(Attachment).count() == 0  # nothing half-kept


def test_opening_goes_through_a_private_copy_that_is_removed(tmp_path: Path) -> None:
    copy = open_copies.open_copy(b"minutes", "../../etc/verslag.pdf", root=tmp_path)
    assert copy.name == "verslag.pdf" and copy.parent.parent == tmp_path  # no path escapes the folder
    assert copy.read_bytes() == b"minutes"
    assert stat.S_IMODE(os.stat(copy.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(copy).st_mode) & 0o077 == 0
    (tmp_path / "verbind-open-elsewhere").symlink_to(tmp_path / "nowhere")  # never followed
    assert open_copies.remove_open_copies(tmp_path) == 1
    assert not copy.exists() and not copy.parent.exists()


def test_deleting_a_file_drops_its_bytes(db_session: Session, net: Network) -> None:
    row = documents.add_attachment(db_session, net.id, "verslag.pdf", b"secret minutes")
    documents.delete_attachment(db_session, row.id)
    db_session.expire_all()
    gone = db_session.get(Attachment, row.id)
    assert gone is not None and gone.deleted_at is not None and gone.content == b""
    assert documents.attachments(db_session, net.id) == []


def test_agreed_texts_keep_every_version(db_session: Session, net: Network) -> None:
    v1 = documents.add_agreement_version(db_session, net.id, "charter", "Charter ambassadeurs", "Wij verbinden.",
                                         date(2025, 3, 1), "12 ambassadeurs, schepen van toerisme", today=TODAY)
    v2 = documents.add_agreement_version(db_session, net.id, "charter", "charter  AMBASSADEURS", "Wij verbinden en "
                                         "danken.", date(2026, 3, 1), "15 ambassadeurs", today=TODAY)
    assert (v1.version, v2.version) == (1, 2)
    assert [v.version for v in documents.agreement_versions(db_session, net.id)] == [2, 1]
    assert v1.text == "Wij verbinden."  # an earlier version stays as it was agreed
    with pytest.raises(ValidationError, match="toekomst"):
        documents.add_agreement_version(db_session, net.id, "covenant", "Convenant dorpsraden", "tekst",
                                        date(2027, 1, 1), "", today=TODAY)
    with pytest.raises(ValidationError) as exc:
        documents.add_agreement_version(db_session, net.id, "covenant", " ", "tekst", None, "", today=TODAY)
    assert exc.value.field == "title"


def test_subject_access_holds_the_files_and_erasure_removes_them(db_session: Session, net: Network) -> None:
    amb = Ambassador(network_id=net.id, name="Lotte Peeters")
    meeting = SteeringMeeting(network_id=net.id, held_on=date(2026, 5, 4))
    db_session.add_all([amb, meeting])
    db_session.flush()
    mine = documents.add_attachment(db_session, net.id, "engagement-lotte.pdf", b"signed by Lotte", ambassador_id=amb.id)
    minutes = documents.add_attachment(db_session, net.id, "verslag.pdf", b"minutes", meeting_id=meeting.id)
    mine_id, minutes_id = mine.id, minutes.id
    db_session.commit()
    data = gdpr.subject_access(db_session, amb.id, TODAY)
    files = data["attachments"]
    assert [f["filename"] for f in files] == ["engagement-lotte.pdf"]
    assert json.loads(json.dumps(data, default=str))["attachments"][0]["content_base64"] == "c2lnbmVkIGJ5IExvdHRl"
    gdpr.erase(db_session, amb.id)
    db_session.expire_all()
    left = {a.id for a in db_session.query(Attachment)}
    assert mine_id not in left  # erased with the person
    assert minutes_id in left  # the meeting's minutes stay
