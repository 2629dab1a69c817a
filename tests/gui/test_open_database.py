"""Tiedosto → Avaa tietokanta: another database in a new window, remembered for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import URL

from db.engine import ENV_VAR, Database, open_database, resolve_url, target_to_remember, with_password
from db.enums import BodyKind, Language, OrganisationKind
from db.models import Item, Organisation
from db.paths import default_database_path
from gui import app as gui_app
from gui import settings as declared
from gui.dialogs import DatabaseDialog, password_dialog
from gui.first_run import BodySetup, Setup, write_setup
from gui.settings import Settings
from tests.conftest import PG_PASSWORD
from tests.gui import desk_support
from tests.gui.desk_support import AnsweringPrompts, make_window, type_text

# Windows shown on the offscreen platform log "does not support propagateSizeHints()": harmless there.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

settings = desk_support.settings
prompts = desk_support.prompts
shown_errors = desk_support.shown_errors


def _other_database(path: Path, name: str = "Sysmän kunta") -> Path:
    database = open_database(path)
    write_setup(database, Setup(kind=OrganisationKind.MUNICIPALITY, name=name, language=Language.FINNISH,
                                bodies=[BodySetup("Kunnanhallitus", BodyKind.EXECUTIVE, ["Aino Áilu"])]))  # fmt: skip
    database.dispose()
    return path


def _home_name(database: Database) -> str | None:
    with database.begin() as session:
        return session.scalar(select(Organisation.name).where(Organisation.is_home.is_(True)))


def test_a_remembered_database_names_no_password_and_the_default_not_at_all() -> None:
    """Ensure what is written into the settings: a path, an address without its password, "" for the default."""
    assert target_to_remember(resolve_url(str(default_database_path()))) == ""
    assert target_to_remember(resolve_url("/srv/sihteeri/lautakunta.db")) == str(Path("/srv/sihteeri/lautakunta.db"))
    url = resolve_url("postgresql+psycopg://sihteeri:salainen@palvelin:5433/kunta")
    assert target_to_remember(url) == "postgresql+psycopg://sihteeri@palvelin:5433/kunta"


def test_another_database_opens_in_a_new_window_and_is_remembered(
    qtbot: QtBot, tmp_path: Path, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts
) -> None:
    """Ensure the chosen database opens in a new window, this one closes, and the choice is remembered."""
    other = _other_database(tmp_path / "toinen.db")
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.show()
    assert window.named_actions["open_database"] in window.file_menu.actions()
    prompts.database = None
    window.named_actions["open_database"].trigger()  # cancelled: nothing happens
    assert window.successor is None and window.isVisible()
    assert prompts.asked[-1] == ("choose_database", str(sqlite_demo_db.path))
    with sqlite_demo_db.begin() as session:
        item_id = session.scalar(select(Item.id).order_by(Item.id.desc()).limit(1))
    assert item_id is not None
    window.open_item(item_id)
    assert window.editor.item_id == item_id  # closing the window would write it as the last item
    prompts.database = str(other)
    window.named_actions["open_database"].trigger()
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor, before_close_func=lambda w: w.editor.show_nothing())
    assert successor.database.path == other.resolve() and _home_name(successor.database) == "Sysmän kunta"
    assert "toinen.db" in successor.windowTitle()
    assert settings.get(declared.LAST_DATABASE) == str(other.resolve())
    assert settings.get(declared.LAST_ITEM) == 0  # the old window's last item is not the new database's
    assert not window.isVisible()


def test_a_database_that_cannot_be_opened_leaves_the_window_as_it_was(
    qtbot: QtBot, tmp_path: Path, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure a foreign file is explained in Finnish and neither a window nor the settings change."""
    foreign = tmp_path / "muistio.db"
    foreign.write_text("ei tietokanta", encoding="utf-8")
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    prompts.database = str(foreign)
    window.named_actions["open_database"].trigger()
    assert window.successor is None and shown_errors and not shown_errors[0][2]
    assert "muistio.db" in shown_errors[0][1]
    assert settings.get(declared.LAST_DATABASE) == ""
    assert foreign.read_text(encoding="utf-8") == "ei tietokanta"


