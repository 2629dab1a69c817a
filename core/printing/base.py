"""The shared base of every printed document: A4 with a binding margin, running header, "Sivu x / y", styles.

``DocumentBuilder`` collects the content; each of its methods takes plain user text and escapes it, so a
document never has to think about markup. ``render()`` returns the PDF bytes with title, author and
subject metadata and the DejaVu fonts embedded. See ``core.printing`` for an example.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from io import BytesIO
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from core.printing.fonts import BOLD, FAMILY, REGULAR, register_fonts
from core.printing.text import clean, inline, paragraph_markup, paragraphs

FONT_SIZE = 10.0
LEADING = 13.5
# Room a heading needs below it; ReportLab's keepWithNext would move a long text's start to the next page.
_KEEP_WITH_NEXT = 5 * LEADING
# ReportLab's frame pads its content by this much on each side.
_FRAME_PADDING = 6.0


@dataclass(frozen=True)
class PageLayout:
    """Page size and margins in points; the wider left margin leaves room for binding.

    Attributes:
        width, height: the page size (A4 by default).
        left, right, top, bottom: margins of the text area; ``top`` leaves room for the running header.
        indent: how far field texts are indented from the left margin.
    """

    width: float = A4[0]
    height: float = A4[1]
    left: float = 25 * mm
    right: float = 18 * mm
    top: float = 34 * mm
    bottom: float = 20 * mm
    indent: float = 12 * mm

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


A4_BINDING = PageLayout()


@dataclass(frozen=True)
class RunningHeader:
    """What the header of every page shows.

    Attributes:
        organisation: top left, bold (e.g. "Päijät-Hämeen liitto").
        left_lines: under the organisation (e.g. the body's name).
        document_type: the document's name in capitals (e.g. "PÖYTÄKIRJANOTE"), bold, in the middle column.
        right_lines: under the document type (e.g. the date, "100 §", "Dnro 77/00.04.01/2023").
        page_label: "Sivu {page} / {pages}" or its translation; both placeholders are filled in.
    """

    organisation: str
    document_type: str
    left_lines: tuple[str, ...] = ()
    right_lines: tuple[str, ...] = ()
    page_label: str = "Sivu {page} / {pages}"


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata and page marking of a document.

    Attributes:
        title, author, subject: written into the PDF's document information.
        header: the running header.
        draft_mark: when not empty (e.g. "LUONNOS"), printed in the header and across every page.
        language: "fi" or "sv", written as the document language.
        keywords: optional keywords for the PDF metadata.
    """

    title: str
    author: str
    subject: str
    header: RunningHeader
    draft_mark: str = ""
    language: str = "fi"
    keywords: str = ""


@cache
def _shared_styles() -> dict[str, ParagraphStyle]:
    """The styles, made once: every document shares them (and the parser's fragments of them, see ``paragraph``)."""
    return _styles()


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=FONT_SIZE,
        leading=LEADING,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    indented = ParagraphStyle("indented", parent=base, leftIndent=A4_BINDING.indent)
    return {
        "body": base,
        "indented": indented,
        "line": ParagraphStyle("line", parent=indented, spaceAfter=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=3),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=10
        ),
        "heading1": ParagraphStyle(
            "heading1", parent=base, fontName=BOLD, fontSize=12, leading=15.5, spaceBefore=10, spaceAfter=6
        ),
        "heading2": ParagraphStyle(
            "heading2", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3
        ),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, spaceBefore=4, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, spaceAfter=0),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            leftIndent=4,
            rightIndent=4,
            borderPadding=(3, 4, 3, 4),
            borderWidth=0.8,
            borderColor=colors.HexColor("#8a1c1c"),
            backColor=colors.HexColor("#fbf3ee"),
            spaceBefore=4,
            spaceAfter=6,
        ),
    }


