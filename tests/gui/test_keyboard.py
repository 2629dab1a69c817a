"""Keyboard use and screen-reader names in the windows: Tab leaves every view, fields say what they are."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from db.backup import BackupSettings
from db.engine import Database
from gui import actions
from gui.backup_dialog import BackupDialog
from gui.conduct_dialogs import VoteDialog
from gui.dialogs import Sending, SendingDialog
from gui.first_run import FirstRunWizard
from gui.main_window import MainWindow
from gui.navigator import NodeKind
from gui.settings import Settings, SettingsDialog
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

prompts = desk_support.prompts
settings = desk_support.settings
shown_errors = desk_support.shown_errors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

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
