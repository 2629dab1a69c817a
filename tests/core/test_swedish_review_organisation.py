"""A Swedish-speaking organisation (e.g. Närpes): its standard items and suggested decisions are Swedish."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from core import minutes
from core.meetings import create_meeting
from core.printing import DocumentKind, DocumentRequest, render_in_session
from db.engine import Database
from db.enums import ItemKind, Language, Outcome
from db.models import Body, Item
from tests.core.printing_support import assert_in_order, read_pdf


def _meeting(database: Database, language: Language) -> int:
    """A new meeting of the demo's welfare board with the standard items, its organisation speaking
    ``language``."""
    with database.begin() as s:
        body = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        body.organisation.language = language
        meeting = create_meeting(s, body_id=body.id, date=dt.date(2025, 11, 18), start_time=dt.time(17, 0))
        return meeting.id


def _items(database: Database, meeting_id: int) -> dict[ItemKind, Item]:
    with database.begin() as s:
        items = s.scalars(select(Item).where(Item.meeting_id == meeting_id)).all()
        s.expunge_all()
        return {item.kind: item for item in items}


def test_a_swedish_organisation_gets_swedish_standard_items(demo_db: Database) -> None:
    """Ensure a Swedish-speaking organisation's new meeting has its standard items' Swedish titles and proposals
    in the ordinary fields (which it writes in Swedish), with no separate Swedish title that would print in place
    of a title the secretary edits; a Finnish-speaking organisation's are as before."""
    items = _items(demo_db, _meeting(demo_db, Language.SWEDISH))
    opening = items[ItemKind.OPENING]
    assert (opening.title, opening.title_sv, opening.proposal) == ("Mötets öppnande", "", "Ordföranden öppnar mötet.")
    assert items[ItemKind.LEGALITY].title == "Laglighet och beslutförhet"
    with demo_db.begin() as s:
        edited = s.get(Item, opening.id)
        assert edited is not None
        edited.title = "Sammanträdets öppnande"
        meeting_id = edited.meeting_id
        pdf = render_in_session(s, DocumentRequest(DocumentKind.AGENDA, meeting_id, language="sv", draft=True))
    assert_in_order(read_pdf(pdf).body, ["Sammanträdets öppnande", "Laglighet och beslutförhet"])

    finnish = _items(demo_db, _meeting(demo_db, Language.BILINGUAL))[ItemKind.OPENING]
    assert (finnish.title, finnish.title_sv, finnish.proposal) == (
        "Kokouksen avaus",
        "Mötets öppnande",
        "Puheenjohtaja avaa kokouksen.",
    )


def test_a_swedish_organisation_is_suggested_swedish_decisions(demo_db: Database) -> None:
    """Ensure the decisions Sihteeri prefills for a Swedish-speaking organisation are Swedish ("Ordföranden öppnade
    mötet kl. 17.00.", "Beslutsförslaget godkändes."), that they count as prefilled (so another outcome replaces
    them), and that the Swedish minutes print them; a bilingual organisation's stay Finnish."""
    meeting_id = _meeting(demo_db, Language.SWEDISH)
    items = _items(demo_db, meeting_id)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, meeting_id)
        opening = minutes.set_decision(s, items[ItemKind.OPENING].id, outcome=Outcome.PASSED)
        assert opening.decision == "Ordföranden öppnade mötet kl. 17.00."
        other = minutes.set_decision(s, items[ItemKind.OTHER_MATTERS].id, outcome=Outcome.PASSED)
        assert other.decision == "Beslutsförslaget godkändes."
        assert minutes.is_suggested_decision(other, "Beslutsförslaget godkändes.")
        assert minutes.is_suggested_decision(other, "Päätösehdotus hyväksyttiin.")  # prefilled before this change
        assert not minutes.is_suggested_decision(other, "Inga övriga ärenden behandlades.")
        assert minutes.suggest_decision(other, Outcome.NOTED) == "Antecknades för kännedom."
        pdf = render_in_session(s, DocumentRequest(DocumentKind.MINUTES, meeting_id, language="sv", draft=True))
    assert_in_order(
        read_pdf(pdf).body,
        ["Mötets öppnande", "Ordföranden öppnade mötet kl. 17.00.", "Övriga ärenden", "Beslutsförslaget godkändes."],
    )

    bilingual = _meeting(demo_db, Language.BILINGUAL)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, bilingual)
        item_id = _items(demo_db, bilingual)[ItemKind.OPENING].id
        assert minutes.set_decision(s, item_id, outcome=Outcome.PASSED).decision == (
            "Puheenjohtaja avasi kokouksen klo 17.00."
        )
