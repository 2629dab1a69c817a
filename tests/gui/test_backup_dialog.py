"""The backup window and the start-up restore question."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db import backup
from db.backup import BackupSettings, backup_now
from db.engine import Database, open_database
from db.errors import BackupFailed
from db.models import Person
from gui import errors
from gui.backup_dialog import (
    AutoBackup,
    BackupDialog,
    StartupRestoreDialog,
    check_database_at_startup,
    offer_startup_restore,
)

T0 = dt.datetime(2026, 3, 2, 16, 0, 0)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BackupSettings:
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path / "data"))
    return BackupSettings(folder=tmp_path / "varmuuskopiot")


@pytest.fixture
def shown() -> Any:
    seen: list[tuple[str, str, bool]] = []
    errors.set_presenter(lambda _parent, title, text, is_bug: seen.append((title, text, is_bug)))
    yield seen
    errors.set_presenter(None)


def _dialog(qtbot: QtBot, database: Database, settings: BackupSettings, **kwargs: Any) -> BackupDialog:
    dialog = BackupDialog(database, settings=settings, **kwargs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    return dialog


def _select(dialog: BackupDialog, row: int) -> None:
    dialog.table.selectionModel().select(
        dialog.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_dialog_lists_backups_with_date_size_and_contents(
    qtbot: QtBot, qtmodeltester: Any, sqlite_demo_db: Database, settings: BackupSettings
) -> None:
    """Ensure the list shows newest first with time, size, bodies and last meeting, and the model is sound."""
    for i in range(3):
        backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(days=i))
    dialog = _dialog(qtbot, sqlite_demo_db, settings)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == "4.3.2026 16.00"
    assert "kt" in model.data(model.index(0, 1)) or "Mt" in model.data(model.index(0, 1))
    assert "/20" in model.data(model.index(0, 3))
    assert model.data(model.index(0, 4)) == "ei tarkistettu"
    assert "Hyvinvointilautakunta" in model.data(model.index(0, 5))
    assert not dialog.restore_button.isEnabled()
    _select(dialog, 0)
    assert dialog.restore_button.isEnabled() and dialog.verify_button.isEnabled()
    dialog.grab().save(str(Path(settings.folder).parent / "varmuuskopiot.png"))


def test_verify_marks_good_and_damaged_copies(qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings) -> None:
    """Ensure verifying shows "ehjä" for a good copy and "VIOITTUNUT" with the reason for a damaged one."""
    older = backup_now(sqlite_demo_db, settings=settings, now=T0).written[0]
    backup_now(sqlite_demo_db, settings=settings, now=T0 + dt.timedelta(days=1))
    older.write_bytes(older.read_bytes()[:8192])
    dialog = _dialog(qtbot, sqlite_demo_db, settings)
    _select(dialog, 0)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(0, 4)) == "ehjä", timeout=5000)
    _select(dialog, 1)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(1, 4)) == "VIOITTUNUT", timeout=5000)
    assert "vioittunut" in dialog.status.text()
    assert "vioittunut" in dialog.model.data(dialog.model.index(1, 4), Qt.ItemDataRole.ToolTipRole)


def test_take_backup_now_adds_a_row(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, shown: Any
) -> None:
    """Ensure the button takes a verified backup in the background and the list shows it."""
    dialog = _dialog(qtbot, sqlite_demo_db, settings)
    assert dialog.model.rowCount() == 0 and "ei vielä" in dialog.status.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown) or (dialog.model.rowCount() == 1 and not dialog.busy), timeout=5000)
    assert shown == []
    assert "Varmuuskopio tallennettu" in dialog.status.text()


def test_restore_asks_closes_the_database_and_emits_restored(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, shown: Any
) -> None:
    """Ensure restore asks first, closes the database, restores the copy and tells the window to reopen."""
    backup_now(sqlite_demo_db, settings=settings, now=T0)
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Palautuksessa katoava"))
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    closed: list[bool] = []

    def close_database() -> None:
        closed.append(True)
        sqlite_demo_db.dispose()

    dialog = _dialog(qtbot, sqlite_demo_db, settings, confirm=confirm, close_database=close_database)
    _select(dialog, 0)
    dialog.restore_selected()  # answered "no": nothing happens
    assert not closed and not dialog.busy
    with qtbot.waitSignal(dialog.restored, timeout=10000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(sqlite_demo_db.path)]
    assert closed == [True] and "2.3.2026 16.00" in asked[-1]
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2, timeout=5000)
    assert shown == []
    reopened = open_database(sqlite_demo_db.url, create=False)
    try:
        with reopened.begin() as s:
            count = s.scalar(select(func.count(Person.id)).where(Person.name == "Palautuksessa katoava"))
        assert count == 0
    finally:
        reopened.dispose()


def test_startup_dialog_offers_the_newest_good_backup(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ensure a damaged database at start-up is explained, restored on request and moved aside, not deleted."""
    path = sqlite_demo_db.path
    assert path is not None
    backup_now(sqlite_demo_db, settings=settings, now=T0)
    sqlite_demo_db.dispose()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)
    problem = backup.startup_check(path, settings=settings)
    assert problem is not None

    dialog = StartupRestoreDialog(problem)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "vioittunut" in texts and "2.3.2026 klo 16.00" in texts and "siirretään sivuun" in texts
    assert dialog.restore_button is not None
    dialog.grab().save(str(tmp_path / "kaynnistys.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartupRestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    result = offer_startup_restore(None, problem, settings=settings)
    assert result is not None and result.moved_aside and result.moved_aside[0].read_bytes() == damaged
    assert backup.startup_check(path, settings=settings) is None

    monkeypatch.setattr(StartupRestoreDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert offer_startup_restore(None, problem, settings=settings) is None


def test_startup_dialog_without_a_good_backup_only_quits(
    qtbot: QtBot, tmp_path: Path, settings: BackupSettings
) -> None:
    """Ensure that with no good backup the dialog says so and offers no restore button."""
    path = tmp_path / "rikki.db"
    path.write_bytes(b"\x00" * 4096)
    problem = backup.startup_check(path, settings=settings)
    assert problem is not None and problem.backup is None
    dialog = StartupRestoreDialog(problem)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "Ehjää varmuuskopiota ei löytynyt" in dialog.findChild(QLabel, "message").text()


def test_folders_are_chosen_and_saved(qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings,
                                      tmp_path: Path) -> None:
    """Ensure the main and second folder can be chosen (and the second removed) and persist in the settings file."""
    stick = tmp_path / "tikku"
    stick.mkdir()
    answers = [str(tmp_path / "uusi-kansio"), str(stick), ""]
    dialog = _dialog(qtbot, sqlite_demo_db, settings, choose_directory=lambda _p, _t, _s: answers.pop(0))
    assert "Toista kansiota" in dialog.where.text() and not dialog.no_second_button.isEnabled()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    qtbot.mouseClick(dialog.second_button, Qt.MouseButton.LeftButton)
    assert str(stick) in dialog.where.text() and dialog.no_second_button.isEnabled()
    saved = BackupSettings.load()
    assert saved.folder == tmp_path / "uusi-kansio" and saved.second_folder == stick
    qtbot.mouseClick(dialog.second_button, Qt.MouseButton.LeftButton)  # cancelled: no change
    assert BackupSettings.load().second_folder == stick
    qtbot.mouseClick(dialog.no_second_button, Qt.MouseButton.LeftButton)
    assert BackupSettings.load().second_folder is None
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy, timeout=5000)
    assert dialog.model.rows[0].entry.path.parent == tmp_path / "uusi-kansio"


def test_auto_backup_takes_due_backups_and_one_on_close(qtbot: QtBot, sqlite_demo_db: Database,
                                                        settings: BackupSettings) -> None:
    """Ensure the timer takes a backup when due (not twice), and closing takes one only after changes."""
    holder = QDialog()
    qtbot.addWidget(holder)
    auto = AutoBackup(sqlite_demo_db, holder, interval_ms=3_600_000, settings=settings)
    written: list[str] = []
    auto.backed_up.connect(written.append)
    auto.check()
    qtbot.waitUntil(lambda: bool(written) and not auto._running, timeout=5000)
    auto.check()
    qtbot.waitUntil(lambda: not auto._running, timeout=5000)
    assert len(written) == 1 and len(backup.list_backups(sqlite_demo_db, settings.folder)) == 1
    assert auto.on_close() is None  # nothing changed since
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Sulkemisen jälkeen"))
    assert sqlite_demo_db.path is not None
    os.utime(sqlite_demo_db.path, None)
    result = auto.on_close()
    assert result is not None and result.ok and not auto.timer.isActive()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_closing_the_main_window_takes_a_backup_after_changes(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, tmp_path: Path
) -> None:
    """Ensure closing the window takes the verified backup the README promises ("suljettaessa"), only after
    changes (it was built and tested, but the window never called it)."""
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts

    def window() -> MainWindow:
        made = MainWindow(sqlite_demo_db, Settings(QSettings(str(tmp_path / "ikkuna.ini"), QSettings.Format.IniFormat)),
                          AnsweringPrompts(), auto_backup=True)
        qtbot.addWidget(made)
        made.auto_backup.stop()  # no timed backup meanwhile
        made.show()
        return made

    folder = BackupSettings.load().folder  # the window's backups go where the backup settings say
    first = window()
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Ennen sulkemista"))
    assert sqlite_demo_db.path is not None
    os.utime(sqlite_demo_db.path, None)
    assert first.close()
    copies = backup.list_backups(sqlite_demo_db, folder)
    assert len(copies) == 1 and backup.verify_backup(copies[0].path).ok
    assert first.statusBar().currentMessage() == "Otetaan varmuuskopiota…"

    second = window()  # nothing changed since: no second copy
    assert second.close()
    assert len(backup.list_backups(sqlite_demo_db, folder)) == 1


def test_closing_tells_when_no_folder_got_a_copy(qtbot: QtBot, sqlite_demo_db: Database, tmp_path: Path) -> None:
    """Ensure a closing backup that no folder got (the folder is a file, a drive unplugged) is raised for the window
    to show, with the reason, while a closing with nothing changed, or a copy in the main folder, says nothing."""
    blocked = tmp_path / "ei-kansio"
    blocked.write_text("tiedosto kansion paikalla", encoding="utf-8")
    holder = QDialog()
    qtbot.addWidget(holder)
    auto = AutoBackup(sqlite_demo_db, holder, settings=BackupSettings(folder=blocked))
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Päivän työ"))
    assert sqlite_demo_db.path is not None
    os.utime(sqlite_demo_db.path, None)
    with pytest.raises(BackupFailed) as failed:
        auto.on_close()
    assert "Sulkemisen yhteydessä ei saatu varmuuskopiota" in failed.value.message
    assert f"{blocked} ei ole kansio" in failed.value.message and "tallessa" in failed.value.message
    second = tmp_path / "tikku"  # a second folder that is missing does not count while the main one gets its copy
    good = AutoBackup(sqlite_demo_db, holder, settings=BackupSettings(folder=tmp_path / "kopiot", second_folder=second))
    result = good.on_close()
    assert result is not None and result.ok and result.warnings


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_closing_the_window_shows_a_failed_closing_backup(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, tmp_path: Path, shown: Any
) -> None:
    """Ensure the window shows the failed closing backup (titled so) and still closes."""
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts

    blocked = tmp_path / "ei-kansio"
    blocked.write_text("tiedosto kansion paikalla", encoding="utf-8")
    BackupSettings(folder=blocked).save()
    window = MainWindow(sqlite_demo_db, Settings(QSettings(str(tmp_path / "ikkuna.ini"), QSettings.Format.IniFormat)),
                        AnsweringPrompts(), auto_backup=True)
    qtbot.addWidget(window)
    assert window.auto_backup is not None
    window.auto_backup.stop()
    window.show()
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Päivän työ"))
    assert sqlite_demo_db.path is not None
    os.utime(sqlite_demo_db.path, None)
    assert window.close()
    assert [title for title, _text, _bug in shown] == ["Varmuuskopiota ei saatu"]
    assert "ei ole kansio" in shown[0][1] and not shown[0][2]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_window_reopened_after_a_restore_keeps_the_automatic_backups(
    qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings, tmp_path: Path
) -> None:
    """Ensure the window that replaces the old one after a restore takes over the daily and closing backups, and
    the old one closes without a backup of its own (the restore took one)."""
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    from gui.settings import Settings
    from tests.gui.desk_support import AnsweringPrompts

    old = MainWindow(sqlite_demo_db, Settings(QSettings(str(tmp_path / "ikkuna.ini"), QSettings.Format.IniFormat)),
                     AnsweringPrompts(), auto_backup=True)
    qtbot.addWidget(old)
    old.show()
    with sqlite_demo_db.begin() as s:
        s.add(Person(name="Palautuksen jälkeen"))
    old.close_database()
    old.reopen()
    new = old.successor
    assert new is not None
    qtbot.addWidget(new)
    assert not old.isVisible() and old.auto_backup is None
    assert new.auto_backup is not None and new.auto_backup.timer.isActive()
    assert not backup.list_backups(sqlite_demo_db, BackupSettings.load().folder)  # none on the old one's close
    new.auto_backup.stop()
    new.database.dispose()


def test_auto_backup_warns_when_the_folder_cannot_be_written(qtbot: QtBot, sqlite_demo_db: Database,
                                                             tmp_path: Path) -> None:
    """Ensure a failing target becomes a warning signal for the status bar, not an error dialog."""
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio", encoding="utf-8")
    auto = AutoBackup(sqlite_demo_db, None, settings=BackupSettings(folder=blocker))
    with qtbot.waitSignal(auto.warned, timeout=5000) as signal:
        auto.check()
    assert "ei ole kansio" in signal.args[0]
    auto.stop()


def test_check_database_at_startup(qtbot: QtBot, sqlite_demo_db: Database, settings: BackupSettings,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Ensure a healthy database passes, and a damaged one is restored or quits as the user chooses."""
    path = sqlite_demo_db.path
    assert path is not None
    assert check_database_at_startup(str(path), settings=settings)
    assert check_database_at_startup("postgresql+psycopg://x@palvelin/y", settings=settings)
    backup_now(sqlite_demo_db, settings=settings, now=T0)
    sqlite_demo_db.dispose()
    path.write_bytes(b"roskaa" * 1000)
    monkeypatch.setattr(StartupRestoreDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not check_database_at_startup(str(path), settings=settings)
    assert path.read_bytes() == b"roskaa" * 1000
    monkeypatch.setattr(StartupRestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert check_database_at_startup(str(path), settings=settings)
    open_database(path, create=False).dispose()
