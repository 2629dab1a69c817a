"""Rules the storage layer keeps for every caller: unique §, locked checked minutes, versions, audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from core.meetings import add_item, create_meeting
from db.engine import Database
from db.enums import BodyKind, MeetingState, OrganisationKind
from db.errors import ConflictError, LockedError, ValidationError
from db.models import (
    AuditEntry,
    Body,
    Correction,
    Disqualification,
    Item,
    Meeting,
    Organisation,
    Person,
    Recipient,
)
from db.rules import expect_version


def _body(database: Database) -> int:
    with database.begin() as s:
        org = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Sysmän kunta", is_home=True)
        body = Body(organisation=org, kind=BodyKind.COMMITTEE, name="Sivistyslautakunta")
        s.add(body)
        s.flush()
        return body.id


def _meeting_with_item(database: Database) -> tuple[int, int]:
    body_id = _body(database)
    with database.begin() as s:
        meeting = create_meeting(s, body_id=body_id, date=dt.date(2026, 3, 10), standard_items=False)
        item = add_item(s, meeting_id=meeting.id, title="Koulukuljetusten hankinta")
        return meeting.id, item.id


def test_section_numbers_are_unique_per_body_and_year(database: Database) -> None:
    """Ensure a second item with the same § of the same body and year is refused with a Finnish message."""
    meeting_id, item_id = _meeting_with_item(database)
    with pytest.raises(ValidationError) as info, database.begin() as s:
        first = s.get(Item, item_id)
        assert first is not None
        s.add(
            Item(
                meeting_id=meeting_id,
                body_id=first.body_id,
                year=first.year,
                section_number=first.section_number,
                title="Toinen samalla numerolla",
            )
        )
    assert "pykälänumero" in info.value.message.lower()


def test_same_section_number_is_fine_in_another_year_or_body(database: Database) -> None:
    """Ensure § 1 can exist once per body per year."""
    body_id = _body(database)
    with database.begin() as s:
        org = s.scalar(select(Organisation))
        other = Body(organisation=org, kind=BodyKind.EXECUTIVE, name="Kunnanhallitus")
        s.add(other)
        s.flush()
        for b, day in (
            (body_id, dt.date(2025, 12, 1)),
            (body_id, dt.date(2026, 1, 5)),
            (other.id, dt.date(2026, 1, 5)),
        ):
            m = create_meeting(s, body_id=b, date=day, standard_items=False)
            add_item(s, meeting_id=m.id, title="Asia")
    with database.begin() as s:
        assert sorted(s.scalars(select(Item.section_number))) == [1, 1, 1]


def _check(database: Database, meeting_id: int) -> None:
    with database.begin() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.state = MeetingState.MINUTES_CHECKED
        meeting.checked_date = dt.date(2026, 3, 12)


def test_checked_minutes_refuse_changes_to_items(database: Database) -> None:
    """Ensure editing, adding to or deleting from checked minutes is refused, whatever the caller."""
    meeting_id, item_id = _meeting_with_item(database)
    _check(database, meeting_id)
    with pytest.raises(LockedError), database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        item.decision = "Muutettu jälkikäteen"
    with pytest.raises(LockedError), database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        s.delete(item)
    with pytest.raises(LockedError), database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        s.add(Item(meeting_id=meeting_id, body_id=item.body_id, year=2026, section_number=99, title="Uusi"))
    with pytest.raises(LockedError), database.begin() as s:
        person = Person(name="Ánde Čoavddis")
        s.add(person)
        s.flush()
        s.add(Disqualification(item_id=item_id, person_id=person.id, ground="HL 28 § 1 mom. 1 kohta"))
    with pytest.raises(LockedError), database.begin() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.state = MeetingState.HELD
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.decision == ""


def test_a_correction_is_a_separate_visible_record(database: Database) -> None:
    """Ensure a correction can be added to checked minutes, but never edited or deleted afterwards."""
    meeting_id, item_id = _meeting_with_item(database)
    _check(database, meeting_id)
    with database.begin() as s:
        s.add(
            Correction(
                item_id=item_id,
                author="Minna Salo",
                reason="Kirjoitusvirhe päätöksessä",
                field="decision",
                old_text="",
                new_text="Päätösehdotus hyväksyttiin.",
            )
        )
    with pytest.raises(LockedError), database.begin() as s:
        correction = s.scalar(select(Correction))
        assert correction is not None
        correction.reason = "Toinen syy"
    with pytest.raises(LockedError), database.begin() as s:
        correction = s.scalar(select(Correction))
        s.delete(correction)
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and [c.reason for c in item.corrections] == ["Kirjoitusvirhe päätöksessä"]


def test_sending_an_excerpt_is_allowed_after_checking(database: Database) -> None:
    """Ensure sending dates of excerpts can be recorded on checked minutes (they are not the minutes)."""
    meeting_id, item_id = _meeting_with_item(database)
    with database.begin() as s:
        s.add(Recipient(item_id=item_id, name="Hartolan kunta"))
    _check(database, meeting_id)
    with database.begin() as s:
        recipient = s.scalar(select(Recipient))
        assert recipient is not None
        recipient.sent_date = dt.date(2026, 3, 13)
    with pytest.raises(LockedError), database.begin() as s:
        recipient = s.scalar(select(Recipient))
        assert recipient is not None
        recipient.name = "Joku muu"


def test_second_writer_in_a_long_session_cannot_overwrite(database: Database) -> None:
    """Ensure that when two open sessions save the same §, the later save fails and the first one stays."""
    _meeting_id, item_id = _meeting_with_item(database)
    first = database.session()
    second = database.session()
    try:
        a = first.get(Item, item_id)
        b = second.get(Item, item_id)
        assert a is not None and b is not None
        a.proposal = "Ensimmäisen käyttäjän ehdotus"
        first.commit()
        b.proposal = "Toisen käyttäjän ehdotus"
        # PostgreSQL: the version check finds no row (StaleDataError); SQLite: the stale snapshot is refused.
        with pytest.raises((StaleDataError, OperationalError)):
            second.commit()
    finally:
        first.close()
        second.close()
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.proposal == "Ensimmäisen käyttäjän ehdotus"


def test_second_writer_gets_a_finnish_conflict_error(database: Database) -> None:
    """Ensure a save based on an older version than the stored one is refused with a Finnish message."""
    _meeting_id, item_id = _meeting_with_item(database)
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        seen_by_both = item.version
    with database.begin() as s:  # the first user saves
        item = s.get(Item, item_id)
        assert item is not None
        expect_version(item, seen_by_both)
        item.title = "Ensimmäisen käyttäjän otsikko"
    with pytest.raises(ConflictError) as info, database.begin() as s:  # the second user saves
        item = s.get(Item, item_id)
        assert item is not None
        expect_version(item, seen_by_both)
        item.title = "Toisen käyttäjän otsikko"
    assert "Joku muu on tallentanut" in info.value.message
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.title == "Ensimmäisen käyttäjän otsikko"


def test_diary_numbers_are_parsed_and_validated(database: Database) -> None:
    """Ensure the common Dnro form is parsed into parts, other forms kept as written, bad ones refused."""
    _meeting_id, item_id = _meeting_with_item(database)
    for written, parts in (
        ("77/00.04.01/2023", (77, "00.04.01", 2023)),
        ("TRE:4325/00.01.02/2024", (4325, "00.01.02", 2024)),
        ("ROIDno-2021-4378", (None, None, None)),
        ("HEL 2013-011229 T 00 00 03", (None, None, None)),
    ):
        with database.begin() as s:
            item = s.get(Item, item_id)
            assert item is not None
            item.diary_number = written
        with database.begin() as s:
            item = s.get(Item, item_id)
            assert item is not None
            assert item.diary_number == written
            assert (item.dnro_seq, item.dnro_class, item.dnro_year) == parts
    with pytest.raises(ValidationError) as info, database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        item.diary_number = "77/0.4.1/23"
    assert "77/00.04.01/2023" in info.value.message


def test_changes_are_written_to_the_audit_log(database: Database) -> None:
    """Ensure additions and changes are logged with the user, the record and the changed fields."""
    _meeting_id, item_id = _meeting_with_item(database)
    with database.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None
        item.proposal = "Lautakunta päättää ..."
    with database.begin() as s:
        rows = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "item", AuditEntry.entity_id == item_id)
                .order_by(AuditEntry.id)
            )
        )
    assert rows[0].action == "lisays"
    assert rows[-1].action == "muutos" and rows[-1].details["fields"] == ["proposal"]
    assert all(r.username == "testaaja" for r in rows)
