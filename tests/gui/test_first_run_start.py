"""Start-up around the first run: a remembered database that cannot be opened, the demo chosen in the wizard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from db.engine import ENV_VAR, Database, open_database
from db.enums import BodyKind, Language, OrganisationKind
from gui import app as gui_app
from gui.app import Unreachable
from gui.first_run import BodySetup, FirstRunWizard, Setup, write_setup
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

shown_errors = desk_support.shown_errors

# A server nobody listens on: the connection is refused at once.
DOWN = "postgresql+psycopg://sihteeri@127.0.0.1:1/sihteeri"


def _set_up(path: Path, name: str) -> Path:
    database = open_database(path)
    write_setup(database, Setup(kind=OrganisationKind.MUNICIPALITY, name=name, language=Language.FINNISH,
                                bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu"])]))  # fmt: skip
    database.dispose()
    return path


class Answers:
    """The answers to ``ask_unreachable`` (``given``, in turn) and the problems it was asked with (``asked``)."""

    def __init__(self) -> None:
        self.given: list[Unreachable] = []
        self.asked: list[str] = []

    def __call__(self, problem: str) -> Unreachable:
        self.asked.append(problem)
        return self.given.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(gui_app, "ask_unreachable", found)
    return found


def test_a_server_down_at_start_asks_instead_of_setting_up_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a remembered server that is down, with a default database never set up, asks Yritä uudelleen /
    Avaa toinen tietokanta… / Lopeta instead of opening the first-run wizard on a new local database."""
    default = tmp_path / "oletus.db"
    monkeypatch.setenv(ENV_VAR, str(default))
    answers.given[:] = [Unreachable.RETRY, Unreachable.QUIT]
    assert gui_app._open_remembered(DOWN, AnsweringPrompts()) is None
    assert len(answers.asked) == 2 and "127.0.0.1" in answers.asked[0]
    assert not default.exists()
    other = _set_up(tmp_path / "toinen.db", "Toinen kunta")
    prompts = AnsweringPrompts()
    prompts.database = str(other)
    answers.given[:] = [Unreachable.OTHER]
    database = gui_app._open_remembered(DOWN, prompts)
    assert database is not None and database.path == other.resolve()
    database.dispose()
    assert not default.exists() and shown_errors == []


def test_a_server_down_at_start_opens_a_default_in_use_with_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure a default database already in use still opens (with the message), without the question."""
    default = _set_up(tmp_path / "oletus.db", "Oletuskunta")
    monkeypatch.setenv(ENV_VAR, str(default))
    database = gui_app._open_remembered(DOWN, AnsweringPrompts())
    assert database is not None and database.path == default.resolve()
    database.dispose()
    assert len(shown_errors) == 1 and "avaa oletustietokannan" in shown_errors[0][1]
    assert answers.asked == []


def test_run_gui_with_the_server_down_shows_no_first_run_wizard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure the window's start with a remembered server down and no default database quits when asked to,
    without showing the first-run wizard (reviewer's server_down_start.py)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("SIHTEERI_DATA_DIR", str(tmp_path))
    shown: list[str] = []

    def record(_self: FirstRunWizard) -> QDialog.DialogCode:
        shown.append("wizard")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", record)
    stored = QSettings("Sihteeri", "Sihteeri")
    stored.setValue("database/last", DOWN)
    try:
        answers.given[:] = [Unreachable.QUIT]
        assert gui_app.run_gui(None, demo=False) == 0
    finally:
        stored.remove("database/last")
    assert shown == [] and not (tmp_path / "sihteeri.db").exists()


def test_the_demo_chosen_in_the_wizard_gets_no_automatic_backups(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure the demo chosen on the wizard's first page opens without automatic (and closing) backups, as
    the --demo flag and Tiedosto → Avaa tietokanta do (it left copies of the demo in the backup folder)."""
    from gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "uusi.db"))

    def choose_demo(self: FirstRunWizard) -> QDialog.DialogCode:
        self.restart()
        self.intro.demo.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", choose_demo)
    opened: list[tuple[Database, bool]] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, close_when_shown)
            return
        opened.append((windows[0].database, windows[0].auto_backup is not None))
        windows[0].editor.show_nothing()
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert gui_app.run_gui(None, demo=False) == 0
    assert len(opened) == 1 and gui_app.is_demo(opened[0][0])
    assert opened[0][1] is False


def test_a_new_file_whose_set_up_is_cancelled_is_not_left_behind(
    qtbot: QtBot, tmp_path: Path, sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure Tiedosto → Avaa tietokanta with a new (mistyped) file name, its set-up cancelled, removes the
    file and the folder made for it; an existing database file whose set-up is cancelled stays."""
    from gui import settings as declared
    from gui.settings import Settings

    monkeypatch.setattr(FirstRunWizard, "exec", lambda _self: QDialog.DialogCode.Rejected)
    settings = Settings(QSettings(str(tmp_path / "asetukset.ini"), QSettings.Format.IniFormat))
    prompts = AnsweringPrompts()
    window = desk_support.make_window(qtbot, sqlite_demo_db, settings, prompts)
    typo = tmp_path / "uusi" / "typo.db"
    prompts.database = str(typo)
    window.open_other_database()
    assert window.successor is None and not typo.exists() and not typo.parent.exists()
    assert list(tmp_path.glob("uusi*")) == []
    existing = tmp_path / "aiempi.db"
    open_database(existing).dispose()  # a Sihteeri database never set up, made earlier
    prompts.database = str(existing)
    window.open_other_database()
    assert window.successor is None and existing.exists()
    assert settings.get(declared.LAST_DATABASE) == "" and shown_errors == []


def test_a_remembered_file_gone_with_no_default_in_use_asks_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a remembered file on a drive not attached, with no default database in use, is asked about
    (Yritä uudelleen opens it once the drive is back) instead of the first-run wizard on a new default one."""
    default = tmp_path / "oletus.db"
    monkeypatch.setenv(ENV_VAR, str(default))
    drive = tmp_path / "levy"
    remembered = drive / "kunta.db"
    assert gui_app._still_there(str(remembered)) == str(remembered) and shown_errors == []

    def attach(problem: str) -> Unreachable:
        answers.asked.append(problem)
        drive.mkdir()
        _set_up(remembered, "Levyn kunta")
        return Unreachable.RETRY

    monkeypatch.setattr(gui_app, "ask_unreachable", attach)
    database = gui_app._open_remembered(str(remembered), AnsweringPrompts())
    assert database is not None and database.path == remembered.resolve()
    database.dispose()
    assert len(answers.asked) == 1 and "ei ole olemassa" in answers.asked[0]
    assert not default.exists() and shown_errors == []
