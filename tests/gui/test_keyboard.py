"""Keyboard use and screen-reader names in the windows: Tab leaves every view, fields say what they are."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.backup import BackupSettings
from db.engine import Database
from db.enums import BodyKind
from db.models import Body, Item, Meeting
from gui import actions
from gui.agreement_edit import AgreementDialog, AgreementForm
from gui.agreements import AgreementRegisterWindow
from gui.backup_dialog import BackupDialog
from gui.conduct import ClosingDialog, MeetingConductWidget
from gui.conduct_dialogs import DissentDialog, VoteDialog
from gui.dialogs import NewMeetingDialog, Sending, SendingDialog, time_of
from gui.first_run import KIND, FirstRunWizard
from gui.keyboard import mnemonic
from gui.main_window import MainWindow
from gui.navigator import NodeKind
from gui.settings import Settings, SettingsDialog
from gui.template_dialog import TemplateManagerDialog
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a field is: its accessible name, else the name Qt makes of its label or text.
    A combo box on Linux says its value as its name and its label through a relation; so for a combo box the
    label whose buddy it is counts."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QComboBox):
        labels = [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return labels[0].replace("&", "") if labels else ""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def unnamed_and_twice_named(root: QWidget, fields: list[QWidget]) -> tuple[list[str], dict[str, int]]:
    """The fields (in ``root``'s window, not a combo box's own line edit) without a name, and the names said of
    more than one field."""
    names: dict[str, int] = {}
    unnamed = []
    for widget in fields:
        if widget.window() is not root.window() or isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        name = spoken_name(widget)
        if not name:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
        names[name] = names.get(name, 0) + 1
    return unnamed, {name: count for name, count in names.items() if count > 1 and name}


def fields_of(widget: QWidget) -> list[QWidget]:
    """The fields in ``widget`` that the keyboard reaches (a table's header does not take the focus)."""
    return [child for child in widget.findChildren(QWidget)
            if isinstance(child, FIELDS) and child.focusPolicy() != Qt.FocusPolicy.NoFocus]


# The offscreen test platform warns when a window is shown or a combo box's list opens; it is not the windows.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

GUI = Path(__file__).resolve().parents[2] / "gui"
VIEW_CLASSES = {"QTableView", "QTableWidget", "QTreeView", "QTreeWidget", "QListView", "QListWidget", "QColumnView"}


def _select_meeting(window: MainWindow) -> None:
    """Select the first meeting in the navigator (expanding bodies and years on the way)."""
    model, tree = window.model, window.tree
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        node = model.node(index)
        if node is not None and node.kind == NodeKind.MEETING:
            tree.setCurrentIndex(index)
            return
        if model.canFetchMore(index):
            model.fetchMore(index)
        pending.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    raise AssertionError("no meeting in the navigator")


def _trapping_views(widget: QWidget) -> list[str]:
    views = widget.findChildren(QAbstractItemView)
    if isinstance(widget, QAbstractItemView):
        views.append(widget)
    return [f"{type(view).__name__} {view.objectName()!r} in {type(widget).__name__}"
            for view in views if view.tabKeyNavigation()]


def test_tab_leaves_every_item_view_of_the_windows(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure no table, tree or list of the desk, the conduct and agreement windows, the settings, backup, vote
    and sending dialogs or the first-run wizard keeps Tab for moving between its cells (Tab could never leave it,
    and the buttons after it could not be reached)."""
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.search  # noqa: B018 (the search panel is made on first use)
    _select_meeting(window)
    conduct = actions.open_conduct(window)
    assert conduct is not None
    qtbot.addWidget(conduct)
    agreements = actions.open_agreements(window)
    qtbot.addWidget(agreements)
    dialogs: list[QWidget] = [
        window,
        conduct,
        agreements,
        SettingsDialog(settings, window, sqlite_demo_db),
        BackupDialog(sqlite_demo_db, window, settings=BackupSettings(folder=tmp_path / "kopiot")),
        VoteDialog(window, section="5 §", voters=[(1, "Aino Virtanen"), (2, "Pekka Mäkinen")], chair_id=1),
        SendingDialog("Otteet", [], window),
        FirstRunWizard(),
    ]
    for dialog in dialogs[3:]:
        qtbot.addWidget(dialog)
    trapping = [name for widget in dialogs for name in _trapping_views(widget)]
    assert trapping == []
    # Nor an empty Tab stop: the conduct window's scroll area round the § panel takes no focus itself.
    assert [area for area in conduct.findChildren(QScrollArea) if area.focusPolicy() != Qt.FocusPolicy.NoFocus] == []
    assert len([view for widget in dialogs for view in widget.findChildren(QAbstractItemView)]) > 20


def test_every_item_view_in_the_gui_is_made_with_tab_leaves() -> None:
    """Ensure every table, tree or list view the GUI makes goes through ``gui.keyboard.tab_leaves`` (a view in a
    dialog no test opens cannot forget it either)."""
    forgotten = []
    for path in sorted(GUI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrapped = {
            id(node.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tab_leaves"
            and node.args
        }
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in VIEW_CLASSES
                    and id(node) not in wrapped):
                forgotten.append(f"{path.name}:{node.lineno} {node.func.id}")
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id in VIEW_CLASSES for base in node.bases
            ) and "tab_leaves(self)" not in ast.unparse(node):
                forgotten.append(f"{path.name}:{node.lineno} class {node.name}")
    assert forgotten == []


def test_vote_and_sending_fields_are_named_after_their_person(qtbot: QtBot) -> None:
    """Ensure a screen reader hears whose vote or whose excerpt a field in the vote and sending tables is for
    (the names are labels in other cells, so a field alone said only "(valitse), yhdistelmäruutu")."""
    vote = VoteDialog(None, section="5 §", voters=[(1, "Aino Virtanen"), (2, "Pekka Mäkinen")], chair_id=1)
    qtbot.addWidget(vote)
    assert [combo.accessibleName() for combo in vote.choices.values()] == ["Aino Virtanen, ääni",
                                                                            "Pekka Mäkinen, ääni"]
    assert vote.table.accessibleName() == "Äänet"
    sending = SendingDialog("Otteet – 62 §", [Sending(1, "Kunnanhallitus", True, None, None, None),
                                              Sending(2, "Lahden kaupunki", False, None, None, None)])
    qtbot.addWidget(sending)
    assert [(s.accessibleName(), m.accessibleName(), r.accessibleName())
            for s, m, r in zip(sending.sent, sending.method, sending.received, strict=True)] == [
        ("Kunnanhallitus, lähetetty", "Kunnanhallitus, lähetystapa", "Kunnanhallitus, vastaanotettu"),
        ("Lahden kaupunki, lähetetty", "Lahden kaupunki, lähetystapa", "Lahden kaupunki, vastaanotettu"),
    ]
    assert sending.table.accessibleName() == "Otteiden vastaanottajat"


def test_every_field_of_the_item_editor_has_a_name_of_its_own(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure a screen reader names every field of the item editor's tabs (Otsikko, Dnro, Selostus ... had no
    name; Valmistelija read only its value) and tells the Ruotsiksi tab's fields from the Finnish ones."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    with sqlite_demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).where(Item.diary_number == "77/00.04.01/2023"))
    assert item_id is not None
    window.open_item(item_id)
    window.show()
    tabs = window.editor.tabs
    fields = []
    for page in range(tabs.count()):
        tabs.setCurrentIndex(page)  # a field is looked at when it is shown
        shown = tabs.currentWidget()
        assert shown is not None
        fields += [field for field in fields_of(shown) if field.isVisibleTo(window)]
    unnamed, twice = unnamed_and_twice_named(window, fields)
    assert unnamed == []
    assert twice == {}
    assert spoken_name(window.editor.title) == "Otsikko"
    assert spoken_name(window.editor.preparer) == "Valmistelija"
    assert spoken_name(window.editor.title_sv) == "Otsikko ruotsiksi"
    assert spoken_name(window.editor.decision_sv) == "Päätös ruotsiksi"


def _welfare_meeting(database: Database) -> int:
    with database.begin() as session:
        body = session.scalars(select(Body).where(Body.name == "Hyvinvointilautakunta")).one()
        return session.scalars(select(Meeting.id).where(Meeting.body_id == body.id, Meeting.number == 7)).one()


def test_every_field_of_the_conduct_window_and_closing_dialog_has_a_name_of_its_own(
    qtbot: QtBot, sqlite_demo_db: Database
) -> None:
    """Ensure a screen reader tells the conduct window's fields apart (Käsittelyteksti was read as "Päätös", the
    four lists of Käsittely all as "Käsittely") and names the closing dialog's times, lists and checkers."""
    meeting_id = _welfare_meeting(sqlite_demo_db)
    conduct = MeetingConductWidget(sqlite_demo_db, meeting_id)
    qtbot.addWidget(conduct)
    conduct.show()
    conduct.tabs.setCurrentIndex(1)
    conduct.sections.selectRow(0)
    fields = [field for field in fields_of(conduct) if field.isVisibleTo(conduct)]
    unnamed, twice = unnamed_and_twice_named(conduct, fields)
    assert unnamed == []
    assert twice == {}
    panel = conduct.panel
    assert [spoken_name(widget) for widget in (panel.handling, panel.decision, panel.disqualifications,
                                                panel.motions, panel.votes, panel.dissents, conduct.sections)] == [
        "Käsittelyteksti", "Päätösteksti", "Esteellisyydet", "Ehdotukset", "Äänestykset", "Eriävät mielipiteet",
        "Asiat"]
    closing = ClosingDialog(sqlite_demo_db, meeting_id)
    qtbot.addWidget(closing)
    closing.show()
    fields = [field for field in fields_of(closing) if field.isVisibleTo(closing)]
    unnamed, twice = unnamed_and_twice_named(closing, fields)
    assert unnamed == []
    assert twice == {}
    assert spoken_name(closing.start_time) == "Kokous alkoi klo"
    assert spoken_name(closing.end_time) == "Kokous päättyi klo"
    assert spoken_name(closing.problems) == "Puutteet, jotka estävät tarkastuksen"


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` in the widget with the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifiers)


def _focused_field(qtbot: QtBot) -> QWidget | None:
    """The field with the focus (a spin box's own line edit counts as the spin box)."""
    focus = QApplication.focusWidget()
    parent = focus.parentWidget() if focus is not None else None
    return parent if isinstance(parent, QAbstractSpinBox) else focus


def test_tab_leaves_an_empty_time_or_date_field(qtbot: QtBot) -> None:
    """Ensure Tab and Shift+Tab move on from a time or date field showing "–" (not set) and leave it unset; Qt
    kept the focus there for ever (Uusi kokous: Paikka and OK could not be reached from Alkaa klo)."""
    dialog = NewMeetingDialog([(1, "Kunnanhallitus", "Hartolan kunta")], 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.start_time.setFocus()
    qtbot.waitUntil(lambda: _focused_field(qtbot) is dialog.start_time)
    _key(Qt.Key.Key_Tab)
    assert _focused_field(qtbot) is dialog.place
    assert time_of(dialog.start_time) is None
    dialog.start_time.setFocus()
    _key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_field(qtbot) is dialog.date
    sending = SendingDialog("Otteet", [Sending(1, "Kunnanhallitus", True, None, None, None)])
    qtbot.addWidget(sending)
    sending.show()
    qtbot.waitExposed(sending)
    sending.activateWindow()
    sending.sent[0].setFocus()
    qtbot.waitUntil(lambda: _focused_field(qtbot) is sending.sent[0])
    _key(Qt.Key.Key_Tab)
    assert _focused_field(qtbot) is sending.method[0]
    assert sending.values()[0].sent is None


def test_alt_down_moves_a_party_only_in_the_parties_table(
    qtbot: QtBot, sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ensure Alt+Down in the agreements window's state filter opens its list instead of moving (and saving) the
    selected party, and still moves the party in the parties' table."""
    window = AgreementRegisterWindow(sqlite_demo_db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.current is not None and window.matrix_model.rowCount() > 1, timeout=15_000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.matrix_view.selectRow(0)
    moved: list[int] = []
    monkeypatch.setattr(window, "move_selected_party", moved.append)
    window.status_filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.status_filter)
    QTest.keyClick(window.status_filter, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.status_filter.view().isVisible()  # the list opened
    window.status_filter.hidePopup()
    assert moved == []
    window.matrix_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.matrix_view)
    QTest.keyClick(window.matrix_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window.matrix_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert moved == [1, -1]
    from gui import operations

    qtbot.waitUntil(lambda: not operations._running, timeout=15_000)  # no work left to outlive the window


def test_tab_leaves_every_text_box_of_the_windows_and_dialogs(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure Tab in a text box that can be written moves on instead of writing a tab character (Eriävä
    mielipide → Perustelut, an agreement's Kuvaus, a template's text), in the desk, the settings and these
    dialogs."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    dissent = DissentDialog(window, people=[(1, "Aino Virtanen")])
    dialogs: list[QWidget] = [
        window,
        dissent,
        AgreementDialog(AgreementForm(), {1: "Lahti"}, window),
        TemplateManagerDialog(window, sqlite_demo_db),
        SettingsDialog(settings, window, sqlite_demo_db),
    ]
    for dialog in dialogs[1:]:
        qtbot.addWidget(dialog)
    boxes: list[QPlainTextEdit | QTextEdit] = []
    for dialog in dialogs:
        boxes += dialog.findChildren(QPlainTextEdit)
        boxes += dialog.findChildren(QTextEdit)
    writing_tabs = [f"{type(box).__name__} {box.objectName()!r} in {type(box.window()).__name__}"
                    for box in boxes if not box.isReadOnly() and not box.tabChangesFocus()]
    assert writing_tabs == []
    dissent.show()
    qtbot.waitExposed(dissent)
    dissent.activateWindow()
    dissent.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dissent.text)
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dissent.text
    assert dissent.text.toPlainText() == ""


def _menu_problems(menu: QMenu) -> list[str]:
    """Items of ``menu`` and its submenus without a mnemonic, or sharing one with another item of their menu."""
    problems = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = mnemonic(action.text())
        if letter is None:
            problems.append(f"{menu.title()}: {action.text()} has no mnemonic")
        elif letter in seen:
            problems.append(f"{menu.title()}: {action.text()} and {seen[letter]} share {letter}")
        else:
            seen[letter] = action.text()
        if isinstance(submenu := action.menu(), QMenu):
            problems += _menu_problems(submenu)
    return problems


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_menu_item_has_a_mnemonic_of_its_own_and_the_main_commands_keys(
    qtbot: QtBot, qapp: QApplication, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    language: str,
) -> None:
    """Ensure every item of the desk's and the agreements window's menus can be chosen with a letter (Alt+T, T:
    Tiedosto → Tallenna), in Finnish and in Swedish, no two items of a menu sharing one; and that Asetukset,
    Varmuuskopiot, Kokouksen kulku and Otteiden lähettäminen have keys (Preferences is empty on Windows)."""
    from gui.i18n import install_translations, remove_translations

    installed = install_translations(qapp, language) if language != "fi" else []
    try:
        window = make_window(qtbot, sqlite_demo_db, settings, prompts)
        agreements = AgreementRegisterWindow(sqlite_demo_db)
        qtbot.addWidget(agreements)
        problems = [problem for main in (window, agreements) for top in main.menuBar().actions()
                    if isinstance(menu := top.menu(), QMenu) for problem in _menu_problems(menu)]
        assert problems == []
        keys = {name: window.named_actions[name].shortcut().toString()
                for name in ("settings", "backups", "conduct", "record_sending")}
        assert keys == {"settings": "Ctrl+,", "backups": "Ctrl+Shift+B", "conduct": "Ctrl+Shift+K",
                        "record_sending": "Ctrl+Shift+O"}
        shortcuts = [key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()]
        assert sorted({key for key in shortcuts if shortcuts.count(key) > 1}) == []
        qtbot.waitUntil(lambda: agreements.current is not None, timeout=15_000)
    finally:
        remove_translations(qapp, installed)


def test_the_desk_search_and_agreements_fields_have_names(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the navigator, the details, the search fields and results, the agreements window's fields and views,
    and Henkilöt's search field have names (a placeholder goes when typing begins), and that an attachment with a
    stored file says so in words, not only by its icon."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.show()
    window.show_search()
    search = window.search
    agreements = AgreementRegisterWindow(sqlite_demo_db)
    qtbot.addWidget(agreements)
    agreements.show()
    settings_dialog = SettingsDialog(settings, window, sqlite_demo_db)
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.people is not None
    named = [window.tree, window.details.browser, search.query, search.classification, search.body, search.year,
             search.outcome, search.view, agreements.search_edit, agreements.status_filter, agreements.kind_filter,
             agreements.register_view, agreements.matrix_view, agreements.cost_view, agreements.reminder_list,
             settings_dialog.people.filter, settings_dialog.people.table]
    assert [spoken_name(widget) for widget in named] == [
        "Toimielimet, kokoukset ja asiat", "Tiedot", "Hakusanat", "Tehtäväluokka", "Toimielin", "Vuosi",
        "Lopputulos", "Hakutulokset", "Hae sopimuksia", "Tila", "Laji", "Sopimukset", "Osapuolet", "Kustannukset",
        "Muistutukset", "Hae henkilöitä", "Henkilöt"]
    for main in (window, agreements):
        unnamed, _twice = unnamed_and_twice_named(main, [f for f in fields_of(main) if f.isVisibleTo(main)])
        assert unnamed == []
    editor = window.editor
    editor._put_attachments([{"id": None, "title": "Sopimus", "is_public": True, "file": "sopimus.pdf"},
                             {"id": None, "title": "Kartta", "is_public": True, "file": ""}])
    described = [editor.attachments.item(row).data(Qt.ItemDataRole.AccessibleDescriptionRole) for row in range(2)]
    assert described == ["tiedosto sopimus.pdf", None]
    qtbot.waitUntil(lambda: agreements.current is not None, timeout=15_000)


def _button_problems(window: QWidget) -> list[str]:
    """Push buttons of ``window`` (not OK/Cancel of a button box) without a mnemonic, and letters taken twice."""
    problems = []
    letters: list[str] = []
    for button in window.findChildren(QAbstractButton):
        letter = mnemonic(button.text())
        if letter is not None:
            letters.append(letter)
        elif isinstance(button, QPushButton) and button.text() and not isinstance(
            button.parentWidget(), QDialogButtonBox
        ):
            problems.append(f"{button.text()} in {type(window).__name__} has no mnemonic")
    letters += [letter for label in window.findChildren(QLabel)
                if label.buddy() is not None and (letter := mnemonic(label.text())) is not None]
    problems += [f"{letter} twice in {type(window).__name__}" for letter in sorted(set(letters))
                 if letters.count(letter) > 1]
    return problems


def test_the_dialogs_buttons_have_mnemonics_of_their_own(
    qtbot: QtBot, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure the buttons of the conduct window, Pöytäkirjan tarkastus, the vote, backup and settings dialogs and
    the first-run wizard can be pressed with Alt and a letter, no letter pressing two things in one window."""
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    _select_meeting(window)
    conduct = actions.open_conduct(window)
    assert conduct is not None
    qtbot.addWidget(conduct)
    dialogs: list[QWidget] = [
        conduct,
        ClosingDialog(sqlite_demo_db, _welfare_meeting(sqlite_demo_db)),
        VoteDialog(window, section="5 §", voters=[(1, "Aino Virtanen")], chair_id=1),
        BackupDialog(sqlite_demo_db, window, settings=BackupSettings(folder=tmp_path / "kopiot")),
        SettingsDialog(settings, window, sqlite_demo_db),
        FirstRunWizard(),
    ]
    for dialog in dialogs[1:]:
        qtbot.addWidget(dialog)
    assert [problem for dialog in dialogs for problem in _button_problems(dialog)] == []
    wizard = dialogs[-1]
    assert isinstance(wizard, FirstRunWizard)
    wizard.bodies.add_body("Kunnanhallitus", BodyKind.EXECUTIVE)
    kind = wizard.bodies.table.cellWidget(wizard.bodies.table.rowCount() - 1, KIND)
    assert kind is not None and kind.accessibleName() == "Toimielimen laji"
    assert isinstance(conduct, actions.ConductWindow) and mnemonic(conduct.widget.panel.save.text()) is not None
