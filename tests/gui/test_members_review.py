"""The members review in the windows: recording a deputy in the meeting, and a deputy's seat in the settings."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.enums import AttendanceRole
from gui.conduct_dialogs import AttendanceDialog
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
