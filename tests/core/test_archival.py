"""Tests of the archival copy: PDF/A-2b files of the printed documents and their XML metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.demo import SEED1_TITLE, SEED2_DNRO, SEED2_TITLE
from core.meetings import add_item
from core.printing import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    file_name,
    find_item,
    find_meeting,
    render_in_session,
    year_minutes,
)
from core.printing.archival import NAMESPACE, archival_copy, metadata_name, secret_sections, write_copy
from core.printing.pdfa import ArchivalCopyRefused, claimed_conformance, to_pdfa, validate
from db.engine import Database
from db.enums import Publicity
from db.errors import DiskFull, ValidationError
from db.models import Meeting
from tests.core.printing_support import read_pdf

N = {"a": NAMESPACE}


def _regional(session: Session) -> Meeting:
    return find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))


def _welfare(session: Session) -> Meeting:
    return find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, with whether its program is embedded."""
    fonts: dict[str, bool] = {}
    with pikepdf.open(BytesIO(pdf)) as document:
        for page in document.pages:
            for _name, font in page.Resources.get("/Font", {}).items():
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                fonts[str(font.BaseFont)] = embedded
    return fonts


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_embeds_every_font_it_uses(sqlite_demo_db: Database, kind: DocumentKind) -> None:
    """Ensure no printed document uses a font it does not carry (ReportLab's tables chose Helvetica for their
    cells, which PDF/A forbids and which left the look to the viewer)."""
    with sqlite_demo_db.session() as session:
        meeting = _regional(session)
        items = (find_item(session, meeting, dnro=SEED2_DNRO).id,) if kind == DocumentKind.EXCERPT else ()
        pdf = render_in_session(session, DocumentRequest(kind, meeting.id, items))
    fonts = _fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_pdfa_claims_part_2b_with_matching_metadata_and_an_srgb_output_intent(demo_db: Database) -> None:
    """Ensure the archival minutes are PDF/A-2b approved by pikepdf's validator: the claim, XMP equal to the
    document information, an sRGB output intent, a file identifier, and the same text as the PDF for paper."""
    with demo_db.session() as session:
        meeting = _regional(session)
        plain = render_in_session(session, DocumentRequest(DocumentKind.MINUTES, meeting.id))
        archival = render_in_session(
            session, DocumentRequest(DocumentKind.MINUTES, meeting.id, format=DocumentFormat.PDFA)
        )
    assert claimed_conformance(plain) == ""
    assert validate(plain)  # the PDF for paper is not PDF/A: the validator says why
    assert claimed_conformance(archival) == "2B"
    assert validate(archival) == []
    assert archival.startswith(b"%PDF-1.")
    assert all(byte > 127 for byte in archival.split(b"\n")[1][1:5])  # the binary comment after the header
    with pikepdf.open(BytesIO(archival)) as document:
        info = document.docinfo
        meta = document.open_metadata()
        assert str(info.Title) == meta["dc:title"] == "Pöytäkirja: Maakuntahallitus 13.10.2025"
        assert str(info.Author) == meta["dc:creator"][0] == "Päijät-Hämeen liitto"
        assert str(info.Subject) == meta["dc:description"]
        assert str(info.Creator) == meta["xmp:CreatorTool"] == "Sihteeri"
        assert meta["dc:language"] == {"fi"}
        assert "/Filter" not in document.Root.Metadata
        (intent,) = document.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        header = profile.read_bytes()[:20]
        assert int(profile.N) == 3
        assert header[12:16] == b"mntr" and header[16:20] == b"RGB " and header[8] < 5  # display, RGB, below v5
        assert len(document.trailer.ID) == 2
        assert "/Encrypt" not in document.trailer
        assert all("/Trans" not in page.obj for page in document.pages)
    assert read_pdf(archival).text == read_pdf(plain).text
    assert all(_fonts(archival).values())


def test_a_copy_the_validator_does_not_approve_is_refused() -> None:
    """Ensure a document with something the PDF/A validator cannot approve (here a page transition effect, which
    no Sihteeri document has) is refused with a Finnish message naming the finding, and no bytes come back."""
    from reportlab.pdfgen.canvas import Canvas

    from core.printing.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 720, "Koe")
    canvas.save()
    with pikepdf.open(BytesIO(buffer.getvalue())) as document:
        document.pages[0].obj.Trans = pikepdf.Dictionary(S=pikepdf.Name.Dissolve)
        changed = BytesIO()
        document.save(changed)
    with pytest.raises(ArchivalCopyRefused, match=r"PDF/A-tarkistus ei hyväksynyt arkistokappaletta.*Trans"):
        to_pdfa(changed.getvalue())
    assert to_pdfa(buffer.getvalue())  # the same document without the effect is approved


