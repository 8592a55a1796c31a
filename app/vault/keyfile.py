"""The key file beside a vault: a random data key wrapped with AES-256-GCM twice, under
Argon2id(passphrase) and under a random recovery key. See docs/vault-format.md."""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import time
import unicodedata
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

from app.errors import (
    DamagedVaultError,
    MissingKeyFileError,
    NewerVaultError,
    SlowUnlockError,
    WrongPassphraseError,
)
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
# Sanity bounds when reading a key file: a damaged (or hostile) file must not make us allocate
# gigabytes or spin for minutes before the GCM tag can say anything. They are what calibrate()
# can produce (memory capped at MAX_MEMORY_KIB, then iterations), with room for a fast machine.
_MAX_MEMORY_KIB = MAX_MEMORY_KIB
_MAX_ITERATIONS = 32
_MAX_LANES = 16
MAX_KEY_FILE_BYTES = 64 * 1024  # a key file is about 600 bytes
# above this cost (KiB × iterations) the unlock time is estimated on this machine before deriving
_CHECK_COST = MAX_MEMORY_KIB * 8
SLOW_UNLOCK_SECONDS = 10.0
_NONCE_BYTES = 12
_WRAPPED_BYTES = 32 + 16  # data key + GCM tag
WRAP_NAMES = ("passphrase", "recovery")


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


def passphrase_bytes(passphrase: str) -> bytes:
    """The KDF input: the passphrase in Unicode NFC, UTF-8 encoded (the same passphrase typed
    on macOS, Windows or Linux gives the same bytes)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


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
    if len(nonce) != _NONCE_BYTES or len(ct) != _WRAPPED_BYTES:
        raise DamagedVaultError(f"key file: malformed {name} wrap")
    try:
        return AESGCM(key).decrypt(nonce, ct, _aad(vault_id, name))
    except InvalidTag as exc:
        raise WrongPassphraseError(f"the {name} does not unwrap the data key") from exc


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
        """Read and validate a key file. Missing → MissingKeyFileError; anything malformed
        (bad JSON, wrong types, impossible KDF parameters, wrong sizes, not a regular file, too
        large) → DamagedVaultError."""
        path = Path(path)
        data = _read_small_regular(path)
        try:
            raw = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # includes UnicodeDecodeError and JSONDecodeError
            raise DamagedVaultError(f"key file is not valid JSON: {type(exc).__name__}") from exc
        return cls(path, *_parse(raw))


def _read_small_regular(path: Path) -> bytes:
    """At most MAX_KEY_FILE_BYTES of a regular file: a key file that is a FIFO, a device or
    /dev/zero behind a symlink must neither hang nor fill memory."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise MissingKeyFileError(str(path)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DamagedVaultError("key file is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 16 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_KEY_FILE_BYTES:
                raise DamagedVaultError("key file is far too large")
        return b"".join(chunks)
    finally:
        os.close(fd)


_floor_seconds: float | None = None


def estimated_seconds(kdf: KdfParams) -> float:
    """How long deriving with `kdf` takes on this machine, scaled from one derivation with the floor
    parameters (measured once per process, and only for unusually costly parameters)."""
    global _floor_seconds
    cost = kdf.memory_kib * kdf.iterations
    floor_cost = FLOOR_MEMORY_KIB * FLOOR_ITERATIONS
    if cost <= _CHECK_COST:
        return 0.0
    if _floor_seconds is None:
        start = time.perf_counter()
        KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, LANES, b"\0" * 16).derive(b"estimate")
        _floor_seconds = time.perf_counter() - start
    return _floor_seconds * cost / floor_cost


