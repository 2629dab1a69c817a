"""Agreements: derived status for every rule, entry into force, cost shares in cents, linking, reminders."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.agreement_costs import cost_split, euro, split_amount, split_costs
from core.agreements import (
    AgreementStatus,
    DecisionSource,
    PartyView,
    agreement_of_item,
    decision_reminders,
    derive_situation,
    find_agreement,
    link_local_decision,
    list_agreements,
    load_agreement,
    record_excerpts_sent,
    record_external_decision,
    term_reminders,
    unlink_local_decision,
    update_party,
)
from core.demo import SEED1_PROPOSAL, SEED2_DNRO
from db.engine import Database
from db.enums import (
    AgreementKind,
    AgreementTermination,
    CostSplitBasis,
    DeliveryMethod,
    EntryRule,
    OrganisationKind,
    PartyDecisionState,
)
from db.errors import ConflictError, NotFound, ValidationError
from db.models import Agreement, AgreementParty, CostItem, Item, Organisation, PopulationFigure

TODAY = dt.date(2025, 11, 23)
A = PartyDecisionState.APPROVED


def party(name: str, state: PartyDecisionState = PartyDecisionState.NOT_ON_AGENDA, *, decided: dt.date | None = None,
          signed: dt.date | None = None, required: bool = True) -> PartyView:
    """A plain party row for the pure status rules."""
    return PartyView(
        party_id=hash(name) % 10_000, version=1, organisation_id=1, name=name, required=required,
        required_flag=required, approving_body="Kunnanhallitus", state=state,
        source=DecisionSource.EXTERNAL if decided else DecisionSource.NONE, item_id=None, item_label="",
        decision_body="Kunnanhallitus" if decided else "", decision_date=decided, section="", diary_number="",
        excerpt_received=None, excerpt_sent=None, excerpt_sent_method=None, notified=None, signatory="",
        signed_date=signed, decide_by=None, fixed_share=None, notes="",
    )


D1, D2, D3 = dt.date(2025, 10, 27), dt.date(2025, 11, 3), dt.date(2025, 11, 10)


# --- status for every rule ---------------------------------------------------------------------------


@pytest.mark.parametrize("rule", list(EntryRule))
def test_nothing_decided_is_in_preparation(rule: EntryRule) -> None:
    """Ensure an agreement whose parties have not handled it yet is in preparation, under every rule."""
    situation = derive_situation([party("Hartola"), party("Sysmä")], rule=rule, on=TODAY)
    assert situation.status is AgreementStatus.IN_PREPARATION
    assert situation.entry_into_force is None
    assert situation.missing_text == "Odottaa: Hartola, Sysmä."


def test_all_approve_enters_into_force_at_the_last_approval() -> None:
    """Ensure ALL_APPROVE is in force from the last approval, and awaits while one party is missing."""
    parties = [party("Lahti", A, decided=D1), party("Hollola", A, decided=D3), party("Sysmä", A, decided=D2)]
    situation = derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=TODAY)
    assert situation.status is AgreementStatus.IN_FORCE
    assert situation.entry_into_force == D3
    assert situation.missing_text == ""
    parties[2] = party("Sysmä", PartyDecisionState.ON_AGENDA)
    waiting = derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=TODAY)
    assert waiting.status is AgreementStatus.AWAITING_APPROVALS
    assert waiting.entry_into_force is None
    assert waiting.missing_text == "Odottaa: Sysmä."
    assert (waiting.approved_count, waiting.required_count) == (2, 3)


def test_all_approve_needs_no_signatures() -> None:
    """Ensure ALL_APPROVE enters into force without any signatures."""
    parties = [party("Lahti", A, decided=D1), party("Iitti", A, decided=D2)]
    situation = derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=TODAY)
    assert situation.status is AgreementStatus.IN_FORCE
    assert situation.unsigned == ()


def test_approve_and_sign_needs_every_signature_and_takes_the_last_date() -> None:
    """Ensure ALL_APPROVE_AND_SIGN waits for signatures and enters into force at the last approval or signature."""
    late_signature = dt.date(2025, 11, 20)
    parties = [party("Lahti", A, decided=D1, signed=late_signature), party("Heinola", A, decided=D3)]
    situation = derive_situation(parties, rule=EntryRule.ALL_APPROVE_AND_SIGN, on=TODAY)
    assert situation.status is AgreementStatus.AWAITING_APPROVALS
    assert situation.unsigned == ("Heinola",)
    assert situation.missing_text == "Allekirjoitus puuttuu: Heinola."
    parties[1] = party("Heinola", A, decided=D3, signed=dt.date(2025, 11, 14))
    signed = derive_situation(parties, rule=EntryRule.ALL_APPROVE_AND_SIGN, on=TODAY)
    assert signed.status is AgreementStatus.IN_FORCE
    assert signed.entry_into_force == late_signature
    approved_after_signing = [party("Lahti", A, decided=dt.date(2025, 11, 21), signed=dt.date(2025, 11, 1))]
    assert derive_situation(approved_after_signing, rule=EntryRule.ALL_APPROVE_AND_SIGN,
                            on=TODAY).entry_into_force == dt.date(2025, 11, 21)


def test_subset_rule_counts_only_the_named_parties() -> None:
    """Ensure SUBSET_APPROVE is in force once the required parties approved, whatever the others do."""
    parties = [
        party("Lahti", A, decided=D1),
        party("Hollola", A, decided=D2),
        party("Sysmä", PartyDecisionState.REJECTED, decided=D3, required=False),
        party("Padasjoki", required=False),
    ]
    situation = derive_situation(parties, rule=EntryRule.SUBSET_APPROVE, on=TODAY)
    assert situation.status is AgreementStatus.IN_FORCE
    assert situation.entry_into_force == D2
    assert situation.required_count == 2


def test_future_entry_date_is_not_yet_in_force() -> None:
    """Ensure an agreement whose last approval is after the day asked still awaits that approval on that day."""
    parties = [party("Lahti", A, decided=D1), party("Hollola", A, decided=D3)]
    before = derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=D2)
    assert before.status is AgreementStatus.AWAITING_APPROVALS
    assert before.entry_into_force is None  # Hollola's decision of D3 did not exist yet on D2
    assert before.waiting == ("Hollola",)
    assert derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=D3).status is AgreementStatus.IN_FORCE


def test_rejection_changes_and_missing_dates_are_named() -> None:
    """Ensure a rejection, an approval with changes and an approval without a date are each named."""
    parties = [
        party("Lahti", PartyDecisionState.APPROVED_WITH_CHANGES, decided=D1),
        party("Kärkölä", PartyDecisionState.REJECTED, decided=D2),
        party("Asikkala", A),
        party("Sysmä", PartyDecisionState.RETURNED, decided=D3),
    ]
    situation = derive_situation(parties, rule=EntryRule.ALL_APPROVE, on=TODAY)
    assert situation.status is AgreementStatus.AWAITING_APPROVALS
    assert situation.with_changes == ("Lahti",)
    assert situation.missing_text == "Odottaa: Sysmä. Hylännyt: Kärkölä. Päätöspäivä puuttuu: Asikkala."
    assert situation.missing_names == ("Sysmä", "Kärkölä", "Asikkala")


def test_expired_and_terminated_follow_the_dates() -> None:
    """Ensure the term's end makes it expired and a termination makes it terminated from its date on."""
    parties = [party("Lahti", A, decided=D1)]
    end = dt.date(2029, 12, 31)
    rule = EntryRule.ALL_APPROVE
    assert derive_situation(parties, rule=rule, on=end, term_end=end).status is AgreementStatus.IN_FORCE
    expired = derive_situation(parties, rule=rule, on=end + dt.timedelta(days=1), term_end=end)
    assert expired.status is AgreementStatus.EXPIRED
    assert expired.entry_into_force == D1
    kwargs = {"terminated": AgreementTermination.TERMINATED, "terminated_date": dt.date(2027, 6, 30)}
    assert derive_situation(parties, rule=rule, on=dt.date(2027, 6, 29), **kwargs).status is AgreementStatus.IN_FORCE
    assert derive_situation(parties, rule=rule, on=dt.date(2027, 6, 30), **kwargs).status is (
        AgreementStatus.TERMINATED)
    cancelled = derive_situation([party("Lahti")], rule=rule, on=TODAY, terminated=AgreementTermination.CANCELLED)
    assert cancelled.status is AgreementStatus.TERMINATED


