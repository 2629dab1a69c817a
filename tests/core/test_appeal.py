"""Appeal routes for every organisation, body and decision, the override, and the instruction texts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.appeal import (
    appeal_attachment,
    instruction_for_item,
    route_choices,
    route_for_item,
    route_label,
    set_administrative_court,
    set_route_override,
)
from core.demo import SEED1_TITLE, SEED2_DNRO
from db.engine import Database
from db.enums import AppealRoute, BodyKind, DecisionNature, ItemKind, OrganisationKind, Outcome
from db.errors import LockedError, ValidationError
from db.models import Body, Item, Meeting, Organisation, Setting

COURT = "Hämeenlinnan hallinto-oikeus"
MARKET = "Markkinaoikeus"

# Body names per organisation kind: council, executive, committee, division, office-holder.
BODY_NAMES = {
    OrganisationKind.MUNICIPALITY: (
        "Kunnanvaltuusto",
        "Kunnanhallitus",
        "Sivistyslautakunta",
        "Lupajaosto",
        "Sivistysjohtaja",
    ),
    OrganisationKind.JOINT_AUTHORITY: (
        "Yhtymävaltuusto",
        "Yhtymähallitus",
        "Palvelulautakunta",
        "Yksilöasioiden jaosto",
        "Kuntayhtymän johtaja",
    ),
    OrganisationKind.REGIONAL_COUNCIL: (
        "Maakuntavaltuusto",
        "Maakuntahallitus",
        "Maakuntalautakunta",
        "Edunvalvontajaosto",
        "Maakuntajohtaja",
    ),
    OrganisationKind.WELLBEING_COUNTY: (
        "Aluevaltuusto",
        "Aluehallitus",
        "Sosiaali- ja terveyslautakunta",
        "Yksilöjaosto",
        "Hyvinvointialuejohtaja",
    ),
}
BODY_KINDS = (BodyKind.COUNCIL, BodyKind.EXECUTIVE, BodyKind.COMMITTEE, BodyKind.DIVISION, BodyKind.OFFICE_HOLDER)
# Which body a division and an office-holder answer to (index into BODY_KINDS).
PARENT = {BodyKind.EXECUTIVE: 0, BodyKind.COMMITTEE: 1, BodyKind.DIVISION: 2, BodyKind.OFFICE_HOLDER: 1}

# Family wording expected in the Finnish texts: (members, prohibition law, rectification law, appeal name).
FAMILY = {
    OrganisationKind.MUNICIPALITY: (
        "sekä kunnan jäsen (kuntalaki 137 §)",
        "KuntaL 136 §",
        "KuntaL 134 §",
        "kunnallisvalituksella",
    ),
    OrganisationKind.JOINT_AUTHORITY: (
        "sekä kuntayhtymän jäsenkunta ja jäsenkunnan jäsen (kuntalaki 137 § 2 mom.)",
        "KuntaL 136 §",
        "KuntaL 134 §",
        "kunnallisvalituksella",
    ),
    OrganisationKind.REGIONAL_COUNCIL: (
        "sekä kuntayhtymän jäsenkunta ja jäsenkunnan jäsen (kuntalaki 137 § 2 mom.)",
        "KuntaL 136 §",
        "KuntaL 134 §",
        "kunnallisvalituksella",
    ),
    OrganisationKind.WELLBEING_COUNTY: (
        "sekä hyvinvointialueen asukas (laki hyvinvointialueesta 142 §)",
        "laki hyvinvointialueesta 141 §",
        "laki hyvinvointialueesta 139 §",
        "aluevalituksella",
    ),
}
FAMILY_SV = {
    OrganisationKind.MUNICIPALITY: "samt av kommunmedlemmarna (kommunallagen 137 §)",
    OrganisationKind.JOINT_AUTHORITY: "samt av samkommunens medlemskommuner och medlemmarna i dessa kommuner "
    "(kommunallagen 137 § 2 mom.)",
    OrganisationKind.REGIONAL_COUNCIL: "samt av samkommunens medlemskommuner och medlemmarna i dessa kommuner "
    "(kommunallagen 137 § 2 mom.)",
    OrganisationKind.WELLBEING_COUNTY: "samt av välfärdsområdets invånare (lagen om välfärdsområden 142 §)",
}


@dataclass(frozen=True)
class Expected:
    route: AppealRoute
    period: int | None
    authority: str  # "self", "parent", "court", "market" or ""


def expected(nature: DecisionNature, body_kind: BodyKind) -> Expected:
    """The route table of the domain notes, written out independently of the engine."""
    if nature == DecisionNature.PREPARES:
        return Expected(AppealRoute.PROHIBITION, None, "")
    if nature == DecisionNature.PROCUREMENT:
        return Expected(AppealRoute.PROCUREMENT, 14, "market")
    if nature == DecisionNature.SPECIAL_ACT:
        return Expected(AppealRoute.ADMINISTRATIVE_APPEAL, 30, "court")
    if nature == DecisionNature.SPECIAL_ACT_RECTIFICATION:
        return Expected(AppealRoute.SPECIAL_RECTIFICATION, 30, "self")
    if body_kind == BodyKind.COUNCIL:
        return Expected(AppealRoute.MUNICIPAL_APPEAL, 30, "court")
    if body_kind in (BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        return Expected(AppealRoute.RECTIFICATION, 14, "parent")
    return Expected(AppealRoute.RECTIFICATION, 14, "self")


def make_organisation(session: Session, kind: OrganisationKind, *, address: bool = True) -> list[Body]:
    """An organisation of ``kind`` with one body of each kind (divisions and office-holders under a body)."""
    org = Organisation(kind=kind, name=f"Testi {kind.value}", name_sv=f"Test {kind.value}", is_home=True)
    if address:
        org.postal_address = "PL 1, 15111 Lahti"
        org.visiting_address = "Kauppakatu 1, Lahti"
        org.registry_email = "kirjaamo@testi.fi"
        org.registry_hours = "arkisin klo 9–15"
    session.add(org)
    bodies: list[Body] = []
    for body_kind, name in zip(BODY_KINDS, BODY_NAMES[kind], strict=True):
        parent = bodies[PARENT[body_kind]] if body_kind in PARENT else None
        body = Body(organisation=org, kind=body_kind, name=name, name_sv=f"{name} (sv)", parent=parent)
        session.add(body)
        bodies.append(body)
    session.flush()
    return bodies


def make_item(
    session: Session,
    body: Body,
    *,
    kind: ItemKind = ItemKind.ORDINARY,
    nature: DecisionNature = DecisionNature.DECIDES,
    outcome: Outcome | None = None,
) -> Item:
    """A new § in a new meeting of ``body``."""
    number = (
        session.scalar(
            select(Meeting.number).where(Meeting.body_id == body.id).order_by(Meeting.number.desc()).limit(1)
        )
        or 0
    ) + 1
    meeting = Meeting(body=body, year=2025, number=number, date=dt.date(2025, 3, number % 28 + 1))
    session.add(meeting)
    item = Item(
        meeting=meeting,
        body=body,
        year=2025,
        section_number=number,
        position=1,
        kind=kind,
        title="Testiasia",
        decision_nature=nature,
        outcome=outcome,
    )
    session.add(item)
    session.flush()
    return item


@pytest.mark.parametrize("org_kind", list(OrganisationKind))
def test_route_table_for_every_organisation_body_and_decision(database: Database, org_kind: OrganisationKind) -> None:
    """Ensure each organisation kind × body kind × decision nature gets the route, period and authority."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        bodies = make_organisation(session, org_kind)
        members, prohibition_law, rectification_law, _appeal = FAMILY[org_kind]
        for body in bodies:
            for nature in DecisionNature:
                want = expected(nature, body.kind)
                item = make_item(session, body, nature=nature)
                got = route_for_item(item)
                label = f"{org_kind.value}/{body.kind.value}/{nature.value}"
                assert (got.route, got.period_days, got.overridden) == (want.route, want.period, False), label
                assert got.engine_route == got.route and got.engine_reason == got.reason, label
                assert got.problem == "", label
                unit = (body.parent or body) if body.kind == BodyKind.OFFICE_HOLDER else body
                authority = {
                    "": "",
                    "self": body.name,
                    "court": COURT,
                    "parent": body.parent.name if body.parent else "",
                    "market": f"{unit.name} / {MARKET}",
                }[want.authority]
                assert got.authority == authority, label
                if want.route == AppealRoute.PROHIBITION:
                    assert got.law == prohibition_law and prohibition_law in got.reason, label
                if want.route == AppealRoute.RECTIFICATION:
                    assert got.law == rectification_law, label
                    if org_kind.is_joint_authority:
                        assert "KuntaL 137 § 2 mom." in got.reason, label
                for language in ("fi", "sv"):
                    text = instruction_for_item(item, language=language)
                    assert text.route == want.route and text.sections == (item.section_number,), label
                    assert all(body for _heading, body in text.paragraphs), label
                    joined = "\n".join(t for _h, t in text.paragraphs)
                    if want.route in (AppealRoute.RECTIFICATION, AppealRoute.MUNICIPAL_APPEAL):
                        assert (members if language == "fi" else FAMILY_SV[org_kind]) in joined, label
                    if want.authority == "court":
                        assert (COURT if language == "fi" else "Tavastehus förvaltningsdomstol") in joined, label
                    if want.authority in ("self", "parent"):
                        name = authority if language == "fi" else f"{authority} (sv)"
                        assert f": {name}\n" in joined and "PL 1, 15111 Lahti" in joined, label
                    assert "{" not in joined and "}" not in joined, label


