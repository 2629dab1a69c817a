"""Pöytäkirja / protokoll: the cover page, every § as handled, and the appeal attachment.

Minutes that are not checked yet print marked LUONNOS (UTKAST) on every page: that is the copy the
checkers read.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.printing.agenda import meeting_header, meeting_time
from core.printing.base import DocumentBuilder, DocumentMeta
from core.printing.labels import Labels
from core.printing.request import DocumentRequest, ProgressSink
from core.printing.sections import Mode, body_name, organisation_name, section_range, write_item
from db.enums import AttendanceRole
from db.models import Attendance, Meeting

_MEMBER_ROLES = frozenset({AttendanceRole.MEMBER, AttendanceRole.DEPUTY, AttendanceRole.CHAIR})


def render(
    session: Session, meeting: Meeting, request: DocumentRequest, *, progress: ProgressSink | None = None
) -> bytes:
    labels = Labels(request.language)
    body = body_name(meeting.body, labels)
    meta = DocumentMeta(
        title=f"{labels['minutes_title']}: {body} {labels.date(meeting.date)}",
        author=organisation_name(meeting.body.organisation, labels),
        subject=labels("meeting_no", number=meeting.number, year=meeting.year)
        + " "
        + section_range(meeting.items, labels),
        header=meeting_header(meeting, labels, labels["minutes"]),
        draft_mark="" if meeting.is_locked else labels["draft"],
        language=labels.language,
    )
    builder = DocumentBuilder(meta)
    write_cover(builder, meeting, labels)
    total = len(meeting.items)
    for done, item in enumerate(meeting.items):
        if progress is not None:
            progress.update(done, total + 1, item.section_label)
        builder.page_break() if done == 0 else builder.spacer(6)
        write_item(builder, item, labels, mode=Mode.HANDLED, public=request.public)
    if progress is not None:
        progress.update(total, total + 1, labels["appeal"])
    write_appeal_attachment(builder, meeting, labels)
    if progress is not None:
        progress.update(total + 1, total + 1, "")
    return builder.render()


def attendance_line(attendance: Attendance, labels: Labels) -> str:
    parts = [attendance.person.name]
    if attendance.role == AttendanceRole.CHAIR:
        parts.append(labels.role(attendance.role))
    elif attendance.role == AttendanceRole.DEPUTY and attendance.deputy_for is not None:
        parts.append(labels("deputy_for", name=attendance.deputy_for.name))
    elif attendance.role not in _MEMBER_ROLES:
        # role_text is written in Finnish; Swedish minutes use the standard role name when there is one.
        standard = labels.role(attendance.role)
        parts.append(standard if labels.language != "fi" and standard else attendance.role_text or standard)
    if attendance.arrived_at_section is not None:
        key = "arrived_time" if attendance.arrived_time else "arrived"
        parts.append(labels(key, section=attendance.arrived_at_section, time=labels.time(attendance.arrived_time)))
    if attendance.left_after_section is not None:
        key = "left_time" if attendance.left_time else "left"
        parts.append(labels(key, section=attendance.left_after_section, time=labels.time(attendance.left_time)))
    return ", ".join(part for part in parts if part)


def write_cover(builder: DocumentBuilder, meeting: Meeting, labels: Labels) -> None:
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
    builder.label(labels["signatures"])
    builder.signatures(
        [
            (labels["chair"], meeting.chair.name if meeting.chair else ""),
            (labels["secretary"], meeting.secretary.name if meeting.secretary else ""),
        ]
    )
    builder.label(labels["checking"])
    if meeting.checked_date is not None:
        builder.text(labels("checked_note", place=meeting.checked_place, date=labels.date(meeting.checked_date)))
    else:
        builder.text(labels["not_checked"])
    checkers = [p for p in (meeting.checker1, meeting.checker2) if p is not None]
    builder.signatures(
        [(labels["checker"], person.name) for person in checkers] or [(labels["checker"], ""), (labels["checker"], "")]
    )
    builder.label(labels["publication"])
    if meeting.published_date is not None:
        builder.text(labels("published_note", date=labels.date(meeting.published_date)))
    else:
        builder.text(labels["not_published"])


def write_appeal_attachment(builder: DocumentBuilder, meeting: Meeting, labels: Labels) -> None:
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
