"""Where the hub's connection string (DSN) and password come from, and how a connection is made.

The DSN: `--dsn`, else `--dsn-file` (first line), else `VERBIND_HUB_DSN`. A DSN given on the
command line may not hold a password (other users can read a command line): refused with a
message that says where the password goes instead. The password: `VERBIND_HUB_PASSWORD`, else
libpq's own sources (`PGPASSFILE` / `~/.pgpass`, `PGPASSWORD`), else a prompt at a terminal. The
vault keeps the DSN without its password (`hub.dsn`), for the art. 30 register and as the default
of the window's push."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import BadInputError, UsageError
from app.hub import HubError

if TYPE_CHECKING:
    from sqlalchemy import Engine

ENV_DSN = "VERBIND_HUB_DSN"
ENV_PASSWORD = "VERBIND_HUB_PASSWORD"

Tr = Callable[[str, str], str]


def _dutch(nl: str, _en: str) -> str:
    return nl


@dataclass(frozen=True)
class HubTarget:
    """A DSN without its password, and the password to use (None: libpq finds one or fails)."""

    dsn: str
    password: str | None = None

    @property
    def public(self) -> str:
        """The DSN as it may be shown and stored: never a password."""
        return strip_password(self.dsn)

    def identity(self) -> str:
        """Which hub this is (host, port, database), whoever logs in."""
        from psycopg.conninfo import conninfo_to_dict

        d = {k: str(v) for k, v in conninfo_to_dict(self.dsn).items()}
        return f"{d.get('host') or 'localhost'}:{d.get('port') or '5432'}/{d.get('dbname') or d.get('user') or ''}"

    def describe(self) -> str:
        """host/port/database/user, for messages and the register."""
        from psycopg.conninfo import conninfo_to_dict

        d = {k: str(v) for k, v in conninfo_to_dict(self.dsn).items()}
        where = d.get("host") or "localhost"
        if d.get("port"):
            where += f":{d['port']}"
        return f"{where}/{d.get('dbname') or d.get('user') or ''}" + (f" ({d['user']})" if d.get("user") else "")


def strip_password(dsn: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = {k: v for k, v in conninfo_to_dict(dsn).items() if k != "password"}
    return make_conninfo("", **parts)


def _parse(dsn: str, tr: Tr) -> dict[str, Any]:
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        return conninfo_to_dict(dsn)
    except ProgrammingError as exc:
        raise UsageError(tr(f"De DSN van de hub is niet leesbaar ({str(exc).strip()}): geef ze als "
                            "'host=… port=5432 dbname=… user=…' of 'postgresql://user@host:5432/db'.",
                            f"The hub's DSN cannot be read ({str(exc).strip()}): give it as "
                            "'host=… port=5432 dbname=… user=…' or 'postgresql://user@host:5432/db'.")) from exc


def resolve(dsn_arg: str | None, dsn_file: Path | None, tr: Tr = _dutch) -> HubTarget:
    """The hub to talk to, from the command line, a file or the environment (in that order)."""
    if dsn_arg:
        if "password" in _parse(dsn_arg, tr):
            raise UsageError(tr(
                "Zet het wachtwoord van de hub niet in --dsn: iedereen op deze computer kan een opdrachtregel lezen. "
                f"Laat het weg uit de DSN en geef het via {ENV_PASSWORD}, een pgpass-bestand (PGPASSFILE) of "
                "--dsn-file; er werd niets verzonden.",
                "Do not put the hub's password in --dsn: anyone on this computer can read a command line. Leave it "
                f"out of the DSN and give it through {ENV_PASSWORD}, a pgpass file (PGPASSFILE) or --dsn-file; "
                "nothing was sent."))
        dsn = dsn_arg
    elif dsn_file is not None:
        try:
            lines = dsn_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInputError(tr(f"Kan het DSN-bestand niet lezen ({exc}): controleer het pad.",
                                   f"Cannot read the DSN file ({exc}): check the path.")) from exc
        if not lines or not lines[0].strip():
            raise BadInputError(tr("Het DSN-bestand is leeg: zet de DSN op de eerste regel.",
                                   "The DSN file is empty: put the DSN on its first line."))
        dsn = lines[0].strip()
    elif os.environ.get(ENV_DSN):
        dsn = os.environ[ENV_DSN]
    else:
        raise UsageError(tr(f"Geen hub opgegeven: gebruik --dsn 'host=… dbname=… user=…', --dsn-file FILE of "
                            f"{ENV_DSN}.",
                            f"No hub given: use --dsn 'host=… dbname=… user=…', --dsn-file FILE or {ENV_DSN}."))
    parts = _parse(dsn, tr)
    password = parts.pop("password", None) or os.environ.get(ENV_PASSWORD) or None
    from psycopg.conninfo import make_conninfo

    return HubTarget(make_conninfo("", **parts), password)


def from_text(text: str, password: str | None, tr: Tr = _dutch) -> HubTarget:
    """The hub from the window: the DSN as typed (a password in it is used, never kept) and the
    password field (wins when filled), else VERBIND_HUB_PASSWORD or libpq's own sources."""
    from psycopg.conninfo import make_conninfo

    if not text.strip():
        raise UsageError(tr("Geef de DSN van de hub, bv. ‘host=hub.voorbeeld.be dbname=verbind user=verbind_org_…’: "
                            "je krijgt ze van de beheerder van de hub.",
                            "Give the hub's DSN, e.g. ‘host=hub.example.org dbname=verbind user=verbind_org_…’: "
                            "the hub's administrator gives it to you."))
    parts = _parse(text.strip(), tr)
    typed = parts.pop("password", None)
    return HubTarget(make_conninfo("", **parts), password or typed or os.environ.get(ENV_PASSWORD) or None)


