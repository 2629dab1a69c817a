"""Meeting documents as accessible HTML pages (core.printing.html) and the version kept online without personal
data (DocumentRequest.without_personal_data), in both languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html.parser import HTMLParser
from itertools import pairwise
from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Table, select

from core.demo import SEED1_TITLE, SEED2_DNRO, SEED2_PROPOSAL, SEED2_TITLE
from core.printing import DocumentFormat, DocumentKind, DocumentRequest, file_name, find_meeting, render_in_session
from core.printing.text import comparable
from db.engine import Database
from db.models import Item
from tests.core.printing_support import assert_in_order, read_pdf
from tests.core.test_printing_properties import free_text, property_db, short

__all__ = ["property_db"]  # the fixture, shared with the PDF property tests

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "h4", "p", "br", "dl", "dt",
    "dd", "ul", "li", "div", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip


class Page(HTMLParser):
    """What a reader (or a screen reader) gets from the page: its tags, headings, text and attributes."""

    def __init__(self, html: bytes) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[int, str]] = []
        self.text_parts: list[str] = []
        self._in: list[str] = []
        self.feed(html.decode("utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "hr"):
            self._in.append(tag)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append((int(tag[1]), ""))

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if "style" in self._in or "title" in self._in:
            return
        self.text_parts.append(data)
        if self._in and self._in[-1].startswith("h") and self._in[-1][1:].isdigit() and self.headings:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)

    @property
    def text(self) -> str:
        return " ".join(self.text_parts)

    def first(self, tag: str) -> dict[str, str | None]:
        return next(attrs for name, attrs in self.tags if name == tag)


def _meeting_id(database: Database, body: str, day: dt.date) -> int:
    with database.session() as session:
        return find_meeting(session, body=body, date=day).id


def _resign(database: Database, meeting_id: int) -> None:
    """Store the fingerprint the checked minutes have now, as if they had been checked with the content a test
    wrote behind the lock (a web page of minutes that do not match their fingerprint is refused)."""
    from sqlalchemy import update

    from core.fingerprint import fingerprint_matches
    from db.models import Meeting

    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.fingerprint is not None
        _intact, current = fingerprint_matches(session, meeting_id, meeting.fingerprint)
    with database.engine.begin() as connection:
        connection.execute(update(Meeting).where(Meeting.id == meeting_id).values(fingerprint=current))


def _render(database: Database, request: DocumentRequest) -> bytes:
    with database.session() as session:
        return render_in_session(session, request)


def _assert_accessible_structure(page: Page, language: str) -> None:
    assert page.first("html")["lang"] == language
    assert page.first("meta")["charset"] == "utf-8"
    assert {name for name, _ in page.tags} <= ALLOWED_TAGS
    levels = [level for level, _ in page.headings]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in pairwise(levels))  # no level skipped
    tables: list[list[dict[str, str | None]]] = []  # the header cells of each table
    for name, attrs in page.tags:
        if name == "table":
            tables.append([])
        elif name == "th":
            tables[-1].append(attrs)
    for cells in tables:  # every data table has header cells with a scope
        assert cells and all(attrs.get("scope") in ("row", "col") for attrs in cells)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_minutes_as_an_accessible_page(demo_db: Database, language: str) -> None:
    """Ensure the minutes as HTML carry the language, one h1, headings in order, tables with header cells, the
    running header once, and the content of the PDF in the same order."""
    meeting_id = _meeting_id(demo_db, "Maakuntahallitus", dt.date(2025, 10, 13))
    request = DocumentRequest(DocumentKind.MINUTES, meeting_id, language=language, format=DocumentFormat.HTML)
    page = Page(_render(demo_db, request))
    _assert_accessible_structure(page, language)
    pdf = read_pdf(_render(demo_db, DocumentRequest(DocumentKind.MINUTES, meeting_id, language=language)))
    minutes_word = "PÖYTÄKIRJA" if language == "fi" else "PROTOKOLL"
    assert_in_order(page.text, [minutes_word, "13.10.2025", minutes_word.capitalize()])
    assert_in_order(page.text, [SEED2_TITLE, SEED2_DNRO])
    assert comparable(SEED2_TITLE) in comparable(pdf.body)
    headings = [text.strip() for _level, text in page.headings]
    assert any(SEED2_TITLE in text for text in headings)
    assert ("Beslutsförslag" if language == "sv" else "Päätösehdotus") in page.text
    with demo_db.session() as session:
        assert file_name(session, request).endswith(("_poytakirja.html", "_protokoll.html"))


def test_the_agenda_page_marks_a_draft_in_words(demo_db: Database) -> None:
    """Ensure an agenda not yet published says LUONNOS in its header (no watermark on a page)."""
    meeting_id = _meeting_id(demo_db, "Hyvinvointilautakunta", dt.date(2025, 10, 21))
    page = Page(_render(demo_db, DocumentRequest(DocumentKind.AGENDA, meeting_id, format=DocumentFormat.HTML)))
    _assert_accessible_structure(page, "fi")
    header = page.text.split(SEED1_TITLE)[0]
    assert "ESITYSLISTA" in header
    assert any(attrs.get("class") == "draft" for name, attrs in page.tags if name == "p") == (
        "LUONNOS" in header
    )


def test_without_personal_data_a_section_keeps_only_its_title(demo_db: Database) -> None:
    """Ensure the version kept online after the appeal period shows a § marked as containing personal data by
    its public title, its Dnro and the note only, in PDF and HTML, while the full minutes still show it all."""
    meeting_id = _meeting_id(demo_db, "Maakuntahallitus", dt.date(2025, 10, 13))
    with demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        marked = cast(Table, Item.__table__).update().where(Item.id == item.id).values(
            has_personal_data=True, public_title="Yhteistyöpöytäkirja (henkilötiedot poistettu)"
        )  # checked minutes refuse an edit through the ORM; the flag is set as an upgrade would
        session.execute(marked)
    _resign(demo_db, meeting_id)
    full = DocumentRequest(DocumentKind.MINUTES, meeting_id)
    online = DocumentRequest(DocumentKind.MINUTES, meeting_id, without_personal_data=True)
    full_pdf, online_pdf = read_pdf(_render(demo_db, full)).body, read_pdf(_render(demo_db, online)).body
    assert comparable("hyväksyä liitteenä olevan yhteistyöpöytäkirjan") in comparable(full_pdf)
    assert comparable("hyväksyä liitteenä olevan yhteistyöpöytäkirjan") not in comparable(online_pdf)
    assert comparable("Yhteistyöpöytäkirja (henkilötiedot poistettu)") in comparable(online_pdf)
    assert comparable("poistettu yleisestä tietoverkosta muutoksenhakuajan päätyttyä") in comparable(online_pdf)
    assert comparable("Viranhaltijapäätökset") in comparable(online_pdf)  # other §s as they are
    page = Page(_render(demo_db, DocumentRequest(DocumentKind.MINUTES, meeting_id, without_personal_data=True,
                                                 format=DocumentFormat.HTML, language="sv")))  # fmt: skip
    assert "personuppgifter som har tagits bort" in page.text
    assert SEED2_TITLE not in page.text and "hyväksyä liitteenä olevan" not in page.text
    with demo_db.session() as session:
        assert file_name(session, online).endswith("_poytakirja_verkko.pdf")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(title=short(500), background=free_text, decision=free_text, attachment=short(300))
def test_arbitrary_text_shows_as_given_and_never_as_markup(
    property_db: Database, title: str, background: str, decision: str, attachment: str
) -> None:
    """Ensure any user text, with markup, entities, control characters and long words, shows as typed in the
    page, and makes no element of its own."""
    with property_db.begin() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        item = next(i for i in meeting.items if i.agreement_id is not None)
        item.title, item.title_sv = title or "-", ""
        item.background, item.decision = background, decision
        item.attachments[0].title = attachment or "-"
        item_id, meeting_id = item.id, meeting.id
    for kind, items, texts in (
        (DocumentKind.MINUTES, (), [title, background, decision, attachment]),
        (DocumentKind.AGENDA, (), [title, background, attachment]),
        (DocumentKind.EXCERPT, (item_id,), [title, background, decision, attachment]),
    ):
        request = DocumentRequest(kind, meeting_id, items, draft=True, format=DocumentFormat.HTML)
        page = Page(_render(property_db, request))
        assert {name for name, _ in page.tags} <= ALLOWED_TAGS
        shown = comparable(page.text)
        for text in texts:
            assert comparable(text) in shown, (kind, text[:200])


def test_an_excerpt_without_personal_data_names_nobody(demo_db: Database) -> None:
    """Ensure the version without personal data of an excerpt (and of a decision draft) shows no recipients,
    and neither the page nor its metadata carries the § 's own title when it has no public title (a title may
    name a person)."""
    from db.models import Recipient

    meeting_id = _meeting_id(demo_db, "Hyvinvointilautakunta", dt.date(2025, 10, 21))
    with demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.title == SEED1_TITLE)).one()
        item.has_personal_data, item.public_title = True, ""
        session.add(Recipient(item=item, name="Maija Meikäläinen", address="Kotikatu 1, 19600 Hartola"))
        item_id = item.id
    request = DocumentRequest(DocumentKind.EXCERPT, meeting_id, (item_id,), draft=True, without_personal_data=True)
    for form in (DocumentFormat.HTML, DocumentFormat.PDF):
        content = _render(demo_db, DocumentRequest(**{**request.__dict__, "format": form}))
        text = Page(content).text if form == DocumentFormat.HTML else read_pdf(content).text
        meta = content.decode("utf-8", "replace") if form == DocumentFormat.HTML else str(read_pdf(content).metadata)
        assert "Henkilötietoja sisältävä asia" in text
        for private in ("Maija Meikäläinen", "Kotikatu", SEED1_TITLE):
            assert private not in text and private not in meta, (form, private)
    draft = read_pdf(_render(demo_db, DocumentRequest(DocumentKind.DRAFT, meeting_id, (item_id,),
                                                      without_personal_data=True)))  # fmt: skip
    assert SEED1_TITLE not in draft.text and SEED1_TITLE not in str(draft.metadata)
    assert "Henkilötietoja sisältävä asia" in draft.text
    full = Page(_render(demo_db, DocumentRequest(**{**request.__dict__, "format": DocumentFormat.HTML,
                                                    "without_personal_data": False})))  # fmt: skip
    assert "Maija Meikäläinen" in full.text and SEED1_TITLE in full.text


class LanguagePage(Page):
    """A page that also keeps the text of the elements marked with another language (``lang``)."""

    def __init__(self, html: bytes) -> None:
        self.langs: list[tuple[str, str]] = []  # (tag, lang) of the open elements
        self.marked: dict[str, list[str]] = {}  # lang -> texts inside elements with it
        super().__init__(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)
        if tag not in ("br", "meta", "hr"):
            self.langs.append((tag, dict(attrs).get("lang") or ""))

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if self.langs and self.langs[-1][0] == tag:
            self.langs.pop()

    def handle_data(self, data: str) -> None:
        super().handle_data(data)
        inner = next((lang for tag, lang in reversed(self.langs) if lang and tag != "html"), "")
        if inner and data.strip():
            self.marked.setdefault(inner, []).append(data)


def test_finnish_text_on_a_swedish_page_is_marked_finnish(demo_db: Database) -> None:
    """Ensure the texts a Swedish page shows in Finnish for want of a Swedish text carry lang="fi" (WCAG 2.1,
    3.1.2: a screen reader reads them with a Finnish voice), the Swedish texts do not, and a Finnish page marks
    nothing."""
    from sqlalchemy import text as sql

    meeting_id = _meeting_id(demo_db, "Maakuntahallitus", dt.date(2025, 10, 13))
    request = DocumentRequest(DocumentKind.MINUTES, meeting_id, language="sv", format=DocumentFormat.HTML)
    page = LanguagePage(_render(demo_db, request))
    finnish = comparable(" ".join(page.marked.get("fi", [])))
    assert comparable(SEED2_TITLE) in finnish and comparable(SEED2_PROPOSAL[:60]) in finnish
    assert "Beslutsförslag" not in " ".join(page.marked.get("fi", []))  # the labels are Swedish
    assert set(page.marked) == {"fi"}
    assert LanguagePage(_render(demo_db, replace(request, language="fi"))).marked == {}
    with demo_db.begin() as session:  # Swedish texts written (behind the lock, as if before checking)
        session.execute(
            sql("UPDATE item SET title_sv = 'Utlåtande på svenska', background_sv = 'Bakgrund på svenska.', "
                "proposal_sv = 'Förslag på svenska.' WHERE diary_number = :dnro"),
            {"dnro": SEED2_DNRO},
        )  # fmt: skip
    _resign(demo_db, meeting_id)
    page = LanguagePage(_render(demo_db, request))
    finnish = comparable(" ".join(page.marked.get("fi", [])))
    assert comparable(SEED2_TITLE) not in finnish and comparable(SEED2_PROPOSAL[:60]) not in finnish
    assert_in_order(page.text, ["Utlåtande på svenska", "Bakgrund på svenska.", "Förslag på svenska."])
