"""The archival copy of a meeting document: the PDF/A file and its metadata in XML beside it (docs/tulostus.md).

Long-term archival copies are PDF/A with their metadata in XML or CSV. ``archival_copy`` renders the document as
PDF/A-2b (``DocumentFormat.PDFA``, ``core.printing.pdfa``) and describes it in ``metadata_xml``: the file (name,
size, SHA-256, format and the validator that approved it), the document (kind, language, title, whether secret
content and personal data are in it, or left out), the organisation, body and meetings (number, date, times,
place, state, the agenda's publication date, the checking and publication dates and the fingerprint of the
checked minutes) and every § in it with its diary number, task class, publicity, ground of secrecy, personal-data
mark, outcome, appeal route and the attachments the document lists (archived as files of their own).
The values of coded fields are the database's own codes (``db.enums``), so a reader can map them without
Sihteeri. ``write_copy`` writes the two files, ``NAME.pdf`` and ``NAME.xml``, so that neither is left half
written.

Schema, version 1 (namespace ``urn:sihteeri:archival-copy:1``)::

    <archival-copy format-version="1">
      <file name="..." format="PDF/A-2b" verified-by="pikepdf 10.18.0" size="..." sha256="..."/>
      <created>2026-11-26T15:02:11+02:00</created>       ISO 8601, with the computer's offset
      <application>Sihteeri 0.1.0</application>
      <document kind="minutes|agenda|excerpt" language="fi|sv" secret-content="true|false"
                without-personal-data="true|false"><title>...</title></document>
      <meeting number="9" year="2025" date="2025-10-13" start="13:00" end="14:25" state="julkaistu"
               agenda-published="2025-10-06" checked="2025-10-15" published="2025-10-16" fingerprint="v3...">
        <organisation business-id="...">...</organisation> <body>...</body> <place>...</place>
        <section number="96" diary-number="..." classification="00.01.02" publicity="julkinen"
                 personal-data="false" outcome="hyvaksytty" appeal-route="oikaisuvaatimus">
          <title>...</title> <secrecy-ground>...</secrecy-ground>
          <attachment number="1" file="..." media-type="application/pdf" sha256="..." public="true">
            <title>...</title></attachment>                 each attachment the document lists for the §
          <correction date="2025-10-20" author="..." part="decision"><reason>...</reason></correction>
          <certification date="2025-10-16" certifier="..."/> <recipient>...</recipient>   (an excerpt only)
        </section>
      </meeting>                                          one per meeting (a year's minutes have several)
    </archival-copy>

A § without a task class of its own has the class its diary number carries (``15/02.02.01/2025``), when that
is a class of the organisation's classification, marked ``classification-source="diary-number"``.
Attributes without a value are left out (an agenda's § has no outcome, an unchecked meeting no fingerprint).
In a Swedish document of a Finnish-speaking or bilingual organisation, a § 's ``printed-in-finnish`` names the
parts (``title``, ``public_title``, ``background``, ``proposal``, ``handling``, ``decision``, ``dissents``) that
printed in Finnish for want of a Swedish text (the handling also for a motion or a vote's proposal without one).
A secret § of a public document carries its public title, as the PDF does: a § with ``publicity="salassa"`` in
a copy with ``secret-content="false"`` is one whose content was left out. A correction of such a § shows only its
date, author and part, as in the PDF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from core.printing.files import save_error
from core.printing.labels import Labels
from core.printing.pdfa import FORMAT_NAME, validator_name
from core.printing.request import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    ProgressSink,
    render_in_session,
    selected_items,
)
from core.printing.sections import (
    Mode,
    is_hidden,
    is_removed,
    listed_attachments,
    local_date,
    shown_title,
    untranslated_parts,
)
from core.printing.text import clean
from db.backup import sync_file, sync_folder
from db.enums import Language, Publicity
from db.errors import NotFound, ValidationError, msg, msg_template
from db.models import ClassificationCode, Item, Meeting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NAMESPACE = "urn:sihteeri:archival-copy:1"
_COPY_NOT_SAVED = msg_template("Arkistokappaletta ei voitu tallentaa ({path}): {reason}.")
FORMAT_VERSION = "1"
_KINDS = (DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.EXCERPT)


@dataclass(frozen=True)
class ArchivalCopy:
    """An archival copy: the PDF/A file, its metadata (XML) and the file names they are meant to have."""

    pdf: bytes
    metadata: bytes
    pdf_name: str

    @property
    def metadata_name(self) -> str:
        return metadata_name(self.pdf_name)


def metadata_name(pdf_name: str) -> str:
    """The metadata file's name beside the PDF: "X_arkisto.pdf" → "X_arkisto.xml"."""
    stem = pdf_name[:-4] if pdf_name.lower().endswith(".pdf") else pdf_name
    return stem + ".xml"


