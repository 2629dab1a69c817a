"""How one item (§) prints: as prepared (agenda, draft) or as handled (minutes, excerpt), with corrections.

Shared by every meeting document, so a § reads the same in the agenda, the minutes and the excerpt.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import inspect
from sqlalchemy.orm import object_session

from core.meetings import CLOSING_ITEMS, OPENING_ITEMS
from core.minutes import Suggestion, decision_suggestion, printed_ground, section_chair_id, short_proposal
from core.printing.base import Writer
from core.printing.labels import Labels
from core.printing.loading import noted_attendances
from db.enums import Language, Outcome, Publicity, VoteChoice
from db.models import (
    Attachment,
    Attendance,
    Body,
    Correction,
    Dissent,
    Item,
    Motion,
    Organisation,
    Person,
    PersonName,
    Vote,
)


class Mode(StrEnum):
    """What state of an item a document shows."""

    PREPARED = "prepared"  # agenda and decision draft: up to the proposal
    HANDLED = "handled"  # minutes and excerpt: handling and decision too


# Correction.field values that name a part of the item (English attribute names and the Finnish labels).
_FIELD_ALIASES: dict[str, str] = {
    "title": "title",
    "otsikko": "title",
    "public_title": "public_title",
    "julkaistava otsikko": "public_title",
    "background": "background",
    "selostus": "background",
    "perustelut": "background",
    "preparer": "preparer",
    "valmistelija": "preparer",
    "presenter": "presenter",
    "esittelijä": "presenter",
    "proposal": "proposal",
    "päätösehdotus": "proposal",
    "handling": "handling",
    "käsittely": "handling",
    "decision": "decision",
    "päätös": "decision",
    "attachments": "attachments",
    "liitteet": "attachments",
    "recipients": "recipients",
    "tiedoksi": "recipients",
}


# Parts of an item whose label key in ``core.printing.labels`` is the part's own name.
_PART_LABELS = frozenset(
    {"background", "preparer", "presenter", "proposal", "handling", "decision", "attachments", "recipients"}
)


def organisation_name(organisation: Organisation, labels: Labels) -> str:
    if labels.language == "sv" and organisation.name_sv:
        return organisation.name_sv
    return organisation.name


def body_name(body: Body, labels: Labels) -> str:
    if labels.language == "sv" and body.name_sv:
        return body.name_sv
    return body.name


def person_title(person: Person | PersonName, labels: Labels) -> str:
    if labels.language == "sv" and person.title_sv:
        return person.title_sv
    return person.title


def name_on(person: Person | None, day: dt.date) -> str:
    """The person's name in the documents of a meeting held on ``day`` (``Person.as_on``); "" for nobody."""
    return person.as_on(day).name if person is not None else ""


def person_line(person: Person | None, labels: Labels, *, on: dt.date, contact: bool = False) -> str:
    """ "Title Name" as on the meeting day ``on`` (the custom in Finnish minutes), with phone and e-mail when
    asked (those are today's: they are for reaching the person)."""
    if person is None:
        return ""
    named = person.as_on(on)
    title = person_title(named, labels)
    text = f"{title} {named.name}".strip()
    if contact:
        parts = [text]
        if person.phone:
            parts.append(labels("contact_phone", phone=person.phone))
        if person.email:
            parts.append(labels("contact_email", email=person.email))
        text = ", ".join(parts)
    return text


def local_date(timestamp: dt.datetime) -> dt.date:
    """The day of a stored timestamp (UTC, without a zone: ``db.models.utcnow``) on this computer's clock, as the
    secretary dated it: a correction made at 1.30 on 20 October in Finland is stored as 22.30 on the 19th."""
    if timestamp.tzinfo is None:
        timestamp = timestamp.replace(tzinfo=dt.UTC)
    return timestamp.astimezone().date()


def is_hidden(item: Item, public: bool) -> bool:
    """Whether only the item's public title may print (a secret item in a public document)."""
    return public and item.publicity == Publicity.SECRET


