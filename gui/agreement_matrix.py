"""The approval matrix of one agreement: an item model over its party rows, with editing, and its delegates.

``ApprovalMatrixModel`` shows one row per party (``core.agreements.PartyView``). Editing a cell does not
write anything itself: the model emits ``edit_requested(party_id, version, changes)`` and the owner saves
through ``core.agreements.update_party`` off the UI thread, then gives the model the reloaded rows. So a
stale row (someone else saved meanwhile) is refused by the core with ConflictError, not overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.agreements import DecisionSource, PartyView, fi_date
from db.enums import DeliveryMethod, EntryRule, PartyDecisionState
from db.errors import SihteeriError, ValidationError
from gui.i18n import section_text

AnyIndex = QModelIndex | QPersistentModelIndex

# Columns of the matrix, in order.
NAME, REQUIRED, BODY, STATE, DECISION_BODY, DECISION_DATE, SECTION, DIARY, RECEIVED, SIGNATORY, SIGNED, SENT, \
    DECIDE_BY, FIXED_SHARE, POPULATION = range(15)
COLUMN_COUNT = 15

# Which party field each editable column writes.
_FIELDS: dict[int, str] = {
    REQUIRED: "required",
    BODY: "approving_body_name",
    STATE: "decision_state",
    DECISION_BODY: "ext_body",
    DECISION_DATE: "ext_date",
    SECTION: "ext_section",
    DIARY: "ext_diary_number",
    RECEIVED: "excerpt_received",
    SIGNATORY: "signatory",
    SIGNED: "signed_date",
    DECIDE_BY: "decide_by",
    FIXED_SHARE: "fixed_share",
    POPULATION: "population",
}
_DATE_COLUMNS = frozenset({DECISION_DATE, RECEIVED, SIGNED, DECIDE_BY})
# A linked § is the decision record, and the party's state is read from it (its outcome once checked).
_LOCAL_READ_ONLY = frozenset({STATE, DECISION_BODY, DECISION_DATE, SECTION, DIARY})
_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")

_GREEN = QColor("#dcefdc")
_AMBER = QColor("#fbeccb")
_RED = QColor("#f6d5d2")


def parse_population(text: str) -> int | None:
    """A population typed with or without thousands separators ("2 846", "2846"); "" means none."""
    digits = re.sub(r"[\s\u00a0.]", "", text)
    if not digits:
        return None
    # isdecimal, not isdigit: "²" is a digit that int() refuses. The column is a 32-bit integer.
    if not digits.isdecimal() or not 0 < int(digits) < 2**31:
        raise ValidationError(
            QCoreApplication.translate(
                "ApprovalMatrixModel", "Asukasluku ”{text}” ei ole positiivinen kokonaisluku (esim. 2 846)."
            ).format(text=text.strip())
        )
    return int(digits)


def parse_date(text: str) -> dt.date | None:
    """A date typed the Finnish way ("3.11.2025") or as ISO ("2025-11-03"); "" means no date."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise ValidationError(
        QCoreApplication.translate(
            "ApprovalMatrixModel", "”{text}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 3.11.2025."
        ).format(text=text)
    )


def parse_share(text: str) -> Decimal | None:
    """A percentage typed as "12,5" or "12.5 %"; "" means none."""
    text = text.replace("%", "").replace(",", ".").strip()
    if not text:
        return None
    try:
        share = Decimal(text)
    except InvalidOperation:
        share = Decimal("NaN")
    if not share.is_finite():  # Decimal also reads "NaN" and "Infinity"
        raise ValidationError(
            QCoreApplication.translate("ApprovalMatrixModel", "”{text}” ei ole prosenttiluku.").format(text=text)
        )
    return share


