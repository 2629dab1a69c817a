"""The printed agenda, minutes and excerpt as a municipal lawyer and a secretary read them (findings of a review)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from core.demo import SEED1_TITLE
from core.printing import DocumentKind, DocumentRequest, find_meeting, render_in_session
from core.printing.labels import Labels
from core.printing.text import comparable
from db.engine import Database
from db.models import Item, Meeting
from tests.core.printing_support import PrintedPdf, assert_in_order, read_pdf

LANGUAGES = ("fi", "sv")


def _welfare(session: Session) -> tuple[Meeting, Item]:
    """The demo's welfare board meeting 7/2025 (not held yet) and its seed § (the cooperation agreement)."""
    meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
    return meeting, next(item for item in meeting.items if item.title == SEED1_TITLE)


def _print(
    session: Session, kind: DocumentKind, meeting: Meeting, items: tuple[Item, ...] = (), **kw: object
) -> PrintedPdf:
    request = DocumentRequest(kind, meeting.id, tuple(i.id for i in items), **kw)  # type: ignore[arg-type]
    return read_pdf(render_in_session(session, request))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_excerpt_is_not_certified(demo_db: Database, language: str) -> None:
    """Ensure an excerpt of minutes not yet checked (a draft) carries no certification (no "Otteen oikeaksi
    todistaa", place, date or certifier under a signature line) but the note that the minutes are not checked."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, item = _welfare(session)
        organisation = meeting.body.organisation
        printed = _print(
            session, DocumentKind.EXCERPT, meeting, (item,), language=language, draft=True,
            certified_on=dt.date(2025, 10, 24),
        )  # fmt: skip
        text = organisation.certification_text_sv if language == "sv" else organisation.certification_text
        assert text.strip()
        body = comparable(printed.body)
        assert comparable(text) not in body
        assert comparable("24.10.2025") not in body
        assert comparable("Minna Salo") not in body  # the secretary, who would certify
        assert_in_order(printed.body, [labels["recipients"], "Kunnanhallitus", labels["draft_note"]])