def test_to_pdfa_keeps_a_documents_own_entries_and_needs_no_language(tmp_path: Path) -> None:
    """Ensure a document without a language or subject still converts, and keywords that are set are kept."""
    from reportlab.pdfgen.canvas import Canvas

    from core.printing.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    canvas.setTitle("Koe")
    canvas.setKeywords("pöytäkirja, arkisto")
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 720, "Sámi: č đ ŋ ŧ ž á")
    canvas.save()
    converted = to_pdfa(buffer.getvalue())
    assert validate(converted) == []
    with pikepdf.open(BytesIO(converted)) as document:
        meta = document.open_metadata()
        assert meta["pdf:Keywords"] == str(document.docinfo.Keywords) == "pöytäkirja, arkisto"
        assert "dc:language" not in meta
    assert "č đ ŋ ŧ ž á" in read_pdf(converted).text


def test_drafts_and_unchecked_minutes_are_not_archived(sqlite_demo_db: Database) -> None:
    """Ensure a decision draft, minutes marked LUONNOS, minutes not checked and an agenda not published are
    refused as archival copies, with a reason."""
    from core.meetings import create_meeting

    with sqlite_demo_db.begin() as session:
        welfare = _welfare(session)
        unpublished = create_meeting(session, body_id=welfare.body_id, date=dt.date(2025, 11, 18), place="Kunnantalo")
        unpublished_id = unpublished.id
    with sqlite_demo_db.session() as session:
        meeting = _welfare(session)
        for request in (
            DocumentRequest(DocumentKind.DRAFT, meeting.id, format=DocumentFormat.PDFA),
            DocumentRequest(DocumentKind.MINUTES, meeting.id, draft=True, format=DocumentFormat.PDFA),
        ):
            with pytest.raises(ValidationError, match="ei luonnoksesta"):
                render_in_session(session, request)
        with pytest.raises(ValidationError, match="pöytäkirjaa ei ole tarkastettu"):
            archival_copy(session, DocumentRequest(DocumentKind.MINUTES, meeting.id), pdf_name="x.pdf")
        with pytest.raises(ValidationError, match="esityslista on vielä luonnos"):
            archival_copy(session, DocumentRequest(DocumentKind.AGENDA, unpublished_id), pdf_name="x.pdf")
        assert archival_copy(session, DocumentRequest(DocumentKind.AGENDA, meeting.id), pdf_name="x.pdf").pdf


def _change_behind_sihteeris_back(database: Database, statement: str, *values: object, resign: bool) -> None:
    """Run ``statement`` on the database file directly; with ``resign`` store the fingerprint the minutes then
    have, as if they had been checked that way."""
    import sqlite3

    from core.fingerprint import fingerprint_matches

    assert database.path is not None
    with sqlite3.connect(database.path) as raw:
        raw.execute(statement, values)
    if resign:
        with database.session() as session:
            meeting = _regional(session)
            assert meeting.fingerprint is not None
            _intact, current = fingerprint_matches(session, meeting.id, meeting.fingerprint)
            meeting_id = meeting.id
        with sqlite3.connect(database.path) as raw:
            raw.execute("UPDATE meeting SET fingerprint = ? WHERE id = ?", (current, meeting_id))


def test_minutes_changed_after_checking_are_not_archived(sqlite_demo_db: Database) -> None:
    """Ensure checked minutes whose content no longer matches their fingerprint are refused: the copy would
    otherwise vouch for changed content with the checked minutes' fingerprint."""
    _change_behind_sihteeris_back(
        sqlite_demo_db, "UPDATE item SET decision = 'Toisin päätetty.' WHERE diary_number = ?", SEED2_DNRO,
        resign=False,
    )  # fmt: skip
    with sqlite_demo_db.session() as session:
        request = DocumentRequest(DocumentKind.MINUTES, _regional(session).id)
        with pytest.raises(ValidationError, match="muuttunut tarkastuksen jälkeen"):
            archival_copy(session, request, pdf_name="x.pdf")
        with pytest.raises(ValidationError, match="muuttunut tarkastuksen jälkeen"):
            archival_copy(session, year_minutes(session, body="Maakuntahallitus", year=2025), pdf_name="x.pdf")


