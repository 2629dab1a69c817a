"""Meetings and § numbering: standard items, adding, reordering, moving and removing items."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from core.meetings import (
    add_item,
    create_meeting,
    meeting_items,
    move_item,
    move_item_to_meeting,
    remove_item,
    suggest_meeting_number,
)
from db.engine import Database
from db.enums import BodyKind, ItemKind, MeetingState, OrganisationKind
from db.errors import LockedError, ValidationError
from db.models import Body, Meeting, Organisation


@pytest.fixture
def body_id(database: Database) -> int:
    with database.begin() as s:
        body = Body(
            organisation=Organisation(kind=OrganisationKind.MUNICIPALITY, name="Padasjoen kunta"),
            kind=BodyKind.EXECUTIVE,
            name="Kunnanhallitus",
        )
        s.add(body)
        s.flush()
        return body.id


def _titles(database: Database, meeting_id: int) -> list[tuple[int, str]]:
    with database.begin() as s:
        return [(i.section_number, i.title) for i in meeting_items(s, meeting_id)]


def test_new_meeting_gets_standard_items_and_numbers(database: Database, body_id: int) -> None:
    """Ensure a new meeting is numbered and gets the opening and closing items with § 1 onwards."""
    with database.begin() as s:
        meeting = create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 3))
        assert meeting.number == 1
        item = add_item(s, meeting_id=meeting.id, title="Talousarvion täytäntöönpano-ohjeet")
        assert item.kind is ItemKind.ORDINARY
        meeting_id = meeting.id
    titles = _titles(database, meeting_id)
    assert [n for n, _ in titles] == list(range(1, 9))
    assert titles[4] == (5, "Talousarvion täytäntöönpano-ohjeet")
    assert titles[-1] == (8, "Kokouksen päättäminen")
    with database.begin() as s:
        assert suggest_meeting_number(s, body_id=body_id, year=2026) == 2


def test_numbers_follow_reordering_and_run_through_the_year(database: Database, body_id: int) -> None:
    """Ensure § numbers follow the item order and continue into the next meeting of the year."""
    with database.begin() as s:
        first = create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 3), standard_items=False)
        second = create_meeting(s, body_id=body_id, date=dt.date(2026, 3, 3), standard_items=False)
        a = add_item(s, meeting_id=first.id, title="A")
        add_item(s, meeting_id=first.id, title="B")
        add_item(s, meeting_id=second.id, title="C")
        move_item(s, item_id=a.id, position=1)
        ids = (first.id, second.id, a.id)
    assert _titles(database, ids[0]) == [(1, "B"), (2, "A")]
    assert _titles(database, ids[1]) == [(3, "C")]
    with database.begin() as s:
        move_item_to_meeting(s, item_id=ids[2], meeting_id=ids[1], position=0)
    assert _titles(database, ids[0]) == [(1, "B")]
    assert _titles(database, ids[1]) == [(2, "A"), (3, "C")]
    with database.begin() as s:
        b = meeting_items(s, ids[0])[0]
        remove_item(s, item_id=b.id)
    assert _titles(database, ids[1]) == [(1, "A"), (2, "C")]


def test_checked_minutes_keep_their_numbers(database: Database, body_id: int) -> None:
    """Ensure items of checked minutes are never renumbered and cannot be moved or removed."""
    with database.begin() as s:
        first = create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 3), standard_items=False)
        a = add_item(s, meeting_id=first.id, title="A")
        add_item(s, meeting_id=first.id, title="B")
        first.state = MeetingState.MINUTES_CHECKED
        ids = (first.id, a.id)
    with database.begin() as s:
        second = create_meeting(s, body_id=body_id, date=dt.date(2026, 3, 3), standard_items=False)
        c = add_item(s, meeting_id=second.id, title="C")
        assert c.section_number == 3
    for action in (
        lambda s: move_item(s, item_id=ids[1], position=1),
        lambda s: remove_item(s, item_id=ids[1]),
        lambda s: add_item(s, meeting_id=ids[0], title="D"),
    ):
        with pytest.raises(LockedError), database.begin() as s:
            action(s)
    assert _titles(database, ids[0]) == [(1, "A"), (2, "B")]


def test_bad_input_is_refused_with_finnish_messages(database: Database, body_id: int) -> None:
    """Ensure an empty title, a duplicate meeting number and a move to another body are refused."""
    with database.begin() as s:
        meeting = create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 3), standard_items=False)
        meeting_id = meeting.id
    with pytest.raises(ValidationError, match="otsikko"), database.begin() as s:
        add_item(s, meeting_id=meeting_id, title="   ")
    with pytest.raises(ValidationError, match="1/2026"), database.begin() as s:
        create_meeting(s, body_id=body_id, date=dt.date(2026, 5, 5), number=1)
    with database.begin() as s:
        org = s.scalar(select(Organisation))
        other = Body(organisation=org, kind=BodyKind.COUNCIL, name="Kunnanvaltuusto")
        s.add(other)
        s.flush()
        other_meeting = create_meeting(s, body_id=other.id, date=dt.date(2026, 2, 10), standard_items=False)
        item = add_item(s, meeting_id=meeting_id, title="Asia")
        ids = (item.id, other_meeting.id)
    with pytest.raises(ValidationError, match="saman toimielimen"), database.begin() as s:
        move_item_to_meeting(s, item_id=ids[0], meeting_id=ids[1])
    with database.begin() as s:
        assert s.get(Meeting, ids[1]) is not None


def test_a_new_meeting_is_kept_by_the_bodys_last_secretary_or_the_user(database: Database, body_id: int) -> None:
    """Ensure the suggested minutes keeper: the body's latest one, else the user's own person, else nobody."""
    from core.meetings import suggest_secretary
    from db.models import Person

    with database.begin() as s:
        other_body = Body(organisation_id=s.get(Body, body_id).organisation_id,  # type: ignore[union-attr]
                          kind=BodyKind.COMMITTEE, name="Sivistyslautakunta")
        me = Person(name="Saara  Sihteeri", title="hallintosihteeri")
        earlier, latest = Person(name="Eero Edellinen"), Person(name="Liisa Viimeisin")
        s.add_all([other_body, me, earlier, latest])
        s.flush()
        assert suggest_secretary(s, body_id=body_id) is None
        assert suggest_secretary(s, body_id=body_id, own_name=" saara sihteeri ") == me.id
        assert suggest_secretary(s, body_id=body_id, own_name="Tuntematon Nimi") is None
        create_meeting(s, body_id=body_id, date=dt.date(2026, 1, 10), secretary_id=earlier.id)
        create_meeting(s, body_id=body_id, date=dt.date(2026, 3, 10), secretary_id=latest.id)
        create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 10), secretary_id=earlier.id)
        create_meeting(s, body_id=body_id, date=dt.date(2026, 4, 10))  # kept by nobody yet: passed over
        assert suggest_secretary(s, body_id=body_id, own_name="Saara Sihteeri") == latest.id
        assert suggest_secretary(s, body_id=other_body.id, own_name="Saara Sihteeri") == me.id
        s.add(Person(name="Saara Sihteeri"))  # two people of that name: neither is guessed
        s.flush()
        assert suggest_secretary(s, body_id=other_body.id, own_name="Saara Sihteeri") is None
        kept = create_meeting(s, body_id=other_body.id, date=dt.date(2026, 5, 1), secretary_id=me.id)
        assert kept.secretary is me


def test_a_meeting_moved_within_the_year_keeps_its_items_and_the_numbers_follow(database: Database,
                                                                               body_id: int) -> None:
    """Ensure a meeting's date, time and place change, the year's § numbers follow the new order, and a move to
    another year or of checked minutes is refused in Finnish."""
    from core.meetings import update_meeting

    with database.begin() as s:
        first = create_meeting(s, body_id=body_id, date=dt.date(2026, 2, 3), standard_items=False)
        second = create_meeting(s, body_id=body_id, date=dt.date(2026, 3, 3), standard_items=False)
        add_item(s, meeting_id=first.id, title="A")
        add_item(s, meeting_id=second.id, title="B")
        ids = (first.id, second.id)
    with database.begin() as s:
        moved = update_meeting(s, ids[0], date=dt.date(2026, 3, 10), start_time=dt.time(17, 30),
                               place="  Valtuustosali ")
        assert (moved.date, moved.start_time, moved.place) == (dt.date(2026, 3, 10), dt.time(17, 30), "Valtuustosali")
    assert _titles(database, ids[1]) == [(1, "B")]  # now the year's first meeting
    assert _titles(database, ids[0]) == [(2, "A")]
    with database.begin() as s, pytest.raises(ValidationError, match="ei voi siirtää vuodelle 2027"):
        update_meeting(s, ids[0], date=dt.date(2027, 1, 5), start_time=None, place="")
    with database.begin() as s:
        s.get(Meeting, ids[1]).state = MeetingState.MINUTES_CHECKED  # type: ignore[union-attr]
    with database.begin() as s, pytest.raises(LockedError):
        update_meeting(s, ids[1], date=dt.date(2026, 3, 4), start_time=None, place="")
    with database.begin() as s:
        assert s.get(Meeting, ids[1]).date == dt.date(2026, 3, 3)  # type: ignore[union-attr]


def test_meeting_numbers_are_changed_swapped_and_refused_in_finnish(database: Database, body_id: int) -> None:
    """Ensure a meeting's number changes (two meetings of one day take their §§ in the order of their numbers), a
    taken number or one below 1 is refused with a hint for swapping, and a swap through a spare number works."""
    from core.meetings import update_meeting

    day = dt.date(2026, 4, 7)
    with database.begin() as s:
        first = create_meeting(s, body_id=body_id, date=day, standard_items=False)
        second = create_meeting(s, body_id=body_id, date=day, standard_items=False)
        add_item(s, meeting_id=first.id, title="A")
        add_item(s, meeting_id=second.id, title="B")
        ids = (first.id, second.id)
        assert (first.number, second.number) == (1, 2)
    assert _titles(database, ids[0]) == [(1, "A")]

    def renumbered(meeting_id: int, number: int) -> None:
        with database.begin() as s:
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            update_meeting(s, meeting_id, date=meeting.date, start_time=meeting.start_time, place=meeting.place,
                           number=number)  # fmt: skip

    with pytest.raises(ValidationError, match=r"on jo kokous 2/2026\. Jos kokoukset vaihtavat numeroita"):
        renumbered(ids[0], 2)
    with pytest.raises(ValidationError, match="positiivinen"):
        renumbered(ids[0], 0)
    renumbered(ids[1], 99)
    renumbered(ids[0], 2)
    renumbered(ids[1], 1)
    with database.begin() as s:
        assert [s.get(Meeting, i).number for i in ids] == [2, 1]  # type: ignore[union-attr]
    assert _titles(database, ids[1]) == [(1, "B")] and _titles(database, ids[0]) == [(2, "A")]


def test_a_year_can_start_from_a_given_section(database: Database, body_id: int) -> None:
    """Ensure the year's first § number (Sihteeri taken into use mid-year) numbers the year's items from it,
    and a bad number or one that would not fit below checked minutes is refused."""
    from core.meetings import first_section, set_first_section

    with database.begin() as s:
        set_first_section(s, body_id=body_id, year=2026, number=151)
        meeting = create_meeting(s, body_id=body_id, date=dt.date(2026, 6, 2), standard_items=False)
        add_item(s, meeting_id=meeting.id, title="A")
        add_item(s, meeting_id=meeting.id, title="B")
        meeting_id = meeting.id
        assert first_section(s, body_id=body_id, year=2027) == 1  # per year
    assert _titles(database, meeting_id) == [(151, "A"), (152, "B")]
    with database.begin() as s:
        set_first_section(s, body_id=body_id, year=2026, number=140)
    assert _titles(database, meeting_id) == [(140, "A"), (141, "B")]
    with database.begin() as s, pytest.raises(ValidationError, match="positiivinen"):
        set_first_section(s, body_id=body_id, year=2026, number=0)
    with database.begin() as s:
        s.get(Meeting, meeting_id).state = MeetingState.MINUTES_CHECKED  # type: ignore[union-attr]
        set_first_section(s, body_id=body_id, year=2026, number=100)
        earlier = create_meeting(s, body_id=body_id, date=dt.date(2026, 1, 10), standard_items=False)
        add_item(s, meeting_id=earlier.id, title="C")  # before the checked meeting: fits below its 140
        earlier_id = earlier.id
    assert _titles(database, earlier_id) == [(100, "C")]
    with database.begin() as s, pytest.raises(ValidationError, match="eivät mahdu"):
        set_first_section(s, body_id=body_id, year=2026, number=140)
    assert _titles(database, meeting_id) == [(140, "A"), (141, "B")]
