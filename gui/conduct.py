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
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from db.enums import AttendanceRole, MeetingState, Outcome, VoteChoice
from db.errors import SihteeriError, ValidationError
from db.models import Motion, Person, Vote
from gui.conduct_dialogs import (
    AttendanceDialog,
    AttendanceValues,
    Choice,
    CorrectionDialog,
    DisqualificationDialog,
    DissentDialog,
    MotionDialog,
    TieDialog,
    VoteDialog,
)
from gui.conduct_models import AttendanceModel, SectionsModel, load_attendance, load_sections
from gui.dialogs import set_time, time_edit, time_of
from gui.errors import show_error
from gui.i18n import QT_TRANSLATE_NOOP, localized

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


def _meeting_label(session: Session, meeting_id: int) -> str:
    meeting = get_meeting(session, meeting_id)
    day = meeting.date
    return f"{meeting.body.name} {meeting.number}/{meeting.year}, {day.day}.{day.month}.{day.year}"


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


# core.minutes.OUTCOME_LABELS, marked for lupdate here because core does not import Qt; ItemPanel uses self.tr.
_OUTCOME_TEXTS = (
    QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty muuttamattomana"),
    QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty äänestyksen jälkeen"),
    QT_TRANSLATE_NOOP("ItemPanel", "Hyväksytty muutettuna"),
    QT_TRANSLATE_NOOP("ItemPanel", "Hylätty"),
    QT_TRANSLATE_NOOP("ItemPanel", "Merkitty tiedoksi"),
    QT_TRANSLATE_NOOP("ItemPanel", "Palautettu valmisteluun"),
    QT_TRANSLATE_NOOP("ItemPanel", "Pöydätty"),
    QT_TRANSLATE_NOOP("ItemPanel", "Poistettu esityslistalta"),
    QT_TRANSLATE_NOOP("ItemPanel", "Valinta"),
)