def test_an_agreement_without_parties_never_enters_into_force() -> None:
    """Ensure no parties means no entry into force (not 'all of nobody approved')."""
    situation = derive_situation([], rule=EntryRule.ALL_APPROVE, on=TODAY)
    assert situation.status is AgreementStatus.IN_PREPARATION
    assert situation.entry_into_force is None


# --- rounding ----------------------------------------------------------------------------------------


def test_split_rounds_to_cents_and_sums_exactly() -> None:
    """Ensure awkward totals split to cents that add up exactly, leftover cents to the largest remainders."""
    assert split_amount(Decimal("100.00"), [1, 1, 1]) == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert split_amount(Decimal("0.01"), [1, 1, 1]) == [Decimal("0.01"), Decimal("0.00"), Decimal("0.00")]
    assert split_amount(Decimal("0.02"), [1, 5, 5]) == [Decimal("0.00"), Decimal("0.01"), Decimal("0.01")]
    assert split_amount(Decimal("10.00"), [2, 1]) == [Decimal("6.67"), Decimal("3.33")]
    assert split_amount(Decimal("-10.00"), [2, 1]) == [Decimal("-6.67"), Decimal("-3.33")]
    assert split_amount(Decimal("0.00"), [0, 0]) == [Decimal("0.00"), Decimal("0.00")]
    many = split_amount(Decimal("1000.00"), [1] * 301)
    assert sum(many) == Decimal("1000.00")
    assert set(many) == {Decimal("3.32"), Decimal("3.33")}


