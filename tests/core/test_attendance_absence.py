"""A member's temporary absence from a meeting: left after one §, back at the start of a later one (revision 0012)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from core import minutes
from core.demo import SEED2_DNRO
from core.fingerprint import _READ, _current, _hash, _version, stored_form
from core.meetings import add_item, meeting_items, move_item, remove_item
from core.printing import DocumentKind, DocumentRequest, render_in_session
from db.engine import Database
from db.enums import VoteChoice
from db.errors import LockedError, ValidationError
from db.models import Attendance, AttendanceAbsence, Item, Meeting
from tests.core.printing_support import read_pdf
from tests.core.test_minutes import Welfare, load_welfare


@pytest.fixture
def welfare(demo_db: Database) -> Welfare:
    return load_welfare(demo_db)


def _numbers(w: Welfare) -> list[int]:
    return sorted(w.sections)


def _attendance_id(database: Database, w: Welfare, person_id: int) -> int:
    with database.begin() as s:
        return s.scalars(
            select(Attendance.id).where(Attendance.meeting_id == w.meeting_id, Attendance.person_id == person_id)
        ).one()


def _five_members_present(database: Database, w: Welfare) -> None:
    """Five of the nine members present, no deputies: exactly quorate (five needed)."""
    with database.begin() as s:
        minutes.begin_meeting(s, w.meeting_id)
        for member in w.members[5:]:
            minutes.set_attendance(s, w.meeting_id, member, present=False)


def test_a_temporary_absence_leaves_the_member_out_of_the_quorum_and_the_voters_of_those_sections(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure a member who left after the second § and came back at the start of the fifth counts neither for the
    quorum nor as a voter in the third and fourth, and does in the others; a vote recorded before the absence was
    noted then has a ballot of someone who took no part."""
    numbers = _numbers(welfare)
    away = welfare.members[0]
    _five_members_present(demo_db, welfare)
    with demo_db.begin() as s:
        third = welfare.sections[numbers[2]]
        minutes.record_vote(
            s, third, yes_proposal="Esittelijän päätösehdotus", no_proposal="Hylätään",
            ballots=dict.fromkeys(minutes.quorum(s, third).voters, VoteChoice.YES),
        )  # fmt: skip
        assert minutes.ballot_problems(s, third) == []
    attendance_id = _attendance_id(demo_db, welfare, away)
    with demo_db.begin() as s:
        minutes.add_absence(
            s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[4],
            left_time=dt.time(19, 2), returned_time=dt.time(19, 20),
        )  # fmt: skip
    with demo_db.begin() as s:
        by_item = minutes.quorum_by_item(s, welfare.meeting_id)
        for number in numbers:
            status = by_item[welfare.sections[number]]
            if numbers[1] < number < numbers[4]:
                assert (status.filled, status.quorate) == (4, False), number
                assert away not in status.voters
                assert away not in [p.id for p in minutes.eligible_voters(s, welfare.sections[number])]
            else:
                assert (status.filled, status.quorate) == (5, True), number
                assert away in status.voters
        problems = minutes.ballot_problems(s, third)
        assert len(problems) == 1 and "ei osallistu asian käsittelyyn" in problems[0]


