"""Pöytäkirja / protokoll: the cover page, every § as handled, and the appeal attachment.

Minutes that are not checked yet print marked LUONNOS (UTKAST) on every page: that is the copy the
checkers read.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from core.minutes import representative_text
from core.printing.agenda import meeting_header, meeting_time
from core.printing.base import DocumentMeta, Writer
from core.printing.labels import Labels
from core.printing.request import DocumentRequest, ProgressSink
from core.printing.sections import Mode, body_name, name_on, organisation_name, section_range, write_item
from db.enums import AttendanceRole, MemberRole
from db.errors import NotFound, msg
from db.models import Attendance, Meeting

_MEMBER_ROLES = frozenset({AttendanceRole.MEMBER, AttendanceRole.DEPUTY, AttendanceRole.CHAIR})


def render(
    session: Session, meeting: Meeting, request: DocumentRequest, *, progress: ProgressSink | None = None
) -> bytes:
    """The minutes of one meeting, or of every meeting in ``request.meeting_ids`` one after another."""
    labels = Labels(request.language)
    meetings = collected_meetings(session, meeting, request)
    body = body_name(meeting.body, labels)
    if len(meetings) == 1:
        title = f"{labels['minutes_title']}: {body} {labels.date(meeting.date)}"
        subject = (
            f"{labels('meeting_no', number=meeting.number, year=meeting.year)} {section_range(meeting.items, labels)}"
        )
    else:
        title = f"{labels['minutes_title']}: {body} {labels.date(meetings[0].date)}–{labels.date(meetings[-1].date)}"
        subject = section_range([item for m in meetings for item in m.items], labels)
    meta = DocumentMeta(
        title=title,
        author=organisation_name(meeting.body.organisation, labels),
        subject=subject,
        header=meeting_header(meetings[0], labels, labels["minutes"]),
        draft_mark="" if all(m.is_locked for m in meetings) else labels["draft"],
        language=labels.language,
    )
    builder = request.new_writer(meta)
    steps = sum(len(m.items) + 1 for m in meetings)
    done = 0
    for index, each in enumerate(meetings):
        if index:
            builder.page_break()
            builder.set_header(meeting_header(each, labels, labels["minutes"]))
        write_cover(builder, each, labels)
        for position, item in enumerate(each.items):
            if progress is not None:
                progress.update(done, steps, labels.section(item.section_number))
            builder.page_break() if position == 0 else builder.spacer(6)
            write_item(
                builder,
                item,
                labels,
                mode=Mode.HANDLED,
                public=request.public,
                personal_data=request.personal_data,
            )
            done += 1
        if progress is not None:
            progress.update(done, steps, labels["appeal"])
        write_appeal_attachment(builder, each, labels)
        done += 1
    if progress is not None:
        progress.update(steps, steps, "")
    return builder.render()


def collected_meetings(session: Session, meeting: Meeting, request: DocumentRequest) -> list[Meeting]:
    """The request's meetings in date order (just the one meeting when none are listed)."""
    if not request.meeting_ids:
        return [meeting]
    meetings = [session.get(Meeting, meeting_id) for meeting_id in request.meeting_ids]
    found = [m for m in meetings if m is not None]
    if len(found) != len(meetings):
        raise NotFound(msg("Jotakin valituista kokouksista ei löytynyt; se on ehkä poistettu."))
    return sorted(found, key=lambda m: (m.date, m.number))


def _office(attendance: Attendance) -> MemberRole | None:
    """The member's office in the body on the meeting day (chair, vice chair), None for a member without one."""
    meeting = attendance.meeting
    offices = (MemberRole.CHAIR, MemberRole.VICE_CHAIR)
    for membership in meeting.body.memberships:
        mine = membership.person_id == attendance.person_id and membership.active_on(meeting.date)
        if mine and membership.role in offices:
            return membership.role
    return None


def _at_time(value: dt.time | None, labels: Labels) -> str:
    """The time as " klo 19.02" (" kl. 19.02"), or nothing when none was noted."""
    return labels("at_time", time=labels.time(value)) if value else ""


