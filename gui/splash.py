"""The start-up splash: something on the screen within a moment of the click, while the rest loads.

On an office PC, loading the database layer and opening a large database can take seconds (on this
development machine about 1.2 s after the first 0.3 s; much more under a virus scanner). ``show_splash``
needs only Qt, so ``main`` calls it before the heavy imports: it creates the ``QApplication``, shows a
small window with the program's name and "starting" in the user's language (it loads the translations,
``gui.i18n``, which ``run_gui`` then finds in place), and lets Qt paint it. ``run_gui`` closes it when the
main window (or the first dialog) appears.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from gui.i18n import LANGUAGES, install_translations
from gui.settings import LANGUAGE, Settings

WIDTH, HEIGHT = 420, 160
EXPOSE_WAIT_S = 0.5  # at most this long for the window system to map the splash before it is painted
_keep: list[object] = []  # the translators, for as long as the application runs


def _language() -> str:
    value = Settings().get(LANGUAGE)
    return value if value in LANGUAGES else "fi"


def _picture(ratio: float) -> QPixmap:
    pixmap = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#f4f6f9"))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#1f4e79"))
        painter.fillRect(QRect(0, 0, 8, HEIGHT), QColor("#1f4e79"))
        title = QFont()
        title.setPointSize(22)
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(QRect(32, 26, WIDTH - 48, 44), Qt.AlignmentFlag.AlignLeft, "Sihteeri")
        body = QFont()
        body.setPointSize(10)
        painter.setFont(body)
        painter.setPen(QColor("#3a3a3a"))
        subtitle = QCoreApplication.translate("Splash", "toimielimen sihteerin työväline")
        painter.drawText(QRect(32, 72, WIDTH - 48, 24), Qt.AlignmentFlag.AlignLeft, subtitle)
        painter.setPen(QColor("#606060"))
        starting = QCoreApplication.translate("Splash", "Käynnistyy…")
        painter.drawText(QRect(32, 116, WIDTH - 48, 24), Qt.AlignmentFlag.AlignLeft, starting)
        painter.setPen(QColor("#c8ced8"))
        painter.drawRect(QRect(0, 0, WIDTH - 1, HEIGHT - 1))
    finally:
        painter.end()
    return pixmap


class Splash(QLabel):
    """A frameless window with the picture; ``finish(window)`` closes it once the main window is shown.

    Not ``QSplashScreen``: that one waits up to a second for the window to be exposed, every time, on
    platforms that do not report exposure the way it expects (such as the offscreen one the tests use).
    """

    def __init__(self, picture: QPixmap) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setPixmap(picture)
        self.setFixedSize(WIDTH, HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finish(self, window: QWidget) -> None:
        del window  # shown already: the splash can go
        self.close()


class _CloseOnDialog(QObject):
    """Closes the splash when a dialog (a damaged-database question, an error, the first-run wizard) opens."""

    def __init__(self, splash: Splash) -> None:
        super().__init__(splash)
        self._splash = splash

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._splash.close()
        return False


def show_splash() -> Splash:
    """Create the application (if there is none yet), show the splash and paint it before returning."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    _keep.extend(install_translations(app, _language()))
    splash = Splash(_picture(ratio))
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    app.installEventFilter(_CloseOnDialog(splash))
    splash.show()
    # The heavy imports that follow keep the event loop busy: let the window system map the splash first.
    deadline = time.monotonic() + EXPOSE_WAIT_S
    while time.monotonic() < deadline:
        app.processEvents()
        handle = splash.windowHandle()
        if handle is not None and handle.isExposed():
            break
        time.sleep(0.005)
    splash.repaint()
    app.processEvents()
    return splash


__all__ = ["Splash", "show_splash"]
