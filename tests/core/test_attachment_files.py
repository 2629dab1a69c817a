"""A printed document with its attachments' PDF files after it (core.printing.attachment_files), on both backends."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select, update

from core.attachments import add_attachment_file
from core.demo import SEED1_TITLE
from core.printing import DocumentKind, DocumentRequest, render_in_session
from core.printing.attachment_files import append_attachment_files, render_with_attachments
from db.engine import Database
from db.models import Attachment, Item
from tests.core.printing_support import pdf_pages, read_pdf


def _locked(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt("salasana")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _item_with_files(database: Database) -> tuple[int, int, list[str]]:
    """Seed 1's § (minutes not checked) with files of every kind; returns (meeting, item, the titles in order)."""
    with database.begin() as session:
        item = session.scalars(select(Item).where(Item.title == SEED1_TITLE)).one()
        before = len(item.attachments)
        add_attachment_file(session, item.id, "sopimus.pdf", pdf_pages("SOPIMUKSEN ENSIMMAINEN SIVU", "TOINEN SIVU"))
        add_attachment_file(session, item.id, "kartta.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64)
        add_attachment_file(session, item.id, "lukittu.pdf", _locked(pdf_pages("LUKITTU")))
        add_attachment_file(session, item.id, "rikki.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n")
        secret = add_attachment_file(session, item.id, "salainen.pdf", pdf_pages("SALAINEN LIITE"))
        secret.is_public = False
        session.flush()
        session.refresh(item)
        return item.meeting_id, item.id, [a.title for a in item.attachments][before:]


def test_the_excerpt_is_followed_by_its_attachments_that_are_pdfs(demo_db: Database) -> None:
    """Ensure an excerpt gets the PDF files of the attachments it lists after its own pages, in their order and
    with a bookmark each, keeps its own metadata, and names every attachment left out and why."""
    meeting_id, item_id, titles = _item_with_files(demo_db)
    assert titles == ["sopimus", "kartta", "lukittu", "rikki", "salainen"]
    request = DocumentRequest(DocumentKind.EXCERPT, meeting_id, (item_id,), draft=True)
    with demo_db.session() as session:
        alone = read_pdf(render_in_session(session, request))
        item = session.get(Item, item_id)
        assert item is not None
        section, first = item.section_label, len(item.attachments) - 4  # the number "sopimus" is printed with
    attached = render_with_attachments(demo_db, request)
    printed = read_pdf(attached.pdf)
    assert printed.pages == alone.pages + 2
    assert "SOPIMUKSEN ENSIMMAINEN SIVU" in printed.reader.pages[alone.pages].extract_text()
    assert "TOINEN SIVU" in printed.reader.pages[alone.pages + 1].extract_text()
    assert "SALAINEN" not in printed.text  # a public excerpt neither lists nor adds a secret attachment
    assert printed.metadata["/Title"] == alone.metadata["/Title"]
    assert attached.added == (f"Liite {first}: sopimus",)
    assert [entry.title for entry in printed.reader.outline] == [f"Liite {first}: sopimus"]  # type: ignore[union-attr]
    *titles_only, png, locked, damaged = attached.left_out
    assert len(titles_only) == first - 1 > 0  # the demo's attachments are titles only: nothing to add
    assert all(text.endswith(": vain nimi, ei tiedostoa.") for text in titles_only)
    assert png == f"{section} {first + 1}. kartta: tiedosto kartta.png ei ole PDF-tiedosto."
    assert locked == f"{section} {first + 2}. lukittu: PDF-tiedosto on suojattu salasanalla."
    assert damaged.startswith(f"{section} {first + 3}. rikki: PDF-tiedostoa ei voi lukea (")


def test_a_document_not_for_the_public_adds_the_secret_attachments_too(demo_db: Database) -> None:
    """Ensure the secret attachment's file follows a document printed for the parties (not public), and that a
    Swedish document's bookmarks read Swedish."""
    meeting_id, item_id, _titles = _item_with_files(demo_db)
    request = DocumentRequest(DocumentKind.EXCERPT, meeting_id, (item_id,), draft=True, public=False, language="sv")
    with demo_db.session() as session:
        pdf = render_in_session(session, request)
        attached = append_attachment_files(session, request, pdf)
    assert [name.split(":")[1].strip() for name in attached.added] == ["sopimus", "salainen"]
    assert all(name.startswith("Bilaga ") for name in attached.added)
    text = read_pdf(attached.pdf).text
    assert "SALAINEN LIITE" in text and "SOPIMUKSEN ENSIMMAINEN SIVU" in text


def test_the_agenda_adds_every_items_attachments_and_a_changed_file_is_left_out(demo_db: Database) -> None:
    """Ensure the agenda adds the attachments of all its items, and a file whose bytes no longer match their
    checksum is left out with the reason instead of being printed."""
    meeting_id, item_id, _titles = _item_with_files(demo_db)
    with demo_db.begin() as session:
        session.execute(
            update(Attachment).where(Attachment.item_id == item_id, Attachment.filename == "sopimus.pdf")
            .values(content=pdf_pages("VAIHDETTU"))
        )  # fmt: skip
    request = DocumentRequest(DocumentKind.AGENDA, meeting_id, draft=True)
    attached = render_with_attachments(demo_db, request)
    assert attached.added == ()
    assert "tarkiste ei täsmää" in "\n".join(attached.left_out)
    assert "VAIHDETTU" not in read_pdf(attached.pdf).text


@pytest.mark.parametrize("kind", [DocumentKind.DRAFT])
def test_a_decision_draft_gets_no_attachments(demo_db: Database, kind: DocumentKind) -> None:
    """Ensure a document that lists no attachments (the decision draft) is returned as it is."""
    meeting_id, item_id, _titles = _item_with_files(demo_db)
    request = DocumentRequest(kind, meeting_id, (item_id,))
    with demo_db.session() as session:
        pdf = render_in_session(session, request)
        attached = append_attachment_files(session, replace(request), pdf)
    assert (attached.pdf, attached.added, attached.left_out) == (pdf, (), ())


def test_a_section_shown_by_its_title_only_adds_no_files(demo_db: Database) -> None:
    """Ensure the files of a secret § never follow a public document (even those marked public), nor the files
    of a § containing personal data the version without personal data, while a document for the parties has
    them."""
    from db.enums import Publicity

    meeting_id, item_id, _titles = _item_with_files(demo_db)
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.publicity, item.secrecy_ground, item.public_title = Publicity.SECRET, "JulkL 24.1 § 25 k", "Asia"
    public = DocumentRequest(DocumentKind.AGENDA, meeting_id, draft=True)
    attached = render_with_attachments(demo_db, public)
    assert attached.added == () and attached.left_out == ()
    assert "SOPIMUKSEN ENSIMMAINEN SIVU" not in read_pdf(attached.pdf).text
    parties = render_with_attachments(demo_db, replace(public, public=False))
    assert len(parties.added) == 2  # sopimus and salainen
    with demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.publicity, item.has_personal_data = item.publicity.PUBLIC, True
    online = render_with_attachments(demo_db, replace(public, without_personal_data=True))
    assert online.added == () and online.left_out == ()
    assert len(render_with_attachments(demo_db, public).added) == 1  # the full version adds the public file
