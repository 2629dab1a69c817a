"""Pöytäkirjanote / protokollsutdrag: one § as it stands in the checked minutes, certified.

An excerpt of minutes that are not checked yet is refused, unless the request asks for a draft; a draft
carries LUONNOS (UTKAST) in the header and across every page, and in place of the certification a note that the
minutes are not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from sqlalchemy.orm import Session

from core.printing.base import DocumentMeta, RunningHeader, Writer, today
from core.printing.labels import Labels
from core.printing.request import DocumentRequest, selected_items
from core.printing.sections import (
    Mode,
    body_name,
    is_hidden,
    is_removed,
    organisation_name,
    person_title,
    shown_title,
    write_item,
    write_recipients,
)
from db.errors import NotFound, UserError, ValidationError, msg
from db.models import Item, Meeting, Person


def render(session: Session, meeting: Meeting, request: DocumentRequest) -> bytes:
    labels = Labels(request.language)
    item = selected_items(meeting, request)[0]
    if not meeting.is_locked and not request.draft:
        raise UserError(
            msg(
                "Kokouksen {number}/{year} pöytäkirjaa ei ole tarkastettu, joten pykälästä {section_label} ei voi "
                "antaa pöytäkirjanotetta. Tulosta tarvittaessa luonnos, joka merkitään sanalla LUONNOS.",
                number=meeting.number,
                year=meeting.year,
                section_label=item.section_label,
            )
        )
    check_certification_date(meeting, request)
    builder = request.new_writer(excerpt_meta(meeting, item, labels, request))
    write_item(
        builder,
        item,
        labels,
        mode=Mode.HANDLED,
        public=request.public,
        with_heading=False,
        personal_data=request.personal_data,
    )
    def ending() -> None:
        # The recipients of a secret matter may identify its party; those of a § without its personal data are some.
        if not is_hidden(item, request.public) and not is_removed(item, request.personal_data):
            write_recipients(builder, item, labels)
        if meeting.is_locked:
            write_certification(builder, meeting, labels, certifier_of(session, meeting, request), request)
        else:
            # Minutes not checked hold no decision yet, so there is nothing to certify as a true copy: a draft
            # carries no certification or signature line, only the note saying why.
            builder.spacer(4)
            builder.notice(labels["draft_note"])

    write_appeal(builder, item, labels, then=ending)
    return builder.render()


def check_certification_date(meeting: Meeting, request: DocumentRequest) -> None:
    """Refuse a certification date before the minutes were checked: until then there is nothing to certify."""
    day, checked = request.certified_on, meeting.checked_date
    if day is None or checked is None or day >= checked:
        return
    raise ValidationError(
        msg(
            "Otteen oikeaksi todistamisen päivä {day} on ennen kuin kokouksen {number}/{year} pöytäkirja "
            "tarkastettiin ({checked}). Ote voidaan todistaa oikeaksi aikaisintaan tarkastuspäivänä.",
            day=f"{day.day}.{day.month}.{day.year}",
            number=meeting.number,
            year=meeting.year,
            checked=f"{checked.day}.{checked.month}.{checked.year}",
        )
    )


def certifier_of(session: Session, meeting: Meeting, request: DocumentRequest) -> Person | None:
    """Who certifies the excerpt: ``request.certifier_id``, else the meeting's secretary."""
    if request.certifier_id is None:
        return meeting.secretary
    certifier = session.get(Person, request.certifier_id)
    if certifier is None:
        raise NotFound(msg("Otteen oikeaksi todistajaa ei löytynyt."))
    return certifier


def excerpt_meta(meeting: Meeting, item: Item, labels: Labels, request: DocumentRequest) -> DocumentMeta:
    organisation = organisation_name(meeting.body.organisation, labels)
    body = body_name(meeting.body, labels)
    right = [labels.date(meeting.date), labels.section(item.section_number)]
    if item.diary_number:
        right.append(labels("dnro", value=item.diary_number))
    header = RunningHeader(
        organisation=organisation,
        document_type=labels["excerpt"],
        # The meeting's number as in the minutes' header ("Kokous 9/2025"), under the body: the right column holds
        # the date, the § and the diary number (and LUONNOS on a draft).
        left_lines=(body, labels("meeting_no", number=meeting.number, year=meeting.year)),
        right_lines=tuple(right),
        page_label=labels["page"],
    )
    title = f"{labels['excerpt_title']}: {body} {labels.date(meeting.date)} {labels.section(item.section_number)}"
    return DocumentMeta(
        title=title,
        author=organisation,
        subject=shown_title(
            item, labels, public=request.public, personal_data=request.personal_data, corrected=True
        ),
        header=header,
        draft_mark="" if meeting.is_locked else labels["draft"],
        language=labels.language,
        keywords=item.diary_number,
    )


def write_appeal(builder: Writer, item: Item, labels: Labels, *, then: Callable[[], None] | None = None) -> None:
    """The appeal instruction of the § (from ``core.appeal``): its title, then each part under its heading.

    ``then`` writes what follows the instruction (the recipients and the certification) on the page of the
    instruction's last part: a certification alone on a last page, cut off from what it certifies, could be
    taken for part of any paper.
    """
    from core.appeal import instruction_for_item

    instruction = instruction_for_item(item, language=labels.language)
    builder.keep_space(40)
    builder.heading(instruction.title)
    parts = instruction.paragraphs
    for index, (heading, text) in enumerate(parts):
        last = index == len(parts) - 1
        with builder.together() if last else nullcontext():
            if heading:
                builder.field(heading, text)
            else:
                builder.text(text)
            if last and then is not None:
                then()
    if not parts and then is not None:
        then()


def write_certification(
    builder: Writer, meeting: Meeting, labels: Labels, certifier: Person | None, request: DocumentRequest
) -> None:
    from core.appeal import swedish_details

    organisation = meeting.body.organisation
    text = organisation.certification_text_sv if labels.language == "sv" else organisation.certification_text
    # Without a place in the settings, where the minutes were checked (the same office, as a rule): a certification
    # is dated with its place, and a bare date would leave the line half written.
    place = organisation.certification_place.strip() or meeting.checked_place.strip()
    if labels.language == "sv":  # a bilingual town's Swedish name (Lahtis, Borgå); the Finnish one if none given
        place = swedish_details(organisation).get("certification_place") or place
    day = labels.date(request.certified_on or today())
    builder.spacer(4)
    name = certifier.name if certifier else ""
    title = person_title(certifier, labels) if certifier else ""
    # The text, place and date, and the signature line on one page (``Writer.signatures``).
    builder.signatures(
        [(title or labels["certification_signature"], name)],
        place_date=" ".join(part for part in (place, day) if part),
        label=text,
    )
