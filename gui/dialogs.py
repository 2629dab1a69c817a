"""Questions the desk asks the user, behind one replaceable object, and the small dialogs they open.

The window never calls ``QMessageBox`` or ``exec()`` directly: it asks ``Prompts`` (like mu's ``view``), so
tests pass a ``Prompts`` subclass that answers at once instead of blocking on a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class NewMeeting:
    """What the new-meeting dialog asks: the body, the date and the place."""

    body_id: int
    date: dt.date
    place: str


class NewMeetingDialog(QDialog):
    """Asks the body, date and place of a new meeting; its number and § numbers are suggested by core."""

    def __init__(
        self, bodies: list[tuple[int, str, str]], current_body: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi kokous"))
        form = QFormLayout(self)
        self.body = QComboBox()
        self._places: dict[int, str] = {}
        for body_id, name, place in bodies:
            self.body.addItem(name, body_id)
            self._places[body_id] = place
        if current_body is not None:
            self.body.setCurrentIndex(max(0, self.body.findData(current_body)))
        form.addRow(self.tr("Toimielin"), self.body)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d.M.yyyy")
        form.addRow(self.tr("Päivämäärä"), self.date)
        self.place = QLineEdit()
        form.addRow(self.tr("Paikka"), self.place)
        self.body.currentIndexChanged.connect(self._body_changed)
        self._body_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _body_changed(self) -> None:
        self.place.setText(self._places.get(int(self.body.currentData() or 0), ""))

    def value(self) -> NewMeeting:
        picked = self.date.date()
        day = dt.date(picked.year(), picked.month(), picked.day())
        return NewMeeting(int(self.body.currentData()), day, self.place.text().strip())


class Prompts:
    """The questions of the desk, answered with real dialogs; tests override the methods."""

    def ask_save(self, parent: QWidget | None, what: str) -> SaveChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Tallentamattomia muutoksia"))
        box.setText(
            QCoreApplication.translate(
                "Prompts", "Asiaan ”{what}” on tehty muutoksia, joita ei ole tallennettu."
            ).format(what=what)
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def recover_draft(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Prompts", "Palauta tallentamattomat muutokset"), text
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    def item_title(self, parent: QWidget | None) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Prompts", "Uusi asia"),
            QCoreApplication.translate("Prompts", "Asian otsikko:"),
        )
        return text.strip() if ok and text.strip() else None

    def new_meeting(
        self, parent: QWidget | None, bodies: list[tuple[int, str, str]], current_body: int | None
    ) -> NewMeeting | None:
        dialog = NewMeetingDialog(bodies, current_body, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_meeting(self, parent: QWidget | None, meetings: list[tuple[int, str]]) -> int | None:
        return _choose(
            parent,
            QCoreApplication.translate("Prompts", "Siirrä toiseen kokoukseen"),
            QCoreApplication.translate("Prompts", "Kokous, johon asia siirretään:"),
            meetings,
        )

    def choose_agreement(
        self, parent: QWidget | None, agreements: list[tuple[int, str]], current: int | None
    ) -> int | None:
        """The agreement a § is about (0 for none), or None when cancelled; ``current`` is preselected."""
        return _choose(
            parent,
            QCoreApplication.translate("Prompts", "Liitä sopimukseen"),
            QCoreApplication.translate("Prompts", "Sopimus, jota asia koskee:"),
            agreements,
            current,
        )

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def _choose(
    parent: QWidget | None, title: str, prompt: str, choices: list[tuple[int, str]], current: int | None = None
) -> int | None:
    """The id of the choice picked from a list (``current`` preselected), or None when cancelled or empty."""
    if not choices:
        return None
    ids = [key for key, _label in choices]
    labels = [label for _key, label in choices]
    label, ok = QInputDialog.getItem(parent, title, prompt, labels, ids.index(current) if current in ids else 0, False)
    return ids[labels.index(label)] if ok else None
