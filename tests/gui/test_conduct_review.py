"""The meeting-conduct view as a secretary uses it live: nothing typed is lost, nothing is removed or locked
without asking, and the desk and the conduct window do not overwrite each other (a reviewer's findings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import meetings, minutes
from db.engine import Database
from db.enums import ItemKind, Outcome, VoteChoice
from db.models import Attendance, Body, Item, Meeting, Person
from gui import errors
from gui.conduct import ClosingDialog, MeetingConductWidget
from gui.conduct_dialogs import CorrectionDialog, MotionDialog, VoteDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Shown = list[tuple[str, str, bool]]


@pytest.fixture
def shown() -> Iterator[Shown]:
    seen: Shown = []
    errors.set_presenter(lambda _parent, title, message, is_bug: seen.append((title, message, is_bug)))
    yield seen
    errors.set_presenter(None)


class Meeting7:
    """The demo's welfare board meeting 7/2025: ids of its §§ (by number) and people (by name)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        with database.begin() as s:
            body = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
            meeting = s.scalars(select(Meeting).where(Meeting.body_id == body.id, Meeting.number == 7)).one()
            self.id = meeting.id
            self.sections = {item.section_number: item.id for item in meeting.items}
            self.people = {p.name: p.id for p in s.scalars(select(Person))}

    def item(self, number: int) -> Item:
        with self.database.begin() as s:
            item = s.get(Item, self.sections[number])
            assert item is not None
            return item


@pytest.fixture
def m7(sqlite_demo_db: Database) -> Meeting7:
    return Meeting7(sqlite_demo_db)


def conduct(
    qtbot: QtBot, m7: Meeting7, *, begin: bool = True, answer: bool = True
) -> tuple[MeetingConductWidget, list[str]]:
    widget = MeetingConductWidget(m7.database, m7.id)
    qtbot.addWidget(widget, before_close_func=lambda w: w.panel.revert_decision())
    asked: list[str] = []
    widget.confirm = lambda _parent, _title, text: asked.append(text) is None and answer
    widget.resize(1100, 760)
    widget.show()
    if begin:
        widget.begin()
    widget.tabs.setCurrentIndex(1)
    return widget, asked


