"""The backup window (list, verify, take and restore backups) and the start-up question after a damaged database.

Everything slow runs through ``gui.operations.run_in_background``; failures go to ``gui.errors.show_error``.
How the application uses this module (``gui/app.py`` and ``gui/main_window.py``):

* start-up, before opening: ``if not check_database_at_startup(args_database): return 0`` — a damaged or
  missing SQLite database is explained and the newest good backup offered; False means the user chose to quit.
* opening: ``db.backup.open_for_use(target)`` (``open_database`` with ``before_upgrade=upgrade_copy``).
* in ``MainWindow.__init__``: ``self.auto_backup = AutoBackup(database, self)`` (daily backups through the
  one runner; ``warned`` carries warnings for the status bar); in ``closeEvent``: ``self.auto_backup.on_close()``.
* menu action "Varmuuskopiot…": ``BackupDialog(database, parent, close_database=...)``; connect its
  ``restored`` signal to reopening the database (``close_database`` must dispose the window's engine first;
  by default the dialog calls ``database.dispose()``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from db.backup import (
    BackupEntry,
    BackupResult,
    BackupSettings,
    RestoreResult,
    StartupProblem,
    Verification,
    backup_if_due,
    backup_now,
    backup_on_close,
    describe_backup,
    folder_warnings,
    future_backups,
    future_warning,
    list_backups,
    recover,
    restore_backup,
    startup_check,
    verify_backup,
)
from db.engine import Database, resolve_url, sqlite_path
from db.errors import BackupFailed, SihteeriError
from gui.i18n import localized
from gui.keyboard import add_button_mnemonics, tab_leaves
from gui.operations import Operation, Progress, run_in_background

log = logging.getLogger(__name__)

Confirm = Callable[[QWidget | None, str, str], bool]
ChooseDirectory = Callable[[QWidget | None, str, Path], str]
Index = QModelIndex | QPersistentModelIndex


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _choose_directory(parent: QWidget | None, title: str, start: Path) -> str:
    return QFileDialog.getExistingDirectory(parent, title, str(start))


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mt".replace(".", ",")
    return f"{max(size // 1024, 1)} kt"


@dataclass
class BackupRow:
    """One backup in the table: the file, its contents, and the outcome of verifying it (None: not verified)."""

    entry: BackupEntry
    contents: Verification
    verified: Verification | None = None


class BackupTableModel(QAbstractTableModel):
    """Backups of one database, newest first; columns time, size, kind, bodies, last meeting, check state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupRow] = []
        self.headers = [self.tr("Otettu"), self.tr("Koko"), self.tr("Laji"), self.tr("Viimeisin kokous"),
                        self.tr("Tarkistus"), self.tr("Toimielimet")]

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_verified(self, path: Path, check: Verification) -> None:
        for number, row in enumerate(self.rows):
            if row.entry.path == path:
                row.verified = check
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4 and row.verified is not None and not row.verified.ok:
                return localized(row.verified.problem)
            if index.column() == 5:
                return "\n".join(row.contents.bodies)
            return str(row.entry.path)
        if role == Qt.ItemDataRole.UserRole:
            return str(row.entry.path)
        return None

    def _text(self, row: BackupRow, column: int) -> str:
        entry = row.entry
        if column == 0:
            return f"{entry.created.day}.{entry.created.month}.{entry.created.year} {entry.created:%H.%M}"
        if column == 1:
            return _size(entry.size)
        if column == 2:
            return {"": self.tr("säännöllinen"), "ennen-paivitysta": self.tr("ennen päivitystä"),
                    "ennen-palautusta": self.tr("ennen palautusta")}.get(entry.tag, entry.tag)
        if column == 3:
            return row.contents.last_meeting
        if column == 5:
            return ", ".join(row.contents.bodies)
        if row.verified is None:
            return self.tr("ei tarkistettu")
        return self.tr("ehjä") if row.verified.ok else self.tr("VIOITTUNUT")


