"""The details panel's appeal route and deadlines are the ones the printed minutes and excerpt carry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.appeal import route_for_item, set_administrative_court, set_route_override
from db.engine import Database
from db.enums import AppealRoute, DecisionNature, DeliveryMethod, ItemKind, OrganisationKind, Outcome
from db.models import Item, Recipient
from gui.details_panel import DetailsPanel, gather_details
from gui.settings import Settings
from tests.core.test_appeal import make_item, make_organisation
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

D = dt.date
PUBLISHED = D(2025, 3, 10)  # members notified Mon 17.3.: 14 days end Mon 31.3., 30 days Wed 16.4.


def _route(database: Database, item_id: int) -> list[str]:
    return gather_details(database, item_id, today=D(2025, 3, 12)).route


def test_the_panel_shows_the_engine_s_route_for_every_kind_of_section(database: Database) -> None:
    """Ensure statements, procedural, returned, tabled, removed and noted §§ show the prohibition without a
    deadline, and every § shows the route, provision and reason that ``route_for_item`` gives the printouts."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        bodies = make_organisation(session, OrganisationKind.MUNICIPALITY)
        council, board, committee = bodies[0], bodies[1], bodies[2]
        items = [
            make_item(session, committee, kind=ItemKind.STATEMENT),
            make_item(session, board, kind=ItemKind.CHECKERS),
            *(make_item(session, council, outcome=o) for o in (Outcome.RETURNED, Outcome.TABLED, Outcome.REMOVED)),
            make_item(session, board, outcome=Outcome.NOTED),
            make_item(session, committee, nature=DecisionNature.PREPARES),
            make_item(session, board),
            make_item(session, council),
        ]
        for item in items:
            item.meeting.published_date = PUBLISHED
        session.flush()
        expected = {item.id: route_for_item(item) for item in items}
    for item_id, decision in expected.items():
        lines = _route(database, item_id)
        assert decision.law in lines[0], lines
        assert any(decision.reason in line for line in lines), lines
        if decision.route == AppealRoute.PROHIBITION:
            assert lines[0] == "muutoksenhakukielto (KuntaL 136 §)"
            assert not any("määräaika päättyy" in line for line in lines), lines
    council_lines = _route(database, items[-1].id)
    assert council_lines[0] == "kunnallisvalitus (KuntaL 135 §)"
    assert "Kunnan jäsenet: tiedoksi 17.3.2025, määräaika päättyy 16.4.2025" in council_lines
    assert "Lainvoimainen 17.4.2025 alkaen, jos muutosta ei haeta" in council_lines


@pytest.mark.parametrize(
    ("kind", "members"),
    [
        (OrganisationKind.JOINT_AUTHORITY, "Jäsenkunnat ja niiden jäsenet"),
        (OrganisationKind.REGIONAL_COUNCIL, "Jäsenkunnat ja niiden jäsenet"),
        (OrganisationKind.WELLBEING_COUNTY, "Hyvinvointialueen asukkaat"),
    ],
)
def test_the_panel_names_the_organisation_s_own_law_and_members(
    database: Database, kind: OrganisationKind, members: str
) -> None:
    """Ensure a wellbeing services county's §§ show its own act and aluevalitus, and the deadline line names
    the member municipalities or the county's residents instead of "Kunnan jäsenet"."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        bodies = make_organisation(session, kind)
        council_item, board_item = make_item(session, bodies[0]), make_item(session, bodies[1])
        for item in (council_item, board_item):
            item.meeting.published_date = PUBLISHED
        session.flush()
    council, board = _route(database, council_item.id), _route(database, board_item.id)
    if kind == OrganisationKind.WELLBEING_COUNTY:
        assert council[0] == "aluevalitus (laki hyvinvointialueesta 140 §)"
        assert board[0] == "oikaisuvaatimus (laki hyvinvointialueesta 139 §)"
    else:
        assert council[0] == "kunnallisvalitus (KuntaL 135 §)" and board[0] == "oikaisuvaatimus (KuntaL 134 §)"
    assert f"{members}: tiedoksi 17.3.2025, määräaika päättyy 31.3.2025" in board
    assert not any(line.startswith("Kunnan jäsenet") for line in council + board)


def test_an_override_shows_the_engine_s_suggestion_and_reason(database: Database) -> None:
    """Ensure a route chosen by hand shows its reason and, next to it, the engine's suggestion and reason; a
    procurement § shows only the parties' periods, an e-mail counted from the day it was sent."""
    with database.begin() as session:
        set_administrative_court(session, "hameenlinna")
        committee = make_organisation(session, OrganisationKind.MUNICIPALITY)[2]
        item = make_item(session, committee)
        item.meeting.published_date = PUBLISHED
        set_route_override(item, AppealRoute.ADMINISTRATIVE_APPEAL, "Päätös tehtiin rakennuslain nojalla.")
        procurement = make_item(session, committee, nature=DecisionNature.PROCUREMENT)
        procurement.meeting.published_date = PUBLISHED
        session.add(
            Recipient(
                item=procurement,
                name="Tarjoaja Oy",
                sent_date=D(2025, 3, 10),
                delivery_method=DeliveryMethod.ELECTRONIC,
            )
        )
        session.flush()
    lines = _route(database, item.id)
    assert lines[0] == "hallintovalitus (HOL 808/2019)"
    assert "Valittu käsin, perustelu: Päätös tehtiin rakennuslain nojalla." in lines
    engine = next(line for line in lines if line.startswith("Koneen ehdotus: "))
    assert "oikaisuvaatimus (KuntaL 134 §)" in engine and "Sivistyslautakunta on lautakunta" in engine
    bought = _route(database, procurement.id)
    assert bought[0] == "hankintaoikaisu ja valitus markkinaoikeuteen (hankintalaki 1397/2016)"
    assert "Tarjoaja Oy: tiedoksi 10.3.2025, määräaika päättyy 24.3.2025" in bought
    assert not any("jäsenet:" in line.lower() for line in bought)
    assert "Lainvoimainen 25.3.2025 alkaen, jos muutosta ei haeta" in bought
    with database.begin() as session:
        stored = session.get(Item, item.id)
        assert stored is not None
        stored.appeal_route_reason = ""  # as an older Sihteeri could leave it: a choice without its reason
    (problem,) = _route(database, item.id)
    assert "ilman perustelua" in problem


