"""The search panel (Ctrl+F): full text over all years with filters; results show the matches in context.

The search runs off the UI thread through ``gui.operations.run_in_background``; opening a result asks the
window to jump to the item (``open_item``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import distinct, select

from db import search as search_index
from db.engine import Database
from db.enums import Outcome
from db.models import Body, Meeting
from db.search import SearchFilters, SearchHit, SearchHits, search_items, snippet_html, snippet_plain
from gui.i18n import section_text
from gui.keyboard import tab_leaves
from gui.operations import Operation, Progress, run_in_background
from gui.outcomes import outcome_choices

Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_COLUMN = 4
SNIPPET_COLUMN = 5


class SearchResultsModel(QAbstractTableModel):
    """The hits of one search: body, date, §, diary number, title and the matching words in context."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._headers = [
            self.tr("Toimielin"),
            self.tr("Päivämäärä"),
            self.tr("§"),
            self.tr("Dnro"),
            self.tr("Otsikko"),
            self.tr("Osuma"),
        ]

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            date = f"{hit.date.day}.{hit.date.month}.{hit.date.year}"
            section = section_text(hit.section_number)
            cells = (hit.body_name, date, section, hit.diary_number, hit.title, snippet_plain(hit.snippet))
            return cells[column]
        if role == SNIPPET_ROLE and column == SNIPPET_COLUMN:
            return snippet_html(hit.snippet)
        if role == ITEM_ID_ROLE:
            return hit.item_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE_COLUMN, SNIPPET_COLUMN):
            return hit.title if column == TITLE_COLUMN else snippet_plain(hit.snippet)
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's ``SNIPPET_ROLE`` HTML (matches in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        html = index.data(SNIPPET_ROLE)
        if not html:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(min(doc.size().height(), 3 * option.fontMetrics.height() + 8)))


class SearchPanel(QWidget):
    """Query, filters and results.

    Attributes:
        operation: the search running or last run (tests wait for ``operation.done``).

    Signals:
        open_item(item_id): the user opened a result.
    """

    open_item = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.operation: Operation[SearchHits] | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setAccessibleName(self.tr("Hakusanat"))  # a placeholder is no name: it goes when typing begins
        self.query.setPlaceholderText(self.tr("Hakusanat tai diaarinumero, esim. yhteistyösopimus"))
        self.query.setClearButtonEnabled(True)
        syntax = self.tr("Kaikkien sanojen on löydyttävä samasta asiasta. TAI isoilla kirjaimilla kahden sanan "
                         "välissä: kumpi tahansa kelpaa (kunta TAI kaupunki). Miinus sanan edessä jättää pois asiat, "
                         "joissa sana on (sopimus -vuokra).")  # fmt: skip
        self.query.setToolTip(syntax)
        self.query.setAccessibleDescription(syntax)
        self.query.returnPressed.connect(self.search)
        self.query.installEventFilter(self)  # Down: to the results
        row.addWidget(self.query, 3)
        self.body = QComboBox()
        self.year = QComboBox()
        self.classification = QLineEdit()
        self.classification.setPlaceholderText(self.tr("Tehtäväluokka"))
        self.classification.setMaximumWidth(110)
        self.classification.setAccessibleName(self.tr("Tehtäväluokka"))
        self.body.setAccessibleName(self.tr("Toimielin"))
        self.year.setAccessibleName(self.tr("Vuosi"))
        self.classification.returnPressed.connect(self.search)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Kaikki lopputulokset"), None)
        for outcome, label in outcome_choices():
            self.outcome.addItem(label, outcome.value)
        self.outcome.setAccessibleName(self.tr("Lopputulos"))
        for widget in (self.body, self.year, self.classification, self.outcome):
            row.addWidget(widget)
        self.button = QPushButton(self.tr("Hae"))
        self.button.clicked.connect(self.search)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.model = SearchResultsModel(self)
        self.view = tab_leaves(QTableView())
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Hakutulokset"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SNIPPET_COLUMN, HtmlDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.refresh_filters()

    def refresh_filters(self) -> None:
        """Read the bodies and years for the filters again (after new meetings)."""
        with self._database.begin() as session:
            bodies = session.execute(select(Body.id, Body.name).order_by(Body.sort_order, Body.name)).all()
            # An item's year is its meeting's: the meetings are a few thousand rows, the items a hundred thousand.
            years = session.scalars(select(distinct(Meeting.year)).order_by(Meeting.year.desc())).all()
        self.body.clear()
        self.body.addItem(self.tr("Kaikki toimielimet"), None)
        for body_id, name in bodies:
            self.body.addItem(name, body_id)
        self.year.clear()
        self.year.addItem(self.tr("Kaikki vuodet"), None)
        for year in years:
            self.year.addItem(str(year), year)

    def filters(self) -> SearchFilters:
        outcome = self.outcome.currentData()
        return SearchFilters(
            body_id=self.body.currentData(),
            year=self.year.currentData(),
            classification=self.classification.text().strip(),
            outcome=Outcome(outcome) if outcome else None,
        )

    def search(self) -> None:
        query = self.query.text()
        filters = self.filters()
        database = self._database

        def work(progress: Progress) -> SearchHits:
            with database.read() as connection:
                return search_items(connection, query, filters)

        self.status.setText(self.tr("Haetaan…"))
        self.operation = run_in_background(self, work, on_success=self._show, label=self.tr("Haetaan…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the query field moves to the results (the first one, or the one selected)."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            if not self.view.selectionModel().hasSelection():
                self.view.selectRow(0)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _show(self, hits: SearchHits) -> None:
        self.model.set_hits(hits)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(TITLE_COLUMN, min(self.view.columnWidth(TITLE_COLUMN), 320))
        self.view.resizeRowsToContents()
        self.status.setText(self.status_text(hits))
        if hits:
            self.view.selectRow(0)

    def status_text(self, hits: SearchHits) -> str:
        """What the status line says of the hits shown."""
        if hits.listing:
            return self.tr("Ei hakusanoja: näytetään uusimmat asiat ({shown}).").format(shown=len(hits))
        if hits.newest_only:
            return self.tr(
                "Yli {limit} osumaa: näytetään {shown} viimeksi tallennettua päivämäärän mukaan. Tarkenna hakua "
                "lisäämällä sana tai rajaus."
            ).format(limit=search_index.RANKED_AT_MOST, shown=len(hits))
        if hits.total is None:
            return self.tr("Näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus.").format(
                shown=len(hits)
            )
        if hits.total > len(hits):
            return self.tr(
                "{total} osumaa: näytetään {shown} osuvinta. Tarkenna hakua lisäämällä sana tai rajaus."
            ).format(total=hits.total, shown=len(hits))
        return self.hits_text(len(hits))

    def hits_text(self, count: int) -> str:
        """The status line's count: "1 osuma", "%n osumaa" (the plural forms of Swedish and English come from the
        translations; Finnish, the source language, has no translation file to give "1 osuma")."""
        if not count:
            return self.tr("Ei osumia.")
        return self.tr("1 osuma") if count == 1 else self.tr("%n osumaa", "", count)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item.emit(self.model.hit(index.row()).item_id)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()