def archival_copy(
    session: Session, request: DocumentRequest, *, pdf_name: str, progress: ProgressSink | None = None
) -> ArchivalCopy:
    """Render ``request`` as PDF/A-2b and describe it; ``pdf_name`` is the name the file will be saved under.

    ``progress`` may stop the work (``gui.operations.Progress`` raises when cancelled) up to the end, so a copy
    cancelled while it was checked is not saved."""
    request = replace(request, format=DocumentFormat.PDFA)
    pdf = render_in_session(session, request, progress=progress)
    copy = ArchivalCopy(pdf=pdf, metadata=metadata_xml(session, request, pdf, pdf_name=pdf_name), pdf_name=pdf_name)
    if progress is not None:
        progress.update(1, 1, "")
    return copy


def _set(element: ET.Element, name: str, value: object) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        element.set(name, "true" if value else "false")
    elif isinstance(value, dt.time):
        element.set(name, value.strftime("%H:%M"))
    elif isinstance(value, dt.date):
        element.set(name, value.isoformat())
    else:
        element.set(name, clean(str(value)))


def _text(parent: ET.Element, tag: str, text: str) -> None:
    """A child element with the text as printed: characters XML cannot carry (controls) are left out, as from
    the PDF."""
    text = clean(text)
    if text:
        ET.SubElement(parent, tag).text = text


def _application() -> str:
    import importlib.metadata

    try:
        return f"Sihteeri {importlib.metadata.version('sihteeri')}"
    except importlib.metadata.PackageNotFoundError:
        return "Sihteeri"


def _section(
    session: Session, parent: ET.Element, item: Item, request: DocumentRequest, labels: Labels
) -> None:
    from core.appeal import route_for_item

    section = ET.SubElement(parent, "section")
    _set(section, "number", item.section_number)
    _set(section, "diary-number", item.diary_number)
    code, from_diary_number = _classification(session, item)
    _set(section, "classification", code)
    if from_diary_number:
        _set(section, "classification-source", "diary-number")
    _set(section, "publicity", item.publicity.value)
    _set(section, "personal-data", item.has_personal_data)
    if request.kind != DocumentKind.AGENDA:
        _set(section, "outcome", item.outcome.value if item.outcome is not None else None)
        _set(section, "appeal-route", route_for_item(item).route.value)
    swedish_organisation = item.meeting.body.organisation.language == Language.SWEDISH
    if request.language == "sv" and not swedish_organisation:
        mode = Mode.PREPARED if request.kind == DocumentKind.AGENDA else Mode.HANDLED
        finnish = untranslated_parts(item, mode=mode, public=request.public, personal_data=request.personal_data)
        _set(section, "printed-in-finnish", " ".join(finnish))
    corrected = request.kind != DocumentKind.AGENDA  # as the PDF heads the §: the corrected public title
    title = shown_title(
        item, labels, public=request.public, personal_data=request.personal_data, corrected=corrected
    )
    _text(section, "title", title)
    _text(section, "secrecy-ground", item.secrecy_ground)
    _attachments(section, item, request)
    if request.kind == DocumentKind.AGENDA:
        return
    shown = not is_hidden(item, request.public) and not is_removed(item, request.personal_data)
    if request.kind == DocumentKind.EXCERPT:
        _certification(session, section, item, request, shown=shown)
    for correction in sorted(item.corrections, key=lambda c: (c.created_at, c.id)):
        element = ET.SubElement(section, "correction")
        _set(element, "date", local_date(correction.created_at))  # the day on the secretary's clock, as printed
        _set(element, "author", correction.author)
        _set(element, "part", correction.field)
        if shown:  # as in the PDF: a hidden § 's correction shows only its date and author
            _text(element, "reason", correction.reason)


