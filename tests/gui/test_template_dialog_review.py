"""GUI tests from a secretary's review of drafting: the template chosen is remembered, and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import Item
from gui.keyboard import mnemonic
from gui.template_dialog import DraftProposalDialog, Questions, TemplateManagerDialog, draft_into

SEED1_KEY = "lautakunta_hyvaksyy_sopimuksen_osaltaan"


def _seed_item(database: Database) -> tuple[int, int]:
    with database.begin() as session:
        item = session.scalars(select(Item).where(Item.template_key == SEED1_KEY)).one()
        return item.id, item.version


def test_the_template_drafted_from_is_offered_first_next_time(
    qtbot: QtBot, sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the template a § was drafted from is remembered and preselected the next time (docs promise it;
    only the demo's two seeds had one, the window never stored the choice), without a new version of the §
    that would make the item editor's unsaved edits conflict."""
    item_id, version = _seed_item(sqlite_demo_db)

    def choose_council_template(dialog: DraftProposalDialog) -> int:
        dialog.select_template("hallitus_hyvaksyy_sopimuksen_ja_esittaa_valtuustolle")
        dialog.ok.click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DraftProposalDialog, "exec", choose_council_template)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    stack = QUndoStack()
    assert draft_into(None, sqlite_demo_db, item_id, stack, lambda _field: (editor, None))
    assert "esittää kunnanhallitukselle, että hallitus hyväksyy" in editor.toPlainText()
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None
        assert item.template_key == "hallitus_hyvaksyy_sopimuksen_ja_esittaa_valtuustolle"
        assert item.version == version
    again = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(again)
    assert again.current is not None
    assert again.current.slug == "hallitus_hyvaksyy_sopimuksen_ja_esittaa_valtuustolle"