_BREAK = "<br/>"
# Per style: the fragments ReportLab's parser makes of a text and of a line break in that style.
_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, tuple[Any, Any]] = WeakKeyDictionary()


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table's style with the cells' own font set to the embedded regular face.

    A ReportLab table selects its cells' font (Helvetica unless told) before drawing each cell, even when the cell
    holds a paragraph with its own font. Helvetica is not embedded, which a PDF/A file may not have
    (``core.printing.pdfa``) and which leaves the look of an empty cell to the viewer.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


# A § sign and its number are not parted at a line's end ("62 §", Swedish "§ 62"): the space between them is a
# no-break space, which ReportLab keeps within a word.
_SECTION_SPACE = re.compile(r"(?<=\d) (?=§)|(?<=§) (?=\d)")


def keep_sections_whole(markup: str) -> str:
    """``markup`` with a no-break space between each § sign and its number."""
    return _SECTION_SPACE.sub("\u00a0", markup) if "§" in markup else markup


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(markup, style)``, without ReportLab's XML parser for the plain text Sihteeri writes.

    A § sign and its number are kept on one line (``keep_sections_whole``).

    Parsing is most of the cost of creating a paragraph (a year's minutes have thousands). Markup that is
    only text and ``<br/>`` (what ``inline`` and ``paragraph_markup`` make of text without ``& < >``) gets
    the very fragments the parser would make: the parser's own fragments of "x<br/>" in the same style,
    with the text put in. Anything else goes through the parser.
    """
    markup = keep_sections_whole(markup)
    if "&" in markup or "<" in markup.replace(_BREAK, ""):
        return Paragraph(markup, style)
    text = cleanBlockQuotedText(markup)  # what Paragraph does before parsing
    if not text.replace(_BREAK, ""):
        return Paragraph(markup, style)
    templates = _FRAGMENTS.get(style)
    if templates is None:
        probe = Paragraph("x" + _BREAK, style).frags
        templates = _FRAGMENTS[style] = (probe[0], probe[1])
    text_fragment, break_fragment = templates
    # The parser gives each paragraph its own lists (links, underlines), shared by its fragments.
    fresh: dict[str, list[Any]] = {key: [] for key, value in vars(text_fragment).items() if isinstance(value, list)}
    fragments = []
    for index, segment in enumerate(text.split(_BREAK)):
        if index:
            fragments.append(break_fragment.clone(**fresh))
        if segment:
            fragments.append(text_fragment.clone(text=segment, **fresh))
    return Paragraph(text, style, frags=fragments)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """A canvas that draws the running header once the page count is known ("Sivu x / y").

    The header's drawing is put in front of each page's content, so text extraction reads the header first.
    """

    def __init__(self, *args: Any, meta: DocumentMeta, layout: PageLayout, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._layout = layout
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            content: list[str] = self._code
            self._code: list[str] = []
            self.saveState()
            # From the page's own state: update() keeps keys a page's state lacks.
            header = state.get(_HEADER_ATTRIBUTE) or self._meta.header
            _draw_page_furniture(self, self._meta, header, self._layout, number, total)
            self.restoreState()
            self._code = self._code + content
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis to fit the width (header lines only; the body text always wraps)."""
    text = " ".join(clean(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_page_furniture(
    canvas: Canvas, meta: DocumentMeta, header: RunningHeader, layout: PageLayout, page: int, pages: int
) -> None:
    if meta.draft_mark:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
        canvas.setFont(BOLD, 90)
        canvas.translate(layout.width / 2, layout.height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, _fit(meta.draft_mark, BOLD, 90, layout.height * 0.9))
        canvas.restoreState()
    size = 9.0
    line = 11.5
    top = layout.height - 14 * mm
    # Align with the text: ReportLab's frame pads its content by 6 points on each side.
    left = layout.left + 6
    column2 = left + layout.text_width * 0.52
    column3 = layout.width - layout.right - 6
    left_width = column2 - left - 4 * mm
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 10)
    canvas.drawString(left, top, _fit(header.organisation, BOLD, 10, left_width))
    canvas.setFont(REGULAR, size)
    y = top - line
    for text in header.left_lines:
        canvas.drawString(left, y, _fit(text, REGULAR, size, left_width))
        y -= line
    page_label = header.page_label.format(page=page, pages=pages)
    type_width = column3 - column2 - stringWidth(page_label, REGULAR, size) - 4 * mm
    type_size = 10.0
    while type_size > 7 and stringWidth(header.document_type, BOLD, type_size) > type_width:
        type_size -= 0.5
    canvas.setFont(BOLD, type_size)
    canvas.drawString(column2, top, _fit(header.document_type, BOLD, type_size, type_width))
    canvas.setFont(REGULAR, size)
    y = top - line
    lines = list(header.right_lines)
    if meta.draft_mark:
        lines.insert(0, meta.draft_mark)
    for text in lines:
        canvas.drawString(column2, y, _fit(text, REGULAR, size, layout.text_width * 0.48))
        y -= line
    canvas.setFont(REGULAR, size)
    canvas.drawRightString(column3, top, page_label)
    bottom_of_header = min(y, top - 2 * line) + 4
    canvas.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
    canvas.setLineWidth(0.5)
    canvas.line(left, bottom_of_header, column3, bottom_of_header)


class Writer(Protocol):
    """What the meeting documents write into: ``DocumentBuilder`` (PDF) or ``core.printing.html.HtmlBuilder``."""

    def title(self, text: str, *, language: str = "") -> None: ...
    def heading(self, text: str, *, level: int = 1, language: str = "") -> None: ...
    def text(self, text: str, *, indented: bool = False, style: str = "", language: str = "") -> None: ...
    def field(self, label: str, text: str, *, language: str = "") -> None: ...
    def label(self, text: str) -> None: ...
    def labelled_lines(self, label: str, lines: Sequence[str]) -> None: ...
    def notice(self, text: str) -> None: ...
    def table(
        self, rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = False, indented: bool = False
    ) -> None: ...
    def signatures(
        self, entries: Sequence[tuple[str, str]], *, place_date: str = "", label: str = "", note: str = ""
    ) -> None: ...
    def spacer(self, height_mm: float = 4) -> None: ...
    def page_break(self) -> None: ...
    def set_header(self, header: RunningHeader) -> None: ...
    def keep_space(self, height_mm: float) -> None: ...
    def together(self) -> AbstractContextManager[None]: ...
    def render(self) -> bytes: ...


@dataclass
class DocumentBuilder:
    """Collects the content of one document and renders it to PDF.

    Every method takes plain text as the user typed it; nothing is interpreted as markup.

    Attributes:
        meta: title, author, subject, running header and draft mark.
        layout: page size and margins.
        story: the ReportLab flowables collected so far.
    """

    meta: DocumentMeta
    layout: PageLayout = A4_BINDING
    story: list[Flowable] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.styles = dict(_shared_styles())  # the styles themselves are not changed

    # --- text ---------------------------------------------------------------------------------------

    def title(self, text: str, *, language: str = "") -> None:
        """The document's or a section's main title. (``language``, of a text not in the document's language,
        marks it on an HTML page; the PDF has no tagged structure to mark it in.)"""
        del language
        self.story.append(paragraph(inline(text), self.styles["title"]))

    def heading(self, text: str, *, level: int = 1, language: str = "") -> None:
        """A heading that does not start at the foot of a page: it moves to the next page unless there is room for
        the whole heading (a § title may take three lines) and the first lines of what follows it."""
        del language
        style = self.styles["heading1" if level <= 1 else "heading2"]
        heading = paragraph(inline(text), style)
        _width, height = heading.wrap(self.layout.text_width - _FRAME_PADDING * 2, self.layout.height)
        # What follows keeps a heading of its own (a label asks for _KEEP_WITH_NEXT before it): a heading given
        # only its own room would end the page alone, its label moved to the next one.
        room = style.spaceBefore + height + style.spaceAfter + _KEEP_WITH_NEXT + LEADING / 2
        self.story.append(CondPageBreak(room))
        self.story.append(heading)

    def text(self, text: str, *, indented: bool = False, style: str = "", language: str = "") -> None:
        """Free text: paragraphs split at blank lines, line breaks kept, long texts flowing over pages."""
        del language
        chosen = self.styles[style or ("indented" if indented else "body")]
        for part in paragraphs(text):
            self.story.append(paragraph(paragraph_markup(part), chosen))

    def field(self, label: str, text: str, *, language: str = "") -> None:
        """A labelled part of an item ("Päätösehdotus", "Valmistelija" ...): bold label, indented text.

        Nothing is printed when the text is empty.
        """
        del language
        if not paragraphs(text):
            return
        self.label(label)
        self.text(text, indented=True)

    def label(self, text: str) -> None:
        """A bold label that does not start at the foot of a page (long texts after it may split)."""
        self.story.append(CondPageBreak(_KEEP_WITH_NEXT))
        self.story.append(paragraph(inline(text), self.styles["label"]))

    def labelled_lines(self, label: str, lines: Sequence[str]) -> None:
        """A label and one short indented line per entry (names, attachments, recipients)."""
        lines = [line for line in lines if clean(line).strip()]
        if not lines:
            return
        self.label(label)
        for line in lines:
            self.story.append(paragraph(inline(line), self.styles["line"]))
        self.story.append(Spacer(1, 3))

    def notice(self, text: str) -> None:
        """A visible remark (a correction, a secrecy note) in a framed, tinted box; long texts may split."""
        for part in paragraphs(text):
            self.story.append(paragraph(paragraph_markup(part), self.styles["notice"]))
        self.story.append(Spacer(1, 4))

    def cell(self, text: str, *, bold: bool = False) -> Paragraph:
        """A paragraph for a table cell (short texts: names, dates, titles)."""
        return paragraph(inline(text), self.styles["cell_bold" if bold else "cell"])

    def table(
        self, rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = False, indented: bool = False
    ) -> None:
        """A plain table of short texts; widths are fractions of the text width; rows split across pages.

        ``indented`` lines the table up with indented field texts.
        """
        data: list[list[Flowable | str]] = [
            [self.cell(value, bold=header and index == 0) for value in row] for index, row in enumerate(rows)
        ]
        if not data:
            return
        column_widths = [w * self.layout.text_width for w in widths]
        if indented:
            data = [["", *row] for row in data]
            column_widths = [self.layout.indent, *column_widths]
        table = Table(
            data,
            colWidths=column_widths,
            splitByRow=1,
            repeatRows=1 if header else 0,
            hAlign="LEFT",
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey))
        table.setStyle(table_style(commands))
        self.story.append(table)
        self.story.append(Spacer(1, 6))

    def signatures(
        self, entries: Sequence[tuple[str, str]], *, place_date: str = "", label: str = "", note: str = ""
    ) -> None:
        """Signature lines: one (role, name) pair per column, two columns a row, kept on one page together with
        the ``label`` above them ("Allekirjoitukset"), a ``note`` ("Pöytäkirja on tarkastettu.") and the place and
        date: a label at the foot of a page with the lines it announces on the next would sign nothing."""
        flow: list[Flowable] = []
        for part in paragraphs(label):
            flow.append(paragraph(paragraph_markup(part), self.styles["label"]))
        for part in paragraphs(note):
            flow.append(paragraph(paragraph_markup(part), self.styles["body"]))
        if place_date:
            flow.append(paragraph(inline(place_date), self.styles["body"]))
        rows: list[list[Flowable | str]] = []
        for start in range(0, len(entries), 2):
            pair = list(entries[start : start + 2])
            row: list[Flowable | str] = []
            for role, name in pair:
                row.append(
                    [
                        Spacer(1, 14 * mm),
                        paragraph(inline(name), self.styles["cell"]),
                        paragraph(inline(role), self.styles["small"]),
                    ]
                )
            while len(row) < 2:
                row.append("")
            rows.append(row)
        if rows:
            width = self.layout.text_width / 2
            table = Table(rows, colWidths=[width, width], hAlign="LEFT")
            style: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
            ]
            table.setStyle(table_style(style))
            flow.append(_SignatureLines(table, rows))
        self.story.append(KeepTogether(flow))

    # --- layout -------------------------------------------------------------------------------------

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def page_break(self) -> None:
        self.story.append(PageBreak())

    def set_header(self, header: RunningHeader) -> None:
        """Use another running header from the page this is placed on (after a page break: the next page)."""
        self.story.append(_HeaderChange(header))

    def keep_space(self, height_mm: float) -> None:
        """Start a new page unless this much room is left (before a block that should not start at the foot)."""
        self.story.append(CondPageBreak(height_mm * mm))

    @contextmanager
    def together(self) -> Iterator[None]:
        """What is written inside stays on one page: it moves to the next page as a whole unless it fits (a block
        longer than a page still flows over pages)."""
        start = len(self.story)
        yield
        kept = self.story[start:]
        del self.story[start:]
        if kept:
            self.story.append(KeepTogether(kept))

    def append(self, flowable: Flowable) -> None:
        """Add a ReportLab flowable as is (for documents that need something special)."""
        self.story.append(flowable)

    # --- output -------------------------------------------------------------------------------------

    def render(self) -> bytes:
        """The finished PDF."""
        register_fonts()
        buffer = BytesIO()
        layout = self.layout
        meta = self.meta
        template = SimpleDocTemplate(
            buffer,
            pagesize=(layout.width, layout.height),
            leftMargin=layout.left,
            rightMargin=layout.right,
            topMargin=layout.top,
            bottomMargin=layout.bottom,
            title=clean(meta.title),
            author=clean(meta.author),
            subject=clean(meta.subject),
            creator="Sihteeri",
            keywords=clean(meta.keywords),
            lang=meta.language,
            initialFontName=REGULAR,
            initialFontSize=FONT_SIZE,
        )
        story = list(self.story) or [Spacer(1, 1)]
        maker: Callable[..., Canvas] = partial(_NumberedCanvas, meta=meta, layout=layout)
        template.build(story, canvasmaker=maker)
        return buffer.getvalue()