def ok(qtbot: QtBot, dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


# --- finding 1: the decision is not lost ------------------------------------------------------------------------


def test_an_unsaved_decision_survives_recording_and_is_saved_when_moving_on(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure the decision typed in the conduct view stays through a recorded proposal and an attendance change,
    and is saved (with the state shown) when another § is chosen."""
    widget, _asked = conduct(qtbot, m7)
    panel = widget.panel
    widget.select_item(m7.sections[63])
    panel.handling.setPlainText("Keskusteltiin maksuista.")
    choose(panel.outcome, Outcome.AMENDED)
    panel.decision.setPlainText("Maksut korotetaan 2 prosenttia.")
    assert panel.dirty and "tallentamatta" in panel.state.text()
    dialog = panel.open_motion_dialog()
    assert isinstance(dialog, MotionDialog)
    choose(dialog.proposer, m7.people["Ari Toivonen"])
    choose(dialog.seconder, m7.people["Eija Kettunen"])
    dialog.text.setPlainText("Maksut korotetaan 2 prosenttia.")
    ok(qtbot, dialog)
    assert panel.motions.count() == 1
    widget._toggle_present(m7.people["Kalle Nieminen"], False)  # attendance changes: everything reloads
    assert panel.decision.toPlainText() == "Maksut korotetaan 2 prosenttia."
    assert panel.handling.toPlainText() == "Keskusteltiin maksuista."
    assert m7.item(63).decision == ""  # not saved yet

    widget.select_item(m7.sections[64])  # moving on saves it
    assert panel.item_id == m7.sections[64]
    saved = m7.item(63)
    assert (saved.outcome, saved.decision, saved.handling) == (
        Outcome.AMENDED,
        "Maksut korotetaan 2 prosenttia.",
        "Keskusteltiin maksuista.",
    )
    assert "63 §: päätös tallennettiin automaattisesti" in panel.state.text()

    # The automatic save can be undone: 63 § is shown again with the text unsaved, and its old decision is back.
    assert not panel.undo_save.isHidden()
    qtbot.mouseClick(panel.undo_save, Qt.MouseButton.LeftButton)
    assert panel.item_id == m7.sections[63] and panel.dirty
    assert panel.decision.toPlainText() == "Maksut korotetaan 2 prosenttia."
    assert (m7.item(63).outcome, m7.item(63).decision) == (None, "")
    assert panel.undo_save.isHidden()
    assert shown == []


def test_closing_the_view_saves_the_decision_and_the_window_around_it_too(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure closing the conduct view (or the window it sits in) saves the unsaved decision first."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    widget = MeetingConductWidget(m7.database, m7.id, window)
    window.setCentralWidget(widget)
    window.show()
    widget.begin()
    widget.select_item(m7.sections[62])
    widget.panel.decision.setPlainText("Päätösehdotus hyväksyttiin yksimielisesti.")
    choose(widget.panel.outcome, Outcome.PASSED)
    assert window.close()
    assert m7.item(62).decision == "Päätösehdotus hyväksyttiin yksimielisesti."

    # The desk closing (the program quitting) with the conduct window still open saves it too.
    desk = QMainWindow()
    qtbot.addWidget(desk)
    conduct_window = QMainWindow(desk)
    view = MeetingConductWidget(m7.database, m7.id, conduct_window)
    conduct_window.setCentralWidget(view)
    desk.show()
    conduct_window.show()
    view.select_item(m7.sections[63])
    choose(view.panel.outcome, Outcome.TABLED)
    assert desk.close()
    assert m7.item(63).outcome == Outcome.TABLED
    assert shown == []


# --- finding 2: no silent overwrite, the list follows the desk ----------------------------------------------


def test_a_decision_saved_on_the_desk_meanwhile_is_reported_not_overwritten(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure "Tallenna päätös" over a decision the desk saved after the view loaded it is refused as a conflict,
    the typed text stays on screen, and moving on stays on that §; a desk save of another field is no conflict."""
    widget, asked = conduct(qtbot, m7)
    panel = widget.panel
    widget.select_item(m7.sections[63])
    panel.decision.setPlainText("Näkymän teksti.")
    with m7.database.begin() as s:  # the desk saves the background: not the decision
        s.get(Item, m7.sections[63]).background += " Lisäys."  # type: ignore[union-attr]
    widget.desk_changed(m7.id)
    assert panel.decision.toPlainText() == "Näkymän teksti."
    with m7.database.begin() as s:  # the desk saves the decision
        minutes.set_decision(s, m7.sections[63], outcome=Outcome.PASSED, decision="Työpöydän teksti.")
    widget.desk_changed(m7.id)
    assert panel.decision.toPlainText() == "Näkymän teksti."
    assert "muutettu muualla" in panel.state.text()
    assert not panel.save_decision()
    assert shown and "Joku muu on tallentanut" in shown[-1][1]
    assert m7.item(63).decision == "Työpöydän teksti."
    widget.select_item(m7.sections[64])  # cannot be saved: the view stays on 63 § with the text
    assert panel.item_id == m7.sections[63]
    assert widget.sections_model.row_at(widget.sections.currentIndex().row()).item_id == m7.sections[63]  # type: ignore[union-attr]
    assert panel.decision.toPlainText() == "Näkymän teksti."
    panel.revert_decision()
    assert panel.decision.toPlainText() == "Työpöydän teksti."
    panel.decision.setPlainText("Yhdistetty teksti.")
    assert panel.save_decision()
    assert m7.item(63).decision == "Yhdistetty teksti."
    del asked


def test_a_section_added_on_the_desk_shows_in_the_open_view(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure the § list follows the desk's changes, so choosing "63 §" opens the § that now has that number."""
    widget, _asked = conduct(qtbot, m7)
    widget.select_item(m7.sections[63])
    with m7.database.begin() as s:
        new = meetings.add_item(s, meeting_id=m7.id, title="Kiireellinen asia", position=4)
        new_id = new.id
    widget.desk_changed(m7.id)
    assert widget.panel.item_id == m7.sections[63]  # still the § the secretary was on (now 64 §)
    row = widget.sections_model.row_of_item(new_id)
    assert widget.sections_model.index(row, 0).data() == "62 §"
    widget.sections.selectRow(row)
    assert widget.panel.title.text().startswith("62 §  Kiireellinen asia")


def test_the_desk_tells_an_open_conduct_window_what_it_saved(
    qtbot: QtBot, shown: Shown, sqlite_demo_db: Database, tmp_path: Path
) -> None:
    """Ensure a § added on the desk appears in the conduct window's list at once (the main window's hook)."""
    from PySide6.QtCore import QSettings

    from gui.actions import open_conduct
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts, make_window

    prompts = AnsweringPrompts()
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    m7 = Meeting7(sqlite_demo_db)
    window.open_item(m7.sections[62])
    conduct_window = open_conduct(window)
    assert conduct_window is not None
    view = conduct_window.findChild(MeetingConductWidget)
    assert view is not None
    rows = view.sections_model.rowCount()
    prompts.titles = ["Kiireellinen asia"]
    window.named_actions["new_item"].trigger()
    assert view.sections_model.rowCount() == rows + 1
    first = view.sections_model.index(0, 0).data()
    prompts.first_section_answer = (2025, 101)  # the year's §§ renumbered on the desk
    window.set_first_section()
    assert view.sections_model.index(0, 0).data() != first
    conduct_window.close()


# --- finding 3: remove what was selected last, after asking -------------------------------------------------


def test_remove_takes_the_entry_selected_last_after_asking(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure "Poista valittu" removes the entry clicked last (not the first list's), after a question naming it."""
    widget, asked = conduct(qtbot, m7)
    panel = widget.panel
    widget.select_item(m7.sections[63])
    with m7.database.begin() as s:
        minutes.add_disqualification(s, m7.sections[63], m7.people["Timo Rantanen"], "hallintolaki 28 § 1 mom. 1 kohta")
        minutes.add_motion(
            s, m7.sections[63], "Asia palautetaan.", proposer_id=m7.people["Ari Toivonen"], seconder_id=None
        )
    panel.reload()
    assert not panel.remove_entry.isEnabled()
    for widget_list in (panel.disqualifications, panel.motions):
        rect = widget_list.visualItemRect(widget_list.item(0))
        qtbot.mouseClick(widget_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not panel.disqualifications.selectedItems()
    widget.confirm = lambda _p, _t, text: asked.append(text) is not None  # says No
    qtbot.mouseClick(panel.remove_entry, Qt.MouseButton.LeftButton)
    assert "Poistetaanko ehdotus?" in asked[-1] and "Asia palautetaan." in asked[-1]
    with m7.database.begin() as s:
        assert len(s.get(Item, m7.sections[63]).motions) == 1  # type: ignore[union-attr]
    widget.confirm = lambda _p, _t, text: asked.append(text) is None  # says Yes
    qtbot.mouseClick(panel.remove_entry, Qt.MouseButton.LeftButton)
    with m7.database.begin() as s:
        item = s.get(Item, m7.sections[63])
        assert item is not None
        assert item.motions == [] and len(item.disqualifications) == 1


# --- finding 5: a refused dialog keeps its input ------------------------------------------------------------


def test_a_refused_dialog_stays_open_with_what_was_entered(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure a proposal seconded by its proposer and a vote without an EI proposal are refused with the dialog
    still open and filled in."""
    widget, _asked = conduct(qtbot, m7)
    panel = widget.panel
    widget.select_item(m7.sections[63])
    dialog = panel.open_motion_dialog()
    assert isinstance(dialog, MotionDialog)
    choose(dialog.proposer, m7.people["Ari Toivonen"])
    choose(dialog.seconder, m7.people["Ari Toivonen"])
    dialog.text.setPlainText("Pitkä ehdotus.")
    ok(qtbot, dialog)
    assert shown and "ei voi kannattaa omaa" in shown[-1][1]
    assert dialog.isVisible() and dialog.text.toPlainText() == "Pitkä ehdotus."
    choose(dialog.seconder, m7.people["Eija Kettunen"])
    ok(qtbot, dialog)
    assert not dialog.isVisible() and panel.motions.count() == 1

    vote = panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog)
    vote.no_proposal.clear()
    vote.findChild(QPushButton, "allYes").click()
    ok(qtbot, vote)
    assert vote.isVisible() and "EI-ehdotus" in shown[-1][1]
    vote.reject()


def test_a_correction_without_a_reason_keeps_the_dialog_open(
    qtbot: QtBot, shown: Shown, sqlite_demo_db: Database
) -> None:
    """Ensure a correction refused for want of a reason leaves the dialog open with the corrected text."""
    from db.enums import MeetingState

    with sqlite_demo_db.begin() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.state == MeetingState.PUBLISHED)).one()
        meeting_id = meeting.id
    widget = MeetingConductWidget(sqlite_demo_db, meeting_id)
    qtbot.addWidget(widget)
    dialog = widget.panel.open_correction_dialog()
    assert isinstance(dialog, CorrectionDialog)
    dialog.new_text.setPlainText("Korjattu teksti.")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.new_text.toPlainText() == "Korjattu teksti."
    assert shown and "syy" in shown[-1][1]
    dialog.reject()


# --- finding 8: a member is absent, not erased --------------------------------------------------------------


def test_removing_a_member_asks_and_marks_them_absent(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure "Poista" on a member with a seat asks and marks them absent (they stay in the minutes); another
    person is removed only after a question."""
    widget, asked = conduct(qtbot, m7)
    names = [r.name for r in widget.attendance_model.rows()]
    widget.attendance.selectRow(names.index("Leena Hyvönen"))
    widget.remove_selected_person()
    assert "Leena Hyvönen on toimielimen jäsen" in asked[-1]
    with m7.database.begin() as s:
        row = s.scalars(select(Attendance).where(Attendance.person_id == m7.people["Leena Hyvönen"])).one()
        assert not row.present
    secretary = next(r for r in widget.attendance_model.rows() if r.person_id not in {p for p, _ in widget._members})
    widget.attendance.selectRow([r.person_id for r in widget.attendance_model.rows()].index(secretary.person_id))
    widget.confirm = lambda _p, _t, text: asked.append(text) is not None  # No
    widget.remove_selected_person()
    assert asked[-1] == f"Poistetaanko {secretary.name} läsnäololuettelosta?"
    assert any(r.person_id == secretary.person_id for r in widget.attendance_model.rows())


# --- findings 9, 13, 24: the closing dialog -----------------------------------------------------------------


def test_closing_dialog_offers_present_signers_keeps_choices_and_asks_before_locking(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure the absent chair is not preselected, "Sulje" keeps the checkers and times chosen, and locking asks
    first naming the meeting (No keeps the minutes open)."""
    widget, asked = conduct(qtbot, m7)
    with m7.database.begin() as s:
        chair_id = s.get(Meeting, m7.id).chair_id  # type: ignore[union-attr]
    widget._toggle_present(chair_id, False)  # type: ignore[arg-type]
    closing = widget.open_closing_dialog()
    assert isinstance(closing, ClosingDialog)
    assert closing.chair.findData(chair_id) < 0 and closing.chair.currentData() is None
    closing.reject()  # closed untouched: nothing is saved (the chair stays recorded until another is chosen)
    with m7.database.begin() as s:
        assert s.get(Meeting, m7.id).chair_id == chair_id  # type: ignore[union-attr]
    closing = widget.open_closing_dialog()
    assert isinstance(closing, ClosingDialog)
    choose(closing.checker1, m7.people["Áile Čoavddis"])
    choose(closing.checker2, m7.people["Timo Rantanen"])
    closing.end_time.setTime(QTime(18, 30))
    qtbot.mouseClick(
        closing.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),  # type: ignore[union-attr]
        Qt.MouseButton.LeftButton,
    )
    with m7.database.begin() as s:
        meeting = s.get(Meeting, m7.id)
        assert meeting is not None
        assert (meeting.checker1_id, meeting.checker2_id) == (m7.people["Áile Čoavddis"], m7.people["Timo Rantanen"])
        assert meeting.end_time == dt.time(18, 30)

    # Everything decided, a present chair: locking asks first.
    with m7.database.begin() as s:
        meeting = s.get(Meeting, m7.id)
        assert meeting is not None
        for item in meeting.items:
            outcome = Outcome.NOTED if item.kind in (ItemKind.INFORMATION, ItemKind.OPENING) else Outcome.PASSED
            minutes.set_decision(s, item.id, outcome=outcome)
        minutes.set_signatories(s, m7.id, chair_id=m7.people["Markku Laaksonen"])
    closing = widget.open_closing_dialog()
    assert isinstance(closing, ClosingDialog)
    closing.checked_date.setDate(QDate(2025, 10, 24))
    widget.confirm = lambda _p, _t, text: asked.append(text) is not None  # No
    closing.confirm = widget.confirm
    assert not closing.mark_checked()
    assert "Hyvinvointilautakunta 7/2025" in asked[-1]
    with m7.database.begin() as s:
        assert not s.get(Meeting, m7.id).state.is_locked  # type: ignore[union-attr]
    closing.confirm = lambda _p, _t, _text: True
    assert closing.mark_checked(), [closing.problems.item(i).text() for i in range(closing.problems.count())]
    closing.close()


# --- finding 15: nothing before the meeting has begun ---------------------------------------------------------


def test_recording_waits_for_the_meeting_to_begin(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure proposals, votes, disqualifications and dissents cannot be recorded before "Aloita kokous", and a
    vote with nobody to vote is refused."""
    widget, _asked = conduct(qtbot, m7, begin=False)
    panel = widget.panel
    widget.select_item(m7.sections[63])
    for button in (panel.add_motion, panel.add_vote, panel.add_disqualification, panel.add_dissent):
        assert not button.isEnabled()
    dialog = panel.open_motion_dialog()  # (e.g. from an old shortcut): refused with the reason, nothing crashes
    dialog.text.setPlainText("Ehdotus.")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "aloita kokous" in shown[-1][1]
    dialog.reject()
    with pytest.raises(Exception, match="äänestäjiä"), m7.database.begin() as s:
        minutes.record_vote(s, m7.sections[63], yes_proposal="A", no_proposal="B", ballots={})
    widget.begin()
    assert panel.add_motion.isEnabled() and panel.add_vote.isEnabled()


# --- finding 18: no preset ballots ---------------------------------------------------------------------------


def test_a_vote_needs_every_voters_choice(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure no voter is preset to Jaa, OK is refused while a choice is missing, and "Kaikki jaa" fills the rest."""
    widget, _asked = conduct(qtbot, m7)
    widget.select_item(m7.sections[63])
    vote = widget.panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog)
    vote.no_proposal.setText("Hylätään.")
    assert vote.ballots() == {}
    first = next(iter(vote.choices))
    vote.set_choice(first, VoteChoice.NO)
    ok(qtbot, vote)
    assert vote.isVisible() and "puuttuu" in shown[-1][1]
    vote.findChild(QPushButton, "allYes").click()
    assert vote.ballots()[first] == VoteChoice.NO
    assert all(choice == VoteChoice.YES for pid, choice in vote.ballots().items() if pid != first)
    ok(qtbot, vote)
    assert not vote.isVisible() and widget.panel.votes.count() == 1


# --- finding 19: keys and layout -----------------------------------------------------------------------------


def test_ctrl_s_saves_the_decision_and_the_decision_fits_the_default_size(
    qtbot: QtBot, shown: Shown, m7: Meeting7
) -> None:
    """Ensure Ctrl+S in the decision text saves it, Alt+PgDown moves on, and at 1100×760 the decision text and its
    save button are visible without scrolling."""
    widget, _asked = conduct(qtbot, m7)
    panel = widget.panel
    widget.select_item(m7.sections[62])
    QApplication.processEvents()
    scroll = panel.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    for part in (panel.decision, panel.save):
        bottom = part.mapTo(scroll, part.rect().bottomLeft()).y()
        assert bottom <= scroll.height(), (part, bottom, scroll.height())
    panel.decision.setFocus()
    choose(panel.outcome, Outcome.PASSED)
    qtbot.keyClick(panel.decision, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert m7.item(62).outcome == Outcome.PASSED and not panel.dirty
    assert QKeySequence(QKeySequence.StandardKey.Save).toString()
    qtbot.keyClick(panel.decision, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert panel.item_id == m7.sections[63]


# --- finding 6: a vote that no longer matches the attendance ------------------------------------------------


def test_a_vote_outdated_by_an_attendance_change_is_shown(qtbot: QtBot, shown: Shown, m7: Meeting7) -> None:
    """Ensure the § shows a warning when a voter of a recorded vote is later marked absent."""
    widget, _asked = conduct(qtbot, m7)
    widget.select_item(m7.sections[63])
    vote = widget.panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog)
    vote.no_proposal.setText("Hylätään.")
    vote.findChild(QPushButton, "allYes").click()
    ok(qtbot, vote)
    assert widget.panel.warnings.isHidden()
    widget._toggle_present(m7.people["Kalle Nieminen"], False)
    assert not widget.panel.warnings.isHidden()
    assert "Kalle Nieminen" in widget.panel.warnings.text() and "Tallenna äänestys uudelleen" in (
        widget.panel.warnings.text()
    )
