"""The "Sopimuksen hyväksymistilanne" printout: one page, matrix and cost shares in order, every letter shown."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from core.printing.agreement_status import render_agreement_status, render_agreement_status_file
from db.engine import Database
from db.enums import AgreementKind
from db.models import Agreement
from tests.core.printing_support import assert_in_order, read_pdf

ON = dt.date(2025, 11, 23)


def _agreement_id(database: Database, kind: AgreementKind) -> int:
    with database.begin() as s:
        agreement_id = s.scalar(select(Agreement.id).where(Agreement.kind == kind))
        assert agreement_id is not None
        return agreement_id


def test_education_status_page_in_order(demo_db: Database) -> None:
    """Ensure the education agreement prints on one page: header, facts, matrix rows, then cost shares."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_AGREEMENT)
    with demo_db.begin() as s:
        printed = read_pdf(render_agreement_status(s, agreement_id, on=ON))
    assert printed.pages == 1
    assert_in_order(printed.headers[0], ["Hartolan kunta", "Sopimukset", "HYVÄKSYMISTILANNE"])
    assert "Sivu 1 / 1" in printed.headers[0]
    assert "Tilanne 23.11.2025" in printed.headers[0]
    assert_in_order(printed.body, [
        "Sopimuksen hyväksymistilanne",
        "Päijät-Hämeen kuntien välinen yhteistoimintasopimus sivistyspalveluiden",
        "Sopimuskausi", "1.1.2026–31.12.2029",
        "Voimaantulo", "Kun kaikki osapuolet ovat hyväksyneet ja allekirjoittaneet",
        "Tila", "Odottaa hyväksyntöjä (7/10)",
        "Puuttuu", "Odottaa: Kärkölä, Sysmä, Hartolan kunta. Allekirjoitus puuttuu: Hollola",
        "Osapuolten päätökset",
        "Lahti", "Kaupunginhallitus", "Hyväksytty", "27.10.2025 412 §, Dnro LAH/3418/12.00.01/2025", "30.10.2025",
        "10.11.2025",
        "Kärkölä", "Kunnanhallitus", "Esityslistalla",
        "Hartolan kunta", "Kunnanhallitus", "Ei käsitelty",
        "Kustannusosuudet", "Kustannukset jaetaan asukasluvun mukaan 31.12.2024.",
        "Lahti", "121 337", "59,29 %", "110 287,50 €", "14 527,12 €", "124 814,62 €",
        "Hartolan kunta", "2 482", "1,21 %",
        "Yhteensä", "204 635", "100,00 %", "186 000,00 €", "24 500,00 €", "210 500,00 €",
    ])
    assert printed.metadata["/Title"] == "Sopimuksen hyväksymistilanne"
    assert printed.metadata["/Subject"].startswith("Päijät-Hämeen kuntien välinen")


def test_protocol_status_page_names_the_local_section_and_no_costs(demo_db: Database) -> None:
    """Ensure the protocol prints the regional council's own § and says there are no costs."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_PROTOCOL)
    printed = read_pdf(render_agreement_status_file(demo_db, agreement_id, on=ON))
    assert printed.pages == 1
    assert_in_order(printed.body, [
        "Kun kaikki osapuolet ovat hyväksyneet",
        "Odottaa: Asikkala, Kärkölä, Sysmä, Padasjoki.",
        "Päijät-Hämeen liitto", "Maakuntahallitus", "Hyväksytty", "13.10.2025", "Dnro 77/00.04.01/2023",
        "Kärkölä", "Palautettu valmisteluun",
        "Kustannusosuudet", "Sopimukseen ei ole merkitty kustannuksia.",
    ])
    assert "Allekirjoitus" not in printed.body


def test_sami_letters_and_markup_print_as_typed(demo_db: Database) -> None:
    """Ensure Sámi letters print and characters like < & > are printed, not read as markup."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_AGREEMENT)
    with demo_db.begin() as s:
        agreement = s.get(Agreement, agreement_id)
        assert agreement is not None
        party = agreement.parties[1]
        party.organisation.name = "Čohkkiras <b>& Ŋuorgam"
        party.signatory = "Áile Đuolbmá"
        party.ext_body = "Ŧuođđa-lautakunta"
        s.flush()
        printed = read_pdf(render_agreement_status(s, agreement_id, on=ON))
    assert_in_order(printed.body, ["Čohkkiras <b>& Ŋuorgam", "Ŧuođđa-lautakunta"])