def test_a_new_database_is_set_up_first_or_not_opened(
    qtbot: QtBot, tmp_path: Path, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ensure a new file asks the first-run questions; cancelling them keeps the current window."""
    asked: list[Path | None] = []

    def cancelled(database: Database, _settings: Settings, _parent: object = None) -> Database | None:
        asked.append(database.path)
        return None

    monkeypatch.setattr(gui_app, "first_run", cancelled)
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    prompts.database = str(tmp_path / "uusi.db")
    window.named_actions["open_database"].trigger()
    assert asked == [(tmp_path / "uusi.db").resolve()] and window.successor is None
    assert settings.get(declared.LAST_DATABASE) == ""


def test_the_remembered_database_opens_at_start_or_the_default_one_with_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure a remembered file opens; a gone file or a foreign one is explained and the default one opens."""
    monkeypatch.setenv(ENV_VAR, str(_other_database(tmp_path / "oletus.db", "Oletuskunta")))  # the default, in use
    other = _other_database(tmp_path / "toinen.db", "Toinen kunta")
    assert gui_app._still_there(str(other)) == str(other)
    database = gui_app._open_remembered(str(other), AnsweringPrompts())
    assert _home_name(database) == "Toinen kunta"
    database.dispose()
    assert gui_app._still_there(str(tmp_path / "irrotettu" / "levy.db")) == "" and not shown_errors[0][2]
    assert "Viimeksi käytettyä tietokantaa ei voitu avata: tiedostoa" in shown_errors[0][1]
    assert "Tiedosto → Avaa tietokanta" in shown_errors[0][1]
    assert not (tmp_path / "irrotettu").exists()
    foreign = tmp_path / "muistio.db"
    foreign.write_text("ei tietokanta", encoding="utf-8")
    database = gui_app._open_remembered(str(foreign), AnsweringPrompts())
    assert database.path == (tmp_path / "oletus.db").resolve() and len(shown_errors) == 2
    database.dispose()


def test_the_dialog_names_what_is_chosen_and_refuses_half_answers(qtbot: QtBot) -> None:
    """Ensure the dialog shows the current database, gives the chosen target, and asks for a missing name."""
    dialog = DatabaseDialog("postgresql+psycopg://sihteeri@palvelin/kunta")
    qtbot.addWidget(dialog)
    assert dialog.shared.isChecked() and dialog.target() == "postgresql+psycopg://sihteeri@palvelin/kunta"
    type_text(dialog.path, "H:\\Sihteeri\\ä.db")
    assert dialog.file.isChecked() and dialog.target() == "H:\\Sihteeri\\ä.db"
    dialog.path.clear()
    dialog.accept()
    assert dialog.result() == 0 and "tietokantatiedoston nimi" in dialog.problem.text()
    dialog.shared.setChecked(True)
    dialog.address.setText("palvelin/kunta")
    dialog.accept()
    assert dialog.result() == 0 and "postgresql+psycopg://" in dialog.problem.text()
    dialog.default.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1 and dialog.target() == ""


def test_a_server_s_password_is_asked_until_right_or_cancelled(
    qtbot: QtBot, pg_password_url: URL, sqlite_demo_db: Database, settings: Settings, prompts: AnsweringPrompts,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str, bool]],
) -> None:
    """Ensure a server that wants a password gets it asked (again after a wrong one), the database opens in a
    new window, and the remembered address has no password; cancelling keeps the current window."""
    window = make_window(qtbot, sqlite_demo_db, settings, prompts)
    window.show()
    address = pg_password_url.render_as_string(hide_password=False)
    prompts.database = address
    window.named_actions["open_database"].trigger()  # no answer: cancelled
    assert window.successor is None and window.isVisible()
    assert prompts.password_asked == [(pg_password_url.username, pg_password_url.query["host"], False)]
    assert settings.get(declared.LAST_DATABASE) == ""
    prompts.passwords = ["väärä", PG_PASSWORD]
    window.named_actions["open_database"].trigger()
    assert [wrong for _u, _s, wrong in prompts.password_asked] == [False, False, True]
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor, before_close_func=lambda w: w.editor.show_nothing())
    assert successor.database.url.password == PG_PASSWORD and _home_name(successor.database)
    assert settings.get(declared.LAST_DATABASE) == address and PG_PASSWORD not in address
    assert not shown_errors
    # At the next start the remembered server asks again; cancelled, the default database (in use) opens.
    monkeypatch.setenv(ENV_VAR, str(_other_database(tmp_path / "oletus.db", "Oletuskunta")))
    again = AnsweringPrompts()
    database = gui_app._open_remembered(address, again)
    assert database.path == (tmp_path / "oletus.db").resolve() and len(again.password_asked) == 1
    database.dispose()
    again.passwords = [PG_PASSWORD]
    database = gui_app._open_remembered(address, again)
    assert database.url.database == pg_password_url.database
    database.dispose()


def test_the_password_question_names_the_server_and_hides_the_typing(qtbot: QtBot) -> None:
    """Ensure the password dialog says whose password on which server, says when one was refused, and does
    not show what is typed."""
    dialog = password_dialog(None, "sihteeri", "palvelin.kunta.fi", wrong=False)
    qtbot.addWidget(dialog)
    assert "palvelin.kunta.fi" in dialog.labelText() and "sihteeri" in dialog.labelText()
    assert "ei hyväksynyt" not in dialog.labelText()
    assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
    refused = password_dialog(None, "sihteeri", "", wrong=True)
    qtbot.addWidget(refused)
    assert "ei hyväksynyt" in refused.labelText() and "localhost" in refused.labelText()
    assert with_password("postgresql+psycopg://sihteeri@palvelin/kunta", "a@b/c").password == "a@b/c"


def test_the_start_asks_a_server_s_password_and_opens_the_window(
    qtbot: QtBot, pg_password_url: URL, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str, bool]]
) -> None:
    """Ensure ``run_gui`` on a server that wants a password asks for it before the window (a cancel starts
    nothing) and opens the window with it."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.dialogs import Prompts
    from gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    answers: list[str | None] = [None]
    asked: list[bool] = []

    def ask(_self: Prompts, _parent: object, _user: str, _server: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return answers.pop(0)

    monkeypatch.setattr(Prompts, "ask_password", ask)
    address = pg_password_url.render_as_string(hide_password=False)
    assert gui_app.run_gui(address, demo=False) == 0 and asked == [False]  # cancelled: no window
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    answers[:] = [PG_PASSWORD]
    opened: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, close_when_shown)
            return
        opened.append(str(windows[0].database.url.database))
        windows[0].editor.show_nothing()
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert gui_app.run_gui(address, demo=False) == 0
    assert opened == [pg_password_url.database] and asked == [False, False] and not shown_errors
