"""The settings' Tehtäväluokitus tab: classes listed, added, renamed, removed and read from a file at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from core.classification import ClassDetails
from core.organisation import BodyDetails, PersonChange
from db.engine import Database
from db.models import ClassificationCode
from gui.classification_panel import ClassDialog, ClassificationPanel
from gui.settings import Settings, SettingsDialog
from tests.gui import desk_support
from tests.gui.desk_support import type_text

settings = desk_support.settings
shown_errors = desk_support.shown_errors


class _Answers:
    """Stands in for the panel's dialogs: the answers given, and what each was asked with."""

    def __init__(self, panel: ClassificationPanel) -> None:
        self.classes: list[ClassDetails | None] = []
        self.asked: list[tuple[ClassDetails | None, bool]] = []
        self.files: list[Path | None] = []
        self.removals: list[bool] = []
        self.told: list[str] = []
        panel.ask_class = self.ask_class  # type: ignore[method-assign]
        panel.choose_file = lambda: self.files.pop(0)  # type: ignore[method-assign]
        panel.confirm_removal = lambda _code, _title: self.removals.pop(0)  # type: ignore[method-assign,assignment]
        panel.tell = self.told.append  # type: ignore[method-assign,assignment]

    def ask_class(self, details: ClassDetails | None, *, adding: bool) -> ClassDetails | None:
        self.asked.append((details, adding))
        return self.classes.pop(0)


def test_classes_are_added_renamed_and_removed_at_once(qtbot: QtBot, sqlite_demo_db: Database,
                                                       shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure the tab lists the demo's classes by code, filters by code or name, adds a class (a taken code shown and
    asked again as typed), renames one with its code fixed, refuses to remove a class a § is marked with, removes
    an unused one after asking, and tells the settings dialog something was stored."""
    panel = ClassificationPanel(sqlite_demo_db)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    codes = panel.visible_codes()
    assert codes[:3] == ["00", "01", "02"] and "00.04.01" not in codes and not panel.edit_button.isEnabled()
    type_text(panel.filter, "henkilöstö")
    assert panel.visible_codes() == ["01"]
    panel.filter.clear()
    taken = ClassDetails("00", "Toinen nimi")
    answers.classes = [taken, ClassDetails("00.04.01", "Yhteistoiminta", "Samarbete")]
    panel.add_button.click()
    assert len(shown_errors) == 1 and "on jo luokituksessa" in shown_errors[0][1]
    assert answers.asked == [(None, True), (taken, True)] and panel.changed
    assert panel.current_code() == "00.04.01" and panel.visible_codes().index("00.04.01") == 1  # after 00
    answers.classes = [ClassDetails("00.04.01", "Yhteistoiminta muiden kanssa", "Samarbete")]
    panel.edit_button.click()
    assert answers.asked[-1] == (ClassDetails("00.04.01", "Yhteistoiminta", "Samarbete"), False)
    with sqlite_demo_db.begin() as s:
        assert s.get(ClassificationCode, "00.04.01").title == "Yhteistoiminta muiden kanssa"  # type: ignore[union-attr]
    answers.removals = [True]
    panel.remove_button.click()  # the seed § is marked with it
    assert len(shown_errors) == 2 and "1 asiaa on merkitty siihen" in shown_errors[1][1]
    answers.classes = [ClassDetails("00.04.09", "Seutuyhteistyö")]
    panel.add_button.click()
    answers.removals = [False, True]
    panel.remove_button.click()  # not confirmed
    assert "00.04.09" in panel.visible_codes()
    panel.remove_button.click()
    assert "00.04.09" not in panel.visible_codes() and "00.04.01" in panel.visible_codes()


def test_a_classification_is_read_from_a_spreadsheet_file(qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path,
                                                          shown_errors: list[tuple[str, str, bool]]) -> None:
    """Ensure Tuo tiedostosta… reads a file saved by a Finnish spreadsheet, tells what it added and renamed, and
    lists the new classes; a file with a mistake is refused by line, with nothing stored."""
    panel = ClassificationPanel(sqlite_demo_db)
    qtbot.addWidget(panel)
    answers = _Answers(panel)
    good = tmp_path / "tos.csv"
    good.write_bytes("Tunnus;Nimi;Ruotsiksi\n00;Hallintoasiat;Förvaltningsärenden\n"
                     "00.04.05;Kuntayhteistyö;Kommunalt samarbete\n".encode("cp1252"))  # fmt: skip
    bad = tmp_path / "virhe.csv"
    bad.write_text("00.04.06;Uusi\n00.4x;Huono\n", encoding="utf-8")
    answers.files = [bad, good, None]
    panel.import_button.click()
    assert len(shown_errors) == 1 and "rivi 2: tunnus 00.4x" in shown_errors[0][1]
    assert "00.04.06" not in panel.visible_codes() and not panel.changed
    panel.import_button.click()
    assert answers.told == ["Tiedostosta tos.csv tuotiin tehtäväluokitus: 1 uutta luokkaa, 0 luokan nimi muuttui, "
                            "1 ennallaan."]  # fmt: skip
    assert "00.04.05" in panel.visible_codes() and panel.changed
    panel.import_button.click()  # cancelled
    assert len(answers.told) == 1


def test_the_settings_have_the_classification_tab_and_the_class_dialog_fixes_a_kept_code(
    qtbot: QtBot, settings: Settings, sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure the settings dialog shows Tehtäväluokitus with a database, that a class added there makes the window
    read its data again, and that the class dialog's code cannot be edited for a stored class."""
    dialog = SettingsDialog(settings, None, sqlite_demo_db)
    qtbot.addWidget(dialog)
    labels = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert "Tehtäväluokitus" in labels
    assert dialog.classes is not None
    monkeypatch.setattr(dialog.classes, "ask_class",
                        lambda _d, adding: ClassDetails("00.04.10", "Testi") if adding else None)  # fmt: skip
    dialog.classes.add_button.click()
    dialog.accept()
    assert dialog.database_changed
    kept = ClassDialog(ClassDetails("00.04.10", "Testi"), adding=False)
    qtbot.addWidget(kept)
    assert kept.code.isReadOnly() and kept.windowTitle() == "Tehtäväluokan tiedot"
    new = ClassDialog(None)
    qtbot.addWidget(new)
    type_text(new.code, "12.01")
    type_text(new.title, "Päiväkodit")
    assert new.details() == ClassDetails("12.01", "Päiväkodit", "") and not new.code.isReadOnly()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing the dialog
