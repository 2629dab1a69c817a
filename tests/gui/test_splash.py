"""The start-up splash (gui.splash): shown before the database layer loads, closed by the window or a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from gui import splash as splash_module
from gui.settings import LANGUAGE
from gui.splash import Splash, show_splash

ROOT = Path(__file__).resolve().parents[2]


def _gone(splash: Splash) -> bool:
    """Closed (it deletes itself on close)."""
    return not shiboken6.isValid(splash) or not splash.isVisible()


def test_the_splash_is_painted_at_once_and_closed_by_a_dialog(qtbot: QtBot, qapp: QApplication) -> None:
    splash = show_splash()
    assert splash.isVisible()
    assert splash.windowHandle() is not None and splash.windowHandle().isExposed()
    assert not splash.pixmap().isNull()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()  # e.g. the damaged-database question or an error: it must not open behind the splash
    qtbot.waitUntil(lambda: _gone(splash))


def test_the_window_closes_the_splash(qtbot: QtBot, qapp: QApplication) -> None:
    splash = show_splash()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    splash.finish(window)  # what run_gui does once the main window is shown
    qtbot.waitUntil(lambda: _gone(splash))


def test_the_splash_speaks_the_users_language(qapp: QApplication) -> None:
    store = QSettings("Sihteeri", "Sihteeri")
    previous = store.value(LANGUAGE.key)
    try:
        store.setValue(LANGUAGE.key, "sv")
        assert splash_module._language() == "sv"
        store.setValue(LANGUAGE.key, "xx")
        assert splash_module._language() == "fi"
    finally:
        if previous is None:
            store.remove(LANGUAGE.key)
        else:
            store.setValue(LANGUAGE.key, previous)


def test_the_splash_is_up_before_the_database_layer_loads(tmp_path: Path) -> None:
    """``python main.py`` shows the splash before SQLAlchemy and the models are imported (cheap argument parsing),
    with the garbage collector off."""
    script = "\n".join(
        (
            "import sys",
            "import gui.splash",
            "real = gui.splash.show_splash",
            "def spy():",
            "    real()",
            "    loaded = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'db.engine', 'db.models')))",
            "    print('loaded:', loaded)",
            "    import gc",
            "    print('collector on:', gc.isenabled())",
            "    raise SystemExit(0)",
            "gui.splash.show_splash = spy",
            "import main",
            "main.main([])",
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIHTEERI_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout, result.stdout
    # Automatic collection is off while the window's code loads (and stays off: see tests/gui/test_settle.py).
    assert "collector on: False" in result.stdout, result.stdout


def test_the_splash_texts_come_from_the_translations(qapp: QApplication) -> None:
    """Ensure the splash's words are translated messages, and the window later finds the language in place."""
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translations, remove_translations

    installed = install_translations(qapp, "sv")
    try:
        assert installed
        assert QCoreApplication.translate("Splash", "Käynnistyy…") == "Startar…"
        assert QCoreApplication.translate("Splash", "toimielimen sihteerin työväline") == (
            "verktyg för organets sekreterare"
        )
        assert install_translations(qapp, "sv") == []  # run_gui after the splash: nothing loaded twice
    finally:
        remove_translations(qapp, installed)
    assert QCoreApplication.translate("Splash", "Käynnistyy…") == "Käynnistyy…"
