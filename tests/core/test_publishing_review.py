"""Publishing and archiving as a reviewer found them (docs/tulostus.md, docs/arkisto.md): secrecy marks on copies
holding a secret §, secrecy over the personal-data mark, corrections of the public title, the archival metadata,
the integrity check of web pages and the messages of failed saves."""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from core.attachments import add_attachment_file
from core.minutes import (
    add_correction,
    begin_meeting,
    mark_checked,
    mark_published,
    set_decision,
    set_publication_marks,
    set_signatories,
)
from core.printing import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    find_item,
    find_meeting,
    render_in_session,
    untranslated,
)
from core.printing.archival import NAMESPACE, archival_copy
from core.printing.labels import Labels
from core.printing.sections import shown_title
from db.engine import Database
from db.enums import Outcome, Publicity
from db.errors import ValidationError
from db.models import Attachment, Item
from tests.core.printing_support import assert_in_order, read_pdf

N = {"a": NAMESPACE}
GROUND = "JulkL (621/1999) 24.1 § 25 k"
SECRET_TEXT = "SALAINEN SISÄLTÖ Maija Meikäläinen"


@dataclass(frozen=True)
class Checked:
    """The demo welfare board's meeting 21.10.2025, checked and published, with a secret 63 § (public title
    "Asiakasmaksun alentaminen"), a 64 § marked as holding personal data and a non-public attachment on 62 §."""

    meeting_id: int
    secret_id: int
    personal_id: int
    attachment_id: int


def _pdf(text: str) -> bytes:
    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, text)
    canvas.save()
    return out.getvalue()


@pytest.fixture
def checked(demo_db: Database) -> Checked:
    with demo_db.begin() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        secret = find_item(session, meeting, section=63)
        personal = find_item(session, meeting, section=64)
        attached = find_item(session, meeting, section=62)
        secret.publicity = Publicity.SECRET
        secret.secrecy_ground = GROUND
        secret.public_title = "Asiakasmaksun alentaminen"
        secret.title = "Maija Meikäläisen asiakasmaksun alentaminen"
        secret.background = SECRET_TEXT
        personal.has_personal_data = True
        attachment = add_attachment_file(session, attached.id, "liite.pdf", _pdf("LIITE"), title="Salainen liite")
        attachment.is_public = False
        add_attachment_file(session, attached.id, "kartta.pdf", _pdf("KARTTA"), title="Julkinen kartta")
        ids = Checked(meeting.id, secret.id, personal.id, attachment.id)
    with demo_db.begin() as session:
        meeting = begin_meeting(session, ids.meeting_id)
        for attendance in meeting.attendances:
            attendance.present = True
        for item in meeting.items:
            set_decision(session, item.id, outcome=Outcome.PASSED)
        people = [a.person_id for a in meeting.attendances]
        set_signatories(
            session,
            ids.meeting_id,
            chair_id=people[0],
            secretary_id=meeting.secretary_id or people[1],
            checker1_id=people[2],
            checker2_id=people[3],
            start_time=dt.time(17),
            end_time=dt.time(19),
        )
        session.flush()
        mark_checked(session, ids.meeting_id, checked_date=dt.date(2025, 10, 23))
        mark_published(session, ids.meeting_id, dt.date(2025, 10, 24))
    return ids


def _render(database: Database, request: DocumentRequest) -> bytes:
    with database.session() as session:
        return render_in_session(session, request)


def _text(document: bytes, request: DocumentRequest) -> str:
    if request.format == DocumentFormat.HTML:
        return document.decode("utf-8")
    return read_pdf(document).text