def test_split_refuses_weights_it_cannot_use() -> None:
    """Ensure negative weights and all-zero weights of a non-zero total are refused in Finnish."""
    with pytest.raises(ValidationError, match="negatiivinen"):
        split_amount(Decimal(10), [1, -1])
    with pytest.raises(ValidationError, match="nolla"):
        split_amount(Decimal(10), [0, 0])
    with pytest.raises(ValidationError, match="osapuolia"):
        split_amount(Decimal(10), [])


@settings(max_examples=300, deadline=None)
@given(
    cents=st.integers(min_value=-10**11, max_value=10**11),
    weights=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=80).filter(any),
)
def test_shares_always_sum_to_the_total(cents: int, weights: list[int]) -> None:
    """Ensure for any total and weights the shares sum to the total, each within a cent of its exact quota,
    and the same input always gives the same split."""
    total = Decimal(cents) / 100
    shares = split_amount(total, weights)
    assert sum(shares, Decimal(0)) == total
    assert all(share == share.quantize(Decimal("0.01")) for share in shares)
    weight_sum = sum(weights)
    for share, weight in zip(shares, weights, strict=True):
        exact = Fraction(cents, 100) * weight / weight_sum
        assert abs(Fraction(share) - exact) < Fraction(1, 100)
    assert split_amount(total, weights) == shares


# --- the demo on both backends ------------------------------------------------------------------------


def _education(s: object) -> Agreement:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    agreement = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_AGREEMENT))
    assert agreement is not None
    return agreement


def _protocol(s: object) -> Agreement:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    agreement = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_PROTOCOL))
    assert agreement is not None
    return agreement


def _party_of(agreement: Agreement, name: str) -> AgreementParty:
    return next(p for p in agreement.parties if p.organisation.name == name)


