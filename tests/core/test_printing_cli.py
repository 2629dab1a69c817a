"""Tests of the command ``print``: the documents written headless, selected by body, date, § or Dnro."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import main
from core.demo import SEED2_DNRO, SEED2_TITLE
from db.engine import Database
from tests.core.printing_support import assert_in_order, attach_pdf_to_seed1, read_pdf


def _run(database: Database, *args: str) -> int:
    assert database.path is not None
    return main(["--database", str(database.path), "print", *args])


def test_excerpt_by_diary_number_in_swedish(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print excerpt --dnro ... --language sv` writes the Swedish excerpt of seed 2."""
    out = tmp_path / "utdrag.pdf"
    code = _run(
        sqlite_demo_db,
        "excerpt",
        "--body",
        "Maakuntahallitus",
        "--date",
        "2025-10-13",
        "--dnro",
        SEED2_DNRO,
        "--language",
        "sv",
        "--out",
        str(out),
        "--certified-on",
        "2025-10-16",
    )
    assert code == 0, capsys.readouterr().err
    printed = read_pdf(out.read_bytes())
    assert_in_order(printed.headers[0], ["PROTOKOLLSUTDRAG", "13.10.2025", f"Dnr {SEED2_DNRO}", "Sida 1 /"])
    assert_in_order(printed.body, [SEED2_TITLE, "Beslutsförslag", "Utdragets riktighet bestyrker:", "16.10.2025"])
    output = capsys.readouterr()
    assert "Kirjoitettu" in output.out
    # The demo's § has no Swedish texts: they printed in Finnish, and the command says so (its decision is the
    # standard sentence, which prints in Swedish by itself); so did the organisation's details the Swedish appeal
    # instruction quotes (no Swedish addresses or registry hours are given in the demo).
    assert output.err == (
        "Ei ruotsiksi, tulostui suomeksi: 100 §: otsikko, selostus, päätösehdotus\n"
        "Ei ruotsiksi, tulostui suomeksi: Organisaation tiedot: postiosoite, käyntiosoite, kirjaamon aukioloaika, "
        "todistuspaikka\n"
    )


@pytest.mark.parametrize(
    ("kind", "extra", "expected"),
    [
        ("agenda", (), "ESITYSLISTA"),
        ("minutes", (), "PÖYTÄKIRJA"),
        ("draft", ("--section", "62"), "PÄÄTÖSEHDOTUSLUONNOS"),
        ("excerpt", ("--section", "62", "--draft"), "PÖYTÄKIRJANOTE"),
    ],
)
def test_every_document_of_seed1_meeting(
    sqlite_demo_db: Database, tmp_path: Path, kind: str, extra: tuple[str, ...], expected: str
) -> None:
    """Ensure each document kind prints headless for the welfare board's meeting by § number."""
    out = tmp_path / f"{kind}.pdf"
    code = _run(
        sqlite_demo_db, kind, "--body", "hyvinvointilautakunta", "--date", "2025-10-21", *extra, "--out", str(out)
    )
    assert code == 0
    assert expected in read_pdf(out.read_bytes()).headers[0]


