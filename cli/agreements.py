"""Command ``agreements``: every agreement with its status, date of entry into force and missing parties.

Also the ``print agreement --title TEXT --out FILE.pdf`` job (``print_agreement``), which the ``print``
command hands over to this module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.agreements import AgreementView


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "agreements",
        help="luettele sopimukset, niiden tila, voimaantulopäivä ja puuttuvat osapuolet",
        description=(
            "Luettelee kaikki sopimukset: tila (valmistelussa, odottaa hyväksyntöjä, voimassa, päättynyt, "
            "irtisanottu), voimaantulopäivä ja osapuolet, joilta hyväksyntä tai allekirjoitus vielä puuttuu."
        ),
    )
    parser.add_argument("--json", action="store_true", help="tulosta JSON-muodossa")
    parser.add_argument(
        "--on", type=parse_date, metavar="VVVV-KK-PP", help="päivä, jonka tilanne näytetään (oletus: tänään)"
    )
    parser.set_defaults(func=run)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"päivämäärä muodossa VVVV-KK-PP, ei {text!r}") from exc


def as_json(view: AgreementView, on: dt.date | None = None) -> dict[str, Any]:
    """One agreement as JSON-ready values (dates in ISO form); with ``on``, the parties as they stood that day
    (a decision or signature dated later left out), as the status is."""

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    situation = view.situation
    return {
        "id": view.agreement_id,
        "title": view.title,
        "kind": view.kind.value,
        "term_start": iso(view.term_start),
        "term_end": iso(view.term_end),
        "coordinator": view.coordinator,
        "entry_rule": view.entry_rule.value,
        "status": situation.status.value,
        "status_text": view.status_text,
        "entry_into_force": iso(situation.entry_into_force),
        "missing": list(situation.missing_names),
        "waiting": list(situation.waiting),
        "unsigned": list(situation.unsigned),
        "rejected": list(situation.rejected),
        "missing_text": situation.missing_text,
        "parties": [
            {
                "name": p.name,
                "required": p.required,
                "state": p.state.value,
                "decision": p.decision_text,
                "decision_date": iso(p.decision_date),
                "signed_date": iso(p.signed_date),
            }
            for p in (party.as_of(on) if on is not None else party for party in view.parties)
        ],
    }


def run(args: argparse.Namespace) -> int:
    from core.agreements import fi_date, list_agreements
    from db.backup import open_for_use

    on = args.on or dt.date.today()
    database = open_for_use(args.database, create=False)  # a mistyped name must not make an empty database
    try:
        with database.session() as session:
            views = list_agreements(session, on=on)
    finally:
        database.dispose()
    if args.json:
        json.dump([as_json(v, on) for v in views], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not views:
        print("Tietokannassa ei ole sopimuksia.")
        return 0
    print(f"Sopimukset {fi_date(on)} ({len(views)}):")
    for view in views:
        print()
        print(view.title)
        print(f"  Laji: {view.kind_label}, kausi {view.term_text or '—'}, koordinoi {view.coordinator or '—'}")
        print(f"  Tila: {view.status_text}")
        entry = view.situation.entry_into_force
        print(f"  Voimaantulopäivä: {fi_date(entry) if entry else '—'}")
        if view.situation.missing_text:
            print(f"  {view.situation.missing_text}")
    return 0


def print_agreement(args: argparse.Namespace) -> int:
    """``print agreement --title TEXT --out FILE.pdf [--on DATE] [--language sv]``: the "Sopimuksen
    hyväksymistilanne" page, in Finnish or Swedish."""
    from core.agreements import find_agreement
    from core.printing.agreement_status import render_agreement_status
    from db.backup import open_for_use
    from db.errors import DiskFull, ValidationError

    title = getattr(args, "title", None)
    if not title:
        raise ValidationError("Anna sopimuksen nimi tai osa siitä: --title TEKSTI.")
    on = getattr(args, "on", None) or getattr(args, "date", None) or dt.date.today()
    out: Path = args.out
    database = open_for_use(args.database, create=False)
    try:
        with database.session() as session:
            agreement = find_agreement(session, title)
            pdf = render_agreement_status(session, agreement.id, on=on, language=getattr(args, "language", "fi"))
    finally:
        database.dispose()
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise DiskFull(f"Tiedostoa {out} ei voitu kirjoittaa: {exc.strerror or exc}.", detail=str(exc)) from exc
    print(f"Kirjoitettu {out} ({len(pdf) // 1024} kt).")
    return 0
