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
