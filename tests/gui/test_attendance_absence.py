"""The meeting-conduct view records and removes a member's temporary absence (left after one §, back at a later)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import minutes
from db.models import AttendanceAbsence
from gui.conduct import MeetingConductWidget
from gui.conduct_dialogs import AbsenceDialog, AbsenceRemovalDialog
from tests.gui.test_conduct import Shown, choose, ok, row_of, shown, welfare_meeting

__all__ = ["shown", "welfare_meeting"]  # the fixtures, shared with the conduct tests

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_absence_is_recorded_shown_and_removed_in_the_conduct_view(
    qtbot: QtBot,
    shown: Shown,
    welfare_meeting: tuple,  # type: ignore[type-arg]
) -> None:
    """Ensure Merkitse tilapäinen poissaolo… records that the selected member left after 59 § at 19.02 and came
    back at the start of 62 § at 19.20: the table shows it, the quorum of 60–61 § drops by one and that of 62 § does
    not; a return before leaving is refused and the dialog stays open; Poista tilapäinen poissaolo… removes it."""
    database, meeting_id, _people, sections = welfare_meeting
    widget = MeetingConductWidget(database, meeting_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.begin()
    model = widget.attendance_model
    row = row_of(widget, "Kalle Nieminen")
    widget.attendance.selectRow(row)
    assert widget.open_absence_removal_dialog() is None  # nothing to remove yet

    dialog = widget.open_absence_dialog()
    assert isinstance(dialog, AbsenceDialog)
    choose(dialog.left, 61)
    choose(dialog.returned, 60)
    ok(qtbot, dialog)
    assert shown and "ei kata yhtään pykälää" in shown[-1][1]
    assert dialog.isVisible()
    choose(dialog.left, 59)
    choose(dialog.returned, 62)
    dialog.left_time.setTime(QTime(19, 2))
    dialog.returned_time.setTime(QTime(19, 20))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = row_of(widget, "Kalle Nieminen")
    assert model.index(row, model.AWAY).data() == "59 §:n jälkeen – 62 §:n alkuun (klo 19.02–19.20)"
    quorum = {n: widget.sections_model.index(widget.sections_model.row_of_item(sections[n]), 2).data() for n in
              (59, 60, 61, 62)}  # fmt: skip
    assert quorum == {59: "✓ 9/9", 60: "✓ 8/9", 61: "✓ 8/9", 62: "✓ 9/9"}
    with database.begin() as s:
        absence = s.scalars(select(AttendanceAbsence)).one()
        assert (absence.left_after_section, absence.returned_at_section) == (59, 62)
        assert (absence.left_time, absence.returned_time) == (dt.time(19, 2), dt.time(19, 20))
        assert minutes.quorum(s, sections[60]).filled == 8

    widget.attendance.selectRow(row)
    removal = widget.open_absence_removal_dialog()
    assert isinstance(removal, AbsenceRemovalDialog)
    assert removal.absence.currentText() == "59 §:n jälkeen – 62 §:n alkuun (klo 19.02–19.20)"
    ok(qtbot, removal)
    assert model.index(row_of(widget, "Kalle Nieminen"), model.AWAY).data() == ""
    with database.begin() as s:
        assert s.scalars(select(AttendanceAbsence)).all() == []