_HEADER_ATTRIBUTE = "_sihteeri_running_header"


class _HeaderChange(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Marks that the running header changes from this page on (kept in the canvas's per-page state)."""

    def __init__(self, header: RunningHeader) -> None:
        super().__init__()
        self.header = header

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, _HEADER_ATTRIBUTE, self.header)


class _SignatureLines(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A signature table with a line above each name (drawn here: a table's LINEABOVE would cross the gap)."""

    def __init__(self, table: Table, rows: list[list[Flowable | str]]) -> None:
        super().__init__()
        self._table = table
        self._rows = rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._table.wrap(avail_width, avail_height)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)
        heights = self._table._rowHeights
        widths = self._table._colWidths
        top = self.height
        self.canv.setLineWidth(0.6)
        for r, row in enumerate(self._rows):
            x = 0.0
            for c, value in enumerate(row):
                if value != "":
                    y = top - 14 * mm + 1
                    self.canv.line(x, y, x + widths[c] - 10 * mm, y)
                x += widths[c]
            top -= heights[r]


def today() -> dt.date:
    """Today's date (a function so that callers can pass a fixed date instead in tests)."""
    return dt.date.today()


__all__ = [
    "A4_BINDING",
    "FAMILY",
    "DocumentBuilder",
    "DocumentMeta",
    "PageLayout",
    "RunningHeader",
]
