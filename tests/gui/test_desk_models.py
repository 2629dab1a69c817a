"""Item models of the desk checked by qtmodeltester, and the navigator's lazy loading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from db.engine import Database
from db.models import Item
from db.search import search_items
from gui.navigator import NavigatorModel, NodeKind
from gui.search import SNIPPET_COLUMN, TITLE_COLUMN, SearchResultsModel


def _fetch_all(model: NavigatorModel, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    count = 0
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.node(index).kind == NodeKind.ITEM:
            count += 1
        count += _fetch_all(model, index)
    return count


def test_navigator_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    """Ensure the navigator is a correct tree model, before and after every level is fetched."""
    model = NavigatorModel(demo_db)
    qtmodeltester.check(model)
    loaded = _fetch_all(model)
    qtmodeltester.check(model)
    with demo_db.begin() as session:
        assert loaded == session.scalar(select(func.count(Item.id)))
    meeting = next(n for n in model._nodes.values() if n.kind == NodeKind.MEETING)
    model.reload(meeting)
    qtmodeltester.check(model)
    model.reload_all()
    qtmodeltester.check(model)


def test_navigator_reads_nothing_below_what_is_expanded(demo_db: Database) -> None:
    """Ensure only bodies are read at first; years, meetings and items wait for fetchMore."""
    model = NavigatorModel(demo_db)
    kinds = {n.kind for n in model._nodes.values()}
    assert kinds == {NodeKind.BODY}
    first = model.index(0, 0)
    assert model.hasChildren(first) and model.canFetchMore(first) and model.rowCount(first) == 0


def test_search_results_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    """Ensure the results table is a correct table model, empty and filled."""
    model = SearchResultsModel()
    qtmodeltester.check(model)
    with demo_db.begin() as session:
        model.set_hits(search_items(session, "maakuntahallitus"))
    assert model.rowCount() >= 3
    qtmodeltester.check(model)


@pytest.mark.parametrize("query", ["", "sopimus"])
def test_search_results_show_snippet_html(demo_db: Database, query: str) -> None:
    """Ensure every result has a title and a snippet cell."""
    model = SearchResultsModel()
    with demo_db.begin() as session:
        model.set_hits(search_items(session, query))
    for row in range(model.rowCount()):
        assert model.index(row, TITLE_COLUMN).data()
        assert model.index(row, SNIPPET_COLUMN).data() is not None


def test_every_field_the_editor_changes_is_named_in_the_history() -> None:
    """Ensure the item's history (the details panel) names every field the item editor can change, the Swedish
    texts included: a field without a label would show a change as "muutettu" with nothing after it."""
    from gui.details_panel import FIELD_LABELS
    from gui.item_editor import SCALAR_FIELDS

    assert set(SCALAR_FIELDS) - set(FIELD_LABELS) == set()