def test_an_absence_is_checked_and_can_be_removed(demo_db: Database, welfare: Welfare) -> None:
    """Ensure an absence is refused outside the meeting's §§, around no §, before the arrival, after the departure,
    overlapping another, with the return's time before the leaving's and for someone absent from the whole meeting;
    an arrival or departure that would leave it outside is refused; removed, the member takes part again."""
    numbers = _numbers(welfare)
    member = welfare.members[0]
    _five_members_present(demo_db, welfare)
    attendance_id = _attendance_id(demo_db, welfare, member)
    refusals = [
        (dict(left_after_section=numbers[0] - 1, returned_at_section=numbers[3]), "Kokouksessa ei ole pykälää"),
        (dict(left_after_section=numbers[1], returned_at_section=numbers[-1] + 5), "tarkista palaamisen kohta"),
        (dict(left_after_section=numbers[1], returned_at_section=numbers[2]), "ei kata yhtään pykälää"),
        (dict(left_after_section=numbers[3], returned_at_section=numbers[1]), "ei kata yhtään pykälää"),
        (
            dict(left_after_section=numbers[1], returned_at_section=numbers[3], left_time=dt.time(19, 30),
                 returned_time=dt.time(19, 0)),
            "Paluun kellonaika",
        ),
    ]  # fmt: skip
    for values, message in refusals:
        with pytest.raises(ValidationError, match=message), demo_db.begin() as s:
            minutes.add_absence(s, attendance_id, **values)  # type: ignore[arg-type]
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, member, arrived_at_section=numbers[2])
    with pytest.raises(ValidationError, match="ennen saapumista"), demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[4])
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, member, arrived_at_section=None, left_after_section=numbers[3])
    with pytest.raises(ValidationError, match="poistumisen jälkeen"), demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[4])
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, member, left_after_section=None)
        absence = minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[3])
        absence_id = absence.id
    with pytest.raises(ValidationError, match="päällekkäin"), demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[2], returned_at_section=numbers[4])
    with pytest.raises(ValidationError, match="poistumisen jälkeen"), demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, member, left_after_section=numbers[2])
    with demo_db.begin() as s:  # one that begins where the other ends is no overlap
        minutes.add_absence(s, attendance_id, left_after_section=numbers[3], returned_at_section=numbers[5])
    with demo_db.begin() as s:
        assert member not in minutes.quorum(s, welfare.sections[numbers[2]]).voters
        minutes.remove_absence(s, absence_id)
    with demo_db.begin() as s:
        assert member in minutes.quorum(s, welfare.sections[numbers[2]]).voters
        assert member not in minutes.quorum(s, welfare.sections[numbers[4]]).voters
        minutes.set_attendance(s, welfare.meeting_id, member, present=False)  # absent wholly: no whiles away
        assert s.scalars(select(AttendanceAbsence)).all() == []
    with pytest.raises(ValidationError, match="koko kokouksesta"), demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[3])


def test_an_absence_prints_in_the_minutes_and_the_excerpts_in_finnish_and_swedish(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure the attendance line of the minutes says when the member left and came back, in Finnish and in
    Swedish, and the handling of the § they left after and of the § they came back at says so too (in an excerpt
    as well)."""
    numbers = _numbers(welfare)
    _five_members_present(demo_db, welfare)
    attendance_id = _attendance_id(demo_db, welfare, welfare.members[1])
    left, back = numbers[1], numbers[4]
    with demo_db.begin() as s:
        minutes.add_absence(
            s, attendance_id, left_after_section=left, returned_at_section=back, left_time=dt.time(19, 2),
            returned_time=dt.time(19, 20),
        )  # fmt: skip
        name = s.get(Attendance, attendance_id).person.name  # type: ignore[union-attr]
        printed = {
            language: read_pdf(render_in_session(s, DocumentRequest(DocumentKind.MINUTES, welfare.meeting_id,
                                                                     language=language, draft=True))).text
            for language in ("fi", "sv")
        }  # fmt: skip
        excerpt = read_pdf(
            render_in_session(
                s, DocumentRequest(DocumentKind.EXCERPT, welfare.meeting_id, item_ids=(welfare.sections[back],),
                                   draft=True)
            )
        ).text  # fmt: skip
    fi = " ".join(printed["fi"].split())
    sv = " ".join(printed["sv"].split())
    assert f"poistui {left} §:n jälkeen klo 19.02 ja palasi {back} §:n alussa klo 19.20" in fi
    assert f"avlägsnade sig efter § {left} kl. 19.02 och återkom i början av § {back} kl. 19.20" in sv
    assert f"{name} poistui kokouksesta klo 19.02 tämän asian käsittelyn jälkeen." in fi
    assert f"{name} palasi kokoukseen klo 19.20 ennen tämän asian käsittelyä." in fi
    assert f"{name} återkom till mötet kl. 19.20 före behandlingen av detta ärende." in sv
    assert f"{name} palasi kokoukseen klo 19.20 ennen tämän asian käsittelyä." in " ".join(excerpt.split())


def test_an_absence_follows_its_sections_when_they_are_renumbered(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the marks of an absence keep pointing to the same matters when an item is added before them, when
    items move and when the § left after is removed; a change that would leave it around no § is refused."""
    numbers = _numbers(welfare)
    _five_members_present(demo_db, welfare)
    attendance_id = _attendance_id(demo_db, welfare, welfare.members[0])
    with demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[3])
    left_item, away_item, back_item = (welfare.sections[numbers[i]] for i in (1, 2, 3))

    def marked() -> tuple[int, int]:
        """The items the absence's marks point to now."""
        with demo_db.begin() as s:
            absence = s.scalars(select(AttendanceAbsence)).one()
            by_number = {i.section_number: i.id for i in meeting_items(s, welfare.meeting_id)}
            return by_number[absence.left_after_section], by_number[absence.returned_at_section]

    with demo_db.begin() as s:
        add_item(s, meeting_id=welfare.meeting_id, title="Kiireellinen asia", position=1)
    assert marked() == (left_item, back_item)
    with demo_db.begin() as s:
        assert welfare.members[0] not in minutes.quorum(s, away_item).voters
        move_item(s, item_id=back_item, position=len(meeting_items(s, welfare.meeting_id)) - 2)
    assert marked() == (left_item, back_item)
    with pytest.raises(ValidationError, match="tilapäisesti poissa"), demo_db.begin() as s:
        move_item(s, item_id=back_item, position=0)  # back before leaving: refused, nothing changed
    assert marked() == (left_item, back_item)
    with demo_db.begin() as s:
        remove_item(s, item_id=left_item)
        items = meeting_items(s, welfare.meeting_id)
        before = items[[i.id for i in items].index(away_item) - 1].id
    assert marked() == (before, back_item)


