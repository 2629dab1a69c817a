"""Tests of the agreement data a proposal template can read beyond names and costs: dates, rule, decisions."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.draft_context import load_context
from core.drafting import TemplateProblem, render
from db.engine import Database
from db.models import Item

WELFARE = "lautakunta_hyvaksyy_sopimuksen_osaltaan"  # seed 1: 1.1.2026–31.12.2029
REGIONAL = "maakuntahallitus_hyvaksyy_yhteistyopoytakirjan"  # seed 2: 1.11.2025–31.5.2029


def _context(database: Database, template_key: str) -> dict[str, Any]:
    with database.begin() as session:
        item_id = session.scalars(select(Item.id).where(Item.template_key == template_key)).one()
        return load_context(session, item_id)


def test_the_term_s_dates_and_the_entry_rule_can_be_drafted(demo_db: Database) -> None:
    """Ensure a term that is not whole calendar years can be written with its dates (seed 2's 1.11.2025–31.5.2029;
    only "2025–2029" was available) and the rule of entry into force is there in a sentence's case."""
    regional = _context(demo_db, REGIONAL)
    assert render("sopimuskaudeksi {{ agreement.term_dates }}", regional) == "sopimuskaudeksi 1.11.2025–31.5.2029"
    assert render("{{ agreement.term_start }}–{{ agreement.term_end }}", regional) == "1.11.2025–31.5.2029"
    welfare = _context(demo_db, WELFARE)
    assert (
        render("Sopimus tulee voimaan, {{ agreement.entry_rule }}.", welfare)
        == "Sopimus tulee voimaan, kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet."
    )


def test_the_parties_decisions_and_deadline_can_be_drafted(demo_db: Database) -> None:
    """Ensure the parties' decisions (who has approved, with body, date, § and Dnro) and the own party's deadline
    can be written into a proposal, and a party that has not decided is an error naming it, not a blank."""
    context = _context(demo_db, WELFARE)
    approved = render("{{ agreement.parties|selectattr('approved')|join_fi('name') }}", context)
    assert approved == "Lahti, Hollola, Heinola, Orimattila, Asikkala, Iitti ja Padasjoki"
    assert render("{{ agreement.parties[0].decision }}", context) == (
        "Kaupunginhallitus 27.10.2025 412 §, Dnro LAH/3418/12.00.01/2025"
    )
    assert render("{{ agreement.parties[0].decision_date }}", context) == "27.10.2025"
    assert render("{{ agreement.own_party.decide_by }}", context) == "15.12.2025"
    with pytest.raises(TemplateProblem, match="osapuolen Hartolan kunta päätöstä ei ole merkitty"):
        render("{{ agreement.own_party.decision }}", context)


def test_a_yes_or_no_value_is_not_printed_as_true(demo_db: Database) -> None:
    """Ensure `{{ p.is_own }}` is an error pointing to a condition, not the English word True in the text."""
    context = _context(demo_db, WELFARE)
    with pytest.raises(TemplateProblem, match="kyllä/ei-tieto"):
        render("{{ agreement.own_party.is_own }}", context)
    assert render("{% if agreement.own_party.is_own %}oma{% endif %}", context) == "oma"


def test_the_committee_template_names_a_cooperation_protocol_as_such(demo_db: Database) -> None:
    """Ensure the committee's template proposes "yhteistyöpöytäkirjan hyväksymistä" (sv "samarbetsprotokollet")
    for a yhteistyöpöytäkirja, not "yhteistyösopimuksen", while seed 1 keeps its own wording."""
    from core.template_library import shipped_templates

    texts = {t.language: t.text for t in shipped_templates() if t.slug == WELFARE}
    regional = _context(demo_db, REGIONAL)
    assert "esittää maakuntavaltuustolle yhteistyöpöytäkirjan hyväksymistä." in render(texts["fi"], regional)
    assert "att samarbetsprotokollet godkänns." in render(texts["sv"], regional)
    welfare = _context(demo_db, WELFARE)
    assert "esittää kunnanhallitukselle yhteistyösopimuksen hyväksymistä." in render(texts["fi"], welfare)


@pytest.mark.parametrize(
    ("source", "field"),
    [
        ('{% if agreement.kind == "yhteistyöpöytäkrja" %}x{% endif %}', "agreement.kind"),
        ('{% if body.kind == "halitus" %}x{% endif %}', "body.kind"),
        ('{% if item.kind in ("lausunot", "sopimus") %}x{% endif %}', "item.kind"),
        ('{% if organisation.kind != "maakuntaliito" %}x{% endif %}', "organisation.kind"),
    ],
)
def test_comparing_a_kind_with_a_value_it_never_has_is_an_error(demo_db: Database, source: str, field: str) -> None:
    """Ensure a condition on a kind with a misspelt value fails naming the field and its values (it was silently
    false, so the passage just went missing from every draft)."""
    with pytest.raises(TemplateProblem, match=f"kentällä {field} ei voi olla arvoa") as problem:
        render(source, _context(demo_db, REGIONAL))
    assert "Sen arvot:" in str(problem.value)


def test_a_kind_compares_with_its_code_and_its_finnish_name(demo_db: Database) -> None:
    """Ensure the kind of agreement prints in Finnish ("yhteistyöpöytäkirja", not the code
    "yhteistyopoytakirja") and equals both, and other kinds compare with their codes as before."""
    context = _context(demo_db, REGIONAL)
    assert render("{{ agreement.kind }}", context) == "yhteistyöpöytäkirja"
    for value in ("yhteistyöpöytäkirja", "yhteistyopoytakirja"):
        assert render(f'{{% if agreement.kind == "{value}" %}}kyllä{{% endif %}}', context) == "kyllä"
    assert render('{% if agreement.kind != "yhteistyösopimus" %}ei{% endif %}', context) == "ei"
    assert render('{% if body.kind == "hallitus" and item.kind == "sopimus" %}ok{% endif %}', context) == "ok"
    assert render('{% if organisation.kind == "maakuntaliitto" %}liitto{% endif %}', context) == "liitto"


def test_a_term_of_part_years_is_written_with_its_dates(demo_db: Database) -> None:
    """Ensure agreement.term of a term that is not whole calendar years gives its dates (seed 2's choice of
    representatives read "sopimuskaudeksi 2025–2029" for 1.11.2025–31.5.2029), whole years still "2026–2029"."""
    from core.template_library import shipped_templates

    text = next(t.text for t in shipped_templates() if t.slug == "edustajien_valinta" and t.language == "fi")
    assert "sopimuskaudeksi 1.11.2025–31.5.2029 seuraavat" in render(text, _context(demo_db, REGIONAL))
    assert "sopimuskaudeksi 2026–2029 seuraavat" in render(text, _context(demo_db, WELFARE))
    assert render("{{ agreement.term }}", _context(demo_db, REGIONAL)) == "1.11.2025–31.5.2029"
