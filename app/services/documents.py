"""Documents that belong to the work (#19; seeds 000 and 004): versions of texts agreed together
(charter, engagement declaration, covenant) and files attached to the network, a stakeholder, an
ambassador or a steering group meeting, kept encrypted in the vault.

A file is read from disk only after its size was checked (a clear message above MAX_BYTES), its
bytes are verified against their SHA-256 whenever they are read back, and opening one goes through
a private temporary copy (app.io.open_copies) that is deleted again on lock, on quit and, for copies
a crash left behind, on the next start."""

from __future__ import annotations

import hashlib
import mimetypes
import stat
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import AgreementVersion, Ambassador, Attachment, Stakeholder, SteeringMeeting
from app.errors import DamagedVaultError, ValidationError
from app.formatting import fmt_number
from app.i18n import tr
from app.io.open_copies import safe_name
from app.services.common import alive, network, resolve, soft_delete

MAX_BYTES = 10 * 1024 * 1024  # one file: a signed scan or the minutes, not a video
AGREEMENT_KINDS = ("charter", "engagement", "covenant", "other")


def _mb(n: int) -> str:
    return fmt_number(n / (1024 * 1024), 1)


# -- files ----------------------------------------------------------------------------------------------
def read_file(path: Path) -> tuple[str, bytes]:
    """The name and bytes of a file the user chose, refused with a message that says why (too big,
    empty, a folder, unreadable); never more than MAX_BYTES + 1 bytes are read."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ValidationError(tr(f"‘{path.name}’ is een map. Kies een bestand.",
                                     f"‘{path.name}’ is a folder. Choose a file."), field="file")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a device or pipe would never end (or block the window)
            raise ValidationError(tr(f"‘{path.name}’ is geen gewoon bestand. Kies een document, scan of foto.",
                                     f"‘{path.name}’ is not a regular file. Choose a document, scan or photo."),
                                  field="file")
        size = info.st_size
        if size > MAX_BYTES:
            raise ValidationError(too_big(size), field="file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError(tr(f"‘{path.name}’ kan niet gelezen worden ({exc.strerror or exc}). Controleer of het "
                                 "bestand nog bestaat en of je het mag openen.",
                                 f"‘{path.name}’ cannot be read ({exc.strerror or exc}). Check that the file still "
                                 "exists and that you may open it."), field="file") from exc
    if len(data) > MAX_BYTES:  # it grew while we looked
        raise ValidationError(too_big(len(data)), field="file")
    return path.name, data


def too_big(size: int) -> str:
    return tr(f"Dit bestand is {_mb(size)} MB; de kluis bewaart bestanden tot {_mb(MAX_BYTES)} MB. Verklein het "
              "(bijvoorbeeld een scan als PDF in grijstinten) of bewaar het buiten Verbind.",
              f"This file is {_mb(size)} MB; the vault keeps files up to {_mb(MAX_BYTES)} MB. Make it smaller "
              "(for example a scan as a greyscale PDF) or keep it outside Verbind.")


def add_attachment(session: Session, network_id: str, filename: str, content: bytes, *,
                   stakeholder_id: str | None = None, ambassador_id: str | None = None,
                   meeting_id: str | None = None, note: str = "", shared: bool = False) -> Attachment:
    network(session, network_id)
    owners = [x for x in (stakeholder_id, ambassador_id, meeting_id) if x]
    if len(owners) > 1:
        raise ValidationError("Een bijlage hoort bij één stakeholder, ambassadeur of vergadering.", field="owner")
    owner_networks = [resolve(session, Stakeholder, stakeholder_id).network_id if stakeholder_id else None,
                      resolve(session, Ambassador, ambassador_id).network_id if ambassador_id else None,
                      resolve(session, SteeringMeeting, meeting_id).network_id if meeting_id else None]
    if any(n is not None and n != network_id for n in owner_networks):
        raise ValidationError("Die bijlage hoort bij een ander netwerk.", field="owner")
    if not content:
        raise ValidationError(tr("Dit bestand is leeg (0 bytes): er is niets om te bewaren.",
                                 "This file is empty (0 bytes): there is nothing to keep."), field="file")
    if len(content) > MAX_BYTES:
        raise ValidationError(too_big(len(content)), field="file")
    name = safe_name(filename)  # as shown, and as a temporary copy is called
    row = Attachment(network_id=network_id, stakeholder_id=stakeholder_id or None, ambassador_id=ambassador_id or None,
                     meeting_id=meeting_id or None, filename=name,
                     media_type=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(content),
                     sha256=hashlib.sha256(content).hexdigest(), note=(note or "").strip(), shared=bool(shared),
                     content=content)
    session.add(row)
    session.flush()
    return row


def attachments(session: Session, network_id: str, *, stakeholder_id: str | None = None,
                ambassador_id: str | None = None, meeting_id: str | None = None,
                network_only: bool = False) -> list[Attachment]:
    """The files of one owner (newest first); `network_only`: those of the network itself."""
    q = select(Attachment).where(Attachment.network_id == network_id, alive(Attachment))
    for col, value in ((Attachment.stakeholder_id, stakeholder_id), (Attachment.ambassador_id, ambassador_id),
                       (Attachment.meeting_id, meeting_id)):
        if value:
            q = q.where(col == value)
        elif network_only:
            q = q.where(col.is_(None))
    return list(session.scalars(q.order_by(Attachment.created_at.desc(), Attachment.filename)))


def count_for(session: Session, **owner: str) -> int:
    (col, value), = owner.items()
    return int(session.scalar(select(func.count()).select_from(Attachment).where(
        getattr(Attachment, col) == value, alive(Attachment))) or 0)


def content(session: Session, attachment_id: str) -> bytes:
    row = resolve(session, Attachment, attachment_id)
    data = row.content or b""
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise DamagedVaultError(f"attachment {row.id} does not match its checksum")
    return data


def update_attachment(session: Session, attachment_id: str, *, note: str | None = None,
                      shared: bool | None = None) -> Attachment:
    row = resolve(session, Attachment, attachment_id)
    if note is not None:
        row.note = note.strip()
    if shared is not None:
        row.shared = bool(shared)
    session.flush()
    return row


def delete_attachment(session: Session, attachment_id: str) -> None:
    """A tombstone (so teammates who have a shared file remove it too) without the bytes."""
    row = resolve(session, Attachment, attachment_id)
    row.content = b""
    soft_delete(session, row)


# -- agreed texts ---------------------------------------------------------------------------------------
def agreement_versions(session: Session, network_id: str) -> list[AgreementVersion]:
    """Every version, grouped by text (title), newest version first."""
    rows = session.scalars(select(AgreementVersion).where(AgreementVersion.network_id == network_id,
                                                          alive(AgreementVersion)))
    return sorted(rows, key=lambda v: (v.title.lower(), -v.version))


def add_agreement_version(session: Session, network_id: str, kind: str, title: str, text: str,
                          agreed_on: date | None, agreed_by: str, today: date | None = None) -> AgreementVersion:
    """A new version of the text of that title (the first when new): the text as agreed, when
    and by whom. Earlier versions stay as they were."""
    network(session, network_id)
    if kind not in AGREEMENT_KINDS:
        raise ValidationError("Kies wat voor tekst het is (charter, engagementsverklaring, convenant, ander).", field="kind")
    if not (title or "").strip():
        raise ValidationError(tr("Geef de tekst een titel, bv. ‘Charter ambassadeurs 2026’.",
                                 "Give the text a title, e.g. ‘Ambassador charter 2026’."), field="title")
    if not (text or "").strip():
        raise ValidationError(tr("Plak of typ de tekst zoals hij afgesproken werd.",
                                 "Paste or type the text as it was agreed."), field="text")
    if agreed_on is not None and agreed_on > (today or date.today()):
        raise ValidationError(tr("De datum van akkoord ligt in de toekomst. Laat hem leeg zolang de tekst nog niet "
                                 "afgesproken is.", "The date of agreement is in the future. Leave it empty while "
                                 "the text is not agreed yet."), field="agreed_on")
    title = " ".join(title.split())[:200]
    same = [v.version for v in agreement_versions(session, network_id)
            if " ".join(v.title.split()).lower() == title.lower()]
    row = AgreementVersion(network_id=network_id, kind=kind, title=title,
                           version=max(same, default=0) + 1, text=text.strip(), agreed_on=agreed_on,
                           agreed_by=" ".join((agreed_by or "").split()))
    session.add(row)
    session.flush()
    return row


def delete_agreement_version(session: Session, version_id: str) -> None:
    soft_delete(session, resolve(session, AgreementVersion, version_id))
