"""GUI tests of proposal templates: undoable insertion, the drafting dialog and the template manager."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.demo import SEED1_PROPOSAL, SEED2_PROPOSAL
from core.template_library import get_template, template_history
from db.engine import Database
from db.enums import ItemKind
from db.errors import NotFound
from db.models import Item
from gui import errors
from gui.template_dialog import (
    DraftProposalDialog,
    HistoryDialog,
    Questions,
    TemplateManagerDialog,
    insert_proposal,
)

SEED1_KEY = "lautakunta_hyvaksyy_sopimuksen_osaltaan"
SEED2_KEY = "maakuntahallitus_hyvaksyy_yhteistyopoytakirjan"


def type_text(widget: QWidget, text: str) -> None:
    """Type one key event per character (safe for ä and č)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def move_to_end(editor: QPlainTextEdit | QTextEdit) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


class Answers(Questions):
    """Answers the dialogs' questions at once and records them."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.confirm_answer = True
        self.asked: list[str] = []
        self.open_path: Path | None = None
        self.save_path: Path | None = None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.confirm_answer

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        self.asked.append(label)
        return self.names.pop(0) if self.names else None

    def open_file(self, parent: QWidget | None) -> Path | None:
        return self.open_path

    def save_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        self.asked.append(suggested)
        return self.save_path


@pytest.fixture
def shown_errors() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


def _item(database: Database, **where: object) -> int:
    with database.begin() as session:
        query = select(Item.id)
        for name, value in where.items():
            query = query.where(getattr(Item, name) == value)
        return session.scalars(query.order_by(Item.id)).first() or 0


# --- insertion --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("editor_class", [QPlainTextEdit, QTextEdit])
def test_insert_is_one_undoable_command(qtbot: QtBot, editor_class: type[QPlainTextEdit | QTextEdit]) -> None:
    """Ensure a drafted proposal goes into an empty editor without a question, undoably as one command."""
    editor = editor_class()
    qtbot.addWidget(editor)
    stack = QUndoStack()
    asked: list[object] = []
    assert insert_proposal(stack, editor, "Lautakunta päättää.", None, ask=lambda p: asked.append(p) or True)
    assert editor.toPlainText() == "Lautakunta päättää."
    assert stack.count() == 1 and asked == []
    assert stack.undoText() == "Laadi ehdotus mallipohjasta"
    stack.undo()
    assert editor.toPlainText() == ""
    stack.redo()
    assert editor.toPlainText() == "Lautakunta päättää."
    # Re-drafting over an unedited draft replaces it without asking.
    assert insert_proposal(stack, editor, "Toinen ehdotus.", None, ask=lambda p: asked.append(p) or True)
    assert editor.toPlainText() == "Toinen ehdotus." and asked == [] and stack.count() == 2
    stack.undo()
    assert editor.toPlainText() == "Lautakunta päättää."


def test_edited_text_is_never_replaced_without_asking(qtbot: QtBot) -> None:
    """Ensure text the secretary typed or edited is replaced only when the answer is yes, and undo restores it."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    stack = QUndoStack()
    insert_proposal(stack, editor, "Lautakunta päättää.", None)
    move_to_end(editor)
    type_text(editor, " Lisäys č")
    edited = "Lautakunta päättää. Lisäys č"
    assert editor.toPlainText() == edited
    questions: list[object] = []

    def no(parent: object) -> bool:
        questions.append(parent)
        return False

    assert not insert_proposal(stack, editor, "Uusi ehdotus.", None, ask=no)
    assert editor.toPlainText() == edited and len(questions) == 1 and stack.count() == 1
    assert insert_proposal(stack, editor, "Uusi ehdotus.", None, ask=lambda _p: True)
    assert editor.toPlainText() == "Uusi ehdotus."
    stack.undo()
    assert editor.toPlainText() == edited


def test_text_written_by_hand_asks_first(qtbot: QtBot) -> None:
    """Ensure an editor that already had text (never drafted) asks before it is replaced."""
    editor = QPlainTextEdit("Käsin kirjoitettu ehdotus.")
    qtbot.addWidget(editor)
    stack = QUndoStack()
    questions: list[object] = []
    assert not insert_proposal(stack, editor, "Ehdotus.", None, ask=lambda p: questions.append(p) or False)
    assert questions and editor.toPlainText() == "Käsin kirjoitettu ehdotus." and stack.count() == 0
    assert not insert_proposal(stack, editor, "Käsin kirjoitettu ehdotus.", None)  # same text: nothing to do


