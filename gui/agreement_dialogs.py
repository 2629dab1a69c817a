"""Small dialogs of the agreement register: choose a local § as a party's decision, record excerpts sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.agreements import PartyView
from db.enums import DeliveryMethod
from gui.dialogs import from_qdate, to_qdate
from gui.keyboard import tab_leaves


class LinkItemDialog(QDialog):
    """Choose one § (from the given candidates) as a party's decision.

    Attributes:
        items: the list of candidate §s; each entry's UserRole data is the item id.
    """

    def __init__(self, party_name: str, candidates: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Linkitä pykälä"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Valitse pykälä, joka on osapuolen {0} päätös sopimuksesta:")
                                .format(party_name)))
        self.items = tab_leaves(QListWidget())
        for item_id, label in candidates:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.items.addItem(entry)
        if candidates:
            self.items.setCurrentRow(0)
        self.items.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen_item_id(self) -> int | None:
        entry = self.items.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None


class ExcerptSentDialog(QDialog):
    """Record that our excerpt was sent to parties: the date, the method and which parties.

    Attributes:
        sent: the sending date; method: the delivery method; parties: checkable list of the parties.
    """

    def __init__(self, parties: Sequence[PartyView], preselected: set[int], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kirjaa otteen lähetys"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sent = QDateEdit(to_qdate(today))
        self.sent.setCalendarPopup(True)
        self.sent.setDisplayFormat("d.M.yyyy")
        form.addRow(self.tr("Lähetyspäivä"), self.sent)
        self.method = QComboBox()
        for method, label in (
            (DeliveryMethod.ELECTRONIC, self.tr("Sähköisesti (tiedoksi 3. päivänä)")),
            (DeliveryMethod.LETTER, self.tr("Kirjeellä (tiedoksi 7. päivänä)")),
            (DeliveryMethod.REGISTERED, self.tr("Saantitodistuksella (tiedoksi saantitodistuksen päivänä; "
                                                "Sihteeri ei laske sitä)")),
            (DeliveryMethod.BY_HAND, self.tr("Henkilökohtaisesti (tiedoksi samana päivänä)")),
        ):
            self.method.addItem(label, method.value)
        form.addRow(self.tr("Tapa"), self.method)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Osapuolet, joille ote lähetettiin:")))
        self.parties = tab_leaves(QListWidget())
        for party in parties:
            entry = QListWidgetItem(party.name)
            entry.setData(Qt.ItemDataRole.UserRole, party.party_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = party.party_id in preselected
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.parties.addItem(entry)
        layout.addWidget(self.parties)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[int], dt.date, DeliveryMethod]:
        """The checked parties, the date and the method."""
        ids = [
            int(self.parties.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.parties.count())
            if self.parties.item(row).checkState() == Qt.CheckState.Checked
        ]
        return ids, from_qdate(self.sent.date()), DeliveryMethod(self.method.currentData())
