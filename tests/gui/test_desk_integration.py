"""The desk's doors to the other pieces: printing, templates, meeting conduct, agreements; languages; start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import Item
from gui import actions as desk_actions
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

# Windows shown on the offscreen platform log "does not support propagateSizeHints()": harmless there.
pytestmark = [pytest.mark.usefixtures("shown_errors"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def _protocol_item(database: Database) -> int:
    with database.begin() as session:
        found = session.scalar(select(Item.id).where(Item.diary_number == "77/00.04.01/2023"))
    assert found is not None
    return found


@pytest.mark.skipif(not desk_actions.available("gui.print_preview"), reason="printing not landed")
def test_ctrl_p_previews_the_excerpt_of_a_checked_section(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Print on a § of checked minutes renders its excerpt off the UI thread and opens the preview."""
    from core.printing import DocumentKind
    from gui.print_preview import PrintPreviewDialog

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(_protocol_item(sqlite_demo_db))
    assert window.named_actions["print"].isEnabled() and window.named_actions["print_excerpt"].isEnabled()
    request = desk_actions.request_for(window, DocumentKind.EXCERPT)
    assert request.item_ids == (window.editor.item_id,) and not request.draft
    window.named_actions["print"].trigger()
    qtbot.waitUntil(lambda: window.last_operation is not None and window.last_operation.done, timeout=20000)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    assert dialogs
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()


@pytest.mark.skipif(not desk_actions.available("gui.template_dialog"), reason="templates not landed")
def test_drafted_proposal_goes_into_the_editor_undoably(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a proposal drafted from a template replaces the field as one undoable, saveable edit."""
    from gui.template_dialog import insert_proposal

    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    with sqlite_demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.title.startswith("Päijät-Hämeen kuntien")))
    assert item_id is not None
    window.open_item(item_id)
    editor = window.editor
    before = editor.proposal.toPlainText()
    assert insert_proposal(
        editor.undo_stack,
        editor.proposal,
        "Lautakunta hyväksyy sopimuksen.",
        window,
        ask=lambda _parent: True,
        apply=lambda text: editor.set_value("proposal", text, update_widget=True),
    )
    assert editor.proposal.toPlainText() == "Lautakunta hyväksyy sopimuksen." and editor.dirty
    window.named_actions["undo"].trigger()
    assert editor.proposal.toPlainText() == before and not editor.dirty
    window.named_actions["redo"].trigger()
    window.named_actions["save"].trigger()
    with sqlite_demo_db.begin() as session:
        assert session.get(Item, item_id).proposal == "Lautakunta hyväksyy sopimuksen."  # type: ignore[union-attr]


@pytest.mark.skipif(not desk_actions.available("gui.conduct"), reason="meeting conduct not landed")
def test_conduct_window_opens_for_the_selected_meeting(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the meeting's conduct view opens from the desk for the meeting of the selected item."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(_protocol_item(sqlite_demo_db))
    assert window.named_actions["conduct"].isEnabled()
    conduct = desk_actions.open_conduct(window)
    assert conduct is not None
    assert conduct.widget.meeting_id == window.editor.meeting_id  # type: ignore[attr-defined]
    conduct.close()


@pytest.mark.skipif(not desk_actions.available("gui.agreements"), reason="agreements not landed")
def test_agreement_register_opens_on_the_items_agreement(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the agreement register opens with the open item's agreement."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.open_item(_protocol_item(sqlite_demo_db))
    assert window.current_agreement_id() is not None
    register = desk_actions.open_agreements(window)
    assert register.isVisible()
    with qtbot.waitSignal(register.destroyed, timeout=5000):  # it deletes itself on close, loading or not
        register.close()


def test_swedish_translation_is_compiled_and_used(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the Swedish .ts compiles with the wheel's lrelease and the window then speaks Swedish."""
    from gui.i18n import install_translations, remove_translations, translation_file

    qm = translation_file("sv")
    assert qm is not None and qm.exists()
    installed = install_translations(qapp, "sv")
    try:
        window = make_window(qtbot, demo_db, settings, prompts)
        assert window.named_actions["save"].text().replace("&", "") == "Spara"
        assert window.named_actions["new_meeting"].text().replace("&", "") == "Nytt möte…"
        assert window.editor.tabs.tabText(0) == "Ärende och beredning"
    finally:
        remove_translations(qapp, installed)
    window = make_window(qtbot, demo_db, settings, prompts)
    assert window.named_actions["save"].text().replace("&", "") == "Tallenna"


def test_start_refuses_a_foreign_file_with_a_finnish_message(
    tmp_path: Path, shown_errors: list[tuple[str, str, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the window does not start on a file that is not a Sihteeri database, and says why in Finnish."""
    import sys

    from gui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    foreign = tmp_path / "kuvat.db"
    foreign.write_bytes(b"JPEG" * 100)
    assert run_gui(str(foreign), demo=False) in (0, 2)
    assert shown_errors and "ei ole Sihteerin tietokanta" in shown_errors[-1][1]
    assert not shown_errors[-1][2]
