"""Tests of the shared base document: fonts, escaping, page numbers, draft mark, metadata, long texts."""

from __future__ import annotations

import pytest

from core.printing.base import DocumentBuilder, DocumentMeta, RunningHeader
from core.printing.text import clean, comparable, paragraphs
from tests.core.printing_support import assert_in_order, read_pdf

SAMI = "Áile Čoavddis, Biret Ŋuolja, đ ŧ ž á"


def _meta(draft: str = "") -> DocumentMeta:
    return DocumentMeta(
        title="Testiasiakirja",
        author="Hartolan kunta",
        subject="Aihe č",
        draft_mark=draft,
        header=RunningHeader(
            organisation="Hartolan kunta",
            document_type="PÖYTÄKIRJANOTE",
            left_lines=("Hyvinvointilautakunta",),
            right_lines=("21.10.2025", "62 §"),
        ),
    )


def test_markup_characters_print_literally() -> None:
    """Ensure <b>, & and < in user text print as written and are not read as markup."""
    builder = DocumentBuilder(_meta())
    builder.title("Otsikko <b>lihava</b> & <i>")
    builder.field("Päätösehdotus", "a < b && c > d <br/> &amp; <font size=40>iso</font>")
    printed = read_pdf(builder.render())
    assert "Otsikko <b>lihava</b> & <i>" in printed.body
    assert "a < b && c > d <br/> &amp; <font size=40>iso</font>" in printed.body


def test_sami_letters_print_with_embedded_font() -> None:
    """Ensure Sámi letters come out of the PDF and every font in it is an embedded DejaVu subset."""
    builder = DocumentBuilder(_meta())
    builder.text(SAMI)
    pdf = builder.render()
    assert SAMI in read_pdf(pdf).body
    reader = read_pdf(pdf).reader
    fonts = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descendant["/FontDescriptor"]
    assert fonts, "no fonts"
    assert all("DejaVu" in name for name in fonts), fonts
    assert all(fonts.values()), f"not embedded: {fonts}"


def test_page_numbers_and_running_header_on_every_page() -> None:
    """Ensure every page carries the running header and 'Sivu x / y' with the right total."""
    builder = DocumentBuilder(_meta())
    builder.text("\n\n".join(f"Kappale {n}. " + "sana " * 120 for n in range(40)))
    printed = read_pdf(builder.render())
    assert printed.pages > 2
    for number, header in enumerate(printed.headers, start=1):
        assert_in_order(
            header,
            [
                "Hartolan kunta",
                "Hyvinvointilautakunta",
                "PÖYTÄKIRJANOTE",
                "21.10.2025",
                "62 §",
                f"Sivu {number} / {printed.pages}",
            ],
        )


def test_draft_mark_on_every_page() -> None:
    """Ensure a draft carries its mark in the header of every page."""
    builder = DocumentBuilder(_meta(draft="LUONNOS"))
    builder.text("sana " * 3000)
    printed = read_pdf(builder.render())
    assert printed.pages > 1
    assert all("LUONNOS" in header for header in printed.headers)


def test_metadata_title_author_subject() -> None:
    """Ensure the PDF carries title, author and subject."""
    meta = read_pdf(DocumentBuilder(_meta()).render()).metadata
    assert meta["/Title"] == "Testiasiakirja"
    assert meta["/Author"] == "Hartolan kunta"
    assert meta["/Subject"] == "Aihe č"
    assert meta["/Creator"] == "Sihteeri"


def test_fifty_thousand_characters_flow_across_pages() -> None:
    """Ensure a 50 000-character background, also as one paragraph and one long word, prints whole."""
    words = " ".join(f"sana{n}" for n in range(7000))[:50_000]
    long_word = "x" * 6000
    builder = DocumentBuilder(_meta())
    builder.field("Selostus", words)
    builder.field("Pitkä sana", long_word)
    printed = read_pdf(builder.render())
    assert printed.pages >= 10
    assert_in_order(printed.body, ["Selostus", words, "Pitkä sana", long_word])


def test_control_characters_removed() -> None:
    """Ensure control characters neither crash nor print, and line breaks survive as breaks."""
    text = "alku\x00\x01\x07\x1b[31m\x7f\x9f keski\ud800\ufffe\r\nloppu\tä"
    assert clean(text) == "alku[31m keski\nloppu ä"
    builder = DocumentBuilder(_meta())
    builder.text(text)
    assert comparable(text) in comparable(read_pdf(builder.render()).body)


def test_paragraphs_split_at_blank_lines() -> None:
    """Ensure blank lines (with stray spaces) separate paragraphs and single breaks stay inside one."""
    assert paragraphs("a\nb\n \n\nc\r\n\r\nd  ") == ["a\nb", "c", "d"]


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01"])
def test_empty_fields_are_left_out(text: str) -> None:
    """Ensure a field with no printable text prints neither label nor text."""
    builder = DocumentBuilder(_meta())
    builder.field("Käsittely", text)
    assert "Käsittely" not in read_pdf(builder.render()).body


def test_reportlab_uses_its_c_accelerator() -> None:
    """Ensure ReportLab measures and encodes text with its C helpers (``reportlab[accel]`` in pyproject.toml).

    Without them every word's width is summed in Python: a year's minutes of 100 000 items took 5.4 s
    instead of 3.5 s (``bench/README.md``). ReportLab falls back silently, so only this test notices.
    """
    from reportlab.lib import rl_accel

    for name in ("instanceStringWidthTTF", "escapePDF", "fp_str", "asciiBase85Encode"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name


@pytest.mark.parametrize(
    "text",
    [
        "Jäsen poistui kokouksesta 62 §:n jälkeen ja palasi 65 §:n alussa, kun asiat 63–64 §§ oli käsitelty.",
        "Ledamoten avlägsnade sig efter § 62 och återkom i början av § 65, då §§ 63–64 hade behandlats.",
    ],
)
def test_a_section_sign_stays_on_the_line_of_its_number(text: str) -> None:
    """Ensure a line never ends between a § sign and its number, however narrow the column."""
    from core.printing.base import _shared_styles, paragraph

    style = _shared_styles()["body"]
    for width in range(60, 400, 7):
        printed = paragraph(text, style)
        printed.wrap(width, 10_000)
        for _space, words in printed.blPara.lines:  # plain text: (space left, the line's words)
            assert words[0] not in ("§", "§§", "§:n") and words[-1] not in ("§", "§§"), (width, words)
