"""Swedish texts of what the meeting records (motions, votes, dissenting opinions) in Swedish documents."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import minutes
from core.printing import DocumentKind, DocumentRequest, render_in_session, untranslated
from core.printing.labels import Labels
from core.printing.sections import DISSENTS_PART, Mode, decision_text, untranslated_parts
from core.printing.text import comparable
from db.engine import Database
from db.enums import Language, Outcome, VoteChoice
from db.models import Dissent, Motion, Vote
from tests.core.printing_support import Fees, assert_in_order, held_fees, read_pdf

MOTION_FI = "Maksut pidetään ennallaan."
MOTION_SV = "Avgifterna hålls oförändrade."
DISSENT_FI = "Maksujen korotus on kohtuuton."
DISSENT_SV = "Höjningen av avgifterna är oskälig."


def _request(fees: Fees, kind: DocumentKind, language: str) -> DocumentRequest:
    items = (fees.item.id,) if kind == DocumentKind.EXCERPT else ()
    return DocumentRequest(kind, fees.meeting.id, items, language=language, draft=True)


def _body(session: Session, fees: Fees, kind: DocumentKind, language: str) -> str:
    return read_pdf(render_in_session(session, _request(fees, kind, language))).body


def _record(session: Session, fees: Fees, *, swedish: bool) -> None:
    """Ari Toivonen's seconded motion, a vote it wins 6–3 and his colleague's dissent, in Swedish too if asked."""
    people = fees.people
    minutes.add_motion(
        session, fees.item.id, MOTION_FI, proposer_id=people["Ari Toivonen"], seconder_id=people["Eija Kettunen"],
        text_sv=MOTION_SV if swedish else "",
    )  # fmt: skip
    no_side = {"Ari Toivonen", "Eija Kettunen", "Timo Rantanen", "Sari Mäkelä", "Áile Čoavddis", "Pirjo Heinonen"}
    names = {pid: name for name, pid in people.items()}
    voters = minutes.quorum(session, fees.item.id).voters
    minutes.record_vote(
        session,
        fees.item.id,
        yes_proposal="Esittelijän päätösehdotus",
        no_proposal=f"Ari Toivonen: {MOTION_FI}",
        no_proposal_sv=f"Ari Toivonen: {MOTION_SV}" if swedish else "",
        ballots={pid: VoteChoice.NO if names[pid] in no_side else VoteChoice.YES for pid in voters},
    )
    minutes.add_dissent(
        session, fees.item.id, people["Leena Hyvönen"], DISSENT_FI, text_sv=DISSENT_SV if swedish else ""
    )


def test_the_swedish_texts_are_stored_and_kept(demo_db: Database) -> None:
    """Ensure the Swedish texts of a motion, a vote's proposals and a dissenting opinion are stored (trimmed) and
    read back on both backends, and that a motion's Swedish text can be written after it was recorded."""
    with demo_db.begin() as session:
        fees = held_fees(session)
        people = fees.people
        added = minutes.add_motion(
            session, fees.item.id, MOTION_FI, proposer_id=people["Ari Toivonen"], text_sv=f"  {MOTION_SV} "
        )
        minutes.add_dissent(session, fees.item.id, people["Leena Hyvönen"], DISSENT_FI, text_sv=DISSENT_SV)
        voters = minutes.quorum(session, fees.item.id).voters
        minutes.record_vote(
            session, fees.item.id, yes_proposal="Jaa.", no_proposal="Ei.", yes_proposal_sv="Ja.",
            no_proposal_sv=" Nej. ", ballots=dict.fromkeys(voters, VoteChoice.YES),
        )  # fmt: skip
        motion_id, item_id = added.id, fees.item.id
    with demo_db.begin() as session:
        motion: Motion | None = session.get(Motion, motion_id)
        assert motion is not None and (motion.text, motion.text_sv) == (MOTION_FI, MOTION_SV)
        vote = session.scalars(select(Vote).where(Vote.item_id == item_id)).one()
        assert (vote.yes_proposal_sv, vote.no_proposal_sv) == ("Ja.", "Nej.")
        dissent = session.scalars(select(Dissent).where(Dissent.item_id == item_id)).one()
        assert (dissent.text, dissent.text_sv) == (DISSENT_FI, DISSENT_SV)
        minutes.set_motion_state(
            session, motion_id, seconder_id=fees.people["Eija Kettunen"], withdrawn=False, text_sv=" Nytt förslag. "
        )
    with demo_db.begin() as session:
        motion = session.get(Motion, motion_id)
        assert motion is not None and motion.text_sv == "Nytt förslag." and motion.seconder_id is not None
        minutes.set_motion_state(session, motion_id, seconder_id=None, withdrawn=False)  # the text stays
    with demo_db.begin() as session:
        motion = session.get(Motion, motion_id)
        assert motion is not None and motion.text_sv == "Nytt förslag."


