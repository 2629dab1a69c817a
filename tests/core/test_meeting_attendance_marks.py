"""Arrival and departure marks (§ numbers) follow their items when the § numbers of a meeting change."""

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
    update_meeting,
)
from db.engine import Database
from db.errors import ValidationError
from db.models import Attendance, Item, Person
from tests.core.test_meetings import body_id

__all__ = ["body_id"]  # the fixture, shared with the numbering tests


def _meeting(database: Database, body_id: int, day: dt.date, titles: list[str]) -> dict[str, int]:
    """A meeting with ``titles`` added before the closing items; its item ids by title (and "meeting")."""
    with database.begin() as s:
        meeting = create_meeting(s, body_id=body_id, date=day)
        for title in titles:
            add_item(s, meeting_id=meeting.id, title=title)
        ids = {i.title: i.id for i in meeting_items(s, meeting.id)}
        return {**ids, "meeting": meeting.id}


def _mark(database: Database, meeting_id: int, name: str, *, arrived: int | None, left: int | None) -> None:
    """``name`` arrives at the start of the item ``arrived`` and leaves after the item ``left`` (item ids)."""
    with database.begin() as s:
        number = {i.id: i.section_number for i in meeting_items(s, meeting_id)}
        s.add(
            Attendance(
                meeting_id=meeting_id,
                person=Person(name=name),
                arrived_at_section=number[arrived] if arrived else None,
                left_after_section=number[left] if left else None,
            )
        )


