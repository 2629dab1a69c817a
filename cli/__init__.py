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
import getpass
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from cli.logs import FILE_ONLY
from db.errors import PasswordRequired, SihteeriError  # imports nothing, so it may stay here

# Modules in cli/ that add a command, in the order --help lists them.
COMMANDS: tuple[str, ...] = ("demo", "print_", "agreements", "backup", "archive", "deadline", "draft")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    from cli.argparse_fi import finnish_types, install

    install()  # argparse's own messages and headings in Finnish (before the parsers are made)
    parser = argparse.ArgumentParser(
        prog="sihteeri",
        description="Sihteeri — toimielimen sihteerin työväline. Ilman komentoa avautuu sovellusikkuna.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="tietokanta: tiedostopolku tai SQLAlchemy-osoite (oletus: SIHTEERI_DATABASE, ikkunassa viimeksi avattu "
        "tai käyttäjän datakansion sihteeri.db)",
    )
    parser.add_argument("--demo", action="store_true", help="avaa sovellus uudella esittelytietokannalla")
    parser.add_argument("--verbose", "-v", action="store_true", help="kirjoita lokiin yksityiskohdat")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMENTO", title="komennot")
    for name in COMMANDS:
        module = importlib.import_module(f"cli.{name}")
        module.register(subparsers)
    finnish_types(parser)
    return parser


PASSWORD_TRIES = 3
PASSWORD_HINT = (
    "Komento kysyy salasanan vain päätteessä; ajastetulle komennolle anna se PostgreSQL:n pgpass-tiedostossa "
    "(Windowsissa %APPDATA%\\postgresql\\pgpass.conf) tai ympäristömuuttujassa PGPASSWORD."
)


def ask_password_on_terminal(user: str, server: str, wrong: bool) -> str | None:
    """The server's password typed at the terminal (not echoed), or None when there is no terminal to ask at."""
    if not sys.stdin.isatty():
        return None
    if wrong:
        print("Palvelin ei hyväksynyt salasanaa.", file=sys.stderr)
    return getpass.getpass(f"Käyttäjän {user or '?'} salasana palvelimella {server or 'localhost'}: ")


def run_command(
    args: argparse.Namespace, ask_password: Callable[[str, str, bool], str | None] = ask_password_on_terminal
) -> int:
    """Run the chosen command; Sihteeri errors become a Finnish message and exit code 2.

    When the database server asks for a password (or refuses the one given), it is asked at the terminal and the
    command run again with it (at most ``PASSWORD_TRIES`` times): the server refuses before the command has read
    or written anything. The password is used for this run only. The database is ``args.database`` unless the
    command names another argument (``database_argument``, e.g. ``demo``'s target).
    """
    where = getattr(args, "database_argument", "database")
    if where == "database":
        try:
            _use_window_database(args)
        except SihteeriError as exc:
            return _failed(args, exc)
    tries = 0
    while True:
        try:
            return _run_once(args)
        except PasswordRequired as exc:
            from db.engine import resolve_url, server_of, with_password

            url = resolve_url(getattr(args, where))
            asked = tries < PASSWORD_TRIES
            password = ask_password(url.username or "", server_of(url), exc.wrong) if asked else None
            if password is None:
                return _failed(args, PasswordRequired(f"{exc.message} {PASSWORD_HINT}", wrong=exc.wrong,
                                                      detail=exc.detail))  # fmt: skip
            tries += 1
            setattr(args, where, with_password(url, password).render_as_string(hide_password=False))


# Where the window keeps the database it opened last (gui.settings: Settings() and LAST_DATABASE), written out so
# that a command reads it with QtCore alone (tests/cli/test_window_database.py checks that the two agree).
SETTINGS_SCOPE = ("Sihteeri", "Sihteeri")
LAST_DATABASE_KEY = "database/last"


def window_database() -> str:
    """The database the window opened last (Tiedosto → Avaa tietokanta; no password in it), or "" for none.

    Read with QtCore's QSettings, which works without a display; "" where Qt cannot be loaded at all.
    """
    try:
        from PySide6.QtCore import QSettings
    except (ImportError, OSError) as exc:  # a server without Qt's libraries: the command uses the default
        log.debug("Window settings not read: %s", exc)
        return ""
    value = QSettings(*SETTINGS_SCOPE).value(LAST_DATABASE_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def _use_window_database(args: argparse.Namespace) -> None:
    """Without ``--database`` or ``SIHTEERI_DATABASE`` a command works on the database the window opened last,
    as the window itself does at start; a remembered file that is gone is an error, not the default database
    (a scheduled backup must not quietly copy another database)."""
    from db.engine import ENV_VAR, resolve_url, sqlite_path
    from db.errors import DatabaseUnavailable, msg

    if getattr(args, "database", None) or os.environ.get(ENV_VAR):
        return
    remembered = window_database()
    if not remembered:
        return
    path = sqlite_path(resolve_url(remembered))
    if path is not None and not path.exists():
        raise DatabaseUnavailable(
            msg(
                "Ikkunassa viimeksi avattua tietokantaa {path} ei löydy. Anna tietokanta valinnalla --database tai "
                "avaa toinen tietokanta ikkunassa (Tiedosto → Avaa tietokanta…).",
                path=path,
            )
        )
    log.info("Database: %s (opened last in the window)", remembered)
    args.database = remembered


def _run_once(args: argparse.Namespace) -> int:
    try:
        result: int = args.func(args)
        return result
    except PasswordRequired:
        raise
    except SihteeriError as exc:
        return _failed(args, exc)
    except KeyboardInterrupt:
        print("Keskeytetty.", file=sys.stderr)
        return 130


def _failed(args: argparse.Namespace, exc: SihteeriError) -> int:
    # Into the log file too: a scheduled command's failure is read from there (cli.logs).
    log.error("Command %s failed: %s: %s", args.command, type(exc).__name__, exc.message, extra=FILE_ONLY)
    if exc.detail:
        log.debug("%s: %s", type(exc).__name__, exc.detail)
    print(f"Virhe: {exc.message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("komento puuttuu")
    return run_command(args)
