"""Työkalut → Verkosta poistettavat: what comes off the published minutes, by day (``core.deadlines``).

The personal data of the §§ marked as holding it must come off the published minutes when the members' appeal
period has ended (KuntaL 140 §), and the whole minutes when the organisation's period has passed (Asetukset →
Organisaatio → Pöytäkirjat verkossa). The list covers the chosen dates (by default two weeks back and two
months ahead); choosing a row shows its meeting in the window, and "Verkkoversio ilman henkilötietoja…" also
saves its minutes for the web without personal data (``gui.publish_dialog``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from gui.dialogs import date_edit, from_qdate
from gui.keyboard import tab_leaves

BACK = dt.timedelta(days=14)
AHEAD = dt.timedelta(days=60)


class OnlineRemovalsDialog(QDialog):
    """The reminder list; ``chosen_meeting`` is the meeting of the row opened (Enter or a double click), and
    ``publish_requested`` says that its version without personal data was asked for."""

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today or dt.date.today()
        self.chosen_meeting: int | None = None
        self.publish_requested = False  # the row's minutes are to be saved for the web without personal data
        self.setWindowTitle(self.tr("Verkosta poistettavat"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Henkilötiedot poistetaan julkaistusta pöytäkirjasta muutoksenhakuajan päätyttyä "
                              "niistä pykälistä, jotka on merkitty sisältämään henkilötietoja; koko pöytäkirja, "
                              "kun organisaation asetuksissa annettu aika on kulunut."))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.since = date_edit(self._today - BACK)
        self.until = date_edit(self._today + AHEAD)
        row.addWidget(QLabel(self.tr("Alkaen")))
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("päättyen")))
        row.addWidget(self.until)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = tab_leaves(QTableWidget(0, 3))
        self.table.setHorizontalHeaderLabels([self.tr("Päivä"), self.tr("Kokous"), self.tr("Poistettava")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Ei poistettavaa näinä päivinä."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = buttons.addButton(self.tr("Näytä kokous"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button = buttons.addButton(
            self.tr("Verkkoversio ilman henkilötietoja…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setToolTip(self.tr("Tallenna valitun kokouksen pöytäkirja verkkoon ilman henkilötietoja"))
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self.open_current)
        self.publish_button.clicked.connect(self.publish_current)
        layout.addWidget(buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.table.itemSelectionChanged.connect(self._enable)
        self.since.dateChanged.connect(lambda _d: self.load())
        self.until.dateChanged.connect(lambda _d: self.load())
        self.resize(720, 420)
        self.load()

    def load(self) -> None:
        from core.deadlines import fi_date, online_removals

        with self._database.begin() as session:
            removals = online_removals(session, since=from_qdate(self.since.date()),
                                       until=from_qdate(self.until.date()))  # fmt: skip
        self.table.setRowCount(0)
        past = QBrush(QColor("#6b6b6b"))
        for removal in removals:
            row = self.table.rowCount()
            self.table.insertRow(row)
            if removal.sections:
                what = self.tr("henkilötiedot: {sections} §").format(
                    sections=", ".join(str(n) for n in removal.sections)
                )
            else:
                what = self.tr("koko pöytäkirja")
            for column, text in enumerate((fi_date(removal.day), removal.meeting, what)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, removal.meeting_id)
                if removal.day < self._today:
                    cell.setForeground(past)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not removals)
        self._enable()

    def rows(self) -> list[list[str]]:
        """The table as text, row by row."""
        return [
            [cell.text() if (cell := self.table.item(r, c)) is not None else "" for c in range(3)]
            for r in range(self.table.rowCount())
        ]

    def _enable(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.show_button.setEnabled(chosen)
        self.publish_button.setEnabled(chosen)

    def publish_current(self) -> None:
        """The row's meeting, to be shown and its minutes saved for the web without personal data."""
        self.publish_requested = True
        self.open_current()

    def open_current(self) -> None:
        cell = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if cell is None:
            return
        self.chosen_meeting = int(cell.data(Qt.ItemDataRole.UserRole))
        self.accept()
