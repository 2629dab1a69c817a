"""The settings dialog: what the first run asked (organisation, bodies and members, the user) changed later."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.organisation import BodyDetails, PersonChange
from db.engine import Database
from db.enums import BodyKind, Language, MemberRole, OrganisationKind
from db.models import Body, Membership, Organisation, Person
from gui import settings as declared
from gui.first_run import BodySetup, Setup, write_setup
from gui.navigator import NodeKind
from gui.organisation_dialog import BodiesPanel, BodyDialog, MemberDialog, MemberValues, NewBody
from gui.settings import Settings, SettingsDialog
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, type_text

settings = desk_support.settings
prompts = desk_support.prompts
shown_errors = desk_support.shown_errors

TODAY = dt.date.today()


@pytest.fixture
def home(sqlite_database: Database) -> Database:
    write_setup(sqlite_database, Setup(
        kind=OrganisationKind.MUNICIPALITY, name="Sysmän kunta", language=Language.FINNISH,
        registry_email="kirjaamo@sysma.fi",
        bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu", "Pekka Virtanen"])],
        secretary_name="Saara Sihteeri", secretary_title="hallintosihteeri",
    ), today=TODAY - dt.timedelta(days=30))  # fmt: skip
    return sqlite_database


def _dialog(qtbot: QtBot, settings: Settings, database: Database | None) -> SettingsDialog:
    dialog = SettingsDialog(settings, None, database)
    qtbot.addWidget(dialog)
    return dialog


def test_the_organisation_and_the_user_change_with_the_settings(qtbot: QtBot, settings: Settings,
                                                                home: Database) -> None:
    """Ensure the organisation's tab shows what the first run stored and OK stores it with the user's person."""
    settings.set(declared.SECRETARY_NAME, "Saara Sihteeri")
    dialog = _dialog(qtbot, settings, home)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Yleiset", "Organisaatio", "Toimielimet ja jäsenet", "Henkilöt", "Tehtäväluokitus"]
    form = dialog.organisation
    assert form is not None and form.name.text() == "Sysmän kunta" and form.email.text() == "kirjaamo@sysma.fi"
    assert dialog.organisation_choice.isHidden()  # one home organisation: nothing to choose
    form.name.clear()
    type_text(form.name, "Sysmän kaupunki")
    form.language.setCurrentIndex(form.language.findData(Language.BILINGUAL.value))
    type_text(form.name_sv, "Sysmä stad")
    form.hours.setText("ma–pe 9–15")
    assert form.certification_text.text() == "Otteen oikeaksi todistaa"
    type_text(form.certification_place, "Sysmässä")
    type_text(form.certification_place_sv, "i Sysmä")
    assert form.court.currentData() == ""
    form.court.setCurrentIndex(form.court.findData("turku"))
    assert form.online_days.value() == 365
    form.online_days.setValue(730)
    dialog.title.clear()
    type_text(dialog.title, "hallintojohtaja")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database_changed
    with home.begin() as s:
        org = s.scalar(select(Organisation).where(Organisation.is_home.is_(True)))
        assert org is not None
        assert (org.name, org.name_sv, org.language, org.registry_hours, org.certification_place,
                org.minutes_online_days) == ("Sysmän kaupunki", "Sysmä stad", Language.BILINGUAL, "ma–pe 9–15",
                                             "Sysmässä", 730)  # fmt: skip
        from core.organisation import organisation_details

        assert organisation_details(s).administrative_court == "turku"
        assert organisation_details(s).certification_place_sv == "i Sysmä"
        me = s.scalar(select(Person).where(Person.name == "Saara Sihteeri"))
        assert me is not None and me.title == "hallintojohtaja"
    assert settings.get(declared.SECRETARY_TITLE) == "hallintojohtaja"


def test_a_refused_organisation_keeps_the_dialog_open_and_stores_nothing(
    qtbot: QtBot, settings: Settings, home: Database, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure an empty organisation name is explained in Finnish, and neither the database nor the settings change."""
    dialog = _dialog(qtbot, settings, home)
    assert dialog.organisation is not None
    dialog.organisation.name.clear()
    dialog.title.setText("uusi nimike")
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.tabs.currentIndex() == 1
    assert shown_errors and "Organisaation nimi puuttuu." in shown_errors[0][1] and not shown_errors[0][2]
    with home.begin() as s:
        assert s.scalar(select(Organisation.name).where(Organisation.is_home.is_(True))) == "Sysmän kunta"
    assert settings.get(declared.SECRETARY_TITLE) == ""


def test_without_a_database_or_a_first_run_only_the_preferences_show(qtbot: QtBot, settings: Settings,
                                                                     sqlite_database: Database) -> None:
    """Ensure the dialog works with no database, and with one that has no organisation yet."""
    for database in (None, sqlite_database):
        dialog = _dialog(qtbot, settings, database)
        assert dialog.tabs.count() == 1 and dialog.organisation is None and dialog.bodies is None
        dialog.autosave.setValue(30)
        dialog.accept()
        assert settings.get(declared.AUTOSAVE_SECONDS) == 30 and not dialog.database_changed


