"""First run: the wizard checks its answers as the settings dialog does, and stores all it asks, once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.errors import ValidationError
from db.models import Body, Membership, Organisation, Person
from gui import app as gui_app
from gui.first_run import (
    MEMBERS,
    NAME,
    NAME_SV,
    BodySetup,
    FirstRunWizard,
    Setup,
    needs_first_run,
    write_setup,
)
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import type_text

settings = desk_support.settings
shown_errors = desk_support.shown_errors


def _wizard(qtbot: QtBot, name: str = "Sysmän kunta") -> FirstRunWizard:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.next()
    wizard.organisation.name.setText(name)
    return wizard


def _cell(wizard: FirstRunWizard, row: int, column: int) -> QTableWidgetItem:
    item = wizard.bodies.table.item(row, column)
    assert item is not None
    return item


def _rows(wizard: FirstRunWizard, column: int = NAME) -> list[str]:
    return [_cell(wizard, r, column).text() for r in range(wizard.bodies.table.rowCount())]


def test_an_organisation_name_of_spaces_is_refused_on_its_page(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure a name of only spaces keeps the organisation page open with the settings dialog's message, and
    that ``write_setup`` refuses it too, storing nothing (it was stored as '' and the wizard never came back)."""
    wizard = _wizard(qtbot, "   ")
    wizard.next()
    assert wizard.currentPage() is wizard.organisation
    assert wizard.organisation.problem.text() == "Organisaation nimi puuttuu."
    type_text(wizard.organisation.name, "Sysmä")
    wizard.next()
    assert wizard.currentPage() is wizard.bodies and wizard.organisation.problem.text() == ""
    with pytest.raises(ValidationError, match="Organisaation nimi puuttuu"):
        write_setup(sqlite_database, Setup(OrganisationKind.MUNICIPALITY, " \t ", Language.FINNISH))
    assert needs_first_run(sqlite_database)


def test_a_body_named_twice_is_refused_on_its_page(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure a second body of the same name (letter case aside) keeps the bodies page open and names the body;
    ``write_setup`` refuses it with the same message and stores nothing."""
    wizard = _wizard(qtbot)
    wizard.next()
    wizard.bodies.add_body("kunnanhallitus", BodyKind.EXECUTIVE, "X Y")
    wizard.next()
    assert wizard.currentPage() is wizard.bodies
    assert wizard.bodies.problem.text() == "Organisaatiolla on jo toimielin nimeltä Kunnanhallitus."
    with pytest.raises(ValidationError, match="toimielin nimeltä Kunnanhallitus"):
        write_setup(sqlite_database, wizard.setup())
    assert needs_first_run(sqlite_database)
    wizard.bodies.table.removeRow(3)
    wizard.next()
    assert wizard.currentPage() is wizard.secretary


def test_answers_that_cannot_be_stored_bring_the_wizard_back_with_them(
    qtbot: QtBot, sqlite_database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure a refusal from ``write_setup`` (here a duplicate body that got past the pages) is shown and the
    wizard opens again with every answer kept, instead of ending the program with the answers lost."""
    runs: list[str] = []

    def answer(self: FirstRunWizard) -> QDialog.DialogCode:
        runs.append(self.organisation.name.text())
        if len(runs) == 1:
            self.restart()
            self.next()
            self.organisation.name.setText("Sysmän kunta")
            self.next()
            self.bodies.add_body("Kunnanhallitus", BodyKind.EXECUTIVE, "X Y")  # not validated: no Next
            self.secretary.name.setText("Saara Sihteeri")
        else:
            self.bodies.table.removeRow(self.bodies.table.rowCount() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", answer)
    assert gui_app.first_run(sqlite_database, settings) is sqlite_database
    assert runs == ["", "Sysmän kunta"]
    assert len(shown_errors) == 1 and "Kunnanhallitus" in shown_errors[0][1]
    with sqlite_database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Body).where(Body.name == "Kunnanhallitus")) == 1
        assert session.scalar(select(Organisation.name)) == "Sysmän kunta"


