"""The item editor's undo steps: one per burst of typing, and a deletion, paste or replacement on its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import Item
from gui import item_editor
from gui.item_editor import Keystroke
from gui.main_window import MainWindow
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, press, type_text

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = pytest.mark.usefixtures("shown_errors")


def _open_seed(qtbot: QtBot, database: Database, settings: Settings, prompts: AnsweringPrompts) -> MainWindow:
    window = make_window(qtbot, database, settings, prompts)
    with database.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.title.startswith("Päijät-Hämeen kuntien välinen")))
    assert item_id is not None
    window.open_item(item_id)
    return window


def test_select_all_and_delete_is_undone_on_its_own(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Ctrl+Z after Select All + Delete in Selostus brings back exactly the text before the deletion (the
    paragraphs typed before it stay), and a second Ctrl+Z takes back the typing."""
    window = _open_seed(qtbot, demo_db, settings, prompts)
    background = window.editor.background
    original = background.toPlainText()
    background.setFocus()
    background.moveCursor(QTextCursor.MoveOperation.End)
    press(background, Qt.Key.Key_Return)
    type_text(background, "Ensimmäinen uusi kappale.")
    press(background, Qt.Key.Key_Return)
    type_text(background, "Toinen uusi kappale.")
    typed = background.toPlainText()
    assert typed == original + "\nEnsimmäinen uusi kappale.\nToinen uusi kappale."
    background.selectAll()
    press(background, Qt.Key.Key_Delete)
    assert background.toPlainText() == ""

    window.named_actions["undo"].trigger()  # Ctrl+Z
    assert background.toPlainText() == typed
    assert background.textCursor().position() == len(typed)  # the cursor where the text came back, not at the top
    window.named_actions["undo"].trigger()  # each paragraph is a step of its own
    assert background.toPlainText() == original + "\nEnsimmäinen uusi kappale."
    assert background.textCursor().position() == len(original + "\nEnsimmäinen uusi kappale.")
    window.named_actions["undo"].trigger()
    assert background.toPlainText() == original
    window.named_actions["redo"].trigger()
    window.named_actions["redo"].trigger()
    assert background.toPlainText() == typed


def test_a_paste_a_replacement_and_a_pause_start_new_steps(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure typing after a paste, a typed-over selection and a pause of a few seconds are separate undo steps,
    while backspaces in a row are one step."""
    now = [1000.0]
    monkeypatch.setattr(item_editor, "_clock", lambda: now[0])
    window = _open_seed(qtbot, demo_db, settings, prompts)
    editor = window.editor
    title = editor.title
    original = title.text()
    title.setFocus()
    title.end(False)
    type_text(title, " abc")
    title.insert(" liitetty teksti")  # as a paste does
    type_text(title, "x")
    now[0] += item_editor.TYPING_PAUSE_SECONDS + 1
    type_text(title, "y")
    for _ in range(3):
        press(title, Qt.Key.Key_Backspace)
    assert title.text() == original + " abc liitetty tekst"
    title.setSelection(len(original) + 1, 3)
    type_text(title, "Z")
    assert title.text() == original + " Z liitetty tekst"
    steps = [editor.undo_stack.text(i) for i in range(editor.undo_stack.count())]
    assert len(steps) == 6  # " abc", the paste, "x", "y", the backspaces, "Z" over "abc"

    expected = [
        original + " abc liitetty tekst",
        original + " abc liitetty tekstixy",
        original + " abc liitetty tekstix",
        original + " abc liitetty teksti",
        original + " abc",
        original,
    ]
    for text in expected:
        editor.undo_stack.undo()
        assert title.text() == text


def test_keystrokes_are_told_from_bigger_changes() -> None:
    """Ensure a typed or deleted character is a keystroke and a paste, a replacement or a cleared field is not."""
    assert Keystroke.between("abc", "abXc") == Keystroke(True, 2, 3, "X")
    assert Keystroke.between("abc", "ac") == Keystroke(False, 1, 1, "b")
    assert Keystroke.between(None, "a") == Keystroke(True, 0, 1, "a")
    assert Keystroke.between("abc", "abcde") is None
    assert Keystroke.between("abc", "") is None
    assert Keystroke.between("abc", "abd") is None
    assert Keystroke.between("abc", "xbcd") is None
    typed = Keystroke(True, 3, 4, "d")
    assert Keystroke(True, 4, 5, "e").continues(typed)
    assert not Keystroke(True, 4, 5, "\n").continues(typed)
    assert not Keystroke(True, 1, 2, "e").continues(typed)
    assert Keystroke(False, 2, 2, "c").continues(Keystroke(False, 3, 3, "d"))
