"""The safety review's checks of typed numbers: what the database cannot hold is refused in Finnish."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.agreement_editing import CostLineInput, create_agreement, parse_amount, set_cost_items
from core.agreements import update_party
from core.meetings import create_meeting, remove_meeting
from core.minutes import mark_agenda_published
from core.organisation import organisation_details, update_organisation
from db.engine import Database
from db.enums import AgreementKind
from db.errors import LockedError, ValidationError
from db.models import Agreement, AgreementParty, Body, Item, Meeting, Organisation


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "-inf", "sNaN"])
def test_an_amount_that_is_no_number_is_refused_in_finnish(typed: str) -> None:
    """Ensure "NaN", "Infinity" and the like are refused as no euro amount, not read (NaN) or left to crash."""
    with pytest.raises(ValidationError, match="ei ole euromäärä"):
        parse_amount(typed)


def test_an_amount_too_large_for_the_database_is_refused() -> None:
    """Ensure an amount of more than twelve digits of euros is refused before the database overflows."""
    assert parse_amount("999 999 999 999,99") == Decimal("999999999999.99")
    with pytest.raises(ValidationError, match="liian suuri"):
        parse_amount("1 000 000 000 000")
    with pytest.raises(ValidationError, match="liian suuri"):
        parse_amount("1e13")
    with pytest.raises(ValidationError, match="liian suuri"):
        parse_amount("1e400")


def test_no_number_is_stored_as_a_cost_or_a_fixed_share(demo_db: Database) -> None:
    """Ensure a cost item or a party's fixed share that is no number is refused with a Finnish message on both
    backends (SQLite refused NaN as a missing amount, PostgreSQL stored it; a NaN share crashed)."""
    with demo_db.begin() as session:
        agreement_id = session.scalars(select(Agreement.id).order_by(Agreement.id)).first()
        party = session.scalars(select(AgreementParty).order_by(AgreementParty.id)).first()
        assert agreement_id is not None and party is not None
        party_id, version = party.id, party.version
    with pytest.raises(ValidationError, match="ei ole euromäärä"), demo_db.begin() as session:
        set_cost_items(session, agreement_id=agreement_id, lines=[CostLineInput("Neuvonta", Decimal("NaN"))])
    for share in ("NaN", "Infinity"):
        with pytest.raises(ValidationError, match="0–100"), demo_db.begin() as session:
            update_party(session, party_id=party_id, expected_version=version, fixed_share=Decimal(share))


def test_a_text_too_long_for_its_column_is_refused_naming_it(demo_db: Database) -> None:
    """Ensure a text longer than its column is refused on PostgreSQL with a Finnish message quoting its start
    (the server's error named no field and showed as a crash report)."""
    if demo_db.is_sqlite:
        pytest.skip("SQLite stores texts of any length")
    title = "Sámi-kielisen neuvonnan čđŋŧž-sopimus " + "á" * 500
    refused = r"”Sámi-kielisen neuvonnan čđŋŧž-sopimus á+…” on liian pitkä: 538 merkkiä, enintään 500"
    with pytest.raises(ValidationError, match=refused), demo_db.begin() as session:
        create_agreement(session, title=title, kind=AgreementKind.OTHER)
    with demo_db.begin() as session:
        assert session.scalars(select(Agreement).where(Agreement.title.startswith("Sámi"))).first() is None
        create_agreement(session, title=title[:500], kind=AgreementKind.OTHER)  # as long as the column holds


def test_a_number_too_large_for_postgresql_is_refused_in_finnish(demo_db: Database) -> None:
    """Ensure PostgreSQL's refusal of a value its column cannot hold comes as a Finnish message, not a crash."""
    if demo_db.is_sqlite:
        pytest.skip("SQLite stores any integer")
    with pytest.raises(ValidationError, match="Jokin luku on liian suuri"), demo_db.begin() as session:
        organisation = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        assert organisation is not None
        organisation.population = 2**40


@pytest.mark.parametrize("typed", ["kirjaamo@paijat-hame", "kirjaamo paijat-hame.fi", "kirjaamo@@paijat-hame.fi"])
def test_a_registry_email_not_of_an_address_form_is_refused(demo_db: Database, typed: str) -> None:
    """Ensure the registry's e-mail address, printed in the appeal instructions as where the parties send their
    requests, is refused when it is not of the form name@example.fi (as a person's address is); it was stored."""
    with demo_db.begin() as session:
        before = organisation_details(session)
    with pytest.raises(ValidationError, match=r"ei ole muotoa nimi@esimerkki\.fi"), demo_db.begin() as session:
        update_organisation(session, replace(before, registry_email=typed), before=before)
    with demo_db.begin() as session:
        update_organisation(session, replace(before, registry_email=" kirjaamo@sámi.fi "), before=before)
        assert organisation_details(session).registry_email == "kirjaamo@sámi.fi"


def _sections(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(select(Item.section_number).where(Item.meeting_id == meeting_id).order_by(Item.position))
    )


def test_a_draft_meeting_created_by_mistake_is_removed_with_its_items(demo_db: Database) -> None:
    """Ensure a draft meeting is removed with its standard items and attendance list, the year's later § numbers
    closing the gap, and a meeting whose agenda is published is refused in Finnish; a meeting could not be removed,
    and its items kept § numbers of the year."""
    with demo_db.begin() as session:
        body_id = session.scalars(select(Body.id).order_by(Body.id)).first()
        assert body_id is not None
        mistaken = create_meeting(session, body_id=body_id, date=dt.date(2031, 2, 3), place="Čohkkiras").id
        later = create_meeting(session, body_id=body_id, date=dt.date(2031, 3, 3)).id
        count = len(_sections(session, mistaken))
        assert _sections(session, later)[0] == count + 1
    with demo_db.begin() as session:
        remove_meeting(session, meeting_id=mistaken)
    with demo_db.begin() as session:
        assert session.get(Meeting, mistaken) is None
        assert not _sections(session, mistaken)
        assert _sections(session, later)[0] == 1
        mark_agenda_published(session, later, dt.date(2031, 2, 24))
    with pytest.raises(LockedError, match="esityslista on jo julkaistu"), demo_db.begin() as session:
        remove_meeting(session, meeting_id=later)