def test_the_demo_statement_shows_the_prohibition_in_the_panel(qtbot: QtBot, demo_db: Database) -> None:
    """Ensure the demo's Maakuntahallitus § 101 "Lausunto…" reads muutoksenhakukielto without a deadline in
    the panel, as in its excerpt, and § 100 names the member municipalities and the parties still waiting."""
    panel = DetailsPanel(demo_db)
    qtbot.addWidget(panel)
    with demo_db.session() as session:
        ids = {
            number: item_id
            for number, item_id in session.execute(
                select(Item.section_number, Item.id).where(Item.section_number.in_((100, 101)))
            ).tuples()
        }
    panel.show_item(ids[101])
    text = panel.browser.toPlainText()
    assert "muutoksenhakukielto (KuntaL 136 §)" in text and "Lausunto" in text
    assert "oikaisuvaatimus" not in text and "määräaika päättyy" not in text
    panel.show_item(ids[100])
    text = panel.browser.toPlainText()
    assert "oikaisuvaatimus (KuntaL 134 §)" in text
    assert "Jäsenkunnat ja niiden jäsenet: tiedoksi 23.10.2025, määräaika päättyy 6.11.2025" in text
    assert "Kunnan jäsenet" not in text
    assert "Päijät-Hämeen kunnat: ei vielä saanut päätöstä tiedoksi" in text
    assert "Lainvoimaisuuspäivä ei ole vielä tiedossa." in text


def test_drafting_a_proposal_to_a_higher_body_sets_the_preparing_nature(
    qtbot: QtBot,
    sqlite_demo_db: Database,
    settings: Settings,
    prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure "Laadi ehdotus mallipohjasta" with the template "lautakunta hyväksyy sopimuksen osaltaan" (which
    writes "Lautakunta esittää kunnanhallitukselle …") sets the § 's nature to valmistelee as a step of its own
    that can be undone, and once saved the panel shows the prohibition instead of a rectification period."""
    from core.meetings import add_item, create_meeting
    from gui.actions import draft_proposal
    from gui.template_dialog import DraftProposalDialog

    database = sqlite_demo_db
    with database.begin() as session:
        seed = session.scalar(select(Item).where(Item.template_key == "lautakunta_hyvaksyy_sopimuksen_osaltaan"))
        assert seed is not None
        meeting = create_meeting(session, body_id=seed.body_id, date=D(2025, 11, 18))
        item = add_item(session, meeting_id=meeting.id, title="Yhteistoimintasopimus", kind=ItemKind.AGREEMENT)
        item.agreement_id = seed.agreement_id
        item_id = item.id

    def choose(dialog: DraftProposalDialog) -> int:
        dialog.select_template("lautakunta_hyvaksyy_sopimuksen_osaltaan")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(DraftProposalDialog, "exec", choose)
    window = make_window(qtbot, database, settings, prompts)
    window.open_item(item_id)
    editor = window.editor
    assert editor.value("decision_nature") == DecisionNature.DECIDES.value
    draft_proposal(window)
    assert "esittää kunnanhallitukselle" in editor.proposal.toPlainText()
    assert editor.value("decision_nature") == DecisionNature.PREPARES.value
    editor.undo_stack.undo()  # the nature alone
    assert editor.value("decision_nature") == DecisionNature.DECIDES.value
    assert "esittää kunnanhallitukselle" in editor.proposal.toPlainText()
    editor.undo_stack.redo()
    assert editor.save()
    with database.begin() as session:
        saved = session.get(Item, item_id)
        assert saved is not None and saved.decision_nature == DecisionNature.PREPARES
        assert route_for_item(saved).route == AppealRoute.PROHIBITION
    assert _route(database, item_id)[0] == "muutoksenhakukielto (KuntaL 136 §)"


def test_the_panel_reads_swedish_with_the_swedish_translator(
    qtbot: QtBot, qapp: QApplication, sqlite_demo_db: Database
) -> None:
    """Ensure the route, the engine's reason (with the provision it names) and the members' line of the demo's
    § 100 read Swedish in a Swedish window (the reason is a core message, translated part by part)."""
    from gui.i18n import install_translations, remove_translations

    with sqlite_demo_db.session() as session:
        item_id = session.scalar(select(Item.id).where(Item.section_number == 100))
    assert item_id is not None
    installed = install_translations(qapp, "sv")
    try:
        lines = gather_details(sqlite_demo_db, item_id, today=D(2025, 10, 20)).route
    finally:
        remove_translations(qapp, installed)
    text = "\n".join(lines)
    assert lines[0] == "begäran om omprövning (KommunL 134 §)"
    assert "Grund: Maakuntahallitus är styrelse: begäran om omprövning hos samma organ (KommunL 134 §)." in text
    assert "Även medlemskommunerna och deras medlemmar kan söka ändring" in text
    assert "Medlemskommunerna och deras medlemmar: delfående 23.10.2025" in text
    assert "Päijät-Hämeen kunnat: har ännu inte delgetts beslutet" in text
    assert " on hallitus" not in text and "oikaisuvaatimus" not in text and "KuntaL" not in text
