"""GUI tests run with garbage collection on the UI thread only, as the application does (see MainThreadCollector)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

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
