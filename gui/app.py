"""Start of the window: the Qt application, translations, the error hook, the database (or the demo), first run.

Translations are loaded by ``gui.i18n`` (already by the start-up splash); ``python -m gui.app
--compile-translations`` compiles them next to their sources for a build.
"""

from __future__ import annotations

import enum
import gc
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db.engine import ENV_VAR, Database, open_database
from db.errors import KnownError, PasswordRequired, SihteeriError
from db.paths import data_dir
from gui import settings as declared
from gui.errors import install_excepthook, show_error
from gui.i18n import (
    LANGUAGES,
    compile_translation,
    install_translations,
    localized,
    translations_dir,
)
from gui.operations import MainThreadCollector
from gui.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from gui.dialogs import Prompts
    from gui.splash import Splash

log = logging.getLogger(__name__)

_keep: list[object] = []  # translators and the window must outlive run_gui's locals


def demo_database_path() -> Path:
    return data_dir() / "esittely" / "sihteeri-esittely.db"


def open_demo() -> Database:
    """Write a fresh demo database into the data folder and open it."""
    from core.demo import write_demo

    path = demo_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path)
    write_demo(database)
    return database


def open_asking_password(
    target: str | URL | None, prompts: Prompts, parent: QWidget | None = None, *, create: bool = True
) -> Database | None:
    """``db.backup.open_for_use(target)``; when its server asks for a password, or refuses the one given, the user
    is asked for it (``Prompts.ask_password``) and the opening tried again. None when the user cancels.

    The password stays in the opened database's address, in memory: reopening after a restore and the
    PostgreSQL backups use it, and it is never written into the settings (``target_to_remember``).
    """
    from db.backup import open_for_use
    from db.engine import resolve_url, server_of, with_password

    while True:
        try:
            return open_for_use(target, create=create)
        except PasswordRequired as exc:
            url = resolve_url(target) if target is None or isinstance(target, str) else target
            log.info("Password asked for %s (%s)", url.render_as_string(hide_password=True), exc.detail)
            password = prompts.ask_password(parent, url.username or "", server_of(url), exc.wrong)
            if password is None:
                return None
            target = with_password(url, password)


def is_demo(database: Database) -> bool:
    """Whether ``database`` is the demo of the data folder (no automatic backups, not remembered)."""
    return database.path is not None and database.path == demo_database_path().resolve()


@dataclass(frozen=True)
class NewFile:
    """A database file about to be made: its path and the folders made for it (innermost first)."""

    path: Path
    folders: tuple[Path, ...]


def new_file_for(target: str | None) -> NewFile | None:
    """The SQLite file ``target`` names when it does not exist yet (opening it makes it), else None."""
    from db.engine import resolve_url, sqlite_path

    try:
        path = sqlite_path(resolve_url(target))
    except SihteeriError:
        return None
    if path is None or path.exists():
        return None
    folders: list[Path] = []
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        folders.append(parent)
        parent = parent.parent
    return NewFile(path, tuple(folders))