def test_insert_through_the_editors_own_setter(qtbot: QtBot) -> None:
    """Ensure an editor that records its own values can take the text through ``apply``."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    stack = QUndoStack()
    values: list[str] = []

    def apply(text: str) -> None:
        values.append(text)
        editor.setPlainText(text)

    insert_proposal(stack, editor, "A.", None, apply=apply)
    stack.undo()
    assert values == ["A.", ""]


# --- "Laadi ehdotus mallipohjasta" ------------------------------------------------------------------------


def test_draft_dialog_suggests_and_returns_seed_one(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the dialog suggests the item's template first, previews the seed text and returns it."""
    dialog = DraftProposalDialog(None, sqlite_demo_db, _item(sqlite_demo_db, template_key=SEED1_KEY))
    qtbot.addWidget(dialog)
    assert dialog.current is not None and dialog.current.slug == SEED1_KEY
    assert dialog.suggested_keys()[0] == f"valmis:fi/{SEED1_KEY}"
    assert dialog.preview.preview.toPlainText().split() == SEED1_PROPOSAL.split()
    assert dialog.ok.isEnabled()
    dialog.language.setCurrentIndex(1)
    assert dialog.preview.preview.toPlainText().startswith("Välfärdsnämnden godkänner för sin del")
    dialog.language.setCurrentIndex(0)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.proposal_text.split() == SEED1_PROPOSAL.split()
    assert dialog.template_key == SEED1_KEY


