"""The task classification: classes added, renamed, removed (not while in use) and read from a spreadsheet file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.classification import (
    ClassDetails,
    add_class,
    classes,
    import_classes,
    items_in_class,
    parse_classes,
    read_class_file,
    remove_class,
    rename_class,
)
from core.meetings import add_item, create_meeting
from db.engine import Database
from db.enums import BodyKind, OrganisationKind
from db.errors import NotFound, ValidationError
from db.models import Body, ClassificationCode, Meeting, Organisation


def _codes(database: Database) -> list[str]:
    with database.begin() as session:
        return [c.code for c in classes(session)]


def test_classes_are_added_renamed_and_kept_in_the_order_of_their_codes(database: Database) -> None:
    """Ensure a class is added with its names cleaned, listed by its numbers level by level (2 before 10, 00.04
    before 00.04.01 before 01), renamed with its code kept, and that a bad or taken code or a missing name is
    refused in Finnish with nothing stored."""
    with database.begin() as session:
        for code, title in (("10", "Maankäyttö"), ("01", "Henkilöstöasiat"), ("00.04.01", "Yhteistoiminta"),
                            ("00.04", "Yhteistyö"), ("2", "Kaksi")):  # fmt: skip
            add_class(session, ClassDetails(f" {code} ", f"  {title}  ", ""))
        rename_class(session, "00.04.01", "Yhteistoiminta  muiden kanssa", "Samarbete")
    assert _codes(database) == ["00.04", "00.04.01", "01", "2", "10"]
    with database.begin() as session:
        renamed = session.get(ClassificationCode, "00.04.01")
        assert renamed is not None
        assert (renamed.title, renamed.title_sv) == ("Yhteistoiminta muiden kanssa", "Samarbete")
    refusals = {
        ClassDetails("00.04", "Toinen"): "on jo luokituksessa",
        ClassDetails("00.04.x", "Kirjain"): "ei kelpaa",
        ClassDetails("00..04", "Tyhjä taso"): "ei kelpaa",
        ClassDetails("", "Ei tunnusta"): "tunnus puuttuu",
        ClassDetails("05", "   "): "nimi puuttuu",
    }
    for details, said in refusals.items():
        with pytest.raises(ValidationError) as refused, database.begin() as session:
            add_class(session, details)
        assert said in refused.value.message, details
    with pytest.raises(NotFound), database.begin() as session:
        rename_class(session, "99", "Ei ole", "")
    assert _codes(database) == ["00.04", "00.04.01", "01", "2", "10"]


def _meeting(session: Session) -> Meeting:
    """A meeting of a home organisation's board, for §§ to be marked with classes."""
    org = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Testilä", is_home=True)
    session.add(org)
    session.flush()
    body = Body(organisation_id=org.id, name="Kunnanhallitus", kind=BodyKind.EXECUTIVE)
    session.add(body)
    session.flush()
    return create_meeting(session, body_id=body.id, date=dt.date(2026, 3, 4))


def test_a_class_in_use_is_not_removed(database: Database) -> None:
    """Ensure a class that a § names is not removed (the message counts the §§), and an unused one is."""
    with database.begin() as session:
        meeting = _meeting(session)
        item = add_item(session, meeting_id=meeting.id, title="Yhteistoimintasopimus")
        item.classification_code = "00.04.01"
        add_class(session, ClassDetails("00.04.01", "Yhteistoiminta"))
        add_class(session, ClassDetails("00.04.02", "Käyttämätön"))
    with pytest.raises(ValidationError) as refused, database.begin() as session:
        remove_class(session, "00.04.01")
    assert "1 asiaa on merkitty siihen" in refused.value.message
    with database.begin() as session:
        assert items_in_class(session, "00.04.01") == 1
        remove_class(session, "00.04.02")
    assert _codes(database) == ["00.04.01"]


def test_a_spreadsheet_file_is_read_whatever_its_separator() -> None:
    """Ensure a classification file is read with semicolons, tabs or commas (a name with a comma in quotes), its
    columns' titles and empty lines passed over, the Swedish name optional."""
    expected = [
        ClassDetails("00", "Hallintoasiat", "Förvaltningsärenden"),
        ClassDetails("02", "Talousasiat, verotus ja omaisuuden hallinta", ""),
        ClassDetails("00.04.01", "Yhteistoiminta", "Samarbete"),
    ]
    semicolons = ("Tunnus;Nimi;Ruotsiksi\n00;Hallintoasiat;Förvaltningsärenden\n\n"
                  "02;Talousasiat, verotus ja omaisuuden hallinta\n00.04.01; Yhteistoiminta ;Samarbete\n")  # fmt: skip
    tabs = semicolons.replace(";", "\t")
    commas = ('luokka,nimi,namn\n00,Hallintoasiat,Förvaltningsärenden\n'
              '02,"Talousasiat, verotus ja omaisuuden hallinta",\n00.04.01,Yhteistoiminta,Samarbete\r\n')  # fmt: skip
    for text in (semicolons, tabs, commas):
        assert parse_classes(text) == expected, text


