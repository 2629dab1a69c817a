"""GUI tests run with garbage collection on the UI thread only, as the application does (see MainThreadCollector)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.operations import MainThreadCollector


@pytest.fixture(autouse=True)
def main_thread_collection(qapp: QApplication) -> Iterator[MainThreadCollector]:
    """Collect garbage only on the UI thread during the test; after it, wait for workers and collect."""
    collector = MainThreadCollector()
    try:
        yield collector
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        collector.stop()
        collector.deleteLater()


_MODAL_STATICS = (
    (QMessageBox, ("question", "information", "warning", "critical", "about")),
    (QFileDialog, ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory")),
)


@pytest.fixture(autouse=True)
def no_real_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal message box or file dialog would wait for a click that never comes, and the suite would hang
    until CI's time runs out. Each fails the test at once instead; a test that expects one patches it itself."""
    for owner, names in _MODAL_STATICS:
        for name in names:

            def refuse(*_args: object, _name: str = f"{owner.__name__}.{name}", **_kw: object) -> object:
                raise AssertionError(f"{_name} would open a real modal dialog in a test; patch it in the test")

            monkeypatch.setattr(owner, name, refuse)