def test_user_errors_are_finnish_messages_with_exit_code_2(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure an unchecked excerpt, a missing § and an unknown meeting fail with a message, not a traceback."""
    out = tmp_path / "x.pdf"
    cases = [
        (("excerpt", "--body", "Hyvinvointilautakunta", "--date", "2025-10-21", "--section", "62"), "tarkastettu"),
        (("excerpt", "--body", "Maakuntahallitus", "--date", "2025-10-13", "--section", "5"), "ei ole 5 §"),
        (("agenda", "--body", "Maakuntahallitus", "--date", "2025-01-01"), "ei ole kokousta"),
        (("excerpt", "--body", "Maakuntahallitus", "--date", "2025-10-13"), "--section"),
        (("minutes", "--date", "2025-10-13"), "--body"),
    ]
    for args, message in cases:
        assert _run(sqlite_demo_db, *args, "--out", str(out)) == 2
        err = capsys.readouterr().err
        assert err.startswith("Virhe: ") and message in err and "Traceback" not in err
    assert not out.exists()


def test_year_minutes_command(sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ensure `print minutes --year` writes the year's checked minutes and refuses other documents by year."""
    out = tmp_path / "vuosi.pdf"
    assert _run(sqlite_demo_db, "minutes", "--body", "Maakuntahallitus", "--year", "2025", "--out", str(out)) == 0
    assert_in_order(read_pdf(out.read_bytes()).body, [SEED2_TITLE, "MUUTOKSENHAKUOHJEET"])
    assert _run(sqlite_demo_db, "agenda", "--body", "Maakuntahallitus", "--year", "2025", "--out", str(out)) == 2
    assert "--year" in capsys.readouterr().err


def test_excerpt_by_diary_number_alone(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure a diary number alone finds its meeting; one used in two meetings asks which, an unknown one says so."""
    from sqlalchemy import select

    from db.models import Item

    out = tmp_path / "ote.pdf"
    assert _run(sqlite_demo_db, "excerpt", "--dnro", f" {SEED2_DNRO} ", "--out", str(out)) == 0
    printed = read_pdf(out.read_bytes())
    assert f"Dnro {SEED2_DNRO}" in printed.headers[0] and "100 §" in printed.headers[0]
    with sqlite_demo_db.begin() as session:
        other = session.scalars(select(Item).where(Item.diary_number != SEED2_DNRO).limit(1)).one()
        other.diary_number = SEED2_DNRO
    capsys.readouterr()
    assert _run(sqlite_demo_db, "excerpt", "--dnro", SEED2_DNRO, "--out", str(tmp_path / "two.pdf")) == 2
    err = capsys.readouterr().err
    assert "useammassa kokouksessa" in err and "Maakuntahallitus 13.10.2025 100 §" in err
    assert _run(sqlite_demo_db, "excerpt", "--dnro", "1/99.99.99/1999", "--out", str(tmp_path / "none.pdf")) == 2
    assert "ei ole yhtään pykälää" in capsys.readouterr().err


def test_excerpt_with_attachments_adds_the_pdf_files_and_names_the_rest(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print excerpt --with-attachments` writes the excerpt followed by the attachment's PDF file, says
    what it added, and names on standard error each attachment it left out."""
    _item_id, _meeting_id, section = attach_pdf_to_seed1(sqlite_demo_db, "ALLEKIRJOITETTU SOPIMUS")
    plain, attached = tmp_path / "ote.pdf", tmp_path / "ote-liitteineen.pdf"
    common = ("excerpt", "--body", "Hyvinvointilautakunta", "--date", "2025-10-21", "--section", str(section))
    assert _run(sqlite_demo_db, *common, "--draft", "--out", str(plain)) == 0
    capsys.readouterr()
    assert _run(sqlite_demo_db, *common, "--draft", "--with-attachments", "--out", str(attached)) == 0
    output = capsys.readouterr()
    assert read_pdf(attached.read_bytes()).pages == read_pdf(plain.read_bytes()).pages + 1
    assert "ALLEKIRJOITETTU SOPIMUS" in read_pdf(attached.read_bytes()).reader.pages[-1].extract_text()
    assert ": sopimus" in output.out and output.out.count("Liitetty: Liite ") == 1
    assert "Ei liitetty: " in output.err and "vain nimi, ei tiedostoa" in output.err


def test_minutes_for_the_web_without_personal_data(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure `print minutes --format html --without-personal-data` writes the accessible page of the version
    kept online after the appeal period."""
    from sqlalchemy import select

    from db.models import Item

    with sqlite_demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        session.execute(Item.__table__.update().where(Item.id == item.id).values(has_personal_data=True))
    out = tmp_path / "poytakirja.html"
    common = ("minutes", "--body", "Maakuntahallitus", "--date", "2025-10-13", "--format", "html", "--out", str(out))
    assert _run(sqlite_demo_db, *common) == 0
    full = out.read_text(encoding="utf-8")
    assert _run(sqlite_demo_db, *common, "--without-personal-data") == 0
    online = out.read_text(encoding="utf-8")
    assert full.startswith("<!DOCTYPE html>") and online.startswith("<!DOCTYPE html>")
    assert "hyväksyä liitteenä olevan yhteistyöpöytäkirjan" in full
    assert "hyväksyä liitteenä olevan yhteistyöpöytäkirjan" not in online
    assert "poistettu yleisestä tietoverkosta" in online and "Henkilötietoja sisältävä asia" in online
    assert SEED2_TITLE in full and SEED2_TITLE not in online  # no public title given: a neutral one


def test_options_that_would_be_ignored_are_refused(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure attachments for an HTML page, or an HTML page written under a .pdf name, are refused in Finnish
    with exit code 2, and nothing is written."""
    common = ("minutes", "--body", "Maakuntahallitus", "--date", "2025-10-13")
    with_files = ("--format", "html", "--with-attachments", "--out", str(tmp_path / "a.html"))
    assert _run(sqlite_demo_db, *common, *with_files) == 2
    assert "vain PDF-asiakirjaan" in capsys.readouterr().err
    assert _run(sqlite_demo_db, *common, "--format", "html", "--out", str(tmp_path / "b.pdf")) == 2
    assert "anna pääte .html" in capsys.readouterr().err
    assert not (tmp_path / "a.html").exists() and not (tmp_path / "b.pdf").exists()


def test_archival_copy_writes_pdfa_and_its_metadata(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print minutes --format pdfa` writes the PDF/A file and its XML beside it, and refuses what an
    archival copy cannot be (attachments appended, another file type, a draft)."""
    from core.printing.pdfa import claimed_conformance

    out = tmp_path / "mh.pdf"
    code = _run(sqlite_demo_db, "minutes", "--body", "Maakuntahallitus", "--date", "2025-10-13", "--format", "pdfa",
                "--out", str(out))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert claimed_conformance(out.read_bytes()) == "2B"
    metadata = (tmp_path / "mh.xml").read_text(encoding="utf-8")
    assert 'name="mh.pdf"' in metadata and SEED2_DNRO in metadata
    assert "Kirjoitettu arkistokappale" in capsys.readouterr().out
    refused = [
        (("minutes", "--body", "Maakuntahallitus", "--date", "2025-10-13", "--with-attachments"), "omina tiedost"),
        (("minutes", "--body", "Maakuntahallitus", "--year", "2025", "--out", str(tmp_path / "v.html")), "pääte"),
        (("draft", "--body", "Hyvinvointilautakunta", "--date", "2025-10-21"), "ei luonnoksesta"),
    ]
    for args, expected in refused:
        extra = () if "--out" in args else ("--out", str(tmp_path / "x.pdf"))
        assert _run(sqlite_demo_db, *args, "--format", "pdfa", *extra) == 2
        assert expected in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xml").exists()


def test_agreement_status_prints_only_as_pdf(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print agreement` refuses --format html and pdfa instead of writing an ordinary PDF under them."""
    for form in ("html", "pdfa"):
        out = tmp_path / f"tila.{'html' if form == 'html' else 'pdf'}"
        assert (
            _run(sqlite_demo_db, "agreement", "--title", "Yhteistyöpöytäkirja", "--format", form, "--out", str(out))
            == 2
        )
        assert "vain PDF-tiedostoksi" in capsys.readouterr().err
        assert not out.exists()
