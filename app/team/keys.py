"""Team keys by generation, and the member keys that carry a new one to the members who stay.

- Each invitation holds a one-time member secret (inside the invitation, encrypted under the
  one-time code). At joining, and on the inviter's side at inviting, it becomes the member key
  `HKDF-SHA256(secret, salt = team id, info = "verbind-member-key:v1:" + invitation id)`; only that
  key is kept, inside each encrypted vault, never the secret and never in a plain file.
- Removing a member makes a new random team key (the next generation). It travels in the header
  of the following bundles, wrapped (AES-256-GCM) under the member key of every member who stays;
  the removed member's key opens none of the wraps, so they read no bundle made after removal.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def member_key(secret: bytes, team_id: str, invite_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=team_id.encode(),
                info=f"verbind-member-key:v1:{invite_id}".encode())
    return hkdf.derive(secret)


def _aad(team_id: str, generation: int, invite_id: str) -> bytes:
    return f"verbind-team-key:v1:{team_id}:{generation}:{invite_id}".encode()


def wrap(member: bytes, team_key: bytes, team_id: str, generation: int, invite_id: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(member).encrypt(nonce, team_key, _aad(team_id, generation, invite_id))
    return base64.b64encode(nonce + ct).decode("ascii")


def unwrap(member: bytes, wrapped: str, team_id: str, generation: int, invite_id: str) -> bytes | None:
    """The team key of `generation`, or None when this member key does not open the wrap."""
    try:
        raw = base64.b64decode(wrapped.encode("ascii"), validate=True)
        key = AESGCM(member).decrypt(raw[:12], raw[12:], _aad(team_id, generation, invite_id))
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == 32 else None