class _Refuse(Questions):
    """Answers the given names, refuses every other question, and records the questions."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.asked: list[str] = []

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        self.asked.append(title)
        return self.names.pop(0) if self.names else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(title)
        return False


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing the dialog
def test_enter_in_the_description_saves_and_ctrl_s_saves(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure Enter in a field of the template manager saves the template (it pressed Uusi… and asked for a
    new template's name), and Ctrl+S saves too."""
    questions = _Refuse(["Oma"])
    dialog = TemplateManagerDialog(None, sqlite_demo_db, questions=questions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons["new"].click()
    questions.asked.clear()
    assert dialog._current is not None and not dialog._current.shipped
    assert dialog.save_button.isDefault()
    assert not any(button.isDefault() for button in dialog.buttons.values())
    dialog.description.setFocus()
    dialog.description.setText("Kuvaus")
    QTest.keyClick(dialog.description, Qt.Key.Key_Return)
    assert not dialog.dirty
    assert dialog._current.description == "Kuvaus"
    dialog.editor.setPlainText("{{ body.nominative }} päättää.")
    assert dialog.dirty
    # The key itself needs an active window, which the offscreen tests cannot count on: the shortcut is checked.
    (save_key,) = [key for key in dialog.findChildren(QShortcut) if key.key() == QKeySequence.StandardKey.Save]
    save_key.activated.emit()
    assert not dialog.dirty
    assert questions.asked == []


def test_the_template_manager_s_fields_have_names_and_keys(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure a screen reader names the template text, the variable picker, the preview's item and the preview,
    and that every button of the manager has an Alt+letter of its own."""
    dialog = TemplateManagerDialog(None, sqlite_demo_db)
    qtbot.addWidget(dialog)
    assert dialog.editor.accessibleName() or _buddy_text(dialog, dialog.editor)
    assert _buddy_text(dialog, dialog.editor) == "Mallipohjan teksti"
    assert _buddy_text(dialog, dialog.item) == "Esikatselu asialle"
    assert dialog.variables.accessibleName() == "Lisää muuttuja kohdistimen kohdalle"
    assert dialog.preview.preview.accessibleName() == "Esikatselu"
    letters = [mnemonic(button.text()) for button in [*dialog.buttons.values(), dialog.save_button]]
    assert None not in letters and len(set(letters)) == len(letters)
    draft = DraftProposalDialog(None, sqlite_demo_db, _seed_item(sqlite_demo_db)[0])
    qtbot.addWidget(draft)
    assert draft.templates.accessibleName() == "Mallipohjat"
    assert draft.preview.preview.accessibleName() == "Esikatselu"
    assert _buddy_text(draft, draft.language) == "Kieli"


def _buddy_text(window: QWidget, field: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return next((label.text().replace("&", "") for label in window.findChildren(QLabel) if label.buddy() is field), "")


def test_the_draft_follows_what_the_editor_shows_not_yet_saved(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure a kind of item and a title typed in the item editor but not saved yet are what the draft dialog
    suggests templates for and drafts from (it used the last saved ones: a new § of kind "sopimus" got no
    suggestion and its old title)."""
    from core.draft_context import UNSAVED_FIELDS

    with sqlite_demo_db.begin() as session:
        item = session.scalars(select(Item).where(Item.title.like("Varhaiskasvatuksen%"))).one()
        item_id, preparer_id = item.id, item.preparer_id
        item.preparer_id = None
    unsaved = {"title": "Uusi otsikko", "kind": "lausunto", "preparer_id": preparer_id}
    assert set(unsaved) <= set(UNSAVED_FIELDS)
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id, unsaved)
    qtbot.addWidget(dialog)
    assert dialog.current is not None and dialog.current.slug == "lausunto"
    assert dialog._context["item"].title == "Uusi otsikko"
    assert dialog._context["preparer"].name == "Hanna Koskinen"
    saved = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(saved)
    assert saved.current is None


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_an_arrow_key_on_the_variable_picker_opens_it_and_inserts_nothing(
    qtbot: QtBot, sqlite_demo_db: Database
) -> None:
    """Ensure Down (or a letter, or the mouse wheel) on the closed variable picker opens its list instead of
    inserting the next variable into the template at once (each arrow press wrote one into the text)."""
    questions = _Refuse(["Oma"])
    dialog = TemplateManagerDialog(None, sqlite_demo_db, questions=questions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons["new"].click()
    before = dialog.editor.toPlainText()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_B):
        QTest.keyClick(dialog.variables, key)
    assert dialog.editor.toPlainText() == before
    assert dialog.variables.currentIndex() == 0
    assert dialog.variables.view().isVisible()
    dialog.variables.hidePopup()
    dialog.variables.activated.emit(dialog.variables.findData("body.allative"))  # chosen in the list
    assert "{{ body.allative }}" in dialog.editor.toPlainText()


def test_places_left_to_fill_in_are_named_and_the_first_is_selected(
    qtbot: QtBot, sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure a draft with places to fill in ("[nimi]") says so before it is inserted, and after inserting the
    first of them is selected, so typing the name replaces it (the brackets could go unnoticed to the agenda)."""
    with sqlite_demo_db.begin() as session:
        item_id = session.scalars(select(Item.id).where(Item.kind == "tarkastajat").order_by(Item.id)).first()
    assert item_id is not None
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    assert not dialog.to_fill.isHidden()
    assert dialog.to_fill.text().endswith("[nimi], [päivämäärä]")
    seed = DraftProposalDialog(None, sqlite_demo_db, _seed_item(sqlite_demo_db)[0])
    qtbot.addWidget(seed)
    assert seed.to_fill.isHidden()

    def accept(dialog: DraftProposalDialog) -> int:
        dialog.ok.click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DraftProposalDialog, "exec", accept)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    assert draft_into(None, sqlite_demo_db, item_id, QUndoStack(), lambda _field: (editor, None))
    assert editor.textCursor().selectedText() == "[nimi]"
    assert editor.toPlainText().startswith("Valitaan pöytäkirjantarkastajiksi [nimi] ja [nimi].")


def test_a_swedish_draft_names_the_finnish_texts_it_had_to_use(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the draft dialog tells, under a Swedish draft, which Finnish texts of the case data it contains for want
    of a Swedish one (the agreement's name without a Swedish name), and says nothing of them in a Finnish draft or
    once the Swedish name is stored."""
    from db.models import Agreement

    item_id, _meeting_id = _seed_item(sqlite_demo_db)
    with sqlite_demo_db.begin() as session:
        item = session.get(Item, item_id)
        assert item is not None and item.agreement is not None
        agreement_id, title_sv = item.agreement.id, item.agreement.title_sv
        item.agreement.title_sv = ""
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.select_template("valmis:sv/" + SEED1_KEY)
    assert dialog.current is not None and dialog.current.language == "sv"
    assert not dialog.left_in_finnish.isHidden() and "sopimuksen nimi" in dialog.left_in_finnish.text()
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.select_template(SEED1_KEY)
    assert dialog.current is not None and dialog.current.language == "fi" and dialog.left_in_finnish.isHidden()
    with sqlite_demo_db.begin() as session:
        agreement = session.get(Agreement, agreement_id)
        assert agreement is not None
        agreement.title_sv = title_sv
    named = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(named)
    named.language.setCurrentIndex(named.language.findData("sv"))
    named.select_template("valmis:sv/" + SEED1_KEY)
    assert "sopimuksen nimi" not in named.left_in_finnish.text() or named.left_in_finnish.isHidden()
