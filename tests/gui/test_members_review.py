"""The members review in the windows: recording a deputy in the meeting, and a deputy's seat in the settings."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import organisation as org_ops
from db.engine import Database
from db.enums import AttendanceRole, BodyKind, Language, MemberRole, OrganisationKind
from db.models import Body, Membership, Person
from gui.conduct_dialogs import AttendanceDialog
from gui.first_run import BodySetup, Setup, write_setup
from gui.organisation_dialog import BodiesPanel, MemberDialog, MemberValues
from tests.gui.test_conduct_review import Meeting7, Shown, choose, conduct, m7, ok, shown

__all__ = ["m7", "shown"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_adding_a_deputy_chooses_their_own_member_and_a_wrong_one_is_warned(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure choosing a personal deputy to add to the meeting chooses the deputy role and their own member, and
    that a personal deputy recorded for another member is shown as a warning on the § and fills no seat."""
    widget, _asked = conduct(qtbot, m7)
    widget._toggle_present(m7.people["Sari Mäkelä"], False)
    widget.select_item(m7.sections[62])
    assert "8/9" in widget.panel.quorum.text()
    dialog = widget.open_add_person_dialog()
    assert isinstance(dialog, AttendanceDialog)
    choose(dialog.person, m7.people["Mikko Vainio"])
    assert dialog.role.currentData() == AttendanceRole.DEPUTY
    assert dialog.deputy_for.currentData() == m7.people["Kalle Nieminen"]
    choose(dialog.deputy_for, m7.people["Sari Mäkelä"])  # the wrong member, as a hurried secretary might
    ok(qtbot, dialog)
    assert "8/9" in widget.panel.quorum.text()
    assert not widget.panel.warnings.isHidden()
    assert "Mikko Vainio on jäsenen Kalle Nieminen henkilökohtainen varajäsen" in widget.panel.warnings.text()
    # The attendance tab, where it was recorded, says it too; recording him for his own member clears it.
    widget.tabs.setCurrentIndex(0)
    assert widget.attendance_warnings.isVisible()
    assert "Mikko Vainio" in widget.attendance_warnings.text()
    widget._toggle_present(m7.people["Kalle Nieminen"], False)
    names = [row.name for row in widget.attendance_model.rows()]
    widget.attendance.selectRow(names.index("Mikko Vainio"))
    edit = widget.open_edit_person_dialog()
    assert isinstance(edit, AttendanceDialog)
    choose(edit.deputy_for, m7.people["Kalle Nieminen"])
    ok(qtbot, edit)
    assert widget.attendance_warnings.isHidden() and widget.panel.warnings.isHidden()


def test_editing_a_past_deputy_keeps_their_member_and_a_coming_member_is_offered(
    qtbot: QtBot, sqlite_database: Database
) -> None:
    """Ensure the member dialog of the settings offers, as the member of a personal deputy, members of every term
    (a coming term's too), and that editing a deputy of an ended term with OK keeps their member: the choice
    offered only members seated today, so OK cleared the member of an ended deputy without asking."""
    today = dt.date.today()
    start, ended = today - dt.timedelta(days=800), today - dt.timedelta(days=10)
    coming = today + dt.timedelta(days=20)
    write_setup(sqlite_database, Setup(
        kind=OrganisationKind.MUNICIPALITY, name="Sysmän kunta", language=Language.FINNISH,
        bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu"])],
        secretary_name="Saara Sihteeri", secretary_title="hallintosihteeri",
    ), today=start)  # fmt: skip
    with sqlite_database.begin() as s:
        board = s.scalars(select(Body).where(Body.name == "Kunnanhallitus")).one().id
        old = org_ops.add_member(s, board, "Olli Vanha", MemberRole.MEMBER, start, term_end=ended)
        org_ops.add_member(s, board, "Vieno Vara", MemberRole.DEPUTY, start, term_end=ended,
                           deputy_for_id=old.person_id)  # fmt: skip
        new = org_ops.add_member(s, board, "Uuno Uusi", MemberRole.MEMBER, coming)
        old_id, new_id = old.person_id, new.person_id
    panel = BodiesPanel(sqlite_database)
    qtbot.addWidget(panel)
    offered: list[list[tuple[int, str]]] = []

    def ask_member(people: list[str], deputies_for: list[tuple[int, str]], *, adding: bool,
                   **current: object) -> MemberValues | None:  # fmt: skip
        offered.append(deputies_for)
        dialog = MemberDialog(people, deputies_for, adding=adding, **current)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        return dialog.values()  # OK at once, nothing changed

    panel.ask_member = ask_member  # type: ignore[method-assign]
    panel.show_ended.setChecked(True)
    names = [cell.text() if (cell := panel.members.item(r, 0)) else "" for r in range(panel.members.rowCount())]
    row = names.index("Vieno Vara")
    panel.members.selectRow(row)
    panel.edit_member_button.click()
    with sqlite_database.begin() as s:
        deputy = s.scalars(select(Membership).join(Person, Membership.person_id == Person.id)
                           .where(Person.name == "Vieno Vara")).one()  # fmt: skip
        assert deputy.deputy_for_id == old_id
    assert new_id in [person_id for person_id, _name in offered[0]]


def test_a_member_added_during_the_term_is_offered_the_terms_end(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure adding a member (a successor, a deputy) to a body whose seats run to the toimikausi's end offers that
    last day, ticked; it offered no end, so the new seat went on past the term unless the secretary typed it."""
    panel = BodiesPanel(sqlite_demo_db)
    qtbot.addWidget(panel)
    names = [panel.bodies.item(r).text() for r in range(panel.bodies.count())]
    panel.bodies.setCurrentRow(next(i for i, n in enumerate(names) if n.startswith("Hyvinvointilautakunta")))
    dialogs: list[MemberDialog] = []

    def ask_member(people: list[str], deputies_for: list[tuple[int, str]], *, adding: bool,
                   **current: object) -> MemberValues | None:  # fmt: skip
        dialog = MemberDialog(people, deputies_for, adding=adding, **current)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return None  # cancelled

    panel.ask_member = ask_member  # type: ignore[method-assign]
    panel.add_member_button.click()
    _name, _role, _start, end, _deputy_for = dialogs[0].values()
    assert dialogs[0].ends.isChecked() and end == dt.date(2029, 5, 31)
