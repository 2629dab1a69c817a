"""Command ``demo``: write a fresh demo database without opening a window."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help="kirjoita esittelytietokanta",
        description="Kirjoittaa uuden esittelytietokannan (molemmat malliasiat, niiden kokoukset ja sopimukset).",
    )
    parser.add_argument(
        "target", metavar="POLKU_TAI_OSOITE", help="uusi tietokantatiedosto tai tyhjä tietokanta"
    )
    parser.set_defaults(func=run, database_argument="target")  # where cli.run_command puts a password asked for


def run(args: argparse.Namespace) -> int:
    from core.demo import write_demo
    from db.engine import open_database, resolve_url, sqlite_path
    from db.errors import ValidationError

    url = resolve_url(args.target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise ValidationError(
            f"Tiedosto {path} on jo olemassa; esittelytietokanta kirjoitetaan vain uuteen tiedostoon."
        )
    database = open_database(url)
    try:
        write_demo(database)
    finally:
        database.dispose()
    print(f"Esittelytietokanta kirjoitettu: {database.description}")
    return 0
