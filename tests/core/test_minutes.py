"""Conducting the demo's welfare board meeting and closing its minutes, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from core import meetings as meeting_ops
from core import minutes
from core.demo import SEED2_DNRO
from db.engine import Database
from db.enums import AppealRoute, AttendanceRole, BodyKind, ItemKind, MeetingState, MemberRole, Outcome, VoteChoice
from db.errors import LockedError, ValidationError
from db.models import AuditEntry, Body, Correction, Item, Meeting, Membership, Person


@dataclass
class Welfare:
    """Ids of the Hartola welfare board meeting 7/2025 and its people."""

    meeting_id: int
    items: dict[ItemKind | str, int]
    sections: dict[int, int]
    members: list[int]
    deputies: dict[int, int]
    names: dict[str, int]


@pytest.fixture
def welfare(demo_db: Database) -> Welfare:
    return load_welfare(demo_db)


def load_welfare(demo_db: Database) -> Welfare:
    """The demo's welfare board meeting 7/2025 and its people, by id."""
    with demo_db.begin() as s:
        body = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        meeting = s.scalars(select(Meeting).where(Meeting.body_id == body.id, Meeting.number == 7)).one()
        items: dict[ItemKind | str, int] = {}
        for item in meeting.items:
            items.setdefault(item.kind, item.id)
            if item.title.startswith("Varhaiskasvatuksen"):
                items["fees"] = item.id
        members = [m.person_id for m in minutes.seat_memberships(s, meeting)]
        deputies = {m.deputy_for_id: m.person_id for m in minutes.deputy_memberships(s, meeting) if m.deputy_for_id}
        names = {p.name: p.id for p in s.scalars(select(Person))}
        return Welfare(meeting.id, items, {i.section_number: i.id for i in meeting.items}, members, deputies, names)


def _begin(database: Database, w: Welfare) -> None:
    with database.begin() as s:
        minutes.begin_meeting(s, w.meeting_id)


def test_attendance_is_filled_from_the_composition(demo_db: Database, welfare: Welfare) -> None:
    """Ensure starting the meeting lists the nine seats, the secretary and the presenter with their roles."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        assert meeting.state == MeetingState.HELD
        roles = {a.person.name: (a.role, a.role_text) for a in meeting.attendances}
        assert roles["Pirjo Heinonen"][0] == AttendanceRole.CHAIR
        assert roles["Áile Čoavddis"][0] == AttendanceRole.MEMBER
        assert roles["Minna Salo"] == (AttendanceRole.SECRETARY, "pöytäkirjanpitäjä")
        assert roles["Hanna Koskinen"] == (AttendanceRole.PRESENTER, "esittelijä")
        assert len(meeting.attendances) == 11
        minutes.begin_meeting(s, welfare.meeting_id)  # again: nothing doubled
        assert len(meeting.attendances) == 11


def test_quorum_follows_arrivals_departures_and_deputies(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the quorum of each § counts late arrivals, early departures and deputies in a member's place."""
    _begin(demo_db, welfare)
    first, last = min(welfare.sections), max(welfare.sections)
    with demo_db.begin() as s:
        for member in welfare.members[4:]:
            minutes.set_attendance(s, welfare.meeting_id, member, arrived_at_section=first + 2)
        statuses = minutes.quorum_by_item(s, welfare.meeting_id)
        assert statuses[welfare.sections[first]].filled == 4
        assert not statuses[welfare.sections[first]].quorate
        assert statuses[welfare.sections[first]].required == 5
        assert statuses[welfare.sections[first + 2]].quorate
        minutes.call_deputy(
            s, welfare.meeting_id, member_id=welfare.members[0], deputy_id=welfare.deputies[welfare.members[0]]
        )
        minutes.set_attendance(s, welfare.meeting_id, welfare.members[1], left_after_section=last - 1)
        statuses = minutes.quorum_by_item(s, welfare.meeting_id)
        assert statuses[welfare.sections[first + 2]].filled == 9
        assert welfare.deputies[welfare.members[0]] in statuses[welfare.sections[first + 2]].voters
        assert statuses[welfare.sections[last]].filled == 8


def test_attendance_refuses_unknown_sections(demo_db: Database, welfare: Welfare) -> None:
    """Ensure an arrival at a § the meeting does not have, or a departure before arrival, is refused."""
    _begin(demo_db, welfare)
    first = min(welfare.sections)
    with pytest.raises(ValidationError, match="999"), demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, welfare.members[2], arrived_at_section=999)
    with pytest.raises(ValidationError, match="ennen saapumista"), demo_db.begin() as s:
        minutes.set_attendance(
            s, welfare.meeting_id, welfare.members[2], arrived_at_section=first + 3, left_after_section=first + 1
        )


