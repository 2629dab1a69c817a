"""A shared database: a § another user removed is read out of the navigator when it is chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import meetings as meeting_ops
from db.engine import Database, open_database
from db.models import Meeting
from gui.navigator import NodeKind
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

settings = desk_support.settings
shown_errors = desk_support.shown_errors


@pytest.fixture
def bertta(demo_db: Database) -> Iterator[Database]:
    """The demo database opened by another secretary on her own PC."""
    other = open_database(demo_db.url, user="bertta")
    try:
        yield other
    finally:
        other.dispose()


def test_a_section_removed_elsewhere_leaves_the_navigator_when_chosen(
    demo_db: Database, bertta: Database, qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure choosing a § another user removed since the navigator read it says it was not found, reads the
    meeting's §§ again (the § is gone, the later ones renumbered) and leaves the meeting chosen."""
    with demo_db.begin() as session:
        meeting = next(m for m in session.scalars(select(Meeting).order_by(Meeting.date)) if not m.state.is_locked)
        meeting_id = meeting.id
        items = [(item.id, item.section_number) for item in meeting_ops.meeting_items(session, meeting_id)]
    window = make_window(
        qtbot, bertta, Settings(QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat)), AnsweringPrompts()
    )
    window.select_meeting(meeting_id)
    removed, _number = items[4]
    last_number = items[-1][1]
    row = window.model.reveal_item(removed)  # the navigator has read the meeting's §§
    assert row.isValid()
    with demo_db.begin() as session:
        meeting_ops.remove_item(session, item_id=removed)

    window.tree.setCurrentIndex(row)  # chosen in the navigator, as with a click

    assert [text for _title, text, _bug in shown_errors if "ei löydy" in text.lower()]
    qtbot.waitUntil(lambda: window.editor.item_id is None and window.current_node() is not None
                    and window.current_node().kind == NodeKind.MEETING)  # fmt: skip
    node = window.model.meeting_node(meeting_id)
    assert node is not None
    assert [child.key for child in node.children] == [item_id for item_id, _ in items if item_id != removed]
    last = window.model.index_of(node.children[-1])
    assert f"{last_number - 1} §" in str(window.model.data(last))
