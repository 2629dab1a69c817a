"""Showing Sihteeri's main window for the start-up measurement, through ``gui.app.run_gui`` itself.

``run_gui`` has no hook to stop by itself, so the driver creates the ``QApplication`` first (``run_gui``
takes the existing instance) and starts a watcher timer: once a visible ``MainWindow`` exists, it waits
for two idle turns of the event loop (zero timers run only when no events are pending, and the second
lets work the window itself deferred to the first turn finish) and quits. The user's own settings are not
touched: the driver points the settings and data folders at temporary ones.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from typing import Any


def available() -> bool:
    """Whether the main window exists yet in this working tree."""
    return importlib.util.find_spec("gui.app") is not None and importlib.util.find_spec("gui.main_window") is not None


def isolate_settings() -> None:
    """Keep the benchmark's QSettings and data folder out of the user's own."""
    folder = tempfile.mkdtemp(prefix="sihteeri-bench-home-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(folder, "config")
    os.environ.setdefault("SIHTEERI_DATA_DIR", os.path.join(folder, "data"))


def show_main_window(db: str, when_idle: Callable[[Any], None]) -> int:
    """Run ``run_gui`` on ``db``; ``when_idle(app)`` is called at the first idle moment with the window shown."""
    isolate_settings()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    watcher = QTimer()
    watcher.setInterval(1)

    def check() -> None:
        from gui.main_window import MainWindow

        if any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()):
            watcher.stop()
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: when_idle(app)))

    watcher.timeout.connect(check)
    watcher.start()
    from gui.app import run_gui

    return run_gui(database=db, demo=False)
