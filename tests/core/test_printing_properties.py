"""Property tests: arbitrary user text through every printed document prints as given, without a crash.

The text is drawn from every character the embedded font can show, plus control characters, markup
characters and entities, very long words and paragraphs. "As given" means equal in the normal form of
``core.printing.text.comparable``: control characters dropped, whitespace and line breaks ignored
(PDF text extraction breaks lines and splits long words anywhere).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from core.demo import SEED1_TITLE
from core.printing import DocumentKind, DocumentRequest, find_meeting, render_in_session
from core.printing.base import _shared_styles, keep_sections_whole, paragraph
from core.printing.fonts import covered_characters
from core.printing.text import comparable, inline, paragraph_markup, paragraphs
from db.engine import Database, open_database
from db.enums import AttendanceRole, VoteChoice
from db.errors import ValidationError
from db.models import Ballot, Correction, Disqualification, Dissent, Motion, Vote
from tests.core.printing_support import read_pdf

# Characters the font has, without the bidirectional scripts whose extracted order is the PDF reader's
# guess (Hebrew, Arabic), without compatibility forms such as ligatures that readers decompose, and within
# the Basic Multilingual Plane: ReportLab writes the text map of astral characters (emoji) as odd-length
# hex, which pypdf cannot read back, although the glyphs print.
_PRINTABLE = sorted(
    c
    for c in covered_characters()
    if ord(c) < 0xFB00 and not (0x0590 <= ord(c) <= 0x08FF or 0xD800 <= ord(c) <= 0xDFFF)
)
_CONTROL = [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)] + ["\u2028", "\u2029", "\ufeff"]
_MARKUP = ["<b>", "</b>", "&", "&amp;", "<", ">", "<br/>", "&#x41;", "<para>", "]]>", "<font size=40>", '"', "'"]
_SAMI = list("čđŋŧžáČĐŊŦŽÁ")

characters = st.one_of(
    st.sampled_from(_PRINTABLE),
    st.sampled_from(_CONTROL),
    st.sampled_from(_SAMI),
    st.just(" "),
    st.just("\n"),
)
chunks = st.one_of(
    st.text(characters, max_size=80),
    st.sampled_from(_MARKUP),
    st.builds(lambda c, n: c * n, st.sampled_from(_PRINTABLE + _SAMI), st.integers(100, 1500)),  # a long word
    st.builds(
        lambda w, n: (w + " ") * n,
        st.text(st.sampled_from(_SAMI + list("abc<&")), min_size=1, max_size=9),
        st.integers(50, 600),
    ),  # a long paragraph
)
free_text = st.lists(chunks, max_size=4).map("".join)


def short(limit: int) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.text(characters, max_size=40), st.sampled_from(_MARKUP)), max_size=4).map(
        lambda parts: "".join(parts)[:limit]
    )


@pytest.fixture(scope="module")
def property_db(tmp_path_factory: pytest.TempPathFactory, sqlite_demo_template: Path) -> Iterator[Database]:
    """The demo on SQLite, with a handled seed 1 item that has a motion, a vote, a disqualification and a dissent."""
    path = tmp_path_factory.mktemp("printing-properties") / "demo.db"
    shutil.copyfile(sqlite_demo_template, path)
    database = open_database(path, user="testaaja")
    with database.begin() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        item = next(i for i in meeting.items if i.title == SEED1_TITLE)
        people = [m.person for m in meeting.body.memberships]
        session.add(Motion(item=item, text="-", proposer=people[1], seconder=people[2]))
        vote = Vote(item=item, yes_proposal="-", no_proposal="-", result=VoteChoice.YES)
        vote.ballots.append(Ballot(person=people[0], choice=VoteChoice.YES))
        session.add(vote)
        session.add(Disqualification(item=item, person=people[3], ground="-"))
        session.add(Dissent(item=item, person=people[4], text="-"))
        from db.models import Attendance

        session.add(Attendance(meeting=meeting, person=people[5], role=AttendanceRole.OTHER, role_text="-"))
    yield database
    database.dispose()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    title=short(500),
    background=free_text,
    proposal=free_text,
    handling=free_text,
    decision=free_text,
    motion=free_text,
    yes=free_text,
    no=free_text,
    ground=free_text,
    dissent=free_text,
    correction=free_text,
    preparer=short(200),
    attachment=short(500),
    recipient=short(300),
    role_text=short(200),
    language=st.sampled_from(["fi", "sv"]),
)
def test_arbitrary_text_prints_as_given_in_every_document(
    property_db: Database,
    title: str,
    background: str,
    proposal: str,
    handling: str,
    decision: str,
    motion: str,
    yes: str,
    no: str,
    ground: str,
    dissent: str,
    correction: str,
    preparer: str,
    attachment: str,
    recipient: str,
    role_text: str,
    language: str,
) -> None:
    """Ensure any text, with markup, control characters, long words and Sámi letters, prints as given."""
    with property_db.begin() as session:
        meeting = find_meeting(session, body="Hyvinvointilautakunta", date=dt.date(2025, 10, 21))
        item = next(i for i in meeting.items if i.agreement_id is not None)
        item.title, item.title_sv = title or "-", ""
        item.background, item.proposal, item.handling, item.decision = background, proposal, handling, decision
        assert item.preparer is not None
        item.preparer.name = preparer or "-"
        item.attachments[0].title = attachment or "-"
        item.recipients[0].name = recipient or "-"
        item.motions[0].text = motion
        item.votes[0].yes_proposal, item.votes[0].no_proposal = yes, no
        item.disqualifications[0].ground = ground
        item.dissents[0].text = dissent
        next(a for a in meeting.attendances if a.role == AttendanceRole.OTHER).role_text = role_text
        session.add(Correction(item=item, author="testaaja", reason="syy", field="decision", new_text=correction))
        item_id, meeting_id = item.id, meeting.id
    handled = [
        title,
        background,
        proposal,
        handling,
        decision,
        motion,
        yes,
        no,
        ground,
        dissent,
        correction,
        preparer,
        attachment,
        recipient,
    ]
    prepared = [title, background, proposal, preparer, attachment]
    documents = {
        DocumentKind.EXCERPT: (handled, (item_id,)),
        DocumentKind.MINUTES: ([*handled[:-1], role_text if language == "fi" else ""], ()),
        DocumentKind.AGENDA: (prepared, ()),
        DocumentKind.DRAFT: (prepared, (item_id,)),
    }
    with property_db.session() as session:
        for kind, (texts, items) in documents.items():
            request = DocumentRequest(kind, meeting_id, items, language=language, draft=True)
            if kind == DocumentKind.DRAFT and not proposal.strip():
                with pytest.raises(ValidationError, match="ei ole päätösehdotusta"):
                    render_in_session(session, request)  # a draft without a proposal is refused, not blank
                continue
            printed = comparable(read_pdf(render_in_session(session, request)).body)
            for text in texts:
                assert comparable(text) in printed, (kind, text[:200])


def _fragments(paragraph: Paragraph) -> list[dict[str, object]]:
    return [{key: str(value) for key, value in vars(fragment).items()} for fragment in paragraph.frags]


@settings(max_examples=300, deadline=None)
@given(text=free_text, style=st.sampled_from(sorted(_shared_styles())))
def test_fast_paragraph_makes_the_parsers_fragments(text: str, style: str) -> None:
    """Ensure ``paragraph`` (which skips ReportLab's parser for plain text) makes exactly the parser's fragments."""
    chosen = _shared_styles()[style]
    for markup in [inline(text), *(paragraph_markup(part) for part in paragraphs(text))]:
        fast = paragraph(markup, chosen)
        parsed = Paragraph(keep_sections_whole(markup), chosen)
        assert _fragments(fast) == _fragments(parsed), markup
        assert (fast.text, fast.style) == (parsed.text, parsed.style)
        # The parser's fragments of one paragraph share their lists; no two paragraphs do.
        assert len({id(fragment.us_lines) for fragment in fast.frags}) <= 1
