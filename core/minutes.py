"""Conducting a meeting and closing its minutes: attendance, quorum, disqualification, votes, outcomes, checking.

Every function takes the caller's session and leaves the commit to it (one operation, one transaction);
the GUI (``gui/conduct.py``), the command line and the tests all go through these functions.

Rules as implemented (the domain notes are in ``../shared/domain.md``):

- **Attendance per §.** A person with ``Attendance.present`` takes part in the §§ from
  ``arrived_at_section`` (None: from the start) to ``left_after_section`` (None: to the end), except the §§
  of a temporary absence (``AttendanceAbsence``: left after one §, back at the start of a later one). A person
  disqualified from a § (``Disqualification``) does not take part in it; if they left the room
  (``left_room``) they are not present either. A disqualified person who stayed is in the room but
  takes no part, so they count neither for the quorum nor as a voter.
- **Quorum (KuntaL 103 §).** The seats are the members (``MemberRole`` CHAIR, VICE_CHAIR, MEMBER) whose
  membership is in force on the meeting date. A seat is filled for a § when its member takes part, or a
  deputy recorded with ``deputy_for`` that member takes part. A body is quorate with more than half of
  its seats filled; a council (``BodyKind.COUNCIL``) needs at least two thirds.
- **Motions.** A proposal made in the meeting needs a seconder; an unseconded proposal lapses
  (``motion_lapsed``) and cannot be put to a vote.
- **Votes.** The result is the side with more Jaa or Ei votes. On a tie the side the chair voted for
  wins (the chair's casting vote, kuntalaki 104 § 2 mom. as given in the brief). If the chair voted
  neither Jaa nor Ei on a tie, the result is left open (``Vote.result`` None) and checking is refused until
  the secretary records it. Elections by lot are outside this module.
- **Closing.** ``validate_for_checking`` lists every problem; ``mark_checked`` refuses while any remain,
  then stores ``meeting_fingerprint`` and locks the minutes (``MeetingState.MINUTES_CHECKED``). After that,
  ``db.rules`` refuses edits and ``add_correction`` records visible corrections. ``verify_fingerprint``
  recomputes the fingerprint through SQL, so a change made directly in the database is noticed.
- **Appeal routes.** ``core.appeal.route_for_item`` is asked for every § (except one removed from the
  agenda); its refusal (e.g. a hand-chosen route without a reason) or a missing part of the
  instruction (``RouteDecision.problem``, e.g. no administrative court set) is a problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from core.appeal import route_for_item
from core.fingerprint import fingerprint_matches, meeting_fingerprint, resigned
from core.inflection import suggest_forms
from core.meetings import get_item, get_meeting
from db.enums import (
    AttendanceRole,
    BodyKind,
    DeliveryMethod,
    ItemKind,
    Language,
    MeetingState,
    MemberRole,
    Outcome,
    VoteChoice,
)
from db.errors import LockedError, NotFound, SihteeriError, ValidationError, join, msg, msg_template
from db.models import (
    Attendance,
    AttendanceAbsence,
    Ballot,
    Body,
    Correction,
    Disqualification,
    Dissent,
    Item,
    Meeting,
    Membership,
    Motion,
    Person,
    Recipient,
    Vote,
)
from db.rules import expect_version as expect_item_version

SEAT_ROLES = frozenset({MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER})
MEMBER_ATTENDANCE_ROLES = frozenset({AttendanceRole.MEMBER, AttendanceRole.CHAIR, AttendanceRole.DEPUTY})


# The Finnish role as written in the minutes (``Attendance.role_text``) when the user writes nothing else.
ROLE_TEXTS: dict[AttendanceRole, str] = {
    AttendanceRole.MEMBER: "jäsen",
    AttendanceRole.DEPUTY: "varajäsen",
    AttendanceRole.CHAIR: "puheenjohtaja",
    AttendanceRole.PRESENTER: "esittelijä",
    AttendanceRole.SECRETARY: "pöytäkirjanpitäjä",
    AttendanceRole.EXECUTIVE_REPRESENTATIVE: "kunnanhallituksen edustaja",
    AttendanceRole.EXPERT: "asiantuntija",
    AttendanceRole.OTHER: "",
}


class _Unset:
    """Marker for a keyword argument the caller did not give (None is a real value for many fields)."""


UNSET: Any = _Unset()


# --- disqualification grounds -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DisqualificationGround:
    """A ground of disqualification in hallintolaki 28 §, as it is written into the minutes.

    Attributes:
        key: a short stable key ("28.1.3").
        name: the customary name ("intressijäävi").
        reference: the provision ("hallintolaki 28 § 1 mom. 3 kohta").
        description: what the ground means, in plain Finnish (shown in the dialog).
        name_sv: the Finland-Swedish name ("intressejäv"), as Kommunförbundet names the grounds.
        reference_sv: the provision in Finland-Swedish ("förvaltningslagen 28 § 1 mom. 3 punkten").
    """

    key: str
    name: str
    reference: str
    description: str
    name_sv: str = ""
    reference_sv: str = ""

    def text(self, detail: str = "", language: str = "fi") -> str:
        """The ground as written in the minutes, e.g. "hallintolaki 28 § 1 mom. 3 kohta (intressijäävi; ...)";
        ``language`` "sv": "förvaltningslagen 28 § 1 mom. 3 punkten (intressejäv; ...)" (the detail as given)."""
        sv = language == "sv"
        inner = (self.name_sv if sv else self.name) + (f"; {detail.strip()}" if detail.strip() else "")
        return f"{self.reference_sv if sv else self.reference} ({inner})"


DISQUALIFICATION_GROUNDS: tuple[DisqualificationGround, ...] = (
    DisqualificationGround(
        "28.1.1",
        "osallisuusjäävi",
        "hallintolaki 28 § 1 mom. 1 kohta",
        "Hän tai hänen läheisensä on asianosainen.",
        "partsjäv",
        "förvaltningslagen 28 § 1 mom. 1 punkten",
    ),
    DisqualificationGround(
        "28.1.2",
        "edustusjäävi",
        "hallintolaki 28 § 1 mom. 2 kohta",
        "Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
        "ombudsjäv",
        "förvaltningslagen 28 § 1 mom. 2 punkten",
    ),
    DisqualificationGround(
        "28.1.3",
        "intressijäävi",
        "hallintolaki 28 § 1 mom. 3 kohta",
        "Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.",
        "intressejäv",
        "förvaltningslagen 28 § 1 mom. 3 punkten",
    ),
    DisqualificationGround(
        "28.1.4",
        "palvelussuhdejäävi",
        "hallintolaki 28 § 1 mom. 4 kohta",
        "Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
        "anställnings- och uppdragsjäv",
        "förvaltningslagen 28 § 1 mom. 4 punkten",
    ),
    DisqualificationGround(
        "28.1.5",
        "yhteisöjäävi",
        "hallintolaki 28 § 1 mom. 5 kohta",
        "Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja "
        "yhteisössä, säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
        "samfundsjäv",
        "förvaltningslagen 28 § 1 mom. 5 punkten",
    ),
    DisqualificationGround(
        "28.1.6",
        "ohjaus- ja valvontajäävi",
        "hallintolaki 28 § 1 mom. 6 kohta",
        "Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, "
        "jonka johtokuntaan tai vastaavaan toimielimeen hän kuuluu.",
        "styrnings- och tillsynsjäv",
        "förvaltningslagen 28 § 1 mom. 6 punkten",
    ),
    DisqualificationGround(
        "28.1.7",
        "yleislauseke",
        "hallintolaki 28 § 1 mom. 7 kohta",
        "Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.",
        "jäv enligt generalklausulen",
        "förvaltningslagen 28 § 1 mom. 7 punkten",
    ),
)


def ground_by_key(key: str) -> DisqualificationGround:
    for ground in DISQUALIFICATION_GROUNDS:
        if ground.key == key:
            return ground
    raise NotFound(msg("Esteellisyysperustetta {key} ei ole.", key=key))


@dataclass(frozen=True)
class PrintedGround:
    """A stored ground (``Disqualification.ground``) as a document of some language prints it.

    Attributes:
        text: the words to print.
        finnish: whether some of them are Finnish in a Swedish document (the secretary's own detail after a
            standard ground, or a ground Sihteeri does not recognise, printed as written).
    """

    text: str
    finnish: bool


def printed_ground(stored: str, language: str = "fi") -> PrintedGround:
    """The ground in the document's language. Only one Finnish text is stored (no schema change): in a Swedish
    document a ground that begins with a standard ground's Finnish text (``DisqualificationGround.text``, or its
    provision alone) prints that ground in Swedish, with what the secretary wrote after it as written."""
    stored = stored.strip()
    if language != "sv":
        return PrintedGround(stored, False)
    for ground in DISQUALIFICATION_GROUNDS:
        opening = f"{ground.reference} ({ground.name}"
        if stored.startswith(opening + "; ") and stored.endswith(")"):
            detail = stored[len(opening) + 2 : -1].strip()
            return PrintedGround(ground.text(detail, "sv"), bool(detail))
        if stored.startswith(opening + ")"):
            rest = stored[len(opening) + 1 :]
            return PrintedGround(ground.text(language="sv") + rest, bool(rest.strip()))
        rest = stored.removeprefix(ground.reference)
        if rest != stored and not rest[:1].isalnum():  # the provision alone ("... 3 kohta, lapsi päiväkodissa")
            return PrintedGround(ground.reference_sv + rest, bool(rest.strip(" .,;:()")))
    return PrintedGround(stored, True)


# --- attendance ---------------------------------------------------------------------------------------------


def seat_memberships(session: Session, meeting: Meeting) -> list[Membership]:
    """The body's seats on the meeting date: chair, vice chair and members whose term covers the date."""
    return [m for m in _memberships(session, meeting) if m.role in SEAT_ROLES]


def deputy_memberships(session: Session, meeting: Meeting) -> list[Membership]:
    return [m for m in _memberships(session, meeting) if m.role == MemberRole.DEPUTY]


def _memberships(session: Session, meeting: Meeting) -> list[Membership]:
    rows = session.scalars(
        select(Membership)
        .where(
            Membership.body_id == meeting.body_id,
            Membership.term_start <= meeting.date,
            or_(Membership.term_end.is_(None), Membership.term_end >= meeting.date),
        )
        .order_by(Membership.sort_order, Membership.id)
    )
    return list(rows)


def _attendance_of(meeting: Meeting, person_id: int) -> Attendance | None:
    for attendance in meeting.attendances:
        if attendance.person_id == person_id:
            return attendance
    return None


def _require_open(meeting: Meeting) -> None:
    if meeting.state.is_locked:
        raise LockedError(
            msg(
                "Kokouksen {number}/{year} pöytäkirja on tarkastettu, eikä sitä voi enää muuttaa. Tee tarvittaessa "
                "oikaisu.",
                number=meeting.number,
                year=meeting.year,
            )
        )


