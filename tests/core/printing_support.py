"""Reading printed PDFs in tests: page texts split into running header and body, and in-order checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import minutes
from core.printing import find_meeting
from core.printing.base import A4_BINDING
from core.printing.text import comparable
from db.engine import Database
from db.models import Item, Meeting, Person

_HEADER_BOTTOM = A4_BINDING.height - A4_BINDING.top
_MARK_SIZE = 40


@dataclass
class PrintedPdf:
    """The text of a PDF: per page, the running header and the body, as pypdf extracts them.

    The draft mark drawn across a page counts as part of the header (page furniture).
    """

    reader: PdfReader
    headers: list[str]
    bodies: list[str]

    @property
    def body(self) -> str:
        return "\n".join(self.bodies)

    @property
    def text(self) -> str:
        return "\n".join(h + "\n" + b for h, b in zip(self.headers, self.bodies, strict=True))

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    @property
    def metadata(self) -> dict[str, str]:
        return {k: str(v) for k, v in (self.reader.metadata or {}).items()}


def read_pdf(pdf: bytes) -> PrintedPdf:
    assert pdf.startswith(b"%PDF-"), "not a PDF"
    reader = PdfReader(BytesIO(pdf))
    headers: list[str] = []
    bodies: list[str] = []
    for page in reader.pages:
        header: list[str] = []
        body: list[str] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            header: list[str] = header,
            body: list[str] = body,
        ) -> None:
            y = cm[5] + tm[5] * cm[3]
            # The running header sits above the text area; the draft mark across the page is huge.
            furniture = y > _HEADER_BOTTOM or size >= _MARK_SIZE
            (header if furniture else body).append(text)

        page.extract_text(visitor_text=visit)
        headers.append("".join(header))
        bodies.append("".join(body))
    return PrintedPdf(reader, headers, bodies)


def assert_in_order(text: str, parts: list[str]) -> None:
    """Every part occurs in the text, each after the previous one (compared without whitespace)."""
    haystack = comparable(text)
    position = 0
    for part in parts:
        needle = comparable(part)
        found = haystack.find(needle, position)
        context = haystack[position : position + 400]
        assert found >= 0, f"not found after position {position}: {part[:80]!r}\n--- in ---\n{context}"
        position = found + len(needle)


def pdf_pages(*texts: str) -> bytes:
    """A small real PDF with one page per text (an attachment file for the tests)."""
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.setTitle("liite")
    for text in texts:
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def attach_pdf_to_seed1(database: Database, text: str) -> tuple[int, int, int]:
    """Seed 1's § (minutes not checked) with one more attachment: a one-page PDF file saying ``text``.

    Returns the item's id, its meeting's id and its § number.
    """
    from sqlalchemy import select

    from core.attachments import add_attachment_file
    from core.demo import SEED1_TITLE
    from db.models import Item

    with database.begin() as session:
        item = session.scalars(select(Item).where(Item.title == SEED1_TITLE)).one()
        add_attachment_file(session, item.id, "sopimus.pdf", pdf_pages(text))
        return item.id, item.meeting_id, item.section_number


@dataclass
class Fees:
    """The welfare board's meeting of 21.10.2025 held, with its fees § (the demo) and who is who."""

    meeting: Meeting
    item: Item
    people: dict[str, int]


def held_fees(session: Session) -> Fees:
    """Begin the demo's welfare board meeting of 21.10.2025 and find its fees §."""
    meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
    minutes.begin_meeting(session, meeting.id)
    item = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
    people = {person.name: person.id for person in session.scalars(select(Person))}
    return Fees(meeting, item, people)
