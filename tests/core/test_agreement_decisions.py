"""Agreements: a party's linked § as its decision (read from the § every time), preparing §s, the situation on a
past day, one § as the decision of one party only, and typed deciding bodies."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.agreement_editing import add_party
from core.agreements import (
    AgreementStatus,
    DecisionSource,
    PartyView,
    candidate_items,
    derive_situation,
    link_item_to_agreement,
    link_local_decision,
    load_agreement,
    record_external_decision,
    unlink_local_decision,
    update_party,
)
from core.demo import SEED1_PROPOSAL, SEED2_DNRO
from core.meetings import add_item, create_meeting
from core.minutes import set_decision
from db.engine import Database
from db.enums import AgreementKind, EntryRule, ItemKind, MeetingState, Outcome, PartyDecisionState
from db.errors import ValidationError
from db.models import Agreement, AgreementParty, Item, Meeting, Organisation

A = PartyDecisionState.APPROVED
MEETING = dt.date(2025, 12, 8)


def _education(s: Session) -> Agreement:
    agreement = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_AGREEMENT))
    assert agreement is not None
    return agreement


def _protocol(s: Session) -> Agreement:
    agreement = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_PROTOCOL))
    assert agreement is not None
    return agreement


def _party_of(agreement: Agreement, name: str) -> AgreementParty:
    return next(p for p in agreement.parties if p.organisation.name == name)


def _row(s: Session, agreement_id: int, party_id: int, on: dt.date) -> PartyView:
    return next(p for p in load_agreement(s, agreement_id, on=on).parties if p.party_id == party_id)


def _hartola_board_item(s: Session) -> tuple[Agreement, AgreementParty, Item]:
    """The education agreement, Hartola's party row and a new § of Hartola's Kunnanhallitus (draft minutes),
    with every other party approved and signed."""
    education = _education(s)
    for name, day in (("Kärkölä", dt.date(2025, 12, 1)), ("Sysmä", dt.date(2025, 12, 2))):
        record_external_decision(s, party_id=_party_of(education, name).id, state=A, body="Kunnanhallitus", date=day)
    for p in education.parties:
        if p.organisation.name != "Hartolan kunta" and p.signed_date is None:
            p.signed_date = dt.date(2025, 12, 3)
    hartola = _party_of(education, "Hartolan kunta")
    board = next(b for b in hartola.organisation.bodies if b.name == "Kunnanhallitus")
    meeting = create_meeting(s, body_id=board.id, date=MEETING)
    item = add_item(
        s, meeting_id=meeting.id, title="Sivistyspalveluiden yhteistoimintasopimus", kind=ItemKind.AGREEMENT
    )
    return education, hartola, item


def _check_minutes(s: Session, meeting: Meeting, day: dt.date) -> None:
    meeting.checked_date = day
    meeting.state = MeetingState.MINUTES_CHECKED
    s.flush()


def test_linked_party_follows_its_section_outcome_after_the_link(demo_db: Database) -> None:
    """Ensure a party's state is read from its linked § whenever shown: an outcome recorded (or changed) after
    the link counts once the minutes are checked, not the state copied when the link was made."""
    with demo_db.begin() as s:
        education, hartola, item = _hartola_board_item(s)
        link_local_decision(s, party_id=hartola.id, item_id=item.id)
        ids = education.id, hartola.id, item.id
    on = dt.date(2025, 12, 20)
    with demo_db.begin() as s:
        assert _row(s, ids[0], ids[1], on).state is PartyDecisionState.ON_AGENDA
        set_decision(s, ids[2], outcome=Outcome.PASSED)
    with demo_db.begin() as s:
        row = _row(s, ids[0], ids[1], on)
        assert row.state is PartyDecisionState.ON_AGENDA  # draft minutes: no decision yet
        assert row.awaiting_check and row.state_label == "Käsitelty, pöytäkirja tarkastamatta"
        set_decision(s, ids[2], outcome=Outcome.REJECTED)
        decided = s.get(Item, ids[2])
        assert decided is not None
        _check_minutes(s, decided.meeting, dt.date(2025, 12, 10))
    with demo_db.begin() as s:
        row = _row(s, ids[0], ids[1], on)
        assert (row.state, row.awaiting_check) == (PartyDecisionState.REJECTED, False)
        view = load_agreement(s, ids[0], on=on)
        assert view.situation.status is AgreementStatus.AWAITING_APPROVALS
        assert view.situation.rejected == ("Hartolan kunta",)


def test_unchecked_minutes_are_no_approval(demo_db: Database) -> None:
    """Ensure an approval in minutes not yet checked does not count, and counts from the day they are checked."""
    with demo_db.begin() as s:
        education, hartola, item = _hartola_board_item(s)
        set_decision(s, item.id, outcome=Outcome.PASSED)
        link_local_decision(s, party_id=hartola.id, item_id=item.id)
        with pytest.raises(ValidationError, match="ei ole hyväksynyt"):
            update_party(s, party_id=hartola.id, signed_date=dt.date(2025, 12, 9))
        from core.agreements import decision_reminders

        due = decision_reminders(s, on=dt.date(2025, 12, 20))
        texts = [r.text for r in due]
        assert any(t.startswith("Hartolan kunta: käsitelty, pöytäkirja tarkastamatta, määräpäivä") for t in texts)
        view = load_agreement(s, education.id, on=dt.date(2025, 12, 20))
        assert view.situation.status is AgreementStatus.AWAITING_APPROVALS
        assert "Hartolan kunta" in view.situation.waiting
        _check_minutes(s, item.meeting, dt.date(2025, 12, 12))
        update_party(s, party_id=hartola.id, signed_date=dt.date(2025, 12, 15))
        view = load_agreement(s, education.id, on=dt.date(2025, 12, 20))
        assert view.status_text == "Voimassa 15.12.2025 alkaen"
        on_the_11th = load_agreement(s, education.id, on=dt.date(2025, 12, 11))  # made, not yet checked
        assert "Hartolan kunta" in on_the_11th.situation.waiting
        with pytest.raises(ValidationError, match="tila päätellään pykälän"):
            update_party(s, party_id=hartola.id, decision_state=PartyDecisionState.REJECTED)


def test_unlinking_leaves_the_party_without_a_decision(demo_db: Database) -> None:
    """Ensure removing the link of the regional council's § leaves its row not handled and out of the count."""
    with demo_db.begin() as s:
        protocol = _protocol(s)
        liitto = _party_of(protocol, "Päijät-Hämeen liitto")
        before = load_agreement(s, protocol.id, on=dt.date(2025, 11, 26))
        assert next(p for p in before.parties if p.party_id == liitto.id).state is A
        unlink_local_decision(s, party_id=liitto.id)
        view = load_agreement(s, protocol.id, on=dt.date(2025, 11, 26))
        row = next(p for p in view.parties if p.party_id == liitto.id)
        assert (row.state, row.source, row.decision_text) == (PartyDecisionState.NOT_ON_AGENDA, DecisionSource.NONE, "")
        assert view.situation.approved_count == before.situation.approved_count - 1
        assert "Päijät-Hämeen liitto" in view.situation.waiting


