"""Documents that belong to the work (seeds 000 and 004): the texts agreed together — a charter or
engagement declaration with the ambassadors, a covenant with the village councils — kept with
every version (who agreed, when), and files attached to a stakeholder, an ambassador, a steering
group meeting or the network itself (a signed scan, minutes).

A file's bytes live in the vault (SQLCipher encrypts them with everything else). An attachment
hangs from its owner by a foreign key with ON DELETE CASCADE, so erasing a person erases their
files. It travels in a team bundle only when the user marked it `shared`."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, Record

# rows of these tables stay on this laptop unless the condition holds (see app.team.exchange)
PRIVATE_ROWS: dict[str, str] = {"attachment": "shared = 0"}


class AgreementVersion(Record, Base):
    """One version of a text agreed together. `kind`: charter, engagement, covenant or other;
    versions of one text share `title` and count up from 1."""

    __tablename__ = "agreement_version"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="charter")
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    agreed_by: Mapped[str] = mapped_column(Text, default="")  # who agreed: parties or names, as typed


class Attachment(Record, Base):
    """A file kept in the vault. Owner: the stakeholder, ambassador or steering meeting it belongs to
    (at most one of the three), or only the network when none is set."""

    __tablename__ = "attachment"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"),
                                                       nullable=True, index=True)
    ambassador_id: Mapped[str | None] = mapped_column(ForeignKey("ambassador.id", ondelete="CASCADE"),
                                                      nullable=True, index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("steering_meeting.id", ondelete="CASCADE"),
                                                   nullable=True, index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)  # travels in team bundles only when True
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded only when opened