class ApprovalMatrixModel(QAbstractTableModel):
    """One row per party of the shown agreement.

    Attributes:
        rows: the party rows shown (plain values from the core).
        rule: the agreement's rule for entry into force (decides whether "required" is editable).
        last_edit: (party id, column, text) of the last text typed in a cell, so that the owner can give it back
            when it could not be read or saved.

    Signals:
        edit_requested(party_id: int, version: int, changes: dict): a cell was edited; the owner saves it.
        edit_failed(error: SihteeriError): the typed value could not be read (e.g. not a date).
    """

    edit_requested = Signal(int, int, dict)
    edit_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PartyView] = []
        self.rule = EntryRule.ALL_APPROVE
        self.last_edit: tuple[int, int, str] | None = None
        self._headers = [
            self.tr("Osapuoli"),
            self.tr("Edellytetään"),
            self.tr("Päättävä toimielin"),
            self.tr("Päätöksen tila"),
            self.tr("Päättänyt toimielin"),
            self.tr("Päätöspäivä"),
            self.tr("§"),
            self.tr("Osapuolen Dnro"),
            self.tr("Ote saapunut"),
            self.tr("Allekirjoittaja"),
            self.tr("Allekirjoitettu"),
            self.tr("Oma ote lähetetty"),
            self.tr("Päätettävä viimeistään"),
            self.tr("Kiinteä osuus %"),
            self.tr("Asukasluku"),
        ]
        self.state_labels: dict[PartyDecisionState, str] = {
            PartyDecisionState.NOT_ON_AGENDA: self.tr("Ei käsitelty"),
            PartyDecisionState.ON_AGENDA: self.tr("Esityslistalla"),
            PartyDecisionState.APPROVED: self.tr("Hyväksytty"),
            PartyDecisionState.APPROVED_WITH_CHANGES: self.tr("Hyväksytty muutoksin"),
            PartyDecisionState.REJECTED: self.tr("Hylätty"),
            PartyDecisionState.RETURNED: self.tr("Palautettu valmisteluun"),
        }
        self.method_labels: dict[DeliveryMethod, str] = {
            DeliveryMethod.LETTER: self.tr("kirjeellä"),
            DeliveryMethod.ELECTRONIC: self.tr("sähköisesti"),
            DeliveryMethod.REGISTERED: self.tr("saantitodistuksella"),
            DeliveryMethod.BY_HAND: self.tr("henkilökohtaisesti"),
        }

    # --- data in --------------------------------------------------------------------------------------

    def set_rows(self, rows: list[PartyView], rule: EntryRule) -> None:
        """Show these rows (after a load or a save)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.rule = rule
        self.endResetModel()

    def party_at(self, row: int) -> PartyView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- the Qt model -----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
                return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        party = self.rows[index.row()]
        column = index.column()
        if column == REQUIRED:
            if self.rule == EntryRule.SUBSET_APPROVE:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            return flags
        if column in _FIELDS and not (party.source == DecisionSource.LOCAL and column in _LOCAL_READ_ONLY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        party = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(party, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(party, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == REQUIRED:
            return Qt.CheckState.Checked if party.required else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column in (NAME, STATE):
            return QBrush(self._state_colour(party))
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont()
            font.setBold(party.required)
            return font
        if role == Qt.ItemDataRole.FontRole and column == POPULATION and party.population_from_organisation:
            font = QFont()
            font.setItalic(True)  # the organisation's own figure, not one entered for the agreement's date
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(party, column)
        if role == Qt.ItemDataRole.UserRole:
            return party.party_id
        return None

    def _display(self, party: PartyView, column: int) -> str | None:
        values: dict[int, str] = {
            NAME: party.name,
            REQUIRED: "",
            BODY: party.approving_body,
            STATE: self.tr("Käsitelty, pöytäkirja tarkastamatta") if party.awaiting_check
            else self.state_labels[party.state],
            DECISION_BODY: party.decision_body,
            DECISION_DATE: fi_date(party.decision_date),
            SECTION: section_text(party.section) if party.section else "",
            DIARY: party.diary_number,
            RECEIVED: fi_date(party.excerpt_received),
            SIGNATORY: party.signatory,
            SIGNED: fi_date(party.signed_date),
            SENT: self._sent_text(party),
            DECIDE_BY: fi_date(party.decide_by),
            FIXED_SHARE: "" if party.fixed_share is None else f"{party.fixed_share.normalize():f}".replace(".", ","),
            POPULATION: "" if party.population is None else f"{party.population:,}".replace(",", "\u00a0"),
        }
        return values.get(column)

    def _sent_text(self, party: PartyView) -> str:
        if party.excerpt_sent is None:
            return ""
        method = self.method_labels.get(party.excerpt_sent_method, "") if party.excerpt_sent_method else ""
        return f"{fi_date(party.excerpt_sent)} {method}".strip()

    def _edit_value(self, party: PartyView, column: int) -> Any:
        if column == STATE:
            return party.state.value
        if column == REQUIRED:
            return party.required_flag
        return self._display(party, column) if column != SECTION else party.section

    def _state_colour(self, party: PartyView) -> QColor:
        if party.approved and (self.rule != EntryRule.ALL_APPROVE_AND_SIGN or party.signed_date is not None):
            return _GREEN
        if party.state == PartyDecisionState.REJECTED:
            return _RED
        return _AMBER if party.required else QColor(Qt.GlobalColor.transparent)

    def _tooltip(self, party: PartyView, column: int) -> str | None:
        if party.source == DecisionSource.LOCAL and column in (*_LOCAL_READ_ONLY, NAME):
            text = self.tr("Päätös on tämän tietokannan pykälä: {0}").format(party.item_label)
            if party.awaiting_check:
                text += self.tr(". Päätös syntyy, kun pöytäkirja on tarkastettu; siihen asti osapuoli odottaa.")
            return text
        if column == SENT and party.notified is None and party.excerpt_sent_method == DeliveryMethod.REGISTERED:
            return self.tr("Saantitodistuksella lähetetty ote katsotaan tiedoksi saaduksi saantitodistukseen "
                           "merkittynä päivänä. Sihteeri ei tallenna sitä päivää, joten tiedoksisaantipäivää ja "
                           "muutoksenhakuajan päättymistä ei näytetä: katso ne saantitodistuksesta.")
        if column == SENT and party.notified is not None:
            text = self.tr("Tiedoksisaantipäivä {0}").format(fi_date(party.notified))
            if party.appeal_last_day is not None:
                text += self.tr("; muutoksenhakuaika päättyy {0}").format(fi_date(party.appeal_last_day))
            return text
        if column == POPULATION:
            text = self.tr("Asukasluku sopimuksen asukaslukujen ajankohtana; kustannukset jaetaan näiden suhteessa, "
                           "kun jakoperuste on asukasluku.")
            if party.population_from_organisation:
                text += " " + self.tr("Kursiivilla oleva luku on organisaation perustiedoista (sama päivämäärä); "
                                      "solun tyhjentäminen ei poista sitä, mutta kirjoitettu luku korvaa sen.")
            return text
        if column == REQUIRED and self.rule != EntryRule.SUBSET_APPROVE:
            return self.tr("Voimaantulosääntö edellyttää kaikkien osapuolten hyväksynnän.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Turn an edit into ``edit_requested``; a value that cannot be read goes to the error path."""
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                            | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        party = self.rows[index.row()]
        column = index.column()
        self.last_edit = None
        if column == REQUIRED:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.edit_requested.emit(party.party_id, party.version, {"required": bool(checked)})
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        field = _FIELDS[column]
        text = "" if value is None else str(value)
        self.last_edit = (party.party_id, column, text)
        converted: Any
        try:
            if column in _DATE_COLUMNS:
                converted = parse_date(text)
            elif column == STATE:
                converted = PartyDecisionState(text)
            elif column == FIXED_SHARE:
                converted = parse_share(text)
            elif column == POPULATION:
                converted = parse_population(text)
            else:
                converted = text.strip()
        except SihteeriError as exc:
            self.edit_failed.emit(exc)
            return False
        if self._edit_value(party, column) == (converted.value if column == STATE else value):
            return False
        self.edit_requested.emit(party.party_id, party.version, {field: converted})
        return True


class StateDelegate(QStyledItemDelegate):
    """Edits a party's decision state with a combo box of the Finnish labels."""

    def __init__(self, labels: dict[PartyDecisionState, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for state, label in self._labels.items():
            combo.addItem(label, state.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
