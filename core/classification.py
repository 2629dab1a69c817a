"""The organisation's task classification (tehtäväluokitus): its classes kept, edited and read from a file.

The top classes (00 Hallintoasiat … 14 Elinkeino- ja työvoimapalvelut) are the same everywhere; the lower levels
differ per organisation and come from its information management plan (tiedonohjaussuunnitelma), usually kept in
a spreadsheet. A § names its class by code (``Item.classification_code``, also read from the diary number for
the archival copy), so a class in use is not removed and a class's code is not changed: it is added anew.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.errors import NotFound, ValidationError, join, msg
from db.models import ClassificationCode, Item

CODE = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,5}")
"""A class's code: numbers separated by dots (00, 00.04, 00.04.01)."""

MAX_PROBLEMS = 5
"""A file with more problems than this names the first ones and how many there were."""


@dataclass(frozen=True)
class ClassDetails:
    """A class: its code and its name in Finnish and in Swedish."""

    code: str
    title: str
    title_sv: str = ""


@dataclass(frozen=True)
class ImportResult:
    """What reading a file changed: classes added, classes whose names changed, classes that were as in the file."""

    added: int
    renamed: int
    unchanged: int


def _clean(text: str) -> str:
    return " ".join(text.split())


def classes(session: Session) -> list[ClassificationCode]:
    """Every class, in the order of their codes (00.04 before 00.04.01 before 01)."""
    return sorted(session.scalars(select(ClassificationCode)), key=lambda c: sort_key(c.code))


def sort_key(code: str) -> tuple[int, ...]:
    """A code's place in the classification: by its numbers, level by level (2 before 10)."""
    return tuple(int(part) for part in code.split(".")) if CODE.fullmatch(code) else (10**9,)


def _checked(details: ClassDetails) -> ClassDetails:
    code = details.code.strip()
    if not code:
        raise ValidationError(msg("Tehtäväluokan tunnus puuttuu."))
    if not CODE.fullmatch(code):
        raise ValidationError(
            msg(
                "Tehtäväluokan tunnus {code} ei kelpaa: se on numeroita pisteillä erotettuina, esim. 00.04.01.",
                code=code,
            )
        )
    title = _clean(details.title)
    if not title:
        raise ValidationError(msg("Tehtäväluokan {code} nimi puuttuu.", code=code))
    return ClassDetails(code, title, _clean(details.title_sv))


def add_class(session: Session, details: ClassDetails) -> ClassificationCode:
    """A new class; its code must be new."""
    checked = _checked(details)
    if _same_class(session, checked.code) is not None:
        raise ValidationError(msg("Tehtäväluokka {code} on jo luokituksessa.", code=checked.code))
    added = ClassificationCode(code=checked.code, title=checked.title, title_sv=checked.title_sv)
    session.add(added)
    session.flush()
    return added


def _same_class(session: Session, code: str) -> ClassificationCode | None:
    """The class of the code, or of the same numbers written otherwise: a spreadsheet saves 00 as 0 and 01 as 1."""
    found = session.get(ClassificationCode, code)
    if found is None:
        key = sort_key(code)
        found = next((c for c in session.scalars(select(ClassificationCode)) if sort_key(c.code) == key), None)
    return found


def rename_class(session: Session, code: str, title: str, title_sv: str) -> ClassificationCode:
    """New names for a class (its code stays: the §§ of the class name it)."""
    found = session.get(ClassificationCode, code)
    if found is None:
        raise NotFound(msg("Tehtäväluokkaa {code} ei löydy.", code=code))
    checked = _checked(ClassDetails(code, title, title_sv))
    found.title, found.title_sv = checked.title, checked.title_sv
    session.flush()
    return found


def items_in_class(session: Session, code: str) -> int:
    """How many §§ name the class: by their own class, or (without one) by their diary number's, which the archival
    copy then gives as the § 's class (``core.printing.archival``)."""
    named = or_(
        Item.classification_code == code,
        and_(func.trim(Item.classification_code) == "", Item.dnro_class == code),
    )
    return int(session.scalar(select(func.count()).select_from(Item).where(named)) or 0)


def remove_class(session: Session, code: str) -> None:
    """Remove a class that no § names."""
    found = session.get(ClassificationCode, code)
    if found is None:
        raise NotFound(msg("Tehtäväluokkaa {code} ei löydy.", code=code))
    used = items_in_class(session, code)
    if used:
        raise ValidationError(
            msg(
                "Tehtäväluokkaa {code} ei poistettu: {count} asiaa on merkitty siihen. Vaihda niiden tehtäväluokka "
                "ensin, tai jätä luokka luokitukseen.",
                code=code,
                count=used,
            )
        )
    session.delete(found)
    session.flush()


