"""Command ``demo``: write a fresh demo database without opening a window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.engine import Database


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


def _has_data(database: Database) -> bool:
    """Whether the (Sihteeri) database already holds an organisation, a person, a meeting or an agreement."""
    from sqlalchemy import select

    from db.models import Agreement, Meeting, Organisation, Person

    with database.begin() as session:
        return any(session.scalar(select(model.id).limit(1)) is not None
                   for model in (Organisation, Person, Meeting, Agreement))  # fmt: skip


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
        if path is None and _has_data(database):  # a server's database: the demo only into an empty one
            raise ValidationError(
                f"Tietokanta {database.description} ei ole tyhjä; esittelytietokanta kirjoitetaan vain tyhjään "
                "tietokantaan. Anna uusi tiedosto tai tyhjä tietokanta."
            )
        write_demo(database)
    finally:
        database.dispose()
    print(f"Esittelytietokanta kirjoitettu: {database.description}")
    return 0