def test_demo_agreements_show_realistic_states(demo_db: Database) -> None:
    """Ensure the demo's education agreement awaits Kärkölä, Sysmä and Hartola and the protocol carries the
    regional council's own § (seed 2) as its decision."""
    with demo_db.begin() as s:
        education = load_agreement(s, _education(s).id, on=TODAY)
        assert education.situation.status is AgreementStatus.AWAITING_APPROVALS
        assert education.situation.waiting == ("Kärkölä", "Sysmä", "Hartolan kunta")
        assert "Hollola" in education.situation.unsigned
        assert education.situation.with_changes == ("Orimattila",)
        protocol = load_agreement(s, _protocol(s).id, on=TODAY)
        liitto = next(p for p in protocol.parties if p.name == "Päijät-Hämeen liitto")
        seed = s.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert seed is not None
        assert liitto.source is DecisionSource.LOCAL and liitto.item_id == seed.id
        assert liitto.item_label == f"Maakuntahallitus 13.10.2025 {seed.section_number} §"
        assert liitto.decision_date == dt.date(2025, 10, 13)
        assert liitto.notified == dt.date(2025, 10, 19)  # sent electronically 16.10.: the 3rd day
        assert protocol.situation.missing_text == "Odottaa: Asikkala, Kärkölä, Sysmä, Padasjoki."
        assert [v.title for v in list_agreements(s, on=TODAY, search="sivistys lahti")] == [education.title]
        assert list_agreements(s, on=TODAY, statuses=[AgreementStatus.IN_FORCE]) == []


def test_external_decisions_bring_the_protocol_into_force(demo_db: Database) -> None:
    """Ensure recording the missing parties' decisions puts the protocol in force at the last decision date."""
    last = dt.date(2025, 12, 15)
    with demo_db.begin() as s:
        protocol = _protocol(s)
        for name, day in (("Asikkala", dt.date(2025, 12, 1)), ("Kärkölä", last), ("Sysmä", dt.date(2025, 12, 8)),
                          ("Padasjoki", dt.date(2025, 11, 24))):
            record_external_decision(s, party_id=_party_of(protocol, name).id, state=A, body="Kunnanhallitus",
                                     date=day, section="§ 201", diary_number=f"{name[:3].upper()}/1/00.04.01/2025",
                                     excerpt_received=day + dt.timedelta(days=3))
        agreement_id = protocol.id
    with demo_db.begin() as s:
        view = load_agreement(s, agreement_id, on=dt.date(2026, 1, 2))
        assert view.situation.status is AgreementStatus.IN_FORCE
        assert view.situation.entry_into_force == last
        assert view.status_text == "Voimassa 15.12.2025 alkaen"
        sysma = next(p for p in view.parties if p.name == "Sysmä")
        assert sysma.section == "201"
        assert sysma.decision_text == "Kunnanhallitus 8.12.2025 201 §, Dnro SYS/1/00.04.01/2025"
        assert load_agreement(s, agreement_id, on=dt.date(2025, 12, 14)).situation.status is (
            AgreementStatus.AWAITING_APPROVALS)


def test_external_decision_needs_body_and_date(demo_db: Database) -> None:
    """Ensure an approval cannot be recorded without the deciding body and the date."""
    with demo_db.begin() as s:
        sysma = _party_of(_protocol(s), "Sysmä")
        with pytest.raises(ValidationError, match="toimielin"):
            record_external_decision(s, party_id=sysma.id, state=A, body=" ", date=TODAY)
        with pytest.raises(ValidationError, match="päivämäärä"):
            record_external_decision(s, party_id=sysma.id, state=A, body="Kunnanhallitus", date=None)


def test_linking_a_local_section_works_both_ways(demo_db: Database) -> None:
    """Ensure linking a § sets the party's decision and the §'s agreement, and the § shows its agreement."""
    from core.meetings import add_item, create_meeting
    from db.enums import ItemKind

    with demo_db.begin() as s:
        education = _education(s)
        hartola = _party_of(education, "Hartolan kunta")
        board = next(b for b in hartola.organisation.bodies if b.name == "Kunnanhallitus")
        meeting = create_meeting(s, body_id=board.id, date=dt.date(2025, 12, 8))
        welfare_item = add_item(s, meeting_id=meeting.id, title="Sivistyspalveluiden yhteistoimintasopimus",
                                kind=ItemKind.AGREEMENT)
        link_local_decision(s, party_id=hartola.id, item_id=welfare_item.id)
        assert hartola.item_id == welfare_item.id
        assert welfare_item.agreement_id == education.id
        assert hartola.decision_state is PartyDecisionState.ON_AGENDA  # the meeting is not held yet
        assert hartola.approving_body_id == welfare_item.body_id
        shown = agreement_of_item(s, welfare_item.id, on=TODAY)
        assert shown is not None and shown.party_name == "Hartolan kunta"
        assert shown.agreement_id == education.id
        view = load_agreement(s, education.id, on=TODAY)
        row = next(p for p in view.parties if p.name == "Hartolan kunta")
        assert row.source is DecisionSource.LOCAL
        assert row.item_label.startswith("Kunnanhallitus 8.12.2025")
        with pytest.raises(ValidationError, match="linkitetty pykälään"):
            update_party(s, party_id=hartola.id, ext_body="Kunnanhallitus")
        unlink_local_decision(s, party_id=hartola.id)
        assert hartola.item_id is None
        assert welfare_item.agreement_id == education.id  # the § stays about the agreement


