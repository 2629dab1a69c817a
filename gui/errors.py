"""The one error path of the window: Finnish dialogs for what the user can fix, a crash report for the rest.

``show_error(parent, exc)`` is what every part of the GUI calls. Sihteeri's own errors (``db.errors``) carry a
Finnish message and become a warning dialog; anything else is a bug: its traceback is saved to a report file
in the data folder and the user is told where it is. Tests replace the presenter with ``set_presenter``.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import SihteeriError
from db.paths import crash_report_dir
from gui.i18n import QT_TRANSLATE_NOOP, localized

log = logging.getLogger(__name__)

Presenter = Callable[[QWidget | None, str, str, bool], None]

# The titles of db.errors (and of core's and db's own error classes), marked for lupdate here because db does not
# import Qt; show_error translates them. Their messages are db.errors.msg texts (gui.i18n.localized).
_TITLES = (
    QT_TRANSLATE_NOOP("errors", "Virhe"),
    QT_TRANSLATE_NOOP("errors", "Tietokantaa ei voi käyttää"),
    QT_TRANSLATE_NOOP("errors", "Levy täynnä"),
    QT_TRANSLATE_NOOP("errors", "Varmuuskopiota ei saatu"),
    QT_TRANSLATE_NOOP("errors", "Toimintoa ei voi tehdä"),
    QT_TRANSLATE_NOOP("errors", "Tallennusristiriita"),
    QT_TRANSLATE_NOOP("errors", "Tarkastettu pöytäkirja"),
    QT_TRANSLATE_NOOP("errors", "Virheellinen tieto"),
    QT_TRANSLATE_NOOP("errors", "Ei löytynyt"),
    QT_TRANSLATE_NOOP("errors", "Virhe mallipohjassa"),
    QT_TRANSLATE_NOOP("errors", "Arkistoa ei voi tuoda"),
    QT_TRANSLATE_NOOP("errors", "Varmuuskopio-ohjelma puuttuu"),
    QT_TRANSLATE_NOOP("errors", "Arkistokappaletta ei voitu tehdä"),
    QT_TRANSLATE_NOOP("errors", "Tiedostoa ei voitu tallentaa"),
)


def _message_box(parent: QWidget | None, title: str, text: str, is_bug: bool) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if is_bug else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()


_presenter: Presenter = _message_box


def set_presenter(presenter: Presenter | None) -> None:
    """Replace how errors are shown (tests record them instead of opening dialogs); None restores dialogs."""
    global _presenter  # noqa: PLW0603 - one narrow channel, replaceable in tests
    _presenter = presenter or _message_box


def write_crash_report(exc: BaseException) -> Path | None:
    """Write the traceback and environment to a report file; return its path (None if even that failed)."""
    try:
        folder = crash_report_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"sihteeri-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        lines = [
            f"Sihteeri virheraportti {dt.datetime.now().isoformat(timespec='seconds')}",
            f"Python {sys.version.split()[0]}, {platform.platform()}",
            "",
            *traceback.format_exception(type(exc), exc, exc.__traceback__),
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        return path
    except OSError:
        log.exception("Could not write a crash report")
        return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error to the user: a Finnish explanation, or a crash report for a bug."""
    if isinstance(exc, SihteeriError):
        if exc.detail:
            log.info("%s: %s (%s)", type(exc).__name__, exc.message, exc.detail)
        _presenter(parent, QCoreApplication.translate("errors", exc.title), localized(exc.message), False)
        return
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    report = write_crash_report(exc)
    where = (
        QCoreApplication.translate("errors", "Virheraportti tallennettiin tiedostoon:\n{path}").format(path=report)
        if report
        else ""
    )
    text = QCoreApplication.translate(
        "errors",
        "Sihteerissä tapahtui odottamaton virhe. Tallentamattomat muutokset on tallennettu luonnoksina, "
        "ja ne tarjotaan palautettaviksi, kun avaat asian uudelleen.\n\n{where}",
    ).format(where=where)
    _presenter(parent, QCoreApplication.translate("errors", "Odottamaton virhe"), text, True)


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> None:
    """Send uncaught exceptions of the GUI thread to ``show_error`` instead of losing them."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        show_error(parent_getter(), exc)

    sys.excepthook = hook