def friendly(exc: BaseException, target: HubTarget, tr: Tr = _dutch) -> HubError:
    """A connection or server error as a message that says what is wrong and what to do."""
    import psycopg
    from psycopg import errors as pg

    where = target.describe()
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip()
    low = text.lower()
    if isinstance(original, pg.InsufficientPrivilege) or "permission denied" in low or "row-level security" in low:
        return HubError(tr(f"De hub ({where}) weigert dit: je rol heeft er geen rechten voor ({text.splitlines()[0]}). "
                           "Er werd niets gewijzigd. Vraag de beheerder van de hub om je organisatie toe te voegen "
                           "('verbind hub add-organisation') en gebruik de rol en het wachtwoord die je kreeg.",
                           f"The hub ({where}) refuses this: your role lacks the rights ({text.splitlines()[0]}). "
                           "Nothing was changed. Ask the hub's administrator to add your organisation "
                           "('verbind hub add-organisation') and use the role and password you were given."),
                        "permission")
    if "password authentication failed" in low or "no password supplied" in low or "password is required" in low:
        return HubError(tr(f"Verkeerd of ontbrekend wachtwoord voor de hub ({where}). Er werd niets verzonden. Geef het "
                           f"wachtwoord van je rol via {ENV_PASSWORD} of een pgpass-bestand en probeer opnieuw.",
                           f"Wrong or missing password for the hub ({where}). Nothing was sent. Give your role's "
                           f"password through {ENV_PASSWORD} or a pgpass file and try again."), "password")
    if isinstance(original, psycopg.OperationalError):
        first = text.splitlines()[0] if text else ""
        return HubError(tr(f"De hub ({where}) is niet bereikbaar: {first}. Er werd niets verzonden. Controleer je "
                           "internetverbinding en de DSN (host, poort), en probeer later opnieuw: een herhaalde push "
                           "is veilig.",
                           f"The hub ({where}) cannot be reached: {first}. Nothing was sent. Check your internet "
                           "connection and the DSN (host, port), and try again later: pushing again is safe."),
                        "unreachable")
    return HubError(tr(f"De hub ({where}) gaf een fout: {text}. Er werd niets gewijzigd.",
                       f"The hub ({where}) gave an error: {text}. Nothing was changed."))


def engine(target: HubTarget, *, connect_timeout: int = 10) -> Engine:
    """A SQLAlchemy engine on psycopg 3 for the hub (no pool: a push is one short session)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    given = conninfo_to_dict(target.dsn)
    # a laptop that loses its connection mid-push: notice within about a minute (the transaction
    # is then rolled back by the server), unless the DSN says otherwise
    defaults = {"connect_timeout": connect_timeout, "application_name": "verbind", "keepalives": 1,
                "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
    kwargs: dict[str, Any] = {k: v for k, v in defaults.items() if k not in given}
    if target.password is not None:
        kwargs["password"] = target.password

    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(target.dsn, **kwargs)

    return create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool)


@contextmanager
def connected(target: HubTarget, tr: Tr = _dutch) -> Iterator[Any]:
    """An open SQLAlchemy connection to the hub inside one transaction (committed when the block
    ends normally, rolled back otherwise); connection and server errors become HubError."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    eng = engine(target)
    try:
        with eng.begin() as conn:
            yield conn
    except (psycopg.Error, DBAPIError) as exc:
        raise friendly(exc, target, tr) from exc
    finally:
        eng.dispose()