def is_removed(item: Item, personal_data: bool) -> bool:
    """Whether the § shows only a title and a note: the online version without personal data."""
    return not personal_data and item.has_personal_data


def shown_title(
    item: Item, labels: Labels, *, public: bool, personal_data: bool = True, corrected: bool = False
) -> str:
    """The § 's title as a document shows it; without personal data its public title, else a neutral label
    (a title may name a person). A secret § of a public document is shown as secret whatever its other marks
    (secrecy wins over the personal-data mark: "Salassa pidettävä", not "Henkilötietoja sisältävä asia")."""
    if is_removed(item, personal_data) and not is_hidden(item, public):
        return public_title(item, labels, corrected=corrected) or labels["personal_data_title"]
    return item_title(item, labels, public=public, corrected=corrected)


def public_title(item: Item, labels: Labels, *, corrected: bool = False) -> str:
    """The § 's public title in the document's language: its Swedish one in a Swedish document, when written.

    ``corrected`` (the minutes and their excerpts): as last corrected after the checking (``Correction`` with the
    field ``public_title`` or ``public_title_sv``), for the public title is what a public document shows in place
    of a secret or removed § and the checked one must not stay there. The checked text itself is unchanged."""
    if labels.language == "sv":
        swedish = _last_correction(item, "public_title_sv") if corrected else None
        if swedish is not None:
            return swedish
        if item.public_title_sv.strip():
            return item.public_title_sv
    finnish = _last_correction(item, "public_title") if corrected else None
    return finnish if finnish is not None else item.public_title


def _last_correction(item: Item, field: str) -> str | None:
    """The corrected text of the § 's latest correction of ``field``; None when it has none."""
    found = [c for c in item.corrections if c.field.strip().lower() == field]
    if not found:
        return None
    return max(found, key=lambda c: (c.created_at, c.id)).new_text


def listed_attachments(item: Item, *, public: bool, personal_data: bool = True) -> list[tuple[int, Attachment]]:
    """(number, attachment) of each attachment the document lists for the §, numbered as in the § (a public
    document leaves the secret ones out); none for a § shown by its title only."""
    if is_hidden(item, public) or is_removed(item, personal_data):
        return []
    return [(n, a) for n, a in enumerate(item.attachments, start=1) if a.is_public or not public]


def item_title(item: Item, labels: Labels, *, public: bool, corrected: bool = False) -> str:
    if is_hidden(item, public):
        return public_title(item, labels, corrected=corrected) or labels["secret"]
    if labels.language == "sv" and item.title_sv:
        return item.title_sv
    return item.title


def section_range(items: Iterable[Item], labels: Labels) -> str:
    numbers = sorted(item.section_number for item in items)
    if not numbers:
        return ""
    return labels.section_span(numbers[0], numbers[-1])


def in_language(item: Item, name: str, labels: Labels) -> str:
    """The § 's text ``name`` (background, proposal, handling, decision) in the document's language: in a Swedish
    document its Swedish text when one is written (revision 0007), else the text as written."""
    if labels.language == "sv":
        swedish: str = getattr(item, f"{name}_sv")
        if swedish.strip():
            return swedish
    text: str = getattr(item, name)
    return text


def in_document_language(text: str, text_sv: str, labels: Labels) -> str:
    """A text recorded in the meeting (a motion, a vote's proposal, a dissenting opinion) in the document's
    language: its Swedish text in a Swedish document when one is written (revision 0010), else as written."""
    return text_sv if labels.language == "sv" and text_sv.strip() else text


def vote_proposal(vote: Vote, side: VoteChoice, labels: Labels) -> str:
    """The JA or NEJ proposal of a vote in the document's language: its Swedish text when written; the
    conduct window's usual "Esittelijän päätösehdotus" is printed in Swedish for Swedish."""
    finnish, swedish = (
        (vote.yes_proposal, vote.yes_proposal_sv) if side == VoteChoice.YES else (vote.no_proposal, vote.no_proposal_sv)
    )
    if labels.language == "sv" and not swedish.strip() and _is_presenters_proposal(finnish):
        return labels["presenters_proposal"]
    return in_document_language(finnish, swedish, labels)


