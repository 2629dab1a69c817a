"""A shared database: the desk says who else has unsaved edits of the § shown (their autosaved drafts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import meetings as meeting_ops
from db.engine import Database, open_database
from db.models import ItemDraft, Meeting
from gui.main_window import MainWindow
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

settings = desk_support.settings
shown_errors = desk_support.shown_errors
pytestmark = pytest.mark.usefixtures("shown_errors")


@pytest.fixture
def office(demo_db: Database) -> Iterator[tuple[Database, Database, Database]]:
    """The demo database opened three times, as by three secretaries on their own PCs."""
    users = tuple(open_database(demo_db.url, user=name) for name in ("anna", "bertta", "carla"))
    try:
        yield users[0], users[1], users[2]
    finally:
        for database in users:
            database.dispose()


def _window(qtbot: QtBot, database: Database, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / f"{database.user}.ini"), QSettings.Format.IniFormat))
    return make_window(qtbot, database, settings, AnsweringPrompts())


def _items(database: Database, checked: bool) -> list[int]:
    """The §§ of the demo's first meeting whose minutes are (not) checked."""
    with database.begin() as session:
        meetings = session.scalars(select(Meeting).order_by(Meeting.date))
        meeting = next(m for m in meetings if m.state.is_locked == checked)
        return [item.id for item in meeting_ops.meeting_items(session, meeting.id)]


def test_a_colleagues_unsaved_edits_of_the_section_are_said(
    office: tuple[Database, Database, Database], qtbot: QtBot, tmp_path: Path
) -> None:
    """Ensure opening a § another user has unsaved (autosaved) edits of names her and when her draft was kept,
    and that the user's own draft is not mentioned."""
    anna, bertta, _carla = office
    item_id = _items(anna, checked=False)[1]
    window_a = _window(qtbot, anna, tmp_path)
    window_a.open_item(item_id)
    window_a.editor.set_value("proposal", "Annan keskeneräinen ehdotus.", update_widget=True)
    assert window_a.editor.autosave()
    assert window_a.editor.others_banner.isHidden()  # her own draft is hers, not someone else's

    window_b = _window(qtbot, bertta, tmp_path)
    window_b.open_item(item_id)

    banner = window_b.editor.others_banner
    assert not banner.isHidden()
    assert "Käyttäjällä anna on tähän asiaan tallentamattomia muutoksia" in banner.text()
    today = dt.date.today()
    assert f"{today.day}.{today.month}.{today.year}" in banner.text()
    assert "jälkimmäinen tallentaja näkee ensin toisen tallentaman tekstin" in banner.text()
    window_b.open_item(_items(anna, checked=False)[0])  # another §: no one else edits it
    assert banner.isHidden()


def test_a_colleague_who_begins_later_is_said_at_the_next_autosave(
    office: tuple[Database, Database, Database], qtbot: QtBot, tmp_path: Path
) -> None:
    """Ensure a user editing a § learns at her next autosave that another user has begun editing it too, and no
    longer sees him once his draft is gone (he saved)."""
    anna, bertta, carla = office
    item_id = _items(anna, checked=False)[2]
    window_b = _window(qtbot, bertta, tmp_path)
    window_b.open_item(item_id)
    window_c = _window(qtbot, carla, tmp_path)
    window_c.open_item(item_id)
    window_c.editor.set_value("background", "Carlan tausta.", update_widget=True)
    assert window_c.editor.autosave()
    assert window_b.editor.others_banner.isHidden()  # nothing was read since she opened the §

    window_b.editor.set_value("title", "Bertan otsikko", update_widget=True)
    assert window_b.editor.autosave()
    assert "Käyttäjällä carla" in window_b.editor.others_banner.text()
    assert not window_b.editor.others_banner.isHidden()

    window_a = _window(qtbot, anna, tmp_path)  # a third colleague too
    window_a.open_item(item_id)
    window_a.editor.set_value("proposal", "Annan ehdotus.", update_widget=True)
    assert window_a.editor.autosave()
    window_b.editor.set_value("title", "Bertan otsikko 1", update_widget=True)
    assert window_b.editor.autosave()
    text = window_b.editor.others_banner.text()
    assert "Käyttäjällä carla" in text and "Käyttäjällä anna" in text
    assert "He voivat olla muokkaamassa asiaa juuri nyt." in text
    window_a.editor.discard_draft()

    assert window_c.editor.save()  # carla's save removes her draft
    window_b.editor.set_value("title", "Bertan otsikko 2", update_widget=True)
    assert window_b.editor.autosave()
    assert window_b.editor.others_banner.isHidden()


def test_drafts_without_an_author_and_checked_minutes_say_nothing(
    office: tuple[Database, Database, Database], qtbot: QtBot, tmp_path: Path
) -> None:
    """Ensure a draft from before drafts had authors names no one, and a § of checked minutes (read only) names
    no one either."""
    anna, bertta, _carla = office
    open_id = _items(anna, checked=False)[0]
    checked_id = _items(anna, checked=True)[0]
    with anna.begin() as session:
        session.add(ItemDraft(item_id=open_id, author="", base_version=1, data={}))
        session.add(ItemDraft(item_id=checked_id, author="anna", base_version=1, data={}))
    window_b = _window(qtbot, bertta, tmp_path)

    window_b.open_item(open_id)
    assert window_b.editor.others_banner.isHidden()
    window_b.open_item(checked_id)
    assert window_b.editor.others_banner.isHidden()
