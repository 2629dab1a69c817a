"""Conducting a meeting and closing its minutes: the view the desk (``gui/main_window.py``) hosts.

API for the host window:

- ``MeetingConductWidget(database, meeting_id, parent=None)`` – the whole view: attendance table (late
  arrivals, early departures, deputies), the §§ with a quorum indicator each, and for the chosen §
  disqualifications, motions, votes, dissents, the outcome and decision text, and corrections once the
  minutes are checked. A banner warns when checked minutes no longer match their fingerprint.
  Signals: ``changed()`` after every saved change; ``state_changed(str)`` with the new ``MeetingState`` value
  (e.g. after "mark checked"). ``refresh()`` reloads everything from the database.
- ``ClosingDialog(database, meeting_id, parent)`` – signatures, checkers, closing time, the list of
  problems (``core.minutes.validate_for_checking``), "Merkitse tarkastetuksi" that locks, and the
  publication date. The widget opens it with ``open_closing_dialog()``.
- ``check_integrity_on_open(parent, database, meeting_id) -> IntegrityReport`` – call when a meeting is
  opened: checked minutes whose content changed outside Sihteeri raise a (non-modal) warning box.

All saving goes through ``core.minutes``; refusals (``db.errors``) go to ``gui.errors.show_error``.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core import minutes
from core.meetings import get_item, get_meeting
from db.engine import Database
from db.enums import Language, MeetingState, Outcome, VoteChoice
from db.errors import NotFound, SihteeriError, ValidationError
from db.models import Motion, Person, Vote
from gui.conduct_dialogs import (
    AbsenceDialog,
    AbsenceRemovalDialog,
    AttendanceDialog,
    AttendanceValues,
    CheckedDialog,
    Choice,
    CorrectionDialog,
    DisqualificationDialog,
    DissentDialog,
    MotionDialog,
    TieDialog,
    VoteDialog,
)
from gui.conduct_models import AttendanceModel, AttendanceRow, SectionsModel, load_attendance, load_sections
from gui.dialogs import set_time, time_edit, time_of
from gui.errors import show_error
from gui.i18n import localized, section_text, shown_name
from gui.keyboard import add_button_mnemonics, buddy_label, tab_leaves
from gui.outcomes import outcome_choices

T = TypeVar("T")

_BANNER_STYLE = "background: #fdecea; color: #7f1d1d; border: 1px solid #b3261e; padding: 8px; font-weight: bold;"
_LOCKED_STYLE = "background: #e8f0fe; color: #1a3a6b; border: 1px solid #8ab4f8; padding: 6px;"


def _run(parent: QWidget, database: Database, work: Callable[[Session], T]) -> T | None:
    """One short operation in one transaction; a refusal is shown to the user and None returned."""
    try:
        with database.begin() as session:
            return work(session)
    except SihteeriError as exc:
        show_error(parent, exc)
        return None


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A question with Yes and No (No the default); the widgets hold it in an attribute tests replace."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


Confirm = Callable[[QWidget, str, str], bool]
DecisionValues = tuple[Outcome | None, str, str]  # (outcome, decision text, handling text), texts stripped


@dataclass(frozen=True)
class AutoSave:
    """A decision saved automatically when the user moved on, kept so that it can be undone.

    Attributes:
        item_id, section: the § saved.
        before: what was saved before; saved: what the automatic save wrote.
        version: the § version after the save (the undo is refused if it was saved again since).
    """

    item_id: int
    section: str
    before: DecisionValues
    saved: DecisionValues
    version: int


def _meeting_label(session: Session, meeting_id: int) -> str:
    meeting = get_meeting(session, meeting_id)
    day = meeting.date
    body = shown_name(meeting.body.name, meeting.body.name_sv)
    return f"{body} {meeting.number}/{meeting.year}, {day.day}.{day.month}.{day.year}"


def check_integrity_on_open(parent: QWidget | None, database: Database, meeting_id: int) -> minutes.IntegrityReport:
    """Check a meeting's fingerprint when it is opened and warn (non-modal box) if the minutes changed."""
    with database.begin() as session:
        report = minutes.check_integrity(session, meeting_id)
    if not report.ok:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MeetingConductWidget", "Pöytäkirja on muuttunut"))
        box.setText(localized(report.message))
        box.setObjectName("integrityWarning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return report



class ItemPanel(QWidget):
    """The handling of one §: disqualifications, motions, votes, dissents, outcome, decision and corrections.

    The outcome, decision text and handling text are saved with "Tallenna päätös" (Ctrl+S) or, when the user
    moves on (another §, the closing dialog, closing the window), by ``commit_pending``. Until then they survive
    reloads (a proposal recorded, attendance changed, the desk saved): ``reload`` keeps them on screen. The save
    is version-checked: a decision saved elsewhere meanwhile is reported, never overwritten.

    Attributes:
        confirm: asks a yes/no question (``ask_yes_no``; tests replace it).
        state: the label telling whether the decision is saved.

    Signals:
        changed(): something of the § was saved.
    """

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.item_id: int | None = None
        self._locked = False
        self._secretary = ""
        self._proposal = ""
        self._section = ""
        self._texts: dict[str, str] = {}
        self.dialog: QDialog | None = None
        self.confirm: Confirm = ask_yes_no
        self._version: int | None = None
        self._loaded: DecisionValues = (None, "", "")
        self._conflict = False  # the decision was saved elsewhere while this one had unsaved changes
        self._saved_note = ""
        self._has_people = False
        # A bilingual organisation's Swedish minutes: the proposals, votes and dissents are asked in Swedish too.
        self._bilingual = False
        self._last_list: QListWidget | None = None

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.quorum = QLabel()
        self.warnings = QLabel()  # votes whose ballots no longer match the attendance
        self.warnings.setObjectName("voteWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.disqualifications = tab_leaves(QListWidget())
        self.motions = tab_leaves(QListWidget())
        self.votes = tab_leaves(QListWidget())
        self.dissents = tab_leaves(QListWidget())
        self.corrections = tab_leaves(QListWidget())
        self.add_disqualification = QPushButton(self.tr("Esteellisyys…"))
        self.add_motion = QPushButton(self.tr("Ehdotus…"))
        self.add_vote = QPushButton(self.tr("Äänestys…"))
        self.add_dissent = QPushButton(self.tr("Eriävä mielipide…"))
        self.remove_entry = QPushButton(self.tr("Poista valittu"))
        self.add_correction = QPushButton(self.tr("Oikaisu…"))

        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(valitse)"), None)
        for outcome, label in outcome_choices():
            self.outcome.addItem(label, outcome)
        self.handling = QPlainTextEdit()
        self.handling.setTabChangesFocus(True)
        self.handling.setPlaceholderText(
            self.tr("Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)")
        )
        self.handling.setMaximumHeight(72)
        self.handling.setAccessibleName(self.tr("Käsittelyteksti"))  # its form row is a layout: no label names it
        self.fill_handling = QPushButton(self.tr("Kirjaa puheenjohtajan toteamukset"))
        self.fill_handling.setToolTip(self.tr("Lisää käsittelytekstiin, että kannattamaton ehdotus raukesi, että "
                                              "kannatettu ehdotus, josta ei äänestetty, hyväksyttiin yksimielisesti, "
                                              "ja kuka toimi puheenjohtajana esteellisen puheenjohtajan "
                                              "sijasta."))  # fmt: skip
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setMaximumHeight(96)
        self.save = QPushButton(self.tr("Tallenna päätös"))
        self.save.setDefault(True)
        self.save.setToolTip(self.tr("Tallenna päätös (Ctrl+S). Päätös tallentuu myös, kun siirryt toiseen asiaan."))
        self.revert = QPushButton(self.tr("Hylkää muutokset"))
        self.undo_save = QPushButton(self.tr("Kumoa tallennus"))
        self.undo_save.setToolTip(
            self.tr("Palauta edellisen asian aiempi päätös ja näytä siirtyessä tallentunut teksti tallentamattomana.")
        )
        self.undo_save.hide()
        self.last_autosave: AutoSave | None = None
        self.state = QLabel()
        self.state.setObjectName("decisionState")
        self.state.setWordWrap(True)

        handling_box = QGroupBox(self.tr("Käsittely"))
        handling_layout = QVBoxLayout(handling_box)
        # Two lists side by side: the decision text and its save button fit the window's default size.
        lists = QGridLayout()
        for number, (caption, widget) in enumerate(
            (
                (self.tr("Esteellisyydet"), self.disqualifications),
                (self.tr("Ehdotukset"), self.motions),
                (self.tr("Äänestykset"), self.votes),
                (self.tr("Eriävät mielipiteet"), self.dissents),
            )
        ):
            row, column = divmod(number, 2)
            lists.addWidget(buddy_label(caption, widget), 2 * row, column)
            widget.setAccessibleName(caption)  # not the group box's title "Käsittely" for all four
            widget.setMaximumHeight(48)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lists.addWidget(widget, 2 * row + 1, column)
            widget.itemSelectionChanged.connect(lambda widget=widget: self._list_selected(widget))
        handling_layout.addLayout(lists)
        buttons = QHBoxLayout()
        for button in (self.add_disqualification, self.add_motion, self.add_vote, self.add_dissent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_entry)
        handling_layout.addLayout(buttons)

        decision_box = QGroupBox(self.tr("Päätös"))
        form = QFormLayout(decision_box)
        form.addRow(self.tr("Päätöksen laji"), self.outcome)
        handling_row = QHBoxLayout()
        handling_row.addWidget(self.handling, 1)
        handling_row.addWidget(self.fill_handling, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Käsittelyteksti"), handling_row)
        form.addRow(self.tr("Päätösteksti"), self.decision)
        form.addRow(self.state)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.undo_save)
        save_row.addWidget(self.revert)
        save_row.addWidget(self.save)
        form.addRow(save_row)

        self.correction_box = QGroupBox(self.tr("Oikaisut"))
        correction_layout = QVBoxLayout(self.correction_box)
        self.corrections.setMaximumHeight(80)
        self.corrections.setAccessibleName(self.tr("Oikaisut"))
        correction_layout.addWidget(self.corrections)
        correction_row = QHBoxLayout()
        correction_row.addStretch(1)
        correction_row.addWidget(self.add_correction)
        correction_layout.addLayout(correction_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.quorum)
        layout.addWidget(self.warnings)
        layout.addWidget(self.proposal)
        layout.addWidget(handling_box)
        layout.addWidget(decision_box)
        layout.addWidget(self.correction_box)
        layout.addStretch(1)

        self.add_disqualification.clicked.connect(self.open_disqualification_dialog)
        self.add_motion.clicked.connect(self.open_motion_dialog)
        self.add_vote.clicked.connect(self.open_vote_dialog)
        self.votes.itemActivated.connect(self._vote_activated)
        self.motions.itemActivated.connect(
            lambda entry: self.open_motion_edit_dialog(int(entry.data(Qt.ItemDataRole.UserRole)))
        )
        self.add_dissent.clicked.connect(self.open_dissent_dialog)
        self.add_correction.clicked.connect(self.open_correction_dialog)
        self.remove_entry.clicked.connect(self.remove_selected)
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        self.fill_handling.clicked.connect(self._fill_handling)
        self.save.clicked.connect(self.save_decision)
        self.revert.clicked.connect(self.revert_decision)
        self.outcome.currentIndexChanged.connect(self._update_state)
        self.decision.textChanged.connect(self._update_state)
        self.handling.textChanged.connect(self._update_state)
        self.setEnabled(False)

    # --- loading -----------------------------------------------------------------------------------------

    def show_item(self, item_id: int | None) -> None:
        """Show another § (its unsaved decision is dropped: callers ``commit_pending`` first)."""
        if item_id != self.item_id:
            self._conflict = False
        self.item_id = item_id
        self.reload(keep_edits=False)

    def shown_decision(self) -> DecisionValues:
        """The outcome, decision text and handling text as they are on screen."""
        outcome = self.outcome.currentData()
        return (
            Outcome(outcome) if outcome is not None else None,
            self.decision.toPlainText().strip(),
            self.handling.toPlainText().strip(),
        )

    @property
    def dirty(self) -> bool:
        """Whether the outcome, decision or handling on screen differ from what is saved."""
        return self.item_id is not None and not self._locked and self.shown_decision() != self._loaded

    def reload(self, *, keep_edits: bool = True) -> None:
        """Load the § again; unsaved decision texts stay on screen (``keep_edits``).

        When the decision was saved elsewhere meanwhile, the edits stay but the version seen stays too, so that
        saving them is refused as a conflict instead of overwriting the other save.
        """
        if self.item_id is None:
            self.setEnabled(False)
            return
        edits = self.shown_decision() if keep_edits and self.dirty else None
        base = self._loaded
        try:
            self._load(edits, base)
        except NotFound:  # the § was removed (on the desk)
            self.item_id = None
            self.setEnabled(False)
            return
        self._update_state()

    def _load(self, edits: DecisionValues | None, base: DecisionValues) -> None:
        assert self.item_id is not None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            meeting = item.meeting
            self._has_people = any(a.present for a in meeting.attendances)
            self._bilingual = meeting.body.organisation.language == Language.BILINGUAL
            self._locked = meeting.state.is_locked
            self._secretary = meeting.secretary.name if meeting.secretary else ""
            self._section = section_text(item.section_number)
            self._proposal = item.proposal
            status = minutes.quorum(session, item.id)
            self.title.setText(f"{self._section}  {item.title}")
            self.quorum.setText(self.tr("Päätösvaltaisuus: {text}").format(text=localized(status.text)))
            self.quorum.setStyleSheet("color: #1b5e20;" if status.quorate else "color: #b3261e; font-weight: bold;")
            warnings = [] if meeting.state.is_locked else [
                *minutes.attendance_problems(session, meeting.id), *minutes.ballot_problems(session, item.id)
            ]  # fmt: skip
            self.warnings.setText("\n".join(localized(w) for w in warnings))
            self.warnings.setVisible(bool(warnings))
            self.proposal.setText(self.tr("Päätösehdotus: {text}").format(text=_shortened(item.proposal) or "–"))
            self.proposal.setToolTip(item.proposal)
            self._fill(
                self.disqualifications,
                [
                    (
                        d.id,
                        f"{d.person.name}: {d.ground}"
                        + (self.tr(" – poistui") if d.left_room else self.tr(" – ei poistunut")),
                    )
                    for d in item.disqualifications
                ],
            )
            self._fill(self.motions, [(m.id, minutes.motion_sentence(m)) for m in item.motions])
            self._fill(
                self.votes,
                [
                    (
                        v.id,
                        f"{v.round}. {minutes.short_proposal(v.yes_proposal)} / "
                        f"{minutes.short_proposal(v.no_proposal)}: {v.result_text}",
                    )
                    for v in item.votes
                ],
            )
            self._fill(
                self.dissents,
                [(d.id, d.person.name + (f": {d.text}" if d.text else "")) for d in item.dissents],
            )
            self._fill(
                self.corrections,
                [
                    (
                        c.id,
                        f"{c.created_at:%d.%m.%Y %H.%M} {c.author} – "
                        f"{_corrected_part(c.field)}: {c.new_text} ({c.reason})",
                    )
                    for c in item.corrections
                ],
            )
            stored: DecisionValues = (item.outcome, item.decision.strip(), item.handling.strip())
            if edits is None or self._locked:
                self._version = item.version
                self._conflict = False
                self._show_decision(stored)
            else:
                if stored != base:
                    self._conflict = True  # keep the version seen: saving the edits reports the conflict
                elif not self._conflict:
                    self._version = item.version  # e.g. the desk saved another field: nothing of ours changed
                self._show_decision(edits)
            self._loaded = stored
            self._texts = {key: str(getattr(item, key, "")) for key in minutes.CORRECTABLE_FIELDS}
            self._texts["attachments"] = "\n".join(a.title for a in item.attachments)
            self._texts["recipients"] = "\n".join(r.name for r in item.recipients)
        self.setEnabled(True)
        for widget in (self.outcome, self.fill_handling, self.save):
            widget.setEnabled(not self._locked)
        # Proposals, votes and the rest need the people of the meeting: "Aloita kokous" lists them.
        for widget in (self.add_disqualification, self.add_motion, self.add_vote, self.add_dissent):
            widget.setEnabled(not self._locked and self._has_people)
            widget.setToolTip("" if self._has_people else self.tr("Aloita kokous ensin: läsnäolijoita ei ole."))
        self._last_list = None
        self.remove_entry.setEnabled(False)
        self.handling.setReadOnly(self._locked)
        self.decision.setReadOnly(self._locked)
        self.correction_box.setVisible(self._locked or self.corrections.count() > 0)
        self.add_correction.setEnabled(self._locked)

    def _show_decision(self, values: DecisionValues) -> None:
        outcome, decision, handling = values
        self.outcome.blockSignals(True)
        self.outcome.setCurrentIndex(max(self.outcome.findData(outcome), 0))
        self.outcome.blockSignals(False)
        if self.handling.toPlainText().strip() != handling:
            self.handling.setPlainText(handling)
        if self.decision.toPlainText().strip() != decision:
            self.decision.setPlainText(decision)

    def _update_state(self) -> None:
        """Say whether the decision on screen is saved (and where it would go)."""
        if self.item_id is None or self._locked:
            text, style = "", ""
        elif self._conflict and self.dirty:
            text = self.tr(
                "Päätöstä on muutettu muualla sen jälkeen, kun aloitit muokkauksen; tallennus ei korvaa sitä. "
                "Kopioi tekstisi talteen ja hylkää muutokset nähdäksesi tallennetun päätöksen."
            )
            style = "color: #b3261e; font-weight: bold;"
        elif self.dirty:
            text = self.tr("Päätös on tallentamatta; se tallentuu, kun siirryt toiseen asiaan tai suljet ikkunan.")
            style = "color: #8a5300;"
        else:
            text, style = self._saved_note, "color: #1b5e20;"
        self.state.setText(text)
        self.state.setStyleSheet(style)
        self.revert.setEnabled(self.dirty)
        self.undo_save.setVisible(self.last_autosave is not None and not self.dirty and not self._locked)

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[int, str]]) -> None:
        widget.clear()
        for key, text in rows:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, key)
            entry.setToolTip(text)
            widget.addItem(entry)

    def _people(self, *, voters_only: bool) -> list[Choice]:
        assert self.item_id is not None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            if voters_only:
                return [(p.id, p.name) for p in minutes.eligible_voters(session, item.id)]
            # A presenter or the secretary may be disqualified or dissent too, not only members.
            return [(a.person_id, a.person.name) for a in item.meeting.attendances if a.present]

    # --- dialogs -----------------------------------------------------------------------------------------

    def _open(
        self, dialog: CheckedDialog, on_ok: Callable[[], bool], after: Callable[[], None] | None = None
    ) -> QDialog:
        """Open ``dialog``; its OK runs ``on_ok`` (the save) and closes it only when that succeeded."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.on_ok = on_ok
        if after is not None:
            dialog.accepted.connect(after)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, result: object) -> bool:
        if result is None:
            return False
        self.reload()
        self.changed.emit()
        return True

    def open_disqualification_dialog(self) -> QDialog:
        dialog = DisqualificationDialog(self, section=self._section, people=self._people(voters_only=False))

        def accept() -> bool:
            person_id, ground, left_room = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            return self._saved(
                _run(
                    dialog,
                    self._database,
                    lambda s: minutes.add_disqualification(s, item_id, person_id, ground, left_room=left_room),
                )
            )

        return self._open(dialog, accept)

    def open_motion_dialog(self) -> QDialog:
        dialog = MotionDialog(self, people=self._people(voters_only=True), swedish=self._bilingual)

        def accept() -> bool:
            text, proposer, seconder = dialog.values()
            text_sv = dialog.swedish() or ""
            item_id = self.item_id
            assert item_id is not None
            return self._saved(
                _run(
                    dialog,
                    self._database,
                    lambda s: minutes.add_motion(
                        s, item_id, text, proposer_id=proposer, seconder_id=seconder, text_sv=text_sv
                    ),
                )
            )

        return self._open(dialog, accept)

    def open_motion_edit_dialog(self, motion_id: int) -> QDialog | None:
        """Enter or a double click on a proposal: who seconded it, and whether its proposer withdrew it."""
        if self.item_id is None or not self.add_motion.isEnabled():  # checked minutes: corrections only
            return None
        with self._database.begin() as session:
            motion = session.get(Motion, motion_id)
            if motion is None:
                return None
            dialog = MotionDialog(self, people=self._people(voters_only=True), current=motion, swedish=self._bilingual)

        def accept() -> bool:
            _text, _proposer, seconder = dialog.values()
            withdrawn, text_sv = dialog.withdrawn.isChecked(), dialog.swedish()
            return self._saved(_run(dialog, self._database, lambda s: minutes.set_motion_state(
                s, motion_id, seconder_id=seconder, withdrawn=withdrawn, text_sv=text_sv)))  # fmt: skip

        return self._open(dialog, accept)

    def open_vote_dialog(self) -> QDialog:
        assert self.item_id is not None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            chairing = minutes.section_chair_id(item)  # the acting chair when the chair is disqualified from the §
            seconded = [m for m in item.motions if not minutes.motion_lapsed(m)]
            no_default = (
                f"{seconded[-1].proposer.name}: {seconded[-1].text}" if seconded and seconded[-1].proposer else ""
            )
            no_default_sv = (
                f"{seconded[-1].proposer.name}: {seconded[-1].text_sv}"
                if seconded and seconded[-1].proposer and seconded[-1].text_sv
                else ""
            )
        dialog = VoteDialog(
            self,
            section=self._section,
            voters=self._people(voters_only=True),
            chair_id=chairing,
            yes_proposal=self.tr("Esittelijän päätösehdotus"),
            no_proposal=no_default,
            swedish=self._bilingual,
            no_proposal_sv=no_default_sv,
        )

        recorded: list[tuple[int, VoteChoice | None]] = []

        def accept() -> bool:
            yes, no, ballots = dialog.values()
            yes_sv, no_sv = dialog.swedish()
            item_id = self.item_id
            assert item_id is not None
            vote = _run(
                dialog,
                self._database,
                lambda s: minutes.record_vote(
                    s,
                    item_id,
                    yes_proposal=yes,
                    no_proposal=no,
                    ballots=ballots,
                    yes_proposal_sv=yes_sv,
                    no_proposal_sv=no_sv,
                ),
            )
            if vote is not None:
                recorded.append((vote.id, vote.result))
            return self._saved(vote)

        def after() -> None:
            vote_id, result = recorded[-1]
            if result is None:
                self.open_tie_dialog(vote_id)  # a tie the chair's vote did not decide: ask the result now
                return
            # Prefill (not save) the usual outcome: it is saved with "Tallenna päätös" or when moving on.
            if self.outcome.currentData() is None:
                self._select_outcome(Outcome.PASSED_AFTER_VOTE if result == VoteChoice.YES else None)

        return self._open(dialog, accept, after)

    def open_tie_dialog(self, vote_id: int) -> QDialog | None:
        """Ask which proposal won a tie the chair's vote did not decide (None when the vote has a result)."""
        with self._database.begin() as session:
            vote = session.get(Vote, vote_id)
            if vote is None or vote.result is not None:
                return None
            result_text, yes, no = vote.result_text, vote.yes_proposal, vote.no_proposal
        dialog = TieDialog(self, section=self._section, result_text=result_text, yes_proposal=yes, no_proposal=no)

        def accept() -> bool:
            choice = dialog.values()
            return self._saved(_run(dialog, self._database, lambda s: minutes.set_vote_result(s, vote_id, choice)))

        def after() -> None:
            if self.outcome.currentData() is None:
                self._select_outcome(Outcome.PASSED_AFTER_VOTE if dialog.values() == VoteChoice.YES else None)

        return self._open(dialog, accept, after)

    def _vote_activated(self, entry: QListWidgetItem) -> None:
        """Enter or a double click on a vote whose tie is still open asks its result."""
        self.open_tie_dialog(int(entry.data(Qt.ItemDataRole.UserRole)))

    def open_dissent_dialog(self) -> QDialog:
        dialog = DissentDialog(self, people=self._people(voters_only=False), swedish=self._bilingual)

        def accept() -> bool:
            person_id, text = dialog.values()
            text_sv = dialog.swedish()
            item_id = self.item_id
            assert item_id is not None
            return self._saved(
                _run(
                    dialog,
                    self._database,
                    lambda s: minutes.add_dissent(s, item_id, person_id, text, text_sv=text_sv),
                )
            )

        return self._open(dialog, accept)

    def open_correction_dialog(self) -> QDialog:
        author = self._secretary
        if not author:
            try:
                author = getpass.getuser()
            except Exception:  # getuser raises various errors where no login name is set
                author = ""
        dialog = CorrectionDialog(self, section=self._section, texts=self._texts, author=author)

        def accept() -> bool:
            field, new_text, reason, who = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            return self._saved(
                _run(
                    dialog,
                    self._database,
                    lambda s: minutes.add_correction(s, item_id, who, reason, field, new_text),
                )
            )

        return self._open(dialog, accept)

    # --- editing -----------------------------------------------------------------------------------------

    def _list_selected(self, widget: QListWidget) -> None:
        """One entry at a time is selected across the four lists: the one clicked last, which "Poista" removes."""
        if not widget.selectedItems():
            if widget is self._last_list:
                self._last_list = None
                self.remove_entry.setEnabled(False)
            return
        self._last_list = widget
        for other in (self.disqualifications, self.motions, self.votes, self.dissents):
            if other is not widget:
                other.clearSelection()
        self.remove_entry.setEnabled(not self._locked)

    def remove_selected(self) -> None:
        """Remove the entry selected last, after asking (naming it)."""
        questions: dict[int, tuple[str, Callable[[Session, int], None]]] = {
            id(self.disqualifications): (
                self.tr("Poistetaanko esteellisyysmerkintä?\n\n{entry}"),
                minutes.remove_disqualification,
            ),
            id(self.motions): (self.tr("Poistetaanko ehdotus?\n\n{entry}"), minutes.remove_motion),
            id(self.votes): (
                self.tr("Poistetaanko äänestys äänineen?\n\n{entry}"),
                minutes.remove_vote,
            ),
            id(self.dissents): (self.tr("Poistetaanko eriävä mielipide?\n\n{entry}"), minutes.remove_dissent),
        }
        widget = self._last_list
        entries = widget.selectedItems() if widget is not None else []
        if widget is None or not entries:
            return
        question, remove = questions[id(widget)]
        entry = entries[0]
        key = int(entry.data(Qt.ItemDataRole.UserRole))
        text = f"{self._section}: {entry.text()}"
        if not self.confirm(self, self.tr("Poista merkintä"), question.format(entry=text)):
            return

        def work(session: Session) -> bool:
            remove(session, key)
            return True

        self._saved(_run(self, self._database, work))

    def _select_outcome(self, outcome: Outcome | None) -> None:
        if outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def _outcome_chosen(self) -> None:
        outcome = self.outcome.currentData()
        if outcome is None or self.item_id is None:
            return
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            suggestion = minutes.suggest_decision(item, Outcome(outcome))
            replaceable = minutes.is_suggested_decision(item, self.decision.toPlainText())
        if replaceable:  # never overwrite what the secretary wrote
            self.decision.setPlainText(suggestion)

    def _fill_handling(self) -> None:
        if self.item_id is None:
            return
        chosen = self.outcome.currentData()  # perhaps not saved yet
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            addition = minutes.suggest_handling(item, Outcome(chosen) if chosen is not None else None)
        current = self.handling.toPlainText().rstrip()
        missing = [line for line in addition.splitlines() if line not in current]
        if missing:  # add to what the secretary wrote, never replace it
            self.handling.setPlainText("\n".join([current, *missing]).strip())

    def save_decision(self, *, automatic: bool = False) -> bool:
        """Save the outcome, decision and handling (refused if the § was saved elsewhere since it was loaded)."""
        if self.item_id is None:
            return False
        shown_id = self.item_id
        stored_version = _run(self, self._database, lambda s: get_item(s, shown_id).version)
        if stored_version is None:  # removed, or the database cannot be reached: said already
            return False
        if stored_version != self._version and not self._conflict:
            # Saved elsewhere since it was loaded (another user, or only renumbered by another's added or moved §):
            # the new version is taken in when its decision is still the one these edits were made on, so that
            # only a decision changed there too is refused as a conflict.
            self.reload()
            if self.item_id is None:
                return False
        item_id, version, section = self.item_id, self._version, self._section
        before, shown = self._loaded, self.shown_decision()
        outcome, decision, handling = shown
        result = _run(
            self,
            self._database,
            lambda s: minutes.set_decision(
                s, item_id, outcome=outcome, decision=decision, handling=handling, expect_version=version
            ).version,
        )
        if result is None:
            self._update_state()
            return False
        clock = dt.datetime.now().strftime("%H.%M")
        self.last_autosave = None
        if automatic:
            self._saved_note = self.tr("{section}: päätös tallennettiin automaattisesti klo {time}.").format(
                section=section, time=clock
            )
            self.last_autosave = AutoSave(item_id, section, before, shown, result)
        else:
            self._saved_note = self.tr("{section}: päätös tallennettu klo {time}.").format(section=section, time=clock)
        self._conflict = False
        self.reload(keep_edits=False)
        self.changed.emit()
        return True

    def undo_last_autosave(self) -> int | None:
        """Put back the decision the last automatic save replaced; return its § (whose text the caller shows again
        as unsaved), or None when it could not be undone (e.g. it was saved again since)."""
        undo = self.last_autosave
        if undo is None:
            return None
        outcome, decision, handling = undo.before
        result = _run(
            self,
            self._database,
            lambda s: minutes.set_decision(
                s, undo.item_id, outcome=outcome, decision=decision, handling=handling, expect_version=undo.version
            ),
        )
        self.last_autosave = None
        if result is None:
            self._update_state()
            return None
        self._saved_note = self.tr("{section}: automaattinen tallennus kumottu.").format(section=undo.section)
        self.changed.emit()
        return undo.item_id

    def show_unsaved(self, values: DecisionValues) -> None:
        """Show ``values`` as the § decision not yet saved (after an undone automatic save)."""
        self._show_decision(values)
        self._update_state()

    def commit_pending(self) -> bool:
        """Save an unsaved decision before moving on; False (with the refusal shown) when it could not be saved."""
        if not self.dirty:
            return True
        return self.save_decision(automatic=True)

    def revert_decision(self) -> None:
        """Drop the unsaved decision and show the one saved."""
        self._conflict = False
        self.reload(keep_edits=False)