def _parse(metadata: bytes) -> ET.Element:
    root = ET.fromstring(metadata)
    assert root.tag == f"{{{NAMESPACE}}}archival-copy" and root.get("format-version") == "1"
    return root


def test_metadata_describes_the_file_the_meeting_and_every_section(demo_db: Database) -> None:
    """Ensure the XML names the PDF by its size and SHA-256, and lists the meeting and each § with its codes."""
    with demo_db.session() as session:
        meeting = _regional(session)
        request = DocumentRequest(DocumentKind.MINUTES, meeting.id)
        name = file_name(session, DocumentRequest(DocumentKind.MINUTES, meeting.id, format=DocumentFormat.PDFA))
        assert name == "Maakuntahallitus_2025-10-13_poytakirja_arkisto.pdf"
        copy = archival_copy(session, request, pdf_name=name)
        fingerprint = meeting.fingerprint
        numbers = [item.section_number for item in meeting.items]
    assert copy.metadata_name == "Maakuntahallitus_2025-10-13_poytakirja_arkisto.xml"
    root = _parse(copy.metadata)
    file = root.find("a:file", N)
    assert file is not None
    assert file.attrib == {
        "name": name,
        "format": "PDF/A-2b",
        "verified-by": f"pikepdf {pikepdf.__version__}",
        "size": str(len(copy.pdf)),
        "sha256": hashlib.sha256(copy.pdf).hexdigest(),
    }
    document = root.find("a:document", N)
    assert document is not None
    assert document.attrib == {
        "kind": "minutes",
        "language": "fi",
        "secret-content": "false",
        "without-personal-data": "false",
    }
    assert document.findtext("a:title", namespaces=N) == "Pöytäkirja: Maakuntahallitus 13.10.2025"
    (element,) = root.findall("a:meeting", N)
    assert element.findtext("a:organisation", namespaces=N) == "Päijät-Hämeen liitto"
    assert element.findtext("a:body", namespaces=N) == "Maakuntahallitus"
    assert element.get("date") == "2025-10-13" and element.get("number") == "9" and element.get("year") == "2025"
    assert element.get("start") == "13:00" and element.get("end") == "14:25"
    assert element.get("checked") == "2025-10-15" and element.get("fingerprint") == fingerprint
    sections = element.findall("a:section", N)
    assert [int(s.get("number", "0")) for s in sections] == numbers
    seed2 = next(s for s in sections if s.get("diary-number") == SEED2_DNRO)
    assert seed2.findtext("a:title", namespaces=N) == SEED2_TITLE
    assert seed2.get("publicity") == "julkinen" and seed2.get("personal-data") == "false"
    assert seed2.get("outcome") == "hyvaksytty" and seed2.get("appeal-route") == "oikaisuvaatimus"
    assert seed2.get("classification") == "00.04.01"


def test_metadata_of_a_secret_section_follows_the_documents_publicity(sqlite_demo_db: Database) -> None:
    """Ensure a secret § appears by its public title in a public copy and by its title when the copy holds the
    secret content; an agenda's §§ have no outcome or route yet."""
    with sqlite_demo_db.begin() as session:
        meeting = _welfare(session)
        item = add_item(session, meeting_id=meeting.id, title="Oppilaan erityisen tuen päätös, Áile Čoavddis")
        item.public_title = "Yksilöasia"
        item.publicity = Publicity.SECRET
        item.secrecy_ground = "JulkL (621/1999) 24.1 § 30 k"
        meeting_id, number = meeting.id, item.section_number
    with sqlite_demo_db.session() as session:
        assert secret_sections(session, [meeting_id]) == [number]
        public = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, meeting_id), pdf_name="a.pdf")
        secret = archival_copy(
            session, DocumentRequest(DocumentKind.AGENDA, meeting_id, public=False), pdf_name="b.pdf"
        )
    for copy, title, content in ((public, "Yksilöasia", "false"), (secret, "Oppilaan erityisen tuen", "true")):
        root = _parse(copy.metadata)
        assert root.find("a:document", N).get("secret-content") == content  # type: ignore[union-attr]
        section = next(s for s in root.iter(f"{{{NAMESPACE}}}section") if s.get("number") == str(number))
        assert (section.findtext("a:title", namespaces=N) or "").startswith(title)
        assert section.get("publicity") == "salassa"
        assert section.findtext("a:secrecy-ground", namespaces=N) == "JulkL (621/1999) 24.1 § 30 k"
        assert "outcome" not in section.attrib and "appeal-route" not in section.attrib
        seed1 = next(
            s for s in root.iter(f"{{{NAMESPACE}}}section") if s.findtext("a:title", namespaces=N) == SEED1_TITLE
        )
        assert seed1.get("publicity") == "julkinen"
    assert "Oppilaan" not in public.metadata.decode()


