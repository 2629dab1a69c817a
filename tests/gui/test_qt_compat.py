"""PySide6 6.12 on Python 3.11 loses references to None, True and False (gui.qt_compat).

Every Qt call that returns nothing takes one from None, every ``Signal.emit()`` one from True. Without the
guard the interpreter aborts after some tens of thousands of calls, or a few hundred opened items. Each
check runs in a fresh interpreter, so that an abort fails the test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Far more calls than None and True have references in a fresh interpreter (a few thousand; about 60 000
# and 14 000 in the running app): enough to abort an unguarded interpreter.
_MANY_CALLS = """
import sys
{setup}
from PySide6.QtCore import QObject, Signal

class Probe(QObject):
    pinged = Signal()

probe = Probe()
for _ in range(300_000):
    probe.setObjectName("x")
    probe.pinged.emit()
print("alive")
"""


def _run(setup: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", _MANY_CALLS.format(setup=setup)],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_importing_gui_keeps_the_interpreter_alive_through_many_qt_calls() -> None:
    result = _run("import gui")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "alive"


def test_the_guard_is_needed_only_where_references_are_lost() -> None:
    """The probe tells a faulty PySide6 from a sound one; where it is sound, nothing is changed."""
    from gui.qt_compat import make_singletons_immortal, references_lost_per_call

    lost = references_lost_per_call()
    unguarded = _run("")
    if sys.version_info >= (3, 12) or max(lost.values()) < 0.5:
        assert unguarded.returncode == 0
        assert make_singletons_immortal() is False
    else:
        # This is the fault the guard exists for: an interpreter without it aborts.
        assert lost == {"None": 1.0, "True": 1.0}
        assert unguarded.returncode != 0
        assert "deallocating" in unguarded.stderr
        for singleton in (None, True, False):  # the guard ran when the tests imported gui
            assert sys.getrefcount(singleton) > 2**39


def _pyside_own_answer(module: object) -> bool:
    """What PySide6's own check answers: "PySide6" in ``inspect.getsource(module)``, False without source."""
    import inspect

    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_lighter_feature_check_answers_as_pysides_own() -> None:
    """The replacement gives PySide6's answer for modules with source, without source, and built in."""
    import _sqlite3
    import json
    import sqlite3

    import gui.navigator
    import gui.qt_compat
    from gui.qt_compat import _source_mentions_pyside

    for module in (gui.navigator, gui.qt_compat, json, sqlite3, _sqlite3, sys):
        assert _source_mentions_pyside(module) == _pyside_own_answer(module), module
    assert _source_mentions_pyside(gui.navigator) is True
    assert _source_mentions_pyside(json) is False


def test_modules_imported_after_pyside_are_not_read_into_linecache() -> None:
    """Importing the database layer after PySide6 leaves its sources unread (PySide6's check read them all)."""
    script = (
        "import linecache, sys\n"
        "{setup}\n"
        "import sqlalchemy.orm\n"
        "print(sum('sqlalchemy' in name for name in linecache.cache))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

    def sources_read(setup: str) -> int:
        result = subprocess.run(
            [sys.executable, "-c", script.format(setup=setup)],
            check=False,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return int(result.stdout.strip().splitlines()[-1])

    assert sources_read("import gui") == 0
    if sources_read("import PySide6.QtWidgets") == 0:  # a PySide6 without the check: nothing to compare
        pytest.skip("this PySide6 does not read the sources of imported modules")
