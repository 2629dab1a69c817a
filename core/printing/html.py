"""Meeting documents as accessible HTML pages for publishing in the public network (yleinen tietoverkko).

Documents published online must be accessible (WCAG 2.1 AA). A PDF made with ReportLab has no structure a
screen reader can follow, so the agenda and the minutes can also be written as one HTML page:
``HtmlBuilder`` has the methods of ``core.printing.base.DocumentBuilder``, and the documents write into it
exactly as into a PDF (``DocumentRequest.format``). What it makes:

- the page's language (``<html lang>``), title, author and description;
- the running header as the page's ``<header>`` (organisation, body, document, date, meeting number), again at
  each meeting of a year's minutes; a draft is marked in it in words, not by a watermark;
- headings in order without skipping a level (the document's title ``h1``, later titles ``h2``, an item's
  heading ``h2``, a vote ``h3``); labelled parts as description lists; lists of names as lists;
- tables with header cells (``th`` with ``scope``); notices (corrections, secrecy) as notes;
- plain user text only: everything is escaped, so ``<b>`` shows as typed; line breaks kept;
- one style sheet in the page: black on white (contrast 15:1 and more), text that reflows at 400 % zoom
  (no fixed widths), relative font sizes, and print rules.

Page numbers, page breaks and signature lines belong to paper and are left out (a signer's name shows with
their role).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape

from core.printing.base import DocumentMeta, RunningHeader
from core.printing.text import clean, paragraphs

_STYLE = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 100%; line-height: 1.5;
       color: #111; background: #fff; margin: 0 auto; padding: 1em; max-width: 48em; }
header.document { border-bottom: 2px solid #333; margin: 1.5em 0 1em; padding-bottom: 0.5em; }
header.document p { margin: 0; }
.organisation, .document-type { font-weight: bold; }
.draft { font-weight: bold; color: #8a1c1c; border: 2px solid #8a1c1c; display: inline-block;
         padding: 0 0.4em; margin-top: 0.3em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
.small { font-size: 0.9em; }
.label, dt { font-weight: bold; margin-top: 0.8em; }
dd, .indented { margin-left: 2em; }
dd p { margin: 0.3em 0; }
ul.lines { list-style: none; margin: 0.2em 0 0.8em 2em; padding: 0; }
.notice { border: 1px solid #555; background: #f3f3f3; padding: 0.2em 0.8em; margin: 0.8em 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.15em 1em 0.15em 0; }
thead th { border-bottom: 1px solid #333; }
th[scope="row"] { font-weight: normal; }
hr { border: 0; border-top: 1px solid #999; margin: 2em 0; }
a { color: #0645ad; }
@media print { body { max-width: none; } hr { page-break-after: always; border: 0; } }
"""


def _text(value: str | None) -> str:
    """One line of user text, escaped (line breaks become spaces)."""
    return escape(" ".join(clean(value).split()), quote=False)


def _paragraph(value: str) -> str:
    """One cleaned paragraph, escaped, its single line breaks kept."""
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return "<br>".join(escape(line, quote=False) for line in lines if line)