def ensure_attendance(session: Session, meeting_id: int) -> list[Attendance]:
    """Fill in the attendance list from the body's composition: every seat present, the secretary and presenters.

    Existing rows are kept as they are; only missing people are added, so this is safe to call again.
    """
    meeting = get_meeting(session, meeting_id)
    _require_open(meeting)
    order = max((a.sort_order for a in meeting.attendances), default=-1) + 1
    for membership in seat_memberships(session, meeting):
        if _attendance_of(meeting, membership.person_id) is None:
            is_chair = membership.person_id == meeting.chair_id
            meeting.attendances.append(
                Attendance(
                    person_id=membership.person_id,
                    role=AttendanceRole.CHAIR if is_chair else AttendanceRole.MEMBER,
                    role_text=ROLE_TEXTS[AttendanceRole.CHAIR if is_chair else AttendanceRole.MEMBER],
                    present=True,
                    sort_order=order,
                )
            )
            order += 1
    others: list[tuple[Person | None, AttendanceRole, str]] = [
        (meeting.secretary, AttendanceRole.SECRETARY, "pöytäkirjanpitäjä")
    ]
    others += [(item.presenter, AttendanceRole.PRESENTER, "esittelijä") for item in meeting.items]
    order = max(order, 100)
    for person, role, text in others:
        if person is not None and _attendance_of(meeting, person.id) is None:
            meeting.attendances.append(
                Attendance(person_id=person.id, role=role, role_text=text, present=True, sort_order=order)
            )
            order += 1
    session.flush()
    return list(meeting.attendances)


def begin_meeting(session: Session, meeting_id: int) -> Meeting:
    """Start conducting: the attendance list from the composition and the state "held"; a meeting without a
    chair yet gets the body's chair on the meeting date (changed in the closing dialog when someone else chairs)."""
    meeting = get_meeting(session, meeting_id)
    ensure_attendance(session, meeting_id)
    if meeting.chair_id is None:
        chair = next((m.person_id for m in seat_memberships(session, meeting) if m.role == MemberRole.CHAIR), None)
        if chair is not None:
            set_signatories(session, meeting_id, chair_id=chair)
    if meeting.state.rank < MeetingState.HELD.rank:
        meeting.state = MeetingState.HELD
    session.flush()
    return meeting


def set_attendance(
    session: Session,
    meeting_id: int,
    person_id: int,
    *,
    present: bool | Any = UNSET,
    role: AttendanceRole | Any = UNSET,
    role_text: str | Any = UNSET,
    deputy_for_id: int | Any | None = UNSET,
    arrived_at_section: int | Any | None = UNSET,
    arrived_time: dt.time | Any | None = UNSET,
    left_after_section: int | Any | None = UNSET,
    left_time: dt.time | Any | None = UNSET,
) -> Attendance:
    """Add a person to the meeting or change their attendance; arguments not given stay as they are."""
    meeting = get_meeting(session, meeting_id)
    _require_open(meeting)
    if session.get(Person, person_id) is None:
        raise NotFound(msg("Henkilöä ei löydy."))
    attendance = _attendance_of(meeting, person_id)
    created = attendance is None
    if attendance is None:
        attendance = Attendance(person_id=person_id, present=True, sort_order=0)
        meeting.attendances.append(attendance)
    values = {
        "present": present,
        "role": role,
        "role_text": role_text,
        "deputy_for_id": deputy_for_id,
        "arrived_at_section": arrived_at_section,
        "arrived_time": arrived_time,
        "left_after_section": left_after_section,
        "left_time": left_time,
    }
    for name, value in values.items():
        if value is UNSET:
            continue
        if name == "deputy_for_id":
            # Through the relationship, so that objects already loaded in this session see the change.
            attendance.deputy_for = session.get(Person, value) if value is not None else None
        else:
            setattr(attendance, name, value)
    if not attendance.present:
        # Absent from the whole meeting: an arrival or departure noted before would print in the minutes beside
        # "Poissa" and in the §'s handling ("saapui kokoukseen ennen tämän asian käsittelyä").
        attendance.arrived_at_section = attendance.left_after_section = None
        attendance.arrived_time = attendance.left_time = None
        attendance.absences.clear()
    if attendance.role == AttendanceRole.DEPUTY and attendance.deputy_for is None:
        raise ValidationError(msg("Merkitse, kenen jäsenen sijasta varajäsen on kokouksessa."))
    if attendance.role != AttendanceRole.DEPUTY:
        attendance.deputy_for = None
    _sync_role_text(attendance)
    _check_sections(meeting, attendance)
    _check_absences(attendance)
    if created:
        # Members and deputies are listed before the others (who start at 100), as in the minutes.
        others = [a.sort_order for a in meeting.attendances if a is not attendance]
        if attendance.role in MEMBER_ATTENDANCE_ROLES:
            attendance.sort_order = max((o for o in others if o < 100), default=-1) + 1
        else:
            attendance.sort_order = max([99, *others]) + 1
    session.flush()
    return attendance


def executive_body(meeting: Meeting) -> Body | None:
    """The executive body (kunnanhallitus, kaupunginhallitus, maakuntahallitus, aluehallitus) of the meeting's
    organisation, one in use first; None when the database keeps none."""
    executives = [b for b in meeting.body.organisation.bodies if b.kind == BodyKind.EXECUTIVE]
    return next((b for b in executives if b.active), executives[0] if executives else None)


def representative_text(meeting: Meeting, language: str = "fi") -> str:
    """The role of the executive's representative as the organisation's own executive is named: "kaupunginhallituksen
    edustaja" in a city, "maakuntahallituksen edustaja" in a regional council, in Swedish "stadsstyrelsens
    representant" from the executive's Swedish name; "" when there is no executive (or, in Swedish, no Swedish name)."""
    executive = executive_body(meeting)
    if executive is None:
        return ""
    if language == "sv":
        name = executive.name_sv.strip()
        if not name:
            return ""
        genitive = name[0].lower() + name[1:]
        return f"{genitive if genitive[-1] in 'sxz' else genitive + 's'} representant"
    genitive = executive.name_genitive.strip() or suggest_forms(executive.name).genitive
    return f"{genitive} edustaja"


def _standard_role_text(attendance: Attendance) -> str:
    if attendance.role == AttendanceRole.EXECUTIVE_REPRESENTATIVE and attendance.meeting is not None:
        return representative_text(attendance.meeting) or ROLE_TEXTS[attendance.role]
    return ROLE_TEXTS[attendance.role]


def _sync_role_text(attendance: Attendance) -> None:
    """Members' roles are written in standard words; the others keep what the user wrote (or the standard, the
    executive's representative named by the organisation's own executive)."""
    standard = {*ROLE_TEXTS.values()}
    if attendance.meeting is not None:
        standard.add(representative_text(attendance.meeting))
    text = (attendance.role_text or "").strip()
    if attendance.role in MEMBER_ATTENDANCE_ROLES:
        attendance.role_text = ROLE_TEXTS[attendance.role]
    elif attendance.role == AttendanceRole.OTHER and (not text or text in ROLE_TEXTS.values()):
        raise ValidationError(msg("Kirjoita muun läsnäolijan rooli (esimerkiksi kunnanhallituksen edustaja)."))
    elif not text or text in standard:
        attendance.role_text = _standard_role_text(attendance)


def _check_sections(meeting: Meeting, attendance: Attendance) -> None:
    numbers = {item.section_number for item in meeting.items}
    checks = (
        (
            attendance.arrived_at_section,
            msg_template("Kokouksessa ei ole pykälää {section} §; tarkista saapumisen kohta."),
        ),
        (
            attendance.left_after_section,
            msg_template("Kokouksessa ei ole pykälää {section} §; tarkista poistumisen kohta."),
        ),
    )
    for value, problem in checks:
        if value is not None and value not in numbers:
            raise ValidationError(msg(problem, section=value))
    arrived, left = attendance.arrived_at_section, attendance.left_after_section
    if arrived is not None and left is not None and left < arrived:
        raise ValidationError(
            msg(
                "Poistuminen ({left} §:n jälkeen) ei voi olla ennen saapumista ({arrived} §).",
                left=left,
                arrived=arrived,
            )
        )


def _check_absences(attendance: Attendance) -> None:
    """Refuse an arrival or departure that would put a temporary absence outside the person's time in the meeting."""
    for absence in attendance.absences:
        _check_absence_within(attendance, absence.left_after_section, absence.returned_at_section)


def _check_absence_within(attendance: Attendance, left: int, returned: int) -> None:
    arrived, departed = attendance.arrived_at_section, attendance.left_after_section
    if arrived is not None and left < arrived:
        raise ValidationError(
            msg(
                "Poissaolo ei voi alkaa ennen saapumista: {name} saapui {arrived} §:n alussa, mutta poistuisi "
                "{left} §:n jälkeen.",
                name=attendance.person.name,
                arrived=arrived,
                left=left,
            )
        )
    if departed is not None and returned > departed:
        raise ValidationError(
            msg(
                "Poissaolo ei voi jatkua poistumisen jälkeen: {name} poistui kokouksesta {departed} §:n jälkeen, "
                "mutta palaisi {returned} §:n alussa.",
                name=attendance.person.name,
                departed=departed,
                returned=returned,
            )
        )


def absent_sections(absence: AttendanceAbsence, numbers: Iterable[int]) -> list[int]:
    """The §§ of ``numbers`` the person was away for: after the one they left after, before the one they came
    back at."""
    return [n for n in numbers if absence.left_after_section < n < absence.returned_at_section]


def add_absence(
    session: Session,
    attendance_id: int,
    *,
    left_after_section: int,
    returned_at_section: int,
    left_time: dt.time | None = None,
    returned_time: dt.time | None = None,
) -> AttendanceAbsence:
    """Record that a present person left the meeting for a while (not for disqualification): after
    § ``left_after_section``, back at the start of § ``returned_at_section``. They take no part in the §§ between:
    not in the quorum, not among the voters."""
    attendance = session.get(Attendance, attendance_id)
    if attendance is None:
        raise NotFound(msg("Läsnäolomerkintää ei löydy."))
    meeting = attendance.meeting
    _require_open(meeting)
    if not attendance.present:
        raise ValidationError(msg("{name} on merkitty poissaolevaksi koko kokouksesta.", name=attendance.person.name))
    numbers = sorted(item.section_number for item in meeting.items)
    for value, problem in (
        (left_after_section, msg_template("Kokouksessa ei ole pykälää {section} §; tarkista poistumisen kohta.")),
        (returned_at_section, msg_template("Kokouksessa ei ole pykälää {section} §; tarkista palaamisen kohta.")),
    ):
        if value not in numbers:
            raise ValidationError(msg(problem, section=value))
    absence = AttendanceAbsence(
        left_after_section=left_after_section,
        returned_at_section=returned_at_section,
        left_time=left_time,
        returned_time=returned_time,
    )
    if not absent_sections(absence, numbers):
        raise ValidationError(
            msg(
                "Palaaminen ({returned} §:n alussa) on oltava myöhemmin kuin yhtä pykälää poistumisen ({left} §:n "
                "jälkeen) jälkeen: muuten poissaolo ei kata yhtään pykälää.",
                returned=returned_at_section,
                left=left_after_section,
            )
        )
    if left_time is not None and returned_time is not None and returned_time < left_time:
        raise ValidationError(msg("Paluun kellonaika ei voi olla ennen poistumisen kellonaikaa."))
    _check_absence_within(attendance, left_after_section, returned_at_section)
    for other in attendance.absences:
        if left_after_section < other.returned_at_section and other.left_after_section < returned_at_section:
            raise ValidationError(
                msg(
                    "{name} on jo merkitty poissa olleeksi {left} §:n jälkeen {returned} §:n alkuun; poissaolot "
                    "eivät voi mennä päällekkäin.",
                    name=attendance.person.name,
                    left=other.left_after_section,
                    returned=other.returned_at_section,
                )
            )
    attendance.absences.append(absence)
    session.flush()
    return absence


