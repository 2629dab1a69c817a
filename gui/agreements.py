"""The agreement register window: agreements with search and filters, the approval matrix, cost shares, reminders.

Open it from the desk with::

    from gui.agreements import AgreementRegisterWindow

    window = AgreementRegisterWindow(database, parent=main_window)   # database: db.engine.Database
    window.show()
    window.select_agreement(agreement_id)                            # optional: show one agreement

``today`` (a callable returning a date, default ``datetime.date.today``) fixes the day the statuses are
derived for, which the tests use. Every read and write runs through ``gui.operations.run_in_background``
in its own session; errors go to ``gui.errors.show_error``. The status and "Odottaa: …" line are always
derived by ``core.agreements`` from the saved party rows, never typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.agreement_costs import CostPeriod, splits_by_year
from core.agreement_editing import (
    CostLineInput,
    add_party,
    create_agreement,
    find_or_create_organisation,
    move_party,
    remove_agreement,
    remove_party,
    set_cost_items,
    terminate_agreement,
    update_agreement,
)
from core.agreements import (
    AgreementStatus,
    AgreementView,
    DecisionSource,
    agreement_view,
    candidate_items,
    decision_reminders,
    fi_date,
    get_agreement,
    item_label,
    link_local_decision,
    list_agreements,
    organisation_names,
    own_decision_item,
    record_excerpts_sent,
    term_reminders,
    unlink_local_decision,
    update_party,
)
from db.engine import Database
from db.enums import AgreementKind
from db.errors import UserError
from gui.agreement_costs import CostBarChart, CostShareModel
from gui.agreement_dialogs import ExcerptSentDialog, LinkItemDialog
from gui.agreement_edit import AgreementDialog, AgreementForm, NewParty, PartyDialog, TerminationDialog, typed_over
from gui.agreement_matrix import STATE, ApprovalMatrixModel, StateDelegate
from gui.details_panel import agreement_missing_text, agreement_rule_text, agreement_status_text
from gui.dialog_drafts import DialogDraft
from gui.dialogs import ask_yes_no, from_qdate, to_qdate
from gui.errors import show_error
from gui.i18n import localized
from gui.keyboard import add_mnemonics, tab_leaves
from gui.operations import Progress, run_in_background

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

TITLE, STATUS, MISSING, ENTRY, KIND, TERM, COORDINATOR = range(7)


def _compact(view: QTableView) -> None:
    """Rows one text line high (the default leaves room for two)."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


