"""Swedish printouts for a bilingual or Swedish-speaking organisation: the approval status of an agreement."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from cli import main as cli_main
from core.printing.agreement_status import render_agreement_status
from db.engine import Database
from db.enums import AgreementKind
from db.models import Agreement
from tests.core.printing_support import assert_in_order, read_pdf

ON = dt.date(2025, 11, 23)

# Finnish wording of the status page that must not be left in the Swedish one.
FINNISH = (
    "HYVÄKSYMISTILANNE",
    "Sivu ",
    "Tilanne ",
    "Sopimuskausi",
    "Koordinoi",
    "Voimaantulo",
    "Odottaa",
    "Puuttuu",
    "Osapuolten päätökset",
    "Hyväksytty",
    "Ei käsitelty",
    "Esityslistalla",
    "Dnro",
    "Kustannus",
    "Asukasluku",
    "Osuus",
    "Yhteensä",
    "Allekirjoitus",
    "asukasluvun mukaan",
)


def _agreement_id(database: Database, kind: AgreementKind) -> int:
    with database.begin() as s:
        agreement_id = s.scalar(select(Agreement.id).where(Agreement.kind == kind))
        assert agreement_id is not None
        return agreement_id


def test_the_approval_status_prints_in_swedish(demo_db: Database) -> None:
    """Ensure the approval status of an agreement printed in Swedish has Swedish wording, states, status and
    missing parties, the parties by their Swedish names where given (Lahtis), "§ 412" and "Dnr", and the cost
    shares' Swedish headings; it was printed wholly in Finnish."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_AGREEMENT)
    with demo_db.begin() as s:
        printed = read_pdf(render_agreement_status(s, agreement_id, on=ON, language="sv"))
    assert printed.pages == 1
    assert_in_order(printed.headers[0], ["Hartola", "Avtal", "GODKÄNNANDELÄGE"])
    assert "Sida 1 / 1" in printed.headers[0] and "Läge 23.11.2025" in printed.headers[0]
    assert_in_order(
        printed.body,
        [
            "Avtalets godkännandeläge",
            "Päijät-Hämeen kuntien välinen yhteistoimintasopimus",  # the title as written
            "Typ",
            "Samverkansavtal",
            "Avtalsperiod",
            "1.1.2026–31.12.2029",
            "Ikraftträdande",
            "När alla parter har godkänt och undertecknat",
            "Status",
            "Väntar på godkännanden (7/10)",
            "Saknas",
            "Väntar på: Kärkölä, Sysmä, Hartola. Underskrift saknas: Hollola",
            "Parternas beslut",
            "Part",
            "Beslutande",
            "Status",
            "Beslut (datum, §, Dnr)",
            "Utdrag",
            "Underskrift",
            "Lahtis",
            "Kaupunginhallitus",
            "Godkänt",
            "27.10.2025 § 412, Dnr LAH/3418/12.00.01/2025",
            "Kärkölä",
            "Kunnanhallitus",
            "På",
            "föredragningslistan",
            "Hartola",
            "Kunnanhallitus",
            "Inte behandlat",
            "Kostnadsandelar",
            "Kostnaderna fördelas enligt invånarantal 31.12.2024.",
            "Part",
            "Invånarantal",
            "Andel",
            "Lahtis",
            "121 337",
            "59,29 %",
            "110 287,50 €",
            "Totalt",
            "204 635",
            "100,00 %",
            "210 500,00 €",
        ],
    )
    left = [word for word in FINNISH if word in printed.text]
    assert left == []
    assert "412 §" not in printed.text
    assert printed.metadata["/Title"] == "Avtalets godkännandeläge"