class _Answers:
    """Answers for the panel's dialogs, recorded as asked."""

    def __init__(self, panel: BodiesPanel) -> None:
        self.bodies: list[BodyDetails | None] = []
        self.organisations: list[int] = []  # a new body's home organisation when another than offered is chosen
        self.members: list[MemberValues | None] = []
        self.asked: list[dict[str, Any]] = []
        panel.ask_body = self.ask_body  # type: ignore[method-assign]
        panel.ask_new_body = self.ask_new_body  # type: ignore[method-assign]
        panel.ask_member = self.ask_member  # type: ignore[method-assign]

    def ask_body(self, details: BodyDetails | None) -> BodyDetails | None:
        self.asked.append({"body": details})
        return self.bodies.pop(0)

    def ask_new_body(self, organisation_id: int | None, details: BodyDetails | None = None) -> NewBody | None:
        self.asked.append({"body": details, "organisation": organisation_id})
        answer = self.bodies.pop(0)
        chosen = self.organisations.pop(0) if self.organisations else organisation_id
        return None if answer is None else (chosen, answer)

    def ask_member(self, people: list[str], deputies_for: list[tuple[int, str]], *, adding: bool,
                   **current: object) -> MemberValues | None:  # fmt: skip
        self.asked.append({"people": people, "deputies_for": deputies_for, "adding": adding, **current})
        return self.members.pop(0)


def _rows(panel: BodiesPanel) -> list[list[str]]:
    table = panel.members
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_bodies_are_added_and_taken_out_of_use_at_once(qtbot: QtBot, home: Database,
                                                       shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure a body is added (a refused name asked again) and edited, stored at once, and never deleted."""
    panel = BodiesPanel(home)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    assert [panel.bodies.item(r).text() for r in range(panel.bodies.count())] == ["Kunnanhallitus"]
    answers.bodies = [BodyDetails("Kunnanhallitus", BodyKind.COMMITTEE),
                      BodyDetails("Tekninen lautakunta", BodyKind.COMMITTEE, "Kunnantalo")]  # fmt: skip
    panel.add_body_button.click()
    assert "jo toimielin nimeltä Kunnanhallitus" in shown_errors[0][1]
    assert answers.asked[1]["body"] == BodyDetails("Kunnanhallitus", BodyKind.COMMITTEE)  # asked again, as typed
    assert panel.bodies.currentItem().text() == "Tekninen lautakunta" and panel.changed
    with home.begin() as s:
        added = s.scalar(select(Body).where(Body.name == "Tekninen lautakunta"))
        assert added is not None and added.name_genitive == "teknisen lautakunnan"
    answers.bodies = [BodyDetails("Tekninen lautakunta", BodyKind.COMMITTEE, "Kunnantalo", active=False)]
    panel.edit_body_button.click()
    assert answers.asked[-1]["body"].name_genitive == "teknisen lautakunnan"
    assert panel.bodies.currentItem().text() == "Tekninen lautakunta (ei käytössä)"
    answers.bodies = [None]
    panel.edit_body_button.click()  # cancelled: nothing changes
    assert panel.bodies.count() == 2


def test_members_join_and_leave_at_once(qtbot: QtBot, home: Database,
                                        shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure a member is added (a refused one asked again as typed), a personal deputy named, a term ended."""
    panel = BodiesPanel(home)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    start = TODAY - dt.timedelta(days=30)
    fi = f"{start.day}.{start.month}.{start.year}"
    assert _rows(panel) == [["Aino Áilu", "puheenjohtaja", "", fi, ""], ["Pekka Virtanen", "jäsen", "", fi, ""]]
    answers.members = [("Aino Áilu", MemberRole.MEMBER, TODAY, None, None),
                       ("Ville Varanen", MemberRole.MEMBER, TODAY, None, None)]  # fmt: skip
    panel.add_member_button.click()
    assert "Aino Áilu on jo toimielimen Kunnanhallitus jäsen" in shown_errors[0][1]
    assert answers.asked[0]["adding"] and "Saara Sihteeri" in answers.asked[0]["people"]
    assert answers.asked[1]["name"] == "Aino Áilu"
    assert [row[0] for row in _rows(panel)] == ["Aino Áilu", "Pekka Virtanen", "Ville Varanen"]
    assert panel.current_membership_id() is not None  # the new one is selected
    pekka = next(r for r in range(panel.members.rowCount()) if panel.members.item(r, 0).text() == "Pekka Virtanen")
    with home.begin() as s:
        pekka_id = s.scalar(select(Person.id).where(Person.name == "Pekka Virtanen"))
    answers.members = [("Dora Deputy", MemberRole.DEPUTY, TODAY, None, pekka_id)]
    panel.add_member_button.click()
    assert ("Pekka Virtanen" in [name for _pid, name in answers.asked[-1]["deputies_for"]])
    assert _rows(panel)[-1][:3] == ["Dora Deputy", "varajäsen", "Pekka Virtanen"]
    panel.members.selectRow(pekka)
    yesterday = TODAY - dt.timedelta(days=1)
    answers.members = [("Pekka Virtanen", MemberRole.MEMBER, start, yesterday, None)]
    panel.edit_member_button.click()
    assert not answers.asked[-1]["adding"] and answers.asked[-1]["name"] == "Pekka Virtanen"
    assert "Pekka Virtanen" not in [row[0] for row in _rows(panel)]
    panel.show_ended.setChecked(True)
    assert "Pekka Virtanen" in [row[0] for row in _rows(panel)]
    with home.begin() as s:
        ended = s.scalar(select(Membership.term_end).join(Person, Membership.person_id == Person.id)
                         .where(Person.name == "Pekka Virtanen"))  # fmt: skip
    assert ended == yesterday


def test_the_body_dialog_suggests_forms_and_keeps_corrected_ones(qtbot: QtBot) -> None:
    """Ensure forms follow the name as it is typed, and a form the user corrected stays."""
    dialog = BodyDialog(None)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Ympäristölautakunta")
    assert dialog.forms["genitive"].text() == "ympäristölautakunnan"
    dialog.forms["illative"].setText("oma muoto")
    dialog.name.clear()
    type_text(dialog.name, "Ympäristölautakunnan jaosto")
    details = dialog.details()
    assert details.name == "Ympäristölautakunnan jaosto"
    # Inside a sentence the genitive of a common noun is written small (the inflection review, af71849).
    assert details.name_genitive == "ympäristölautakunnan jaoston" and details.name_illative == "oma muoto"
    dialog.suggest_forms()
    assert dialog.details().name_illative == "ympäristölautakunnan jaostoon"


def test_the_member_dialog_asks_deputy_and_end_only_when_they_apply(qtbot: QtBot) -> None:
    """Ensure the deputy's member and the last day are asked only for a deputy and an ending term."""
    dialog = MemberDialog(["Pekka Virtanen"], [(7, "Aino Áilu")], adding=True)
    qtbot.addWidget(dialog)
    assert not dialog.deputy_for.isEnabled() and not dialog.term_end.isEnabled()
    type_text(dialog.name, "Uusi Ämmälä")
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.DEPUTY.value))
    dialog.deputy_for.setCurrentIndex(1)
    dialog.ends.setChecked(True)
    assert dialog.deputy_for.isEnabled() and dialog.term_end.isEnabled()
    name, role, _start, end, deputy_for = dialog.values()
    assert (name, role, end is not None, deputy_for) == ("Uusi Ämmälä", MemberRole.DEPUTY, True, 7)
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.MEMBER.value))
    assert dialog.values()[4] is None
    editing = MemberDialog([], [], adding=False, name="Aino Áilu", role=MemberRole.CHAIR)
    qtbot.addWidget(editing)
    assert editing.name.isReadOnly() and editing.values()[:2] == ("Aino Áilu", MemberRole.CHAIR)


