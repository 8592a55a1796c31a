"""`verbind gui` (the desktop app) and `verbind screenshot` (render a tab to PNG, offscreen).
Qt is imported inside the handlers only: building the CLI's parser stays without Qt."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_output_arg,
    add_passphrase_args,
    check_output,
    read_passphrase,
    resolve_network,
    say,
    t,
)
from app.config import Settings
from app.errors import UsageError
from app.outputs import output_path


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.main import run

    if args.demo:
        from app.config import demo_vault_path
        from app.demo import DEMO_PASSPHRASE

        say(args, f"Demokluis: {demo_vault_path()} — wachtwoordzin: {DEMO_PASSPHRASE}",
            f"Demo vault: {demo_vault_path()} — passphrase: {DEMO_PASSPHRASE}")
    return run(args.vault, demo=args.demo, lang=getattr(args, "lang", None))


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads: no display needed
    from app.vault import Vault

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError as exc:
        raise UsageError(t(args, "--size verwacht BREEDTExHOOGTE, bijvoorbeeld 1280x800",
                           "--size expects WIDTHxHEIGHT, e.g. 1280x800")) from exc
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise UsageError(t(args, "--size valt buiten 320x240 … 7680x4320", "--size is outside 320x240 … 7680x4320"))
    check_output(args, "png")
    vault = Vault.open(args.vault, read_passphrase(args))
    try:
        from ui import i18n
        from ui.context import AppContext
        from ui.main import make_app
        from ui.main_window import MainWindow, tab_key_for

        app = make_app()
        settings = _UnsavedSettings(**vars(Settings.load()))
        settings.language = args.lang or "nl"
        i18n.install(settings.language)
        if args.network:
            from ui import ops

            with ops.in_vault(vault) as session:
                settings.last_network_id = resolve_network(session, args.network, args).id
        window = MainWindow(AppContext(settings))
        key = tab_key_for(args.tab)
        if key is None or key not in window.pages:
            names = ", ".join(window.pages)
            raise UsageError(t(args, f"onbekend tabblad {args.tab!r}: kies uit {names}",
                               f"unknown tab {args.tab!r}: choose from {names}"))
        window.resize(width, height)
        window.vault_opened(vault)
        window.select_tab(key)
        window.show()
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        with output_path(Path(args.output)) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise UsageError(t(args, "kon de schermafbeelding niet bewaren", "could not save the screenshot"))
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        vault.close()
    say(args, f"Schermafbeelding bewaard: {args.output}", f"Screenshot saved: {args.output}")
    return 0


class _UnsavedSettings(Settings):
    """The screenshot command must not add its vault to the user's recent list."""

    def save(self) -> None:
        return None


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open het programma (standaard zonder opdracht)")
    p.add_argument("vault", type=Path, nargs="?", default=None, help="kluis om te ontgrendelen")
    p.add_argument("--demo", action="store_true", help="open de demokluis (maakt ze aan als ze nog niet bestaat)")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_gui)
    p = sub.add_parser("screenshot", help="bewaar een schermafbeelding van een tabblad (zonder scherm)")
    p.add_argument("vault", type=Path)
    p.add_argument("--tab", required=True,
                   help="overview, network, stakeholders, ambassadors, trajectories, activities, report "
                        "(of de Nederlandse titel: Overzicht, Jaarverslag, …)")
    p.add_argument("--lang", choices=["nl", "en"], default=None)
    p.add_argument("--size", default="1280x800")
    p.add_argument("--network", default=None)
    add_output_arg(p)
    add_passphrase_args(p)
    p.set_defaults(handler=cmd_screenshot)
