"""CLI subcommands, one module per area. Each module defines `register(subparsers)`;
`app.cli` discovers every module in this package, so adding an area never edits a shared file."""