def test_the_protocol_status_in_swedish_says_there_are_no_costs(demo_db: Database) -> None:
    """Ensure the Swedish status of the cooperation protocol names the regional council by its Swedish name, its
    own § as "§ 100" and says in Swedish that no costs are recorded."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_PROTOCOL)
    with demo_db.begin() as s:
        printed = read_pdf(render_agreement_status(s, agreement_id, on=ON, language="sv"))
    assert_in_order(
        printed.body,
        [
            "Samarbetsprotokoll",
            "Koordinerar",
            "Päijänne-Tavastlands förbund",
            "Päijänne-Tavastlands",
            "förbund",
            "Maakuntahallitus",
            "Godkänt",
            "13.10.2025 § 100, Dnr 77/00.04.01/2023",
            "Kostnadsandelar",
            "Inga kostnader har antecknats för avtalet.",
        ],
    )
    assert [word for word in FINNISH if word in printed.text] == []


def test_the_finnish_approval_status_is_unchanged(demo_db: Database) -> None:
    """Ensure the Finnish status page keeps the Finnish names and wording."""
    agreement_id = _agreement_id(demo_db, AgreementKind.COOPERATION_AGREEMENT)
    with demo_db.begin() as s:
        printed = read_pdf(render_agreement_status(s, agreement_id, on=ON))
    assert_in_order(
        printed.body,
        [
            "Sopimuksen hyväksymistilanne",
            "Odottaa: Kärkölä, Sysmä, Hartolan kunta",
            "Lahti",
            "27.10.2025 412 §, Dnro LAH/3418/12.00.01/2025",
            "Yhteensä",
        ],
    )
    assert "Lahtis" not in printed.text


def test_print_agreement_language_sv_prints_swedish(sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure `print agreement --language sv` writes the Swedish status page; the option was ignored."""
    out = tmp_path / "lage.pdf"
    assert (
        cli_main(
            [
                "--database",
                str(sqlite_demo_db.path),
                "print",
                "agreement",
                "--title",
                "sivistyspalveluiden",
                "--date",
                "2025-11-23",
                "--language",
                "sv",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    printed = read_pdf(out.read_bytes())
    assert_in_order(printed.body, ["Avtalets godkännandeläge", "Väntar på: Kärkölä, Sysmä, Hartola", "Totalt"])


def test_the_yearly_cost_shares_print_in_swedish(demo_db: Database) -> None:
    """Ensure a Swedish status page heads the cost tables of single years in Swedish ("År 2026", "Åren
    2028–2029", "Per år")."""
    from tests.core.test_agreement_cost_years import _three_party_agreement

    with demo_db.begin() as s:
        agreement = _three_party_agreement(s)
        printed = read_pdf(render_agreement_status(s, agreement.id, on=ON, language="sv"))
    assert_in_order(
        printed.text,
        ["År 2026 (årliga poster och årets egna poster), andelar per år:", "Per år", "År 2027", "Åren 2028–2029"],
    )
    assert [word for word in FINNISH if word in printed.text] == []


def test_the_untranslated_notes_name_the_organisation_details_printed_in_finnish(demo_db: Database) -> None:
    """Ensure the notes of a Swedish excerpt or minutes name the organisation's details its Swedish appeal
    instruction and certification print in Finnish for want of Swedish ones (the registry's addresses and hours,
    the certification place), and none once they are given; they printed in Finnish without a word."""
    from core.organisation import organisation_details, update_organisation
    from core.printing import DocumentKind, DocumentRequest, untranslated
    from db.models import Item

    with demo_db.begin() as s:
        item = s.scalars(select(Item).where(Item.diary_number == "77/00.04.01/2023")).one()
        meeting_id, item_id, organisation_id = item.meeting_id, item.id, item.meeting.body.organisation_id
        excerpt = DocumentRequest(DocumentKind.EXCERPT, meeting_id, item_ids=(item_id,), language="sv")
        notes = untranslated(s, excerpt)
        assert notes[-1] == ("Organisaation tiedot: postiosoite, käyntiosoite, kirjaamon aukioloaika, todistuspaikka")
        minutes_notes = untranslated(s, DocumentRequest(DocumentKind.MINUTES, meeting_id, language="sv"))
        assert minutes_notes[-1] == "Organisaation tiedot: postiosoite, käyntiosoite, kirjaamon aukioloaika"
        assert untranslated(s, DocumentRequest(DocumentKind.EXCERPT, meeting_id, item_ids=(item_id,))) == []
        agenda = untranslated(s, DocumentRequest(DocumentKind.AGENDA, meeting_id, language="sv"))
        assert not [note for note in agenda if note.startswith("Organisaation")]
    with demo_db.begin() as s:
        details = organisation_details(s, organisation_id)
        update_organisation(
            s,
            replace(
                details,
                postal_address_sv="Päijänne-Tavastlands förbund, registratorskontoret, Tavastgatan 9, 15110 Lahtis",
                visiting_address_sv="Tavastgatan 9, 15110 Lahtis",
                registry_hours_sv="mån–fre kl. 9.00–15.00",
                certification_place_sv="Lahtis",
            ),
            organisation_id,
        )
    with demo_db.begin() as s:
        excerpt = DocumentRequest(DocumentKind.EXCERPT, meeting_id, item_ids=(item_id,), language="sv")
        assert not [note for note in untranslated(s, excerpt) if note.startswith("Organisaation")]