def _is_presenters_proposal(text: str) -> bool:
    return " ".join(text.split()).rstrip(".").casefold() == Labels("fi")["presenters_proposal"].casefold()


def _meeting_texts_in_finnish(item: Item) -> tuple[bool, bool]:
    """Whether a Swedish document prints a text the meeting recorded in Finnish for want of a Swedish one: in the
    handling (a motion, a vote's proposal) and in the dissenting opinions."""
    motions = any(m.text.strip() and not m.text_sv.strip() for m in item.motions)
    swedish = Labels("sv")
    votes = any(
        vote_proposal(v, side, swedish) == text and text.strip()
        for v in item.votes
        for side, text in ((VoteChoice.YES, v.yes_proposal), (VoteChoice.NO, v.no_proposal))
    )
    dissents = any(d.text.strip() and not d.text_sv.strip() for d in item.dissents)
    return motions or votes, dissents


def proposal_text(item: Item, labels: Labels) -> str:
    """The proposal as written (its Swedish text in a Swedish document, when written); a standard item's usual
    Finnish proposal is printed in Swedish for Swedish."""
    if labels.language == "sv" and item.proposal_sv.strip():
        return item.proposal_sv
    if labels.language == "sv":
        for standard in (*OPENING_ITEMS, *CLOSING_ITEMS):
            if standard.kind == item.kind and item.proposal.strip() == standard.proposal:
                return standard.proposal_sv
    return item.proposal


def decision_text(item: Item, labels: Labels) -> str:
    """The decision as recorded (its Swedish text in a Swedish document, when written); the standard Finnish
    sentence of its outcome, the customary sentences of the opening and closing items and the other decisions
    Sihteeri suggests (after a vote, amended, an election), while still exactly as suggested, are translated for
    Swedish."""
    return _decision(item, labels).text


def _decision(item: Item, labels: Labels) -> Suggestion:
    """``decision_text``, and whether it quotes a Finnish text (a Swedish suggestion quoting the winning motion)."""
    if labels.language == "sv" and item.decision_sv.strip():
        return Suggestion(item.decision_sv)
    if labels.language == "sv" and item.outcome is not None:
        # What Sihteeri suggested for the outcome ("Puheenjohtaja avasi kokouksen klo 17.00.", "Päätösehdotus
        # hyväksyttiin äänestyksen jälkeen äänin 5–2.") in Swedish, as long as the secretary left it as it was.
        suggested = decision_suggestion(item, item.outcome)
        if suggested.text.strip() and item.decision.strip() == suggested.text.strip():
            swedish = decision_suggestion(item, item.outcome, "sv")
            if swedish.text.strip() != suggested.text.strip():
                return Suggestion(swedish.text.strip(), swedish.quotes)
    standard = labels.outcome(item.outcome)
    if not item.decision.strip():
        return Suggestion(standard)
    if labels.language != "fi":
        # Any outcome's standard sentence, also one the § 's outcome code does not name (a matter for information
        # recorded as "Päätösehdotus hyväksyttiin."): it is the same sentence in Swedish.
        finnish = Labels("fi")
        for outcome in (item.outcome, *Outcome):
            if outcome is not None and item.decision.strip() == finnish.outcome(outcome):
                return Suggestion(labels.outcome(outcome))
    return Suggestion(item.decision)


# The parts of a § that have a Swedish text, in the order a document prints them.
TRANSLATED_PARTS = ("title", "background", "proposal", "handling", "decision")
# Printed after them: the dissenting opinions, whose texts have a Swedish form too (revision 0010).
DISSENTS_PART = "dissents"
# Every part with a Swedish text (``<part>_sv``), so with corrections that print in Swedish documents only.
_SWEDISH_PARTS = (*TRANSLATED_PARTS, "public_title")


