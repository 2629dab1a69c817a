"""Kokous → Verkkojulkaisun merkinnät…: a § of checked minutes marked as containing personal data."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import minutes
from core.demo import SEED1_TITLE, SEED2_DNRO
from db.engine import Database
from db.models import Item
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = [pytest.mark.usefixtures("shown_errors"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def _item_id(database: Database, **where: str) -> int:
    with database.session() as session:
        column = Item.title if "title" in where else Item.diary_number
        found = session.scalar(select(Item.id).where(column == next(iter(where.values()))))
    assert found is not None
    return found


def test_marks_of_a_checked_section_are_saved_and_the_minutes_stay_intact(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the action is offered for a § of checked minutes (not for an open one, whose editor has the same
    fields), shows the current mark, saves the answer and leaves the checked minutes verified intact."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.open_item(_item_id(demo_db, title=SEED1_TITLE))
    assert not window.named_actions["publication_marks"].isEnabled()
    item_id = _item_id(demo_db, dnro=SEED2_DNRO)
    window.open_item(item_id)
    action = window.named_actions["publication_marks"]
    assert action.isEnabled() and action.text().replace("&", "") == "Verkkojulkaisun merkinnät…"
    action.trigger()  # cancelled: nothing changes
    assert prompts.marks_asked == [False]
    prompts.marks = True
    action.trigger()
    with demo_db.session() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.has_personal_data
        assert minutes.check_integrity(session, item.meeting_id).status == minutes.Integrity.INTACT
    assert window.statusBar().currentMessage() == "Verkkojulkaisun merkinnät tallennettu."
    assert window.editor.has_personal_data.isChecked()  # the read-only editor shows the mark