def read_class_file(path: Path) -> str:
    """A classification file's text: UTF-8 (with or without the mark Excel writes), else Windows' Western
    encoding, in which Excel saves "CSV (semicolon-separated)" on a Finnish computer."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            msg("Tiedostoa {path} ei voi lukea: {reason}.", path=path.name, reason=exc.strerror or exc)
        ) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": UTF-16 with its mark
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_classes(text: str) -> list[ClassDetails]:
    """The classes of a classification file: a line per class, its code, name and (optionally) Swedish name,
    separated by semicolons, tabs or commas (as a spreadsheet saves them). Lines above the first class that do not
    begin with a number (a heading, the columns' titles) and empty lines are passed over. Every problem is
    reported, with its line, before anything is stored."""
    delimiter = _delimiter(text)
    found: list[ClassDetails] = []
    problems: list[str] = []
    seen: dict[tuple[int, ...], int] = {}
    # Universal newlines: Excel for Mac ends its lines with a bare \r, which the csv module refuses.
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    try:
        if "\x00" in text:  # a workbook (.xlsx) or other binary file chosen by mistake
            raise csv.Error("NUL")
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ValidationError(
            msg(
                "Tiedosto ei ole CSV-tiedosto. Tallenna luokitus taulukkolaskentaohjelmasta muodossa CSV "
                "(puolipisteillä erotettu) ja tuo se tiedosto."
            )
        ) from exc
    for number, row in rows:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        code = cells[0]
        if not CODE.fullmatch(code):
            if not found and not problems and not code[:1].isdigit():
                continue  # a heading or the columns' titles; a mistyped first class (0x) is named
            problems.append(msg("rivi {line}: tunnus {code} ei ole muotoa 00.04.01", line=number, code=code or "–"))
            continue
        title = _clean(cells[1]) if len(cells) > 1 else ""
        if not title:
            problems.append(msg("rivi {line}: luokan {code} nimi puuttuu", line=number, code=code))
            continue
        key = sort_key(code)  # 0 and 00 are one class
        if key in seen:
            problems.append(
                msg("rivi {line}: luokka {code} on jo rivillä {earlier}", line=number, code=code, earlier=seen[key])
            )
            continue
        seen[key] = number
        found.append(ClassDetails(code, title, _clean(cells[2]) if len(cells) > 2 else ""))
    if problems:
        shown = join("; ", problems[:MAX_PROBLEMS])
        more = len(problems) - MAX_PROBLEMS
        raise ValidationError(
            msg(
                "Tiedostosta ei tuotu mitään, koska siinä on virheitä ({count}): {problems}{more}.",
                count=len(problems),
                problems=shown,
                more=msg(" ja {more} muuta", more=more) if more > 0 else "",
            )
        )
    if not found:
        raise ValidationError(
            msg(
                "Tiedostossa ei ole tehtäväluokkia. Jokaisella rivillä on luokan tunnus, nimi ja halutessa nimi "
                "ruotsiksi puolipisteillä erotettuina, esim. 00.04.01;Yhteistoiminta;Samarbete."
            )
        )
    return found


def _delimiter(text: str) -> str:
    """The separator that gives a file's lines a code and a name: semicolon, tab or comma, the first of them on a
    tie. Counting the marks of the first line is not enough: Excel writes a name with commas without quotes."""
    lines = [line for line in text.splitlines() if line.strip()][:100]

    def classes_found(delimiter: str) -> int:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            return 0
        return sum(1 for row in rows if len(row) > 1 and CODE.fullmatch(row[0].strip()))

    best = max(";\t,", key=classes_found)
    if classes_found(best) == 0 and lines:  # only the columns' titles: their most frequent mark
        best = max(";\t,", key=lines[0].count)
    return best


def import_classes(session: Session, text: str) -> ImportResult:
    """Store the classes of a classification file (``parse_classes``): new codes are added and the names of
    existing ones updated; classes not in the file stay."""
    added = renamed = unchanged = 0
    parsed = parse_classes(text)
    # By their numbers (0 is 00), looked up once: a long file asked the database for every class per line.
    stored = {sort_key(c.code): c for c in session.scalars(select(ClassificationCode))}
    for details in parsed:
        found = stored.get(sort_key(details.code))
        if found is None:
            session.add(ClassificationCode(code=details.code, title=details.title, title_sv=details.title_sv))
            added += 1
        elif (found.title, found.title_sv) != (details.title, details.title_sv or found.title_sv):
            found.title = details.title
            found.title_sv = details.title_sv or found.title_sv  # a file without Swedish names keeps them
            renamed += 1
        else:
            unchanged += 1
    session.flush()
    return ImportResult(added, renamed, unchanged)
