"""Dialogs of the meeting-conduct view: attendance, disqualification, motion, vote, dissent and correction.

Each dialog only collects values (``values()``; the Swedish texts of a bilingual organisation's documents, where
the dialog shows them, through ``swedish()``); the caller saves them through ``core.minutes`` and
shows any refusal through ``gui.errors.show_error``. The caller sets ``on_ok`` (a save returning whether it
succeeded): OK runs it first and the dialog closes only when it succeeded, so a refusal keeps what was entered.
The dialogs are opened with ``open()`` (not ``exec()``), so tests drive them like a user and the window never
blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core import minutes
from db.enums import AttendanceRole, VoteChoice
from db.errors import ValidationError
from db.models import Motion
from gui.dialogs import set_time, time_edit, time_of
from gui.errors import show_error
from gui.i18n import QT_TRANSLATE_NOOP
from gui.keyboard import add_button_mnemonics, tab_leaves, tab_moves_focus

Choice = tuple[int, str]  # (person id, name)

ROLE_LABELS: dict[AttendanceRole, str] = {
    AttendanceRole.MEMBER: QT_TRANSLATE_NOOP("AttendanceDialog", "Jäsen"),
    AttendanceRole.CHAIR: QT_TRANSLATE_NOOP("AttendanceDialog", "Puheenjohtaja"),
    AttendanceRole.DEPUTY: QT_TRANSLATE_NOOP("AttendanceDialog", "Varajäsen"),
    AttendanceRole.PRESENTER: QT_TRANSLATE_NOOP("AttendanceDialog", "Esittelijä"),
    AttendanceRole.SECRETARY: QT_TRANSLATE_NOOP("AttendanceDialog", "Pöytäkirjanpitäjä"),
    AttendanceRole.EXECUTIVE_REPRESENTATIVE: QT_TRANSLATE_NOOP("AttendanceDialog", "Kunnanhallituksen edustaja"),
    AttendanceRole.EXPERT: QT_TRANSLATE_NOOP("AttendanceDialog", "Asiantuntija"),
    AttendanceRole.OTHER: QT_TRANSLATE_NOOP("AttendanceDialog", "Muu"),
}

VOTE_LABELS: dict[VoteChoice, str] = {
    VoteChoice.YES: QT_TRANSLATE_NOOP("VoteDialog", "Jaa"),
    VoteChoice.NO: QT_TRANSLATE_NOOP("VoteDialog", "Ei"),
    VoteChoice.BLANK: QT_TRANSLATE_NOOP("VoteDialog", "Tyhjä"),
    VoteChoice.ABSENT: QT_TRANSLATE_NOOP("VoteDialog", "Poissa"),
}

# Texts of core.minutes shown with self.tr, marked for lupdate here because core does not import Qt.
_CORE_TEXTS = (
    QT_TRANSLATE_NOOP("CorrectionDialog", "Otsikko"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Julkaistava otsikko"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Selostus"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Päätösehdotus"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Käsittely"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Päätös"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Liitteet"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Tiedoksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Otsikko ruotsiksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Julkaistava otsikko ruotsiksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Selostus ruotsiksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Päätösehdotus ruotsiksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Käsittely ruotsiksi"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Päätös ruotsiksi"),
    QT_TRANSLATE_NOOP("DisqualificationDialog", "Hän tai hänen läheisensä on asianosainen."),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog",
        "Hän tai hänen läheisensä avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
    ),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog",
        "Asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen.",
    ),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog",
        "Hän on palvelus- tai toimeksiantosuhteessa asianosaiseen tai siihen, jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
    ),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog",
        "Hän tai hänen läheisensä on hallituksen tai vastaavan toimielimen jäsen tai toimitusjohtaja "
        "yhteisössä, säätiössä tai laitoksessa, joka on asianosainen tai jolle asian ratkaisusta on "
        "odotettavissa erityistä hyötyä tai vahinkoa.",
    ),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog",
        "Hän on virastossa ohjaus- tai valvontatehtävässä asiassa, joka koskee virastoa tai laitosta, "
        "jonka johtokuntaan tai vastaavaan toimielimeen hän kuuluu.",
    ),
    QT_TRANSLATE_NOOP(
        "DisqualificationDialog", "Luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä."
    ),
)


def _person_combo(choices: Sequence[Choice], *, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for person_id, name in choices:
        combo.addItem(name, person_id)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("conduct_dialogs", "Peruuta"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CheckedDialog(QDialog):
    """A dialog whose OK first runs ``on_ok`` (the caller's check and save) and stays open when it fails.

    Attributes:
        on_ok: returns True when the values were accepted (saved); None: OK closes at once.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.on_ok: Callable[[], bool] | None = None

    def problem(self) -> str:
        """What must be filled in before OK can be accepted ("" when nothing)."""
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            show_error(self, ValidationError(problem))
            return
        if self.on_ok is not None and not self.on_ok():
            return  # refused: the values stay for the user to correct
        super().accept()


def _no_people(combo: QComboBox) -> bool:
    return combo.currentData() is None


def _when_empty() -> str:
    return QCoreApplication.translate("conduct_dialogs", "tyhjänä tulostuu suomenkielinen teksti")


def _swedish_text(name: str) -> QPlainTextEdit:
    """A box for a text's Swedish form, named so that a screen reader tells it from the Finnish one beside it."""
    box = tab_moves_focus(QPlainTextEdit())
    box.setAccessibleName(name)
    box.setPlaceholderText(_when_empty())
    box.setMaximumHeight(90)
    return box


def _swedish_line(name: str) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(name)
    line.setPlaceholderText(_when_empty())
    return line


@dataclass(frozen=True)
class AttendanceValues:
    person_id: int
    present: bool
    role: AttendanceRole
    role_text: str
    deputy_for_id: int | None
    arrived_at_section: int | None
    left_after_section: int | None
    arrived_time: dt.time | None = None
    left_time: dt.time | None = None


class AttendanceDialog(CheckedDialog):
    """Add a person to the meeting or change their attendance (role, deputy for whom, arrival, departure)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        people: Sequence[Choice],
        members: Sequence[Choice],
        sections: Sequence[int],
        current: AttendanceValues | None = None,
        deputies: Mapping[int, int | None] | None = None,
    ) -> None:
        """``deputies``: the body's deputies on the meeting date and the member each is the personal deputy of
        (None: any member); choosing one of them to add chooses the role and the member too."""
        super().__init__(parent)
        self._deputies = dict(deputies or {})
        self.setWindowTitle(self.tr("Läsnäolo") if current else self.tr("Lisää läsnäolija"))
        form = QFormLayout()
        self.person = _person_combo(people)
        self.person.setEditable(False)
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), role)
        self.role_text = QLineEdit()
        self.role_text.setPlaceholderText(self.tr("esim. kunnanhallituksen edustaja"))
        self.deputy_for = _person_combo(members, none_text=self.tr("–"))
        self.present = QCheckBox(self.tr("Läsnä kokouksessa"))
        self.present.setChecked(True)
        self.arrived = QComboBox()
        self.left = QComboBox()
        self.arrived.addItem(self.tr("kokouksen alusta"), None)
        self.left.addItem(self.tr("kokouksen loppuun"), None)
        for number in sections:
            self.arrived.addItem(self.tr("{n} §:n alussa").format(n=number), number)
            self.left.addItem(self.tr("{n} §:n jälkeen").format(n=number), number)
        form.addRow(self.tr("Henkilö"), self.person)
        form.addRow(self.tr("Rooli"), self.role)
        form.addRow(self.tr("Roolin teksti"), self.role_text)
        form.addRow(self.tr("Varajäsenenä jäsenen"), self.deputy_for)
        form.addRow("", self.present)
        self.arrived_time = time_edit()
        self.left_time = time_edit()
        arrived_row = QHBoxLayout()
        arrived_row.addWidget(self.arrived, 1)
        arrived_row.addWidget(QLabel(self.tr("klo")))
        arrived_row.addWidget(self.arrived_time)
        left_row = QHBoxLayout()
        left_row.addWidget(self.left, 1)
        left_row.addWidget(QLabel(self.tr("klo")))
        left_row.addWidget(self.left_time)
        form.addRow(self.tr("Saapui"), arrived_row)
        form.addRow(self.tr("Poistui"), left_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Tallenna")))
        self.role.currentIndexChanged.connect(self._update_enabled)
        if current is None:
            self.person.currentIndexChanged.connect(self._person_chosen)
            self._person_chosen()
        if current is not None:
            _select(self.person, current.person_id)
            self.person.setEnabled(False)
            _select(self.role, current.role)
            self.role_text.setText(current.role_text)
            _select(self.deputy_for, current.deputy_for_id)
            self.present.setChecked(current.present)
            _select(self.arrived, current.arrived_at_section)
            _select(self.left, current.left_after_section)
            set_time(self.arrived_time, current.arrived_time)
            set_time(self.left_time, current.left_time)
        self._update_enabled()

    def problem(self) -> str:
        if self.person.currentData() is None:
            return self.tr("Valitse henkilö.")
        return ""

    def _person_chosen(self) -> None:
        """A deputy of the body comes as a deputy, a personal deputy for their own member."""
        person = self.person.currentData()
        if person not in self._deputies:
            return
        _select(self.role, AttendanceRole.DEPUTY)
        own = self._deputies[person]
        if own is not None:
            _select(self.deputy_for, own)

    def _update_enabled(self) -> None:
        role = self.role.currentData()
        self.deputy_for.setEnabled(role == AttendanceRole.DEPUTY)
        self.role_text.setEnabled(role not in minutes.MEMBER_ATTENDANCE_ROLES)

    def values(self) -> AttendanceValues:
        role = AttendanceRole(self.role.currentData())
        return AttendanceValues(
            person_id=int(self.person.currentData()),
            present=self.present.isChecked(),
            role=role,
            role_text=self.role_text.text().strip() if role not in minutes.MEMBER_ATTENDANCE_ROLES else "",
            deputy_for_id=self.deputy_for.currentData() if role == AttendanceRole.DEPUTY else None,
            arrived_at_section=self.arrived.currentData(),
            left_after_section=self.left.currentData(),
            arrived_time=time_of(self.arrived_time) if self.arrived.currentData() is not None else None,
            left_time=time_of(self.left_time) if self.left.currentData() is not None else None,
        )


@dataclass(frozen=True)
class AbsenceValues:
    """A temporary absence as the dialog gives it: left after § ``left_after_section``, back at the start of
    § ``returned_at_section``, the clock times if noted."""

    left_after_section: int
    returned_at_section: int
    left_time: dt.time | None = None
    returned_time: dt.time | None = None


class AbsenceDialog(CheckedDialog):
    """Record that a present person left the meeting for a while and came back (not for disqualification)."""

    def __init__(self, parent: QWidget | None, *, name: str, sections: Sequence[int]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tilapäinen poissaolo – {name}").format(name=name))
        self.left = QComboBox()
        self.returned = QComboBox()
        for number in sections:
            self.left.addItem(self.tr("{n} §:n jälkeen").format(n=number), number)
            self.returned.addItem(self.tr("{n} §:n alussa").format(n=number), number)
        self.returned.setCurrentIndex(min(2, max(0, self.returned.count() - 1)))
        self.left_time = time_edit()
        self.returned_time = time_edit()
        form = QFormLayout()
        for label, combo, time in (
            (self.tr("Poistui"), self.left, self.left_time),
            (self.tr("Palasi"), self.returned, self.returned_time),
        ):
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(QLabel(self.tr("klo")))
            row.addWidget(time)
            form.addRow(label, row)
        note = QLabel(
            self.tr(
                "Hän ei ole läsnä eikä osallistu päätöksentekoon niissä pykälissä, jotka käsitellään poistumisen ja "
                "paluun välillä. Esteellisyys merkitään asian kohdalla, ei tässä."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Tallenna")))

    def problem(self) -> str:
        if self.left.currentData() is None or self.returned.currentData() is None:
            return self.tr("Kokouksessa ei ole pykäliä.")
        return ""

    def values(self) -> AbsenceValues:
        return AbsenceValues(
            left_after_section=int(self.left.currentData()),
            returned_at_section=int(self.returned.currentData()),
            left_time=time_of(self.left_time),
            returned_time=time_of(self.returned_time),
        )


class AbsenceRemovalDialog(CheckedDialog):
    """Choose which of a person's temporary absences to remove (recorded by mistake)."""

    def __init__(self, parent: QWidget | None, *, name: str, absences: Sequence[Choice]) -> None:
        """``absences``: (absence id, its text as the attendance table shows it)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Poista poissaolo – {name}").format(name=name))
        self.absence = _person_combo(absences)
        self.absence.setAccessibleName(self.tr("Poissaolo"))
        form = QFormLayout()
        form.addRow(self.tr("Poissaolo"), self.absence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Poista")))

    def problem(self) -> str:
        return self.tr("Valitse poissaolo.") if self.absence.currentData() is None else ""

    def absence_id(self) -> int:
        return int(self.absence.currentData())


class DisqualificationDialog(CheckedDialog):
    """Who is disqualified, on which ground of hallintolaki 28 § (or a typed ground), and did they leave."""

    OTHER = "muu"

    def __init__(self, parent: QWidget | None, *, section: str, people: Sequence[Choice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Esteellisyys – {section}").format(section=section))
        self.person = _person_combo(people)
        self.ground = QComboBox()
        for ground in minutes.DISQUALIFICATION_GROUNDS:
            self.ground.addItem(f"{ground.reference} – {ground.name}", ground.key)
        self.ground.addItem(self.tr("Muu peruste (kirjoita alle)"), self.OTHER)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("tarkennus, esim. hakijan lähisukulainen"))
        self.left_room = QCheckBox(self.tr("Poistui kokoushuoneesta asian käsittelyn ajaksi"))
        self.left_room.setChecked(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Esteellinen"), self.person)
        form.addRow(self.tr("Peruste"), self.ground)
        form.addRow("", self.description)
        form.addRow(self.tr("Tarkennus"), self.detail)
        form.addRow("", self.left_room)
        form.addRow(self.tr("Pöytäkirjaan"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Merkitse esteelliseksi")))
        self.ground.currentIndexChanged.connect(self._update)
        self.detail.textChanged.connect(self._update)
        self.resize(560, self.sizeHint().height())
        self._update()

    def ground_text(self) -> str:
        key = self.ground.currentData()
        if key == self.OTHER:
            return self.detail.text().strip()
        return minutes.ground_by_key(str(key)).text(self.detail.text())

    def _update(self) -> None:
        key = self.ground.currentData()
        self.description.setText("" if key == self.OTHER else self.tr(minutes.ground_by_key(str(key)).description))
        self.preview.setText(self.ground_text())

    def problem(self) -> str:
        if _no_people(self.person):
            return self.tr("Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.")
        return ""

    def values(self) -> tuple[int, str, bool]:
        return int(self.person.currentData()), self.ground_text(), self.left_room.isChecked()


class MotionDialog(CheckedDialog):
    """A proposal made in the meeting with its proposer and seconder (none: the proposal lapses)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        people: Sequence[Choice],
        current: Motion | None = None,
        swedish: bool = False,
    ) -> None:
        """``current``: a recorded proposal, whose seconder, withdrawal and Swedish text are edited (its text and
        proposer stay; to change those, remove it and record it again). ``swedish``: ask its Swedish text too (a
        bilingual organisation's; shown anyway for a proposal that has one)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ehdotus"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.proposer = _person_combo(people)
        self.seconder = _person_combo(people, none_text=self.tr("(ei kannatettu – ehdotus raukeaa)"))
        self.withdrawn = QCheckBox(self.tr("Ehdottaja peruutti ehdotuksensa"))
        form = QFormLayout()
        form.addRow(self.tr("Ehdottaja"), self.proposer)
        form.addRow(self.tr("Ehdotus"), self.text)
        # The Swedish form of the proposal, for the Swedish minutes (empty: the Finnish one prints).
        self.text_sv: QPlainTextEdit | None = None
        if swedish or (current is not None and current.text_sv):
            self.text_sv = _swedish_text(self.tr("Ehdotus ruotsiksi"))
            form.addRow(self.tr("Ehdotus ruotsiksi"), self.text_sv)
            if current is not None:
                self.text_sv.setPlainText(current.text_sv)
        form.addRow(self.tr("Kannattaja"), self.seconder)
        if current is not None:
            self.text.setPlainText(current.text)
            self.text.setReadOnly(True)
            _select(self.proposer, current.proposer_id)
            self.proposer.setEnabled(False)
            _select(self.seconder, current.seconder_id)
            self.withdrawn.setChecked(current.withdrawn)
            form.addRow("", self.withdrawn)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Lisää ehdotus") if current is None else self.tr("Tallenna")))

    def problem(self) -> str:
        if _no_people(self.proposer):
            return self.tr(
                "Kokouksessa ei ole äänivaltaisia läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin."
            )
        return ""

    def values(self) -> tuple[str, int, int | None]:
        return self.text.toPlainText().strip(), int(self.proposer.currentData()), self.seconder.currentData()

    def swedish(self) -> str | None:
        """The proposal's Swedish text as entered; None where the dialog does not ask it."""
        return self.text_sv.toPlainText().strip() if self.text_sv is not None else None