def test_wellbeing_county_wording_and_law(database: Database) -> None:
    """Ensure a wellbeing county's council decision is an aluevalitus under its own act, in both languages."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        council = make_organisation(session, OrganisationKind.WELLBEING_COUNTY)[0]
        item = make_item(session, council)
        decision = route_for_item(item)
        assert decision.route == AppealRoute.MUNICIPAL_APPEAL and decision.law == "laki hyvinvointialueesta 140 §"
        assert "aluevalitus" in decision.reason
        assert route_label(AppealRoute.MUNICIPAL_APPEAL, OrganisationKind.WELLBEING_COUNTY) == "Aluevalitus"
        assert route_label(AppealRoute.MUNICIPAL_APPEAL, OrganisationKind.MUNICIPALITY, "sv") == "Kommunalbesvär"
        fi = "\n".join(t for _h, t in instruction_for_item(item).paragraphs)
        assert "aluevalituksella hallinto-oikeudelta (laki hyvinvointialueesta 140 §)" in fi
        assert "Hyvinvointialueen asukkaan katsotaan saaneen" in fi
        sv = "\n".join(t for _h, t in instruction_for_item(item, language="sv").paragraphs)
        assert "regionbesvär hos förvaltningsdomstolen" in sv
        prohibition = make_item(session, council, nature=DecisionNature.PREPARES)
        texts = instruction_for_item(prohibition).paragraphs
        assert ("Säännös, johon kielto perustuu", "Laki hyvinvointialueesta (611/2021) 141 §") in texts


PROCEDURAL = [
    ItemKind.OPENING,
    ItemKind.LEGALITY,
    ItemKind.CHECKERS,
    ItemKind.AGENDA_APPROVAL,
    ItemKind.INFORMATION,
    ItemKind.CLOSING,
]


def test_procedural_items_outcomes_and_statements_get_the_prohibition(database: Database) -> None:
    """Ensure standard items, returned/tabled/removed/noted items and statements are under the prohibition."""
    with database.begin() as session:
        board = make_organisation(session, OrganisationKind.MUNICIPALITY)[1]
        cases: list[tuple[str, Item]] = [(kind.value, make_item(session, board, kind=kind)) for kind in PROCEDURAL]
        cases += [
            (o.value, make_item(session, board, outcome=o))
            for o in (Outcome.RETURNED, Outcome.TABLED, Outcome.REMOVED, Outcome.NOTED)
        ]
        cases.append(("lausunto", make_item(session, board, kind=ItemKind.STATEMENT)))
        cases.append(("muut asiat", make_item(session, board, kind=ItemKind.OTHER_MATTERS)))
        for label, item in cases:
            decision = route_for_item(item)
            assert decision.route == AppealRoute.PROHIBITION, label
            assert "KuntaL 136 §" in decision.reason and decision.authority == "", label
        decided = make_item(session, board, kind=ItemKind.OTHER_MATTERS, outcome=Outcome.PASSED)
        assert route_for_item(decided).route == AppealRoute.RECTIFICATION
        elected = make_item(session, board, kind=ItemKind.ELECTION, outcome=Outcome.ELECTION)
        assert route_for_item(elected).route == AppealRoute.RECTIFICATION


def test_override_needs_a_reason_and_keeps_the_engine_choice(database: Database) -> None:
    """Ensure the secretary's override needs a reason, shows the engine's choice, and can be undone."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        committee = make_organisation(session, OrganisationKind.MUNICIPALITY)[2]
        item = make_item(session, committee)
        with pytest.raises(ValidationError, match="perustelu"):
            set_route_override(item, AppealRoute.ADMINISTRATIVE_APPEAL, "   ")
        assert item.appeal_route_override is None
        decision = set_route_override(item, AppealRoute.ADMINISTRATIVE_APPEAL, "Päätös tehtiin rakennuslain nojalla.")
        assert decision.route == AppealRoute.ADMINISTRATIVE_APPEAL and decision.overridden
        assert decision.reason == "Päätös tehtiin rakennuslain nojalla."
        assert decision.engine_route == AppealRoute.RECTIFICATION and "KuntaL 134 §" in decision.engine_reason
        assert decision.period_days == 30 and decision.authority == COURT
        assert instruction_for_item(item).route == AppealRoute.ADMINISTRATIVE_APPEAL
        item.appeal_route_reason = ""
        with pytest.raises(ValidationError, match="ilman perustelua"):
            route_for_item(item)
        restored = set_route_override(item, None)
        assert restored.route == AppealRoute.RECTIFICATION and not restored.overridden
        assert item.appeal_route_reason == ""


