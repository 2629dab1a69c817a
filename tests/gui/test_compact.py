"""Työkalut → Tiivistä tietokanta…: asked first, run off the UI thread, the sizes in the status bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.engine import Database
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings


def test_compacting_from_the_window_asks_first_and_reports_the_sizes(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the action does nothing when the question is declined, and once agreed compacts the database and says
    so with the sizes; the window goes on reading and saving the database afterwards."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    action = window.named_actions["compact"]
    assert action in window.tools_menu.actions()
    prompts.confirm_answer = False
    action.trigger()
    assert window.statusBar().currentMessage() == ""
    prompts.confirm_answer = True
    action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Tietokanta tiivistetty: "), timeout=10000)
    assert " Mt → " in window.statusBar().currentMessage()
    assert window.model.rowCount() > 0
    with sqlite_demo_db.begin() as session:  # the database is in use as before
        from db.models import Person

        session.add(Person(name="Tiivistyksen jälkeen"))
