"""The desk's counts in Finnish: one match, one page, one item (Finnish is the source language, with no plural forms
from a translation file)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from db.engine import Database
from gui.print_preview import PrintPreviewDialog
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, press, type_text

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = pytest.mark.usefixtures("shown_errors")


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(pages):
        canvas.drawString(72, 720, f"Sivu {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_print_preview_counts_one_page_and_several(qtbot: QtBot) -> None:
    """Ensure the preview says "1 sivu" for a one-page document and "3 sivua" for three pages."""
    for pages, expected in ((1, "1 sivu"), (3, "3 sivua")):
        dialog = PrintPreviewDialog(_pdf(pages), title="Esityslista", suggested_name="esityslista.pdf")
        qtbot.addWidget(dialog)
        assert dialog.pages_label.text() == expected


def test_the_search_counts_one_match_and_several(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the search's status says "1 osuma" for a single match and "%n osumaa" for more."""
    window = make_window(qtbot, demo_db, settings, prompts)
    window.named_actions["find"].trigger()
    panel = window.search
    for query in ("77/00.04.01/2023", "päätös"):
        panel.query.clear()
        type_text(panel.query, query)
        press(panel.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.operation is not None and panel.operation.done, timeout=5000)
        count = panel.model.rowCount()
        if query.startswith("77/"):
            assert count == 1 and panel.status.text() == "1 osuma"
        else:
            assert count > 1 and panel.status.text() == f"{count} osumaa"
    assert panel.hits_text(0) == "Ei osumia."


def test_a_meeting_with_one_item_says_so(qtbot: QtBot, demo_db: Database) -> None:
    """Ensure the navigator's tooltip of a meeting counts "1 asia", not "1 asiaa"."""
    from gui.navigator import NavigatorModel

    model = NavigatorModel(demo_db)
    assert model._count_text(1) == "1 asia" and model._count_text(7) == "7 asiaa"


def test_an_outcome_reads_the_same_on_the_desk_in_the_conduct_and_in_the_search(
    qtbot: QtBot, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the editor's Lopputulos, the meeting conduct's outcome and the search filter list the same outcomes
    under the same names (they once said "vaali", "Valinta" and "valinta" for one outcome)."""
    from gui.conduct import ItemPanel
    from gui.outcomes import outcome_choices

    window = make_window(qtbot, demo_db, settings, prompts)
    window.named_actions["find"].trigger()
    panel = ItemPanel(demo_db)
    qtbot.addWidget(panel)

    def names(combo: QComboBox) -> list[str]:
        return [combo.itemText(row) for row in range(combo.count()) if combo.itemData(row) is not None]

    expected = [label for _outcome, label in outcome_choices()]
    assert "Valinta" in expected and "Hyväksytty muuttamattomana" in expected
    assert names(window.editor.outcome) == expected
    assert names(panel.outcome) == expected
    assert names(window.search.outcome) == expected