def test_swedish_minutes_and_excerpts_print_the_swedish_texts_of_the_meeting(demo_db: Database) -> None:
    """Ensure a Swedish minutes and excerpt print a motion, a vote's proposals and a dissenting opinion in Swedish
    where their Swedish texts are written (the presenter's proposal in Swedish by itself), and the Finnish ones
    print only the Finnish texts."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _record(session, fees, swedish=True)
        sv = Labels("sv")
        for kind in (DocumentKind.MINUTES, DocumentKind.EXCERPT):
            swedish = _body(session, fees, kind, "sv")
            assert_in_order(
                swedish,
                [
                    sv["handling"],
                    sv(
                        "motion", proposer="Ari Toivonen", seconder=sv("seconded", name="Eija Kettunen"), text=MOTION_SV
                    ),
                    sv("yes_proposal", text="Föredragandens beslutsförslag"),
                    sv("no_proposal", text=f"Ari Toivonen: {MOTION_SV}"),
                    sv("vote_declared", side="nej", proposal=f"Ari Toivonen: {MOTION_SV.rstrip('.')}"),
                    sv["dissents"],
                    sv("dissent", name="Leena Hyvönen"),
                    DISSENT_SV,
                ],
            )
            for finnish in (MOTION_FI, DISSENT_FI, "Esittelijän päätösehdotus"):
                assert comparable(finnish) not in comparable(swedish), (kind, finnish)
            in_finnish = _body(session, fees, kind, "fi")
            assert_in_order(
                in_finnish, [MOTION_FI, "Esittelijän päätösehdotus", f"Ari Toivonen: {MOTION_FI}", DISSENT_FI]
            )
            for text in (MOTION_SV, DISSENT_SV):
                assert comparable(text) not in comparable(in_finnish), (kind, text)
        assert untranslated_parts(fees.item, mode=Mode.HANDLED, public=False) == ["title", "background", "proposal"]
        session.rollback()


def test_without_swedish_texts_the_finnish_ones_print_and_are_named(demo_db: Database) -> None:
    """Ensure a Swedish document prints a motion, a vote's proposal and a dissenting opinion without a Swedish text
    as written in Finnish, as it does a § 's text, and names the handling and the dissenting opinion among the
    texts left in Finnish (the list before printing; the archival copy's printed-in-finnish reads the same)."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _record(session, fees, swedish=False)
        swedish = _body(session, fees, DocumentKind.EXCERPT, "sv")
        sv = Labels("sv")
        assert_in_order(
            swedish,
            [
                sv("motion", proposer="Ari Toivonen", seconder=sv("seconded", name="Eija Kettunen"), text=MOTION_FI),
                sv("yes_proposal", text="Föredragandens beslutsförslag"),  # a standard text translates itself
                sv("no_proposal", text=f"Ari Toivonen: {MOTION_FI}"),
                sv("dissent", name="Leena Hyvönen"),
                DISSENT_FI,
            ],
        )
        parts = untranslated_parts(fees.item, mode=Mode.HANDLED, public=False)
        assert "handling" in parts and parts[-1] == DISSENTS_PART
        request = _request(fees, DocumentKind.EXCERPT, "sv")
        notes = untranslated(session, request)
        assert notes[0].endswith("käsittely, eriävä mielipide")
        # (and the registry's details, which the demo gives in Finnish only: see test_swedish_review)
        assert notes[1:] == ["Organisaation tiedot: postiosoite, käyntiosoite, kirjaamon aukioloaika"]
        # The Swedish texts written afterwards: only the §'s own texts are left.
        for motion in fees.item.motions:
            motion.text_sv = MOTION_SV
        for dissent in fees.item.dissents:
            dissent.text_sv = DISSENT_SV
        session.flush()
        parts = untranslated_parts(fees.item, mode=Mode.HANDLED, public=False)
        assert "handling" in parts  # the vote's NEJ proposal still has no Swedish text
        for vote in fees.item.votes:
            vote.no_proposal_sv = f"Ari Toivonen: {MOTION_SV}"
        session.flush()
        assert untranslated_parts(fees.item, mode=Mode.HANDLED, public=False) == ["title", "background", "proposal"]
        session.rollback()


def test_a_swedish_suggested_decision_quotes_the_swedish_text_of_the_winning_motion(demo_db: Database) -> None:
    """Ensure the Swedish decision suggested after the motion won the vote, and the amended one, quote the motion's
    Swedish text when it has one (and are then not named as partly Finnish), its Finnish text when not."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _record(session, fees, swedish=True)
        sv = Labels("sv")
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        assert fees.item.decision == f"Äänestyksen jälkeen hyväksyttiin äänin 6–3 ehdotus: {MOTION_FI.rstrip('.')}."
        expected = f"Efter omröstning godkändes med rösterna 6–3 förslaget: {MOTION_SV.rstrip('.')}."
        assert decision_text(fees.item, sv) == expected
        assert_in_order(_body(session, fees, DocumentKind.EXCERPT, "sv"), [sv["decision"], expected])
        assert "decision" not in untranslated_parts(fees.item, mode=Mode.HANDLED, public=False)
        minutes.set_decision(session, fees.item.id, outcome=Outcome.AMENDED)
        assert decision_text(fees.item, sv) == f"Beslutsförslaget godkändes med följande ändring: {MOTION_SV}"
        assert "decision" not in untranslated_parts(fees.item, mode=Mode.HANDLED, public=False)
        # Without the motion's Swedish text the vote's Swedish proposal is quoted (without the proposer's name, as in
        # Finnish); without either, the Finnish text.
        fees.item.motions[0].text_sv = ""
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        assert decision_text(fees.item, sv) == (
            f"Efter omröstning godkändes med rösterna 6–3 förslaget: {MOTION_SV.rstrip('.')}."
        )
        fees.item.votes[0].no_proposal_sv = ""
        session.flush()
        assert decision_text(fees.item, sv) == (
            f"Efter omröstning godkändes med rösterna 6–3 förslaget: {MOTION_FI.rstrip('.')}."
        )
        assert "decision" in untranslated_parts(fees.item, mode=Mode.HANDLED, public=False)
        minutes.set_decision(session, fees.item.id, outcome=Outcome.AMENDED)
        assert decision_text(fees.item, sv) == f"Beslutsförslaget godkändes med följande ändring: {MOTION_FI}"
        session.rollback()


def test_a_bilingual_organisation_is_told_of_motions_without_swedish_texts_before_checking(demo_db: Database) -> None:
    """Ensure the closing's list of Swedish texts missing from a bilingual organisation's minutes names the handling
    and the dissenting opinion of a § whose motion and dissent have no Swedish text, and not once they have."""
    with demo_db.session() as session:
        fees = held_fees(session)
        fees.meeting.body.organisation.language = Language.BILINGUAL
        _record(session, fees, swedish=False)
        mine = f"{fees.item.section_number} §:"
        missing = [note for note in minutes.missing_swedish_texts(session, fees.meeting.id) if note.startswith(mine)]
        assert len(missing) == 1 and "käsittely" in missing[0] and missing[0].endswith("eriävä mielipide")
        fees.item.motions[0].text_sv = MOTION_SV
        fees.item.votes[0].no_proposal_sv = MOTION_SV
        fees.item.dissents[0].text_sv = DISSENT_SV
        session.flush()
        missing = [note for note in minutes.missing_swedish_texts(session, fees.meeting.id) if note.startswith(mine)]
        assert len(missing) == 1 and "käsittely" not in missing[0] and "eriävä" not in missing[0]
        session.rollback()
