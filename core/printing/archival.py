"""The archival copy of a meeting document: the PDF/A file and its metadata in XML beside it (docs/tulostus.md).

Long-term archival copies are PDF/A with their metadata in XML or CSV. ``archival_copy`` renders the document as
PDF/A-2b (``DocumentFormat.PDFA``, ``core.printing.pdfa``) and describes it in ``metadata_xml``: the file (name,
size, SHA-256, format and the validator that approved it), the document (kind, language, title, whether secret
content and personal data are in it, or left out), the organisation, body and meetings (number, date, times,
place, state, the checking and publication dates and the fingerprint of the checked minutes) and every § in it
with its diary number, task class, publicity, ground of secrecy, personal-data mark, outcome and appeal route.
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
      <organisation business-id="...">...</organisation>
      <body>...</body>
      <meeting number="9" year="2025" date="2025-10-13" start="13:00" end="14:25" state="julkaistu"
               checked="2025-10-15" published="2025-10-16" fingerprint="v3...">
        <place>...</place>
        <section number="96" diary-number="..." classification="00.01.02" publicity="julkinen"
                 personal-data="false" outcome="hyvaksytty" appeal-route="oikaisuvaatimus">
          <title>...</title> <secrecy-ground>...</secrecy-ground>
        </section>
      </meeting>                                          one per meeting (a year's minutes have several)
    </archival-copy>

Attributes without a value are left out (an agenda's § has no outcome, an unchecked meeting no fingerprint).
A secret § of a public document carries its public title, as the PDF does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

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
from core.printing.sections import shown_title
from core.printing.text import clean
from db.enums import Publicity
from db.errors import DiskFull, NotFound, ValidationError, msg
from db.models import Item, Meeting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NAMESPACE = "urn:sihteeri:archival-copy:1"
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
    """Render ``request`` as PDF/A-2b and describe it; ``pdf_name`` is the name the file will be saved under."""
    request = replace(request, format=DocumentFormat.PDFA)
    pdf = render_in_session(session, request, progress=progress)
    return ArchivalCopy(pdf=pdf, metadata=metadata_xml(session, request, pdf, pdf_name=pdf_name), pdf_name=pdf_name)


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


def _section(parent: ET.Element, item: Item, request: DocumentRequest, labels: Labels) -> None:
    from core.appeal import route_for_item

    section = ET.SubElement(parent, "section")
    _set(section, "number", item.section_number)
    _set(section, "diary-number", item.diary_number)
    _set(section, "classification", item.classification_code)
    _set(section, "publicity", item.publicity.value)
    _set(section, "personal-data", item.has_personal_data)
    if request.kind != DocumentKind.AGENDA:
        _set(section, "outcome", item.outcome.value if item.outcome is not None else None)
        _set(section, "appeal-route", route_for_item(item).route.value)
    _text(section, "title", shown_title(item, labels, public=request.public, personal_data=request.personal_data))
    _text(section, "secrecy-ground", item.secrecy_ground)


def _meeting(parent: ET.Element, meeting: Meeting, request: DocumentRequest, labels: Labels) -> None:
    element = ET.SubElement(parent, "meeting")
    _set(element, "number", meeting.number)
    _set(element, "year", meeting.year)
    _set(element, "date", meeting.date)
    _set(element, "start", meeting.start_time)
    _set(element, "end", meeting.end_time)
    _set(element, "state", meeting.state.value)
    _set(element, "checked", meeting.checked_date)
    _set(element, "published", meeting.published_date)
    _set(element, "fingerprint", meeting.fingerprint)
    _text(element, "place", meeting.place)
    for item in selected_items(meeting, request):
        _section(element, item, request, labels)


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
    first = present[0]
    organisation = first.body.organisation
    element = ET.SubElement(root, "organisation")
    _set(element, "business-id", organisation.business_id)
    element.text = clean(
        organisation.name_sv if request.language == "sv" and organisation.name_sv else organisation.name
    )
    body = first.body
    _text(root, "body", body.name_sv if request.language == "sv" and body.name_sv else body.name)
    for meeting in present:
        _meeting(root, meeting, request, labels)
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

    Both are written under temporary names first and then renamed; when anything fails neither file is left
    (nor a temporary one), so a PDF is never without its metadata.
    """
    xml_path = pdf_path.with_name(metadata_name(pdf_path.name))
    temps = {path: path.with_name(f".{path.name}.{os.getpid()}.kesken") for path in (pdf_path, xml_path)}
    placed: list[Path] = []
    try:
        temps[pdf_path].write_bytes(copy.pdf)
        temps[xml_path].write_bytes(copy.metadata)
        for path, temp in temps.items():
            os.replace(temp, path)
            placed.append(path)
    except OSError as exc:
        for path in [*temps.values(), *placed]:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise DiskFull(
            msg("Arkistokappaletta ei voitu tallentaa ({path}): {reason}.", path=str(pdf_path), reason=str(exc)),
            detail=str(exc),
        ) from exc
    return xml_path
