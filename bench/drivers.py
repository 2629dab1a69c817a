"""Measurements that need a process of their own (start-up, a window, peak memory): ``python -m bench.drivers``.

Each sub-command does one thing in a fresh interpreter and prints one JSON line on stdout:

* ``bare-window``: a bare PySide6 ``QMainWindow`` shown; quits at the first idle moment of the event loop.
* ``stack-window``: the same, after loading what any window over Sihteeri's database needs before it can
  read anything: SQLAlchemy, its ORM and Sihteeri's models with their mappers configured (no Sihteeri window
  code, no database opened). Information: the part of the start-up that the mandated stack itself takes.
* ``startup --db PATH``: Sihteeri's main window shown on the database; quits at the first idle moment.
* ``navigator --db PATH --meeting ID``: the navigator on the database; the meeting is revealed and opened,
  every year of its body expanded, and the view scrolled from top to bottom one page at a time.

Start-up is timed by the caller from before the interpreter starts to the exit (``bench.run``); the
drivers report their own view of it too (``ready_s``: from interpreter start to the first idle moment),
and the peak resident memory (``maxrss_mb``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _process_start() -> float:
    """Seconds since the epoch when this process started (from /proc, else now)."""
    try:
        with open("/proc/self/stat") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.time()


def _maxrss_mb() -> float:
    """This process's peak resident memory (MB).

    Linux's ``ru_maxrss`` survives ``exec``: a driver started by a large benchmark process would report at least
    that process's size (a vfork shares its memory until the exec). ``VmHWM`` is the peak of this program's
    own memory; ``ru_maxrss`` is used where there is no /proc.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(**values: Any) -> None:
    print(json.dumps({"maxrss_mb": round(_maxrss_mb(), 1), **values}), flush=True)


def _quit_when_idle(app: Any, started: float, extra: dict[str, Any]) -> None:
    """Quit at the first moment the event loop has nothing left to do (two zero timers: see bench.appdriver)."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        extra["ready_s"] = round(time.time() - started, 4)
        app.quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, done))


def _bare_window_until_idle(started: float, extra: dict[str, Any]) -> int:
    """Show a bare ``QMainWindow``, quit at the first idle moment and report ``extra`` with ``ready_s``."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Sihteeri")
    window.setCentralWidget(QLabel("Sihteeri"))
    window.resize(1200, 800)
    window.show()
    _quit_when_idle(app, started, extra)
    app.exec()
    _report(**extra)
    return 0


def bare_window() -> int:
    return _bare_window_until_idle(_process_start(), {})


def stack_window() -> int:
    started = _process_start()
    # As cheaply as the stack allows, so that this is a floor: loaded before Qt (whose import hook would read
    # every module's source, see gui.qt_compat) and with the garbage collector off while loading, as main does.
    import gc

    gc.disable()
    from sqlalchemy.orm import configure_mappers

    import db.models  # noqa: F401  (the mapped classes)

    configure_mappers()
    gc.freeze()
    gc.enable()
    return _bare_window_until_idle(started, {"loaded_s": round(time.time() - started, 4)})


def startup(db: str) -> int:
    started = _process_start()
    os.environ["SIHTEERI_DATABASE"] = db
    from bench import appdriver

    extra: dict[str, Any] = {}

    def idle(app: Any) -> None:
        extra["ready_s"] = round(time.time() - started, 4)
        app.quit()

    def splash() -> None:
        extra["splash_s"] = round(time.time() - started, 4)

    code = appdriver.show_main_window(db, idle, splash)
    if "ready_s" not in extra:
        raise SystemExit(f"the main window never became idle (run_gui returned {code})")
    _report(**extra)
    return 0


def navigator(db: str, meeting_id: int) -> int:
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from gui.navigator import NavigatorModel, NavigatorView, NodeKind

    app = QApplication(sys.argv)
    database = open_database(db, create=False)
    baseline = _maxrss_mb()
    started = time.perf_counter()
    model = NavigatorModel(database)
    view = NavigatorView()
    view.setModel(model)
    view.resize(400, 900)
    view.show()
    app.processEvents()
    index = model.reveal_meeting(meeting_id)
    view.expand(index)
    if model.canFetchMore(index):
        model.fetchMore(index)
    view.scrollTo(index)
    app.processEvents()
    opened = time.perf_counter() - started
    items = model.rowCount(index)
    # Every year of the meeting's body expanded: the longest list a user scrolls through.
    body = model.parent(model.parent(index))
    for row in range(model.rowCount(body)):
        year = model.index(row, 0, body)
        if model.node(year).kind == NodeKind.YEAR:
            view.expand(year)
            if model.canFetchMore(year):
                model.fetchMore(year)
    app.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())
    steps = 0
    scroll_started = time.perf_counter()
    while True:
        view.viewport().repaint()
        app.processEvents()
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        steps += 1
    scrolled = time.perf_counter() - scroll_started
    _report(
        open_s=round(opened, 4),
        scroll_s=round(scrolled, 4),
        pages=steps,
        items=items,
        baseline_mb=round(baseline, 1),
    )
    view.close()
    database.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.drivers")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("bare-window")
    sub.add_parser("stack-window")
    p = sub.add_parser("startup")
    p.add_argument("--db", required=True)
    p = sub.add_parser("navigator")
    p.add_argument("--db", required=True)
    p.add_argument("--meeting", type=int, required=True)
    args = parser.parse_args(argv)
    if args.command == "bare-window":
        return bare_window()
    if args.command == "stack-window":
        return stack_window()
    if args.command == "startup":
        return startup(args.db)
    return navigator(args.db, args.meeting)


if __name__ == "__main__":
    sys.exit(main())