# --- 1: a copy holding a secret § in full says it is secret, and on what ground --------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(
    ("kind", "form"),
    [
        (DocumentKind.EXCERPT, DocumentFormat.PDF),
        (DocumentKind.MINUTES, DocumentFormat.PDF),
        (DocumentKind.MINUTES, DocumentFormat.PDFA),
    ],
)
def test_a_secret_section_printed_in_full_carries_its_secrecy_mark_and_ground(
    demo_db: Database, checked: Checked, kind: DocumentKind, form: DocumentFormat, language: str
) -> None:
    """Ensure an excerpt, the minutes and their archival copy that hold a secret § 's content mark the § secret
    with its ground (JulkL 25 §), in Finnish and Swedish, right under its heading and before the content."""
    request = DocumentRequest(
        kind, checked.meeting_id, (checked.secret_id,), language=language, public=False, format=form
    )
    text = _text(_render(demo_db, request), request)
    mark = "SALASSA PIDETTÄVÄ" if language == "fi" else "SEKRETESSBELAGD"
    assert_in_order(text, ["Maija Meikäläisen asiakasmaksun alentaminen", f"{mark} ({GROUND})", SECRET_TEXT])


def test_a_public_section_printed_with_secret_content_allowed_has_no_secrecy_mark(
    demo_db: Database, checked: Checked
) -> None:
    """Ensure only the secret § is marked: the other §§ of a copy holding secret content print as before."""
    request = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, public=False)
    text = read_pdf(_render(demo_db, request)).text
    assert text.count("SALASSA PIDETTÄVÄ") == 1


# --- 2: secrecy wins over the personal-data mark -----------------------------------------------------------------


@pytest.mark.parametrize("form", [DocumentFormat.HTML, DocumentFormat.PDF])
def test_a_secret_section_with_personal_data_stays_secret_in_the_version_without_personal_data(
    demo_db: Database, checked: Checked, form: DocumentFormat
) -> None:
    """Ensure a secret § also marked as holding personal data says in the web version without personal data that
    it is secret (with its ground), not that its personal data was removed; with no public title its heading is
    "Salassa pidettävä"."""
    with demo_db.begin() as session:
        set_publication_marks(session, checked.secret_id, has_personal_data=True)
    request = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, format=form, without_personal_data=True)
    text = _text(_render(demo_db, request), request)
    assert_in_order(text, ["63 §", "Asiakasmaksun alentaminen", f"Asia on salassa pidettävä ({GROUND})"])
    secret_part = text[text.index("Asiakasmaksun alentaminen") : text.index("64 §", text.index("Asiakasmaksun"))]
    assert "henkilötietoja" not in secret_part
    assert "Henkilötietoja sisältävä asia" not in secret_part

    with demo_db.session() as session:  # without a public title (changed here only, never saved)
        item = session.get(Item, checked.secret_id)
        assert item is not None
        item.public_title = ""
        assert shown_title(item, Labels("fi"), public=True, personal_data=False) == "Salassa pidettävä"
        assert shown_title(item, Labels("sv"), public=True, personal_data=False) == "Sekretessbelagd"


# --- 3: the public title is corrected by a correction -----------------------------------------------------------


def test_the_public_title_of_checked_minutes_is_corrected_and_the_public_documents_show_the_correction(
    demo_db: Database, checked: Checked
) -> None:
    """Ensure the public title can be corrected after checking (the checked title stays as it was and the
    fingerprint holds): the web page, the excerpt and the archival copy head the secret § with the corrected
    title, the old one is no longer shown in them, and the copy with the secret content shows the correction."""
    from core.minutes import CORRECTABLE_FIELDS, Integrity, check_integrity

    assert "public_title" in CORRECTABLE_FIELDS and "public_title_sv" in CORRECTABLE_FIELDS
    with demo_db.begin() as session:
        add_correction(
            session,
            checked.secret_id,
            "Minna Salo",
            "Julkaistavassa otsikossa oli liikaa.",
            "public_title",
            "Maksuasia",
        )
    with demo_db.session() as session:
        item = session.get(Item, checked.secret_id)
        assert item is not None and item.public_title == "Asiakasmaksun alentaminen"
        assert check_integrity(session, checked.meeting_id).status == Integrity.INTACT

    page = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, format=DocumentFormat.HTML)
    html = _render(demo_db, page).decode("utf-8")
    assert "<h2>63 § Maksuasia</h2>" in html
    assert "Asiakasmaksun alentaminen" not in html

    excerpt = DocumentRequest(DocumentKind.EXCERPT, checked.meeting_id, (checked.secret_id,))
    printed = read_pdf(_render(demo_db, excerpt))
    assert "Maksuasia" in printed.body and "Asiakasmaksun alentaminen" not in printed.text
    assert printed.metadata["/Subject"] == "Maksuasia"

    with demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.MINUTES, checked.meeting_id), pdf_name="k.pdf")
    root = ET.fromstring(copy.metadata)
    section = next(s for s in root.iter(f"{{{NAMESPACE}}}section") if s.get("number") == "63")
    assert section.findtext("a:title", namespaces=N) == "Maksuasia"
    assert section.find("a:correction", N).get("part") == "public_title"  # type: ignore[union-attr]

    full = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, public=False)
    assert_in_order(
        read_pdf(_render(demo_db, full)).text,
        [
            "Maija Meikäläisen asiakasmaksun alentaminen",
            "OIKAISU",
            "Korjattu kohta: Julkaistava otsikko",
            "Aiempi teksti: Asiakasmaksun alentaminen",
            "Oikaistu teksti: Maksuasia",
            SECRET_TEXT,
        ],
    )