def test_minutes_online_days_are_stored(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure the wizard's "Pöytäkirjat verkossa" is stored (it was shown but 365 was always stored)."""
    wizard = _wizard(qtbot)
    wizard.organisation.form.online_days.setValue(60)
    wizard.next()
    wizard.next()
    write_setup(sqlite_database, wizard.setup())
    with sqlite_database.begin() as session:
        assert session.scalar(select(Organisation.minutes_online_days)) == 60


def test_a_name_typed_in_several_places_is_one_person(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure a member of two bodies who is also the secretary is one person with two seats and the title."""
    wizard = _wizard(qtbot)
    wizard.next()
    _cell(wizard, 0, MEMBERS).setText("Anna Aalto, Bertil Berg")
    _cell(wizard, 1, MEMBERS).setText("Cecilia Carlsson, anna  aalto, Anna Aalto")
    wizard.next()
    type_text(wizard.secretary.name, "Anna Aalto")
    type_text(wizard.secretary.job_title, "hallintosihteeri")
    write_setup(sqlite_database, wizard.setup())
    with sqlite_database.begin() as session:
        people = [tuple(r) for r in session.execute(select(Person.name, Person.title).order_by(Person.name))]
        assert people == [("Anna Aalto", "hallintosihteeri"), ("Bertil Berg", ""), ("Cecilia Carlsson", "")]
        seats = [tuple(r) for r in session.execute(
            select(Body.name, Person.name, Membership.role)
            .join(Membership.body).join(Membership.person).order_by(Body.sort_order, Membership.sort_order)
        )]  # fmt: skip
        assert seats == [
            ("Kunnanvaltuusto", "Anna Aalto", MemberRole.CHAIR),
            ("Kunnanvaltuusto", "Bertil Berg", MemberRole.MEMBER),
            ("Kunnanhallitus", "Cecilia Carlsson", MemberRole.CHAIR),
            ("Kunnanhallitus", "Anna Aalto", MemberRole.MEMBER),
        ]


def test_a_bilingual_organisation_is_asked_its_swedish_names(qtbot: QtBot, sqlite_database: Database) -> None:
    """Ensure a bilingual organisation is asked its Swedish name and its bodies' (suggested, editable), that a
    missing one is refused as for the settings, and that they are stored; a Finnish one is not asked them."""
    wizard = _wizard(qtbot, "Kaskisten kaupunki")
    page = wizard.organisation
    assert not page.form.name_sv.isVisibleTo(page.form)
    page.language.setCurrentIndex(page.language.findData(Language.BILINGUAL.value))
    assert page.form.name_sv.isVisibleTo(page.form)
    wizard.next()
    assert wizard.currentPage() is page and "ruotsiksi" in page.problem.text()
    type_text(page.form.name_sv, "Kaskö stad")
    wizard.next()
    assert not wizard.bodies.table.isColumnHidden(NAME_SV)
    # A town (kaupunki) gets a town council and board suggested, in both languages.
    assert _rows(wizard) == ["Kaupunginvaltuusto", "Kaupunginhallitus", "Hyvinvointilautakunta"]
    assert _rows(wizard, NAME_SV) == ["Stadsfullmäktige", "Stadsstyrelsen", "Välfärdsnämnden"]
    _cell(wizard, 1, NAME).setText("Kaupunginhallitus")
    _cell(wizard, 1, NAME_SV).setText("Stadsstyrelsen")
    _cell(wizard, 2, NAME_SV).setText(" ")
    wizard.next()
    assert wizard.currentPage() is wizard.bodies
    assert "Hyvinvointilautakunta" in wizard.bodies.problem.text() and "ruotsiksi" in wizard.bodies.problem.text()
    _cell(wizard, 2, NAME_SV).setText("Välfärdsnämnden")
    wizard.next()
    assert wizard.currentPage() is wizard.secretary
    write_setup(sqlite_database, wizard.setup())
    with sqlite_database.begin() as session:
        assert session.execute(select(Organisation.name, Organisation.name_sv)).one() == ("Kaskisten kaupunki",
                                                                                          "Kaskö stad")
        assert [tuple(r) for r in session.execute(select(Body.name, Body.name_sv).order_by(Body.sort_order))] == [
            ("Kaupunginvaltuusto", "Stadsfullmäktige"),
            ("Kaupunginhallitus", "Stadsstyrelsen"),
            ("Hyvinvointilautakunta", "Välfärdsnämnden"),
        ]
    finnish = _wizard(qtbot)
    finnish.next()
    assert finnish.bodies.table.isColumnHidden(NAME_SV)


def test_a_finnish_organisation_stores_no_swedish_names(sqlite_database: Database) -> None:
    """Ensure the suggested Swedish names are not stored for a Finnish-only organisation (a Swedish name the
    user never saw, left for a renamed body, would print wrong later)."""
    write_setup(sqlite_database, Setup(OrganisationKind.MUNICIPALITY, "Sysmän kunta", Language.FINNISH,
                                       bodies=[BodySetup("Kaupunginhallitus", BodyKind.EXECUTIVE, [],
                                                         name_sv="Kommunstyrelsen")]))  # fmt: skip
    with sqlite_database.begin() as session:
        assert session.execute(select(Body.name_sv)).scalar_one() == ""


def test_a_kind_changed_after_back_suggests_its_bodies(qtbot: QtBot) -> None:
    """Ensure going Back and changing the organisation's kind suggests that kind's bodies, unless the user has
    already edited the suggested table (then it stays as the user left it)."""
    wizard = _wizard(qtbot, "Päijät-Hämeen hyvinvointialue")
    wizard.next()
    assert _rows(wizard) == ["Kunnanvaltuusto", "Kunnanhallitus", "Hyvinvointilautakunta"]
    wizard.back()
    kind = wizard.organisation.kind
    kind.setCurrentIndex(kind.findData(OrganisationKind.WELLBEING_COUNTY.value))
    wizard.next()
    assert _rows(wizard) == ["Aluevaltuusto", "Aluehallitus"]
    assert [b.kind for b in wizard.setup().bodies] == [BodyKind.COUNCIL, BodyKind.EXECUTIVE]
    _cell(wizard, 0, MEMBERS).setText("Aino Aalto")
    wizard.back()
    kind.setCurrentIndex(kind.findData(OrganisationKind.JOINT_AUTHORITY.value))
    wizard.next()
    assert _rows(wizard) == ["Aluevaltuusto", "Aluehallitus"]  # edited: kept