def untranslated_parts(item: Item, *, mode: Mode, public: bool, personal_data: bool = True) -> list[str]:
    """The parts of the § (``TRANSLATED_PARTS``) that a Swedish document prints in Finnish, wholly or partly, for
    want of a Swedish text: written in Finnish, not in Swedish, and not a standard text Sihteeri prints in Swedish
    itself. Partly: a disqualification's ground that is not a standard one, or the secretary's own detail after a
    standard one, a motion or a vote's proposal without its Swedish text (the handling), and a Swedish suggested
    decision quoting a Finnish motion (the decision); after them ``DISSENTS_PART`` when a dissenting opinion's
    reasons have no Swedish text. A § shown by its public title only: "public_title" when that has no Swedish
    form."""
    if is_hidden(item, public) or is_removed(item, personal_data):  # shown by its public title only
        # (in the minutes a correction of the Swedish public title is one: ``public_title(..., corrected=True)``)
        written = bool(item.public_title_sv.strip())
        written = written or (mode == Mode.HANDLED and _last_correction(item, "public_title_sv") is not None)
        return ["public_title"] if item.public_title.strip() and not written else []
    finnish = _wholly_finnish(item, mode=mode)
    if mode == Mode.HANDLED:
        swedish = Labels("sv")
        recorded, dissents = _meeting_texts_in_finnish(item)
        finnish["handling"] = (
            finnish["handling"]
            or recorded
            or any(printed_ground(d.ground, "sv").finnish for d in item.disqualifications)
        )
        finnish["decision"] = finnish["decision"] or _decision(item, swedish).quotes
        finnish[DISSENTS_PART] = dissents
    return [part for part in (*TRANSLATED_PARTS, DISSENTS_PART) if finnish.get(part)]


def _wholly_finnish(item: Item, *, mode: Mode) -> dict[str, bool]:
    """For each of ``TRANSLATED_PARTS``: whether a Swedish document prints that text of the § as written in Finnish."""
    swedish = Labels("sv")
    handled = mode == Mode.HANDLED
    finnish = {
        "title": not item.title_sv.strip(),
        "background": not item.background_sv.strip(),
        "proposal": not item.proposal_sv.strip() and proposal_text(item, swedish) == item.proposal,
        "handling": handled and not item.handling_sv.strip(),
        "decision": handled and not item.decision_sv.strip() and decision_text(item, swedish) == item.decision,
    }
    return {part: finnish[part] and bool(getattr(item, part).strip()) for part in TRANSLATED_PARTS}


def _finnish_parts(item: Item, labels: Labels, *, mode: Mode, public: bool, personal_data: bool) -> frozenset[str]:
    """The texts of the § a Swedish document of a Finnish-speaking or bilingual organisation prints wholly in
    Finnish, to be marked so on a web page (``lang``); none in a Finnish document or a Swedish-speaking
    organisation's. (A Swedish sentence quoting a Finnish text stays marked Swedish.)"""
    if labels.language != "sv" or item.meeting.body.organisation.language == Language.SWEDISH:
        return frozenset()
    if is_hidden(item, public) or is_removed(item, personal_data):  # the heading of a § shown by its public title
        listed = untranslated_parts(item, mode=mode, public=public, personal_data=personal_data)
        return frozenset({"title"} if "public_title" in listed else set())
    return frozenset(part for part, finnish in _wholly_finnish(item, mode=mode).items() if finnish)


