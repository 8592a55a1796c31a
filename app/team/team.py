"""A team: the lead makes the vault a team vault, invites members with a one-time code, and
everyone exchanges bundles of their own changes. Settings live in the encrypted vault
(`vault_setting`, never exchanged)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import tempfile
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import apsw
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.domain import Setting, search_index
from app.errors import BadInputError, UsageError, VaultExistsError
from app.i18n import tr
from app.team import bundle, erasure, exchange, keys
from app.vault import Vault, key_path_for, rekey
from app.vault.lock import ProcessLock

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class TeamInfo:
    team_id: str
    key: bytes
    member: str  # this laptop's name in the team, for display
    sequence: int
    member_id: str = ""  # this laptop's own id (vaults from before ids: the name stands in)
    invite_id: str = ""  # the invitation this vault was made from ("" for the lead)
    generation: int = 0  # of the team key (one more after each removal)

    @property
    def me(self) -> str:
        return self.member_id or self.member


def _get(vault: Vault, key: str) -> str | None:
    with vault.session() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def _set(vault: Vault, values: dict[str, str]) -> None:
    with vault.session() as s:
        s.info["audit_disabled"] = True
        for key, value in values.items():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        s.commit()


def info(vault: Vault) -> TeamInfo | None:
    team_id = _get(vault, "team.id")
    if not team_id:
        return None
    return TeamInfo(team_id, bytes.fromhex(_get(vault, "team.key") or ""), _get(vault, "team.member") or "",
                    int(_get(vault, "team.sequence") or 0), _get(vault, "team.member_id") or "",
                    _get(vault, "team.invite_id") or "", int(_get(vault, "team.key_generation") or 0))


def _settings(vault: Vault, prefix: str) -> dict[str, str]:
    """Settings whose key starts with `prefix`, by the rest of the key."""
    with vault.session() as s:
        rows = s.query(Setting).filter(Setting.key.startswith(prefix, autoescape=True)).all()
        return {r.key.removeprefix(prefix): r.value for r in rows}


def team_keys(vault: Vault, team: TeamInfo) -> dict[int, bytes]:
    """Every team key this laptop holds, by generation (older ones read bundles made before a
    removal reached their sender)."""
    found = {int(g): bytes.fromhex(k) for g, k in _settings(vault, "team.key.").items() if g.isdigit()}
    found[team.generation] = team.key
    return found


def removed_members(vault: Vault) -> dict[str, int]:
    """Member id → the last of their bundles still accepted (made before their removal)."""
    out: dict[str, int] = {}
    for who, value in _settings(vault, "team.removed.").items():
        with contextlib.suppress(ValueError, TypeError):
            out[who] = int(json.loads(value)["after"])
    return out


def init(vault: Vault, member: str) -> TeamInfo:
    if info(vault) is not None:
        raise UsageError(tr("Deze kluis is al een teamkluis.",
                            "This vault is already a team vault."))
    if not member.strip():
        raise UsageError(tr("Geef je naam als teamlid (--member).",
                            "Give your name as a team member (--member)."))
    team = TeamInfo(str(uuid.uuid4()), secrets.token_bytes(32), member.strip(), 0, str(uuid.uuid4()))
    _set(vault, {"team.id": team.team_id, "team.key": team.key.hex(), "team.member": team.member,
                 "team.member_id": team.member_id, "team.sequence": "0"})
    return team


@contextlib.contextmanager
def _locked(vault_path: Path) -> Any:
    """Hold the vault's process lock while the second SQLite library (APSW) works on the file."""
    lock = ProcessLock(vault_path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def start_base(vault_path: Path, key: bytes) -> None:
    """The state everyone shares at the start: later exports carry only changes made after it.
    Call with the vault closed in this process (a second SQLite library reads the file)."""
    with _locked(vault_path):
        exchange.refresh_base(vault_path, key)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def _code_key(code: str, team_id: str) -> bytes:
    cleaned = code.upper().replace("-", "").replace(" ", "")
    if len(cleaned) != 16 or any(c not in CODE_ALPHABET for c in cleaned):
        raise BadInputError(tr("De uitnodigingscode heeft de vorm XXXX-XXXX-XXXX-XXXX (hoofdletters en cijfers).",
                               "The invitation code has the form XXXX-XXXX-XXXX-XXXX (capital letters and digits)."))
    kdf = Argon2id(salt=team_id.encode(), length=32, iterations=3, lanes=4, memory_cost=64 * 1024)
    return kdf.derive(cleaned.encode())


def _schema(vault_path: Path, key: bytes) -> str:
    with exchange.connect(vault_path, key) as conn:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return str(rows[0][0]) if rows else ""


def _key(vault_path: Path, secret: str | bytes) -> bytes:
    """The data key from a passphrase (derived once) or the key itself (the GUI holds it)."""
    from app.vault import derive_key

    return secret if isinstance(secret, bytes) else derive_key(Path(vault_path), secret)


def invite(vault_path: Path, passphrase: str | bytes, member: str, out: Path) -> str:
    """Write a starter bundle for `member`; returns the one-time code to pass on in person."""
    data_key = _key(vault_path, passphrase)
    with Vault.open_with_key(vault_path, data_key) as vault:
        team = info(vault)
        key = vault.data_key
        seen = seen_sequences(vault)
        names = member_names(vault)
        known = members(vault)
        all_keys = {str(g): k.hex() for g, k in team_keys(vault, team).items()} if team else {}
        vault.checkpoint()
    if team is None:
        raise UsageError(tr("Maak de kluis eerst een teamkluis: verbind team init KLUIS.",
                            "Make the vault a team vault first: verbind team init VAULT."))
    member = member.strip()
    if not member:
        raise UsageError(tr("Geef de naam van het nieuwe teamlid (--member).",
                            "Give the name of the new team member (--member)."))
    taken = next((m for m in known if m.name.casefold() == member.casefold()), None)
    if taken is not None:
        who = tr("jijzelf", "yourself") if taken.is_self else tr("al een teamlid", "already a member")
        raise UsageError(tr(f"De naam {member!r} is al in gebruik in dit team ({who}): iedereen ziet bij elke "
                         "wijziging wie ze maakte, dus twee leden met dezelfde naam zijn niet uit elkaar te houden. "
                         "Kies een andere naam, bijvoorbeeld met de eerste letter van de familienaam.",
                            f"The name {member!r} is already in use in this team ({who}): everyone sees who made each change, so two members with the same name cannot be told apart. Choose another name, for example with the first letter of the surname."))
    code = new_code()
    invite_id = str(uuid.uuid4())
    # the member key that will carry a new team key to this member after a removal
    secret = secrets.token_bytes(32)
    seen[team.me] = team.sequence  # the copy holds everything the inviter made so far
    names[team.me] = team.member
    with _locked(vault_path), tempfile.TemporaryDirectory(prefix=".verbind-invite-", dir=vault_path.parent) as tmp:
        copy = Path(tmp) / "copy.db"
        exchange._copy(vault_path, copy, key)
        with exchange.connect(copy, key) as conn:
            exchange._blank_local_only(conn)
            conn.execute("DELETE FROM vault_setting")
            conn.execute("DELETE FROM exchange_conflict")
            conn.execute("VACUUM")
            search_index.rebuild(conn)  # VACUUM may renumber the rowids the index is keyed by
        # the starter copy travels under a key of its own: the vault's data key never leaves this
        # laptop (it would open the vault file and every backup of it)
        starter_key = secrets.token_bytes(32)
        starter = Path(tmp) / "starter.db"
        rekey.export_rekeyed(copy, key, starter, starter_key)
        db = starter.read_bytes()
        schema = _schema(vault_path, key)
    meta = json.dumps({"team_id": team.team_id, "team_key": team.key.hex(), "member": member, "invite_id": invite_id,
                       "starter_key": starter_key.hex(), "inviter": team.member, "seen": seen,
                       "names": names, "member_secret": secret.hex(), "key_generation": team.generation,
                       "team_keys": all_keys}).encode()
    header = bundle.Header(bundle.FORMAT, "invite", schema, team.team_id, team.member, 0, "", team.me)
    bundle.write(out, header, _code_key(code, team.team_id), meta + b"\n" + db)
    with Vault.open_with_key(vault_path, data_key) as vault:
        _set(vault, {f"team.invite.{invite_id}": json.dumps({"name": member, "at": _now()}),
                     f"team.member_key.{invite_id}": keys.member_key(secret, team.team_id, invite_id).hex()})
    return code


def _staging_for(new_vault: Path) -> Path:
    return new_vault.with_name(f".{new_vault.name}.joining")


def _final_names(new_vault: Path) -> list[Path]:
    """What a join puts in place, the database last: its presence makes the vault."""
    return [exchange.base_path_for(new_vault), key_path_for(new_vault), new_vault]


def _clear_stale_join(new_vault: Path) -> None:
    """Remove what a join killed half-way left behind: its staging folder and, when it was moving
    files into place and the database never arrived, the files it had moved. A join still running
    (its lock is held) is left alone: VaultInUseError."""
    from app.errors import VaultInUseError

    staging = _staging_for(new_vault)
    if staging.is_file() or staging.is_symlink():  # an older version staged a single file here
        staging.unlink()
        return
    if not staging.is_dir():
        return
    lock = ProcessLock(staging / "join")
    try:
        lock.acquire()
    except VaultInUseError as exc:
        raise VaultInUseError(tr(f"er wordt al een kluis {new_vault.name} gemaakt (een andere 'team join' loopt nog)",
                                 f"a vault {new_vault.name} is already being made (another 'team join' is still running)")) from exc
    try:
        if (staging / "moving").exists() and not new_vault.exists():
            for final in _final_names(new_vault)[:-1]:
                if not (staging / final.name).exists():  # moved by the dead join: ours
                    with contextlib.suppress(FileNotFoundError):
                        final.unlink()
    finally:
        lock.release()
    shutil.rmtree(staging, ignore_errors=True)


def join(invite_path: Path, code: str, new_vault: Path, passphrase: str) -> tuple[TeamInfo, str]:
    """Create an own vault from a starter bundle; returns (team, recovery key).

    Atomic: everything is made in a staging folder beside the new vault (`.NAME.joining/`, holding
    a lock while the join runs) and moved into place at the end, the database last; nothing is at
    the final names until then. A staging folder left by a killed join is cleaned up on retry."""
    new_vault = Path(new_vault)
    _clear_stale_join(new_vault)
    if any(p.exists() for p in (*_final_names(new_vault), Path(f"{new_vault}-wal"))):
        raise VaultExistsError(str(new_vault))
    header, head, blob = bundle.read_header(invite_path)
    if header.kind != "invite":
        raise BadInputError(tr("Dit is geen uitnodiging maar een uitwisselingsbundel: gebruik 'verbind exchange import'.",
                               "This is not an invitation but an exchange bundle: use 'verbind exchange import'."))
    try:
        plain = bundle.decrypt(_code_key(code, header.team_id), head, blob, "De uitnodiging")
    except BadInputError as exc:
        if "vorm" in str(exc):
            raise
        raise BadInputError(tr("De code past niet bij deze uitnodiging. Controleer de code die je projectleider "
                            "doorgaf (vier groepen van vier hoofdletters of cijfers); klopt ze, vraag dan een "
                            "nieuwe uitnodiging: het bestand kan beschadigd zijn. Er werd niets gemaakt.",
                               "The code does not fit this invitation. Check the code your project lead gave you (four groups of four capital letters or digits); if it is right, ask for a new invitation: the file may be damaged. Nothing was made.")) from exc
    meta_raw, _, db = plain.partition(b"\n")
    meta = json.loads(meta_raw)
    # older invitations named the starter key `data_key` (it was the inviter's own)
    starter_key = bytes.fromhex(meta.get("starter_key") or meta["data_key"])
    from app.fileutil import fsync_dir
    from app.vault import keyfile

    new_key = secrets.token_bytes(32)
    new_vault.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_for(new_vault)
    os.mkdir(staging, 0o700)
    lock = ProcessLock(staging / "join")
    lock.acquire()
    moved: list[Path] = []
    try:
        starter = staging / "starter.db"
        fd = os.open(starter, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(db)
        staged = staging / new_vault.name
        rekey.export_rekeyed(starter, starter_key, staged, new_key)  # under the member's own key
        starter.unlink()
        kf, recovery = keyfile.create_keyfile_for(staged, passphrase, new_key)
        kf.save()
        # every vault made from an invitation gets its own member id: a second join of the same
        # invitation is then told apart (and refused) by the others, whatever the name says
        team = TeamInfo(meta["team_id"], bytes.fromhex(meta["team_key"]), meta["member"], 0, str(uuid.uuid4()),
                        str(meta.get("invite_id") or ""), int(meta.get("key_generation") or 0))
        mine: dict[str, str] = {}
        if meta.get("member_secret") and team.invite_id:
            mine["team.member_key"] = keys.member_key(bytes.fromhex(meta["member_secret"]), team.team_id,
                                                      team.invite_id).hex()
        older = {f"team.key.{g}": str(k) for g, k in dict(meta.get("team_keys") or {}).items()
                 if str(g) != str(team.generation)}
        with Vault.open_with_key(staged, new_key) as vault:
            _set(vault, {"team.id": team.team_id, "team.key": team.key.hex(), "team.member": team.member,
                         "team.member_id": team.member_id, "team.invite_id": team.invite_id, "team.sequence": "0",
                         "team.key_generation": str(team.generation), **mine, **older,
                         **{f"team.seen.{who}": str(int(n)) for who, n in dict(meta.get("seen", {})).items()},
                         **{f"team.name.{who}": str(n) for who, n in dict(meta.get("names", {})).items()}})
            vault.checkpoint()
        exchange.refresh_base(staged, new_key)
        (staging / "moving").touch()
        fsync_dir(staging)
        for final in _final_names(new_vault):
            os.replace(staging / final.name, final)
            moved.append(final)
        fsync_dir(new_vault.parent)
    except BaseException:
        if new_vault not in moved:
            for final in moved:
                with contextlib.suppress(OSError):
                    final.unlink()
        raise
    finally:
        lock.release()
        shutil.rmtree(staging, ignore_errors=True)  # all ours: a killed join's is cleared on retry
    return team, recovery


@dataclass(frozen=True)
class Removal:
    member: Member
    generation: int  # of the new team key
    carried_to: list[str]  # names of the members the new key travels to
    unreachable: list[str]  # names of members this laptop holds no member key for: invite them again


def remove(vault_path: Path, passphrase: str | bytes, who: str) -> Removal:
    """Remove a member (by id or name): the team key rotates to a new generation, wrapped for every
    member who stays under their own member key (see app.team.keys), and the next bundles carry it;
    bundles the removed member makes from now on are refused everywhere the removal arrives."""
    from app.errors import NotFoundError

    data_key = _key(vault_path, passphrase)
    with Vault.open_with_key(vault_path, data_key) as vault:
        team = info(vault)
        if team is None:
            raise UsageError(tr("Deze kluis is geen teamkluis.",
                                "This vault is not a team vault."))
        people = members(vault)
        member_keys = _settings(vault, "team.member_key.")
        invitations = _invitations(_settings_raw(vault, "team.invite."))
        already = removed_members(vault)
        seen = seen_sequences(vault)
        held = team_keys(vault, team)
        wanted = who.strip()
        matches = [m for m in people if wanted and (m.id == wanted or m.name.casefold() == wanted.casefold())]
        if not matches:
            raise NotFoundError(tr(f"Geen teamlid met naam of id {wanted!r}: 'verbind team members' toont wie er is.",
                                   f"No team member with name or id {wanted!r}: 'verbind team members' shows who there is."))
        if len(matches) > 1:
            raise UsageError(tr(f"Meerdere teamleden heten {wanted!r}: gebruik het id.",
                                f"Several team members are called {wanted!r}: use the id."))
        gone = matches[0]
        if gone.is_self:
            raise UsageError(tr("Je kunt jezelf niet uit het team verwijderen.",
                                "You cannot remove yourself from the team."))
        if gone.id and gone.id in already:
            raise UsageError(tr(f"{gone.name} werd al uit het team verwijderd.",
                                f"{gone.name} was already removed from the team."))
        # the invitations that made (or would make) the removed member
        theirs = {iid for iid, inv in invitations.items()
                  if (gone.id and inv.get("member_id") == gone.id)
                  or (not inv.get("member_id") and str(inv.get("name") or "") == gone.name)}
        new_key = secrets.token_bytes(32)
        generation = max(held) + 1
        wraps: dict[str, str] = {}
        carried: list[str] = []
        for iid, inv in invitations.items():
            if iid in theirs or iid not in member_keys or inv.get("removed"):
                continue
            wraps[iid] = keys.wrap(bytes.fromhex(member_keys[iid]), new_key, team.team_id, generation, iid)
            carried.append(str(inv.get("name") or iid))
        reached = {str(inv.get("member_id")) for iid, inv in invitations.items() if iid in wraps}
        unreachable = [m.name for m in people if not m.is_self and m is not gone and m.id and m.id not in reached
                       and m.id not in already]
        news = {f"team.key.{g}": k.hex() for g, k in held.items()}
        news |= {"team.key": new_key.hex(), "team.key_generation": str(generation),
                 "team.key_wraps": json.dumps(wraps, sort_keys=True)}
        for iid in theirs:
            news[f"team.invite.{iid}"] = json.dumps({**invitations[iid], "removed": _now()})
        if gone.id:
            news[f"team.removed.{gone.id}"] = json.dumps({"after": seen.get(gone.id, 0), "at": _now()})
        _set(vault, news)
        vault.checkpoint()
    return Removal(gone, generation, sorted(carried), sorted(unreachable))


def _settings_raw(vault: Vault, prefix: str) -> dict[str, str]:
    return {prefix + k: v for k, v in _settings(vault, prefix).items()}


def export_changes(vault_path: Path, passphrase: str | bytes, out: Path, full: bool = False) -> dict[str, int]:
    """Write a bundle with this laptop's changes since its last export (`full`: everything, for a
    teammate who missed a bundle). Returns counts of changes per table.

    Crash-safe in three steps: (1) the bundle is written (atomically); (2) the next base, the copy
    of the vault the changes were read from, is staged as `VAULT.exchange-base.next`, marked with
    the bundle's number; (3) one transaction in the vault commits the sequence number and the
    exported field times; only then does the staged base replace the old one. A crash before (3)
    leaves vault and base as they were (the staged copy is dropped), so a retry writes the same
    bundle number with the same changes; a crash after it is finished (the staged base is taken)
    when the vault is next used for an exchange."""
    data_key = _key(vault_path, passphrase)
    with Vault.open_with_key(vault_path, data_key) as vault:
        team = info(vault)
        key = vault.data_key
        if team is None:
            raise UsageError(tr("Deze kluis is geen teamkluis: verbind team init of team join eerst.",
                                "This vault is not a team vault: run verbind team init or team join first."))
        wraps = json.loads(_get(vault, "team.key_wraps") or "{}")
        removed = removed_members(vault)
        vault.checkpoint()
    base = exchange.base_path_for(vault_path)
    with _locked(vault_path), tempfile.TemporaryDirectory(prefix=".verbind-x-", dir=vault_path.parent) as tmp:
        sequence = settle_base(vault_path, key) + 1
        against = base
        if full or not base.exists():
            against = Path(tmp) / "empty.db"
            exchange.empty_like(vault_path, key, against)
        snapshot = Path(tmp) / "next-base.db"
        changeset, images = exchange.changes_and_images(vault_path, key, against, snapshot)
        counts: dict[str, int] = {}
        import apsw

        for change in apsw.Changeset.iter(changeset):
            counts[change.name] = counts.get(change.name, 0) + 1
        with exchange.connect(vault_path, key) as conn:
            times = exchange.row_times(conn, changeset)
            header = bundle.Header(bundle.FORMAT, "changes", _schema(vault_path, key), team.team_id, team.member,
                                   sequence, "" if full else exchange.fingerprint(against), team.me,
                                   team.invite_id, team.generation, wraps, removed)
            bundle.write(out, header, team.key, exchange.pack(changeset, times, images, erasure.erasures(conn)))
            clock = exchange.exported_clock(conn, changeset, times)
        # what was exported is now shared: the next bundle carries only newer changes, as updates
        # against these values, so a field changed by someone else is never overwritten wholesale
        _stage_base(vault_path, key, sequence, snapshot)
        _commit_export(vault_path, key, sequence, clock)
        _switch_base(vault_path)
    return counts


def _staged_base(vault_path: Path) -> Path:
    return Path(f"{exchange.base_path_for(vault_path)}.next")


def _stage_base(vault_path: Path, key: bytes, sequence: int, snapshot: Path) -> None:
    """The exported snapshot (see `exchange.changes_and_images`), marked with the bundle's number,
    at the staged base's name."""
    from app.fileutil import fsync_file

    with exchange.connect(snapshot, key) as conn:
        conn.execute("INSERT OR REPLACE INTO vault_setting (key, value) VALUES ('team.base_for', ?)", (str(sequence),))
    fsync_file(snapshot)
    os.replace(snapshot, _staged_base(vault_path))


def _commit_export(vault_path: Path, key: bytes, sequence: int,
                   clock: dict[tuple[str, str, str], tuple[str, str]]) -> None:
    """The export's commit point: sequence number, export time and the field times others will now
    use for the exported fields, in one transaction."""
    with exchange.connect(vault_path, key) as conn, conn:
        exchange.record_clock(conn, clock)
        conn.executemany("INSERT OR REPLACE INTO vault_setting (key, value) VALUES (?, ?)",
                         [("team.sequence", str(sequence)), ("team.exported_at", _now())])


def _switch_base(vault_path: Path) -> None:
    from app.fileutil import fsync_dir

    os.replace(_staged_base(vault_path), exchange.base_path_for(vault_path))
    fsync_dir(vault_path.parent)


def settle_base(vault_path: Path, key: bytes) -> int:
    """Finish or drop an export that stopped between its steps (see `export_changes`); returns the
    vault's committed sequence number. Call holding the vault's lock."""
    with exchange.connect(vault_path, key) as conn:
        rows = conn.execute("SELECT value FROM vault_setting WHERE key = 'team.sequence'").fetchall()
    committed = int(rows[0][0]) if rows and rows[0][0] else 0
    staged = _staged_base(vault_path)
    if not staged.exists():
        return committed
    marked = None
    with contextlib.suppress(apsw.Error, ValueError), exchange.connect(staged, key) as conn:
        found = conn.execute("SELECT value FROM vault_setting WHERE key = 'team.base_for'").fetchall()
        marked = int(str(found[0][0])) if found else None
    if marked == committed:
        _switch_base(vault_path)
    else:
        staged.unlink()
    return committed


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0).isoformat(sep=" ")


@dataclass(frozen=True)
class Member:
    name: str  # for display only: members are told apart by `id`
    is_self: bool
    invited_at: str | None  # when this laptop invited them (the lead's view)
    last_bundle: int  # the newest of their bundles read here (0: none yet)
    last_read_at: str | None  # when a bundle of theirs was last read here (UTC)
    id: str = ""  # their member id ("" for an invitation nobody has used here yet)


def members(vault: Vault) -> list[Member]:
    """Everyone this laptop knows of: itself, whom it invited, and whose bundles it read."""
    with vault.session() as s:
        return members_from({r.key: r.value for r in s.query(Setting).filter(Setting.key.like("team.%"))})


def _invitations(values: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Invitation id → {"name", "at", "member_id" (who used it first, as far as this laptop saw)}."""
    found: dict[str, dict[str, Any]] = {}
    for k, v in values.items():
        if k.startswith("team.invite."):
            with contextlib.suppress(ValueError, TypeError):
                found[k.removeprefix("team.invite.")] = dict(json.loads(v))
    return found


def members_from(values: dict[str, str]) -> list[Member]:
    """`members` from the vault's settings (key → value); [] when the vault is not a team vault."""
    me = values.get("team.member", "")
    if not values.get("team.id"):
        return []
    me_id = values.get("team.member_id") or me

    def named(prefix: str) -> dict[str, str]:
        return {k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix)}

    seen, seen_at, names = named("team.seen."), named("team.seen_at."), named("team.name.")
    gone = set(named("team.removed."))
    invited_at: dict[str, str] = {}
    people: dict[str, Member] = {}
    pending_invites: list[Member] = []
    for invite in _invitations(values).values():
        if invite.get("removed"):
            continue
        if invite.get("member_id"):
            invited_at[str(invite["member_id"])] = str(invite.get("at") or "")
            names.setdefault(str(invite["member_id"]), str(invite.get("name") or ""))
        else:
            pending_invites.append(Member(str(invite.get("name") or ""), False, invite.get("at"), 0, None))
    for who in ({me_id} | set(seen) | set(seen_at) | set(names)) - gone:
        if who == me_id:
            people[who] = Member(me, True, None, 0, None, me_id)
        else:
            people[who] = Member(names.get(who) or who, False, invited_at.get(who), int(seen.get(who, 0) or 0),
                                 seen_at.get(who), who)
    # invitations from before ids and invitations still unused, by name
    legacy = named("team.invited.")
    for who, m in people.items():
        if m.invited_at is None and m.name in legacy and not m.is_self:
            people[who] = replace(m, invited_at=legacy[m.name])
    shown = {m.name for m in people.values()}
    gone_names = {names.get(g, g) for g in gone}
    extra = [Member(n, False, at, 0, None) for n, at in legacy.items() if n not in shown and n not in gone_names]
    extra += [m for m in pending_invites if m.name not in shown]
    return sorted([*people.values(), *extra], key=lambda m: (not m.is_self, m.name.lower(), m.id))


def member_names(vault: Vault) -> dict[str, str]:
    """Member id → name, for everyone this laptop knows of by id."""
    return {m.id: m.name for m in members(vault) if m.id}


def last_export(vault: Vault) -> str | None:
    return _get(vault, "team.exported_at")


def seen_sequences(vault: Vault) -> dict[str, int]:
    """The last bundle number applied from each teammate."""
    with vault.session() as s:
        rows = s.query(Setting).filter(Setting.key.like("team.seen.%")).all()  # not team.seen_at.*
        return {r.key.removeprefix("team.seen."): int(r.value) for r in rows}


def import_changes(vault_path: Path, passphrase: str | bytes, files: list[Path],
                   ops: dict[str, dict[str, int]] | None = None) -> dict[str, dict[str, int]]:
    """Apply other members' bundles (any order, any number of times). Refused bundles raise
    BadInputError before anything changes: tampered, another team's, a newer schema, one whose
    base this laptop never received (an earlier bundle of that sender is missing), or one from a
    second vault made with an invitation another vault already used. `ops` collects the changes
    per table and operation, for a summary."""
    data_key = _key(vault_path, passphrase)
    with Vault.open_with_key(vault_path, data_key) as vault:
        team = info(vault)
        key = vault.data_key
        schema = vault.schema_revision() or ""
        seen = seen_sequences(vault)
        held = team_keys(vault, team) if team else {}
        removed = removed_members(vault)
        my_member_key = bytes.fromhex(_get(vault, "team.member_key") or "")
        with vault.session() as s:
            invitations = _invitations({r.key: r.value for r in s.query(Setting)
                                        .filter(Setting.key.like("team.invite.%"))})
            used_by = {k.removeprefix("team.invite_used."): r for k, r in
                       ((r.key, r.value) for r in s.query(Setting).filter(Setting.key.like("team.invite_used.%")))}
        vault.checkpoint()
    if team is None:
        raise UsageError(tr("Deze kluis is geen teamkluis.",
                            "This vault is not a team vault."))
    from app import migrations

    known: set[str] = {migrations.HEAD}  # the rest only for a bundle of another schema (it imports Alembic)
    plans = []
    for path in files:
        header, head, blob = bundle.read_header(path)
        if header.kind != "changes":
            raise BadInputError(tr(f"{path.name} is een uitnodiging: gebruik 'verbind team join'.",
                                   f"{path.name} is an invitation: use 'verbind team join'."))
        if header.team_id != team.team_id:
            raise BadInputError(tr(f"{path.name} hoort bij een ander team: geweigerd, er werd niets veranderd.",
                                   f"{path.name} belongs to another team: refused, nothing was changed."))
        if header.schema not in known:
            known |= migrations.known_revisions()
        if header.schema not in known or header.schema > schema:
            raise BadInputError(tr(f"{path.name} komt van een nieuwere versie van Verbind: werk Verbind eerst bij.",
                                   f"{path.name} comes from a newer version of Verbind: update Verbind first."))
        bundle_key = held.get(header.key_generation)
        if bundle_key is None and header.key_generation > team.generation and team.invite_id and my_member_key:
            # a new team key after a removal: wrapped under this member's own key, if they stay
            wrapped = header.key_wraps.get(team.invite_id)
            bundle_key = keys.unwrap(my_member_key, wrapped, team.team_id, header.key_generation,
                                     team.invite_id) if wrapped else None
        if bundle_key is None:
            raise BadInputError(
                tr(f"{path.name} is versleuteld met een nieuwere teamsleutel (generatie {header.key_generation}) die "
                "deze kluis niet heeft of niet kan openen: wie uit het team verwijderd werd, leest geen nieuwe "
                "bundels meer. Hoor je nog bij het team, vraag dan een nieuwe uitnodiging. Er werd niets veranderd.",
                   f"{path.name} is encrypted with a newer team key (generation {header.key_generation}) that this vault does not have or cannot open: whoever was removed from the team reads no new bundles. If you still belong to the team, ask for a new invitation. Nothing was changed."))
        payload = bundle.decrypt(bundle_key, head, blob, path.name)
        if header.key_generation not in held:
            held[header.key_generation] = bundle_key
        for who, after in header.removed.items():
            removed[who] = min(removed.get(who, after), after)
        plans.append((path, header, payload))
    if team.me in removed:
        raise BadInputError(tr("Je werd uit dit team verwijderd: bundels van je teamleden worden hier niet meer "
                            "ingelezen. Er werd niets veranderd.",
                               "You were removed from this team: your teammates' bundles are no longer read here. Nothing was changed."))
    revoked = {iid for iid, inv in invitations.items() if inv.get("removed")}
    for path, header, _ in plans:
        if header.invite in revoked and header.member_id != team.me and header.member_id not in removed:
            raise BadInputError(tr(f"{path.name} komt van een kluis gemaakt met een ingetrokken uitnodiging (voor "
                                f"{header.sender}): geweigerd, er werd niets veranderd.",
                                   f"{path.name} comes from a vault made with a revoked invitation (for {header.sender}): refused, nothing was changed."))
        if header.member_id in removed and header.sequence > removed[header.member_id]:
            raise BadInputError(
                tr(f"{path.name} (bundel {header.sequence} van {header.sender}) werd gemaakt nadat {header.sender} uit "
                "het team verwijderd werd: geweigerd, er werd niets veranderd.",
                   f"{path.name} (bundle {header.sequence} from {header.sender}) was made after {header.sender} was removed from the team: refused, nothing was changed."))
    # one invitation makes one member: the first vault made from it that is heard of here keeps it
    bound: dict[str, str] = {}
    for invite_id, invite in invitations.items():
        if invite.get("member_id"):
            bound[invite_id] = str(invite["member_id"])
    for invite_id, member_id in used_by.items():
        bound.setdefault(invite_id, member_id)
    for path, header, _ in sorted(plans, key=lambda p: p[1].sequence):
        if not header.invite or header.member_id == team.me:
            continue
        first = bound.setdefault(header.invite, header.member_id)
        if first != header.member_id:
            raise BadInputError(
                tr(f"{path.name} komt van een tweede kluis die met dezelfde uitnodiging (voor {header.sender}) werd "
                "gemaakt: een uitnodiging geldt voor één kluis. Geweigerd, er werd niets veranderd. Wie deze kluis "
                "maakte, vraagt een eigen uitnodiging; werk dan verder in die nieuwe kluis.",
                   f"{path.name} comes from a second vault made with the same invitation (for {header.sender}): an invitation is good for one vault. Refused, nothing was changed. Whoever made this vault asks for an invitation of their own and then works on in that new vault."))
    # per sender in bundle order; a gap means changes against a base this laptop never had
    plans.sort(key=lambda p: (p[1].member_id, p[1].sequence))
    reach = dict(seen)
    for path, header, _ in plans:
        if header.member_id == team.me:
            continue
        last = reach.get(header.member_id, 0)
        if header.base and header.sequence > last + 1:
            raise BadInputError(
                tr(f"{path.name} (bundel {header.sequence} van {header.sender}) bouwt verder op bundel "
                f"{header.sequence - 1}, die hier nog niet ingelezen werd (laatst ontvangen: {last or 'geen'}). "
                f"Lees de ontbrekende bundels eerst in, of vraag {header.sender} om een volledige bundel "
                "('verbind exchange export --full'). Er werd niets veranderd.",
                   f"{path.name} (bundle {header.sequence} from {header.sender}) builds on bundle {header.sequence - 1}, which was not read here yet (last received: {last or 'none'}). Read the missing bundles first, or ask {header.sender} for a full bundle ('verbind exchange export --full'). Nothing was changed."))
        reach[header.member_id] = max(last, header.sequence)
    summary: dict[str, dict[str, int]] = {}
    base = exchange.base_path_for(vault_path)
    with _locked(vault_path):
        settle_base(vault_path, key)
        for path, header, payload in plans:
            if header.member_id == team.me:
                continue  # our own bundle
            with exchange.connect(vault_path, key) as conn:
                summary[path.name] = exchange.apply(conn, payload, header.sender, base=base, key=key, ops=ops)
            if base.exists():
                with exchange.connect(base, key) as conn:
                    exchange.apply(conn, payload, header.sender, record_conflicts=False)
    news = {f"team.seen.{who}": str(n) for who, n in reach.items() if n > seen.get(who, 0)}
    newest = max(held)
    if newest > team.generation:  # the new team key after a removal: taken, and passed on in our bundles
        news |= {f"team.key.{g}": k.hex() for g, k in held.items() if g != newest}
        news |= {"team.key": held[newest].hex(), "team.key_generation": str(newest)}
        carrier = max((h for _, h, _ in plans if h.key_generation == newest), key=lambda h: len(h.key_wraps))
        news["team.key_wraps"] = json.dumps(carrier.key_wraps, sort_keys=True)
    news |= {f"team.removed.{who}": json.dumps({"after": after}) for who, after in removed.items()}
    others = [header for _, header, _ in plans if header.member_id != team.me]
    news |= {f"team.seen_at.{h.member_id}": _now() for h in others}
    news |= {f"team.name.{h.member_id}": h.sender for h in others}
    for invite_id, member_id in bound.items():
        if invite_id in invitations and not invitations[invite_id].get("member_id"):
            news[f"team.invite.{invite_id}"] = json.dumps({**invitations[invite_id], "member_id": member_id})
        elif invite_id not in invitations and invite_id not in used_by:
            news[f"team.invite_used.{invite_id}"] = member_id
    if news:  # every page was verified at the start of this call: the apply wrote only through the cipher
        with Vault.open_with_key(vault_path, data_key, verify=False) as vault:
            _set(vault, news)
    return summary
