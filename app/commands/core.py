"""Core vault commands: init, demo, info, check, passwd, recover, rekey."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.commands.common import add_command, open_vault, read_passphrase, read_text_file, say, t
from app.domain import Network
from app.domain.vocabulary import NetworkKind, label
from app.errors import DamagedVaultError, UsageError
from app.services.overview import counts

MIN_PASSPHRASE = 10


def _check_new_passphrase(args: argparse.Namespace, passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(t(args, f"De wachtwoordzin is te kort: gebruik minstens {MIN_PASSPHRASE} tekens "
                           "(bijvoorbeeld vier woorden).",
                           f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters "
                           "(for example four words)."))
    return passphrase


def _new_passphrase(args: argparse.Namespace) -> str:
    """New passphrase: --new-passphrase-file, VERBIND_NEW_PASSPHRASE, or asked twice."""
    pf: Path | None = getattr(args, "new_passphrase_file", None)
    if pf is not None:
        return _check_new_passphrase(
            args, read_text_file(args, pf, "het bestand met de nieuwe wachtwoordzin", "the new passphrase file"))
    env = os.environ.get("VERBIND_NEW_PASSPHRASE")
    if env:
        return _check_new_passphrase(args, env)
    ns = argparse.Namespace(**{**vars(args), "passphrase_file": None})
    if not sys.stdin.isatty():
        raise UsageError(t(args, "geen nieuwe wachtwoordzin: gebruik VERBIND_NEW_PASSPHRASE of --new-passphrase-file",
                           "no new passphrase: set VERBIND_NEW_PASSPHRASE or use --new-passphrase-file"))
    return _check_new_passphrase(args, read_passphrase(ns, confirm=True, prompt=t(args, "Nieuwe wachtwoordzin: ",
                                                                                    "New passphrase: ")))


def _print_recovery(args: argparse.Namespace, recovery: str) -> None:
    say(args, "\nHerstelsleutel (schrijf ze op papier en bewaar ze veilig, niet bij de laptop):",
        "\nRecovery key (write it on paper and keep it safe, away from the laptop):")
    print(f"    {recovery}")
    say(args, "Met deze sleutel open je de kluis als je de wachtwoordzin vergeet. Ze wordt maar één keer getoond.\n",
        "This key opens the vault if you forget the passphrase. It is shown only once.\n")


def summary(vault: Any) -> dict[str, Any]:
    with vault.session() as session:
        nets = session.scalars(select(Network).where(Network.deleted_at.is_(None)).order_by(Network.name)).all()
        networks = [{"id": net.id, "name": net.name, "kind": net.kind, "counts": counts(session, net.id)}
                    for net in nets]
    return {"vault": str(vault.path), "vault_id": vault.vault_id, "schema": vault.schema_revision(),
            "networks": networks}


_COUNT_LABELS = {
    "stakeholders": ("stakeholders", "stakeholders"), "interactions": ("contactmomenten", "contact moments"),
    "ambassadors": ("ambassadeurs", "ambassadors"), "trajectories": ("trajecten", "trajectories"),
    "activities": ("activiteiten", "activities"), "signals": ("signalen", "signals"),
}


def print_summary(args: argparse.Namespace, info: dict[str, Any]) -> None:
    lang = "en" if t(args, "nl", "en") == "en" else "nl"
    say(args, f"Kluis: {info['vault']} (schema {info['schema']})", f"Vault: {info['vault']} (schema {info['schema']})")
    if not info["networks"]:
        say(args, "Nog geen netwerken in deze kluis.", "No networks in this vault yet.")
    for net in info["networks"]:
        print(f"\n{net['name']}  [{label(NetworkKind(net['kind']), lang)}]")
        print(f"  id: {net['id']}")
        for key, value in net["counts"].items():
            nl, en = _COUNT_LABELS[key]
            print(f"  {value:>7}  {en if lang == 'en' else nl}")


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import Vault

    vault_path: Path = args.vault
    if vault_path.exists():
        raise UsageError(t(args, f"{vault_path} bestaat al: kies een andere bestandsnaam.",
                           f"{vault_path} already exists: choose another file name."))
    passphrase = _check_new_passphrase(args, read_passphrase(args, confirm=True))
    pending = Vault.begin_create(vault_path, passphrase)
    try:
        _print_recovery(args, pending.recovery)  # shown before the vault appears at its name
        sys.stdout.flush()
    except BaseException:
        pending.abort()
        raise
    pending.commit().close()
    say(args, f"Nieuwe kluis gemaakt: {vault_path}", f"New vault created: {vault_path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import DEMO_PASSPHRASE, begin_demo_vault

    vault_path: Path = args.vault
    if vault_path.exists():
        raise UsageError(t(args, f"{vault_path} bestaat al: kies een andere bestandsnaam.",
                           f"{vault_path} already exists: choose another file name."))
    given = args.passphrase_file is not None or bool(os.environ.get("VERBIND_PASSPHRASE"))
    passphrase = read_passphrase(args) if given else DEMO_PASSPHRASE
    pending = begin_demo_vault(vault_path, size=args.size, seed=args.seed, passphrase=passphrase)
    try:
        if not given:
            say(args, f"Wachtwoordzin: {passphrase}", f"Passphrase: {passphrase}")
        _print_recovery(args, pending.recovery)  # shown before the vault appears at its name
        sys.stdout.flush()
    except BaseException:
        pending.abort()
        raise
    vault = pending.commit()
    try:
        say(args, f"Demokluis gemaakt: {vault_path}", f"Demo vault created: {vault_path}")
        print_summary(args, summary(vault))
    finally:
        vault.close()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        info = summary(vault)
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        print_summary(args, info)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.check()
        if not problems and vault.repair_search_index():
            say(args, "De zoekindex van de stakeholders liep niet gelijk met de stakeholders en is opnieuw "
                      "opgebouwd (er gingen geen gegevens verloren).",
                "The stakeholder search index was out of step with the stakeholders and has been rebuilt "
                "(no data was lost).")
    if problems:
        say(args, "De kluis is beschadigd:", "The vault is damaged:")
        for p in problems[:20]:
            print(f"  - {p}")
        raise DamagedVaultError("; ".join(problems[:3]))
    say(args, "In orde: de kluis opent en doorstaat de integriteitscontroles.",
        "OK: the vault opens and passes the integrity checks.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.change_passphrase(_new_passphrase(args))
    say(args, "Wachtwoordzin gewijzigd. De herstelsleutel blijft geldig.",
        "Passphrase changed. The recovery key stays valid.")
    return 0


def _recovery_key(args: argparse.Namespace, *, needed: bool = True) -> str | None:
    """The recovery key: --recovery-key-file, VERBIND_RECOVERY_KEY, or typed in (None when not
    `needed` and none was given)."""
    rf: Path | None = args.recovery_key_file
    if rf is not None:
        return read_text_file(args, rf, "het herstelsleutelbestand", "the recovery key file")
    if os.environ.get("VERBIND_RECOVERY_KEY"):
        return os.environ["VERBIND_RECOVERY_KEY"]
    if not needed:
        return None
    if sys.stdin.isatty():
        return input(t(args, "Herstelsleutel: ", "Recovery key: "))
    raise UsageError(t(args, "geen herstelsleutel: gebruik VERBIND_RECOVERY_KEY of --recovery-key-file",
                       "no recovery key: set VERBIND_RECOVERY_KEY or use --recovery-key-file"))


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.vault.rekeying import rekey_vault

    passphrase = read_passphrase(args)
    recovery = _recovery_key(args, needed=False)
    if recovery is None and not args.new_recovery_key:
        if not sys.stdin.isatty():
            raise UsageError(t(
                args, "geen herstelsleutel: de nieuwe sleutel moet ook onder je herstelsleutel bewaard worden. Gebruik "
                "VERBIND_RECOVERY_KEY of --recovery-key-file, of --new-recovery-key voor een nieuwe herstelsleutel.",
                "no recovery key: the new key must be wrapped under your recovery key too. Set VERBIND_RECOVERY_KEY "
                "or use --recovery-key-file, or --new-recovery-key for a new recovery key."))
        recovery = input(t(args, "Herstelsleutel: ", "Recovery key: "))
    backup, new_recovery = rekey_vault(args.vault, passphrase, recovery)
    say(args, f"De kluis is opnieuw versleuteld met een nieuwe sleutel. Reservekopie vooraf (met de oude sleutel): {backup}",
        f"The vault is re-encrypted under a new key. Backup made first (under the old key): {backup}")
    say(args, "Je wachtwoordzin blijft dezelfde. Oudere reservekopieën openen nog met de oude sleutel: verwijder ze "
        "als die uitgelekt kan zijn.",
        "Your passphrase stays the same. Older backups still open with the old key: delete them if it may have leaked.")
    if new_recovery is not None:
        _print_recovery(args, new_recovery)
    else:
        say(args, "Je herstelsleutel blijft geldig.", "Your recovery key stays valid.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from app.vault import Vault

    recovery = _recovery_key(args)
    with Vault.open(args.vault, recovery_key=recovery) as vault:
        vault.change_passphrase(_new_passphrase(args))
    say(args, "Nieuwe wachtwoordzin ingesteld met de herstelsleutel.", "New passphrase set with the recovery key.")
    return 0


def register(sub: Any) -> None:
    add_command(sub, "init", cmd_init, "maak een nieuwe, lege kluis")
    p = add_command(sub, "demo", cmd_demo, "maak een demokluis met vier voorbeeldnetwerken")
    p.add_argument("--size", choices=["small", "medium", "large", "huge"], default="small")
    p.add_argument("--seed", type=int, default=7)
    p = add_command(sub, "info", cmd_info, "toon een overzicht van de kluis per netwerk")
    p.add_argument("--json", action="store_true", help="machineleesbare uitvoer")
    add_command(sub, "check", cmd_check, "controleer de integriteit van de kluis")
    p = add_command(sub, "passwd", cmd_passwd, "wijzig de wachtwoordzin")
    p.add_argument("--new-passphrase-file", type=Path, default=None)
    p = add_command(sub, "recover", cmd_recover, "kies een nieuwe wachtwoordzin met de herstelsleutel",
                    passphrase=False)
    p.add_argument("--recovery-key-file", type=Path, default=None)
    p.add_argument("--new-passphrase-file", type=Path, default=None)
    p = add_command(sub, "rekey", cmd_rekey, "versleutel de kluis opnieuw met een nieuwe, willekeurige sleutel "
                    "(na een lek; reservekopie eerst)")
    p.add_argument("--recovery-key-file", type=Path, default=None,
                   help="je herstelsleutel (of VERBIND_RECOVERY_KEY): ze blijft dan geldig")
    p.add_argument("--new-recovery-key", action="store_true",
                   help="maak een nieuwe herstelsleutel in plaats van de huidige te vragen")
