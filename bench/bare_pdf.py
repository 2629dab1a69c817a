"""The floor of printing: a bare ReportLab document of the same text as Sihteeri's printout.

The text is taken from Sihteeri's own PDF (pypdf, once, outside the timing), so the floor typesets exactly
the words the real document holds: page by page, lines joined into paragraphs, in DejaVu Sans (embedded,
as Sihteeri's documents are, so that č, ŋ and á print), on A4 with ReportLab's ``SimpleDocTemplate``. What
it leaves out is what Sihteeri adds: reading the records, layout of fields and tables, headers and footers.
"""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import func, select

from core.printing import DocumentRequest, render_document
from db.engine import Database
from db.models import Item, Meeting

FONT = "BenchDejaVuSans"


@dataclass(frozen=True)
class Choice:
    """What to print: a checked meeting with the most items, its longest ordinary §, its body's year."""

    meeting_id: int
    item_id: int
    year_meetings: tuple[int, ...]
    items: int


@dataclass(frozen=True)
class DocumentText:
    """The paragraphs of a printout, page by page."""

    pages: tuple[tuple[str, ...], ...]


def largest_meeting(path: Path) -> int:
    """The id of the checked meeting with the most items (the newest such) in a SQLite database."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT m.id FROM meeting m JOIN item i ON i.meeting_id = m.id "
            "GROUP BY m.id ORDER BY m.state IN ('tarkastettu', 'julkaistu') DESC, count(i.id) DESC, m.date DESC "
            "LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return int(row[0])


def choose(database: Database) -> Choice:
    path = database.path
    if path is None:
        raise ValueError("printing is measured on SQLite databases")
    meeting_id = largest_meeting(path)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        item_id = session.scalars(
            select(Item.id)
            .where(Item.meeting_id == meeting_id, Item.kind != "avaus")
            .order_by(func.length(Item.background).desc(), Item.id)
            .limit(1)
        ).one()
        year = session.scalars(
            select(Meeting.id)
            .where(
                Meeting.body_id == meeting.body_id,
                Meeting.year == meeting.year,
                Meeting.state.in_(("tarkastettu", "julkaistu")),
            )
            .order_by(Meeting.date)
        ).all()
        count = session.scalar(select(func.count(Item.id)).where(Item.meeting_id == meeting_id)) or 0
    return Choice(meeting_id, item_id, tuple(year), count)


def texts_of(database: Database, request: DocumentRequest) -> DocumentText:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render_document(database, request)))
    pages = []
    for page in reader.pages:
        paragraphs: list[str] = []
        current: list[str] = []
        for line in (page.extract_text() or "").splitlines():
            if line.strip():
                current.append(line.strip())
            elif current:
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        pages.append(tuple(paragraphs))
    return DocumentText(tuple(pages))


@cache
def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = resources.files("resources") / "fonts" / "DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(font)))


def render(document: DocumentText) -> bytes:
    """The bare document: every paragraph of every page, a page break where the original had one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    _register_font()
    style = ParagraphStyle("bench", fontName=FONT, fontSize=10, leading=13, spaceAfter=4)
    story: list[object] = []
    for number, page in enumerate(document.pages):
        if number:
            story.append(PageBreak())
        story.extend(Paragraph(escape(paragraph), style) for paragraph in page)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()