def test_enter_on_a_row_edits_it_and_delete_removes_it_without_closing_the_settings(
    qtbot: QtBot, settings: Settings, sqlite_demo_db: Database
) -> None:
    """Ensure Enter on a class's row (and on a person's in Henkilöt, a body's in Toimielimet) opens it for editing and
    Delete asks to remove the class, with the settings dialog left open: the table passed Enter on to the dialog,
    whose OK closed it."""
    dialog = SettingsDialog(settings, None, sqlite_demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.classes is not None and dialog.people is not None
    dialog.tabs.setCurrentWidget(dialog.classes)
    answers = _Answers(dialog.classes)
    answers.classes[:] = [None]
    answers.removals[:] = [False]
    table = dialog.classes.table
    table.setFocus()
    table.selectRow(0)
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible() and [details.code for details, _adding in answers.asked if details] == ["00"]
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert dialog.isVisible() and answers.removals == []  # asked, and answered no
    dialog.tabs.setCurrentWidget(dialog.people)
    edited: list[int | None] = []
    people = dialog.people

    def ask_change(change: PersonChange, former: list[str], current: int | None = None) -> PersonChange | None:
        edited.append(current)
        return None

    people.ask_person_change = ask_change  # type: ignore[method-assign]
    people.table.setFocus()
    people.table.selectRow(0)
    qtbot.waitUntil(people.table.hasFocus)
    QTest.keyClick(people.table, Qt.Key.Key_Enter)
    assert dialog.isVisible() and len(edited) == 1
    assert dialog.bodies is not None
    bodies = dialog.bodies
    dialog.tabs.setCurrentWidget(bodies)
    asked_bodies: list[BodyDetails] = []

    def ask_body(details: BodyDetails) -> BodyDetails | None:
        asked_bodies.append(details)
        return None

    bodies.ask_body = ask_body  # type: ignore[method-assign]
    bodies.bodies.setFocus()
    bodies.bodies.setCurrentRow(0)
    qtbot.waitUntil(bodies.bodies.hasFocus)
    QTest.keyClick(bodies.bodies, Qt.Key.Key_Return)
    assert dialog.isVisible() and len(asked_bodies) == 1


def test_the_item_editor_offers_the_classes_level_by_level(qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """Ensure the item editor's Tehtäväluokka list is in the classification's order (15 before 100, 00.04 before
    00.04.01 before 01), not sorted as text ("100" before "15")."""
    from sqlalchemy import select

    from core.classification import add_class
    from db.models import Item
    from gui.item_editor import ItemEditor

    with sqlite_demo_db.begin() as session:
        for code in ("100", "15", "00.04.01", "00.04"):
            add_class(session, ClassDetails(code, f"Luokka {code}"))
        item_id = session.scalars(select(Item.id).order_by(Item.id)).first()
        assert item_id is not None
    editor = ItemEditor(sqlite_demo_db)
    qtbot.addWidget(editor)
    editor.load(item_id)
    codes = [editor.classification.itemData(i) for i in range(1, editor.classification.count())]
    assert codes.index("00") < codes.index("00.04") < codes.index("00.04.01") < codes.index("01")
    assert codes.index("14") < codes.index("15") < codes.index("100")