def test_missing_court_parent_or_address_gives_a_clear_message(database: Database) -> None:
    """Ensure a missing court, a division without a body above, or a missing address is named, not blank."""
    with database.begin() as session:
        bodies = make_organisation(session, OrganisationKind.MUNICIPALITY)
        council_item = make_item(session, bodies[0])
        decision = route_for_item(council_item)
        assert decision.route == AppealRoute.MUNICIPAL_APPEAL
        assert "Hallinto-oikeutta ei ole asetettu" in decision.problem
        with pytest.raises(ValidationError, match="Hallinto-oikeutta ei ole asetettu"):
            instruction_for_item(council_item)
        session.add(Setting(key="appeal/administrative_court", value="tampere"))
        session.flush()
        with pytest.raises(ValidationError, match="tuntematon"):
            route_for_item(council_item)
        with pytest.raises(ValidationError, match="Tuntematon hallinto-oikeus"):
            set_administrative_court(session, "tampere")
        own = {"name": "Oma hallinto-oikeus", "postal_address": "PL 9, 00100 Helsinki", "email": "oma@oikeus.fi"}
        set_administrative_court(session, own, organisation_id=bodies[0].organisation_id)
        assert route_for_item(council_item).authority == "Oma hallinto-oikeus"
        assert "oma@oikeus.fi" in "\n".join(t for _h, t in instruction_for_item(council_item).paragraphs)

        division = bodies[3]
        division.parent = None
        session.flush()
        orphan = make_item(session, division)
        assert "ylempää toimielintä" in route_for_item(orphan).problem
        with pytest.raises(ValidationError, match="ylempää toimielintä"):
            instruction_for_item(orphan)

        bare = make_organisation(session, OrganisationKind.JOINT_AUTHORITY, address=False)
        with pytest.raises(ValidationError, match="postiosoite puuttuu"):
            instruction_for_item(make_item(session, bare[1]))