def test_a_swedish_public_title_is_corrected_for_swedish_documents(demo_db: Database, checked: Checked) -> None:
    """Ensure a correction of the Swedish public title heads the secret § in Swedish documents only, and a
    Swedish document without a Swedish public title shows the corrected Finnish one."""
    finnish = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, format=DocumentFormat.HTML)
    swedish = replace(finnish, language="sv")
    with demo_db.begin() as session:
        add_correction(session, checked.secret_id, "Minna Salo", "Nimi pois.", "public_title", "Maksuasia")
    assert "§ 63 Maksuasia" in _render(demo_db, swedish).decode("utf-8")
    with demo_db.begin() as session:
        add_correction(session, checked.secret_id, "Minna Salo", "Svensk rubrik.", "public_title_sv", "Avgiftsärende")
    assert "§ 63 Avgiftsärende" in _render(demo_db, swedish).decode("utf-8")
    assert "63 § Maksuasia" in _render(demo_db, finnish).decode("utf-8")
    with demo_db.session() as session:  # the Swedish title is no longer one "printed in Finnish"
        assert not [note for note in untranslated(session, swedish) if note.startswith("63 §")]


def test_an_agenda_shows_the_public_title_it_was_published_with(demo_db: Database, checked: Checked) -> None:
    """Ensure a correction of the minutes does not rewrite the agenda: its secret § keeps the public title."""
    with demo_db.begin() as session:
        add_correction(session, checked.secret_id, "Minna Salo", "Nimi pois.", "public_title", "Maksuasia")
    request = DocumentRequest(DocumentKind.AGENDA, checked.meeting_id, format=DocumentFormat.HTML)
    assert "Asiakasmaksun alentaminen" in _render(demo_db, request).decode("utf-8")


def test_an_unknown_correction_field_is_still_refused(demo_db: Database, checked: Checked) -> None:
    """Ensure the list of correctable parts stays closed."""
    with demo_db.begin() as session, pytest.raises(ValidationError, match="Tuntematon oikaistava kohta"):
        add_correction(session, checked.secret_id, "Minna Salo", "Syy.", "publicity", "julkinen")


# --- 4 and 8: the archival metadata ------------------------------------------------------------------------------


def _sections(metadata: bytes) -> dict[str, ET.Element]:
    return {s.get("number") or "": s for s in ET.fromstring(metadata).iter(f"{{{NAMESPACE}}}section")}


def test_the_archival_copy_of_an_agenda_names_the_date_it_was_published(demo_db: Database) -> None:
    """Ensure the metadata of a published agenda's archival copy carries the agenda's publication date."""
    with demo_db.session() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        published = meeting.agenda_published_date
        assert published is not None
        copy = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, meeting.id), pdf_name="e.pdf")
    element = ET.fromstring(copy.metadata).find("a:meeting", N)
    assert element is not None and element.get("agenda-published") == published.isoformat()


