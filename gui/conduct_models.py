"""Item models of the meeting-conduct view: the attendance list and the §§ with their quorum and outcome.

Both are ``QAbstractTableModel``s over plain snapshot rows (no ORM objects cross into Qt); ``load_rows``
reads them in one short session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session

from core import minutes
from core.meetings import get_meeting
from db.enums import AttendanceRole, Outcome
from gui.i18n import QT_TRANSLATE_NOOP, section_text
from gui.outcomes import outcome_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AbsenceRow:
    """A while a present person was away (``core.minutes.add_absence``): left after one §, back at a later one."""

    absence_id: int
    left_after_section: int
    returned_at_section: int
    left_time: dt.time | None = None
    returned_time: dt.time | None = None

    @property
    def text(self) -> str:
        """E.g. "62 §:n jälkeen – 65 §:n alkuun (klo 19.02–19.20)" in the window's language."""
        shown = QCoreApplication.translate("AttendanceModel", "{left} §:n jälkeen – {returned} §:n alkuun").format(
            left=self.left_after_section, returned=self.returned_at_section
        )
        if self.left_time is None and self.returned_time is None:
            return shown
        times = "–".join(_clock(t) for t in (self.left_time, self.returned_time))
        return QCoreApplication.translate("AttendanceModel", "{absence} (klo {times})").format(
            absence=shown, times=times
        )


def _clock(time: dt.time | None) -> str:
    return f"{time.hour}.{time.minute:02d}" if time is not None else ""


@dataclass(frozen=True)
class AttendanceRow:
    """One person at the meeting as the table shows it (``absences``: their whiles away, in § order)."""

    person_id: int
    name: str
    role: AttendanceRole
    role_label: str
    role_text: str
    present: bool
    deputy_for_id: int | None
    arrived_at_section: int | None
    left_after_section: int | None
    arrived_time: dt.time | None = None
    left_time: dt.time | None = None
    attendance_id: int = 0
    absences: tuple[AbsenceRow, ...] = ()

    @property
    def is_member(self) -> bool:
        return self.role in minutes.MEMBER_ATTENDANCE_ROLES


@dataclass(frozen=True)
class SectionRow:
    """One § with its quorum and outcome."""

    item_id: int
    section: int
    title: str
    quorum: minutes.QuorumStatus
    outcome: Outcome | None
    has_decision: bool
    corrections: int


# core.minutes.ROLE_TEXTS, marked for lupdate here because core does not import Qt.
_ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("AttendanceModel", "jäsen"),
    QT_TRANSLATE_NOOP("AttendanceModel", "varajäsen"),
    QT_TRANSLATE_NOOP("AttendanceModel", "puheenjohtaja"),
    QT_TRANSLATE_NOOP("AttendanceModel", "esittelijä"),
    QT_TRANSLATE_NOOP("AttendanceModel", "pöytäkirjanpitäjä"),
    QT_TRANSLATE_NOOP("AttendanceModel", "kunnanhallituksen edustaja"),
    QT_TRANSLATE_NOOP("AttendanceModel", "asiantuntija"),
)


def load_attendance(session: Session, meeting_id: int) -> list[AttendanceRow]:
    meeting = get_meeting(session, meeting_id)
    rows = []
    for a in meeting.attendances:
        if a.role == AttendanceRole.DEPUTY and a.deputy_for is not None:
            label = QCoreApplication.translate("AttendanceModel", "varajäsen ({name})").format(name=a.deputy_for.name)
        elif a.role in (AttendanceRole.MEMBER, AttendanceRole.CHAIR):
            label = QCoreApplication.translate("AttendanceModel", minutes.ROLE_TEXTS[a.role])
        else:
            # A role text the secretary wrote stays as written; the standard ones are translated.
            label = QCoreApplication.translate("AttendanceModel", a.role_text or minutes.ROLE_TEXTS[a.role])
        rows.append(
            AttendanceRow(
                person_id=a.person_id,
                name=a.person.name,
                role=a.role,
                role_label=label,
                role_text=a.role_text,
                present=a.present,
                deputy_for_id=a.deputy_for_id,
                arrived_at_section=a.arrived_at_section,
                left_after_section=a.left_after_section,
                arrived_time=a.arrived_time,
                left_time=a.left_time,
                attendance_id=a.id,
                absences=tuple(
                    AbsenceRow(b.id, b.left_after_section, b.returned_at_section, b.left_time, b.returned_time)
                    for b in a.absences
                ),
            )
        )
    return rows


