"""Removing an agreement entered by mistake, and refusing to remove one the records must keep."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core.agreement_editing import (
    CostLineInput,
    add_party,
    create_agreement,
    find_or_create_organisation,
    remove_agreement,
    set_cost_items,
)
from core.agreements import record_external_decision, update_party
from db.engine import Database
from db.enums import AgreementKind, PartyDecisionState
from db.errors import ValidationError
from db.models import Agreement, AgreementParty, CostItem, Item


def _agreement(database: Database) -> tuple[int, list[int]]:
    """A new agreement of two parties and a cost item, as typed in by mistake."""
    with database.begin() as s:
        agreement = create_agreement(s, title="Väärin kirjattu sopimus", kind=AgreementKind.COLLABORATION_AGREEMENT)
        parties = [
            add_party(s, agreement_id=agreement.id, organisation_id=find_or_create_organisation(s, name=name).id).id
            for name in ("Sysmä", "Hartola")
        ]
        set_cost_items(s, agreement_id=agreement.id, lines=[CostLineInput("Kuljetukset", "1 000 €")])
        return agreement.id, parties


def _count(database: Database, model: type[object]) -> int:
    with database.begin() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_an_agreement_nothing_has_happened_to_is_removed_with_its_rows(database: Database) -> None:
    """Ensure an agreement with no decisions, §§, excerpts or signatures is removed with its parties and costs."""
    before = (_count(database, Agreement), _count(database, AgreementParty), _count(database, CostItem))
    agreement_id, _parties = _agreement(database)

    with database.begin() as s:
        remove_agreement(s, agreement_id=agreement_id)

    assert (_count(database, Agreement), _count(database, AgreementParty), _count(database, CostItem)) == before


def test_an_agreement_with_a_recorded_decision_is_kept(database: Database) -> None:
    """Ensure an agreement a party has decided on is refused, naming the party and what to do instead."""
    agreement_id, parties = _agreement(database)
    with database.begin() as s:
        record_external_decision(
            s, party_id=parties[1], state=PartyDecisionState.APPROVED, body="Kunnanhallitus", date=dt.date(2026, 2, 2)
        )

    with pytest.raises(ValidationError) as refused, database.begin() as s:
        remove_agreement(s, agreement_id=agreement_id)

    assert str(refused.value).startswith(
        "Sopimusta ”Väärin kirjattu sopimus” ei voi poistaa, koska päätöksen tietoja on kirjattu (Hartola)."
    )
    assert "Päätä sopimus…" in str(refused.value)
    with database.begin() as s:
        assert s.get(Agreement, agreement_id) is not None


def test_a_sent_excerpt_alone_keeps_the_agreement_and_plans_do_not(database: Database) -> None:
    """Ensure a recorded sending of an excerpt is enough to keep the agreement, while who is to sign and the date
    to decide by (plans) are not."""
    agreement_id, parties = _agreement(database)
    with database.begin() as s:
        update_party(s, party_id=parties[0], signatory="Kunnanjohtaja", decide_by=dt.date(2026, 3, 1))
        update_party(s, party_id=parties[1], excerpt_sent=dt.date(2026, 3, 2))

    with pytest.raises(ValidationError, match="otteiden lähetys tai saapuminen on kirjattu"), database.begin() as s:
        remove_agreement(s, agreement_id=agreement_id)

    with database.begin() as s:
        update_party(s, party_id=parties[1], excerpt_sent=None)
        remove_agreement(s, agreement_id=agreement_id)
        assert s.get(Agreement, agreement_id) is None


def test_the_demo_agreement_of_the_seed_items_is_kept(demo_db: Database) -> None:
    """Ensure the demo's agreement, which §§ are about, cannot be removed, and its §§ stay linked."""
    with demo_db.begin() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.items.any())).first()
        assert agreement is not None
        agreement_id = agreement.id
        linked = s.scalar(select(func.count()).select_from(Item).where(Item.agreement_id == agreement_id))

    with pytest.raises(ValidationError, match=r"sitä koskee (pykälä|[0-9]+ pykälää)"), demo_db.begin() as s:
        remove_agreement(s, agreement_id=agreement_id)

    with demo_db.begin() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.agreement_id == agreement_id)) == linked
