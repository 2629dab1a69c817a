"""Backup warnings the user sees in daily use: a missing second folder, a copy dated in the future, a lost file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db import backup
from db.backup import BackupSettings, backup_now
from db.engine import Database
from db.models import Person
from gui.backup_dialog import AutoBackup, BackupDialog, StartupRestoreDialog


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BackupSettings:
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    return BackupSettings(folder=tmp_path / "varmuuskopiot", second_folder=tmp_path / "muistitikku")


def test_the_hourly_check_warns_about_a_missing_second_folder_when_no_backup_is_due(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings
) -> None:
    """Ensure the hourly check tells (``warned``, shown in the status bar) that the second folder is missing
    even when the main folder's copy is fresh and no backup is due, so an unplugged stick does not go unnoticed."""
    assert backup_now(sqlite_demo_db, settings=settings).ok  # this morning's copy (the stick already missing)
    auto = AutoBackup(sqlite_demo_db, None, settings=settings)
    written: list[str] = []
    auto.backed_up.connect(written.append)
    with qtbot.waitSignal(auto.warned, timeout=10000) as signal:
        auto.check()
    qtbot.waitUntil(lambda: not auto._running, timeout=10000)
    assert str(settings.second_folder) in signal.args[0] and "ei löydy" in signal.args[0]
    assert not written  # not due: no new copy in the main folder
    auto.stop()


def test_a_second_folder_alone_never_makes_a_backup_due(sqlite_demo_db: Database, settings: BackupSettings) -> None:
    """Ensure only the main folder's newest copy decides whether a backup is due: a second folder that is there
    but has no recent copy (a stick plugged in again, or one too full to take a copy) does not make every hourly
    check take a full copy; the next due backup writes to both."""
    start = dt.datetime.now()
    assert settings.second_folder is not None
    assert backup_now(sqlite_demo_db, settings=settings, now=start).ok  # the stick is not there
    settings.second_folder.mkdir()
    for hour in range(1, 5):
        assert backup.backup_if_due(sqlite_demo_db, start + dt.timedelta(hours=hour), settings=settings) is None
    result = backup.backup_if_due(sqlite_demo_db, start + dt.timedelta(hours=25), settings=settings)
    assert result is not None and [p.parent for p in result.written] == [settings.folder, settings.second_folder]


def test_the_backup_window_notes_a_copy_dated_in_the_future(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings
) -> None:
    """Ensure the backup window says that a copy is dated in the future (the clock was wrong) and is not
    counted as the newest."""
    settings.second_folder = None
    wrong = backup_now(sqlite_demo_db, settings=settings, now=dt.datetime.now() + dt.timedelta(days=365)).written[0]
    dialog = BackupDialog(sqlite_demo_db, settings=settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1, timeout=5000)
    assert wrong.name in dialog.status.text() and "tulevaisuuteen" in dialog.status.text()


def test_the_startup_question_for_a_missing_file_does_not_speak_of_a_damaged_one(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings
) -> None:
    """Ensure the start-up question for a missing database says where the copy is restored, not that a damaged
    file is moved aside."""
    path = sqlite_demo_db.path
    assert path is not None
    backup_now(sqlite_demo_db, settings=settings)
    sqlite_demo_db.dispose()
    os.unlink(path)
    problem = backup.startup_check(path, settings=settings)
    assert problem is not None and problem.kind == "missing" and problem.backup is not None
    dialog = StartupRestoreDialog(problem)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Vioittunutta" not in texts and "siirretään sivuun" not in texts
    assert str(path) in texts


def test_the_backup_window_refuses_to_restore_while_another_program_has_the_database_open(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings
) -> None:
    """Ensure the window's restore, having closed its own connections, is refused with an explanation while
    another program still has the database open, and the file stays where it is."""
    from db.engine import open_database
    from gui import errors

    shown: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: shown.append((title, text, is_bug)))
    settings.second_folder = None
    backup_now(sqlite_demo_db, settings=settings)
    assert sqlite_demo_db.path is not None
    other = open_database(sqlite_demo_db.path)  # another window or a command
    try:
        with other.begin() as session:
            session.execute(select(func.count(Person.id)))
        dialog = BackupDialog(sqlite_demo_db, settings=settings, confirm=lambda *_a: True)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1, timeout=5000)
        dialog.table.selectRow(0)
        restored: list[str] = []
        dialog.restored.connect(restored.append)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
        assert not restored
        assert len(shown) == 1 and "käytössä" in shown[0][1]
        assert sqlite_demo_db.path.exists()
        assert not list(sqlite_demo_db.path.parent.glob("*.ennen-palautusta-*"))
    finally:
        other.dispose()
        errors.set_presenter(None)
