"""First run: the wizard's answers become the organisation, its bodies and members, and the secretary."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.enums import BodyKind, MemberRole, OrganisationKind
from db.models import Body, ClassificationCode, Membership, Organisation, Person
from gui.first_run import MEMBERS, FirstRunWizard, needs_first_run, write_setup
from gui.settings import SECRETARY_NAME, Settings
from tests.gui import desk_support
from tests.gui.desk_support import make_window, type_text

prompts = desk_support.prompts


def test_first_run_wizard_sets_up_the_organisation(qtbot: QtBot, sqlite_database: Database, tmp_path) -> None:
    """Ensure the wizard asks organisation, bodies with members and secretary, and the desk opens on them."""
    assert needs_first_run(sqlite_database)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.restart()
    assert not wizard.wants_demo
    wizard.next()
    page = wizard.organisation
    page.kind.setCurrentIndex(page.kind.findData(OrganisationKind.MUNICIPALITY.value))
    type_text(page.name, "Sysmän kunta")
    type_text(page.email, "kirjaamo@sysma.fi")
    page.form.court.setCurrentIndex(page.form.court.findData("hameenlinna"))
    wizard.next()
    bodies = wizard.bodies
    assert [bodies.table.item(r, 0).text() for r in range(bodies.table.rowCount())] == [
        "Kunnanvaltuusto",
        "Kunnanhallitus",
        "Hyvinvointilautakunta",
    ]
    bodies.table.item(1, MEMBERS).setText("Áilu Čuoppa, Pekka Mäkelä")
    bodies.add_body("Tekninen lautakunta", BodyKind.COMMITTEE, "Liisa Ŧávži")
    wizard.next()
    type_text(wizard.secretary.name, "Saara Sihteeri")
    type_text(wizard.secretary.job_title, "hallintosihteeri")
    setup = wizard.setup()
    write_setup(sqlite_database, setup)

    assert not needs_first_run(sqlite_database)
    with sqlite_database.begin() as session:
        org = session.scalar(select(Organisation).where(Organisation.is_home.is_(True)))
        assert org is not None and org.name == "Sysmän kunta" and org.registry_email == "kirjaamo@sysma.fi"
        from core.appeal import administrative_court

        assert (administrative_court(session, org) or {}).get("name") == "Hämeenlinnan hallinto-oikeus"
        names = [b.name for b in session.scalars(select(Body).order_by(Body.sort_order))]
        assert names == ["Kunnanvaltuusto", "Kunnanhallitus", "Hyvinvointilautakunta", "Tekninen lautakunta"]
        board = session.scalar(select(Body).where(Body.name == "Kunnanhallitus"))
        assert board is not None and board.name_allative == "kunnanhallitukselle"
        members = session.execute(
            select(Person.name, Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.body_id == board.id)
            .order_by(Membership.sort_order)
        ).all()
        assert members == [("Áilu Čuoppa", MemberRole.CHAIR), ("Pekka Mäkelä", MemberRole.MEMBER)]
        secretary = session.scalar(select(Person).where(Person.name == "Saara Sihteeri"))
        assert secretary is not None and secretary.title == "hallintosihteeri"
        assert session.get(ClassificationCode, "00") is not None

    settings = Settings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_database, settings, desk_support.AnsweringPrompts())
    labels = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert labels == names
    assert settings.get(SECRETARY_NAME) == ""


def test_first_run_can_open_the_demo_instead(qtbot: QtBot) -> None:
    """Ensure choosing the demo ends the wizard on its first page."""
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.intro.demo.setChecked(True)
    assert wizard.wants_demo
    assert wizard.intro.isFinalPage() and wizard.intro.nextId() == -1
