"""Questions the desk asks the user, behind one replaceable object, and the small dialogs they open.

The window never calls ``QMessageBox`` or ``exec()`` directly: it asks ``Prompts`` (like mu's ``view``), so
tests pass a ``Prompts`` subclass that answers at once instead of blocking on a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.enums import DeliveryMethod
from gui.i18n import QT_TRANSLATE_NOOP
from gui.keyboard import DateEdit, TimeEdit, tab_leaves

if TYPE_CHECKING:
    from core.printing import DocumentRequest
    from db.engine import Database


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class RemovalChoice:
    """What was chosen in Työkalut → Verkosta poistettavat: a meeting, and whether to save its minutes for the
    web without personal data."""

    meeting_id: int
    publish: bool = False


@dataclass(frozen=True)
class NewMeeting:
    """What the new-meeting dialog asks: the body, the date, the place and the starting time."""

    body_id: int
    date: dt.date
    place: str
    start_time: dt.time | None = None


@dataclass(frozen=True)
class MeetingInfo:
    """A meeting's date, starting time (None: not set), place and number, as the meeting dialog edits them."""

    date: dt.date
    start_time: dt.time | None
    place: str
    number: int


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field written the Finnish way (31.3.2025) with a calendar, showing ``day`` (default today)."""
    edit = DateEdit(to_qdate(day) if day is not None else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    return edit


def time_edit(value: dt.time | None = None) -> QTimeEdit:
    """A time field where 00.00 shows as "–" and means "not set" (or not recorded)."""
    edit = TimeEdit()
    edit.setDisplayFormat("HH.mm")
    edit.setSpecialValueText("–")
    set_time(edit, value)
    return edit


def time_of(edit: QTimeEdit) -> dt.time | None:
    value = edit.time()
    return None if (value.hour(), value.minute()) == (0, 0) else dt.time(value.hour(), value.minute())


def set_time(edit: QTimeEdit, value: dt.time | None) -> None:
    edit.setTime(QTime(value.hour, value.minute) if value is not None else QTime(0, 0))


class MeetingInfoDialog(QDialog):
    """Asks a meeting's date, starting time, place and number (Kokous → Kokouksen tiedot)."""

    def __init__(self, title: str, current: MeetingInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.date = date_edit(current.date)
        form.addRow(self.tr("Päivämäärä"), self.date)
        self.start_time = time_edit(current.start_time)
        form.addRow(self.tr("Alkaa klo"), self.start_time)
        self.place = QLineEdit(current.place)
        form.addRow(self.tr("Paikka"), self.place)
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(current.number)
        self.number.setToolTip(self.tr("Kokoukset numeroidaan vuosittain. Pykälät seuraavat kokousten järjestystä."))
        form.addRow(self.tr("Kokouksen numero"), self.number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)  # a meeting place with its street address fits without scrolling

    def value(self) -> MeetingInfo:
        return MeetingInfo(from_qdate(self.date.date()), time_of(self.start_time), self.place.text().strip(),
                           self.number.value())  # fmt: skip


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
        self.date = date_edit()
        form.addRow(self.tr("Päivämäärä"), self.date)
        self.start_time = time_edit()
        form.addRow(self.tr("Alkaa klo"), self.start_time)
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
        return NewMeeting(int(self.body.currentData()), from_qdate(self.date.date()), self.place.text().strip(),
                          time_of(self.start_time))  # fmt: skip


class DatabaseDialog(QDialog):
    """Asks which database to open: the default one, a file (an existing one, or a new one to set up), or a
    shared PostgreSQL database by its address. ``target()`` is "" for the default, else a path or an address."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Avaa tietokanta"))
        layout = QVBoxLayout(self)
        self.default = QRadioButton(self.tr("Oletustietokanta tämän koneen datakansiossa"))
        self.file = QRadioButton(self.tr("Tietokantatiedosto (SQLite)"))
        self.shared = QRadioButton(self.tr("Jaettu PostgreSQL-tietokanta"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("esim. H:\\Sihteeri\\sihteeri.db; uusi tiedosto otetaan käyttöön"))
        browse = QPushButton(self.tr("Selaa…"))
        browse.clicked.connect(self.browse)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql+psycopg://käyttäjä@palvelin/sihteeri")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        note = QLabel(self.tr("Jos palvelin pyytää salasanan, se kysytään avattaessa eikä sitä tallenneta. "
                              "Kysymättä se annetaan PostgreSQL:n pgpass-tiedostossa."))  # fmt: skip
        note.setWordWrap(True)
        for widget in (self.default, self.file):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.shared)
        layout.addWidget(self.address)
        layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if "://" in current:
            self.shared.setChecked(True)
            self.address.setText(current)
        elif current:
            self.file.setChecked(True)
            self.path.setText(current)
        else:
            self.default.setChecked(True)
        self.path.textEdited.connect(lambda _text: self.file.setChecked(True))
        self.address.textEdited.connect(lambda _text: self.shared.setChecked(True))
        self.resize(560, self.sizeHint().height())

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Tietokantatiedosto"), self.path.text(), self.tr("Sihteerin tietokanta (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, not overwritten
        )
        if chosen:
            self.path.setText(chosen)
            self.file.setChecked(True)

    def accept(self) -> None:
        if self.file.isChecked() and not self.path.text().strip():
            self.problem.setText(self.tr("Valitse tai kirjoita tietokantatiedoston nimi."))
            return
        if self.shared.isChecked() and "://" not in self.address.text():
            self.problem.setText(self.tr("Kirjoita osoite muodossa postgresql+psycopg://käyttäjä@palvelin/tietokanta."))
            return
        super().accept()

    def target(self) -> str:
        if self.file.isChecked():
            return self.path.text().strip()
        if self.shared.isChecked():
            return self.address.text().strip()
        return ""


class FirstSectionDialog(QDialog):
    """Asks the number of a body's first § in a year (Sihteeri taken into use in the middle of a year)."""

    def __init__(self, body: str, year: int, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vuoden ensimmäinen pykälä"))
        form = QFormLayout(self)
        note = QLabel(self.tr("Toimielimen {body} pykälät numeroidaan vuosittain. Jos osa vuoden kokouksista on "
                              "pidetty ennen Sihteerin käyttöönottoa, anna ensimmäisen Sihteerissä tehtävän "
                              "pykälän numero.").format(body=body))  # fmt: skip
        note.setWordWrap(True)
        form.addRow(note)
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(year)
        form.addRow(self.tr("Vuosi"), self.year)
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.number.setValue(current)
        form.addRow(self.tr("Ensimmäinen pykälä"), self.number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[int, int]:
        return self.year.value(), self.number.value()


@dataclass(frozen=True)
class Sending:
    """One recipient's excerpt: when and how it was sent, when it was received (against a receipt, by hand)."""

    recipient_id: int
    name: str
    is_party: bool
    sent: dt.date | None
    method: DeliveryMethod | None
    received: dt.date | None


_NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows "–": no date


def _optional_date(value: dt.date | None) -> QDateEdit:
    edit = date_edit(value)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("–")
    if value is None:
        edit.setDate(_NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    day = edit.date()
    return None if day == _NO_DATE else from_qdate(day)


class SendingDialog(QDialog):
    """Records the sending of a §'s excerpts (Kokous → Otteiden lähettäminen…): for each recipient the day it
    went out, how, and for a receipt or delivery by hand the day it was received. A party's appeal period runs
    from these; for others the excerpt is for information."""

    METHODS = (
        (DeliveryMethod.LETTER, QT_TRANSLATE_NOOP("SendingDialog", "kirjeellä")),
        (DeliveryMethod.ELECTRONIC, QT_TRANSLATE_NOOP("SendingDialog", "sähköisesti")),
        (DeliveryMethod.REGISTERED, QT_TRANSLATE_NOOP("SendingDialog", "saantitodistuksella")),
        (DeliveryMethod.BY_HAND, QT_TRANSLATE_NOOP("SendingDialog", "henkilökohtaisesti")),
    )

    def __init__(self, title: str, rows: list[Sending], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._rows = rows
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Asianosaisen muutoksenhakuaika alkaa tiedoksisaannista: kirje 7. päivänä ja sähköinen "
                              "viesti 3. päivänä lähettämisestä, saantitodistus ja henkilökohtainen luovutus "
                              "vastaanottopäivänä. ”–” = ei vielä."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = tab_leaves(QTableWidget(len(rows), 5))
        self.table.setHorizontalHeaderLabels([self.tr("Vastaanottaja"), self.tr("Asianosainen"),
                                              self.tr("Lähetetty"), self.tr("Tapa"), self.tr("Vastaanotettu")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Otteiden vastaanottajat"))
        self.sent: list[QDateEdit] = []
        self.method: list[QComboBox] = []
        self.received: list[QDateEdit] = []
        for row, sending in enumerate(rows):
            name = QTableWidgetItem(sending.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            party = QTableWidgetItem(self.tr("kyllä") if sending.is_party else self.tr("ei (tiedoksi)"))
            party.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, party)
            sent = _optional_date(sending.sent)
            method = QComboBox()
            method.addItem("–", None)
            for value, label in self.METHODS:
                method.addItem(self.tr(label), value.value)
            method.setCurrentIndex(max(0, method.findData(sending.method.value if sending.method else None)))
            received = _optional_date(sending.received)
            # A screen reader hears the recipient with each field, not just "–, yhdistelmäruutu".
            sent.setAccessibleName(self.tr("{name}, lähetetty").format(name=sending.name))
            method.setAccessibleName(self.tr("{name}, lähetystapa").format(name=sending.name))
            received.setAccessibleName(self.tr("{name}, vastaanotettu").format(name=sending.name))
            self.table.setCellWidget(row, 2, sent)
            self.table.setCellWidget(row, 3, method)
            self.table.setCellWidget(row, 4, received)
            self.sent.append(sent)
            self.method.append(method)
            self.received.append(received)
            method.currentIndexChanged.connect(lambda _i, r=row: self._enable(r))
            self._enable(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 200 + 34 * len(rows))

    def _enable(self, row: int) -> None:
        """The received day matters only against a receipt or by hand; choosing a method offers today as the day
        sent (the calendar of an empty date would open in the year 2000)."""
        data = self.method[row].currentData()
        self.received[row].setEnabled(data in (DeliveryMethod.REGISTERED.value, DeliveryMethod.BY_HAND.value))
        if data and self.sent[row].date() == _NO_DATE:
            self.sent[row].setDate(QDate.currentDate())

    def values(self) -> list[Sending]:
        result = []
        for row, sending in enumerate(self._rows):
            data = self.method[row].currentData()
            method = DeliveryMethod(data) if data else None
            received = _date_of(self.received[row]) if self.received[row].isEnabled() else None
            result.append(Sending(sending.recipient_id, sending.name, sending.is_party, _date_of(self.sent[row]),
                                  method, received))  # fmt: skip
        return result


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question whose default is No: Enter (pressed out of habit, or meant for the window behind) must not
    remove a §, a party or a template, throw away typed text or start a long job. Qt's own question makes Yes the
    default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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
        return ask_yes_no(parent, title, text)

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

    def meeting_info(self, parent: QWidget | None, title: str, current: MeetingInfo) -> MeetingInfo | None:
        """The meeting's new date, time and place, or None when cancelled."""
        dialog = MeetingInfoDialog(title, current, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def first_section(self, parent: QWidget | None, body: str, year: int, current: int) -> tuple[int, int] | None:
        """The year and the number of the body's first § in it, or None when cancelled."""
        dialog = FirstSectionDialog(body, year, current, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_date(self, parent: QWidget | None, title: str, label: str, current: dt.date) -> dt.date | None:
        """A day (``current`` offered), or None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        edit = date_edit(current)
        form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return from_qdate(edit.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def record_sending(self, parent: QWidget | None, title: str, rows: list[Sending]) -> list[Sending] | None:
        """The recipients' sending days and methods, or None when cancelled."""
        dialog = SendingDialog(title, rows, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

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

    def choose_database(self, parent: QWidget | None, current: str) -> str | None:
        """The database to open ("" for the default one), or None when cancelled."""
        dialog = DatabaseDialog(current, parent)
        return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_attachment_file(self, parent: QWidget | None) -> Path | None:
        """The file to attach to a §, or None when cancelled."""
        name, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Prompts", "Liitä tiedosto"), "",
            QCoreApplication.translate("Prompts", "Kaikki tiedostot (*)"),
        )  # fmt: skip
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, path: Path) -> None:
        """Open a file with the program the computer uses for its kind; say so when there is none."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Prompts", "Tiedostoa ei voitu avata"),
                QCoreApplication.translate(
                    "Prompts", "Tiedostolle {name} ei ole avaavaa ohjelmaa. Se on tallennettu kansioon {folder}."
                ).format(name=path.name, folder=path.parent),
            )

    def online_removals(self, parent: QWidget | None, database: Database) -> RemovalChoice | None:
        """Työkalut → Verkosta poistettavat: the meeting of the row chosen (and whether its version without
        personal data was asked for), or None when closed."""
        from gui.online_dialog import OnlineRemovalsDialog

        dialog = OnlineRemovalsDialog(database, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_meeting is None:
            return None
        return RemovalChoice(dialog.chosen_meeting, dialog.publish_requested)

    def publication_marks(self, parent: QWidget | None, has_personal_data: bool) -> bool | None:
        """Whether the § of checked minutes contains personal data, or None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("Prompts", "Verkkojulkaisun merkinnät"))
        layout = QVBoxLayout(dialog)
        note = QLabel(QCoreApplication.translate(
            "Prompts", "Merkintä ei muuta tarkastettua pöytäkirjaa. Se ratkaisee, näkyykö pykälästä verkkoversiossa, "
            "josta henkilötiedot on poistettu muutoksenhakuajan päätyttyä, vain julkaistava otsikko ja maininta "
            "poistosta."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        personal = QCheckBox(QCoreApplication.translate("Prompts", "Sisältää henkilötietoja"))
        personal.setChecked(has_personal_data)
        layout.addWidget(personal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setMinimumWidth(460)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return personal.isChecked()

    def choose_publication(
        self,
        parent: QWidget | None,
        meeting_id: int,
        *,
        locked: bool,
        without_personal_data: bool = False,
        language: str = "fi",
    ) -> DocumentRequest | None:
        """The document for the public network (``gui.publish_dialog``) in ``language``, or None when cancelled."""
        from gui.publish_dialog import PublishDialog

        dialog = PublishDialog(minutes_checked=locked, parent=parent)
        dialog.without_personal_data.setChecked(without_personal_data)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request(meeting_id, draft=not locked, language=language)

    def ask_password(self, parent: QWidget | None, user: str, server: str, wrong: bool) -> str | None:
        """The password of ``user`` on the database server, or None when cancelled (see ``password_dialog``)."""
        dialog = password_dialog(parent, user, server, wrong)
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


def password_dialog(parent: QWidget | None, user: str, server: str, wrong: bool) -> QInputDialog:
    """The question for a database server's password; ``wrong``: the server refused the one given before.

    The answer is not written anywhere: it stays in this program's memory for as long as the database is open.
    """
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Prompts", "Tietokantapalvelimen salasana"))
    lines = []
    if wrong:
        lines.append(QCoreApplication.translate("Prompts", "Palvelin ei hyväksynyt salasanaa. Yritä uudelleen."))
    lines.append(
        QCoreApplication.translate("Prompts", "Palvelin {server} pyytää käyttäjän {user} salasanan.").format(
            server=server or "localhost", user=user or "?"
        )
    )
    lines += ["", QCoreApplication.translate("Prompts", "Salasana:")]
    dialog.setLabelText("\n".join(lines))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog


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