def test_draft_dialog_preselects_no_poor_match(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure an ordinary item, for which no template is written, gets no template preselected (the generic
    "Palautetaan valmisteluun" was, with Lisää ehdotukseen as the default button) until one is chosen."""
    item_id = _item(sqlite_demo_db, kind=ItemKind.ORDINARY)
    assert item_id
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    assert dialog.current is None and not dialog.ok.isEnabled()
    assert dialog.suggested_keys() == []
    assert dialog.templates.item(0).text() != "Palautetaan valmisteluun"
    assert "ei ole tehty mallipohjaa" in dialog.description.text()
    dialog.select_template("palautetaan_valmisteluun")
    assert dialog.ok.isEnabled()
    assert dialog.preview.text.endswith("palauttaa asian uudelleen valmisteltavaksi.")


def test_a_body_without_a_swedish_name_cannot_be_drafted_in_swedish(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the Swedish draft of an item whose body has no Swedish name shows the error naming the body and
    offers no Lisää ehdotukseen (it inserted a text with blanks where the name belongs)."""
    from dataclasses import replace

    from core import organisation as org_ops

    item_id = _item(sqlite_demo_db, template_key=SEED1_KEY)
    with sqlite_demo_db.begin() as session:
        body = session.get(Item, item_id).meeting.body  # type: ignore[union-attr]
        org_ops.update_body(session, body.id, replace(org_ops.body_details(body), name_sv=""))
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()  # Finnish
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.preview.problem is not None and not dialog.ok.isEnabled()
    assert "Hyvinvointilautakunta ei ole merkitty ruotsinkielistä nimeä" in str(dialog.preview.problem)


def test_draft_dialog_seed_two_and_errors_in_place(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure seed 2 drafts its text, and a template that does not fit shows its error and cannot be used."""
    dialog = DraftProposalDialog(None, sqlite_demo_db, _item(sqlite_demo_db, template_key=SEED2_KEY))
    qtbot.addWidget(dialog)
    assert dialog.preview.text == SEED2_PROPOSAL
    legality = DraftProposalDialog(None, sqlite_demo_db, _item(sqlite_demo_db, kind=ItemKind.LEGALITY))
    qtbot.addWidget(legality)
    assert legality.current is not None and legality.current.slug == "laillisuus_ja_paatosvaltaisuus"
    legality.select_template(SEED1_KEY)
    assert not legality.ok.isEnabled()
    assert legality.preview.error.isVisibleTo(legality)
    assert "asiaan ei ole liitetty sopimusta" in legality.preview.error.text()
    legality.ok.click()
    assert legality.proposal_text == ""


# --- the template manager ---------------------------------------------------------------------------------


def _manager(qtbot: QtBot, database: Database, answers: Answers, item_id: int | None = None) -> TemplateManagerDialog:
    dialog = TemplateManagerDialog(None, database, item_id, questions=answers)
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog: TemplateManagerDialog, key: str) -> None:
    keys = [info.key for info in dialog._infos]
    dialog.templates.setCurrentRow(keys.index(key))


def test_shipped_template_is_read_only_and_copyable(
    qtbot: QtBot, sqlite_demo_db: Database, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a shipped template cannot be edited but can be copied into an editable own one."""
    answers = Answers()
    item_id = _item(sqlite_demo_db, template_key=SEED1_KEY)
    dialog = _manager(qtbot, sqlite_demo_db, answers, item_id)
    _select(dialog, f"valmis:fi/{SEED1_KEY}")
    assert dialog.editor.isReadOnly()
    assert dialog.description.text() and dialog.description.cursorPosition() == 0  # its beginning is shown
    assert not dialog.buttons["delete"].isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.preview.text.split() == SEED1_PROPOSAL.split()
    answers.names = ["Oma lautakuntapohja"]
    dialog.buttons["copy"].click()
    assert dialog._current is not None and dialog._current.name == "Oma lautakuntapohja"
    assert not dialog.editor.isReadOnly()
    assert dialog.preview.text.split() == SEED1_PROPOSAL.split()
    assert shown_errors == []


def test_an_own_template_s_kind_of_agreement_is_chosen_and_saved(
    qtbot: QtBot, sqlite_demo_db: Database, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure the dialog shows the kind of agreement of a template, a choice makes the template unsaved, and saving
    stores it (the kind was not kept for own templates)."""
    from core.template_library import get_template
    from db.enums import AgreementKind

    answers = Answers()
    dialog = _manager(qtbot, sqlite_demo_db, answers, _item(sqlite_demo_db, template_key=SEED1_KEY))
    answers.names = ["Yhteistoimintasopimukselle"]
    dialog.buttons["new"].click()
    assert dialog.agreement_kind.currentText() == "mikä tahansa" and dialog.agreement_kind.isEnabled()
    dialog.agreement_kind.setCurrentIndex(dialog.agreement_kind.findData(AgreementKind.COOPERATION_AGREEMENT))
    assert dialog.dirty and dialog.save_button.isEnabled()
    assert dialog.save()
    current = dialog._current
    assert current is not None and current.agreement_kind == AgreementKind.COOPERATION_AGREEMENT
    with sqlite_demo_db.begin() as session:
        assert get_template(session, current.key).agreement_kind == AgreementKind.COOPERATION_AGREEMENT
    assert dialog.agreement_kind.currentData() == AgreementKind.COOPERATION_AGREEMENT
    assert shown_errors == []


def test_edit_preview_error_save_history(
    qtbot: QtBot, sqlite_demo_db: Database, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure typing updates the preview, an error shows in place with its line, and saving keeps history."""
    answers = Answers()
    dialog = _manager(qtbot, sqlite_demo_db, answers, _item(sqlite_demo_db, template_key=SEED1_KEY))
    answers.names = ["Kokeilu"]
    dialog.buttons["new"].click()
    current = dialog._current
    assert current is not None and not current.shipped
    first_text = dialog.editor.toPlainText()
    move_to_end(dialog.editor)
    type_text(dialog.editor, "{{ parent_body.allative }} ä")
    qtbot.waitUntil(lambda: dialog.preview.text == "Hyvinvointilautakunta päättää kunnanhallitukselle ä", timeout=3000)
    assert dialog.dirty and dialog.save_button.isEnabled()

    type_text(dialog.editor, "\n{{ body.allatiivi }}")
    qtbot.waitUntil(lambda: dialog.preview.problem is not None, timeout=3000)
    assert dialog.preview.error.isVisibleTo(dialog)
    assert "rivillä 2" in dialog.preview.error.text() and "allative" in dialog.preview.error.text()
    marks = dialog.editor.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.blockNumber() == 1

    # A syntax error is not saved: the error goes to the one error path.
    dialog.editor.setPlainText("{% if body %}")
    assert not dialog.save()
    assert shown_errors and "endif" in shown_errors[-1][1]
    shown_errors.clear()

    dialog.editor.setPlainText(first_text + "{{ parent_body.allative }}.")
    assert dialog.save()
    assert not dialog.dirty and dialog.preview.text == "Hyvinvointilautakunta päättää kunnanhallitukselle."
    saved = dialog._current
    assert saved is not None and saved.template_id is not None
    with sqlite_demo_db.begin() as session:
        history = template_history(session, saved.template_id)
    assert [r.text for r in history] == [first_text]

    history_dialog = HistoryDialog(dialog, saved.name, [(r.saved_at, r.author, r.text) for r in history])
    qtbot.addWidget(history_dialog)
    assert history_dialog.text.toPlainText() == first_text
    history_dialog.restore.click()
    assert history_dialog.chosen_text == first_text
    assert shown_errors == []


def test_switching_with_unsaved_edits_asks(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure leaving an own template with unsaved edits asks, and 'no' keeps the edits."""
    answers = Answers()
    dialog = _manager(qtbot, sqlite_demo_db, answers)
    answers.names = ["Keskeneräinen"]
    dialog.buttons["new"].click()
    own_key = dialog._current.key if dialog._current else ""
    dialog.editor.setPlainText("muutettu {{ body.nominative }}")
    answers.confirm_answer = False
    _select(dialog, "valmis:fi/lausunto")
    assert dialog._current is not None and dialog._current.key == own_key
    assert dialog.editor.toPlainText() == "muutettu {{ body.nominative }}"
    assert answers.asked[-1].startswith("Mallipohjaan on tehty muutoksia")
    answers.confirm_answer = True
    _select(dialog, "valmis:fi/lausunto")
    assert dialog._current is not None and dialog._current.key == "valmis:fi/lausunto"


def test_rename_delete_export_import(
    qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure own templates can be renamed, exported to a file, imported back and deleted."""
    answers = Answers()
    dialog = _manager(qtbot, sqlite_demo_db, answers)
    _select(dialog, "valmis:fi/merkitaan_tiedoksi")
    answers.names = ["Tiedoksi"]
    dialog.buttons["copy"].click()
    answers.names = ["Tiedoksi merkitseminen"]
    dialog.buttons["rename"].click()
    assert dialog._current is not None and dialog._current.name == "Tiedoksi merkitseminen"

    answers.save_path = tmp_path / "tiedoksi.j2"
    dialog.buttons["export"].click()
    content = answers.save_path.read_text(encoding="utf-8")
    assert content.startswith("{#- sihteeri-mallipohja\nnimi: Tiedoksi merkitseminen\nkieli: fi\n")

    answers.open_path = answers.save_path
    dialog.buttons["import"].click()
    assert dialog._current is not None and dialog._current.name == "Tiedoksi merkitseminen (2)"
    imported_key = dialog._current.key
    assert dialog.editor.toPlainText().strip() == "{{ body.nominative }} merkitsee asian tiedoksi."

    answers.confirm_answer = True
    dialog.buttons["delete"].click()
    with sqlite_demo_db.begin() as session, pytest.raises(NotFound):
        get_template(session, imported_key)
    own = [info.name for info in dialog._infos if not info.shipped]
    assert own == ["Tiedoksi merkitseminen"]

    (tmp_path / "rikki.j2").write_text("ei mallipohja", encoding="utf-8")
    answers.open_path = tmp_path / "rikki.j2"
    dialog.buttons["import"].click()
    assert shown_errors and "ei ole Sihteerin mallipohja" in shown_errors[-1][1]


def test_insert_into_the_item_editor_through_its_setter(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the desk's item editor takes a drafted proposal as one undoable command and saves it.

    The item editor records every change of its fields itself, so the caller passes its setter as ``apply``.
    """
    from gui.item_editor import ItemEditor

    editor = ItemEditor(sqlite_demo_db, autosave_seconds=3600)
    qtbot.addWidget(editor)
    item_id = _item(sqlite_demo_db, template_key=SEED1_KEY)
    editor.load(item_id)
    stack = editor.undo_stack
    field = editor.proposal
    field.setPlainText("")  # the secretary clears the proposal (one command of the editor's own)
    before = stack.count()
    dialog = DraftProposalDialog(None, sqlite_demo_db, item_id)
    qtbot.addWidget(dialog)
    dialog.ok.click()

    def apply(text: str) -> None:
        editor.set_value("proposal", text, update_widget=True)

    assert insert_proposal(stack, field, dialog.proposal_text, editor, apply=apply)
    assert stack.count() == before + 1
    assert editor.value("proposal") == field.toPlainText() == dialog.proposal_text
    stack.undo()
    assert editor.value("proposal") == field.toPlainText() == ""
    stack.redo()
    assert editor.save()
    with sqlite_demo_db.begin() as session:
        assert session.get(Item, item_id).proposal.split() == SEED1_PROPOSAL.split()


def test_variable_picker_inserts_at_the_cursor(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the variable picker lists every field with its value on the case and inserts it at the cursor."""
    answers = Answers()
    dialog = _manager(qtbot, sqlite_demo_db, answers, _item(sqlite_demo_db, template_key=SEED1_KEY))
    labels = [dialog.variables.itemText(i) for i in range(dialog.variables.count())]
    assert "body.allative  –  hyvinvointilautakunnalle" in labels
    assert "meeting.date  –  21.10.2025" in labels
    assert "signatory.title  –  kunnanjohtaja" in labels
    answers.names = ["Muuttujat"]
    dialog.buttons["new"].click()
    move_to_end(dialog.editor)
    dialog.variables.activated.emit(dialog.variables.findData("parent_body.allative"))
    assert dialog.editor.toPlainText().endswith("{{ parent_body.allative }}")
    assert dialog.variables.currentIndex() == 0
    dialog.update_preview()
    assert dialog.preview.text == "Hyvinvointilautakunta päättää kunnanhallitukselle"