def _classification(session: Session, item: Item) -> tuple[str, bool]:
    """The § 's task class: its own, else the class its diary number carries (``N/02.02.01/2025``) when that is a
    class of the organisation's classification; and whether it came from the diary number."""
    if item.classification_code.strip():
        return item.classification_code, False
    code = (item.dnro_class or "").strip()
    if code and session.get(ClassificationCode, code) is not None:
        return code, True
    return "", False


def _attachments(section: ET.Element, item: Item, request: DocumentRequest) -> None:
    """The attachments the document lists for the § (archived as files of their own): number as in the §, title,
    file name, media type, SHA-256 of the file and whether it is public. A public copy lists what it prints: no
    non-public attachment, none of a § shown by its title only."""
    listed = listed_attachments(item, public=request.public, personal_data=request.personal_data)
    for number, attachment in listed:
        element = ET.SubElement(section, "attachment")
        _set(element, "number", number)
        _set(element, "file", attachment.filename)
        _set(element, "media-type", attachment.media_type)
        _set(element, "sha256", attachment.sha256)
        _set(element, "public", attachment.is_public)
        _text(element, "title", attachment.title)


def _certification(
    session: Session, section: ET.Element, item: Item, request: DocumentRequest, *, shown: bool
) -> None:
    """An excerpt's certification (as ``excerpt.write_certification`` prints it) and, when the excerpt lists them,
    its recipients."""
    from core.printing.base import today
    from core.printing.excerpt import certifier_of

    certifier = certifier_of(session, item.meeting, request)
    element = ET.SubElement(section, "certification")
    _set(element, "date", request.certified_on or today())
    _set(element, "certifier", certifier.name if certifier is not None else None)
    if shown:  # as in the PDF: the recipients of a secret § or of one without its personal data are not listed
        for recipient in item.recipients:
            _text(section, "recipient", recipient.name)


def _meeting(
    session: Session, parent: ET.Element, meeting: Meeting, request: DocumentRequest, labels: Labels
) -> None:
    element = ET.SubElement(parent, "meeting")
    _set(element, "number", meeting.number)
    _set(element, "year", meeting.year)
    _set(element, "date", meeting.date)
    _set(element, "start", meeting.start_time)
    _set(element, "end", meeting.end_time)
    _set(element, "state", meeting.state.value)
    _set(element, "agenda-published", meeting.agenda_published_date)
    _set(element, "checked", meeting.checked_date)
    _set(element, "published", meeting.published_date)
    _set(element, "fingerprint", meeting.fingerprint)
    swedish = request.language == "sv"
    organisation = meeting.body.organisation
    owner = ET.SubElement(element, "organisation")
    _set(owner, "business-id", organisation.business_id)
    owner.text = clean(organisation.name_sv if swedish and organisation.name_sv else organisation.name)
    body = meeting.body
    _text(element, "body", body.name_sv if swedish and body.name_sv else body.name)
    _text(element, "place", meeting.place)
    # An excerpt is one §; the agenda and the minutes print every § whatever the request names.
    items = selected_items(meeting, request) if request.kind == DocumentKind.EXCERPT else list(meeting.items)
    for item in items:
        _section(session, element, item, request, labels)


