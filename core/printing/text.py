"""User text made safe for ReportLab paragraphs, and the normal form tests compare printed text in.

Every piece of text a user typed goes through ``paragraph_markup``: control characters are removed, the
markup characters ``& < >`` escaped (so ``<b>`` prints literally), single line breaks kept as ``<br/>``
and blank lines start a new paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u0085")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*|\u2029")
_KEEP = frozenset("\n")


def clean(text: str | None) -> str:
    """Remove what cannot be printed safely: control and format characters, lone surrogates, non-characters.

    Line breaks are kept (normalised to ``\\n``); a tab becomes a space.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    if text.replace("\n", "").isprintable():
        # The usual case, checked in C: no character is in Cc, Cf, Cs or Cn (none of them is printable).
        return text
    out: list[str] = []
    for char in text:
        if char in _KEEP or char.isprintable():
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Cn"):
            # Format characters (soft hyphen, zero-width and direction marks, BOM) are invisible; a soft
            # hyphen would even print as "-" where ReportLab breaks a line at it.
            continue
        out.append(char)
    return "".join(out)


def paragraphs(text: str | None) -> list[str]:
    """The text's paragraphs (split at blank lines), cleaned, without empty ones."""
    cleaned = clean(text)
    return [part.strip() for part in _PARAGRAPH_BREAK.split(cleaned) if part.strip()]


def inline(text: str | None) -> str:
    """One line of user text as escaped paragraph markup (line breaks become spaces)."""
    return escape(" ".join(clean(text).split()))


def paragraph_markup(paragraph: str) -> str:
    """One cleaned paragraph as escaped markup; its single line breaks are kept."""
    lines = [" ".join(line.split()) for line in paragraph.split("\n")]
    return "<br/>".join(escape(line) for line in lines if line)


def comparable(text: str | None) -> str:
    """The printed-text normal form: cleaned, NFC, every kind of whitespace removed.

    Text extracted from a PDF breaks lines and may split long words anywhere, so tests compare texts in
    this form: ``comparable(given) in comparable(extracted)``.
    """
    cleaned = unicodedata.normalize("NFC", clean(text))
    return "".join(char for char in cleaned if not char.isspace() and unicodedata.category(char) != "Zs")