class AgreementListModel(QAbstractTableModel):
    """The register: one row per agreement with its derived status.

    Attributes:
        views: the agreements shown, as plain values from ``core.agreements``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views: list[AgreementView] = []
        self._headers = [self.tr("Sopimus"), self.tr("Tila"), self.tr("Puuttuu"), self.tr("Voimaantulo"),
                         self.tr("Laji"), self.tr("Kausi"), self.tr("Koordinoi")]
        self.kind_labels = {
            AgreementKind.COOPERATION_AGREEMENT: self.tr("Yhteistoimintasopimus"),
            AgreementKind.COLLABORATION_AGREEMENT: self.tr("Yhteistyösopimus"),
            AgreementKind.COOPERATION_PROTOCOL: self.tr("Yhteistyöpöytäkirja"),
            AgreementKind.OTHER: self.tr("Muu sopimus"),
        }

    def set_views(self, views: list[AgreementView]) -> None:
        self.beginResetModel()
        self.views = list(views)
        self.endResetModel()

    def row_of(self, agreement_id: int) -> int:
        return next((row for row, v in enumerate(self.views) if v.agreement_id == agreement_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.views)):
            return None
        view = self.views[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TITLE: view.title,
                KIND: self.kind_labels[view.kind],
                TERM: view.term_text,
                COORDINATOR: view.coordinator,
                STATUS: agreement_status_text(view),
                ENTRY: fi_date(view.situation.entry_into_force),
                MISSING: ", ".join(view.situation.missing_names),
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.title if index.column() == TITLE else agreement_missing_text(view) or None
        if role == Qt.ItemDataRole.UserRole:
            return view.agreement_id
        return None


# What a matrix edit changed, read back from the row as shown (update_party's field → PartyView's attribute).
_PARTY_ATTRIBUTES = {
    "required": "required_flag", "approving_body_name": "approving_body", "decision_state": "state",
    "ext_body": "decision_body", "ext_date": "decision_date", "ext_section": "section",
    "ext_diary_number": "diary_number", "excerpt_received": "excerpt_received", "signatory": "signatory",
    "signed_date": "signed_date", "decide_by": "decide_by", "fixed_share": "fixed_share",
}


class PartyEdit(QUndoCommand):
    """One saved edit of the approval matrix; undo and redo save the value before or after it (Muokkaa → Kumoa)."""

    def __init__(self, window: AgreementRegisterWindow, party_id: int, before: dict[str, Any],
                 after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._window, self._party_id, self._before, self._after = window, party_id, before, after
        self._saved = True  # pushed once the edit was saved: the first redo has nothing to do

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._window.save_party_values(self._party_id, self._after)

    def undo(self) -> None:
        self._window.save_party_values(self._party_id, self._before)


class AgreementRegisterWindow(QMainWindow):
    """The agreement register with the selected agreement's approval matrix, cost shares and reminders.

    Attributes:
        list_model: the register rows; matrix_model: the selected agreement's parties; cost_model and
        cost_chart: its cost shares. current: the selected agreement's view (None before one is loaded).

    Signals:
        register_loaded(): the register has been (re)loaded.
        detail_loaded(int): the selected agreement's matrix and costs have been (re)loaded.
        saved(): a change was saved (the detail reload follows).
        reminders_loaded(): the reminder list has been filled.
    """

    register_loaded = Signal()
    detail_loaded = Signal(int)
    saved = Signal()
    reminders_loaded = Signal()

    def __init__(self, database: Database, *, today: Callable[[], dt.date] | None = None,
                 parent: QWidget | None = None, document_language: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.today = today or dt.date.today
        # The language of the printed approval status: the main window's Tulosteet choice (Finnish without one).
        self.document_language = document_language or (lambda: "fi")
        self.current: AgreementView | None = None
        self._wanted_id: int | None = None
        self._closed = False
        self.setWindowTitle(self.tr("Sopimukset"))
        self.list_model = AgreementListModel(self)
        self.matrix_model = ApprovalMatrixModel(self)
        self.cost_model = CostShareModel(self)
        self.cost_chart = CostBarChart()
        self._build_actions()
        self._build_ui()
        self.matrix_model.edit_requested.connect(self.save_party)
        self.matrix_model.edit_failed.connect(self._edit_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.resize(1280, 760)
        self.update_actions()
        self.reload()

    # --- life cycle ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Results of work still running after the window closed are dropped, not shown."""
        self._closed = True
        self._search_timer.stop()
        super().closeEvent(event)

    def _alive(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """The callback, skipped once the window is closed (background work may finish later)."""

        def guarded(value: T) -> None:
            if not self._closed:
                callback(value)

        return guarded

    def _saved_file(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Tallennettu {0}").format(path), 8000)

    # --- building -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.reload_action = QAction(self.tr("Päivitä"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.print_action = QAction(self.tr("Tulosta hyväksymistilanne…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self._ask_print)
        self.link_action = QAction(self.tr("Linkitä pykälä…"), self)
        self.link_action.triggered.connect(self._ask_link)
        self.unlink_action = QAction(self.tr("Poista pykälän linkitys"), self)
        self.unlink_action.triggered.connect(self._unlink)
        self.sent_action = QAction(self.tr("Kirjaa otteen lähetys…"), self)
        self.sent_action.triggered.connect(self._ask_excerpts_sent)
        self.excerpt_action = QAction(self.tr("Tallenna oma pöytäkirjanote…"), self)
        self.excerpt_action.triggered.connect(self._ask_own_excerpt)
        self.new_action = QAction(self.tr("Uusi sopimus…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self._ask_new)
        self.edit_action = QAction(self.tr("Sopimuksen tiedot…"), self)
        self.edit_action.triggered.connect(self._ask_edit)
        self.add_party_action = QAction(self.tr("Lisää osapuoli…"), self)
        self.add_party_action.triggered.connect(self._ask_add_party)
        self.remove_party_action = QAction(self.tr("Poista osapuoli"), self)
        self.remove_party_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_party_action.triggered.connect(lambda: self.remove_selected_party(confirm=True))
        self.party_up_action = QAction(self.tr("Siirrä osapuolta ylös"), self)
        self.party_up_action.setShortcut(QKeySequence("Alt+Up"))
        self.party_up_action.triggered.connect(lambda: self.move_selected_party(-1))
        self.party_down_action = QAction(self.tr("Siirrä osapuolta alas"), self)
        self.party_down_action.setShortcut(QKeySequence("Alt+Down"))
        self.party_down_action.triggered.connect(lambda: self.move_selected_party(1))
        self.terminate_action = QAction(self.tr("Päätä sopimus…"), self)
        self.terminate_action.triggered.connect(self._ask_terminate)
        self.remove_action = QAction(self.tr("Poista sopimus…"), self)
        self.remove_action.triggered.connect(self._ask_remove)
        # Edits of the approval matrix can be undone while the agreement is shown; other changes (a party added
        # or removed, the agreement's own fields) empty the list, as does a population (a figure shared with the
        # organisation's other agreements).
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Kumoa"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Tee uudelleen"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        agreement_menu = self.menuBar().addMenu(self.tr("&Sopimus"))
        for action in (self.new_action, self.edit_action, self.terminate_action, self.remove_action, None,
                       self.print_action, self.reload_action):
            agreement_menu.addSeparator() if action is None else agreement_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Muokkaa"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        party_menu = self.menuBar().addMenu(self.tr("&Osapuoli"))
        for action in (self.add_party_action, self.remove_party_action, self.party_up_action,
                       self.party_down_action, None, self.link_action,
                       self.unlink_action, None, self.sent_action, self.excerpt_action):
            party_menu.addSeparator() if action is None else party_menu.addAction(action)
        toolbar = QToolBar(self.tr("Sopimukset"), self)
        toolbar.setObjectName("agreements_toolbar")
        for action in (self.new_action, self.add_party_action, self.link_action, self.sent_action,
                       self.print_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        add_mnemonics(agreement_menu)
        add_mnemonics(edit_menu)
        add_mnemonics(party_menu)

    def _build_ui(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 850])
        self.setCentralWidget(splitter)
        for action in (self.party_up_action, self.party_down_action, self.remove_party_action):
            # Alt+Up/Down open a combo box's list (the state filter, an editor in a cell): the keys move a party
            # only when the parties' table itself has the focus, like the desk's Ctrl+Up/Down in its navigator.
            # Delete, too: in a cell's editor or the search field it deletes a character.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.matrix_view.addAction(action)

    def _build_left(self) -> QWidget:
        tabs = QTabWidget()
        register = QWidget()
        layout = QVBoxLayout(register)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Hae nimellä, osapuolella tai koordinoijalla"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Hae sopimuksia"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        filters.addWidget(self.search_edit, 3)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Kaikki tilat"), "")
        for status, label in (
            (AgreementStatus.IN_PREPARATION, self.tr("Valmistelussa")),
            (AgreementStatus.AWAITING_APPROVALS, self.tr("Odottaa hyväksyntöjä")),
            (AgreementStatus.IN_FORCE, self.tr("Voimassa")),
            (AgreementStatus.EXPIRED, self.tr("Päättynyt")),
            (AgreementStatus.TERMINATED, self.tr("Irtisanottu")),
        ):
            self.status_filter.addItem(label, status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_filter.setAccessibleName(self.tr("Tila"))
        filters.addWidget(self.status_filter, 1)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Kaikki lajit"), "")
        for kind, label in self.list_model.kind_labels.items():
            self.kind_filter.addItem(label, kind.value)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_filter.setAccessibleName(self.tr("Laji"))
        filters.addWidget(self.kind_filter, 1)
        layout.addLayout(filters)
        self.register_view = tab_leaves(QTableView())
        self.register_view.setModel(self.list_model)
        self.register_view.setAccessibleName(self.tr("Sopimukset"))
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setWordWrap(False)
        self.register_view.verticalHeader().hide()
        header = self.register_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(TITLE, 220)
        header.resizeSection(STATUS, 170)
        _compact(self.register_view)
        self.register_view.selectionModel().currentRowChanged.connect(self._register_row_changed)
        layout.addWidget(self.register_view)
        tabs.addTab(register, self.tr("Sopimusrekisteri"))
        tabs.addTab(self._build_reminders(), self.tr("Muistutukset"))
        return tabs

    def _build_reminders(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Päivä")))
        self.reminder_day = QDateEdit(to_qdate(self.today()))
        self.reminder_day.setDisplayFormat("d.M.yyyy")
        self.reminder_day.setCalendarPopup(True)
        row.addWidget(self.reminder_day)
        self.use_deadline = QCheckBox(self.tr("Päättämättä määräpäivään"))
        row.addWidget(self.use_deadline)
        self.reminder_deadline = QDateEdit(to_qdate(self.today()))
        self.reminder_deadline.setDisplayFormat("d.M.yyyy")
        self.reminder_deadline.setCalendarPopup(True)
        row.addWidget(self.reminder_deadline)
        row.addStretch(1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Sopimuskausi päättyy")))
        self.term_days = QSpinBox()
        self.term_days.setRange(0, 3650)
        self.term_days.setValue(180)
        self.term_days.setSuffix(self.tr(" päivän kuluessa"))
        row2.addWidget(self.term_days)
        show = QPushButton(self.tr("Näytä muistutukset"))
        show.clicked.connect(self.load_reminders)
        row2.addWidget(show)
        row2.addStretch(1)
        layout.addLayout(row2)
        self.reminder_list = tab_leaves(QListWidget())
        self.reminder_list.setAccessibleName(self.tr("Muistutukset"))
        layout.addWidget(self.reminder_list)
        return page

    def _build_detail(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        layout.addWidget(self.facts_label)
        self.status_label = QLabel()
        bold = self.status_label.font()
        bold.setBold(True)
        self.status_label.setFont(bold)
        layout.addWidget(self.status_label)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.missing_label)
        tabs = QTabWidget()
        self.matrix_view = tab_leaves(QTableView())
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setAccessibleName(self.tr("Osapuolet"))
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.matrix_view.setItemDelegateForColumn(STATE, StateDelegate(self.matrix_model.state_labels,
                                                                       self.matrix_view))
        self.matrix_view.verticalHeader().hide()
        _compact(self.matrix_view)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        tabs.addTab(self.matrix_view, self.tr("Hyväksymistilanne"))
        costs = QWidget()
        cost_layout = QVBoxLayout(costs)
        self.cost_basis_label = QLabel()
        self.cost_basis_label.setWordWrap(True)
        cost_layout.addWidget(self.cost_basis_label)
        year_row = QHBoxLayout()
        self.cost_year_label = QLabel(self.tr("Vuosi"))
        year_row.addWidget(self.cost_year_label)
        self.cost_year_combo = QComboBox()
        self.cost_year_combo.setToolTip(self.tr("Sopimuksessa on vain tiettyjen vuosien kustannuseriä: osuudet "
                                                "näytetään vuosi kerrallaan (vuotuiset erät ja vuoden omat erät)."))
        self.cost_year_combo.currentIndexChanged.connect(self._show_cost_period)
        year_row.addWidget(self.cost_year_combo)
        year_row.addStretch(1)
        cost_layout.addLayout(year_row)
        self.cost_periods: list[CostPeriod] = []
        self.cost_view = tab_leaves(QTableView())
        self.cost_view.setModel(self.cost_model)
        self.cost_view.setAccessibleName(self.tr("Kustannukset"))
        self.cost_view.verticalHeader().hide()
        self.cost_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cost_view.horizontalHeader().setMaximumSectionSize(190)
        _compact(self.cost_view)
        cost_layout.addWidget(self.cost_view, 3)
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.cost_chart)
        cost_layout.addWidget(chart_area, 2)
        tabs.addTab(costs, self.tr("Kustannusosuudet"))
        self.detail_tabs = tabs
        layout.addWidget(tabs, 1)
        return page

    # --- actions ------------------------------------------------------------------------------------

    def selected_party_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.matrix_view.selectionModel().selectedRows()})
        return [self.matrix_model.rows[row].party_id for row in rows if row < len(self.matrix_model.rows)]

    def update_actions(self) -> None:
        """Enable the actions that make sense for the current agreement and selected party."""
        has_agreement = self.current is not None
        parties = [p for p in self.matrix_model.rows if p.party_id in set(self.selected_party_ids())]
        one = parties[0] if len(parties) == 1 else None
        self.print_action.setEnabled(has_agreement)
        self.edit_action.setEnabled(has_agreement)
        self.add_party_action.setEnabled(has_agreement)
        self.terminate_action.setEnabled(has_agreement)
        self.remove_action.setEnabled(has_agreement)
        self.remove_party_action.setEnabled(one is not None)
        self.party_up_action.setEnabled(one is not None)
        self.party_down_action.setEnabled(one is not None)
        self.sent_action.setEnabled(has_agreement)
        self.excerpt_action.setEnabled(has_agreement)
        self.link_action.setEnabled(one is not None)
        self.unlink_action.setEnabled(one is not None and one.source == DecisionSource.LOCAL)

    # --- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reload the register with the current search and filters (off the UI thread)."""
        database, on = self.database, self.today()
        search = self.search_edit.text()
        status = self.status_filter.currentData()
        kind = self.kind_filter.currentData()

        def work(progress: Progress) -> list[AgreementView]:
            with database.session() as session:
                return list_agreements(session, on=on, search=search,
                                       statuses=[AgreementStatus(status)] if status else (),
                                       kinds=[AgreementKind(kind)] if kind else ())

        run_in_background(self, work, on_success=self._alive(self._register_loaded),
                          label=self.tr("Haetaan sopimuksia…"))

    def _register_loaded(self, views: list[AgreementView]) -> None:
        wanted = self._wanted_id or (self.current.agreement_id if self.current else None)
        self.list_model.set_views(views)
        row = self.list_model.row_of(wanted) if wanted is not None else -1
        if row < 0 and views:
            row = 0
        if row >= 0:
            self.register_view.selectRow(row)
        else:
            self._show_detail(None, None)
        self.register_loaded.emit()

    def select_agreement(self, agreement_id: int) -> None:
        """Show this agreement (once the register has it)."""
        self._wanted_id = agreement_id
        row = self.list_model.row_of(agreement_id)
        if row >= 0:
            self.register_view.selectRow(row)

    def _register_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load_detail(self.list_model.views[current.row()].agreement_id)

    def load_detail(self, agreement_id: int) -> None:
        """Load one agreement's parties and cost split (off the UI thread)."""
        database, on = self.database, self.today()

        def work(progress: Progress) -> tuple[AgreementView, list[CostPeriod]]:
            with database.session() as session:
                agreement = get_agreement(session, agreement_id)
                return agreement_view(agreement, on=on), splits_by_year(agreement)

        run_in_background(self, work, on_success=self._alive(lambda result: self._show_detail(*result)),
                          label=self.tr("Haetaan sopimusta…"))

    def _show_cost_period(self, index: int) -> None:
        """Show the cost split of the period chosen in the year box (the only one when every item is annual)."""
        if not 0 <= index < len(self.cost_periods):
            return
        period = self.cost_periods[index]
        self.cost_model.set_split(period.split, per_year=bool(period.label))
        self.cost_chart.set_split(period.split)

    def _set_cost_periods(self, periods: list[CostPeriod]) -> None:
        """Fill the year box; the year of ``today`` is chosen when it has a period of its own."""
        self.cost_periods = periods
        yearly = len(periods) > 1 or bool(periods and periods[0].label)
        self.cost_year_combo.blockSignals(True)
        self.cost_year_combo.clear()
        for period in periods:
            self.cost_year_combo.addItem(localized(period.label))
        today = self.today().year
        chosen = next((i for i, period in enumerate(periods) if today in period.years), 0)
        self.cost_year_combo.setCurrentIndex(chosen if periods else -1)
        self.cost_year_combo.blockSignals(False)
        self.cost_year_combo.setVisible(yearly)
        self.cost_year_label.setVisible(yearly)
        self._show_cost_period(chosen)

    def _show_detail(self, view: AgreementView | None, periods: list[CostPeriod] | None) -> None:
        shown = self.current.agreement_id if self.current is not None else None
        if view is None or view.agreement_id != shown:
            self.undo_stack.clear()  # another agreement: the edits of the one shown before are not undone here
        self.current = view
        if view is None:
            self.title_label.setText(self.tr("Ei sopimuksia"))
            for label in (self.facts_label, self.status_label, self.missing_label, self.cost_basis_label):
                label.clear()
            self.matrix_model.set_rows([], self.matrix_model.rule)
            self.cost_periods = []
            self.cost_model.set_split(None)
            self.cost_chart.set_split(None)
            self.cost_year_combo.setVisible(False)
            self.cost_year_label.setVisible(False)
            self.update_actions()
            return
        self._wanted_id = view.agreement_id
        self.title_label.setText(view.title)
        facts = [
            self.list_model.kind_labels[view.kind],
            self.tr("kausi {0}").format(view.term_text) if view.term_text else "",
            self.tr("koordinoi {0}").format(view.coordinator) if view.coordinator else "",
        ]
        rule = agreement_rule_text(view)
        self.facts_label.setText(" · ".join(f for f in facts if f) + "\n" + self.tr("Voimaantulo: {0}").format(rule))
        self.status_label.setText(self.tr("Tila: {0}").format(agreement_status_text(view)))
        missing = agreement_missing_text(view)
        if view.situation.with_changes:
            missing = (missing + " " if missing else "") + self.tr("Hyväksytty muutoksin: {0}.").format(
                ", ".join(view.situation.with_changes))
        if not view.parties:
            missing = self.tr("Sopimuksella ei ole vielä osapuolia (Osapuoli → Lisää osapuoli…).")
        elif view.situation.required_count == 0:
            missing = self.tr("Yhtäkään osapuolta ei ole merkitty edellytetyksi: merkitse sarakkeeseen Edellytetään "
                              "osapuolet, joiden hyväksyntä tarvitaan.")
        self.missing_label.setText(missing or self.tr("Kaikki edellytetyt hyväksynnät ovat koossa."))
        selected = self.selected_party_ids()
        self.matrix_model.set_rows(list(view.parties), view.entry_rule)
        for row, party in enumerate(view.parties):
            if party.party_id in selected:
                self.matrix_view.selectRow(row)
        self._set_cost_periods(periods or [])
        split = periods[0].split if periods else None
        if split is not None:
            if split.items or len(periods or []) > 1:
                text = self.tr("Kustannukset jaetaan {0}.").format(localized(split.basis_label))
            else:
                text = self.tr("Sopimukseen ei ole merkitty kustannuksia.")
            if split.problem:
                text += " " + localized(split.problem)
            self.cost_basis_label.setText(text)
        self.update_actions()
        self.detail_loaded.emit(view.agreement_id)

    # --- saving -------------------------------------------------------------------------------------

    def _run_change(self, change: Callable[[Any], object], label: str, *, shows_result: bool = False,
                    on_failed: Callable[[], None] | None = None, on_saved: Callable[[], None] | None = None,
                    undoable: bool = False) -> None:
        """Run one change in its own transaction, then reload (after ``on_saved``); on failure show it, reload
        anyway and call ``on_failed`` (which gives back what the user typed).

        With ``shows_result`` the change returns the id of the agreement to show afterwards (a new one). Unless
        ``undoable`` (a matrix edit, its undo or redo), a saved change empties the undo list: what it holds might
        no longer apply. A failed one empties it too (an undo that failed left the list out of step).
        """
        database = self.database
        agreement_id = self.current.agreement_id if self.current else None

        def work(progress: Progress) -> object:
            with database.begin() as session:
                return change(session)

        def done(result: object) -> None:
            if not undoable:
                self.undo_stack.clear()
            if on_saved is not None:
                on_saved()
            self.saved.emit()
            self._after_change(result if shows_result and isinstance(result, int) else agreement_id)

        def failed(exc: BaseException) -> None:
            self.undo_stack.clear()
            show_error(self, exc)
            self._after_change(agreement_id)
            if on_failed is not None:
                on_failed()

        run_in_background(self, work, on_success=self._alive(done), on_failure=self._alive(failed), label=label)

    def _after_change(self, agreement_id: int | None) -> None:
        if agreement_id is not None:
            self._wanted_id = agreement_id
        self.reload()

    def save_party(self, party_id: int, version: int, changes: dict[str, Any]) -> None:
        """Save an edit of the matrix (the model asked for it); once saved it can be undone (Muokkaa → Kumoa)."""
        party = next((p for p in self.matrix_model.rows if p.party_id == party_id), None)
        undoable = party is not None and set(changes) <= set(_PARTY_ATTRIBUTES)
        before = {name: getattr(party, _PARTY_ATTRIBUTES[name]) for name in changes} if undoable else {}
        name = self.tr("muutos ({party})").format(party=party.name) if party is not None else ""  # "Kumoa muutos (…)"

        typed = self.matrix_model.last_edit

        def saved() -> None:
            if undoable:
                self.undo_stack.push(PartyEdit(self, party_id, before, dict(changes), name))

        def again() -> None:  # not saved: the text typed comes back in its cell once the rows are read again
            if typed is not None and typed[0] == party_id:
                self.detail_loaded.connect(lambda _id: self.edit_cell_again(*typed),
                                           Qt.ConnectionType.SingleShotConnection)

        self._run_change(
            lambda session: update_party(session, party_id=party_id, expected_version=version, **changes),
            self.tr("Tallennetaan…"), on_saved=saved, on_failed=again, undoable=undoable,
        )

    def _edit_failed(self, exc: BaseException) -> None:
        """A cell's text could not be read: say why, and open the cell again with the text (once its editor has
        closed), so it can be corrected instead of typed again."""
        show_error(self, exc)
        typed = self.matrix_model.last_edit
        if typed is not None:
            QTimer.singleShot(0, lambda: self.edit_cell_again(*typed))

    def edit_cell_again(self, party_id: int, column: int, text: str) -> None:
        """Open the party's cell for editing with ``text`` in it (a text that could not be read or saved)."""
        row = next((r for r, p in enumerate(self.matrix_model.rows) if p.party_id == party_id), -1)
        index = self.matrix_model.index(row, column)
        if row < 0 or not self.matrix_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return
        self.matrix_view.setCurrentIndex(index)
        self.matrix_view.edit(index)
        for editor in self.matrix_view.viewport().findChildren(QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def save_party_values(self, party_id: int, values: dict[str, Any]) -> None:
        """Save these values of a party row as it is now shown (an undo or a redo of a matrix edit)."""
        party = next((p for p in self.matrix_model.rows if p.party_id == party_id), None)
        version = party.version if party is not None else None
        self._run_change(
            lambda session: update_party(session, party_id=party_id, expected_version=version, **values),
            self.tr("Tallennetaan…"), undoable=True,
        )

    # --- the agreement itself -------------------------------------------------------------------------

    def _with_form(self, agreement_id: int | None, then: Callable[[AgreementForm, dict[int, str]], None]) -> None:
        """Load the organisations (and the agreement's form) off the UI thread, then call ``then``."""
        database = self.database

        def work(progress: Progress) -> tuple[AgreementForm, dict[int, str]]:
            with database.session() as session:
                organisations = organisation_names(session)
                if agreement_id is None:
                    return AgreementForm(), organisations
                a = get_agreement(session, agreement_id)
                form = AgreementForm(
                    agreement_id=a.id, version=a.version, title=a.title, title_genitive=a.title_genitive,
                    kind=a.kind, term_start=a.term_start, term_end=a.term_end, coordinator_id=a.coordinator_id,
                    entry_rule=a.entry_rule, cost_split=a.cost_split, population_date=a.population_date,
                    description=a.description,
                    costs=[CostLineInput(c.description, c.amount, c.year) for c in a.cost_items],
                )
                return form, organisations

        run_in_background(self, work, on_success=self._alive(lambda result: then(*result)),
                          label=self.tr("Haetaan…"))

    def _ask_new(self) -> None:
        self._with_form(None, self._edit_form)

    def _ask_edit(self) -> None:
        if self.current is None:
            return
        self._with_form(self.current.agreement_id, self._edit_form)

    def _edit_form(self, form: AgreementForm, organisations: dict[int, str], *,
                   original: AgreementForm | None = None) -> None:
        """Show the agreement dialog with ``form`` and save what is accepted; ``original`` is the agreement as it
        was first opened, when ``form`` comes back after a failed save."""
        draft = self.agreement_draft(form.agreement_id)
        dialog = AgreementDialog(form, organisations, self, draft=draft)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_agreement(dialog.result_form(), original=original or form)

    def agreement_draft(self, agreement_id: int | None) -> DialogDraft:
        """Where the agreement dialog keeps what is typed until it is saved (``gui.dialog_drafts``)."""
        return DialogDraft.for_database(self.database.description, f"sopimus-{agreement_id or 'uusi'}")

    def save_agreement(self, form: AgreementForm, *, original: AgreementForm | None = None) -> None:
        """Create the agreement (``form.agreement_id`` None) or save its fields and cost items.

        If saving fails (someone else saved the agreement meanwhile, the database is locked or read-only), the
        dialog opens again with what was typed: the fields changed from ``original`` (the agreement as the dialog
        first showed it) over the agreement as it now is, so that nothing typed is lost and nothing saved by the
        other is overwritten unseen."""
        fields: dict[str, Any] = {
            "title": form.title, "title_genitive": form.title_genitive, "kind": form.kind,
            "term_start": form.term_start, "term_end": form.term_end, "coordinator_id": form.coordinator_id,
            "entry_rule": form.entry_rule, "cost_split": form.cost_split, "population_date": form.population_date,
            "description": form.description,
        }

        def change(session: Any) -> int:
            if form.agreement_id is None:
                agreement = create_agreement(session, **fields)
            else:
                agreement = update_agreement(session, agreement_id=form.agreement_id,
                                             expected_version=form.version, **fields)
            set_cost_items(session, agreement_id=agreement.id, lines=form.costs)
            return agreement.id

        draft = self.agreement_draft(form.agreement_id)

        def again() -> None:
            def show(now: AgreementForm, organisations: dict[int, str]) -> None:
                draft.discard()  # what was typed comes back in this form, over the agreement as it now is
                self._edit_form(typed_over(now, typed=form, original=original or form), organisations,
                                original=now)

            self._with_form(form.agreement_id, show)

        self._run_change(change, self.tr("Tallennetaan sopimusta…"), shows_result=True, on_failed=again,
                         on_saved=draft.discard)

    def _ask_add_party(self) -> None:
        if self.current is None:
            return
        database = self.database

        def work(progress: Progress) -> dict[int, str]:
            with database.session() as session:
                return organisation_names(session)

        def show(organisations: dict[int, str]) -> None:
            dialog = PartyDialog(organisations, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.add_party(dialog.chosen())

        run_in_background(self, work, on_success=self._alive(show), label=self.tr("Haetaan…"))

    def add_party(self, party: NewParty) -> None:
        """Add a party (an existing organisation, or a new one by name and kind) to the current agreement."""
        if self.current is None:
            return
        agreement_id = self.current.agreement_id

        def change(session: Any) -> None:
            organisation_id = party.organisation_id
            if organisation_id is None:
                organisation_id = find_or_create_organisation(session, name=party.name, kind=party.kind).id
            add_party(session, agreement_id=agreement_id, organisation_id=organisation_id,
                      approving_body_name=party.approving_body)

        self._run_change(change, self.tr("Lisätään osapuolta…"))

    def remove_selected_party(self, *, confirm: bool) -> None:
        """Remove the selected party row (after asking, when ``confirm``)."""
        ids = self.selected_party_ids()
        party = next((p for p in self.matrix_model.rows if ids and p.party_id == ids[0]), None)
        if party is None:
            return
        if confirm and not ask_yes_no(
            self, self.tr("Poista osapuoli"),
            self.tr("Poistetaanko {0} sopimuksen osapuolista? Osapuolen päätöstiedot poistuvat, eikä poistoa "
                    "voi kumota.").format(party.name)):
            return
        self._run_change(lambda session: remove_party(session, party_id=party.party_id),
                         self.tr("Poistetaan osapuolta…"))

    def move_selected_party(self, offset: int) -> None:
        """Move the selected party up (-1) or down (1) in the agreement's order, the order its parties print in."""
        ids = self.selected_party_ids()
        if len(ids) != 1:
            return
        party_id = ids[0]
        self._run_change(lambda session: move_party(session, party_id=party_id, offset=offset),
                         self.tr("Siirretään osapuolta…"))

    def _ask_terminate(self) -> None:
        if self.current is None:
            return
        dialog = TerminationDialog(self.current.terminated, self.current.terminated_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                how, day = dialog.chosen()
            except UserError as exc:
                show_error(self, exc)
                return
            agreement_id = self.current.agreement_id
            self._run_change(lambda session: terminate_agreement(session, agreement_id=agreement_id, how=how,
                                                                 date=day), self.tr("Tallennetaan…"))

    def _ask_remove(self) -> None:
        """Remove the agreement shown, after asking (No is the default); one the records must keep is refused
        with the reasons (core.agreement_editing.removal_obstacles)."""
        if self.current is None:
            return
        if not ask_yes_no(
            self, self.tr("Poista sopimus"),
            self.tr("Poistetaanko sopimus ”{0}” osapuolineen ja kustannuserineen? Poistaa voi vain sopimuksen, jota "
                    "mikään pykälä ei koske ja josta ei ole kirjattu päätöksiä, otteita eikä allekirjoituksia. "
                    "Poistoa ei voi kumota.").format(self.current.title)):
            return
        agreement_id = self.current.agreement_id
        self._run_change(lambda session: remove_agreement(session, agreement_id=agreement_id),
                         self.tr("Poistetaan sopimusta…"))

    # --- party decisions ----------------------------------------------------------------------------

    def _ask_link(self) -> None:
        ids = self.selected_party_ids()
        party = next((p for p in self.matrix_model.rows if ids and p.party_id == ids[0]), None)
        if party is None or self.current is None:
            return
        database, agreement_id = self.database, self.current.agreement_id

        def work(progress: Progress) -> list[tuple[int, str]]:
            with database.session() as session:
                items = candidate_items(session, organisation_id=party.organisation_id, agreement_id=agreement_id)
                return [(i.id, f"{item_label(i)} {i.title}") for i in items]

        def chosen(candidates: list[tuple[int, str]]) -> None:
            if not candidates:
                show_error(self, UserError(self.tr("Osapuolen {0} toimielinten pykäliä ei ole tässä tietokannassa; "
                                                   "kirjaa päätös osapuolen otteelta.").format(party.name)))
                return
            dialog = LinkItemDialog(party.name, candidates, self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_item_id() is not None:
                self.link_item(party.party_id, party.version, dialog.chosen_item_id() or 0)

        run_in_background(self, work, on_success=self._alive(chosen), label=self.tr("Haetaan pykäliä…"))

    def link_item(self, party_id: int, version: int, item_id: int) -> None:
        """Link a local § as the party's decision."""
        self._run_change(
            lambda session: link_local_decision(session, party_id=party_id, item_id=item_id,
                                                expected_version=version),
            self.tr("Linkitetään…"),
        )

    def _unlink(self) -> None:
        ids = self.selected_party_ids()
        party = next((p for p in self.matrix_model.rows if ids and p.party_id == ids[0]), None)
        if party is not None:
            self._run_change(
                lambda session: unlink_local_decision(session, party_id=party.party_id,
                                                      expected_version=party.version),
                self.tr("Poistetaan linkitys…"),
            )

    def _ask_excerpts_sent(self) -> None:
        if self.current is None:
            return
        dialog = ExcerptSentDialog(self.current.parties, set(self.selected_party_ids()), self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ids, sent, method = dialog.chosen()
            self._run_change(
                lambda session: record_excerpts_sent(session, party_ids=ids, sent=sent, method=method),
                self.tr("Kirjataan…"),
            )

    def _ask_print(self) -> None:
        if self.current is None:
            return
        name = "godkannandelage" if self.document_language() == "sv" else "hyvaksymistilanne"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Tallenna hyväksymistilanne"), f"{name}-{self.current.agreement_id}.pdf",
            self.tr("PDF-tiedostot (*.pdf)"))
        if path:
            self.print_status_to(Path(path))

    def print_status_to(self, path: Path) -> None:
        """Write the "Sopimuksen hyväksymistilanne" PDF of the current agreement to ``path``, in the documents'
        language."""
        if self.current is None:
            return
        from core.printing.agreement_status import render_agreement_status_file
        from core.printing.files import write_document

        database, agreement_id, on = self.database, self.current.agreement_id, self.today()
        language = self.document_language()

        def work(progress: Progress) -> Path:
            # A folder gone or protected, a full disk: a Finnish message (core.printing.files), not a crash report.
            write_document(render_agreement_status_file(database, agreement_id, on=on, language=language), path)
            return path

        run_in_background(self, work, on_success=self._alive(self._saved_file), label=self.tr("Tulostetaan…"))

    def _ask_own_excerpt(self) -> None:
        if self.current is None:
            return
        name = "utdrag-avtal" if self.document_language() == "sv" else "ote-sopimus"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Tallenna pöytäkirjanote osapuolille"), f"{name}-{self.current.agreement_id}.pdf",
            self.tr("PDF-tiedostot (*.pdf)"))
        if path:
            self.save_own_excerpt_to(Path(path))

    def save_own_excerpt_to(self, path: Path) -> None:
        """Write the excerpt of our own decision on the agreement (the home party's linked §) to ``path``, in the
        documents' language."""
        if self.current is None:
            return
        from core.printing import DocumentKind, DocumentRequest, render_in_session
        from core.printing.files import write_document

        database, agreement_id, language = self.database, self.current.agreement_id, self.document_language()
        missing = self.tr("Sopimukseen ei ole linkitetty omaa päätöstä (kotiorganisaation pykälää), josta ote "
                          "annettaisiin.")

        def work(progress: Progress) -> Path:
            with database.session() as session:
                item = own_decision_item(get_agreement(session, agreement_id))
                if item is None:
                    raise UserError(missing)
                request = DocumentRequest(DocumentKind.EXCERPT, meeting_id=item.meeting_id, item_ids=(item.id,),
                                          draft=not item.meeting.is_locked, language=language)
                write_document(render_in_session(session, request), path)
            return path

        run_in_background(self, work, on_success=self._alive(self._saved_file), label=self.tr("Tulostetaan otetta…"))

    # --- reminders ----------------------------------------------------------------------------------

    def load_reminders(self) -> None:
        """Fill the reminder list: undecided parties and terms ending within the chosen days."""
        database = self.database
        on = from_qdate(self.reminder_day.date())
        deadline = from_qdate(self.reminder_deadline.date()) if self.use_deadline.isChecked() else None
        days = self.term_days.value()

        def work(progress: Progress) -> list[tuple[str, str]]:
            with database.session() as session:
                decisions = decision_reminders(session, on=on, deadline=deadline)
                terms = term_reminders(session, on=on, within_days=days)
            lines = [(f"{r.agreement_title[:60]} — ", r.text) for r in decisions]
            lines += [("", r.text) for r in terms]
            return lines

        def show(reminders: list[tuple[str, str]]) -> None:
            # The reminder texts are core messages, shown in the interface language here on the UI thread.
            lines = [prefix + localized(text) for prefix, text in reminders]
            self.reminder_list.clear()
            self.reminder_list.addItems(lines or [self.tr("Ei muistutuksia.")])
            self.reminders_loaded.emit()

        run_in_background(self, work, on_success=self._alive(show), label=self.tr("Haetaan muistutuksia…"))
