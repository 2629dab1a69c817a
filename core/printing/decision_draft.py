"""Päätösehdotusluonnos / utkast till beslutsförslag: one or more items as prepared, marked as a draft."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.printing.agenda import meeting_header
from core.printing.base import DocumentMeta
from core.printing.labels import Labels
from core.printing.request import DocumentRequest, ProgressSink, selected_items
from core.printing.sections import Mode, body_name, organisation_name, shown_title, write_item
from db.errors import ValidationError, msg
from db.models import Meeting


def render(
    session: Session, meeting: Meeting, request: DocumentRequest, *, progress: ProgressSink | None = None
) -> bytes:
    labels = Labels(request.language)
    items = selected_items(meeting, request)
    if not any(item.proposal.strip() or item.proposal_sv.strip() for item in items):
        # A draft of the decision proposal without one would be a page with only the title.
        raise ValidationError(
            msg(
                "Valitussa asiassa ei ole päätösehdotusta, joten luonnosta ei tulostettu. Kirjoita ehdotus asian "
                "Päätösehdotus-kenttään tai laadi se mallipohjasta (Muokkaa → Laadi ehdotus mallipohjasta…).",
            )
            if len(items) == 1
            else msg("Valituissa asioissa ei ole päätösehdotuksia, joten luonnosta ei tulostettu.")
        )
    body = body_name(meeting.body, labels)
    subject = (
        shown_title(items[0], labels, public=request.public, personal_data=request.personal_data)
        if len(items) == 1
        else ", ".join(labels.section(item.section_number) for item in items)
    )
    meta = DocumentMeta(
        title=f"{labels['draft_title']}: {body} {labels.date(meeting.date)}",
        author=organisation_name(meeting.body.organisation, labels),
        subject=subject,
        header=meeting_header(meeting, labels, labels["decision_draft"]),
        draft_mark=labels["draft"],
        language=labels.language,
    )
    builder = request.new_writer(meta)
    builder.notice(labels["decision_draft_note"])
    for done, item in enumerate(items):
        if progress is not None:
            progress.update(done, len(items), item.section_label)
        if done:
            builder.spacer(8)
        write_item(
            builder, item, labels, mode=Mode.PREPARED, public=request.public, personal_data=request.personal_data
        )
    return builder.render()
