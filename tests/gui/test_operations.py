"""The shared runner for slow work and the one error path."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.errors import ConflictError
from gui import errors
from gui.operations import Cancelled, Progress, run_in_background


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


def test_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    """Ensure the work's result reaches on_success and progress is reported."""
    results: list[int] = []
    steps: list[int] = []

    def work(progress: Progress) -> int:
        for i in range(5):
            progress.update(i + 1, 5, f"Vaihe {i + 1}")
        return 42

    op = run_in_background(None, work, on_success=results.append, label="Lasketaan")
    op.bridge.progressed.connect(lambda done, _t, _x: steps.append(done))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert results == [42]


def test_failures_go_to_the_one_error_path(qtbot: QtBot, shown: list[tuple[str, str, bool]]) -> None:
    """Ensure a Sihteeri error shows its Finnish message and a bug writes a crash report."""

    def conflict(_progress: Progress) -> None:
        raise ConflictError("Joku muu on tallentanut saman tiedon.")

    op = run_in_background(None, conflict)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert shown == [("Tallennusristiriita", "Joku muu on tallentanut saman tiedon.", False)]

    def bug(_progress: Progress) -> None:
        raise ZeroDivisionError("jako nollalla")

    op = run_in_background(None, bug)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    title, text, is_bug = shown[-1]
    assert is_bug and title == "Odottamaton virhe"
    report = Path(text.split("\n")[-1].strip())
    assert report.exists() and "ZeroDivisionError" in report.read_text(encoding="utf-8")


def test_cancelling_stops_the_work_quietly(qtbot: QtBot, shown: list[tuple[str, str, bool]]) -> None:
    """Ensure cancelling raises Cancelled inside the work and shows no error."""
    started: list[bool] = []

    def work(progress: Progress) -> None:
        started.append(True)
        for i in range(500):
            time.sleep(0.01)
            progress.update(i, 500)

    op = run_in_background(None, work, cancellable=True, delay_ms=0)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    op.progress.cancel()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(op.error, Cancelled)
    assert shown == []


def test_when_done_never_misses_an_early_finish(qtbot: QtBot) -> None:
    """Ensure a callback added after the work already ended is still called, and one added before too."""
    calls: list[str] = []
    op = run_in_background(None, lambda _p: None)
    op.when_done(lambda _op: calls.append("ennen"))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    op.when_done(lambda _op: calls.append("jälkeen"))
    assert calls == ["ennen", "jälkeen"]
    assert op.result is None and op.error is None


def test_exiting_with_work_running_is_clean(tmp_path: Path) -> None:
    """Ensure a program that exits while background work runs ends without a crash or a traceback."""
    import subprocess
    import sys

    script = tmp_path / "lopetus.py"
    script.write_text(
        "import os, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.operations import run_in_background\n"
        "ops = [run_in_background(None, lambda p: time.sleep(0.2)) for _ in range(3)]\n"
        "ops.append(run_in_background(None, lambda p: None))\n"
        "time.sleep(0.05)\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Fatal" not in result.stderr


def test_collector_keeps_collection_on_ui_thread(qtbot: QtBot) -> None:
    """Ensure automatic collection is off while it runs, cycles are collected on the UI thread, and stop restores it."""
    import gc
    import threading

    from gui.operations import MainThreadCollector

    collected_on: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    enabled_before = gc.isenabled()
    collector = MainThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        threshold = gc.get_threshold()[0]
        Cycle()

        def worker() -> None:
            hold = [[] for _ in range(threshold * 3)]  # would trigger a collection here if it were on
            del hold

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert collected_on == []
        garbage = [[i] for i in range(threshold + 10)]  # push generation 0 over its threshold on the UI thread
        qtbot.waitUntil(lambda: bool(collected_on), timeout=2000)
        del garbage
        assert collected_on == [threading.main_thread().name]
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled() == enabled_before


def test_results_for_a_closed_window_are_dropped_and_failures_still_shown(qtbot: QtBot) -> None:
    """Ensure work finishing after its window was deleted neither touches the window nor fails silently."""
    import threading

    from PySide6.QtWidgets import QWidget

    shown: list[str] = []
    errors.set_presenter(lambda _parent, _title, text, _is_bug: shown.append(text))
    try:
        for fails in (False, True):
            release = threading.Event()
            window = QWidget()
            window.show()
            delivered: list[object] = []

            def work(_progress: Progress, fails: bool = fails, release: threading.Event = release) -> str:
                release.wait(5)
                if fails:
                    raise ConflictError("Joku muu tallensi ensin.")
                return "valmis"

            operation = run_in_background(
                window, work, on_success=delivered.append, on_failure=delivered.append, delay_ms=0
            )
            qtbot.waitUntil(lambda operation=operation: operation._dialog is not None, timeout=2000)
            window.deleteLater()
            qtbot.waitUntil(lambda operation=operation: operation.orphaned, timeout=2000)
            release.set()
            qtbot.waitUntil(lambda operation=operation: operation.done, timeout=5000)
            assert delivered == []
        assert shown == ["Joku muu tallensi ensin."]
    finally:
        errors.set_presenter(None)


def test_progress_texts_of_core_arrive_in_the_users_language(qtbot: QtBot) -> None:
    """Ensure a progress text written in core/ (a db.errors.msg) reaches the progress dialog translated: the
    signal that carries it across threads keeps only the plain text."""
    from PySide6.QtWidgets import QApplication

    from db.errors import msg
    from gui.i18n import install_translations, remove_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, "sv")
    seen: list[str] = []
    connected = threading.Event()
    try:

        def work(progress: Progress) -> int:
            connected.wait(5)
            progress.update(1, 2, msg("Tuodaan taulua {table}…", table="item"))
            return 0

        op = run_in_background(None, work, label="Tuodaan")
        op.bridge.progressed.connect(lambda _d, _t, text: seen.append(text))
        connected.set()
        qtbot.waitUntil(lambda: op.done, timeout=5000)
    finally:
        remove_translations(app, installed)
    assert seen == ["Importerar tabellen item…"]
