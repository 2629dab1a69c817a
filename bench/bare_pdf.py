"""The floor of printing: a bare ReportLab document of the same text as Sihteeri's printout.

The text is taken from Sihteeri's own PDF (pypdf, once, outside the timing), so the floor typesets exactly
the words the real document holds: page by page, paragraph by paragraph (each text object ReportLab wrote
is one paragraph: a heading, a field, a table cell, a header line), each in the face and size it was
printed in (DejaVu Sans and DejaVu Sans Bold, embedded, as Sihteeri's documents are, so that č, ŋ and á
print), on A4 with ReportLab's ``SimpleDocTemplate``. What it leaves out is what Sihteeri adds: reading the
records, layout of fields and tables, headers and footers, page x / y.
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
BOLD_FONT = "BenchDejaVuSans-Bold"


@dataclass(frozen=True)
class Choice:
    """What to print: a checked meeting with the most items, its longest ordinary §, its body's year."""

    meeting_id: int
    item_id: int
    year_meetings: tuple[int, ...]
    items: int


@dataclass(frozen=True)
class Run:
    """One printed paragraph: its parts as (bold, font size, text)."""

    parts: tuple[tuple[bool, float, str], ...]


@dataclass(frozen=True)
class DocumentText:
    """The paragraphs of a printout, page by page."""

    pages: tuple[tuple[Run, ...], ...]


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
    return texts_of_pdf(render_document(database, request))


class _PageReader:
    """Collects one page's text objects through pypdf's visitors: start point, face, size and text."""

    def __init__(self) -> None:
        self.objects: list[tuple[float, float, Run]] = []
        self._current: list[str] = []
        self._start: tuple[float, float, bool, float] = (0.0, 0.0, False, 10.0)

    def close(self) -> None:
        text = " ".join(" ".join(self._current).split())
        if text:
            y, x, bold, size = self._start
            self.objects.append((y, x, Run(((bold, size, text),))))
        self._current.clear()

    def text(self, text: str, cm: list[float], tm: list[float], font: dict[str, object] | None, size: float) -> None:
        if not text or font is None:
            return
        if not self._current:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            self._start = (y, x, "Bold" in str(font.get("/BaseFont", "")), round(float(size), 1))
        self._current.append(text)

    def operator(self, op: bytes, args: object, cm: object, tm: object) -> None:
        if op == b"ET":
            self.close()

    def rows(self) -> tuple[Run, ...]:
        """The text objects joined by the line they start on, top to bottom, each row left to right."""
        rows: list[tuple[float, list[tuple[float, Run]]]] = []
        for y, x, run in self.objects:
            for row_y, row in rows:
                if abs(row_y - y) <= 1.0:
                    row.append((x, run))
                    break
            else:
                rows.append((y, [(x, run)]))
        rows.sort(key=lambda row: -row[0])
        return tuple(
            Run(tuple(part for _, run in sorted(row, key=lambda cell: cell[0]) for part in run.parts))
            for _, row in rows
        )


def texts_of_pdf(pdf: bytes) -> DocumentText:
    """The paragraphs of a PDF written by ReportLab, one per row of text objects, with their faces and sizes.

    Each text object (BT … ET) ReportLab wrote (a paragraph, a heading, a table cell, a header line) is read
    with the face and size it was printed in; those that start on the same line of the page (the cells of a
    table row, the columns of the running header) are joined into one paragraph, so the floor's pages hold
    what the original's did.
    """
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        reader = _PageReader()
        page.extract_text(visitor_text=reader.text, visitor_operand_before=reader.operator)
        reader.close()
        pages.append(reader.rows())
    return DocumentText(tuple(pages))


@cache
def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.files("resources") / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(folder / "DejaVuSans-Bold.ttf")))


def render(document: DocumentText) -> bytes:
    """The bare document: every paragraph of every page in its face and size, a page break where the
    original had one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    _register_font()
    styles: dict[tuple[bool, float], ParagraphStyle] = {}
    story: list[object] = []
    for number, page in enumerate(document.pages):
        if number:
            story.append(PageBreak())
        for run in page:
            bold, size, _ = run.parts[0]
            style = styles.get((bold, size))
            if style is None:
                style = styles[(bold, size)] = ParagraphStyle(
                    f"bench{len(styles)}",
                    fontName=BOLD_FONT if bold else FONT,
                    fontSize=size,
                    leading=size * 1.2,
                    spaceAfter=1,
                )
            markup = [escape(run.parts[0][2])]
            for part_bold, part_size, text in run.parts[1:]:
                if (part_bold, part_size) == (bold, size):
                    markup.append(escape(text))
                else:
                    face = BOLD_FONT if part_bold else FONT
                    markup.append(f'<font name="{face}" size="{part_size}">{escape(text)}</font>')
            story.append(Paragraph(" ".join(markup), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, topMargin=36, bottomMargin=36).build(story)
    return out.getvalue()
