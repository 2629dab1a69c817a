"""Commands ``backup``, ``backups``, ``restore`` and ``compact``: the database's safety without a window.

One module registers the three commands of one subject (``register`` adds several parsers); the portable
archive's ``export`` and ``import`` live in ``cli/archive.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "backup",
        help="ota varmuuskopio tietokannasta",
        description="Ottaa tietokannasta tarkistetun varmuuskopion varmuuskopiokansioon (ja toiseen kansioon, jos "
        "se on asetettu). Vanhat kopiot harvennetaan: 7 päivittäistä, 4 viikoittaista, 12 kuukausittaista.",
    )
    parser.add_argument("--to", metavar="KANSIO", type=Path, help="ota kopio tähän kansioon asetetun sijaan")
    parser.set_defaults(func=run_backup)

    parser = subparsers.add_parser(
        "backups",
        help="luettele ja tarkista varmuuskopiot",
        description="Luettelee tietokannan varmuuskopiot uusimmasta alkaen ja tarkistaa jokaisen. Paluuarvo on 1, "
        "jos jokin kopio on vioittunut.",
    )
    parser.add_argument("--folder", metavar="KANSIO", type=Path, help="katso tätä kansiota asetetun sijaan")
    parser.add_argument("--quick", action="store_true", help="älä tarkista kopioita, luettele vain")
    parser.set_defaults(func=run_backups)

    parser = subparsers.add_parser(
        "restore",
        help="palauta tietokanta varmuuskopiosta",
        description="Palauttaa tietokannan varmuuskopiosta. Varmuuskopio tarkistetaan ensin, ja nykyisestä "
        "tietokannasta otetaan varmuuskopio (vioittunut tiedosto siirretään sivuun). Sulje Sihteeri ensin.",
    )
    parser.add_argument("file", metavar="TIEDOSTO", type=Path, help="palautettava varmuuskopio (.db tai .dump)")
    parser.set_defaults(func=run_restore)

    parser = subparsers.add_parser(
        "compact",
        help="tiivistä tietokanta: poistettujen tietojen jäänteet pois tiedostosta",
        description="Poistaa SQLite-tietokantatiedostosta poistettujen ja muutettujen tietojen jäänteet (esimerkiksi "
        "tekstistä poistetun henkilötunnuksen hakuhakemistosta ja vapaalta tilalta). Sisältö ei muutu. Aiemmat "
        "varmuuskopiot sisältävät vanhat tiedot, kunnes ne harvennetaan. Sulje Sihteeri ensin.",
    )
    parser.set_defaults(func=run_compact)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mt".replace(".", ",")
    return f"{max(size // 1024, 1)} kt"


def run_compact(args: argparse.Namespace) -> int:
    from db.backup import open_for_use
    from db.maintenance import compact_database

    database = open_for_use(args.database, create=False)
    try:
        result = compact_database(database)
    finally:
        database.dispose()
    print(f"Tietokanta tiivistetty: {_size(result.size_before)} → {_size(result.size_after)}.")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from db.backup import backup_now
    from db.engine import resolve_url

    url = resolve_url(args.database)
    result = backup_now(url, folders=[args.to] if args.to else None)
    for path in result.written:
        print(f"Varmuuskopio tallennettu ja tarkistettu: {path}")
    for path in result.removed:
        print(f"Vanha varmuuskopio poistettu: {path.name}")
    for warning in result.warnings:
        print(f"Varoitus: {warning}", file=sys.stderr)
    if not result.ok:
        print("Virhe: varmuuskopiota ei saatu tallennettua mihinkään.", file=sys.stderr)
        return 1
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from db.backup import BackupSettings, describe_backup, list_backups, verify_backup
    from db.engine import resolve_url

    url = resolve_url(args.database)
    settings = BackupSettings.load()
    folders = [args.folder] if args.folder else [f for f, _create in settings.folders()]
    damaged = 0
    for folder in folders:
        entries = list_backups(url, folder)
        count = "1 varmuuskopio" if len(entries) == 1 else f"{len(entries)} varmuuskopiota"
        print(f"{folder}: {count}")
        for entry in entries:
            check = describe_backup(entry) if args.quick else verify_backup(entry.path)
            state = "" if args.quick else ("ehjä" if check.ok else f"VIOITTUNUT: {check.problem}")
            damaged += 0 if args.quick or check.ok else 1
            tag = f" [{entry.tag}]" if entry.tag else ""
            print(f"  {entry.created:%d.%m.%Y %H.%M.%S}  {_size(entry.size):>9}  {entry.path.name}{tag}  {state}")
            if check.bodies or check.last_meeting:
                print(f"      toimielimet: {', '.join(check.bodies) or '-'}; viimeisin kokous: "
                      f"{check.last_meeting or '-'}")
    if damaged:
        print(f"Virhe: {damaged} varmuuskopiota on vioittunut.", file=sys.stderr)
        return 1
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from db.backup import restore_backup
    from db.engine import resolve_url

    url = resolve_url(args.database)
    result = restore_backup(args.file, url)
    print(f"Tietokanta {result.target} palautettu varmuuskopiosta {args.file}.")
    if result.safety_copy is not None:
        print(f"Aiempi tietokanta tallennettiin ensin varmuuskopioksi: {result.safety_copy}")
    for path in result.moved_aside:
        print(f"Aiempi tiedosto siirrettiin sivuun: {path}")
    return 0