def test_linking_refuses_another_organisations_or_agreements_section(demo_db: Database) -> None:
    """Ensure a § of another organisation, or a § about another agreement, cannot be a party's decision."""
    with demo_db.begin() as s:
        seed2 = s.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert seed2 is not None
        lahti = _party_of(_education(s), "Lahti")
        with pytest.raises(ValidationError, match="Päijät-Hämeen liitto"):
            link_local_decision(s, party_id=lahti.id, item_id=seed2.id)
        hartola_protocol = _party_of(_protocol(s), "Hartolan kunta")
        welfare_item = s.scalar(select(Item).where(Item.proposal == SEED1_PROPOSAL))
        assert welfare_item is not None
        with pytest.raises(ValidationError, match="toiseen sopimukseen"):
            link_local_decision(s, party_id=hartola_protocol.id, item_id=welfare_item.id)
        with pytest.raises(NotFound):
            link_local_decision(s, party_id=lahti.id, item_id=999_999)


def test_required_flag_counts_only_under_the_subset_rule(demo_db: Database) -> None:
    """Ensure a party flagged not required is still required under ALL_APPROVE, and not under SUBSET_APPROVE."""
    with demo_db.begin() as s:
        protocol = _protocol(s)
        for name in ("Asikkala", "Kärkölä", "Sysmä", "Padasjoki"):
            update_party(s, party_id=_party_of(protocol, name).id, required=False)
        assert load_agreement(s, protocol.id, on=TODAY).situation.status is AgreementStatus.AWAITING_APPROVALS
        protocol.entry_rule = EntryRule.SUBSET_APPROVE
        s.flush()
        view = load_agreement(s, protocol.id, on=TODAY)
        assert view.situation.status is AgreementStatus.IN_FORCE
        assert view.situation.entry_into_force == dt.date(2025, 11, 10)  # Heinola, the last required


def test_stale_party_edit_is_refused(demo_db: Database) -> None:
    """Ensure saving a party row someone else changed meanwhile raises ConflictError."""
    with demo_db.begin() as s:
        sysma = _party_of(_education(s), "Sysmä")
        party_id, version = sysma.id, sysma.version
    with demo_db.begin() as s:
        update_party(s, party_id=party_id, expected_version=version, decision_state=PartyDecisionState.ON_AGENDA)
    with demo_db.begin() as s, pytest.raises(ConflictError):
        update_party(s, party_id=party_id, expected_version=version, notes="myöhässä")
    with demo_db.begin() as s, pytest.raises(ValidationError, match="hyväksynyt"):
        update_party(s, party_id=party_id, signed_date=TODAY)


def test_excerpts_sent_give_each_party_its_notification_date(demo_db: Database) -> None:
    """Ensure recording our excerpt sent to parties gives each its notification date by the method."""
    sent = dt.date(2025, 10, 16)
    with demo_db.begin() as s:
        protocol = _protocol(s)
        lahti, hollola = _party_of(protocol, "Lahti"), _party_of(protocol, "Hollola")
        record_excerpts_sent(s, party_ids=[lahti.id], sent=sent, method=DeliveryMethod.LETTER)
        record_excerpts_sent(s, party_ids=[hollola.id], sent=sent, method=DeliveryMethod.REGISTERED)
        view = load_agreement(s, protocol.id, on=TODAY)
        by_name = {p.name: p for p in view.parties}
        assert by_name["Lahti"].notified == dt.date(2025, 10, 23)  # letter: the 7th day
        assert by_name["Hollola"].excerpt_sent_method is DeliveryMethod.REGISTERED
        assert by_name["Hollola"].notified is None  # the receipt's date decides
        with pytest.raises(ValidationError):
            record_excerpts_sent(s, party_ids=[], sent=sent, method=DeliveryMethod.LETTER)


