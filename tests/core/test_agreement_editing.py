"""Creating and editing agreements: fields, parties, cost items, termination — and the status that follows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core.agreement_costs import split_costs
from core.agreement_editing import (
    CostLineInput,
    add_party,
    create_agreement,
    find_or_create_organisation,
    move_party,
    parse_amount,
    remove_party,
    set_cost_items,
    terminate_agreement,
    update_agreement,
)
from core.agreements import AgreementStatus, load_agreement, record_external_decision
from db.engine import Database
from db.enums import AgreementKind, AgreementTermination, CostSplitBasis, EntryRule, PartyDecisionState
from db.errors import ConflictError, ValidationError

ON = dt.date(2026, 3, 1)


def test_new_agreement_with_parties_costs_and_termination(database: Database) -> None:
    """Ensure an agreement made from scratch gets parties and cost items, and its status follows its rows."""
    with database.begin() as s:
        agreement = create_agreement(
            s, title="  Jätehuollon yhteistyösopimus ", kind=AgreementKind.COLLABORATION_AGREEMENT,
            term_start=dt.date(2026, 1, 1), term_end=dt.date(2027, 12, 31), entry_rule=EntryRule.ALL_APPROVE,
            cost_split=CostSplitBasis.EQUAL,
        )
        assert agreement.title == "Jätehuollon yhteistyösopimus"
        ids = []
        for name in ("Sysmä", "Hartola", "Čohkkiras"):
            org = find_or_create_organisation(s, name=name)
            ids.append(add_party(s, agreement_id=agreement.id, organisation_id=org.id,
                                 approving_body_name="Kunnanhallitus").id)
        assert find_or_create_organisation(s, name="sysmä").name == "Sysmä"  # found, not made twice
        with pytest.raises(ValidationError, match="jo sopimuksen osapuoli"):
            add_party(s, agreement_id=agreement.id, organisation_id=find_or_create_organisation(s, name="Sysmä").id)
        move_party(s, party_id=ids[2], offset=-5)
        assert [p.organisation.name for p in agreement.parties] == ["Čohkkiras", "Sysmä", "Hartola"]
        set_cost_items(s, agreement_id=agreement.id, lines=[CostLineInput("Kuljetukset", "10 000,01 €"),
                                                             CostLineInput("Neuvonta", Decimal("500"), 2026)])
        split = split_costs(agreement)
        assert split.total == Decimal("10500.01")
        assert sum(share.total for share in split.shares) == split.total
        assert load_agreement(s, agreement.id, on=ON).situation.status is AgreementStatus.IN_PREPARATION
        for party_id in ids:
            record_external_decision(s, party_id=party_id, state=PartyDecisionState.APPROVED,
                                     body="Kunnanhallitus", date=dt.date(2026, 2, 2))
        assert load_agreement(s, agreement.id, on=ON).situation.status is AgreementStatus.IN_FORCE
        terminate_agreement(s, agreement_id=agreement.id, how=AgreementTermination.TERMINATED,
                            date=dt.date(2026, 6, 30))
        assert load_agreement(s, agreement.id, on=ON).situation.status is AgreementStatus.IN_FORCE
        view = load_agreement(s, agreement.id, on=dt.date(2026, 7, 1))
        assert view.situation.status is AgreementStatus.TERMINATED
        assert view.status_text == "Irtisanottu 30.6.2026"
        terminate_agreement(s, agreement_id=agreement.id, how=None, date=None)
        remove_party(s, party_id=ids[0])
        assert len(load_agreement(s, agreement.id, on=ON).parties) == 2


def test_agreement_fields_are_checked(database: Database) -> None:
    """Ensure an empty title, a term ending before it starts and a stale version are refused in Finnish."""
    with database.begin() as s:
        with pytest.raises(ValidationError, match="nimi"):
            create_agreement(s, title=" ", kind=AgreementKind.OTHER)
        agreement = create_agreement(s, title="Sopimus", kind=AgreementKind.OTHER)
        with pytest.raises(ValidationError, match="ennen sen alkua"):
            update_agreement(s, agreement_id=agreement.id, term_start=dt.date(2026, 1, 1),
                             term_end=dt.date(2025, 1, 1))
        update_agreement(s, agreement_id=agreement.id, expected_version=agreement.version,
                         entry_rule="nimetyt_hyvaksyvat", title="Uusi nimi")
        assert agreement.entry_rule is EntryRule.SUBSET_APPROVE
        with pytest.raises(ConflictError):
            update_agreement(s, agreement_id=agreement.id, expected_version=agreement.version - 1, title="X")
        with pytest.raises(ValidationError, match="kuvaus"):
            set_cost_items(s, agreement_id=agreement.id, lines=[CostLineInput(" ", "1")])
        with pytest.raises(ValidationError, match="euromäärä"):
            parse_amount("paljon")
        with pytest.raises(ValidationError, match="irtisanottu"):
            terminate_agreement(s, agreement_id=agreement.id, how=AgreementTermination.CANCELLED, date=None)