def write_item(
    builder: Writer,
    item: Item,
    labels: Labels,
    *,
    mode: Mode,
    public: bool,
    with_heading: bool = True,
    personal_data: bool = True,
) -> None:
    """Write one § into the builder; corrections print right after the part they correct.

    Without ``personal_data`` (the version kept online after the appeal period) a § marked as containing
    personal data shows its public title (else its title), its diary number and a note, nothing more.
    """
    corrections = _corrections_by_part(item, labels) if mode == Mode.HANDLED else {}
    removed = is_removed(item, personal_data)
    title = shown_title(item, labels, public=public, personal_data=personal_data, corrected=mode == Mode.HANDLED)
    finnish = _finnish_parts(item, labels, mode=mode, public=public, personal_data=personal_data)

    def lang(part: str) -> str:
        return "fi" if part in finnish else ""

    if with_heading:
        builder.heading(f"{labels.section(item.section_number)}  {title}", language=lang("title"))
    else:
        builder.title(title, language=lang("title"))
    if item.diary_number:
        builder.text(labels("dnro", value=item.diary_number), style="small")
    # Secrecy first: a secret § also marked as holding personal data still says it is secret, and on what ground.
    if is_hidden(item, public):
        builder.notice(labels("secret_note", ground=item.secrecy_ground or "–"))
        # That a correction was made, not what it says: its reason and texts are of the secret content.
        for correction in sorted((c for part in corrections.values() for c in part), key=lambda c: c.created_at):
            date = labels.date(local_date(correction.created_at))
            builder.notice(labels("correction_hidden", date=date, author=correction.author))
        return
    if removed:
        builder.notice(labels["personal_data_removed"])
        return
    _write_corrections(builder, corrections.pop("title", []), labels)
    _write_corrections(builder, corrections.pop("public_title", []), labels)
    if item.publicity == Publicity.SECRET:
        # Its content is printed (a copy not for the public): the marking and ground JulkL 25 § asks for.
        ground = item.secrecy_ground.strip()
        builder.notice(labels("secret_marking", ground=ground) if ground else labels["secret_marking_no_ground"])
    elif item.publicity == Publicity.PARTLY_SECRET and item.secrecy_ground:
        builder.text(labels("partly_secret", ground=item.secrecy_ground), style="small")

    builder.text(in_language(item, "background", labels), language=lang("background"))
    _write_corrections(builder, corrections.pop("background", []), labels)
    day = item.meeting.date
    builder.field(labels["preparer"], person_line(item.preparer, labels, on=day, contact=True))
    _write_corrections(builder, corrections.pop("preparer", []), labels)
    builder.field(labels["presenter"], person_line(item.presenter, labels, on=day))
    _write_corrections(builder, corrections.pop("presenter", []), labels)
    builder.field(labels["proposal"], proposal_text(item, labels), language=lang("proposal"))
    _write_corrections(builder, corrections.pop("proposal", []), labels)

    if mode == Mode.HANDLED:
        _write_handling(builder, item, labels, language=lang("handling"))
        _write_corrections(builder, corrections.pop("handling", []), labels)
        builder.field(labels["decision"], decision_text(item, labels), language=lang("decision"))
        _write_corrections(builder, corrections.pop("decision", []), labels)
        for dissent in item.dissents:
            _write_dissent(builder, dissent, labels, on=day)

    builder.labelled_lines(
        labels["attachments"],
        [f"{index}. {attachment.title}" for index, attachment in listed_attachments(item, public=public)],
    )
    _write_corrections(builder, corrections.pop("attachments", []), labels)
    if mode == Mode.HANDLED:
        _write_corrections(builder, [c for part in corrections.values() for c in part], labels)


def _write_dissent(builder: Writer, dissent: Dissent, labels: Labels, *, on: dt.date) -> None:
    dissenter = labels("dissent", name=name_on(dissent.person, on))
    reasons = in_document_language(dissent.text, dissent.text_sv, labels)
    builder.field(labels["dissents"], dissenter + "\n\n" + reasons)


def write_recipients(builder: Writer, item: Item, labels: Labels) -> None:
    builder.labelled_lines(
        labels["recipients"],
        [", ".join(part for part in (recipient.name, recipient.address) if part) for recipient in item.recipients],
    )