def test_a_file_with_mistakes_names_them_by_line_and_nothing_is_stored(database: Database) -> None:
    """Ensure every bad line is named with its number (a bad code, a missing name, a code given twice), at most five
    of them with the count of the rest, and that a file without classes says what a line must have."""
    text = "00;Hallintoasiat\n0x;Huono\n01;\n00;Uudelleen\n\n02;Talous\nA;B\nC;D\nE;F\n"
    with pytest.raises(ValidationError) as refused:
        parse_classes(text)
    said = refused.value.message
    assert "virheitä (6)" in said
    assert "rivi 2: tunnus 0x ei ole muotoa 00.04.01" in said and "rivi 3: luokan 01 nimi puuttuu" in said
    assert "rivi 4: luokka 00 on jo rivillä 1" in said and "ja 1 muuta" in said
    with pytest.raises(ValidationError) as refused, database.begin() as session:
        import_classes(session, text)
    assert _codes(database) == []
    with pytest.raises(ValidationError) as empty:
        parse_classes("Tunnus;Nimi\n\n")
    assert "Jokaisella rivillä on luokan tunnus, nimi" in empty.value.message


def test_importing_adds_new_classes_renames_changed_ones_and_keeps_the_rest(database: Database) -> None:
    """Ensure an import adds the new codes, updates the names of existing ones (a Swedish name not in the file is
    kept), leaves classes missing from the file, and counts what it did."""
    with database.begin() as session:
        add_class(session, ClassDetails("00", "Hallinto", "Förvaltning"))
        add_class(session, ClassDetails("01", "Henkilöstöasiat", "Personalärenden"))
        add_class(session, ClassDetails("14", "Elinkeinot", ""))
        result = import_classes(session, "00;Hallintoasiat\n01;Henkilöstöasiat;Personalärenden\n00.01;Hallinto-"
                                         "ja järjestäytymisasiat;Förvaltning\n")  # fmt: skip
    assert (result.added, result.renamed, result.unchanged) == (1, 1, 1)
    with database.begin() as session:
        stored = {c.code: (c.title, c.title_sv) for c in session.scalars(select(ClassificationCode))}
    assert stored == {
        "00": ("Hallintoasiat", "Förvaltning"),
        "00.01": ("Hallinto-ja järjestäytymisasiat", "Förvaltning"),
        "01": ("Henkilöstöasiat", "Personalärenden"),
        "14": ("Elinkeinot", ""),
    }


def test_a_file_saved_by_a_finnish_spreadsheet_is_read_in_its_encoding(tmp_path: Path) -> None:
    """Ensure a file in UTF-8 with Excel's byte-order mark and one in Windows' Western encoding (Excel's "CSV
    (semicolon-separated)" on a Finnish computer) both give their ä and ö, and an unreadable file is refused in
    Finnish."""
    text = "Tunnus;Nimi\n11;Ympäristöasiat\n"
    utf8 = tmp_path / "luokitus-utf8.csv"
    utf8.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    western = tmp_path / "luokitus-excel.csv"
    western.write_bytes(text.encode("cp1252"))
    for path in (utf8, western):
        assert parse_classes(read_class_file(path)) == [ClassDetails("11", "Ympäristöasiat")], path.name
    with pytest.raises(ValidationError) as refused:
        read_class_file(tmp_path / "puuttuu.csv")
    assert "ei voi lukea" in refused.value.message


def test_a_semicolon_file_without_titles_is_read_though_a_name_has_commas(tmp_path: Path) -> None:
    """Ensure the separator is the one that gives classes, not the most frequent mark of the first line: Excel on a
    Finnish computer writes a name with commas without quotes, and a file without the columns' titles began with
    one (it was read as commas, its first line passed over as titles); Excel's "Unicode text" (UTF-16, tabs) and
    Excel for Mac's lines ending in a bare carriage return (a crash) are read too, and a workbook chosen instead of
    its CSV copy is refused in Finnish."""
    text = "00.01;Hallinto, talous ja henkilöstö, yleiset;\r\n00.02;Toinen;Annan\r\n"
    assert parse_classes(text) == [
        ClassDetails("00.01", "Hallinto, talous ja henkilöstö, yleiset", ""),
        ClassDetails("00.02", "Toinen", "Annan"),
    ]
    unicode_text = tmp_path / "luokitus.txt"
    unicode_text.write_bytes("Tunnus\tNimi\r\n11\tYmpäristöasiat\r\n".encode("utf-16"))
    assert parse_classes(read_class_file(unicode_text)) == [ClassDetails("11", "Ympäristöasiat")]
    assert parse_classes("00;Hallinto\r01;Henkilöstö\r") == [  # Excel for Mac: lines end with \r alone
        ClassDetails("00", "Hallinto"),
        ClassDetails("01", "Henkilöstö"),
    ]
    workbook = tmp_path / "luokitus.xlsx"  # the workbook chosen instead of its CSV copy
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"00;A\n" * 3)
    with pytest.raises(ValidationError) as refused:
        parse_classes(read_class_file(workbook))
    assert "Tiedosto ei ole CSV-tiedosto" in refused.value.message


