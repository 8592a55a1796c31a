"""Allow `python -m app` as an alias of the `verbind` command."""

import multiprocessing

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen build runs team exchange in a spawned child
    raise SystemExit(main())
