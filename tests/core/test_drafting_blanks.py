"""Tests that a drafted proposal never prints an empty field as a blank or as "None", and says why instead."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from core.draft_context import load_context, sample_context
from core.drafting import TemplateProblem, field_names, render
from db.engine import Database
from db.models import AgreementParty, Item, Person


def _context(database: Database, template_key: str) -> dict[str, Any]:
    with database.begin() as session:
        item_id = session.scalars(select(Item.id).where(Item.template_key == template_key)).one()
        return load_context(session, item_id)


WELFARE = "lautakunta_hyvaksyy_sopimuksen_osaltaan"  # seed 1: costs split by population
REGIONAL = "maakuntahallitus_hyvaksyy_yhteistyopoytakirjan"  # seed 2: split equally, no cost items


@pytest.mark.parametrize(
    ("key", "source", "fragment"),
    [
        (REGIONAL, "{{ agreement.own_party.population }}", "ei jaeta asukasluvun mukaan"),
        (REGIONAL, "{% for p in agreement.parties %}{{ p.population }} {% endfor %}", "ei jaeta asukasluvun"),
        (REGIONAL, "{{ agreement.own_party.population|int }}", "ei jaeta asukasluvun mukaan"),
        (REGIONAL, "{{ agreement.parties|sum(attribute='population') }}", "ei jaeta asukasluvun mukaan"),
        (REGIONAL, "{{ signatory.phone }}", "henkilön Juha Hertsi tietoihin sitä ei ole merkitty"),
        (WELFARE, "{{ agreement.costs.items[0].year }}", "erä toistuu joka vuosi"),
        (WELFARE, "{{ item.title_sv }}", "”item.title_sv” ei ole"),
        (WELFARE, "{{ agreement.parties|join_fi('signatory') }}", "”agreement.parties[7].signatory” ei ole"),
        (WELFARE, "{{ agreement.parties|map(attribute='signatory')|list }}", "agreement.parties[7].signatory"),
        (WELFARE, "{{ none }}", "ei ole sisältöä (None)"),
    ],
)
def test_an_empty_field_is_an_error_naming_it_not_a_blank_or_none(
    demo_db: Database, key: str, source: str, fragment: str
) -> None:
    """Ensure printing a field the case does not have (a population in an equal split, the year of an every-year
    cost item, a missing phone, an empty Swedish title, None) fails with the field and the reason: it printed
    "None", a blank, or (through int) a silent 0."""
    context = _context(demo_db, key)
    with pytest.raises(TemplateProblem, match="Mallipohjan rivillä 1") as problem:
        render(source, context)
    assert fragment in str(problem.value)


def test_an_empty_field_can_still_be_tested_and_replaced(demo_db: Database) -> None:
    """Ensure {% if %}, `is none` and `default` work on an empty field (the documented
    `{{ item.title_sv|default(item.title) }}` printed a blank), and a filled field prints as before."""
    welfare = _context(demo_db, WELFARE)
    regional = _context(demo_db, REGIONAL)
    assert render("{{ item.title_sv|default(item.title) }}", welfare) == welfare["item"].title
    assert render("{{ signatory.phone|default('–') }}", regional) == "–"
    assert render("{% if signatory.phone %}x{% else %}ei{% endif %}", regional) == "ei"
    assert render("{% if agreement.own_party.population is none %}tasan{% endif %}", regional) == "tasan"
    assert render("{% if item.title_sv is none %}x{% else %}teksti{% endif %}", welfare) == "teksti"
    assert render("{{ agreement.own_party.population }}", welfare) == "2482"
    assert render("{{ agreement.parties|sum(attribute='population') }}", welfare) == "204635"
    assert render("{{ signatory.phone }}", welfare) == "044 712 0010"


def test_a_signatory_with_no_person_says_so(demo_db: Database) -> None:
    """Ensure a signatory known only by title (nobody holds it) prints its title, and its name fails naming the
    organisation and the title; a person without a title fails instead of "Sopimuksen allekirjoittaa ."."""
    with demo_db.begin() as session:
        party = session.scalars(select(AgreementParty).where(AgreementParty.signatory == "kunnanjohtaja")).all()
        for row in party:
            row.signatory = "talousjohtaja"
    context = _context(demo_db, WELFARE)
    assert render("{{ signatory.title }}", context) == "talousjohtaja"
    with pytest.raises(TemplateProblem, match="henkilöissä ei ole allekirjoittajaa ”talousjohtaja”"):
        render("{{ signatory.name }}", context)
    with demo_db.begin() as session:
        for row in session.scalars(select(AgreementParty)).all():
            if row.signatory == "talousjohtaja":
                row.signatory = "Jari Lindroos"
        session.scalars(select(Person).where(Person.name == "Jari Lindroos")).one().title = ""
    context = _context(demo_db, WELFARE)
    with pytest.raises(TemplateProblem, match=r"”signatory\.title” ei ole, koska henkilön Jari Lindroos tietoihin"):
        render("Sopimuksen allekirjoittaa {{ signatory.title }}.", context)


def test_an_index_past_the_end_of_a_list_says_how_long_it_is(demo_db: Database) -> None:
    """Ensure `agreement.costs.items[0]` on an agreement with no cost items says the list has no such place
    (it said the list has no field "0")."""
    context = _context(demo_db, REGIONAL)
    with pytest.raises(TemplateProblem, match=r"luettelossa ”agreement\.costs\.items” ei ole kohtaa \[0\]"):
        render("{{ agreement.costs.items[0].amount|money }}", context)


def test_an_inline_if_without_else_is_explained_in_finnish() -> None:
    """Ensure `{{ x if ehto }}` with a false condition gives a Finnish message, not Jinja's English one."""
    with pytest.raises(TemplateProblem, match="eikä sillä ole else-osaa") as problem:
        render("{{ body.name if false }}", sample_context())
    assert "inline" not in str(problem.value)


