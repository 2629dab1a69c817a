"""The printed agenda, minutes and excerpt as a municipal lawyer and a secretary read them (findings of a review)."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from core import minutes
from core.demo import SEED1_TITLE, SEED2_DNRO
from core.printing import DocumentKind, DocumentRequest, find_item, find_meeting, render_in_session, untranslated
from core.printing.labels import Labels
from core.printing.text import comparable
from db.engine import Database
from db.enums import AttendanceRole, ItemKind, MemberRole, Outcome
from db.models import Attendance, Correction, Item, Meeting, Person
from tests.core.printing_support import PrintedPdf, assert_in_order, read_pdf

LANGUAGES = ("fi", "sv")


def _welfare(session: Session) -> tuple[Meeting, Item]:
    """The demo's welfare board meeting 7/2025 (not held yet) and its seed § (the cooperation agreement)."""
    meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
    return meeting, next(item for item in meeting.items if item.title == SEED1_TITLE)


def _board(session: Session) -> tuple[Meeting, Item]:
    """The demo's regional board meeting 9/2025 (checked 15.10.2025, published) and its seed § 100."""
    meeting = find_meeting(session, body="Maakuntahallitus", date=dt.date(2025, 10, 13))
    return meeting, find_item(session, meeting, dnro=SEED2_DNRO)