def test_attachment_groups_sections_by_route(database: Database) -> None:
    """Ensure the attachment lists each route once, prohibition first, with its §§ in order."""
    with database.begin() as session:
        board = make_organisation(session, OrganisationKind.MUNICIPALITY)[1]
        meeting = Meeting(body=board, year=2025, number=1, date=dt.date(2025, 3, 3))
        session.add(meeting)
        kinds = [
            (ItemKind.OPENING, DecisionNature.DECIDES),
            (ItemKind.ORDINARY, DecisionNature.DECIDES),
            (ItemKind.ORDINARY, DecisionNature.PREPARES),
            (ItemKind.ORDINARY, DecisionNature.PROCUREMENT),
            (ItemKind.ORDINARY, DecisionNature.DECIDES),
            (ItemKind.CLOSING, DecisionNature.DECIDES),
        ]
        for number, (kind, nature) in enumerate(kinds, start=1):
            session.add(
                Item(
                    meeting=meeting,
                    body=board,
                    year=2025,
                    section_number=number,
                    position=number,
                    kind=kind,
                    title=f"Asia {number}",
                    decision_nature=nature,
                )
            )
        session.flush()
        attachment = appeal_attachment(meeting)
        assert [(a.route, a.sections) for a in attachment] == [
            (AppealRoute.PROHIBITION, (1, 3, 6)),
            (AppealRoute.RECTIFICATION, (2, 5)),
            (AppealRoute.PROCUREMENT, (4,)),
        ]
        assert [a.title for a in attachment] == [
            "MUUTOKSENHAKUKIELTO",
            "OIKAISUVAATIMUSOHJE",
            "HANKINTAOIKAISUOHJE JA VALITUSOSOITUS MARKKINAOIKEUTEEN",
        ]
        sv = appeal_attachment(meeting, language="sv")
        assert [a.title for a in sv] == [
            "FÖRBUD MOT ÄNDRINGSSÖKANDE",
            "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING",
            "ANVISNING FÖR UPPHANDLINGSRÄTTELSE OCH BESVÄRSANVISNING TILL MARKNADSDOMSTOLEN",
        ]
        procurement = "\n".join(t for _h, t in attachment[2].paragraphs)
        assert "Markkinaoikeus" in procurement and "markkinaoikeus@oikeus.fi" in procurement
        assert "hankintayksikölle: Kunnanhallitus" in procurement