def test_reminders_for_undecided_parties_and_ending_terms(demo_db: Database) -> None:
    """Ensure reminders list parties past their decide-by date (or a given date) and terms ending soon."""
    with demo_db.begin() as s:
        due = decision_reminders(s, on=dt.date(2025, 12, 20))
        assert [(r.party_name, r.days_late) for r in due] == [("Hartolan kunta", 5), ("Sysmä", 5)]
        assert due[0].text == "Hartolan kunta: ei käsitelty, määräpäivä 15.12.2025 ohitettu 5 pv sitten"
        assert decision_reminders(s, on=dt.date(2025, 12, 1)) == []
        soon = decision_reminders(s, on=dt.date(2025, 12, 1), within_days=14)
        assert {r.party_name for r in soon} == {"Hartolan kunta", "Sysmä"}
        by_date = decision_reminders(s, on=TODAY, deadline=dt.date(2025, 12, 31))
        assert sorted((r.agreement_title[:6], r.party_name) for r in by_date) == [
            ("Päijät", "Hartolan kunta"), ("Päijät", "Kärkölä"), ("Päijät", "Sysmä"),
            ("Yhteis", "Asikkala"), ("Yhteis", "Kärkölä"), ("Yhteis", "Padasjoki"), ("Yhteis", "Sysmä"),
        ]
        assert all(r.deadline == dt.date(2025, 12, 31) for r in by_date)
        ending = term_reminders(s, on=dt.date(2029, 4, 1), within_days=90)
        assert [r.term_end for r in ending] == [dt.date(2029, 5, 31)]
        assert term_reminders(s, on=dt.date(2029, 4, 1), within_days=30) == []


def test_find_agreement_by_part_of_its_title(demo_db: Database) -> None:
    """Ensure the command line finds one agreement by part of its title and says when the part is ambiguous."""
    with demo_db.begin() as s:
        assert find_agreement(s, "yhteistyöpöytäkirja").kind is AgreementKind.COOPERATION_PROTOCOL
        with pytest.raises(ValidationError, match="2 sopimusta"):
            find_agreement(s, "Päijät-Hämeen")
        with pytest.raises(NotFound):
            find_agreement(s, "jätehuolto")


# --- cost shares --------------------------------------------------------------------------------------


def test_demo_costs_split_by_population(demo_db: Database) -> None:
    """Ensure the education agreement's costs split by population 31.12.2024 and add up to the cent."""
    with demo_db.begin() as s:
        split = cost_split(s, _education(s).id)
        assert split.problem == ""
        assert split.total == Decimal("210500.00")
        assert sum(share.total for share in split.shares) == split.total
        for index, line in enumerate(split.items):
            assert sum(share.amounts[index] for share in split.shares) == line.amount
        lahti = split.shares[0]
        assert (lahti.name, lahti.basis, lahti.total) == ("Lahti", Decimal(121_337), Decimal("124814.62"))
        assert euro(lahti.total) == "124\u00a0814,62 €"
        assert split.basis_label == "asukasluvun mukaan 31.12.2024"
        assert euro(split.total) == "210\u00a0500,00 €"


def _small_agreement(s: object, basis: CostSplitBasis) -> Agreement:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    day = dt.date(2024, 12, 31)
    a = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Áilegas", population=1000, population_date=day)
    b = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Čoarvi", population=2000,
                     population_date=dt.date(2023, 12, 31))
    b.populations.append(PopulationFigure(reference_date=day, population=2001))
    c = Organisation(kind=OrganisationKind.MUNICIPALITY, name="Ŋuolja")
    agreement = Agreement(title="Testisopimus", kind=AgreementKind.OTHER, cost_split=basis, population_date=day)
    agreement.cost_items.append(CostItem(position=1, description="Kulut", amount=Decimal("1000.00")))
    for order, org in enumerate((a, b, c)):
        agreement.parties.append(AgreementParty(organisation=org, sort_order=order))
    s.add(agreement)
    s.flush()
    return agreement


