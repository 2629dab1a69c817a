"""The organisation's genitive from the settings: what drafts write inside a sentence."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from core.draft_context import load_context
from core.organisation import organisation_details, update_organisation
from db.engine import Database
from db.models import Item, Organisation


def test_a_genitive_written_in_the_settings_is_what_drafts_use(demo_db: Database) -> None:
    """Ensure the genitive stored with the organisation's details (Asetukset → Organisaatio) is the one a draft's
    ``organisation.genitive`` gives, and an emptied one falls back to the suggestion from the name."""
    with demo_db.begin() as session:
        org = session.scalars(select(Organisation).where(Organisation.name == "Hartolan kunta")).one()
        item = session.scalars(select(Item).where(Item.body_id.in_([b.id for b in org.bodies]))).first()
        assert item is not None
        org_id, item_id = org.id, item.id
        details = organisation_details(session, org_id)
        update_organisation(session, replace(details, name_genitive=" Hartolan  kunnan (oma) "), org_id)
    with demo_db.begin() as session:
        assert load_context(session, item_id)["organisation"].genitive == "Hartolan kunnan (oma)"
        update_organisation(session, replace(organisation_details(session, org_id), name_genitive=""), org_id)
    with demo_db.begin() as session:
        assert load_context(session, item_id)["organisation"].genitive == "Hartolan kunnan"
