"""The `.verbind-bundle` file: a readable header (format, schema, team, sender, sequence, base
fingerprint, kind) authenticated as AES-GCM associated data, then the encrypted payload.

    b"VERBIND-BUNDLE 1\\n" + header JSON + b"\\n" + 12-byte nonce + ciphertext

The header also names the sender's member id and invitation and, after a removal, the team-key
generation, the new key wrapped per member who stays and the removed members (docs/vault-format.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import BadInputError
from app.i18n import tr
from app.outputs import write_output_bytes

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
    write_output_bytes(Path(path), MAGIC + head + b"\n" + nonce + body)


MAX_HEADER = 64 * 1024
_HEADER_TYPES = {"format": int, "kind": str, "schema": str, "team_id": str, "sender": str, "sequence": int,
                 "base": str}


def _parse_header(head: bytes) -> Header:
    """The header, its fields checked one by one: odd JSON types, deep nesting or a missing
    field are a damaged header (BadInputError), never an exception further on."""
    if len(head) > MAX_HEADER:
        raise ValueError("header too long")
    raw = json.loads(head.decode("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("header is not an object")
    values: dict[str, Any] = {}
    for name, kind in _HEADER_TYPES.items():
        value = raw.get(name)
        if not isinstance(value, kind) or isinstance(value, bool) or (isinstance(value, str) and len(value) > 200):
            raise ValueError(f"header field {name!r} is missing or of the wrong type")
        values[name] = value
    if values["kind"] not in ("changes", "invite") or not 0 <= values["sequence"] < 2**62:
        raise ValueError("header field out of range")
    # optional fields (member ids, key rotation); unknown ones are a newer writer's and ignored
    for name in ("sender_id", "invite"):
        value = raw.get(name, "")
        if not isinstance(value, str) or len(value) > 200:
            raise ValueError(f"header field {name!r} is of the wrong type")
        values[name] = value
    generation = raw.get("key_generation", 0)
    if not isinstance(generation, int) or isinstance(generation, bool) or not 0 <= generation < 2**31:
        raise ValueError("header field 'key_generation' is of the wrong type")
    values["key_generation"] = generation
    for name, kind in (("key_wraps", str), ("removed", int)):
        value = raw.get(name, {})
        if not isinstance(value, dict) or len(value) > 10_000 or not all(
                isinstance(k, str) and isinstance(v, kind) and not isinstance(v, bool) for k, v in value.items()):
            raise ValueError(f"header field {name!r} is of the wrong type")
        values[name] = value
    return Header(**values)


def read_header(path: Path) -> tuple[Header, bytes, bytes]:
    """Header, the header bytes (associated data) and the encrypted rest. Raises BadInputError."""
    path = Path(path)
    try:
        if not path.is_file():
            raise BadInputError(tr(f"{path.name} is geen gewoon bestand: kies een bundelbestand",
                                   f"{path.name} is not a regular file: choose a bundle file"))
        if path.stat().st_size > MAX_BUNDLE:
            raise BadInputError(tr(f"{path.name} is te groot voor een uitwisselingsbundel",
                                   f"{path.name} is too large for an exchange bundle"))
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(tr(f"kan {path.name} niet lezen: {exc.strerror or exc}",
                               f"cannot read {path.name}: {exc.strerror or exc}")) from exc
    if not data.startswith(MAGIC):
        raise BadInputError(tr(f"{path.name} is geen Verbind-bundel", f"{path.name} is not a Verbind bundle"))
    rest = data[len(MAGIC):]
    head, sep, blob = rest.partition(b"\n")
    try:
        raw_format = json.loads(head.decode("utf-8")).get("format") if len(head) <= MAX_HEADER else None
    except (ValueError, AttributeError, RecursionError):
        raw_format = None
    if isinstance(raw_format, int) and not isinstance(raw_format, bool) and raw_format > FORMAT:
        raise BadInputError(tr(f"{path.name} komt van een nieuwere versie van Verbind: werk Verbind bij",
                               f"{path.name} comes from a newer version of Verbind: update Verbind"))
    try:
        header = _parse_header(head)
    except (ValueError, TypeError, RecursionError) as exc:
        raise BadInputError(tr(f"{path.name}: de kop van de bundel is beschadigd",
                               f"{path.name}: the bundle's header is damaged")) from exc
    if not sep or len(blob) < 28:
        raise BadInputError(tr(f"{path.name}: de bundel is afgebroken", f"{path.name}: the bundle is truncated"))
    return header, head, blob


def decrypt(key: bytes, head: bytes, blob: bytes, name: str = "bundel") -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:12], blob[12:], MAGIC + head)
    except InvalidTag as exc:
        raise BadInputError(tr(f"{name} is gewijzigd onderweg of hoort niet bij dit team: geweigerd, er werd "
                               "niets veranderd",
                               f"{name} was changed on the way or belongs to another team: refused, nothing "
                               "was changed")) from exc