def _noted(item: Item) -> list[Attendance]:
    """The meeting's attendances that this § notes. An excerpt loads just these (``loading.load_meetings``);
    the minutes have the whole attendance loaded and pick them out of it."""
    meeting = item.meeting
    session = object_session(item)
    if session is not None and "attendances" in inspect(meeting).unloaded:
        return list(session.scalars(noted_attendances(item)))
    number = item.section_number
    return [
        a
        for a in meeting.attendances
        if number in (a.arrived_at_section, a.left_after_section)
        or any(number in (absence.left_after_section, absence.returned_at_section) for absence in a.absences)
    ]


def _attendance_notes(item: Item, labels: Labels) -> tuple[list[str], list[str]]:
    """Who arrived or came back before this § and who left after it (for good or for a while), so the § itself shows
    who took part."""
    arrivals: list[str] = []
    departures: list[str] = []
    for attendance in _noted(item):
        name = name_on(attendance.person, item.meeting.date)
        if attendance.arrived_at_section == item.section_number:
            time = labels("at_time", time=labels.time(attendance.arrived_time)) if attendance.arrived_time else ""
            arrivals.append(labels("arrived_here", name=name, time=time))
        for absence in attendance.absences:
            if absence.returned_at_section == item.section_number:
                time = labels("at_time", time=labels.time(absence.returned_time)) if absence.returned_time else ""
                arrivals.append(labels("returned_here", name=name, time=time))
            if absence.left_after_section == item.section_number:
                time = labels("at_time", time=labels.time(absence.left_time)) if absence.left_time else ""
                departures.append(labels("left_here", name=name, time=time))
        if attendance.left_after_section == item.section_number:
            time = labels("at_time", time=labels.time(attendance.left_time)) if attendance.left_time else ""
            departures.append(labels("left_here", name=name, time=time))
    return arrivals, departures


def _write_handling(builder: Writer, item: Item, labels: Labels, *, language: str = "") -> None:
    arrivals, departures = _attendance_notes(item, labels)
    handling = in_language(item, "handling", labels)
    parts = (handling.strip(), item.disqualifications, item.motions, item.votes, arrivals, departures)
    if not any(parts):
        return
    builder.label(labels["handling"])
    day = item.meeting.date
    for note in arrivals:
        builder.text(note, indented=True)
    for disqualification in item.disqualifications:
        name = name_on(disqualification.person, day)
        ground = printed_ground(disqualification.ground, labels.language).text
        text = labels("disqualified", name=name, ground=ground)
        text += " " + labels("left_room" if disqualification.left_room else "stayed", name=name)
        builder.text(text, indented=True)
    builder.text(handling, indented=True, language=language)
    for motion in item.motions:
        proposer = name_on(motion.proposer, day)
        seconder = labels("seconded", name=name_on(motion.seconder, day)) if motion.seconder else ""
        text = labels("motion", proposer=proposer, seconder=seconder, text=_motion_text(motion, labels))
        if motion.withdrawn:
            text += " " + labels["withdrawn"]
        # An unseconded motion's lapse is the chair's finding in the handling text (the conduct window's fill
        # button, core.minutes.suggest_handling); checking asks for it (validate_for_checking). It is not added
        # here: minutes checked before must print as they did.
        builder.text(text, indented=True)
    for vote in item.votes:
        _write_vote(builder, vote, labels, numbered=len(item.votes) > 1, chair_id=section_chair_id(item), on=day)
    for note in departures:
        builder.text(note, indented=True)


def _motion_text(motion: Motion, labels: Labels) -> str:
    return in_document_language(motion.text, motion.text_sv, labels)