def test_disqualified_member_is_out_of_that_section_only(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a disqualified member who left is not present for that § and counts for nothing in it."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    member = welfare.names["Sari Mäkelä"]
    ground = minutes.ground_by_key("28.1.3").text("lapsi kunnan varhaiskasvatuksessa")
    with demo_db.begin() as s:
        minutes.add_disqualification(s, fees, member, ground, left_room=True)
    with demo_db.begin() as s:
        item = s.get(Item, fees)
        assert item is not None
        assert item.disqualifications[0].ground == (
            "hallintolaki 28 § 1 mom. 3 kohta (intressijäävi; lapsi kunnan varhaiskasvatuksessa)"
        )
        attendance = next(a for a in item.meeting.attendances if a.person_id == member)
        assert not minutes.in_room(attendance, item)
        assert minutes.quorum(s, fees).filled == 8
        assert member not in minutes.quorum(s, fees).voters
        assert minutes.quorum(s, welfare.items[ItemKind.OPENING]).filled == 9
    with pytest.raises(ValidationError, match="peruste"), demo_db.begin() as s:
        minutes.add_disqualification(s, welfare.items[ItemKind.OPENING], member, "  ")
    with pytest.raises(ValidationError, match="ei osallistu"), demo_db.begin() as s:
        minutes.record_vote(s, fees, yes_proposal="a", no_proposal="b", ballots={member: VoteChoice.YES})


def test_vote_result_and_text(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a named vote stores every ballot, the result and a result text with the counts."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    ballots = dict.fromkeys(welfare.members[:6], VoteChoice.YES) | dict.fromkeys(welfare.members[6:], VoteChoice.NO)
    with demo_db.begin() as s:
        minutes.add_motion(
            s, fees, "Asia palautetaan valmisteluun.", proposer_id=welfare.members[7], seconder_id=welfare.members[8]
        )
        vote = minutes.record_vote(
            s,
            fees,
            yes_proposal="Esittelijän päätösehdotus",
            no_proposal="Ari Toivosen palautusehdotus",
            ballots=ballots,
        )
        assert vote.result == VoteChoice.YES
        assert vote.result_text.startswith("Jaa 6, ei 3, tyhjää 0, poissa 0. Puheenjohtaja totesi jaa-ehdotuksen")
        assert vote.result_text.endswith("tulleen hyväksytyksi.")
        assert len(vote.ballots) == 9
        minutes.set_decision(s, fees, outcome=Outcome.PASSED_AFTER_VOTE)
        item = s.get(Item, fees)
        assert item is not None
        assert item.decision == "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 6–3."


def test_tie_goes_to_the_chairs_side() -> None:
    """Ensure a tie is decided by the chair's vote and stays open if the chair voted blank."""
    tie = minutes.Tally(yes=4, no=4, blank=1)
    assert minutes.vote_result(tie, VoteChoice.NO) == VoteChoice.NO
    assert minutes.vote_result(tie, VoteChoice.BLANK) is None
    assert minutes.vote_result(minutes.Tally(yes=5, no=4), VoteChoice.NO) == VoteChoice.YES
    assert "tasan" in minutes.result_text(tie, VoteChoice.NO, yes_proposal="A", no_proposal="B")


def test_a_tie_the_chairs_vote_did_not_decide_is_recorded_by_the_secretary(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a tie with the chair voting blank stays open and blocks checking until the secretary records the
    result, whose text then says the chair's vote did not decide (not that the chair's side won)."""
    _begin(demo_db, welfare)
    fees, m = welfare.items["fees"], welfare.members
    ballots = {m[0]: VoteChoice.BLANK} | dict.fromkeys(m[1:5], VoteChoice.YES) | dict.fromkeys(m[5:9], VoteChoice.NO)
    with demo_db.begin() as s:
        vote = minutes.record_vote(s, fees, yes_proposal="A", no_proposal="B", ballots=ballots)
        assert vote.result is None
        open_tie = "Äänestyksen 1 tulos puuttuu (äänet menivät tasan)."
        assert open_tie in [p.message for p in minutes.validate_for_checking(s, welfare.meeting_id)]
        with pytest.raises(ValidationError, match="joko jaa- tai ei"):
            minutes.set_vote_result(s, vote.id, VoteChoice.BLANK)
        minutes.set_vote_result(s, vote.id, VoteChoice.NO)
        assert vote.result == VoteChoice.NO
        assert vote.result_text == (
            "Jaa 4, ei 4, tyhjää 1, poissa 0. Äänet menivät tasan, eikä puheenjohtajan ääni ratkaissut äänestystä. "
            "Puheenjohtaja totesi ei-ehdotuksen (B) tulleen hyväksytyksi."
        )
        assert open_tie not in [p.message for p in minutes.validate_for_checking(s, welfare.meeting_id)]
        with pytest.raises(ValidationError, match="jo ratkaistu"):
            minutes.set_vote_result(s, vote.id, VoteChoice.YES)


def test_quorum_rules_per_body_kind() -> None:
    """Ensure more than half is needed in a board and two thirds in a council."""
    assert minutes.required_for_quorum(9, BodyKind.COMMITTEE) == 5
    assert minutes.required_for_quorum(10, BodyKind.EXECUTIVE) == 6
    assert minutes.required_for_quorum(27, BodyKind.COUNCIL) == 18
    assert minutes.required_for_quorum(35, BodyKind.COUNCIL) == 24


def test_unseconded_motion_lapses(demo_db: Database, welfare: Welfare) -> None:
    """Ensure an unseconded proposal is marked as lapsed in the handling text."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        motion = minutes.add_motion(s, welfare.items["fees"], "Maksuja ei koroteta.", proposer_id=welfare.members[5])
        assert minutes.motion_lapsed(motion)
        assert minutes.suggest_handling(motion.item) == (
            "Puheenjohtaja totesi ehdotuksen ”Maksuja ei koroteta” (Kalle Nieminen) raukeavan kannattamattomana."
        )
        minutes.second_motion(s, motion.id, welfare.members[4])
        assert not minutes.motion_lapsed(motion)
        assert minutes.suggest_handling(motion.item) == ""
        assert minutes.motion_sentence(motion).endswith("Sari Mäkelä kannatti ehdotusta.")
        minutes.set_motion_state(s, motion.id, seconder_id=welfare.members[4], withdrawn=True)
        assert minutes.motion_lapsed(motion)
        assert minutes.motion_sentence(motion).endswith("Ehdottaja peruutti ehdotuksensa.")
        minutes.set_motion_state(s, motion.id, seconder_id=welfare.members[4], withdrawn=False)
        assert not minutes.motion_lapsed(motion)


def _complete(database: Database, w: Welfare) -> None:
    with database.begin() as s:
        meeting = s.get(Meeting, w.meeting_id)
        assert meeting is not None
        for item in meeting.items:
            outcome = Outcome.NOTED if item.kind in (ItemKind.INFORMATION, ItemKind.OPENING) else Outcome.PASSED
            minutes.set_decision(s, item.id, outcome=outcome)
        minutes.set_signatories(
            s, w.meeting_id, checker1_id=w.members[2], checker2_id=w.members[3], end_time=dt.time(18, 40)
        )


def test_checking_is_refused_until_complete_then_locks(demo_db: Database, welfare: Welfare) -> None:
    """Ensure checking lists what is missing, then stores the fingerprint and locks the minutes."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        problems = minutes.validate_for_checking(s, welfare.meeting_id)
        texts = [str(p) for p in problems]
        assert "Valitse kaksi pöytäkirjantarkastajaa." in texts
        assert any(t.startswith("62 §: Päätös puuttuu") for t in texts)
    with pytest.raises(ValidationError, match="Päätös puuttuu"), demo_db.begin() as s:
        minutes.mark_checked(s, welfare.meeting_id, checked_date=dt.date(2025, 10, 23))
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        assert minutes.validate_for_checking(s, welfare.meeting_id) == []
        fingerprint = minutes.mark_checked(
            s, welfare.meeting_id, checked_date=dt.date(2025, 10, 23), checked_place="Hartola"
        )
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        assert meeting.state == MeetingState.MINUTES_CHECKED
        assert meeting.fingerprint == fingerprint
        assert minutes.verify_fingerprint(s, welfare.meeting_id)
    with pytest.raises(LockedError), demo_db.begin() as s:
        item = s.get(Item, welfare.items["fees"])
        assert item is not None
        item.decision = "Muutettu jälkikäteen."
    with pytest.raises(LockedError), demo_db.begin() as s:
        minutes.set_decision(s, welfare.items["fees"], outcome=Outcome.REJECTED)
    with demo_db.begin() as s:
        minutes.mark_published(s, welfare.meeting_id, dt.date(2025, 10, 24))
        assert minutes.verify_fingerprint(s, welfare.meeting_id)


def _make_bilingual(database: Database, w: Welfare) -> None:
    from db.enums import Language

    with database.begin() as s:
        meeting = s.get(Meeting, w.meeting_id)
        assert meeting is not None
        meeting.body.organisation.language = Language.BILINGUAL


def test_a_bilingual_organisations_minutes_name_the_sections_without_swedish_texts(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure a bilingual organisation learns before checking which §§ lack their Swedish texts (they do not stop
    the checking), and a Finnish-speaking one is not told."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        assert minutes.missing_swedish_texts(s, welfare.meeting_id) == []  # Hartola is Finnish-speaking
    _make_bilingual(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        missing = minutes.missing_swedish_texts(s, welfare.meeting_id)
        item = s.get(Item, fees)
        assert item is not None
        assert f"{item.section_number} §: otsikko, selostus, päätösehdotus" in missing
        # The opening § has its Swedish title, proposal and customary decision from Sihteeri.
        assert not any(note.startswith(f"{item.section_number - 5} §") for note in missing)
        item.title_sv, item.background_sv, item.proposal_sv = "Avgifter", "Bakgrund.", "Förslag."
    with demo_db.begin() as s:
        assert not any(note.startswith(f"{s.get(Item, fees).section_number} §")  # type: ignore[union-attr]
                       for note in minutes.missing_swedish_texts(s, welfare.meeting_id))  # fmt: skip
        assert minutes.validate_for_checking(s, welfare.meeting_id) == []  # no obstacle to checking
        minutes.mark_checked(s, welfare.meeting_id, checked_date=dt.date(2025, 10, 23), checked_place="Hartola")


def test_quorum_failure_blocks_checking(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a § without quorum is named among the problems, but not the closing § (the chair closes the meeting
    whether or not it is quorate)."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    last = max(welfare.sections)
    with demo_db.begin() as s:
        assert s.get(Item, welfare.sections[last]).kind == ItemKind.CLOSING  # type: ignore[union-attr]
        for member in welfare.members[:5]:
            minutes.set_attendance(s, welfare.meeting_id, member, left_after_section=last - 2)
        problems = minutes.validate_for_checking(s, welfare.meeting_id)
    assert [p.section for p in problems] == [f"{last - 1} §"]
    assert "päätösvaltainen" in problems[0].message


def test_the_minutes_of_a_meeting_found_inquorate_can_be_checked(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a meeting found inquorate at its start is recorded and checked: the legality § noted with the
    suggested finding, the other matters moved to a later meeting; the legality § recorded as quorate is refused."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        for member in welfare.members[-5:]:
            minutes.set_attendance(s, welfare.meeting_id, member, present=False)
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        later = meeting_ops.create_meeting(s, body_id=meeting.body_id, date=meeting.date + dt.timedelta(days=14))
        kept = (ItemKind.OPENING, ItemKind.LEGALITY, ItemKind.CLOSING)
        moved = [item.id for item in meeting.items if item.kind not in kept]
        later_id = later.id
    with demo_db.begin() as s:
        for item_id in moved:
            meeting_ops.move_item_to_meeting(s, item_id=item_id, meeting_id=later_id)
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        assert [item.kind for item in meeting.items] == list(kept)
        legality = next(item for item in meeting.items if item.kind == ItemKind.LEGALITY)
        for item in meeting.items:
            outcome = Outcome.PASSED if item.kind == ItemKind.LEGALITY else Outcome.NOTED
            minutes.set_decision(s, item.id, outcome=outcome)
        minutes.set_signatories(
            s, welfare.meeting_id, checker1_id=welfare.members[1], checker2_id=welfare.members[2],
            end_time=dt.time(18, 10),
        )  # fmt: skip
        problems = [str(p) for p in minutes.validate_for_checking(s, welfare.meeting_id)]
    assert [p for p in problems if "päätösvaltainen" in p] == [
        f"{legality.section_number} §: Kokous ei ollut päätösvaltainen (4/9, vaaditaan 5). Valitse päätöksen lajiksi "
        "”merkitty tiedoksi” ja kirjaa, ettei kokous ollut päätösvaltainen; siirrä muut asiat seuraavaan kokoukseen."
    ]

    with demo_db.begin() as s:
        minutes.set_decision(s, legality.id, outcome=Outcome.NOTED)
        item = s.get(Item, legality.id)
        assert item is not None
        assert item.decision == (
            "Kokous todettiin laillisesti koolle kutsutuksi mutta ei päätösvaltaiseksi. Esityslistan asioita ei "
            "käsitelty."
        )
        assert minutes.decision_suggestion(item, Outcome.NOTED, "sv").text.startswith(
            "Mötet konstaterades vara lagligen sammankallat men inte beslutfört."
        )
        assert minutes.validate_for_checking(s, welfare.meeting_id) == []
        minutes.mark_checked(s, welfare.meeting_id, checked_date=dt.date(2025, 10, 23), checked_place="Hartola")
    with demo_db.begin() as s:
        assert minutes.verify_fingerprint(s, welfare.meeting_id)


def test_correction_and_tampering(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a correction is a new record keeping the old text and a raw SQL change is detected."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        with pytest.raises(ValidationError, match="ei ole tarkastettu"):
            minutes.add_correction(s, fees, "Minna Salo", "Kirjoitusvirhe", "decision", "Uusi")
        minutes.mark_checked(s, welfare.meeting_id, checked_date=dt.date(2025, 10, 23))
    with demo_db.begin() as s:
        minutes.add_correction(
            s,
            fees,
            "Minna Salo",
            "Kirjoitusvirhe päätöksessä",
            "decision",
            "Päätösehdotus hyväksyttiin yksimielisesti.",
        )
    with demo_db.begin() as s:
        correction = s.scalars(select(Correction).where(Correction.item_id == fees)).one()
        assert correction.old_text == "Päätösehdotus hyväksyttiin."
        assert minutes.verify_fingerprint(s, welfare.meeting_id)  # corrections are not tampering
    with demo_db.begin() as s:
        s.execute(text("UPDATE item SET decision = 'Hylättiin.' WHERE id = :id"), {"id": fees})
    with demo_db.begin() as s:
        report = minutes.check_integrity(s, welfare.meeting_id)
        assert report.status == minutes.Integrity.CHANGED
        assert "muuttunut" in report.message
        assert not minutes.verify_fingerprint(s, welfare.meeting_id)


def test_published_demo_meeting_is_intact(demo_db: Database) -> None:
    """Ensure the demo's checked meeting verifies and a meeting not yet checked reports so."""
    with demo_db.begin() as s:
        checked = s.scalars(select(Meeting).where(Meeting.state == MeetingState.PUBLISHED)).one()
        open_ = s.scalars(select(Meeting).where(Meeting.state == MeetingState.AGENDA_PUBLISHED)).one()
        assert minutes.check_integrity(s, checked.id).status == minutes.Integrity.INTACT
        assert minutes.check_integrity(s, open_.id).status == minutes.Integrity.NOT_CHECKED


def test_only_active_seats_count(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a membership that ended before the meeting is not a seat."""
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        s.add(
            Membership(
                body_id=meeting.body_id,
                person_id=welfare.names["Minna Salo"],
                role=MemberRole.MEMBER,
                term_start=dt.date(2021, 6, 1),
                term_end=dt.date(2025, 5, 31),
            )
        )
        s.flush()
        assert len(minutes.seat_memberships(s, meeting)) == 9


def test_appeal_route_problems_block_checking(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a hand-chosen appeal route without a reason is listed as a problem of that §."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        item = s.get(Item, welfare.items["fees"])
        assert item is not None
        item.appeal_route_override = AppealRoute.MUNICIPAL_APPEAL
        problems = minutes.validate_for_checking(s, welfare.meeting_id)
    assert [p.section for p in problems] == ["63 §"]
    assert "perustelu" in problems[0].message


def test_printed_minutes_show_what_was_recorded(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the printed minutes carry the late arrival, deputy, disqualification, vote, dissent and correction."""
    pypdf = pytest.importorskip("pypdf")
    from core.printing import DocumentKind, DocumentRequest, render_document

    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    n = welfare.names
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, n["Kalle Nieminen"], arrived_at_section=63)
        minutes.call_deputy(s, welfare.meeting_id, member_id=n["Leena Hyvönen"], deputy_id=n["Riikka Hakala"])
        minutes.add_disqualification(
            s, fees, n["Sari Mäkelä"], minutes.ground_by_key("28.1.3").text("lapsi päiväkodissa")
        )
        minutes.add_motion(
            s, fees, "Maksut pidetään ennallaan.", proposer_id=n["Ari Toivonen"], seconder_id=n["Eija Kettunen"]
        )
        no_side = {n["Ari Toivonen"], n["Eija Kettunen"]}
        ballots = {pid: VoteChoice.NO if pid in no_side else VoteChoice.YES for pid in minutes.quorum(s, fees).voters}
        minutes.record_vote(
            s, fees, yes_proposal="Esittelijän päätösehdotus", no_proposal="Ari Toivosen ehdotus", ballots=ballots
        )
        minutes.add_dissent(s, fees, n["Ari Toivonen"], "Korotus on kohtuuton.")
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        minutes.set_decision(s, fees, outcome=Outcome.PASSED_AFTER_VOTE)
        minutes.mark_checked(s, welfare.meeting_id, checked_date=dt.date(2025, 10, 24))
    with demo_db.begin() as s:
        minutes.add_correction(
            s, fees, "Minna Salo", "Äänimäärä väärin", "decision", "Päätösehdotus hyväksyttiin äänin 6–2."
        )
    pdf = render_document(demo_db, DocumentRequest(DocumentKind.MINUTES, meeting_id=welfare.meeting_id))
    words = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    expected = [
        "Kalle Nieminen, saapui 63 §:n alussa",
        "Riikka Hakala, varajäsen (Leena Hyvönen)",
        "Sari Mäkelä ilmoitti olevansa esteellinen (hallintolaki 28 § 1 mom. 3 kohta (intressijäävi; lapsi "
        "päiväkodissa)).",
        "JAA 6, EI 2, TYHJÄ 0, POISSA 0. Puheenjohtaja totesi jaa-ehdotuksen (Esittelijän päätösehdotus) tulleen",
        "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 6–2.",
        "Syy: Äänimäärä väärin",  # a correction prints right after the part it corrects
        "Korotus on kohtuuton.",
    ]
    positions = [words.find(part) for part in expected]
    assert all(p >= 0 for p in positions), list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)


def test_decision_prefill_never_overwrites_own_text(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the prefilled decisions follow the outcome and the meeting, and typed text is recognised as own."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        minutes.set_signatories(s, welfare.meeting_id, checker1_id=welfare.members[2], checker2_id=welfare.members[3])
        opening = s.get(Item, welfare.items[ItemKind.OPENING])
        checkers = s.get(Item, welfare.items[ItemKind.CHECKERS])
        fees = s.get(Item, welfare.items["fees"])
        assert opening is not None and checkers is not None and fees is not None
        assert minutes.suggest_decision(opening, Outcome.NOTED) == "Puheenjohtaja avasi kokouksen klo 17.00."
        assert minutes.suggest_decision(checkers, Outcome.ELECTION) == (
            "Pöytäkirjantarkastajiksi valittiin Áile Čoavddis ja Timo Rantanen."
        )
        assert minutes.suggest_decision(fees, Outcome.TABLED) == "Asia pöydättiin."
        assert minutes.suggest_decision(fees, Outcome.RETURNED) == "Asia palautettiin valmisteluun."
        assert minutes.is_suggested_decision(fees, "Asia pöydättiin.")
        assert not minutes.is_suggested_decision(fees, "Lautakunta päätti toisin.")


def test_vice_chair_takes_the_chair(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a new chair becomes the chair in the attendance list and decides a tied vote."""
    _begin(demo_db, welfare)
    chair, vice = welfare.members[0], welfare.members[1]
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, chair, present=False)
        minutes.set_signatories(s, welfare.meeting_id, chair_id=vice)
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        roles = {a.person_id: a.role for a in meeting.attendances}
        assert roles[chair] == AttendanceRole.MEMBER
        assert roles[vice] == AttendanceRole.CHAIR
        voters = minutes.quorum(s, fees).voters
        assert len(voters) == 8
        no_side = {vice, *voters[-3:]}
        ballots = {pid: VoteChoice.NO if pid in no_side else VoteChoice.YES for pid in voters}
        vote = minutes.record_vote(s, fees, yes_proposal="A", no_proposal="B", ballots=ballots)
        assert vote.result == VoteChoice.NO
        assert "Äänet menivät tasan, ja puheenjohtajan kannattama ehdotus voitti." in vote.result_text


@pytest.mark.parametrize(
    ("language", "chair_ballot", "recorded", "statement"),
    [
        ("fi", VoteChoice.YES, None,
         "Äänet menivät tasan, ja puheenjohtajan kannattama ehdotus voitti. Puheenjohtaja totesi jaa-ehdotuksen (A) "
         "tulleen hyväksytyksi."),
        ("fi", VoteChoice.BLANK, VoteChoice.NO,
         "Äänet menivät tasan, eikä puheenjohtajan ääni ratkaissut äänestystä. Puheenjohtaja totesi ei-ehdotuksen (B) "
         "tulleen hyväksytyksi."),
        ("sv", VoteChoice.YES, None,
         "Rösterna föll lika, och det förslag som ordföranden röstade för vann. Ordföranden konstaterade att "
         "ja-förslaget (A) hade godkänts."),
        ("sv", VoteChoice.BLANK, None, "Rösterna föll lika, och ordförandens röst avgjorde inte omröstningen."),
    ],
)
def test_a_printed_vote_states_its_result_once_in_the_documents_language(
    demo_db: Database, welfare: Welfare, language: str, chair_ballot: VoteChoice, recorded: VoteChoice | None,
    statement: str,
) -> None:
    """Ensure the minutes give the counts once (not again from the stored Finnish text), then the chair's statement
    in the document's language, saying whether the chair's vote decided a tie."""
    pypdf = pytest.importorskip("pypdf")
    from core.printing import DocumentKind, DocumentRequest, render_document

    _begin(demo_db, welfare)
    fees, m = welfare.items["fees"], welfare.members
    ballots = {m[0]: chair_ballot} | dict.fromkeys(m[1:5], VoteChoice.YES) | dict.fromkeys(m[5:9], VoteChoice.NO)
    if chair_ballot == VoteChoice.YES:
        ballots[m[4]] = VoteChoice.BLANK  # 4 against 4 with the chair on the JAA side
    with demo_db.begin() as s:
        assert s.get(Meeting, welfare.meeting_id).chair_id == m[0]  # type: ignore[union-attr]
        vote = minutes.record_vote(s, fees, yes_proposal="A", no_proposal="B", ballots=ballots)
        if recorded is not None:
            minutes.set_vote_result(s, vote.id, recorded)
    request = DocumentRequest(DocumentKind.MINUTES, meeting_id=welfare.meeting_id, language=language)
    pdf = render_document(demo_db, request)
    words = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    counts = "JAA 4, EI 4, TYHJÄ 1, POISSA 0." if language == "fi" else "JA 4, NEJ 4, BLANKA 1, FRÅNVARANDE 0."
    assert f"{counts} {statement}" in words
    assert "Jaa 4, ei 4" not in words  # the stored text's counts are not printed again


def test_the_agenda_is_marked_published_before_the_meeting(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the agenda's publishing day is recorded with the state, and refused after the meeting's day or start."""
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        meeting.state = MeetingState.DRAFT
        day = meeting.date - dt.timedelta(days=7)
        minutes.mark_agenda_published(s, welfare.meeting_id, day)
        assert (meeting.state, meeting.agenda_published_date) == (MeetingState.AGENDA_PUBLISHED, day)
        with pytest.raises(ValidationError, match="ennen kokousta"):
            minutes.mark_agenda_published(s, welfare.meeting_id, meeting.date + dt.timedelta(days=1))
    _begin(demo_db, welfare)
    with demo_db.begin() as s, pytest.raises(ValidationError, match="jo aloitettu"):
        minutes.mark_agenda_published(s, welfare.meeting_id, dt.date(2025, 1, 1))


def test_sending_an_excerpt_is_recorded_even_after_checking(demo_db: Database) -> None:
    """Ensure the sending day, method and receipt are stored on checked minutes, a party's period runs from them,
    and incomplete or impossible records are refused in Finnish."""
    from core.deadlines import party_deadline
    from db.enums import DeliveryMethod
    from db.models import Recipient

    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.section_number == 100)).one()
        assert item.meeting.state.is_locked
        municipalities, county = item.recipients
        minutes.record_sending(s, municipalities.id, sent=dt.date(2025, 10, 20), method=DeliveryMethod.ELECTRONIC,
                               received=dt.date(2025, 10, 21))  # fmt: skip
        assert municipalities.received_date is None  # an e-mail's day follows from its sending
        deadline = party_deadline(municipalities, 30)
        assert deadline is not None and deadline.deadline.notified == dt.date(2025, 10, 23)
        minutes.record_sending(s, county.id, sent=dt.date(2025, 10, 20), method=DeliveryMethod.BY_HAND)
        assert party_deadline(county, 30) is None  # by hand: not until it is received
        minutes.record_sending(s, county.id, sent=dt.date(2025, 10, 20), method=DeliveryMethod.BY_HAND,
                               received=dt.date(2025, 10, 22))  # fmt: skip
        assert party_deadline(county, 30).deadline.notified == dt.date(2025, 10, 22)  # type: ignore[union-attr]
        county.is_party = False  # (as if it had been only for information)
        assert party_deadline(county, 30) is None
        s.rollback()
    for change, message in (
        ({"sent": dt.date(2025, 10, 20), "method": None}, "Valitse, miten"),
        ({"sent": None, "method": None, "received": dt.date(2025, 10, 22)}, "Merkitse ensin"),
        ({"sent": dt.date(2020, 1, 1), "method": DeliveryMethod.LETTER}, "ennen kokousta"),
        ({"sent": dt.date(2025, 10, 20), "method": DeliveryMethod.REGISTERED, "received": dt.date(2025, 10, 19)},
         "ennen sen lähettämistä"),
    ):
        with demo_db.begin() as s, pytest.raises(ValidationError, match=message):
            recipient = s.scalars(select(Recipient).where(Recipient.name == "Päijät-Hämeen kunnat")).one()
            minutes.record_sending(s, recipient.id, **change)  # type: ignore[arg-type]


def test_publication_mark_changes_on_checked_minutes_without_breaking_their_fingerprint(demo_db: Database) -> None:
    """Ensure a § of checked minutes can be marked as containing personal data: minutes checked before (the first
    fingerprint version, which covered the mark) are verified and signed again in the current version, the rest
    (the public title too) stays locked, and minutes changed behind Sihteeri's back refuse the mark."""
    from core import fingerprint

    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.diary_number == SEED2_DNRO)).one()
        item_id, meeting_id = item.id, item.meeting_id
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None and meeting.fingerprint is not None and meeting.fingerprint.startswith("v5")
        meeting.fingerprint = fingerprint._current(s, meeting_id)[1]  # as checked by an earlier Sihteeri
    with pytest.raises(LockedError), demo_db.begin() as s:  # not around the first version: it covers the mark
        item = s.get(Item, item_id)
        assert item is not None
        item.has_personal_data = True
    with demo_db.begin() as s:
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.INTACT
        minutes.set_publication_marks(s, item_id, has_personal_data=True)
    with demo_db.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.has_personal_data
        entries = select(AuditEntry).where(AuditEntry.entity == "item", AuditEntry.entity_id == item_id)
        logged = s.scalars(entries.order_by(AuditEntry.id)).all()[-1]
        assert logged.details["values"] == {"has_personal_data": [False, True]}  # the log keeps what it was
        stored = item.meeting.fingerprint
        assert stored is not None and stored.startswith("v5") and len(stored) == 64
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.INTACT
        minutes.set_publication_marks(s, item_id, has_personal_data=False)
        assert minutes.verify_fingerprint(s, meeting_id)
    for field, value in (("decision", "Muutettu jälkikäteen."), ("public_title", "Toinen otsikko")):
        with pytest.raises(LockedError), demo_db.begin() as s:
            item = s.get(Item, item_id)
            assert item is not None
            setattr(item, field, value)
    with demo_db.begin() as s:
        s.execute(text("UPDATE item SET public_title = 'Vaihdettu' WHERE id = :id"), {"id": item_id})
    with demo_db.begin() as s:  # the public title is part of the minutes: a secret § is printed by it
        assert minutes.check_integrity(s, meeting_id).status == minutes.Integrity.CHANGED
    refused = pytest.raises(ValidationError, match=r"muuttunut.*Verkkojulkaisun merkintöjä ei muutettu")
    with refused, demo_db.begin() as s:
        minutes.set_publication_marks(s, item_id, has_personal_data=True)
    with demo_db.begin() as s:
        item = s.get(Item, item_id)
        assert item is not None and not item.has_personal_data