def test_unknown_language_is_refused(database: Database) -> None:
    """Ensure an instruction in a language other than fi or sv is refused with a Finnish message."""
    with database.begin() as session:
        item = make_item(session, make_organisation(session, OrganisationKind.MUNICIPALITY)[1])
        with pytest.raises(ValidationError, match="fi tai sv"):
            instruction_for_item(item, language="en")


def test_demo_seed_one_is_under_the_prohibition(demo_db: Database) -> None:
    """Ensure seed 1 (Hyvinvointilautakunta prepares the matter) gets the prohibition under KuntaL 136 §."""
    with demo_db.session() as session:
        item = session.scalar(select(Item).where(Item.title == SEED1_TITLE))
        assert item is not None and item.decision_nature == DecisionNature.PREPARES
        decision = route_for_item(item)
        assert decision.route == AppealRoute.PROHIBITION and decision.period_days is None
        assert decision.law == "KuntaL 136 §" and "KuntaL 136 §" in decision.reason
        text = instruction_for_item(item)
        assert text.title == "MUUTOKSENHAKUKIELTO"
        assert ("Säännös, johon kielto perustuu", "Kuntalaki (410/2015) 136 §") in text.paragraphs
        assert "valmistelua tai täytäntöönpanoa" in text.paragraphs[0][1]
        sv = instruction_for_item(item, language="sv")
        assert sv.title == "FÖRBUD MOT ÄNDRINGSSÖKANDE"
        assert "kommunalbesvär" in sv.paragraphs[0][1]