def test_population_falls_back_to_the_organisation_and_names_what_is_missing(database: Database) -> None:
    """Ensure the population comes from a figure at the date, else the organisation's own matching figure,
    and a missing one is named instead of guessed."""
    with database.begin() as s:
        agreement = _small_agreement(s, CostSplitBasis.POPULATION)
        split = split_costs(agreement)
        assert split.problem == "Asukasluku 31.12.2024 puuttuu: Ŋuolja."
        assert split.shares == ()
        agreement.parties[2].organisation.populations.append(
            PopulationFigure(reference_date=dt.date(2024, 12, 31), population=999))
        s.flush()
        s.refresh(agreement.parties[2].organisation)
        split = split_costs(agreement)
        assert [share.basis for share in split.shares] == [Decimal(1000), Decimal(2001), Decimal(999)]
        assert sum(share.total for share in split.shares) == Decimal("1000.00")


def test_equal_and_fixed_splits(database: Database) -> None:
    """Ensure equal shares and fixed percentages split exactly, and fixed shares not totalling 100 % are named."""
    with database.begin() as s:
        agreement = _small_agreement(s, CostSplitBasis.EQUAL)
        assert [share.total for share in split_costs(agreement).shares] == [
            Decimal("333.34"), Decimal("333.33"), Decimal("333.33")]
        agreement.cost_split = CostSplitBasis.FIXED
        for p, share in zip(agreement.parties, ("50", "30", "15"), strict=True):
            update_party(s, party_id=p.id, fixed_share=share)
        assert split_costs(agreement).problem == "Kiinteät osuudet ovat yhteensä 95 %, eivät 100 %."
        update_party(s, party_id=agreement.parties[2].id, fixed_share="20")
        split = split_costs(agreement)
        assert [share.total for share in split.shares] == [Decimal("500.00"), Decimal("300.00"), Decimal("200.00")]
        with pytest.raises(ValidationError, match="0–100"):
            update_party(s, party_id=agreement.parties[0].id, fixed_share="120")


def test_a_missing_population_is_entered_through_the_party_row(database: Database) -> None:
    """Ensure the matrix's population edit stores the organisation's figure at the agreement's date (so the split
    can be made), corrects and removes it, and refuses bad values or an agreement without a reference date."""
    from core.agreements import party_view

    with database.begin() as s:
        agreement = _small_agreement(s, CostSplitBasis.POPULATION)
        third = agreement.parties[2]
        assert party_view(third, agreement.entry_rule).population is None
        update_party(s, party_id=third.id, expected_version=third.version, population=999)
        assert party_view(third, agreement.entry_rule).population == 999
        assert [share.basis for share in split_costs(agreement).shares] == [Decimal(1000), Decimal(2001),
                                                                             Decimal(999)]  # fmt: skip
        update_party(s, party_id=third.id, population=1200)
        assert [f.population for f in third.organisation.populations] == [1200]
        assert party_view(agreement.parties[1], agreement.entry_rule).population == 2001  # its own figure
        for bad in (0, -5, "paljon"):
            with pytest.raises(ValidationError, match="positiivinen kokonaisluku"):
                update_party(s, party_id=third.id, population=bad)
        update_party(s, party_id=third.id, population=None)
        assert third.organisation.populations == []
        assert split_costs(agreement).problem == "Asukasluku 31.12.2024 puuttuu: Ŋuolja."
        agreement.population_date = None
        s.flush()
        with pytest.raises(ValidationError, match="asukaslukujen ajankohta"):
            update_party(s, party_id=third.id, population=999)


def test_status_reads_the_same_from_a_fresh_session(demo_db: Database) -> None:
    """Ensure the views are plain values that survive the session (the GUI reads them off the UI thread)."""
    with demo_db.begin() as s:
        views = list_agreements(s, on=TODAY)
    assert len(views) == 2
    assert dataclasses.is_dataclass(views[0])
    assert views[0].parties[0].name