def test_decision_save_refuses_a_stale_version(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a decision saved with the version the user saw is refused when the § was saved elsewhere since."""
    from db.errors import ConflictError

    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        item = s.get(Item, fees)
        assert item is not None
        seen = item.version
    with demo_db.begin() as s:  # the desk saves the decision meanwhile
        minutes.set_decision(s, fees, outcome=Outcome.PASSED, decision="Tekstiä työpöydältä.", expect_version=seen)
    with pytest.raises(ConflictError), demo_db.begin() as s:
        minutes.set_decision(s, fees, outcome=Outcome.REJECTED, decision="Vanha näkymä.", expect_version=seen)
    with demo_db.begin() as s:
        item = s.get(Item, fees)
        assert item is not None
        assert item.decision == "Tekstiä työpöydältä."


def _texts(database: Database, w: Welfare) -> list[str]:
    with database.begin() as s:
        return [str(p) for p in minutes.validate_for_checking(s, w.meeting_id)]


def test_checking_notices_ballots_that_no_longer_match_the_attendance(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a vote whose voter was marked absent or disqualified afterwards stops the checking."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    fees = welfare.items["fees"]
    ballots = dict.fromkeys(welfare.members[:5], VoteChoice.YES) | dict.fromkeys(welfare.members[5:], VoteChoice.NO)
    with demo_db.begin() as s:
        minutes.record_vote(s, fees, yes_proposal="Päätösehdotus", no_proposal="Hylätään", ballots=ballots)
    assert _texts(demo_db, welfare) == []
    with demo_db.begin() as s:
        minutes.set_attendance(s, welfare.meeting_id, welfare.members[8], present=False)
        name = s.get(Person, welfare.members[8]).name  # type: ignore[union-attr]
    texts = _texts(demo_db, welfare)
    assert any("Äänestyksessä 1 on ääni henkilöltä" in t and name in t for t in texts), texts
    with demo_db.begin() as s:  # back in the room, but disqualified from the § after the vote
        minutes.set_attendance(s, welfare.meeting_id, welfare.members[8], present=True)
        minutes.add_disqualification(s, fees, welfare.members[0], "hallintolaki 28 § 1 mom. 3 kohta")
    assert any("Äänestyksessä 1 on ääni henkilöltä" in t for t in _texts(demo_db, welfare))


def test_a_seat_taken_off_the_attendance_list_stops_the_checking(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a member removed from the attendance list (neither present nor absent) is reported."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        attendance = next(a for a in meeting.attendances if a.person_id == welfare.members[4])
        name = attendance.person.name
        minutes.remove_attendance(s, attendance.id)
    assert any(name in t and "läsnäololuettelosta" in t for t in _texts(demo_db, welfare))


def test_an_absent_signer_stops_the_checking(demo_db: Database, welfare: Welfare) -> None:
    """Ensure an absent chair, secretary or checker cannot sign the minutes."""
    _begin(demo_db, welfare)
    _complete(demo_db, welfare)
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        chair_id = meeting.chair_id
        assert chair_id is not None
        minutes.set_attendance(s, welfare.meeting_id, chair_id, present=False)
        minutes.set_attendance(s, welfare.meeting_id, welfare.members[2], present=False)  # a checker
    texts = _texts(demo_db, welfare)
    assert any(t.startswith("Puheenjohtajaksi valittu") for t in texts), texts
    assert any(t.startswith("Pöytäkirjantarkastajaksi valittu") for t in texts), texts


def test_unfinished_prefilled_decisions_and_a_missing_end_time_stop_the_checking(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure a decision ending in a colon, a bare "valittiin" and a missing end time are reported, and the
    checkers' § gets their names when they are chosen."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        meeting = s.get(Meeting, welfare.meeting_id)
        assert meeting is not None
        for item in meeting.items:
            outcome = Outcome.NOTED if item.kind in (ItemKind.INFORMATION, ItemKind.OPENING) else Outcome.PASSED
            minutes.set_decision(s, item.id, outcome=outcome)
        minutes.set_decision(s, welfare.items["fees"], outcome=Outcome.AMENDED)
        checkers = next(i for i in meeting.items if i.kind == ItemKind.CHECKERS)
        assert checkers.decision == "Pöytäkirjantarkastajiksi valittiin"
    texts = _texts(demo_db, welfare)
    assert "Kokouksen päättymisaika puuttuu." in texts
    assert any("Päätösteksti on kesken" in t and "seuraavasti" in t for t in texts), texts
    assert any("Päätösteksti on kesken" in t and "Pöytäkirjantarkastajiksi" in t for t in texts), texts
    with demo_db.begin() as s:
        minutes.set_signatories(
            s, welfare.meeting_id, checker1_id=welfare.members[2], checker2_id=welfare.members[3], end_time=dt.time(19)
        )
        chosen = s.get(Item, welfare.items[ItemKind.CHECKERS])
        assert chosen is not None
        first, second = (s.get(Person, welfare.members[i]).name for i in (2, 3))  # type: ignore[union-attr]
        assert chosen.decision == f"Pöytäkirjantarkastajiksi valittiin {first} ja {second}."
        minutes.set_decision(s, welfare.items["fees"], outcome=Outcome.AMENDED, decision="Maksut korotetaan 2 %.")
    assert _texts(demo_db, welfare) == []


def test_a_winning_no_proposal_is_written_without_its_proposers_name(demo_db: Database, welfare: Welfare) -> None:
    """Ensure the prefilled decision after the EI side won states the proposal, not "Name: proposal"."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    ballots = dict.fromkeys(welfare.members[:4], VoteChoice.YES) | dict.fromkeys(welfare.members[4:], VoteChoice.NO)
    with demo_db.begin() as s:
        motion = minutes.add_motion(
            s, fees, "Maksuja ei koroteta vuonna 2026.", proposer_id=welfare.members[7], seconder_id=welfare.members[8]
        )
        name = motion.proposer.name  # type: ignore[union-attr]
        minutes.record_vote(
            s, fees, yes_proposal="Esittelijän päätösehdotus", no_proposal=f"{name}: {motion.text}", ballots=ballots
        )
        item = minutes.set_decision(s, fees, outcome=Outcome.PASSED_AFTER_VOTE)
        assert item.decision == "Äänestyksen jälkeen hyväksyttiin äänin 5–4 ehdotus: Maksuja ei koroteta vuonna 2026."
        assert name not in item.decision


def test_an_approved_proposal_that_does_not_exist_stops_the_checking(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a § whose outcome says its proposal was approved (unchanged or amended) but which has no proposal is
    reported: the minutes would print "Päätösehdotus hyväksyttiin." under a § without one."""
    _begin(demo_db, welfare)
    with demo_db.begin() as s:
        item = s.get(Item, welfare.items["fees"])
        assert item is not None
        item.proposal = ""
        minutes.set_decision(s, item.id, outcome=Outcome.PASSED)
    texts = _texts(demo_db, welfare)
    assert any("Päätösehdotus puuttuu" in t for t in texts), texts
    with demo_db.begin() as s:
        minutes.set_decision(s, welfare.items["fees"], outcome=Outcome.NOTED)
    assert not any("Päätösehdotus puuttuu" in t for t in _texts(demo_db, welfare))


def test_a_stored_ground_is_recognised_for_its_swedish_form() -> None:
    """Ensure every standard ground has a Finland-Swedish provision and name, and that a stored Finnish ground is
    printed in Swedish when it begins with a standard ground (its detail as written, and flagged as Finnish), and
    as written (flagged) when it does not; Finnish documents print the ground as stored."""
    for ground in minutes.DISQUALIFICATION_GROUNDS:
        number = ground.key.rsplit(".", 1)[-1]
        assert ground.reference_sv == f"förvaltningslagen 28 § 1 mom. {number} punkten"
        assert ground.name_sv and "jäv" in ground.name_sv
        assert minutes.printed_ground(ground.text(), "sv") == minutes.PrintedGround(ground.text(language="sv"), False)
    interest = minutes.ground_by_key("28.1.3")
    stored = interest.text("lapsi päiväkodissa")
    assert minutes.printed_ground(stored, "fi") == minutes.PrintedGround(stored, False)
    assert minutes.printed_ground(stored, "sv") == minutes.PrintedGround(
        "förvaltningslagen 28 § 1 mom. 3 punkten (intressejäv; lapsi päiväkodissa)", True
    )
    assert minutes.printed_ground("hallintolaki 28 § 1 mom. 3 kohta (intressijäävi), puoliso", "sv") == (
        minutes.PrintedGround("förvaltningslagen 28 § 1 mom. 3 punkten (intressejäv), puoliso", True)
    )
    assert minutes.printed_ground("hallintolaki 28 § 1 mom. 7 kohta", "sv") == (
        minutes.PrintedGround("förvaltningslagen 28 § 1 mom. 7 punkten", False)
    )
    assert minutes.printed_ground("HL 28 § 1 mom. 2 kohta", "sv") == minutes.PrintedGround(
        "HL 28 § 1 mom. 2 kohta", True
    )


def test_a_seconded_motion_not_voted_on_must_be_found_adopted_unanimously(demo_db: Database, welfare: Welfare) -> None:
    """Ensure a seconded motion with no vote stops the checking until the handling records that the body adopted it
    unanimously (or a vote is recorded); the fill button's suggestion records it, naming the body in the sentence,
    once the outcome is the motion's (amended), and not for an outcome that is the proposal's; a withdrawn motion
    needs nothing."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        motion = minutes.add_motion(
            s, fees, "Maksuja korotetaan 2 %.", proposer_id=welfare.members[7], seconder_id=welfare.members[8]
        )
        proposer = motion.proposer.name  # type: ignore[union-attr]
        motion_id = motion.id
        minutes.set_decision(s, fees, outcome=Outcome.PASSED)
        assert minutes.suggest_handling(motion.item) == ""  # the proposal's outcome: a vote was needed
    unvoted = [t for t in _texts(demo_db, welfare) if "ei äänestetty" in t]
    assert len(unvoted) == 1 and "”Maksuja korotetaan 2 %”" in unvoted[0]
    with demo_db.begin() as s:
        item = minutes.set_decision(s, fees, outcome=Outcome.AMENDED)
        finding = minutes.suggest_handling(item)
        assert finding == (
            f"Puheenjohtaja totesi, että hyvinvointilautakunta hyväksyi yksimielisesti ehdotuksen ”Maksuja korotetaan "
            f"2 %” ({proposer})."
        )
        minutes.set_decision(s, fees, outcome=Outcome.AMENDED, handling="Keskusteltiin.\n" + finding)
    assert not any("ei äänestetty" in t for t in _texts(demo_db, welfare))
    with demo_db.begin() as s:
        minutes.set_decision(s, fees, outcome=Outcome.AMENDED, handling="")
        minutes.set_motion_state(s, motion_id, seconder_id=welfare.members[8], withdrawn=True)
        item = s.get(Item, fees)
        assert item is not None and minutes.suggest_handling(item) == ""
    assert not any("ei äänestetty" in t for t in _texts(demo_db, welfare))


def test_a_seconded_motion_left_out_of_the_votes_must_be_found_adopted_unanimously(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure that with two seconded motions and one vote, the motion the vote did not name still stops the checking
    until its unanimous adoption is recorded, while the motion voted on needs nothing (named by its proposer's name,
    inflected as a secretary writes it); as many votes as seconded motions (the usual order of votes) take them
    all."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    ballots = dict.fromkeys(welfare.members[:6], VoteChoice.YES) | dict.fromkeys(welfare.members[6:], VoteChoice.NO)
    with demo_db.begin() as s:
        first = minutes.add_motion(
            s, fees, "Maksuja korotetaan 2 %.", proposer_id=welfare.members[7], seconder_id=welfare.members[8]
        )
        second = minutes.add_motion(
            s, fees, "Asia palautetaan valmisteluun.", proposer_id=welfare.members[6], seconder_id=welfare.members[5]
        )
        assert second.proposer is not None and second.proposer.name == "Leena Hyvönen"
        minutes.record_vote(
            s,
            fees,
            yes_proposal="Esittelijän päätösehdotus",
            no_proposal="Leena Hyvösen palautusehdotus",  # named by hand, the proposer's name inflected
            ballots=ballots,
        )
        item = minutes.set_decision(s, fees, outcome=Outcome.AMENDED)
        assert [m.id for m in minutes.unvoted_motions(item)] == [first.id]
        assert "”Maksuja korotetaan 2 %”" in minutes.suggest_handling(item)
    unvoted = [t for t in _texts(demo_db, welfare) if "ei äänestetty" in t]
    assert len(unvoted) == 1 and "”Maksuja korotetaan 2 %”" in unvoted[0]
    with demo_db.begin() as s:
        minutes.record_vote(
            s, fees, yes_proposal="Esittelijän päätösehdotus", no_proposal="Ehdotus korotuksesta", ballots=ballots
        )
        voted_twice = s.get(Item, fees)
        assert voted_twice is not None and minutes.unvoted_motions(voted_twice) == []
    assert not any("ei äänestetty" in t for t in _texts(demo_db, welfare))


def _chair_disqualified(s: Session, welfare: Welfare, item_id: int) -> tuple[Person, Person]:
    """The meeting's chair (set as the minutes' chair) disqualified from the §; returns the chair and the body's
    vice chair."""
    meeting = s.get(Meeting, welfare.meeting_id)
    assert meeting is not None
    chair = next(a.person for a in meeting.attendances if a.role == AttendanceRole.CHAIR)
    vice = next(m.person for m in minutes.seat_memberships(s, meeting) if m.role == MemberRole.VICE_CHAIR)
    minutes.set_signatories(s, meeting.id, chair_id=chair.id)
    minutes.add_disqualification(s, item_id, chair.id, "hallintolaki 28 § 1 mom. 2 kohta")
    return chair, vice


def test_who_chaired_a_section_the_chair_was_disqualified_from_is_recorded(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure a § from which the meeting's chair was disqualified stops the checking until its handling says who
    chaired it, and that the fill button's suggestion names the body's vice chair when the vice chair took part."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        chair, vice = _chair_disqualified(s, welfare, fees)
        item = s.get(Item, fees)
        assert item is not None
        finding = minutes.suggest_handling(item)
        assert finding == f"Puheenjohtajan ollessa esteellinen puheenjohtajana toimi varapuheenjohtaja {vice.name}."
        chair_name = chair.name
    missing = [t for t in _texts(demo_db, welfare) if "oli esteellinen tässä asiassa" in t]
    assert len(missing) == 1 and chair_name in missing[0] and "kuka toimi puheenjohtajana" in missing[0]
    with demo_db.begin() as s:
        minutes.set_decision(s, fees, outcome=Outcome.PASSED, handling=finding)
    assert not any("oli esteellinen tässä asiassa" in t for t in _texts(demo_db, welfare))
    with demo_db.begin() as s:  # the vice chair disqualified too: the body chose a chair, the secretary writes it
        minutes.add_disqualification(s, fees, vice.id, "hallintolaki 28 § 1 mom. 2 kohta")
        item = s.get(Item, fees)
        assert item is not None and minutes.acting_chair_finding(item) == ""


def test_a_disqualified_presenter_is_not_left_as_the_presenter(demo_db: Database, welfare: Welfare) -> None:
    """Ensure checking is refused while the § 's presenter is recorded as disqualified from it (the minutes would name
    them as its presenter), and passes this point once someone else is the presenter."""
    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        item = s.get(Item, fees)
        assert item is not None and item.presenter is not None
        presenter_name = item.presenter.name
        minutes.add_disqualification(s, fees, item.presenter.id, "hallintolaki 28 § 1 mom. 2 kohta")
    found = [t for t in _texts(demo_db, welfare) if "merkitty esteelliseksi tässä asiassa" in t]
    assert len(found) == 1 and presenter_name in found[0]
    with demo_db.begin() as s:
        item = s.get(Item, fees)
        assert item is not None
        item.presenter_id = next(p for p in welfare.names.values() if p != item.presenter_id)
    assert not any("merkitty esteelliseksi tässä asiassa" in t for t in _texts(demo_db, welfare))


def test_a_tie_in_a_section_the_chair_was_disqualified_from_goes_to_the_acting_chairs_side(
    demo_db: Database, welfare: Welfare
) -> None:
    """Ensure that when the meeting's chair was disqualified from a § and the vice chair chaired it, a tied vote is
    decided by the vice chair's vote (it was left open, the chair having no vote in it), and the minutes say so."""
    from core.printing import DocumentKind, DocumentRequest, render_in_session
    from core.printing.text import comparable
    from tests.core.printing_support import read_pdf

    _begin(demo_db, welfare)
    fees = welfare.items["fees"]
    with demo_db.begin() as s:
        chair, vice = _chair_disqualified(s, welfare, fees)
        voters = [p.id for p in minutes.eligible_voters(s, fees)]
        assert vice.id in voters and chair.id not in voters
        others = [v for v in voters if v != vice.id]
        half = len(voters) // 2
        ballots = {vice.id: VoteChoice.NO} | dict.fromkeys(others[: half - 1], VoteChoice.NO)
        ballots |= dict.fromkeys(others[half - 1 : 2 * half - 1], VoteChoice.YES)
        item = s.get(Item, fees)
        assert item is not None and minutes.section_chair_id(item) == vice.id
        vote = minutes.record_vote(s, fees, yes_proposal="Esittelijän päätösehdotus", no_proposal="Palautetaan.",
                                   ballots=ballots)  # fmt: skip
        assert vote.result == VoteChoice.NO  # the acting chair's side
        minutes.set_decision(s, fees, outcome=Outcome.RETURNED)
    with demo_db.session() as s:
        request = DocumentRequest(DocumentKind.EXCERPT, welfare.meeting_id, (fees,), draft=True)
        text = comparable(read_pdf(render_in_session(s, request)).text)
    assert comparable("Äänet menivät tasan, ja puheenjohtajan kannattama ehdotus voitti.") in text
