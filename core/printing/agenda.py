"""Esityslista / föredragningslista: the cover (time, place, members, list of items) and every item's proposal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.printing.base import DocumentMeta, RunningHeader
from core.printing.labels import Labels
from core.printing.request import DocumentRequest, ProgressSink
from core.printing.sections import (
    Mode,
    body_name,
    name_on,
    organisation_name,
    person_line,
    shown_title,
    write_item,
)
from db.enums import MeetingState, MemberRole
from db.models import Meeting


def meeting_time(meeting: Meeting, labels: Labels, *, with_end: bool = True) -> str:
    """The day and the start time ("21.10.2025 klo 17.00"); ``with_end`` (the minutes) adds the end time once
    recorded ("klo 17.00–18.40"). The agenda announces a meeting, so it never shows when the meeting ended."""
    text = labels.date(meeting.date)
    if meeting.start_time:
        text += (" kl. " if labels.language == "sv" else " klo ") + labels.time(meeting.start_time)
        if with_end and meeting.end_time:
            text += "–" + labels.time(meeting.end_time)
    return text


def meeting_header(meeting: Meeting, labels: Labels, document_type: str) -> RunningHeader:
    return RunningHeader(
        organisation=organisation_name(meeting.body.organisation, labels),
        document_type=document_type,
        left_lines=(body_name(meeting.body, labels),),
        right_lines=(labels.date(meeting.date), labels("meeting_no", number=meeting.number, year=meeting.year)),
        page_label=labels["page"],
    )


def render(
    session: Session, meeting: Meeting, request: DocumentRequest, *, progress: ProgressSink | None = None
) -> bytes:
    labels = Labels(request.language)
    body = body_name(meeting.body, labels)
    meta = DocumentMeta(
        title=f"{labels['agenda_title']}: {body} {labels.date(meeting.date)}",
        author=organisation_name(meeting.body.organisation, labels),
        subject=labels("meeting_no", number=meeting.number, year=meeting.year),
        header=meeting_header(meeting, labels, labels["agenda"]),
        draft_mark=labels["draft"] if meeting.state == MeetingState.DRAFT else "",
        language=labels.language,
    )
    builder = request.new_writer(meta)
    builder.title(f"{body} — {labels['agenda_title'].lower()}")
    rows = [(labels["time"], meeting_time(meeting, labels, with_end=False)), (labels["place"], meeting.place)]
    builder.table(rows, widths=(0.25, 0.75))
    members, deputies = [], []
    for membership in meeting.body.memberships:
        if not membership.active_on(meeting.date):
            continue
        role = labels.member_role(membership.role)
        name = name_on(membership.person, meeting.date)
        name += f", {role}" if role and membership.role != MemberRole.DEPUTY else ""
        if membership.role == MemberRole.DEPUTY:
            deputy_for = name_on(membership.deputy_for, meeting.date)
            deputies.append(name + (f" ({deputy_for})" if deputy_for else ""))
        else:
            members.append(name)
    builder.labelled_lines(labels["members"], members)
    builder.labelled_lines(labels["deputies"], deputies)
    others = []
    presenters = {item.presenter.id: item.presenter for item in meeting.items if item.presenter is not None}
    for person in presenters.values():
        others.append(f"{person_line(person, labels, on=meeting.date)}, {labels.role_text('esittelija')}")
    if meeting.secretary is not None:
        secretary = person_line(meeting.secretary, labels, on=meeting.date)
        others.append(f"{secretary}, {labels.role_text('poytakirjanpitaja')}")
    builder.labelled_lines(labels["others"], others)
    builder.label(labels["items"])
    builder.table(
        [
            (
                labels.section(item.section_number),
                shown_title(item, labels, public=request.public, personal_data=request.personal_data),
            )
            for item in meeting.items
        ],
        widths=(0.12, 0.88),
    )
    total = len(meeting.items)
    for done, item in enumerate(meeting.items):
        if progress is not None:
            progress.update(done, total, labels.section(item.section_number))
        builder.page_break() if done == 0 else builder.spacer(6)
        write_item(
            builder,
            item,
            labels,
            mode=Mode.PREPARED,
            public=request.public,
            personal_data=request.personal_data,
        )
    if progress is not None:
        progress.update(total, total, "")
    return builder.render()
