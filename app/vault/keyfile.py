"""The key file beside a vault: a random data key wrapped with AES-256-GCM twice, under
Argon2id(passphrase) and under a random recovery key. See docs/vault-format.md."""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import DamagedVaultError, MissingKeyFileError, WrongPassphraseError
from app.fileutil import atomic_write_text

FORMAT = "verbind-key"
VERSION = 1
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
TARGET_SECONDS = 1.0
MAX_MEMORY_KIB = 256 * 1024  # field laptops are old: past 256 MiB, spend the time on iterations
# Crockford base32 without I, L, O, U: unambiguous when read aloud or written down.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_BYTES = 20  # 160 bits → 32 characters, 8 groups of 4


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def derive(self, secret: bytes) -> bytes:
        kdf = Argon2id(
            salt=self.salt, length=32, iterations=self.iterations, lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
            "lanes": self.lanes, "salt": _b64(self.salt),
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_path_for(db_path: Path) -> Path:
    return Path(str(db_path) + ".key")


def encode_recovery_key(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def decode_recovery_key(text: str) -> bytes:
    """Tolerant of case, spaces and dashes; O→0 and I/L→1 as Crockford prescribes."""
    cleaned = text.upper().replace("-", "").replace(" ", "").replace("O", "0")
    cleaned = cleaned.replace("I", "1").replace("L", "1")
    if len(cleaned) != _RECOVERY_BYTES * 8 // 5 or any(c not in _ALPHABET for c in cleaned):
        raise WrongPassphraseError("recovery key has the wrong form")
    number = 0
    for c in cleaned:
        number = (number << 5) | _ALPHABET.index(c)
    return number.to_bytes(_RECOVERY_BYTES, "big")


def recovery_wrap_key(raw_recovery: bytes, vault_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=b"verbind-recovery-v1")
    return hkdf.derive(raw_recovery)


def _aad(vault_id: str, wrap: str) -> bytes:
    return f"verbind-key:v1:{vault_id}:{wrap}".encode()


def _wrap(key: bytes, data_key: bytes, vault_id: str, name: str) -> dict[str, str]:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, data_key, _aad(vault_id, name))
    return {"nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _unwrap(key: bytes, wrap: dict[str, str], vault_id: str, name: str) -> bytes:
    try:
        nonce, ct = _unb64(wrap["nonce"]), _unb64(wrap["ciphertext"])
    except (KeyError, ValueError, TypeError) as exc:
        raise DamagedVaultError(f"key file: malformed {name} wrap") from exc
    try:
        return AESGCM(key).decrypt(nonce, ct, _aad(vault_id, name))
    except InvalidTag as exc:
        raise WrongPassphraseError("the passphrase does not unwrap the data key") from exc


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters taking about `target_seconds` here; never below 64 MiB, t=3, p=4.
    With VERBIND_KDF_PROFILE=fast the floor is used without calibration (tests, demo)."""
    salt = os.urandom(16)
    floor = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, LANES, salt)
    if os.environ.get("VERBIND_KDF_PROFILE") == "fast":
        return floor
    start = time.perf_counter()
    floor.derive(b"calibration")
    elapsed = max(time.perf_counter() - start, 1e-3)
    memory = FLOOR_MEMORY_KIB
    # Memory hardness first: scale memory (power of two) while staying under the target.
    while memory * 2 <= MAX_MEMORY_KIB and elapsed * 2 <= target_seconds:
        memory *= 2
        elapsed *= 2
    iterations = FLOOR_ITERATIONS
    if elapsed < target_seconds * 0.7:
        iterations = max(FLOOR_ITERATIONS, round(FLOOR_ITERATIONS * target_seconds / elapsed))
    return KdfParams(memory, iterations, LANES, salt)


@dataclass
class KeyFile:
    path: Path
    vault_id: str
    kdf: KdfParams
    wraps: dict[str, dict[str, str]]
    created_at: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                "kdf": self.kdf.to_json(), "wraps": self.wraps, "created_at": self.created_at,
            },
            indent=2,
        )

    def save(self) -> None:
        atomic_write_text(self.path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise MissingKeyFileError(str(path))
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                raise DamagedVaultError("not a Verbind key file")
            if int(raw.get("version", 0)) > VERSION:
                from app.errors import NewerVaultError

                raise NewerVaultError("key file from a newer version")
            kdf_raw = raw["kdf"]
            if kdf_raw.get("name") != "argon2id":
                raise DamagedVaultError(f"unknown KDF {kdf_raw.get('name')!r}")
            kdf = KdfParams(int(kdf_raw["memory_kib"]), int(kdf_raw["iterations"]),
                            int(kdf_raw["lanes"]), _unb64(kdf_raw["salt"]))
            return cls(path, str(raw["vault_id"]), kdf, dict(raw["wraps"]), str(raw.get("created_at", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedVaultError(f"key file unreadable: {exc}") from exc


def create_keyfile(db_path: Path, passphrase: str) -> tuple[KeyFile, bytes, str]:
    """New data key, wrapped under the passphrase and a new recovery key. Not yet saved."""
    data_key = secrets.token_bytes(32)
    vault_id = str(uuid.uuid4())
    kdf = calibrate()
    raw_recovery = secrets.token_bytes(_RECOVERY_BYTES)
    wraps = {
        "passphrase": _wrap(kdf.derive(passphrase.encode("utf-8")), data_key, vault_id, "passphrase"),
        "recovery": _wrap(recovery_wrap_key(raw_recovery, vault_id), data_key, vault_id, "recovery"),
    }
    created = datetime.now(UTC).isoformat(timespec="seconds")
    kf = KeyFile(key_path_for(db_path), vault_id, kdf, wraps, created)
    return kf, data_key, encode_recovery_key(raw_recovery)


def unwrap_with_passphrase(key_path: Path, passphrase: str) -> bytes:
    kf = KeyFile.load(key_path)
    return _unwrap(kf.kdf.derive(passphrase.encode("utf-8")), kf.wraps.get("passphrase", {}),
                   kf.vault_id, "passphrase")


def unwrap_with_recovery(key_path: Path, recovery_key: str) -> bytes:
    kf = KeyFile.load(key_path)
    raw = decode_recovery_key(recovery_key)
    return _unwrap(recovery_wrap_key(raw, kf.vault_id), kf.wraps.get("recovery", {}), kf.vault_id, "recovery")


def rewrap_passphrase(key_path: Path, data_key: bytes, new_passphrase: str) -> None:
    """Wrap the data key under a new passphrase (fresh salt, recalibrated). Atomic; the
    database and the recovery wrap are untouched."""
    kf = KeyFile.load(key_path)
    kdf = calibrate()
    kf.kdf = kdf
    kf.wraps = dict(kf.wraps)
    kf.wraps["passphrase"] = _wrap(kdf.derive(new_passphrase.encode("utf-8")), data_key,
                                   kf.vault_id, "passphrase")
    kf.save()


def measure_unlock(key_path: Path, passphrase: str) -> float:
    """Seconds to derive and unwrap (for benchmarks)."""
    start = time.perf_counter()
    unwrap_with_passphrase(key_path, passphrase)
    return time.perf_counter() - start


def create_keyfile_for(db_path: Path, passphrase: str, data_key: bytes) -> tuple[KeyFile, str]:
    """A key file wrapping an existing data key (joining a team: the copied database was re-keyed)."""
    vault_id = str(uuid.uuid4())
    kdf = calibrate()
    raw_recovery = secrets.token_bytes(_RECOVERY_BYTES)
    wraps = {
        "passphrase": _wrap(kdf.derive(passphrase.encode("utf-8")), data_key, vault_id, "passphrase"),
        "recovery": _wrap(recovery_wrap_key(raw_recovery, vault_id), data_key, vault_id, "recovery"),
    }
    kf = KeyFile(key_path_for(db_path), vault_id, kdf, wraps, datetime.now(UTC).isoformat(timespec="seconds"))
    return kf, encode_recovery_key(raw_recovery)