def remove_absence(session: Session, absence_id: int) -> None:
    """Remove a temporary absence recorded by mistake: the person takes part in those §§ again."""
    absence = session.get(AttendanceAbsence, absence_id)
    if absence is None:
        raise NotFound(msg("Poissaolomerkintää ei löydy."))
    attendance = absence.attendance
    _require_open(attendance.meeting)
    attendance.absences.remove(absence)
    session.flush()


def call_deputy(session: Session, meeting_id: int, *, member_id: int, deputy_id: int) -> Attendance:
    """Record a member as absent and a deputy present in their place."""
    set_attendance(session, meeting_id, member_id, present=False)
    return set_attendance(
        session, meeting_id, deputy_id, present=True, role=AttendanceRole.DEPUTY, deputy_for_id=member_id
    )


def addable_people(session: Session, meeting_id: int) -> list[Person]:
    """People not yet on the attendance list: the body's deputies first, then everyone else by name."""
    meeting = get_meeting(session, meeting_id)
    listed = {a.person_id for a in meeting.attendances}
    deputies = [m.person for m in deputy_memberships(session, meeting) if m.person_id not in listed]
    taken = listed | {p.id for p in deputies}
    others = [p for p in session.scalars(select(Person).order_by(Person.name)) if p.id not in taken]
    return deputies + others


def remove_attendance(session: Session, attendance_id: int) -> None:
    attendance = session.get(Attendance, attendance_id)
    if attendance is None:
        raise NotFound(msg("Läsnäolomerkintää ei löydy."))
    _require_open(attendance.meeting)
    session.delete(attendance)
    session.flush()


def _disqualified(item: Item) -> dict[int, Disqualification]:
    return {d.person_id: d for d in item.disqualifications}


def in_room(attendance: Attendance, item: Item) -> bool:
    """Whether the person was in the room during the § (present, arrived, not yet left, not away for a while, not
    left as disqualified)."""
    if not attendance.present:
        return False
    if attendance.arrived_at_section is not None and item.section_number < attendance.arrived_at_section:
        return False
    if attendance.left_after_section is not None and item.section_number > attendance.left_after_section:
        return False
    if any(a.left_after_section < item.section_number < a.returned_at_section for a in attendance.absences):
        return False
    disqualification = _disqualified(item).get(attendance.person_id)
    return not (disqualification is not None and disqualification.left_room)


def takes_part(attendance: Attendance, item: Item) -> bool:
    """Whether the person took part in handling the § (in the room and not disqualified)."""
    return in_room(attendance, item) and attendance.person_id not in _disqualified(item)


@dataclass(frozen=True)
class QuorumStatus:
    """Quorum of one §.

    Attributes:
        item_id, section: the §.
        seats: members of the body on the meeting date.
        filled: seats filled by a member or their deputy taking part.
        required: seats needed (more than half, a council two thirds).
        voters: person ids who take part as members or deputies (the voters of the §).
    """

    item_id: int
    section: int
    seats: int
    filled: int
    required: int
    voters: tuple[int, ...]

    @property
    def quorate(self) -> bool:
        return self.seats > 0 and self.filled >= self.required

    @property
    def text(self) -> str:
        if self.quorate:
            return msg(
                "{filled}/{seats} (vähintään {required}) – päätösvaltainen",
                filled=self.filled,
                seats=self.seats,
                required=self.required,
            )
        return msg(
            "{filled}/{seats} (vähintään {required}) – EI päätösvaltainen",
            filled=self.filled,
            seats=self.seats,
            required=self.required,
        )


