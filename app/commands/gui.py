"""`verbind gui` (the desktop app) and `verbind screenshot` (render a tab to PNG, offscreen).
Qt is imported inside the handlers only: app/ stays headless."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.commands.common import add_passphrase_args, read_passphrase, resolve_network, say, t
from app.errors import UsageError
from app.fileutil import atomic_path

TAB_ALIASES = {"overzicht": "overview", "netwerk": "network", "ambassadeurs": "ambassadors",
               "trajecten": "trajectories", "activiteiten": "activities", "jaarverslag": "report"}


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.main import run

    if args.demo:
        from app.config import demo_vault_path
        from app.demo import DEMO_PASSPHRASE

        say(args, f"Demokluis: {demo_vault_path()} — wachtwoordzin: {DEMO_PASSPHRASE}",
            f"Demo vault: {demo_vault_path()} — passphrase: {DEMO_PASSPHRASE}")
    return run(args.vault, demo=args.demo)


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.vault import Vault

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError as exc:
        raise UsageError(t(args, "--size verwacht BREEDTExHOOGTE, bijvoorbeeld 1280x800",
                           "--size expects WIDTHxHEIGHT, e.g. 1280x800")) from exc
    key = TAB_ALIASES.get(args.tab.lower(), args.tab.lower())
    vault = Vault.open(args.vault, read_passphrase(args))
    try:
        from app.config import Settings
        from ui.context import AppContext
        from ui.main import make_app
        from ui.main_window import MainWindow

        app = make_app()
        settings = Settings.load()
        settings.language = args.lang or "nl"
        from ui import i18n

        i18n.install(settings.language)
        if args.network:
            with vault.session() as session:
                settings.last_network_id = resolve_network(session, args.network, args).id
        window = MainWindow(AppContext(settings))
        window.resize(width, height)
        window.vault_opened(vault)
        if not window.select_tab(key):
            raise UsageError(t(args, f"onbekend tabblad {args.tab!r}: kies uit {', '.join(window.tabs)}",
                               f"unknown tab {args.tab!r}: choose from {', '.join(window.tabs)}"))
        window.show()
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        with atomic_path(Path(args.output)) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise UsageError(t(args, "kon de schermafbeelding niet bewaren", "could not save the screenshot"))
        window.ctx.vault = None
        window.close()
    finally:
        vault.close()
    say(args, f"Schermafbeelding bewaard: {args.output}", f"Screenshot saved: {args.output}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open het programma (standaard zonder opdracht)")
    p.add_argument("vault", type=Path, nargs="?", default=None, help="kluis om te ontgrendelen")
    p.add_argument("--demo", action="store_true", help="open de demokluis (maakt ze aan als ze nog niet bestaat)")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_gui)
    p = sub.add_parser("screenshot", help="bewaar een schermafbeelding van een tabblad (zonder scherm)")
    p.add_argument("vault", type=Path)
    p.add_argument("--tab", required=True, help="overview, network, stakeholders, …")
    p.add_argument("--lang", choices=["nl", "en"], default=None)
    p.add_argument("--size", default="1280x800")
    p.add_argument("--network", default=None)
    p.add_argument("-o", "--output", required=True, type=Path)
    add_passphrase_args(p)
    p.set_defaults(handler=cmd_screenshot)
