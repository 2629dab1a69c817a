"""Tests of the printed meeting documents on the demo: every required element, in order, in both languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.appeal import appeal_attachment, instruction_for_item
from core.demo import SEED1_PROPOSAL, SEED1_TITLE, SEED2_DNRO, SEED2_PROPOSAL, SEED2_TITLE
from core.meetings import add_item, create_meeting
from core.printing import (
    DocumentKind,
    DocumentRequest,
    file_name,
    find_item,
    find_meeting,
    render_in_session,
    year_minutes,
)
from core.printing.labels import Labels
from core.printing.loading import load_meetings
from core.printing.sections import decision_text, organisation_name, proposal_text
from db.engine import Database
from db.enums import AppealRoute, AttendanceRole, ItemKind, MeetingState, Outcome, Publicity, VoteChoice
from db.errors import NotFound, UserError, ValidationError
from db.models import Attendance, Ballot, Correction, Disqualification, Dissent, Item, Meeting, Motion, Recipient, Vote
from tests.core.printing_support import PrintedPdf, assert_in_order, comparable, read_pdf

LANGUAGES = ("fi", "sv")
CERTIFIED = dt.date(2025, 10, 16)


def _seed2(session: Session) -> tuple[Meeting, Item]:
    meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
    return meeting, find_item(session, meeting, dnro=SEED2_DNRO)


def _seed1(session: Session) -> tuple[Meeting, Item]:
    meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
    return meeting, next(item for item in meeting.items if item.title == SEED1_TITLE)


def _print(
    session: Session, kind: DocumentKind, meeting: Meeting, items: tuple[Item, ...] = (), **kw: object
) -> PrintedPdf:
    request = DocumentRequest(kind, meeting.id, tuple(i.id for i in items), **kw)  # type: ignore[arg-type]
    return read_pdf(render_in_session(session, request))


def _instruction_parts(item: Item, language: str) -> list[str]:
    instruction = instruction_for_item(item, language=language)
    parts = [instruction.title]
    for heading, text in instruction.paragraphs:
        parts += [heading, text] if heading else [text]
    return parts


def _check_seed1(session: Session) -> None:
    """Move seed 1's meeting through the meeting to checked minutes, as the secretary would."""
    meeting, _item = _seed1(session)
    meeting.state = MeetingState.HELD
    for each in meeting.items:
        each.decision = "Päätösehdotus hyväksyttiin."
        each.outcome = Outcome.PASSED
    session.flush()
    meeting.checked_date = dt.date(2025, 10, 23)
    meeting.checked_place = "Hartola"
    meeting.state = MeetingState.MINUTES_CHECKED
    session.flush()


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed2_excerpt_has_every_element_in_order(demo_db: Database, language: str) -> None:
    """Ensure the seed 2 excerpt prints header, the § as checked, oikaisuvaatimus, recipients and certification."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, item = _seed2(session)
        assert instruction_for_item(item, language=language).route == AppealRoute.RECTIFICATION
        printed = _print(session, DocumentKind.EXCERPT, meeting, (item,), language=language, certified_on=CERTIFIED)
        body = "Landskapsstyrelsen" if language == "sv" else "Maakuntahallitus"
        organisation = "Päijänne-Tavastlands förbund" if language == "sv" else "Päijät-Hämeen liitto"
        certification = "Utdragets riktighet bestyrker:" if language == "sv" else "Otteen oikeaksi todistaa"
        title = "förvaltningschef" if language == "sv" else "hallintopäällikkö"
        assert_in_order(
            printed.headers[0],
            [
                organisation,
                body,
                labels["excerpt"],
                "13.10.2025",
                labels.section(item.section_number),
                labels("dnro", value=SEED2_DNRO),
                labels("page", page=1, pages=printed.pages),
            ],
        )
        assert_in_order(
            printed.body,
            [
                SEED2_TITLE,
                item.background,
                labels["preparer"],
                "Säde Tahvanainen",
                "044 077 3431",
                "sade.tahvanainen@paijat-hame.fi",
                labels["presenter"],
                "Juha Hertsi",
                labels["proposal"],
                SEED2_PROPOSAL,
                labels["decision"],
                decision_text(item, labels),
                labels["attachments"],
                "Yhteistyöpöytäkirja (päivitetty 26.9.2025)",
                *_instruction_parts(item, language),
                labels["recipients"],
                "Päijät-Hämeen kunnat",
                "Päijät-Hämeen hyvinvointialue",
                certification,
                "Lahti",
                "16.10.2025",
                "Tiina Mäkelä",
                title,
            ],
        )
        assert labels["draft"] not in printed.text
        meta = printed.metadata
        assert meta["/Author"] == organisation
        assert labels.section(item.section_number) in meta["/Title"]
        assert meta["/Subject"] == SEED2_TITLE


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed1_excerpt_of_unchecked_minutes_is_refused(sqlite_demo_db: Database, language: str) -> None:
    """Ensure an excerpt of unchecked minutes is refused with a Finnish message unless a draft is asked for."""
    with sqlite_demo_db.session() as session:
        meeting, item = _seed1(session)
        assert not meeting.is_locked
        with pytest.raises(UserError, match="ei ole tarkastettu"):
            _print(session, DocumentKind.EXCERPT, meeting, (item,), language=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed1_draft_excerpt_is_marked_and_carries_the_prohibition(demo_db: Database, language: str) -> None:
    """Ensure the seed 1 draft excerpt says LUONNOS on every page, carries the muutoksenhakukielto and ends with
    the note that the minutes are not checked."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, item = _seed1(session)
        instruction = instruction_for_item(item, language=language)
        assert instruction.route == AppealRoute.PROHIBITION
        assert any("136" in text for _heading, text in instruction.paragraphs)
        printed = _print(
            session, DocumentKind.EXCERPT, meeting, (item,), language=language, draft=True, certified_on=CERTIFIED
        )
        assert all(labels["draft"] in header for header in printed.headers)
        assert_in_order(
            printed.body,
            [
                SEED1_TITLE,
                item.background,
                labels["preparer"],
                "Hanna Koskinen",
                labels["presenter"],
                labels["proposal"],
                SEED1_PROPOSAL,
                labels["attachments"],
                "Yhteistoimintasopimus 2026–2029",
                *_instruction_parts(item, language),
                labels["recipients"],
                "Kunnanhallitus",
                labels["draft_note"],  # a draft is not certified (tests/core/test_documents_review.py)
            ],
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_seed1_excerpt_once_checked(sqlite_demo_db: Database, language: str) -> None:
    """Ensure seed 1's excerpt, once the minutes are checked, is final and carries the prohibition notice."""
    labels = Labels(language)
    with sqlite_demo_db.begin() as session:
        _check_seed1(session)
    with sqlite_demo_db.session() as session:
        meeting, item = _seed1(session)
        certified = meeting.checked_date  # not before the checking (core.printing.excerpt.check_certification_date)
        printed = _print(session, DocumentKind.EXCERPT, meeting, (item,), language=language, certified_on=certified)
        assert labels["draft"] not in printed.text
        assert_in_order(
            printed.headers[0],
            [
                "Hartola",
                labels["excerpt"],
                "21.10.2025",
                labels.section(item.section_number),
                labels("dnro", value="112/12.00.01/2025"),
            ],
        )
        assert_in_order(
            printed.body,
            [
                SEED1_TITLE,
                labels["proposal"],
                SEED1_PROPOSAL,
                labels["decision"],
                decision_text(item, labels),
                *_instruction_parts(item, language),
                labels["recipients"],
                "Otteen oikeaksi todistaa" if language == "fi" else "Utdragets riktighet bestyrker:",
                "Minna Salo",
            ],
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_agenda_cover_and_items(demo_db: Database, language: str) -> None:
    """Ensure the agenda prints time, place, members, the list of items and every item with its proposal."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, seed = _seed1(session)
        printed = _print(session, DocumentKind.AGENDA, meeting, language=language)
        organisation = organisation_name(meeting.body.organisation, labels)
        assert_in_order(
            printed.headers[0],
            [organisation, labels["agenda"], "21.10.2025", labels("page", page=1, pages=printed.pages)],
        )
        titles = [item.title_sv or item.title if language == "sv" else item.title for item in meeting.items]
        assert_in_order(
            printed.body,
            [
                labels["time"],
                "21.10.2025",
                "17.00",
                labels["place"],
                meeting.place,
                labels["members"],
                "Pirjo Heinonen",
                "Áile Čoavddis",
                labels["deputies"],
                "Biret Ŋuolja",
                labels["items"],
                *[
                    f"{labels.section(item.section_number)} {title}"
                    for item, title in zip(meeting.items, titles, strict=True)
                ],
            ],
        )
        parts: list[str] = []
        for item, title in zip(meeting.items, titles, strict=True):
            parts += [f"{labels.section(item.section_number)} {title}"]
            if item.diary_number:
                parts.append(labels("dnro", value=item.diary_number))
            parts += [item.background, labels["proposal"], proposal_text(item, labels)]
        assert_in_order(printed.body, parts)
        standard = "Ordföranden öppnar mötet." if language == "sv" else "Puheenjohtaja avaa kokouksen."
        assert standard in printed.body
        assert_in_order(
            printed.body,
            [
                f"{labels.section(seed.section_number)} {SEED1_TITLE}",
                seed.background,
                labels["preparer"],
                "Hanna Koskinen",
                "hanna.koskinen@hartola.fi",
                labels["presenter"],
                labels["proposal"],
                SEED1_PROPOSAL,
                labels["attachments"],
            ],
        )
        assert labels["decision"] + "\n" not in printed.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_minutes_cover_items_and_appeal_attachment(demo_db: Database, language: str) -> None:
    """Ensure the checked minutes print the cover, every § as handled and the appeal attachment."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, seed = _seed2(session)
        printed = _print(session, DocumentKind.MINUTES, meeting, language=language)
        assert labels["draft"] not in printed.text
        first, last = meeting.items[0].section_number, meeting.items[-1].section_number
        assert_in_order(
            printed.body,
            [
                labels["time"],
                "13.10.2025",
                "13.00–14.25",
                labels["place"],
                meeting.place,
                labels["present_members"],
                "Pekka Lehtinen",
                labels.role(AttendanceRole.CHAIR),
                "Raili Manninen",
                "Petri Lappalainen",
                labels["others_present"],
                "Juha Hertsi",
                "Tiina Mäkelä",
                labels["absent"],
                "Petri Lappalainen",
                labels["items_handled"],
                labels.section_span(first, last),
                labels["signatures"],
                "Pekka Lehtinen",
                labels["chair"],
                "Tiina Mäkelä",
                labels["secretary"],
                labels["checking"],
                labels["checked_note"],
                "Lahti 15.10.2025",
                "Matti Hämäläinen",
                "Ulla Kivistö",
                labels["publication"],
                labels("published_note", date="16.10.2025"),
            ],
        )
        parts: list[str] = []
        for item in meeting.items:
            title = item.title_sv or item.title if language == "sv" else item.title
            parts += [f"{labels.section(item.section_number)} {title}", labels["decision"], decision_text(item, labels)]
        assert_in_order(printed.body, parts)
        statement = next(item for item in meeting.items if item.disqualifications)
        assert_in_order(
            printed.body,
            [
                f"{labels.section(statement.section_number)}",
                labels["handling"],
                "Jaakko Rinne",
                "förvaltningslagen 28 § 1 mom. 5 punkten (samfundsjäv;"
                if language == "sv"
                else "hallintolaki 28 § 1 mom. 5 kohta (yhteisöjäävi;",
                labels["decision"],
            ],
        )
        attachment: list[str] = [labels["appeal_attachment"]]
        for instruction in appeal_attachment(meeting, language=language):
            attachment.append(instruction.title)
            attachment += [labels.section(n) for n in instruction.sections]
            attachment += [text for _heading, text in instruction.paragraphs]
        assert_in_order(printed.body.split(labels["appeal_attachment"])[-1], attachment[1:])
        assert seed.section_number in next(
            i.sections for i in appeal_attachment(meeting, language=language) if seed.section_number in i.sections
        )


def test_minutes_handling_votes_disqualification_dissent_and_attendance(sqlite_demo_db: Database) -> None:
    """Ensure motions, votes by name, disqualifications, dissents and arrivals print on the right §."""
    labels = Labels("fi")
    with sqlite_demo_db.begin() as session:
        meeting, seed = _seed1(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        members = [m.person for m in meeting.body.memberships if m.is_voting_member]
        for order, person in enumerate(members):
            session.add(
                Attendance(
                    meeting=meeting,
                    person=person,
                    sort_order=order,
                    present=order != 8,
                    role=AttendanceRole.CHAIR if order == 0 else AttendanceRole.MEMBER,
                    arrived_at_section=fees.section_number if order == 5 else None,
                    left_after_section=seed.section_number if order == 6 else None,
                )
            )
        session.add(Disqualification(item=fees, person=members[3], ground="HL 28 § 1 mom. 2 kohta", left_room=True))
        session.add(
            Motion(
                item=fees, position=1, text="Asia palautetaan valmisteluun.", proposer=members[1], seconder=members[2]
            )
        )
        vote = Vote(
            item=fees,
            round=1,
            yes_proposal="Päätösehdotus",
            no_proposal="Markku Laaksosen ehdotus",
            result=VoteChoice.YES,
            result_text="Päätösehdotus voitti äänin 5–2.",
        )
        session.add(vote)
        choices = [VoteChoice.YES] * 5 + [VoteChoice.NO] * 2
        for person, choice in zip([m for i, m in enumerate(members) if i not in (3, 8)], choices, strict=True):
            vote.ballots.append(Ballot(person=person, choice=choice))
        session.add(Dissent(item=fees, person=members[1], text="Maksujen korotus on kohtuuton."))
        fees.decision = "Päätösehdotus hyväksyttiin äänin 5–2."
        fees.outcome = Outcome.PASSED_AFTER_VOTE
    with sqlite_demo_db.session() as session:
        meeting, seed = _seed1(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        printed = _print(session, DocumentKind.MINUTES, meeting)
        assert all(labels["draft"] in header for header in printed.headers)
        assert_in_order(
            printed.body,
            [
                labels["present_members"],
                "Pirjo Heinonen",
                labels.role(AttendanceRole.CHAIR),
                "Kalle Nieminen",
                labels("arrived", section=fees.section_number),
                "Leena Hyvönen",
                labels("left", section=seed.section_number),
                labels["absent"],
                "Eija Kettunen",
            ],
        )
        assert_in_order(
            printed.body,
            [
                f"{labels.section(seed.section_number)} {seed.title}",
                labels["handling"],
                labels("left_here", name="Leena Hyvönen", time=""),
                f"{labels.section(fees.section_number)} {fees.title}",
                labels["proposal"],
                labels["handling"],
                labels("arrived_here", name="Kalle Nieminen", time=""),
                labels("disqualified", name="Timo Rantanen", ground="HL 28 § 1 mom. 2 kohta"),
                labels("left_room", name="Timo Rantanen"),
                labels(
                    "motion",
                    proposer="Markku Laaksonen",
                    seconder=labels("seconded", name="Áile Čoavddis"),
                    text="Asia palautetaan valmisteluun.",
                ),
                labels["vote"],
                "JAA: Päätösehdotus",
                "EI: Markku Laaksosen ehdotus",
                "Pirjo Heinonen",
                "Jaa",
                "Ari Toivonen",
                "Ei",
                labels("vote_counts", yes=5, no=2, blank=0, absent=0),
                labels("vote_declared", side="jaa", proposal="Päätösehdotus"),  # not the stored Finnish text
                labels["decision"],
                "Päätösehdotus hyväksyttiin äänin 5–2.",
                labels["dissents"],
                labels("dissent", name="Markku Laaksonen"),
                "Maksujen korotus on kohtuuton.",
            ],
        )
    with sqlite_demo_db.session() as session:  # an excerpt reads only the attendances its § notes
        meeting, _seed = _seed1(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        loaded = load_meetings(session, (meeting.id,), handled=True, item_ids=(fees.id,))
        assert [a.person.name for a in loaded.objects if isinstance(a, Attendance)] == ["Kalle Nieminen"]
    with sqlite_demo_db.session() as session:  # and notes the same as the minutes
        meeting, seed = _seed1(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        printed = _print(session, DocumentKind.EXCERPT, meeting, (fees,), draft=True)
        assert_in_order(printed.body, [labels["handling"], labels("arrived_here", name="Kalle Nieminen", time="")])
        assert comparable(labels("left_here", name="Leena Hyvönen", time="")) not in comparable(printed.body)
        printed = _print(session, DocumentKind.EXCERPT, meeting, (seed,), draft=True)
        assert_in_order(printed.body, [labels("left_here", name="Leena Hyvönen", time="")])
        assert comparable(labels("arrived_here", name="Kalle Nieminen", time="")) not in comparable(printed.body)


def test_correction_prints_on_the_corrected_section(sqlite_demo_db: Database) -> None:
    """Ensure a correction to checked minutes prints visibly right after the part it corrects."""
    with sqlite_demo_db.begin() as session:
        meeting, item = _seed2(session)
        session.add(
            Correction(
                item=item,
                author="Tiina Mäkelä",
                reason="Kirjoitusvirhe päätöksessä",
                field="decision",
                old_text="Päätösehdotus hyväksyttiin.",
                new_text="Päätösehdotus hyväksyttiin yksimielisesti.",
            )
        )
    labels = Labels("fi")
    with sqlite_demo_db.session() as session:
        meeting, item = _seed2(session)
        for kind in (DocumentKind.EXCERPT, DocumentKind.MINUTES):
            printed = _print(session, kind, meeting, (item,) if kind == DocumentKind.EXCERPT else ())
            assert_in_order(
                printed.body,
                [
                    SEED2_TITLE,
                    labels["decision"],
                    "Päätösehdotus hyväksyttiin.",
                    "OIKAISU",
                    "Tiina Mäkelä",
                    "Kirjoitusvirhe päätöksessä",
                    "Päätösehdotus hyväksyttiin yksimielisesti.",
                    labels["attachments"],
                ],
            )


def test_a_correction_of_a_swedish_text_prints_in_swedish_documents_only(demo_db: Database) -> None:
    """Ensure a correction of a § 's Swedish text prints in its Swedish documents only, and that a correction of
    its Finnish text prints in a Swedish document only where that text printed (no Swedish text written)."""
    from sqlalchemy import text

    from core.minutes import add_correction

    finnish_fix, swedish_fix = "Päätösehdotus hyväksyttiin yksimielisesti.", "Beslutsförslaget godkändes enhälligt."
    with demo_db.begin() as session:
        _meeting, item = _seed2(session)
        add_correction(session, item.id, "Tiina Mäkelä", "Kirjoitusvirhe", "decision", finnish_fix)
        add_correction(session, item.id, "Tiina Mäkelä", "Skrivfel", "decision_sv", swedish_fix)

    def excerpt(language: str) -> str:
        with demo_db.session() as session:
            meeting, item = _seed2(session)
            return _print(session, DocumentKind.EXCERPT, meeting, (item,), language=language).body

    finnish = comparable(excerpt("fi"))
    assert comparable(finnish_fix) in finnish and comparable(swedish_fix) not in finnish
    swedish = excerpt("sv")  # no Swedish decision: the Finnish one printed (in Swedish: the standard sentence)
    assert_in_order(swedish, ["Beslutsförslaget godkändes.", finnish_fix])
    assert comparable(swedish_fix) in comparable(swedish)
    with demo_db.begin() as session:  # (behind the lock, as a Swedish text written before checking would be)
        session.execute(
            text("UPDATE item SET decision_sv = 'Nämnden godkände förslaget.' WHERE diary_number = :dnro"),
            {"dnro": SEED2_DNRO},
        )
    swedish = excerpt("sv")
    assert_in_order(
        swedish, ["Nämnden godkände förslaget.", "Skrivfel", "Rättad punkt: Beslut (på svenska)", swedish_fix]
    )
    assert comparable(finnish_fix) not in comparable(swedish)
    assert_in_order(excerpt("fi"), ["Kirjoitusvirhe", "Korjattu kohta: Päätös", finnish_fix])


def test_a_secret_sections_corrections_print_in_a_public_document_without_their_content(demo_db: Database) -> None:
    """Ensure a correction of a secret § shows in a public document only as a correction made (date and author):
    its reason and texts are of the secret content; a document with the secret content shows it in full."""
    from sqlalchemy import text as sql

    from core.minutes import add_correction

    with demo_db.begin() as session:
        _meeting, item = _seed2(session)
        add_correction(session, item.id, "Tiina Mäkelä", "Salainen syy Annasta", "title", "Anna A:n asia")
        made = add_correction(
            session, item.id, "Tiina Mäkelä", "Hemlig orsak", "decision_sv", "Hemligt beslut om Anna A."
        ).created_at.date()
        # (a secret § behind the lock, as if it had been marked so before checking)
        session.execute(
            sql("UPDATE item SET publicity = 'salassa', secrecy_ground = 'JulkL 24.1 § 32 k' WHERE id = :id"),
            {"id": item.id},
        )
    for language in LANGUAGES:
        labels = Labels(language)
        with demo_db.session() as session:
            meeting, _item = _seed2(session)
            public = comparable(_print(session, DocumentKind.MINUTES, meeting, language=language).body)
            full = comparable(_print(session, DocumentKind.MINUTES, meeting, language=language, public=False).body)
        for secret in ("Salainen syy Annasta", "Anna A:n asia", "Hemlig orsak", "Hemligt beslut om Anna A."):
            assert comparable(secret) not in public, (language, secret)
        # The Finnish minutes have the Finnish title's correction; the Swedish ones have the Swedish decision's
        # too (the demo's § has no Swedish title, so the Finnish one's correction is theirs as well).
        note = comparable(labels("correction_hidden", date=labels.date(made), author="Tiina Mäkelä"))
        assert public.count(note) == (2 if language == "sv" else 1), language
        assert comparable("Anna A:n asia") in full


def test_secret_item_prints_by_public_title_only(sqlite_demo_db: Database) -> None:
    """Ensure a secret item shows only its public title in public documents, and its content when asked."""
    with sqlite_demo_db.begin() as session:
        meeting, _seed = _seed1(session)
        item = add_item(session, meeting_id=meeting.id, title="Oppilaan erityisen tuen päätös, Áile Čoavddis")
        item.public_title = "Yksilöasia"
        item.publicity = Publicity.SECRET
        item.secrecy_ground = "JulkL (621/1999) 24.1 § 30 k"
        item.background = "Salainen selostus oppilaasta."
        item.proposal = "Salainen päätösehdotus."
        item.recipients.append(Recipient(position=1, name="Huoltaja Biret Ŋuolja"))
        item_id = item.id
    with sqlite_demo_db.session() as session:
        meeting, _seed = _seed1(session)
        item = session.get(Item, item_id)
        assert item is not None
        for kind in (DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.DRAFT, DocumentKind.EXCERPT):
            printed = _print(session, kind, meeting, (item,) if kind == DocumentKind.EXCERPT else (), draft=True)
            assert "Yksilöasia" in printed.body
            assert "JulkL (621/1999) 24.1 § 30 k" in printed.body
            secrets = (
                "Salainen selostus",
                "Salainen päätösehdotus",
                "Áile Čoavddis, Yksilö",
                "erityisen tuen",
                "Huoltaja",
            )
            for secret in secrets:
                assert secret not in printed.body, (kind, secret)
            assert "erityisen tuen" not in printed.metadata.get("/Subject", "")
        printed = _print(session, DocumentKind.EXCERPT, meeting, (item,), draft=True, public=False)
        assert_in_order(printed.body, ["Oppilaan erityisen tuen päätös", "Salainen selostus", "Huoltaja Biret Ŋuolja"])
        printed = _print(session, DocumentKind.AGENDA, meeting, public=False)
        assert_in_order(printed.body, ["Oppilaan erityisen tuen päätös", "Salainen selostus oppilaasta."])


@pytest.mark.parametrize("language", LANGUAGES)
def test_decision_draft_is_marked_on_every_page(sqlite_demo_db: Database, language: str) -> None:
    """Ensure the decision draft of one or two items is marked as a draft on every page and shows the proposal."""
    labels = Labels(language)
    with sqlite_demo_db.session() as session:
        meeting, seed = _seed1(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        printed = _print(session, DocumentKind.DRAFT, meeting, (seed, fees), language=language)
        assert all(labels["draft"] in h and labels["decision_draft"] in h for h in printed.headers)
        assert_in_order(
            printed.body,
            [
                labels["decision_draft_note"],
                SEED1_TITLE,
                seed.background,
                labels["proposal"],
                SEED1_PROPOSAL,
                fees.title,
                fees.background,
                labels["proposal"],
                fees.proposal,
            ],
        )


def test_unknown_language_and_bad_selection_are_user_errors(sqlite_demo_db: Database) -> None:
    """Ensure a wrong language, a missing § and an excerpt of two items fail with Finnish messages."""
    with sqlite_demo_db.session() as session:
        meeting, item = _seed2(session)
        with pytest.raises(ValidationError, match="fi"):
            _print(session, DocumentKind.AGENDA, meeting, language="de")
        with pytest.raises(ValidationError, match="yhdestä pykälästä"):
            _print(session, DocumentKind.EXCERPT, meeting, (item, meeting.items[0]))
        with pytest.raises(NotFound, match="ei ole 999 §"):
            find_item(session, meeting, section=999)
        with pytest.raises(NotFound, match="Toimielintä"):
            find_meeting(session, body="Ei ole", date=meeting.date)
        assert find_item(session, meeting, dnro=" 77/00.04.01/2023 ") is item
        assert find_meeting(session, body="landskapsstyrelsen", date=meeting.date) is meeting
        request = DocumentRequest(DocumentKind.EXCERPT, meeting.id, (item.id,))
        assert file_name(session, request) == f"Maakuntahallitus_2025-10-13_{item.section_number}_ote.pdf"


def test_progress_is_reported_and_can_stop_the_printout(sqlite_demo_db: Database) -> None:
    """Ensure long printouts report progress per § and stop when the progress sink raises (cancel)."""

    class Stop(Exception):
        pass

    class Sink:
        def __init__(self, stop_at: int | None) -> None:
            self.calls: list[tuple[int, int, str]] = []
            self.stop_at = stop_at

        def update(self, done: int, total: int = 0, text: str = "") -> None:
            self.calls.append((done, total, text))
            if self.stop_at is not None and done >= self.stop_at:
                raise Stop

    with sqlite_demo_db.session() as session:
        meeting, _item = _seed2(session)
        request = DocumentRequest(DocumentKind.MINUTES, meeting.id)
        sink = Sink(None)
        render_in_session(session, request, progress=sink)
        assert sink.calls[-1][0] == sink.calls[-1][1] == len(meeting.items) + 1
        stopping = Sink(3)
        with pytest.raises(Stop):
            render_in_session(session, request, progress=stopping)
        assert len(stopping.calls) == 4


def test_year_minutes_print_every_checked_meeting_with_its_own_header(sqlite_demo_db: Database) -> None:
    """Ensure a year's minutes hold every checked meeting in date order, each page headed by its own meeting."""
    labels = Labels("fi")
    with sqlite_demo_db.begin() as session:
        board, _seed = _seed2(session)
        later = create_meeting(session, body_id=board.body_id, date=dt.date(2025, 11, 17), place="Lahti")
        item = add_item(session, meeting_id=later.id, title="Talousarvio 2026")
        item.proposal = "Maakuntahallitus esittää talousarvion maakuntavaltuustolle."
        later.state = MeetingState.HELD
        for each in later.items:
            each.decision = "Päätösehdotus hyväksyttiin."
        session.flush()
        later.checked_date = dt.date(2025, 11, 19)
        later.state = MeetingState.MINUTES_CHECKED
        session.flush()
        unchecked = create_meeting(session, body_id=board.body_id, date=dt.date(2025, 12, 8))
        unchecked_first = unchecked.items[0].section_number
    with sqlite_demo_db.session() as session:
        request = year_minutes(session, body="Maakuntahallitus", year=2025)
        assert len(request.meeting_ids) == 2
        printed = read_pdf(render_in_session(session, request))
        assert labels["draft"] not in printed.text
        dates = [
            "13.10.2025" if "13.10.2025" in h else "17.11.2025" if "17.11.2025" in h else "" for h in printed.headers
        ]
        assert "" not in dates
        switch = dates.index("17.11.2025")
        assert set(dates[:switch]) == {"13.10.2025"} and set(dates[switch:]) == {"17.11.2025"}
        for number, header in enumerate(printed.headers, start=1):
            assert labels("page", page=number, pages=printed.pages) in header
        assert_in_order(
            printed.body,
            [
                SEED2_TITLE,
                labels["appeal_attachment"],
                "Pöytäkirja on tarkastettu.",
                "19.11.2025",
                "Talousarvio 2026",
                labels["appeal_attachment"],
            ],
        )
        assert labels.section(unchecked_first) + " Kokouksen avaus" not in printed.body
        with pytest.raises(NotFound, match="tarkastettuja"):
            year_minutes(session, body="Maakuntahallitus", year=2024)


def test_earlier_minutes_keep_the_name_and_title_of_their_day(demo_db: Database) -> None:
    """Ensure a name or title changed from a day prints in the documents of meetings from that day on, while
    earlier minutes keep the former (a marriage after the meeting; a new title before it), and that a later
    correction of the present name leaves the former as it was."""
    from core import organisation as org_ops
    from db.models import Person

    with demo_db.begin() as session:
        meeting, _seed = _seed2(session)
        chair = session.scalars(select(Person).where(Person.name == "Pekka Lehtinen")).one()
        presenter = session.scalars(select(Person).where(Person.name == "Juha Hertsi")).one()
        chair_details = org_ops.person_details(chair)
        presenter_details = org_ops.person_details(presenter)
        after, before = meeting.date + dt.timedelta(days=30), meeting.date - dt.timedelta(days=30)
        org_ops.update_person(session, chair.id, replace(chair_details, name="Pekka Lehtinen-Virta"),
                              changed_from=after)  # fmt: skip
        org_ops.update_person(session, presenter.id, replace(presenter_details, title="hallintojohtaja"),
                              changed_from=before)  # fmt: skip
        old_title = presenter_details.title
        meeting_id, chair_id = meeting.id, chair.id
    with demo_db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        printed = _print(session, DocumentKind.MINUTES, meeting).body
    assert "Pekka Lehtinen" in printed and "Lehtinen-Virta" not in printed
    assert "hallintojohtaja Juha Hertsi" in printed and f"{old_title} Juha Hertsi" not in printed
    with demo_db.begin() as session:  # a misspelling of the new name corrected: the former stays
        org_ops.update_person(session, chair_id, replace(chair_details, name="Pekka Lehtinen-Wirta"))
        assert [f.name for f in org_ops.former_names(session, chair_id)] == ["Pekka Lehtinen"]
        with pytest.raises(ValidationError, match="vasta sen jälkeen"):
            org_ops.update_person(session, chair_id, replace(chair_details, name="Pekka Virta"), changed_from=after)
    with demo_db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        printed = _print(session, DocumentKind.MINUTES, meeting).body
    assert "Pekka Lehtinen" in printed and "Wirta" not in printed


def test_swedish_documents_print_the_swedish_texts_and_name_those_left_in_finnish(demo_db: Database) -> None:
    """Ensure a Swedish agenda and excerpt print a § 's Swedish texts where they are written (revision 0007) and its
    Finnish ones where they are not, that ``untranslated`` names exactly the latter (not the standard texts Sihteeri
    prints in Swedish itself), that a Finnish document is untouched, and that a Swedish-speaking organisation (which
    writes its texts in Swedish) gets no such list."""
    from core.printing import untranslated
    from db.enums import Language

    with demo_db.session() as session:
        meeting, item = _seed1(session)
        item.title_sv = "Samarbetsprotokoll om välfärdstjänster"
        item.background_sv = "Bakgrund på svenska: kommunerna och välfärdsområdet samarbetar."
        item.proposal_sv = "Välfärdsnämnden godkänner samarbetsprotokollet."
        item.handling = "Keskustelun kuluessa esiteltiin sopimuksen taustaa."
        item.decision = "Lautakunta hyväksyi yhteistyöpöytäkirjan."
        item.outcome = Outcome.PASSED
        session.flush()
        fi_agenda = DocumentRequest(DocumentKind.AGENDA, meeting.id)
        sv_agenda = DocumentRequest(DocumentKind.AGENDA, meeting.id, language="sv")
        sv_excerpt = DocumentRequest(
            DocumentKind.EXCERPT, meeting.id, (item.id,), language="sv", draft=True, certified_on=CERTIFIED
        )

        agenda = read_pdf(render_in_session(session, sv_agenda)).body
        assert_in_order(agenda, [item.title_sv, item.background_sv, item.proposal_sv])
        assert comparable(SEED1_PROPOSAL) not in comparable(agenda)
        finnish = read_pdf(render_in_session(session, fi_agenda)).body
        assert_in_order(finnish, [SEED1_TITLE, SEED1_PROPOSAL])
        assert comparable(item.background_sv) not in comparable(finnish)
        assert untranslated(session, fi_agenda) == []
        notes = untranslated(session, sv_agenda)
        assert not any(note.startswith(f"{item.section_number} §") for note in notes)
        others = [each for each in meeting.items if each is not item and not each.title_sv and each.title]
        assert others and f"{others[0].section_number} §: otsikko" in "\n".join(notes)

        excerpt = read_pdf(render_in_session(session, sv_excerpt)).body
        assert_in_order(excerpt, [item.background_sv, item.proposal_sv, item.handling, item.decision])
        assert untranslated(session, sv_excerpt) == [f"{item.section_number} §: käsittely, päätös"]
        item.handling_sv = "Under diskussionen presenterades avtalets bakgrund."
        item.decision_sv = "Nämnden godkände samarbetsprotokollet."
        session.flush()
        excerpt = read_pdf(render_in_session(session, sv_excerpt)).body
        assert_in_order(excerpt, [item.background_sv, item.proposal_sv, item.handling_sv, item.decision_sv])
        assert comparable(item.decision) not in comparable(excerpt)
        assert untranslated(session, sv_excerpt) == []

        item.decision_sv = ""
        item.decision = "Päätösehdotus hyväksyttiin."  # the standard sentence prints in Swedish by itself
        session.flush()
        assert untranslated(session, sv_excerpt) == []
        assert "Beslutsförslaget godkändes." in read_pdf(render_in_session(session, sv_excerpt)).body

        meeting.body.organisation.language = Language.SWEDISH
        session.flush()
        assert untranslated(session, sv_agenda) == []
        session.rollback()


def test_the_customary_decisions_of_the_standard_items_print_in_swedish(demo_db: Database) -> None:
    """Ensure the opening, legality, checkers, agenda and closing decisions Sihteeri writes print in Finland-Swedish
    in a Swedish document (as the standard outcome sentence does), and a decision written otherwise as written."""
    from core import minutes

    with demo_db.session() as session:
        meeting, _item = _seed1(session)
        meeting.start_time, meeting.end_time = dt.time(17, 0), dt.time(18, 40)
        from db.models import Person

        people = list(session.scalars(select(Person).order_by(Person.id).limit(2)))
        meeting.checker1, meeting.checker2 = people[0], people[1]
        session.flush()
        labels = Labels("sv")
        expected = {
            ItemKind.OPENING: "Ordföranden öppnade mötet kl. 17.00.",
            ItemKind.LEGALITY: "Mötet konstaterades vara lagligen sammankallat och beslutfört.",
            ItemKind.CHECKERS: f"Till protokolljusterare valdes {people[0].name} och {people[1].name}.",
            ItemKind.AGENDA_APPROVAL: "Föredragningslistan godkändes som arbetsordning för mötet.",
            ItemKind.CLOSING: "Ordföranden avslutade mötet kl. 18.40.",
        }
        for each in meeting.items:
            if each.kind not in expected:
                continue
            outcome = Outcome.PASSED
            each.outcome, each.decision = outcome, minutes.procedural_decision(each, outcome)
            assert decision_text(each, labels) == expected[each.kind]
            assert decision_text(each, Labels("fi")) == each.decision
            each.decision = "Puheenjohtaja avasi kokouksen klo 17.05."  # written otherwise: printed as written
            assert decision_text(each, labels) == each.decision
        checkers = next(each for each in meeting.items if each.kind == ItemKind.CHECKERS)
        checkers.decision = minutes.procedural_decision(checkers, Outcome.PASSED)
        session.flush()
        # A checker's name changed after the meeting: the sentence names the checkers as on the meeting day.
        from core.organisation import PersonDetails, update_person

        update_person(session, people[0].id, PersonDetails("Uusi Sukunimi", people[0].title),
                      changed_from=meeting.date + dt.timedelta(days=30))  # fmt: skip
        assert decision_text(checkers, labels) == expected[ItemKind.CHECKERS]
        session.rollback()


def test_a_secret_section_lists_no_untranslated_texts_in_a_public_document(demo_db: Database) -> None:
    """Ensure a § printed by its public title only is not named for its (unprinted) Finnish texts."""
    from core.printing import untranslated

    with demo_db.session() as session:
        meeting, item = _seed1(session)
        item.publicity = Publicity.SECRET
        item.secrecy_ground = "JulkL 24.1 § 25 k"
        session.flush()
        request = DocumentRequest(DocumentKind.AGENDA, meeting.id, language="sv")
        label = f"{item.section_number} §"
        assert not any(note.startswith(label) for note in untranslated(session, request))
        assert any(note.startswith(label) for note in untranslated(session, replace(request, public=False)))
        # Its public title prints; without a Swedish form it is named, with one that prints in Swedish.
        item.public_title = "Salassa pidettävä sopimusasia"
        session.flush()
        assert f"{label}: julkaistava otsikko" in untranslated(session, request)
        assert "Salassa pidettävä sopimusasia" in read_pdf(render_in_session(session, request)).body
        item.public_title_sv = "Sekretessbelagt avtalsärende"
        session.flush()
        assert not any(note.startswith(label) for note in untranslated(session, request))
        swedish = read_pdf(render_in_session(session, request)).body
        assert "Sekretessbelagt avtalsärende" in swedish and "Salassa pidettävä sopimusasia" not in swedish
        finnish = read_pdf(render_in_session(session, replace(request, language="fi"))).body
        assert "Salassa pidettävä sopimusasia" in finnish and "Sekretessbelagt" not in finnish
        session.rollback()
