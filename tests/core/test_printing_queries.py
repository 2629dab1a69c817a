"""Tests that printing reads the database in a fixed number of queries, however many items a meeting has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select

from core.meetings import add_item
from core.printing import DocumentKind, DocumentRequest, find_meeting, render_document
from core.printing.text import comparable
from db.engine import Database
from db.enums import AttendanceRole, Outcome, VoteChoice
from db.models import Attachment, Attendance, Ballot, Correction, Dissent, Meeting, Motion, Person, Recipient, Vote
from tests.core.printing_support import read_pdf


@contextmanager
def _counted(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def _meeting_id(database: Database) -> int:
    with database.session() as session:
        return find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21)).id


def _queries(database: Database, request: DocumentRequest) -> tuple[int, str]:
    with _counted(database) as statements:
        pdf = render_document(database, request)
    return len(statements), comparable(read_pdf(pdf).body)


def _add_full_items(database: Database, meeting_id: int, numbers: range) -> None:
    """Items with every part a printout reads: people, attachments, recipients, motions, a vote, a dissent."""
    with database.begin() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        members = [m.person for m in meeting.body.memberships if m.is_voting_member]
        if not meeting.attendances:
            for order, person in enumerate(members):
                role = AttendanceRole.CHAIR if order == 0 else AttendanceRole.MEMBER
                session.add(Attendance(meeting=meeting, person=person, sort_order=order, present=True, role=role))
        for number in numbers:
            item = add_item(session, meeting_id=meeting_id, title=f"Lisäasia {number}")
            item.background = f"Selostus {number}."
            item.proposal = f"Ehdotus {number}."
            item.preparer = members[number % len(members)]
            item.presenter = members[(number + 1) % len(members)]
            item.decision = f"Päätös {number}."
            item.outcome = Outcome.PASSED_AFTER_VOTE
            item.attachments.append(Attachment(position=1, title=f"Liite {number}"))
            item.recipients.append(Recipient(position=1, name=f"Vastaanottaja {number}"))
            item.motions.append(Motion(position=1, text=f"Vastaehdotus {number}", proposer=members[1]))
            vote = Vote(round=1, yes_proposal="Päätösehdotus", no_proposal="Vastaehdotus", result=VoteChoice.YES)
            vote.ballots.append(Ballot(person=members[2], choice=VoteChoice.YES))
            vote.ballots.append(Ballot(person=members[3], choice=VoteChoice.NO))
            item.votes.append(vote)
            item.dissents.append(Dissent(person=members[3], text=f"Eriävä {number}."))
            session.flush()
            session.add(
                Correction(item=item, field="päätös", author="sihteeri", reason="kirjoitusvirhe", new_text="Uusi.")
            )


def test_minutes_and_agenda_read_as_many_queries_for_many_items_as_for_few(demo_db: Database) -> None:
    """Ensure the minutes and the agenda of a meeting cost the same queries with 2 or 12 more full items."""
    meeting_id = _meeting_id(demo_db)
    requests = [
        DocumentRequest(DocumentKind.MINUTES, meeting_id, draft=True),
        DocumentRequest(DocumentKind.AGENDA, meeting_id),
        DocumentRequest(DocumentKind.DRAFT, meeting_id),
    ]
    _add_full_items(demo_db, meeting_id, range(2))
    few = [_queries(demo_db, request) for request in requests]
    _add_full_items(demo_db, meeting_id, range(2, 12))
    many = [_queries(demo_db, request) for request in requests]
    for request, (before, _), (after, body) in zip(requests, few, many, strict=True):
        assert after == before, f"{request.kind}: {before} queries with few items, {after} with many"
        assert comparable("Lisäasia 11") in body
    minutes = many[0][1]
    for text in ("Liite 11", "Vastaehdotus 11", "Eriävä 11.", "kirjoitusvirhe"):
        assert comparable(text) in minutes


def test_excerpt_reads_only_its_own_item_parts(demo_db: Database) -> None:
    """Ensure an excerpt's queries do not grow with the number of other items in its meeting."""
    meeting_id = _meeting_id(demo_db)
    _add_full_items(demo_db, meeting_id, range(1))
    with demo_db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        first = next(item.id for item in meeting.items if item.title == "Lisäasia 0")
    request = DocumentRequest(DocumentKind.EXCERPT, meeting_id, (first,), draft=True)
    before, body = _queries(demo_db, request)
    _add_full_items(demo_db, meeting_id, range(1, 9))
    after, _ = _queries(demo_db, request)
    assert after == before
    for text in ("Lisäasia 0", "Liite 0", "Vastaehdotus 0", "Eriävä 0.", "Vastaanottaja 0", "kirjoitusvirhe"):
        assert comparable(text) in body


def test_minutes_read_as_many_queries_for_many_attendees_as_for_few(demo_db: Database) -> None:
    """Ensure the minutes cost the same queries with more people on the attendance list (their temporary absences
    are read in one query, not one per person)."""
    meeting_id = _meeting_id(demo_db)
    _add_full_items(demo_db, meeting_id, range(1))
    request = DocumentRequest(DocumentKind.MINUTES, meeting_id, draft=True)
    before, _ = _queries(demo_db, request)
    with demo_db.begin() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        listed = {a.person_id for a in meeting.attendances}
        others = [p for p in session.scalars(select(Person).order_by(Person.id)) if p.id not in listed][:5]
        assert len(others) == 5
        for order, person in enumerate(others, start=100):
            session.add(
                Attendance(meeting=meeting, person=person, sort_order=order, present=True,
                           role=AttendanceRole.OTHER, role_text="asiantuntija")
            )  # fmt: skip
    after, body = _queries(demo_db, request)
    assert after == before, f"{before} queries with the attendees, {after} with five more"
    assert body.count(comparable("asiantuntija")) >= 5
