"""The members review: who fills a seat of the body, as the quorum (KuntaL 103 §) and the minutes count them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from core import minutes
from core import organisation as org_ops
from core.printing import DocumentKind, DocumentRequest, render_in_session
from db.engine import Database
from db.enums import AttendanceRole, BodyKind, Language, MemberRole, OrganisationKind
from db.errors import ValidationError
from db.models import Body, Meeting, Person
from gui.first_run import BodySetup, Setup, write_setup
from tests.core.printing_support import read_pdf
from tests.core.test_minutes import Welfare, load_welfare


@pytest.fixture
def welfare(demo_db: Database) -> Welfare:
    return load_welfare(demo_db)


def _people(database: Database) -> dict[str, int]:
    with database.begin() as s:
        return {p.name: p.id for p in s.scalars(select(Person))}


def _meeting_problems(database: Database, meeting_id: int) -> list[str]:
    with database.begin() as s:
        return [str(p) for p in minutes.validate_for_checking(s, meeting_id) if p.item_id is None]


def test_only_a_lawful_deputy_fills_a_seat(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a deputy fills an absent member's seat (for the quorum and as a voter) only when they are the body's
    deputy on the meeting date and, being a personal deputy, that member's own: another member's personal deputy
    and someone who is no deputy of the body count for nothing, and checking the minutes names both."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        for name in ("Áile Čoavddis", "Timo Rantanen", "Sari Mäkelä", "Kalle Nieminen"):
            minutes.set_attendance(s, welfare.meeting_id, people[name], present=False)
        # Kalle Nieminen's personal deputy for Sari Mäkelä; a member of the municipal board for Áile Čoavddis.
        minutes.set_attendance(s, welfare.meeting_id, people["Mikko Vainio"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Sari Mäkelä"])  # fmt: skip
        minutes.set_attendance(s, welfare.meeting_id, people["Juha Pelkonen"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Áile Čoavddis"])  # fmt: skip
        first = minutes.quorum(s, welfare.sections[min(welfare.sections)])
        assert (first.filled, first.required) == (5, 5)
        assert people["Mikko Vainio"] not in first.voters
        assert people["Juha Pelkonen"] not in first.voters
        # Sari Mäkelä's own personal deputy does fill her seat.
        minutes.set_attendance(s, welfare.meeting_id, people["Tiina Aalto"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Sari Mäkelä"])  # fmt: skip
        first = minutes.quorum(s, welfare.sections[min(welfare.sections)])
        assert first.filled == 6
        assert people["Tiina Aalto"] in first.voters
    problems = _meeting_problems(demo_db, welfare.meeting_id)
    assert any("Mikko Vainio on jäsenen Kalle Nieminen henkilökohtainen varajäsen" in p for p in problems)
    assert any("Juha Pelkonen" in p and "ei ole toimielimen varajäsen" in p for p in problems)
    assert not any("Tiina Aalto" in p for p in problems)


def test_an_outsider_deputy_does_not_make_the_meeting_quorate(demo_db: Database, welfare: Welfare) -> None:
    """Ensure four members and a person who is no deputy of the body are not a quorum of a nine-member board (the
    old count found 5/9 quorate and let the outsider vote)."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        for member in welfare.members[4:]:
            minutes.set_attendance(s, welfare.meeting_id, member, present=False)
        minutes.set_attendance(s, welfare.meeting_id, people["Juha Pelkonen"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=welfare.members[4])  # fmt: skip
        status = minutes.quorum(s, welfare.sections[min(welfare.sections)])
        assert (status.filled, status.seats) == (4, 9)
        assert not status.quorate
        assert people["Juha Pelkonen"] not in [p.id for p in minutes.eligible_voters(s, status.item_id)]


def test_checking_names_who_is_listed_in_a_seat_they_do_not_hold(demo_db: Database, welfare: Welfare) -> None:
    """Ensure checking the minutes names a person listed as a present member without a seat on the meeting date, a
    deputy recorded for someone who is no member, and a member and their deputy both taking part in the same §§."""
    people = _people(demo_db)
    last = max(welfare.sections)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.set_attendance(s, welfare.meeting_id, people["Hannu Ojala"], role=AttendanceRole.MEMBER)
        minutes.set_attendance(s, welfare.meeting_id, people["Riikka Hakala"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Leena Hyvönen"], arrived_at_section=last - 1)  # fmt: skip
        minutes.set_attendance(s, welfare.meeting_id, people["Marjut Virta"], role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Seppo Räsänen"])  # fmt: skip
        assert minutes.attendance_problems(s, welfare.meeting_id)
    problems = _meeting_problems(demo_db, welfare.meeting_id)
    assert any(p.startswith("Hannu Ojala on merkitty läsnä olleeksi jäseneksi") for p in problems)
    assert any("Seppo Räsänen ei ole toimielimen jäsen kokouspäivänä" in p for p in problems)
    assert any(
        "Sekä jäsen Leena Hyvönen että hänen varajäsenensä Riikka Hakala" in p and f"{last - 1} §, {last} §" in p
        for p in problems
    )
    # Once the member is recorded as leaving before the deputy came, the deputy is in order.
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, people["Leena Hyvönen"], left_after_section=last - 2)
    assert not any("Riikka Hakala" in p for p in _meeting_problems(demo_db, welfare.meeting_id))


def test_a_personal_deputy_is_chosen_for_a_member_of_the_same_term(database: Database) -> None:
    """Ensure a personal deputy can be entered only for a member of the body whose term shares days with the
    deputy's (a member of another body, or one whose term has ended, is refused in Finnish), and for a coming
    term's member ahead of the term."""
    day = dt.date(2025, 6, 1)
    write_setup(database, Setup(
        kind=OrganisationKind.MUNICIPALITY, name="Sysmän kunta", language=Language.FINNISH,
        bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu"]),
                BodySetup("Tekninen lautakunta", BodyKind.COMMITTEE, ["Teija Tekninen"])],
        secretary_name="Saara Sihteeri", secretary_title="hallintosihteeri",
    ), today=day)  # fmt: skip
    with database.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Kunnanhallitus")).one().id
        other = s.scalars(select(Person).where(Person.name == "Teija Tekninen")).one().id
        gone = org_ops.add_member(s, board, "Olli Vanha", MemberRole.MEMBER, day, term_end=dt.date(2025, 12, 31))
        gone_id = gone.person_id
        coming = org_ops.add_member(s, board, "Uuno Uusi", MemberRole.MEMBER, dt.date(2027, 6, 1)).person_id
        org_ops.add_member(s, board, "Vieno Vara", MemberRole.DEPUTY, dt.date(2027, 6, 1), deputy_for_id=coming)
    with (
        pytest.raises(ValidationError, match="Teija Tekninen ei ole toimielimen Kunnanhallitus jäsen"),
        database.begin() as s,
    ):
        org_ops.add_member(s, board, "Ville Vara", MemberRole.DEPUTY, day, deputy_for_id=other)
    with (
        pytest.raises(ValidationError, match="Olli Vanha ei ole toimielimen Kunnanhallitus jäsen"),
        database.begin() as s,
    ):
        org_ops.add_member(s, board, "Ville Vara", MemberRole.DEPUTY, dt.date(2026, 1, 1), deputy_for_id=gone_id)


def test_the_executives_representative_is_named_by_the_organisations_own_executive(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure the role of the executive's representative is written after the organisation's own executive: in a
    city "kaupunginhallituksen edustaja", in its Swedish minutes "stadsstyrelsens representant" (it was
    "kunnanhallituksen edustaja" and "styrelsens representant" whatever the executive)."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Kunnanhallitus")).one()
        details = replace(org_ops.body_details(board), name="Kaupunginhallitus", name_sv="Stadsstyrelsen",
                          name_genitive="")  # fmt: skip
        org_ops.update_body(s, board.id, details)
        minutes.begin_meeting(s, welfare.meeting_id)
        representative = minutes.set_attendance(s, welfare.meeting_id, people["Seppo Räsänen"],
                                                role=AttendanceRole.EXECUTIVE_REPRESENTATIVE)  # fmt: skip
        assert representative.role_text == "kaupunginhallituksen edustaja"
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        printed = {
            language: read_pdf(render_in_session(s, DocumentRequest(DocumentKind.MINUTES, meeting.id,
                                                                     language=language, draft=True))).bodies[0]
            for language in ("fi", "sv")
        }  # fmt: skip
        # Changed to an expert, the standard text follows; a text the secretary wrote stays.
        expert = minutes.set_attendance(s, welfare.meeting_id, people["Seppo Räsänen"], role=AttendanceRole.EXPERT)
        assert expert.role_text == "asiantuntija"
    assert "Seppo Räsänen, kaupunginhallituksen edustaja" in printed["fi"]
    assert "Seppo Räsänen, stadsstyrelsens representant" in printed["sv"]


def test_the_chair_must_be_a_member_or_a_deputy_in_a_members_place(demo_db: Database, welfare: Welfare) -> None:
    """Ensure checking the minutes refuses a chair who took part as no member (here the presenter, set through
    ``set_signatories``; the closing dialog offers those listed as members or deputies, so there it takes a
    non-member listed as one, M2) and accepts the vice chair or a deputy standing in for a member as the
    temporary chair."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.call_deputy(s, welfare.meeting_id, member_id=people["Pirjo Heinonen"], deputy_id=people["Outi Lehto"])
        minutes.set_signatories(s, welfare.meeting_id, chair_id=people["Hanna Koskinen"])
    assert any(p.startswith("Puheenjohtajaksi valittu Hanna Koskinen ei ole toimielimen jäsen")
               for p in _meeting_problems(demo_db, welfare.meeting_id))  # fmt: skip
    for acting in ("Markku Laaksonen", "Outi Lehto"):
        with demo_db.begin() as s:
            minutes.set_signatories(s, welfare.meeting_id, chair_id=people[acting])
        assert not any(p.startswith("Puheenjohtajaksi") for p in _meeting_problems(demo_db, welfare.meeting_id))


def test_a_role_written_as_the_persons_title_prints_as_their_swedish_title(demo_db: Database, welfare: Welfare) -> None:
    """Ensure another attendee whose role is written as their title (the municipal manager, "kunnanjohtaja") is
    listed in the Swedish minutes by their Swedish title ("kommundirektör"), not in Finnish; a role that is not
    their title prints as written."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.set_attendance(s, welfare.meeting_id, people["Jari Lindroos"], role=AttendanceRole.OTHER,
                               role_text="kunnanjohtaja")  # fmt: skip
        minutes.set_attendance(s, welfare.meeting_id, people["Seppo Räsänen"], role=AttendanceRole.OTHER,
                               role_text="nuorisovaltuuston edustaja")  # fmt: skip
        printed = {
            language: read_pdf(render_in_session(s, DocumentRequest(DocumentKind.MINUTES, welfare.meeting_id,
                                                                     language=language, draft=True))).bodies[0]
            for language in ("fi", "sv")
        }  # fmt: skip
    assert "Jari Lindroos, kunnanjohtaja" in printed["fi"]
    assert "Jari Lindroos, kommundirektör" in printed["sv"]
    assert "Seppo Räsänen, nuorisovaltuuston edustaja" in printed["sv"]