class ItemPanel(QWidget):
    """The handling of one §: disqualifications, motions, votes, dissents, outcome, decision and corrections.

    Signals:
        changed(): something of the § was saved.
    """

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.item_id: int | None = None
        self._locked = False
        self._chair_id: int | None = None
        self._secretary = ""
        self._proposal = ""
        self._section = ""
        self._texts: dict[str, str] = {}
        self.dialog: QDialog | None = None

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.quorum = QLabel()
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.disqualifications = QListWidget()
        self.motions = QListWidget()
        self.votes = QListWidget()
        self.dissents = QListWidget()
        self.corrections = QListWidget()
        self.add_disqualification = QPushButton(self.tr("Esteellisyys…"))
        self.add_motion = QPushButton(self.tr("Ehdotus…"))
        self.add_vote = QPushButton(self.tr("Äänestys…"))
        self.add_dissent = QPushButton(self.tr("Eriävä mielipide…"))
        self.remove_entry = QPushButton(self.tr("Poista valittu"))
        self.add_correction = QPushButton(self.tr("Oikaisu…"))

        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(valitse)"), None)
        for outcome, label in minutes.OUTCOME_LABELS.items():
            self.outcome.addItem(self.tr(label), outcome)
        self.handling = QPlainTextEdit()
        self.handling.setTabChangesFocus(True)
        self.handling.setPlaceholderText(
            self.tr("Käsittelyn kulku (esteellisyydet, ehdotukset ja äänestykset tulostuvat itse)")
        )
        self.handling.setMaximumHeight(90)
        self.fill_handling = QPushButton(self.tr("Kirjaa rauenneet ehdotukset"))
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setMaximumHeight(110)
        self.save = QPushButton(self.tr("Tallenna päätös"))
        self.save.setDefault(True)

        handling_box = QGroupBox(self.tr("Käsittely"))
        handling_layout = QVBoxLayout(handling_box)
        for caption, widget in (
            (self.tr("Esteellisyydet"), self.disqualifications),
            (self.tr("Ehdotukset"), self.motions),
            (self.tr("Äänestykset"), self.votes),
            (self.tr("Eriävät mielipiteet"), self.dissents),
        ):
            handling_layout.addWidget(QLabel(caption))
            widget.setMaximumHeight(56)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            handling_layout.addWidget(widget)
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
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save)
        form.addRow(save_row)

        self.correction_box = QGroupBox(self.tr("Oikaisut"))
        correction_layout = QVBoxLayout(self.correction_box)
        self.corrections.setMaximumHeight(80)
        correction_layout.addWidget(self.corrections)
        correction_row = QHBoxLayout()
        correction_row.addStretch(1)
        correction_row.addWidget(self.add_correction)
        correction_layout.addLayout(correction_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.quorum)
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
        self.setEnabled(False)

    # --- loading -----------------------------------------------------------------------------------------

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        if self.item_id is None:
            self.setEnabled(False)
            return
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            meeting = item.meeting
            self._locked = meeting.state.is_locked
            self._chair_id = meeting.chair_id
            self._secretary = meeting.secretary.name if meeting.secretary else ""
            self._section = item.section_label
            self._proposal = item.proposal
            status = minutes.quorum(session, item.id)
            self.title.setText(f"{item.section_label}  {item.title}")
            self.quorum.setText(self.tr("Päätösvaltaisuus: {text}").format(text=localized(status.text)))
            self.quorum.setStyleSheet("color: #1b5e20;" if status.quorate else "color: #b3261e; font-weight: bold;")
            self.proposal.setText(self.tr("Päätösehdotus: {text}").format(text=item.proposal or "–"))
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
                [(v.id, f"{v.round}. {v.yes_proposal} / {v.no_proposal}: {v.result_text}") for v in item.votes],
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
            self.outcome.blockSignals(True)
            index = self.outcome.findData(item.outcome)
            self.outcome.setCurrentIndex(max(index, 0))
            self.outcome.blockSignals(False)
            self.handling.setPlainText(item.handling)
            self.decision.setPlainText(item.decision)
            self._texts = {key: str(getattr(item, key, "")) for key in minutes.CORRECTABLE_FIELDS}
            self._texts["attachments"] = "\n".join(a.title for a in item.attachments)
            self._texts["recipients"] = "\n".join(r.name for r in item.recipients)
        self.setEnabled(True)
        for widget in (
            self.add_disqualification,
            self.add_motion,
            self.add_vote,
            self.add_dissent,
            self.remove_entry,
            self.outcome,
            self.fill_handling,
            self.save,
        ):
            widget.setEnabled(not self._locked)
        self.handling.setReadOnly(self._locked)
        self.decision.setReadOnly(self._locked)
        self.correction_box.setVisible(self._locked or self.corrections.count() > 0)
        self.add_correction.setEnabled(self._locked)

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

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, result: object) -> None:
        if result is not None:
            self.reload()
            self.changed.emit()

    def open_disqualification_dialog(self) -> QDialog:
        dialog = DisqualificationDialog(self, section=self._section, people=self._people(voters_only=False))

        def accept() -> None:
            person_id, ground, left_room = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            self._saved(
                _run(
                    self,
                    self._database,
                    lambda s: minutes.add_disqualification(s, item_id, person_id, ground, left_room=left_room),
                )
            )

        return self._open(dialog, accept)

    def open_motion_dialog(self) -> QDialog:
        dialog = MotionDialog(self, people=self._people(voters_only=True))

        def accept() -> None:
            text, proposer, seconder = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            self._saved(
                _run(
                    self,
                    self._database,
                    lambda s: minutes.add_motion(s, item_id, text, proposer_id=proposer, seconder_id=seconder),
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
            dialog = MotionDialog(self, people=self._people(voters_only=True), current=motion)

        def accept() -> None:
            _text, _proposer, seconder = dialog.values()
            withdrawn = dialog.withdrawn.isChecked()
            self._saved(_run(self, self._database, lambda s: minutes.set_motion_state(
                s, motion_id, seconder_id=seconder, withdrawn=withdrawn)))  # fmt: skip

        return self._open(dialog, accept)

    def open_vote_dialog(self) -> QDialog:
        assert self.item_id is not None
        with self._database.begin() as session:
            item = get_item(session, self.item_id)
            seconded = [m for m in item.motions if not minutes.motion_lapsed(m)]
            no_default = (
                f"{seconded[-1].proposer.name}: {seconded[-1].text}" if seconded and seconded[-1].proposer else ""
            )
        dialog = VoteDialog(
            self,
            section=self._section,
            voters=self._people(voters_only=True),
            chair_id=self._chair_id,
            yes_proposal=self.tr("Esittelijän päätösehdotus"),
            no_proposal=no_default,
        )

        def accept() -> None:
            yes, no, ballots = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            vote = _run(
                self,
                self._database,
                lambda s: minutes.record_vote(s, item_id, yes_proposal=yes, no_proposal=no, ballots=ballots),
            )
            self._saved(vote)
            if vote is not None and vote.result is None:
                self.open_tie_dialog(vote.id)  # a tie the chair's vote did not decide: ask the result now
                return
            # Prefill (not save) the usual outcome: the secretary confirms it with "Tallenna päätös".
            if vote is not None and self.outcome.currentData() is None:
                self._select_outcome(Outcome.PASSED_AFTER_VOTE if vote.result == VoteChoice.YES else None)

        return self._open(dialog, accept)

    def open_tie_dialog(self, vote_id: int) -> QDialog | None:
        """Ask which proposal won a tie the chair's vote did not decide (None when the vote has a result)."""
        with self._database.begin() as session:
            vote = session.get(Vote, vote_id)
            if vote is None or vote.result is not None:
                return None
            result_text, yes, no = vote.result_text, vote.yes_proposal, vote.no_proposal
        dialog = TieDialog(self, section=self._section, result_text=result_text, yes_proposal=yes, no_proposal=no)

        def accept() -> None:
            choice = dialog.values()
            decided = _run(self, self._database, lambda s: minutes.set_vote_result(s, vote_id, choice))
            self._saved(decided)
            if decided is not None and self.outcome.currentData() is None:
                self._select_outcome(Outcome.PASSED_AFTER_VOTE if choice == VoteChoice.YES else None)

        return self._open(dialog, accept)

    def _vote_activated(self, entry: QListWidgetItem) -> None:
        """Enter or a double click on a vote whose tie is still open asks its result."""
        self.open_tie_dialog(int(entry.data(Qt.ItemDataRole.UserRole)))

    def open_dissent_dialog(self) -> QDialog:
        dialog = DissentDialog(self, people=self._people(voters_only=False))

        def accept() -> None:
            person_id, text = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            self._saved(_run(self, self._database, lambda s: minutes.add_dissent(s, item_id, person_id, text)))

        return self._open(dialog, accept)

    def open_correction_dialog(self) -> QDialog:
        author = self._secretary
        if not author:
            try:
                author = getpass.getuser()
            except Exception:  # getuser raises various errors where no login name is set
                author = ""
        dialog = CorrectionDialog(self, section=self._section, texts=self._texts, author=author)

        def accept() -> None:
            field, new_text, reason, who = dialog.values()
            item_id = self.item_id
            assert item_id is not None
            self._saved(
                _run(
                    self,
                    self._database,
                    lambda s: minutes.add_correction(s, item_id, who, reason, field, new_text),
                )
            )

        return self._open(dialog, accept)

    # --- editing -----------------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        removers: list[tuple[QListWidget, Callable[[Session, int], None]]] = [
            (self.disqualifications, minutes.remove_disqualification),
            (self.motions, minutes.remove_motion),
            (self.votes, minutes.remove_vote),
            (self.dissents, minutes.remove_dissent),
        ]
        for widget, remove in removers:
            entry = widget.currentItem()
            if entry is not None and entry.isSelected():
                key = int(entry.data(Qt.ItemDataRole.UserRole))

                def work(session: Session, key: int = key, remove: Callable[[Session, int], None] = remove) -> bool:
                    remove(session, key)
                    return True

                self._saved(_run(self, self._database, work))
                return

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
        with self._database.begin() as session:
            addition = minutes.suggest_handling(get_item(session, self.item_id))
        current = self.handling.toPlainText().rstrip()
        missing = [line for line in addition.splitlines() if line not in current]
        if missing:  # add to what the secretary wrote, never replace it
            self.handling.setPlainText("\n".join([current, *missing]).strip())

    def save_decision(self) -> None:
        if self.item_id is None:
            return
        item_id = self.item_id
        outcome = self.outcome.currentData()
        decision = self.decision.toPlainText()
        handling = self.handling.toPlainText()
        self._saved(
            _run(
                self,
                self._database,
                lambda s: minutes.set_decision(
                    s,
                    item_id,
                    outcome=Outcome(outcome) if outcome is not None else None,
                    decision=decision,
                    handling=handling,
                ),
            )
        )


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

    Signals:
        checked(): the minutes were marked checked (and are now locked).
        published(): the publication date was recorded.
    """

    checked = Signal()
    published = Signal()

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
        self.checked_date = QDateEdit()
        self.checked_date.setDisplayFormat("d.M.yyyy")
        self.checked_date.setCalendarPopup(True)
        self.checked_place = QLineEdit()
        self.published_date = QDateEdit()
        self.published_date.setDisplayFormat("d.M.yyyy")
        self.published_date.setCalendarPopup(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        # A bilingual organisation's §§ without their Swedish texts: no obstacle, but written before the lock.
        self.missing_label = QLabel(
            self.tr("Ruotsinkieliset tekstit puuttuvat (ne eivät estä tarkastusta, mutta tarkastuksen jälkeen niitä "
                    "voi lisätä vain oikaisuina):")
        )  # fmt: skip
        self.missing_label.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setObjectName("missingSwedish")
        self.missing.setMaximumHeight(110)
        self.confirm_untranslated: Callable[[QWidget, list[str]], bool] = _confirm_untranslated
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
        if not self._load():
            self.validate(save=False)

    def _load(self) -> bool:
        """Fill the fields from the meeting; return whether the minutes are locked."""
        with self._database.begin() as session:
            meeting = get_meeting(session, self._meeting_id)
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
                if value is not None and value not in {pid for pid, _ in choices}:
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
            locked = meeting.state.is_locked
            state = meeting.state
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
        except SihteeriError as exc:
            show_error(self, exc)
            return False
        if missing:
            self._show_missing(missing)
            if not self.confirm_untranslated(self, missing):
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
        self.attendance = QTableView()
        self.attendance.setModel(self.attendance_model)
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance.verticalHeader().setVisible(False)
        self.attendance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_person = QPushButton(self.tr("Lisää läsnäolija…"))
        self.edit_person = QPushButton(self.tr("Muokkaa…"))
        self.remove_person = QPushButton(self.tr("Poista"))

        self.sections_model = SectionsModel(self)
        self.sections = QTableView()
        self.sections.setModel(self.sections_model)
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

        attendance_page = QWidget()
        attendance_layout = QVBoxLayout(attendance_page)
        attendance_layout.addWidget(self.attendance)
        row = QHBoxLayout()
        row.addWidget(self.add_person)
        row.addWidget(self.edit_person)
        row.addWidget(self.remove_person)
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
        self.attendance.doubleClicked.connect(lambda _index: self.open_edit_person_dialog())
        self.attendance_model.present_toggled.connect(self._toggle_present)
        self.sections.selectionModel().currentRowChanged.connect(self._section_chosen)
        self.panel.changed.connect(self._panel_changed)
        self.refresh()
        if self.sections_model.rowCount() > 0:
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
        locked = self._state.is_locked
        self.state_label.setText(self._state_text())
        self.state_label.setStyleSheet(_LOCKED_STYLE if locked else "")
        self.begin_button.setVisible(self._state.rank < MeetingState.HELD.rank)
        self.attendance_model.editable = not locked
        for button in (self.add_person, self.edit_person, self.remove_person):
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
        row = self.sections_model.row_at(current.row())
        self.panel.show_item(row.item_id if row else None)

    def _panel_changed(self) -> None:
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

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_attendance(self, values: AttendanceValues) -> None:
        self._after_change(
            _run(
                self,
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
        )

    def open_add_person_dialog(self) -> QDialog:
        with self._database.begin() as session:
            meeting = get_meeting(session, self.meeting_id)
            deputies = {m.person_id for m in minutes.deputy_memberships(session, meeting)}
            people = [(p.id, p.name) for p in minutes.addable_people(session, self.meeting_id)]
        dialog = AttendanceDialog(self, people=people, members=self._members, sections=self._sections)
        if dialog.person.currentData() in deputies:
            dialog.role.setCurrentIndex(dialog.role.findData(AttendanceRole.DEPUTY))
        return self._open(dialog, lambda: self._save_attendance(dialog.values()))

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
        return self._open(dialog, lambda: self._save_attendance(dialog.values()))

    def remove_selected_person(self) -> None:
        current = self._selected_person()
        if current is None:
            return

        def remove(session: Session) -> bool:
            meeting = get_meeting(session, self.meeting_id)
            for attendance in meeting.attendances:
                if attendance.person_id == current.person_id:
                    minutes.remove_attendance(session, attendance.id)
            return True

        self._after_change(_run(self, self._database, remove))

    # --- closing -----------------------------------------------------------------------------------------

    def open_closing_dialog(self) -> ClosingDialog:
        dialog = ClosingDialog(self._database, self.meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked.connect(lambda: self._after_change(True))
        dialog.published.connect(lambda: self._after_change(True))
        self.dialog = dialog
        dialog.open()
        return dialog


__all__ = ["ClosingDialog", "ItemPanel", "MeetingConductWidget", "check_integrity_on_open"]
