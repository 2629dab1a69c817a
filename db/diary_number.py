"""Diary numbers (diaarinumero, Dnro): stored as written, the common ``N/xx.xx.xx/yyyy`` form parsed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.errors import msg

MAX_LENGTH = 100

_COMMON = re.compile(
    r"^(?:(?P<prefix>[A-ZÅÄÖa-zåäö]{1,10}):)?(?P<seq>\d{1,9})/(?P<cls>\d{2}(?:\.\d{2}){0,5})/(?P<year>\d{4})$"
)
_LOOKS_COMMON = re.compile(r"^(?:[^/\s]+:)?\d+/[^/]*/[^/]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class DiaryNumber:
    """The parts of a diary number in the common form, e.g. ``TRE:4325/00.01.02/2024``."""

    prefix: str
    sequence: int
    classification: str
    year: int


def parse_diary_number(text: str) -> DiaryNumber | None:
    """Parse the common ``[PREFIX:]N/xx.xx.xx/yyyy`` form; any other form gives None (and is still valid)."""
    match = _COMMON.match(text.strip())
    if match is None:
        return None
    return DiaryNumber(
        prefix=match["prefix"] or "",
        sequence=int(match["seq"]),
        classification=match["cls"],
        year=int(match["year"]),
    )


def diary_number_problem(text: str) -> str | None:
    """Return a Finnish description of what is wrong with ``text``, or None when it can be stored.

    Any form is accepted (organisations number differently), but a number that is evidently meant to be
    in the common form and is malformed is refused, as are control characters and very long values.
    """
    value = text.strip()
    if not value:
        return None
    if len(value) > MAX_LENGTH:
        return msg(
                   "Diaarinumero on liian pitkä ({count} merkkiä, enintään {max_length}).",
                   count=len(value), max_length=MAX_LENGTH
               )
    if _CONTROL.search(value):
        return msg("Diaarinumerossa on ohjausmerkkejä; kirjoita se uudelleen.")
    if _LOOKS_COMMON.match(value):
        parsed = parse_diary_number(value)
        if parsed is None:
            return (
                msg(
                    "Diaarinumero ”{value}” ei ole muotoa numero/luokka/vuosi, esimerkiksi 77/00.04.01/2023: "
                    "tarkista tehtäväluokka (kaksinumeroiset osat pisteillä erotettuina) ja nelinumeroinen vuosi.",
                    value=value
                )
            )
        if not 1900 <= parsed.year <= 2200:
            return msg("Diaarinumeron vuosi {year} ei ole mahdollinen.", year=parsed.year)
    return None
