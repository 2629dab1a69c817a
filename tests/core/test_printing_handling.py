"""Tests of how a handled § prints its disqualifications, motions and suggested decisions, in Finnish and Swedish."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from core import minutes
from core.printing import DocumentKind, DocumentRequest, render_in_session, untranslated
from core.printing.labels import Labels
from core.printing.sections import Mode, decision_text, untranslated_parts
from core.printing.text import comparable
from db.engine import Database
from db.enums import Outcome, VoteChoice
from tests.core.printing_support import Fees, assert_in_order, held_fees, read_pdf


def _body(session: Session, fees: Fees, kind: DocumentKind, language: str) -> str:
    items = (fees.item.id,) if kind == DocumentKind.EXCERPT else ()
    request = DocumentRequest(kind, fees.meeting.id, items, language=language, draft=True)
    return read_pdf(render_in_session(session, request)).body


def _vote(
    session: Session,
    fees: Fees,
    no_side: set[str],
    other: dict[str, VoteChoice] | None = None,
    *,
    no_proposal: str = "Ari Toivosen ehdotus",
) -> None:
    """A vote on the fees §: the people of ``no_side`` vote Ei, those in ``other`` as given there, the rest Jaa."""
    voters = minutes.quorum(session, fees.item.id).voters
    names = {pid: name for name, pid in fees.people.items()}
    ballots = {pid: VoteChoice.NO if names[pid] in no_side else VoteChoice.YES for pid in voters}
    for name, choice in (other or {}).items():
        ballots[fees.people[name]] = choice
    minutes.record_vote(
        session, fees.item.id, yes_proposal="Esittelijän päätösehdotus", no_proposal=no_proposal, ballots=ballots
    )


def _second_toivonen(session: Session, fees: Fees) -> None:
    """Ari Toivonen's motion on the fees §, seconded by Eija Kettunen."""
    people = fees.people
    text = "Maksut pidetään ennallaan."
    minutes.add_motion(
        session, fees.item.id, text, proposer_id=people["Ari Toivonen"], seconder_id=people["Eija Kettunen"]
    )


@pytest.mark.parametrize("kind", [DocumentKind.MINUTES, DocumentKind.EXCERPT])
def test_a_standard_ground_of_disqualification_prints_in_swedish(demo_db: Database, kind: DocumentKind) -> None:
    """Ensure a Swedish document prints a standard ground of disqualification in Finland-Swedish (förvaltningslagen,
    punkten, the ground's Swedish name) with the secretary's own detail as written, and names the handling among
    the texts left in Finnish; a Finnish document prints the ground as stored."""
    with demo_db.session() as session:
        fees = held_fees(session)
        stored = minutes.ground_by_key("28.1.3").text("lapsi päiväkodissa")
        minutes.add_disqualification(session, fees.item.id, fees.people["Sari Mäkelä"], stored)
        swedish = _body(session, fees, kind, "sv")
        assert_in_order(
            swedish,
            [
                Labels("sv")["handling"],
                "Sari Mäkelä anmälde jäv (förvaltningslagen 28 § 1 mom. 3 punkten (intressejäv; lapsi päiväkodissa)).",
                Labels("sv")("left_room", name="Sari Mäkelä"),
            ],
        )
        assert comparable("hallintolaki") not in comparable(swedish)
        assert comparable("intressijäävi") not in comparable(swedish)
        finnish = _body(session, fees, kind, "fi")
        assert comparable(f"Sari Mäkelä ilmoitti olevansa esteellinen ({stored}).") in comparable(finnish)
        request = DocumentRequest(kind, fees.meeting.id, (fees.item.id,) if kind == DocumentKind.EXCERPT else (),
                                  language="sv", draft=True)  # fmt: skip
        assert not fees.item.handling.strip()  # listed for the ground alone
        notes = [note for note in untranslated(session, request) if note.startswith(f"{fees.item.section_number} §")]
        assert len(notes) == 1 and notes[0].endswith("käsittely")
        session.rollback()


