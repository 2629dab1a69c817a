"""Command ``print``: print an excerpt, agenda, minutes or decision draft to a PDF file without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.printing import DocumentKind, DocumentRequest
    from core.printing.archival import ArchivalCopy
    from db.models import Item

# The values of core.printing.DocumentKind, written out so that building the parser imports no core module
# (tests/cli/test_parser_is_light.py checks that the two agree).
KIND_VALUES = ("agenda", "draft", "excerpt", "minutes")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "print",
        help="tulosta ote, esityslista, pöytäkirja tai päätösehdotusluonnos PDF-tiedostoksi",
        description=(
            "Tulostaa kokouksen asiakirjan PDF-tiedostoksi. Kokous valitaan toimielimen nimellä ja päivämäärällä, "
            "pykälä numerolla (--section) tai diaarinumerolla (--dnro). Pelkkä --dnro riittää, jos "
            "diaarinumerolla on pykälä vain yhdessä kokouksessa."
        ),
    )
    parser.add_argument(
        "kind",
        choices=[*KIND_VALUES, "agreement"],
        metavar="ASIAKIRJA",
        help="excerpt (pöytäkirjanote), agenda (esityslista), minutes (pöytäkirja), "
        "draft (päätösehdotusluonnos), agreement (sopimuksen hyväksymistilanne, --title)",
    )
    parser.add_argument("--body", metavar="TOIMIELIN", help="toimielimen nimi, esim. Maakuntahallitus")
    parser.add_argument(
        "--date", type=_date, metavar="VVVV-KK-PP", help="kokouksen päivämäärä (agreement: tilannepäivä, oletus tänään)"
    )
    parser.add_argument("--title", metavar="TEKSTI", help="agreement: sopimuksen nimi tai osa siitä")
    parser.add_argument(
        "--year", type=int, metavar="VVVV", help="minutes: kaikki vuoden tarkastetut pöytäkirjat yhtenä tiedostona"
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--section", type=int, metavar="N", help="pykälän numero")
    which.add_argument("--dnro", metavar="DNRO", help="diaarinumero, esim. 77/00.04.01/2023")
    parser.add_argument("--language", choices=("fi", "sv"), default="fi", help="kieli: fi (oletus) tai sv")
    parser.add_argument(
        "--out", required=True, type=Path, metavar="TIEDOSTO", help="kirjoitettava PDF- tai HTML-tiedosto"
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="salli tarkastamattoman pöytäkirjan ote; jokaiselle sivulle merkitään LUONNOS",
    )
    parser.add_argument(
        "--include-secret",
        action="store_true",
        help="tulosta myös salassa pidettävien asioiden sisältö (ei julkiseen jakeluun)",
    )
    parser.add_argument(
        "--format",
        choices=("pdf", "html", "pdfa"),
        default="pdf",
        help="pdf (oletus); html: saavutettava verkkosivu yleiseen tietoverkkoon (agenda, minutes); pdfa: "
        "arkistokappale PDF/A-2b-muodossa ja sen kuvailutiedot samannimiseen XML-tiedostoon (agenda, minutes, "
        "excerpt)",
    )
    parser.add_argument(
        "--without-personal-data",
        action="store_true",
        help="verkkoversio muutoksenhakuajan jälkeen: henkilötietoja sisältävistä pykälistä vain otsikko ja maininta",
    )
    parser.add_argument(
        "--with-attachments",
        action="store_true",
        help="excerpt, agenda, minutes: liitä asiakirjan perään sen luettelemien liitteiden PDF-tiedostot",
    )
    parser.add_argument(
        "--certified-on", type=_date, metavar="VVVV-KK-PP", help="otteen oikeaksi todistamisen päivä (oletus: tänään)"
    )
    parser.set_defaults(func=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"päivämäärä muodossa VVVV-KK-PP, ei {text!r}") from exc


def run(args: argparse.Namespace) -> int:
    if args.kind == "agreement":
        from cli.agreements import print_agreement
        from db.errors import ValidationError

        if args.format != "pdf":
            raise ValidationError(
                "Sopimuksen hyväksymistilanne tulostetaan vain PDF-tiedostoksi (ilman valintaa --format)."
            )

        return print_agreement(args)
    from core.printing import (
        DocumentFormat,
        DocumentKind,
        DocumentRequest,
        find_item,
        find_meeting,
    )
    from db.backup import open_for_use
    from db.errors import ValidationError

    kind = DocumentKind(args.kind)
    _check_format(args)
    if args.year is not None:
        return _run_year(args, kind)
    by_dnro_only = args.dnro is not None and args.body is None and args.date is None
    if not by_dnro_only and (args.body is None or args.date is None):
        raise ValidationError(
            "Anna kokouksen toimielin ja päivämäärä: --body TOIMIELIN --date VVVV-KK-PP "
            "(tai pelkkä --dnro DIAARINUMERO, jos diaarinumero on vain yhdessä kokouksessa)."
        )
    if kind == DocumentKind.EXCERPT and args.section is None and args.dnro is None:
        raise ValidationError("Pöytäkirjanotteelle anna pykälä: --section N tai --dnro DIAARINUMERO.")
    database = open_for_use(args.database, create=False)  # a mistyped name must not make an empty database
    try:
        with database.session() as session:
            item_ids: tuple[int, ...] = ()
            if by_dnro_only:
                item = _only_item_with_dnro(session, args.dnro)
                meeting, item_ids = item.meeting, (item.id,)
            else:
                meeting = find_meeting(session, body=args.body, date=args.date)
            if not item_ids and (args.section is not None or args.dnro is not None):
                item_ids = (find_item(session, meeting, section=args.section, dnro=args.dnro).id,)
            request = DocumentRequest(
                kind=kind,
                meeting_id=meeting.id,
                item_ids=item_ids,
                language=args.language,
                draft=args.draft,
                public=not args.include_secret,
                certified_on=args.certified_on,
                format=DocumentFormat(args.format),
                without_personal_data=args.without_personal_data,
            )
            result = _render(session, request, args)
    finally:
        database.dispose()
    return _write(args.out, result)


def _render(session: Session, request: DocumentRequest, args: argparse.Namespace) -> bytes | ArchivalCopy:
    """The document (with its attachments when asked), or the archival copy with its metadata."""
    from core.printing import DocumentFormat, render_in_session
    from core.printing.archival import archival_copy

    result: bytes | ArchivalCopy
    if request.format == DocumentFormat.PDFA:
        result = archival_copy(session, request, pdf_name=args.out.name)
    else:
        result = render_in_session(session, request)
        if args.with_attachments:
            result = _with_attachments(session, request, result)
    _warn_untranslated(session, request)
    return result


def _check_format(args: argparse.Namespace) -> None:
    """Refuse options that would be silently ignored or give a misnamed file."""
    from db.errors import ValidationError

    if args.format == "html" and args.include_secret:
        raise ValidationError(
            "Verkkosivua (--format html) ei tehdä salassa pidettävän sisällön kanssa (--include-secret): sivu on "
            "tarkoitettu yleiseen tietoverkkoon. Tulosta salassa pidettävä sisältö PDF-tiedostoksi (--format pdf)."
        )
    if args.with_attachments and args.format == "pdfa":
        raise ValidationError(
            "Arkistokappaleeseen ei liitetä liitetiedostoja (--with-attachments): ne arkistoidaan omina tiedostoinaan."
        )
    if args.with_attachments and args.format != "pdf":
        raise ValidationError("Liitetiedostot (--with-attachments) voi liittää vain PDF-asiakirjaan.")
    allowed = {"pdf": (".pdf",), "pdfa": (".pdf",), "html": (".html", ".htm")}[args.format]
    suffix = args.out.suffix.lower()
    if suffix in (".pdf", ".html", ".htm") and suffix not in allowed:
        raise ValidationError(f"Tiedoston {args.out} pääte ei vastaa muotoa {args.format}; anna pääte {allowed[0]}.")
    if args.format == "pdfa" and suffix != ".pdf":
        raise ValidationError(f"Arkistokappaleen tiedostonimen pääte on .pdf, ei {args.out.name}.")


def _with_attachments(session: Session, request: DocumentRequest, pdf: bytes) -> bytes:
    """The document followed by its attachments' PDF files; those left out are named on standard error."""
    from core.printing.attachment_files import append_attachment_files

    attached = append_attachment_files(session, request, pdf)
    for name in attached.added:
        print(f"Liitetty: {name}")
    for problem in attached.left_out:
        print(f"Ei liitetty: {problem}", file=sys.stderr)
    return attached.pdf