def check_cost(kdf: KdfParams, allow_slow: bool) -> None:
    """SlowUnlockError when the parameters would take far longer here than Verbind's own
    calibration ever makes them (a damaged or altered key file), unless the user allowed it."""
    if allow_slow or os.environ.get("VERBIND_ALLOW_SLOW_UNLOCK") == "1":
        return
    seconds = estimated_seconds(kdf)
    if seconds > SLOW_UNLOCK_SECONDS:
        raise SlowUnlockError(seconds, kdf.memory_kib // 1024)


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise DamagedVaultError(f"key file: {reason}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse(raw: object) -> tuple[str, KdfParams, dict[str, dict[str, str]], str]:
    _require(isinstance(raw, dict), "not a JSON object")
    assert isinstance(raw, dict)
    _require(raw.get("format") == FORMAT, "not a Verbind key file")
    version = raw.get("version")
    _require(_is_int(version), "version missing")
    assert isinstance(version, int)
    if version > VERSION:
        raise NewerVaultError("key file from a newer version")
    _require(version >= 1, f"unknown version {version}")

    vault_id = raw.get("vault_id")
    _require(isinstance(vault_id, str), "vault_id missing")
    assert isinstance(vault_id, str)
    try:
        uuid.UUID(vault_id)
    except ValueError:
        _require(False, "vault_id is not a UUID")

    kdf_raw = raw.get("kdf")
    _require(isinstance(kdf_raw, dict), "kdf block missing")
    assert isinstance(kdf_raw, dict)
    _require(kdf_raw.get("name") == "argon2id", f"unknown KDF {kdf_raw.get('name')!r}")
    memory, iterations, lanes = (kdf_raw.get(k) for k in ("memory_kib", "iterations", "lanes"))
    _require(_is_int(memory) and _is_int(iterations) and _is_int(lanes), "KDF parameters missing")
    assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
    _require(1 <= lanes <= _MAX_LANES, f"KDF lanes out of range ({lanes})")
    _require(8 * lanes <= memory <= _MAX_MEMORY_KIB, f"KDF memory out of range ({memory} KiB)")
    _require(1 <= iterations <= _MAX_ITERATIONS, f"KDF iterations out of range ({iterations})")
    try:
        salt = _unb64(kdf_raw.get("salt"))  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        salt = b""
    _require(16 <= len(salt) <= 64, "KDF salt missing or malformed")

    wraps_raw = raw.get("wraps")
    _require(isinstance(wraps_raw, dict), "wraps block missing")
    assert isinstance(wraps_raw, dict)
    wraps: dict[str, dict[str, str]] = {}
    for name in WRAP_NAMES:
        wrap = wraps_raw.get(name)
        _require(isinstance(wrap, dict), f"{name} wrap missing")
        assert isinstance(wrap, dict)
        try:
            nonce, ct = _unb64(wrap["nonce"]), _unb64(wrap["ciphertext"])
        except (KeyError, ValueError, TypeError, AttributeError):
            nonce = ct = b""
        _require(len(nonce) == _NONCE_BYTES and len(ct) == _WRAPPED_BYTES, f"malformed {name} wrap")
        wraps[name] = {"nonce": wrap["nonce"], "ciphertext": wrap["ciphertext"]}
    created_at = raw.get("created_at", "")
    kdf = KdfParams(memory, iterations, lanes, salt)
    return vault_id, kdf, wraps, created_at if isinstance(created_at, str) else ""


def create_keyfile(db_path: Path, passphrase: str) -> tuple[KeyFile, bytes, str]:
    """New data key, wrapped under the passphrase and a new recovery key. Not yet saved."""
    data_key = secrets.token_bytes(32)
    vault_id = str(uuid.uuid4())
    kdf = calibrate()
    raw_recovery = secrets.token_bytes(_RECOVERY_BYTES)
    wraps = {
        "passphrase": _wrap(kdf.derive(passphrase_bytes(passphrase)), data_key, vault_id, "passphrase"),
        "recovery": _wrap(recovery_wrap_key(raw_recovery, vault_id), data_key, vault_id, "recovery"),
    }
    created = datetime.now(UTC).isoformat(timespec="seconds")
    kf = KeyFile(key_path_for(db_path), vault_id, kdf, wraps, created)
    return kf, data_key, encode_recovery_key(raw_recovery)


def unwrap_with_passphrase(key_path: Path, passphrase: str, *, allow_slow: bool = False) -> bytes:
    """The data key, or WrongPassphraseError. The file is only read, never written."""
    kf = KeyFile.load(key_path)
    check_cost(kf.kdf, allow_slow)
    try:
        return _unwrap(kf.kdf.derive(passphrase_bytes(passphrase)), kf.wraps["passphrase"],
                       kf.vault_id, "passphrase")
    except WrongPassphraseError:
        # a key file written by another program may have used the passphrase as typed (not NFC)
        if passphrase.encode("utf-8") == passphrase_bytes(passphrase):
            raise
        return _unwrap(kf.kdf.derive(passphrase.encode("utf-8")), kf.wraps["passphrase"],
                       kf.vault_id, "passphrase")


def unwrap_with_recovery(key_path: Path, recovery_key: str) -> bytes:
    kf = KeyFile.load(key_path)
    raw = decode_recovery_key(recovery_key)
    return _unwrap(recovery_wrap_key(raw, kf.vault_id), kf.wraps["recovery"], kf.vault_id, "recovery")


def rewrap_passphrase(key_path: Path, data_key: bytes, new_passphrase: str) -> None:
    """Wrap the data key under a new passphrase (fresh salt, recalibrated). Atomic; the
    database and the recovery wrap are untouched."""
    kf = KeyFile.load(key_path)
    kdf = calibrate()
    kf.kdf = kdf
    kf.wraps = dict(kf.wraps)
    kf.wraps["passphrase"] = _wrap(kdf.derive(passphrase_bytes(new_passphrase)), data_key,
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
        "passphrase": _wrap(kdf.derive(passphrase_bytes(passphrase)), data_key, vault_id, "passphrase"),
        "recovery": _wrap(recovery_wrap_key(raw_recovery, vault_id), data_key, vault_id, "recovery"),
    }
    kf = KeyFile(key_path_for(db_path), vault_id, kdf, wraps, datetime.now(UTC).isoformat(timespec="seconds"))
    return kf, encode_recovery_key(raw_recovery)


def for_new_data_key(key_path: Path, new_data_key: bytes, passphrase: str, recovery_key: str | None,
                     target: Path) -> tuple[KeyFile, str | None]:
    """The key file of this vault (same vault_id) wrapping `new_data_key`, to be saved at `target`:
    the passphrase wrap under a fresh salt, the recovery wrap under `recovery_key` (which must
    unwrap the current data key: WrongPassphraseError otherwise) or, when it is None, under a new
    recovery key, returned. The recovery wrap cannot be redone without the recovery key: the key
    file only holds it wrapped. Not yet saved."""
    kf = KeyFile.load(key_path)
    if recovery_key is not None:
        raw = decode_recovery_key(recovery_key)
        _unwrap(recovery_wrap_key(raw, kf.vault_id), kf.wraps["recovery"], kf.vault_id, "recovery")
        shown: str | None = None
    else:
        raw = secrets.token_bytes(_RECOVERY_BYTES)
        shown = encode_recovery_key(raw)
    kdf = calibrate()
    wraps = {
        "passphrase": _wrap(kdf.derive(passphrase_bytes(passphrase)), new_data_key, kf.vault_id, "passphrase"),
        "recovery": _wrap(recovery_wrap_key(raw, kf.vault_id), new_data_key, kf.vault_id, "recovery"),
    }
    return KeyFile(Path(target), kf.vault_id, kdf, wraps, kf.created_at), shown