def test_the_window_reads_its_bodies_again_after_the_settings(qtbot: QtBot, home: Database, settings: Settings,
                                                              prompts: AnsweringPrompts,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a body added in the settings shows in the navigator, and one taken out of use goes from it."""
    window = make_window(qtbot, home, settings, prompts)

    def run(dialog: SettingsDialog) -> int:
        assert dialog.bodies is not None
        answers = _Answers(dialog.bodies)
        answers.bodies = [BodyDetails("Sivistyslautakunta", BodyKind.COMMITTEE)]
        dialog.bodies.add_body()
        dialog.bodies.bodies.setCurrentRow(0)
        answers.bodies = [BodyDetails("Kunnanhallitus", BodyKind.EXECUTIVE, active=False)]
        dialog.bodies.edit_body()
        dialog.reject()  # closing with Cancel keeps what the panel stored
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.named_actions["settings"].trigger()
    model = window.model
    names = [model.node(model.index(r, 0)).label for r in range(model.rowCount())]
    assert names == ["Sivistyslautakunta"]
    assert model.node(model.index(0, 0)).kind == NodeKind.BODY


def test_an_unexpected_error_is_reported_and_not_asked_again(qtbot: QtBot, home: Database,
                                                             shown_errors: list[tuple[str, str, bool]],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a bug while storing is shown as one (with its report), the question is not repeated, nothing changes."""
    from core import organisation as org_ops

    def broken(*_args: object) -> None:
        raise RuntimeError("rikki")

    monkeypatch.setattr(org_ops, "add_body", broken)
    panel = BodiesPanel(home)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    answers.bodies = [BodyDetails("Uusi lautakunta", BodyKind.COMMITTEE)]
    panel.add_body_button.click()
    assert len(answers.asked) == 1 and len(shown_errors) == 1 and shown_errors[0][2]
    assert not panel.changed and panel.bodies.count() == 1


def test_people_are_found_added_and_edited_at_once(qtbot: QtBot, home: Database,
                                                    shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure the people tab filters by name or title, adds a preparer (a bad e-mail asked again), and edits."""
    from core.organisation import PersonDetails
    from gui.organisation_dialog import PeoplePanel, PersonDialog

    panel = PeoplePanel(home)
    qtbot.addWidget(panel)
    asked: list[PersonDetails | None] = []
    answers: list[PersonDetails | None] = []

    def ask(organisation_id: int | None, details: PersonDetails | None = None
            ) -> tuple[int | None, PersonDetails] | None:  # fmt: skip
        asked.append(details)
        answer = answers.pop(0)
        return (organisation_id, answer) if answer is not None else None

    panel.ask_new_person = ask  # type: ignore[method-assign]
    assert panel.visible_names() == ["Aino Áilu", "Pekka Virtanen", "Saara Sihteeri"]
    type_text(panel.filter, "sihteeri")
    assert panel.visible_names() == ["Saara Sihteeri"] and not panel.edit_button.isEnabled()
    typed = PersonDetails("Vilja Valmistelija", "talouspäällikkö", email="vilja(at)sysma.fi")
    answers[:] = [typed, PersonDetails("Vilja Valmistelija", "talouspäällikkö", email="vilja@sysma.fi")]
    panel.add_button.click()
    assert "ei ole muotoa" in shown_errors[0][1] and asked[:2] == [None, typed]  # asked again as typed
    assert panel.filter.text() == "" and panel.changed
    assert panel.current_person_id() is not None and "Vilja Valmistelija" in panel.visible_names()
    changes: list[PersonChange | None] = []
    change_asked: list[tuple[PersonChange, list[str]]] = []

    def ask_change(change: PersonChange, former: list[str], current: int | None = None) -> PersonChange | None:
        change_asked.append((change, former))
        return changes.pop(0)

    panel.ask_person_change = ask_change  # type: ignore[method-assign]
    before = PersonDetails("Vilja Valmistelija", "talouspäällikkö", email="vilja@sysma.fi")
    changes[:] = [PersonChange(replace(before, title="hallintojohtaja"), dt.date(2026, 1, 1))]
    panel.edit_button.click()
    assert change_asked[-1] == (PersonChange(before, None), [])
    with home.begin() as s:
        vilja = s.scalar(select(Person).where(Person.name == "Vilja Valmistelija"))
        assert vilja is not None and vilja.title == "hallintojohtaja"
        assert vilja.as_on(dt.date(2025, 12, 31)).title == "talouspäällikkö"
    changes[:] = [None]
    panel.edit_button.click()
    assert change_asked[-1][1] == ["Vilja Valmistelija, talouspäällikkö (31.12.2025 asti)"]
    dialog = PersonDialog(PersonDetails("Aino Áilu", "puheenjohtaja"))
    qtbot.addWidget(dialog)
    type_text(dialog.phone, "040 1")
    assert dialog.details() == PersonDetails("Aino Áilu", "puheenjohtaja", phone="040 1")
    assert dialog.changed_from() is None


def test_a_new_name_asks_whether_it_changed_or_is_corrected(qtbot: QtBot) -> None:
    """Ensure the person dialog refuses a new name or title until it is told whether it changed from a day (the
    day given) or corrects a misspelling, and asks nothing for new contacts only."""
    from core.organisation import PersonDetails
    from gui.organisation_dialog import PersonDialog

    dialog = PersonDialog(PersonDetails("Aino Áilu", "puheenjohtaja"), former=["Aino Aalto (31.5.2024 asti)"])
    qtbot.addWidget(dialog)
    assert not dialog.since.isEnabled()
    type_text(dialog.email, "aino@sysma.fi")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changed_from() is None
    dialog.setResult(0)
    type_text(dialog.name, "-Niemi")
    dialog.accept()
    assert dialog.result() == 0 and "Valitse" in dialog.problem.text()
    dialog.renamed.setChecked(True)
    assert dialog.since.isEnabled()
    dialog.since.setDate(QDate(2026, 3, 1))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changed_from() == dt.date(2026, 3, 1)
    dialog.corrected.setChecked(True)
    assert dialog.changed_from() is None and dialog.details().name == "Aino Áilu-Niemi"



def test_the_body_dialog_asks_the_body_above_for_every_kind_but_a_council(qtbot: QtBot) -> None:
    """Ensure the body above is asked for a committee, a board, a division and an office-holder, and dropped
    only for a council (which has none)."""
    dialog = BodyDialog(None, None, [(7, "Kunnanhallitus")])
    qtbot.addWidget(dialog)
    assert dialog.parent_body.isEnabled()  # a committee by default: the body it proposes matters to
    dialog.parent_body.setCurrentIndex(dialog.parent_body.findData(7))
    type_text(dialog.name, "Elinvoimalautakunta")
    assert dialog.details().parent_id == 7
    for kind in (BodyKind.EXECUTIVE, BodyKind.DIVISION, BodyKind.OFFICE_HOLDER):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        assert dialog.parent_body.isEnabled() and dialog.details().parent_id == 7
    dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.COUNCIL.value))
    assert not dialog.parent_body.isEnabled() and dialog.details().parent_id is None


def test_editing_a_committee_keeps_the_body_it_proposes_to(qtbot: QtBot, demo_db: Database) -> None:
    """Ensure OK on an unchanged committee or board keeps its body above, so that templates using
    parent_body can still be drafted."""
    from core import organisation as org_ops

    with demo_db.begin() as session:
        every = org_ops.bodies(session)
        kept = {b.id: (b.parent_id, b.organisation_id, org_ops.body_details(b)) for b in every
                if b.kind in (BodyKind.COMMITTEE, BodyKind.EXECUTIVE) and b.parent_id is not None}
        choices = {b.id: [(o.id, o.name) for o in every if o.organisation_id == b.organisation_id and o.id != b.id]
                   for b in every}
    assert kept
    for body_id, (parent_id, _, details) in kept.items():
        dialog = BodyDialog(details, None, choices[body_id])
        qtbot.addWidget(dialog)
        assert dialog.parent_body.isEnabled() and dialog.parent_body.currentData() == parent_id
        with demo_db.begin() as session:
            org_ops.update_body(session, body_id, dialog.details())
        with demo_db.begin() as session:
            assert session.get(Body, body_id).parent_id == parent_id  # type: ignore[union-attr]


def test_the_courts_are_named_in_the_languages_of_the_window(qtbot: QtBot, qapp: object) -> None:
    """Ensure the administrative courts are listed in Swedish in a Swedish window, in Finnish otherwise."""
    from gui.i18n import install_translations, remove_translations, ui_language
    from gui.organisation_dialog import OrganisationForm

    finnish = OrganisationForm()
    qtbot.addWidget(finnish)
    assert ui_language() == "fi"
    assert finnish.court.itemText(finnish.court.findData("vaasa")) == "Vaasan hallinto-oikeus"
    installed = install_translations(qapp, "sv")  # type: ignore[arg-type]
    try:
        swedish = OrganisationForm()
        qtbot.addWidget(swedish)
        assert ui_language() == "sv"
        assert swedish.court.itemText(swedish.court.findData("vaasa")) == "Vasa förvaltningsdomstol"
    finally:
        remove_translations(qapp, installed)  # type: ignore[arg-type]
    assert ui_language() == "fi"


def test_a_body_with_checked_minutes_shows_its_name_and_kind_fixed(qtbot: QtBot, demo_db: Database) -> None:
    """Ensure the body dialog of a body whose minutes are checked does not offer to change its name, Swedish
    name or kind (the change would be refused), while OK still stores the rest and keeps the body above."""
    from core import organisation as org_ops

    with demo_db.begin() as session:
        board = session.scalars(select(Body).where(Body.name == "Maakuntahallitus")).one()
        committee = session.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        assert org_ops.has_checked_minutes(session, board.id)
        assert not org_ops.has_checked_minutes(session, committee.id)
        details, board_id, parent_id = org_ops.body_details(board), board.id, board.parent_id
        above = [(b.id, b.name) for b in org_ops.bodies(session)
                 if b.organisation_id == board.organisation_id and b.id != board.id]  # fmt: skip
    dialog = BodyDialog(details, None, above, printed=True)
    qtbot.addWidget(dialog)
    assert not dialog.name.isEnabled() and not dialog.name_sv.isEnabled() and not dialog.kind.isEnabled()
    assert "tarkastettu" in dialog.name.toolTip()
    dialog.place.setText("Lahti")
    with demo_db.begin() as session:
        org_ops.update_body(session, board_id, dialog.details())
    with demo_db.begin() as session:
        stored = session.get(Body, board_id)
        assert stored is not None and (stored.name, stored.default_place, stored.parent_id) == (
            "Maakuntahallitus", "Lahti", parent_id)


def _home_ids(database: Database) -> dict[str, int]:
    with database.begin() as s:
        return {o.name: o.id for o in s.scalars(select(Organisation).where(Organisation.is_home.is_(True)))}


def test_the_second_home_organisation_is_edited_on_its_own(qtbot: QtBot, settings: Settings, demo_db: Database
                                                           ) -> None:  # fmt: skip
    """Ensure that with two home organisations (the demo's municipality and regional council) the Organisaatio tab
    offers both, shows each one's own details, keeps what was typed for each when switching between them, and OK
    stores each organisation's changes as its own (the Swedish registry details, court and certification of the
    second where its excerpts and appeal instructions read them) without mixing them."""
    from core.appeal import administrative_court, swedish_details

    ids = _home_ids(demo_db)
    dialog = _dialog(qtbot, settings, demo_db)
    form, choice = dialog.organisation, dialog.organisation_choice
    assert form is not None and not choice.isHidden()
    assert [choice.itemText(i) for i in range(choice.count())] == ["Hartolan kunta", "Päijät-Hämeen liitto"]
    assert form.name.text() == "Hartolan kunta"
    form.hours.setText("ma–to klo 9–15")
    choice.setCurrentIndex(1)
    assert (form.name.text(), form.email.text()) == ("Päijät-Hämeen liitto", "kirjaamo@paijat-hame.fi")
    assert form.hours.text() == "maanantaista perjantaihin klo 9.00–15.00"  # its own, not the typed one
    form.language.setCurrentIndex(form.language.findData(Language.BILINGUAL.value))
    form.address_sv.setPlainText("Päijänne-Tavastlands förbund, registratorskontoret, Tavastgatan 9, 15110 Lahtis")
    form.hours_sv.setText("måndag–fredag kl. 9.00–15.00")
    type_text(form.certification_place_sv, "Lahtis")
    form.certification_text.setText("Otteen oikeaksi todistaa:")
    form.court.setCurrentIndex(form.court.findData("turku"))
    form.online_days.setValue(730)
    choice.setCurrentIndex(0)
    assert form.hours.text() == "ma–to klo 9–15" and form.certification_place_sv.text() == ""  # as typed, not mixed
    assert form.court.currentData() == "hameenlinna" and form.online_days.value() == 365
    choice.setCurrentIndex(1)
    assert form.certification_place_sv.text() == "Lahtis" and form.court.currentData() == "turku"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database_changed
    with demo_db.begin() as s:
        hartola, liitto = s.get(Organisation, ids["Hartolan kunta"]), s.get(Organisation, ids["Päijät-Hämeen liitto"])
        assert hartola is not None and liitto is not None
        assert (hartola.registry_hours, hartola.language, hartola.certification_text, hartola.minutes_online_days) \
            == ("ma–to klo 9–15", Language.FINNISH, "Otteen oikeaksi todistaa", 365)  # fmt: skip
        assert swedish_details(hartola) == {}
        assert (liitto.registry_hours, liitto.language, liitto.certification_text, liitto.minutes_online_days) == (
            "maanantaista perjantaihin klo 9.00–15.00", Language.BILINGUAL, "Otteen oikeaksi todistaa:", 730)
        assert swedish_details(liitto) == {
            "postal_address": "Päijänne-Tavastlands förbund, registratorskontoret, Tavastgatan 9, 15110 Lahtis",
            "registry_hours": "måndag–fredag kl. 9.00–15.00", "certification_place": "Lahtis"}  # fmt: skip
        court, own = administrative_court(s, liitto), administrative_court(s, hartola)
        assert court is not None and court["name"] == "Turun hallinto-oikeus"
        assert own is not None and own["name"] == "Hämeenlinnan hallinto-oikeus"


def test_a_refused_second_organisation_is_shown_and_nothing_is_stored(
    qtbot: QtBot, settings: Settings, demo_db: Database, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure that when the details typed for an organisation not shown are refused (the other home organisation's
    name), OK keeps the dialog open on that organisation with the reason, what was typed for both stays in the
    form, and neither organisation changes."""
    ids = _home_ids(demo_db)
    dialog = _dialog(qtbot, settings, demo_db)
    form, choice = dialog.organisation, dialog.organisation_choice
    assert form is not None
    form.hours.setText("ma–to klo 9–15")
    choice.setCurrentIndex(1)
    form.name.setText("Hartolan kunta")
    choice.setCurrentIndex(0)
    assert choice.itemText(1) == "Hartolan kunta"  # the name typed shows in the choice, too
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.tabs.currentIndex() == 1
    assert "toinen organisaatio nimeltä Hartolan kunta" in shown_errors[0][1] and not shown_errors[0][2]
    assert choice.currentIndex() == 1 and form.name.text() == "Hartolan kunta"  # the refused one, as typed
    choice.setCurrentIndex(0)
    assert form.hours.text() == "ma–to klo 9–15"
    with demo_db.begin() as s:
        assert {o.id: (o.name, o.registry_hours) for o in s.scalars(select(Organisation).where(
            Organisation.is_home.is_(True)))} == {
            ids["Hartolan kunta"]: ("Hartolan kunta", "maanantaista perjantaihin klo 9.00–15.00"),
            ids["Päijät-Hämeen liitto"]: ("Päijät-Hämeen liitto", "maanantaista perjantaihin klo 9.00–15.00")}
    choice.setCurrentIndex(1)
    form.name.setText("Päijät-Hämeen liitto")
    dialog.accept()  # corrected: both stored
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_db.begin() as s:
        assert s.get(Organisation, ids["Hartolan kunta"]).registry_hours == "ma–to klo 9–15"  # type: ignore[union-attr]


def test_a_new_body_is_added_to_the_home_organisation_chosen(qtbot: QtBot, demo_db: Database,
                                                             shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure that with two home organisations (the demo's municipality and regional council) Uusi toimielin…
    offers the organisation of the body chosen in the list (the first one's when none is), stores the body as
    the organisation's chosen in the dialog (a name refused within it asked again with that organisation), and a
    member added to its body by a new name is a person of that organisation."""
    ids = _home_ids(demo_db)
    hartola, liitto = ids["Hartolan kunta"], ids["Päijät-Hämeen liitto"]
    panel = BodiesPanel(demo_db)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    labels = [panel.bodies.item(r).text() for r in range(panel.bodies.count())]
    panel.bodies.setCurrentRow(labels.index("Maakuntahallitus — Päijät-Hämeen liitto"))
    answers.bodies = [BodyDetails("Maakuntavaltuusto", BodyKind.COMMITTEE),  # the regional council's own name
                      BodyDetails("Tarkastuslautakunta", BodyKind.COMMITTEE)]  # fmt: skip
    panel.add_body_button.click()
    assert len(shown_errors) == 1 and "jo toimielin nimeltä Maakuntavaltuusto" in shown_errors[0][1]
    assert [a["organisation"] for a in answers.asked] == [liitto, liitto]  # asked again for the same one
    assert answers.asked[1]["body"] == BodyDetails("Maakuntavaltuusto", BodyKind.COMMITTEE)
    assert panel.bodies.currentItem().text() == "Tarkastuslautakunta — Päijät-Hämeen liitto"
    answers.bodies, answers.organisations = [BodyDetails("Maakuntavaltuusto", BodyKind.COMMITTEE)], [hartola]
    panel.add_body_button.click()  # the municipality chosen in the dialog: the name is free there
    assert answers.asked[-1]["organisation"] == liitto  # offered: the chosen body's (the one just added)
    assert panel.bodies.currentItem().text() == "Maakuntavaltuusto — Hartolan kunta" and len(shown_errors) == 1
    panel.bodies.setCurrentRow(labels.index("Maakuntahallitus — Päijät-Hämeen liitto"))
    answers.members = [("Oona Oksanen", MemberRole.MEMBER, TODAY, None, None)]
    panel.add_member_button.click()
    panel.bodies.setCurrentRow(-1)
    answers.bodies = [BodyDetails("Nuorisovaltuusto", BodyKind.COMMITTEE)]
    panel.add_body_button.click()  # no body chosen: the first home organisation
    assert answers.asked[-1]["organisation"] == hartola
    with demo_db.begin() as s:
        added = sorted((b.name, b.organisation_id) for b in s.scalars(select(Body).where(Body.name.in_(
            ("Tarkastuslautakunta", "Maakuntavaltuusto", "Nuorisovaltuusto")))))  # fmt: skip
        oona = s.scalars(select(Person).where(Person.name == "Oona Oksanen")).one()
        assert oona.organisation_id == liitto
    assert added == sorted([("Maakuntavaltuusto", liitto), ("Maakuntavaltuusto", hartola),
                            ("Nuorisovaltuusto", hartola), ("Tarkastuslautakunta", liitto)])  # fmt: skip


def test_with_one_home_organisation_the_new_body_dialog_asks_no_organisation(qtbot: QtBot, home: Database) -> None:
    """Ensure the new-body dialog of a database with one home organisation does not show Organisaatio and offers
    that organisation's bodies as the body above, as before."""
    panel = BodiesPanel(home)
    qtbot.addWidget(panel)
    dialog = panel.new_body_dialog(panel.new_organisation_id())
    qtbot.addWidget(dialog)
    assert dialog.organisation.isHidden() and dialog.windowTitle() == "Uusi toimielin"
    assert [dialog.parent_body.itemText(i) for i in range(dialog.parent_body.count())] == ["–", "Kunnanhallitus"]
    with home.begin() as s:
        assert dialog.organisation_id() == s.scalar(select(Organisation.id).where(Organisation.is_home.is_(True)))


def test_the_new_body_dialog_offers_the_home_organisations_when_there_are_several(qtbot: QtBot, demo_db: Database
                                                                                  ) -> None:  # fmt: skip
    """Ensure that with two home organisations the new-body dialog shows both with the one offered chosen, lists
    as the body above only the chosen organisation's bodies, a new body asked again after a refusal is still a new
    one with what was typed, and editing a body shows no organisation to choose."""
    ids = _home_ids(demo_db)
    panel = BodiesPanel(demo_db)
    qtbot.addWidget(panel)
    panel.bodies.setCurrentRow(0)  # Kunnanvaltuusto of Hartola
    dialog = panel.new_body_dialog(panel.new_organisation_id())
    qtbot.addWidget(dialog)
    choice = dialog.organisation
    assert not choice.isHidden() and [choice.itemText(i) for i in range(choice.count())] == [
        "Hartolan kunta", "Päijät-Hämeen liitto"]
    assert dialog.organisation_id() == ids["Hartolan kunta"]
    chain = [dialog.nextInFocusChain()]
    while len(chain) < 40 and chain[-1] is not dialog:
        chain.append(chain[-1].nextInFocusChain())
    tabbed = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden()]
    assert tabbed[:3] == [dialog.name, choice, dialog.kind]  # typing starts at the name, the organisation next
    assert [dialog.parent_body.itemText(i) for i in range(dialog.parent_body.count())] == [
        "–", "Kunnanvaltuusto", "Kunnanhallitus", "Hyvinvointilautakunta", "Tekninen lautakunta"]
    dialog.parent_body.setCurrentIndex(2)
    choice.setCurrentIndex(1)
    assert dialog.organisation_id() == ids["Päijät-Hämeen liitto"]
    assert [dialog.parent_body.itemText(i) for i in range(dialog.parent_body.count())] == [
        "–", "Maakuntavaltuusto", "Maakuntahallitus"]
    assert dialog.details().parent_id is None  # the other organisation's body is no longer chosen
    dialog.parent_body.setCurrentIndex(2)
    type_text(dialog.name, "Tarkastuslautakunta")
    typed = dialog.details()
    panel.bodies.setCurrentRow(panel.bodies.count() - 1)  # Maakuntahallitus, whose minutes are checked
    assert panel.new_organisation_id() == ids["Päijät-Hämeen liitto"]
    again = panel.new_body_dialog(ids["Päijät-Hämeen liitto"], typed)  # asked again after a refusal
    qtbot.addWidget(again)
    assert again.windowTitle() == "Uusi toimielin" and again.name.isEnabled()  # not the chosen body's, fixed
    assert again.organisation_id() == ids["Päijät-Hämeen liitto"] and again.details() == typed
    assert again.parent_body.count() == 3  # the chosen body too may be the one above
    edited = BodyDialog(typed, None, [])
    qtbot.addWidget(edited)
    assert edited.organisation.isHidden() and edited.organisation_id() is None


def test_a_new_person_belongs_to_the_home_organisation_chosen(qtbot: QtBot, demo_db: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure that with two home organisations the people tab shows whose each person is, Uusi henkilö… offers
    the organisation of the person chosen in the table (the first one's when none is) and stores the person as
    the organisation's chosen in the dialog, and editing moves a person only when another organisation is chosen
    (a member of no organisation stays so)."""
    from core.organisation import PersonDetails
    from gui.organisation_dialog import PeoplePanel, PersonDialog

    ids = _home_ids(demo_db)
    hartola, liitto = ids["Hartolan kunta"], ids["Päijät-Hämeen liitto"]
    panel = PeoplePanel(demo_db)
    qtbot.addWidget(panel)
    assert not panel.table.isColumnHidden(panel.ORGANISATION_COLUMN)
    rows = {panel.table.item(r, 0).text(): r for r in range(panel.table.rowCount())}
    assert panel.table.item(rows["Juha Hertsi"], panel.ORGANISATION_COLUMN).text() == "Päijät-Hämeen liitto"
    offered: list[int | None] = []

    def ask(organisation_id: int | None, details: PersonDetails | None = None) -> tuple[int | None, PersonDetails]:
        offered.append(organisation_id)
        return liitto, PersonDetails("Maija Maakunta", "maakuntajohtaja", "landskapsdirektör")

    monkeypatch.setattr(panel, "ask_new_person", ask)
    panel.table.selectRow(rows["Juha Hertsi"])
    panel.add_button.click()
    panel.table.clearSelection()
    panel.table.setCurrentCell(-1, -1)
    monkeypatch.setattr(panel, "ask_new_person", lambda organisation_id, details=None: (
        offered.append(organisation_id) or (organisation_id, PersonDetails("Ville Kunta", "kunnansihteeri"))))
    panel.add_button.click()
    assert offered == [liitto, None]
    with demo_db.begin() as s:
        whose = dict(s.execute(select(Person.name, Person.organisation_id).where(
            Person.name.in_(("Maija Maakunta", "Ville Kunta")))).tuples().all())  # fmt: skip
    assert whose == {"Maija Maakunta": liitto, "Ville Kunta": hartola}
    dialog = panel.new_person_dialog(liitto)
    qtbot.addWidget(dialog)
    assert not dialog.organisation.isHidden() and dialog.organisation_id() == liitto
    assert [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())] == [
        "Hartolan kunta", "Päijät-Hämeen liitto"]
    assert dialog.windowTitle() == "Uusi henkilö" and dialog.renamed.parent() is None  # nothing to change yet
    # Editing: the dialog is answered as it is shown, or with the other organisation chosen.
    shown: list[PersonDialog] = []
    choose: list[int | None] = []

    def answer(dialog: PersonDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        if choose:
            wanted = choose.pop(0)
            dialog.organisation.setCurrentIndex(next(
                i for i in range(dialog.organisation.count()) if dialog.organisation.itemData(i) == wanted))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", answer)
    with demo_db.begin() as s:
        member = s.scalars(select(Person).where(Person.organisation_id.is_(None)).order_by(Person.id)).first()
        assert member is not None
        member_id, member_name = member.id, member.name
    panel.load(select_id=member_id)
    panel.edit_button.click()  # answered as shown
    assert shown[-1].organisation_id() is None and shown[-1].organisation.currentText() == "–"
    panel.load(select_id=member_id)
    choose.append(liitto)
    panel.edit_button.click()
    with demo_db.begin() as s:
        assert s.get(Person, member_id).organisation_id == liitto  # type: ignore[union-attr]
        maija = s.scalars(select(Person).where(Person.name == "Maija Maakunta")).one()
    panel.load(select_id=maija.id)
    panel.edit_button.click()  # shown with her own organisation, kept
    assert shown[-1].organisation_id() == liitto
    with demo_db.begin() as s:
        assert s.get(Person, maija.id).organisation_id == liitto  # type: ignore[union-attr]
        assert s.get(Person, member_id).name == member_name  # type: ignore[union-attr]


def test_with_one_home_organisation_the_person_dialog_asks_no_organisation(qtbot: QtBot, home: Database) -> None:
    """Ensure a database with one home organisation shows no Organisaatio in the people tab or the dialog."""
    from gui.organisation_dialog import PeoplePanel

    panel = PeoplePanel(home)
    qtbot.addWidget(panel)
    assert panel.table.isColumnHidden(panel.ORGANISATION_COLUMN)
    dialog = panel.new_person_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.organisation.isHidden()
    with home.begin() as s:
        assert dialog.organisation_id() == s.scalar(select(Organisation.id).where(Organisation.is_home.is_(True)))


def test_the_organisations_genitive_is_suggested_and_can_be_corrected(qtbot: QtBot, settings: Settings,
                                                                      home: Database) -> None:
    """Ensure the Organisaatio tab shows the genitive a draft would use (greyed, from the name as typed), stores one
    written over it, and that the first run's form does not ask it."""
    from gui.organisation_dialog import OrganisationForm

    dialog = _dialog(qtbot, settings, home)
    form = dialog.organisation
    assert form is not None and form.genitive.text() == "" and form.genitive.placeholderText() == "Sysmän kunnan"
    form.name.clear()
    type_text(form.name, "Iitin kunta")
    assert form.genitive.placeholderText() == "Iitin kunnan"
    form.name.clear()
    type_text(form.name, "Sysmän kunta")
    type_text(form.genitive, "Sysmän kunnan (korjattu)")
    dialog.accept()
    with home.begin() as s:
        org = s.scalar(select(Organisation).where(Organisation.is_home.is_(True)))
        assert org is not None and org.name_genitive == "Sysmän kunnan (korjattu)"
    wizard_form = OrganisationForm(swedish_name=False, certification=False)
    qtbot.addWidget(wizard_form)
    assert wizard_form.genitive.isHidden()