def test_demo_seed_two_is_rectification_to_the_regional_board(demo_db: Database) -> None:
    """Ensure seed 2 gets oikaisuvaatimus to Maakuntahallitus with the joint-authority wording, fi and sv."""
    with demo_db.session() as session:
        item = session.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None
        decision = route_for_item(item)
        assert decision.route == AppealRoute.RECTIFICATION and decision.period_days == 14
        assert decision.authority == "Maakuntahallitus" and "KuntaL 137 § 2 mom." in decision.reason
        text = instruction_for_item(item)
        assert text.title == "OIKAISUVAATIMUSOHJE" and text.sections == (item.section_number,)
        by_heading = dict(text.paragraphs)
        assert (
            "kuntayhtymän jäsenkunta ja jäsenkunnan jäsen (kuntalaki 137 § 2 mom.)"
            in by_heading["Oikaisuvaatimusoikeus"]
        )
        assert "14 päivän kuluessa" in by_heading["Oikaisuvaatimusaika"]
        authority = by_heading["Oikaisuvaatimusviranomainen"]
        for part in (
            "Maakuntahallitus",
            "Hämeenkatu 9, 15110 Lahti",
            "kirjaamo@paijat-hame.fi",
            "maanantaista perjantaihin klo 9.00–15.00",
        ):
            assert part in authority
        sv = instruction_for_item(item, language="sv")
        assert sv.title == "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING"
        joined = "\n".join(t for _h, t in sv.paragraphs)
        assert "begäran om omprövning" in joined and "Landskapsstyrelsen" in joined
        assert "samkommunens medlemskommuner och medlemmarna i dessa kommuner" in joined
        meeting = item.meeting
        attachment = appeal_attachment(meeting)
        assert [a.route for a in attachment] == [AppealRoute.PROHIBITION, AppealRoute.RECTIFICATION]
        assert attachment[1].sections == (item.section_number,)
        assert len(attachment[0].sections) == len(meeting.items) - 1


def test_override_is_refused_on_checked_minutes(demo_db: Database) -> None:
    """Ensure the route of a § in checked minutes cannot be changed afterwards."""
    with pytest.raises(LockedError), demo_db.begin() as session:
        item = session.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None
        set_route_override(item, AppealRoute.MUNICIPAL_APPEAL, "Kokeilu.")
    with demo_db.session() as session:
        item = session.scalar(select(Item).where(Item.diary_number == SEED2_DNRO))
        assert item is not None and item.appeal_route_override is None


def test_route_choices_name_every_route_for_the_organisation() -> None:
    """Ensure the override choices list all six routes, named for the organisation kind and language."""
    fi = dict(route_choices(OrganisationKind.WELLBEING_COUNTY))
    assert set(fi) == set(AppealRoute) and fi[AppealRoute.MUNICIPAL_APPEAL] == "Aluevalitus"
    sv = dict(route_choices(OrganisationKind.MUNICIPALITY, "sv"))
    assert sv[AppealRoute.RECTIFICATION] == "Begäran om omprövning"
    assert sv[AppealRoute.MUNICIPAL_APPEAL] == "Kommunalbesvär"


def test_court_is_looked_up_once_per_session_yet_new_settings_count(database: Database) -> None:
    """Ensure asking the court for many items costs no query per item, and a court set meanwhile is used."""
    from sqlalchemy import event

    with database.begin() as session:
        bodies = make_organisation(session, OrganisationKind.MUNICIPALITY)
        items = [make_item(session, bodies[0]) for _ in range(5)]
        set_administrative_court(session, "hameenlinna")
        session.flush()
        route_for_item(items[0])
        statements: list[str] = []

        def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            statements.append(statement)

        event.listen(database.engine, "before_cursor_execute", count)
        try:
            for item in items:
                assert route_for_item(item).authority.startswith("Hämeenlinnan hallinto-oikeus")
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
        assert not [s for s in statements if "setting" in s.lower()]
        own = {"name": "Oma hallinto-oikeus", "postal_address": "PL 9, 00100 Helsinki", "email": "oma@oikeus.fi"}
        session.add(Setting(key=f"appeal/administrative_court/{bodies[0].organisation_id}", value=own))
        assert route_for_item(items[1]).authority == "Oma hallinto-oikeus"


def _text(item: Item, language: str = "fi") -> dict[str, str]:
    return dict(instruction_for_item(item, language=language).paragraphs)


