"""Command ``draft``: draft an item's decision proposal from a template, list templates, import and export them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import Item


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "draft",
        help="laadi päätösehdotus mallipohjasta; mallipohjien luettelo, vienti ja tuonti",
        description=(
            "Laatii asian päätösehdotuksen mallipohjasta ja tulostaa sen. Asia annetaan tunnisteena tai "
            "diaarinumerona. Ilman --template-valintaa käytetään asialle parhaiten sopivaa mallipohjaa."
        ),
    )
    parser.add_argument("item", nargs="?", metavar="ASIA", help="asian tunniste (numero) tai diaarinumero")
    parser.add_argument("--template", metavar="AVAIN", help="mallipohja, esim. valmis:fi/lausunto tai oma:3")
    parser.add_argument("--language", choices=("fi", "sv"), default="fi", help="mallipohjan kieli (oletus fi)")
    parser.add_argument("--list", action="store_true", help="luettele mallipohjat")
    parser.add_argument("--export", nargs=2, metavar=("AVAIN", "TIEDOSTO"), help="vie mallipohja tiedostoon")
    parser.add_argument("--import", dest="import_file", metavar="TIEDOSTO", help="tuo mallipohja tiedostosta")
    parser.set_defaults(func=run)


def _find_item(session: Session, spec: str) -> Item:
    from sqlalchemy import select

    from db.errors import NotFound
    from db.models import Item

    item = session.get(Item, int(spec)) if spec.isdigit() else None
    if item is None:
        item = session.scalars(select(Item).where(Item.diary_number == spec).order_by(Item.id.desc())).first()
    if item is None:
        raise NotFound(f"Asiaa {spec} ei löytynyt (anna asian tunniste tai diaarinumero).")
    return item


def _read(path: Path) -> str:
    """A template file's text; a missing, unreadable or non-UTF-8 file is a Finnish error (exit code 2)."""
    from db.errors import KnownError, NotFound, ValidationError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise NotFound(f"Tiedostoa {path} ei löytynyt.", detail=str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"Tiedosto {path} ei ole UTF-8-merkistöistä tekstiä, joten se ei ole Sihteerin mallipohja. Tallenna "
            "se UTF-8-muodossa tai vie mallipohja Sihteeristä uudelleen.",
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise KnownError(f"Tiedostoa {path} ei voitu lukea: {exc.strerror or exc}.", detail=str(exc)) from exc


def _write(path: Path, text: str) -> None:
    """Write an exported template; a missing folder or a write error is a Finnish error (exit code 2)."""
    from db.errors import KnownError

    if not path.parent.is_dir():
        raise KnownError(f"Kansiota {path.parent} ei ole; luo se ensin tai anna toinen tiedosto.")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KnownError(f"Tiedostoa {path} ei voitu kirjoittaa: {exc.strerror or exc}.", detail=str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    from core.draft_context import load_context
    from core.drafting import render
    from core.template_library import (
        export_template,
        fits,
        get_template,
        import_template,
        list_templates,
        suggest_templates,
    )
    from db.backup import open_for_use
    from db.errors import NotFound, ValidationError

    # Every job here reads an existing database (an import adds to its templates): a mistyped --database must
    # not make a new empty one, nor install the schema into an empty PostgreSQL database.
    database = open_for_use(args.database, create=False)
    try:
        with database.begin() as session:
            if args.list:
                for info in list_templates(session):
                    kind = "valmis" if info.shipped else "oma"
                    print(f"{info.key}\t{info.language}\t{kind}\t{info.name}")
                return 0
            if args.export:
                key, target = args.export
                _write(Path(target), export_template(get_template(session, key)))
                print(f"Mallipohja {key} viety tiedostoon {target}.")
                return 0
            if args.import_file:
                info = import_template(session, _read(Path(args.import_file)))
                print(f"Mallipohja tuotiin nimellä ”{info.name}” ({info.key}).")
                return 0
            if not args.item:
                raise ValidationError("Anna asia (tunniste tai diaarinumero), --list, --export tai --import.")
            item = _find_item(session, args.item)
            if args.template:
                template = get_template(session, args.template)
            else:
                ranked = suggest_templates(
                    list_templates(session),
                    item_kind=item.kind,
                    body_kind=item.body.kind,
                    agreement_kind=item.agreement.kind if item.agreement else None,
                    template_key=item.template_key,
                    language=args.language,
                )
                if not ranked:
                    raise NotFound("Mallipohjia ei ole tällä kielellä.")
                template = ranked[0][0]
                if not fits(template, item_kind=item.kind, body_kind=item.body.kind,
                            agreement_kind=item.agreement.kind if item.agreement else None,
                            template_key=item.template_key):  # fmt: skip
                    raise ValidationError(
                        f"Asialle {args.item} ({item.kind}) ei ole tehty mallipohjaa. Valitse mallipohja "
                        "valinnalla --template AVAIN; mallipohjat luettelee --list."
                    )
            print(render(template.text, load_context(session, item.id)))
        return 0
    finally:
        database.dispose()
