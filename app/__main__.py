"""Allow `python -m app` as an alias of the `verbind` command."""

from app.cli import main

raise SystemExit(main())