def test_procurement_instruction_counts_an_e_mail_from_its_sending_day(database: Database) -> None:
    """Ensure the procurement instruction tells the tenderer an e-mailed decision is received the day it is
    available (hankintalaki 127 §), not on the 3rd day as under KuntaL/HL, in Finnish and Swedish."""
    with database.begin() as session:
        committee = make_organisation(session, OrganisationKind.MUNICIPALITY)[2]
        item = make_item(session, committee, nature=DecisionNature.PROCUREMENT)
        fi = "\n".join(_text(item).values())
        assert "kolmantena päivänä sähköisen viestin" not in fi
        assert "yleensä viestin lähettämispäivänä" in fi and "1397/2016, 127 §" in fi
        assert "seitsemäntenä päivänä kirjeen lähettämisestä" in fi
        sv = "\n".join(_text(item, "sv").values())
        assert "tredje dagen" not in sv
        assert "i regel den dag då meddelandet sändes" in sv and "1397/2016, 127 §" in sv


def test_procurement_instruction_says_what_the_market_court_appeal_must_contain(database: Database) -> None:
    """Ensure the market-court appeal notice has its form and content (demands, grounds, attachments), as every
    other appeal notice has, in Finnish and Swedish."""
    with database.begin() as session:
        committee = make_organisation(session, OrganisationKind.MUNICIPALITY)[2]
        item = make_item(session, committee, nature=DecisionNature.PROCUREMENT)
        fi = _text(item)["Valituksen muoto ja sisältö"]
        for part in ("kirjallisesti", "vaatimukset", "perustelut", "Valitukseen on liitettävä", "808/2019"):
            assert part in fi
        sv = _text(item, "sv")["Besvärets form och innehåll"]
        for part in ("skriftligen", "yrkanden", "Till besväret ska fogas", "808/2019"):
            assert part in sv


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_registry_is_named_unless_the_address_names_it(database: Database, language: str) -> None:
    """Ensure the registry line names the organisation when the postal address only ends in a town of the same
    name ("Sysmä" at "PL 1, 19701 Sysmä"), and leaves it out when the address starts with the name."""
    line = "Sysmä, kirjaamo" if language == "fi" else "Sysmä, registratorskontoret"
    heading = "Oikaisuvaatimusviranomainen" if language == "fi" else "Myndighet hos vilken omprövning begärs"
    with database.begin() as session:
        bodies = make_organisation(session, OrganisationKind.MUNICIPALITY)
        organisation = bodies[0].organisation
        organisation.name = organisation.name_sv = "Sysmä"
        organisation.postal_address = "PL 1, 19701 Sysmä"
        item = make_item(session, bodies[1])
        assert line in _text(item, language)[heading].splitlines()
        organisation.postal_address = "Sysmä, kirjaamo, PL 1, 19701 Sysmä"
        assert line not in _text(item, language)[heading].splitlines()


def test_swedish_rectification_time_names_the_period(database: Database) -> None:
    """Ensure the Swedish instruction says the request must arrive on the last day of the period for requesting
    rectification ("av tiden för begäran om omprövning")."""
    with database.begin() as session:
        board = make_organisation(session, OrganisationKind.MUNICIPALITY)[1]
        text = _text(make_item(session, board), "sv")["Tid för begäran om omprövning"]
        assert "senast den sista dagen av tiden för begäran om omprövning före registratorskontorets" in text


def test_special_act_rectification_of_an_office_holder_names_the_deciding_authority(database: Database) -> None:
    """Ensure an HL 49 c § rectification of an office-holder's decision is addressed to the authority that made
    the decision, not to "a body" named after the office-holder, in Finnish and Swedish."""
    with database.begin() as session:
        office_holder = make_organisation(session, OrganisationKind.MUNICIPALITY)[4]
        item = make_item(session, office_holder, nature=DecisionNature.SPECIAL_ACT_RECTIFICATION)
        fi = _text(item)["Oikaisuvaatimusviranomainen"]
        assert fi.startswith("Oikaisuvaatimus tehdään päätöksen tehneelle viranomaiselle: Sivistysjohtaja\n")
        assert "toimielimelle" not in fi
        sv = _text(item, "sv")["Myndighet hos vilken omprövning begärs"]
        assert sv.startswith("Begäran om omprövning framställs till den myndighet som har fattat beslutet: ")
        assert "organet" not in sv