def test_the_archival_metadata_lists_the_attachments_the_copy_lists(demo_db: Database, checked: Checked) -> None:
    """Ensure each § lists its attachments (number, title, file, SHA-256, publicity) in the metadata; a public
    copy leaves out the non-public attachment and a secret § 's attachments, as the PDF does; the copy with the
    secret content lists them all."""
    with demo_db.session() as session:
        public = archival_copy(session, DocumentRequest(DocumentKind.MINUTES, checked.meeting_id), pdf_name="p.pdf")
        full = archival_copy(
            session, DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, public=False), pdf_name="s.pdf"
        )
    listed = _sections(public.metadata)["62"].findall("a:attachment", N)
    by_title = {a.findtext("a:title", namespaces=N): a for a in listed}
    assert "Salainen liite" not in by_title
    map_ = by_title["Julkinen kartta"]
    assert map_.get("file") == "kartta.pdf" and map_.get("public") == "true"
    with demo_db.session() as session:
        stored = session.scalars(select(Attachment.content).where(Attachment.filename == "kartta.pdf")).one()
    assert stored is not None and map_.get("sha256") == hashlib.sha256(stored).hexdigest()
    assert map_.get("number") == str(len(listed) + 1)  # numbered as in the §, the non-public one counted
    secret = [a.findtext("a:title", namespaces=N) for a in _sections(full.metadata)["62"].findall("a:attachment", N)]
    assert "Salainen liite" in secret and "Julkinen kartta" in secret
    hidden = next(a for a in _sections(full.metadata)["62"].findall("a:attachment", N) if a.get("public") == "false")
    assert hidden.get("file") == "liite.pdf"


def test_a_section_without_a_class_gets_the_class_of_its_diary_number(demo_db: Database, checked: Checked) -> None:
    """Ensure a § with no task class of its own is classified by its diary number's class when the classification
    has that class (and says so), and not when it has not."""
    from db.models import ClassificationCode

    request = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id)
    with demo_db.session() as session:
        before = _sections(archival_copy(session, request, pdf_name="a.pdf").metadata)["64"]
    assert "classification" not in before.attrib  # 02.02.01 is not in the demo's classification
    with demo_db.begin() as session:
        session.add(ClassificationCode(code="02.02.01", title="Talousarvion toteutuminen"))
    with demo_db.session() as session:
        sections = _sections(archival_copy(session, request, pdf_name="a.pdf").metadata)
    assert sections["64"].get("classification") == "02.02.01"
    assert sections["64"].get("classification-source") == "diary-number"
    assert sections["62"].get("classification") == "12.00.01" and "classification-source" not in sections["62"].attrib


# --- 5: no web page with secret content --------------------------------------------------------------------------


def test_a_web_page_with_secret_content_is_refused(demo_db: Database, checked: Checked) -> None:
    """Ensure an HTML page (for the public network) is not made with the secret content, in Finnish."""
    request = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, public=False, format=DocumentFormat.HTML)
    with pytest.raises(ValidationError, match="Verkkosivua ei tehdä salassa pidettävän sisällön kanssa"):
        _render(demo_db, request)


