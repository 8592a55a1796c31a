"""Error types of the headless core. Each maps to one CLI exit code and one user message."""

from __future__ import annotations


class VerbindError(Exception):
    """Base class: an error the user can understand and act on."""

    exit_code = 1


class UsageError(VerbindError):
    exit_code = 1


class WrongPassphraseError(VerbindError):
    """The passphrase (or recovery key) does not unwrap the data key (GCM tag failed)."""

    exit_code = 2


class DamagedVaultError(VerbindError):
    """The key unwrapped, but the database will not decrypt or fails its integrity checks."""

    exit_code = 3


class MissingKeyFileError(VerbindError):
    """The key file beside the database is missing."""

    exit_code = 3


class NewerVaultError(VerbindError):
    """The vault was written by a newer version of Verbind; it is refused, never touched."""

    exit_code = 1


class VaultInUseError(VerbindError):
    """Another process has the vault open."""

    exit_code = 1


class VaultExistsError(VerbindError):
    """Refuse to create a vault over an existing file."""

    exit_code = 1


class VaultNotFoundError(VerbindError):
    exit_code = 1


class BadInputError(VerbindError):
    """An input file (import, bundle, snapshot) is malformed or hostile."""

    exit_code = 4


class NotFoundError(VerbindError):
    """A record named by id or name does not exist."""

    exit_code = 1


class ValidationError(VerbindError):
    """A value breaks a domain rule; the message says which and how to fix it. `field` names the
    value (the service's keyword) when one field is to blame, so a form can show it there."""

    exit_code = 1

    def __init__(self, message: str = "", field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DiskFullError(VerbindError):
    """The disk is full: the last change was not saved; everything saved before is intact."""

    exit_code = 1


class StorageError(VerbindError):
    """The folder or disk cannot be written (read-only medium, no permission): not damage."""

    exit_code = 1


class UnsafePathError(VerbindError):
    """A path Verbind owns (lock, key) is a symlink or not a regular file, or (`vault` set) an
    output path would overwrite a file of that vault: refused, nothing written."""

    exit_code = 1

    def __init__(self, path: str, vault: str | None = None) -> None:
        super().__init__(path if vault is None else f"{path} (a file of the vault {vault})")
        self.path = path
        self.vault = vault


class SlowUnlockError(VerbindError):
    """The key file asks for a key derivation far costlier than Verbind ever sets: it may be
    damaged or altered. Unlocking anyway needs the user's consent."""

    exit_code = 3

    def __init__(self, seconds: float, memory_mib: int) -> None:
        super().__init__(f"about {seconds:.0f} s, {memory_mib} MiB")
        self.seconds = seconds
        self.memory_mib = memory_mib


def database_reason(exc: BaseException) -> str | None:
    """For a SQLAlchemy error, the driver's own reason in one short line — never the statement or
    its parameters, which may hold personal data; None for any other exception."""
    if not type(exc).__module__.startswith("sqlalchemy"):
        return None
    return str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
