"""The navigator: bodies → years → meetings → items (§) as a lazily fetched tree model, and its view.

Each level is read from the database only when its parent is expanded (``canFetchMore``/``fetchMore``), so
a database of 100 000 items opens with a handful of rows. Items of unchecked meetings can be dragged to
another place or meeting; the model does not move anything itself but asks (``move_requested``), and the
window moves the item through ``core.meetings`` and reloads the meeting.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget
from sqlalchemy import distinct, func, select

from db.engine import Database
from db.enums import MeetingState
from db.models import Body, Item, Meeting, Organisation
from gui.i18n import QT_TRANSLATE_NOOP, section_text, shown_name
from gui.keyboard import tab_leaves

ITEM_MIME = "application/x-sihteeri-item"

MEETING_STATE_LABELS = {
    MeetingState.DRAFT: QT_TRANSLATE_NOOP("NavigatorModel", "luonnos"),
    MeetingState.AGENDA_PUBLISHED: QT_TRANSLATE_NOOP("NavigatorModel", "esityslista julkaistu"),
    MeetingState.HELD: QT_TRANSLATE_NOOP("NavigatorModel", "pidetty"),
    MeetingState.MINUTES_CHECKED: QT_TRANSLATE_NOOP("NavigatorModel", "tarkastettu"),
    MeetingState.PUBLISHED: QT_TRANSLATE_NOOP("NavigatorModel", "julkaistu"),
}


def meeting_state_label(state: MeetingState) -> str:
    """A meeting's state in the interface language (the navigator's rows, the details panel)."""
    return QCoreApplication.translate("NavigatorModel", MEETING_STATE_LABELS[state])


Index = QModelIndex | QPersistentModelIndex


class NodeKind(IntEnum):
    """Levels of the navigator."""

    ROOT = 0
    BODY = 1
    YEAR = 2
    MEETING = 3
    ITEM = 4


@dataclass(eq=False)
class Node:
    """One row of the navigator.

    Attributes:
        kind: the level; key: the body, meeting or item id, or the year.
        label: the text shown; locked: the meeting's minutes are checked (for meetings and their items).
        state: the meeting's state (for meetings and their items; None for other rows).
        body_id, year, meeting_id: the context the row belongs to.
        children: loaded child rows; fetched: whether they have been read.
        row: position among the parent's children; uid: the model index's internal id.
    """

    kind: NodeKind
    key: int
    label: str
    parent: Node | None
    body_id: int = 0
    year: int = 0
    meeting_id: int = 0
    locked: bool = False
    state: MeetingState | None = None
    tooltip: str = ""
    children: list[Node] = field(default_factory=list)
    fetched: bool = False
    row: int = 0
    uid: int = 0


class NavigatorModel(QAbstractItemModel):
    """Bodies → years → meetings → items, fetched lazily from the database.

    Signals:
        move_requested(item_id, meeting_id, position): an item was dropped at a new place.
    """

    move_requested = Signal(int, int, int)

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids = itertools.count(1)
        self._nodes: dict[int, Node] = {}
        self._root = Node(NodeKind.ROOT, 0, "", None, fetched=True)
        self._changing = False
        self._load_bodies()

    # --- reading ------------------------------------------------------------------------------------------

    def _register(self, node: Node) -> Node:
        node.uid = next(self._ids)
        self._nodes[node.uid] = node
        return node

    def _forget(self, node: Node) -> None:
        for child in node.children:
            self._forget(child)
        self._nodes.pop(node.uid, None)

    def _children_of(self, node: Node) -> list[Node]:
        with self._database.begin() as session:
            if node.kind == NodeKind.ROOT:
                rows = session.execute(
                    select(Body, Organisation)
                    .join(Organisation, Body.organisation_id == Organisation.id)
                    .where(Body.active.is_(True))
                    .order_by(Organisation.is_home.desc(), Organisation.name, Body.sort_order, Body.name)
                ).all()
                several = len({org.id for _b, org in rows}) > 1
                names = [(shown_name(body.name, body.name_sv), shown_name(org.name, org.name_sv)) for body, org in rows]
                return [
                    Node(
                        NodeKind.BODY,
                        body.id,
                        f"{body_name} — {org_name}" if several else body_name,
                        node,
                        body_id=body.id,
                        tooltip=f"{body_name}, {org_name}",
                    )
                    for (body, _org), (body_name, org_name) in zip(rows, names, strict=True)
                ]
            if node.kind == NodeKind.BODY:
                years = session.scalars(
                    select(distinct(Meeting.year)).where(Meeting.body_id == node.key).order_by(Meeting.year.desc())
                ).all()
                return [Node(NodeKind.YEAR, y, str(y), node, body_id=node.key, year=y) for y in years]
            if node.kind == NodeKind.YEAR:
                counts = dict(
                    session.execute(
                        select(Item.meeting_id, func.count(Item.id))
                        .where(Item.body_id == node.body_id, Item.year == node.key)
                        .group_by(Item.meeting_id)
                    )
                    .tuples()
                    .all()
                )
                meetings = session.scalars(
                    select(Meeting)
                    .where(Meeting.body_id == node.body_id, Meeting.year == node.key)
                    .order_by(Meeting.date, Meeting.number)
                ).all()
                return [
                    Node(
                        NodeKind.MEETING,
                        m.id,
                        self.tr("Kokous {number}/{year} · {date} ({state})").format(
                            number=m.number, year=m.year, date=_fi_date(m.date), state=meeting_state_label(m.state)
                        ),
                        node,
                        body_id=node.body_id,
                        year=node.key,
                        meeting_id=m.id,
                        locked=m.state.is_locked,
                        state=m.state,
                        tooltip=self._count_text(counts.get(m.id, 0)),
                    )
                    for m in meetings
                ]
            if node.kind == NodeKind.MEETING:
                rows2 = session.execute(
                    select(Item.id, Item.section_number, Item.title)
                    .where(Item.meeting_id == node.key)
                    .order_by(Item.position, Item.id)
                ).all()
                return [
                    Node(
                        NodeKind.ITEM,
                        item_id,
                        f"{section_text(number)} {title}",
                        node,
                        body_id=node.body_id,
                        year=node.year,
                        meeting_id=node.key,
                        locked=node.locked,
                        state=node.state,
                        tooltip=title,
                        fetched=True,
                    )
                    for item_id, number, title in rows2
                ]
        return []

    def _count_text(self, count: int) -> str:
        return self.tr("1 asia") if count == 1 else self.tr("{count} asiaa").format(count=count)

    def _load_bodies(self) -> None:
        self._root.fetched = False
        self.fetchMore(QModelIndex())

    # --- tree structure -----------------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._root)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].uid)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.uid)

    def index_of(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.uid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        node = self.node(parent)
        if node.kind == NodeKind.ITEM:
            return False
        return not node.fetched or bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        node = self.node(parent)
        return node.kind != NodeKind.ITEM and not node.fetched

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        node = self.node(parent)
        # Views and the model tester may ask for more from inside our own insert or remove notifications;
        # nesting another insert there is not allowed, and they ask again later (canFetchMore stays true).
        if node.fetched or node.kind == NodeKind.ITEM or self._changing:
            return
        node.fetched = True
        children = self._children_of(node)
        if not children:
            return
        self._changing = True
        try:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = [self._register(c) for c in children]
            for row, child in enumerate(node.children):
                child.row = row
            self.endInsertRows()
        finally:
            self._changing = False

    # --- data -------------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.locked and node.kind == NodeKind.MEETING:
                return node.tooltip + " — " + self.tr("pöytäkirja tarkastettu, vain luku")
            return node.tooltip or None
        if role == Qt.ItemDataRole.FontRole and node.kind in (NodeKind.BODY, NodeKind.YEAR):
            font = QFont()
            font.setBold(node.kind == NodeKind.BODY)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.locked and node.kind == NodeKind.ITEM:
            return Qt.GlobalColor.darkGray
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind == NodeKind.ITEM and not node.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == NodeKind.MEETING and not node.locked:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == NodeKind.ITEM:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # --- drag and drop ----------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        mime = QMimeData()
        items = [self.node(i) for i in indexes if i.isValid() and self.node(i).kind == NodeKind.ITEM]
        if items:
            mime.setData(ITEM_MIME, QByteArray(str(items[0].key).encode("ascii")))
        return mime

    def drop_target(self, row: int, parent: Index) -> tuple[int, int] | None:
        """(meeting id, position) for a drop at ``row`` under ``parent``, or None where nothing may go."""
        target = self.node(parent)
        if target.kind == NodeKind.ITEM:  # dropped onto an item: take its place
            meeting = target.parent
            position = target.row
        elif target.kind == NodeKind.MEETING:
            meeting = target
            position = row if row >= 0 else len(target.children)
        else:
            return None
        if meeting is None or meeting.locked:
            return None
        return meeting.key, position

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(ITEM_MIME) and self.drop_target(row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction or not data.hasFormat(ITEM_MIME):
            return False
        target = self.drop_target(row, parent)
        if target is None:
            return False
        item_id = int(bytes(data.data(ITEM_MIME).data()).decode("ascii"))
        source = self.item_node(item_id)
        meeting_id, position = target
        if source is not None and source.meeting_id == meeting_id and position > source.row:
            position -= 1  # the item leaves its old place first
        self.move_requested.emit(item_id, meeting_id, position)
        # Nothing moved here: the window moves the item and reloads, so the view must not remove rows.
        return False

    # --- finding and reloading --------------------------------------------------------------------------

    def _find(self, node: Node, kind: NodeKind, key: int) -> Node | None:
        for child in node.children:
            if child.kind == kind and child.key == key:
                return child
        return None

    def item_node(self, item_id: int) -> Node | None:
        for node in self._nodes.values():
            if node.kind == NodeKind.ITEM and node.key == item_id:
                return node
        return None

    def meeting_node(self, meeting_id: int) -> Node | None:
        for node in self._nodes.values():
            if node.kind == NodeKind.MEETING and node.key == meeting_id:
                return node
        return None

    def loaded_meetings(self, body_id: int) -> list[int]:
        """The ids of the body's meetings whose rows are loaded (all their § numbers may follow a change)."""
        return [
            node.key
            for node in list(self._nodes.values())
            if node.kind == NodeKind.MEETING and node.body_id == body_id
        ]

    def reveal_item(self, item_id: int) -> QModelIndex:
        """Fetch the rows down to the item and return its index (invalid if the item no longer exists)."""
        with self._database.begin() as session:
            row = session.execute(
                select(Item.body_id, Item.year, Item.meeting_id).where(Item.id == item_id)
            ).one_or_none()
        if row is None:
            return QModelIndex()
        body_id, year, meeting_id = row
        node: Node | None = self._root
        for kind, key in (
            (NodeKind.BODY, body_id),
            (NodeKind.YEAR, year),
            (NodeKind.MEETING, meeting_id),
            (NodeKind.ITEM, item_id),
        ):
            assert node is not None
            if not node.fetched:
                self.fetchMore(self.index_of(node))
            node = self._find(node, kind, key)
            if node is None:
                return QModelIndex()
        assert node is not None
        return self.index_of(node)

    def reveal_meeting(self, meeting_id: int) -> QModelIndex:
        with self._database.begin() as session:
            row = session.execute(select(Meeting.body_id, Meeting.year).where(Meeting.id == meeting_id)).one_or_none()
        if row is None:
            return QModelIndex()
        node: Node | None = self._root
        for kind, key in ((NodeKind.BODY, row[0]), (NodeKind.YEAR, row[1]), (NodeKind.MEETING, meeting_id)):
            assert node is not None
            if not node.fetched:
                self.fetchMore(self.index_of(node))
            node = self._find(node, kind, key)
            if node is None:
                return QModelIndex()
        assert node is not None
        return self.index_of(node)

    def reload(self, node: Node) -> None:
        """Read a row's children again (after items were added, moved or renumbered)."""
        parent = self.index_of(node)
        if node.children:
            self._changing = True
            try:
                self.beginRemoveRows(parent, 0, len(node.children) - 1)
                for child in node.children:
                    self._forget(child)
                node.children = []
                self.endRemoveRows()
            finally:
                self._changing = False
        node.fetched = False
        self.fetchMore(parent)

    def reload_meeting(self, meeting_id: int) -> None:
        node = self.meeting_node(meeting_id)
        if node is not None:
            self.reload(node)

    def reload_body(self, body_id: int) -> None:
        node = self._find(self._root, NodeKind.BODY, body_id)
        if node is not None:
            self.reload(node)

    def reload_all(self) -> None:
        """Read everything again from the bodies down (rows removed and inserted, not a model reset, so that
        views and testers fetching lazily never see rows inserted in the middle of a reset)."""
        self.reload(self._root)


def _fi_date(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


class NavigatorView(QTreeView):
    """The tree of the navigator, set up for moving items by drag and drop (Ctrl+Up/Down are window actions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tab_leaves(self)