def _vote_statement(vote: Vote, labels: Labels, chair_id: int | None) -> str:
    """The chair's statement of the result, in the document's language (the stored ``result_text`` is Finnish
    and repeats the counts): a tie says whether the chair's vote decided it, as ``core.minutes.result_text``."""
    if vote.result is None:
        return labels["vote_tie_undecided"]
    yes = sum(ballot.choice == VoteChoice.YES for ballot in vote.ballots)
    no = sum(ballot.choice == VoteChoice.NO for ballot in vote.ballots)
    chair = next((ballot.choice for ballot in vote.ballots if ballot.person_id == chair_id), None)
    tie = "" if yes != no else labels["vote_tie_chair" if chair == vote.result else "vote_tie_undecided"] + " "
    proposal = vote_proposal(vote, vote.result, labels)
    side = labels[f"vote_side.{vote.result.value}"]
    return tie + labels("vote_declared", side=side, proposal=short_proposal(proposal))


def _write_vote(
    builder: Writer, vote: Vote, labels: Labels, *, numbered: bool, chair_id: int | None, on: dt.date
) -> None:
    builder.heading(labels("vote_round", round=vote.round) if numbered else labels["vote"], level=2)
    builder.text(labels("yes_proposal", text=vote_proposal(vote, VoteChoice.YES, labels)), indented=True)
    builder.text(labels("no_proposal", text=vote_proposal(vote, VoteChoice.NO, labels)), indented=True)
    if vote.ballots:
        builder.table(
            [(name_on(ballot.person, on), labels.vote(ballot.choice)) for ballot in vote.ballots],
            widths=(0.5, 0.25),
            indented=True,
        )
    counts = Counter(ballot.choice for ballot in vote.ballots)
    summary = labels(
        "vote_counts",
        yes=counts[VoteChoice.YES],
        no=counts[VoteChoice.NO],
        blank=counts[VoteChoice.BLANK],
        absent=counts[VoteChoice.ABSENT],
    )
    builder.text(f"{labels['vote_result']}: {summary}.\n{_vote_statement(vote, labels, chair_id)}", indented=True)


def _corrections_by_part(item: Item, labels: Labels) -> dict[str, list[Correction]]:
    """The § 's corrections by the part of the document they follow. A correction of a Swedish text prints in
    Swedish documents only; in those, a correction of a Finnish text only where that text printed (the part has no
    Swedish text)."""
    parts: dict[str, list[Correction]] = {}
    for correction in item.corrections:
        part, swedish = _corrected(correction.field)
        if swedish and labels.language != "sv":
            continue
        if labels.language == "sv" and not swedish and part in _SWEDISH_PARTS and getattr(item, f"{part}_sv").strip():
            continue
        parts.setdefault(part or "other", []).append(correction)
    return parts


def _corrected(field: str) -> tuple[str, bool]:
    """The part of the § a correction's ``field`` names ("" when none) and whether it is the part's Swedish text."""
    key = field.strip().lower()
    swedish = key.endswith("_sv") and key.removesuffix("_sv") in _SWEDISH_PARTS
    return _FIELD_ALIASES.get(key.removesuffix("_sv") if swedish else key, ""), swedish


def _corrected_part(field: str, labels: Labels) -> str:
    """The corrected part's name as the document says it ("Päätös", "Päätös (ruotsiksi)"); else as recorded."""
    part, swedish = _corrected(field)
    if part == "title":
        name = labels["part_title"]
    elif part == "public_title":
        name = labels["part_public_title"]
    elif part in _PART_LABELS:
        name = labels[part]
    else:
        return field
    return labels("in_swedish", part=name) if swedish else name


def _write_corrections(builder: Writer, corrections: list[Correction], labels: Labels) -> None:
    for correction in corrections:
        lines = [
            labels(
                "correction",
                date=labels.date(local_date(correction.created_at)),
                author=correction.author,
                reason=correction.reason,
            )
        ]
        if correction.field:
            lines.append(labels("correction_field", field=_corrected_part(correction.field, labels)))
        if correction.old_text:
            lines.append(labels("correction_old", text=correction.old_text))
        lines.append(labels("correction_new", text=correction.new_text))
        builder.notice("\n\n".join(lines))
