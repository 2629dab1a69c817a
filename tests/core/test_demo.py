"""The demo database holds both seed items as complete records, with whole meetings around them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select

from core.demo import SEED1_PROPOSAL, SEED2_DNRO, SEED2_PROPOSAL
from core.fingerprint import meeting_fingerprint
from db.engine import Database
from db.enums import DecisionNature, MeetingState, OrganisationKind, PartyDecisionState
from db.models import Agreement, Item, Meeting, Organisation

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _words(text: str) -> list[str]:
    return re.sub(r"-\s+(?=[a-zåäö])", "-", text).split()


def test_seed_two_is_a_complete_checked_record(demo_db: Database) -> None:
    """Ensure the Maakuntahallitus § of 13.10.2025 is stored as in the seed, in checked minutes."""
    with demo_db.begin() as s:
        item = s.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None
        assert item.meeting.date == dt.date(2025, 10, 13)
        assert item.body.name == "Maakuntahallitus"
        assert item.body.organisation.kind is OrganisationKind.REGIONAL_COUNCIL
        assert item.preparer is not None and item.preparer.name == "Säde Tahvanainen"
        assert item.preparer.title == "kuntayhteistyöpäällikkö" and item.preparer.phone == "044 077 3431"
        assert item.presenter is not None and item.presenter.name == "Juha Hertsi"
        assert item.presenter.title == "vt. maakuntajohtaja"
        assert item.proposal == SEED2_PROPOSAL
        assert item.background.startswith("Asiakohdassa esitetään, että maakuntahallitus hyväksyy")
        assert item.background.rstrip().endswith("hyväksyttävä toimielimessään uusi pöytäkirja.")
        assert item.meeting.state.is_locked
        assert item.meeting.fingerprint == meeting_fingerprint(s, item.meeting_id)
        assert item.decision == "Päätösehdotus hyväksyttiin."
        assert item.agreement is not None


def test_seed_one_is_on_the_welfare_boards_agenda(demo_db: Database) -> None:
    """Ensure the welfare board's § prepares the education agreement for the municipal board."""
    with demo_db.begin() as s:
        item = s.scalar(select(Item).where(Item.proposal == SEED1_PROPOSAL))
        assert item is not None
        assert item.body.name == "Hyvinvointilautakunta"
        assert item.body.parent is not None and item.body.parent.name == "Kunnanhallitus"
        assert item.decision_nature is DecisionNature.PREPARES
        assert item.meeting.state is MeetingState.AGENDA_PUBLISHED
        assert "Sopimus astuu voimaan, kun kaikki osapuolet" in item.background
        agreement = item.agreement
        assert agreement is not None
        assert (agreement.term_start, agreement.term_end) == (dt.date(2026, 1, 1), dt.date(2029, 12, 31))
        assert len(agreement.parties) == 10
        assert sum(p.organisation.population or 0 for p in agreement.parties) == 204_635


def test_seed_texts_are_the_seeds_own(demo_db: Database) -> None:
    """Ensure the demo's background texts are the seeds' own words, in order."""
    if not SEEDS.exists():
        return
    seed1 = (SEEDS / "000_139afad9256428f5.txt").read_text(encoding="utf-8")
    with demo_db.begin() as s:
        item = s.scalar(select(Item).where(Item.proposal == SEED1_PROPOSAL))
        assert item is not None
        assert _words(item.background) == _words(seed1.split("Päätösehdotus")[0])


def test_meetings_are_whole(demo_db: Database) -> None:
    """Ensure both demo meetings have the standard opening and closing items around the seed items."""
    with demo_db.begin() as s:
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.date)))
        assert len(meetings) == 2
        for meeting in meetings:
            titles = [i.title for i in meeting.items]
            assert titles[:4] == [
                "Kokouksen avaus",
                "Kokouksen laillisuus ja päätösvaltaisuus",
                "Pöytäkirjantarkastajien valinta",
                "Työjärjestyksen hyväksyminen",
            ]
            assert titles[-3:] == ["Ilmoitusasiat", "Muut asiat", "Kokouksen päättäminen"]
            numbers = [i.section_number for i in meeting.items]
            assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def test_agreement_states_are_realistic(demo_db: Database) -> None:
    """Ensure the education agreement awaits some municipalities and the protocol is approved by the liitto."""
    with demo_db.begin() as s:
        agreements = {a.kind.value: a for a in s.scalars(select(Agreement))}
        education = agreements["yhteistoimintasopimus"]
        waiting = sorted(
            p.organisation.name
            for p in education.parties
            if p.decision_state not in (PartyDecisionState.APPROVED, PartyDecisionState.APPROVED_WITH_CHANGES)
        )
        assert waiting == ["Hartolan kunta", "Kärkölä", "Sysmä"]
        protocol = agreements["yhteistyopoytakirja"]
        liitto = next(p for p in protocol.parties if p.organisation.kind is OrganisationKind.REGIONAL_COUNCIL)
        assert liitto.decision_state is PartyDecisionState.APPROVED and liitto.item is not None
        assert liitto.item.diary_number == SEED2_DNRO
        homes = sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.is_home)))
        assert homes == ["Hartolan kunta", "Päijät-Hämeen liitto"]


def test_the_demo_minutes_print_the_disqualification_once(demo_db: Database) -> None:
    """Ensure the demo's checked minutes and the § 's excerpt say once that Jaakko Rinne was disqualified and left
    the room: from the disqualification record, not again from a handling text."""
    from core.printing import DocumentKind, DocumentRequest, render_in_session
    from core.printing.text import comparable
    from tests.core.printing_support import read_pdf

    with demo_db.session() as s:
        item = s.scalars(select(Item).join(Item.disqualifications)).one()
        assert [d.person.name for d in item.disqualifications] == ["Jaakko Rinne"]
        assert "esteellinen" not in item.handling
        for kind, items in ((DocumentKind.MINUTES, ()), (DocumentKind.EXCERPT, (item.id,))):
            body = comparable(read_pdf(render_in_session(s, DocumentRequest(kind, item.meeting_id, items))).body)
            assert body.count(comparable("Jaakko Rinne ilmoitti olevansa esteellinen")) == 1
            assert body.count(comparable("poistui kokoushuoneesta")) == 1
            assert meeting_fingerprint(s, item.meeting_id) == item.meeting.fingerprint