class VoteDialog(CheckedDialog):
    """A vote: the JAA and EI proposals and each voter's Jaa / Ei / Tyhjä / Poissa, with the live result."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        section: str,
        voters: Sequence[Choice],
        chair_id: int | None,
        yes_proposal: str = "",
        no_proposal: str = "",
        swedish: bool = False,
        no_proposal_sv: str = "",
    ) -> None:
        """``swedish``: ask the proposals' Swedish texts too (a bilingual organisation's), the EI one prefilled
        with ``no_proposal_sv``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Äänestys – {section}").format(section=section))
        self._chair_id = chair_id
        self.yes_proposal = QLineEdit(yes_proposal)
        self.no_proposal = QLineEdit(no_proposal)
        form = QFormLayout()
        form.addRow(self.tr("JAA-ehdotus"), self.yes_proposal)
        # Each Swedish form right after its Finnish proposal (empty: the Finnish one prints; the presenter's
        # proposal prints in Swedish by itself).
        self.yes_proposal_sv: QLineEdit | None = None
        self.no_proposal_sv: QLineEdit | None = None
        if swedish:
            self.yes_proposal_sv = _swedish_line(self.tr("JAA-ehdotus ruotsiksi"))
            form.addRow(self.tr("JAA-ehdotus ruotsiksi"), self.yes_proposal_sv)
        form.addRow(self.tr("EI-ehdotus"), self.no_proposal)
        if swedish:
            self.no_proposal_sv = _swedish_line(self.tr("EI-ehdotus ruotsiksi"))
            self.no_proposal_sv.setText(no_proposal_sv)
            form.addRow(self.tr("EI-ehdotus ruotsiksi"), self.no_proposal_sv)
        self.table = tab_leaves(QTableWidget(len(voters), 2))
        self.table.setHorizontalHeaderLabels([self.tr("Äänestäjä"), self.tr("Ääni")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Äänet"))
        self.choices: dict[int, QComboBox] = {}
        for row, (person_id, name) in enumerate(voters):
            label = QLabel(name + (self.tr(" (pj)") if person_id == chair_id else ""))
            label.setContentsMargins(4, 0, 4, 0)
            self.table.setCellWidget(row, 0, label)
            combo = QComboBox()
            combo.addItem(self.tr("(valitse)"), None)  # no preset: a forgotten row must not count as Jaa
            for choice, text in VOTE_LABELS.items():
                combo.addItem(self.tr(text), choice)
            combo.setAccessibleName(self.tr("{name}, ääni").format(name=name))  # not just "(valitse)"
            label.setBuddy(combo)  # on Linux a combo box is named by its label, its own name being its value
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 1, combo)
            self.choices[person_id] = combo
        self.table.resizeRowsToContents()
        all_yes = QPushButton(self.tr("Kaikki jaa"))
        all_yes.setObjectName("allYes")
        all_yes.clicked.connect(lambda: self._set_all(VoteChoice.YES))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-weight: bold;")
        self.yes_proposal.textChanged.connect(self._update)
        self.no_proposal.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        row_layout = QHBoxLayout()
        row_layout.addWidget(all_yes)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)
        layout.addWidget(self.result_label)
        layout.addWidget(_buttons(self, self.tr("Tallenna äänestys")))
        self.resize(560, 620)
        add_button_mnemonics(self)
        self._update()

    def set_choice(self, person_id: int, choice: VoteChoice) -> None:
        _select(self.choices[person_id], choice)

    def _set_all(self, choice: VoteChoice) -> None:
        """The voters without a choice yet get ``choice`` (all of them when every row has one)."""
        unset = [combo for combo in self.choices.values() if combo.currentData() is None]
        for combo in unset or list(self.choices.values()):
            _select(combo, choice)

    def ballots(self) -> dict[int, VoteChoice]:
        """The choices made so far (a voter without a choice is left out)."""
        chosen = {pid: combo.currentData() for pid, combo in self.choices.items()}
        return {pid: VoteChoice(choice) for pid, choice in chosen.items() if choice is not None}

    def missing(self) -> int:
        return sum(1 for combo in self.choices.values() if combo.currentData() is None)

    def problem(self) -> str:
        if not self.choices:
            return self.tr("Asiassa ei ole äänestäjiä; aloita kokous ja merkitse läsnäolijat ensin.")
        if not self.yes_proposal.text().strip() or not self.no_proposal.text().strip():
            return self.tr("Kirjoita sekä JAA- että EI-ehdotus.")
        if self.missing():
            return self.tr("Merkitse jokaisen äänestäjän ääni ({n} puuttuu).").format(n=self.missing())
        return ""

    def _update(self) -> None:
        ballots = self.ballots()
        tally = minutes.Tally.of(ballots.values())
        chair = ballots.get(self._chair_id) if self._chair_id is not None else None
        result = minutes.vote_result(tally, chair)
        text = minutes.result_text(
            tally,
            result,
            yes_proposal=self.yes_proposal.text() or "–",
            no_proposal=self.no_proposal.text() or "–",
        )
        if self.missing():
            text = self.tr("Ääni puuttuu {n} äänestäjältä.").format(n=self.missing())
        self.result_label.setText(text)

    def values(self) -> tuple[str, str, dict[int, VoteChoice]]:
        return self.yes_proposal.text().strip(), self.no_proposal.text().strip(), self.ballots()

    def swedish(self) -> tuple[str, str]:
        """The JAA and EI proposals' Swedish texts as entered ("" where the dialog does not ask them)."""
        yes, no = self.yes_proposal_sv, self.no_proposal_sv
        return (yes.text().strip() if yes is not None else "", no.text().strip() if no is not None else "")