def load_sections(session: Session, meeting_id: int) -> list[SectionRow]:
    meeting = get_meeting(session, meeting_id)
    statuses = minutes.quorum_by_item(session, meeting_id)
    return [
        SectionRow(
            item_id=item.id,
            section=item.section_number,
            title=item.title,
            quorum=statuses[item.id],
            outcome=item.outcome,
            has_decision=bool(item.decision.strip()),
            corrections=len(item.corrections),
        )
        for item in meeting.items
    ]


def _at(section: int | None, time: dt.time | None) -> str:
    if section is None:
        return ""
    if time is None:
        return section_text(section)
    return QCoreApplication.translate("AttendanceModel", "{section} § (klo {time})").format(
        section=section, time=f"{time.hour}.{time.minute:02d}"
    )


_PROBLEM = QColor("#b3261e")
_OK = QColor("#1b5e20")


class AttendanceModel(QAbstractTableModel):
    """The attendance table: name, role, present (checkable), arrival and departure §, whiles away.

    Signals:
        present_toggled(person_id, present): the user ticked or cleared the "Läsnä" box.
    """

    present_toggled = Signal(int, bool)

    NAME, ROLE, PRESENT, ARRIVED, LEFT, AWAY = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self.editable = True

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AttendanceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Nimi"),
                self.tr("Rooli"),
                self.tr("Läsnä"),
                self.tr("Saapui §"),
                self.tr("Poistui § jälkeen"),
                self.tr("Tilapäisesti poissa"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.ROLE:
                return row.role_label
            if column == self.ARRIVED:
                return _at(row.arrived_at_section, row.arrived_time)
            if column == self.LEFT:
                return _at(row.left_after_section, row.left_time)
            if column == self.AWAY:
                return "; ".join(absence.text for absence in row.absences)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.present:
            return QBrush(QColor("#6b6b6b"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.PRESENT or not self.editable:
            return False
        row = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.present_toggled.emit(row.person_id, checked)
        return True


class SectionsModel(QAbstractTableModel):
    """The §§ of the meeting with their quorum (red when not quorate) and outcome."""

    SECTION, TITLE, QUORUM, OUTCOME = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRow] = []

    def set_rows(self, rows: list[SectionRow]) -> None:
        """Show ``rows``; the same §§ in the same order are updated in place, so the selection stays."""
        if [r.item_id for r in rows] == [r.item_id for r in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SectionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_item(self, item_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.item_id == item_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("§"), self.tr("Asia"), self.tr("Päätösvaltaisuus"), self.tr("Päätös"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SECTION:
                return section_text(row.section)
            if column == self.TITLE:
                return row.title + (self.tr(" (oikaistu)") if row.corrections else "")
            if column == self.QUORUM:
                mark = "✓" if row.quorum.quorate else "✗"
                return f"{mark} {row.quorum.filled}/{row.quorum.seats}"
            if column == self.OUTCOME:
                if row.outcome is None:
                    return self.tr("puuttuu")
                return outcome_label(row.outcome) + ("" if row.has_decision else self.tr(" – teksti puuttuu"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.QUORUM:
                return QBrush(_OK if row.quorum.quorate else _PROBLEM)
            if column == self.OUTCOME and (row.outcome is None or not row.has_decision):
                return QBrush(_PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUORUM:
            return self.tr("Läsnä {filled} jäsenpaikkaa {seats}:stä, vaaditaan vähintään {required}.").format(
                filled=row.quorum.filled, seats=row.quorum.seats, required=row.quorum.required
            )
        return None
