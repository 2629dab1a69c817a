"""Start-up of Sihteeri: arguments, logging and the error hook, then the window or a command-line job."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def main(argv: Sequence[str] | None = None) -> int:
    from cli import build_parser, run_command

    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    if args.command is not None:
        return run_command(args)
    from gui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(database=args.database, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
