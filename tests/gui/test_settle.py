"""What every start loads is frozen out of the garbage collector's walks (gui.app.settle_loaded_code).

Run in a fresh interpreter: freezing the test process itself would keep earlier tests' objects for good.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import gc, weakref
gc.disable()  # as main.main does before the window's code loads
import gui.app
from db.models import Item
from gui.operations import MainThreadCollector
from PySide6.QtWidgets import QApplication

app = QApplication([])
collector = MainThreadCollector(parent=app)  # as run_gui makes it, before settling

walks = []
gc.callbacks.append(lambda phase, info: phase == "start" and walks.append(info["generation"]))
frozen = gui.app.settle_loaded_code()
gc.callbacks.clear()
assert not walks, f"the start walked the loaded code: collections of generations {walks}"
assert Item.__mapper__.configured, "the ORM was not configured before freezing"
assert frozen > 20_000, frozen
assert gc.get_count()[2] == 0
# Qt wrappers must never be collected on a worker thread: only the UI-thread collector collects.
assert not gc.isenabled(), "automatic collection was switched on behind MainThreadCollector"

class Later:
    pass

later = Later()
later.me = later  # a cycle made after the freeze is still collected
ref = weakref.ref(later)
del later
gc.collect()
assert ref() is None, "a cycle made after the freeze was not collected"
print("frozen", frozen)
"""


def test_the_loaded_code_is_frozen_and_later_garbage_still_collected() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("frozen ")
