"""Keyboard use and screen-reader names shared by the windows: Tab leaves views and text boxes, labels name fields."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

View = TypeVar("View", bound=QAbstractItemView)
TextBox = TypeVar("TextBox", bound=QPlainTextEdit | QTextEdit)


def tab_leaves(view: View) -> View:
    """Make Tab and Shift+Tab move to the next or previous widget instead of the next cell.

    Qt's tables keep Tab for moving between cells (``tabKeyNavigation``), so a keyboard user could never
    reach the buttons after a table; the arrow keys still move between cells. Returns ``view``, so a view is
    made and set up in one line: ``self.table = tab_leaves(QTableView())``.
    """
    view.setTabKeyNavigation(False)
    return view


def tab_moves_focus(box: TextBox) -> TextBox:
    """Make Tab in a text box move to the next widget instead of writing a tab character (no user text
    needs one; Ctrl+Tab is not needed either). Returns ``box``."""
    box.setTabChangesFocus(True)
    return box


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label for ``field`` in a grid: a screen reader reads it as the field's name (a label merely beside a
    field is not connected to it), and a letter after ``&`` in ``text`` moves the focus to the field."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _shows_nothing(edit: QDateTimeEdit) -> bool:
    """Whether ``edit`` shows its special value text ("–": no date or time set), which has no sections."""
    return bool(edit.specialValueText()) and edit.dateTime() == edit.minimumDateTime()


class TimeEdit(QTimeEdit):
    """A time field that Tab leaves when it is empty ("–").

    Tab steps from the hours to the minutes before leaving a time field; a field showing its special value text
    has no sections, and Qt kept the focus in it for ever (Paikka and OK could not be reached). Empty, Tab now
    moves on and leaves the value unset."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name), A002 (Qt's argument)
        if _shows_nothing(self):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


class DateEdit(QDateEdit):
    """A date field that Tab leaves when it is empty ("–"), like ``TimeEdit``."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name), A002 (Qt's argument)
        if _shows_nothing(self):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


_MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    """The letter after ``&`` in ``text`` (lower case), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _free_letter(text: str, used: set[str]) -> int | None:
    """Where in ``text`` a mnemonic not in ``used`` can go: a word's first letter, else any letter (a–z before
    letters such as ä, which not every keyboard has)."""
    starts = [i for i, char in enumerate(text) if char.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, char in enumerate(text) if char.isalpha() and i not in starts]
    for positions in (starts, others):
        for ascii_only in (True, False):
            for i in positions:
                letter = text[i].lower()
                if letter not in used and (letter.isascii() or not ascii_only):
                    return i
    return None


def add_mnemonics(menu: QMenu) -> None:
    """Give every item of ``menu`` and its submenus that has no mnemonic one of its own letters (Alt+T, then S
    chooses Tiedosto → Tallenna), no two items of one menu sharing a letter.

    The letters are chosen from the texts in the language shown, so every translation gets letters of its own
    words that cannot clash; a letter written with ``&`` in a text is kept."""
    actions = [action for action in menu.actions() if not action.isSeparator() and action.text()]
    used = {letter for action in actions if (letter := mnemonic(action.text())) is not None}
    for action in actions:
        text = action.text()
        if mnemonic(text) is None and (position := _free_letter(text, used)) is not None:
            used.add(text[position].lower())
            action.setText(f"{text[:position]}&{text[position:]}")
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            add_mnemonics(submenu)


def _used_letters(window: QWidget) -> set[str]:
    """The mnemonics ``window`` has already: its buttons', its labels' (of a field), its tabs' and its menus'."""
    texts = [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [bar.tabText(index) for bar in window.findChildren(QTabBar) for index in range(bar.count())]
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    return {letter for text in texts if (letter := mnemonic(text)) is not None}


def add_button_mnemonics(window: QWidget) -> None:
    """Give the push buttons of ``window`` without a mnemonic one of their own letters (Alt+letter presses the
    button), none taken twice in the window. A dialog's OK and Cancel are left as they are: Enter and Esc
    answer them. Call when the window is built; like ``add_mnemonics`` it works in the language shown."""
    used = _used_letters(window)
    buttons = window.findChildren(QPushButton)
    # The default button (Tallenna päätös) first, buttons shown only now and then (Kumoa tallennus) last.
    buttons.sort(key=lambda button: (not button.isDefault(), button.isHidden()))
    for button in buttons:
        text = button.text()
        if not text or mnemonic(text) is not None or isinstance(button.parentWidget(), QDialogButtonBox):
            continue
        if (position := _free_letter(text, used)) is not None:
            used.add(text[position].lower())
            button.setText(f"{text[:position]}&{text[position:]}")
