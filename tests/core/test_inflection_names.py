"""Tests of the suggested forms of organisations' and people's names, and of their use in drafted proposals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.agreement_editing import add_party, find_or_create_organisation
from core.draft_context import load_context
from core.drafting import render
from core.inflection import suggest_forms, suggest_name_forms
from db.engine import Database
from db.models import AgreementParty, Item

# nominative: genitive, partitive, allative, illative
NAMES = {
    "Lahti": ("Lahden", "Lahtea", "Lahdelle", "Lahteen"),
    "Virolahti": ("Virolahden", "Virolahtea", "Virolahdelle", "Virolahteen"),
    "Padasjoki": ("Padasjoen", "Padasjokea", "Padasjoelle", "Padasjokeen"),
    "Pieksämäki": ("Pieksämäen", "Pieksämäkeä", "Pieksämäelle", "Pieksämäkeen"),
    "Kangasniemi": ("Kangasniemen", "Kangasniemeä", "Kangasniemelle", "Kangasniemeen"),
    "Hollola": ("Hollolan", "Hollolaa", "Hollolalle", "Hollolaan"),
    "Iitti": ("Iitin", "Iittiä", "Iitille", "Iittiin"),
    "Sysmä": ("Sysmän", "Sysmää", "Sysmälle", "Sysmään"),
    "Turku": ("Turun", "Turkua", "Turulle", "Turkuun"),
    "Kuopio": ("Kuopion", "Kuopiota", "Kuopiolle", "Kuopioon"),
    "Joensuu": ("Joensuun", "Joensuuta", "Joensuulle", "Joensuuhun"),
    "Vantaa": ("Vantaan", "Vantaata", "Vantaalle", "Vantaahan"),
    "Helsinki": ("Helsingin", "Helsinkiä", "Helsingille", "Helsinkiin"),
    "Hartolan kunta": ("Hartolan kunnan", "Hartolan kuntaa", "Hartolan kunnalle", "Hartolan kuntaan"),
    "Päijät-Hämeen hyvinvointialue": (
        "Päijät-Hämeen hyvinvointialueen",
        "Päijät-Hämeen hyvinvointialuetta",
        "Päijät-Hämeen hyvinvointialueelle",
        "Päijät-Hämeen hyvinvointialueeseen",
    ),
    "Päijät-Hämeen liitto": (
        "Päijät-Hämeen liiton",
        "Päijät-Hämeen liittoa",
        "Päijät-Hämeen liitolle",
        "Päijät-Hämeen liittoon",
    ),
    "Jari Lindroos": ("Jari Lindroosin", "Jari Lindroosia", "Jari Lindroosille", "Jari Lindroosiin"),
}


@pytest.mark.parametrize("name", NAMES)
def test_a_proper_name_keeps_its_capital_and_its_stem(name: str) -> None:
    """Ensure an organisation's or person's name is inflected as a proper name: capital kept (it was "lahtin",
    "hollolan") and the stem changes of place names (Lahden, Padasjoen, hyvinvointialueen; not Lahtin,
    Padasjokin, hyvinvointialuen)."""
    forms = suggest_name_forms(name)
    assert (forms.genitive, forms.partitive, forms.allative, forms.illative) == NAMES[name]


def test_a_body_name_still_starts_small_inside_a_sentence() -> None:
    """Ensure body names keep their lower-case forms (kunnanhallitukselle) and a new e-stem head inflects."""
    assert suggest_forms("Kunnanhallitus").allative == "kunnanhallitukselle"
    assert suggest_forms("Tekninen lautakunta").genitive == "teknisen lautakunnan"
    assert suggest_forms("Perhelautakunta").genitive == "perhelautakunnan"


def test_a_party_without_a_stored_genitive_is_named_right_in_the_draft(demo_db: Database) -> None:
    """Ensure a party added in the agreements window (no genitive stored) prints as "Virolahden" in a drafted
    proposal, and a signatory written as a name keeps its capital ("valtuuttaa Maija Meikäläisen")."""
    with demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.template_key == "lautakunta_hyvaksyy_sopimuksen_osaltaan")).one()
        assert item.agreement_id is not None
        organisation = find_or_create_organisation(session, name="Virolahti")
        add_party(session, agreement_id=item.agreement_id, organisation_id=organisation.id)
        own = session.scalars(
            select(AgreementParty).where(
                AgreementParty.agreement_id == item.agreement_id,
                AgreementParty.organisation_id == item.meeting.body.organisation_id,
            )
        ).one()
        own.signatory = "Maija Meikäläinen"
        item_id = item.id
    with demo_db.begin() as session:
        context = load_context(session, item_id)
    assert render("{{ agreement.parties|join_fi('genitive') }}", context).endswith("Hartolan kunnan ja Virolahden")
    assert render("valtuuttaa {{ signatory.title_genitive }}", context) == "valtuuttaa Maija Meikäläisen"


@pytest.mark.parametrize(
    ("name", "allative"),
    [
        ("Kasvatuksen ja koulutuksen lautakunta", "kasvatuksen ja koulutuksen lautakunnalle"),
        ("Kulttuurin ja vapaa-ajan lautakunta", "kulttuurin ja vapaa-ajan lautakunnalle"),
        ("Ympäristöterveydenhuollon jaosto", "ympäristöterveydenhuollon jaostolle"),
        ("Sivistyksen lautakunta", "sivistyksen lautakunnalle"),
        ("Hartolan keskusvaalilautakunta", "Hartolan keskusvaalilautakunnalle"),
        ("Hartolan ja Sysmän yhteinen lautakunta", "Hartolan ja Sysmän yhteiselle lautakunnalle"),
        ("Vaalan kunnanhallitus", "Vaalan kunnanhallitukselle"),
    ],
)
def test_a_body_named_by_common_nouns_starts_small_and_one_named_by_a_place_keeps_it(name: str, allative: str) -> None:
    """Ensure a body named with common nouns in the genitive ("Kasvatuksen ja koulutuksen lautakunta", as in
    Helsinki) is suggested small inside a sentence (it kept the capital: "esittää Kasvatuksen ja koulutuksen
    lautakunnalle"), while a place name keeps its capital."""
    assert suggest_forms(name).allative == allative


def test_a_noun_in_os_inflects_like_kokous() -> None:
    """Ensure "laitos" gives "laitoksen" (it gave "laitosin"), a name in -oos still "Lindroosin"."""
    assert suggest_name_forms("Terveyden ja hyvinvoinnin laitos").genitive == "Terveyden ja hyvinvoinnin laitoksen"
    assert suggest_name_forms("Jari Lindroos").genitive == "Jari Lindroosin"