def test_metadata_of_a_years_minutes_lists_each_meeting(sqlite_demo_db: Database) -> None:
    """Ensure the archival copy of a year's minutes describes every meeting in it."""
    with sqlite_demo_db.session() as session:
        request = year_minutes(session, body="Maakuntahallitus", year=2025)
        copy = archival_copy(session, request, pdf_name="vuosi.pdf")
        expected = [session.get(Meeting, meeting_id).date.isoformat() for meeting_id in request.meeting_ids]  # type: ignore[union-attr]
    root = _parse(copy.metadata)
    assert [m.get("date") for m in root.findall("a:meeting", N)] == expected
    assert claimed_conformance(copy.pdf) == "2B"


def test_write_copy_writes_both_files_or_neither(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure the PDF and its XML are written side by side, and a folder that cannot be written is a Finnish
    message that leaves no partial file behind."""
    with sqlite_demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, _regional(session).id), pdf_name="x.pdf")
    target = tmp_path / "arkisto" / "Maakuntahallitus 2025.pdf"
    target.parent.mkdir()
    xml_path = write_copy(copy, target)
    assert xml_path == target.with_name("Maakuntahallitus 2025.xml") == target.with_name(metadata_name(target.name))
    assert target.read_bytes() == copy.pdf and xml_path.read_bytes() == copy.metadata
    missing = tmp_path / "ei-ole" / "x.pdf"
    with pytest.raises(DiskFull, match="Arkistokappaletta ei voitu tallentaa"):
        write_copy(copy, missing)
    blocked = tmp_path / "estetty"
    blocked.mkdir()
    (blocked / "x.xml").mkdir()  # the metadata's name is taken by a folder
    with pytest.raises(DiskFull):
        write_copy(copy, blocked / "x.pdf")
    assert [p.name for p in blocked.iterdir()] == ["x.xml"]  # neither the PDF nor a temporary file is left


def test_metadata_is_valid_xml_whatever_the_texts_hold(sqlite_demo_db: Database) -> None:
    """Ensure control characters pasted into a title (which XML 1.0 cannot carry) are left out of the metadata, as
    from the PDF, and markup-like text is escaped. (A diary number with them is refused when saved.)"""
    with sqlite_demo_db.begin() as session:
        meeting = _welfare(session)
        item = add_item(session, meeting_id=meeting.id, title="Rivi\x0b<b>&\x01 Čoavddis")
        meeting_id, number = meeting.id, item.section_number
    with sqlite_demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, meeting_id), pdf_name="a.pdf")
    root = _parse(copy.metadata)  # parses: nothing invalid was written
    section = next(s for s in root.iter(f"{{{NAMESPACE}}}section") if s.get("number") == str(number))
    assert section.findtext("a:title", namespaces=N) == "Rivi<b>& Čoavddis"


def test_the_pdfa_check_is_shown_as_a_step_of_the_progress(sqlite_demo_db: Database) -> None:
    """Ensure the progress of an archival copy names the PDF/A check after the §§ (it takes about as long)."""
    seen: list[tuple[int, int, str]] = []

    class Sink:
        def update(self, done: int, total: int = 0, text: str = "") -> None:
            seen.append((done, total, text))

    with sqlite_demo_db.session() as session:
        request = DocumentRequest(DocumentKind.MINUTES, _regional(session).id)
        archival_copy(session, request, pdf_name="x.pdf", progress=Sink())
    assert seen[-2:] == [(0, 0, "Tarkistetaan arkistokappaleen PDF/A-muotoa…"), (1, 1, "")]
    assert any("§" in text for _done, _total, text in seen[:-2])


def test_metadata_lists_every_printed_section_and_the_corrections(sqlite_demo_db: Database) -> None:
    """Ensure minutes asked for with one § still list every § they print, and a § 's corrections (date, author,
    part, reason) are in the XML, as in the PDF."""
    from core.minutes import add_correction

    with sqlite_demo_db.begin() as session:
        meeting = _regional(session)
        item = find_item(session, meeting, dnro=SEED2_DNRO)
        reason, corrected = "Kirjoitusvirhe otsikossa.", SEED2_TITLE + " (oikaistu)"
        add_correction(session, item.id, "Tiina Mäkelä", reason, "title", corrected)
        meeting_id, item_id, count = meeting.id, item.id, len(meeting.items)
    with sqlite_demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.MINUTES, meeting_id, (item_id,)), pdf_name="x.pdf")
    root = _parse(copy.metadata)
    sections = list(root.iter(f"{{{NAMESPACE}}}section"))
    assert len(sections) == count > 1
    seed2 = next(s for s in sections if s.get("diary-number") == SEED2_DNRO)
    (correction,) = seed2.findall("a:correction", N)
    assert correction.get("author") == "Tiina Mäkelä" and correction.get("part") == "title"
    assert correction.get("date") == dt.date.today().isoformat()
    assert correction.findtext("a:reason", namespaces=N) == "Kirjoitusvirhe otsikossa."
    assert "(oikaistu)" in read_pdf(copy.pdf).text


def test_a_correction_made_after_midnight_is_dated_on_its_finnish_day_in_the_metadata(
    sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the archival XML dates a correction made at 1.30 on 20.10.2025 in Finland (stored as 22.30 UTC on the
    19th) on 20.10.2025, as the minutes it describes print it, not on the UTC day before."""
    import time

    from db.models import Correction

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    try:
        with sqlite_demo_db.begin() as session:
            meeting = _regional(session)
            item = find_item(session, meeting, dnro=SEED2_DNRO)
            session.add(Correction(item_id=item.id, author="Tiina Mäkelä", reason="Kirjoitusvirhe.", field="decision",
                                   old_text=item.decision, new_text="Korjattu päätös.",
                                   created_at=dt.datetime(2025, 10, 19, 22, 30)))  # fmt: skip
            meeting_id = meeting.id
        with sqlite_demo_db.session() as session:
            copy = archival_copy(session, DocumentRequest(DocumentKind.MINUTES, meeting_id), pdf_name="x.pdf")
        dates = [c.get("date") for c in _parse(copy.metadata).iter(f"{{{NAMESPACE}}}correction")]
        assert dates == ["2025-10-20"]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_failed_save_keeps_the_earlier_copy(
    sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure an earlier archival copy under the same names survives a save that fails half way (here the XML's
    rename, as when another program holds the file open on Windows), and is replaced when a save succeeds."""
    import os

    with sqlite_demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, _regional(session).id), pdf_name="x.pdf")
    folder = tmp_path / "arkisto"
    folder.mkdir()
    (folder / "x.pdf").write_bytes(b"OLD PDF")
    (folder / "x.xml").write_text("<old/>", encoding="utf-8")
    real_replace = os.replace

    def failing(source: object, target: object) -> None:
        if str(target) == str(folder / "x.xml") and str(source).endswith(".kesken"):
            raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(DiskFull, match=r"Arkistokappaletta ei voitu tallentaa.*x\.xml.*ei kirjoitusoikeutta"):
        write_copy(copy, folder / "x.pdf")
    assert (folder / "x.pdf").read_bytes() == b"OLD PDF"
    assert (folder / "x.xml").read_text(encoding="utf-8") == "<old/>"
    assert sorted(p.name for p in folder.iterdir()) == ["x.pdf", "x.xml"]
    monkeypatch.setattr(os, "replace", real_replace)
    write_copy(copy, folder / "x.pdf")
    assert (folder / "x.pdf").read_bytes() == copy.pdf and (folder / "x.xml").read_bytes() == copy.metadata
    assert sorted(p.name for p in folder.iterdir()) == ["x.pdf", "x.xml"]


def test_a_write_error_reported_by_the_sync_keeps_the_earlier_copy(
    sqlite_demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the new files are synced to the disk before they replace an earlier copy: a write error that the
    system reports only at the sync (a full network drive, an I/O error) fails the save and keeps the earlier
    copy, and a save that succeeds synced both files."""
    from core.printing import archival

    with sqlite_demo_db.session() as session:
        copy = archival_copy(session, DocumentRequest(DocumentKind.AGENDA, _regional(session).id), pdf_name="x.pdf")
    folder = tmp_path / "arkisto"
    folder.mkdir()
    (folder / "x.pdf").write_bytes(b"OLD PDF")
    (folder / "x.xml").write_text("<old/>", encoding="utf-8")
    synced: list[str] = []

    def failing_sync(path: Path) -> None:
        synced.append(path.name)
        if path.name.startswith(".x.xml"):
            raise OSError(5, "Input/output error", str(path))

    monkeypatch.setattr(archival, "sync_file", failing_sync)
    with pytest.raises(DiskFull, match=r"levylle kirjoittaminen epäonnistui") as failed:
        write_copy(copy, folder / "x.pdf")
    assert "Input/output error" in failed.value.detail  # the system's own words are kept for the log
    assert (folder / "x.pdf").read_bytes() == b"OLD PDF"
    assert sorted(p.name for p in folder.iterdir()) == ["x.pdf", "x.xml"]
    monkeypatch.setattr(archival, "sync_file", lambda path: synced.append(path.name))
    synced.clear()
    write_copy(copy, folder / "x.pdf")
    assert [name.split(".")[1:3] for name in synced] == [["x", "pdf"], ["x", "xml"]]
    assert (folder / "x.pdf").read_bytes() == copy.pdf


def test_metadata_of_a_swedish_excerpt_names_its_certification_recipients_and_finnish_parts(
    sqlite_demo_db: Database,
) -> None:
    """Ensure an excerpt's XML carries its certification (date, certifier) and recipients as the PDF does, and a
    Swedish copy names the parts of the § that printed in Finnish for want of a Swedish text."""
    with sqlite_demo_db.session() as session:
        meeting = _regional(session)
        item = find_item(session, meeting, dnro=SEED2_DNRO)
        recipients = [r.name for r in item.recipients]
        secretary = meeting.secretary.name if meeting.secretary is not None else ""
        request = DocumentRequest(
            DocumentKind.EXCERPT, meeting.id, (item.id,), language="sv", certified_on=dt.date(2025, 10, 16)
        )
        copy = archival_copy(session, request, pdf_name="utdrag.pdf")
        finnish = archival_copy(session, replace(request, language="fi"), pdf_name="ote.pdf")
    root = _parse(copy.metadata)
    (section,) = root.iter(f"{{{NAMESPACE}}}section")
    certification = section.find("a:certification", N)
    assert certification is not None
    assert certification.attrib == {"date": "2025-10-16", "certifier": secretary} and secretary
    assert [r.text for r in section.findall("a:recipient", N)] == recipients and recipients
    assert section.get("printed-in-finnish") == "title background proposal"
    assert "printed-in-finnish" not in _parse(finnish.metadata).find(".//a:section", N).attrib  # type: ignore[union-attr]


def test_a_years_minutes_by_a_name_several_organisations_share(sqlite_demo_db: Database) -> None:
    """Ensure a body name found in the home organisation and elsewhere means the home organisation's body, and a
    name only other organisations share is refused with their names instead of mixing their minutes."""
    from db.enums import BodyKind
    from db.models import Body, Organisation

    with sqlite_demo_db.begin() as session:
        lahti = session.scalar(select(Organisation).where(Organisation.name == "Lahti"))
        hollola = session.scalar(select(Organisation).where(Organisation.name == "Hollola"))
        assert lahti is not None and hollola is not None
        session.add(Body(organisation_id=lahti.id, kind=BodyKind.EXECUTIVE, name="Maakuntahallitus"))
        for organisation in (lahti, hollola):
            session.add(Body(organisation_id=organisation.id, kind=BodyKind.COMMITTEE, name="Yhteislautakunta"))
    with sqlite_demo_db.session() as session:
        request = year_minutes(session, body="Maakuntahallitus", year=2025)
        meetings = [session.get(Meeting, m) for m in request.meeting_ids]
        assert meetings and all(m is not None and m.body.organisation.name == "Päijät-Hämeen liitto" for m in meetings)
        with pytest.raises(ValidationError, match="usealla organisaatiolla \\(Hollola, Lahti\\)"):
            year_minutes(session, body="Yhteislautakunta", year=2025)
