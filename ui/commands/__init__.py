"""CLI subcommands that need the window (`verbind gui`, `verbind screenshot`), one module per area
with `register(subparsers)`, like app.commands. `app.cli` finds this package by name, so app/
imports nothing from ui/ and runs without it. No Qt at module level here: every `verbind` run
builds the parser, `--version` too; Qt loads inside the handlers."""
