"""Agreement costs: one-year items labelled and split per year, amounts typed unambiguously, the status printout's
cost tables with amounts that never break, and who signs for each party."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.agreement_costs import splits_by_year
from core.agreement_editing import CostLineInput, add_party, create_agreement, parse_amount, set_cost_items
from core.agreements import load_agreement, update_party
from core.printing.agreement_status import render_agreement_status
from db.engine import Database
from db.enums import AgreementKind, CostSplitBasis
from db.errors import ValidationError
from db.models import Agreement, Organisation
from tests.core.printing_support import assert_in_order, read_pdf

ON = dt.date(2026, 3, 1)


def _three_party_agreement(s: Session, *, term: bool = True) -> Agreement:
    agreement = create_agreement(
        s,
        title="Testisopimus kolme",
        kind=AgreementKind.OTHER,
        cost_split=CostSplitBasis.EQUAL,
        term_start=dt.date(2026, 1, 1) if term else None,
        term_end=dt.date(2029, 12, 31) if term else None,
    )
    for name in ("Sysmä", "Padasjoki", "Hartolan kunta"):
        organisation_id = s.scalar(select(Organisation.id).where(Organisation.name == name))
        assert organisation_id is not None
        add_party(s, agreement_id=agreement.id, organisation_id=organisation_id)
    set_cost_items(
        s,
        agreement_id=agreement.id,
        lines=[
            CostLineInput("Palkat", "100 000,01"),
            CostLineInput("Matkat", "0,02"),
            CostLineInput("Hankinta", "10 000", 2026),
            CostLineInput("Hankinta", "12 000", 2027),
        ],
    )
    return agreement


def test_one_year_items_are_split_per_year_with_their_year(demo_db: Database) -> None:
    """Ensure an agreement with one-year items is split per run of years with the same items, each item labelled
    with its year and each total one year's cost (not a sum over items of different years)."""
    with demo_db.begin() as s:
        periods = splits_by_year(_three_party_agreement(s))
        assert [(p.label, p.years) for p in periods] == [
            ("2026", (2026,)),
            ("2027", (2027,)),
            ("2028–2029", (2028, 2029)),
        ]
        assert [line.label for line in periods[0].split.items] == ["Palkat", "Matkat", "Hankinta 2026"]
        assert [p.split.total for p in periods] == [Decimal("110000.03"), Decimal("112000.03"), Decimal("100000.03")]


def test_without_a_term_the_annual_items_form_their_own_period(demo_db: Database) -> None:
    """Ensure an agreement without a term shows its item years and the other years (annual items only)."""
    with demo_db.begin() as s:
        agreement = _three_party_agreement(s, term=False)
        periods = splits_by_year(agreement)
        assert [p.label for p in periods] == ["2026", "2027", "muina vuosina"]
        assert periods[-1].split.total == Decimal("100000.03")


def test_every_item_annual_gives_one_unlabelled_period(demo_db: Database) -> None:
    """Ensure an agreement whose items are all annual keeps one split without a year label."""
    with demo_db.begin() as s:
        education = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_AGREEMENT))
        assert education is not None
        periods = splits_by_year(education)
        assert [(p.label, p.split.total) for p in periods] == [("", Decimal("210500.00"))]


@pytest.mark.parametrize("typed", ["186.000", "24.500", " 1.250 € "])
def test_dot_thousands_alone_are_refused(typed: str) -> None:
    """Ensure an amount like 186.000 (thousands or a decimal point?) is refused with a clear message."""
    with pytest.raises(ValidationError, match="monitulkintainen"):
        parse_amount(typed)


def test_amounts_are_read_consistently() -> None:
    """Ensure spaces and dots as thousands separators with a decimal comma, and a decimal point with cents, read
    as meant."""
    assert parse_amount("186 000,00 €") == Decimal("186000.00")
    assert parse_amount("186.000,00") == Decimal("186000.00")
    assert parse_amount("4250.50") == Decimal("4250.50")
    assert parse_amount("24\u00a0500") == Decimal("24500.00")


def _lines(pdf: bytes) -> list[str]:
    printed = read_pdf(pdf)
    return [line.replace("\u00a0", " ") for line in printed.text.splitlines()]


def test_status_pdf_amounts_never_break(demo_db: Database) -> None:
    """Ensure six cost items print with every amount on one line (continuing in a second table), headers
    unbroken inside words, and the signatory beside each signature."""
    with demo_db.begin() as s:
        education = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_AGREEMENT))
        assert education is not None
        set_cost_items(
            s,
            agreement_id=education.id,
            lines=[
                CostLineInput(d, a)
                for d, a in (
                    ("Kolmen seudullisen koordinaattorin palkkauskulut", "186 000"),
                    ("Ohjausryhmän ja kehittämisryhmien toimintakulut", "24 500"),
                    ("Toimitilavuokra", "18 240"),
                    ("Tietojärjestelmät", "9 600"),
                    ("Koulutus", "7 500"),
                    ("Matkakulut", "4 250,50"),
                )
            ],
        )
        lines = _lines(render_agreement_status(s, education.id, on=dt.date(2025, 11, 26)))
    text = "\n".join(lines)
    for amount in ("110 287,50 €", "186 000,00 €", "24 500,00 €", "250 090,50 €", "148 289,55 €", "4 250,50 €"):
        assert any(amount in line for line in lines), amount
    for word in ("koordinaattorin", "Toimitilavuokra", "Tietojärjestelmät", "Matkakulut"):
        assert word in text
    assert_in_order(text, ["Lahti", "kaupunginjohtaja", "Hollola", "kunnanjohtaja"])