def test_only_the_finnish_words_of_a_ground_name_the_handling_as_left_in_finnish(demo_db: Database) -> None:
    """Ensure a standard ground without the secretary's detail prints wholly in Swedish and leaves the handling off
    the list of texts printed in Finnish, while an unrecognised ground prints as written and puts it on the list."""
    with demo_db.session() as session:
        fees = held_fees(session)
        disqualification = minutes.add_disqualification(
            session, fees.item.id, fees.people["Sari Mäkelä"], minutes.ground_by_key("28.1.5").text()
        )
        parts = untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        assert "handling" not in parts
        assert comparable("anmälde jäv (förvaltningslagen 28 § 1 mom. 5 punkten (samfundsjäv)).") in comparable(
            _body(session, fees, DocumentKind.EXCERPT, "sv")
        )
        disqualification.ground = "kuntalaki 97 § (asia koskee häntä henkilökohtaisesti)"
        session.flush()
        assert "handling" in untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        assert comparable("anmälde jäv (kuntalaki 97 § (asia koskee häntä henkilökohtaisesti)).") in comparable(
            _body(session, fees, DocumentKind.EXCERPT, "sv")
        )
        session.rollback()


def test_the_decision_suggested_after_a_vote_prints_in_swedish(demo_db: Database) -> None:
    """Ensure the decision Sihteeri suggests after a vote prints in Finland-Swedish in a Swedish minutes and excerpt
    while it is still exactly the suggestion, and as written once the secretary changed it."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _second_toivonen(session, fees)
        _vote(session, fees, {"Ari Toivonen", "Eija Kettunen"})
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        assert fees.item.decision == "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 7–2."
        for kind in (DocumentKind.MINUTES, DocumentKind.EXCERPT):
            swedish = _body(session, fees, kind, "sv")
            assert_in_order(
                swedish, [Labels("sv")["decision"], "Beslutsförslaget godkändes efter omröstning med rösterna 7–2."]
            )
            assert comparable("äänin") not in comparable(swedish)
        assert "decision" not in untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        fees.item.decision = "Päätösehdotus hyväksyttiin äänestyksen jälkeen äänin 7–2 (Sari Mäkelä esteellinen)."
        session.flush()
        assert decision_text(fees.item, Labels("sv")) == fees.item.decision
        assert "decision" in untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        session.rollback()


def test_a_motion_that_won_the_vote_and_the_amended_and_election_openings_print_in_swedish(demo_db: Database) -> None:
    """Ensure the suggested decisions naming the winning motion, the amended decision and the election opening
    print in Swedish, the motion's text as written (so the decision is named as partly Finnish)."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _second_toivonen(session, fees)
        no_side = {"Ari Toivonen", "Eija Kettunen", "Timo Rantanen", "Sari Mäkelä", "Áile Čoavddis", "Pirjo Heinonen"}
        _vote(session, fees, no_side, no_proposal="Ari Toivonen: Maksut pidetään ennallaan.")
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        swedish = Labels("sv")
        assert fees.item.decision == "Äänestyksen jälkeen hyväksyttiin äänin 6–3 ehdotus: Maksut pidetään ennallaan."
        assert decision_text(fees.item, swedish) == (
            "Efter omröstning godkändes med rösterna 6–3 förslaget: Maksut pidetään ennallaan."
        )
        assert "decision" in untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        minutes.set_decision(session, fees.item.id, outcome=Outcome.AMENDED)
        assert decision_text(fees.item, swedish) == (
            "Beslutsförslaget godkändes med följande ändring: Maksut pidetään ennallaan."
        )
        minutes.set_decision(session, fees.item.id, outcome=Outcome.ELECTION)
        assert decision_text(fees.item, swedish) == "Valdes"
        minutes.set_decision(session, fees.item.id, outcome=Outcome.REJECTED)
        assert decision_text(fees.item, swedish) == "Beslutsförslaget förkastades."
        assert "decision" not in untranslated_parts(fees.item, mode=Mode.HANDLED, public=True)
        session.rollback()