def test_the_print_command_refuses_a_web_page_with_secret_content(
    sqlite_demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ensure `print minutes --format html --include-secret` writes nothing and says why in Finnish."""
    from cli import main

    out = tmp_path / "sivu.html"
    assert sqlite_demo_db.path is not None
    code = main(
        [
            "--database",
            str(sqlite_demo_db.path),
            "print",
            "minutes",
            "--body",
            "Maakuntahallitus",
            "--date",
            "2025-10-13",
            "--format",
            "html",
            "--include-secret",
            "--out",
            str(out),
        ]
    )
    assert code != 0 and not out.exists()
    assert "Verkkosivua (--format html) ei tehdä salassa pidettävän sisällön kanssa" in capsys.readouterr().err


# --- 6: no web page of minutes changed after their checking ------------------------------------------------------


def _tamper(database: Database, item_id: int) -> None:
    """Change a § of checked minutes directly in the database, past Sihteeri's rules."""
    from sqlalchemy import update

    with database.engine.begin() as connection:
        connection.execute(update(Item).where(Item.id == item_id).values(background="MUUTETTU JÄLKIKÄTEEN"))


def test_a_web_page_of_minutes_changed_after_checking_is_refused(demo_db: Database, checked: Checked) -> None:
    """Ensure the web page of checked minutes (and of the version without personal data) is refused, as the
    archival copy is, once their content no longer matches their fingerprint; a page of intact minutes is made."""
    from core.printing import check_unchanged

    page = DocumentRequest(DocumentKind.MINUTES, checked.meeting_id, format=DocumentFormat.HTML)
    assert b"Asiakasmaksun alentaminen" in _render(demo_db, page)
    _tamper(demo_db, checked.personal_id)
    for request in (page, replace(page, without_personal_data=True)):
        with pytest.raises(ValidationError, match=r"muuttunut tarkastuksen jälkeen.*Verkkojulkaisua ei tehty"):
            _render(demo_db, request)
    with demo_db.session() as session, pytest.raises(ValidationError, match="Verkkojulkaisua ei tehty"):
        check_unchanged(session, replace(page, format=DocumentFormat.PDF))  # the PDF the publish dialog saves
    agenda = DocumentRequest(DocumentKind.AGENDA, checked.meeting_id, format=DocumentFormat.HTML)
    assert b"<html" in _render(demo_db, agenda)  # an agenda is not fingerprinted


# --- 7: a failed save names the file that failed and says why in Finnish -----------------------------------------


def test_a_failed_archival_save_names_the_metadata_file_when_that_is_the_problem(
    demo_db: Database, checked: Checked, tmp_path: Path
) -> None:
    """Ensure that when a folder has the metadata file's name, the message names that file (not the PDF) and says
    in Finnish that a folder of the name exists; nothing is left behind."""
    from core.printing.archival import write_copy
    from core.printing.files import FileNotSaved

    with demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.MINUTES, checked.meeting_id), pdf_name="k.pdf")
    folder = tmp_path / "arkisto"
    (folder / "k.xml").mkdir(parents=True)
    with pytest.raises(FileNotSaved) as failed:
        write_copy(copy, folder / "k.pdf")
    message = str(failed.value)
    assert message == f"Arkistokappaletta ei voitu tallentaa ({folder / 'k.xml'}): samanniminen kansio on jo olemassa."
    assert failed.value.title == "Tiedostoa ei voitu tallentaa"
    assert sorted(p.name for p in folder.iterdir()) == ["k.xml"]


def test_a_document_saved_to_a_missing_folder_says_the_folder_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_demo_db: Database
) -> None:
    """Ensure writing a document into a folder that does not exist says so in Finnish (the system's English text
    stays in the detail for the log), from the print command too."""
    from cli import main
    from core.printing.files import FileNotSaved, write_document

    missing = tmp_path / "ei_ole"
    with pytest.raises(FileNotSaved) as failed:
        write_document(b"<html></html>", missing / "k.html")
    assert str(failed.value) == f"Tiedostoa {missing / 'k.html'} ei voitu tallentaa: kansiota {missing} ei ole."
    assert failed.value.detail  # the system's own text, for the log
    assert sqlite_demo_db.path is not None
    arguments = ["--body", "Maakuntahallitus", "--date", "2025-10-13", "--format", "html"]
    code = main(
        ["--database", str(sqlite_demo_db.path), "print", "minutes", *arguments, "--out", str(missing / "k.html")]
    )
    assert code != 0
    assert f"kansiota {missing} ei ole" in capsys.readouterr().err


def test_the_common_system_reasons_read_in_finnish(tmp_path: Path) -> None:
    """Ensure the usual causes of a failed save are named in Finnish, and an uncommon one keeps the system's text."""
    import errno

    from core.printing.files import os_reason

    path = tmp_path / "k.pdf"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied"), path).startswith("ei kirjoitusoikeutta")
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"), path) == "levy on täynnä"
    assert os_reason(OSError(errno.EROFS, "Read-only file system"), path) == "levylle ei voi kirjoittaa (vain luku)"
    assert os_reason(OSError(errno.EBUSY, "Device or resource busy"), path) == (
        "järjestelmän ilmoitus: Device or resource busy"
    )
