"""Työkalut → Verkosta poistettavat: the reminder list of what comes off the published minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.demo import SEED1_TITLE
from db.engine import Database
from db.models import Item
from gui.online_dialog import OnlineRemovalsDialog
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

settings = desk_support.settings
prompts = desk_support.prompts


def _publish_seed1(database: Database) -> tuple[int, int]:
    """Seed 1's meeting published on 10.3.2025 with its fees § marked as holding personal data."""
    with database.begin() as session:
        seed1 = session.scalar(select(Item).where(Item.title == SEED1_TITLE))
        assert seed1 is not None
        fees = next(i for i in seed1.meeting.items if i.title.startswith("Varhaiskasvatuksen"))
        fees.has_personal_data = True
        seed1.meeting.published_date = dt.date(2025, 3, 10)
        return seed1.meeting_id, fees.section_number


def test_the_list_shows_what_comes_off_by_day_and_opens_its_meeting(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the list covers the chosen dates, names the §§ whose personal data comes off (the day after the
    members' period) and the whole minutes, greys past days, and gives the meeting of the row opened."""
    meeting_id, section = _publish_seed1(sqlite_demo_db)
    dialog = OnlineRemovalsDialog(sqlite_demo_db, today=dt.date(2025, 3, 25))
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert len(rows) == 1 and rows[0][0] == "1.4.2025" and rows[0][2] == f"henkilötiedot: {section} §"
    assert rows[0][1].startswith("Hyvinvointilautakunta") and not dialog.empty.isVisible()
    assert not dialog.show_button.isEnabled()
    dialog.until.setDate(QDate(2025, 3, 31))  # before the day: nothing
    assert dialog.rows() == [] and not dialog.empty.isHidden()
    dialog.since.setDate(QDate(2026, 3, 1))
    dialog.until.setDate(QDate(2026, 3, 31))
    assert [r[0] for r in dialog.rows() if r[2] == "koko pöytäkirja"] == ["10.3.2026"]  # 365 days online
    dialog.table.selectRow(0)
    assert dialog.show_button.isEnabled() and dialog.publish_button.isEnabled()
    dialog.open_current()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_meeting == meeting_id
    assert not dialog.publish_requested
    dialog.publish_current()
    assert dialog.chosen_meeting == meeting_id and dialog.publish_requested
    late = OnlineRemovalsDialog(sqlite_demo_db, today=dt.date(2025, 4, 10))  # the day has passed: greyed
    qtbot.addWidget(late)
    cell = late.table.item(0, 0)
    assert cell is not None and cell.foreground().color().name() == "#6b6b6b"


def test_the_window_shows_the_meeting_chosen_from_the_list(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Työkalut → Verkosta poistettavat… is in the menu and the meeting chosen there is shown."""
    meeting_id, _section = _publish_seed1(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    action = window.named_actions["online_removals"]
    assert action in window.tools_menu.actions()
    prompts.removal_meeting = None
    action.trigger()
    assert prompts.asked[-1][0] == "online_removals"
    prompts.removal_meeting = meeting_id
    action.trigger()
    node = window.current_node()
    assert node is not None and node.key == meeting_id


def test_the_version_without_personal_data_is_offered_from_the_list(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure "Verkkoversio ilman henkilötietoja…" in the list shows the meeting and asks for its publication
    with "without personal data" already ticked."""
    meeting_id, _section = _publish_seed1(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    prompts.removal_meeting, prompts.removal_publish = meeting_id, True
    window.named_actions["online_removals"].trigger()
    node = window.current_node()
    assert node is not None and node.key == meeting_id
    assert prompts.asked[-1] == ("choose_publication", f"{meeting_id} False True")  # cancelled there: nothing saved