@pytest.fixture
def finnish_clock() -> Iterator[None]:
    """This computer's clock on Finnish time (the zone a secretary's computer has)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Helsinki"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _print(
    session: Session, kind: DocumentKind, meeting: Meeting, items: tuple[Item, ...] = (), **kw: object
) -> PrintedPdf:
    request = DocumentRequest(kind, meeting.id, tuple(i.id for i in items), **kw)  # type: ignore[arg-type]
    return read_pdf(render_in_session(session, request))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_excerpt_is_not_certified(demo_db: Database, language: str) -> None:
    """Ensure an excerpt of minutes not yet checked (a draft) carries no certification (no "Otteen oikeaksi
    todistaa", place, date or certifier under a signature line) but the note that the minutes are not checked."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, item = _welfare(session)
        organisation = meeting.body.organisation
        printed = _print(
            session, DocumentKind.EXCERPT, meeting, (item,), language=language, draft=True,
            certified_on=dt.date(2025, 10, 24),
        )  # fmt: skip
        text = organisation.certification_text_sv if language == "sv" else organisation.certification_text
        assert text.strip()
        body = comparable(printed.body)
        assert comparable(text) not in body
        assert comparable("24.10.2025") not in body
        assert comparable("Minna Salo") not in body  # the secretary, who would certify
        assert_in_order(printed.body, [labels["recipients"], "Kunnanhallitus", labels["draft_note"]])


@pytest.mark.usefixtures("finnish_clock")
def test_a_correction_made_after_midnight_is_dated_on_its_finnish_day(demo_db: Database) -> None:
    """Ensure a correction made at 1.30 on 20.10.2025 in Finland (stored as 22.30 UTC on the 19th) prints as made on
    20.10.2025 in the minutes and the excerpt, not on the day before."""
    with demo_db.begin() as session:
        _meeting, item = _board(session)
        # As core.minutes.add_correction records it, at the moment written (a correction cannot be changed later).
        session.add(
            Correction(
                item_id=item.id,
                author="Tiina Mäkelä",
                reason="Kirjoitusvirhe.",
                field="decision",
                old_text=item.decision,
                new_text="Korjattu päätös.",
                created_at=dt.datetime(2025, 10, 19, 22, 30),
            )
        )
    with demo_db.session() as session:
        meeting, item = _board(session)
        labels = Labels("fi")
        stamp = labels("correction", date="20.10.2025", author="Tiina Mäkelä", reason="Kirjoitusvirhe.")
        for kind, items in ((DocumentKind.MINUTES, ()), (DocumentKind.EXCERPT, (item,))):
            printed = _print(session, kind, meeting, items, certified_on=dt.date(2025, 10, 20))
            assert_in_order(printed.body, [labels["decision"], stamp, "Korjattu päätös."])
            assert comparable("OIKAISU 19.10.2025") not in comparable(printed.body)


def _stranded(printed: PrintedPdf, labels: Labels) -> list[str]:
    """The last line of each page but the last when it is a § heading, a diary number or a field's label: a heading
    left alone at the foot of a page, its text on the next."""
    found = []
    for body in printed.bodies[:-1]:
        last = body.rstrip().splitlines()[-1].strip()
        heading = re.fullmatch(r"(\d+ §|§ \d+) .*", last)
        label = last in (labels[key] for key in ("preparer", "presenter", "proposal", "decision", "attachments"))
        if heading or label or last.startswith(labels("dnro", value="")):
            found.append(last)
    return found


@pytest.mark.parametrize("lines", [10, 16, 23, 40])
def test_no_page_of_the_agenda_ends_with_a_heading(demo_db: Database, lines: int) -> None:
    """Ensure no page of the agenda ends with a § heading (or a heading and its diary number) whose text begins on
    the next page, wherever the § before it happens to end: its background of 10, 16, 23 or 40 lines left the
    heading of 67 §, 66 §, 65 § or 64 § with its Dnro alone at the foot of a page."""
    labels = Labels("fi")
    with demo_db.session() as session:
        meeting, _seed = _welfare(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        fees.background = "\n".join(f"Selostuksen rivi {number}." for number in range(lines))
        session.flush()
        printed = _print(session, DocumentKind.AGENDA, meeting)
        assert printed.pages > 3
        assert _stranded(printed, labels) == []


@pytest.mark.parametrize("others", range(30, 44))
def test_the_signature_labels_stay_with_their_lines(sqlite_demo_db: Database, others: int) -> None:
    """Ensure a long cover of the minutes (many others present, as at a council) never ends a page with
    "Allekirjoitukset", "Pöytäkirjan tarkastus" or the checking note while the signature lines they announce start
    the next page."""
    labels = Labels("fi")
    with sqlite_demo_db.session() as session:
        meeting, _seed = _welfare(session)
        for number in range(others):
            person = Person(name=f"Asiantuntija {number}")
            session.add(Attendance(meeting=meeting, person=person, role=AttendanceRole.EXPERT, sort_order=100 + number))
        session.flush()
        printed = _print(session, DocumentKind.MINUTES, meeting, draft=True)
        cover = [body for body in printed.bodies if labels["items_handled"] in body or labels["signatures"] in body]
        for page, body in enumerate(printed.bodies[:-1]):
            last = body.rstrip().splitlines()[-1].strip()
            assert last not in (labels["signatures"], labels["checking"], labels["not_checked"]), (page, cover)
        assert_in_order(
            printed.body,
            [labels["signatures"], "Pirjo Heinonen", labels["chair"], labels["checking"], labels["not_checked"]],
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_agenda_announces_the_start_time_only(demo_db: Database, language: str) -> None:
    """Ensure the agenda of a meeting already held (its archival copy, a reprint) gives the start time as announced,
    not the end time the minutes recorded (13.10.2025 klo 13.00, not klo 13.00–14.25); the minutes give both."""
    labels = Labels(language)
    clock = "kl." if language == "sv" else "klo"
    with demo_db.session() as session:
        meeting, _item = _board(session)
        assert meeting.end_time == dt.time(14, 25)
        agenda = _print(session, DocumentKind.AGENDA, meeting, language=language)
        assert_in_order(agenda.bodies[0], [labels["time"], f"13.10.2025 {clock} 13.00", labels["place"]])
        assert "14.25" not in agenda.text
        minutes = _print(session, DocumentKind.MINUTES, meeting, language=language)
        assert_in_order(minutes.bodies[0], [labels["time"], f"13.10.2025 {clock} 13.00–14.25", labels["place"]])


def test_a_standard_decision_sentence_prints_in_swedish_whatever_the_outcome_code(demo_db: Database) -> None:
    """Ensure the Swedish minutes print "Beslutsförslaget godkändes." for a § whose decision is the standard
    "Päätösehdotus hyväksyttiin." though its outcome is recorded as noted (the demo's 102 § Viranhaltijapäätökset),
    and do not name its decision as left in Finnish."""
    with demo_db.session() as session:
        meeting, _item = _board(session)
        noted = next(item for item in meeting.items if item.section_number == 102)
        assert noted.decision == "Päätösehdotus hyväksyttiin." and noted.outcome is not None
        assert noted.outcome.value == "merkitty_tiedoksi"
        request = DocumentRequest(DocumentKind.MINUTES, meeting.id, language="sv")
        printed = read_pdf(render_in_session(session, request))
        labels = Labels("sv")
        assert_in_order(printed.body, ["§ 102", labels["decision"], "Beslutsförslaget godkändes.", "§ 103"])
        assert comparable("Päätösehdotus hyväksyttiin.") not in comparable(printed.body)
        assert "102 §: otsikko, päätösehdotus" in untranslated(session, request)


def test_the_swedish_minutes_say_published_as_the_municipalities_act(demo_db: Database) -> None:
    """Ensure the Swedish minutes record their publication in the words of kommunallagen 139–140 § and of their own
    appeal instruction ("publicerats i det allmänna datanätet"), not "lagts fram" (laid out on paper)."""
    with demo_db.session() as session:
        meeting, _item = _board(session)
        printed = _print(session, DocumentKind.MINUTES, meeting, language="sv")
        cover = printed.bodies[0]
        assert_in_order(
            cover, ["Publicering av protokollet", "Protokollet har publicerats i det allmänna datanätet 16.10.2025."]
        )
        assert "lagts fram" not in printed.body
        assert comparable("protokollet har publicerats i det allmänna datanätet") in comparable(printed.body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_an_excerpt_names_the_meeting(demo_db: Database, language: str) -> None:
    """Ensure every page of an excerpt says, as the minutes do, whose minutes it is from: organisation, body,
    meeting number, date, §, diary number and page x / y."""
    labels = Labels(language)
    with demo_db.session() as session:
        meeting, item = _board(session)
        printed = _print(session, DocumentKind.EXCERPT, meeting, (item,), language=language)
        assert printed.pages > 1
        for page, header in enumerate(printed.headers, start=1):
            assert_in_order(
                header,
                [
                    "Päijänne-Tavastlands förbund" if language == "sv" else "Päijät-Hämeen liitto",
                    "Landskapsstyrelsen" if language == "sv" else "Maakuntahallitus",
                    labels("meeting_no", number=9, year=2025),
                    labels["excerpt"],
                    "13.10.2025",
                    labels.section(100),
                    labels("dnro", value=SEED2_DNRO),
                    labels["page"].format(page=page, pages=printed.pages),
                ],
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_vice_chair_who_chaired_is_not_called_the_chair(demo_db: Database, language: str) -> None:
    """Ensure the minutes of a meeting the vice chair chaired (the chair absent, a deputy in her place) list him as
    vice chair who chaired ("Markku Laaksonen, varapuheenjohtaja, puheenjohtajana"), not by the office of the absent
    chair; a meeting the chair chaired prints as before."""
    labels = Labels(language)
    with demo_db.begin() as session:
        meeting, _item = _welfare(session)
        minutes.begin_meeting(session, meeting.id)
        people = {a.person.name: a.person.id for a in meeting.attendances}
        deputy = next(
            m.person_id
            for m in minutes.deputy_memberships(session, meeting)
            if m.deputy_for_id == people["Pirjo Heinonen"]
        )
        minutes.call_deputy(session, meeting.id, member_id=people["Pirjo Heinonen"], deputy_id=deputy)
        minutes.set_signatories(session, meeting.id, chair_id=people["Markku Laaksonen"])
    with demo_db.session() as session:
        meeting, _item = _welfare(session)
        cover = _print(session, DocumentKind.MINUTES, meeting, language=language, draft=True).bodies[0]
        vice = labels.member_role(MemberRole.VICE_CHAIR)
        acting = "puheenjohtajana" if language == "fi" else "som ordförande"
        assert_in_order(
            cover,
            [
                labels["present_members"],
                f"Markku Laaksonen, {vice}, {acting}",
                labels["absent"],
                "Pirjo Heinonen",
            ],
        )
        assert comparable(f"Markku Laaksonen, {labels.role(AttendanceRole.CHAIR)}") not in comparable(cover)
        board, _seed = _board(session)  # the chair chaired: as before
        cover = _print(session, DocumentKind.MINUTES, board, language=language).bodies[0]
        assert_in_order(cover, [f"Pekka Lehtinen, {labels.role(AttendanceRole.CHAIR)}", "Kirsi Ahonen"])
        assert comparable(f"Kirsi Ahonen, {vice}") not in comparable(cover)


def test_a_certification_without_a_place_in_the_settings_is_dated_where_the_minutes_were_checked(
    demo_db: Database,
) -> None:
    """Ensure an organisation with no certification place in its settings still certifies at a place: the place
    where the minutes were checked ("Lahti 20.10.2025"), not the bare date."""
    with demo_db.begin() as session:
        meeting, _item = _board(session)
        meeting.body.organisation.certification_place = ""
    with demo_db.session() as session:
        meeting, item = _board(session)
        assert meeting.checked_place == "Lahti"
        printed = _print(session, DocumentKind.EXCERPT, meeting, (item,), certified_on=dt.date(2025, 10, 20))
        assert_in_order(printed.body, ["Otteen oikeaksi todistaa", "Lahti 20.10.2025", "Tiina Mäkelä"])


def _hold_and_check(database: Database) -> None:
    """Hold the welfare board meeting 7/2025 (every § decided, the checkers chosen), check it on 23.10.2025."""
    with database.begin() as session:
        meeting, _item = _welfare(session)
        minutes.begin_meeting(session, meeting.id)
        for item in meeting.items:
            noted = item.kind in (ItemKind.INFORMATION, ItemKind.OPENING, ItemKind.OTHER_MATTERS)
            minutes.set_decision(session, item.id, outcome=Outcome.NOTED if noted else Outcome.PASSED)
        members = [m.person_id for m in minutes.seat_memberships(session, meeting)]
        minutes.set_signatories(
            session, meeting.id, checker1_id=members[2], checker2_id=members[3], end_time=dt.time(18, 40)
        )
    with database.begin() as session:
        meeting, _item = _welfare(session)
        minutes.mark_checked(session, meeting.id, checked_date=dt.date(2025, 10, 23), checked_place="Hartola")


def test_the_certification_never_stands_alone_on_the_last_page(sqlite_demo_db: Database) -> None:
    """Ensure the certification of an excerpt (a § without recipients) never starts the last page alone, cut off
    from what it certifies, wherever the appeal instruction before it ends (its registry hours of 40 to 60
    sentences): the instruction's last part moves to that page with it."""
    _hold_and_check(sqlite_demo_db)
    alone = []
    with sqlite_demo_db.session() as session:
        meeting, _item = _welfare(session)
        fees = next(item for item in meeting.items if item.title.startswith("Varhaiskasvatuksen"))
        assert not fees.recipients
        organisation = meeting.body.organisation
        for sentences in range(40, 61):
            organisation.registry_hours = " ".join(["Kirjaamo on avoinna arkisin klo 9–15."] * sentences)
            for language in LANGUAGES:
                printed = _print(
                    session, DocumentKind.EXCERPT, meeting, (fees,), language=language,
                    certified_on=dt.date(2025, 10, 24),
                )  # fmt: skip
                text = organisation.certification_text_sv if language == "sv" else organisation.certification_text
                assert comparable(text) in comparable(printed.bodies[-1])
                if comparable(printed.bodies[-1]).startswith(comparable(text)):
                    alone.append((sentences, language, printed.pages))
    assert alone == []