def _shortened(text: str, limit: int = 230) -> str:
    """A long proposal cut at a word (its whole text is in the tooltip), so the decision stays in sight."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _corrected_part(field: str) -> str:
    """A correction's part as the correction dialog names it, in the user's language."""
    label = minutes.CORRECTABLE_FIELDS.get(field)
    return QCoreApplication.translate("CorrectionDialog", label) if label else field


def _confirm_untranslated(parent: QWidget, missing: list[str]) -> bool:
    """Whether to lock minutes whose §§ lack Swedish texts anyway (No is the default: locking cannot be undone)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ClosingDialog", "Ruotsinkieliset tekstit puuttuvat"))
    lines = [
        QCoreApplication.translate(
            "ClosingDialog",
            "Näiltä pykäliltä puuttuu ruotsinkielinen teksti, joten ruotsinkielinen pöytäkirja näyttää ne "
            "suomeksi. Tarkastuksen jälkeen tekstejä voi lisätä vain oikaisuina. Merkitäänkö pöytäkirja silti "
            "tarkastetuksi?",
        ),
        *(f"• {localized(note)}" for note in missing[:12]),
    ]
    if len(missing) > 12:
        lines.append(QCoreApplication.translate("ClosingDialog", "… ja {n} muuta").format(n=len(missing) - 12))
    box.setText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class ClosingDialog(QDialog):
    """Closing the minutes: signatures, checkers, problems still open, "mark checked", publication.

    Only people present at the meeting are offered as signers and checkers. "Sulje" (and Esc) keeps the
    signers, checkers and times chosen (they are saved). Locking asks first, naming the meeting.

    Attributes:
        confirm: asks a yes/no question (``ask_yes_no``; tests replace it).

    Signals:
        checked(): the minutes were marked checked (and are now locked).
        saved(): the signers, checkers and times were saved as the dialog closed.
        published(): the publication date was recorded.
    """

    checked = Signal()
    published = Signal()
    saved = Signal()

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Pöytäkirjan tarkastus"))
        self.chair = QComboBox()
        self.secretary = QComboBox()
        self.checker1 = QComboBox()
        self.checker2 = QComboBox()
        self.start_time = time_edit()  # 00.00 shows as "–": not recorded
        self.end_time = time_edit()
        self.start_time.setAccessibleName(self.tr("Kokous alkoi klo"))  # one form row holds both
        self.end_time.setAccessibleName(self.tr("Kokous päättyi klo"))
        self.checked_date = QDateEdit()
        self.checked_date.setDisplayFormat("d.M.yyyy")
        self.checked_date.setCalendarPopup(True)
        self.checked_place = QLineEdit()
        self.published_date = QDateEdit()
        self.published_date.setDisplayFormat("d.M.yyyy")
        self.published_date.setCalendarPopup(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = tab_leaves(QListWidget())
        self.problems.setAccessibleName(self.tr("Puutteet, jotka estävät tarkastuksen"))
        # A bilingual organisation's §§ without their Swedish texts: no obstacle, but written before the lock.
        self.missing_label = QLabel(
            self.tr("Ruotsinkieliset tekstit puuttuvat (ne eivät estä tarkastusta, mutta tarkastuksen jälkeen niitä "
                    "voi lisätä vain oikaisuina):")
        )  # fmt: skip
        self.missing_label.setWordWrap(True)
        self.missing = tab_leaves(QListWidget())
        self.missing.setObjectName("missingSwedish")
        self.missing.setAccessibleName(self.tr("Puuttuvat ruotsinkieliset tekstit"))
        self.missing.setMaximumHeight(110)
        self.confirm_untranslated: Callable[[QWidget, list[str]], bool] = _confirm_untranslated
        self.confirm: Confirm = ask_yes_no
        self._label = ""
        self._locked = False
        self._initial: tuple[object, ...] = ()
        self.validate_button = QPushButton(self.tr("Tarkista puutteet"))
        self.check_button = QPushButton(self.tr("Merkitse tarkastetuksi ja lukitse"))
        self.publish_button = QPushButton(self.tr("Merkitse julkaistuksi"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Puheenjohtaja"), self.chair)
        form.addRow(self.tr("Pöytäkirjanpitäjä"), self.secretary)
        form.addRow(self.tr("Pöytäkirjantarkastaja"), self.checker1)
        form.addRow(self.tr("Pöytäkirjantarkastaja"), self.checker2)
        self.checker1.setAccessibleName(self.tr("Ensimmäinen pöytäkirjantarkastaja"))
        self.checker2.setAccessibleName(self.tr("Toinen pöytäkirjantarkastaja"))
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addStretch(1)
        form.addRow(self.tr("Kokousaika klo"), times)
        form.addRow(self.tr("Tarkastettu (pvm)"), self.checked_date)
        form.addRow(self.tr("Tarkastuspaikka"), self.checked_place)
        publish_row = QHBoxLayout()
        publish_row.addWidget(self.published_date)
        self.published_date.setAccessibleName(self.tr("Julkaistu yleisessä tietoverkossa"))  # a row of two: no label
        publish_row.addWidget(self.publish_button)
        form.addRow(self.tr("Yleisessä tietoverkossa"), publish_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.validate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Puutteet, jotka estävät tarkastuksen:")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing)
        self._show_missing([])
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.validate_button.clicked.connect(self._validate_clicked)
        self.check_button.clicked.connect(self.mark_checked)
        self.publish_button.clicked.connect(self.mark_published)
        self.resize(620, 620)
        add_button_mnemonics(self)
        if not self._load():
            self.validate(save=False)

    def _load(self) -> bool:
        """Fill the fields from the meeting; return whether the minutes are locked."""
        with self._database.begin() as session:
            meeting = get_meeting(session, self._meeting_id)
            self._label = _meeting_label(session, self._meeting_id)
            locked = meeting.state.is_locked
            # Before the meeting has begun nobody is listed: the signers set on the desk stay shown.
            begun = bool(meeting.attendances)
            people: list[Choice] = [(a.person_id, a.person.name) for a in meeting.attendances if a.present]
            members: list[Choice] = [
                (a.person_id, a.person.name)
                for a in meeting.attendances
                if a.present and a.role in minutes.MEMBER_ATTENDANCE_ROLES
            ]
            for combo, choices, value in (
                (self.chair, members, meeting.chair_id),
                (self.secretary, people, meeting.secretary_id),
                (self.checker1, members, meeting.checker1_id),
                (self.checker2, members, meeting.checker2_id),
            ):
                combo.clear()
                combo.addItem(self.tr("(valitse)"), None)
                listed = list(choices)
                # An absent person is not offered (they cannot sign), except in checked minutes as they are.
                if value is not None and value not in {pid for pid, _ in choices} and (locked or not begun):
                    person = session.get(Person, value)
                    listed.append((value, person.name if person else str(value)))
                for pid, name in listed:
                    combo.addItem(name, pid)
                combo.setCurrentIndex(max(combo.findData(value), 0))
            set_time(self.start_time, meeting.start_time)
            set_time(self.end_time, meeting.end_time)
            checked = meeting.checked_date or max(dt.date.today(), meeting.date)
            self.checked_date.setDate(QDate(checked.year, checked.month, checked.day))
            self.checked_place.setText(meeting.checked_place or meeting.body.default_place)
            published = meeting.published_date or checked
            self.published_date.setDate(QDate(published.year, published.month, published.day))
            state = meeting.state
        self._locked = locked
        self._initial = self._chosen()
        for widget in (
            self.chair,
            self.secretary,
            self.checker1,
            self.checker2,
            self.start_time,
            self.end_time,
            self.checked_date,
            self.checked_place,
            self.check_button,
            self.validate_button,
        ):
            widget.setEnabled(not locked)
        self.publish_button.setEnabled(locked)
        self.published_date.setEnabled(locked)
        if state == MeetingState.PUBLISHED:
            self.status.setText(self.tr("Pöytäkirja on tarkastettu ja julkaistu."))
        elif locked:
            self.status.setText(self.tr("Pöytäkirja on tarkastettu ja lukittu. Korjaukset tehdään oikaisuina."))
        if locked:
            self.status.setStyleSheet("color: #1a3a6b;")
        return locked

    def _chosen(self) -> tuple[object, ...]:
        combos = (self.chair, self.secretary, self.checker1, self.checker2)
        return (*(c.currentData() for c in combos), time_of(self.start_time), time_of(self.end_time))

    def reject(self) -> None:
        """"Sulje" and Esc keep the signers, checkers and times chosen; a refusal keeps the dialog open."""
        if not self._locked and self._chosen() != self._initial:
            try:
                with self._database.begin() as session:
                    if not get_meeting(session, self._meeting_id).state.is_locked:
                        self._save_signatories(session)
            except SihteeriError as exc:
                show_error(self, exc)
                return
            self.saved.emit()
        super().reject()

    def _save_signatories(self, session: Session) -> None:
        minutes.set_signatories(
            session,
            self._meeting_id,
            chair_id=self.chair.currentData(),
            secretary_id=self.secretary.currentData(),
            checker1_id=self.checker1.currentData(),
            checker2_id=self.checker2.currentData(),
            start_time=time_of(self.start_time),
            end_time=time_of(self.end_time),
        )

    def _show_problems(self, problems: list[minutes.Problem]) -> None:
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(localized(str(problem)))
        if problems:
            self.status.setText(
                self.tr("Pöytäkirjaa ei voi vielä merkitä tarkastetuksi: {n} puutetta.").format(n=len(problems))
            )
            self.status.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.status.setText(self.tr("Ei puutteita; pöytäkirjan voi merkitä tarkastetuksi."))
            self.status.setStyleSheet("color: #1b5e20;")

    def _validate_clicked(self) -> None:
        self.validate()

    def validate(self, *, save: bool = True) -> list[minutes.Problem]:
        """List the problems; with ``save`` the signatures chosen in the dialog are stored first."""
        with self._database.begin() as session:
            if save and not get_meeting(session, self._meeting_id).state.is_locked:
                self._save_signatories(session)
            problems = minutes.validate_for_checking(session, self._meeting_id)
            missing = minutes.missing_swedish_texts(session, self._meeting_id)
        self._show_problems(problems)
        self._show_missing(missing)
        return problems

    def _show_missing(self, missing: list[str]) -> None:
        self.missing.clear()
        for note in missing:
            self.missing.addItem(localized(note))
        self.missing_label.setVisible(bool(missing))
        self.missing.setVisible(bool(missing))

    def mark_checked(self) -> bool:
        day = self.checked_date.date()
        checked = dt.date(day.year(), day.month(), day.day())
        place = self.checked_place.text()
        try:
            with self._database.begin() as session:  # the signatures and times chosen here shape the decisions
                if not get_meeting(session, self._meeting_id).state.is_locked:
                    self._save_signatories(session)
                missing = minutes.missing_swedish_texts(session, self._meeting_id)
                problems = minutes.validate_for_checking(session, self._meeting_id)
        except SihteeriError as exc:
            show_error(self, exc)
            return False
        if problems:  # nothing to ask yet: the problems are listed
            self._show_problems(problems)
            self._show_missing(missing)
            return False
        if missing:
            self._show_missing(missing)
            if not self.confirm_untranslated(self, missing):
                return False
        elif not self.confirm(
            self,
            self.tr("Merkitse tarkastetuksi ja lukitse"),
            self.tr(
                "Merkitäänkö kokouksen {meeting} pöytäkirja tarkastetuksi ja lukitaan se? Lukitsemisen jälkeen "
                "pöytäkirjaa voi korjata vain oikaisuina."
            ).format(meeting=self._label),
        ):
            return False
        try:
            with self._database.begin() as session:
                self._save_signatories(session)
                minutes.mark_checked(session, self._meeting_id, checked_date=checked, checked_place=place)
        except ValidationError:
            self.validate()  # the refusal lists the same problems the dialog shows
            return False
        except SihteeriError as exc:
            show_error(self, exc)
            return False
        self.problems.clear()
        self._load()
        self.checked.emit()
        return True

    def mark_published(self) -> bool:
        day = self.published_date.date()
        published = dt.date(day.year(), day.month(), day.day())
        if _run(self, self._database, lambda s: minutes.mark_published(s, self._meeting_id, published)) is None:
            return False
        self._load()
        self.published.emit()
        return True


class MeetingConductWidget(QWidget):
    """The meeting as it is held: attendance, the §§ with quorum, the chosen § and closing the minutes.

    An unsaved decision of the chosen § is saved when another § is chosen, the closing dialog is opened or the
    window is closed (``commit_pending``); if it cannot be saved, the view stays where it is. The desk calls
    ``desk_changed`` after it saved something, so the § list and the chosen § show it.

    Keys: Ctrl+S saves the decision; Alt+PgDown and Alt+PgUp move to the next and previous § (Alt+Down stays the
    combo boxes' own key).

    Attributes:
        confirm: asks a yes/no question (``ask_yes_no``; tests replace it).

    Signals:
        changed(): a change was saved.
        state_changed(str): the meeting's state changed (value of ``MeetingState``).
    """

    changed = Signal()
    state_changed = Signal(str)

    def __init__(self, database: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.meeting_id = meeting_id
        self._sections: list[int] = []
        self._members: list[Choice] = []
        self._state = MeetingState.DRAFT
        self.dialog: QDialog | None = None
        self.confirm: Confirm = ask_yes_no
        self._switching = False  # saving the decision while moving on: the refresh waits until the move is done
        self._stale = False
        self._reselecting = False
        self._watched: list[QWidget] = []
        self.setObjectName("meetingConduct")  # the desk finds open conduct views by this name

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state_label = QLabel()
        self.banner = QLabel()
        self.banner.setObjectName("integrityBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()
        self.begin_button = QPushButton(self.tr("Aloita kokous"))
        self.closing_button = QPushButton(self.tr("Pöytäkirjan tarkastus…"))

        self.attendance_model = AttendanceModel(self)
        self.attendance = tab_leaves(QTableView())
        self.attendance.setModel(self.attendance_model)
        self.attendance.setAccessibleName(self.tr("Läsnäolijat"))
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance.verticalHeader().setVisible(False)
        self.attendance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attendance.horizontalHeader().setSectionResizeMode(
            AttendanceModel.AWAY, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_person = QPushButton(self.tr("Lisää läsnäolija…"))
        self.edit_person = QPushButton(self.tr("Muokkaa…"))
        self.remove_person = QPushButton(self.tr("Poista"))
        # A while away and back (not for disqualification): out of the quorum and the voters of the §§ between.
        self.add_absence = QPushButton(self.tr("Merkitse tilapäinen poissaolo…"))
        self.remove_absence = QPushButton(self.tr("Poista tilapäinen poissaolo…"))
        # Who is listed in a seat they cannot fill (core.minutes.attendance_problems), where attendance is recorded.
        self.attendance_warnings = QLabel()
        self.attendance_warnings.setWordWrap(True)
        self.attendance_warnings.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.attendance_warnings.hide()

        self.sections_model = SectionsModel(self)
        self.sections = tab_leaves(QTableView())
        self.sections.setModel(self.sections_model)
        self.sections.setAccessibleName(self.tr("Asiat"))
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections.verticalHeader().setVisible(False)
        header = self.sections.horizontalHeader()
        for column in range(self.sections_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SectionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SectionsModel.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SectionsModel.OUTCOME, 150)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections.setWordWrap(False)
        self.panel = ItemPanel(database, self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        # No Tab stop of its own (a screen reader found an empty, unnamed one between the § table and the
        # panel); the area still scrolls to the field that gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        attendance_page = QWidget()
        attendance_layout = QVBoxLayout(attendance_page)
        attendance_layout.addWidget(self.attendance)
        attendance_layout.addWidget(self.attendance_warnings)
        row = QHBoxLayout()
        row.addWidget(self.add_person)
        row.addWidget(self.edit_person)
        row.addWidget(self.remove_person)
        row.addWidget(self.add_absence)
        row.addWidget(self.remove_absence)
        row.addStretch(1)
        attendance_layout.addLayout(row)

        items_page = QSplitter(Qt.Orientation.Horizontal)
        items_page.addWidget(self.sections)
        items_page.addWidget(scroll)
        items_page.setStretchFactor(0, 2)
        items_page.setStretchFactor(1, 3)
        items_page.setSizes([520, 680])

        self.tabs = QTabWidget()
        self.tabs.addTab(attendance_page, self.tr("Läsnäolo"))
        self.tabs.addTab(items_page, self.tr("Asiat ja päätökset"))

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.state_label)
        top.addLayout(titles, 1)
        top.addWidget(self.begin_button)
        top.addWidget(self.closing_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.begin_button.clicked.connect(self.begin)
        self.closing_button.clicked.connect(self.open_closing_dialog)
        self.add_person.clicked.connect(self.open_add_person_dialog)
        self.edit_person.clicked.connect(self.open_edit_person_dialog)
        self.remove_person.clicked.connect(self.remove_selected_person)
        self.add_absence.clicked.connect(self.open_absence_dialog)
        self.remove_absence.clicked.connect(self.open_absence_removal_dialog)
        self.attendance.doubleClicked.connect(lambda _index: self.open_edit_person_dialog())
        self.attendance_model.present_toggled.connect(self._toggle_present)
        self.sections.selectionModel().currentRowChanged.connect(self._section_chosen)
        self.panel.changed.connect(self._panel_changed)
        self.panel.confirm = self._ask  # one place to answer: ``confirm`` of this view
        self.panel.undo_save.clicked.connect(self.undo_autosave)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.panel.save_decision),
            (QKeySequence("Alt+PgDown"), lambda: self.step(1)),
            (QKeySequence("Alt+PgUp"), lambda: self.step(-1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()
        if self.sections_model.rowCount() > 0:
            self.sections.selectRow(0)

    def _ask(self, parent: QWidget, title: str, text: str) -> bool:
        return self.confirm(parent, title, text)

    # --- saving when moving on ---------------------------------------------------------------------------

    def commit_pending(self) -> bool:
        """Save the chosen §'s unsaved decision; False when it could not be saved (the refusal was shown)."""
        self._switching = True
        try:
            saved = self.panel.commit_pending()
        finally:
            self._switching = False
        self._refresh_if_stale()
        return saved

    def undo_autosave(self) -> None:
        """"Kumoa tallennus": the last automatic save is undone and its § shown with that text unsaved."""
        undo = self.panel.last_autosave
        if undo is None or self.panel.dirty:
            return
        if self.panel.undo_last_autosave() is None:
            return
        self.tabs.setCurrentIndex(1)
        self.select_item(undo.item_id)
        self.panel.show_unsaved(undo.saved)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
            self.changed.emit()

    def step(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) § (the decision is saved first)."""
        row = self.sections.currentIndex().row() + delta
        if 0 <= row < self.sections_model.rowCount():
            self.tabs.setCurrentIndex(1)
            self.sections.selectRow(row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Closing the window around this view, or the desk that owns that window (quitting the program), saves
        # the decision first.
        top = self.window()
        owner = top.parentWidget()
        for window in (top, owner.window() if owner is not None else None):
            if window is not None and window is not self and window not in self._watched:
                window.installEventFilter(self)
                self._watched.append(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in self._watched and event.type() == QEvent.Type.Close and not self._may_close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Save the unsaved decision; when it cannot be saved, ask whether to close anyway."""
        if self.commit_pending():
            return True
        return self.confirm(
            self,
            self.tr("Päätöstä ei tallennettu"),
            self.tr(
                "Asian {section} päätöstä ei voitu tallentaa. Suljetaanko ikkuna silti? Tallentamaton päätös "
                "menetetään."
            ).format(section=self.panel.title.text().split("  ", 1)[0]),
        )

    def desk_changed(self, meeting_id: int | None = None) -> None:
        """The desk saved something (of ``meeting_id``; None: any meeting): show the meeting as it now is.

        An unsaved decision stays on screen; if the desk saved the same §'s decision meanwhile, saving it is
        refused as a conflict."""
        if meeting_id is not None and meeting_id != self.meeting_id:
            return
        current = self.panel.item_id
        try:
            self.refresh()
        except NotFound:  # the meeting itself was removed or moved away
            return
        if current is not None and self.sections_model.row_of_item(current) >= 0:
            self.select_item(current)
        elif self.sections_model.rowCount() > 0:
            self.sections.selectRow(0)

    # --- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the meeting, the attendance, the quorum of every § and the integrity banner."""
        with self._database.begin() as session:
            meeting = get_meeting(session, self.meeting_id)
            self._state = meeting.state
            self.heading.setText(_meeting_label(session, self.meeting_id))
            self._sections = [item.section_number for item in meeting.items]
            self._members = [(m.person_id, m.person.name) for m in minutes.seat_memberships(session, meeting)]
            self.attendance_model.set_rows(load_attendance(session, self.meeting_id))
            self.sections_model.set_rows(load_sections(session, self.meeting_id))
            report = minutes.check_integrity(session, self.meeting_id)
            warnings = [] if meeting.state.is_locked else minutes.attendance_problems(session, self.meeting_id)
        locked = self._state.is_locked
        self.attendance_warnings.setText("\n".join(localized(w) for w in warnings))
        self.attendance_warnings.setVisible(bool(warnings))
        self.state_label.setText(self._state_text())
        self.state_label.setStyleSheet(_LOCKED_STYLE if locked else "")
        self.begin_button.setVisible(self._state.rank < MeetingState.HELD.rank)
        self.attendance_model.editable = not locked
        for button in (self.add_person, self.edit_person, self.remove_person, self.add_absence, self.remove_absence):
            button.setEnabled(not locked)
        self.banner.setVisible(not report.ok)
        self.banner.setText(localized(report.message))
        self.panel.reload()

    def _state_text(self) -> str:
        texts = {
            MeetingState.DRAFT: self.tr("Luonnos – kokousta ei ole aloitettu."),
            MeetingState.AGENDA_PUBLISHED: self.tr("Esityslista julkaistu – aloita kokous, kun se alkaa."),
            MeetingState.HELD: self.tr("Kokous pidetty – pöytäkirja odottaa tarkastusta."),
            MeetingState.MINUTES_CHECKED: self.tr("Pöytäkirja tarkastettu ja lukittu – korjaukset oikaisuina."),
            MeetingState.PUBLISHED: self.tr("Pöytäkirja tarkastettu ja julkaistu – korjaukset oikaisuina."),
        }
        return texts[self._state]

    def select_item(self, item_id: int) -> None:
        row = self.sections_model.row_of_item(item_id)
        if row >= 0:
            self.sections.selectRow(row)

    def _section_chosen(self, current: Any, _previous: Any) -> None:
        if self._reselecting:
            return
        row = self.sections_model.row_at(current.row())
        item_id = row.item_id if row else None
        if item_id == self.panel.item_id:
            self.panel.reload()
            return
        self._switching = True
        try:
            saved = self.panel.commit_pending()
        finally:
            self._switching = False
        if not saved and self.panel.item_id is not None:
            # The decision could not be saved (e.g. it was changed on the desk): stay on its § with the text.
            self._reselecting = True
            try:
                self.select_item(self.panel.item_id)
            finally:
                self._reselecting = False
            return
        self.panel.show_item(item_id)
        self._refresh_if_stale()

    def _panel_changed(self) -> None:
        if self._switching:
            self._stale = True
            return
        current = self.panel.item_id
        self.refresh()
        if current is not None:
            self.select_item(current)
        self.changed.emit()

    def _after_change(self, result: object) -> None:
        if result is None:
            return
        before = self._state
        current = self.panel.item_id
        self.refresh()
        if current is not None:
            self.select_item(current)
        self.changed.emit()
        if self._state != before:
            self.state_changed.emit(self._state.value)

    # --- attendance --------------------------------------------------------------------------------------

    def begin(self) -> None:
        """Start the meeting: the attendance list from the composition and the state "held"."""
        self._after_change(_run(self, self._database, lambda s: minutes.begin_meeting(s, self.meeting_id)))

    def _toggle_present(self, person_id: int, present: bool) -> None:
        self._after_change(
            _run(self, self._database, lambda s: minutes.set_attendance(s, self.meeting_id, person_id, present=present))
        )

    def _open(self, dialog: CheckedDialog, on_ok: Callable[[], bool]) -> QDialog:
        """Open ``dialog``; its OK runs ``on_ok`` (the save) and closes it only when that succeeded."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.on_ok = on_ok
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_attendance(self, dialog: AttendanceDialog) -> bool:
        values = dialog.values()
        result = _run(
                dialog,
                self._database,
                lambda s: minutes.set_attendance(
                    s,
                    self.meeting_id,
                    values.person_id,
                    present=values.present,
                    role=values.role,
                    role_text=values.role_text,
                    deputy_for_id=values.deputy_for_id,
                    arrived_at_section=values.arrived_at_section,
                    left_after_section=values.left_after_section,
                    arrived_time=values.arrived_time,
                    left_time=values.left_time,
                ),
            )
        self._after_change(result)
        return result is not None

    def open_add_person_dialog(self) -> QDialog:
        with self._database.begin() as session:
            meeting = get_meeting(session, self.meeting_id)
            deputies = {m.person_id: m.deputy_for_id for m in minutes.deputy_memberships(session, meeting)}
            people = [(p.id, p.name) for p in minutes.addable_people(session, self.meeting_id)]
        dialog = AttendanceDialog(self, people=people, members=self._members, sections=self._sections,
                                  deputies=deputies)  # fmt: skip
        return self._open(dialog, lambda: self._save_attendance(dialog))

    def _selected_person(self) -> AttendanceValues | None:
        index = self.attendance.currentIndex()
        row = self.attendance_model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return AttendanceValues(
            person_id=row.person_id,
            present=row.present,
            role=row.role,
            role_text=row.role_text,
            deputy_for_id=row.deputy_for_id,
            arrived_at_section=row.arrived_at_section,
            left_after_section=row.left_after_section,
            arrived_time=row.arrived_time,
            left_time=row.left_time,
        )

    def open_edit_person_dialog(self) -> QDialog | None:
        current = self._selected_person()
        if current is None or self._state.is_locked:
            return None
        people = [(r.person_id, r.name) for r in self.attendance_model.rows()]
        dialog = AttendanceDialog(self, people=people, members=self._members, sections=self._sections, current=current)
        return self._open(dialog, lambda: self._save_attendance(dialog))

    def remove_selected_person(self) -> None:
        """Take a person off the attendance list, after asking; a member with a seat is marked absent instead, as
        the minutes list every member as present or absent."""
        current = self._selected_person()
        if current is None:
            return
        name = next((r.name for r in self.attendance_model.rows() if r.person_id == current.person_id), "")
        if current.person_id in {pid for pid, _name in self._members}:
            if not current.present:
                return  # already absent: stays in the minutes as absent
            if not self.confirm(
                self,
                self.tr("Poista läsnäolijoista"),
                self.tr(
                    "{name} on toimielimen jäsen, joten hän on pöytäkirjassa joko läsnä tai poissa. "
                    "Merkitäänkö hänet poissaolevaksi?"
                ).format(name=name),
            ):
                return
            self._toggle_present(current.person_id, False)
            return
        if not self.confirm(
            self,
            self.tr("Poista läsnäolijoista"),
            self.tr("Poistetaanko {name} läsnäololuettelosta?").format(name=name),
        ):
            return

        def remove(session: Session) -> bool:
            meeting = get_meeting(session, self.meeting_id)
            for attendance in meeting.attendances:
                if attendance.person_id == current.person_id:
                    minutes.remove_attendance(session, attendance.id)
            return True

        self._after_change(_run(self, self._database, remove))

    def _selected_row(self) -> AttendanceRow | None:
        index = self.attendance.currentIndex()
        return self.attendance_model.row_at(index.row()) if index.isValid() else None

    def open_absence_dialog(self) -> QDialog | None:
        """Record that the selected person, present, left for a while and came back (core.minutes.add_absence)."""
        row = self._selected_row()
        if row is None or self._state.is_locked:
            return None
        dialog = AbsenceDialog(self, name=row.name, sections=self._sections)

        def save() -> bool:
            values = dialog.values()
            result = _run(
                dialog,
                self._database,
                lambda s: minutes.add_absence(
                    s,
                    row.attendance_id,
                    left_after_section=values.left_after_section,
                    returned_at_section=values.returned_at_section,
                    left_time=values.left_time,
                    returned_time=values.returned_time,
                ),
            )
            self._after_change(result)
            return result is not None

        return self._open(dialog, save)

    def open_absence_removal_dialog(self) -> QDialog | None:
        """Remove one of the selected person's temporary absences (recorded by mistake)."""
        row = self._selected_row()
        if row is None or not row.absences or self._state.is_locked:
            return None
        dialog = AbsenceRemovalDialog(self, name=row.name, absences=[(a.absence_id, a.text) for a in row.absences])

        def remove() -> bool:
            absence_id = dialog.absence_id()

            def work(session: Session) -> bool:
                minutes.remove_absence(session, absence_id)
                return True

            result = _run(dialog, self._database, work)
            self._after_change(result)
            return result is not None

        return self._open(dialog, remove)

    # --- closing -----------------------------------------------------------------------------------------

    def open_closing_dialog(self) -> ClosingDialog | None:
        """Open the closing dialog (the chosen §'s unsaved decision is saved first: checking reads it)."""
        if not self.commit_pending():
            return None
        dialog = ClosingDialog(self._database, self.meeting_id, self)
        dialog.confirm = self.confirm
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked.connect(lambda: self._after_change(True))
        dialog.published.connect(lambda: self._after_change(True))
        dialog.saved.connect(lambda: self._after_change(True))
        self.dialog = dialog
        dialog.open()
        return dialog


__all__ = ["ClosingDialog", "ItemPanel", "MeetingConductWidget", "check_integrity_on_open"]
