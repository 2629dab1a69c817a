"""Registration of the embedded DejaVu fonts, so every printout shows Finnish, Swedish and Sámi letters.

The TrueType files ship in ``resources/fonts`` (with their licence) and are read through
``importlib.resources``, so printing works on a machine without any system fonts. ReportLab embeds the
subset of glyphs a document uses.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()


def font_bytes(file_name: str) -> bytes:
    """The bytes of one shipped font file."""
    return (resources.files("resources") / "fonts" / file_name).read_bytes()


@cache
def _register() -> None:
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, BytesIO(font_bytes(file_name))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)


def register_fonts() -> None:
    """Register the DejaVu family with ReportLab (idempotent, thread-safe)."""
    with _lock:
        _register()


@cache
def covered_characters() -> frozenset[str]:
    """Every character the regular face has a glyph for (tests draw their text from these)."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(chr(code) for code in face.charToGlyph)
