"""The secretary's desk: the navigator, the item editor and the details panel, with menus, toolbar and actions.

Meetings and items change only through ``core.meetings``; the window saves the open item first, runs the
change in one transaction, reloads the meeting in the navigator and selects the item again. Actions are
enabled from the selection and the meeting's state in ``update_actions``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QSplitter
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import meetings as meeting_ops
from db.engine import Database
from db.enums import MeetingState
from db.errors import NotFound
from db.models import Body, Meeting, Organisation
from gui import actions as desk_actions
from gui import settings as declared
from gui.details_panel import DetailsPanel
from gui.dialogs import MeetingInfo, Prompts, SaveChoice, Sending
from gui.errors import show_error
from gui.i18n import section_text
from gui.item_editor import ItemEditor
from gui.keyboard import add_mnemonics
from gui.navigator import NavigatorModel, NavigatorView, Node, NodeKind
from gui.settings import Settings

if TYPE_CHECKING:
    from gui.backup_dialog import AutoBackup
    from gui.search import SearchPanel


def _available(module: str) -> bool:
    """Whether a colleague's piece has landed (its actions are added only then)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class MainWindow(QMainWindow):
    """The main window of Sihteeri.

    Attributes:
        database: the open database; settings: the user's preferences; prompts: the questions to the user.
        model, tree: the navigator; editor: the item editor; details: the details panel; search: the search panel.
        named_actions: the QActions by name.
    """

    def __init__(
        self,
        database: Database,
        settings: Settings | None = None,
        prompts: Prompts | None = None,
        *,
        auto_backup: bool = False,
    ) -> None:
        super().__init__()
        self.database = database
        self.settings = settings or Settings()
        self.prompts = prompts or Prompts()
        self.setWindowTitle(self.tr("Sihteeri — {where}").format(where=database.description))
        self.model = NavigatorModel(database, self)
        self.tree = NavigatorView()
        self.tree.setAccessibleName(self.tr("Toimielimet, kokoukset ja asiat"))
        self.tree.setObjectName("navigator")
        self.tree.setModel(self.model)
        self.editor = ItemEditor(
            database, prompts=self.prompts, autosave_seconds=self.settings.get(declared.AUTOSAVE_SECONDS)
        )
        self.details = DetailsPanel(database)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([340, 740, 300])
        self.setCentralWidget(self.splitter)
        # The search panel (and db.search under it) is made when the dock is first shown: most starts never
        # search, and making it took 45 ms of the start (see the ``search`` property).
        self._search: SearchPanel | None = None
        self.search_dock = QDockWidget(self.tr("Haku"), self)
        self.search_dock.setObjectName("searchDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.search_dock.visibilityChanged.connect(self._search_dock_visibility)
        self.state_label = QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self.named_actions: dict[str, QAction] = {}
        self._make_actions()
        self._make_menus()
        desk_actions.install(self)
        for menu_action in self.menuBar().actions():
            if isinstance(menu := menu_action.menu(), QMenu):
                add_mnemonics(menu)
        self.last_operation: object | None = None
        self.successor: MainWindow | None = None
        self.auto_backup: AutoBackup | None = None  # daily backups, and one on closing
        if auto_backup and desk_actions.available("gui.backup_dialog"):
            from gui.backup_dialog import AutoBackup

            self.auto_backup = AutoBackup(database, self)
            self.auto_backup.warned.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.move_requested.connect(self._move_requested)
        self.model.modelReset.connect(self.update_actions)
        self.editor.changed.connect(self.update_actions)
        self.editor.saved.connect(self._item_saved)
        self._restoring = False
        self.resize(1360, 820)
        self.restore_state()
        self.update_actions()

    @property
    def search(self) -> SearchPanel:
        """The search panel in the search dock, made on first use (the dock shown, or asked for by name)."""
        if self._search is None:
            from gui.search import SearchPanel

            self._search = SearchPanel(self.database)
            self._search.open_item.connect(self.open_item)
            self.search_dock.setWidget(self._search)
        return self._search

    def _search_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.search  # noqa: B018 (made now: shown from the menu, or by the window state restored)

    def _refresh_search_filters(self) -> None:
        """New meetings or bodies: the search filters read them again (a panel not made yet reads them when made)."""
        if self._search is not None:
            self._search.refresh_filters()

    # --- actions and menus -------------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.named_actions[name] = action
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self._action(
            "new_meeting",
            self.tr("Uusi kokous…"),
            self.new_meeting,
            "Ctrl+Shift+N",
            self.tr("Luo kokous vakioasioineen"),
        )
        self._action(
            "meeting_info",
            self.tr("Kokouksen tiedot…"),
            self.edit_meeting_info,
            None,
            self.tr("Muuta kokouksen päivämäärää, alkamisaikaa, paikkaa tai numeroa"),
        )
        self._action(
            "agenda_published",
            self.tr("Merkitse esityslista julkaistuksi…"),
            self.mark_agenda_published,
            None,
            self.tr("Kirjaa päivä, jona kokouskutsu ja esityslista lähetettiin ja julkaistiin"),
        )
        self._action(
            "record_sending",
            self.tr("Otteiden lähettäminen…"),
            self.record_sending,
            "Ctrl+Shift+O",
            self.tr("Kirjaa, milloin ja miten pykälän otteet lähetettiin; asianosaisten määräajat lasketaan niistä"),
        )
        self._action(
            "first_section",
            self.tr("Vuoden ensimmäinen pykälä…"),
            self.set_first_section,
            None,
            self.tr("Anna toimielimen vuoden ensimmäisen pykälän numero (käyttöönotto kesken vuoden)"),
        )
        self._action(
            "new_item",
            self.tr("Uusi asia…"),
            self.new_item,
            QKeySequence.StandardKey.New,
            self.tr("Lisää asia kokoukseen"),
        )
        self._action(
            "save", self.tr("Tallenna"), self.save, QKeySequence.StandardKey.Save, self.tr("Tallenna asian muutokset")
        )
        self._action("revert", self.tr("Hylkää muutokset"), self.revert)
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("Kumoa"))
        undo.setObjectName("undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("Tee uudelleen"))
        redo.setObjectName("redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            self.named_actions[action.objectName()] = action
            self.addAction(action)
        self._action(
            "find",
            self.tr("Etsi…"),
            self.show_search,
            QKeySequence.StandardKey.Find,
            self.tr("Hae kaikkien vuosien asioista"),
        )
        self._action("remove_item", self.tr("Poista asia"), self.remove_item, QKeySequence.StandardKey.Delete)
        self._action(
            "remove_meeting",
            self.tr("Poista kokous…"),
            self.remove_meeting,
            None,
            self.tr("Poista vahingossa luotu kokous asioineen (vain ennen kuin sen esityslista on julkaistu)"),
        )
        self._action("move_up", self.tr("Siirrä ylös"), lambda: self.move_by(-1), "Ctrl+Up",
                     self.tr("Siirrä valittu asia ylemmäs (Ctrl+Ylös toimii siirtimessä)"))  # fmt: skip
        self._action("move_down", self.tr("Siirrä alas"), lambda: self.move_by(1), "Ctrl+Down",
                     self.tr("Siirrä valittu asia alemmas (Ctrl+Alas toimii siirtimessä)"))  # fmt: skip
        for name in ("move_up", "move_down", "remove_item"):
            # The keys work only in the navigator: in a text field Ctrl+Up/Down jump between paragraphs, and Delete
            # deletes a character (it asks before removing a §, No being the default answer).
            action = self.named_actions[name]
            self.removeAction(action)
            self.tree.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._action("move_to_meeting", self.tr("Siirrä toiseen kokoukseen…"), self.move_to_meeting)
        self._action("refresh", self.tr("Päivitä"), self.refresh, QKeySequence.StandardKey.Refresh)
        self._action(
            "open_database",
            self.tr("Avaa tietokanta…"),
            self.open_other_database,
            QKeySequence.StandardKey.Open,
            self.tr("Avaa toinen tietokanta: tiedosto, jaettu PostgreSQL-tietokanta tai oletustietokanta"),
        )
        self._action(
            "online_removals",
            self.tr("Verkosta poistettavat…"),
            self.open_online_removals,
            None,
            self.tr("Mitkä henkilötiedot ja pöytäkirjat poistetaan yleisestä tietoverkosta ja milloin"),
        )
        # StandardKey.Preferences is empty on Windows and Linux; Ctrl+, is the common key there (and macOS's own).
        self._action("settings", self.tr("Asetukset…"), self.open_settings, "Ctrl+,")
        self._action("quit", self.tr("Lopeta"), self.close, QKeySequence.StandardKey.Quit)
        self._action("about", self.tr("Tietoja Sihteeristä"), self.about)

    def _make_menus(self) -> None:
        bar = self.menuBar()

        def fill(menu: QMenu, names: tuple[str | None, ...]) -> QMenu:
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.named_actions[name])
            return menu

        self.file_menu = fill(
            bar.addMenu(self.tr("&Tiedosto")),
            ("open_database", None, "save", "revert", None, "settings", None, "quit"),
        )
        self.edit_menu = fill(bar.addMenu(self.tr("&Muokkaa")), ("undo", "redo", None, "find"))
        self.meeting_menu = fill(
            bar.addMenu(self.tr("&Kokous")),
            ("new_meeting", "meeting_info", "agenda_published", "first_section", "new_item", None, "move_up",
             "move_down", "move_to_meeting", "remove_item", "remove_meeting", None, "record_sending", None),
        )
        view_menu = fill(bar.addMenu(self.tr("&Näytä")), ("refresh",))
        view_menu.addAction(self.search_dock.toggleViewAction())
        self.tools_menu = fill(bar.addMenu(self.tr("T&yökalut")), ("online_removals",))
        fill(bar.addMenu(self.tr("&Ohje")), ("about",))
        self.toolbar = self.addToolBar(self.tr("Työkalut"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new_meeting", "new_item", "save", "undo", "redo", "move_up", "move_down", "find"):
            self.toolbar.addAction(self.named_actions[name])

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def update_actions(self) -> None:
        """Enable the actions that make sense for the selection and the meeting's state."""
        node = self.current_node()
        kind = node.kind if node is not None else None
        in_meeting = kind in (NodeKind.MEETING, NodeKind.ITEM)
        unlocked = node is not None and not node.locked
        item_selected = kind == NodeKind.ITEM
        editable_item = item_selected and unlocked
        self.named_actions["new_item"].setEnabled(bool(in_meeting and unlocked))
        self.named_actions["meeting_info"].setEnabled(bool(in_meeting and unlocked))
        # The agenda's publication is recorded before the meeting (it is refused once the meeting has begun).
        before_meeting = node is not None and node.state is not None and node.state.rank < MeetingState.HELD.rank
        self.named_actions["agenda_published"].setEnabled(bool(in_meeting and before_meeting))
        # A meeting goes only while it is a draft: once its agenda is published it has gone out.
        self.named_actions["remove_meeting"].setEnabled(bool(in_meeting and node is not None
                                                             and node.state == MeetingState.DRAFT))
        self.named_actions["record_sending"].setEnabled(item_selected)  # checked minutes too: sent after checking
        self.named_actions["first_section"].setEnabled(node is not None and kind != NodeKind.ROOT)
        self.named_actions["new_meeting"].setEnabled(self.model.rowCount() > 0)
        self.named_actions["save"].setEnabled(self.editor.dirty)
        self.named_actions["revert"].setEnabled(self.editor.dirty)
        self.named_actions["remove_item"].setEnabled(editable_item)
        self.named_actions["move_to_meeting"].setEnabled(editable_item)
        row = node.row if node is not None else 0
        siblings = len(node.parent.children) if node is not None and node.parent is not None else 0
        self.named_actions["move_up"].setEnabled(editable_item and row > 0)
        self.named_actions["move_down"].setEnabled(editable_item and row < siblings - 1)
        desk_actions.update(self)
        if self.editor.item_id is None:
            self.state_label.setText("")
        elif self.editor.read_only:
            self.state_label.setText(self.tr("Vain luku (tarkastettu pöytäkirja)"))
        elif self.editor.dirty:
            self.state_label.setText(self.tr("Tallentamattomia muutoksia"))
        else:
            self.state_label.setText(self.tr("Tallennettu"))

    # --- selection ---------------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring:
            return
        node = self.model.node(current) if current.isValid() else None
        before = self.model.node(previous) if previous.isValid() else None
        meeting_id = node.meeting_id if node is not None else 0
        if node is not None and node.locked and meeting_id and (before is None or before.meeting_id != meeting_id):
            desk_actions.check_meeting_on_open(self, meeting_id)
        item_id = node.key if node is not None and node.kind == NodeKind.ITEM else None
        chosen_meeting = node.key if node is not None and node.kind == NodeKind.MEETING else None
        changing = item_id != self.editor.item_id
        if changing and not self.maybe_save():
            self._restoring = True
            try:
                self.tree.setCurrentIndex(previous)
            finally:
                self._restoring = False
            return
        if changing or item_id is None:  # also from one meeting, body or year row to another
            try:
                if changing and item_id is not None:
                    self.editor.load(item_id)
                elif changing:
                    self.editor.show_nothing()
                # The details panel follows the navigator: an item's details, a meeting's, or nothing.
                if item_id is None and chosen_meeting is not None:
                    self.details.show_meeting(chosen_meeting)
                else:
                    self.details.show_item(item_id)
            except NotFound as exc:
                show_error(self, exc)
                if item_id is not None and meeting_id:
                    # Removed by another user (a shared database) since the navigator read its meeting: the
                    # meeting's §§ are read again, once this change of the current row is over.
                    QTimer.singleShot(0, lambda: self._reread_meeting(meeting_id))
            except Exception as exc:
                show_error(self, exc)
        self.update_actions()

    def _reread_meeting(self, meeting_id: int) -> None:
        """Read a meeting's §§ again and choose the meeting (its § chosen was not found)."""
        self._restoring = True
        try:
            self.model.reload_meeting(meeting_id)
        finally:
            self._restoring = False
        self.editor.show_nothing()
        self.select_meeting(meeting_id)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False if the user cancelled (or saving failed)."""
        if not self.editor.dirty:
            return True
        choice = self.prompts.ask_save(self, str(self.editor.value("title") or ""))
        if choice == SaveChoice.SAVE:
            return self.editor.save()
        if choice == SaveChoice.DISCARD:
            self.editor.discard_draft()
            self.editor.show_nothing()
            return True
        return False

    def open_item(self, item_id: int) -> None:
        """Jump to an item: reveal it in the navigator and select it."""
        index = self.model.reveal_item(item_id)
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def select_meeting(self, meeting_id: int) -> None:
        index = self.model.reveal_meeting(meeting_id)
        if index.isValid():
            self.tree.expand(index.parent())
            if self.model.canFetchMore(index):
                self.model.fetchMore(index)
            self.tree.setCurrentIndex(index)
            self.tree.expand(index)

    # --- meetings and items ------------------------------------------------------------------------------

    def _change(self, work: Callable[[Session], int | None], *, reload_meetings: Callable[[], list[int]]) -> int | None:
        """Save the open item, run ``work`` in one transaction, reload meetings; return work's result."""
        if self.editor.dirty and not self.editor.save():
            return None
        try:
            with self.database.begin() as session:
                result = work(session)
        except Exception as exc:
            show_error(self, exc)
            return None
        current = self.editor.item_id
        self._restoring = True
        try:
            for meeting_id in reload_meetings():
                self.model.reload_meeting(meeting_id)
        finally:
            self._restoring = False
        target = result if isinstance(result, int) and result > 0 else current
        if target is not None:
            self.editor.show_nothing()
            self.open_item(target)
        self._refresh_search_filters()
        self.update_actions()
        self._tell_conduct(None)
        return result

    def _bodies(self) -> list[tuple[int, str, str]]:
        with self.database.begin() as session:
            rows = session.execute(
                select(Body.id, Body.name, Body.default_place, Organisation.name)
                .join(Organisation, Body.organisation_id == Organisation.id)
                .where(Body.active.is_(True))
                .order_by(Organisation.is_home.desc(), Organisation.name, Body.sort_order)
            ).all()
        several = len({org for *_rest, org in rows}) > 1
        return [(i, f"{name} — {org}" if several else name, place) for i, name, place, org in rows]

    def new_meeting(self) -> None:
        node = self.current_node()
        asked = self.prompts.new_meeting(self, self._bodies(), node.body_id if node is not None else None)
        if asked is None:
            return
        if self.editor.dirty and not self.editor.save():
            return
        try:
            with self.database.begin() as session:
                secretary = meeting_ops.suggest_secretary(
                    session, body_id=asked.body_id, own_name=self.settings.get(declared.SECRETARY_NAME)
                )
                meeting = meeting_ops.create_meeting(
                    session, body_id=asked.body_id, date=asked.date, place=asked.place or None, secretary_id=secretary,
                    start_time=asked.start_time,
                )
                meeting_id = meeting.id
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.reload_body(asked.body_id)
        self._refresh_search_filters()
        self.select_meeting(meeting_id)
        self.statusBar().showMessage(self.tr("Kokous luotu vakioasioineen."), 5000)

    def _selected_meeting_id(self) -> int | None:
        """The meeting of the selected row (the meeting itself or one of its items)."""
        node = self.current_node()
        if node is None or node.kind not in (NodeKind.MEETING, NodeKind.ITEM):
            return None
        return node.key if node.kind == NodeKind.MEETING else node.meeting_id

    def _change_body(self, work: Callable[[Session], object], body_id: int, message: str, *,
                     meeting_id: int | None = None) -> None:  # fmt: skip
        """Save the open item, run ``work`` in one transaction, then read the body's rows again (a meeting's label or
        state, or the year's § numbers, changed) and show the same item, else ``meeting_id``. A refusal is shown."""
        if not self.maybe_save():
            return
        try:
            with self.database.begin() as session:
                work(session)
        except Exception as exc:
            show_error(self, exc)
            return
        item_id = self.editor.item_id
        self.model.reload_body(body_id)
        if item_id is not None:
            self.open_item(item_id)
        elif meeting_id is not None:
            self.select_meeting(meeting_id)
        self.statusBar().showMessage(message, 5000)
        self._tell_conduct(None)

    def edit_meeting_info(self) -> None:
        """Change the selected meeting's date, starting time, place and number (Kokous → Kokouksen tiedot…)."""
        meeting_id = self._selected_meeting_id()
        if meeting_id is None:
            return
        with self.database.begin() as session:
            meeting = meeting_ops.get_meeting(session, meeting_id)
            title = self.tr("Kokous {number}/{year}").format(number=meeting.number, year=meeting.year)
            current = MeetingInfo(meeting.date, meeting.start_time, meeting.place, meeting.number)
            body_id = meeting.body_id
        asked = self.prompts.meeting_info(self, title, current)
        if asked is None or asked == current:
            return
        self._change_body(
            lambda session: meeting_ops.update_meeting(
                session, meeting_id, date=asked.date, start_time=asked.start_time, place=asked.place,
                number=asked.number,
            ),
            body_id,
            self.tr("Kokouksen tiedot tallennettu."),
            meeting_id=meeting_id,
        )

    def open_online_removals(self) -> None:
        """Työkalut → Verkosta poistettavat…: the reminder list; a chosen row's meeting is shown, and its minutes
        saved for the web without personal data when that was asked for."""
        choice = self.prompts.online_removals(self, self.database)
        if choice is None:
            return
        self.select_meeting(choice.meeting_id)
        if choice.publish:
            from gui.actions import publish

            publish(self, without_personal_data=True)

    def mark_agenda_published(self) -> None:
        """Record the day the selected meeting's agenda went out (Kokous → Merkitse esityslista julkaistuksi…)."""
        from core import minutes

        meeting_id = self._selected_meeting_id()
        if meeting_id is None:
            return
        with self.database.begin() as session:
            meeting = meeting_ops.get_meeting(session, meeting_id)
            current = meeting.agenda_published_date or min(dt.date.today(), meeting.date)
            body_id = meeting.body_id
        day = self.prompts.ask_date(self, self.tr("Esityslista julkaistu"), self.tr("Julkaisupäivä"), current)
        if day is None:
            return
        self._change_body(
            lambda session: minutes.mark_agenda_published(session, meeting_id, day),
            body_id,
            self.tr("Esityslista merkitty julkaistuksi."),
            meeting_id=meeting_id,
        )

    def record_sending(self) -> None:
        """When and how the open §'s excerpts went to its recipients (Kokous → Otteiden lähettäminen…); the
        parties' appeal periods in the details panel run from these. Checked minutes allow it too."""
        from core import minutes

        node = self.current_node()
        if node is None or node.kind != NodeKind.ITEM:
            return
        if not self.maybe_save():  # recipients added in the editor must exist first
            return
        item_id = node.key
        with self.database.begin() as session:
            item = meeting_ops.get_item(session, item_id)
            rows = [Sending(r.id, r.name, r.is_party, r.sent_date, r.delivery_method, r.received_date)
                    for r in item.recipients]  # fmt: skip
            title = self.tr("Otteiden lähettäminen – {section} §").format(section=item.section_number)
        if not rows:
            self.prompts.information(self, title, self.tr(
                "Pykälällä ei ole vastaanottajia. Lisää ne asian kohtaan Tiedoksi / otteet ja tallenna."))  # fmt: skip
            return
        answer = self.prompts.record_sending(self, title, rows)
        if answer is None:
            return
        try:
            with self.database.begin() as session:
                for before, after in zip(rows, answer, strict=True):
                    if (before.sent, before.method, before.received) != (after.sent, after.method, after.received):
                        minutes.record_sending(session, after.recipient_id, sent=after.sent, method=after.method,
                                               received=after.received)  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.details.show_item(item_id)
        self.statusBar().showMessage(self.tr("Otteiden lähettäminen kirjattu."), 4000)

    def set_first_section(self) -> None:
        """The number of the selected body's first § in a year (Kokous → Vuoden ensimmäinen pykälä…), for a body
        whose earlier meetings of the year were held before Sihteeri; the year's § numbers follow."""
        node = self.current_node()
        if node is None or node.kind == NodeKind.ROOT:
            return
        body_id = node.key if node.kind == NodeKind.BODY else node.body_id
        year = node.year or dt.date.today().year
        with self.database.begin() as session:
            body = session.get(Body, body_id)
            if body is None:
                return
            name = body.name
            current = meeting_ops.first_section(session, body_id=body_id, year=year)
        asked = self.prompts.first_section(self, name, year, current)
        if asked is None:
            return
        chosen_year, number = asked
        self._change_body(
            lambda session: meeting_ops.set_first_section(session, body_id=body_id, year=chosen_year, number=number),
            body_id,
            self.tr("Vuoden {year} pykälät alkavat numerosta {number}.").format(year=chosen_year, number=number),
        )

    def new_item(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in (NodeKind.MEETING, NodeKind.ITEM):
            return
        meeting_id = node.key if node.kind == NodeKind.MEETING else node.meeting_id
        position = node.row + 1 if node.kind == NodeKind.ITEM else None
        title = self.prompts.item_title(self)
        if not title:
            return

        def work(session: Session) -> int:
            return meeting_ops.add_item(session, meeting_id=meeting_id, title=title, position=position).id

        # The year's later meetings are renumbered too.
        self._change(work, reload_meetings=lambda: self.model.loaded_meetings(node.body_id) or [meeting_id])

    def remove_item(self) -> None:
        node = self.current_node()
        if node is None or node.kind != NodeKind.ITEM:
            return
        if not self.prompts.confirm(
            self,
            self.tr("Poista asia"),
            self.tr("Poistetaanko asia ”{title}” teksteineen? Seuraavat pykälänumerot siirtyvät. Poistoa ei voi "
                    "kumota.").format(title=node.label),
        ):
            return
        item_id, meeting_id = node.key, node.meeting_id
        if self.editor.item_id == item_id:
            self.editor.discard_draft()
        self.editor.show_nothing()

        def work(session: Session) -> int:
            meeting_ops.remove_item(session, item_id=item_id)
            return 0

        body_id = node.body_id  # the year's later meetings are renumbered too
        self._change(work, reload_meetings=lambda: self.model.loaded_meetings(body_id) or [meeting_id])
        self.select_meeting(meeting_id)

    def remove_meeting(self) -> None:
        """Kokous → Poista kokous…: a meeting created by mistake, with its items (``core.meetings.remove_meeting``:
        only while its agenda is unpublished); the year's later § numbers close the gap."""
        meeting_id = self._selected_meeting_id()
        if meeting_id is None:
            return
        with self.database.begin() as session:
            meeting = meeting_ops.get_meeting(session, meeting_id)
            count = len(meeting_ops.meeting_items(session, meeting_id))
            day, number, year, body_id = meeting.date, meeting.number, meeting.year, meeting.body_id
        if not self.prompts.confirm(
            self,
            self.tr("Poista kokous"),
            self.tr("Poistetaanko kokous {number}/{year} ({date}) ja sen {count} asiaa? Vuoden myöhempien kokousten "
                    "pykälänumerot siirtyvät. Poistoa ei voi kumota.").format(
                number=number, year=year, date=f"{day.day}.{day.month}.{day.year}", count=count),
        ):
            return
        if self.editor.item_id is not None and self.editor.meeting_id == meeting_id:
            self.editor.discard_draft()  # the item goes with the meeting: nothing to save or ask about
            self.editor.show_nothing()
        self._change_body(lambda session: meeting_ops.remove_meeting(session, meeting_id=meeting_id), body_id,
                          self.tr("Kokous poistettu."))
        self._refresh_search_filters()

    def move_by(self, delta: int) -> None:
        node = self.current_node()
        if node is None or node.kind != NodeKind.ITEM or node.locked:
            return
        position = node.row + delta
        if position < 0 or node.parent is None or position >= len(node.parent.children):
            return
        self.move_item(node.key, node.meeting_id, position)

    def _move_requested(self, item_id: int, meeting_id: int, position: int) -> None:
        # Called from inside the view's drop handling: move once the drop has finished.
        QTimer.singleShot(0, lambda: self.move_item(item_id, meeting_id, position))

    def move_item(self, item_id: int, meeting_id: int, position: int | None) -> None:
        """Move an item to ``position`` in a meeting (its own or another; None: before the other meeting's closing
        items); § numbers follow."""
        source = self.model.item_node(item_id)
        source_meeting = source.meeting_id if source is not None else meeting_id

        def work(session: Session) -> int:
            if source_meeting == meeting_id:
                if position is not None:
                    meeting_ops.move_item(session, item_id=item_id, position=position)
            else:
                meeting_ops.move_item_to_meeting(session, item_id=item_id, meeting_id=meeting_id, position=position)
            return item_id

        def reload() -> list[int]:
            # Renumbering reaches the later meetings of the year: reload every loaded meeting of the body.
            loaded = self.model.loaded_meetings(source.body_id) if source is not None else []
            return loaded or [meeting_id, source_meeting]

        self._change(work, reload_meetings=reload)

    def move_to_meeting(self) -> None:
        node = self.current_node()
        if node is None or node.kind != NodeKind.ITEM:
            return
        with self.database.begin() as session:
            rows = session.scalars(
                select(Meeting)
                .where(Meeting.body_id == node.body_id, Meeting.id != node.meeting_id)
                .order_by(Meeting.date.desc())
            ).all()
            choices = [
                (m.id, f"{m.number}/{m.year} · {m.date.day}.{m.date.month}.{m.date.year}")
                for m in rows
                if not m.state.is_locked
            ]
        if not choices:
            self.prompts.information(
                self, self.tr("Siirrä toiseen kokoukseen"), self.tr("Toimielimellä ei ole muita avoimia kokouksia.")
            )
            return
        target = self.prompts.choose_meeting(self, choices)
        if target is None:
            return
        self.model.reveal_meeting(target)
        self.move_item(node.key, target, None)  # before the target's closing items

    # --- saving, search, settings ------------------------------------------------------------------------

    def save(self) -> None:
        self.editor.save()

    def revert(self) -> None:
        """Tiedosto → Hylkää muutokset: the unsaved changes are thrown away (for good) only when the user says so."""
        if not self.editor.dirty:
            return
        if self.prompts.confirm(
            self,
            self.tr("Hylkää muutokset"),
            self.tr("Hylätäänkö asian ”{title}” tallentamattomat muutokset? Hylättyjä muutoksia ei voi palauttaa.")
            .format(title=self.editor.value("title") or ""),
        ):
            self.editor.revert()

    def _item_saved(self, item_id: int) -> None:
        node = self.model.item_node(item_id)
        if node is not None:
            node.label = f"{section_text(self.editor.section_number)} {self.editor.value('title')}"
            index = self.model.index_of(node)
            self.model.dataChanged.emit(index, index)
        self.details.show_item(item_id)
        self.statusBar().showMessage(self.tr("Asia tallennettu."), 4000)
        self._tell_conduct(self.editor.meeting_id)

    def _tell_conduct(self, meeting_id: int | None) -> None:
        """Open meeting-conduct views (``gui.conduct``) show what the desk saved (None: any meeting may change)."""
        from PySide6.QtWidgets import QWidget

        for view in self.findChildren(QWidget, "meetingConduct"):
            desk_changed = getattr(view, "desk_changed", None)
            if desk_changed is not None:
                desk_changed(meeting_id)

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    def refresh(self) -> None:
        if not self.maybe_save():
            return
        current = self.editor.item_id
        self._restoring = True
        try:
            self.model.reload_all()
        finally:
            self._restoring = False
        self.editor.show_nothing()
        self._refresh_search_filters()
        if current is not None:
            self.open_item(current)

    def open_settings(self) -> None:
        from gui.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self, self.database)
        accepted = dialog.exec()
        if dialog.database_changed:  # bodies renamed, added or out of use; the organisation's name
            self.refresh()
        if accepted and dialog.language_changed:
            self.prompts.information(
                self, self.tr("Asetukset"), self.tr("Kieli vaihtuu, kun käynnistät Sihteerin uudelleen.")
            )
        self.editor.autosave_timer.setInterval(self.settings.get(declared.AUTOSAVE_SECONDS) * 1000)

    def about(self) -> None:
        """The version, and where the database, logs and crash reports are: what support asks first."""
        self.prompts.information(self, self.tr("Tietoja Sihteeristä"), self.about_text())

    def about_text(self) -> str:
        import importlib.metadata
        import platform

        import sqlalchemy
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from cli.logs import log_path
        from db.paths import crash_report_dir

        try:
            version = importlib.metadata.version("sihteeri")
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        lines = [
            self.tr("Sihteeri {version} — toimielimen sihteerin työväline: esityslistat, pöytäkirjat, otteet ja "
                    "sopimukset.").format(version=version),
            "",
            self.tr("Tietokanta: {database}").format(database=self.database.description),
            self.tr("Loki: {path}").format(path=log_path()),
            self.tr("Virheraportit: {path}").format(path=crash_report_dir()),
            "",
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
            f"SQLAlchemy {sqlalchemy.__version__}",
        ]  # fmt: skip
        return "\n".join(lines)

    def current_agreement_id(self) -> int | None:
        if self.editor.item_id is None:
            return None
        with self.database.begin() as session:
            item = meeting_ops.get_item(session, self.editor.item_id)
            return item.agreement_id

    def meeting_changed(self, meeting_id: int) -> None:
        """Another view changed a meeting (its conduct, its state): show it as it now is."""
        current = self.editor.item_id
        self._restoring = True
        try:
            self.model.reload_meeting(meeting_id)
            node = self.model.meeting_node(meeting_id)
            if node is not None and node.parent is not None:
                self.model.reload(node.parent)  # the state (and lock) shows in the meeting's row
        finally:
            self._restoring = False
        if current is not None and not self.editor.dirty:
            self.editor.show_nothing()
            self.open_item(current)
        elif current is not None:
            # Unsaved text on the desk stays: what was saved elsewhere comes in around it (no conflict on saving).
            both = self.editor.take_in_saved_elsewhere()
            self.open_item(current)  # selected again in the navigator; the editor keeps its text
            if both:
                self.prompts.information(self, self.tr("Asiaa muutettiin muualla"), self.tr(
                    "Asiaa tallennettiin muualla (esimerkiksi kokouksen kulussa) sillä aikaa, kun muokkasit sitä. "
                    "Tallentamattomat muutoksesi säilyivät. Kohdissa {fields} on nyt sinun tekstisi; se korvaa "
                    "muualla tallennetun, kun tallennat.").format(fields=", ".join(both)))  # fmt: skip
        self.update_actions()

    def open_other_database(self) -> None:
        """Open another database (or a new one, set up with the first-run questions) in a new window.

        The choice is remembered (``LAST_DATABASE``, a server's address without its password) and opened at the
        next start. This window closes as at quitting: its work is saved and its closing backup taken.
        """
        from db.engine import target_to_remember
        from gui.app import discard_new_file, first_run, is_demo, new_file_for, open_asking_password
        from gui.first_run import needs_first_run

        if not self.maybe_save():
            return
        target = self.prompts.choose_database(self, target_to_remember(self.database.url))
        if target is None:
            return
        new = new_file_for(target or None)  # removed again if its set-up is cancelled
        try:
            # An older one is upgraded after a verified backup; a server's password is asked if it wants one.
            opened = open_asking_password(target or None, self.prompts, self)
        except Exception as exc:
            show_error(self, exc)
            return
        if opened is None:
            return
        database = opened
        if needs_first_run(database):
            opened = first_run(database, self.settings, self)
            if opened is not database:
                database.dispose()
                discard_new_file(new)  # cancelled, or the demo chosen instead
            if opened is None:
                return
            database = opened
        demo = is_demo(database)
        self.settings.set(declared.LAST_DATABASE, "" if demo else target_to_remember(database.url))
        self.settings.set(declared.LAST_ITEM, 0)  # an item of this database means nothing in the other one
        self.successor = MainWindow(database, self.settings, self.prompts, auto_backup=not demo)
        self.successor.show()
        if not self.close():
            return
        self.successor.save_state()  # this window's closing wrote its own last item

    def close_database(self) -> None:
        """Let go of the database (before a backup is restored over it)."""
        self.editor.autosave_timer.stop()
        self.editor.show_nothing()
        self.database.dispose()

    def reopen(self, _target: str = "") -> None:
        """Open the (restored) database again in a new window and close this one.

        The new window takes over the automatic backups (an older backup is upgraded after a verified copy of
        it, as at start-up); this one closes without a backup of its own, since the restore took one.
        """
        from db.backup import open_for_use

        try:
            database = open_for_use(self.database.url, user=self.database.user)
        except Exception as exc:
            show_error(self, exc)
            return
        self.successor = MainWindow(database, self.settings, self.prompts, auto_backup=self.auto_backup is not None)
        if self.auto_backup is not None:
            self.auto_backup.stop()
            self.auto_backup = None
        self.successor.show()
        self.close()

    # --- window state ------------------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.get(declared.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(declared.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(declared.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        last = self.settings.get(declared.LAST_ITEM)
        if last:
            self.open_item(last)

    def save_state(self, last_item: int | None = None) -> None:
        self.settings.set(declared.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(declared.WINDOW_STATE, self.saveState())
        self.settings.set(declared.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(declared.LAST_ITEM, last_item or self.editor.item_id or 0)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        last_item = self.editor.item_id
        if not self.maybe_save():
            event.ignore()
            return
        self.save_state(last_item)
        self.editor.autosave_timer.stop()
        self._backup_on_close()
        event.accept()

    def _backup_on_close(self) -> None:
        """The verified backup taken on closing when the database has changed since the newest one.

        The window waits for it (about 2 s with 20 years of meetings), with a wait cursor and a message. A
        failed backup does not keep the window open: a full or missing folder is logged (the status bar had
        warned of it already), anything else is shown.
        """
        auto = self.auto_backup
        if auto is None:
            return
        self.statusBar().showMessage(QCoreApplication.translate("AutoBackup", "Otetaan varmuuskopiota…"))
        self.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auto.on_close()
        except Exception as exc:  # closing goes on; the user is told
            show_error(self, exc)
        finally:
            QApplication.restoreOverrideCursor()