def test_removing_the_only_section_of_an_absence_is_refused(demo_db: Database, welfare: Welfare) -> None:
    """Ensure removing the one § a member was away for is refused with their name, as it would leave the absence
    around no §."""
    numbers = _numbers(welfare)
    _five_members_present(demo_db, welfare)
    attendance_id = _attendance_id(demo_db, welfare, welfare.members[0])
    with demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[1], returned_at_section=numbers[3])
        name = s.get(Attendance, attendance_id).person.name  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match=name), demo_db.begin() as s:
        remove_item(s, item_id=welfare.sections[numbers[2]])


def test_the_fifth_fingerprint_covers_absences_and_older_ones_still_verify(demo_db: Database) -> None:
    """Ensure the fingerprint's fifth version covers the absences of checked minutes (a change behind Sihteeri's
    back shows), that minutes checked in the fourth version keep verifying, and that the absences of checked
    minutes are locked."""
    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        meeting_id = item.meeting_id
        attendance = s.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.present.is_(True))
        ).first()
        assert attendance is not None
        attendance_id = attendance.id
        numbers = sorted(i.section_number for i in item.meeting.items)
        signed = _current(s, meeting_id)
        assert item.meeting.fingerprint == signed[5]
    with pytest.raises(LockedError), demo_db.begin() as s:
        minutes.add_absence(s, attendance_id, left_after_section=numbers[0], returned_at_section=numbers[2])
    with demo_db.begin() as s:  # behind Sihteeri's back
        s.execute(
            text(
                "INSERT INTO attendance_absence (attendance_id, left_after_section, returned_at_section, version, "
                "created_at, updated_at) VALUES (:a, :l, :r, 1, :t, :t)"
            ),
            {"a": attendance_id, "l": numbers[0], "r": numbers[2], "t": dt.datetime(2026, 11, 27)},
        )
    with demo_db.begin() as s:
        changed = _current(s, meeting_id)
        assert {v: changed[v] for v in (1, 2, 3, 4)} == {v: signed[v] for v in (1, 2, 3, 4)}
        assert changed[5] != signed[5]
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.CHANGED
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.fingerprint = signed[4]  # as checked before the fifth version: still verifies
    with demo_db.begin() as s:
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.INTACT


def test_earlier_versions_have_no_absence_part_and_the_fifth_is_pinned() -> None:
    """Ensure adding the absences to the content changes no earlier version's fingerprint, and the fifth gives what
    it gave when it was made (revision 0012)."""
    from tests.core.test_fingerprint import _pinned_content

    content = _pinned_content()
    before = {version: _hash(_version(content, version)) for version in (1, 2, 3, 4)}
    content["attendance_absence"] = [
        {"id": n, "attendance_id": n, "left_after_section": n, "left_time": dt.time(19, 2),
         "returned_at_section": n + 3, "returned_time": dt.time(19, 20)}
        for n in (1, 2)
    ]  # fmt: skip
    assert set(content["attendance_absence"][0]) == set(_READ["attendance_absence"])
    assert {version: _hash(_version(content, version)) for version in (1, 2, 3, 4)} == before
    assert stored_form(_hash(_version(content, 5)), 5) == (
        "v5ed6a96e531d1b3b3e9d832e63dd178107a55999a9ebf1d33afd5cc237934ab"
    )