def metadata_xml(session: Session, request: DocumentRequest, pdf: bytes, *, pdf_name: str) -> bytes:
    """The archival copy's metadata (the schema is in this module's docstring), as UTF-8 XML."""
    import pikepdf

    if request.kind not in _KINDS:
        raise ValidationError(msg("Arkistokappaleen voi tehdä vain esityslistasta, pöytäkirjasta ja otteesta."))
    labels = Labels(request.language)
    meeting_ids = request.meeting_ids or (request.meeting_id,)
    meetings = [session.get(Meeting, meeting_id) for meeting_id in meeting_ids]
    present = [meeting for meeting in meetings if meeting is not None]
    if len(present) != len(meetings):
        raise NotFound(msg("Kokousta ei löytynyt; se on ehkä poistettu."))
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}archival-copy")
    root.set("format-version", FORMAT_VERSION)
    file = ET.SubElement(root, "file")
    _set(file, "name", pdf_name)
    _set(file, "format", FORMAT_NAME)
    _set(file, "verified-by", validator_name())
    _set(file, "size", len(pdf))
    _set(file, "sha256", hashlib.sha256(pdf).hexdigest())
    _text(root, "created", dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    _text(root, "application", _application())
    document = ET.SubElement(root, "document")
    _set(document, "kind", request.kind.value)
    _set(document, "language", request.language)
    _set(document, "secret-content", not request.public)
    _set(document, "without-personal-data", request.without_personal_data)
    with pikepdf.open(BytesIO(pdf)) as opened:
        _text(document, "title", str(opened.docinfo.get("/Title", "")))
    for meeting in present:
        _meeting(session, root, meeting, request, labels)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def secret_sections(session: Session, meeting_ids: Sequence[int]) -> list[int]:
    """The numbers of the meetings' secret §§, whose content an archival copy holds only when asked for."""
    from sqlalchemy import select

    statement = (
        select(Item.section_number)
        .join(Meeting, Item.meeting_id == Meeting.id)
        .where(Item.meeting_id.in_(meeting_ids), Item.publicity == Publicity.SECRET)
        .order_by(Meeting.date, Meeting.number, Item.position)
    )
    return list(session.scalars(statement))


def write_copy(copy: ArchivalCopy, pdf_path: Path) -> Path:
    """Write the PDF to ``pdf_path`` and the metadata beside it; returns the metadata file's path.

    Both are written under temporary names first and synced to the disk. Files already under the two names (an
    earlier copy) are set aside, the new ones renamed into place, and only then are the old ones removed; when
    anything fails, the new files are removed and the old ones put back, so the folder is as it was.
    """
    xml_path = pdf_path.with_name(metadata_name(pdf_path.name))
    mark = f"{os.getpid()}"
    targets = {pdf_path: copy.pdf, xml_path: copy.metadata}
    temps = {path: path.with_name(f".{path.name}.{mark}.kesken") for path in targets}
    aside = {path: path.with_name(f".{path.name}.{mark}.vanha") for path in targets}
    moved_aside: list[Path] = []
    placed: list[Path] = []
    failing = pdf_path  # the file the message names: the one whose writing failed, not always the PDF
    try:
        for path, content in targets.items():
            failing = path
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
            temps[path].write_bytes(content)
            sync_file(temps[path])
        for path in targets:
            failing = path
            if path.exists():
                os.replace(path, aside[path])
                moved_aside.append(path)
        for path in targets:
            failing = path
            os.replace(temps[path], path)
            placed.append(path)
    except OSError as exc:
        for path in [*placed, *temps.values()]:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        for path in moved_aside:
            with contextlib.suppress(OSError):
                os.replace(aside[path], path)
        raise save_error(_COPY_NOT_SAVED, failing, exc) from exc
    sync_folder(pdf_path.parent)
    for path in moved_aside:
        with contextlib.suppress(OSError):
            aside[path].unlink()
    return xml_path