class BackupDialog(QDialog):
    """List, verify, take and restore backups of one database.

    Attributes:
        source: the database (or its URL/path); settings: the backup folders (saved when changed here);
        confirm, choose_directory: the questions to the user (tests answer them); model, table: the list;
        status: a line telling what was done; operation: the background job running, if any.

    Signals:
        restored(target): the database was replaced from a backup; the caller reopens it.
    """

    restored = Signal(str)

    def __init__(self, source: Database | URL | Path, parent: QWidget | None = None, *,
                 settings: BackupSettings | None = None, confirm: Confirm | None = None,
                 close_database: Callable[[], None] | None = None,
                 choose_directory: ChooseDirectory | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.settings = settings or BackupSettings.load()
        self.confirm = confirm or _ask
        self._close_database = close_database
        self.choose_directory = choose_directory or _choose_directory
        self.operation: Operation[Any] | None = None
        self._jobs: set[object] = set()
        self.setWindowTitle(self.tr("Varmuuskopiot"))
        self.resize(900, 420)

        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Vaihda kansio…"))
        self.second_button = QPushButton(self.tr("Toinen kansio…"))
        self.no_second_button = QPushButton(self.tr("Ei toista kansiota"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.second_button.clicked.connect(self.choose_second_folder)
        self.no_second_button.clicked.connect(self.clear_second_folder)
        folders = QHBoxLayout()
        folders.addWidget(self.where, 1)
        for button in (self.folder_button, self.second_button, self.no_second_button):
            folders.addWidget(button)
        self.model = BackupTableModel(self)
        self.table = tab_leaves(QTableView())
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Ota varmuuskopio nyt"))
        self.verify_button = QPushButton(self.tr("Tarkista"))
        self.restore_button = QPushButton(self.tr("Palauta…"))
        close = QPushButton(self.tr("Sulje"))
        close.clicked.connect(self.reject)
        self.backup_button.clicked.connect(self.take_backup)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(folders)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        add_button_mnemonics(self)
        self.show_folders()
        self.update_actions()
        self.refresh()

    # --- state -------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A background job of this dialog is running (cleared only after the buttons are updated)."""
        return bool(self._jobs)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(self.model.rows[rows[0].row()].entry.path) if rows else None

    def update_actions(self) -> None:
        chosen = self.selected_path() is not None
        self.backup_button.setEnabled(not self.busy)
        self.verify_button.setEnabled(chosen and not self.busy)
        self.restore_button.setEnabled(chosen and not self.busy)

    def _run(self, work: Callable[[Progress], Any], on_success: Callable[[Any], None], label: str) -> None:
        # The job counts as running until its success or failure handler ran here. (Handlers are given to the
        # runner before the work starts; a signal connected afterwards could miss a job that finished at once.)
        token = object()

        def done(result: Any) -> None:
            self._jobs.discard(token)
            on_success(result)
            self.update_actions()

        def failed(exc: BaseException) -> None:
            from gui.errors import show_error

            self._jobs.discard(token)
            self.update_actions()
            show_error(self, exc)

        self._jobs.add(token)
        self.operation = run_in_background(self, work, on_success=done, on_failure=failed, label=label)
        self.update_actions()

    # --- folders -----------------------------------------------------------------------------------------

    def show_folders(self) -> None:
        text = self.tr("Varmuuskopiot ovat kansiossa {folder}.").format(folder=self.settings.folder)
        if self.settings.second_folder is not None:
            text += " " + self.tr("Toinen kopio: {folder}.").format(folder=self.settings.second_folder)
        else:
            text += " " + self.tr("Toista kansiota (verkkolevy tai muistitikku) ei ole valittu.")
        self.where.setText(text)
        self.no_second_button.setEnabled(self.settings.second_folder is not None)

    def _pick(self, title: str, start: Path) -> Path | None:
        chosen = self.choose_directory(self, title, start)
        return Path(chosen) if chosen else None

    def choose_folder(self) -> None:
        chosen = self._pick(self.tr("Varmuuskopioiden kansio"), self.settings.folder)
        if chosen is not None:
            self.settings.folder = chosen
            self._save_settings()
            self.refresh()

    def choose_second_folder(self) -> None:
        chosen = self._pick(self.tr("Toinen varmuuskopiokansio"), self.settings.second_folder or Path.home())
        if chosen is not None:
            self.settings.second_folder = chosen
            self._save_settings()

    def clear_second_folder(self) -> None:
        self.settings.second_folder = None
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            from db.errors import KnownError
            from gui.errors import show_error

            show_error(self, KnownError(self.tr("Asetuksia ei voitu tallentaa: {error}").format(error=exc)))
        self.show_folders()

    # --- actions -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        source, folder = self.source, self.settings.folder

        settings = self.settings

        def work(_progress: Progress) -> tuple[list[BackupRow], list[str]]:
            rows = [BackupRow(e, describe_backup(e)) for e in list_backups(source, folder)]
            future = future_backups(source, folder)
            notes = folder_warnings(settings) + ([future_warning(future)] if future else [])
            return rows, notes

        def show(found: tuple[list[BackupRow], list[str]]) -> None:
            rows, notes = found
            self.model.set_rows(rows)
            current = self.status.text()
            # A copy dated in the future (a wrong clock), a second folder missing: added to what is said already.
            extra = [text for text in (localized(note) for note in notes) if text not in current]
            if extra:
                self.status.setText("\n".join(([current] if current else []) + extra))
            elif not rows:
                self.status.setText(self.tr("Varmuuskopioita ei vielä ole."))

        self._run(work, show, self.tr("Luetaan varmuuskopioita…"))

    def take_backup(self) -> None:
        source, settings = self.source, self.settings

        def work(progress: Progress) -> BackupResult:
            return backup_now(source, settings=settings, progress=progress.update)

        def done(result: BackupResult) -> None:
            lines = [self.tr("Varmuuskopio tallennettu: {path}").format(path=p) for p in result.written]
            lines += [localized(warning) for warning in result.warnings]
            self.status.setText("\n".join(lines))
            self.refresh()

        self._run(work, done, self.tr("Otetaan varmuuskopiota…"))

    def verify_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return

        def done(check: Verification) -> None:
            self.model.set_verified(path, check)
            if check.ok:
                self.status.setText(self.tr("Varmuuskopio {name} on ehjä.").format(name=path.name))
            else:
                self.status.setText(localized(check.problem))

        self._run(lambda _p: verify_backup(path), done, self.tr("Tarkistetaan varmuuskopiota…"))

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        row = next(r for r in self.model.rows if r.entry.path == path)
        question = self.tr(
            "Palautetaanko tietokanta varmuuskopiosta, joka on otettu {when}?\n\n"
            "Nykyisestä tietokannasta otetaan ensin varmuuskopio. Palautuksen jälkeen tiedot ovat sellaiset "
            "kuin ne olivat varmuuskopiota otettaessa."
        ).format(when=self.model._text(row, 0))
        if not self.confirm(self, self.tr("Palauta varmuuskopio"), question):
            return
        self.close_database()
        target, settings = self.source, self.settings

        def work(progress: Progress) -> RestoreResult:
            return restore_backup(path, target, settings=settings, progress=progress.update)

        def done(result: RestoreResult) -> None:
            self.status.setText(self.tr("Tietokanta palautettu varmuuskopiosta {name}.").format(name=path.name))
            self.restored.emit(result.target)
            self.refresh()

        self._run(work, done, self.tr("Palautetaan varmuuskopiota…"))

    def close_database(self) -> None:
        if self._close_database is not None:
            self._close_database()
        elif isinstance(self.source, Database):
            self.source.dispose()


class StartupRestoreDialog(QDialog):
    """At start-up: the database is damaged or missing; restore the newest good backup?

    Attributes:
        problem: what ``db.backup.startup_check`` found; restore_button: present when a good backup exists.
    """

    def __init__(self, problem: StartupProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setWindowTitle(self.tr("Tietokantaa ei voi avata"))
        layout = QVBoxLayout(self)
        message = QLabel(localized(problem.message))
        message.setWordWrap(True)
        message.setObjectName("message")
        layout.addWidget(message)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if problem.backup is not None:
            contents = problem.verification
            created = problem.backup.created
            details = self.tr("Uusin ehjä varmuuskopio on otettu {day}.{month}.{year} klo {time}.").format(
                day=created.day, month=created.month, year=created.year, time=f"{created:%H.%M}")
            if contents is not None and contents.last_meeting:
                details += " " + self.tr("Viimeisin kokous siinä: {meeting}.").format(meeting=contents.last_meeting)
            if problem.kind == "missing":
                details += "\n\n" + self.tr("Varmuuskopio palautetaan tiedostoksi {path}.").format(path=problem.path)
            elif problem.kind == "foreign":
                details += "\n\n" + self.tr("Tiedostoa ei poisteta eikä korvata: se siirretään sivuun samaan "
                                            "kansioon.")
            else:
                details += "\n\n" + self.tr("Vioittunutta tiedostoa ei poisteta eikä korvata: se siirretään sivuun "
                                            "samaan kansioon.")
            info = QLabel(details)
            info.setWordWrap(True)
            info.setObjectName("details")
            layout.addWidget(info)
            self.restore_button = buttons.addButton(self.tr("Palauta varmuuskopio"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Lopeta"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


def offer_startup_restore(parent: QWidget | None, problem: StartupProblem, *,
                          settings: BackupSettings | None = None) -> RestoreResult | None:
    """Ask whether to restore the newest good backup; do it with progress. Returns None if not restored."""
    dialog = StartupRestoreDialog(problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or problem.backup is None:
        return None
    return recover_in_background(parent, problem, settings=settings)


def recover_in_background(parent: QWidget | None, problem: StartupProblem, *,
                          settings: BackupSettings | None = None) -> RestoreResult | None:
    """Run ``db.backup.recover`` through the one runner and wait for it (the window is not up yet)."""
    loop = QEventLoop()
    operation = run_in_background(
        parent, lambda progress: recover(problem, settings=settings, progress=progress.update),
        label=QCoreApplication.translate("BackupDialog", "Palautetaan varmuuskopiota…"), delay_ms=0,
    )
    operation.when_done(lambda _op: loop.quit())
    if not operation.done:
        loop.exec()
    return operation.result if operation.error is None else None


def check_database_at_startup(target: str | Path | None, parent: QWidget | None = None, *,
                              settings: BackupSettings | None = None) -> bool:
    """Before opening a SQLite database: offer the newest good backup if it is damaged or missing.

    Returns True to go on opening (nothing wrong, or restored), False when the user chose to quit. A
    PostgreSQL address is not checked here (its server reports its own problems).
    """
    path = sqlite_path(resolve_url(target))
    if path is None:
        return True
    problem = startup_check(path, settings=settings)
    if problem is None or problem.backup is None:
        # Nothing to offer: opening goes on and reports a damaged or foreign file with its own Finnish
        # message (leaving it untouched), or creates a new database where there was none.
        return True
    return offer_startup_restore(parent, problem, settings=settings) is not None


class AutoBackup(QObject):
    """Automatic backups while the window is open: when one is due (checked hourly) and on closing.

    Attributes:
        database: the open database; settings: the backup folders; timer: the hourly check; first: the
        first check a minute after start.

    Signals:
        warned(str): a backup target failed (missing folder, full disk); worth a status-bar message.
        backed_up(str): a backup was written (its path).
    """

    warned = Signal(str)
    backed_up = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None, *, interval_ms: int = 3_600_000,
                 settings: BackupSettings | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first = QTimer(self)  # the first check once the window has settled (a child: dies with us)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(min(60_000, interval_ms))

    def _report(self, result: BackupResult | None) -> None:
        self._running = False
        if result is None:
            return
        for path in result.written:
            self.backed_up.emit(str(path))
        for warning in result.warnings:
            self.warned.emit(localized(warning))

    def check(self) -> None:
        """Take a backup in the background if the newest one is older than the interval; warn (``warned``) about
        failed targets, and about a missing second folder even when no backup was due."""
        if self._running:
            return
        self._running = True
        database, settings = self.database, self.settings

        def failed(exc: BaseException) -> None:
            self._running = False
            self.warned.emit(localized(exc.message) if isinstance(exc, SihteeriError) else str(exc))

        def work(_progress: Progress) -> BackupResult | None:
            result = backup_if_due(database, settings=settings)
            if result is None:  # not due; still tell about a second folder that is missing (a stick unplugged)
                missing = folder_warnings(settings)
                return BackupResult(warnings=missing) if missing else None
            return result

        parent = self.parent()
        run_in_background(parent if isinstance(parent, QWidget) else None, work,
                          on_success=self._report, on_failure=failed,
                          label=QCoreApplication.translate("AutoBackup", "Otetaan varmuuskopiota…"))

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()

    def on_close(self) -> BackupResult | None:
        """From ``closeEvent``: a backup now if the database changed (synchronous: the window is closing).

        Raises ``BackupFailed`` when the database changed and no folder got a copy (a full disk, an unplugged
        drive): the window tells the user before it closes, since the day's work is then in no backup. A
        second folder that failed while the main one got its copy is only logged; the next start reports it.
        """
        self.stop()
        try:
            result = backup_on_close(self.database, settings=self.settings)
        except SihteeriError as exc:
            log.warning("No backup on closing: %s", exc.message)
            raise self._failed([exc.message], exc.detail) from exc
        for warning in result.warnings if result else []:
            log.warning("Backup on closing: %s", warning)
        if result is not None and not result.ok:
            raise self._failed(result.warnings, "")
        return result

    def _failed(self, problems: list[str], detail: str) -> BackupFailed:
        text = " ".join(localized(problem) for problem in problems)
        return BackupFailed(
            self.tr(
                "Sulkemisen yhteydessä ei saatu varmuuskopiota: {problems}\n\nTallennetut tiedot ovat tallessa "
                "tietokannassa. Ota varmuuskopio (Tiedosto → Varmuuskopiot), kun kansio on taas käytettävissä."
            ).format(problems=text),
            detail=detail,
        )
