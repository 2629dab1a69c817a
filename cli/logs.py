"""Where Sihteeri writes down what happened: a log file and a crash log in the data folder.

Sihteeri is started from a shortcut or a scheduled task, where nobody reads standard error. So besides
standard error (warnings, or everything with ``--verbose``), ``configure_logging`` keeps:

* ``loki/sihteeri.log`` in the data folder: every record from INFO up (DEBUG with ``--verbose``), with the
  time and the process. It is rotated at 1 MB, keeping three older files (``sihteeri.log.1`` ...); while
  another process holds it open (Windows), it grows on until it can be rotated.
* ``virheraportit/kaatumiset.log``: what Python's ``faulthandler`` writes when the process dies without a
  Python exception (a fault in Qt or another C library, an abort): the Python stack of every thread. Each
  start writes one line with the time and process id first, so a crash can be matched with its session.
  Started over when it grows past 1 MB.

If the data folder cannot be written (a read-only profile), Sihteeri goes on with standard error only and
says so there. Python exceptions become crash reports of their own (``gui.errors.write_crash_report``).
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

from db.paths import (  # light (no SQLAlchemy): cli/__init__.py imports this module to build the parser
    crash_report_dir,
    data_dir,
)

LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
CRASH_LOG_MAX_BYTES = 1_000_000

_FILE_ONLY = "file_only"
FILE_ONLY = {_FILE_ONLY: True}
"""``extra`` for a record that belongs in the log file but not on standard error (the user was told already)."""
_OURS = "_sihteeri_handler"  # marks the handlers configure_logging added, so a second call replaces them
_crash_log: TextIO | None = None  # faulthandler writes to this file's descriptor; it must stay open


class _SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its parent; when the rename fails, goes on writing to the same file and tries again later.

    On Windows a file another process holds open cannot be renamed: the window and a scheduled command may
    both be writing this log. The file then grows past the limit until one rotation succeeds.
    """

    def doRollover(self) -> None:  # noqa: N802
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def log_path() -> Path:
    return data_dir() / "loki" / "sihteeri.log"


def crash_log_path() -> Path:
    return crash_report_dir() / "kaatumiset.log"


def configure_logging(verbose: bool, *, to_files: bool = True) -> Path | None:
    """Log to standard error and (``to_files``) to the log file and crash log; return the log file's path.

    Calling it again replaces what an earlier call set up. None is returned when the files could not be
    opened (the reason goes to standard error).
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(LOG_FORMAT)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(formatter)
    console.addFilter(lambda record: not getattr(record, _FILE_ONLY, False))
    handlers: list[logging.Handler] = [console]
    path: Path | None = None
    if to_files:
        try:
            path = log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            file_handler = _SharedRotatingFileHandler(
                path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
            file_handler.setFormatter(formatter)
            handlers.append(file_handler)
        except OSError as exc:
            path = None
            print(f"Lokitiedostoa ei voi kirjoittaa ({exc}); loki näkyy vain tässä.", file=sys.stderr)
    for handler in handlers:
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(min(handler.level for handler in handlers))
    if to_files:
        enable_crash_log()
    return path


def enable_crash_log() -> Path | None:
    """Have ``faulthandler`` write fatal errors to the crash log; return its path (None if it cannot)."""
    global _crash_log  # noqa: PLW0603 - one file for the life of the process
    path = crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > CRASH_LOG_MAX_BYTES:
            path.unlink()
        crash_log = path.open("a", encoding="utf-8")
        crash_log.write(
            f"--- Sihteeri käynnistyi {dt.datetime.now().isoformat(timespec='seconds')} (pid {os.getpid()})\n"
        )
        crash_log.flush()
    except OSError as exc:
        print(f"Kaatumislokia ei voi kirjoittaa ({exc}).", file=sys.stderr)
        return None
    faulthandler.enable(file=crash_log, all_threads=True)
    if _crash_log is not None:
        _crash_log.close()
    _crash_log = crash_log
    return path


__all__ = ["FILE_ONLY", "configure_logging", "crash_log_path", "enable_crash_log", "log_path"]