def discard_new_file(new: NewFile | None) -> None:
    """Remove a database file this program has just made (and its folders, if empty) when its set-up was
    cancelled: a mistyped name must not leave an empty database behind. A file that existed is never touched."""
    if new is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{new.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            log.warning("New database %s not removed: %s", new.path, exc)
            return
    for folder in new.folders:
        try:
            folder.rmdir()
        except OSError:
            return
    log.info("Removed the new database %s: its set-up was cancelled", new.path)


def first_run(database: Database, settings: Settings, parent: QWidget | None = None) -> Database | None:
    """Ask the set-up of a new database; return the database to open (the demo if asked), None if cancelled.

    If the answers cannot be stored (``write_setup`` refuses them, or the database fails), the user is told why
    and the wizard opens again with the answers as they were, until they are stored or the wizard is cancelled.
    """
    from gui.first_run import FirstRunWizard, write_setup

    wizard = FirstRunWizard(parent)
    while True:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            if wizard.wants_demo:
                demo = open_demo()
                database.dispose()
                return demo
            setup = wizard.setup()
            write_setup(database, setup)
        except SihteeriError as exc:
            log.info("First-run answers not stored: %s (%s)", exc.message, exc.detail)
            wizard.show_problem(localized(exc.message))
            show_error(parent, exc)
            continue
        settings.set(declared.SECRETARY_NAME, setup.secretary_name)
        settings.set(declared.SECRETARY_TITLE, setup.secretary_title)
        return database


def _startup_check(database: str | None) -> bool:
    """A damaged or missing SQLite database: offer the newest good backup (when backups have landed)."""
    from gui.actions import available

    if not available("gui.backup_dialog"):
        return True
    from gui.backup_dialog import check_database_at_startup

    try:
        return check_database_at_startup(database)
    except SihteeriError as exc:
        show_error(None, exc)
        return False


def settle_loaded_code() -> int:
    """Load the rest of what every start needs, then take it out of the garbage collector's walks.

    The modules, classes and the ORM's mapper configuration (SQLAlchemy's some 80 000 objects) live as long
    as the program. ``gc.freeze()`` moves them to a generation the collector never walks: a full collection
    on the UI thread (``MainThreadCollector``) takes 2–10 ms instead of 40–60 ms, and closing the program
    does not walk them either (0.05 s instead of 0.25 s). Everything made after this (the database connection, the
    window, items) is collected as before, by ``MainThreadCollector``. ``main.main`` switches automatic
    collection off before this code loads (walking its objects some 180 times took 75 ms of every start), and
    nothing here switches it on: the UI-thread collector keeps it off on purpose. A last full collection before
    freezing took another 55-75 ms, so none is made. Returns how many objects were frozen.
    """
    from sqlalchemy.orm import configure_mappers

    import gui.first_run
    import gui.main_window  # noqa: F401  (loaded here, so that it is frozen too)

    configure_mappers()  # else done by the first query
    # No collection first: loading leaves some 1 200 unreachable objects (a few hundred kilobytes), and finding
    # them would walk all 90 000 (55-75 ms). They are frozen with the rest, as Python's gc.freeze() notes advise.
    gc.freeze()
    # Automatic collection stays off (main.main switched it off for the loading): from here on it is
    # MainThreadCollector's, on the UI thread only.
    return gc.get_freeze_count()


def run_gui(database: str | None, demo: bool, splash: Splash | None = None) -> int:
    """Open the window on ``database`` (or the default database, or a fresh demo) and run until it closes.

    ``splash`` (gui.splash) is closed when the window appears, or earlier when a dialog opens.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Sihteeri")
    app.setOrganizationName("Sihteeri")
    settings = Settings()
    language = settings.get(declared.LANGUAGE)
    _keep.extend(install_translations(app, language if language in LANGUAGES else "fi"))
    holder: list[QWidget] = []
    install_excepthook(lambda: holder[0] if holder else None)
    _keep.append(MainThreadCollector(parent=app))
    settle_loaded_code()
    remembered = ""
    if database is None and not demo and not os.environ.get(ENV_VAR):
        remembered = _still_there(settings.get(declared.LAST_DATABASE))  # chosen with Tiedosto → Avaa tietokanta
    # A remembered file that is gone (asked about in _open_remembered) is not offered a restore from a backup.
    if not demo and not _is_gone_file(remembered) and not _startup_check(database or remembered or None):
        return 0
    from gui.dialogs import Prompts

    new: NewFile | None = None  # a database file this start makes
    try:
        if demo:
            db = open_demo()
        elif remembered:
            found = _open_remembered(remembered, Prompts())
            if found is None:
                return 0
            db = found
        else:
            new = new_file_for(database)
            opened = open_asking_password(database, Prompts())  # an upgrade only after a verified backup
            if opened is None:
                return 0
            db = opened
    except SihteeriError as exc:
        show_error(None, exc)
        return 2
    from gui.first_run import needs_first_run
    from gui.main_window import MainWindow

    if not demo and needs_first_run(db):
        opened = first_run(db, settings)
        if opened is not db:
            db.dispose()
            discard_new_file(new)  # cancelled, or the demo chosen instead
        if opened is None:
            return 0
        db = opened
    if db.upgraded_from is not None and db.backup_before_upgrade is not None:
        log.info("Database upgraded from %s; copy at %s", db.upgraded_from, db.backup_before_upgrade)
    # The demo (asked for in the first-run wizard too) gets no automatic backups, as in Tiedosto → Avaa tietokanta.
    window = MainWindow(db, settings, auto_backup=not (demo or is_demo(db)))
    holder.append(window)
    _keep.append(window)
    window.show()
    if splash is not None:
        splash.finish(window)
    try:
        return app.exec()
    finally:
        db.dispose()


def _not_opened(problem: str) -> None:
    show_error(None, KnownError(
        QCoreApplication.translate("app", "Viimeksi käytettyä tietokantaa ei voitu avata: {problem} Sihteeri "
                                   "avaa oletustietokannan; toisen tietokannan voi valita valikosta Tiedosto → "
                                   "Avaa tietokanta…").format(problem=problem)))  # fmt: skip


def _still_there(target: str) -> str:
    """The remembered database, unless it is a file that is gone (a drive not attached) and the default database
    is in use: then the user is told, and "" opens the default one, without offering to restore the missing file
    from a backup. With no default database in use the gone file is returned, so that ``_open_remembered`` asks
    what to do instead of setting up a new database."""
    from db.engine import resolve_url, sqlite_path

    if not target:
        return ""
    try:
        path = sqlite_path(resolve_url(target))
    except SihteeriError as exc:
        _not_opened(localized(exc.message))
        return ""
    if path is not None and not path.exists():
        default = _default_in_use()
        if default is None:
            return target
        default.dispose()
        _not_opened(QCoreApplication.translate("app", "tiedostoa {path} ei löydy.").format(path=path))
        return ""
    return target


def _is_gone_file(target: str) -> bool:
    """Whether ``target`` names a database file that does not exist."""
    from db.engine import resolve_url, sqlite_path

    if not target:
        return False
    try:
        path = sqlite_path(resolve_url(target))
    except SihteeriError:
        return False
    return path is not None and not path.exists()


class Unreachable(enum.Enum):
    """The answers to "the remembered database cannot be opened" when there is nothing else set up to open."""

    RETRY = "retry"
    OTHER = "other"
    QUIT = "quit"


def ask_unreachable(problem: str) -> Unreachable:
    """Ask what to do when the database used last cannot be opened and the default one was never set up."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("app", "Tietokantaa ei voitu avata"))
    box.setText(QCoreApplication.translate(
        "app", "Viimeksi käytettyä tietokantaa ei voitu avata: {problem}\n\nJos tietokanta on palvelimella, se voi "
        "olla hetken poissa käytöstä: yritä hetken päästä uudelleen. Uutta tietokantaa ei kannata ottaa "
        "käyttöön sen tilalle, koska päivän työ jäisi silloin eri tietokantaan.").format(problem=problem))  # fmt: skip
    retry = box.addButton(QCoreApplication.translate("app", "Yritä uudelleen"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(
        QCoreApplication.translate("app", "Avaa toinen tietokanta…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("app", "Lopeta"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return Unreachable.RETRY if clicked is retry else Unreachable.OTHER if clicked is other else Unreachable.QUIT


def _default_in_use() -> Database | None:
    """The default database, if it exists and has been set up (else None: it would open on the first-run
    wizard, and a second organisation set up there would split the day's work between two databases)."""
    from db.backup import open_for_use
    from gui.first_run import needs_first_run

    try:
        database = open_for_use(None, create=False)
    except SihteeriError as exc:
        log.info("Default database not opened: %s", exc.message)
        return None
    try:
        if not needs_first_run(database):
            return database
    except SihteeriError as exc:
        log.info("Default database not read: %s", exc.message)
    database.dispose()
    return None


def _open_remembered(target: str, prompts: Prompts) -> Database | None:
    """The database opened last time (its server's password asked if needed).

    If it cannot be opened now (a file moved, a server down) or the password is not given, the user is told so
    and the default database opens instead, so that the program can still be used, provided the default
    database is in use. If it is not (it would open on the first-run wizard), nothing new is set up silently:
    the user chooses to try again, to open another database, or to quit (None).
    """
    while True:
        try:
            opened = open_asking_password(target, prompts, create=False)
            if opened is not None:
                return opened
            log.info("Remembered database %s not opened: password not given", target)
            problem = ""
        except SihteeriError as exc:
            log.info("Remembered database %s not opened: %s (%s)", target, exc.message, exc.detail)
            problem = localized(exc.message)
        default = _default_in_use()
        if default is not None:
            if problem:  # (a password the user did not give needs no word)
                _not_opened(problem)
            return default
        answer = ask_unreachable(problem or QCoreApplication.translate("app", "salasanaa ei annettu."))
        if answer == Unreachable.QUIT:
            return None
        if answer == Unreachable.OTHER:
            other = _open_other(target, prompts)
            if other is not None:
                return other


def _open_other(current: str, prompts: Prompts) -> Database | None:
    """The database the user chooses instead (a new one is set up with the first-run wizard); None when
    cancelled or not opened (the error shown)."""
    chosen = prompts.choose_database(None, current)
    if chosen is None:
        return None
    try:
        return open_asking_password(chosen or None, prompts)
    except SihteeriError as exc:
        show_error(None, exc)
        return None


def _compile_all() -> int:
    failed = 0
    for ts in sorted(translations_dir().glob("sihteeri_*.ts")):
        ok = compile_translation(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {'ok' if ok else 'EPÄONNISTUI'}")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    if "--compile-translations" in sys.argv:
        sys.exit(_compile_all())