def test_a_code_whose_leading_zeros_a_spreadsheet_dropped_is_the_same_class(database: Database) -> None:
    """Ensure a code with the same numbers as a class already there (Excel saves 00 as 0 and 01 as 1) names that
    class: an import renames it instead of adding a second one beside it, the same numbers twice in a file are
    named as a mistake, and adding one by hand is refused."""
    with database.begin() as session:
        add_class(session, ClassDetails("00", "Hallinto", ""))
        add_class(session, ClassDetails("01", "Henkilöstöasiat", ""))
        result = import_classes(session, "0;Hallintoasiat;Förvaltningsärenden\n1;Henkilöstöasiat\n2;Talousasiat\n")
    assert (result.added, result.renamed, result.unchanged) == (1, 1, 1)
    assert _codes(database) == ["00", "01", "2"]
    with database.begin() as session:
        renamed = session.get(ClassificationCode, "00")
        assert renamed is not None and (renamed.title, renamed.title_sv) == ("Hallintoasiat", "Förvaltningsärenden")
    with pytest.raises(ValidationError) as refused:
        parse_classes("00.01;Yleishallinto\n0.1;Yleishallinto\n")
    assert "rivi 2: luokka 0.1 on jo rivillä 1" in refused.value.message
    with pytest.raises(ValidationError) as refused, database.begin() as session:
        add_class(session, ClassDetails("0", "Toinen"))
    assert "on jo luokituksessa" in refused.value.message


def test_a_long_file_is_imported_with_few_queries(database: Database) -> None:
    """Ensure importing a file of many classes asks the database for the stored classes once, not once per line
    (3 000 lines took 50 seconds when each line looked for a class of the same numbers)."""
    from sqlalchemy import event

    text = "Tunnus;Nimi\n" + "".join(f"{a:02d}.{b:02d};Luokka {a}.{b}\n" for a in range(15) for b in range(20))
    statements: list[str] = []
    with database.begin() as session:
        add_class(session, ClassDetails("00.00", "Vanha"))
        engine = session.get_bind()

        def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            result = import_classes(session, text)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert (result.added, result.renamed) == (299, 1)
    assert sum(1 for s in statements if s.lstrip().upper().startswith("SELECT")) <= 2, len(statements)


def test_a_class_a_diary_number_names_is_not_removed(database: Database) -> None:
    """Ensure a class that a § without a class of its own takes from its diary number (as the archival copy does) is
    counted as in use and not removed: removing it dropped the class from the archival copies of those §§."""
    with database.begin() as session:
        meeting = _meeting(session)
        by_number = add_item(session, meeting_id=meeting.id, title="Talousarvion toteutuminen")
        by_number.diary_number = "15/02.02.01/2026"
        own = add_item(session, meeting_id=meeting.id, title="Hankinta")
        own.diary_number = "16/02.02.02/2026"
        own.classification_code = "02.07"
        for code in ("02.02.01", "02.02.02", "02.07"):
            add_class(session, ClassDetails(code, "Luokka " + code))
        session.flush()
        assert items_in_class(session, "02.02.01") == 1 and items_in_class(session, "02.07") == 1
    with pytest.raises(ValidationError) as refused, database.begin() as session:
        remove_class(session, "02.02.01")
    assert "1 asiaa on merkitty siihen" in refused.value.message
    with database.begin() as session:
        remove_class(session, "02.02.02")  # its § has a class of its own
    assert _codes(database) == ["02.02.01", "02.07"]


def test_headings_above_the_classes_are_passed_over_but_a_mistyped_first_class_is_named() -> None:
    """Ensure the lines above the first class that do not begin with a number (the plan's heading, the columns'
    titles) are passed over, as only the first line was (a heading above the titles was refused), and that a first
    line beginning with a number but not a code is named as a mistake instead of passed over as titles."""
    text = "Hartolan kunnan tiedonohjaussuunnitelma;;\n;;\nTunnus;Nimi;Ruotsiksi\n00.01;Yleishallinto;Allmän\n"
    assert parse_classes(text) == [ClassDetails("00.01", "Yleishallinto", "Allmän")]
    with pytest.raises(ValidationError) as refused:
        parse_classes("0x;Hallinto\n01;Henkilöstö\n")
    assert "rivi 1: tunnus 0x ei ole muotoa 00.04.01" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        parse_classes("Tunnus;Nimi\n00;Hallinto\nHuom;tämä ei ole luokka\n")
    assert "rivi 3: tunnus Huom ei ole muotoa" in refused.value.message