def test_beginning_a_new_meeting_makes_the_bodys_chair_its_chair(demo_db: Database) -> None:
    """Ensure beginning a meeting created without a chair records the body's chair as its chair (listed as
    "puheenjohtaja", and the one whose vote decides a tie); before, the chair was listed as a member and the
    meeting had no chair until the closing dialog."""
    from core import meetings

    with demo_db.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        meeting = meetings.create_meeting(s, body_id=board.id, date=dt.date(2025, 11, 18))
        minutes.begin_meeting(s, meeting.id)
        assert meeting.chair is not None and meeting.chair.name == "Pirjo Heinonen"
        roles = {a.person.name: a.role for a in meeting.attendances}
        assert roles["Pirjo Heinonen"] == AttendanceRole.CHAIR
        assert minutes.section_chair_id(meeting.items[1]) == meeting.chair_id


def test_a_member_marked_absent_has_no_arrival_in_the_minutes(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a member recorded as arriving late and then marked absent (did not come after all) is listed only as
    absent: the minutes printed "Poissa: Kalle Nieminen, saapui 63 §:n alussa" and, in 63 §, "Kalle Nieminen
    saapui kokoukseen ennen tämän asian käsittelyä"."""
    people = _people(demo_db)
    late = min(welfare.sections) + 5
    with demo_db.begin() as s:
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.set_attendance(s, welfare.meeting_id, people["Kalle Nieminen"], arrived_at_section=late)
        absent = minutes.set_attendance(s, welfare.meeting_id, people["Kalle Nieminen"], present=False)
        assert (absent.arrived_at_section, absent.left_after_section) == (None, None)
        printed = read_pdf(render_in_session(s, DocumentRequest(DocumentKind.MINUTES, welfare.meeting_id,
                                                                draft=True)))  # fmt: skip
    text = "\n".join(printed.bodies)
    assert "Kalle Nieminen, saapui" not in text
    assert "Kalle Nieminen saapui kokoukseen" not in text


def test_two_deputies_in_one_members_place_are_named(demo_db: Database, welfare: Welfare) -> None:
    """Ensure checking the minutes names two deputies recorded in the same member's place in the same §§ (the
    seat counts once and only one of them votes, yet both printed among the members present)."""
    people = _people(demo_db)
    with demo_db.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one().id
        in_order = org_ops.add_member(s, board, "Vilja Varalla", MemberRole.DEPUTY, dt.date(2025, 6, 1)).person_id
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.call_deputy(s, welfare.meeting_id, member_id=people["Leena Hyvönen"], deputy_id=people["Riikka Hakala"])
        minutes.set_attendance(s, welfare.meeting_id, in_order, role=AttendanceRole.DEPUTY,
                               deputy_for_id=people["Leena Hyvönen"])  # fmt: skip
        first = minutes.quorum(s, welfare.sections[min(welfare.sections)])
        assert first.filled == 9 and len(first.voters) == 9
    assert any(p.startswith("Sekä Riikka Hakala että Vilja Varalla on merkitty jäsenen Leena Hyvönen varajäseneksi")
               for p in _meeting_problems(demo_db, welfare.meeting_id))  # fmt: skip


def test_a_personal_deputy_goes_on_for_a_successor_from_the_election(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a personal deputy of a member who resigned stands in for the successor once their deputy membership is
    ended and added again for the successor from the election (as the checking's message says), and that the old
    deputy membership still names the resigned member for the meetings before."""
    people = _people(demo_db)
    resigned, elected = dt.date(2025, 9, 30), dt.date(2025, 10, 1)
    with demo_db.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one().id
        seats = {m.person.name: m for m in org_ops.members(s, board)}
        sari, tiina = seats["Sari Mäkelä"], seats["Tiina Aalto"]
        org_ops.update_membership(s, sari.id, role=sari.role, term_start=sari.term_start, term_end=resigned)
        successor = org_ops.add_member(s, board, "Saana Seuraaja", MemberRole.MEMBER, elected).person_id
        minutes.begin_meeting(s, welfare.meeting_id)
        minutes.call_deputy(s, welfare.meeting_id, member_id=successor, deputy_id=people["Tiina Aalto"])
    problems = _meeting_problems(demo_db, welfare.meeting_id)
    assert any("Tiina Aalto on jäsenen Sari Mäkelä henkilökohtainen varajäsen" in p and "valinnasta alkaen" in p
               for p in problems)  # fmt: skip
    with demo_db.begin() as s:
        org_ops.update_membership(s, tiina.id, role=MemberRole.DEPUTY, term_start=tiina.term_start,
                                  term_end=resigned, deputy_for_id=people["Sari Mäkelä"])  # fmt: skip
        org_ops.add_member(s, board, "Tiina Aalto", MemberRole.DEPUTY, elected, term_end=tiina.term_end,
                           deputy_for_id=successor)  # fmt: skip
        status = minutes.quorum(s, welfare.sections[min(welfare.sections)])
        assert people["Tiina Aalto"] in status.voters and status.filled == 9
    assert not any("Tiina Aalto" in p for p in _meeting_problems(demo_db, welfare.meeting_id))
