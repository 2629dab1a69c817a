"""Start-up of Sihteeri: arguments, logging and the error hook, then the window or a command-line job."""

from __future__ import annotations

import gc
import logging
import platform
import sys
from collections.abc import Sequence

log = logging.getLogger("sihteeri")


def main(argv: Sequence[str] | None = None) -> int:
    from cli import build_parser, run_command
    from cli.logs import configure_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)  # standard error, and the log file and crash log in the data folder
    log.info("Start: %s (Python %s, %s)", args.command or "ikkuna", platform.python_version(), platform.platform())
    if args.command is not None:
        return run_command(args)
    # Qt is imported only when a window is wanted. The splash needs nothing else, so it is on the screen
    # while the database layer and the window's modules load (gui.splash).
    # Loading the window's code makes some 90 000 objects the garbage collector tracks; it would walk them 180
    # times meanwhile (75 ms). gui.app.settle_loaded_code freezes them; from then on collection is
    # gui.operations.MainThreadCollector's, on the UI thread only, and automatic collection stays off.
    gc.disable()
    from gui.splash import show_splash

    splash = show_splash()
    from gui.app import run_gui

    return run_gui(database=args.database, demo=args.demo, splash=splash)


if __name__ == "__main__":
    sys.exit(main())