def _marked_items(database: Database, meeting_id: int) -> dict[str, tuple[str | None, str | None]]:
    """Each person's arrival and departure, as the titles of the items the § numbers now point to."""
    with database.begin() as s:
        title = {i.section_number: i.title for i in meeting_items(s, meeting_id)}
        rows = s.execute(
            select(Person.name, Attendance.arrived_at_section, Attendance.left_after_section)
            .join(Person, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
        return {
            name: (title.get(a) if a is not None else None, title.get(b) if b is not None else None)
            for name, a, b in rows
        }


def test_marks_follow_items_added_moved_and_removed_in_their_meeting(database: Database, body_id: int) -> None:
    """Ensure an arrival and a departure keep pointing to the same matter when an item is added before it, when
    items are reordered and when an earlier item is removed."""
    ids = _meeting(database, body_id, dt.date(2025, 9, 2), ["Talousarvio", "Sopimus", "Lausunto"])
    meeting_id = ids["meeting"]
    _mark(database, meeting_id, "Ari Toivonen", arrived=ids["Sopimus"], left=ids["Lausunto"])
    _mark(database, meeting_id, "Liisa Lähtijä", arrived=None, left=ids["Talousarvio"])
    expected = {"Ari Toivonen": ("Sopimus", "Lausunto"), "Liisa Lähtijä": (None, "Talousarvio")}
    assert _marked_items(database, meeting_id) == expected

    with database.begin() as s:  # an urgent matter after Työjärjestyksen hyväksyminen
        urgent = add_item(s, meeting_id=meeting_id, title="Kiireellinen asia", position=4).id
    assert _marked_items(database, meeting_id) == expected

    with database.begin() as s:  # Talousarvio after the other two: Ari's arrival and departure keep their order
        move_item(s, item_id=ids["Talousarvio"], position=7)
    assert _marked_items(database, meeting_id) == expected

    with database.begin() as s:
        remove_item(s, item_id=urgent)
    assert _marked_items(database, meeting_id) == expected
    with database.begin() as s:
        numbers = [(i.section_number, i.title) for i in meeting_items(s, meeting_id)]
        ari = s.scalars(
            select(Attendance).join(Person, Attendance.person_id == Person.id).where(Person.name == "Ari Toivonen")
        ).one()
        assert (ari.arrived_at_section, ari.left_after_section) == (5, 6)
    assert numbers[4:7] == [(5, "Sopimus"), (6, "Lausunto"), (7, "Talousarvio")]


def test_a_mark_on_a_removed_or_moved_item_goes_to_its_neighbour(database: Database, body_id: int) -> None:
    """Ensure that when the item of an arrival leaves the meeting (removed, or moved to another meeting) the arrival
    moves to the next item, and a departure after it to the item before."""
    first = _meeting(database, body_id, dt.date(2025, 9, 2), ["Talousarvio", "Sopimus", "Lausunto"])
    later = _meeting(database, body_id, dt.date(2025, 10, 7), ["Hankinta"])
    _mark(database, first["meeting"], "Ari Toivonen", arrived=first["Sopimus"], left=first["Lausunto"])
    _mark(database, later["meeting"], "Eeva Myöhäinen", arrived=later["Hankinta"], left=later["Muut asiat"])

    with database.begin() as s:
        move_item_to_meeting(s, item_id=first["Sopimus"], meeting_id=later["meeting"])
    assert _marked_items(database, first["meeting"]) == {"Ari Toivonen": ("Lausunto", "Lausunto")}
    assert _marked_items(database, later["meeting"]) == {"Eeva Myöhäinen": ("Hankinta", "Muut asiat")}

    _mark(database, first["meeting"], "Liisa Lähtijä", arrived=first["Talousarvio"], left=first["Lausunto"])
    with database.begin() as s:
        remove_item(s, item_id=first["Talousarvio"])
    assert _marked_items(database, first["meeting"]) == {
        "Ari Toivonen": ("Lausunto", "Lausunto"),
        "Liisa Lähtijä": ("Lausunto", "Lausunto"),
    }
    assert _marked_items(database, later["meeting"]) == {"Eeva Myöhäinen": ("Hankinta", "Muut asiat")}


def test_marks_of_later_meetings_follow_when_the_numbers_of_the_year_shift(database: Database, body_id: int) -> None:
    """Ensure a later meeting's marks follow its items when an item is added to an earlier meeting, moved into it
    from another meeting, and when a meeting is moved to another date (the year's numbers run in a new order)."""
    first = _meeting(database, body_id, dt.date(2025, 9, 2), ["Talousarvio"])
    later = _meeting(database, body_id, dt.date(2025, 10, 7), ["Hankinta", "Kaava"])
    _mark(database, later["meeting"], "Eeva Myöhäinen", arrived=later["Kaava"], left=later["Muut asiat"])
    expected = {"Eeva Myöhäinen": ("Kaava", "Muut asiat")}

    with database.begin() as s:
        add_item(s, meeting_id=first["meeting"], title="Lisäasia")
    assert _marked_items(database, later["meeting"]) == expected
    with database.begin() as s:
        move_item_to_meeting(s, item_id=first["Talousarvio"], meeting_id=later["meeting"], position=4)
    assert _marked_items(database, later["meeting"]) == expected
    with database.begin() as s:
        update_meeting(s, later["meeting"], date=dt.date(2025, 8, 5), start_time=None, place="Kunnantalo")
        first_number = s.scalar(select(Item.section_number).where(Item.id == later["Kaava"]))
    assert first_number is not None and first_number < 10  # the meeting now comes first in the year
    assert _marked_items(database, later["meeting"]) == expected


def test_a_change_that_would_leave_someone_present_for_no_item_is_refused(database: Database, body_id: int) -> None:
    """Ensure removing or moving away the only item someone was present for, the item an arrival is at when no
    item follows, or the item a departure is after when none precedes, and a reorder that puts a departure before
    the arrival, are refused naming the person, and leave the items and marks as they were."""
    ids = _meeting(database, body_id, dt.date(2025, 9, 2), ["Talousarvio", "Sopimus", "Lausunto"])
    later = _meeting(database, body_id, dt.date(2025, 10, 7), ["Hankinta"])
    meeting_id = ids["meeting"]
    _mark(database, meeting_id, "Asiantuntija Áile", arrived=ids["Sopimus"], left=ids["Sopimus"])
    _mark(database, meeting_id, "Ari Toivonen", arrived=ids["Lausunto"], left=None)
    _mark(database, meeting_id, "Eeva Alkuun", arrived=None, left=ids["Kokouksen avaus"])
    _mark(database, meeting_id, "Kalle Loppuun", arrived=ids["Kokouksen päättäminen"], left=None)
    _mark(database, meeting_id, "Liisa Välillä", arrived=ids["Sopimus"], left=ids["Lausunto"])
    before = _marked_items(database, meeting_id)
    with database.begin() as s:
        before_numbers = [(i.section_number, i.title) for i in meeting_items(s, meeting_id)]

    def refused(change: object, name: str) -> None:
        with pytest.raises(ValidationError, match=name), database.begin() as s:
            change(s)  # type: ignore[operator]
        assert _marked_items(database, meeting_id) == before
        with database.begin() as s:
            assert [(i.section_number, i.title) for i in meeting_items(s, meeting_id)] == before_numbers

    refused(lambda s: remove_item(s, item_id=ids["Sopimus"]), "Asiantuntija Áile")
    refused(lambda s: move_item_to_meeting(s, item_id=ids["Sopimus"], meeting_id=later["meeting"]), "Áile")
    refused(lambda s: remove_item(s, item_id=ids["Kokouksen avaus"]), "Eeva Alkuun")
    refused(lambda s: remove_item(s, item_id=ids["Kokouksen päättäminen"]), "Kalle Loppuun")
    refused(lambda s: move_item(s, item_id=ids["Lausunto"], position=4), "Liisa Välillä")
