"""Showing Sihteeri's main window for the start-up measurement, through ``main.main`` itself.

``main`` (and ``gui.app.run_gui`` under it) has no hook to stop by itself, so the driver creates the
``QApplication`` first (the splash and ``run_gui`` take the existing instance) and starts a watcher timer:
once a visible ``MainWindow`` exists, it waits for two idle turns of the event loop (zero timers run only
when no events are pending, and the second lets work the window itself deferred to the first turn finish)
and quits. The user's own settings are not touched: the driver points the settings and data folders at
temporary ones.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
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
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["XDG_CONFIG_HOME"] = os.path.join(folder, "config")
    os.environ.setdefault("SIHTEERI_DATA_DIR", os.path.join(folder, "data"))


def show_main_window(db: str, when_idle: Callable[[Any], None], on_splash: Callable[[], None] | None = None) -> int:
    """Start Sihteeri on ``db`` as ``python main.py --database DB`` does; ``when_idle(app)`` is called at the
    first idle moment with the window shown, ``on_splash()`` when the start-up splash has been painted."""
    isolate_settings()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    watcher = QTimer()
    watcher.setInterval(1)

    def check() -> None:
        # By name: importing gui.main_window here would load the database layer while the splash is up.
        if any(
            type(w).__module__ == "gui.main_window" and type(w).__name__ == "MainWindow" and w.isVisible()
            for w in app.topLevelWidgets()
        ):
            watcher.stop()
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: when_idle(app)))

    watcher.timeout.connect(check)
    watcher.start()
    if on_splash is not None:
        import gui.splash

        show_splash = gui.splash.show_splash

        def splash_then_report() -> Any:
            splash = show_splash()
            on_splash()
            return splash

        gui.splash.show_splash = splash_then_report
    import main

    return main.main(["--database", db])
