"""Printed documents: pöytäkirjanote, esityslista, pöytäkirja and päätösehdotusluonnos as PDF (ReportLab, no Qt).

Printing a meeting document::

    from core.printing import DocumentKind, DocumentRequest, render_document

    request = DocumentRequest(DocumentKind.EXCERPT, meeting_id=m.id, item_ids=(item.id,), language="fi")
    pdf: bytes = render_document(database, request)           # own session; safe off the UI thread
    pdf = render_in_session(session, request, progress=sink)  # or in the caller's session

``DocumentRequest.format`` is PDF or an accessible HTML page for the public network (``core.printing.html``);
``without_personal_data`` makes the version kept online after the appeal period (a § containing personal data shows
its title and a note). ``DocumentRequest.draft`` allows an excerpt of minutes that are not checked (marked LUONNOS
on every page); without it such an excerpt raises ``UserError``. ``public`` (default True) prints secret items by
their public title only. ``find_meeting(session, body=..., date=...)`` and ``find_item(session, meeting,
section=... | dnro=...)`` select what the command line names. ``progress`` is anything with ``update(done, total,
text)``, e.g. ``gui.operations.Progress`` (which raises ``Cancelled`` to stop). ``year_minutes(session, body=...,
year=...)`` makes the request for a whole year's checked minutes in one document (a slow printout: run it through
``gui.operations``); ``body_year_minutes(session, body_id=..., year=...)`` the same for a body chosen by id.
``untranslated(session, request)`` lists the §§ whose texts a Swedish document prints in Finnish for want of a
Swedish text (``Item.background_sv`` and the rest, revision 0007). ``DocumentFormat.PDFA`` makes the archival copy
(PDF/A-2b, ``core.printing.pdfa``); ``core.printing.archival`` adds its metadata in XML and writes the two files.

Building another document on the same base (e.g. the agreements' "Sopimuksen hyväksymistilanne")::

    from core.printing.base import DocumentBuilder, DocumentMeta, RunningHeader

    meta = DocumentMeta(
        title="Sopimuksen hyväksymistilanne", author=organisation.name, subject=agreement.title,
        header=RunningHeader(organisation=organisation.name, document_type="HYVÄKSYMISTILANNE",
                             left_lines=("Sopimukset",), right_lines=("23.11.2026",)),
    )
    doc = DocumentBuilder(meta)
    doc.title(agreement.title)                      # every method takes plain user text: it is escaped
    doc.field("Voimaantulo", "Kun kaikki osapuolet ovat hyväksyneet ...")
    doc.table([("Osapuoli", "Päätös", "Pvm"), ("Lahti", "hyväksytty", "27.10.2025")],
              widths=(0.5, 0.3, 0.2), header=True)  # widths are fractions of the text width
    doc.notice("Kärkölä palautti asian valmisteluun.")
    doc.signatures([("kuntayhteistyöpäällikkö", "Säde Tahvanainen")], place_date="Lahti 23.11.2026")
    pdf: bytes = doc.render()

``DocumentBuilder`` methods: ``title``, ``heading(level=1|2)``, ``text`` (paragraphs at blank lines, flows
over pages), ``field(label, text)``, ``label``, ``labelled_lines(label, lines)``, ``table``, ``notice``,
``signatures``, ``spacer``, ``page_break``, ``keep_space(mm)``, ``set_header(RunningHeader)`` (another
header from that page on), ``append(flowable)``, ``render()``.
Pages are A4 with a binding margin (``PageLayout``), a running header with "Sivu x / y"
(``RunningHeader.page_label``; Swedish "Sida {page} / {pages}"), and ``DocumentMeta.draft_mark`` prints a
mark such as "LUONNOS" in the header and across every page. The DejaVu fonts are embedded, so č đ ŋ ŧ ž á
print everywhere. Fixed wording in both languages is in ``core.printing.labels``.
"""

from __future__ import annotations

from core.printing.request import (
    DocumentFormat,
    DocumentKind,
    DocumentRequest,
    ProgressSink,
    body_year_minutes,
    check_unchanged,
    file_name,
    find_item,
    find_items_by_dnro,
    find_meeting,
    render_document,
    render_in_session,
    untranslated,
    year_minutes,
)

__all__ = [
    "DocumentFormat",
    "DocumentKind",
    "DocumentRequest",
    "ProgressSink",
    "body_year_minutes",
    "check_unchanged",
    "file_name",
    "find_item",
    "find_items_by_dnro",
    "find_meeting",
    "render_document",
    "render_in_session",
    "untranslated",
    "year_minutes",
]