def test_a_preparing_section_is_not_a_party_decision(demo_db: Database) -> None:
    """Ensure the welfare board's preparing § is not offered as Hartola's decision and linking it is refused with
    a pointer to "Liitä sopimukseen", leaving Hartola's deciding body as it was."""
    with demo_db.begin() as s:
        education = _education(s)
        hartola = _party_of(education, "Hartolan kunta")
        welfare = s.scalar(select(Item).where(Item.proposal == SEED1_PROPOSAL))
        assert welfare is not None
        candidates = candidate_items(s, organisation_id=hartola.organisation_id, agreement_id=education.id)
        assert welfare not in candidates
        seed2 = s.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        liitto = _party_of(_protocol(s), "Päijät-Hämeen liitto")
        assert seed2 is not None
        assert seed2 in candidate_items(s, organisation_id=liitto.organisation_id, agreement_id=_protocol(s).id)
        assert seed2 not in candidate_items(s, organisation_id=liitto.organisation_id, agreement_id=education.id)
        body_before = hartola.approving_body_id
        with pytest.raises(ValidationError, match="Liitä sopimukseen"):
            link_local_decision(s, party_id=hartola.id, item_id=welfare.id)
        assert (hartola.item_id, hartola.approving_body_id) == (None, body_before)


def test_situation_on_a_past_day_leaves_out_later_decisions_and_signatures() -> None:
    """Ensure decisions and signatures dated after the day asked do not count on that day."""

    def party(name: str, decided: dt.date | None, signed: dt.date | None = None) -> PartyView:
        return PartyView(
            party_id=hash(name) % 1000,
            version=1,
            organisation_id=1,
            name=name,
            required=True,
            required_flag=True,
            approving_body="Kunnanhallitus",
            state=A if decided else PartyDecisionState.NOT_ON_AGENDA,
            source=DecisionSource.EXTERNAL if decided else DecisionSource.NONE,
            item_id=None,
            item_label="",
            decision_body="Kunnanhallitus" if decided else "",
            decision_date=decided,
            section="",
            diary_number="",
            excerpt_received=None,
            excerpt_sent=None,
            excerpt_sent_method=None,
            notified=None,
            signatory="",
            signed_date=signed,
            decide_by=None,
            fixed_share=None,
            notes="",
        )

    parties = [
        party("Lahti", dt.date(2025, 10, 27), dt.date(2025, 11, 5)),
        party("Hollola", dt.date(2025, 11, 10), dt.date(2025, 11, 20)),
    ]
    rule = EntryRule.ALL_APPROVE_AND_SIGN
    assert derive_situation(parties, rule=rule, on=dt.date(2025, 6, 1)).status is AgreementStatus.IN_PREPARATION
    early = derive_situation(parties, rule=rule, on=dt.date(2025, 11, 1))
    assert (early.status, early.approved_count, early.waiting) == (AgreementStatus.AWAITING_APPROVALS, 1, ("Hollola",))
    assert early.unsigned == ("Lahti",) and early.entry_into_force is None
    signing = derive_situation(parties, rule=rule, on=dt.date(2025, 11, 15))
    assert signing.unsigned == ("Hollola",) and signing.waiting == ()
    later = derive_situation(parties, rule=rule, on=dt.date(2025, 11, 20))
    assert (later.status, later.entry_into_force) == (AgreementStatus.IN_FORCE, dt.date(2025, 11, 20))