def _warn_untranslated(session: Session, request: DocumentRequest) -> None:
    """Name on standard error the §§ whose texts a Swedish document printed in Finnish."""
    from core.printing import untranslated

    for note in untranslated(session, request):
        print(f"Ei ruotsiksi, tulostui suomeksi: {note}", file=sys.stderr)


def _only_item_with_dnro(session: Session, dnro: str) -> Item:
    """The one § with this diary number; several (the case went through more than one body) must be told apart."""
    from core.deadlines import fi_date
    from core.printing import find_items_by_dnro
    from db.errors import NotFound, ValidationError

    items = find_items_by_dnro(session, dnro)
    if not items:
        raise NotFound(f"Diaarinumerolla {dnro} ei ole yhtään pykälää.")
    if len(items) > 1:
        where = "; ".join(f"{i.meeting.body.name} {fi_date(i.meeting.date)} {i.section_number} §" for i in items)
        raise ValidationError(
            f"Diaarinumero {dnro} on käsitelty useammassa kokouksessa ({where}). "
            "Valitse kokous: --body TOIMIELIN --date VVVV-KK-PP."
        )
    return items[0]


def _run_year(args: argparse.Namespace, kind: DocumentKind) -> int:
    from core.printing import DocumentFormat, DocumentKind, year_minutes
    from db.backup import open_for_use
    from db.errors import ValidationError

    if kind != DocumentKind.MINUTES or args.body is None or args.date is not None:
        raise ValidationError("Vuoden pöytäkirjat tulostetaan muodossa: print minutes --body TOIMIELIN --year VVVV.")
    database = open_for_use(args.database, create=False)  # a mistyped name must not make an empty database
    try:
        with database.session() as session:
            request = year_minutes(session, body=args.body, year=args.year, language=args.language)
            request = replace(
                request,
                public=not args.include_secret,
                format=DocumentFormat(args.format),
                without_personal_data=args.without_personal_data,
            )
            result = _render(session, request, args)
    finally:
        database.dispose()
    return _write(args.out, result)


def _write(out: Path, result: bytes | ArchivalCopy) -> int:
    from core.printing.archival import write_copy
    from core.printing.files import write_document

    if not isinstance(result, bytes):
        metadata = write_copy(result, out)
        print(f"Kirjoitettu arkistokappale {out} ({len(result.pdf) // 1024} kt, PDF/A-2b) ja kuvailutiedot {metadata}.")
        return 0
    pdf = result
    write_document(pdf, out)  # a failure says in Finnish why (a missing folder, no permission)
    print(f"Kirjoitettu {out} ({len(pdf) // 1024} kt).")
    return 0