def test_hidden_helper_fields_are_not_listed() -> None:
    """Ensure the person's internal note of a missing signatory is no field a template is offered."""
    assert "_not_found" not in field_names(sample_context()["signatory"])


def test_a_missing_part_says_where_to_fill_it_in(demo_db: Database) -> None:
    """Ensure the message of a missing agreement, body above, preparer or presenter names the place in the
    window where the secretary fills it in (it said only what was missing)."""
    with demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.agreement_id.is_(None)).order_by(Item.id)).first()
        assert item is not None
        item.preparer_id = item.presenter_id = None
        item.meeting.body.parent_id = None
        item_id = item.id
    with demo_db.begin() as session:
        context = load_context(session, item_id)
    for source, place in (
        ("{{ agreement.title }}", "(Kokous › Liitä sopimukseen…)"),
        ("{{ preparer.name }}", "(asian kenttä Valmistelija)"),
        ("{{ presenter.name }}", "(asian kenttä Esittelijä)"),
        ("{{ parent_body.allative }}", "(Asetukset › Toimielimet › Muokkaa… › Yläpuolinen toimielin)"),
    ):
        with pytest.raises(TemplateProblem, match=re.escape(place)):
            render(source, context)


def test_an_empty_list_joined_in_finnish_is_an_error_not_a_blank() -> None:
    """Ensure join_fi / join_sv of an empty list in a template fails (it drafted "kaikki osapuolet () ovat
    hyväksyneet"), while a list with names still reads "A ja B" and the function itself still gives ""."""
    from core.drafting import join_fi

    context = sample_context()
    for source in (
        "({{ agreement.parties|rejectattr('name')|join_fi('name') }})",
        "{{ agreement.party_names|select('none')|join_sv }}",
    ):
        with pytest.raises(TemplateProblem, match="luettelo on tyhjä"):
            render(source, context)
    assert render("{{ agreement.party_names|join_fi }}", context) == "Esimerkkilän kunta ja Mallikylän kunta"
    assert join_fi([]) == ""


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ('{{ agreement.own_share + " €" }}', "Tekstit yhdistetään merkillä ~"),
        ("{{ meeting.date + 1 }}", "laskutoimitusta ei voi tehdä näillä arvoilla"),
        ('{% if meeting.date > "2026" %}x{% endif %}', "arvoja ei voi verrata keskenään"),
        ("{{ agreement.own_share|money(2, 3) }}", "suodattimelle annettiin liian monta arvoa"),
        ("{{ item.title|int }}", "int: ”Esimerkkiasia” ei ole luku"),
    ],
)
def test_usual_mistakes_are_explained_in_finnish_and_never_print_zero(source: str, fragment: str) -> None:
    """Ensure the usual mistakes of a template (adding text to a number, comparing a date with text, too many
    values for a filter) are said in Finnish, not in Python's English, and `int` of a text is an error (Jinja
    printed a silent 0)."""
    with pytest.raises(TemplateProblem, match="Mallipohjan rivillä 1") as problem:
        render(source, sample_context())
    assert fragment in str(problem.value)
    assert "unsupported" not in str(problem.value) and "positional" not in str(problem.value)


def test_int_and_float_still_convert_numbers_and_take_a_default() -> None:
    """Ensure `int` and `float` convert numbers and numeric texts as before and `int(0)` gives its default."""
    context = sample_context()
    assert render('{{ "12"|int + 1 }} {{ "2,5"|float }} {{ 2.6|round|int }}', context) == "13 2,5 3"
    assert render("{{ item.title|int(0) }}", context) == "0"
