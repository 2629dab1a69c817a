"""Helpers for the desk's GUI tests: prompts that answer at once, typing one key event per character."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from core.printing import DocumentRequest
from db.engine import Database
from gui import errors
from gui.dialogs import MeetingInfo, NewMeeting, Prompts, RemovalChoice, SaveChoice, Sending
from gui.main_window import MainWindow
from gui.settings import Settings


class AnsweringPrompts(Prompts):
    """Answers every question from its attributes and records what was asked."""

    def __init__(self) -> None:
        self.save_choice = SaveChoice.SAVE
        self.recover = True
        self.titles: list[str] = []
        self.meeting: NewMeeting | None = None
        self.confirm_answer = True
        self.asked: list[tuple[str, str]] = []
        self.agreement: int | None = None  # the answer to choose_agreement (0: none, None: cancelled)
        self.agreement_choices: list[tuple[int, str]] = []
        self.database: str | None = None  # the answer to choose_database ("" the default, None cancelled)
        self.meeting_change: MeetingInfo | None = None  # the answer to meeting_info (None: cancelled)
        self.first_section_answer: tuple[int, int] | None = None  # (year, number), None: cancelled
        self.date_answer: dt.date | None = None  # the answer to ask_date (None: cancelled)
        self.sending: list[Sending] | None = None  # the answer to record_sending (None: cancelled)
        self.sending_asked: list[Sending] = []
        self.passwords: list[str] = []  # the answers to ask_password, in turn (none left: cancelled)
        self.removal_meeting: int | None = None  # the answer to online_removals (None: closed)
        self.removal_publish = False  # ... with its version without personal data asked for
        self.attachment_path: Path | None = None  # the answer to choose_attachment_file (None: cancelled)
        self.opened_files: list[tuple[Path, bytes]] = []  # what open_file was given (the path and its bytes then)
        self.password_asked: list[tuple[str, str, bool]] = []  # (user, server, wrong) of each question
        self.publication: DocumentRequest | None = None  # the answer to choose_publication (None: cancelled)
        self.publication_language = ""  # the documents' language choose_publication was last asked with
        self.marks: bool | None = None  # the answer to publication_marks (None: cancelled)
        self.marks_asked: list[bool] = []  # what publication_marks showed

    def choose_attachment_file(self, parent: QWidget | None) -> Path | None:
        self.asked.append(("choose_attachment_file", ""))
        return self.attachment_path

    def publication_marks(self, parent: QWidget | None, has_personal_data: bool) -> bool | None:
        self.marks_asked.append(has_personal_data)
        return self.marks

    def choose_publication(
        self,
        parent: QWidget | None,
        meeting_id: int,
        *,
        locked: bool,
        without_personal_data: bool = False,
        language: str = "fi",
    ) -> DocumentRequest | None:
        self.asked.append(("choose_publication", f"{meeting_id} {locked} {without_personal_data}"))
        self.publication_language = language
        return replace(self.publication, meeting_id=meeting_id) if self.publication is not None else None

    def open_file(self, parent: QWidget | None, path: Path) -> None:
        self.opened_files.append((path, path.read_bytes()))

    def online_removals(self, parent: QWidget | None, database: Database) -> RemovalChoice | None:
        self.asked.append(("online_removals", str(database.description)))
        if self.removal_meeting is None:
            return None
        return RemovalChoice(self.removal_meeting, self.removal_publish)

    def ask_password(self, parent: QWidget | None, user: str, server: str, wrong: bool) -> str | None:
        self.password_asked.append((user, server, wrong))
        return self.passwords.pop(0) if self.passwords else None

    def ask_save(self, parent: QWidget | None, what: str) -> SaveChoice:
        self.asked.append(("ask_save", what))
        return self.save_choice

    def recover_draft(self, parent: QWidget | None, text: str) -> bool:
        self.asked.append(("recover_draft", text))
        return self.recover

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def item_title(self, parent: QWidget | None) -> str | None:
        return self.titles.pop(0) if self.titles else None

    def new_meeting(
        self, parent: QWidget | None, bodies: list[tuple[int, str, str]], current_body: int | None
    ) -> NewMeeting | None:
        self.asked.append(("new_meeting", ", ".join(name for _i, name, _p in bodies)))
        return self.meeting

    def choose_meeting(self, parent: QWidget | None, meetings: list[tuple[int, str]]) -> int | None:
        return meetings[0][0] if meetings else None

    def choose_agreement(
        self, parent: QWidget | None, agreements: list[tuple[int, str]], current: int | None
    ) -> int | None:
        self.asked.append(("choose_agreement", agreements[0][1]))
        self.agreement_choices = agreements
        return self.agreement

    def meeting_info(self, parent: QWidget | None, title: str, current: MeetingInfo) -> MeetingInfo | None:
        self.asked.append(("meeting_info", f"{title}: {current}"))
        return self.meeting_change

    def first_section(self, parent: QWidget | None, body: str, year: int, current: int) -> tuple[int, int] | None:
        self.asked.append(("first_section", f"{body} {year}: {current}"))
        return self.first_section_answer

    def ask_date(self, parent: QWidget | None, title: str, label: str, current: dt.date) -> dt.date | None:
        self.asked.append(("ask_date", f"{title}: {current.isoformat()}"))
        return self.date_answer

    def record_sending(self, parent: QWidget | None, title: str, rows: list[Sending]) -> list[Sending] | None:
        self.asked.append(("record_sending", title))
        self.sending_asked = rows
        return self.sending

    def choose_database(self, parent: QWidget | None, current: str) -> str | None:
        self.asked.append(("choose_database", current))
        return self.database

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("information", text))


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character (safe for ä, č and other letters beyond Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def press_ok(qtbot: QtBot, dialog: QDialog) -> None:
    """Click the dialog's OK button."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, value: object) -> None:
    """Choose the combo box's entry whose data is ``value`` (it must be there)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


@pytest.fixture
def shown_errors() -> Iterator[list[tuple[str, str, bool]]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompts() -> AnsweringPrompts:
    return AnsweringPrompts()


def make_window(qtbot: QtBot, database: Database, settings: Settings, prompts: Prompts) -> MainWindow:
    window = MainWindow(database, settings, prompts)
    # At teardown the window is closed: unsaved test edits must not ask anything then.
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.show_nothing())
    return window
