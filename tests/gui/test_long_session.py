"""A working day in miniature: opening items over and over must not pile up objects, widgets or memory.

A leak shows only after hours of use (each opened item leaving a connection, a widget or a row behind, or
PySide losing references: see test_qt_compat), so this opens every demo item many times and
checks, on both backends, that the number of Python objects and of the window's child widgets levels off.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import Item
from gui.settings import Settings
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window

settings = desk_support.settings
prompts = desk_support.prompts
shown_errors = desk_support.shown_errors
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shown_errors")]

ROUNDS = 6
OPENS_PER_ROUND = 4  # of each demo item: 80 opened items a round


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def test_opening_items_all_day_levels_off(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    window = make_window(qtbot, demo_db, settings, prompts)
    with demo_db.begin() as session:
        item_ids = list(session.scalars(select(Item.id).order_by(Item.id)))
    objects: list[int] = []
    widgets: list[int] = []
    functions: list[int] = []
    for _ in range(ROUNDS):
        for item_id in item_ids * OPENS_PER_ROUND:
            window.open_item(item_id)
            _settle(qapp)
        window.tree.setCurrentIndex(window.tree.currentIndex().parent())  # a meeting now and then
        _settle(qapp)
        gc.collect()
        objects.append(len(gc.get_objects()))
        # Functions, bound methods and closure cells: what a signal connection made on every load leaves.
        functions.append(sum(1 for o in gc.get_objects() if type(o).__name__ in ("function", "method", "cell")))
        widgets.append(len(window.findChildren(QObject)))
    opened = ROUNDS * OPENS_PER_ROUND * len(item_ids)
    assert opened >= 400
    # The first rounds fill caches (compiled statements, translations); after that nothing may grow.
    assert widgets[-1] == widgets[1], widgets
    assert functions[-1] - functions[1] <= 5, functions  # steady to the one; a leaked connection adds 80 a round
    # All objects together differ by up to about 150 between rounds (collected at different moments).
    assert objects[-1] - objects[1] < 1_000, objects
    assert sys.getrefcount(True) > 1_000 and sys.getrefcount(None) > 1_000  # PySide6 6.12 on Python 3.11
