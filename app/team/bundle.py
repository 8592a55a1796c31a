"""The `.verbind-bundle` file: a readable header (format, schema, team, sender, sequence, base
fingerprint, kind) authenticated as AES-GCM associated data, then the encrypted payload.

    b"VERBIND-BUNDLE 1\\n" + header JSON + b"\\n" + 12-byte nonce + ciphertext

The header also names the sender's member id and invitation and, after a removal, the team-key
generation, the new key wrapped per member who stays and the removed members (docs/vault-format.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import BadInputError
from app.fileutil import atomic_write_bytes

MAGIC = b"VERBIND-BUNDLE 1\n"
FORMAT = 1
MAX_BUNDLE = 2 * 1024**3


@dataclass(frozen=True)
class Header:
    format: int
    kind: str  # "changes" or "invite"
    schema: str
    team_id: str
    sender: str
    sequence: int
    base: str  # fingerprint of the base the changes were taken against ("" for full)
    # who sent it: the sender's own member id (made when their vault joined; `sender` is only the
    # name shown), and the invitation that vault was made from ("" for the lead). Bundles from
    # before member ids have neither: their sender name stands in for the id.
    sender_id: str = ""
    invite: str = ""
    # the team-key generation the payload is encrypted under (0: the key made at `team init`);
    # after a removal, the new key wrapped for each member who stays (invitation id → wrap) and the
    # member ids removed, so that every member learns both from whoever's bundle comes first
    key_generation: int = 0
    key_wraps: dict[str, str] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)  # member id → their last bundle still accepted

    @property
    def member_id(self) -> str:
        return self.sender_id or self.sender


OPTIONAL = ("key_generation", "key_wraps", "removed")  # written only when set


def write(path: Path, header: Header, key: bytes, payload: bytes) -> None:
    raw = {k: v for k, v in asdict(header).items() if k not in OPTIONAL or v}
    head = json.dumps(raw, sort_keys=True).encode("utf-8")
    nonce = os.urandom(12)
    body = AESGCM(key).encrypt(nonce, payload, MAGIC + head)
    atomic_write_bytes(Path(path), MAGIC + head + b"\n" + nonce + body)


def read_header(path: Path) -> tuple[Header, bytes, bytes]:
    """Header, the header bytes (associated data) and the encrypted rest. Raises BadInputError."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE:
            raise BadInputError(f"{path.name} is te groot voor een uitwisselingsbundel")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"kan {path.name} niet lezen: {exc.strerror or exc}") from exc
    if not data.startswith(MAGIC):
        raise BadInputError(f"{path.name} is geen Verbind-bundel")
    rest = data[len(MAGIC):]
    head, sep, blob = rest.partition(b"\n")
    try:
        raw = json.loads(head)
        known = {f.name for f in fields(Header)}
        header = Header(**{k: v for k, v in raw.items() if k in known})  # unknown fields: a newer writer's
    except (ValueError, TypeError, AttributeError) as exc:
        raise BadInputError(f"{path.name}: de kop van de bundel is beschadigd") from exc
    if not sep or len(blob) < 28:
        raise BadInputError(f"{path.name}: de bundel is afgebroken")
    if header.format > FORMAT:
        raise BadInputError(f"{path.name} komt van een nieuwere versie van Verbind: werk Verbind bij")
    return header, head, blob


def decrypt(key: bytes, head: bytes, blob: bytes, name: str = "bundel") -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:12], blob[12:], MAGIC + head)
    except InvalidTag as exc:
        raise BadInputError(f"{name} is gewijzigd onderweg of hoort niet bij dit team: geweigerd, er werd niets "
                            "veranderd") from exc