def test_demo_protocol_on_a_past_day(demo_db: Database) -> None:
    """Ensure the demo's protocol on 1.6.2025 counts none of its decisions of October and November 2025."""
    with demo_db.begin() as s:
        view = load_agreement(s, _protocol(s).id, on=dt.date(2025, 6, 1))
        assert view.situation.approved_count == 0
        assert view.status_text == "Odottaa hyväksyntöjä (0/12)"  # Asikkala has it on an agenda (no date known)
        row = view.parties[0].as_of(dt.date(2025, 6, 1))
        assert row.state is PartyDecisionState.NOT_ON_AGENDA and row.decision_text == ""


def test_one_section_is_the_decision_of_one_agreement_only(demo_db: Database) -> None:
    """Ensure a § that is a party's decision cannot be attached to another agreement, nor linked as a second
    party's decision."""
    with demo_db.begin() as s:
        protocol, education = _protocol(s), _education(s)
        item = s.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None
        with pytest.raises(ValidationError, match="ei voi liittää toiseen sopimukseen"):
            link_item_to_agreement(s, item_id=item.id, agreement_id=education.id)
        assert item.agreement_id == protocol.id
        link_item_to_agreement(s, item_id=item.id, agreement_id=protocol.id)  # the same agreement: fine
        liitto = s.scalar(select(Organisation).where(Organisation.name == "Päijät-Hämeen liitto"))
        assert liitto is not None
        second = add_party(s, agreement_id=education.id, organisation_id=liitto.id)
        item.agreement_id = education.id  # as if attached before the check existed
        s.flush()
        with pytest.raises(ValidationError, match="on jo osapuolen Päijät-Hämeen liitto päätös"):
            link_local_decision(s, party_id=second.id, item_id=item.id)


