"""Commands ``export`` and ``import``: the portable archive (docs/arkisto.md) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="vie tietokanta siirrettävään arkistoon",
        description="Kirjoittaa koko tietokannan tai valittujen toimielinten ja vuosien kokoukset yhteen "
        "zip-arkistoon (JSON, liitteet ja tarkisteet), jonka voi tuoda toiseen Sihteeriin.",
    )
    parser.add_argument("file", metavar="TIEDOSTO", type=Path, help="kirjoitettava arkisto (.zip)")
    parser.add_argument("--body", metavar="NIMI", action="append", help="vain tämä toimielin (voi toistaa)")
    parser.add_argument("--year", metavar="VUOSI", type=int, action="append", help="vain tämä vuosi (voi toistaa)")
    parser.set_defaults(func=run_export)

    parser = subparsers.add_parser(
        "import",
        help="tuo arkisto tyhjään tietokantaan",
        description="Tuo arkiston tyhjään Sihteerin tietokantaan (uusi tiedosto tai tyhjä PostgreSQL-kanta). "
        "Arkisto tarkistetaan ensin kokonaan; virheen sattuessa mitään ei kirjoiteta.",
    )
    parser.add_argument("file", metavar="TIEDOSTO", type=Path, help="tuotava arkisto (.zip)")
    parser.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from db.archive import export_archive
    from db.backup import open_for_use

    database = open_for_use(args.database, create=False)
    try:
        summary = export_archive(database, args.file, bodies=args.body, years=args.year)
    finally:
        database.dispose()
    rows = sum(summary.row_counts.values())
    print(f"Arkisto kirjoitettu: {args.file} ({rows} riviä, {summary.attachments} liitetiedostoa).")
    for reference, count in summary.detached.items():
        print(f"Huom: {count} viittausta ({reference}) osoitti rajauksen ulkopuolelle ja jätettiin tyhjäksi.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from db.archive import import_archive
    from db.engine import resolve_url

    url = resolve_url(args.database)
    summary = import_archive(args.file, url)
    rows = sum(summary.row_counts.values())
    print(f"Arkisto {args.file} tuotu: {rows} riviä, {summary.attachments} liitetiedostoa.")
    return 0