def test_status_pdf_costs_per_year(demo_db: Database) -> None:
    """Ensure the printout shows one-year items with their year, a table per run of years and per-year totals."""
    with demo_db.begin() as s:
        agreement = _three_party_agreement(s)
        for party in agreement.parties:
            update_party(s, party_id=party.id, signatory="kunnanjohtaja")
        lines = _lines(render_agreement_status(s, agreement.id, on=ON))
        assert load_agreement(s, agreement.id, on=ON).parties[0].signatory == "kunnanjohtaja"
    text = "\n".join(lines)
    assert_in_order(
        text,
        [
            "Vuosi 2026",
            "Hankinta",
            "2026",
            "110 000,03 €",
            "Vuosi 2027",
            "Hankinta",
            "2027",
            "112 000,03 €",
            "Vuodet 2028–2029",
            "100 000,03 €",
        ],
    )
    assert "122 000,03" not in text and "222 000,06" not in text


def test_twelve_parties_and_three_items_fit_one_page(demo_db: Database) -> None:
    """Ensure the twelve-party protocol with three cost items prints on one page with its amounts whole."""
    with demo_db.begin() as s:
        protocol = s.scalar(select(Agreement).where(Agreement.kind == AgreementKind.COOPERATION_PROTOCOL))
        assert protocol is not None
        set_cost_items(
            s,
            agreement_id=protocol.id,
            lines=[
                CostLineInput("Koordinaattorin palkkakulut", "186 000"),
                CostLineInput("Foorumin järjestelykulut", "24 500"),
                CostLineInput("Viestintä", "12 345,67"),
            ],
        )
        pdf = render_agreement_status(s, protocol.id, on=dt.date(2025, 11, 26))
    assert read_pdf(pdf).pages == 1
    lines = _lines(pdf)
    for amount in ("186 000,00 €", "12 345,67 €", "222 845,67 €"):
        assert amount in lines


def test_a_term_across_calendar_years_counts_its_part_years(demo_db: Database) -> None:
    """Ensure a term of 1.8.2026–31.7.2029 costs three years of the annual items, not four: 5/12 of them fall in
    2026 and 7/12 in 2029, one-year items count in full, and the draft's term total and each party's total share
    say so (they said 4 × the annual cost); a term not on month boundaries is counted by days."""
    from fractions import Fraction

    from core.agreement_costs import split_costs_in_term_year, term_year_fraction
    from core.draft_context import _agreement
    from core.organisation import home_organisation

    with demo_db.begin() as s:
        agreement = create_agreement(s, title="Testisopimus lukuvuosittain", kind=AgreementKind.OTHER,
                                     cost_split=CostSplitBasis.EQUAL, term_start=dt.date(2026, 8, 1),
                                     term_end=dt.date(2029, 7, 31))  # fmt: skip
        for name in ("Sysmä", "Padasjoki", "Hartolan kunta"):
            organisation_id = s.scalar(select(Organisation.id).where(Organisation.name == name))
            assert organisation_id is not None
            add_party(s, agreement_id=agreement.id, organisation_id=organisation_id)
        set_cost_items(s, agreement_id=agreement.id, lines=[CostLineInput("Palkat", "120 000"),
                                                            CostLineInput("Hankinta", "10 000", 2026)])  # fmt: skip
        assert [term_year_fraction(agreement, y) for y in range(2026, 2030)] == [
            Fraction(5, 12), 1, 1, Fraction(7, 12)]
        assert [split_costs_in_term_year(agreement, y).total for y in range(2026, 2030)] == [
            Decimal("60000.00"), Decimal("120000.00"), Decimal("120000.00"), Decimal("70000.00")]
        data = _agreement(agreement, home_organisation(s))
        assert data.costs.annual == Decimal("130000.00")  # the first year's items in full: one year's cost
        assert data.costs.total == Decimal("370000.00")  # 3 × 120 000 + 10 000
        assert [(y.year, y.total) for y in data.costs.years] == [
            (2026, Decimal("60000.00")), (2027, Decimal("120000.00")), (2028, Decimal("120000.00")),
            (2029, Decimal("70000.00"))]
        # Each party's yearly shares added up (each year's items split to the cent, leftover cents to the first).
        assert [p.total_share for p in data.parties] == [Decimal("123333.35"), Decimal("123333.33"),
                                                         Decimal("123333.32")]  # fmt: skip
        assert sum(p.total_share or 0 for p in data.parties) == data.costs.total
        agreement.term_start, agreement.term_end = dt.date(2026, 3, 15), dt.date(2028, 3, 14)
        assert [term_year_fraction(agreement, y) for y in (2025, 2026, 2027, 2028)] == [
            0, Fraction(292, 365), 1, Fraction(74, 366)]