def test_a_typed_deciding_body_replaces_the_linked_body(demo_db: Database) -> None:
    """Ensure typing another deciding body shows it (instead of the body row set earlier), and typing the name
    of one of the organisation's bodies links that body."""
    with demo_db.begin() as s:
        education = _education(s)
        hartola = _party_of(education, "Hartolan kunta")
        assert _row(s, education.id, hartola.id, dt.date(2025, 11, 26)).approving_body == "Kunnanhallitus"
        update_party(s, party_id=hartola.id, approving_body_name="Kunnanvaltuusto")
        assert _row(s, education.id, hartola.id, dt.date(2025, 11, 26)).approving_body == "Kunnanvaltuusto"
        update_party(s, party_id=hartola.id, approving_body_name="kunnanhallitus")
        assert hartola.approving_body is not None and hartola.approving_body.name == "Kunnanhallitus"
        assert _row(s, education.id, hartola.id, dt.date(2025, 11, 26)).approving_body == "Kunnanhallitus"


def test_removing_a_party_decision_from_the_agenda_names_the_agreement(demo_db: Database) -> None:
    """Ensure removing a § that is a party's decision is refused with the agreement named, not a generic refusal,
    and works once the link is removed."""
    from core.meetings import remove_item

    with demo_db.begin() as s:
        _education_agreement, hartola, item = _hartola_board_item(s)
        link_local_decision(s, party_id=hartola.id, item_id=item.id)
        ids = hartola.id, item.id
    with demo_db.begin() as s, pytest.raises(ValidationError, match="päätös sopimuksesta Päijät-Hämeen kuntien"):
        remove_item(s, item_id=ids[1])
    with demo_db.begin() as s:
        unlink_local_decision(s, party_id=ids[0])
        remove_item(s, item_id=ids[1])
        assert s.get(Item, ids[1]) is None


def test_reminders_are_translatable_messages(demo_db: Database) -> None:
    """Ensure the reminder texts carry their templates (the window shows them in the user's language) and still
    read in Finnish."""
    from core.agreements import decision_reminders, term_reminders
    from db.errors import Message

    with demo_db.begin() as s:
        due = decision_reminders(s, on=dt.date(2025, 12, 20))
        ending = term_reminders(s, on=dt.date(2029, 4, 1), within_days=90)
    text = due[0].text
    assert isinstance(text, Message)
    assert text == "Hartolan kunta: ei käsitelty, määräpäivä 15.12.2025 ohitettu 5 pv sitten"
    assert text.parts[0][0] == "{party}: {state}, määräpäivä {deadline} ohitettu {days} pv sitten"
    assert isinstance(ending[0].text, Message)
    assert ending[0].text.parts[0][0] == "{title}: sopimuskausi päättyy {date} ({days} pv)"


def test_no_parties_or_none_required_is_named_as_missing() -> None:
    """Ensure an agreement without parties, or with none required, says so instead of nothing missing."""
    assert derive_situation([], rule=EntryRule.ALL_APPROVE, on=MEETING).missing_text == "Sopimuksella ei ole osapuolia."
    nobody = [
        PartyView(
            party_id=1,
            version=1,
            organisation_id=1,
            name="Lahti",
            required=False,
            required_flag=False,
            approving_body="",
            state=PartyDecisionState.NOT_ON_AGENDA,
            source=DecisionSource.NONE,
            item_id=None,
            item_label="",
            decision_body="",
            decision_date=None,
            section="",
            diary_number="",
            excerpt_received=None,
            excerpt_sent=None,
            excerpt_sent_method=None,
            notified=None,
            signatory="",
            signed_date=None,
            decide_by=None,
            fixed_share=None,
            notes="",
        )
    ]
    situation = derive_situation(nobody, rule=EntryRule.SUBSET_APPROVE, on=MEETING)
    assert situation.missing_text == "Yhtäkään osapuolta ei ole merkitty edellytetyksi."
    assert situation.entry_into_force is None