class TieDialog(CheckedDialog):
    """A tied vote the chair's vote did not decide: which proposal the chair declared adopted (e.g. by lot).

    Checking the minutes is refused until this is recorded (``core.minutes.set_vote_result``).
    """

    def __init__(
        self, parent: QWidget | None, *, section: str, result_text: str, yes_proposal: str, no_proposal: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Äänet menivät tasan – {section}").format(section=section))
        explanation = QLabel(result_text)
        explanation.setWordWrap(True)
        question = QLabel(self.tr("Kumpi ehdotus tuli hyväksytyksi?"))
        self.yes = QRadioButton(self.tr("JAA-ehdotus: {text}").format(text=yes_proposal))
        self.no = QRadioButton(self.tr("EI-ehdotus: {text}").format(text=no_proposal))
        self.box = _buttons(self, self.tr("Tallenna tulos"))
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # no side is preselected: the secretary chooses
        for button in (self.yes, self.no):
            button.toggled.connect(lambda _on: ok.setEnabled(self.yes.isChecked() or self.no.isChecked()))
        layout = QVBoxLayout(self)
        for widget in (explanation, question, self.yes, self.no):
            layout.addWidget(widget)
        layout.addWidget(self.box)

    def values(self) -> VoteChoice:
        return VoteChoice.YES if self.yes.isChecked() else VoteChoice.NO


class DissentDialog(CheckedDialog):
    """A dissenting opinion, with or without reasons."""

    def __init__(self, parent: QWidget | None, *, people: Sequence[Choice], swedish: bool = False) -> None:
        """``swedish``: ask the reasons' Swedish text too (a bilingual organisation's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eriävä mielipide"))
        self.person = _person_combo(people)
        self.text = tab_moves_focus(QPlainTextEdit())  # Tab goes on to OK, it writes no tab character
        self.text.setPlaceholderText(self.tr("perustelut (vapaaehtoinen)"))
        form = QFormLayout()
        form.addRow(self.tr("Jättäjä"), self.person)
        form.addRow(self.tr("Perustelut"), self.text)
        self.text_sv: QPlainTextEdit | None = None
        if swedish:
            self.text_sv = _swedish_text(self.tr("Perustelut ruotsiksi"))
            form.addRow(self.tr("Perustelut ruotsiksi"), self.text_sv)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Lisää")))

    def problem(self) -> str:
        if _no_people(self.person):
            return self.tr("Kokouksessa ei ole läsnäolijoita; aloita kokous ja merkitse läsnäolijat ensin.")
        return ""

    def values(self) -> tuple[int, str]:
        return int(self.person.currentData()), self.text.toPlainText().strip()

    def swedish(self) -> str:
        """The reasons' Swedish text as entered ("" where the dialog does not ask it)."""
        return self.text_sv.toPlainText().strip() if self.text_sv is not None else ""


class CorrectionDialog(CheckedDialog):
    """A correction to a § of checked minutes: which part, the corrected text, why and by whom."""

    def __init__(self, parent: QWidget | None, *, section: str, texts: dict[str, str], author: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Oikaisu – {section}").format(section=section))
        self._texts = texts
        note = QLabel(
            self.tr(
                "Pöytäkirja on tarkastettu. Alkuperäinen teksti säilyy; oikaisu näkyy pöytäkirjassa "
                "omana merkintänään tekijän, ajan ja syyn kanssa."
            )
        )
        note.setWordWrap(True)
        self.field = QComboBox()
        for key, label in minutes.CORRECTABLE_FIELDS.items():
            self.field.addItem(self.tr(label), key)
        _select(self.field, "decision")
        self.old_text = QPlainTextEdit()
        self.old_text.setReadOnly(True)
        self.old_text.setMaximumHeight(90)
        self.new_text = QPlainTextEdit()
        self.new_text.setTabChangesFocus(True)
        self.reason = QLineEdit()
        self.author = QLineEdit(author)
        form = QFormLayout()
        form.addRow(self.tr("Oikaistava kohta"), self.field)
        form.addRow(self.tr("Tarkastettu teksti"), self.old_text)
        form.addRow(self.tr("Oikaistu teksti"), self.new_text)
        form.addRow(self.tr("Syy"), self.reason)
        form.addRow(self.tr("Tekijä"), self.author)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Tallenna oikaisu")))
        self.field.currentIndexChanged.connect(self._show_old)
        self.resize(600, 480)
        self._show_old()

    def _show_old(self) -> None:
        self.old_text.setPlainText(self._texts.get(str(self.field.currentData()), ""))

    def values(self) -> tuple[str, str, str, str]:
        return (
            str(self.field.currentData()),
            self.new_text.toPlainText().strip(),
            self.reason.text().strip(),
            self.author.text().strip(),
        )


__all__ = [
    "ROLE_LABELS",
    "VOTE_LABELS",
    "AbsenceDialog",
    "AbsenceRemovalDialog",
    "AbsenceValues",
    "AttendanceDialog",
    "AttendanceValues",
    "CheckedDialog",
    "CorrectionDialog",
    "DisqualificationDialog",
    "DissentDialog",
    "MotionDialog",
    "VoteDialog",
]