@dataclass
class HtmlBuilder:
    """Collects one document as HTML; the same methods as ``DocumentBuilder``, plain text in every one.

    Attributes:
        meta: title, author, subject, running header, draft mark and language.
        parts: the HTML written so far (the page's ``<main>``).
    """

    meta: DocumentMeta
    parts: list[str] = field(default_factory=list)
    _titles: int = 0
    _title_level: int = 1
    _header_written: bool = False

    # --- text ---------------------------------------------------------------------------------------

    def _lang(self, language: str) -> str:
        """The ``lang`` attribute of a text in another language than the page's (WCAG 2.1, 3.1.2)."""
        return f' lang="{escape(language)}"' if language and language != self.meta.language else ""

    def title(self, text: str, *, language: str = "") -> None:
        """The document's title (``h1``); a later one (the appeal attachment, the next meeting) is ``h2``."""
        self._ensure_header()
        self._title_level = 1 if self._titles == 0 else 2
        self._titles += 1
        tag = f"h{self._title_level}"
        self.parts.append(f"<{tag}{self._lang(language)}>{_text(text)}</{tag}>")

    def heading(self, text: str, *, level: int = 1, language: str = "") -> None:
        """A heading one level under the latest title (``level`` 2: two levels); ``h1`` before any title."""
        self._ensure_header()
        tag = f"h{min(self._title_level + max(level, 1), 6)}"
        if self._titles == 0:  # a document without a title (a decision draft's items): keep the order of levels
            self._titles, self._title_level = 1, 0
            tag = f"h{min(max(level, 1), 6)}"
        self.parts.append(f"<{tag}{self._lang(language)}>{_text(text)}</{tag}>")

    def text(self, text: str, *, indented: bool = False, style: str = "", language: str = "") -> None:
        self._ensure_header()
        classes = " ".join(name for name in (style, "indented" if indented else "") if name)
        attribute = (f' class="{classes}"' if classes else "") + self._lang(language)
        self.parts.extend(f"<p{attribute}>{_paragraph(part)}</p>" for part in paragraphs(text))

    def field(self, label: str, text: str, *, language: str = "") -> None:
        found = paragraphs(text)
        if not found:
            return
        self._ensure_header()
        body = "".join(f"<p>{_paragraph(part)}</p>" for part in found)
        self.parts.append(f"<dl><dt>{_text(label)}</dt><dd{self._lang(language)}>{body}</dd></dl>")

    def label(self, text: str) -> None:
        self._ensure_header()
        self.parts.append(f'<p class="label">{_text(text)}</p>')

    def labelled_lines(self, label: str, lines: Sequence[str]) -> None:
        kept = [line for line in lines if clean(line).strip()]
        if not kept:
            return
        self._ensure_header()
        items = "".join(f"<li>{_text(line)}</li>" for line in kept)
        self.parts.append(f'<p class="label">{_text(label)}</p><ul class="lines">{items}</ul>')

    def notice(self, text: str) -> None:
        self._ensure_header()
        body = "".join(f"<p>{_paragraph(part)}</p>" for part in paragraphs(text))
        self.parts.append(f'<div class="notice" role="note">{body}</div>')

    def table(
        self, rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = False, indented: bool = False
    ) -> None:
        """A table: with ``header`` its first row heads the columns, else each row's first cell heads its row."""
        del widths  # the browser sizes the columns to the text
        if not rows:
            return
        self._ensure_header()
        html = ['<table class="indented">' if indented else "<table>"]
        body_rows = list(rows)
        if header:
            cells = "".join(f'<th scope="col">{_text(value)}</th>' for value in rows[0])
            html.append(f"<thead><tr>{cells}</tr></thead>")
            body_rows = body_rows[1:]
        html.append("<tbody>")
        for row in body_rows:
            if header or not row:
                cells = "".join(f"<td>{_text(value)}</td>" for value in row)
            else:
                cells = f'<th scope="row">{_text(row[0])}</th>' + "".join(f"<td>{_text(v)}</td>" for v in row[1:])
            html.append(f"<tr>{cells}</tr>")
        html.append("</tbody></table>")
        self.parts.append("".join(html))

    def signatures(
        self, entries: Sequence[tuple[str, str]], *, place_date: str = "", label: str = "", note: str = ""
    ) -> None:
        """Who signs, as "role: name" lines under the label and note (a web page has no signature lines)."""
        self._ensure_header()
        self.parts.extend(f'<p class="label">{_paragraph(part)}</p>' for part in paragraphs(label))
        self.parts.extend(f"<p>{_paragraph(part)}</p>" for part in paragraphs(note))
        if place_date:
            self.parts.append(f"<p>{_text(place_date)}</p>")
        lines = [f"<li>{_text(role)}: {_text(name)}</li>" for role, name in entries if clean(name).strip()]
        if lines:
            self.parts.append(f'<ul class="lines">{"".join(lines)}</ul>')

    # --- layout -------------------------------------------------------------------------------------

    def spacer(self, height_mm: float = 4) -> None:
        del height_mm  # the style sheet spaces the blocks

    def keep_space(self, height_mm: float) -> None:
        del height_mm

    @contextmanager
    def together(self) -> Iterator[None]:
        """Kept on one page on paper; a web page has no pages."""
        yield

    def page_break(self) -> None:
        """Where paper turns a page, the page shows a thematic break (and a printout turns the page)."""
        if self.parts and not self.parts[-1].startswith("<hr"):
            self.parts.append("<hr>")

    def set_header(self, header: RunningHeader) -> None:
        """The next meeting of a year's minutes: its own header block."""
        self.parts.append(_header_html(header, self.meta.draft_mark))

    def _ensure_header(self) -> None:
        if not self._header_written:
            self._header_written = True
            self.parts.insert(0, _header_html(self.meta.header, self.meta.draft_mark))

    # --- output -------------------------------------------------------------------------------------

    def render(self) -> bytes:
        """The finished page, UTF-8."""
        self._ensure_header()
        meta = self.meta
        head = [
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_text(meta.title)}</title>",
            f'<meta name="author" content="{escape(" ".join(clean(meta.author).split()))}">',
            f'<meta name="description" content="{escape(" ".join(clean(meta.subject).split()))}">',
            '<meta name="generator" content="Sihteeri">',
        ]
        if meta.keywords:
            head.append(f'<meta name="keywords" content="{escape(" ".join(clean(meta.keywords).split()))}">')
        head.append(f"<style>{_STYLE}</style>")
        page = (
            f'<!DOCTYPE html>\n<html lang="{escape(meta.language)}">\n<head>\n'
            + "\n".join(head)
            + "\n</head>\n<body>\n<main>\n"
            + "\n".join(self.parts)
            + "\n</main>\n</body>\n</html>\n"
        )
        return page.encode("utf-8")


def _header_html(header: RunningHeader, draft_mark: str) -> str:
    lines = [f'<p class="organisation">{_text(header.organisation)}</p>']
    lines += [f"<p>{_text(line)}</p>" for line in header.left_lines]
    lines.append(f'<p class="document-type">{_text(header.document_type)}</p>')
    lines += [f"<p>{_text(line)}</p>" for line in header.right_lines]
    if draft_mark:
        lines.append(f'<p class="draft">{_text(draft_mark)}</p>')
    return '<header class="document">' + "".join(lines) + "</header>"
