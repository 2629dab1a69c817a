"""The conduct window asks the Swedish texts of motions, votes and dissents of a bilingual organisation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.enums import Language, VoteChoice
from db.models import Body, Dissent, Meeting, Motion, Person, Vote
from gui.conduct import MeetingConductWidget
from gui.conduct_dialogs import DissentDialog, MotionDialog, VoteDialog
from tests.gui import desk_support
from tests.gui.desk_support import choose, press_ok, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

shown_errors = desk_support.shown_errors


def _conduct(qtbot: QtBot, database: Database, language: Language) -> tuple[MeetingConductWidget, dict[str, int]]:
    """The conduct window of the demo's welfare board 7/2025 begun, at its § 63, the organisation ``language``."""
    with database.begin() as s:
        body = s.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        body.organisation.language = language
        meeting = s.scalars(select(Meeting).where(Meeting.body_id == body.id, Meeting.number == 7)).one()
        people = {p.name: p.id for p in s.scalars(select(Person))}
        item_id = next(item.id for item in meeting.items if item.section_number == 63)
        meeting_id = meeting.id
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.begin()
    widget.select_item(item_id)
    return widget, people


def _tab_order(qtbot: QtBot, dialog: QDialog, first: QWidget, count: int) -> list[QWidget | None]:
    """The widgets Tab reaches from ``first``, ``count`` presses."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    reached: list[QWidget | None] = []
    for _ in range(count):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_a_finnish_speaking_organisation_is_not_asked_swedish_texts(
    qtbot: QtBot, shown_errors: list[tuple[str, str, bool]], sqlite_demo_db: Database
) -> None:
    """Ensure the motion, vote and dissent dialogs of a Finnish-speaking organisation have no Swedish fields, and
    what they save has no Swedish text."""
    widget, people = _conduct(qtbot, sqlite_demo_db, Language.FINNISH)
    motion = widget.panel.open_motion_dialog()
    assert isinstance(motion, MotionDialog) and motion.text_sv is None and motion.swedish() is None
    choose(motion.proposer, people["Ari Toivonen"])
    choose(motion.seconder, people["Eija Kettunen"])
    motion.text.setPlainText("Asia jätetään pöydälle.")
    press_ok(qtbot, motion)
    vote = widget.panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog) and vote.yes_proposal_sv is None and vote.no_proposal_sv is None
    vote.reject()
    dissent = widget.panel.open_dissent_dialog()
    assert isinstance(dissent, DissentDialog) and dissent.text_sv is None
    dissent.reject()
    widget.panel.motions.itemActivated.emit(widget.panel.motions.item(0))
    edit = widget.panel.dialog
    assert isinstance(edit, MotionDialog) and edit.text_sv is None
    edit.reject()
    with sqlite_demo_db.begin() as s:
        assert s.scalars(select(Motion.text_sv)).one() == ""
    assert shown_errors == []


def test_a_bilingual_organisation_enters_the_swedish_texts_and_they_are_saved(
    qtbot: QtBot, shown_errors: list[tuple[str, str, bool]], sqlite_demo_db: Database
) -> None:
    """Ensure a bilingual organisation's motion, vote and dissent dialogs ask the Swedish texts right after the
    Finnish ones (named for a screen reader, reached by Tab in that order), that what is typed is saved, that a
    motion's Swedish text is offered for the EI proposal and can be changed after it was recorded."""
    widget, people = _conduct(qtbot, sqlite_demo_db, Language.BILINGUAL)
    motion = widget.panel.open_motion_dialog()
    assert isinstance(motion, MotionDialog) and motion.text_sv is not None
    assert motion.text_sv.isVisible() and motion.text_sv.accessibleName() == "Ehdotus ruotsiksi"
    assert _tab_order(qtbot, motion, motion.text, 2) == [motion.text_sv, motion.seconder]
    choose(motion.proposer, people["Ari Toivonen"])
    choose(motion.seconder, people["Eija Kettunen"])
    type_text(motion.text, "Maksut pidetään ennallaan.")
    type_text(motion.text_sv, "Avgifterna hålls oförändrade.")
    press_ok(qtbot, motion)

    vote = widget.panel.open_vote_dialog()
    assert isinstance(vote, VoteDialog) and vote.yes_proposal_sv is not None and vote.no_proposal_sv is not None
    assert [vote.yes_proposal_sv.accessibleName(), vote.no_proposal_sv.accessibleName()] == [
        "JAA-ehdotus ruotsiksi",
        "EI-ehdotus ruotsiksi",
    ]
    assert vote.no_proposal_sv.text() == "Ari Toivonen: Avgifterna hålls oförändrade."
    assert _tab_order(qtbot, vote, vote.yes_proposal, 3) == [
        vote.yes_proposal_sv,
        vote.no_proposal,
        vote.no_proposal_sv,
    ]
    type_text(vote.yes_proposal_sv, "Föredragandens förslag")
    for person_id in vote.choices:
        vote.set_choice(person_id, VoteChoice.YES)
    press_ok(qtbot, vote)

    dissent = widget.panel.open_dissent_dialog()
    assert isinstance(dissent, DissentDialog) and dissent.text_sv is not None
    assert dissent.text_sv.accessibleName() == "Perustelut ruotsiksi"
    assert _tab_order(qtbot, dissent, dissent.text, 1) == [dissent.text_sv]
    choose(dissent.person, people["Ari Toivonen"])
    type_text(dissent.text, "Maksut ovat liian korkeat.")
    type_text(dissent.text_sv, "Avgifterna är för höga.")
    press_ok(qtbot, dissent)

    widget.panel.motions.itemActivated.emit(widget.panel.motions.item(0))
    edit = widget.panel.dialog
    assert isinstance(edit, MotionDialog) and edit.text_sv is not None and not edit.text_sv.isReadOnly()
    assert edit.text_sv.toPlainText() == "Avgifterna hålls oförändrade."
    edit.text_sv.clear()
    type_text(edit.text_sv, "Avgifterna höjs inte.")
    press_ok(qtbot, edit)

    with sqlite_demo_db.begin() as s:
        saved = s.scalars(select(Motion)).one()
        assert (saved.text, saved.text_sv) == ("Maksut pidetään ennallaan.", "Avgifterna höjs inte.")
        recorded = s.scalars(select(Vote)).one()
        assert (recorded.yes_proposal_sv, recorded.no_proposal_sv) == (
            "Föredragandens förslag",
            "Ari Toivonen: Avgifterna hålls oförändrade.",
        )
        reasons = s.scalars(select(Dissent)).one()
        assert (reasons.text, reasons.text_sv) == ("Maksut ovat liian korkeat.", "Avgifterna är för höga.")
    assert shown_errors == []