def test_a_tie_the_chair_decided_is_worded_so_in_both_languages(demo_db: Database) -> None:
    """Ensure the decision suggested after a tie says the votes were tied and the chair's vote decided, in Finnish
    and in Swedish (not "äänin 4–4"), and a tie whose result was recorded otherwise does not credit the chair."""
    with demo_db.session() as session:
        fees = held_fees(session)
        _second_toivonen(session, fees)
        tied = {"Ari Toivonen", "Eija Kettunen", "Timo Rantanen", "Sari Mäkelä"}
        _vote(session, fees, tied, {"Kalle Nieminen": VoteChoice.ABSENT})
        assert fees.meeting.chair is not None and fees.meeting.chair.name == "Pirjo Heinonen"  # voted Jaa
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        assert fees.item.decision == (
            "Päätösehdotus hyväksyttiin äänestyksen jälkeen. Äänet menivät tasan 4–4, ja puheenjohtajan ääni ratkaisi."
        )
        expected_sv = (
            "Beslutsförslaget godkändes efter omröstning. Rösterna föll lika 4–4, och ordförandens röst avgjorde."
        )
        assert decision_text(fees.item, Labels("sv")) == expected_sv
        assert_in_order(_body(session, fees, DocumentKind.EXCERPT, "sv"), [Labels("sv")["decision"], expected_sv])
        assert_in_order(
            _body(session, fees, DocumentKind.EXCERPT, "fi"), [Labels("fi")["decision"], fees.item.decision]
        )
        # The chair voted blank: the tie stays open until the secretary records its result (e.g. by lot).
        _vote(session, fees, tied, {"Pirjo Heinonen": VoteChoice.BLANK})
        vote = fees.item.votes[-1]
        assert vote.result is None
        minutes.set_vote_result(session, vote.id, VoteChoice.YES)
        minutes.set_decision(session, fees.item.id, outcome=Outcome.PASSED_AFTER_VOTE)
        assert fees.item.decision == "Päätösehdotus hyväksyttiin äänestyksen jälkeen. Äänet menivät tasan 4–4."
        assert decision_text(fees.item, Labels("sv")) == (
            "Beslutsförslaget godkändes efter omröstning. Rösterna föll lika 4–4."
        )
        session.rollback()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_an_unseconded_motion_needs_its_lapse_recorded_and_prints_it_once(demo_db: Database, language: str) -> None:
    """Ensure a motion nobody seconded stops the checking until the handling records that it lapsed (the conduct
    window's fill button), that the lapse then prints once, and that nothing is added to the printed motion
    itself, so minutes checked before print as they did."""
    with demo_db.session() as session:
        fees = held_fees(session)
        motion = minutes.add_motion(
            session, fees.item.id, "Asia palautetaan valmisteluun.", proposer_id=fees.people["Áile Čoavddis"]
        )
        labels = Labels(language)
        line = labels("motion", proposer="Áile Čoavddis", seconder="", text="Asia palautetaan valmisteluun.")
        body = _body(session, fees, DocumentKind.EXCERPT, language)
        assert comparable(line) in comparable(body) and "raukea" not in body.casefold()

        def lapse_problems() -> list[str]:
            return [str(p.message) for p in minutes.validate_for_checking(session, fees.meeting.id)
                    if "ei kannatettu" in str(p.message)]  # fmt: skip

        assert len(lapse_problems()) == 1 and "”Asia palautetaan valmisteluun”" in lapse_problems()[0]
        fees.item.handling = "Keskusteltiin.\n" + minutes.suggest_handling(fees.item)
        session.flush()
        assert minutes.lapse_recorded(fees.item, motion) and lapse_problems() == []
        for kind in (DocumentKind.MINUTES, DocumentKind.EXCERPT):
            printed = comparable(_body(session, fees, kind, language))
            assert printed.count(comparable("raukeavan kannattamattomana")) == 1
        # Seconded after all: nothing lapsed, nothing asked.
        fees.item.handling = ""
        minutes.second_motion(session, motion.id, fees.people["Ari Toivonen"])
        assert lapse_problems() == []
        session.rollback()
