"""CLI subcommands, one module per area. Each module defines `register(subparsers)`;
`app.cli` discovers every module in this package (and in ui.commands, the commands that need the
window), so adding an area never edits a shared file."""
