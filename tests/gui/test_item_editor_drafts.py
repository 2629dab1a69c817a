"""Autosave that survives a failure, and crash drafts that take back only what they changed, at local time."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database, open_database
from db.models import Item, ItemDraft
from gui.item_editor import own_draft
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, type_text

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = pytest.mark.usefixtures("shown_errors")

SEED1_START = "Päijät-Hämeen kuntien välinen"


def _seed_item(database: Database) -> int:
    with database.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.title.startswith(SEED1_START)))
    assert item_id is not None
    return int(item_id)


def test_autosave_goes_on_after_a_failure_and_tells_the_user_once(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure a failed autosave (another program holding the write lock) is reported once, not at every tick,
    that autosaving goes on and writes the draft once the lock is released, and that a new failure after that
    is reported again."""
    item_id = _seed_item(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    editor = window.editor
    editor.autosave_timer.setInterval(100)
    window.open_item(item_id)
    editor.title.end(False)
    assert sqlite_demo_db.path is not None
    other = sqlite3.connect(sqlite_demo_db.path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        type_text(editor.title, " A")
        qtbot.waitUntil(lambda: bool(shown_errors), timeout=20000)
        qtbot.wait(600)  # several more ticks while the lock is held
        assert len(shown_errors) == 1
        assert editor.autosave_timer.isActive()
        other.execute("COMMIT")
        type_text(editor.title, " B")
        qtbot.waitUntil(lambda: editor._drafted is not None, timeout=20000)
        with sqlite_demo_db.begin() as session:
            draft = own_draft(session, item_id)
            assert draft is not None and draft.data["title"].endswith(" A B")
        other.execute("BEGIN IMMEDIATE")  # fails anew after it had recovered: told again
        type_text(editor.title, "C")
        qtbot.waitUntil(lambda: len(shown_errors) == 2, timeout=20000)
        other.execute("COMMIT")
    finally:
        other.close()


def test_recovering_a_stale_draft_keeps_what_was_saved_elsewhere_in_other_fields(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a crash draft of the title, recovered after someone else saved a change to the background, takes
    back the title only and keeps their background; the question says the draft overwrites no newer text."""
    item_id = _seed_item(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(item_id)
    window.editor.title.end(False)
    type_text(window.editor.title, " (luonnos)")
    assert window.editor.autosave()
    window.editor.autosave_timer.stop()
    window.hide()  # the crash
    assert sqlite_demo_db.path is not None
    other = open_database(sqlite_demo_db.path, user="toinen")
    try:
        with other.begin() as session:
            item = session.get(Item, item_id)
            assert item is not None
            item.background = item.background + "\nTOISEN KÄYTTÄJÄN LISÄYS"
        second = make_window(qtbot, sqlite_demo_db, settings, prompts)  # she opens it again: her draft
        second.open_item(item_id)
        (kind, question), = prompts.asked
        assert kind == "recover_draft" and "muutettu ja tallennettu muualla" in question
        assert "korvaisi" not in question
        second.named_actions["save"].trigger()
        with other.begin() as session:
            item = session.get(Item, item_id)
            assert item is not None
            assert item.title.endswith(" (luonnos)")
            assert item.background.endswith("TOISEN KÄYTTÄJÄN LISÄYS")
    finally:
        other.dispose()


def test_a_stale_draft_names_the_fields_it_would_overwrite(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a crash draft of a field someone else has saved since names that field in the question."""
    item_id = _seed_item(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(item_id)
    window.editor.title.end(False)
    type_text(window.editor.title, " (luonnos)")
    assert window.editor.autosave()
    window.editor.autosave_timer.stop()
    window.hide()
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        item.title = item.title + " (toisen muutos)"
    second = make_window(qtbot, sqlite_demo_db, settings, prompts)
    second.open_item(item_id)
    (kind, question), = prompts.asked
    assert kind == "recover_draft" and "korvaisi" in question
    assert second.editor.field_label("title") in question
    assert second.editor.title.text().endswith(" (luonnos)")


def test_the_draft_question_shows_local_time(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure the draft question gives the draft's time in the computer's own time zone, not UTC."""
    import time

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    try:
        item_id = _seed_item(sqlite_demo_db)
        with sqlite_demo_db.begin() as session:
            item = session.get(Item, item_id)
            assert item is not None
            from gui.item_editor import item_values

            data = item_values(item)
            data["title"] = item.title + " (luonnos)"
            session.add(ItemDraft(item_id=item_id, data=data, base_version=item.version,
                                  saved_at=dt.datetime(2026, 11, 26, 17, 30)))  # UTC
        window = make_window(qtbot, sqlite_demo_db, settings, prompts)
        window.open_item(item_id)
        (_kind, question), = prompts.asked
        assert "26.11.2026 19.30" in question and "UTC" not in question
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_autosave_runs_again_when_an_item_is_opened_after_the_database_was_let_go(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure an item opened after the window let go of its database (before a restore that was then refused,
    e.g. because another program had the file open) is autosaved again."""
    item_id = _seed_item(sqlite_demo_db)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.close_database()
    assert not window.editor.autosave_timer.isActive()
    window.open_item(item_id)
    assert window.editor.autosave_timer.isActive()
    window.editor.autosave_timer.setInterval(100)
    window.editor.title.end(False)
    type_text(window.editor.title, " B")
    qtbot.waitUntil(lambda: window.editor._drafted is not None, timeout=5000)