def attendance_line(attendance: Attendance, labels: Labels) -> str:
    day = attendance.meeting.date
    parts = [name_on(attendance.person, day)]
    office = _office(attendance) if attendance.role == AttendanceRole.CHAIR else None
    if attendance.role == AttendanceRole.CHAIR and office != MemberRole.CHAIR:
        # The vice chair (or a member elected to chair) chaired this meeting: their office, then that they chaired,
        # never "puheenjohtaja" alone, which is the office of the chair listed as absent.
        if office is not None:
            parts.append(labels.member_role(office))
        parts.append(labels["acting_chair"])
    elif attendance.role == AttendanceRole.CHAIR:
        parts.append(labels.role(attendance.role))
    elif attendance.role == AttendanceRole.DEPUTY and attendance.deputy_for is not None:
        parts.append(labels("deputy_for", name=name_on(attendance.deputy_for, day)))
    elif attendance.role not in _MEMBER_ROLES:
        # role_text is written in Finnish; Swedish minutes use the standard role name when there is one.
        standard = labels.role(attendance.role)
        if attendance.role == AttendanceRole.EXECUTIVE_REPRESENTATIVE and labels.language == "sv":
            standard = representative_text(attendance.meeting, "sv") or standard
        elif labels.language == "sv" and not standard:
            # A role written as the person's title ("kunnanjohtaja") prints as their Swedish title (kommundirektör).
            titles = attendance.person.as_on(day)
            written = " ".join(attendance.role_text.split()).casefold()
            if titles.title_sv and written == " ".join(titles.title.split()).casefold():
                standard = titles.title_sv
        parts.append(standard if labels.language != "fi" and standard else attendance.role_text or standard)
    if attendance.arrived_at_section is not None:
        key = "arrived_time" if attendance.arrived_time else "arrived"
        parts.append(labels(key, section=attendance.arrived_at_section, time=labels.time(attendance.arrived_time)))
    for absence in attendance.absences:
        parts.append(
            labels(
                "away",
                left=absence.left_after_section,
                left_time=_at_time(absence.left_time, labels),
                returned=absence.returned_at_section,
                returned_time=_at_time(absence.returned_time, labels),
            )
        )
    if attendance.left_after_section is not None:
        key = "left_time" if attendance.left_time else "left"
        parts.append(labels(key, section=attendance.left_after_section, time=labels.time(attendance.left_time)))
    return ", ".join(part for part in parts if part)


def write_cover(builder: Writer, meeting: Meeting, labels: Labels) -> None:
    builder.title(f"{body_name(meeting.body, labels)} — {labels['minutes_title'].lower()}")
    builder.table(
        [(labels["time"], meeting_time(meeting, labels)), (labels["place"], meeting.place)], widths=(0.25, 0.75)
    )
    present = [a for a in meeting.attendances if a.present]
    builder.labelled_lines(
        labels["present_members"], [attendance_line(a, labels) for a in present if a.role in _MEMBER_ROLES]
    )
    builder.labelled_lines(
        labels["others_present"], [attendance_line(a, labels) for a in present if a.role not in _MEMBER_ROLES]
    )
    builder.labelled_lines(labels["absent"], [attendance_line(a, labels) for a in meeting.attendances if not a.present])
    builder.labelled_lines(labels["items_handled"], [section_range(meeting.items, labels)])
    # Each label stays on the page of the signature lines it announces (``Writer.signatures``).
    builder.signatures(
        [
            (labels["chair"], name_on(meeting.chair, meeting.date)),
            (labels["secretary"], name_on(meeting.secretary, meeting.date)),
        ],
        label=labels["signatures"],
    )
    # The place and date of the checking on a line of their own above the checkers, as signatures are dated (a
    # place name cannot stand uninflected inside the sentence: "tarkastettu Hartola 24.10.2025").
    place_date = ""
    if meeting.checked_date is not None:
        place_date = " ".join(f"{meeting.checked_place} {labels.date(meeting.checked_date)}".split())
    checkers = [p for p in (meeting.checker1, meeting.checker2) if p is not None]
    builder.signatures(
        [(labels["checker"], name_on(person, meeting.date)) for person in checkers]
        or [(labels["checker"], ""), (labels["checker"], "")],
        place_date=place_date,
        label=labels["checking"],
        note=labels["checked_note" if meeting.checked_date is not None else "not_checked"],
    )
    builder.label(labels["publication"])
    if meeting.published_date is not None:
        builder.text(labels("published_note", date=labels.date(meeting.published_date)))
    else:
        builder.text(labels["not_published"])


def write_appeal_attachment(builder: Writer, meeting: Meeting, labels: Labels) -> None:
    """The appeal attachment: each route with the §§ it covers (from ``core.appeal``)."""
    from core.appeal import appeal_attachment

    instructions = appeal_attachment(meeting, language=labels.language)
    if not instructions:
        return
    builder.page_break()
    builder.title(labels["appeal_attachment"])
    for instruction in instructions:
        builder.heading(instruction.title)
        if instruction.sections:
            numbers = ", ".join(labels.section(n) for n in instruction.sections)
            builder.text(labels("appeal_sections", sections=numbers), style="label")
        for heading, text in instruction.paragraphs:
            if heading:
                builder.field(heading, text)
            else:
                builder.text(text)
        builder.spacer(4)
