"""Dialogs for the agreement itself: its fields and cost items (new or existing), a new party, a termination.

The dialogs only collect values; the register window saves them through ``core.agreement_editing`` off the
UI thread. Dates are typed the Finnish way ("1.1.2026"); an empty field means no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.agreement_editing import CostLineInput, parse_amount
from core.agreements import fi_date
from db.enums import AgreementKind, AgreementTermination, CostSplitBasis, EntryRule, OrganisationKind
from db.errors import SihteeriError, ValidationError, msg
from db.models import Agreement, AgreementParty, Organisation
from gui.agreement_matrix import parse_date
from gui.dialog_drafts import DialogDraft, DraftTimer
from gui.errors import show_error
from gui.i18n import localized
from gui.keyboard import tab_leaves, tab_moves_focus


@dataclass
class AgreementForm:
    """The values of an agreement as the dialog edits them.

    Attributes:
        agreement_id, version: the agreement being edited (None for a new one).
        title, title_genitive, kind, term_start, term_end, coordinator_id, entry_rule, cost_split,
        population_date, description: the agreement's fields.
        costs: its cost items.
    """

    agreement_id: int | None = None
    version: int | None = None
    title: str = ""
    title_genitive: str = ""
    kind: AgreementKind = AgreementKind.COOPERATION_AGREEMENT
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    coordinator_id: int | None = None
    entry_rule: EntryRule = EntryRule.ALL_APPROVE_AND_SIGN
    cost_split: CostSplitBasis = CostSplitBasis.POPULATION
    population_date: dt.date | None = None
    description: str = ""
    costs: list[CostLineInput] = field(default_factory=list)


def typed_over(now: AgreementForm, *, typed: AgreementForm, original: AgreementForm) -> AgreementForm:
    """The agreement as it ``now`` is with the fields the user changed from ``original`` to ``typed`` (the cost
    items count as one field): what the dialog shows again after a save failed."""
    changed = {
        f.name: getattr(typed, f.name)
        for f in fields(AgreementForm)
        if f.name not in ("agreement_id", "version") and getattr(typed, f.name) != getattr(original, f.name)
    }
    return replace(now, **changed)


def _length(column: Any) -> int:
    """The most characters ``column`` (a model's attribute) holds: PostgreSQL refuses more."""
    return int(column.property.columns[0].type.length)


def _limited(edit: QLineEdit, column: Any) -> QLineEdit:
    """``edit`` taking no more characters than ``column`` holds, so a long paste stops there, visibly, on both
    backends (SQLite stored more; PostgreSQL refused the save)."""
    edit.setMaxLength(_length(column))
    return edit


def _combo(items: list[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class AgreementDialog(QDialog):
    """New agreement or the agreement's own fields and cost items.

    With a ``draft`` what is typed is kept in its file a moment after each change, so that a crash loses nothing;
    a draft left by a crash is shown at opening, with a note. Cancel removes the draft; after OK the register
    removes it once the agreement is saved.

    Attributes:
        form: the values; read ``result_form()`` after the dialog was accepted.
        restored: the note shown when a crashed session's draft was put in the fields (hidden otherwise).
    """

    def __init__(self, form: AgreementForm, organisations: dict[int, str], parent: QWidget | None = None, *,
                 draft: DialogDraft | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("Uusi sopimus") if form.agreement_id is None else self.tr("Sopimuksen tiedot"))
        layout = QVBoxLayout(self)
        self.restored = QLabel(self.tr(
            "Lomakkeelle palautettiin tiedot, jotka olivat kesken, kun Sihteeri sulkeutui edellisellä kerralla. "
            "Tarkista ne; OK tallentaa ne, Peruuta hylkää ne."))
        self.restored.setWordWrap(True)
        self.restored.setStyleSheet("font-weight: bold")
        self.restored.hide()
        layout.addWidget(self.restored)
        fields = QFormLayout()
        self.title_edit = _limited(QLineEdit(form.title), Agreement.title)
        fields.addRow(self.tr("Nimi"), self.title_edit)
        self.genitive_edit = _limited(QLineEdit(form.title_genitive), Agreement.title_genitive)
        self.genitive_edit.setPlaceholderText(self.tr("esim. yhteistoimintasopimuksen … (”hyväksyy …”)"))
        fields.addRow(self.tr("Nimi genetiivissä"), self.genitive_edit)
        self.kind_combo = _combo([
            (self.tr("Yhteistoimintasopimus"), AgreementKind.COOPERATION_AGREEMENT.value),
            (self.tr("Yhteistyösopimus"), AgreementKind.COLLABORATION_AGREEMENT.value),
            (self.tr("Yhteistyöpöytäkirja"), AgreementKind.COOPERATION_PROTOCOL.value),
            (self.tr("Muu sopimus"), AgreementKind.OTHER.value),
        ], form.kind.value)
        fields.addRow(self.tr("Laji"), self.kind_combo)
        term = QHBoxLayout()
        self.start_edit = QLineEdit(fi_date(form.term_start))
        self.start_edit.setPlaceholderText("1.1.2026")
        self.end_edit = QLineEdit(fi_date(form.term_end))
        self.end_edit.setPlaceholderText("31.12.2029")
        term.addWidget(self.start_edit)
        term.addWidget(QLabel("–"))
        term.addWidget(self.end_edit)
        fields.addRow(self.tr("Sopimuskausi"), term)
        self.coordinator_combo = _combo([(self.tr("(ei valittu)"), None),
                                         *((name, key) for key, name in organisations.items())],
                                        form.coordinator_id)
        fields.addRow(self.tr("Koordinoi"), self.coordinator_combo)
        self.rule_combo = _combo([
            (self.tr("Kun kaikki osapuolet ovat hyväksyneet"), EntryRule.ALL_APPROVE.value),
            (self.tr("Kun kaikki ovat hyväksyneet ja allekirjoittaneet"), EntryRule.ALL_APPROVE_AND_SIGN.value),
            (self.tr("Kun nimetyt osapuolet ovat hyväksyneet"), EntryRule.SUBSET_APPROVE.value),
        ], form.entry_rule.value)
        fields.addRow(self.tr("Voimaantulo"), self.rule_combo)
        self.split_combo = _combo([
            (self.tr("Asukasluvun mukaan"), CostSplitBasis.POPULATION.value),
            (self.tr("Tasan"), CostSplitBasis.EQUAL.value),
            (self.tr("Kiinteillä osuuksilla"), CostSplitBasis.FIXED.value),
        ], form.cost_split.value)
        fields.addRow(self.tr("Kustannusten jako"), self.split_combo)
        self.population_edit = QLineEdit(fi_date(form.population_date))
        self.population_edit.setPlaceholderText("31.12.2024")
        fields.addRow(self.tr("Asukasluvun ajankohta"), self.population_edit)
        self.description_edit = tab_moves_focus(QPlainTextEdit(form.description))
        self.description_edit.setFixedHeight(60)
        fields.addRow(self.tr("Kuvaus"), self.description_edit)
        layout.addLayout(fields)
        layout.addWidget(QLabel(self.tr("Vuotuiset kustannukset")))
        self.costs = tab_leaves(QTableWidget(0, 3))
        self.costs.setHorizontalHeaderLabels(
            [self.tr("Kuvaus"), self.tr("Euroa"), self.tr("Vuosi (tyhjä: joka vuosi)")])
        self.costs.horizontalHeader().setStretchLastSection(False)
        self.costs.setColumnWidth(0, 330)
        self.costs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for line in form.costs:
            self._add_cost_row(line.description, str(line.amount).replace(".", ","),
                               "" if line.year is None else str(line.year))
        layout.addWidget(self.costs)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Lisää kustannuserä"))
        add.clicked.connect(lambda: self._add_cost_row("", "", ""))
        remove = QPushButton(self.tr("Poista kustannuserä"))
        remove.clicked.connect(self._remove_cost_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self._draft = DraftTimer(draft, self.typed, self) if draft is not None else None
        if draft is not None:
            kept = draft.load()
            if kept is not None and kept != self.typed():
                self._show_typed(kept)
                self.restored.show()
            self._watch_changes()

    # --- the draft ---

    def typed(self) -> dict[str, Any]:
        """The fields as typed (texts, not yet read as dates or amounts): what the draft keeps."""
        costs = [[(cell.text() if (cell := self.costs.item(row, column)) is not None else "") for column in range(3)]
                 for row in range(self.costs.rowCount())]
        return {
            "title": self.title_edit.text(), "title_genitive": self.genitive_edit.text(),
            "kind": self.kind_combo.currentData(), "term_start": self.start_edit.text(),
            "term_end": self.end_edit.text(), "coordinator_id": self.coordinator_combo.currentData(),
            "entry_rule": self.rule_combo.currentData(), "cost_split": self.split_combo.currentData(),
            "population_date": self.population_edit.text(), "description": self.description_edit.toPlainText(),
            "costs": costs,
        }

    def _show_typed(self, values: dict[str, Any]) -> None:
        for edit, key in ((self.title_edit, "title"), (self.genitive_edit, "title_genitive"),
                          (self.start_edit, "term_start"), (self.end_edit, "term_end"),
                          (self.population_edit, "population_date")):
            edit.setText(str(values.get(key, edit.text())))
        for combo, key in ((self.kind_combo, "kind"), (self.coordinator_combo, "coordinator_id"),
                           (self.rule_combo, "entry_rule"), (self.split_combo, "cost_split")):
            index = combo.findData(values.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.description_edit.setPlainText(str(values.get("description", "")))
        costs = values.get("costs")
        if isinstance(costs, list):
            self.costs.setRowCount(0)
            for row in costs:
                texts = [str(text) for text in row][:3] if isinstance(row, list) else []
                description, amount, year = [*texts, "", "", ""][:3]
                self._add_cost_row(description, amount, year)

    def _watch_changes(self) -> None:
        assert self._draft is not None
        changed = self._draft.changed
        for edit in (self.title_edit, self.genitive_edit, self.start_edit, self.end_edit, self.population_edit):
            edit.textChanged.connect(changed)
        for combo in (self.kind_combo, self.coordinator_combo, self.rule_combo, self.split_combo):
            combo.currentIndexChanged.connect(changed)
        self.description_edit.textChanged.connect(changed)
        self.costs.itemChanged.connect(changed)
        self.costs.model().rowsInserted.connect(changed)
        self.costs.model().rowsRemoved.connect(changed)

    def reject(self) -> None:
        """Cancel: what was typed is thrown away, its draft too."""
        if self._draft is not None:
            self._draft.stop()
            self._draft.draft.discard()
        super().reject()

    def _add_cost_row(self, description: str, amount: str, year: str) -> None:
        row = self.costs.rowCount()
        self.costs.insertRow(row)
        for column, text in enumerate((description, amount, year)):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.costs.setItem(row, column, item)

    def _remove_cost_row(self) -> None:
        row = self.costs.currentRow()
        if row >= 0:
            self.costs.removeRow(row)

    def result_form(self) -> AgreementForm:
        """The typed values; raises ValidationError (Finnish) when a date, amount or year cannot be read."""
        costs = []
        for row in range(self.costs.rowCount()):
            cells = [self.costs.item(row, c) for c in range(3)]
            texts = [(cell.text() if cell is not None else "").strip() for cell in cells]
            if not any(texts):
                continue
            if not texts[0]:
                # Refused here, while the dialog is open, rather than by the save after it closed (which would
                # lose everything typed).
                raise ValidationError(self.tr("Kustannuserältä {0} puuttuu kuvaus.").format(row + 1))
            year_text = texts[2]
            # isdecimal, not isdigit: "²" is a digit that int() refuses; a year has four digits.
            if year_text and not (year_text.isdecimal() and 1000 <= int(year_text) <= 9999):
                self.costs.setCurrentCell(row, 2)
                raise ValidationError(self.tr("Kustannuserä {row}, vuosi: {problem}").format(
                    row=row + 1, problem=self.tr("”{text}” ei ole vuosiluku.").format(text=year_text)))
            try:
                amount = parse_amount(texts[1] or "0")
            except ValidationError as exc:
                self.costs.setCurrentCell(row, 1)
                raise ValidationError(self.tr("Kustannuserä {row}, euroa: {problem}").format(
                    row=row + 1, problem=localized(exc.message))) from exc
            costs.append(CostLineInput(texts[0], amount, int(year_text) if year_text else None))
        return AgreementForm(
            agreement_id=self.form.agreement_id,
            version=self.form.version,
            title=self.title_edit.text().strip(),
            title_genitive=self.genitive_edit.text().strip(),
            kind=AgreementKind(self.kind_combo.currentData()),
            term_start=self._date(self.start_edit, self.tr("Sopimuskauden alku")),
            term_end=self._date(self.end_edit, self.tr("Sopimuskauden loppu")),
            coordinator_id=self.coordinator_combo.currentData(),
            entry_rule=EntryRule(self.rule_combo.currentData()),
            cost_split=CostSplitBasis(self.split_combo.currentData()),
            population_date=self._date(self.population_edit, self.tr("Asukasluvun ajankohta")),
            description=self.description_edit.toPlainText().strip(),
            costs=costs,
        )

    def _date(self, edit: QLineEdit, field: str) -> dt.date | None:
        """The date typed in ``edit``; one that cannot be read is refused naming ``field``, and the field is chosen
        (three date fields: the value alone did not say which)."""
        try:
            return parse_date(edit.text())
        except ValidationError as exc:
            edit.setFocus()
            edit.selectAll()
            raise ValidationError(self.tr("{field}: {problem}").format(field=field, problem=localized(exc.message))) \
                from exc

    def accept(self) -> None:
        """Accept only values that can be read; otherwise say what is wrong and stay open."""
        try:
            form = self.result_form()
            if not form.title:
                self.title_edit.setFocus()
                raise ValidationError(self.tr("Anna sopimukselle nimi."))
            if form.term_start and form.term_end and form.term_end < form.term_start:  # as the save would refuse
                self.end_edit.setFocus()
                raise ValidationError(msg("Sopimuskauden loppu ei voi olla ennen sen alkua."))
        except SihteeriError as exc:
            show_error(self, exc)
            return
        if self._draft is not None:  # kept until the register has saved it
            self._draft.write()
        super().accept()


@dataclass(frozen=True)
class NewParty:
    """A party to add: an existing organisation (``organisation_id``) or a new one by name and kind."""

    organisation_id: int | None
    name: str
    kind: OrganisationKind
    approving_body: str


class PartyDialog(QDialog):
    """Add a party: choose an organisation or type a new one, and the body that decides."""

    def __init__(self, organisations: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lisää osapuoli"))
        layout = QFormLayout(self)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        for key, name in organisations.items():
            self.organisation.addItem(name, key)
        self.organisation.setCurrentIndex(-1)
        line_edit = self.organisation.lineEdit()
        assert line_edit is not None  # editable combo boxes have one
        line_edit.setPlaceholderText(self.tr("Valitse tai kirjoita uusi"))
        layout.addRow(self.tr("Organisaatio"), self.organisation)
        self.kind = _combo([
            (self.tr("Kunta"), OrganisationKind.MUNICIPALITY.value),
            (self.tr("Kuntayhtymä"), OrganisationKind.JOINT_AUTHORITY.value),
            (self.tr("Maakuntaliitto"), OrganisationKind.REGIONAL_COUNCIL.value),
            (self.tr("Hyvinvointialue"), OrganisationKind.WELLBEING_COUNTY.value),
        ], OrganisationKind.MUNICIPALITY.value)
        layout.addRow(self.tr("Laji (uusi organisaatio)"), self.kind)
        self.body = _limited(QLineEdit(self.tr("Kunnanhallitus")), AgreementParty.approving_body_name)
        line_edit.setMaxLength(_length(Organisation.name))
        layout.addRow(self.tr("Päättävä toimielin"), self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        """Accept only with an organisation; otherwise say so and stay open (the body typed is kept)."""
        if not self.organisation.currentText().strip():
            show_error(self, ValidationError(msg("Anna osapuolen nimi.")))
            return
        super().accept()

    def chosen(self) -> NewParty:
        name = " ".join(self.organisation.currentText().split())
        index = self.organisation.findText(name, Qt.MatchFlag.MatchFixedString)
        organisation_id = self.organisation.itemData(index) if index >= 0 else None
        return NewParty(organisation_id, name, OrganisationKind(self.kind.currentData()), self.body.text())


class TerminationDialog(QDialog):
    """Terminate or cancel an agreement from a date, or undo a termination."""

    def __init__(self, current: AgreementTermination | None, date: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sopimuksen päättäminen"))
        layout = QFormLayout(self)
        self.how = _combo([
            (self.tr("Voimassa (ei irtisanottu)"), None),
            (self.tr("Irtisanottu"), AgreementTermination.TERMINATED.value),
            (self.tr("Peruttu"), AgreementTermination.CANCELLED.value),
        ], current.value if current else None)
        layout.addRow(self.tr("Tila"), self.how)
        self.date = QLineEdit(fi_date(date))
        self.date.setPlaceholderText("30.6.2027")
        layout.addRow(self.tr("Päivästä"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        """Accept only a date that can be read, and a date for a termination; otherwise say what is wrong and stay
        open (the register refused them after the dialog had closed)."""
        try:
            how, day = self.chosen()
            if how is not None and day is None:
                raise ValidationError(msg("Anna päivä, josta alkaen sopimus on irtisanottu tai peruttu."))
        except SihteeriError as exc:
            show_error(self, exc)
            return
        super().accept()

    def chosen(self) -> tuple[AgreementTermination | None, dt.date | None]:
        value = self.how.currentData()
        return (AgreementTermination(value) if value else None), parse_date(self.date.text())

