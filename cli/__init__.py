"""The command-line face of Sihteeri: headless jobs sharing the same core as the window.

Each command is a module ``cli/<name>.py`` with ``register(subparsers)`` that adds its parser and sets
``func`` to a ``run(args) -> int``. Commands print Finnish messages and return an exit code; a Sihteeri
error becomes its message on stderr and exit code 2, never a traceback.

Building the parser must stay cheap, so that ``main.py`` can parse the arguments first and, without a
command, show a splash window before the heavy imports. A command module therefore imports at its top only
what ``register`` needs (the standard library; ``db.enums`` for choices and defaults; ``cli.logs`` also
``db.paths``) and imports the database layer, ``core`` and SQLAlchemy inside the functions that use them;
names needed only in type annotations come under ``TYPE_CHECKING``. ``tests/cli/test_parser_is_light.py``
checks this.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from cli.logs import FILE_ONLY
from db.errors import SihteeriError  # imports nothing, so it may stay here

# Modules in cli/ that add a command, in the order --help lists them.
COMMANDS: tuple[str, ...] = ("demo", "print_", "agreements", "backup", "archive", "deadline", "draft")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sihteeri",
        description="Sihteeri — toimielimen sihteerin työväline. Ilman komentoa avautuu sovellusikkuna.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="tietokanta: tiedostopolku tai SQLAlchemy-osoite (oletus: SIHTEERI_DATABASE tai käyttäjän datakansio)",
    )
    parser.add_argument("--demo", action="store_true", help="avaa sovellus uudella esittelytietokannalla")
    parser.add_argument("--verbose", "-v", action="store_true", help="kirjoita lokiin yksityiskohdat")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMENTO", title="komennot")
    for name in COMMANDS:
        module = importlib.import_module(f"cli.{name}")
        module.register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen command; Sihteeri errors become a Finnish message and exit code 2."""
    try:
        result: int = args.func(args)
        return result
    except SihteeriError as exc:
        # Into the log file too: a scheduled command's failure is read from there (cli.logs).
        log.error("Command %s failed: %s: %s", args.command, type(exc).__name__, exc.message, extra=FILE_ONLY)
        if exc.detail:
            log.debug("%s: %s", type(exc).__name__, exc.detail)
        print(f"Virhe: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Keskeytetty.", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("komento puuttuu")
    return run_command(args)
