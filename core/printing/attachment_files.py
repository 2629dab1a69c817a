"""A printed document with its attachments: the PDF files of the §s' attachments added after the document's pages.

An excerpt goes to a party, and an agenda to the members, with the attachments they refer to ("Liite 1 ...").
``append_attachment_files`` puts the files that are PDFs after the document, in the order the document lists
them, each with a bookmark ("Liite 1: Yhteistyöpöytäkirja"). It adds only what the document itself lists: in a
public document (``DocumentRequest.public``) the attachments marked secret are neither listed nor added. An
attachment that is only a title, or whose file is not a PDF, or a PDF that cannot be read (damaged, or locked
with a password), is left out and named in ``AttachedDocument.left_out``, so the user can send it separately.
The file's bytes are checked against the SHA-256 they were saved with (``core.attachments.attachment_file``).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from sqlalchemy.orm import Session

from core.attachments import attachment_file
from core.printing.request import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    ProgressSink,
    render_in_session,
    selected_items,
)
from core.printing.sections import listed_attachments
from db.engine import Database
from db.errors import SihteeriError, msg
from db.models import Attachment, Item, Meeting

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
_BOOKMARK = {"fi": "Liite {number}: {title}", "sv": "Bilaga {number}: {title}"}
KINDS = (DocumentKind.EXCERPT, DocumentKind.AGENDA, DocumentKind.MINUTES)  # the documents that list attachments


@dataclass(frozen=True)
class AttachedDocument:
    """The document with the attachment files added after it.

    Attributes:
        pdf: the whole PDF.
        added: the bookmarks of the added attachments, in order ("Liite 1: Yhteistyöpöytäkirja").
        left_out: why each listed attachment without a usable PDF file was left out (``db.errors.msg`` texts).
    """

    pdf: bytes
    added: tuple[str, ...]
    left_out: tuple[str, ...]


def append_attachment_files(
    session: Session, request: DocumentRequest, pdf: bytes, *, progress: ProgressSink | None = None
) -> AttachedDocument:
    """``pdf`` (the rendered ``request``) followed by the PDF files of the attachments it lists."""
    if request.kind not in KINDS or request.format != DocumentFormat.PDF:
        return AttachedDocument(pdf, (), ())
    meetings = [session.get(Meeting, meeting_id) for meeting_id in request.meeting_ids or (request.meeting_id,)]
    items = [
        item
        for meeting in meetings
        if meeting is not None
        for item in (selected_items(meeting, request) if request.kind == DocumentKind.EXCERPT else meeting.items)
    ]
    writer = PdfWriter()
    main = PdfReader(io.BytesIO(pdf))
    writer.append(main)
    if main.metadata is not None:
        writer.add_metadata({key: str(value) for key, value in main.metadata.items()})
    added: list[str] = []
    left_out: list[str] = []
    listed = _listed(items, request)
    for index, (item, number, attachment) in enumerate(listed):
        if progress is not None:
            progress.update(index, len(listed), msg("Liitetään liitetiedostoja…"))
        name = _BOOKMARK.get(request.language, _BOOKMARK["fi"]).format(number=number, title=attachment.title)
        label = msg("{section} § {number}. {title}", section=item.section_number, number=number, title=attachment.title)
        reader, problem = _reader(session, attachment.id, bool(attachment.filename), label)
        if reader is None:
            left_out.append(problem)
            continue
        writer.append(reader, outline_item=name)
        added.append(name)
    if not added:
        return AttachedDocument(pdf, (), tuple(left_out))
    out = io.BytesIO()
    writer.write(out)
    return AttachedDocument(out.getvalue(), tuple(added), tuple(left_out))


def _listed(items: Sequence[Item], request: DocumentRequest) -> list[tuple[Item, int, Attachment]]:
    """(item, number as printed, attachment) of every attachment the document lists, in its order."""
    return [
        (item, number, attachment)
        for item in items
        for number, attachment in listed_attachments(item, public=request.public, personal_data=request.personal_data)
    ]


def _reader(session: Session, attachment_id: int, has_file: bool, label: str) -> tuple[PdfReader | None, str]:
    """The attachment's file as a PDF to add, or None and why it is left out."""
    if not has_file:
        return None, msg("{attachment}: vain nimi, ei tiedostoa.", attachment=label)
    try:
        file = attachment_file(session, attachment_id)
    except SihteeriError as exc:  # the file changed after it was saved (its checksum does not match)
        return None, msg("{attachment}: {problem}", attachment=label, problem=exc.message)
    if not file.content.startswith(PDF_MAGIC):
        return None, msg("{attachment}: tiedosto {name} ei ole PDF-tiedosto.", attachment=label, name=file.name)
    try:
        reader = PdfReader(io.BytesIO(file.content))
        if reader.is_encrypted and not reader.decrypt(""):
            return None, msg("{attachment}: PDF-tiedosto on suojattu salasanalla.", attachment=label)
        if len(reader.pages) == 0:
            return None, msg("{attachment}: PDF-tiedostossa ei ole sivuja.", attachment=label)
        PdfWriter().append(reader)  # every page read once here: a damaged one must not stop the whole document
    except Exception as exc:  # pypdf parsing a user's file may fail in any way (even AssertionError): leave it out
        log.info("Attachment %s not added: %s: %s", label, type(exc).__name__, exc)
        return None, msg("{attachment}: PDF-tiedostoa ei voi lukea ({error}).", attachment=label, error=exc)
    return reader, ""


def render_with_attachments(
    database: Database, request: DocumentRequest, *, progress: ProgressSink | None = None
) -> AttachedDocument:
    """Render ``request`` in its own read-only session and add its attachment files (safe off the UI thread)."""
    with database.session() as session:
        pdf = render_in_session(session, request, progress=progress)
        return append_attachment_files(session, request, pdf, progress=progress)
