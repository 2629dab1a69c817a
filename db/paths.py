"""Where Sihteeri keeps the user's files: the data folder and the default database in it.

Kept apart from ``db.engine`` so that what runs before the database layer loads (the log files, the
start-up splash) can find the folder without importing SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Sihteeri"


def data_dir() -> Path:
    """The user's data folder for Sihteeri (``SIHTEERI_DATA_DIR``, else the platform's user data folder)."""
    from platformdirs import user_data_path

    return Path(os.environ.get("SIHTEERI_DATA_DIR") or user_data_path(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "sihteeri.db"


def crash_report_dir() -> Path:
    """Where error reports go: a Python exception's report (gui.errors) and the crash log (cli.logs)."""
    return data_dir() / "virheraportit"


__all__ = ["APP_NAME", "crash_report_dir", "data_dir", "default_database_path"]