def required_for_quorum(seats: int, body_kind: BodyKind) -> int:
    """Seats needed: a council at least two thirds, any other body more than half (KuntaL 103 §)."""
    if body_kind == BodyKind.COUNCIL:
        return -(-2 * seats // 3)
    return seats // 2 + 1


def quorum(session: Session, item_id: int) -> QuorumStatus:
    item = get_item(session, item_id)
    return _quorum(item, seat_memberships(session, item.meeting))


def _deputies(meeting: Meeting) -> dict[int, int | None]:
    """The body's deputies on the meeting date: person id → the member whose personal deputy they are (None: a
    deputy who may stand in for any member, such as a council's deputies in order)."""
    return {m.person_id: m.deputy_for_id for m in meeting.body.memberships
            if m.role == MemberRole.DEPUTY and m.active_on(meeting.date)}  # fmt: skip


def _may_stand_in(deputies: Mapping[int, int | None], attendance: Attendance) -> bool:
    """Whether a deputy recorded for a member may fill that member's seat: only a deputy of the body on the meeting
    date, and a personal deputy only for their own member (KuntaL 103 § counts the members and their lawful
    deputies; anyone else recorded as a deputy neither fills a seat nor votes)."""
    return attendance.person_id in deputies and deputies[attendance.person_id] in (None, attendance.deputy_for_id)


def _quorum(item: Item, seats: list[Membership]) -> QuorumStatus:
    meeting = item.meeting
    taking_part = {a.person_id: a for a in meeting.attendances if takes_part(a, item)}
    deputies = _deputies(meeting)
    filled = 0
    voters: list[int] = []
    for seat in seats:
        if seat.person_id in taking_part:
            filled += 1
            voters.append(seat.person_id)
            continue
        for attendance in taking_part.values():
            if (
                attendance.role == AttendanceRole.DEPUTY
                and attendance.deputy_for_id == seat.person_id
                and _may_stand_in(deputies, attendance)
            ):
                filled += 1
                voters.append(attendance.person_id)
                break
    return QuorumStatus(
        item_id=item.id,
        section=item.section_number,
        seats=len(seats),
        filled=filled,
        required=required_for_quorum(len(seats), meeting.body.kind),
        voters=tuple(voters),
    )


def quorum_by_item(session: Session, meeting_id: int) -> dict[int, QuorumStatus]:
    """The quorum of every § of the meeting, by item id."""
    meeting = get_meeting(session, meeting_id)
    seats = seat_memberships(session, meeting)
    return {item.id: _quorum(item, seats) for item in meeting.items}


def attendance_problems(session: Session, meeting_id: int) -> list[str]:
    """Who the attendance list records in a seat they cannot fill (``_attendance_problems``); shown by the conduct
    view, refused at checking."""
    meeting = get_meeting(session, meeting_id)
    return _attendance_problems(meeting, seat_memberships(session, meeting))


def _attendance_problems(meeting: Meeting, seats: list[Membership]) -> list[str]:
    """People listed among the present members who are not: a "member" without a seat on the meeting date, a
    deputy who is not the body's deputy or stands in for another member than their own, a deputy for someone
    without a seat, and a deputy taking part in the same §§ as the member they stand in for."""
    seated = {seat.person_id for seat in seats}
    deputies = _deputies(meeting)
    problems: list[str] = []
    chair = _attendance_of(meeting, meeting.chair_id) if meeting.chair_id is not None else None
    if seats and chair is not None and chair.present and chair.person_id not in seated:
        lawful_deputy = chair.role == AttendanceRole.DEPUTY and chair.deputy_for_id in seated
        if not (lawful_deputy and _may_stand_in(deputies, chair)):
            # The body's chair or vice chair chairs, or a temporary chair it elects among its members taking part.
            problems.append(
                msg(
                    "Puheenjohtajaksi valittu {name} ei ole toimielimen jäsen eikä jäsenen sijasta läsnä ollut "
                    "varajäsen. Valitse puheenjohtajaksi kokouksen puheenjohtajana toiminut jäsen.",
                    name=chair.person.name,
                )
            )
    for attendance in (a for a in meeting.attendances if a.present):
        name = attendance.person.name
        if attendance.role in (AttendanceRole.MEMBER, AttendanceRole.CHAIR) and attendance.person_id not in seated:
            problems.append(
                msg(
                    "{name} on merkitty läsnä olleeksi jäseneksi, mutta hän ei ole toimielimen jäsen kokouspäivänä. "
                    "Korjaa hänen roolinsa tai jäsenyytensä kausi (Asetukset, Toimielimet).",
                    name=name,
                )
            )
        if attendance.role != AttendanceRole.DEPUTY or attendance.deputy_for is None:
            continue
        member = attendance.deputy_for.name
        if attendance.deputy_for_id not in seated:
            problems.append(
                msg(
                    "{name} on merkitty jäsenen {member} varajäseneksi, mutta {member} ei ole toimielimen jäsen "
                    "kokouspäivänä.",
                    name=name,
                    member=member,
                )
            )
        elif attendance.person_id not in deputies:
            problems.append(
                msg(
                    "{name} on merkitty jäsenen {member} varajäseneksi, mutta hän ei ole toimielimen varajäsen "
                    "kokouspäivänä, joten hän ei täytä jäsenen paikkaa eikä äänestä. Lisää hänet toimielimen "
                    "varajäseneksi (Asetukset, Toimielimet) tai merkitse jäsenen oma varajäsen.",
                    name=name,
                    member=member,
                )
            )
        elif not _may_stand_in(deputies, attendance):
            own = next(a.deputy_for for a in _deputy_memberships_of(meeting, attendance.person_id))
            problems.append(
                msg(
                    "{name} on jäsenen {own} henkilökohtainen varajäsen eikä voi toimia jäsenen {member} "
                    "varajäsenenä, joten hän ei täytä tämän paikkaa eikä äänestä. Merkitse jäsenen {member} oma "
                    "varajäsen. Jos {name} on valittu jäsenen {member} varajäseneksi (esimerkiksi tämän tultua "
                    "valituksi eronneen tilalle), päätä hänen varajäsenyytensä ja lisää hänet uudelleen jäsenen "
                    "{member} henkilökohtaiseksi varajäseneksi valinnasta alkaen (Asetukset, Toimielimet).",
                    name=name,
                    own=own.name if own is not None else "",
                    member=member,
                )
            )
        else:
            seat_holder = _attendance_of(meeting, attendance.deputy_for_id)
            both = [
                item.section_label
                for item in meeting.items
                if seat_holder is not None and takes_part(seat_holder, item) and takes_part(attendance, item)
            ]
            if both:
                problems.append(
                    msg(
                        "Sekä jäsen {member} että hänen varajäsenensä {name} on merkitty osallistuneiksi asioiden "
                        "käsittelyyn: {sections}. Merkitse, minkä pykälän jälkeen jäsen poistui ja minkä pykälän "
                        "alussa varajäsen saapui.",
                        member=member,
                        name=name,
                        sections=", ".join(both),
                    )
                )
    problems += _shared_seats(meeting)
    return problems


def _shared_seats(meeting: Meeting) -> list[str]:
    """Two deputies recorded in the same member's place in the same §§ (one seat, one voter); one who may not stand
    in for that member at all is named on its own (``_attendance_problems``)."""
    lawful = _deputies(meeting)
    deputies = [
        a
        for a in meeting.attendances
        if a.present and a.role == AttendanceRole.DEPUTY and a.deputy_for and _may_stand_in(lawful, a)
    ]
    problems: list[str] = []
    for index, first in enumerate(deputies):
        for second in deputies[index + 1 :]:
            if first.deputy_for_id != second.deputy_for_id:
                continue
            both = [i.section_label for i in meeting.items if takes_part(first, i) and takes_part(second, i)]
            if both:
                problems.append(
                    msg(
                        "Sekä {first} että {second} on merkitty jäsenen {member} varajäseneksi asioiden "
                        "käsittelyyn: {sections}. Jäsenen paikalla voi olla vain yksi varajäsen kerrallaan.",
                        first=first.person.name,
                        second=second.person.name,
                        member=first.deputy_for.name if first.deputy_for else "",
                        sections=", ".join(both),
                    )
                )
    return problems


def _deputy_memberships_of(meeting: Meeting, person_id: int) -> list[Membership]:
    return [m for m in meeting.body.memberships
            if m.person_id == person_id and m.role == MemberRole.DEPUTY and m.active_on(meeting.date)]  # fmt: skip


# --- disqualification ---------------------------------------------------------------------------------------


def _open_item(session: Session, item_id: int) -> Item:
    item = get_item(session, item_id)
    _require_open(item.meeting)
    return item


def add_disqualification(
    session: Session, item_id: int, person_id: int, ground: str, *, left_room: bool = True
) -> Disqualification:
    """Record that a person is disqualified from a § on a written ground (see ``DISQUALIFICATION_GROUNDS``)."""
    item = _open_item(session, item_id)
    if not ground.strip():
        raise ValidationError(msg("Kirjoita esteellisyyden peruste; se merkitään pöytäkirjaan."))
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(msg("Henkilöä ei löydy."))
    if person_id in _disqualified(item):
        raise ValidationError(
            msg(
                "{person} on jo merkitty esteelliseksi asiassa {section_label}.",
                person=person.name,
                section_label=item.section_label,
            )
        )
    disqualification = Disqualification(person_id=person_id, ground=ground.strip(), left_room=left_room)
    item.disqualifications.append(disqualification)
    session.flush()
    return disqualification


def remove_disqualification(session: Session, disqualification_id: int) -> None:
    disqualification = session.get(Disqualification, disqualification_id)
    if disqualification is None:
        raise NotFound(msg("Esteellisyysmerkintää ei löydy."))
    _require_open(disqualification.item.meeting)
    disqualification.item.disqualifications.remove(disqualification)
    session.delete(disqualification)
    session.flush()


# --- motions, votes, dissents -------------------------------------------------------------------------------


def add_motion(
    session: Session,
    item_id: int,
    text: str,
    *,
    proposer_id: int,
    seconder_id: int | None = None,
    text_sv: str = "",
) -> Motion:
    """Record a proposal made in the meeting; without a seconder it lapses (``motion_lapsed``). ``text_sv``: its
    text in Swedish documents (a bilingual organisation's; empty: the Finnish text prints)."""
    item = _open_item(session, item_id)
    if not text.strip():
        raise ValidationError(msg("Kirjoita ehdotuksen sisältö."))
    if seconder_id is not None and seconder_id == proposer_id:
        raise ValidationError(msg("Ehdottaja ei voi kannattaa omaa ehdotustaan."))
    position = max((m.position for m in item.motions), default=0) + 1
    motion = Motion(
        text=text.strip(),
        text_sv=text_sv.strip(),
        proposer=session.get(Person, proposer_id),
        seconder=session.get(Person, seconder_id) if seconder_id is not None else None,
        position=position,
    )
    item.motions.append(motion)
    session.flush()
    return motion


def set_motion_state(
    session: Session, motion_id: int, *, seconder_id: int | None, withdrawn: bool, text_sv: str | None = None
) -> Motion:
    """Who seconded a proposal (someone may second it after it was written down) and whether its proposer
    withdrew it ("Ehdottaja peruutti ehdotuksensa"); either way an unseconded or withdrawn proposal lapses.
    ``text_sv``: its Swedish text, often written after the meeting (None: as it was)."""
    motion = second_motion(session, motion_id, seconder_id)
    motion.withdrawn = withdrawn
    if text_sv is not None:
        motion.text_sv = text_sv.strip()
    session.flush()
    return motion


def second_motion(session: Session, motion_id: int, seconder_id: int | None) -> Motion:
    motion = session.get(Motion, motion_id)
    if motion is None:
        raise NotFound(msg("Ehdotusta ei löydy."))
    _require_open(motion.item.meeting)
    if seconder_id is not None and seconder_id == motion.proposer_id:
        raise ValidationError(msg("Ehdottaja ei voi kannattaa omaa ehdotustaan."))
    motion.seconder = session.get(Person, seconder_id) if seconder_id is not None else None
    session.flush()
    return motion


def remove_motion(session: Session, motion_id: int) -> None:
    motion = session.get(Motion, motion_id)
    if motion is None:
        raise NotFound(msg("Ehdotusta ei löydy."))
    _require_open(motion.item.meeting)
    motion.item.motions.remove(motion)
    session.delete(motion)
    session.flush()


def motion_lapsed(motion: Motion) -> bool:
    """An unseconded proposal lapses (raukeaa kannattamattomana); so does a withdrawn one."""
    return motion.seconder_id is None or motion.withdrawn


def motion_sentence(motion: Motion) -> str:
    """The motion as one sentence of the handling ("X ehdotti Y:n kannattamana ..." / "... raukesi")."""
    proposer = motion.proposer.name if motion.proposer else "Jäsen"
    if motion.withdrawn:
        return f"{proposer} ehdotti: {motion.text} Ehdottaja peruutti ehdotuksensa."
    if motion.seconder is None:
        return f"{proposer} ehdotti: {motion.text} Ehdotus raukesi kannattamattomana."
    # "X ehdotti ... Y kannatti ehdotusta." needs no inflected names (a genitive cannot be guessed safely).
    return f"{proposer} ehdotti: {motion.text} {motion.seconder.name} kannatti ehdotusta."


@dataclass(frozen=True)
class Tally:
    """Counts of one vote."""

    yes: int = 0
    no: int = 0
    blank: int = 0
    absent: int = 0

    @classmethod
    def of(cls, choices: Iterable[VoteChoice]) -> Tally:
        listed = list(choices)
        return cls(
            yes=listed.count(VoteChoice.YES),
            no=listed.count(VoteChoice.NO),
            blank=listed.count(VoteChoice.BLANK),
            absent=listed.count(VoteChoice.ABSENT),
        )

    @property
    def text(self) -> str:
        return f"Jaa {self.yes}, ei {self.no}, tyhjää {self.blank}, poissa {self.absent}."


def vote_result(tally: Tally, chair_choice: VoteChoice | None) -> VoteChoice | None:
    """The winning side; on a tie the chair's side (None when the chair voted neither Jaa nor Ei)."""
    if tally.yes > tally.no:
        return VoteChoice.YES
    if tally.no > tally.yes:
        return VoteChoice.NO
    if chair_choice in (VoteChoice.YES, VoteChoice.NO):
        return chair_choice
    return None


_UNDECIDED_TIE = " Äänet menivät tasan, eikä puheenjohtajan ääni ratkaissut äänestystä."


def result_text(
    tally: Tally, result: VoteChoice | None, *, yes_proposal: str, no_proposal: str, chair_decided: bool = True
) -> str:
    """The counts and the chair's statement, e.g. "Jaa 6, ei 3, ... Puheenjohtaja totesi ... hyväksytyksi.".

    ``chair_decided=False``: a tie the chair's vote did not decide, whose result the secretary recorded
    (``set_vote_result``); the text says so and does not credit the chair's vote.
    """
    if result is None:
        return f"{tally.text}{_UNDECIDED_TIE}"
    side, proposal = ("jaa", yes_proposal) if result == VoteChoice.YES else ("ei", no_proposal)
    tie = ""
    if tally.yes == tally.no:
        tie = " Äänet menivät tasan, ja puheenjohtajan kannattama ehdotus voitti." if chair_decided else _UNDECIDED_TIE
    winner = short_proposal(proposal)
    return f"{tally.text}{tie} Puheenjohtaja totesi {side}-ehdotuksen ({winner}) tulleen hyväksytyksi."


def short_proposal(text: str, limit: int = 120) -> str:
    """A proposal as a vote's result names it: on one line, without its full stop, at most ``limit`` letters."""
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def eligible_voters(session: Session, item_id: int) -> list[Person]:
    """Who may vote on the §: the members and deputies taking part, in the order of the seats."""
    status = quorum(session, item_id)
    return [person for pid in status.voters if (person := session.get(Person, pid)) is not None]


def record_vote(
    session: Session,
    item_id: int,
    *,
    yes_proposal: str,
    no_proposal: str,
    ballots: Mapping[int, VoteChoice],
    round_number: int | None = None,
    yes_proposal_sv: str = "",
    no_proposal_sv: str = "",
) -> Vote:
    """Record a vote with each voter's ballot; the result and its text are computed and stored.
    ``yes_proposal_sv``, ``no_proposal_sv``: the proposals in Swedish documents (empty: the Finnish one prints).

    ``ballots`` maps person ids to choices; voters of the § left out are recorded as Poissa. A ballot of
    someone who does not take part in the § (disqualified, absent) is refused. The round replaces an
    earlier vote of the same round.
    """
    item = _open_item(session, item_id)
    if not yes_proposal.strip() or not no_proposal.strip():
        raise ValidationError(msg("Kirjoita sekä jaa- että ei-ehdotus."))
    voters = list(quorum(session, item_id).voters)
    if not voters:
        raise ValidationError(
            msg(
                "Asiassa {section_label} ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.",
                section_label=item.section_label,
            )
        )
    outsiders = [pid for pid in ballots if pid not in voters]
    if outsiders:
        names = ", ".join(p.name for pid in outsiders if (p := session.get(Person, pid)) is not None)
        raise ValidationError(
            msg(
                "{names} ei osallistu asian {section_label} käsittelyyn eikä voi äänestää.",
                names=names,
                section_label=item.section_label,
            )
        )
    choices = {pid: ballots.get(pid, VoteChoice.ABSENT) for pid in voters}
    tally = Tally.of(choices.values())
    chairing = section_chair_id(item)  # the acting chair when the chair is disqualified from the §
    chair_choice = choices.get(chairing) if chairing is not None else None
    result = vote_result(tally, chair_choice)
    number = round_number or max((v.round for v in item.votes), default=0) + 1
    for old in [v for v in item.votes if v.round == number]:
        item.votes.remove(old)
        session.delete(old)
    session.flush()
    vote = Vote(
        round=number,
        yes_proposal=yes_proposal.strip(),
        no_proposal=no_proposal.strip(),
        yes_proposal_sv=yes_proposal_sv.strip(),
        no_proposal_sv=no_proposal_sv.strip(),
        result=result,
        result_text=result_text(tally, result, yes_proposal=yes_proposal, no_proposal=no_proposal),
    )
    vote.ballots = [Ballot(person_id=pid, choice=choice) for pid, choice in choices.items()]
    item.votes.append(vote)
    session.flush()
    return vote


def set_vote_result(session: Session, vote_id: int, result: VoteChoice) -> Vote:
    """Record the result of a tied vote the chair's vote did not decide (e.g. decided by lot)."""
    vote = session.get(Vote, vote_id)
    if vote is None:
        raise NotFound(msg("Äänestystä ei löydy."))
    _require_open(vote.item.meeting)
    if result not in (VoteChoice.YES, VoteChoice.NO):
        raise ValidationError(msg("Äänestyksen tulos on joko jaa- tai ei-ehdotus."))
    tally = Tally.of(b.choice for b in vote.ballots)
    if tally.yes != tally.no or vote.result is not None:
        raise ValidationError(
            msg(
                "Äänestyksen {round} tulos on jo ratkaistu ({result_text}); tallenna äänestys uudelleen, jos äänet "
                "on kirjattu väärin.",
                round=vote.round,
                result_text=vote.result_text,
            )
        )
    vote.result = result
    vote.result_text = result_text(
        tally, result, yes_proposal=vote.yes_proposal, no_proposal=vote.no_proposal, chair_decided=False
    )
    session.flush()
    return vote


def remove_vote(session: Session, vote_id: int) -> None:
    vote = session.get(Vote, vote_id)
    if vote is None:
        raise NotFound(msg("Äänestystä ei löydy."))
    _require_open(vote.item.meeting)
    vote.item.votes.remove(vote)
    session.delete(vote)
    session.flush()


def add_dissent(session: Session, item_id: int, person_id: int, text: str = "", *, text_sv: str = "") -> Dissent:
    """Record a dissenting opinion (with or without reasons; ``text_sv``: the reasons in Swedish documents)."""
    item = _open_item(session, item_id)
    dissent = Dissent(person_id=person_id, text=text.strip(), text_sv=text_sv.strip())
    item.dissents.append(dissent)
    session.flush()
    return dissent


def remove_dissent(session: Session, dissent_id: int) -> None:
    dissent = session.get(Dissent, dissent_id)
    if dissent is None:
        raise NotFound(msg("Eriävää mielipidettä ei löydy."))
    _require_open(dissent.item.meeting)
    dissent.item.dissents.remove(dissent)
    session.delete(dissent)
    session.flush()


# --- outcome and decision -----------------------------------------------------------------------------------

# The same sentences as the printed minutes use (core.printing.labels), so Swedish prints translate them.
DECISION_TEXTS: dict[Outcome, str] = {
    Outcome.PASSED: "Päätösehdotus hyväksyttiin.",
    Outcome.NOTED: "Merkittiin tiedoksi.",
    Outcome.RETURNED: "Asia palautettiin valmisteluun.",
    Outcome.TABLED: "Asia pöydättiin.",
    Outcome.REMOVED: "Asia poistettiin esityslistalta.",
    Outcome.REJECTED: "Päätösehdotus hylättiin.",
}
# The same in Finland-Swedish, as a Swedish document prints them.
DECISION_TEXTS_SV: dict[Outcome, str] = {
    Outcome.PASSED: "Beslutsförslaget godkändes.",
    Outcome.NOTED: "Antecknades för kännedom.",
    Outcome.RETURNED: "Ärendet återremitterades för beredning.",
    Outcome.TABLED: "Ärendet bordlades.",
    Outcome.REMOVED: "Ärendet ströks från föredragningslistan.",
    Outcome.REJECTED: "Beslutsförslaget förkastades.",
}


def _clock(value: dt.time | None) -> str:
    return f"{value.hour}.{value.minute:02d}" if value is not None else ""


# The §§ the chair opens and closes a meeting with: they are recorded whether or not the meeting is quorate.
_WITHOUT_QUORUM = frozenset({ItemKind.OPENING, ItemKind.CLOSING})


def procedural_decision(item: Item, outcome: Outcome, language: str = "fi") -> str:
    """The customary wording of the standard opening and closing items, filled from the meeting ("" for other
    items); ``language`` "sv" gives the Finland-Swedish wording a Swedish document prints for the Finnish one."""
    meeting = item.meeting
    sv = language == "sv"
    if item.kind == ItemKind.OPENING and outcome in (Outcome.NOTED, Outcome.PASSED) and meeting.start_time:
        clock = _clock(meeting.start_time)
        return f"Ordföranden öppnade mötet kl. {clock}." if sv else f"Puheenjohtaja avasi kokouksen klo {clock}."
    if item.kind == ItemKind.CLOSING and outcome in (Outcome.NOTED, Outcome.PASSED) and meeting.end_time:
        clock = _clock(meeting.end_time)
        return f"Ordföranden avslutade mötet kl. {clock}." if sv else f"Puheenjohtaja päätti kokouksen klo {clock}."
    if item.kind == ItemKind.LEGALITY and outcome == Outcome.PASSED:
        if sv:
            return "Mötet konstaterades vara lagligen sammankallat och beslutfört."
        return "Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."
    if item.kind == ItemKind.LEGALITY and outcome == Outcome.NOTED:  # a meeting found inquorate
        if sv:
            return (
                "Mötet konstaterades vara lagligen sammankallat men inte beslutfört. Ärendena på "
                "föredragningslistan behandlades inte."
            )
        return (
            "Kokous todettiin laillisesti koolle kutsutuksi mutta ei päätösvaltaiseksi. Esityslistan asioita ei "
            "käsitelty."
        )
    if item.kind == ItemKind.AGENDA_APPROVAL and outcome == Outcome.PASSED:
        if sv:
            return "Föredragningslistan godkändes som arbetsordning för mötet."
        return "Esityslista hyväksyttiin kokouksen työjärjestykseksi."
    if item.kind == ItemKind.CHECKERS and outcome in (Outcome.ELECTION, Outcome.PASSED):
        if meeting.checker1 is not None and meeting.checker2 is not None:
            # Named as on the meeting day, as the minutes name them (a name changed later is not theirs).
            first, second = meeting.checker1.as_on(meeting.date).name, meeting.checker2.as_on(meeting.date).name
            if sv:
                return f"Till protokolljusterare valdes {first} och {second}."
            return f"Pöytäkirjantarkastajiksi valittiin {first} ja {second}."
        return "Till protokolljusterare valdes " if sv else "Pöytäkirjantarkastajiksi valittiin "
    return ""


def decision_language(item: Item) -> str:
    """The language Sihteeri suggests a § 's decision in: Swedish for a Swedish-speaking organisation, which writes
    its texts in Swedish in the ordinary fields; otherwise Finnish (the Swedish text is printed from it)."""
    return "sv" if item.meeting.body.organisation.language == Language.SWEDISH else "fi"


def is_suggested_decision(item: Item, text: str) -> bool:
    """Whether ``text`` is empty or one of the prefilled texts (so choosing another outcome may replace it); for a
    Swedish-speaking organisation also the Finnish ones prefilled before its suggestions were Swedish."""
    text = text.strip()
    languages = dict.fromkeys(("fi", decision_language(item)))
    return not text or any(
        text == decision_suggestion(item, outcome, language).text.strip()
        for outcome in Outcome
        for language in languages
    )


def suggest_decision(item: Item, outcome: Outcome) -> str:
    """The decision text to prefill for an outcome, from the proposal, the motions and the last vote, in the
    organisation's language (``decision_language``)."""
    return decision_suggestion(item, outcome, decision_language(item)).text


@dataclass(frozen=True)
class Suggestion:
    """A decision Sihteeri suggests for an outcome (``decision_suggestion``).

    Attributes:
        text: the sentence.
        quotes: whether it quotes a Finnish text as written (a motion's or a vote's proposal) in a sentence of
            another language: a Swedish sentence quoting a motion or proposal that has no Swedish text.
    """

    text: str
    quotes: bool = False


# The suggestions of the outcomes that are one fixed sentence, in Finland-Swedish (as core.printing.labels words
# DECISION_TEXTS).
_SUGGESTIONS_SV = {
    "after_vote": "Beslutsförslaget godkändes efter omröstning.",
    "amended": "Beslutsförslaget godkändes med följande ändring: ",
    "election": "Valdes ",
}


def decision_suggestion(item: Item, outcome: Outcome, language: str = "fi") -> Suggestion:
    """``suggest_decision`` in ``language``: "sv" gives the Finland-Swedish sentence a Swedish document prints for
    the Finnish suggestion, quoting a motion or proposal by its Swedish text (``text_sv``, ``*_proposal_sv``),
    as written in Finnish where it has none. After a tie the sentence says how the tie
    was decided (the chair's casting vote) instead of a bare "äänin 4–4"."""
    sv = language == "sv"
    procedural = procedural_decision(item, outcome, language)
    if procedural:
        return Suggestion(procedural)
    if outcome in DECISION_TEXTS:
        return Suggestion((DECISION_TEXTS_SV if sv else DECISION_TEXTS)[outcome])
    last_vote = item.votes[-1] if item.votes else None
    if outcome == Outcome.PASSED_AFTER_VOTE:
        if last_vote is not None and last_vote.result is not None:
            return _after_vote(item, last_vote, sv)
        return Suggestion(_SUGGESTIONS_SV["after_vote"] if sv else "Päätösehdotus hyväksyttiin äänestyksen jälkeen.")
    if outcome == Outcome.AMENDED:
        opening = _SUGGESTIONS_SV["amended"] if sv else "Päätösehdotus hyväksyttiin muutettuna seuraavasti: "
        seconded = [m for m in item.motions if not motion_lapsed(m)]
        if seconded:
            quoted = seconded[-1].text_sv.strip() if sv else ""
            return Suggestion(opening + (quoted or seconded[-1].text), quotes=not quoted)
        return Suggestion(opening)
    if outcome == Outcome.ELECTION:
        return Suggestion(_SUGGESTIONS_SV["election"] if sv else "Valittiin ")
    return Suggestion("")


def _after_vote(item: Item, vote: Vote, sv: bool) -> Suggestion:
    """The decision after a decided vote: the proposal that won and the counts, or on a tie how it was decided."""
    tally = Tally.of(b.choice for b in vote.ballots)
    winner = vote.yes_proposal if vote.result == VoteChoice.YES else vote.no_proposal
    winner_sv = (vote.yes_proposal_sv if vote.result == VoteChoice.YES else vote.no_proposal_sv).strip()
    high, low = max(tally.yes, tally.no), min(tally.yes, tally.no)
    tie = ""
    if tally.yes == tally.no:
        # As the vote's own statement (core.printing.sections): the chair's vote decided only if the chair
        # voted for the side that won; a result recorded otherwise (e.g. by lot) is not credited to the chair.
        chair = next((b.choice for b in vote.ballots if b.person_id == item.meeting.chair_id), None)
        if chair == vote.result:
            if sv:
                tie = f" Rösterna föll lika {high}–{low}, och ordförandens röst avgjorde."
            else:
                tie = f" Äänet menivät tasan {high}–{low}, ja puheenjohtajan ääni ratkaisi."
        else:
            tie = f" Rösterna föll lika {high}–{low}." if sv else f" Äänet menivät tasan {high}–{low}."
    votes = "" if tie else (f" med rösterna {high}–{low}" if sv else f" äänin {high}–{low}")
    plain = ("päätösehdotus", "esittelijän päätösehdotus", short_proposal(item.proposal).lower())
    if short_proposal(winner).lower() in plain:
        if sv:
            return Suggestion(f"Beslutsförslaget godkändes efter omröstning{votes}.{tie}")
        return Suggestion(f"Päätösehdotus hyväksyttiin äänestyksen jälkeen{votes}.{tie}")
    # A proposal put to the vote is named "Proposer: text"; the decision states the text only (in Swedish the
    # motion's Swedish text, else the vote's Swedish proposal as written).
    for motion in item.motions:
        named = f"{motion.proposer.name}: {motion.text}" if motion.proposer else motion.text
        if short_proposal(winner, 300) in (short_proposal(named, 300), short_proposal(motion.text, 300)):
            winner = motion.text
            named_sv = f"{motion.proposer.name}: " if motion.proposer else ""
            winner_sv = motion.text_sv.strip() or winner_sv.removeprefix(named_sv)
            break
    text = short_proposal(winner, 300)
    if sv:
        text = short_proposal(winner_sv or winner, 300)
        return Suggestion(f"Efter omröstning godkändes{votes} förslaget: {text}.{tie}", quotes=not winner_sv)
    return Suggestion(f"Äänestyksen jälkeen hyväksyttiin{votes} ehdotus: {text}.{tie}", quotes=True)


def set_decision(
    session: Session,
    item_id: int,
    *,
    outcome: Outcome | None,
    decision: str | None = None,
    handling: str | Any = UNSET,
    expect_version: int | None = None,
) -> Item:
    """Record the outcome and the decision text (prefilled from the outcome when ``decision`` is None).

    ``expect_version``: the ``Item.version`` the caller showed; if someone saved the § since (e.g. its decision on
    the desk), the save is refused (``ConflictError``) instead of overwriting their text.
    """
    item = _open_item(session, item_id)
    if expect_version is not None:
        expect_item_version(item, expect_version)
    item.outcome = outcome
    if decision is None:
        decision = suggest_decision(item, outcome) if outcome is not None else ""
    item.decision = decision.strip()
    if handling is not UNSET:
        item.handling = str(handling).strip()
    session.flush()
    return item


def suggest_handling(item: Item, outcome: Outcome | None = None) -> str:
    """What the conduct window's fill button adds to the handling text: the chair's finding that a motion lapsed
    (``lapse_finding``), for each unseconded motion; that the body adopted a seconded motion unanimously
    (``unanimity_finding``), for each one not put to a vote (``unvoted_motions``) when the outcome is the motion's
    (``ADOPTED_MOTION``); and who chaired a § from which the chair was disqualified (``acting_chair_finding``).

    The printed minutes list disqualifications, motions (with proposer and seconder) and votes from their
    own records, so repeating them in ``Item.handling`` would print them twice. An unseconded motion prints with
    "Ehdotus raukesi kannattamattomana." unless the handling records its lapse (``lapse_recorded``), so the
    finding added here never prints twice either.

    ``outcome``: the outcome chosen in the window, perhaps not saved yet (None: the § 's stored one).
    """
    outcome = item.outcome if outcome is None else outcome
    acting = acting_chair_finding(item)
    lapsed = [lapse_finding(m) for m in item.motions if m.seconder is None and not m.withdrawn]
    adopted = [unanimity_finding(item, m) for m in unvoted_motions(item)] if outcome in ADOPTED_MOTION else []
    return "\n".join([*([acting] if acting else []), *lapsed, *adopted])


def disqualified_chair(item: Item) -> Person | None:
    """The meeting's chair, when disqualified from the § (someone else then chairs it, and the minutes say who)."""
    chair_id = item.meeting.chair_id
    found = next((d for d in item.disqualifications if chair_id is not None and d.person_id == chair_id), None)
    return found.person if found is not None else None


def acting_chair(item: Item) -> Person | None:
    """The body's vice chair, when the meeting's chair was disqualified from the § and the vice chair took part in
    it: who then chaired it (None otherwise; the body may have chosen someone else, which the secretary writes)."""
    session = object_session(item)
    if disqualified_chair(item) is None or session is None:
        return None
    memberships = _memberships(session, item.meeting)
    vice_chairs = {m.person_id: m.person for m in memberships if m.role == MemberRole.VICE_CHAIR}
    taking_part = (a for a in item.meeting.attendances if a.person_id in vice_chairs and takes_part(a, item))
    return next((vice_chairs[a.person_id] for a in taking_part), None)


def section_chair_id(item: Item) -> int | None:
    """Who chaired the §, whose vote decides a tie: the meeting's chair, or the acting chair (``acting_chair``)
    when the chair was disqualified from it (None when that is not known: the secretary then records the result)."""
    if disqualified_chair(item) is None:
        return item.meeting.chair_id
    acting = acting_chair(item)
    return acting.id if acting is not None else None


def acting_chair_finding(item: Item) -> str:
    """Who chaired the § while the chair was disqualified, when the body's vice chair took part in it: "" when the
    chair was not disqualified or no vice chair could chair (the body then chose one: the secretary writes it)."""
    acting = acting_chair(item)
    if acting is None:
        return ""
    # The chair is named by the disqualification printed beside it.
    return f"Puheenjohtajan ollessa esteellinen puheenjohtajana toimi varapuheenjohtaja {acting.name}."


def acting_chair_recorded(item: Item) -> bool:
    """Whether the handling text says who chaired the § ("puheenjohtajana toimi …", written in either order)."""
    text = item.handling.casefold()
    return "puheenjohtajana toimi" in text or "toimi puheenjohtajana" in text


ADOPTED_MOTION = frozenset({Outcome.AMENDED, Outcome.RETURNED, Outcome.TABLED, Outcome.REJECTED, Outcome.REMOVED})
"""Outcomes that can be a seconded motion's, adopted without a vote (the proposal amended, the § returned for
preparation, tabled, rejected or removed from the agenda)."""


def unvoted_motions(item: Item) -> list[Motion]:
    """The § 's seconded motions, not withdrawn, that no vote was held on: a seconded motion that departs from the
    proposal is put to a vote unless the body adopts it unanimously, and the minutes must say which (an election's
    nominations are not motions of this kind).

    A vote names its proposals in words (the vote dialog offers "proposer: text"), so with fewer votes than seconded
    motions a motion counts as voted on when a vote names its text or its proposer's surname (in any form); as many
    votes as motions (one vote for each, the usual order) take them all."""
    if item.outcome == Outcome.ELECTION:
        return []
    seconded = [m for m in item.motions if m.seconder is not None and not m.withdrawn]
    if len(item.votes) >= len(seconded):
        return [] if item.votes else seconded
    named = " ".join(f"{v.yes_proposal} {v.no_proposal}" for v in item.votes).casefold()

    def voted(motion: Motion) -> bool:
        text = short_proposal(motion.text, 200).casefold()
        if text and text in named:
            return True
        surname = (motion.proposer.name.split() or [""])[-1].casefold() if motion.proposer else ""
        # The surname's start, so its inflected forms count too ("Hyvösen ehdotus" names Hyvönen's).
        stem = surname[: max(3, len(surname) - 3)]
        return bool(stem) and re.search(r"(?<!\w)" + re.escape(stem), named) is not None

    return [m for m in seconded if not voted(m)]


def unanimity_finding(item: Item, motion: Motion) -> str:
    """The chair's finding that the body adopted a seconded motion unanimously, as the handling text records it."""
    proposer = motion.proposer.name if motion.proposer else "ehdottaja"
    quoted = short_proposal(motion.text, 200)
    return f"Puheenjohtaja totesi, että {_body_word(item)} hyväksyi yksimielisesti ehdotuksen ”{quoted}” ({proposer})."


def _body_word(item: Item) -> str:
    """The body's name inside a sentence: lower-case ("hyvinvointilautakunta") unless it begins with a proper name,
    as its genitive (stored, or suggested from the name) begins."""
    from core.inflection import suggest_forms

    name = item.body.name
    genitive = item.body.name_genitive or suggest_forms(name).genitive
    return name if genitive[:1].isupper() else name[:1].lower() + name[1:]


def unanimity_recorded(item: Item, motion: Motion) -> bool:
    """Whether the handling text records that the seconded motion was adopted unanimously: a line naming it
    (”its text”, as ``unanimity_finding`` quotes it) and saying so."""
    quoted = f"”{short_proposal(motion.text, 200)}”"
    return any(quoted in line and "yksimielise" in line.casefold() for line in item.handling.splitlines())


def lapse_finding(motion: Motion) -> str:
    """The chair's finding that an unseconded motion lapsed, as the handling text records it."""
    proposer = motion.proposer.name if motion.proposer else "ehdottaja"
    quoted = short_proposal(motion.text, 200)
    return f"Puheenjohtaja totesi ehdotuksen ”{quoted}” ({proposer}) raukeavan kannattamattomana."


def lapse_recorded(item: Item, motion: Motion) -> bool:
    """Whether the § 's handling text already records that the motion lapsed: a line naming the motion
    (”its text”, as ``lapse_finding`` quotes it) and its lapse, whoever wrote it (the proposer's name may since
    have changed). The Finnish text decides for the Swedish one too, which translates it."""
    quoted = f"”{short_proposal(motion.text, 200)}”"
    return any(quoted in line and "raukea" in line.casefold() for line in item.handling.splitlines())


# --- closing ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One reason the minutes cannot be checked yet.

    Attributes:
        message: Finnish, for the user.
        item_id: the § it is about, or None for the meeting as a whole.
        section: the § label ("62 §") or "".
    """

    message: str
    item_id: int | None = None
    section: str = ""

    def __str__(self) -> str:
        return self.section + ": " + self.message if self.section else self.message  # a msg stays one


def set_signatories(
    session: Session,
    meeting_id: int,
    *,
    chair_id: int | Any | None = UNSET,
    secretary_id: int | Any | None = UNSET,
    checker1_id: int | Any | None = UNSET,
    checker2_id: int | Any | None = UNSET,
    start_time: dt.time | Any | None = UNSET,
    end_time: dt.time | Any | None = UNSET,
) -> Meeting:
    """The minutes' signatures (chair, secretary), checkers and times; arguments not given stay as they are.

    A new chair (e.g. the vice chair when the chair is away) also becomes the chair in the attendance list.
    """
    meeting = get_meeting(session, meeting_id)
    _require_open(meeting)
    # The opening, checkers' and closing §§ whose decision is still the prefilled text follow the new names and
    # times (a decision the secretary wrote stays as written).
    prefilled = [
        item
        for item in meeting.items
        if item.kind in _PROCEDURAL_KINDS and item.outcome is not None and is_suggested_decision(item, item.decision)
    ]
    for relation, value in (
        ("chair", chair_id),
        ("secretary", secretary_id),
        ("checker1", checker1_id),
        ("checker2", checker2_id),
    ):
        if value is not UNSET:
            # Through the relationship, so that objects already loaded in this session see the change.
            setattr(meeting, relation, session.get(Person, value) if value is not None else None)
    if start_time is not UNSET:
        meeting.start_time = start_time
    if end_time is not UNSET:
        meeting.end_time = end_time
    if chair_id is not UNSET:
        for attendance in meeting.attendances:
            if attendance.role == AttendanceRole.CHAIR and attendance.person_id != chair_id:
                attendance.role = AttendanceRole.MEMBER
            elif attendance.role == AttendanceRole.MEMBER and attendance.person_id == chair_id:
                attendance.role = AttendanceRole.CHAIR
            _sync_role_text(attendance)
    session.flush()
    for item in prefilled:
        assert item.outcome is not None
        item.decision = suggest_decision(item, item.outcome).strip()
    session.flush()
    return meeting


_PROCEDURAL_KINDS = frozenset({ItemKind.OPENING, ItemKind.CHECKERS, ItemKind.CLOSING})


def unfinished_decision(text: str) -> bool:
    """Whether a decision text is a prefilled beginning still waiting for its end: it ends in a colon, or it is
    one of the openings ("Pöytäkirjantarkastajiksi valittiin", "Valittiin") with nothing after it."""
    text = " ".join(text.split())
    return text.endswith(":") or text.rstrip(".").casefold() in _STUB_DECISIONS


_STUB_DECISIONS = frozenset(
    {
        "pöytäkirjantarkastajiksi valittiin",
        "till protokolljusterare valdes",
        "valittiin",
        "valdes",
        "päätösehdotus hyväksyttiin muutettuna seuraavasti",
    }
)


def _ballot_problems(session: Session, item: Item, seats: list[Membership]) -> list[str]:
    """Votes whose ballots no longer match who takes part in the § (attendance or disqualification changed
    after the vote was recorded)."""
    voters = set(_quorum(item, seats).voters)
    problems: list[str] = []
    for vote in item.votes:
        balloted = {b.person_id: b.choice for b in vote.ballots}
        outsiders = sorted(
            _name(session, pid) for pid, choice in balloted.items() if pid not in voters and choice != VoteChoice.ABSENT
        )
        missing = sorted(_name(session, pid) for pid in voters if pid not in balloted)
        if outsiders:
            problems.append(
                msg(
                    "Äänestyksessä {round} on ääni henkilöltä, joka ei osallistu asian käsittelyyn ({names}). "
                    "Tallenna äänestys uudelleen.",
                    round=vote.round,
                    names=", ".join(outsiders),
                )
            )
        if missing:
            problems.append(
                msg(
                    "Äänestyksestä {round} puuttuu asian käsittelyyn osallistuva ({names}). Tallenna äänestys "
                    "uudelleen.",
                    round=vote.round,
                    names=", ".join(missing),
                )
            )
    return problems


def ballot_problems(session: Session, item_id: int) -> list[str]:
    """The § votes' ballots that no longer match who takes part (shown by the conduct view, refused at checking)."""
    item = get_item(session, item_id)
    return _ballot_problems(session, item, seat_memberships(session, item.meeting))


def _name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    return person.name if person is not None else str(person_id)


def _signer_problems(meeting: Meeting) -> list[str]:
    """Signers and checkers who were not present at the meeting (absent, or not on the attendance list)."""
    present = {a.person_id for a in meeting.attendances if a.present}
    if not meeting.attendances:
        return []  # "no attendance" is reported on its own
    problems: list[str] = []
    if meeting.chair is not None and meeting.chair_id not in present:
        problems.append(
            msg(
                "Puheenjohtajaksi valittu {name} ei ollut läsnä kokouksessa; valitse kokouksen puheenjohtajana "
                "toiminut.",
                name=meeting.chair.name,
            )
        )
    if meeting.secretary is not None and meeting.secretary_id not in present:
        problems.append(
            msg(
                "Pöytäkirjanpitäjäksi valittu {name} ei ollut läsnä kokouksessa.",
                name=meeting.secretary.name,
            )
        )
    for checker in (meeting.checker1, meeting.checker2):
        if checker is not None and checker.id not in present:
            problems.append(
                msg("Pöytäkirjantarkastajaksi valittu {name} ei ollut läsnä kokouksessa.", name=checker.name)
            )
    return problems


def validate_for_checking(session: Session, meeting_id: int) -> list[Problem]:
    """Everything that stands in the way of checking the minutes; an empty list means they can be checked."""
    meeting = get_meeting(session, meeting_id)
    session.flush()
    problems: list[Problem] = []
    if meeting.chair_id is None:
        problems.append(Problem(msg("Puheenjohtaja puuttuu.")))
    if meeting.secretary_id is None:
        problems.append(Problem(msg("Pöytäkirjanpitäjä puuttuu.")))
    if meeting.checker1_id is None or meeting.checker2_id is None:
        problems.append(Problem(msg("Valitse kaksi pöytäkirjantarkastajaa.")))
    elif meeting.checker1_id == meeting.checker2_id:
        problems.append(Problem(msg("Pöytäkirjantarkastajien on oltava kaksi eri henkilöä.")))
    if not any(a.present for a in meeting.attendances):
        problems.append(Problem(msg("Läsnäolijoita ei ole merkitty.")))
    problems += [Problem(message) for message in _signer_problems(meeting)]
    if meeting.end_time is None:
        problems.append(Problem(msg("Kokouksen päättymisaika puuttuu.")))
    if not meeting.items:
        problems.append(Problem(msg("Kokouksessa ei ole yhtään asiaa.")))
    seats = seat_memberships(session, meeting)
    if not seats:
        problems.append(Problem(msg("Toimielimellä ei ole kokouspäivänä jäseniä; päätösvaltaisuutta ei voi todeta.")))
    if meeting.attendances:
        # Every seat is in the minutes, as present or as absent: a member taken off the list would vanish.
        listed = {a.person_id for a in meeting.attendances}
        for seat in seats:
            if seat.person_id not in listed:
                problems.append(
                    Problem(
                        msg(
                            "Jäsen {name} puuttuu läsnäololuettelosta; merkitse hänet läsnä olleeksi tai "
                            "poissaolevaksi.",
                            name=seat.person.name,
                        )
                    )
                )
    problems += [Problem(message) for message in _attendance_problems(meeting, seats)]
    for item in meeting.items:

        def add(message: str, item: Item = item) -> None:
            problems.append(Problem(message, item.id, item.section_label))

        if item.outcome is None and not item.decision.strip():
            add(msg("Päätös puuttuu (päätöksen laji ja päätösteksti)."))
        elif item.outcome is None:
            add(msg("Päätöksen laji puuttuu."))
        elif not item.decision.strip():
            add(msg("Päätösteksti puuttuu."))
        elif unfinished_decision(item.decision):
            add(msg("Päätösteksti on kesken: ”{text}”. Kirjoita päätös loppuun.", text=short_proposal(item.decision)))
        for motion in item.motions:
            if motion.seconder is None and not motion.withdrawn and not lapse_recorded(item, motion):
                add(
                    msg(
                        "Ehdotusta ”{text}” ei kannatettu; kirjaa käsittelyyn, että se raukesi (Kirjaa "
                        "puheenjohtajan toteamukset).",
                        text=short_proposal(motion.text),
                    )
                )
        presenter = next((d.person for d in item.disqualifications if d.person_id == item.presenter_id), None)
        if presenter is not None:
            add(
                msg(
                    "Esittelijä {name} on merkitty esteelliseksi tässä asiassa, mutta pöytäkirja nimeää hänet asian "
                    "esittelijäksi. Vaihda asian Esittelijä-kenttään se, joka esitteli asian hänen sijastaan.",
                    name=presenter.name,
                )
            )
        chair = disqualified_chair(item)
        if chair is not None and not acting_chair_recorded(item):
            add(
                msg(
                    "Puheenjohtaja {name} oli esteellinen tässä asiassa: kirjaa käsittelyyn, kuka toimi "
                    "puheenjohtajana (Kirjaa puheenjohtajan toteamukset).",
                    name=chair.name,
                )
            )
        for motion in unvoted_motions(item):
            if not unanimity_recorded(item, motion):
                add(
                    msg(
                        "Kannatetusta ehdotuksesta ”{text}” ei äänestetty. Kirjaa äänestys, tai jos toimielin "
                        "hyväksyi ehdotuksen yksimielisesti, kirjaa se käsittelyyn (Kirjaa puheenjohtajan "
                        "toteamukset).",
                        text=short_proposal(motion.text),
                    )
                )
        if item.outcome in (Outcome.PASSED, Outcome.AMENDED) and not item.proposal.strip():
            add(
                msg(
                    "Päätösehdotus puuttuu, mutta lopputulokseksi on merkitty sen hyväksyminen. Kirjoita "
                    "päätösehdotus tai valitse toinen lopputulos."
                )
            )
        if seats:
            status = _quorum(item, seats)
            if not status.quorate and item.kind not in _WITHOUT_QUORUM:
                if item.kind != ItemKind.LEGALITY:
                    add(
                        msg(
                            "Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}).",
                            filled=status.filled,
                            seats=status.seats,
                            required=status.required,
                        )
                    )
                elif item.outcome != Outcome.NOTED:
                    # A meeting found inquorate: the legality § records it (merkitty tiedoksi), nothing is decided,
                    # and the minutes are checked like any others.
                    add(
                        msg(
                            "Kokous ei ollut päätösvaltainen ({filled}/{seats}, vaaditaan {required}). Valitse "
                            "päätöksen lajiksi ”merkitty tiedoksi” ja kirjaa, ettei kokous ollut päätösvaltainen; "
                            "siirrä muut asiat seuraavaan kokoukseen.",
                            filled=status.filled,
                            seats=status.seats,
                            required=status.required,
                        )
                    )
        for vote in item.votes:
            if vote.result is None:
                add(msg("Äänestyksen {round} tulos puuttuu (äänet menivät tasan).", round=vote.round))
        if seats:
            for message in _ballot_problems(session, item, seats):
                add(message)
        if item.outcome != Outcome.REMOVED:
            try:
                decision = route_for_item(item)
            except SihteeriError as exc:  # e.g. an override without a reason: the appeal engine says what to do
                add(exc.message)
            else:
                if decision.problem:
                    add(msg("Muutoksenhakuohje: {problem}", problem=decision.problem))
    return problems


def missing_swedish_texts(session: Session, meeting_id: int) -> list[str]:
    """For a bilingual organisation's meeting: each § whose texts its Swedish minutes would print in Finnish for
    want of a Swedish text ("62 §: selostus, päätös"; ``core.printing.untranslated``). They do not stand in the
    way of checking, but once the minutes are checked only corrections can add them. Empty for other
    organisations (a Finnish-speaking one makes Swedish documents only now and then)."""
    from core.printing.request import DocumentKind, DocumentRequest, untranslated  # (the printing rules)

    meeting = get_meeting(session, meeting_id)
    if meeting.body.organisation.language != Language.BILINGUAL:
        return []
    return untranslated(session, DocumentRequest(DocumentKind.MINUTES, meeting_id, language="sv", public=False))


def problems_message(problems: Iterable[Problem]) -> str:
    lines = join("\n", ["• " + str(p) for p in problems])
    return msg("Pöytäkirjaa ei voi vielä merkitä tarkastetuksi:\n{problems}", problems=lines)


def mark_checked(session: Session, meeting_id: int, *, checked_date: dt.date, checked_place: str = "") -> str:
    """Validate, store the fingerprint and lock the minutes; return the fingerprint.

    Refuses (``ValidationError`` listing the problems) while ``validate_for_checking`` finds any. On PostgreSQL the
    meeting's row is held first: a § another user is saving meanwhile is in what is checked and fingerprinted (the
    checking waits for that save), or the save waits and is then refused as one into checked minutes
    (``db.rules``).
    """
    session.execute(
        select(Meeting).where(Meeting.id == meeting_id).with_for_update().execution_options(populate_existing=True)
    )
    meeting = get_meeting(session, meeting_id)
    if meeting.state.is_locked:
        raise LockedError(
            msg("Kokouksen {number}/{year} pöytäkirja on jo tarkastettu.", number=meeting.number, year=meeting.year)
        )
    if checked_date < meeting.date:
        raise ValidationError(msg("Pöytäkirjaa ei voi tarkastaa ennen kokousta."))
    problems = validate_for_checking(session, meeting_id)
    if problems:
        raise ValidationError(problems_message(problems), detail=f"{len(problems)} problems")
    meeting.state = MeetingState.HELD
    meeting.checked_date = checked_date
    meeting.checked_place = checked_place.strip() or meeting.checked_place or meeting.body.default_place
    session.flush()
    # The fingerprint leaves out the state, so it can be taken before the lock in the same transaction.
    fingerprint = meeting_fingerprint(session, meeting_id)
    meeting.fingerprint = fingerprint
    meeting.state = MeetingState.MINUTES_CHECKED
    session.flush()
    return fingerprint


def record_sending(
    session: Session,
    recipient_id: int,
    *,
    sent: dt.date | None,
    method: DeliveryMethod | None,
    received: dt.date | None = None,
) -> Recipient:
    """When and how the excerpt went to a recipient, and (against a receipt, by hand) when it was received; a
    party's appeal period runs from it (``core.deadlines.party_deadline``). Allowed in checked minutes too:
    the excerpts are sent after the minutes are checked."""
    recipient = session.get(Recipient, recipient_id)
    if recipient is None:
        raise NotFound(msg("Vastaanottajaa ei löydy."))
    if sent is None:
        if received is not None:
            raise ValidationError(
                msg("Merkitse ensin, milloin ote lähetettiin vastaanottajalle {recipient}.", recipient=recipient.name)
            )
        method = None
    elif method is None:
        raise ValidationError(
            msg("Valitse, miten ote lähetettiin vastaanottajalle {recipient}.", recipient=recipient.name)
        )
    if sent is not None and sent < recipient.item.meeting.date:
        raise ValidationError(
            msg(
                "Ote ei voi lähteä ({day}.{month}.{year}) ennen kokousta.",
                day=sent.day,
                month=sent.month,
                year=sent.year,
            )
        )
    if received is not None and sent is not None and received < sent:
        raise ValidationError(
            msg("Vastaanottaja {recipient} ei voi saada otetta ennen sen lähettämistä.", recipient=recipient.name)
        )
    if method not in (DeliveryMethod.REGISTERED, DeliveryMethod.BY_HAND):
        received = None  # the notification day follows from the sending day
    recipient.sent_date = sent
    recipient.delivery_method = method
    recipient.received_date = received
    session.flush()
    return recipient


def mark_agenda_published(session: Session, meeting_id: int, published: dt.date) -> Meeting:
    """Record the day the agenda (kokouskutsu ja esityslista) was sent and published, before the meeting."""
    meeting = get_meeting(session, meeting_id)
    if meeting.state.rank >= MeetingState.HELD.rank:
        raise ValidationError(
            msg(
                "Kokous {number}/{year} on jo aloitettu; esityslistan julkaisua ei enää merkitä.",
                number=meeting.number,
                year=meeting.year,
            )
        )
    if published > meeting.date:
        raise ValidationError(msg("Esityslista julkaistaan ennen kokousta: päivä ei voi olla kokouspäivän jälkeen."))
    meeting.agenda_published_date = published
    meeting.state = MeetingState.AGENDA_PUBLISHED
    session.flush()
    return meeting


def mark_published(session: Session, meeting_id: int, published: dt.date) -> Meeting:
    """Record the date the checked minutes went online; the appeal periods run from it."""
    meeting = get_meeting(session, meeting_id)
    if not meeting.state.is_locked:
        raise ValidationError(msg("Vain tarkastetun pöytäkirjan voi merkitä julkaistuksi."))
    if meeting.checked_date is not None and published < meeting.checked_date:
        raise ValidationError(msg("Julkaisupäivä ei voi olla ennen tarkastuspäivää."))
    meeting.published_date = published
    meeting.state = MeetingState.PUBLISHED
    session.flush()
    return meeting


CORRECTABLE_FIELDS: dict[str, str] = {
    "title": "Otsikko",
    # What a public document shows in place of a secret § (or one without its personal data): docs/tulostus.md.
    "public_title": "Julkaistava otsikko",
    "background": "Selostus",
    "proposal": "Päätösehdotus",
    "handling": "Käsittely",
    "decision": "Päätös",
    "attachments": "Liitteet",
    "recipients": "Tiedoksi",
    # The Swedish texts of the § (revision 0007): their corrections print in Swedish documents only.
    "title_sv": "Otsikko ruotsiksi",
    "public_title_sv": "Julkaistava otsikko ruotsiksi",
    "background_sv": "Selostus ruotsiksi",
    "proposal_sv": "Päätösehdotus ruotsiksi",
    "handling_sv": "Käsittely ruotsiksi",
    "decision_sv": "Päätös ruotsiksi",
}


def add_correction(session: Session, item_id: int, author: str, reason: str, field: str, new_text: str) -> Correction:
    """Record a visible correction to a § of checked minutes; the § itself stays as it was checked.

    ``field`` is one of ``CORRECTABLE_FIELDS``; the text it had is kept in ``Correction.old_text``.
    """
    item = get_item(session, item_id)
    if not item.meeting.state.is_locked:
        raise ValidationError(msg("Pöytäkirjaa ei ole tarkastettu; korjaa asiaa suoraan, oikaisua ei tarvita."))
    if field not in CORRECTABLE_FIELDS:
        raise ValidationError(msg("Tuntematon oikaistava kohta: {field}.", field=field))
    if not author.strip() or not reason.strip() or not new_text.strip():
        raise ValidationError(msg("Oikaisuun tarvitaan tekijä, syy ja oikaistu teksti."))
    old = getattr(item, field, "")
    if field == "attachments":
        old = "\n".join(a.title for a in item.attachments)
    elif field == "recipients":
        old = "\n".join(r.name for r in item.recipients)
    correction = Correction(
        item_id=item.id,
        author=author.strip(),
        reason=reason.strip(),
        field=field,
        old_text=str(old or ""),
        new_text=new_text.strip(),
    )
    session.add(correction)
    session.flush()
    return correction


class Integrity(StrEnum):
    """Whether a meeting's minutes still match the fingerprint stored when they were checked."""

    NOT_CHECKED = "ei_tarkastettu"
    INTACT = "ennallaan"
    CHANGED = "muuttunut"
    MISSING = "ei_tarkistussummaa"


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of an integrity check, with a Finnish message for the user when something is wrong."""

    status: Integrity
    stored: str | None = None
    current: str | None = None
    message: str = field(default="")

    @property
    def ok(self) -> bool:
        return self.status in (Integrity.NOT_CHECKED, Integrity.INTACT)


def check_integrity(session: Session, meeting_id: int) -> IntegrityReport:
    meeting = get_meeting(session, meeting_id)
    session.refresh(meeting)
    if not meeting.state.is_locked:
        return IntegrityReport(Integrity.NOT_CHECKED)
    label = f"{meeting.body.name} {meeting.number}/{meeting.year}"
    if not meeting.fingerprint:
        return IntegrityReport(
            Integrity.MISSING,
            message=msg(
                "Tarkastetulle pöytäkirjalle ({label}) ei ole tallennettu tarkistussummaa; sen "
                "muuttumattomuutta ei voi todeta.",
                label=label,
            ),
        )
    intact, current = fingerprint_matches(session, meeting_id, meeting.fingerprint)
    if intact:
        return IntegrityReport(Integrity.INTACT, meeting.fingerprint, current)
    return IntegrityReport(
        Integrity.CHANGED,
        meeting.fingerprint,
        current,
        message=msg(
            "Tarkastetun pöytäkirjan ({label}) sisältö on muuttunut tarkastuksen jälkeen Sihteerin "
            "ulkopuolella (suoraan tietokannassa). Pöytäkirja ei vastaa tarkastettua. Selvitä muutos "
            "varmuuskopiosta ja lokista ennen otteiden antamista.",
            label=label,
        ),
    )


def set_publication_marks(session: Session, item_id: int, *, has_personal_data: bool) -> Item:
    """Mark whether the § contains personal data: what the version published online after the appeal period
    leaves out (``DocumentRequest.without_personal_data``).

    Allowed on checked minutes too: a § found to contain personal data after checking must still come off the
    public network in time (KuntaL 140 §). The mark is not part of the minutes' content, so checked minutes are
    verified and their fingerprint signed again in the version that leaves the mark out, from one read of their
    content (``core.fingerprint.resigned``); minutes changed since their checking refuse the mark. The change is
    in the audit log like any other.
    """
    item = get_item(session, item_id)
    meeting = item.meeting
    if meeting.state.is_locked and meeting.fingerprint:
        signed = resigned(session, meeting.id, meeting.fingerprint)
        if signed is None:
            report = check_integrity(session, meeting.id)
            raise ValidationError(msg("{problem} Verkkojulkaisun merkintöjä ei muutettu.", problem=report.message))
        meeting.fingerprint = signed
    item.has_personal_data = has_personal_data
    session.flush()
    return item


def verify_fingerprint(session: Session, meeting_id: int) -> bool:
    """False when checked minutes no longer match their stored fingerprint (or have none)."""
    return check_integrity(session, meeting_id).ok
